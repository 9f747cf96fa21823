"""Chapter 14 exercises: Malaysia.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 14

It scores your answers, prints a hint for each miss, and never shows the answers.
The written answer (14.7) gets structure checks now and rubric points from your instructor.
"""

# 14.1 (matching, 4 points): the technology layer of each partnership.
# Answer with a dict, e.g. {"city_brain": "a", "yitu_afsb": "b", ...}.
Q14_1 = None


# 14.2 (function, 3 points): the government's role, by the first rule that applies.
def government_role(p):
    """Return "disclaimed", "partner", "regulator", "participant", "indirect",
    "present_only" or "none" (see 14.2)."""
    raise NotImplementedError("write this function")


# 14.3 (choice, 2 points): what could the Yitu body cameras do on 1 March 2018?
# Answer with one letter in quotes, e.g. "a".
Q14_3 = None


# 14.4 (function, 3 points): the earliest month a source's own clues allow.
def check_source_date(source):
    """Return {"earliest": "YYYY-MM" or None, "consistent": True, False or None} (see 14.4)."""
    raise NotImplementedError("write this function")


# 14.5 (several letters, 3 points): which problems does the report's Malaysia snapshot have?
# Answer with a set of letters, e.g. {"a", "b"}.
Q14_5 = None

# 14.6 (ordering, 3 points): the events A-J, earliest first, e.g. ["A", "B", ...].
Q14_6 = None

# 14.7 (written, 3 points + rubric): your note on the report's judgement, between the triple quotes.
MEMO_14_7 = """
"""

# 14.8 (choice, 3 points): a PRC firm's launch with a minister on stage: what was the government's role?
# Answer with one letter in quotes, e.g. "a".
Q14_8 = None

# 14.9 (choice, 3 points): a council's camera pilot and its plans: which sentence is accurate?
Q14_9 = None

# 14.10 (choice, 3 points): "Malaysia prefers Chinese suppliers" for 5G: which judgement is supported?
Q14_10 = None

# 14.11 (choice, 3 points): an undated article quotes a minister: what can you say about its date?
Q14_11 = None
