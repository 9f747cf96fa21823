"""Graded spec for chapter 15, comparing Ecuador, Kyrgyzstan and Malaysia. Instructor-only.

Every fact used here is stated, with its source, in book/ch15_comparing_cases.md: the
side-by-side table (Freedom in the World 2022 values and statuses, later editions with
their years, financing, training, pushback, later developments), the correction on the
report's snapshot tables (Malaysia from the 2021 edition; Freedom on the Net scores cited
by "Ibid." to Freedom in the World pages; Kyrgyzstan's with no citation; status "based on
both" indexes: ERR-19), and Greitens (2020). The chapter gives no method for deriving a
status from political-rights and civil-liberties scores, so no item asks for one.
Scenario items 15.9-15.12 are invented cases (a handout row, a speaker's claim, a fourth
country, a success story) resting on facts the chapter states.
Records marked "invented" in the hidden cases test edges of a stated rule; they are not
facts about any country.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice,
                                 Written)


def row(id_, country, index, edition, cited_index):
    return {"id": id_, "country": country, "index": index, "edition": edition, "cited_index": cited_index}


# The report's three snapshot tables, as the chapter describes them (ERR-19).
REPORT_TABLE = [
    row("EC-FIW", "Ecuador", "FIW", 2022, "FIW"),
    row("EC-FOTN", "Ecuador", "FOTN", None, "FIW"),
    row("KG-FIW", "Kyrgyzstan", "FIW", 2022, "FIW"),
    row("KG-FOTN", "Kyrgyzstan", "FOTN", None, None),
    row("MY-FIW", "Malaysia", "FIW", 2021, "FIW"),
    row("MY-FOTN", "Malaysia", "FOTN", None, "FIW"),
]
REPORT_AUDIT_2022 = {"EC-FIW": [], "EC-FOTN": ["no_edition", "wrong_index_cited"], "KG-FIW": [],
                     "KG-FOTN": ["no_citation", "no_edition"], "MY-FIW": ["other_edition"],
                     "MY-FOTN": ["no_edition", "wrong_index_cited"]}
# The chapter's rebuilt first row: one edition for all three.
REBUILT_2022 = [
    row("EC-FIW-2022", "Ecuador", "FIW", 2022, "FIW"),
    row("KG-FIW-2022", "Kyrgyzstan", "FIW", 2022, "FIW"),
    row("MY-FIW-2022", "Malaysia", "FIW", 2022, "FIW"),
]
# The chapter's later-editions row, plus Malaysia's latest value the chapter gives (2022).
LATER = [
    row("EC-FIW-2025", "Ecuador", "FIW", 2025, "FIW"),
    row("EC-FOTN-2025", "Ecuador", "FOTN", 2025, "FOTN"),
    row("KG-FIW-2025", "Kyrgyzstan", "FIW", 2025, "FIW"),
    row("KG-FOTN-2025", "Kyrgyzstan", "FOTN", 2025, "FOTN"),
    row("MY-FIW-2022", "Malaysia", "FIW", 2022, "FIW"),
]

ROW_FIELDS = """Each row is a dict like
`{"id": "MY-FIW", "country": "Malaysia", "index": "FIW", "edition": 2021, "cited_index": "FIW"}`.
`index` is `"FIW"` (Freedom in the World) or `"FOTN"` (Freedom on the Net); `edition` is the
edition year, or `None` if the table does not say; `cited_index` is the index whose page the
row's citation points to, or `None` if the row has no citation."""


def status(country, index, edition, value):
    return {"country": country, "index": index, "edition": edition, "status": value}


# Statuses with their editions, from the chapter's table (Malaysia 2021 is the report's value).
STATUSES = [
    status("Ecuador", "FIW", 2025, "Partly Free"),
    status("Ecuador", "FOTN", 2025, "Partly Free"),
    status("Ecuador", "FIW", 2022, "Free"),
    status("Ecuador", "FIW", 2024, "Partly Free"),
    status("Kyrgyzstan", "FIW", 2022, "Not Free"),
    status("Kyrgyzstan", "FIW", 2025, "Not Free"),
    status("Kyrgyzstan", "FOTN", 2025, "Partly Free"),
    status("Malaysia", "FIW", 2022, "Partly Free"),
    status("Malaysia", "FIW", 2021, "Partly Free"),
]
# Invented records, only to test the rule's edges.
INVENTED = [
    status("Country A", "FIW", 2023, "Free"),
    status("Country A", "FIW", 2019, "Not Free"),
    status("Country A", "FIW", 2021, "Partly Free"),
    status("Country B", "FIW", None, "Free"),
    status("Country B", "FIW", 2020, "Partly Free"),
    status("Country C", "FOTN", 2024, "Free"),
    status("Country D", "FIW", 2024, "Free"),
    status("Country D", "FIW", 2020, "Partly Free"),
    status("Country D", "FOTN", 2024, "Not Free"),
]

