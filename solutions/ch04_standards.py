"""Chapter 4 exercises: international standards bodies. Reference solutions (instructor only)."""

Q4_1 = {"itu": "a", "iso": "b", "iec": "b", "3gpp": "c", "ieee": "d"}
Q4_2 = "c"

# 4.3: the PRC nationals' spells as (first day in office, last day in office).
# Dates written "YYYY-MM-DD" compare correctly as text, so no date library is needed.
PRC_HEAD_SPELLS = {
    "ITU": ("2015-01-01", "2022-12-31"),  # Houlin Zhao, Secretary-General (elected October 2014)
    "IEC": ("2020-01-01", "2022-12-31"),  # Shu Yinbiao, President for the term 2020-2022 (elected October 2018)
}
BODIES_WITH_DATA = {"ITU", "IEC"}  # the chapter's table covers only these two


def prc_national_head(body, date):
    """True/False for a body the table covers; None ("unknown") for any other body."""
    if body not in BODIES_WITH_DATA:
        return None
    first_day, last_day = PRC_HEAD_SPELLS[body]
    # Both ends count: the first day in office and the last day of the term.
    return first_day <= date <= last_day


Q4_4 = 3
Q4_5 = {"a", "c", "d", "e"}
Q4_6 = {"sac_2020": "a", "ft_2019": "b", "strategy_analytics_2020": "c",
        "carnegie_2023": "d", "textore_2022": "e"}


def compare_accounts(accounts):
    """Say what the accounts agree on and where they conflict, without picking one."""
    # An account that names nobody tells us nothing about who submitted: leave it out.
    usable = [account for account in accounts if account["submitters"]]
    if not usable:
        return {"named_by_all": [], "named_by_some": [], "conflict": False, "sources": []}

    # A set per account, so a name repeated inside one account counts once.
    name_sets = [set(account["submitters"]) for account in usable]
    named_by_all = set.intersection(*name_sets)           # in every account
    named_by_some = set.union(*name_sets) - named_by_all  # in some, but not all

    oldest_first = sorted(usable, key=lambda account: account["date"])
    return {
        "named_by_all": sorted(named_by_all),
        "named_by_some": sorted(named_by_some),
        "conflict": len(named_by_some) > 0,
        "sources": [account["source"] for account in oldest_first],
    }


Q4_9 = "a"

Q4_10 = "d"

Q4_11 = "b"

Q4_12 = "c"

Q4_13 = "b"

BRIEF_4_8 = """
Claim
The claim is that the PRC dominates international standards bodies, so civil society cannot make a difference there.

Evidence
PRC firms are very active. Strategy Analytics reported in March 2020 that Huawei made the most contributions to 5G standards at 3GPP, while Ericsson led in chair posts and Nokia in approval rates [source: Strategy Analytics 2020]. A PRC national, Houlin Zhao, led the ITU from 2015 to 2022 [source: ITU 2018 biography of Houlin Zhao], and Shu Yinbiao was IEC President in 2020-2022 [source: State Grid 2018 on Shu Yinbiao]; both spells have ended. TextOre's website review, mostly in 2022, found no dominant PRC presence in the ITU, IEEE, 3GPP and IEC, but it did not look at ISO [source: IRI and TextOre 2024]. Carnegie analysts argued in 2023 that the system is still robust [source: Sheehan and Feldgoise 2023].

Assessment
The evidence shows heavy participation, not control. Influence works differently in each body: only the ITU votes state by state, while 3GPP and IEEE rest on company and individual contributions. The Financial Times reported in December 2019 that facial recognition standards were being proposed at the ITU, where rights experts rarely attend [source: Financial Times 2019]. That gap is the reason to engage, not to stay away. The coalition should ask its national standards body or ITU delegation to let it comment on surveillance-related work.
"""
