"""Chapter 17 exercises: research a country (the capstone).

Read the chapter and its exercise page first. Replace each `None` with your answer,
write the four functions, fill in the ASSESSMENT template for a country you can
research safely, and write your memo. Then run, from the course folder:

    course check 17

It scores your answers, prints a hint for each miss, and never shows the answers.
For ASSESSMENT it names each section, row and field that needs fixing.
The memo (17.8) gets structure checks now and rubric points from your instructor.

Keep this file safe: it is your research. Put no names or contact details of
people who helped you in it (see "Your safety and ethics" in the chapter).
"""

# 17.1 (matching, 3 points): label each claim "f" (finding), "a" (allegation) or "s" (self-claim).
# Answer with a dict, e.g. {"meiya": "a", "shandong": "f", ...}.
Q17_1 = None

# 17.2 (matching, 3 points): what can each source establish for the claim named?
# a (primary record), b (self-report), c (independent account) or d (relay).
Q17_2 = None


# 17.3 (function, 2 points)
def url_date(url):
    """Return {"date": ..., "kind": "capture" or "path"} for the date in a web address, or None (see 17.3)."""
    raise NotImplementedError("write this function")


# 17.4 (function, 2 points)
def date_problems(row):
    """Return the list of dating problems in one row of a source log (see 17.4)."""
    raise NotImplementedError("write this function")


# 17.5 (function, 2 points)
def still_holds(claim, on):
    """Return "valid", "superseded" or "unknown" for a claim on the day `on` (see 17.5)."""
    raise NotImplementedError("write this function")


# 17.6 (function, 2 points)
def risk_score(profile):
    """Return {"score": ..., "tier": ...} for a fictional country's profile (see 17.6)."""
    raise NotImplementedError("write this function")


# 17.7 (structured answer, 8 points): your country assessment. Fill in every field,
# and copy a row (from { to },) to add more rows to a section. The exercise page
# explains each field and the rules the checker applies.
ASSESSMENT = {
    "country": "",        # the country you assess
    "prepared": "",       # the date you finished this file: "YYYY-MM-DD"
    "snapshot": [         # index values: at least 2 rows
        {"id": "S1",               # a short id you choose, unique in the file
         "index": "",              # "Freedom in the World" or "Freedom on the Net" (or another index)
         "edition": None,          # the edition year printed on the index, a number: 2025
         "score": None,            # the total score, a number
         "parts": {},              # optional sub-scores, which must add up to the score:
                                   #   FIW {"political_rights": 28, "civil_liberties": 37}
                                   #   FOTN {"A": 17, "B": 24, "C": 22}
         "status": "",             # "Free", "Partly Free" or "Not Free", as that edition gives it
         "source": "",             # title, publisher and address of the page you read
         "claim_type": "",         # "finding", "allegation" or "self-claim"
         "source_date": ""},       # when the source was published (or, if undated, when you accessed it)
    ],
    "projects": [         # PRC-linked surveillance, safe-city or smart-city projects: at least 1 row
        {"id": "P1", "name": "",
         "vendors": [],            # the companies named, e.g. ["Huawei"]; if none is named, say so
         "financing": "",          # loan, grant, budget, revenue share ... or "not stated in the source"
         "start": "",              # when it began, or the earliest date your source puts it in place
         "end": "",                # when it ended; leave "" if it is running or you do not know
         "detail": "",             # what the source says, in one or two sentences of your own
         "source": "", "claim_type": "", "source_date": ""},
    ],
    "training": [         # police or official training links with PRC institutions: at least 1 row
        {"id": "T1", "institution": "", "date": "", "detail": "",
         "source": "", "claim_type": "", "source_date": ""},
    ],
    "safeguards": [       # laws, decrees, oversight bodies, audits, court rulings, commitments: at least 2 rows
        {"id": "L1", "instrument": "",
         "kind": "",               # "law", "decree", "oversight body", "audit", "court ruling", "international commitment" ...
         "date": "",               # when it took effect or happened
         "detail": "", "source": "", "claim_type": "", "source_date": ""},
    ],
    "civil_society": [    # who monitors these systems, and what they have said or done: at least 1 row
        {"id": "C1", "actor": "", "date": "", "detail": "",
         "source": "", "claim_type": "", "source_date": ""},
    ],
    "judgements": [       # the key judgements your memo rests on: at least 2 rows
        {"id": "J1", "judgement": "",   # one sentence
         "based_on": []},               # the ids of the rows that support it, e.g. ["P1", "S1"]
    ],
    "not_collected": "",  # what you deliberately did not collect or record, and why
}

# 17.8 (written, 3 points + rubric): your memo, 300 to 500 words, between the triple quotes.
# Headings, each on its own line: Summary, Exposure, Safeguards, What the evidence does not show.
MEMO_17_8 = """
"""

# 17.9 (choice, 3 points): a figure from a website of unknown standing: how do you treat it?
# Answer with one letter in quotes, e.g. "a".
Q17_9 = None

# 17.10 (choice, 3 points): a research plan with four steps: which change does the chapter require?
Q17_10 = None

# 17.11 (choice, 3 points): an archived news story and a blog's date: which reading is right?
Q17_11 = None

# 17.12 (choice, 3 points): an audit the supplier disputes: how do you label it?
Q17_12 = None
