"""Chapter 17 exercises: research a country. Reference solutions (instructor only)."""
from datetime import date

# 17.1: claim types ("f" finding, "a" allegation, "s" self-claim)
Q17_1 = {
    "meiya": "s",      # a company's statement about its own training
    "shandong": "s",   # a college's page about its own courses, however exact the numbers
    "csis": "f",       # an independent count with a stated method: a finding
    "commerce": "f",   # an official determination: the Commerce Department's finding
    "cso_2022": "a",   # affected groups' claim of wrongdoing, not established by any finding
    "usuarios": "a",   # a conditional headline: an allegation
}

# 17.2: what each source can establish (a primary record, b self-report, c independent account, d relay)
Q17_2 = {
    "audit": "a",      # the audit report itself records the auditor's finding
    "zjpc": "b",       # the college describing itself
    "capture": "b",    # an archived copy of a self-report is still a self-report
    "csis": "c",       # its own count, by a stated method
    "unsr": "d",       # the Rapporteur quotes a newspaper for these words
    "iri_32m": "d",    # the report cites a magazine article, not the audit
}


# 17.3
def _real_date(year, month, day):
    """True if the three strings of digits make a date that exists."""
    try:
        date(int(year), int(month), int(day))
        return True
    except ValueError:
        return False


def url_date(url):
    """The date a web address carries, and what kind of date it is."""
    parts = url.split("/")
    # Rule 1: a Wayback Machine capture, ".../web/YYYYMMDDhhmmss/...". The capture
    # time wins over any date inside the archived address.
    for i in range(len(parts) - 1):
        stamp = parts[i + 1]
        if parts[i] == "web" and len(stamp) == 14 and stamp.isdigit():
            year, month, day = stamp[:4], stamp[4:6], stamp[6:8]
            if _real_date(year, month, day):
                return {"date": f"{year}-{month}-{day}", "kind": "capture"}
            return None
    # Rule 2: the first ".../YYYY/MM/" in the path, with ".../DD/" after it if it makes a real date.
    for i in range(len(parts) - 1):
        year, month = parts[i], parts[i + 1]
        if len(year) == 4 and year.isdigit() and len(month) == 2 and month.isdigit() and 1 <= int(month) <= 12:
            day = parts[i + 2] if i + 2 < len(parts) else ""
            if len(day) == 2 and day.isdigit() and _real_date(year, month, day):
                return {"date": f"{year}-{month}-{day}", "kind": "path"}
            return {"date": f"{year}-{month}", "kind": "path"}
    # A year alone (like ".../freedom-world/2022") is not a date: it may be an edition.
    return None


# 17.4
def _later(a, b):
    """True if date a is later than date b, compared at the precision both have."""
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _disagree(a, b):
    """True if two dates differ at the precision both have ('2016-11' agrees with '2016-11-11')."""
    n = min(len(a), len(b))
    return a[:n] != b[:n]


def date_problems(row):
    """The dating problems of one row, as a list of codes in a fixed order."""
    found = url_date(row["url"])
    address_capture = found["date"] if found and found["kind"] == "capture" else None
    address_published = found["date"] if found and found["kind"] == "path" else None
    problems = []
    if address_capture and row["captured"] and _disagree(address_capture, row["captured"]):
        problems.append("capture_conflict")
    if address_published and row["published"] and _disagree(address_published, row["published"]):
        problems.append("publication_conflict")
    # The source's date: when it was published if we know, otherwise when it was captured.
    # Where the address gives a date, trust it over the citation.
    source_date = (address_published or row["published"] or address_capture or row["captured"])
    if source_date and _later(row["event_date"], source_date):
        problems.append("event_after_source")
    return problems


# 17.5
def _has_happened(change, on):
    """A change has happened by `on` if it comes first at the shared precision, or falls
    on the same day (a change written as a full date counts from that day)."""
    n = min(len(change), len(on))
    if change[:n] < on[:n]:
        return True
    return change[:n] == on[:n] and len(change) == 10


