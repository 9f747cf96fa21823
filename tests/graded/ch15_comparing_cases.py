"""Graded spec for chapter 15, comparing Ecuador, Kyrgyzstan and Malaysia. Instructor-only.

Every fact used here is stated, with its source, in book/ch15_comparing_cases.md: the
side-by-side table (Freedom in the World 2022 values and statuses, later editions with
their years, financing, training, pushback, later developments), the correction on the
report's snapshot tables (Malaysia from the 2021 edition; Freedom on the Net scores cited
by "Ibid." to Freedom in the World pages; Kyrgyzstan's with no citation; status "based on
both" indexes: ERR-19), and Greitens (2020). The chapter gives no method for deriving a
status from political-rights and civil-liberties scores, so no item asks for one.
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
            "15.1", name="Q15_1", points=3, level="analyse",
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
            "15.3", name="audit_snapshot", points=5, level="analyse",
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
            "15.4", name="fiw_trend", points=4, level="apply",
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
            "15.6", name="Q15_6", points=4, level="analyse",
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
                        "report says none was pushed, and Ecuador was Free when it bought; Greitens finds little "
                        "link with democracy level.",
            teaches="separating common factors from differences in a comparison"),
        Choice(
            "15.7", name="Q15_7", points=2, level="evaluate",
            prompt="What can a comparison of these three cases support, and what needs other evidence?",
            options={"a": "The three cases prove that high crime causes governments to adopt PRC surveillance, "
                          "since crime was a stated reason in all three.",
                     "b": "Since Ecuador was rated Free when it bought ECU-911, democracies are more likely than "
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
    ],
)
