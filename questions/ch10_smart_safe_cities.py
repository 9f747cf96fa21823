"""Graded spec for chapter 10, smart and safe cities. Instructor-only: holds the answers.

The set practises: recovering counts from rounded percentages and keeping the
denominator straight (10.1 to 10.3; ERR-12), telling which vendor scale claims can be
compared (10.4), naming the layers a safe-city platform bundles (10.5), dating the
chapter's events to their sources (10.6), and deciding which statements the sources
support (10.7; ERR-12, ERR-32). Every fact used here is stated, with its source, in
book/ch10_smart_safe_cities.md. The counts 32, 20, 27, 16, 31, 21 are derived from the
CSIS percentages (the chapter says so); CSIS did not publish them.

Scenario items (issue 16) are choices about invented cases the chapter does not tell: 10.2 and 10.9 to 10.12. Each option carries its reason (`why`); the rules they rest on are in the chapter, with citations. Levels follow the written rule in CONTRIBUTING.
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
            "10.1", name="implied_counts", points=3, level="apply",
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
            prompt="**Case (invented).** A 2026 study found 40 \"safe city\" contracts in 25 countries. It "
                   "reports that 60% of the contracts were in countries rated Not Free. A journalist writes: "
                   "\"15 of the 25 countries are Not Free.\" What can you say?",
            options={"a": "the 60% is of 40 contracts, so 24 contracts; it does not say how many of the 25 "
                          "countries are Not Free",
                     "b": "the journalist is right, since 60% of the 25 countries in the study is 15 countries",
                     "c": "the share must be of countries, since Freedom House gives a status to countries, not "
                          "to contracts",
                     "d": "24 of the 25 countries are Not Free, since 60% of the 40 contracts is 24 contracts"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: the denominator is contracts. A country with several contracts counts several times, "
                      "so the number of Not Free countries cannot be read from the share.",
                 "b": "Wrong: this takes the share of contracts as a share of countries, the report's error about "
                      "CSIS (ERR-12).",
                 "c": "Wrong: Freedom House rates countries, but the study classified each contract by the status "
                      "of its country. The share is still a share of contracts.",
                 "d": "Wrong: 24 is a number of contracts, not of countries. Several of them may be in the same "
                      "country."},
            hint="Ask what the 60% is a share of. Then ask whether one country can hold more than one contract.",
            explanation="As with CSIS's 73 agreements in 52 countries (CSIS 2019), the study's share is of "
                        "contracts: 60% of 40 is 24 contracts in Not Free countries. Those 24 may sit in any number "
                        "of the 25 countries, so the journalist's 15 (60% of 25) repeats ERR-12, and (d) turns a "
                        "count of contracts into a count of countries.",
            teaches="finding the denominator of a share in a new study"),
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
            "10.4", name="claim_differences", points=3, level="apply",
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
            "10.5", name="Q10_5", points=3, level="recall",
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
            "10.7", name="Q10_7", points=3, level="recall",
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
        Choice(
            "10.9", name="Q10_9", points=3, level="analyse",
            prompt="**Case (invented).** A city's tender for a \"smart traffic platform\" contains this clause: "
                   "\"The supplier shall provide an analytics module able to search all camera feeds for a "
                   "person or a vehicle at the request of the police, with a facial-recognition licence that "
                   "the city may activate later.\" The city council is told the platform is \"only for "
                   "traffic\". What does the clause show?",
            options={"a": "a traffic system only, because the tender's title and the council's briefing both describe "
                          "it that way",
                     "b": "a harmless clause, because facial recognition would only be switched on at some "
                          "later date",
                     "c": "a capability to search for people is bought now; its use will depend on law, "
                          "operators and oversight",
                     "d": "an unlawful clause, because searching camera feeds for people always breaks the "
                          "law"},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: what decides how a platform is used is not its label but the law, the operators "
                      "and the oversight. The clause itself buys a search tool for the police.",
                 "b": "Wrong: this is the City Brain lesson. A platform sold for traffic can later search feeds "
                      "for people, and whether it does depends on decisions made later. The licence is bought "
                      "now.",
                 "c": "Right: every layer of a safe-city platform is dual use. The clause adds analytics that "
                      "search for people and a facial-recognition option, so the questions about legal basis, "
                      "audit and operator apply now, whatever the title.",
                 "d": "Wrong: the chapter does not treat a capability as unlawful in itself. Whether a use is "
                      "lawful depends on its legal basis and oversight, which the clause does not settle."},
            hint="Re-read the dual-use point at the end of the first section, and the City Brain section: what "
                 "decides how a platform is used?",
            explanation="The clause buys the analytics layer (person and vehicle search) and an option on facial "
                        "recognition. The chapter's dual-use point (IRI 2024) and the City Brain case (Alibaba "
                        "2018; a facial-recognition plan reported in 2020) show that a traffic label does not "
                        "limit later use; law, operators and oversight do. The right response is to ask the "
                        "chapter's questions now, not to call the clause harmless or unlawful.",
            teaches="reading a procurement clause for what it buys"),
        Choice(
            "10.10", name="Q10_10", points=3, level="evaluate",
            prompt="**Case (invented).** A vendor's offer to a city says: \"Our safe-city platform cut crime by "
                   "40% in City P within one year.\" It gives no study and no data, and does not say who "
                   "measured the fall. A council member asks how much weight to give this sentence. Which "
                   "answer does the chapter support best?",
            options={"a": "little on its own: a vendor's self-claim with no data, of a kind CSIS found hard to "
                          "verify",
                     "b": "a lot: the vendor runs the platform in City P, so it knows the results best",
                     "c": "none at all: a vendor's self-claim is false by definition and can be ignored",
                     "d": "a lot, if the vendor serves many cities, since wide use by police and cities shows that "
                          "the platform works"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: the vendor is speaking about its own product, with no stated method. CSIS found "
                      "the benefits of Huawei's Safe City products difficult to verify and, in some cases, "
                      "grossly exaggerated. Ask for an independent evaluation.",
                 "b": "Wrong: knowing the platform does not make the vendor independent. A vendor self-claim "
                      "needs an independent check, all the more when it supports a sale.",
                 "c": "Wrong: the type of a claim is not a verdict on its truth. The claim may be true; it "
                      "simply cannot be weighed until someone checks it.",
                 "d": "Wrong: scale figures are themselves vendor self-claims, and the number of buyers says "
                      "nothing about whether crime fell anywhere."},
            hint="Who makes this claim, and how do they know? Then re-read what CSIS found about the benefits "
                 "of Safe City products, the finding the report left out.",
            explanation="A benefit figure from the seller is a vendor self-claim with no method. CSIS (4 November "
                        "2019) found such benefits \"difficult to verify\" and \"grossly exaggerated in some "
                        "cases\". Question 5 of the chapter's list applies: ask for independent evaluation. The "
                        "claim should be neither accepted nor dismissed.",
            teaches="weighing a vendor's benefit claim in a procurement"),
        Choice(
            "10.11", name="Q10_11", points=3, level="analyse",
            prompt="**Case (invented).** A draft contract for a city's safe-city platform says: \"The supplier "
                   "shall store all video and face-match records on its own servers for as long as they are "
                   "useful to the service. Access for other parties is at the supplier's discretion.\" Which "
                   "of the chapter's questions about a city platform does this clause leave most clearly "
                   "unanswered?",
            options={"a": "what the platform collects, since the clause does not name any kind of data",
                     "b": "none: where the supplier stores the records is a technical detail of the service, not a "
                          "question of rights",
                     "c": "only whether the price is fair, since long storage on the supplier's servers costs "
                          "more",
                     "d": "how long data is kept, and who can audit it: there is no limit, and access is up to "
                          "the supplier"},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: the clause does name the data: video and face-match records. So it answers the "
                      "question of what is collected, and the answer includes faces.",
                 "b": "Wrong: the chapter's list asks how long data is kept and who can audit it. Storage "
                      "terms decide both, so they are a question of rights, not only of technology.",
                 "c": "Wrong: cost may matter to a council, but the chapter's questions are about control of "
                      "the platform and its data.",
                 "d": "Right: \"as long as they are useful\" sets no time limit, and access \"at the "
                      "supplier's discretion\" leaves no body, such as a court or a data-protection "
                      "authority, a right to check the records."},
            hint="Go through the chapter's six questions one by one and ask which the clause answers, and "
                 "which it leaves open.",
            explanation="The clause answers question 2 (video and faces are collected) and leaves open question "
                        "3 (how long data is kept, and on what legal basis) and question 4 (who can audit). A "
                        "careful councillor asks for a retention limit, a legal basis and an audit right, and "
                        "for the contract to be public (Privacy International 2021 on the lack of transparency "
                        "in these deals).",
            teaches="reading a contract clause against the chapter's questions"),
        Choice(
            "10.12", name="Q10_12", points=3, level="analyse",
            prompt="**Case (invented).** In 2023 a vendor said its platforms ran in \"more than 80 cities and "
                   "regions, including in China\". In 2025 the same vendor said it had \"more than 50 cities "
                   "abroad\". A news site writes that the vendor \"lost 30 cities in two years\". What is "
                   "the best response to the news site?",
            options={"a": "correct: 80 minus 50 is 30, and both of the figures come from the same vendor's statements",
                     "b": "no trend can be drawn: the unit and coverage differ, and both are vendor claims",
                     "c": "wrong: the vendor grew, since \"more than 50\" has no ceiling and may be above 80",
                     "d": "correct, as long as both figures use the same label, such as \"safe city\""},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the same source does not make two figures comparable. One counts cities and "
                      "regions, including China; the other counts cities abroad only.",
                 "b": "Right: \"cities and regions\" is a different unit from \"cities\", and one figure "
                      "includes China while the other excludes it. Both are self-claims that nobody counted "
                      "independently, so they cannot be turned into a trend.",
                 "c": "Wrong: this draws a trend the other way from the same incomparable figures. Neither a "
                      "fall nor a rise can be read from them.",
                 "d": "Wrong: the label is only one of the things that must match. The unit and the coverage "
                      "differ here as well."},
            hint="Compare the two figures column by column, as the chapter does for Huawei's claims: unit, "
                 "label, coverage and who counted.",
            explanation="The chapter's reading of Huawei's figures (700 \"cities and regions\" with China in "
                        "2020, 160 cities in 2021) applies: different units and coverage, and self-claims with no "
                        "independent count, so the figures show neither growth nor decline. The honest summary "
                        "gives each dated claim with its claimant.",
            teaches="judging a trend drawn from vendor figures"),
    ],
)
