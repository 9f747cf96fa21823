"""Chapter 8 exercises: exporting digital repression? The evidence and its limits.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 8

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (8.8) get structure checks now and rubric points from your instructor.
"""

# 8.1 (matching, 3 points): sort six claims into finding "f", allegation "a" or self-claim "s".
# Answer with a dict, e.g. {"wsj_zambia": "a", "huawei_denial": "s", ...} (all six keys).
Q8_1 = None


# 8.2 (function, 3 points): classify a claim by the course's rule, tests in the stated order.
def claim_kind(claim):
    """Return "self-claim", "allegation" or "finding" for this claim (see 8.2)."""
    raise NotImplementedError("write this function")


# 8.3 (function, 3 points): follow a citation chain from `start` back to its origin.
def trace_origin(cites, start):
    """Return {"origin": ..., "chain_length": ...} for the chain that starts at `start` (see 8.3)."""
    raise NotImplementedError("write this function")


# 8.4 (choice, 2 points): a case to judge: which reading of the Country M detention fits the chapter?
# Answer with one letter in quotes, e.g. "a".
Q8_4 = None

# 8.5 (several letters, 3 points): which statements claim no more than the report found?
# Answer with a set of letters, e.g. {"a", "b"}.
Q8_5 = None

# 8.6 (choice, 3 points): which summary of the Firm R case meets the chapter's standard?
Q8_6 = None

# 8.7 (matching, 4 points): match each role in the Kyrgyz 2023 case and the 2021 UN call to an actor.
# Answer with a dict, e.g. {"made_cameras": "a", ...} (all five keys).
Q8_7 = None

# 8.8 (written, 3 points + rubric): your note to the colleague, between the triple quotes.
MEMO_8_8 = """
"""

# 8.9 to 8.11 are cases to judge (choice, 3 points each). Answer each with one letter in quotes.
# 8.9: what are the "Open Eyes" post and Vendor V's reply, and what is the next step?
Q8_9 = None

# 8.10: to whom should you attribute the figure of 3,000 protesters?
Q8_10 = None

# 8.11: how good is the minister's reading of the university study?
Q8_11 = None
