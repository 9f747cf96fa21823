"""Chapter 5 exercises: technology governance at the UN and the SCO.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 5

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (5.8) get structure checks now and rubric points from your instructor.
"""

# 5.1 (several letters, 2 points): which states founded the SCO on 15 June 2001?
# Answer with a set of letters, e.g. {"a", "b"}.
Q5_1 = None

# 5.2 (several letters, 3 points): which phrases in the 2015 code are not grounds in ICCPR Art. 19(3)?
Q5_2 = None


# 5.3 (function, 3 points): which of the three Article 19(3) checks does a restriction fail?
def failed_tests(restriction):
    """Return the failed checks, in order; [] if the restriction passes (see 5.3)."""
    raise NotImplementedError("write this function")


# 5.4 (ordering, 3 points): the events A-H, earliest first, e.g. ["A", "B", ...].
Q5_4 = None


# 5.5 (function, 3 points): is this instrument legally binding on this state?
def binds(instrument, state):
    """Return True only for a treaty in force to which the state is a party (see 5.5)."""
    raise NotImplementedError("write this function")


# 5.6 (choice, 2 points): the Samarkand Declaration and the report's summary of it.
# Answer with one letter in quotes, e.g. "a".
Q5_6 = None

# 5.7 (number, 2 points): percentage of states taking part that voted yes on 27 December 2019.
Q5_7 = None

# 5.9 (choice, 3 points): country N ratifies the cybercrime convention: is it bound yet?
# Answer with one letter in quotes, e.g. "a".
Q5_9 = None

# 5.10 (choice, 3 points): a think tank's summary of a declaration: which judgement?
# Answer with one letter in quotes, e.g. "a".
Q5_10 = None

# 5.11 (choice, 3 points): a right and an unlisted ground in one article: which judgement?
# Answer with one letter in quotes, e.g. "a".
Q5_11 = None

# 5.12 (choice, 3 points): a court order to remove a false accusation: how does Art. 19(3) apply?
# Answer with one letter in quotes, e.g. "a".
Q5_12 = None

# 5.13 (choice, 3 points): oppose every UN process on AI? the most defensible response
# Answer with one letter in quotes, e.g. "a".
Q5_13 = None

# 5.14 (choice, 3 points): a UN adopts new AI rules headline: what is the text?
# Answer with one letter in quotes, e.g. "a".
Q5_14 = None

# 5.8 (written, 3 points + rubric): your memo on the draft clause, between the triple quotes.
MEMO_5_8 = """
"""
