"""Chapter 3 exercises: the market and its narratives.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the function. Then run, from the course folder:

    course check 3

It scores your answers, prints a hint for each miss, and never shows the answers.
The written answer (3.8) gets structure checks now and rubric points from your instructor.
"""

# 3.1 (choice, 2 points): which sentence states the report's headline judgement accurately?
# Answer with one letter in quotes, e.g. "a".
Q3_1 = None

# 3.2 (choice, 2 points): who issued Made in China 2025, and when?
Q3_2 = None

# 3.3 (ordering, 3 points): the PRC statements A-H, earliest first, e.g. ["A", "B", ...].
Q3_3 = None

# 3.4 (matching, 4 points): match each statement to a narrative (a, b or c).
# Answer with a dict, e.g. {"brf_2017": "a", ...}.
Q3_4 = None


# 3.5 (function, 3 points): which cautions apply before comparing two figures?
def comparison_cautions(a, b):
    """Return the cautions, in the order given in 3.5, that apply to comparing a with b."""
    raise NotImplementedError("write this function")


# 3.6 (number, 2 points): the GDP, in trillion yuan, implied by 45.5 trillion = 39.8 percent.
# Answer with a number to one decimal place, no quotes.
Q3_6 = None

# 3.7 (matching, 4 points): supply side (a) or demand side (b) for each statement.
Q3_7 = None

# 3.9 (choice, 3 points): the minister's argument: which judgement?
# Answer with one letter in quotes, e.g. "a".
Q3_9 = None

# 3.10 (choice, 3 points): the 12 percent and the USD 300 million: the main flaw?
# Answer with one letter in quotes, e.g. "a".
Q3_10 = None

# 3.11 (choice, 3 points): a governor buys Japanese cameras: which reading fits?
# Answer with one letter in quotes, e.g. "a".
Q3_11 = None

# 3.12 (choice, 3 points): the vendor's 40 percent: which evidence tests it best?
# Answer with one letter in quotes, e.g. "a".
Q3_12 = None

# 3.13 (choice, 3 points): an official's promise to share technology: which narrative?
# Answer with one letter in quotes, e.g. "a".
Q3_13 = None

# 3.8 (written, 3 points + rubric): your briefing for the council, between the triple quotes.
BRIEF_3_8 = """
"""
