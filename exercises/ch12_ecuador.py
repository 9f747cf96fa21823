"""Chapter 12 exercises: Ecuador, ECU-911.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the three functions. Then run, from the course folder:

    course check 12

It scores your answers, prints a hint for each miss, and never shows the answers.
The written answer (12.8) gets structure checks now and rubric points from your instructor.
"""


# 12.1 (function, 3 points): the first and last day a date of any precision can mean,
# e.g. date_range("2011-02") -> ["2011-02-01", "2011-02-28"].
def date_range(text):
    """Return [first day, last day] as "YYYY-MM-DD" strings (see 12.1)."""
    raise NotImplementedError("write this function")


# 12.2 (function, 2 points): order events by the stated rule and report the undated ones.
# Reuse your date_range.
def order_events(events):
    """Return {"timeline": [...ids in order...], "undated": [...ids...]} (see 12.2)."""
    raise NotImplementedError("write this function")


# 12.3 (choice, 2 points): how was ECU-911 financed, according to the sources?
# Answer with one letter in quotes, e.g. "a".
Q12_3 = None

# 12.4 (matching, 4 points): what does each cost or camera figure measure?
# Answer with a dict, e.g. {"usd_240m": "a", "usd_200m_plus": "b", ...}.
Q12_4 = None


# 12.5 (function, 2 points): a part's share of a whole, or None when the share is meaningless.
def share_of(part, whole):
    """Return the share rounded to 3 decimals, or None (see 12.5)."""
    raise NotImplementedError("write this function")


# 12.6 (several letters, 3 points): what do the sources support about the USD 32 million?
# Answer with a set of letters, e.g. {"a", "b"}.
Q12_6 = None

# 12.7 (choice, 2 points): a case to judge: how should you describe Country E's financing?
Q12_7 = None

# 12.8 (written, 3 points + rubric): your note comparing two readings of ECU-911,
# between the triple quotes.
MEMO_12_8 = """
"""

# 12.9 to 12.12 are cases to judge (choice, 3 points each). Answer each with one letter in quotes.
# 12.9: how should the director's statement go into a dated timeline?
Q12_9 = None

# 12.10: how good is the politician's "convicted of fraud"?
Q12_10 = None

# 12.11: what is the likely mix-up in "Not Free, with a score of 63"?
Q12_11 = None

# 12.12: how good is the blog post about the intelligence law?
Q12_12 = None
