"""Chapter 15 exercises: comparing Ecuador, Kyrgyzstan and Malaysia. Reference solutions (instructor only)."""

Q15_1 = "c"
Q15_2 = "a"


def audit_snapshot(rows, edition):
    """Problem codes for each row of a comparison table, checked against one edition."""
    problems = {}
    for row in rows:
        codes = []
        # Edition: missing, or present but not the one we compare on.
        if row["edition"] is None:
            codes.append("no_edition")
        elif row["edition"] != edition:
            codes.append("other_edition")
        # Citation: missing, or pointing to a page of the other index.
        if row["cited_index"] is None:
            codes.append("no_citation")
        elif row["cited_index"] != row["index"]:
            codes.append("wrong_index_cited")
        problems[row["id"]] = sorted(codes)
    return problems


STATUS_ORDER = {"Not Free": 0, "Partly Free": 1, "Free": 2}


def fiw_trend(rows, country):
    """First and last Freedom in the World status of a country, and whether it went up or down."""
    mine = [r for r in rows
            if r["country"] == country and r["index"] == "FIW" and r["edition"] is not None]
    if not mine:
        return None
    mine.sort(key=lambda r: r["edition"])          # rows may come in any order
    first, last = mine[0], mine[-1]
    before, after = STATUS_ORDER[first["status"]], STATUS_ORDER[last["status"]]
    if after > before:
        change = "upgraded"
    elif after < before:
        change = "downgraded"
    else:
        change = "unchanged"
    return {"first": [first["edition"], first["status"]],
            "last": [last["edition"], last["status"]],
            "change": change}


Q15_5 = {"a", "c", "d", "g"}
Q15_6 = {"stated_reasons": "a", "pushed": "c", "police_training": "a", "financing": "b",
         "fiw_2022": "b", "pushback": "b", "echri_code": "b", "only_not_free": "c"}
Q15_7 = "d"

BRIEF_15_8 = """
Common ground
In both Ecuador and Kyrgyzstan the government went looking for cameras and gave security reasons:
high crime in Ecuador in 2011, criminal and terrorist threats in Kyrgyzstan in 2018
[source: IRI and TextOre report, 2024]. The report itself says Beijing pushed neither government.
Officers from both countries attended police courses in China, Kyrgyz officers at least since 2006
[source: Qilu Evening News, 2006].

Differences
Freedom in the World 2022 rated Ecuador Free (71) and Kyrgyzstan Not Free (27); in the 2025 edition
Ecuador was Partly Free (65) and Kyrgyzstan still Not Free (26) [source: Freedom in the World 2022;
Freedom in the World 2025]. The money differed too. Ecuador signed its deal in February 2011 without
public bidding and paid through oil-backed Chinese loans [source: New York Times, 2019], while
Kyrgyzstan received face-recognition equipment from CEIEC at no cost to its budget in 2019. Pushback
took different forms: in Ecuador a state audit in 2017 found a USD 32 million overpayment; in
Kyrgyzstan a coalition of more than 70 NGOs called for a moratorium on face recognition. Kyrgyzstan's
story also runs through Russia: a Russian firm built its first traffic cameras, and from June 2023
the cameras were matched against the CIS wanted list [source: Spektr, 2023].

Limits
Two cases cannot tell us how often governments adopt such systems or why. Greitens's 2020 study of
many countries finds crime rates and strategic importance to the PRC linked to adoption, and
democracy level barely so [source: Greitens, Brookings, 2020]. The Freedom House values here should be
checked against the latest edition before the handout is used.
"""

# 15.9 ---------------------------------------------------------------------------
Q15_9 = "b"

# 15.10 --------------------------------------------------------------------------
Q15_10 = "c"

# 15.11 --------------------------------------------------------------------------
Q15_11 = "a"

# 15.12 --------------------------------------------------------------------------
Q15_12 = "d"