# Tables for the learner copy's practice cases: invented countries, invented values.
PRACTICE_TABLE = [
    {"id": "P-FIW", "country": "Country P", "index": "FIW", "edition": 2020, "cited_index": "FIW"},
    {"id": "P-FOTN", "country": "Country P", "index": "FOTN", "edition": 2019, "cited_index": "FIW"},
    {"id": "Q-FIW", "country": "Country Q", "index": "FIW", "edition": None, "cited_index": "FOTN"},
    {"id": "Q-FOTN", "country": "Country Q", "index": "FOTN", "edition": 2020, "cited_index": None},
]
PRACTICE_STATUSES = [
    {"country": "Country P", "index": "FIW", "edition": 2021, "status": "Partly Free"},
    {"country": "Country P", "index": "FIW", "edition": 2017, "status": "Not Free"},
    {"country": "Country P", "index": "FOTN", "edition": 2023, "status": "Not Free"},
    {"country": "Country P", "index": "FIW", "edition": None, "status": "Free"},
    {"country": "Country Q", "index": "FIW", "edition": 2018, "status": "Free"},
    {"country": "Country Q", "index": "FIW", "edition": 2022, "status": "Partly Free"},
    {"country": "Country R", "index": "FIW", "edition": 2020, "status": "Free"},
    {"country": "Country R", "index": "FIW", "edition": 2024, "status": "Free"},
    {"country": "Country S", "index": "FOTN", "edition": 2024, "status": "Free"},
]