def _same_period(change, on):
    """The change's period contains `on` but we cannot tell if it came before or after."""
    n = min(len(change), len(on))
    return change[:n] == on[:n] and len(change) < 10


def still_holds(claim, on):
    """'valid', 'superseded' or 'unknown' for a claim on a given day."""
    changes = [c["date"] for c in claim["changes"]]
    if any(_has_happened(c, on) for c in changes):
        return "superseded"
    if any(_same_period(c, on) for c in changes):
        return "unknown"
    n = min(len(claim["as_of"]), len(on))
    if on[:n] < claim["as_of"][:n]:
        return "unknown"   # before the evidence for the claim: sources say nothing
    return "valid"


# 17.6
STATUS_POINTS = {"Free": 0, "Partly Free": 2, "Not Free": 4}
SAFEGUARD_POINTS = {"data_protection_law": 2, "independent_oversight": 2, "fr_law": 1, "free_civil_society": 1}


def project_points(project):
    """2 for a project a finding supports, 1 for one with only allegations or self-claims, else 0."""
    if "finding" in project["claim_types"]:
        return 2
    return 1 if project["claim_types"] else 0


def risk_score(profile):
    """Apply the 17.6 rubric: exposure minus safeguards, never below 0, and its tier."""
    exposure = STATUS_POINTS[profile["fiw_status"]]
    exposure += min(6, sum(project_points(p) for p in profile["projects"]))
    if profile["facial_recognition"]:
        exposure += 2
    exposure += min(2, profile["training_links"])
    # set(): a safeguard listed twice still counts once
    protection = sum(SAFEGUARD_POINTS.get(s, 0) for s in set(profile["safeguards"]))
    score = max(0, exposure - protection)
    tier = "low" if score <= 3 else "medium" if score <= 7 else "high"
    return {"score": score, "tier": tier}


