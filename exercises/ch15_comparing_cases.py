"""Chapter 15 exercises: comparing Ecuador, Kyrgyzstan and Malaysia.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 15

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (15.8) get structure checks now and rubric points from your instructor.
"""

# 15.1 (choice, 2 points): what must change before the report's three FIW values sit side by side?
# Answer with one letter in quotes, e.g. "a".
Q15_1 = None

# 15.2 (choice, 2 points): where does a Freedom in the World status come from?
Q15_2 = None


# 15.3 (function, 3 points): list the problems of each row of a comparison table.
def audit_snapshot(rows, edition):
    """Return {row id: sorted list of problem codes} (see 15.3)."""
    raise NotImplementedError("write this function")


# 15.4 (function, 3 points): first and last FIW status of a country, and the change.
def fiw_trend(rows, country):
    """Return {"first": [...], "last": [...], "change": ...}, or None (see 15.4)."""
    raise NotImplementedError("write this function")


# 15.5 (several letters, 3 points): which rating statements match their index and edition?
# Answer with a set of letters, e.g. {"a", "b"}.
Q15_5 = None

# 15.6 (matching, 4 points): common, differs or contradicted, for each feature.
# Answer with a dict, e.g. {"stated_reasons": "a", "pushed": "b", ...}.
Q15_6 = None

# 15.7 (choice, 2 points): what can a three-case comparison support?
Q15_7 = None

# 15.8 (written, 3 points + rubric): your comparison of two countries, between the triple quotes.
BRIEF_15_8 = """
"""

# 15.9 (choice, 3 points): a handout's Freedom in the World row: what is wrong, and how to fix it?
# Answer with one letter in quotes, e.g. "a".
Q15_9 = None

# 15.10 (choice, 3 points): "Beijing's pressure spread these systems": which response is supported?
Q15_10 = None

# 15.11 (choice, 3 points): Country Z compared with the three cases: which description is accurate?
Q15_11 = None

# 15.12 (choice, 3 points): crime fell after the cameras went live: which judgement is supported?
Q15_12 = None
