"""Chapter 1 exercises: welcome and the source report.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the function. Then run, from the course folder:

    course check 1

It scores your answers, prints a hint for each miss, and never shows the answers.
The written answer (1.8) gets structure checks now and rubric points from your instructor.
"""

# 1.1 (choice, 2 points): when was most of the report's research done, and how can you tell?
# Answer with one letter in quotes, e.g. "a".
Q1_1 = None

# 1.2 (several letters, 3 points): which responses to a colleague who wants to drop the
# report because of its funder follow the chapter's advice?
# Answer with a set of letters, e.g. {"a", "b"}.
Q1_2 = None

# 1.3 (choice, 2 points): which statement from chapter 1 is a self-claim?
Q1_3 = None


# 1.4 (function, 5 points): self-claim, finding or allegation, by the four steps in the prompt.
def claim_type(statement):
    """Return "self-claim", "finding" or "allegation" for this statement (see 1.4)."""
    raise NotImplementedError("write this function")


# 1.5 (matching, 4 points): match each corrected report statement to the habit of checking
# that catches it. Answer with a dict, e.g. {"wassenaar": "a", "csis": "b", ...}.
Q1_5 = None

# 1.6 (choice, 2 points): how should you use the report's present-tense claim about the IEC?
Q1_6 = None

# 1.7 (ordering, 3 points): events A-H by their corrected dates, earliest first,
# e.g. ["A", "B", ...].
Q1_7 = None

# 1.9 (choice, 3 points): the vendor's 5,000 trained officers: what type of claim?
# Answer with one letter in quotes, e.g. "a".
Q1_9 = None

# 1.10 (choice, 3 points): 30 cities on an unknown website: the most defensible use?
# Answer with one letter in quotes, e.g. "a".
Q1_10 = None

# 1.11 (choice, 3 points): a gift or a loan: what should you write?
# Answer with one letter in quotes, e.g. "a".
Q1_11 = None

# 1.12 (choice, 3 points): a 2025 report, 2023 research and a 2024 law: how to use it?
# Answer with one letter in quotes, e.g. "a".
Q1_12 = None

# 1.13 (choice, 3 points): a court ruling a vendor disputes: what type of claim?
# Answer with one letter in quotes, e.g. "a".
Q1_13 = None

# 1.8 (written, 3 points + rubric): your note to a partner organisation, between the triple quotes.
MEMO_1_8 = """
"""