# 17.7: a structured assessment of Ecuador, from facts the course states with sources.
ASSESSMENT = {
    "country": "Ecuador",
    "prepared": "2026-11-28",
    "snapshot": [
        {"id": "S1", "index": "Freedom in the World", "edition": 2025, "score": 65,
         "parts": {"political_rights": 28, "civil_liberties": 37}, "status": "Partly Free",
         "source": "Freedom House, Freedom in the World 2025: Ecuador (copy at https://www.ecoi.net/en/document/2129037.html)",
         "claim_type": "finding", "source_date": "2025"},
        {"id": "S2", "index": "Freedom on the Net", "edition": 2025, "score": 63,
         "parts": {"A": 17, "B": 24, "C": 22}, "status": "Partly Free",
         "source": "Freedom House, Ecuador: Freedom on the Net 2025, https://freedomhouse.org/country/ecuador/freedom-net/2025",
         "claim_type": "finding", "source_date": "2025"},
        {"id": "S3", "index": "Freedom in the World", "edition": 2022, "score": 71, "status": "Free",
         "source": "Freedom House, Ecuador: Freedom in the World 2022, https://freedomhouse.org/country/ecuador/freedom-world/2022",
         "claim_type": "finding", "source_date": "2022"},
        {"id": "S4", "index": "Freedom in the World", "edition": 2024, "score": 67, "status": "Partly Free",
         "source": "Freedom House, Ecuador: Freedom in the World 2024, https://freedomhouse.org/country/ecuador/freedom-world/2024",
         "claim_type": "finding", "source_date": "2024-02"},
    ],
    "projects": [
        {"id": "P1", "name": "ECU-911 national emergency and video-monitoring system",
         "vendors": ["CEIEC", "Huawei"], "financing": "Chinese loans, repaid through oil-backed credit lines",
         "start": "2011-02", "end": "",
         "detail": "Deal signed in February 2011 without a public tender; money for cameras and computing "
                   "went to CEIEC and Huawei; about 4,300 cameras and 16 centres by 2019",
         "source": "The New York Times, 'Made in China, Exported to the World: The Surveillance State', "
                   "https://www.nytimes.com/2019/04/24/technology/ecuador-surveillance-cameras-police-government.html",
         "claim_type": "finding", "source_date": "2019-04-24"},
        {"id": "P2", "name": "Facial recognition on ECU-911 cameras",
         "vendors": ["not named in the source"], "financing": "not stated in the source",
         "start": "2016-11", "end": "",
         "detail": "A digital-rights group reported that an ECU-911 official confirmed facial recognition; its "
                   "headline says 3,500 cameras 'would have' it. Start is the date of the report, not of installation",
         "source": "Usuarios Digitales, http://www.usuariosdigitales.org/2016/11/11/alertadigitalec-ecuador-3500-camaras-del-ecu911-tendrian-reconocimiento-facial/",
         "claim_type": "allegation", "source_date": "2016-11-11"},
    ],
    "training": [
        {"id": "T1", "institution": "Beijing Foreign Studies University (Ministry of Public Security programme)",
         "date": "2009-10",
         "detail": "Ecuadorian officers among the participants of a year-long Chinese-language programme for "
                   "foreign police that opened in October 2009",
         "source": "Beijing Foreign Studies University news item, https://news.bfsu.edu.cn/article/534/cate/4",
         "claim_type": "self-claim", "source_date": "2009-10-23"},
        {"id": "T2", "institution": "Zhejiang Police College", "date": "2016-10",
         "detail": "Advanced course for mid- to high-level Ecuadorian officers, with visits to local police "
                   "stations and Hikvision's headquarters in Hangzhou",
         "source": "News item of the translation company that supplied Spanish interpreters, "
                   "http://www.fanyishang.com/content/2362.html",
         "claim_type": "self-claim", "source_date": "2016-10-27"},
    ],
    "safeguards": [
        {"id": "L1", "instrument": "Comptroller General, special examination DAAC-0058-2017", "kind": "audit",
         "date": "2017",
         "detail": "Found an overpayment of USD 32 million to CAMC Engineering and CEIEC for building six "
                   "ECU-911 sites; the first version of the report could later not be found",
         "source": "Diario Expreso, 'El informe extraviado de Contraloria', reposted by Ecuador en Vivo, "
                   "http://www.ecuadorenvivo.com/politica/24-politica/70456-el-informe-extraviado-de-contraloria-expreso-de-guayaquil.html",
         "claim_type": "finding", "source_date": "2018-01-07"},
        {"id": "L2", "instrument": "Export Controls and Human Rights Initiative Code of Conduct",
         "kind": "international commitment", "date": "2023-03-30",
         "detail": "Ecuador is one of 25 states that endorsed this voluntary code; a political commitment, not a law",
         "source": "Code of Conduct for Enhancing Export Controls of Goods and Technology That Could Be Misused "
                   "and Lead to Serious Violations or Abuses of Human Rights, released at the second Summit for Democracy",
         "claim_type": "self-claim", "source_date": "2023-03-30"},
    ],
    "civil_society": [
        {"id": "C1", "actor": "Ecuadorian civil-society organisations (joint statement)", "date": "2022-06-17",
         "detail": "Statement during the June 2022 national strike rejecting the use of surveillance technology "
                   "to intimidate human-rights and environmental defenders; it cites a camera placed outside "
                   "CONAIE's headquarters on 13 June 2022",
         "source": "Joint statement carried by Sursiendo, https://sursiendo.org/2022/06/organizaciones-exigen-respeto-derechos-humanos-ecuador/",
         "claim_type": "allegation", "source_date": "2022-06-17"},
        {"id": "C2", "actor": "Scholars publishing in URVIO, FLACSO Ecuador's security journal", "date": "2023-05-31",
         "detail": "Peer-reviewed article arguing that ECU 911 was shaped by Ecuadorian authorities' own choices, "
                   "not imposed from outside",
         "source": "Alvarez-Velasco and Vila-Seoane, 'ECU 911: an adaptation of Chinese surveillance technology "
                   "in Ecuador?', URVIO no. 36, FLACSO Ecuador",
         "claim_type": "finding", "source_date": "2023-05-31"},
    ],
    "judgements": [
        {"id": "J1", "judgement": "Ecuador's main exposure is ECU-911, a national system built by PRC "
                                  "vendors with Chinese loans on the decision of Ecuador's own government",
         "based_on": ["P1", "C2"]},
        {"id": "J2", "judgement": "Independent oversight exists but has proved fragile: the Comptroller found "
                                  "an overpayment, yet the first version of its audit went missing",
         "based_on": ["L1"]},
        {"id": "J3", "judgement": "Civic space has narrowed: Ecuador moved from Free (FIW 2022) to Partly "
                                  "Free (FIW 2024 and 2025)",
         "based_on": ["S3", "S4", "S1"]},
        {"id": "J4", "judgement": "Use of facial recognition on ECU-911 cameras is alleged, not established",
         "based_on": ["P2"]},
    ],
    "not_collected": "No names, images or contact details of officers, protesters or camera operators; "
                     "no access to any camera feed, control panel or other non-public system; no interviews, "
                     "so no personal source needs protecting. Undated web pages were left out because their "
                     "access dates could not be recorded.",
}

