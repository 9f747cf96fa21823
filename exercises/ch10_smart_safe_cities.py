"""Chapter 10 exercises: smart and safe cities.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 10

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (10.8) get structure checks now and rubric points from your instructor.
"""


# 10.1 (function, 3 points): every count k out of n that rounds to the percentage pct.
def implied_counts(pct, n):
    """Return the sorted list of whole numbers k (0 to n) with round(100 * k / n) == pct (see 10.1)."""
    raise NotImplementedError("write this function")


# 10.2 (choice, 2 points): a case to judge: what can you say about the journalist's 15 countries?
# Answer with one letter in quotes, e.g. "a".
Q10_2 = None

# 10.3 (number, 2 points): how many of the 73 agreements were in countries rated Free on average?
# Answer with a whole number, no quotes.
Q10_3 = None


# 10.4 (function, 3 points): the reasons two scale claims cannot be compared.
def claim_differences(a, b):
    """Return the alphabetical list of "coverage", "label", "unit" that apply (see 10.4)."""
    raise NotImplementedError("write this function")


# 10.5 (matching, 3 points): match each component to a layer of a safe-city platform, "a" to "e".
# Answer with a dict, e.g. {"plate_cameras": "a", ...} (all six keys).
Q10_5 = None

# 10.6 (ordering, 3 points): the events A-G, earliest first, e.g. ["A", "B", ...].
Q10_6 = None

# 10.7 (several letters, 3 points): which statements can you make with a source?
# Answer with a set of letters, e.g. {"a", "b"}.
Q10_7 = None

# 10.8 (written, 3 points + rubric): your memo to the councillor, between the triple quotes.
MEMO_10_8 = """
"""

# 10.9 to 10.12 are cases to judge (choice, 3 points each). Answer each with one letter in quotes.
# 10.9: what does the tender clause for the "smart traffic platform" show?
Q10_9 = None

# 10.10: how much weight should the council give the vendor's crime figure?
Q10_10 = None

# 10.11: which question does the storage clause leave most clearly unanswered?
Q10_11 = None

# 10.12: what is the best response to "lost 30 cities in two years"?
Q10_12 = None
