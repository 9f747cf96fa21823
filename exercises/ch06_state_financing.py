"""Chapter 6 exercises: state financing.

Read the chapter and its exercise page first. Replace each `None` with your answer
and write the two functions. Then run, from the course folder:

    course check 6

It scores your answers, prints a hint for each miss, and never shows the answers.
Written answers (6.7) get structure checks now and rubric points from your instructor.
"""

# 6.1 (matching, 4 points): what does the recipient owe under each instrument?
# Answer with a dict of letters, e.g. {"grant": "a", "interest_free_loan": "b", ...}.
Q6_1 = None


# 6.2 (function, 3 points): grant, loan, investment agreement or unknown?
def classify_deal(deal):
    """Return "grant", "loan", "investment_agreement" or "unknown" for the deal (see 6.2)."""
    raise NotImplementedError("write this function")


# 6.3 (choice, 2 points): how was ECU-911 paid for?
# Answer with one letter in quotes, e.g. "a".
Q6_3 = None

# 6.4 (matching, 5 points): which ECU-911 figure answers each question?
# Answer with a dict, e.g. {"loan_2012": "a", "total_spent": "b", ...}.
Q6_4 = None


# 6.5 (function, 3 points): which versions of the GCDF dataset could record this project?
def gcdf_versions(project):
    """Return a list such as ["2.0", "3.0"], ["3.0"] or [] (see 6.5)."""
    raise NotImplementedError("write this function")


# 6.6 (several letters, 3 points): which questions can GCDF 3.0 answer on its own?
# Answer with a set of letters, e.g. {"a", "b"}.
Q6_6 = None

# 6.8 (choice, 3 points): a preferential buyer's credit: what is the deal, and who pays?
# Answer with one letter in quotes, e.g. "a".
Q6_8 = None

# 6.9 (choice, 3 points): no record in the GCDF: why does the conclusion not follow?
# Answer with one letter in quotes, e.g. "a".
Q6_9 = None

# 6.10 (choice, 3 points): USD 80 million and USD 95 million: is anything missing?
# Answer with one letter in quotes, e.g. "a".
Q6_10 = None

# 6.11 (choice, 3 points): USD 0 against USD 150 million: the strongest objection?
# Answer with one letter in quotes, e.g. "a".
Q6_11 = None

# 6.12 (choice, 3 points): USD 20 million from China: what do the data show?
# Answer with one letter in quotes, e.g. "a".
Q6_12 = None

# 6.7 (written, 3 points + rubric): your methods note, between the triple quotes.
MEMO_6_7 = """
"""
