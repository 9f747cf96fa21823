"""Chapter 6 exercises: state financing. Reference solutions (instructor only)."""

Q6_1 = {"grant": "a", "interest_free_loan": "b", "concessional_loan": "c", "buyers_credit": "d"}


def classify_deal(deal):
    """Classify by who provides the money and whether it is repaid; ignore the label."""
    # 1. A deal with firms is an investment agreement, not state finance.
    if deal["financier"] == "company":
        return "investment_agreement"
    # 2. "Not reported" (None) is not the same as "not repayable" (False).
    if deal["repayable"] is None:
        return "unknown"
    # 3. Anything that must be repaid is a loan, with or without interest.
    #    deal["described_as"] ("aid", "state-funded" ...) is deliberately never read.
    return "loan" if deal["repayable"] else "grant"


Q6_3 = "b"
Q6_4 = {"loan_2012": "b", "total_spent": "c", "initial_price": "a", "all_credit": "d",
        "remaining_centres": "f"}

# 6.5: the commitment years each version covers (first and last year included).
GCDF_COMMITMENT_YEARS = {"2.0": (2000, 2017), "3.0": (2000, 2021)}


def gcdf_versions(project):
    """The GCDF versions that could record this project, oldest version first."""
    is_official = project["provider"] == "chinese_state"
    to_low_or_middle_income = project["recipient_income"] != "high"
    if not (is_official and to_low_or_middle_income):
        return []
    year = project["commitment_year"]
    return [version for version, (first, last) in GCDF_COMMITMENT_YEARS.items()
            if first <= year <= last]


Q6_6 = {"a", "b", "c"}

Q6_8 = "a"

Q6_9 = "d"

Q6_10 = "c"

Q6_11 = "b"

Q6_12 = "b"

MEMO_6_7 = """
Finding
IRI and TextOre report that PRC state finance supported surveillance exports through grants, loans and buyer's credits, but showed no preference for surveillance over other exports [source: IRI and TextOre 2024]. The dataset is described only as the work of a team at William & Mary.

Gaps
That team is AidData, and the dataset is its Global Chinese Development Finance dataset. The report gives no version, method or endnote. Version 2.0, released in 2021 with commitments from 2000 to 2017, was current during the 2022 research; version 3.0 followed on 6 November 2023 [source: AidData GCDF 2.0, 2021] [source: AidData GCDF 3.0, 2023]. The data record commitments, not spending or the equipment delivered. There is no surveillance label, so someone must decide which projects count. Donations and training can appear with a value of zero [source: VOA 2024].

Reproducible version
Name the version. Publish the rule for identifying surveillance projects: search terms in project descriptions (such as safe city, video surveillance, emergency response), followed by a manual review by two coders. Choose a comparison group, for example all ICT projects. State the measure compared: number of projects, committed value, or the share on concessional terms. Report how many projects had no value. Then the finding can be checked; until then it is neither confirmed nor refuted.
"""