# 17.8: the memo
MEMO_17_8 = """
Summary
Ecuador's exposure to the risks this course describes comes mainly from ECU-911, its national
emergency and video-monitoring service. Ecuador's own government chose it: the deal was signed in
February 2011 without a public tender, with CEIEC and Huawei as suppliers and Chinese loans repaid
through oil [source: P1 New York Times 2019]. Scholars writing in FLACSO Ecuador's journal read it
as a local adaptation rather than a model imposed from outside [source: C2 URVIO 2023].

Exposure
The setting has become riskier. Freedom House rated Ecuador Free with 71 points in Freedom in the
World 2022, then Partly Free from the 2024 edition; the 2025 edition gives 65 [source: S1 FIW 2025].
Freedom on the Net 2025 gives 63, Partly Free [source: S2 FOTN 2025]. In June 2022 civil-society
organisations said surveillance was being used to intimidate defenders during a national strike;
that is their allegation, not an official finding [source: C1 joint statement 2022]. A digital-rights
group reported in 2016 that 3,500 cameras "would have" facial recognition; this too is an allegation,
and the New York Times still called it something the system "may soon get" in 2019. The same group
also pointed to an earlier purchase of Russian voice and face recognition technology: PRC firms are
not the only suppliers. Police training links rest on self-reports: a Beijing university's own
news item (2009) and a translation company's note on a 2016 course at Zhejiang Police College that
included a visit to Hikvision.

Safeguards
Ecuador's Comptroller audited part of the contracts. Its report DAAC-0058-2017 found a USD 32 million
overpayment to CAMC Engineering and CEIEC for six ECU-911 sites, but the first version of the report
went missing [source: L1 Expreso 2018]. That shows oversight exists and that its records are fragile.
In March 2023 Ecuador endorsed the voluntary export-control Code of Conduct; this is a commitment the
government made about itself, not a law [source: L2 ECHRI Code 2023]. My file records no law that
limits facial recognition: I have not yet checked Ecuador's legislation, so this is a gap in my
research, not evidence that no such law exists.

What the evidence does not show
The sources do not show how ECU-911 footage is used today, whether facial recognition is active, or
whether the system reduced crime; claims of success come from officials and PRC outlets. I did not
collect names or images of officers or protesters, and I accessed no camera feed or non-public
system.
"""

# 17.9 ---------------------------------------------------------------------------
Q17_9 = "c"

# 17.10 --------------------------------------------------------------------------
Q17_10 = "a"

# 17.11 --------------------------------------------------------------------------
Q17_11 = "d"

# 17.12 --------------------------------------------------------------------------
Q17_12 = "b"
