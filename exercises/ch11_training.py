"""Chapter 11 exercises: training.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the three functions. Then run, from the course folder:

    course check 11

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (11.8) get structure checks now and rubric points from your instructor.
"""

# 11.1 (choice, 3 points): a case to judge: what is wrong with the news site's sentence on the pledge?
# Answer with one letter in quotes, e.g. "a".
Q11_1 = None


# 11.2 (function, 3 points): turn a hedged phrase ("over 2,700") into a range (low, high).
def parse_hedged(phrase):
    """Return (low, high) for a figure as worded by its source; high is None if no ceiling (see 11.2)."""
    raise NotImplementedError("write this function")


# 11.3 (function, 2 points): the range of the average per unit allowed by two hedged figures.
def per_unit_bounds(total, units):
    """Return (low, high) for total / units; a side with no bound is None (see 11.3)."""
    raise NotImplementedError("write this function")


# 11.4 (function, 3 points): institutions and earliest year for a country, from documented links.
def training_summary(links, country):
    """Return {"institutions": [...], "earliest": year or None} (see 11.4)."""
    raise NotImplementedError("write this function")


# 11.5 (matching, 3 points): is each appendix cross-reference supported by the case study?
# Answer with a dict, e.g. {"yancheng": "a", "shandong": "b", ...}.
Q11_5 = None

# 11.6 (number, 2 points): the last year Shandong's figures can cover.
Q11_6 = None

# 11.7 (several letters, 3 points): which draft sentences can be published as written?
# Answer with a set of letters, e.g. {"a", "b"}.
Q11_7 = None

# 11.8 (written, 3 points + rubric): your correction note, between the triple quotes.
BRIEF_11_8 = """
"""

# 11.9 to 11.12 are cases to judge (choice, 3 points each). Answer each with one letter in quotes.
# 11.9: can you rank the two colleges' hedged figures?
Q11_9 = None

# 11.10: how should the ministry use Vendor K's training figure?
Q11_10 = None

# 11.11: what is wrong with the NGO's count of 300?
Q11_11 = None

# 11.12: how good is the advocacy group's sentence about the course and the arrests?
Q11_12 = None
