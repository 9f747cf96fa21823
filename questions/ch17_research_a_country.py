"""Graded spec for chapter 17, research a country (the capstone). Instructor-only: holds the answers.

Items 17.1-17.6 practise the chapter's methods on cases it states with sources:
claim types, what a source can establish, dating from addresses, anachronisms,
whether a statement still holds on a date, and a transparent risk rubric applied to
fictional countries. 17.7 is the structured country assessment (checked by the
validators in course/grading/validators.py) and 17.8 the memo, graded by the rubric.
Scenario items 17.9-17.12 are invented cases in an invented Country Q (a source of unknown
standing, a research plan with unsafe steps, an archived story, a disputed audit).

Rows, addresses and dates invented for hidden test cases use example.org or say
"constructed" in their id; every other fact is stated, with a source, in chapters
11, 12, 14 or 17 (or chapter 4 and 7 for the ITU and dual-use claims in 17.5).
"""
import pprint

from course.grading.source import literal, segment
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, Matching, Structured, Written
from course.grading.vocabulary import CLAIM_LETTERS, claim_letters_markdown, claim_rule_markdown
from course.paths import Layout


def solution_value(name):
    """A literal value from the reference solution, for the instructor edition; "" if absent."""
    return literal(Layout.of_spec(__file__).solution("ch17_research_a_country"), name, default="")

# ---------------------------------------------------------------- 17.3 and 17.4 data

SDPC_CAPTURE = "https://web.archive.org/web/20230923233804/http://www.sdpc.edu.cn/xygk/xyjj.htm"
ASEANTODAY = ("https://www.aseantoday.com/2021/02/malaysia-and-huawei-open-southeast-asias-first-"
              "cybersecurity-center-to-support-5g-growth/")
FH_2022 = "https://freedomhouse.org/country/ecuador/freedom-world/2022"
FP_2018 = "https://foreignpolicy.com/2018/08/09/ecuadors-all-seeing-eye-is-made-in-china/"
CYOL_2017 = "http://m.cyol.com/content/2017-05/11/content_16057601.htm"
CYD_CAPTURE = "https://web.archive.org/web/20240327140023/https://shareapp.cyol.com/cmsfile/News/201804/12/share74661.html"
USUARIOS = ("http://www.usuariosdigitales.org/2016/11/11/alertadigitalec-ecuador-3500-camaras-del-ecu911-"
            "tendrian-reconocimiento-facial/")
SURSIENDO = "https://sursiendo.org/2022/06/organizaciones-exigen-respeto-derechos-humanos-ecuador/"
TRUNCATED_CAPTURE = "https://web.archive.org/web/2/http://www.sdpc.edu.cn/xygk/xyjj.htm"


def row(rid, event_date, url, published=None, captured=None):
    return {"id": rid, "event_date": event_date, "published": published, "captured": captured, "url": url}


SHANDONG = row("shandong", "2024", SDPC_CAPTURE, captured="2023-09-23")
HUAWEI_LAB = row("huawei_lab", "2020", ASEANTODAY, published="2020-02-26")
USUARIOS_ROW = row("usuarios", "2016-11", USUARIOS, published="2016-11-11")

# ---------------------------------------------------------------- 17.5 data

EC_FREE = {"statement": "Ecuador is rated Free in Freedom in the World", "as_of": "2022",
           "changes": [{"date": "2024-02", "what": "the FIW 2024 edition rates Ecuador Partly Free"}]}
ITU_HEAD = {"statement": "The ITU Secretary-General is a PRC national", "as_of": "2015-01-01",
            "changes": [{"date": "2023-01-01", "what": "Doreen Bogdan-Martin takes office"}]}
DUAL_USE = {"statement": "The PRC's implementing rules for dual-use export controls are still a draft",
            "as_of": "2022",
            "changes": [{"date": "2024-12-01", "what": "State Council Order No. 792 comes into force"}]}
MY_FIW = {"statement": "Malaysia's Freedom in the World score is 51", "as_of": "2021",
          "changes": [{"date": "2022", "what": "the FIW 2022 edition gives Malaysia 50"}]}
PRACTICE_CONTRACT = {"statement": "The city's camera contract is with Vendor X (invented, for practice)",
                     "as_of": "2020-03", "changes": [{"date": "2022-09-15", "what": "the contract passes to Vendor Y"}]}
PRACTICE_NO_LAW = {"statement": "The country has no data-protection law (invented, for practice)", "as_of": "2019",
                   "changes": [{"date": "2021", "what": "a data-protection law is passed"}]}
SHANDONG_COUNT = {"statement": "Shandong Police College says it has run 160 courses for foreign police",
                  "as_of": "2023-09-23", "changes": []}

# ---------------------------------------------------------------- 17.6 data


def profile(status, projects=(), fr=False, training=0, safeguards=()):
    return {"fiw_status": status, "projects": [{"name": n, "claim_types": list(t)} for n, t in projects],
            "facial_recognition": fr, "training_links": training, "safeguards": list(safeguards)}


COUNTRY_A = profile("Not Free", [("capital safe city", ["finding"]), ("border cameras", ["self-claim"])],
                    fr=True, training=3)
COUNTRY_B = profile("Free", safeguards=["data_protection_law", "independent_oversight"])
COUNTRY_C = profile("Partly Free", [("traffic cameras", ["allegation", "self-claim"])], fr=True, training=1,
                    safeguards=["data_protection_law"])

# ---------------------------------------------------------------- 17.7: the assessment template

def stub_source(name):
    """The learner's stub for `name` as written in exercises/ (comments included), so the
    exercise page shows exactly the template the learner's file holds. An autograder copy
    has no exercises/ and shows no prompt, so a placeholder does there."""
    return segment(Layout.of_spec(__file__).exercise("ch17_research_a_country"), name,
                   default=f"{name} = ...  # see your exercise file")


TEMPLATE = "```python\n" + stub_source("ASSESSMENT") + "\n```"

SECTIONS = {
    "snapshot": {"min_rows": 2, "fields": ["id", "index", "edition", "score", "status", "source", "claim_type",
                                           "source_date"]},
    "projects": {"min_rows": 1, "fields": ["id", "name", "vendors", "financing", "start", "detail", "source",
                                           "claim_type", "source_date"]},
    "training": {"min_rows": 1, "fields": ["id", "institution", "date", "detail", "source", "claim_type",
                                           "source_date"]},
    "safeguards": {"min_rows": 2, "fields": ["id", "instrument", "kind", "date", "detail", "source", "claim_type",
                                             "source_date"]},
    "civil_society": {"min_rows": 1, "fields": ["id", "actor", "date", "detail", "source", "claim_type",
                                                "source_date"]},
    "judgements": {"min_rows": 2, "fields": ["id", "judgement", "based_on"]},
}
TOP_FIELDS = ["country", "prepared", "not_collected"]

