"""Chapter 14 exercises: Malaysia. Reference solutions (instructor only)."""
import re

# 14.1 ---------------------------------------------------------------------------
Q14_1 = {"city_brain": "b", "yitu_afsb": "c", "xly": "d", "cyber_lab": "e", "u_mobile": "a", "skyvast": "f"}


# 14.2 ---------------------------------------------------------------------------

def government_role(p):
    """The government's role, by the first rule that applies (order matters)."""
    if p["disowned"]:                       # a later disavowal overrides everything else
        return "disclaimed"
    if p["government_partners"]:            # a non-empty list: some government body is a party
        return "partner"
    if p["regulator_awarded"]:
        return "regulator"
    if p["officials_trained"]:
        return "participant"
    if p["operator_state_linked"]:
        return "indirect"
    if p["minister_appeared"]:              # on stage, but not a party to the deal
        return "present_only"
    return "none"


# 14.3 ---------------------------------------------------------------------------
Q14_3 = "b"


# 14.4 ---------------------------------------------------------------------------

URL_MONTH = re.compile(r"/(\d{4})/(\d{2})/")   # e.g. /2021/02/ in a web address


def check_source_date(source):
    """The earliest month the clues allow, and whether the claimed date respects it."""
    limits = list(source["officials_from"])     # each office-holder: no earlier than taking office
    match = URL_MONTH.search(source["url"])
    if match:
        limits.append(f"{match.group(1)}-{match.group(2)}")
    if not limits:                              # no clue is not the same as an agreeing clue
        return {"earliest": None, "consistent": None}
    earliest = max(limits)                      # every limit must hold, so the latest one binds
    return {"earliest": earliest, "consistent": source["claimed"][:7] >= earliest}


# 14.5 ---------------------------------------------------------------------------
Q14_5 = {"a", "b", "c"}

# 14.6 ---------------------------------------------------------------------------
Q14_6 = ["B", "C", "D", "J", "A", "E", "F", "G", "H", "I"]

# 14.7 ---------------------------------------------------------------------------
MEMO_14_7 = """
Claim
The report judges that Malaysia relies less on PRC firms for surveillance infrastructure, in money
and in technology, than Ecuador or Kyrgyzstan [source: IRI 2024]. It is a judgement, not a count.

Evidence
Malaysia has worked with PRC firms in many layers. Alibaba launched City Brain with two government
bodies in January 2018 for traffic management [source: Malaysian Reserve 2018]. Yitu body cameras
used by auxiliary police from February 2018 allowed only review after an incident; live recognition
was a plan [source: SCMP 2018]. CyberSecurity Malaysia set up a lab with Huawei in February 2021. In
April 2025 U Mobile chose Huawei and ZTE for the second 5G network, while the first network had
chosen Ericsson [source: Malay Mail 2025]. The chapter records no national system financed by
Chinese loans, as in Ecuador, and no free equipment from a Chinese state company, as in Kyrgyzstan.
Malaysia also passed its own Cyber Security Act, in force from August 2024, and in May 2025 the
government disowned a Huawei-chip AI project after US export-control warnings.

Assessment
The claim is plausible but not demonstrated. The partnerships are many, often commercial, and spread
across layers, which suggests choice rather than dependence; the two-network 5G policy and the
Ericsson contract show alternatives exist. But "less reliant" needs measures the report does not
give: the share of surveillance and network contracts held by PRC firms, who finances them, and
whether buyers had other bidders (only two Chinese firms answered U Mobile's tender). Until those
are counted, the fairer wording is that Malaysia's ties are broad but not shown to be a dependence.
"""

# 14.8 ---------------------------------------------------------------------------
Q14_8 = "c"

# 14.9 ---------------------------------------------------------------------------
Q14_9 = "d"

# 14.10 --------------------------------------------------------------------------
Q14_10 = "a"

# 14.11 --------------------------------------------------------------------------
Q14_11 = "b"
