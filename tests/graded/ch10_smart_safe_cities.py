"""Graded spec for chapter 10, smart and safe cities. Instructor-only: holds the answers.

The set practises: recovering counts from rounded percentages and keeping the
denominator straight (10.1 to 10.3; ERR-12), telling which vendor scale claims can be
compared (10.4), naming the layers a safe-city platform bundles (10.5), dating the
chapter's events to their sources (10.6), and deciding which statements the sources
support (10.7; ERR-12, ERR-32). Every fact used here is stated, with its source, in
book/ch10_smart_safe_cities.md. The counts 32, 20, 27, 16, 31, 21 are derived from the
CSIS percentages (the chapter says so); CSIS did not publish them.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Number,
                                 Ordering, Written)

# ---------------------------------------------------------------- 10.4: scale claims as data


def scale_claim(claimant, date, label, unit, value, includes_china):
    return {"claimant": claimant, "date": date, "label": label, "unit": unit, "value": value,
            "includes_china": includes_china}


HUAWEI_2017 = scale_claim("Huawei", "2017", "smart city", "projects", 120, None)
HUAWEI_2018 = scale_claim("Huawei", "about 2018", "smart city", "cities", 120, None)
NEWS_2020 = scale_claim("LiveAfricaNews (no source given)", "March 2020", "safe city", "cities and regions",
                        700, True)
HUAWEI_2021 = scale_claim("Huawei", "November 2021", "smart city", "cities", 160, None)
# Invented claims by an invented vendor, for the hidden cases.
X_2022 = scale_claim("Vendor X", "2022", "safe city", "cities", 40, False)
X_2023 = scale_claim("Vendor X", "2023", "safe city", "cities", 55, False)
X_2023_WITH_CHINA = scale_claim("Vendor X", "2023", "safe city", "cities", 90, True)
X_2024_CAPS = scale_claim("Vendor X", "2024", "Safe City", "Cities", 60, False)
X_2024_SMART = scale_claim("Vendor X", "2024", "smart city", "cities", 75, False)
X_2024_UNKNOWN = scale_claim("Vendor X", "2024", "safe city", "cities", 70, None)
X_2025_WITH_CHINA = scale_claim("Vendor X", "2025", "safe city", "cities", 95, True)

CHAPTER = Chapter(
    slug="ch10_smart_safe_cities",
    title="Smart and safe cities",
    items=[
        Function(
            "10.1", name="implied_counts", points=5, level="apply",
            signature="implied_counts(pct: int, n: int) -> list",
            prompt="A study reports a whole-number percentage `pct` of `n` items. Write "
                   "`implied_counts(pct, n)` that returns, in increasing order, every whole number `k` "
                   "from 0 to `n` (both included) for which `round(100 * k / n)` equals `pct`. The list "
                   "may hold one number, several, or none. The chapter's primer box \"from a rounded "
                   "percentage to a count\" shows the idea.",
            public_cases=[Case(44, 73, expect=[32]), Case(27, 73, expect=[20]), Case(44, 52, expect=[23])],
            # Practice (learner copy), worked by hand (no case lands on a .5 tie): 25% of 8 is 2; 2/3 is 66.7%;
            # 59/300, 60/300 and 61/300 all round to 20%; 10k% is never 3%.
            practice_cases=[Case(25, 8, expect=[2]), Case(67, 3, expect=[2]), Case(100, 5, expect=[5]),
                            Case(20, 300, expect=[59, 60, 61]), Case(3, 10, expect=[])],
            hidden_cases=[Case(71, 73, expect=[52]), Case(22, 73, expect=[16]), Case(100, 73, expect=[73]),
                          Case(0, 10, expect=[0]), Case(50, 300, expect=[149, 150, 151]),
                          Case(101, 73, expect=[])],
            mutant_code=[
                "def implied_counts(pct, n):\n"
                "    return [k for k in range(n) if round(100 * k / n) == pct]\n",
                "def implied_counts(pct, n):\n"
                "    return [k for k in range(n + 1) if int(100 * k / n) == pct]\n",
                "def implied_counts(pct, n):\n"
                "    k = round(pct * n / 100)\n"
                "    return [k]\n",
            ],
            hint="Try every candidate count, from 0 up to and including n, and keep those that round to "
                 "the percentage. Remember that range(n) stops before n.",
            explanation="`return [k for k in range(n + 1) if round(100 * k / n) == pct]`. Stopping at "
                        "`range(n)` misses 100%; truncating with `int` instead of rounding misses 44% of "
                        "73; computing one count with `round(pct * n / 100)` hides the fact that, for large "
                        "n, several counts fit. With n = 52 instead of 73, 44% gives 23: the size of the "
                        "ERR-12 mistake.",
            teaches="counts implied by a rounded percentage"),
        Choice(
            "10.2", name="Q10_2", points=2, level="analyse",
            prompt="A draft says: \"CSIS found that 27% of the 52 countries with Huawei safe-city deals "
                   "were Not Free, about 14 countries.\" Rule: a percentage means nothing until you know "
                   "its denominator and how each item was classified. What did CSIS's 27% refer to?",
            options={"a": "27% of the 52 countries, about 14 countries, by their Freedom House status "
                          "when the deals were signed",
                     "b": "27% of the 73 Safe City agreements (about 20 agreements), by each country's "
                          "average Freedom House status over 2009-2018",
                     "c": "27% of 73 smart-city agreements, by each country's Freedom House status in "
                          "2019",
                     "d": "27% of the more than 160 smart cities Huawei said it had built"},
            answer="b", wrong=["a", "c"],
            hint="Look at the chapter's correction box and the table heading: what was counted, how many "
                 "of them were there, and which Freedom House rating was used?",
            explanation="CSIS counted 73 Safe City agreements in 52 countries; its shares are of "
                        "agreements, and the Freedom House status is the 2009-2018 average. 27% of 73 "
                        "implies 20 agreements. (a) is the report's ERR-12 reading; (c) gets the "
                        "denominator but the wrong label and the wrong rating.",
            teaches="what a share is a share of (ERR-12)"),
        Number(
            "10.3", name="Q10_3", points=2, level="apply",
            prompt="Freedom House gives each country one status: Free, Partly Free or Not Free. Using "
                   "the CSIS results and the counts they imply, how many of the 73 Safe City agreements "
                   "were in countries whose average status over 2009-2018 was **Free**? Give a whole "
                   "number of agreements.",
            answer=21, places=0, wrong=[29, 15, 22],
            hint="Find how many agreements were in Partly Free or Not Free countries (from the combined "
                 "share and the right denominator), then take them away from the total number of "
                 "agreements.",
            explanation="71% of 73 implies 52 agreements (32 Partly Free + 20 Not Free), so 73 - 52 = 21 "
                        "were in Free countries (21/73 rounds to 29%). Answering 29 gives the percentage, "
                        "not a count; answering 15 takes 71% of 52 countries (37) away from 52, the ERR-12 "
                        "mix-up.",
            teaches="working with the right denominator (ERR-12)"),
        Function(
            "10.4", name="claim_differences", points=5, level="analyse",
            signature="claim_differences(a: dict, b: dict) -> list",
            prompt="Two scale claims can be read as a trend only if they count the same thing. Write "
                   "`claim_differences(a, b)` that returns the list of reasons two claims **cannot** be "
                   "compared, in alphabetical order (an empty list means they can):\n\n"
                   "- `\"coverage\"` if either claim does not say whether cities in China are included "
                   "(`includes_china` is `None`), or the two claims say different things;\n"
                   "- `\"label\"` if the labels differ (`\"smart city\"` and `\"safe city\"` are "
                   "different labels);\n"
                   "- `\"unit\"` if the units differ (`\"cities\"` and `\"cities and regions\"` are "
                   "different units).\n\n"
                   "Compare labels and units ignoring capital letters. Each claim is a dict like "
                   "`{\"claimant\": \"Huawei\", \"date\": \"November 2021\", \"label\": \"smart city\", "
                   "\"unit\": \"cities\", \"value\": 160, \"includes_china\": None}`; the examples are "
                   "the claims in the chapter's table, and the further cases use an invented vendor.",
            public_cases=[Case(NEWS_2020, HUAWEI_2021, expect=["coverage", "label", "unit"]),
                          Case(HUAWEI_2018, HUAWEI_2021, expect=["coverage"]),
                          Case(HUAWEI_2017, HUAWEI_2018, expect=["coverage", "unit"])],
            # Practice (learner copy): an invented vendor, worked by hand rule by rule.
            practice_cases=[
                Case({"claimant": "Practice Vendor Q", "date": "2020", "label": "Smart City", "unit": "Cities", "value": 30,
                      "includes_china": False},
                     {"claimant": "Practice Vendor Q", "date": "2021", "label": "smart city", "unit": "cities", "value": 35,
                      "includes_china": False}, expect=[]),                                   # capitals do not matter
                Case({"claimant": "Practice Vendor Q", "date": "2019", "label": "safe city", "unit": "cities", "value": 12,
                      "includes_china": None},
                     {"claimant": "Practice Vendor Q", "date": "2022", "label": "safe city", "unit": "cities", "value": 20,
                      "includes_china": None}, expect=["coverage"]),                          # neither says
                Case({"claimant": "Practice Vendor Q", "date": "2020", "label": "safe city", "unit": "cities", "value": 15,
                      "includes_china": True},
                     {"claimant": "Practice Vendor Q", "date": "2024", "label": "Safe City", "unit": "projects", "value": 60,
                      "includes_china": False}, expect=["coverage", "unit"]),
                Case({"claimant": "Practice Vendor Q", "date": "2021", "label": "safe city", "unit": "cities", "value": 25,
                      "includes_china": True},
                     {"claimant": "Practice Vendor Q", "date": "2023", "label": "smart city", "unit": "cities", "value": 40,
                      "includes_china": True}, expect=["label"])],
            hidden_cases=[Case(X_2022, X_2023, expect=[]),
                          Case(X_2023_WITH_CHINA, X_2025_WITH_CHINA, expect=[]),
                          Case(X_2022, X_2023_WITH_CHINA, expect=["coverage"]),
                          Case(X_2022, X_2024_CAPS, expect=[]),
                          Case(X_2022, X_2024_SMART, expect=["label"]),
                          Case(X_2024_UNKNOWN, X_2022, expect=["coverage"]),
                          Case(HUAWEI_2021, HUAWEI_2021, expect=["coverage"])],
            mutant_code=[
                "def claim_differences(a, b):\n"
                "    reasons = []\n"
                "    if a['includes_china'] != b['includes_china']:\n"
                "        reasons.append('coverage')\n"
                "    if a['label'].lower() != b['label'].lower():\n"
                "        reasons.append('label')\n"
                "    if a['unit'].lower() != b['unit'].lower():\n"
                "        reasons.append('unit')\n"
                "    return reasons\n",
                "def claim_differences(a, b):\n"
                "    reasons = []\n"
                "    if a['includes_china'] is None or a['includes_china'] != b['includes_china']:\n"
                "        reasons.append('coverage')\n"
                "    if a['label'] != b['label']:\n"
                "        reasons.append('label')\n"
                "    if a['unit'] != b['unit']:\n"
                "        reasons.append('unit')\n"
                "    return reasons\n",
                "def claim_differences(a, b):\n"
                "    reasons = []\n"
                "    if a['label'].lower() != b['label'].lower():\n"
                "        reasons.append('label')\n"
                "    if a['unit'].lower() != b['unit'].lower():\n"
                "        reasons.append('unit')\n"
                "    return reasons\n",
            ],
            hint="Test each of the three reasons separately and collect the ones that apply. Unknown "
                 "coverage on either side blocks a comparison, even when both sides are unknown; use "
                 ".lower() before comparing text.",
            explanation="Append \"coverage\" when `a['includes_china'] is None or b['includes_china'] is "
                        "None or the two differ`; append \"label\" and \"unit\" when their lower-case forms "
                        "differ; the order then is already alphabetical. None of the chapter's four claims "
                        "can be compared with another: the 2020 and 2021 figures differ on all three, and "
                        "even the 2018 and 2021 Huawei figures do not say whether Chinese cities count. "
                        "Treating two unknowns as equal is the commonest slip.",
            teaches="normalising vendor scale claims before comparing them"),
        Matching(
            "10.5", name="Q10_5", points=3, level="apply",
            prompt="Match each component, taken from the chapter's examples (Huawei's 2015 Malaysian "
                   "offer, Privacy International's 2021 mapping, Alibaba's City Brain), to the layer of a "
                   "safe-city platform it belongs to. Answer with a dict, e.g. "
                   "`{\"plate_cameras\": \"a\", ...}`.",
            left={"plate_cameras": "street cameras that read number plates",
                  "fibre_cable": "fibre-optic cable",
                  "cloud_video": "cloud storage for recorded video",
                  "ai_matching": "AI software that searches footage and flags matches",
                  "command_centre": "a converged command centre where staff watch and dispatch",
                  "police_mobile": "mobile tools carried by police officers"},
            right={"a": "sensors", "b": "network", "c": "data centre or cloud", "d": "analytics",
                   "e": "command centre and field tools"},
            answer={"plate_cameras": "a", "fibre_cable": "b", "cloud_video": "c", "ai_matching": "d",
                    "command_centre": "e", "police_mobile": "e"},
            wrong=[{"plate_cameras": "d", "fibre_cable": "b", "cloud_video": "c", "ai_matching": "d",
                    "command_centre": "e", "police_mobile": "a"},
                   {"plate_cameras": "a", "fibre_cable": "b", "cloud_video": "d", "ai_matching": "d",
                    "command_centre": "e", "police_mobile": "b"}],
            hint="Ask what each component does: sense, carry, store, analyse, or let people act on the "
                 "results. A device in an officer's hand belongs with the people who act.",
            explanation="Cameras sense (a), cable carries (b), cloud storage keeps video (c), AI software "
                        "analyses (d), and the command centre and the police's mobile tools are where "
                        "people act on results (e). Every layer is dual use: what it does to people "
                        "depends on law, operators and oversight.",
            teaches="the layers a safe-city platform bundles"),
        Ordering(
            "10.6", name="Q10_6", points=3, level="apply",
            prompt="Put these events in the order they happened (earliest first), as a list of letters. "
                   "Each is dated in the chapter by its source.",
            entries={"A": "CSIS publishes \"Watching Huawei's 'Safe Cities'\"",
                     "B": "People's Daily reports that a Huawei Safe City Africa Summit has ended",
                     "C": "Alibaba Cloud launches Malaysia City Brain in Kuala Lumpur",
                     "D": "Huawei claims more than 160 smart cities in more than 100 countries and regions",
                     "E": "Huawei issues a press release on its Global Safe City Summit",
                     "F": "LiveAfricaNews reports Safe City initiatives in more than 700 cities and regions",
                     "G": "City Brain's first phase is due to be integrated with Kuala Lumpur's Integrated "
                          "Transport Information System"},
            answer=["b", "e", "c", "g", "a", "f", "d"],
            wrong=[["b", "e", "c", "g", "a", "d", "f"], ["b", "c", "e", "g", "a", "f", "d"],
                   ["b", "e", "c", "a", "g", "f", "d"]],
            hint="Date each to the month first. A larger number is not necessarily a later one, and the "
                 "City Brain launch and its first-phase target fall in the same year.",
            explanation="30 April 2015 (B), 27 April 2017 (E), 29 January 2018 (C), May 2018 (G), "
                        "4 November 2019 (A), March 2020 (F), November 2021 (D). Reading the 700 figure "
                        "as growth beyond 160 puts F last.",
            teaches="dating claims and events to their sources"),
        MultiChoice(
            "10.7", name="Q10_7", points=3, level="evaluate",
            prompt="You are writing a factsheet on smart and safe cities. Which statements can you make "
                   "with a source, as the chapter sets them out? Rule: keep only statements that are "
                   "attributed, dated where they concern a claim, and no broader than the source. Give "
                   "the set of letters.",
            options={"a": "Huawei said in November 2021 that it had built more than 160 smart cities in "
                          "more than 100 countries and regions.",
                     "b": "Huawei held its 2017 Global Safe City Summit in Dubai.",
                     "c": "CSIS found that 71% of the 52 countries with Huawei Safe City agreements were "
                          "Partly Free or Not Free.",
                     "d": "Alibaba Cloud launched Malaysia City Brain on 29 January 2018, working with the "
                          "Malaysia Digital Economy Corporation and Kuala Lumpur City Hall.",
                     "e": "Huawei's safe-city business shrank from more than 700 cities in 2020 to about "
                          "160 in 2021.",
                     "f": "CSIS found in 2019 that the benefits of Huawei's Safe City products are "
                          "difficult to verify.",
                     "g": "City Brain is a Huawei safe-city product."},
            answer={"a", "d", "f"},
            wrong=[{"a", "c", "d", "f"}, {"a", "b", "d", "f"}, {"a", "d", "e", "f"}, {"a", "d"}],
            hint="Check each statement against three corrections in the chapter: what the CSIS shares are "
                 "shares of, where the 2017 summit's source places it, and whether the Huawei figures can "
                 "be compared.",
            explanation="(a), (d) and (f) are attributed, dated and sourced. (b) repeats the report's Dubai "
                        "placement, which the cited source does not support (ERR-32). (c) makes the shares "
                        "shares of countries (ERR-12). (e) compares figures with different labels, units, "
                        "coverage and sources. (g) confuses Alibaba with Huawei.",
            teaches="keeping only what the sources support (ERR-12, ERR-32)"),
        Written(
            "10.8", name="MEMO_10_8", points=3, level="evaluate",
            prompt="A city council is asked to approve a safe-city platform. The vendor's brochure says "
                   "its safe cities run in \"more than 700 cities\" and that they cut crime. Write a memo "
                   "of 150 to 300 words for a councillor. Use three headings, each on its own line: "
                   "`What is proposed`, `What the numbers show`, `Questions to ask`. Cite at least two "
                   "sources as `[source: ...]` and mention at least two different years.",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["What is proposed", "What the numbers show",
                                                  "Questions to ask"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("platform", 2, "Describes the layers a safe-city platform bundles and why each "
                                             "is dual use."),
                    Criterion("numbers", 2, "Treats the vendor's figures as dated self-claims in shifting "
                                            "units, and uses CSIS correctly (73 agreements, 52 countries, "
                                            "shares of agreements)."),
                    Criterion("benefits", 2, "Uses CSIS's finding that claimed benefits are hard to verify "
                                             "and asks for independent evaluation."),
                    Criterion("questions", 2, "Asks practical questions on operator, data, legal basis, "
                                              "audit and contract transparency suited to a councillor.")],
            hint="Check the length, put each heading on a line by itself, and cite sources in the form "
                 "[source: CSIS 2019].",
            explanation="A strong memo does not repeat the vendor's number as fact, explains why the scale "
                        "figures cannot be compared, gives CSIS's 73 and 52 with the right denominator, "
                        "uses the unverified-benefits finding, and ends with questions the council can "
                        "actually put.",
            teaches="turning the chapter's questions into advice for a decision-maker"),
    ],
)