ASSESSMENT_PROMPT = f"""The capstone's data file. Fill in `ASSESSMENT` for a country you can research safely
(see "Your safety and ethics" in the chapter). Copy the template below, which is also in your exercise
file, and add as many rows to each section as your sources support. Keep one claim from one source in
each row: if two sources say the same thing, make two rows. On the book's web page you can fill in the
form under this item instead, and hand in the answers file it exports.

{TEMPLATE}

The rules the checker applies:

- **Dates** are ISO dates written at the precision you know: `"2019"`, `"2019-10"` or `"2019-10-24"`.
  Nothing may be dated after `"prepared"`. An event (`"date"`, `"start"`, `"end"`) may not be later than
  its own row's `"source_date"`: a source cannot report what happened after it was published or captured.
  A project may not end before it starts.
- **Index values** give the edition year, not the date you looked them up. Sub-scores in `"parts"` must
  add up to `"score"`, and a Freedom on the Net status must match the score bands of its edition (the
  scale was turned round in the 2019 edition). An edition cannot come from a source dated before it.
- **Every row** has a `"source"` a reader could find again, a `"claim_type"` (`"finding"`, `"allegation"`
  or `"self-claim"`, as the chapter defines them) and a `"source_date"`. Row ids are unique.
- **Every key judgement** lists in `"based_on"` the ids of the rows it rests on, and at least one of them
  is not a self-claim. A point that only the party concerned makes belongs in your memo as that party's
  claim, not among your key judgements.
- **No contact details**: no e-mail address or telephone number anywhere in the file.
- If you searched for something and found nothing, say so in a row: put where you searched in
  `"source"`, when in `"source_date"` and `"date"`, `"finding"` as the claim type, and "nothing found" in
  `"detail"`. Absence is information too.

The checker tests the file's structure, not whether your facts are true: your instructor reads the
file with your memo (17.8)."""

# ---------------------------------------------------------------- 17.8: the memo rubric

RUBRIC = [
    Criterion("accuracy_sourcing", 4,
              "States only what its sources support, cites each fact, and copies numbers exactly.",
              levels={"full": "Every fact matches a row of the file and is cited; numbers and names are exact.",
                      "half": "Mostly supported and cited, with one or two uncited facts or loose numbers.",
                      "none": "Several claims have no source, or numbers differ from the sources."}),
    Criterion("attribution_dating", 4,
              "Says who claims what, labels self-claims and allegations, dates every current fact, gives index editions.",
              levels={"full": "Every claim has a claimant and a date; self-claims and allegations are labelled; "
                              "every index value names its edition.",
                      "half": "Most claims attributed and dated; a self-claim or an index value is left unlabelled or undated.",
                      "none": "Claims read as facts with no claimant or date; editions missing."}),
    Criterion("risks_safeguards", 4,
              "Links projects and training to the legal safeguards and oversight that exist, and names gaps without speculating.",
              levels={"full": "Connects each main risk to the safeguard or oversight that applies, and names gaps as gaps "
                              "in law or in the research.",
                      "half": "Lists risks and safeguards but does not connect them, or names a gap without evidence.",
                      "none": "No analysis of safeguards, or conclusions the evidence does not support."}),
    Criterion("balance", 4,
              "Includes local agency, demand-side reasons and non-PRC suppliers; says what the evidence does not show.",
              levels={"full": "Gives the country's own choices and other suppliers their place, and states plainly "
                              "what the evidence does not show.",
                      "half": "Mentions local agency or limits of the evidence, but only in passing.",
                      "none": "One-sided; treats the country as a passive recipient; no limits stated."}),
    Criterion("safety_ethics", 4,
              "Contains nothing that identifies a source or an at-risk person; notes what was deliberately not collected.",
              levels={"full": "Nothing identifies a source or an at-risk person; says what was not collected and why.",
                      "half": "Safe, but silent on what was not collected.",
                      "none": "Identifies a source, a private person or a junior official, or describes "
                              "accessing non-public systems (no marks, whatever the quality of the rest)."}),
]

MEMO_HEADINGS = ["Summary", "Exposure", "Safeguards", "What the evidence does not show"]

# ---------------------------------------------------------------- the chapter

