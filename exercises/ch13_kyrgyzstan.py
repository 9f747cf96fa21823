"""Chapter 13 exercises: Kyrgyzstan, Bishkek Safe City.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the function. Then run, from the course folder:

    course check 13

It scores your answers, prints a hint for each miss, and never shows the answers.
The written answer (13.8) gets structure checks now and rubric points from your instructor.
"""

# 13.1 (matching, 4 points): which supplier built which part of the system?
# Answer with a dict, e.g. {"smart_city_2018": "a", "phase_1": "b", ...}.
Q13_1 = None

# 13.2 (ordering, 3 points): the events A-I, earliest first, e.g. ["A", "B", ...].
Q13_2 = None


# 13.3 (function, 3 points): complete months between two "YYYY-MM-DD" dates.
def whole_months(start, end):
    """Return the number of complete months from start to end, or None (see 13.3)."""
    raise NotImplementedError("write this function")


# 13.4 (choice, 3 points): a newsletter calls Aka Minerals "Iran-based"; what should a briefing say?
# Answer with one letter in quotes, e.g. "a".
Q13_4 = None

# 13.5 (choice, 3 points): a brochure dates Kyrgyz police training in China: what should it say?
Q13_5 = None

# 13.6 (number, 3 points): expected false alerts a day against the CIS wanted list
# (chapter 2's formula, the illustrative numbers in the prompt), rounded to a whole number, no quotes.
Q13_6 = None

# 13.7 (several letters, 3 points): which statements about June 2023 are supported?
# Answer with a set of letters, e.g. {"a", "b"}.
Q13_7 = None

# 13.8 (written, 3 points + rubric): your note to the programme officer, between the triple quotes.
MEMO_13_8 = """
"""

# 13.9 (choice, 3 points): a 2026 news item on Safe City and data sent abroad: what kind of claim is it?
# Answer with one letter in quotes, e.g. "a".
Q13_9 = None

# 13.10 (choice, 3 points): the ministry's figure of 300 detained and a donor's draft: which judgement?
Q13_10 = None

# 13.11 (choice, 2 points): a partner wants to share an article from an outlet declared extremist: your advice?
Q13_11 = None
