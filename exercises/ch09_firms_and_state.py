"""Chapter 9 exercises: firms and the state.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the three functions. Then run, from the course folder:

    course check 9

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (9.8) get structure checks now and rubric points from your instructor.
"""

# 9.1 (choice, 2 points): a case to judge: what does the leaked test report support?
# Answer with one letter in quotes, e.g. "a".
Q9_1 = None


# 9.2 (function, 2 points): ownership class from a list of shareholders.
def ownership_class(shareholders):
    """Return "not stated", "state-owned", "partially state-owned" or "private" (see 9.2)."""
    raise NotImplementedError("write this function")


# 9.3 (several letters, 3 points): which statements about the National Intelligence Law claim are accurate?
# Answer with a set of letters, e.g. {"a", "b"}.
Q9_3 = None

# 9.4 (matching, 4 points): grade how the report sources each claim, "a" to "e".
# Answer with a dict, e.g. {"en51_no_backdoors": "a", ...} (all six keys).
Q9_4 = None

# 9.5 (ordering, 3 points): the events A-G, earliest first, e.g. ["A", "B", ...].
Q9_5 = None


# 9.6 (function, 2 points): normalise a company name for screening.
def normalise_name(name):
    """Return the name in lower case, punctuation as spaces, legal endings removed (see 9.6)."""
    raise NotImplementedError("write this function")


# 9.7 (function, 3 points): screen a transaction against a restricted-party list.
def screen(transaction, entity_list):
    """Return {"hit": ..., "entity": ..., "action": ...} for this transaction (see 9.7)."""
    raise NotImplementedError("write this function")


# 9.8 (written, 3 points + rubric): your fact-check note, between the triple quotes.
BRIEF_9_8 = """
"""

# 9.9 to 9.12 are cases to judge (choice, 3 points each). Answer each with one letter in quotes.
# 9.9: how good is the outlet's sentence about Vendor Z's owners and orders?
Q9_9 = None

# 9.10: how good is the opinion piece on Article 7?
Q9_10 = None

# 9.11: how should your report treat the claimed link between Vendor Q and the state?
Q9_11 = None

# 9.12: how good is the trade-press article on the "ethnicity attribute"?
Q9_12 = None