CHAPTER = Chapter(
    slug="ch17_research_a_country",
    title="Research a country yourself",
    items=[
        Matching(
            "17.1", name="Q17_1", points=3, level="apply",
            prompt="Label each claim with its claim type, using the course's rule (the chapter's section "
                   "\"Finding, allegation or self-claim\"):\n\n" + claim_rule_markdown() +
                   "\nPrecise numbers do not change the type. Answer with a dict of letters, "
                   + claim_letters_markdown() + ", e.g. `{\"meiya\": \"a\", ...}`.",
            left={"meiya": "Meiya Pico said in October 2019 that it had trained more than 50,000 law-enforcement officers.",
                  "shandong": "Shandong Police College's own web page (as captured in September 2023) counts 160 "
                              "courses for 3,345 students from 99 countries since 2006.",
                  "csis": "CSIS counted 73 \"Safe City\" agreements in 52 countries (November 2019).",
                  "commerce": "The US Commerce Department determined in October 2019 that 28 PRC entities were "
                              "implicated in abuses in Xinjiang.",
                  "cso_2022": "Ecuadorian organisations said in a joint statement of 17 June 2022 that surveillance "
                              "technology was being used to intimidate human-rights and environmental defenders.",
                  "usuarios": "An Ecuadorian digital-rights group's November 2016 headline said 3,500 ECU-911 cameras "
                              "\"would have\" facial recognition."},
            right=CLAIM_LETTERS,
            answer={"meiya": "s", "shandong": "s", "csis": "f", "commerce": "f", "cso_2022": "a", "usuarios": "a"},
            wrong=[{"meiya": "f", "shandong": "f", "csis": "f", "commerce": "f", "cso_2022": "a", "usuarios": "a"},
                   {"meiya": "s", "shandong": "s", "csis": "s", "commerce": "a", "cso_2022": "f", "usuarios": "a"}],
            hint="For each claim ask two questions: who is speaking, and about whom? Then: did a body reach it "
                 "by a stated method? An exact figure from an organisation about its own work is still its own account.",
            explanation="Meiya Pico and the Shandong college describe their own work: self-claims, however precise "
                        "(Meiya Pico's figure comes from its response to its Entity List listing). CSIS is an "
                        "independent count with a stated method and the Commerce Department an official "
                        "determination: findings, each attributed to its body. The June 2022 statement and the 2016 "
                        "conditional headline are claims by civil-society groups that no finding has established: "
                        "allegations, which deserve to be checked, not dismissed.",
            teaches="labelling claims as findings, allegations or self-claims"),
        Matching(
            "17.2", name="Q17_2", points=3, level="apply",
            prompt="Triage each source by what it can establish **for the claim named**. Rules: a **primary record** "
                   "is the document that itself records the fact (an audit report, a contract, a decree, a court "
                   "ruling); a **self-report** is an organisation describing its own work, figures or projects, "
                   "in whatever copy you read it; an **independent account** comes from someone outside the events "
                   "who gathered the evidence themselves, by a stated method or their own reporting; a **relay** "
                   "passes on what another source said, without its own access to the evidence. Answer with a "
                   "dict of letters.",
            left={"audit": "Ecuador's Comptroller report DAAC-0058-2017, for the overpayment it found",
                  "zjpc": "Zhejiang Police College's \"about us\" page, for its number of training programmes",
                  "capture": "A Wayback Machine capture of Shandong Police College's introduction page, for its "
                             "course and trainee numbers",
                  "csis": "The CSIS brief of November 2019, for the number of Safe City agreements",
                  "unsr": "The UN Special Rapporteur's 2019 report, for the words \"looks exclusively for Uighurs "
                          "based on their appearance\"",
                  "iri_32m": "The IRI report, for the Comptroller's USD 32 million figure (its endnote cites a 2018 "
                             "magazine article)"},
            right={"a": "primary record", "b": "self-report", "c": "independent account", "d": "relay"},
            answer={"audit": "a", "zjpc": "b", "capture": "b", "csis": "c", "unsr": "d", "iri_32m": "d"},
            wrong=[{"audit": "a", "zjpc": "b", "capture": "a", "csis": "c", "unsr": "c", "iri_32m": "d"},
                   {"audit": "c", "zjpc": "b", "capture": "b", "csis": "c", "unsr": "a", "iri_32m": "a"}],
            hint="Ask whether the source had its own access to the evidence for this claim, or is quoting "
                 "someone else; and whether archiving a page changes who is speaking on it.",
            explanation="The audit report records the auditor's own finding (primary record). The Zhejiang page "
                        "and the archived Shandong page are both the colleges describing themselves; a capture "
                        "preserves a self-report, it does not verify it. CSIS made its own count (independent "
                        "account). The Rapporteur was quoting a 2019 New York Times report, and the IRI report "
                        "cites a magazine rather than the audit: both relay the claim, so trace them to the origin.",
            teaches="triaging sources and following citation chains to the origin"),
        Function(
            "17.3", name="url_date", points=2, level="apply",
            signature="url_date(url: str) -> dict | None",
            prompt="Write `url_date(url)` that reads the date a web address carries. Rules, in this order:\n\n"
                   "1. **Capture.** If the address has a part `web` followed by a part of exactly 14 digits "
                   "(`YYYYMMDDhhmmss`, the Wayback Machine's timestamp), return "
                   "`{\"date\": \"YYYY-MM-DD\", \"kind\": \"capture\"}`. The capture wins over any date inside the "
                   "archived address. If the part after `web` is not 14 digits, this rule does not apply.\n"
                   "2. **Path.** Otherwise, find the first part of 4 digits followed by a part of 2 digits from "
                   "`01` to `12`: return `{\"date\": \"YYYY-MM\", \"kind\": \"path\"}`, or "
                   "`{\"date\": \"YYYY-MM-DD\", \"kind\": \"path\"}` when the next part is 2 digits that make a "
                   "real date with them.\n"
                   "3. Otherwise return `None`. A year on its own is not a date: it may be an index edition.\n\n"
                   "\"Parts\" are the pieces between slashes: `url.split(\"/\")`. Useful tools: `part.isdigit()`, "
                   "`len(part)`, slicing such as `stamp[4:6]`, and `int(\"09\")`, which gives 9.",
            public_cases=[Case(SDPC_CAPTURE, expect={"date": "2023-09-23", "kind": "capture"}),
                          Case(ASEANTODAY, expect={"date": "2021-02", "kind": "path"}),
                          Case(FH_2022, expect=None)],
            hidden_cases=[Case(FP_2018, expect={"date": "2018-08-09", "kind": "path"}),
                          Case(CYD_CAPTURE, expect={"date": "2024-03-27", "kind": "capture"}),
                          Case(CYOL_2017, expect=None),
                          Case(TRUNCATED_CAPTURE, expect=None),
                          Case("https://web.archive.org/web/20200101120000/https://example.org/2019/12/31/story",
                               expect={"date": "2020-01-01", "kind": "capture"}),
                          Case("https://example.org/reports/2021/13/item", expect=None),
                          Case(SURSIENDO, expect={"date": "2022-06", "kind": "path"}),
                          # The prompt promises a real date: 30 February and 31 April are not days,
                          # 29 February is one only in a leap year.
                          Case("https://example.org/news/2021/02/30/story", expect={"date": "2021-02", "kind": "path"}),
                          Case("https://example.org/2021/04/31/report", expect={"date": "2021-04", "kind": "path"}),
                          Case("https://example.org/2020/02/29/leap", expect={"date": "2020-02-29", "kind": "path"}),
                          Case("https://example.org/2019/02/29/not-leap", expect={"date": "2019-02", "kind": "path"})],
            # Practice (learner copy), worked by hand from the three rules.
            practice_cases=[
                Case("https://web.archive.org/web/20191105083000/https://example.org/2018/06/14/news",
                     expect={"date": "2019-11-05", "kind": "capture"}),                  # rule 1 beats the path
                Case("https://example.org/blog/2022/11/03/launch", expect={"date": "2022-11-03", "kind": "path"}),
                Case("https://example.org/2023/06/31/report", expect={"date": "2023-06", "kind": "path"}),  # no 31 June
                Case("https://example.org/annual-report/2024", expect=None),             # a lone year
                Case("https://web.archive.org/web/2019110508/https://example.org/2018/06/story",
                     expect={"date": "2018-06", "kind": "path"})],                       # 10 digits: no capture
            mutant_code=[
                "def url_date(url):  # any two digits from 01 to 31 taken for a day\n"
                "    parts = url.split('/')\n"
                "    for i in range(len(parts) - 1):\n"
                "        s = parts[i + 1]\n"
                "        if parts[i] == 'web' and len(s) == 14 and s.isdigit():\n"
                "            return {'date': s[:4] + '-' + s[4:6] + '-' + s[6:8], 'kind': 'capture'}\n"
                "    for i in range(len(parts) - 1):\n"
                "        y, m = parts[i], parts[i + 1]\n"
                "        if len(y) == 4 and y.isdigit() and len(m) == 2 and m.isdigit() and 1 <= int(m) <= 12:\n"
                "            d = parts[i + 2] if i + 2 < len(parts) else ''\n"
                "            if len(d) == 2 and d.isdigit() and 1 <= int(d) <= 31:\n"
                "                return {'date': y + '-' + m + '-' + d, 'kind': 'path'}\n"
                "            return {'date': y + '-' + m, 'kind': 'path'}\n"
                "    return None\n",
                "def url_date(url):\n"
                "    parts = url.split('/')\n"
                "    for i in range(len(parts) - 1):\n"
                "        y, m = parts[i], parts[i + 1]\n"
                "        if len(y) == 4 and y.isdigit() and len(m) == 2 and m.isdigit() and 1 <= int(m) <= 12:\n"
                "            return {'date': y + '-' + m, 'kind': 'path'}\n"
                "    return None\n",
                "def url_date(url):\n"
                "    parts = url.split('/')\n"
                "    for i in range(len(parts) - 1):\n"
                "        s = parts[i + 1]\n"
                "        if parts[i] == 'web' and len(s) == 14 and s.isdigit():\n"
                "            return {'date': s[:4] + '-' + s[4:6] + '-' + s[6:8], 'kind': 'capture'}\n"
                "    for p in parts:\n"
                "        if len(p) == 4 and p.isdigit():\n"
                "            return {'date': p, 'kind': 'path'}\n"
                "    return None\n",
                "def url_date(url):\n"
                "    parts = url.split('/')\n"
                "    for i in range(len(parts) - 1):\n"
                "        y, m = parts[i], parts[i + 1]\n"
                "        if len(y) == 4 and y.isdigit() and len(m) == 2 and m.isdigit() and 1 <= int(m) <= 12:\n"
                "            return {'date': y + '-' + m, 'kind': 'path'}\n"
                "    for i in range(len(parts) - 1):\n"
                "        s = parts[i + 1]\n"
                "        if parts[i] == 'web' and len(s) == 14 and s.isdigit():\n"
                "            return {'date': s[:4] + '-' + s[4:6] + '-' + s[6:8], 'kind': 'capture'}\n"
                "    return None\n",
            ],
            hint="Check for a capture first, then the first year/month pair; a day only counts when it is two "
                 "digits right after the month. A lone four-digit part is not a date.",
            explanation="Split on `/`; look for `web` followed by 14 digits and slice the stamp; otherwise scan "
                        "for the first 4-digit part followed by a 2-digit month, and add the day if the next part "
                        "is a valid day. The Freedom House address ends in `2022`, the edition, not a publication "
                        "date; the China Youth Online address writes `2017-05/11`, which these rules do not read, "
                        "so a person must.",
            teaches="dating a source from its address, and telling a capture from a publication date"),
        Function(
            "17.4", name="date_problems", points=2, level="apply", uses=["17.3"],
            signature="date_problems(row: dict) -> list",
            prompt="Write `date_problems(row)` that finds dating problems in one row of a source log, reusing "
                   "`url_date` from 17.3. A row looks like `{\"id\": \"shandong\", \"event_date\": \"2024\", "
                   "\"published\": None, \"captured\": \"2023-09-23\", \"url\": \"...\"}`: `event_date` is the latest "
                   "date the claim gives for the event, `published` and `captured` are the dates the citation "
                   "states (or `None`). All dates are ISO at any precision. To compare two dates, cut both to the "
                   "length of the shorter one: `\"2016-11\"` and `\"2016-11-11\"` then agree. Return the codes "
                   "found, in this order:\n\n"
                   "1. `\"capture_conflict\"`: the address is a capture and `captured` disagrees with it;\n"
                   "2. `\"publication_conflict\"`: the address has a path date and `published` disagrees with it;\n"
                   "3. `\"event_after_source\"`: the event date is later than the source's date. The source's date "
                   "is its publication date (from the address if it has a path date, else `published`); only if "
                   "there is none, its capture date (from the address if it is a capture, else `captured`). If "
                   "there is no source date at all, this check does not apply.\n\n"
                   "Return `[]` when there is no problem.",
            public_cases=[Case(SHANDONG, expect=["event_after_source"]),
                          Case(HUAWEI_LAB, expect=["publication_conflict"]),
                          Case(USUARIOS_ROW, expect=[])],
            hidden_cases=[Case(row("yancheng", "2017", CYD_CAPTURE, published="2018-04-12", captured="2024-03-24"),
                               expect=["capture_conflict"]),
                          Case(row("shandong_uncited_capture", "2024", SDPC_CAPTURE), expect=["event_after_source"]),
                          Case(row("constructed_precision", "2019-10", "https://example.org/about", published="2019"),
                               expect=[]),
                          Case(row("constructed_publication_first", "2021", CYD_CAPTURE, published="2018-04-12"),
                               expect=["event_after_source"]),
                          Case(row("constructed_both", "2024-05", "https://example.org/news/2023/12/story",
                                   published="2024-01-10"),
                               expect=["publication_conflict", "event_after_source"]),
                          Case(row("cso_statement", "2022-06-13", SURSIENDO, published="2022-06-17"), expect=[]),
                          Case(row("constructed_no_dates", "2016", "https://example.org/about"), expect=[])],
            # Practice (learner copy), worked by hand: url_date first, then the three checks in order.
            practice_cases=[
                Case(row("practice_capture_agrees", "2019", "https://web.archive.org/web/20200315101010/https://example.org/about",
                         captured="2020-03-15"), expect=[]),
                Case(row("practice_month_and_day", "2020-05", "https://example.org/news/2020/05/report",
                         published="2020-05-20"), expect=[]),                # 2020-05 and 2020-05-20 agree
                Case(row("practice_publication_first", "2021-01",
                         "https://web.archive.org/web/20210301000000/https://example.org/2020/11/05/story",
                         published="2020-11-05"), expect=["event_after_source"]),   # published, not captured, counts
                Case(row("practice_capture_mismatch", "2015", "https://web.archive.org/web/20220708123456/https://example.org/about",
                         captured="2022-07-09"), expect=["capture_conflict"]),
                Case(row("practice_address_wins", "2019-03", "https://example.org/2019/02/10/item", published="2019-04-01"),
                     expect=["publication_conflict", "event_after_source"])],
            mutant_code=[
                "def date_problems(row):\n"
                "    found = url_date(row['url'])\n"
                "    cap = found['date'] if found and found['kind'] == 'capture' else None\n"
                "    pub = found['date'] if found and found['kind'] == 'path' else None\n"
                "    out = []\n"
                "    if cap and row['captured'] and cap != row['captured']:\n"
                "        out.append('capture_conflict')\n"
                "    if pub and row['published'] and pub != row['published']:\n"
                "        out.append('publication_conflict')\n"
                "    src = pub or row['published'] or cap or row['captured']\n"
                "    if src and row['event_date'] > src:\n"
                "        out.append('event_after_source')\n"
                "    return out\n",
                "def date_problems(row):\n"
                "    out = []\n"
                "    src = row['published'] or row['captured']\n"
                "    if src:\n"
                "        n = min(len(src), len(row['event_date']))\n"
                "        if row['event_date'][:n] > src[:n]:\n"
                "            out.append('event_after_source')\n"
                "    return out\n",
                "def date_problems(row):\n"
                "    found = url_date(row['url'])\n"
                "    cap = found['date'] if found and found['kind'] == 'capture' else None\n"
                "    pub = found['date'] if found and found['kind'] == 'path' else None\n"
                "    def differ(a, b):\n"
                "        n = min(len(a), len(b))\n"
                "        return a[:n] != b[:n]\n"
                "    out = []\n"
                "    if cap and row['captured'] and differ(cap, row['captured']):\n"
                "        out.append('capture_conflict')\n"
                "    if pub and row['published'] and differ(pub, row['published']):\n"
                "        out.append('publication_conflict')\n"
                "    src = cap or row['captured'] or pub or row['published']\n"
                "    if src:\n"
                "        n = min(len(src), len(row['event_date']))\n"
                "        if row['event_date'][:n] > src[:n]:\n"
                "            out.append('event_after_source')\n"
                "    return out\n",
            ],
            hint="Read the address with url_date before trusting the citation; compare dates only at the "
                 "precision both have; and prefer a publication date to a capture date as the source's date.",
            explanation="Shandong: the only source is a capture of 23 Sep 2023, so an end year of 2024 is "
                        "impossible (ERR-17). The Huawei lab row: the citation says 26 Feb 2020 but the address says "
                        "2021-02, and the address wins (ERR-14); the event year 2020 then precedes the source. "
                        "Yancheng: the citation says captured 24 March 2024, the timestamp says 27 March (ERR-18). "
                        "Plain string comparison wrongly calls \"2019-10\" later than \"2019\"; cutting to the shared "
                        "precision avoids that. A dated article bounds its content more tightly than a later capture "
                        "of it, so the publication date comes first.",
            teaches="detecting anachronisms and conflicting dates in citations (EX06)"),
        Function(
            "17.5", name="still_holds", points=2, level="apply",
            signature="still_holds(claim: dict, on: str) -> str",
            prompt="Write `still_holds(claim, on)` that decides whether a dated statement still held on the day "
                   "`on` (`\"YYYY-MM-DD\"`). A claim looks like `{\"statement\": \"...\", \"as_of\": \"2022\", "
                   "\"changes\": [{\"date\": \"2024-02\", \"what\": \"...\"}]}`: `as_of` is when a source showed it "
                   "true; `changes` lists later events that ended it. Dates are ISO at any precision; compare them "
                   "by cutting both to the length of the shorter. Return:\n\n"
                   "1. `\"superseded\"` if any change has happened by `on`: it comes first, or it is the same day "
                   "(a change written as a full date counts from that day);\n"
                   "2. otherwise `\"unknown\"` if any change is written less precisely than a day and falls in the "
                   "same period as `on` (you cannot tell whether it came before or after);\n"
                   "3. otherwise `\"unknown\"` if `on` comes before `as_of` (the sources say nothing about earlier times);\n"
                   "4. otherwise `\"valid\"`.",
            public_cases=[Case(EC_FREE, "2023-06-01", expect="valid"),
                          Case(EC_FREE, "2025-03-01", expect="superseded"),
                          Case(EC_FREE, "2024-02-15", expect="unknown")],
            hidden_cases=[Case(ITU_HEAD, "2022-06-01", expect="valid"),
                          Case(ITU_HEAD, "2023-01-01", expect="superseded"),
                          Case(ITU_HEAD, "2014-12-31", expect="unknown"),
                          Case(DUAL_USE, "2024-11-30", expect="valid"),
                          Case(DUAL_USE, "2024-12-01", expect="superseded"),
                          Case(MY_FIW, "2022-06-01", expect="unknown"),
                          Case(MY_FIW, "2023-01-01", expect="superseded"),
                          Case(SHANDONG_COUNT, "2026-01-01", expect="valid"),
                          Case(EC_FREE, "2021-12-31", expect="unknown")],
            # Practice (learner copy): invented claims, worked by hand with the four rules in order.
            practice_cases=[Case(PRACTICE_CONTRACT, "2021-01-01", expect="valid"),
                            Case(PRACTICE_CONTRACT, "2022-09-15", expect="superseded"),   # the same day
                            Case(PRACTICE_CONTRACT, "2020-02-28", expect="unknown"),      # before as_of
                            Case(PRACTICE_NO_LAW, "2021-07-01", expect="unknown"),        # a year-level change that year
                            Case(PRACTICE_NO_LAW, "2022-01-01", expect="superseded")],
            mutant_code=[
                "def still_holds(claim, on):\n"
                "    if any(c['date'] <= on for c in claim['changes']):\n"
                "        return 'superseded'\n"
                "    n = min(len(claim['as_of']), len(on))\n"
                "    if on[:n] < claim['as_of'][:n]:\n"
                "        return 'unknown'\n"
                "    return 'valid'\n",
                "def still_holds(claim, on):\n"
                "    for c in claim['changes']:\n"
                "        n = min(len(c['date']), len(on))\n"
                "        if c['date'][:n] < on[:n] or (c['date'][:n] == on[:n] and len(c['date']) == 10):\n"
                "            return 'superseded'\n"
                "        if c['date'][:n] == on[:n]:\n"
                "            return 'unknown'\n"
                "    return 'valid'\n",
                "def still_holds(claim, on):\n"
                "    for c in claim['changes']:\n"
                "        n = min(len(c['date']), len(on))\n"
                "        if c['date'][:n] < on[:n]:\n"
                "            return 'superseded'\n"
                "        if c['date'][:n] == on[:n]:\n"
                "            return 'unknown'\n"
                "    n = min(len(claim['as_of']), len(on))\n"
                "    if on[:n] < claim['as_of'][:n]:\n"
                "        return 'unknown'\n"
                "    return 'valid'\n",
            ],
            hint="Compare dates only at the precision both have. A change dated to a month or a year that "
                 "contains your day cannot be placed before or after it; a change dated to the day can.",
            explanation="Ecuador's Free rating (FIW 2022) was superseded when FIW 2024 appeared in February 2024: "
                        "valid in mid-2023, superseded in March 2025, and on 15 February 2024 the month-level date "
                        "cannot settle it. The ITU claim holds until Bogdan-Martin took office on 1 January 2023; "
                        "the dual-use draft was superseded by Order No. 792 on 1 December 2024. Naive string "
                        "comparison treats \"2024-02\" as earlier than \"2024-02-15\" and claims certainty the "
                        "sources do not give. \"valid\" means only that no recorded change has ended the claim: "
                        "a 2023 self-report is still a self-report.",
            teaches="deciding whether a dated statement still holds (EX27)"),
        Function(
            "17.6", name="risk_score", points=2, level="apply",
            signature="risk_score(profile: dict) -> dict",
            prompt="Apply this course's teaching rubric to a **fictional** country. A profile looks like "
                   "`{\"fiw_status\": \"Partly Free\", \"projects\": [{\"name\": \"...\", \"claim_types\": "
                   "[\"finding\", \"self-claim\"]}], \"facial_recognition\": True, \"training_links\": 3, "
                   "\"safeguards\": [\"data_protection_law\"]}`. Return `{\"score\": n, \"tier\": t}`.\n\n"
                   "Exposure points:\n\n"
                   "- Freedom in the World status: `\"Free\"` 0, `\"Partly Free\"` 2, `\"Not Free\"` 4;\n"
                   "- each PRC-linked project: 2 if any of its supporting rows is a `\"finding\"`, otherwise 1 "
                   "if it has any supporting row, 0 if it has none; at most 6 from all projects together;\n"
                   "- facial recognition in public use: 2;\n"
                   "- training links: 1 each, at most 2.\n\n"
                   "Safeguard points, subtracted; each counts once however often it is listed: "
                   "`\"data_protection_law\"` 2, `\"independent_oversight\"` 2, `\"fr_law\"` (a law limiting "
                   "facial recognition) 1, `\"free_civil_society\"` 1; any other name 0.\n\n"
                   "The score is exposure minus safeguards, never below 0. Tier: 0 to 3 `\"low\"`, 4 to 7 "
                   "`\"medium\"`, 8 or more `\"high\"`. Note the property a fair rubric needs: adding a "
                   "safeguard never raises the score.",
            public_cases=[Case(COUNTRY_A, expect={"score": 11, "tier": "high"}),
                          Case(COUNTRY_B, expect={"score": 0, "tier": "low"}),
                          Case(COUNTRY_C, expect={"score": 4, "tier": "medium"})],
            hidden_cases=[Case(profile("Not Free", [(f"city {n}", ["finding"]) for n in range(4)],
                                       safeguards=["independent_oversight"]), expect={"score": 8, "tier": "high"}),
                          Case(profile("Partly Free", training=5), expect={"score": 4, "tier": "medium"}),
                          Case(profile("Partly Free", [("cameras", ["finding"])], fr=True,
                                       safeguards=["data_protection_law", "data_protection_law", "fr_law"]),
                               expect={"score": 3, "tier": "low"}),
                          Case(profile("Free", training=1, safeguards=["data_protection_law", "independent_oversight",
                                                                       "fr_law", "free_civil_society"]),
                               expect={"score": 0, "tier": "low"}),
                          Case(profile("Partly Free", [("announced project", [])],
                                       safeguards=["free_civil_society", "national_strategy"]),
                               expect={"score": 1, "tier": "low"}),
                          Case({**COUNTRY_A, "safeguards": ["fr_law"]}, expect={"score": 10, "tier": "high"}),
                          Case(profile("Partly Free", [("cameras", ["allegation"])]), expect={"score": 3, "tier": "low"}),
                          Case(profile("Not Free", [("cameras", ["finding"])], fr=True),
                               expect={"score": 8, "tier": "high"})],
            # Practice (learner copy), worked by hand: exposure, minus safeguards, floor, tier.
            practice_cases=[
                # 2 + (1 + 2) + 0 + 1 = 6, minus fr_law 1 = 5
                Case(profile("Partly Free", [("port cameras", ["self-claim"]), ("city cloud", ["finding", "allegation"])],
                             training=1, safeguards=["fr_law"]), expect={"score": 5, "tier": "medium"}),
                # 4 + min(6, 2 + 2 + 1 + 2) + 2 = 12, minus 2 = 10
                Case(profile("Not Free", [("a", ["finding"]), ("b", ["finding"]), ("c", ["allegation"]), ("d", ["finding"])],
                             fr=True, safeguards=["data_protection_law"]), expect={"score": 10, "tier": "high"}),
                # 0 + 1 + 0 + 2 = 3, minus oversight once (2) = 1
                Case(profile("Free", [("school cameras", ["allegation"])], training=3,
                             safeguards=["independent_oversight", "independent_oversight"]), expect={"score": 1, "tier": "low"}),
                # 2 + 1 = 3: still low
                Case(profile("Partly Free", [("bus cameras", ["self-claim"])]), expect={"score": 3, "tier": "low"})],
            mutant_code=[
                "def risk_score(profile):\n"
                "    s = {'Free': 0, 'Partly Free': 2, 'Not Free': 4}[profile['fiw_status']]\n"
                "    s += sum(2 if 'finding' in p['claim_types'] else 1 if p['claim_types'] else 0 for p in profile['projects'])\n"
                "    s += 2 if profile['facial_recognition'] else 0\n"
                "    s += min(2, profile['training_links'])\n"
                "    w = {'data_protection_law': 2, 'independent_oversight': 2, 'fr_law': 1, 'free_civil_society': 1}\n"
                "    s = max(0, s - sum(w.get(x, 0) for x in set(profile['safeguards'])))\n"
                "    return {'score': s, 'tier': 'low' if s <= 3 else 'medium' if s <= 7 else 'high'}\n",
                "def risk_score(profile):\n"
                "    s = {'Free': 0, 'Partly Free': 2, 'Not Free': 4}[profile['fiw_status']]\n"
                "    s += min(6, 2 * len(profile['projects']))\n"
                "    s += 2 if profile['facial_recognition'] else 0\n"
                "    s += min(2, profile['training_links'])\n"
                "    w = {'data_protection_law': 2, 'independent_oversight': 2, 'fr_law': 1, 'free_civil_society': 1}\n"
                "    s = max(0, s - sum(w.get(x, 0) for x in set(profile['safeguards'])))\n"
                "    return {'score': s, 'tier': 'low' if s <= 3 else 'medium' if s <= 7 else 'high'}\n",
                "def risk_score(profile):\n"
                "    s = {'Free': 0, 'Partly Free': 2, 'Not Free': 4}[profile['fiw_status']]\n"
                "    s += min(6, sum(2 if 'finding' in p['claim_types'] else 1 if p['claim_types'] else 0 for p in profile['projects']))\n"
                "    s += 2 if profile['facial_recognition'] else 0\n"
                "    s += min(2, profile['training_links'])\n"
                "    w = {'data_protection_law': 2, 'independent_oversight': 2, 'fr_law': 1, 'free_civil_society': 1}\n"
                "    s = s - sum(w.get(x, 0) for x in profile['safeguards'])\n"
                "    return {'score': s, 'tier': 'low' if s <= 3 else 'medium' if s <= 7 else 'high'}\n",
                "def risk_score(profile):\n"
                "    s = {'Free': 0, 'Partly Free': 2, 'Not Free': 4}[profile['fiw_status']]\n"
                "    s += min(6, sum(2 if 'finding' in p['claim_types'] else 1 if p['claim_types'] else 0 for p in profile['projects']))\n"
                "    s += 2 if profile['facial_recognition'] else 0\n"
                "    s += min(2, profile['training_links'])\n"
                "    w = {'data_protection_law': 2, 'independent_oversight': 2, 'fr_law': 1, 'free_civil_society': 1}\n"
                "    s = max(0, s - sum(w.get(x, 0) for x in set(profile['safeguards'])))\n"
                "    return {'score': s, 'tier': 'low' if s < 3 else 'medium' if s < 8 else 'high'}\n",
            ],
            hint="Work through the rubric line by line: apply each cap before adding, count each safeguard once, "
                 "floor the result at 0, then read the tier from the score.",
            explanation="Country A: Not Free 4, projects 2 + 1 = 3, facial recognition 2, training capped at 2: 11, "
                        "high. Country B: 0 minus 4 floors at 0, low. Country C: 2 + 1 + 2 + 1 = 6, minus 2 for "
                        "the data-protection law: 4, medium. A self-claim alone earns a project 1 point, not 2: the "
                        "rubric weighs evidence as the chapter does. Because safeguards only subtract and the floor "
                        "is at 0, adding one can never raise a score; discuss with learners what such a rubric "
                        "leaves out (how well a law is enforced, non-PRC suppliers).",
            teaches="applying a transparent risk rubric to a new case (EX18)"),
        Structured(
            "17.7", name="ASSESSMENT", points=8, level="analyse",
            prompt=ASSESSMENT_PROMPT,
            validators=[("complete", {"top": TOP_FIELDS, "sections": SECTIONS}),
                        ("consistent", {}),
                        ("sourced", {"min_judgements": 2}),
                        ("no_contact_details", {})],
            wrong_code=[
                "ASSESSMENT = {k: v for k, v in ASSESSMENT.items() if k != 'training'}\n",
                "import copy as _copy\nASSESSMENT = _copy.deepcopy(ASSESSMENT)\nASSESSMENT['projects'][0]['end'] = '2010'\n",
                "import copy as _copy\nASSESSMENT = _copy.deepcopy(ASSESSMENT)\nASSESSMENT['training'][1]['date'] = '2017'\n",
                "import copy as _copy\nASSESSMENT = _copy.deepcopy(ASSESSMENT)\nASSESSMENT['snapshot'][1]['status'] = 'Free'\n",
                "import copy as _copy\nASSESSMENT = _copy.deepcopy(ASSESSMENT)\n"
                "for _section in ('snapshot', 'projects', 'training', 'safeguards', 'civil_society'):\n"
                "    for _row in ASSESSMENT[_section]:\n"
                "        _row['claim_type'] = 'self-claim'\n",
                "import copy as _copy\nASSESSMENT = _copy.deepcopy(ASSESSMENT)\n"
                "ASSESSMENT['civil_society'][0]['detail'] += ' Contact: organiser@example.org'\n",
            ],
            hint="Read each message: it names the section, row and field to fix. Fill every field of the template, "
                 "write dates as YYYY, YYYY-MM or YYYY-MM-DD, and give each key judgement a row that is not a self-claim.",
            explanation="The reference file assesses Ecuador from facts the course states with sources: four "
                        "Freedom House rows (FIW 2022 Free 71; FIW 2024 Partly Free 67; FIW 2025 Partly Free 65 "
                        "with political rights 28 and civil liberties 37; FOTN 2025 Partly Free 63 with A 17, B 24, "
                        "C 22); ECU-911 from the New York Times (deal of February 2011, CEIEC and Huawei, Chinese "
                        "loans repaid through oil) and the 2016 facial-recognition allegation; two training "
                        "self-reports (BFSU 2009, Zhejiang 2016); the Comptroller's audit DAAC-0058-2017 (a finding) "
                        "and the ECHRI Code endorsement of March 2023 (a self-claim); the June 2022 civil-society "
                        "statement (an allegation) and the URVIO article (a finding). Its training rows are both "
                        "self-claims, so no key judgement rests on them alone. The wrong versions each lose the "
                        "check they break: a missing section (complete), an end before its start, an event after "
                        "its source, a FOTN status outside its band (consistent), every row a self-claim (sourced), "
                        "an e-mail address (no contact details). When grading, read the file with the memo: "
                        "numbers and dates in the memo should match rows here.",
            teaches="building a complete, consistent, sourced country assessment"),
        Written(
            "17.8", name="MEMO_17_8", points=3, level="evaluate",
            prompt="Write a memo of 300 to 500 words on the country in your `ASSESSMENT`: how exposed is it to "
                   "the risks this course describes, and what safeguards exist? Use these four headings, each on "
                   "its own line: `Summary`, `Exposure`, `Safeguards`, `What the evidence does not show`. Cite at "
                   "least four sources as `[source: ...]`, naming the row id of your file where you can "
                   "(`[source: S1 Freedom in the World 2025]`), and date your claims. Numbers and dates in the memo "
                   "must match the rows of your file. Your instructor grades the content with the rubric "
                   "below (each criterion 4 points; a memo can earn half marks on a criterion).",
            rules=[("words_between", {"low": 300, "high": 500}),
                   ("has_headings", {"headings": MEMO_HEADINGS}),
                   ("cites_sources", {"minimum": 4}),
                   ("mentions_dates", {"minimum": 3})],
            rubric=RUBRIC,
            read_with=["17.7"],   # the memo is graded beside the learner's ASSESSMENT file
            model_answer=solution_value("MEMO_17_8"),
            hint="Check the length, put each heading on a line by itself, cite sources as [source: ...] and "
                 "give the year of every current fact.",
            explanation="A strong memo reads like the file it summarises: index values with their editions, "
                        "each project and training link attributed to its claimant, allegations called "
                        "allegations, safeguards connected to the risks they answer, the country's own decisions "
                        "and other suppliers acknowledged, and a plain statement of what was not checked and not "
                        "collected. Mark down any detail that could identify a source or a private person, however "
                        "well meant.",
            teaches="writing a balanced, sourced country memo"),
        Choice(
            "17.9", name="Q17_9", points=3, level="evaluate",
            prompt="**Case (invented).** Researching Country Q, you find a website called \"Q Security "
                   "Watch\". It names no authors, has no \"about\" page and gives no sources. It says that a "
                   "PRC firm installed 5,000 face-recognition cameras in Q's capital in 2024. Two blogs repeat "
                   "the figure and link to the site. How should your assessment treat the figure?",
            options={"a": "As a finding: three websites now give the same figure, so the figure is "
                          "corroborated.",
                     "b": "As the PRC firm's self-claim, because the figure describes the firm's own work.",
                     "c": "As a lead: look for a primary record, and log where you searched, even if you "
                          "find nothing.",
                     "d": "Not at all: drop it and keep no note of it, because a site with no named "
                          "authors can never be right."},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: the blogs link to the site, so this is one source repeated, not three. "
                      "Corroboration needs a second source with its own access to the evidence.",
                 "b": "Wrong: a self-claim is a party speaking about itself. The firm is not the speaker here; an "
                      "unknown website is.",
                 "c": "Right: a claim with no traceable source is a lead. Look for the primary record (a tender, "
                      "a contract, an official announcement) and log your search: absence is information too.",
                 "d": "Wrong: an anonymous claim can still point to something real. Treat it as a lead, check "
                      "it, and record what you found, even if that is nothing."},
            hint="Where does the figure start? Do the two blogs add evidence of their own? What does the "
                 "chapter call a claim with no traceable source?",
            explanation="Three pages, one origin: the blogs add reach, not confirmation. The site has no author, "
                        "method or source, so its figure cannot stand as a fact, and it is not the firm's own "
                        "account either. The chapter's habits apply: follow the chain to its origin, go to the "
                        "primary record (procurement portal, contract registry, official release), and write "
                        "down where and when you looked. If the figure is recorded at all, it is recorded as "
                        "the site's claim, which no finding has established.",
            teaches="weighing a source of unknown standing and its repeaters"),
        Choice(
            "17.10", name="Q17_10", points=3, level="analyse",
            prompt="**Case (invented).** A learner's research plan for her own country has four steps. (1) "
                   "Search the national e-procurement portal for camera tenders. (2) Write to the camera firm "
                   "as if she were a city buyer, to get its price list and its list of clients. (3) Archive the "
                   "ministry's press releases on the project. (4) Keep interview notes, with names, in a shared "
                   "online document. Which change does the chapter require?",
            options={"a": "Drop step 2 completely, and keep names and contacts apart from the notes, on "
                          "encrypted devices.",
                     "b": "Change only step 4: step 2 is fair, because a price list and a client list are "
                          "not secret documents.",
                     "c": "Drop step 1, because a search of a procurement portal tells the agency who is "
                          "asking.",
                     "d": "Drop step 3, because a ministry's statements about its own project are "
                          "self-claims of no use."},
            answer="a", wrong=["b", "d"],
            why={"a": "Right: the chapter says do not deceive: do not pose as a buyer, journalist or "
                      "official to obtain documents. Names and contact details belong apart from the notes, on "
                      "encrypted devices or accounts.",
                 "b": "Wrong: the problem is the method, not the document. Posing as a buyer is deception, "
                      "which the chapter rules out whatever you hope to obtain.",
                 "c": "Wrong: the chapter warns that a freedom-of-information request usually tells the "
                      "agency who is asking. Searching a public portal is not such a request.",
                 "d": "Wrong: a ministry statement is good evidence of what the government said and when. "
                      "Label it a self-claim and archive it; do not drop it."},
            hint="Check each step against the section \"Your safety and ethics\": what not to collect, and how "
                 "to protect sources.",
            explanation="Step 2 is deception, which the chapter rules out: do not pose as a buyer, journalist "
                        "or official to obtain documents. Step 4 breaks the rule on protecting sources: names "
                        "and contact details are kept apart from notes, on encrypted devices or accounts, and a "
                        "shared online document is neither. Steps 1 and 3 are sound habits (record where you "
                        "searched; archive official releases and label them as the government's own claims).",
            teaches="spotting the unsafe steps in a research plan"),
        Choice(
            "17.11", name="Q17_11", points=3, level="analyse",
            prompt="**Case (invented).** You read a news story about Country Q's safe-city contract in a web "
                   "archive, at "
                   "`https://web.archive.org/web/20220514093000/https://example.org/news/2021/11/30/contract-signed`. "
                   "The story says the contract \"was signed last week\". A blog dates the contract to May "
                   "2022. Which reading of the dates is right?",
            options={"a": "The contract was signed in May 2022: the archive address shows that date, right "
                          "after web/.",
                     "b": "The contract was signed on 30 November 2021, the date in the story's own "
                          "address.",
                     "c": "The dates cannot be known, because the story itself prints no date in its text.",
                     "d": "Published 30 November 2021, captured 14 May 2022; signed in the week before "
                          "publication."},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: 20220514093000 is the capture timestamp, the moment the archive copied the page. "
                      "A capture date is neither the publication date nor the date of the event.",
                 "b": "Wrong: 30 November 2021 is when the story appeared. It says the signing was the week "
                      "before, so the event came earlier.",
                 "c": "Wrong: the address carries two dates: the capture stamp after web/ and the path date of "
                      "the original story.",
                 "d": "Right: keep the three dates apart. The path gives publication (30 November 2021), the "
                      "stamp gives the capture (14 May 2022), and the text dates the event (late November "
                      "2021). The blog took the capture for the event."},
            hint="Find every date the address carries, and say what each one is. Then read what the story says "
                 "about when the event happened.",
            explanation="Event, publication and capture are three dates. The Wayback stamp 20220514093000 reads "
                        "2022-05-14, 09:30:00 and only says when the copy was made; the path /2021/11/30/ is the "
                        "original publication date; the story's \"last week\" puts the signing in the week "
                        "before 30 November 2021. The blog's May 2022 is the Shandong error in another form "
                        "(a capture read as something else, ERR-17).",
            teaches="keeping event, publication and capture dates apart in a new source"),
        Choice(
            "17.12", name="Q17_12", points=3, level="analyse",
            prompt="**Case (invented).** Researching Country Q, you find three items about one project. The "
                   "national audit office's 2025 report finds that the police paid a PRC supplier twice for the "
                   "same 200 cameras. The supplier's statement says the audit is wrong. A newspaper calls the "
                   "affair \"the camera scandal\". Using the course's claim rule, how do you label the double "
                   "payment in your assessment?",
            options={"a": "An allegation, because the supplier disputes the audit and no court has ruled "
                          "on it.",
                     "b": "A finding of the audit office: attribute it, date it, and note that the "
                          "supplier disputes it.",
                     "c": "A self-claim, because the audit office is a state body that is reporting on the "
                          "state's own police.",
                     "d": "An allegation by the newspaper, because the newspaper is the one that called it "
                          "a scandal."},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: an audit is one of the independent processes that can establish a claim of "
                      "wrongdoing. A party's denial does not change the type; record it beside the finding.",
                 "b": "Right: the audit office reached its conclusion by a stated method, an audit. It is that "
                      "body's finding, which the supplier may contest: attribute it and record the dispute.",
                 "c": "Wrong: a self-claim is a party speaking about its own work. The audit office is reporting "
                      "on the police, not on itself.",
                 "d": "Wrong: sort a claim by who first made it, not by who repeated it. The newspaper relays "
                      "the audit's result."},
            hint="Apply the claim rule step by step: who first made the claim, about whom, and has an "
                 "independent process established it?",
            explanation="Step 1: the audit office is not speaking about itself (so not a self-claim). Step 2: the "
                        "claim is of wrongdoing, but an audit, an independent process, has established it (so "
                        "not an allegation). Step 3: a stated method, the audit: a finding, attributed to the "
                        "office. The chapter's Ecuador audit (DAAC-0058-2017) is the model: the auditor's "
                        "finding, which the companies may contest. The newspaper's label adds nothing to the "
                        "type.",
            teaches="a disputed audit is still the auditor's finding; attribute it and record the dispute"),
    ],
)

# The instructor edition shows the reference assessment under 17.7 (the exercise page
# renders a structured item's `model_answer` when it has one).
_reference = solution_value("ASSESSMENT")
CHAPTER.items[6].model_answer = ("```python\nASSESSMENT = " + pprint.pformat(_reference, width=100, sort_dicts=False)
                                 + "\n```") if _reference else ""
