"""Chapter 2 exercises: key concepts.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the three functions. Then run, from the course folder:

    course check 2

It scores your answers, prints a hint for each miss, and never shows the answers.
The written answer (2.8) gets structure checks now and rubric points from your instructor.
"""

# 2.1 (choice, 2 points): what is the real source of the report's "EU" definition of
# facial recognition? Answer with one letter in quotes, e.g. "a".
Q2_1 = None


# 2.2 (function, 3 points): "one-to-one", "one-to-many" or "categorisation"?
def matching_type(system):
    """Return the kind of face matching this system does (see 2.2)."""
    raise NotImplementedError("write this function")


# 2.3 (function, 2 points): chance of at least one false match against a watch list.
def false_match_chance(fmr, list_size):
    """Return 1 - (1 - fmr) ** list_size, the chapter's formula (see 2.3)."""
    raise NotImplementedError("write this function")


# 2.4 (function, 2 points): expected false alerts in a day (reuse false_match_chance).
def expected_false_alerts(fmr, list_size, faces_per_day):
    """Return the expected number of false alerts in a day (see 2.4)."""
    raise NotImplementedError("write this function")


# 2.5 (number, 2 points): how many of CSIS's 73 agreements does 71 percent stand for?
# Answer with a whole number, no quotes.
Q2_5 = None

# 2.6 (matching, 6 points): smart city (a), safe city (b) or both (c) for each system.
# Answer with a dict, e.g. {"bus_sensors": "a", ...}.
Q2_6 = None

# 2.7 (several letters, 3 points): how do Huawei's 2021 claim and CSIS's 2019 count differ?
# Answer with a set of letters, e.g. {"a", "b"}.
Q2_7 = None

# 2.9 (choice, 3 points): the bank's selfie check: which matching type?
# Answer with one letter in quotes, e.g. "a".
Q2_9 = None

# 2.10 (choice, 3 points): the shopping-centre update: what does it change?
# Answer with one letter in quotes, e.g. "a".
Q2_10 = None

# 2.11 (choice, 3 points): 12 safe cities or 3 smart city projects: what to check first?
# Answer with one letter in quotes, e.g. "a".
Q2_11 = None

# 2.12 (choice, 3 points): a definition for rules on police cameras: which advice?
# Answer with one letter in quotes, e.g. "a".
Q2_12 = None

# 2.13 (choice, 3 points): one false match in a million: will false alerts be rare?
# Answer with one letter in quotes, e.g. "a".
Q2_13 = None

# 2.8 (written, 3 points + rubric): your fact box, between the triple quotes.
BRIEF_2_8 = """
"""
