"""Chapter 16 exercises: conclusions and levers.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 16

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (16.8) get structure checks now and rubric points from your instructor.
"""

# 16.1 (matching, 3 points): which actor does each action belong to?
# Answer with a dict, e.g. {"hearing": "a", "export_law": "b", ...}.
Q16_1 = None

# 16.2 (matching, 2 points): which of the report's three factors does each lever serve?
Q16_2 = None


# 16.3 (function, 3 points): the red flags a mock tender raises, sorted.
def red_flags(tender):
    """Return the sorted list of red-flag codes for this tender (see 16.3)."""
    raise NotImplementedError("write this function")


# 16.4 (function, 2 points): names of flagged tenders, most flags first, ties A to Z.
def review_order(tenders):
    """Return the names of the tenders to review, in order (see 16.4)."""
    raise NotImplementedError("write this function")


# 16.5 (several letters, 3 points): which statements are documented findings?
# Answer with a set of letters, e.g. {"a", "b"}.
Q16_5 = None

# 16.6 (choice, 2 points): which procurement rule is vendor-neutral?
# Answer with one letter in quotes, e.g. "a".
Q16_6 = None

# 16.7 (choice, 2 points): how should a partner use the report's recommendations?
Q16_7 = None

# 16.8 (written, 3 points + rubric): your policy memo, between the triple quotes.
MEMO_16_8 = """
"""

# 16.9 (choice, 3 points): a regulator's test of remote access: which conclusion does it support?
# Answer with one letter in quotes, e.g. "a".
Q16_9 = None

# 16.10 (choice, 3 points): a draft contract for donated cameras: what should the official ask for?
Q16_10 = None

# 16.11 (choice, 3 points): a proposed ban on PRC-made cameras: which assessment is supported?
Q16_11 = None

# 16.12 (choice, 3 points): a complaint to a data-protection authority: which action is its own?
Q16_12 = None