CHAPTER = Chapter(
    slug="ch15_comparing_cases",
    title="Comparing Ecuador, Kyrgyzstan and Malaysia",
    items=[
        Choice(
            "15.1", name="Q15_1", points=2, level="recall",
            prompt="The report's snapshot tables give Freedom in the World scores of 71 for Ecuador and 27 for "
                   "Kyrgyzstan, both from the 2022 edition, and 51 for Malaysia, from the 2021 edition. Rule: "
                   "compare countries only within one edition of one index, and name the edition. What must "
                   "change before the three values can sit side by side?",
            options={"a": "Nothing: all three are Freedom House scores on the same 0-100 scale, so they can "
                          "be compared as they stand.",
                     "b": "Malaysia's 51 is an internet-freedom (Freedom on the Net) score: replace it with its "
                          "Freedom in the World score for the same year.",
                     "c": "Malaysia's value comes from an older edition: use its 2022 value, 50, and name the "
                          "edition (Freedom in the World 2022) in the table.",
                     "d": "Use the most recent edition available for each country, whatever its year, because "
                          "newer values are always better."},
            answer="c", wrong=["a", "d", "b"],
            hint="Same scale is not the same edition. Which edition does each value come from, and what does "
                 "the rule ask for?",
            explanation="The scale is the same but the editions are not. In the 2022 edition Malaysia scored 50, "
                        "still Partly Free; a like-for-like row uses 71, 27 and 50, all from 2022 (ERR-19). "
                        "Option d mixes editions again; option b mistakes the index.",
            teaches="comparing like with like: one edition of one index (ERR-19)"),
        Choice(
            "15.2", name="Q15_2", points=2, level="recall",
            prompt="The report says Malaysia's Partly Free status is a conclusion based on both of its Freedom "
                   "House scores, Freedom in the World and Freedom on the Net. Where does a country's Freedom "
                   "in the World status actually come from?",
            options={"a": "From Freedom in the World's own political-rights and civil-liberties ratings; "
                          "Freedom on the Net is a separate index with its own status.",
                     "b": "From the average of the Freedom in the World and Freedom on the Net scores.",
                     "c": "From the Freedom on the Net score, because the report is about technology.",
                     "d": "From whichever of the two scores is lower."},
            answer="a", wrong=["b", "d"],
            hint="Re-read the chapter's correction on the snapshot tables: how many indexes feed one status?",
            explanation="Freedom in the World sets its status from its own political-rights and civil-liberties "
                        "ratings. Freedom on the Net is a separate index of internet freedom with its own "
                        "status, so a country can be Not Free in one and Partly Free in the other (Kyrgyzstan "
                        "in 2025).",
            teaches="which index a status comes from (ERR-19)"),
        Function(
            "15.3", name="audit_snapshot", points=3, level="apply",
            signature="audit_snapshot(rows: list, edition: int) -> dict",
            prompt="Write `audit_snapshot(rows, edition)` that checks a comparison table before you use it. "
                   "Return a dict from each row's `id` to a list of problem codes, sorted alphabetically "
                   "(an empty list if the row is fine). The codes: `\"no_edition\"` if the row names no "
                   "edition; `\"other_edition\"` if it names an edition other than `edition` (only when it "
                   "names one); `\"no_citation\"` if it has no citation; `\"wrong_index_cited\"` if it has a "
                   "citation, but to a page of the other index (a Freedom on the Net score cited to a Freedom "
                   "in the World page, or the reverse). " + ROW_FIELDS,
            public_cases=[Case(REPORT_TABLE, 2022, expect=REPORT_AUDIT_2022),
                          Case(REBUILT_2022, 2022, expect={r["id"]: [] for r in REBUILT_2022}),
                          Case(LATER, 2025, expect={"EC-FIW-2025": [], "EC-FOTN-2025": [], "KG-FIW-2025": [],
                                                    "KG-FOTN-2025": [], "MY-FIW-2022": ["other_edition"]})],
            # Practice (learner copy): invented countries, worked by hand row by row.
            practice_cases=[
                Case(PRACTICE_TABLE, 2020, expect={"P-FIW": [], "P-FOTN": ["other_edition", "wrong_index_cited"],
                                                   "Q-FIW": ["no_edition", "wrong_index_cited"], "Q-FOTN": ["no_citation"]}),
                Case(PRACTICE_TABLE, 2019, expect={"P-FIW": ["other_edition"], "P-FOTN": ["wrong_index_cited"],
                                                   "Q-FIW": ["no_edition", "wrong_index_cited"],
                                                   "Q-FOTN": ["no_citation", "other_edition"]}),
                Case([{"id": "R-FOTN", "country": "Country R", "index": "FOTN", "edition": 2021, "cited_index": "FOTN"}], 2021,
                     expect={"R-FOTN": []})],
            hidden_cases=[Case(REPORT_TABLE, 2021,
                               expect={**REPORT_AUDIT_2022, "EC-FIW": ["other_edition"], "KG-FIW": ["other_edition"],
                                       "MY-FIW": []}),
                          Case(REBUILT_2022, 2025, expect={r["id"]: ["other_edition"] for r in REBUILT_2022}),
                          Case([row("X-FIW", "Country X", "FIW", 2025, "FOTN"),
                                row("X-FOTN", "Country X", "FOTN", 2024, None)], 2025,
                               expect={"X-FIW": ["wrong_index_cited"], "X-FOTN": ["no_citation", "other_edition"]}),
                          Case([row("Y-FIW", "Country Y", "FIW", None, None)], 2025,
                               expect={"Y-FIW": ["no_citation", "no_edition"]}),
                          Case([], 2022, expect={})],
            mutant_code=[
                "def audit_snapshot(rows, edition):\n"
                "    out = {}\n"
                "    for r in rows:\n"
                "        codes = []\n"
                "        if r['edition'] is None:\n"
                "            codes.append('no_edition')\n"
                "        if r['edition'] != edition:\n"
                "            codes.append('other_edition')\n"
                "        if r['cited_index'] is None:\n"
                "            codes.append('no_citation')\n"
                "        elif r['cited_index'] != r['index']:\n"
                "            codes.append('wrong_index_cited')\n"
                "        out[r['id']] = sorted(codes)\n"
                "    return out\n",
                "def audit_snapshot(rows, edition):\n"
                "    out = {}\n"
                "    for r in rows:\n"
                "        codes = []\n"
                "        if r['edition'] is None:\n"
                "            codes.append('no_edition')\n"
                "        elif r['edition'] != edition:\n"
                "            codes.append('other_edition')\n"
                "        if r['cited_index'] is None:\n"
                "            codes.append('no_citation')\n"
                "        out[r['id']] = sorted(codes)\n"
                "    return out\n",
                "def audit_snapshot(rows, edition):\n"
                "    out = {}\n"
                "    for r in rows:\n"
                "        codes = []\n"
                "        if r['edition'] is None:\n"
                "            codes.append('no_edition')\n"
                "        elif r['edition'] != edition:\n"
                "            codes.append('other_edition')\n"
                "        if r['cited_index'] is None:\n"
                "            codes.append('no_citation')\n"
                "        if r['cited_index'] != r['index']:\n"
                "            codes.append('wrong_index_cited')\n"
                "        out[r['id']] = sorted(codes)\n"
                "    return out\n",
            ],
            hint="Check each row on its own, one code at a time. A row with no edition cannot also be from "
                 "another edition, and a row with no citation cannot cite the wrong index.",
            explanation="On the report's table (edition 2022) the audit returns exactly the problems the chapter "
                        "names: Malaysia's Freedom in the World value is from 2021; each Freedom on the Net "
                        "value lacks an edition; Ecuador's and Malaysia's are cited by 'Ibid.' to Freedom in the "
                        "World pages; Kyrgyzstan's has no citation at all.",
            teaches="auditing a comparison table for editions and citations (ERR-19)"),
        Function(
            "15.4", name="fiw_trend", points=3, level="apply",
            signature="fiw_trend(rows: list, country: str) -> dict",
            prompt="Write `fiw_trend(rows, country)` that reports how a country's Freedom in the World status "
                   "changed. Use only that country's rows with `index` `\"FIW\"` and a year in `edition`; sort "
                   "them by edition. Return `{\"first\": [edition, status], \"last\": [edition, status], "
                   "\"change\": ...}` where `change` is `\"downgraded\"`, `\"upgraded\"` or `\"unchanged\"`, "
                   "comparing the first and last status in the order Not Free < Partly Free < Free. Return "
                   "`None` if the country has no such row. Each row is a dict like `{\"country\": \"Ecuador\", "
                   "\"index\": \"FIW\", \"edition\": 2022, \"status\": \"Free\"}`; `edition` may be `None`. Rows "
                   "of Freedom on the Net (`\"FOTN\"`) must not be mixed in.",
            public_cases=[Case(STATUSES, "Ecuador", expect={"first": [2022, "Free"], "last": [2025, "Partly Free"],
                                                            "change": "downgraded"}),
                          Case(STATUSES, "Kyrgyzstan", expect={"first": [2022, "Not Free"], "last": [2025, "Not Free"],
                                                               "change": "unchanged"}),
                          Case(STATUSES, "Malaysia", expect={"first": [2021, "Partly Free"],
                                                             "last": [2022, "Partly Free"], "change": "unchanged"})],
            # Practice (learner copy): invented countries, worked by hand (FIW rows with an edition, by edition).
            practice_cases=[
                Case(PRACTICE_STATUSES, "Country P",
                     expect={"first": [2017, "Not Free"], "last": [2021, "Partly Free"], "change": "upgraded"}),
                Case(PRACTICE_STATUSES, "Country Q",
                     expect={"first": [2018, "Free"], "last": [2022, "Partly Free"], "change": "downgraded"}),
                Case(PRACTICE_STATUSES, "Country R", expect={"first": [2020, "Free"], "last": [2024, "Free"], "change": "unchanged"}),
                Case(PRACTICE_STATUSES, "Country S", expect=None)],   # only a Freedom on the Net row
            hidden_cases=[Case(INVENTED, "Country A", expect={"first": [2019, "Not Free"], "last": [2023, "Free"],
                                                              "change": "upgraded"}),
                          Case(INVENTED, "Country B", expect={"first": [2020, "Partly Free"],
                                                              "last": [2020, "Partly Free"], "change": "unchanged"}),
                          Case(INVENTED, "Country C", expect=None),
                          Case(STATUSES, "Country A", expect=None),
                          Case(INVENTED, "Country D", expect={"first": [2020, "Partly Free"], "last": [2024, "Free"],
                                                              "change": "upgraded"})],
            mutant_code=[
                "def fiw_trend(rows, country):\n"
                "    mine = sorted((r for r in rows if r['country'] == country and r['edition'] is not None),\n"
                "                  key=lambda r: r['edition'])\n"
                "    if not mine:\n"
                "        return None\n"
                "    rank = {'Not Free': 0, 'Partly Free': 1, 'Free': 2}\n"
                "    a, b = mine[0], mine[-1]\n"
                "    change = 'unchanged' if rank[a['status']] == rank[b['status']] else ('upgraded' if rank[b['status']] > rank[a['status']] else 'downgraded')\n"
                "    return {'first': [a['edition'], a['status']], 'last': [b['edition'], b['status']], 'change': change}\n",
                "def fiw_trend(rows, country):\n"
                "    mine = [r for r in rows if r['country'] == country and r['index'] == 'FIW' and r['edition'] is not None]\n"
                "    if not mine:\n"
                "        return None\n"
                "    rank = {'Not Free': 0, 'Partly Free': 1, 'Free': 2}\n"
                "    a, b = mine[0], mine[-1]\n"
                "    change = 'unchanged' if rank[a['status']] == rank[b['status']] else ('upgraded' if rank[b['status']] > rank[a['status']] else 'downgraded')\n"
                "    return {'first': [a['edition'], a['status']], 'last': [b['edition'], b['status']], 'change': change}\n",
                "def fiw_trend(rows, country):\n"
                "    mine = sorted((r for r in rows if r['country'] == country and r['index'] == 'FIW' and r['edition'] is not None),\n"
                "                  key=lambda r: r['edition'])\n"
                "    if not mine:\n"
                "        return None\n"
                "    a, b = mine[0], mine[-1]\n"
                "    change = 'unchanged' if a['status'] == b['status'] else ('upgraded' if b['status'] > a['status'] else 'downgraded')\n"
                "    return {'first': [a['edition'], a['status']], 'last': [b['edition'], b['status']], 'change': change}\n",
            ],
            hint="Filter by country, index and a known edition; sort by edition; then compare statuses by their "
                 "place in the order Not Free, Partly Free, Free, not alphabetically.",
            explanation="Ecuador went from Free (2022) to Partly Free (2024, 2025): downgraded. Kyrgyzstan stayed "
                        "Not Free; its Freedom on the Net status (Partly Free, 2025) belongs to another index, "
                        "and mixing it in would wrongly show an upgrade. Sorting matters because the rows are "
                        "not in date order.",
            teaches="reading a status trend within one index, in edition order"),
        MultiChoice(
            "15.5", name="Q15_5", points=3, level="apply",
            prompt="Rule: a statement about a country's Freedom House rating is correct only if its value and "
                   "status match the named index and edition in the chapter's comparison table. Which "
                   "statements are correct? Give the set of letters.",
            options={"a": "Ecuador was rated Free, 71/100, in Freedom in the World 2022.",
                     "b": "Ecuador is rated Free in Freedom in the World 2025.",
                     "c": "Kyrgyzstan was rated Not Free in both the 2022 and the 2025 editions of Freedom in "
                          "the World.",
                     "d": "Kyrgyzstan was rated Partly Free, 47/100, in Freedom on the Net 2025.",
                     "e": "Kyrgyzstan moved from Not Free to Partly Free between 2022 and 2025.",
                     "f": "Malaysia scored 51/100 in Freedom in the World 2022.",
                     "g": "Ecuador has been Partly Free since the 2024 edition of Freedom in the World, a change "
                          "Freedom House attributed to violent crime."},
            answer={"a", "c", "d", "g"},
            wrong=[{"a", "c", "g"}, {"a", "c", "d", "f", "g"}, {"a", "b", "c", "d", "g"}, {"a", "c", "d", "e", "g"}],
            hint="Check each statement against one index and one edition. A status from Freedom on the Net does "
                 "not tell you anything about Freedom in the World.",
            explanation="a, c, d and g match the table. b ignores the 2024 downgrade; e compares Freedom in the "
                        "World 2022 with Freedom on the Net 2025, two indexes; f gives the 2021 value for the "
                        "2022 edition (it was 50).",
            teaches="dating a rating by index and edition"),
        Matching(
            "15.6", name="Q15_6", points=4, level="apply",
            prompt="Classify each feature using the chapter's side-by-side table and its sections on what the "
                   "cases share and where they differ. **Common** if the chapter's sources show it in all "
                   "three cases; **differs** if it takes different values across the three; **contradicted** "
                   "if the chapter's sources say the opposite. Give a dict from each key to a letter.",
            left={"stated_reasons": "The government gave crime, terrorism or public safety as a reason to adopt "
                                    "the technology.",
                  "pushed": "Beijing pushed the government into adopting it.",
                  "police_training": "Police officers attended courses at PRC institutions.",
                  "financing": "PRC loans paid for the systems.",
                  "fiw_2022": "Freedom in the World status, 2022 edition.",
                  "pushback": "Who led the documented pushback.",
                  "echri_code": "Endorsed the 2023 Code of Conduct of the Export Controls and Human Rights "
                                "Initiative.",
                  "only_not_free": "Only governments rated Not Free took up PRC surveillance platforms."},
            right={"a": "common", "b": "differs", "c": "contradicted"},
            answer={"stated_reasons": "a", "pushed": "c", "police_training": "a", "financing": "b",
                    "fiw_2022": "b", "pushback": "b", "echri_code": "b", "only_not_free": "c"},
            wrong=[{"stated_reasons": "a", "pushed": "a", "police_training": "a", "financing": "a",
                    "fiw_2022": "b", "pushback": "b", "echri_code": "b", "only_not_free": "c"},
                   {"stated_reasons": "a", "pushed": "c", "police_training": "a", "financing": "a",
                    "fiw_2022": "b", "pushback": "a", "echri_code": "b", "only_not_free": "b"}],
            hint="Go row by row through the comparison table. For the two general claims, look at what the "
                 "report itself says about Beijing's role and at the countries' statuses when they bought.",
            explanation="Common: crime or security reasons, police training in China. Differs: financing (loans "
                        "in Ecuador, donated equipment in Kyrgyzstan, no PRC state money named for Malaysia), "
                        "status (Free, Not Free, Partly Free in 2022), pushback (state audit, civil-society "
                        "coalition, government caution), the Code of Conduct (Ecuador only). Contradicted: the "
                        "report says none was pushed, and Ecuador (Free in the 2022 edition) and Malaysia (Partly "
                        "Free) were not rated Not Free; Greitens finds little "
                        "link with democracy level.",
            teaches="separating common factors from differences in a comparison"),
        Choice(
            "15.7", name="Q15_7", points=2, level="apply",
            prompt="What can a comparison of these three cases support, and what needs other evidence?",
            options={"a": "The three cases prove that high crime causes governments to adopt PRC surveillance, "
                          "since crime was a stated reason in all three.",
                     "b": "Since Ecuador was rated Free in 2022 while it ran ECU-911, democracies are more likely than "
                          "other states to adopt PRC surveillance platforms.",
                     "c": "Since none of the three governments was pushed by Beijing, PRC surveillance exports "
                          "carry no particular risk to rights.",
                     "d": "They show features that recur across very different settings; how common those "
                          "features are, and what drives adoption, need cross-country evidence such as Greitens "
                          "(2020), who finds crime rates and strategic importance to the PRC predictive and "
                          "democracy level barely so."},
            answer="d", wrong=["a", "b", "c"],
            hint="Three cases are not a sample. Which option keeps within what three cases can show?",
            explanation="Three cases can show recurrence, not frequency or cause. Greitens's cross-country study "
                        "supplies the wider evidence. Option c confuses who decided with what the systems can do.",
            teaches="the limits of a three-case comparison"),
        Written(
            "15.8", name="BRIEF_15_8", points=3, level="evaluate",
            prompt="Write a comparison of **two** of the three countries for a workshop handout, 200 to 350 "
                   "words. Use three headings, each on its own line: `Common ground`, `Differences`, `Limits`. "
                   "Give any Freedom House value with its index and edition, and date every later development. "
                   "Cite at least three sources as `[source: ...]` and mention at least three different years.",
            rules=[("words_between", {"low": 200, "high": 350}),
                   ("has_headings", {"headings": ["Common ground", "Differences", "Limits"]}),
                   ("cites_sources", {"minimum": 3}),
                   ("mentions_dates", {"minimum": 3})],
            rubric=[Criterion("like_for_like", 2, "Every rating names its index and edition, and values from "
                              "different editions are not set side by side; later developments are dated."),
                    Criterion("accuracy", 2, "Uses the corrected facts: Ecuador's system loan-financed, not a "
                              "gift; Malaysia 50 in the 2022 edition; free face-recognition equipment from "
                              "CEIEC; no government pushed by Beijing."),
                    Criterion("analysis", 2, "Separates what the two cases share from how they differ, and "
                              "names at least one demand-side, local or non-PRC factor."),
                    Criterion("limits", 1, "Says what two cases cannot show (frequency, cause) and points to "
                              "cross-country evidence."),
                    Criterion("respect", 1, "Writes about governments, agencies and systems, not about the "
                              "people of a country.")],
            hint="Check the length, put each heading on a line by itself, cite sources as [source: ...] and "
                 "give a year with every rating and event.",
            explanation="Strong answers keep ratings within one edition, date every event, separate shared "
                        "features (demand, training) from differences (financing, status, pushback), and end "
                        "with what two cases cannot show.",
            teaches="writing a fair, dated comparison of cases"),
        Choice(
            "15.9", name="Q15_9", points=3, level="analyse",
            prompt="**Case (invented).** A 2026 workshop handout compares the three countries in one row: "
                   "\"Freedom in the World: Ecuador 65, Partly Free; Kyrgyzstan 27, Not Free; Malaysia 53, "
                   "Partly Free.\" Its footer says only \"Source: Freedom House\". Check each value against "
                   "the chapter's comparison table. What is wrong with the row, and how should it be fixed?",
            options={"a": "Nothing: all three are Freedom in the World scores on the same 0-100 scale, so "
                          "the row can stay.",
                     "b": "It mixes editions: in 2025, when Ecuador had 65, Kyrgyzstan had 26. Use one "
                          "named edition, e.g. 2022: 71, 27, 50.",
                     "c": "Ecuador's 65 is its Freedom on the Net score, not its Freedom in the World "
                          "score; replace it with the value of the right index.",
                     "d": "Only Malaysia's value is wrong, as in the report's own tables; replace 53 with "
                          "50 and keep the rest."},
            answer="b", wrong=["a", "d"],
            why={"a": "Wrong: the same scale is not the same edition. The three values come from different years, "
                      "so they cannot sit side by side.",
                 "b": "Right: 65 is Ecuador's value in the 2025 edition, but in that edition Kyrgyzstan scored "
                      "26; its 27 is from an earlier edition. One named edition for all three fixes the row: "
                      "for 2022, 71, 27 and 50.",
                 "c": "Wrong: Ecuador's Freedom on the Net score in 2025 was 63. The 65 is its Freedom in the "
                      "World score in the 2025 edition.",
                 "d": "Wrong: in the report it was Malaysia's value that came from another edition. In this "
                      "handout the odd values are different: check each one, not the one you remember."},
            hint="Find each of the three values in the comparison table and note its edition. Are they all from "
                 "the same one?",
            explanation="The table gives Ecuador 65 in FIW 2025 (71 in 2022), Kyrgyzstan 27 in FIW 2022 (26 in "
                        "2025; chapter 13 adds 27 in 2024) and Malaysia 53 in FIW 2023 and 2025 (50 in 2022). The handout therefore mixes "
                        "at least two editions and names none. A like-for-like row uses one edition and says "
                        "which: 71, 27 and 50 (FIW 2022), all with a status. For 2025 the table gives 65 and 26, "
                        "and Malaysia's 53 without a checked status line. Option d applies the memory of the "
                        "report's error (ERR-19) instead of checking the values in front of you.",
            teaches="checking every value of a new comparison for its edition (ERR-19)"),
        Choice(
            "15.10", name="Q15_10", points=3, level="evaluate",
            prompt="**Case (invented).** A speaker at a 2026 conference says: \"Ecuador, Kyrgyzstan and "
                   "Malaysia show that PRC surveillance spreads where Beijing pressures governments. To stop it, "
                   "we must help governments resist Beijing's pressure.\" Which response does the chapter best "
                   "support?",
            options={"a": "Agree: all three governments bought PRC systems, so each of them must have been "
                          "pressed by Beijing to buy.",
                     "b": "Agree for Kyrgyzstan only: it borders Xinjiang, and Yau's research shows that "
                          "pressure from Beijing drove its purchases.",
                     "c": "Disagree: the report says Beijing pushed none of the three; demand came first, "
                          "and Greitens links adoption to crime.",
                     "d": "Disagree: the three cases prove that high crime alone causes adoption, so only "
                          "crime policy matters."},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: buying is not proof of pressure. The report's own summary of its case studies says "
                      "Beijing did not push any of the three governments.",
                 "b": "Wrong: Yau's examples are about Kyrgyz staff returning Uyghur border-crossers, not about "
                      "why Kyrgyzstan bought cameras, and they are her analysis, not an official finding.",
                 "c": "Right: each government sought the technology for its own reasons, mainly crime and "
                      "security. Greitens finds that crime rates and strategic importance to the PRC predict "
                      "adoption, so messages should fit buyers' priorities.",
                 "d": "Wrong: three cases are not a sample and cannot show a cause. Greitens also finds strategic "
                      "importance to the PRC at work, not crime alone."},
            hint="What does the report itself say about Beijing's role in the three cases? What does the "
                 "cross-country study find about why governments adopt these platforms?",
            explanation="The claim contradicts the report's own Part 3 observation that no government was "
                        "pushed; the decisions were taken in Quito, Bishkek and Kuala Lumpur. Demand came first "
                        "(crime, terrorism, public safety). Greitens (2020) finds both push and pull factors. "
                        "Strategic importance to the PRC and high crime rates predict adoption; democracy level "
                        "barely does. She advises tailoring risk messages to each country's priorities and to "
                        "the local officials who decide. Option d overreaches the other way.",
            teaches="testing a claim about pressure against the report's own finding and the demand evidence"),
        Choice(
            "15.11", name="Q15_11", points=3, level="analyse",
            prompt="**Case (invented).** Country Z is rated Free in Freedom in the World. After a rise in violent "
                   "crime, its government asks a PRC firm for a city camera system. A loan from a PRC state bank "
                   "pays for it. The contract goes through open public bidding. No source shows any PRC official "
                   "pressing for the deal. Compared with the three cases in the chapter, which description is "
                   "most accurate?",
            options={"a": "Like Ecuador on demand (crime) and financing (PRC loans), but unlike it on "
                          "bidding: Ecuador skipped public bidding.",
                     "b": "Closest to Kyrgyzstan, because the PRC side provided the system at no cost to "
                          "the state budget.",
                     "c": "Closest to Malaysia, because a Free country depends least on PRC firms and PRC "
                          "money.",
                     "d": "Unlike all three: Greitens's cross-country study shows that countries rated "
                          "Free rarely adopt PRC surveillance platforms."},
            answer="a", wrong=["b", "d"],
            why={"a": "Right: like Ecuador, a crime problem drove demand and PRC loans paid. Unlike Ecuador, which "
                      "signed in February 2011 without public bidding, Country Z used open bidding. A careful "
                      "comparison names both.",
                 "b": "Wrong: a loan has to be repaid. Kyrgyzstan's face-recognition equipment came at no cost "
                      "to the state budget, by the Interior Ministry's account; Country Z borrowed.",
                 "c": "Wrong: Malaysia was Partly Free in the 2022 edition, and no PRC state money is named for "
                      "it. Country Z took a PRC state loan.",
                 "d": "Wrong: Greitens finds little link between how democratic a country is and whether it "
                      "adopts these platforms."},
            hint="Compare Country Z with each case on one criterion at a time: why the government wanted the "
                 "system, how it was paid for, and how the contract was awarded.",
            explanation="On the comparison table's rows: demand (crime) matches all three cases' stated reasons "
                        "and Ecuador's most closely; financing by PRC loans matches Ecuador (oil-backed credit, "
                        "a USD 240 million loan in 2012), not Kyrgyzstan's donated equipment or Malaysia's lack "
                        "of named PRC state money; bidding differs from Ecuador's direct deal. Regime type is not "
                        "a reason to expect no adoption (Greitens). One more case would still not show a cause.",
            teaches="comparing a new case with the three, one criterion at a time"),
        Choice(
            "15.12", name="Q15_12", points=3, level="evaluate",
            prompt="**Case (invented).** A 2026 report on Country Z says: \"Violent crime fell by a third in "
                   "the two years after the PRC-built camera system went live. So the system works, unlike "
                   "ECU-911, which failed to stop Ecuador's crime surge from 2021.\" Which judgement does the "
                   "chapter support?",
            options={"a": "Both halves are sound: a fall in crime after installation shows success, and a rise "
                          "after it shows failure.",
                     "b": "Sound on Country Z, since a fall in crime is a measured result; for Ecuador there is "
                          "only timing.",
                     "c": "Sound on Ecuador, since the report says so; the Country Z figure is only a claim to "
                          "check.",
                     "d": "Neither half is shown: both rest on timing alone, and timing does not show what a "
                          "system did."},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: a change that comes after a system is installed does not show that the system "
                      "caused it. Crime rises and falls for many reasons.",
                 "b": "Wrong: a measured fall in crime is still only timing. The same reasoning that stops you "
                      "blaming ECU-911 stops you crediting Country Z's cameras.",
                 "c": "Wrong: the report notes only that ECU-911 did not prevent the surge. The chapter reads "
                      "that as a remark about timing; it does not show that the system failed.",
                 "d": "Right: the report notes only that ECU-911 did not prevent the surge that began in 2021. "
                      "Neither that nor Country Z's fall shows what the systems did, without evidence of what "
                      "would have happened otherwise."},
            hint="Treat the two halves of the claim the same way. What does the chapter say the Ecuador "
                 "observation is, and what is it not?",
            explanation="The chapter reads the report's remark on ECU-911 and the crime surge from 2021 as an "
                        "observation about timing, not proof of failure. The same test applies to a success "
                        "story: a fall in crime after installation is timing too. A fair judgement treats both "
                        "halves alike and asks for evidence that separates the system's effect from everything "
                        "else that changed. Option b is the tempting one: it accepts the half that sounds like "
                        "good news.",
            teaches="the same evidence standard for claims of success and of failure"),
    ],
)
