"""Graded spec for chapter 11, training. Instructor-only: holds the answers.

Every fact used here is stated, with its source, in book/ch11_training.md:
Meiya Pico's two self-reported figures (ERR-13), the hedge convention of the section
"Turning hedged words into ranges", the training links of the institutions table and
the corrections (Kyrgyz training since May 2006, ERR-16; Shandong's figures end in
September 2023, ERR-17), and the cross-reference check of the appendix (ERR-01, ERR-36).
The training-link records below are the chapter's facts in plain data; the hidden cases
add a few invented records (marked) only to test edges of the stated rule.

Scenario items (issue 16) are choices about invented cases the chapter does not tell: 11.1 and 11.9 to 11.12. Each option carries its reason (`why`); the rules they rest on are in the chapter, with citations. Levels follow the written rule in CONTRIBUTING.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice,
                                 Number, Written)


def link(institution, country, year, evidence):
    return {"institution": institution, "country": country, "year": year, "evidence": evidence}


# Training links as the chapter gives them. evidence: course_notice (a dated notice of the
# course), news_report, appendix_only (stated only in the report's appendix), company_claim.
KG_REPORT = [
    link("bfsu", "Kyrgyzstan", 2009, "course_notice"),
    link("shandong", "Kyrgyzstan", 2012, "course_notice"),
    link("shandong", "Kyrgyzstan", 2015, "course_notice"),
    link("shandong", "Kyrgyzstan", 2018, "course_notice"),
    link("cipuc", "Kyrgyzstan", None, "appendix_only"),
    link("meiya_pico", "Kyrgyzstan", None, "company_claim"),
]
KG_ADDED = [
    link("shandong", "Kyrgyzstan", 2006, "news_report"),
    link("lianyungang", "Kyrgyzstan", 2017, "news_report"),
]
MALAYSIA = [
    link("bfsu", "Malaysia", None, "appendix_only"),
    link("yunnan", "Malaysia", 2018, "course_notice"),
    link("cipuc", "Malaysia", 2019, "course_notice"),
    link("meiya_pico", "Malaysia", None, "company_claim"),
]
ECUADOR = [
    link("meiya_pico", "Ecuador", None, "company_claim"),
    link("zhejiang", "Ecuador", 2016, "course_notice"),
]
OTHERS = [
    link("shandong", country, 2006, "news_report") for country in ("Kazakhstan", "Russia", "Uzbekistan", "Tajikistan")
] + [
    link("lianyungang", country, 2017, "news_report") for country in ("Belarus", "Kazakhstan", "Tajikistan", "Turkmenistan")
] + [
    link("yancheng", country, None, "news_report") for country in ("Indonesia", "Pakistan", "South Korea")
]
ALL_LINKS = KG_REPORT + MALAYSIA + ECUADOR + OTHERS + KG_ADDED
# The appendix's Yancheng sentence (ERR-01), as a record: stated only in the appendix.
YANCHENG_CLAIM = link("yancheng", "Kyrgyzstan", None, "appendix_only")

LINK_FIELDS = """Each link is a dict like
`{"institution": "shandong", "country": "Kyrgyzstan", "year": 2012, "evidence": "course_notice"}`.
`year` is a whole number, or `None` when the source gives no date. `evidence` is one of
`"course_notice"` (a dated notice of the course), `"news_report"`, `"appendix_only"` (a
claim made only in the report's appendix, which the case studies do not support) and
`"company_claim"` (a company's own publicity, such as Meiya Pico's map)."""


# Training links for the learner copy's practice cases: invented academies and countries.
PRACTICE_LINKS = [
    {"institution": "academy_b", "country": "Country P", "year": 2014, "evidence": "news_report"},
    {"institution": "academy_a", "country": "Country P", "year": 2011, "evidence": "course_notice"},
    {"institution": "academy_a", "country": "Country P", "year": None, "evidence": "course_notice"},
    {"institution": "academy_c", "country": "Country P", "year": 2005, "evidence": "company_claim"},
    {"institution": "academy_d", "country": "Country P", "year": None, "evidence": "appendix_only"},
    {"institution": "academy_b", "country": "Country Q", "year": 2008, "evidence": "course_notice"},
]

CHAPTER = Chapter(
    slug="ch11_training",
    title="Training",
    items=[
        Choice(
            "11.1", name="Q11_1", points=3, level="analyse",
            prompt="**Case (invented).** At a 2026 forum, a PRC vice-minister of public security pledges to train "
                   "2,000 foreign law-enforcement officials over the next five years. The next day a news site "
                   "writes: \"China has trained 2,000 foreign police officers.\" What is wrong with the news "
                   "site's sentence, and what should you look for?",
            options={"a": "nothing: a vice-minister's statement is an official count of the officers trained so far",
                     "b": "it reports a pledge as a result; look for dated course notices that show the training",
                     "c": "only the unit: \"officials\" should read \"officers\"; the rest of it is accurate",
                     "d": "it should be ignored: pledges made at forums are propaganda and never lead to courses"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: a pledge is a promise about the future, not a count. And a ministry speaking about "
                      "its own work makes a self-claim.",
                 "b": "Right: the sentence turns a promise into a result. As with the 2016 Lianyungang pledge, "
                      "check for dated course notices that show the training took place, and attribute the "
                      "pledge to the vice-minister with its date.",
                 "c": "Wrong: the unit does matter, since officials and officers are different units. But the main "
                      "fault is that a pledge for the future is reported as done.",
                 "d": "Wrong: pledges can lead to courses. After the 2016 Lianyungang pledge to train 1,000 "
                      "officials over five years, the first course opened in May 2017."},
            hint="Ask the chapter's three questions of the news site's sentence: who says so, what is counted, and "
                 "as of when? Then re-read the paragraph on Lianyungang.",
            explanation="A vice-minister pledged training at the 2016 Lianyungang Forum; the first course under it "
                        "opened on 3 May 2017 (Tan 2017). A pledge is a dated statement of intent by its claimant, "
                        "to be checked against course notices; it is neither a count (a) nor worthless (d). The "
                        "news site also changes the unit (officials to officers), a smaller fault (c).",
            teaches="telling a training pledge from a training record"),
        Function(
            "11.2", name="parse_hedged", points=3, level="apply",
            signature="parse_hedged(phrase: str) -> tuple",
            prompt="Write `parse_hedged(phrase)` that turns a figure, worded as a source words it, into a "
                   "range `(low, high)` under this course's convention (the table \"Turning hedged words into "
                   "ranges\"): a figure with no hedge gives `(n, n)`; `\"over n\"` or `\"more than n\"` gives "
                   "`(n, None)`, because no ceiling is stated; `\"nearly n\"` or `\"close to n\"` gives "
                   "`(0.9 * n, n)`. The number is written with commas between thousands (`\"110,000\"`), and "
                   "the phrase may start with a capital letter. Return a tuple or a list of two values.",
            public_cases=[Case("over 2,700", expect=[2700, None]),
                          Case("nearly 3,000", expect=[2700, 3000]),
                          Case("3,345", expect=[3345, 3345])],
            # Practice (learner copy), worked by hand from the convention.
            practice_cases=[Case("More than 1,500", expect=[1500, None]), Case("close to 5,000", expect=[4500, 5000]),
                            Case("12,345", expect=[12345, 12345]), Case("nearly 50", expect=[45, 50]),
                            Case("Over 1,000,000", expect=[1000000, None])],
            hidden_cases=[Case("close to 30,000", expect=[27000, 30000]),
                          Case("more than 4,000", expect=[4000, None]),
                          Case("Nearly 200", expect=[180, 200]),
                          Case("99", expect=[99, 99]),
                          Case("Over 110,000", expect=[110000, None])],
            mutant_code=[
                "def parse_hedged(phrase):\n"
                "    text = phrase.strip().lower()\n"
                "    n = int(text.split()[-1].replace(',', ''))\n"
                "    if text.startswith(('over', 'more than', 'nearly', 'close to')):\n"
                "        return (n, None)\n"
                "    return (n, n)\n",
                "def parse_hedged(phrase):\n"
                "    words = phrase.lower().split()\n"
                "    n = int(words[-1].replace(',', ''))\n"
                "    if words[0] == 'over':\n"
                "        return (n, None)\n"
                "    if words[0] == 'nearly':\n"
                "        return (0.9 * n, n)\n"
                "    return (n, n)\n",
                "def parse_hedged(phrase):\n"
                "    text = phrase.strip().lower()\n"
                "    n = int(text.split()[-1].replace(',', ''))\n"
                "    if text.startswith(('over', 'more than')):\n"
                "        return (n, None)\n"
                "    if text.startswith(('nearly', 'close to')):\n"
                "        return (0.9 * n, 1.1 * n)\n"
                "    return (n, n)\n",
            ],
            hint="Lower-case the phrase first. Check for each hedge at the start of the text, including the "
                 "two-word ones; the number is whatever follows, with the commas removed. \"Nearly\" sets a "
                 "ceiling, \"over\" sets a floor.",
            explanation="Lower-case and strip the phrase; if it starts with 'over ' or 'more than ', the rest is "
                        "a floor with no ceiling; if it starts with 'nearly ' or 'close to ', the rest is a "
                        "ceiling and 90 per cent of it the floor; otherwise the number is exact. Typical "
                        "mistakes: reading 'nearly' as a floor, forgetting the two-word hedges, or treating "
                        "'nearly' as plus or minus 10 per cent.",
            teaches="turning hedged figures into ranges by an explicit convention"),
        Function(
            "11.3", name="per_unit_bounds", points=2, level="apply", uses=["11.2"],
            signature="per_unit_bounds(total: str, units: str) -> tuple",
            prompt="A college claims a number of trainees (`total`) over a number of courses or sessions "
                   "(`units`), each as a phrase. Write `per_unit_bounds(total, units)` that returns the range "
                   "`(low, high)` of the average per unit that the two claims allow. Rule: `low` is the "
                   "lowest possible total divided by the highest possible number of units; `high` is the "
                   "highest possible total divided by the lowest possible number of units. If a bound you "
                   "need is missing (`None`), that side of the answer is `None`. Use `parse_hedged` from "
                   "11.2, and do not round.",
            public_cases=[Case("3,345", "160", expect=[20.90625, 20.90625]),
                          Case("over 4,000", "nearly 200", expect=[20.0, None]),
                          Case("over 110,000", "over 2,000", expect=[None, None])],
            # Practice (learner copy), worked by hand: lowest total / most units, highest total / fewest units.
            practice_cases=[Case("1,000", "nearly 50", expect=[20.0, 1000 / 45]),             # 1000/50; 1000/45 = 22.22...
                            Case("nearly 500", "over 10", expect=[None, 50.0]),               # no most units; 500/10
                            Case("over 600", "30", expect=[20.0, None]),                      # 600/30; no highest total
                            Case("close to 1,000", "nearly 20", expect=[45.0, 1000 / 18])],   # 900/20; 1000/18 = 55.55...
            hidden_cases=[Case("3,345", "nearly 200", expect=[3345 / 200, 3345 / 180]),
                          Case("3,345", "over 100", expect=[None, 33.45]),
                          Case("nearly 3,000", "70", expect=[2700 / 70, 3000 / 70]),
                          Case("close to 30,000", "nearly 200", expect=[135.0, 30000 / 180]),
                          Case("over 2,700", "100", expect=[27.0, None])],
            mutant_code=[
                "def per_unit_bounds(total, units):\n"
                "    t_low, t_high = parse_hedged(total)\n"
                "    u_low, u_high = parse_hedged(units)\n"
                "    low = t_low / u_low\n"
                "    high = None if t_high is None or u_high is None else t_high / u_high\n"
                "    return (low, high)\n",
                "def per_unit_bounds(total, units):\n"
                "    t_low, t_high = parse_hedged(total)\n"
                "    u_low, u_high = parse_hedged(units)\n"
                "    low = t_low / (u_high if u_high is not None else u_low)\n"
                "    high = None if t_high is None else t_high / u_low\n"
                "    return (low, high)\n",
                "def per_unit_bounds(total, units):\n"
                "    t_low, t_high = parse_hedged(total)\n"
                "    u_low, u_high = parse_hedged(units)\n"
                "    low = None if u_high is None else round(t_low / u_high, 1)\n"
                "    high = None if t_high is None else round(t_high / u_low, 1)\n"
                "    return (low, high)\n",
            ],
            hint="The smallest average comes from the fewest trainees spread over the most units; the largest "
                 "from the most trainees over the fewest units. If the number of units has no ceiling, the "
                 "average has no floor you can state.",
            explanation="`low = None if u_high is None else t_low / u_high`; `high = None if t_high is None "
                        "else t_high / u_low`. Shandong's exact figures give about 20.9 per course; Zhejiang's "
                        "'over 4,000 in nearly 200' gives more than 20 with no ceiling; two floors, like Meiya "
                        "Pico's 'over 110,000 in over 2,000 sessions', give no bound at all, so the ratio 55 is "
                        "not a minimum.",
            teaches="what can and cannot be concluded from dividing hedged figures"),
        Function(
            "11.4", name="training_summary", points=3, level="apply",
            signature="training_summary(links: list, country: str) -> dict",
            prompt="Write `training_summary(links, country)` for a list of training links. Use only the "
                   "links for `country` whose evidence is `\"course_notice\"` or `\"news_report\"`. Return "
                   "`{\"institutions\": [...], \"earliest\": ...}`: the institutions of those links, each "
                   "once, sorted alphabetically; and the earliest year among them, ignoring links with no "
                   "year (`None` if there is no dated link). The examples show why the evidence rule and the "
                   "added 2006 source matter. " + LINK_FIELDS,
            public_cases=[Case(KG_REPORT, "Kyrgyzstan", expect={"institutions": ["bfsu", "shandong"], "earliest": 2009}),
                          Case(KG_REPORT + KG_ADDED, "Kyrgyzstan",
                               expect={"institutions": ["bfsu", "lianyungang", "shandong"], "earliest": 2006}),
                          Case(MALAYSIA, "Malaysia", expect={"institutions": ["cipuc", "yunnan"], "earliest": 2018})],
            # Practice (learner copy): invented academies and countries, worked by hand.
            practice_cases=[Case(PRACTICE_LINKS, "Country P", expect={"institutions": ["academy_a", "academy_b"], "earliest": 2011}),
                            Case(PRACTICE_LINKS, "Country Q", expect={"institutions": ["academy_b"], "earliest": 2008}),
                            Case(PRACTICE_LINKS, "Country R", expect={"institutions": [], "earliest": None}),
                            Case([{"institution": "academy_e", "country": "Country P", "year": None, "evidence": "news_report"}],
                                 "Country P", expect={"institutions": ["academy_e"], "earliest": None})],
            hidden_cases=[Case(ALL_LINKS, "Ecuador", expect={"institutions": ["zhejiang"], "earliest": 2016}),
                          Case(ALL_LINKS + [YANCHENG_CLAIM], "Kyrgyzstan",
                               expect={"institutions": ["bfsu", "lianyungang", "shandong"], "earliest": 2006}),
                          Case(ALL_LINKS, "Kazakhstan", expect={"institutions": ["lianyungang", "shandong"], "earliest": 2006}),
                          Case(ALL_LINKS, "Pakistan", expect={"institutions": ["yancheng"], "earliest": None}),
                          Case(ALL_LINKS, "Mongolia", expect={"institutions": [], "earliest": None}),
                          Case([], "Malaysia", expect={"institutions": [], "earliest": None})],
            mutant_code=[
                "def training_summary(links, country):\n"
                "    mine = [l for l in links if l['country'] == country]\n"
                "    years = [l['year'] for l in mine if l['year'] is not None]\n"
                "    return {'institutions': sorted({l['institution'] for l in mine}),\n"
                "            'earliest': min(years) if years else None}\n",
                "def training_summary(links, country):\n"
                "    mine = [l for l in links if l['country'] == country and l['evidence'] in ('course_notice', 'news_report')]\n"
                "    years = [l['year'] for l in mine if l['year'] is not None]\n"
                "    return {'institutions': sorted({l['institution'] for l in mine}),\n"
                "            'earliest': years[0] if years else None}\n",
                "def training_summary(links, country):\n"
                "    mine = [l for l in links if l['country'] == country and l['evidence'] in ('course_notice', 'news_report')]\n"
                "    years = [l['year'] for l in mine if l['year'] is not None]\n"
                "    return {'institutions': sorted(l['institution'] for l in mine),\n"
                "            'earliest': min(years) if years else None}\n",
            ],
            hint="Filter first (the country and the two kinds of evidence), then collect. A set removes "
                 "repeats before you sort; the earliest year is the smallest, wherever it sits in the list.",
            explanation="With the report's own links the earliest Kyrgyz training is 2009 (the BFSU course); the "
                        "2006 Shandong seminar moves it to 2006 (ERR-16). The evidence rule drops BFSU for "
                        "Malaysia and CIPUC for Kyrgyzstan (appendix only, ERR-36), Meiya Pico's map (a "
                        "company claim) and the appendix's Yancheng sentence (ERR-01).",
            teaches="answering set queries over sourced links, and how one added source moves a date (ERR-16)"),
        Matching(
            "11.5", name="Q11_5", points=3, level="recall",
            prompt="The report's appendix says several things are \"detailed in\" a case study. For each, you "
                   "are told what the named case study actually contains. Apply this rule: **supported** if "
                   "the section names the institution and describes the activity as claimed; **partly "
                   "supported** if it names the institution but shows less than is claimed; **not "
                   "supported** if it does not name the institution, or names it without the claimed "
                   "activity. Give a dict from each key to a letter.",
            left={"yancheng": "Appendix: a safe-city exchange with the Yancheng police and training base "
                              "(points to Kyrgyzstan). The Kyrgyzstan section never names Yancheng.",
                  "shandong": "Appendix: Shandong trained foreign officers in counter-terrorism (points to "
                              "Kyrgyzstan). The Kyrgyzstan section lists Kyrgyz counter-terrorism courses at "
                              "Shandong in 2012, 2015 and 2018.",
                  "zhejiang": "Appendix: Zhejiang's course included visits to police stations and to "
                              "Hikvision's headquarters (points to Ecuador). The Ecuador section describes an "
                              "Ecuadorian officers' course with those visits.",
                  "yunnan_courses": "Appendix: Yunnan held several courses for Malaysian officers (points to "
                                    "Malaysia). The Malaysia section records one 2018 course and one 2019 "
                                    "visit by an anti-drug delegation.",
                  "yunnan_technology": "Appendix: Yunnan is a site of close PRC-Malaysia cooperation on "
                                       "surveillance technology (points to Malaysia). The Malaysia section "
                                       "mentions Yunnan only as the college's location and in a cited "
                                       "headline about border control.",
                  "bfsu": "Appendix: BFSU has trained Malaysian officers (points to Malaysia). The Malaysia "
                          "section does not mention BFSU."},
            right={"a": "supported", "b": "partly supported", "c": "not supported"},
            answer={"yancheng": "c", "shandong": "a", "zhejiang": "a", "yunnan_courses": "b",
                    "yunnan_technology": "c", "bfsu": "c"},
            wrong=[{"yancheng": "a", "shandong": "a", "zhejiang": "a", "yunnan_courses": "a",
                    "yunnan_technology": "a", "bfsu": "a"},
                   {"yancheng": "c", "shandong": "a", "zhejiang": "a", "yunnan_courses": "a",
                    "yunnan_technology": "b", "bfsu": "c"}],
            hint="For each pair, ask two questions in turn: is the institution named in that section at all, "
                 "and is the claimed activity there in full?",
            explanation="Two pass (Shandong, Zhejiang), one passes in part (Yunnan: one course and one visit, "
                        "not several courses), three fail: Yancheng is never named in the Kyrgyzstan section "
                        "(ERR-01), and neither surveillance cooperation in Yunnan nor BFSU appears in the "
                        "Malaysia section (ERR-36).",
            teaches="checking a report's cross-references against the sections they cite (ERR-01, ERR-36)"),
        Number(
            "11.6", name="Q11_6", points=2, level="recall",
            prompt="The report says Shandong Police College ran 160 courses for 3,345 trainees from 99 "
                   "countries between 2006 and 2024. Its only source is the college's introduction page as "
                   "captured by the Wayback Machine on 23 September 2023. Rule: a source cannot describe "
                   "anything later than the date it was published or captured. What is the last year the "
                   "figures can cover? Give a whole number.",
            answer=2023, places=0, wrong=[2024, 2022],
            hint="Compare the end year the report gives with the date of the capture it cites.",
            explanation="A capture made in September 2023 cannot count courses held in 2024, so the figures "
                        "run from 2006 to 2023, as claimed by the college (ERR-17).",
            teaches="dating a figure by its source, not by the report's narrative (ERR-17)"),
        MultiChoice(
            "11.7", name="Q11_7", points=3, level="recall",
            prompt="A journalist drafts these sentences. Which can be published as written, given the "
                   "sources in this chapter? Rule: a sentence is publishable if it attributes a self-reported "
                   "figure to the claimant with its date, or reports a finding or an argument together with "
                   "its author; it is not publishable if it states a self-claim as fact, changes a figure's "
                   "scope, or asserts a cause the sources do not show. Give the set of letters.",
            options={"a": "Zhejiang Police College has trained close to 30,000 foreign police officers.",
                     "b": "The report's researchers (TextOre) found no case in which Kyrgyz authorities used "
                          "PRC training to target border crossers with PRC surveillance technology.",
                     "c": "Shandong Police College says, on a page captured in September 2023, that since 2006 "
                          "it has run 160 courses for 3,345 trainees from 99 countries.",
                     "d": "Meiya Pico has trained police in Ecuador, Kyrgyzstan and Malaysia.",
                     "e": "The researcher Niva Yau argues that close Kyrgyz-PRC security ties, which she links "
                          "to returns of Uyghurs at PRC request, were shaped during training in China.",
                     "f": "Training at Shandong Police College led Kyrgyz officers to return Uyghurs to the "
                          "PRC.",
                     "g": "Meiya Pico's academy had trained more than 110,000 foreign police officers by "
                          "2018."},
            answer={"b", "c", "e"},
            wrong=[{"b", "c", "d", "e"}, {"a", "b", "c", "e"}, {"b", "c", "e", "g"}, {"b", "c"}],
            hint="For each sentence ask: who is the source, is it named, and does the sentence keep the "
                 "original unit and date? Then look for any 'led to' or 'caused'.",
            explanation="b is a finding attributed to its authors; c is a self-claim attributed and dated; e is "
                        "an argument attributed to its author. a changes scope (the 30,000 are domestic "
                        "graduates); d states a company map as fact; f asserts a causal chain no source shows; "
                        "g changes scope (110,000 people of all kinds, including PRC police).",
            teaches="telling a finding from a claim, and keeping scope and attribution"),
        Written(
            "11.8", name="BRIEF_11_8", points=3, level="evaluate",
            prompt="An editor sends you this draft paragraph: *\"Chinese police colleges have trained more "
                   "than 110,000 foreign officers. Shandong Police College alone trained 3,345 officers from "
                   "99 countries between 2006 and 2024, and Kyrgyz police have been trained in China since "
                   "2009, including at a safe-city exchange in Yancheng.\"* Write a correction note of 150 to "
                   "300 words. Use three headings, each on its own line: `Claims`, `Evidence`, `Corrected "
                   "wording`. Cite at least two sources as `[source: ...]` and date your claims (at least "
                   "two different years).",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["Claims", "Evidence", "Corrected wording"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("accuracy", 3, "Corrects all four problems: the 110,000 is Meiya Pico's "
                              "academy, all trainees; Shandong's figures end in September 2023; Kyrgyz training "
                              "dates from at least May 2006; no source shows a Kyrgyz exchange at Yancheng."),
                    Criterion("attribution", 2, "Names the claimant, unit and date of each figure and says "
                              "that they are self-reported."),
                    Criterion("wording", 2, "The corrected paragraph is publishable: hedges kept, no "
                              "overstatement, no repetition of the unsupported link."),
                    Criterion("clarity", 1, "Short, plain sentences an editor can act on.")],
            hint="Check the length, put each heading on a line by itself, cite sources as [source: ...] and "
                 "give years for the figures you correct.",
            explanation="A strong note separates the company figure from the colleges, fixes the two dates, "
                        "removes the Yancheng link rather than softening it, and keeps every figure as a dated "
                        "self-claim.",
            teaches="turning source checks into publishable corrected wording"),
        Choice(
            "11.9", name="Q11_9", points=3, level="analyse",
            prompt="**Case (invented).** In 2026 a provincial police college in the PRC posts a news item: \"Our "
                   "college has trained nearly 1,500 officers from over 40 countries and regions since 2010.\" "
                   "Another college's page, captured in 2025, says it has trained \"over 1,200 officers from 45 "
                   "countries\". A blogger writes that the first college \"has trained more foreign officers "
                   "than the second\". Using the course's convention for hedged figures, what can you say?",
            options={"a": "the blogger is right, since 1,500 officers is clearly more than 1,200 officers",
                     "b": "the second college trained more, since it names more countries (45 against 40)",
                     "c": "no ranking is possible: \"over 1,200\" has no ceiling, so it may exceed 1,500",
                     "d": "the blogger is right, since \"nearly 1,500\" is at least 1,350, above 1,200"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: both figures are hedged. \"Nearly 1,500\" is a ceiling, not a count, and "
                      "\"over 1,200\" is a floor with no ceiling.",
                 "b": "Wrong: the number of countries says nothing about the number of officers. And \"countries "
                      "and regions\" is a wider unit than \"countries\", so even those two figures do not "
                      "compare.",
                 "c": "Right: by the course's convention, \"nearly 1,500\" means 1,350 to 1,500 and \"over "
                      "1,200\" means above 1,200 with no upper limit. The second range contains the first, so "
                      "neither college can be ranked above the other.",
                 "d": "Wrong: the floor of the first range is above 1,200, but the second figure has no upper "
                      "limit. Its true value may be 1,600 or more."},
            hint="Turn each hedged figure into a range with the table in 'Turning hedged words into ranges'. "
                 "Can one range be wholly above the other?",
            explanation="Nearly 1,500 -> 1,350 to 1,500; over 1,200 -> above 1,200, no ceiling. The second range "
                        "contains the first, which is the chapter's own example (\"over 2,700\" against "
                        "\"nearly 3,000\") with new numbers. Both figures are also the colleges' own claims, "
                        "dated differently, and their country units differ.",
            teaches="comparing two hedged training figures"),
        Choice(
            "11.10", name="Q11_10", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 a foreign government names Vendor K, a PRC security firm, in a "
                   "report on sanctions. Two days later Vendor K issues a statement: \"We have trained over "
                   "20,000 police officers in 60 countries to fight cybercrime and protect citizens.\" A "
                   "ministry in your country wants to cite this figure as proof that the firm is a trusted "
                   "partner of police worldwide. Which advice does the chapter support best?",
            options={"a": "cite it as the firm's own claim, dated, from a statement written to answer the report",
                     "b": "cite it as a fact, since a firm knows best how many officers it has trained",
                     "c": "leave it out, since a figure given in a rebuttal is false and cannot be used",
                     "d": "cite it as a fact if an older figure from the firm is smaller, since the older figure confirms it"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: the figure is a self-reported figure in a document written to answer the "
                      "sanctions report, like Meiya Pico's 2019 statement after its US listing. It shows what the firm wants to be known for; it is not "
                      "an independent count, and it is no proof of trust.",
                 "b": "Wrong: knowing the number does not make the firm independent. Almost every training "
                      "figure comes from the trainers themselves and needs a second source before it carries "
                      "weight.",
                 "c": "Wrong: the purpose of a document calls for care, not for throwing the figure away. A "
                      "self-claim can be true; attribute it and date it.",
                 "d": "Wrong: two figures from the same firm are not independent checks. Meiya Pico's 50,000 "
                      "and 110,000 also differ in scope and date, and neither confirms the other."},
            hint="Ask the chapter's three questions of the statement: who says so, what is counted, as of when. "
                 "Then ask what the document was written for.",
            explanation="A firm's figure issued in response to a listing is advocacy. The chapter's Meiya Pico "
                        "case (statement of 24 October 2019, after its US listing) shows how to use it: as a "
                        "dated, attributed self-claim with its purpose stated. It cannot carry the ministry's "
                        "conclusion (a trusted partner) without independent evidence.",
            teaches="weighing a training figure by the purpose of the document"),
        Choice(
            "11.11", name="Q11_11", points=3, level="analyse",
            prompt="**Case (invented).** A PRC ministry announces in 2026: \"This year 300 officials from 12 "
                   "countries took part in our security cooperation programmes.\" Its list of events has "
                   "three items. The first is a two-week course at a police college on handling \"large-scale "
                   "public incidents\". The second is a vendor's product show at a trade fair. The third is "
                   "scholarships in computer science for university students. An NGO counts all 300 as \"foreign police trained in "
                   "surveillance\". What is wrong with the NGO's count?",
            options={"a": "nothing: everyone who takes part in a security cooperation programme is police trained "
                          "in surveillance",
                     "b": "only the unit: the NGO should count 12 countries, since a country is the right unit",
                     "c": "only the source: an announcement by a ministry is a self-claim, so it must be ignored",
                     "d": "it mixes scopes: students and trade-fair visitors are not police, and only one event "
                          "is a course"},
            answer="d", wrong=["a", "b", "c"],
            why={"a": "Wrong: the announcement counts \"officials\" across three kinds of event. Students on "
                      "scholarships and visitors at a product show are not police on a course.",
                 "b": "Wrong: the number of countries is a different claim, not a fix for this one. The problem "
                      "is what the 300 count.",
                 "c": "Wrong: a self-claim can still be used, with its claimant and date. The problem is that "
                      "the NGO changed its scope.",
                 "d": "Right: \"officials\", \"police\" and \"students\" are different units. Like Huawei's "
                      "Seeds for the Future, scholarships for students are outreach, not a police course. Only "
                      "the police-college course fits the NGO's label, and the announcement does not say how "
                      "many of the 300 attended it."},
            hint="Ask the second of the chapter's three questions: what does the figure count? Then check each "
                 "event against the NGO's label.",
            explanation="The scope of the claim is \"officials taking part in programmes\", across a police "
                        "course, a vendor's marketing event and student scholarships. The NGO's label (police, "
                        "trained, in surveillance) fits at most part of one event. The chapter classifies "
                        "student outreach (Huawei's Seeds for the Future) and marketing summits apart from "
                        "police courses for the same reason.",
            teaches="keeping the scope of a training figure"),
        Choice(
            "11.12", name="Q11_12", points=3, level="evaluate",
            prompt="**Case (invented).** A 2026 news item reports that officers from Country V attended a course "
                   "on \"information-led policing\" at a PRC police college in 2022. In 2025 Country V's police "
                   "detained several foreign activists at the request of another state. An advocacy group "
                   "writes: \"The PRC course taught Country V's police to detain activists.\" Which judgement "
                   "of this sentence is best supported by the chapter?",
            options={"a": "supported: the topic of the course and the later arrests together show the cause",
                     "b": "not shown: a course can build ties that are later used, but no source links the two",
                     "c": "false: PRC police training puts anti-drug work first, so it cannot teach this",
                     "d": "supported: Niva Yau's research has shown that training in China causes such acts by foreign police"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: two events in order are not a causal chain. The chapter warns that a specific "
                      "chain from a course to an abuse has not been shown in its sources.",
                 "b": "Right: training builds relationships, and relationships can be used; but to say the "
                      "course taught the arrests you need evidence that links them, such as course materials "
                      "or testimony.",
                 "c": "Wrong: the report's reading that anti-drug work and counter-terrorism usually come first "
                      "is a reading of open sources, not an audit. It cannot rule out a link either.",
                 "d": "Wrong: Yau gives examples and argues that ties were shaped in training. That is an "
                      "argument attributed to one researcher, not proof of cause in this or any case."},
            hint="Re-read 'What the training evidence shows, and what it does not'. What would a causal claim "
                 "need that the news item does not give?",
            explanation="The chapter holds two things together: training builds relationships that can serve "
                        "repression (Yau 2022; Ford 2021), and the sources show no specific chain from a course "
                        "to an abuse (IRI 2024). The group's sentence asserts such a chain from timing alone. "
                        "Rejecting any link (c) overreads the report's conclusion the other way.",
            teaches="judging a causal claim about police training"),
    ],
)
