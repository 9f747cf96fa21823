"""Chapter 7 exercises: export controls.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the three functions. Then run, from the course folder:

    course check 7

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (7.10) get structure checks now and rubric points from your instructor.
"""

# 7.1 (choice, 2 points): which ground is NOT in the PRC law's Art. 12 catch-all?
# Answer with one letter in quotes, e.g. "a".
Q7_1 = None

# 7.2 (choice, 2 points): when were the Wassenaar surveillance controls agreed?
Q7_2 = None

# 7.3 (several letters, 3 points): which instruments are legally binding?
# Answer with a set of letters, e.g. {"a", "b"}.
Q7_3 = None

# 7.4 (ordering, 3 points): the events A-G, earliest first, e.g. ["A", "B", ...].
Q7_4 = None


# 7.5 (function, 3 points)
def prc_licence_required(case):
    """Return True if the PRC model requires a licence for this case (see 7.5)."""
    raise NotImplementedError("write this function")


# 7.6 (function, 3 points)
def eu_authorisation_required(case):
    """Return True if the EU model requires an authorisation for this case (see 7.6)."""
    raise NotImplementedError("write this function")


# 7.7 (function, 2 points)
def regimes_disagree(cases):
    """Return the sorted names of the cases where the two models disagree (see 7.7)."""
    raise NotImplementedError("write this function")


# 7.8 (number, 2 points): complete years between the Wassenaar controls and the PRC law taking effect.
Q7_8 = None

# 7.9 (choice, 2 points): a case to judge: does the intrusion-software sale need an authorisation?
Q7_9 = None

# 7.10 (written, 3 points + rubric): your briefing note, between the triple quotes.
BRIEF_7_10 = """
"""

# 7.11 to 7.15 are cases to judge (choice, 3 points each). Answer each with one letter in quotes.
# 7.11: under EU Article 5 in full, what must the company that is aware of the risk do?
Q7_11 = None

# 7.12: does the PRC law require a licence for the voice-recognition export?
Q7_12 = None

# 7.13: what advice fits what an Entity List listing does?
Q7_13 = None

# 7.14: how good is the blog's claim about Ecuador and the ECHRI Code?
Q7_14 = None

# 7.15: how good is the campaign group's claim about plain CCTV cameras?
Q7_15 = None
