"""Chapter 4 exercises: international standards bodies.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 4

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (4.8) get structure checks now and rubric points from your instructor.
"""

# 4.1 (matching, 4 points): how does each body make its decisions?
# Answer with a dict of letters, e.g. {"itu": "a", "iso": "b", ...}; a letter may repeat.
Q4_1 = None

# 4.2 (choice, 2 points): what do the Strategy Analytics and CSIS counts support?
# Answer with one letter in quotes, e.g. "a".
Q4_2 = None


# 4.3 (function, 3 points): did a PRC national head this body on this date?
def prc_national_head(body, date):
    """Return True, False, or None when the chapter's table has no data for the body (see 4.3)."""
    raise NotImplementedError("write this function")


# 4.4 (number, 2 points): years in 2015-2022 when PRC nationals headed both the ITU and the IEC.
Q4_4 = None

# 4.5 (several letters, 3 points): which bodies did TextOre's review cover?
# Answer with a set of letters, e.g. {"a", "b"}.
Q4_5 = None

# 4.6 (matching, 5 points): what kind of source makes each statement?
# Answer with a dict, e.g. {"sac_2020": "a", "ft_2019": "b", ...}.
Q4_6 = None


# 4.7 (function, 2 points): compare accounts of who submitted "New IP".
def compare_accounts(accounts):
    """Return named_by_all, named_by_some, conflict and sources for the accounts (see 4.7)."""
    raise NotImplementedError("write this function")


# 4.9 (choice, 3 points): three accounts of who submitted a proposal: what to report?
# Answer with one letter in quotes, e.g. "a".
Q4_9 = None

# 4.10 (choice, 3 points): a government bloc at IEEE: the main flaw?
# Answer with one letter in quotes, e.g. "a".
Q4_10 = None

# 4.11 (choice, 3 points): a study of 3GPP and IEEE: what does it say about the ITU?
# Answer with one letter in quotes, e.g. "a".
Q4_11 = None

# 4.12 (choice, 3 points): 500 proposals: how well supported is the claim?
# Answer with one letter in quotes, e.g. "a".
Q4_12 = None

# 4.13 (choice, 3 points): a bloc of experts in an ISO committee: how many votes?
# Answer with one letter in quotes, e.g. "a".
Q4_13 = None

# 4.8 (written, 3 points + rubric): your note on "China dominates standards bodies", between the triple quotes.
BRIEF_4_8 = """
"""
