"""Graded spec for chapter 7, export controls. Instructor-only: holds the answers.

The scenarios use one simplified model of each regime, stated in the prompts:
PRC Export Control Law (2020) Art. 12: a licence for listed items, and for unlisted
items only when the exporter knows, should know or is told that they may endanger
national security and interests, serve weapons of mass destruction, or serve
terrorism. EU Regulation 2021/821: authorisation for listed items, and the EU-wide
catch-alls of Art. 4 (WMD; military end use in an arms-embargoed country) and Art. 5
(cyber-surveillance items intended for internal repression or serious human-rights
violations, once the exporter is aware or informed). Item 7.11 asks for the full Art. 5 rule
(notify when aware; authorisation when informed), not the simplified model.

Scenario items (issue 16) are choices about invented cases the chapter does not tell: 7.9 and 7.11 to 7.15. Each option carries its reason (`why`); the rules they rest on are in the chapter, with citations. Levels follow the written rule in CONTRIBUTING.
"""
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, MultiChoice, Number, Ordering, Written


def scenario(name, *, prc=False, eu=False, cyber=False, risks=(), aware=False):
    return {"name": name, "on_prc_list": prc, "on_eu_list": eu, "cyber_surveillance": cyber,
            "risks": list(risks), "exporter_aware": aware}


FR_TO_POLICE = scenario("face-recognition platform for a police force reported to target a minority",
                        cyber=True, risks=["internal_repression", "human_rights_abuse"], aware=True)
LISTED_BOTH = scenario("encryption module on both control lists", prc=True, eu=True)
WMD_UNLISTED = scenario("unlisted sensors for a missile programme", risks=["wmd"], aware=True)
TERROR_CAMERA = scenario("unlisted cameras for an armed group's attacks", risks=["terrorism"], aware=True)
UNAWARE_INTERCEPT = scenario("interception software, misuse not known to the exporter",
                             cyber=True, risks=["internal_repression"], aware=False)
PRC_SECURITY = scenario("unlisted drones that could harm PRC national security", risks=["national_security"], aware=True)
SERVERS_ABUSE = scenario("ordinary servers for a ministry with a record of abuse",
                         cyber=False, risks=["human_rights_abuse"], aware=True)
PRC_LIST_ONLY = scenario("item on the PRC list only", prc=True)
EU_LIST_ONLY = scenario("item on the EU list only", eu=True)
EMBARGO_MILITARY = scenario("unlisted radios for an army under an arms embargo",
                            risks=["military_end_use_embargoed"], aware=True)
CYBER_TERROR = scenario("spyware for a group planning attacks", cyber=True, risks=["terrorism"], aware=True)
CYBER_ABUSE_UNAWARE = scenario("spyware, abuse risk unknown to exporter", cyber=True,
                               risks=["human_rights_abuse"], aware=False)
LISTED_PRC_REPRESSION = scenario("listed PRC item for internal repression", prc=True, cyber=True,
                                 risks=["internal_repression"], aware=True)

# Practice cases: released with the learner copy, checked with full feedback. Each has
# a name and fields unlike every public and hidden case above.
PRACTICE_JAILS_JOURNALISTS = scenario("practice: spyware for a security service that jails journalists",
                                      cyber=True, risks=["internal_repression"], aware=True)
PRACTICE_WMD_NOT_TOLD = scenario("practice: unlisted chips for a weapons laboratory, exporter not told",
                                 risks=["wmd"], aware=False)
PRACTICE_ATTACKS_AND_MISSILES = scenario("practice: unlisted engines for a group planning attacks and a missile "
                                         "programme", risks=["terrorism", "wmd"], aware=True)
PRACTICE_EU_LISTED_SECURITY = scenario("practice: satellite phones on the EU list that could harm PRC security",
                                       eu=True, risks=["national_security"], aware=True)
PRACTICE_PRC_LISTED_NO_RISK = scenario("practice: camera module on the PRC list, no known risk", prc=True,
                                       cyber=True)
PRACTICE_LAPTOPS_TORTURE = scenario("practice: office laptops for a police unit that tortures detainees",
                                    risks=["human_rights_abuse"], aware=True)
PRACTICE_TRUCKS_ATTACKS = scenario("practice: unlisted trucks for a group planning attacks", risks=["terrorism"],
                                   aware=True)

CASE_FIELDS = """Each case is a dict like
`{"name": "...", "on_prc_list": False, "on_eu_list": False, "cyber_surveillance": True,
"risks": ["internal_repression"], "exporter_aware": True}`. `risks` may contain
`"national_security"`, `"wmd"`, `"terrorism"`, `"military_end_use_embargoed"`,
`"internal_repression"` and `"human_rights_abuse"`."""

CHAPTER = Chapter(
    slug="ch07_export_controls",
    title="Export controls",
    items=[
        Choice(
            "7.1", name="Q7_1", points=2, level="recall",
            prompt="Article 12 of the PRC Export Control Law (2020) makes exporters apply for a licence "
                   "for an item on no control list when they know, should know or are told it may be "
                   "used in certain ways. Which ground is **not** among them?",
            options={"a": "endangering national security and interests",
                     "b": "weapons of mass destruction and their means of delivery",
                     "c": "terrorist purposes",
                     "d": "serious violations of human rights"},
            answer="d", wrong=["a", "c"],
            hint="Re-read the section on the PRC law's catch-all: it names three grounds, all about "
                 "security. Which option is about the people the item is used on?",
            explanation="The Art. 12 catch-all covers national security and interests, WMD and "
                        "terrorism only. No human-rights ground exists, which is the report's central "
                        "point about the PRC regime.",
            teaches="the PRC catch-all has no human-rights ground"),
        Choice(
            "7.2", name="Q7_2", points=2, level="recall",
            prompt="The report dates the Wassenaar Arrangement's surveillance controls to 2017. What does "
                   "the record of the Arrangement's plenaries show?",
            options={"a": "the controls were first adopted in 2017",
                     "b": "the controls were agreed in December 2013 and amended with exemptions in 2017",
                     "c": "the controls were adopted in 2021 together with the EU regulation",
                     "d": "the controls were adopted in 2017, when the PRC joined the Arrangement"},
            answer="b", wrong=["a", "d"],
            hint="Look for the plenary that first added intrusion software and IP network surveillance "
                 "systems, and what the later plenary changed.",
            explanation="The December 2013 plenary added the controls; the 2017 plenary added exemptions "
                        "(e.g. vulnerability disclosure). The PRC has never been a participating state.",
            teaches="correcting a date in the report (ERR-05)"),
        MultiChoice(
            "7.3", name="Q7_3", points=3, level="recall",
            prompt="Which of these instruments are **legally binding** on those they address? Give the "
                   "set of letters.",
            options={"a": "the PRC Export Control Law (2020)",
                     "b": "EU Regulation 2021/821",
                     "c": "the Export Controls and Human Rights Initiative's Code of Conduct (2023)",
                     "d": "the UN Special Rapporteur's 2019 call for a moratorium",
                     "e": "the US Commerce Department's interim final rule on cybersecurity items (2021)",
                     "f": "Commission Recommendation (EU) 2024/2659 (the Article 5 guidelines)"},
            answer={"a", "b", "e"}, wrong=[{"a", "b", "c", "e"}, {"a", "b", "e", "f"}, {"b", "e"}],
            hint="A statute, a regulation and a rule bind; a code of conduct, a rapporteur's report and "
                 "a recommendation guide. Check the legal form of each.",
            explanation="Laws, EU regulations and US rules are binding. The ECHRI Code is a voluntary "
                        "political commitment; a Special Rapporteur's report and a Commission "
                        "Recommendation are not binding.",
            teaches="binding law vs political commitments and guidance"),
        Ordering(
            "7.4", name="Q7_4", points=3, level="apply",
            prompt="Put these events in the order they happened (earliest first), as a list of letters.",
            entries={"A": "EU Regulation 2021/821 adopted",
                     "B": "Wassenaar plenary agrees intrusion-software and IP-surveillance controls",
                     "C": "PRC Export Control Law comes into force",
                     "D": "UN Special Rapporteur's report A/HRC/41/35 calls for a moratorium",
                     "E": "US interim final rule on cybersecurity items published",
                     "F": "PRC dual-use export regulations (State Council Order 792) come into force",
                     "G": "US adds Hikvision, Dahua and others to the Entity List"},
            answer=["b", "d", "g", "c", "a", "e", "f"],
            wrong=[["d", "g", "b", "c", "a", "e", "f"], ["b", "d", "g", "a", "c", "e", "f"]],
            hint="Date each event to the month first (the chapter's timeline table helps). Two of them "
                 "fall in the same year as each other more than once.",
            explanation="Dec 2013 (B), May 2019 (D), Oct 2019 (G), Dec 2020 (C), May 2021 (A), "
                        "Oct 2021 (E), Dec 2024 (F). Learners who trust the report's 2017 date for "
                        "Wassenaar put B after G.",
            teaches="building a dated timeline across regimes"),
        Function(
            "7.5", name="prc_licence_required", points=3, level="apply",
            signature="prc_licence_required(case: dict) -> bool",
            prompt="Write `prc_licence_required(case)` that returns `True` when the PRC Export Control "
                   "Law (as modelled in the chapter) requires a licence: the item is on a PRC control "
                   "list, **or** the exporter is aware of a risk that is one of the Art. 12 grounds "
                   "(`national_security`, `wmd`, `terrorism`). " + CASE_FIELDS,
            public_cases=[Case(LISTED_BOTH, expect=True), Case(FR_TO_POLICE, expect=False),
                          Case(WMD_UNLISTED, expect=True)],
            hidden_cases=[Case(TERROR_CAMERA, expect=True), Case(UNAWARE_INTERCEPT, expect=False),
                          Case(PRC_SECURITY, expect=True), Case(SERVERS_ABUSE, expect=False),
                          Case(PRC_LIST_ONLY, expect=True), Case(EU_LIST_ONLY, expect=False),
                          Case(EMBARGO_MILITARY, expect=False),
                          Case(scenario("terror risk not known", risks=["terrorism"], aware=False), expect=False)],
            # Worked by hand from the prompt's rule: listed, or aware of one of the three grounds.
            practice_cases=[Case(PRACTICE_JAILS_JOURNALISTS, expect=False),   # repression is no Art. 12 ground
                            Case(PRACTICE_WMD_NOT_TOLD, expect=False),        # a ground, but not aware
                            Case(PRACTICE_PRC_LISTED_NO_RISK, expect=True),   # listed: no risk needed
                            Case(PRACTICE_ATTACKS_AND_MISSILES, expect=True)],
            mutant_code=[
                "def prc_licence_required(case):\n"
                "    return case['on_prc_list'] or bool(set(case['risks']) & "
                "{'national_security', 'wmd', 'terrorism', 'internal_repression', 'human_rights_abuse'}) and case['exporter_aware']\n",
                "def prc_licence_required(case):\n"
                "    return case['on_prc_list'] or bool(set(case['risks']) & {'national_security', 'wmd', 'terrorism'})\n",
                "def prc_licence_required(case):\n"
                "    return case['exporter_aware'] and bool(set(case['risks']) & {'national_security', 'wmd', 'terrorism'})\n",
            ],
            hint="Two separate ways to need a licence: being listed, or (awareness AND a risk among the "
                 "three Art. 12 grounds). Human-rights risks are not among them.",
            explanation="`return case['on_prc_list'] or (case['exporter_aware'] and any(r in "
                        "{'national_security', 'wmd', 'terrorism'} for r in case['risks']))`",
            teaches="applying a list-plus-catch-all rule"),
        Function(
            "7.6", name="eu_authorisation_required", points=3, level="apply",
            signature="eu_authorisation_required(case: dict) -> bool",
            prompt="Write `eu_authorisation_required(case)` for the EU model: `True` when the item is on "
                   "the EU list; or the exporter is aware of a `wmd` or `military_end_use_embargoed` "
                   "risk (Art. 4); or the item is a cyber-surveillance item and the exporter is aware of "
                   "an `internal_repression` or `human_rights_abuse` risk (Art. 5). Terrorism and PRC "
                   "national security are not EU-wide catch-all grounds in this model. " + CASE_FIELDS,
            public_cases=[Case(FR_TO_POLICE, expect=True), Case(LISTED_BOTH, expect=True),
                          Case(TERROR_CAMERA, expect=False)],
            hidden_cases=[Case(WMD_UNLISTED, expect=True), Case(UNAWARE_INTERCEPT, expect=False),
                          Case(PRC_SECURITY, expect=False), Case(SERVERS_ABUSE, expect=False),
                          Case(PRC_LIST_ONLY, expect=False), Case(EU_LIST_ONLY, expect=True),
                          Case(EMBARGO_MILITARY, expect=True), Case(CYBER_TERROR, expect=False),
                          Case(CYBER_ABUSE_UNAWARE, expect=False)],
            practice_cases=[Case(PRACTICE_JAILS_JOURNALISTS, expect=True),    # Art. 5: cyber + aware + repression
                            Case(PRACTICE_WMD_NOT_TOLD, expect=False),        # Art. 4 needs awareness
                            Case(PRACTICE_LAPTOPS_TORTURE, expect=False),     # Art. 5 needs a cyber item
                            Case(PRACTICE_TRUCKS_ATTACKS, expect=False),      # terrorism is no EU catch-all
                            Case(PRACTICE_EU_LISTED_SECURITY, expect=True)],  # on the EU list
            mutant_code=[
                "def eu_authorisation_required(case):\n"
                "    r = set(case['risks'])\n"
                "    return case['on_eu_list'] or (case['exporter_aware'] and bool(r & {'wmd', 'military_end_use_embargoed', 'internal_repression', 'human_rights_abuse'}))\n",
                "def eu_authorisation_required(case):\n"
                "    r = set(case['risks'])\n"
                "    return case['on_eu_list'] or bool(r & {'wmd', 'military_end_use_embargoed'}) or (case['cyber_surveillance'] and bool(r & {'internal_repression', 'human_rights_abuse'}))\n",
                "def eu_authorisation_required(case):\n"
                "    r = set(case['risks'])\n"
                "    return case['on_eu_list'] or (case['exporter_aware'] and bool(r & {'wmd', 'military_end_use_embargoed', 'terrorism'})) or (case['exporter_aware'] and case['cyber_surveillance'] and bool(r & {'internal_repression', 'human_rights_abuse'}))\n",
            ],
            hint="Three routes: listed; aware + an Art. 4 risk; aware + cyber-surveillance item + a "
                 "human-rights risk. Art. 5 needs all three of its conditions at once.",
            explanation="`r = set(case['risks']); return case['on_eu_list'] or (case['exporter_aware'] and "
                        "bool(r & {'wmd', 'military_end_use_embargoed'})) or (case['exporter_aware'] and "
                        "case['cyber_surveillance'] and bool(r & {'internal_repression', 'human_rights_abuse'}))`",
            teaches="applying the EU cyber-surveillance catch-all"),
        Function(
            "7.7", name="regimes_disagree", points=2, level="apply", uses=["7.5", "7.6"],
            signature="regimes_disagree(cases: list) -> list",
            prompt="Write `regimes_disagree(cases)` that takes a list of cases and returns the **names** "
                   "of the cases where the PRC and EU models give different answers, sorted "
                   "alphabetically. Reuse your two functions.",
            public_cases=[Case([FR_TO_POLICE, LISTED_BOTH, TERROR_CAMERA],
                               expect=sorted([FR_TO_POLICE["name"], TERROR_CAMERA["name"]])),
                          Case([], expect=[])],
            hidden_cases=[Case([WMD_UNLISTED, UNAWARE_INTERCEPT, SERVERS_ABUSE], expect=[]),
                          Case([PRC_SECURITY, EU_LIST_ONLY, PRC_LIST_ONLY, EMBARGO_MILITARY],
                               expect=sorted([PRC_SECURITY["name"], EU_LIST_ONLY["name"], PRC_LIST_ONLY["name"],
                                              EMBARGO_MILITARY["name"]])),
                          Case([CYBER_TERROR, LISTED_PRC_REPRESSION, FR_TO_POLICE],
                               expect=sorted([CYBER_TERROR["name"], FR_TO_POLICE["name"]]))],
            # PRC/EU answers: jails journalists F/T, attacks and missiles T/T, trucks T/F;
            # WMD not told F/F, EU-listed security T/T, PRC-listed no risk T/F.
            practice_cases=[Case([PRACTICE_JAILS_JOURNALISTS, PRACTICE_ATTACKS_AND_MISSILES, PRACTICE_TRUCKS_ATTACKS],
                                 expect=["practice: spyware for a security service that jails journalists",
                                         "practice: unlisted trucks for a group planning attacks"]),
                            Case([PRACTICE_WMD_NOT_TOLD, PRACTICE_EU_LISTED_SECURITY, PRACTICE_PRC_LISTED_NO_RISK],
                                 expect=["practice: camera module on the PRC list, no known risk"])],
            mutant_code=[
                "def regimes_disagree(cases):\n"
                "    return sorted(c['name'] for c in cases if prc_licence_required(c) and not eu_authorisation_required(c))\n",
                "def regimes_disagree(cases):\n"
                "    return sorted(c['name'] for c in cases if prc_licence_required(c) == eu_authorisation_required(c))\n",
            ],
            hint="Compare the two answers for each case; keep the case's name when they differ, in either "
                 "direction; sort at the end.",
            explanation="`return sorted(c['name'] for c in cases if prc_licence_required(c) != "
                        "eu_authorisation_required(c))`. The disagreements are the teaching point: "
                        "human-rights cases only the EU catches; terrorism and PRC security cases only the "
                        "PRC catches.",
            teaches="comparing two rule systems case by case"),
        Number(
            "7.8", name="Q7_8", points=2, level="apply",
            prompt="How many **complete** years passed between the Wassenaar plenary that agreed the "
                   "surveillance controls and the PRC Export Control Law coming into force? Count a year only "
                   "once its anniversary has been reached: from 10 March 2015 to 9 March 2017 is 1 complete "
                   "year, not 2. Give a whole number.",
            # Complete years, not a difference of calendar years: the two dates are days short of an
            # anniversary, and 7 (2020 - 2013) is the reading this method rules out (issue 16).
            answer=6, places=0, wrong=[7, 3, 2],
            hint="Use the corrected date for the Wassenaar controls, not the one in the report, and the "
                 "day the PRC law took effect. Then check whether the last anniversary had been reached.",
            explanation="3-4 December 2013 to 1 December 2020: the seventh anniversary (3 December 2020) was "
                        "two days away, so 6 complete years. Subtracting the years (2020 - 2013) gives 7, one "
                        "too many. The report's 2017 date would give 2 complete years (3 by subtraction).",
            teaches="date arithmetic with corrected dates"),
        Choice(
            "7.9", name="Q7_9", points=2, level="analyse",
            prompt="**Case (invented).** A company in an EU member state sells a system for delivering intrusion "
                   "software, of the kind Wassenaar listed in December 2013 (category 4.A.5). The buyer is the "
                   "police of a democracy with no record of abuse, in a country under no arms embargo. The "
                   "sales manager says that no authorisation is needed. Under Regulation 2021/821, which answer "
                   "is right?",
            options={"a": "none: Article 5 applies only when the exporter knows of a risk of repression, and "
                          "there is none",
                     "b": "none: the 2017 Wassenaar exemptions took intrusion tools sold to police off the list",
                     "c": "an authorisation: the item is on the EU list (Annex I), so the buyer's record does not "
                          "matter",
                     "d": "none: Wassenaar is non-binding, so its lists bind no exporter in the EU"},
            answer="c", wrong=["a", "d"],
            why={"a": "Wrong: Article 5 is a catch-all for unlisted items. Ask first whether the item is on a "
                      "control list; only if it is not does a catch-all matter.",
                 "b": "Wrong: the 2017 exemptions cover activities such as vulnerability disclosure and incident "
                      "response, not sales of intrusion tools to the police.",
                 "c": "Right: the EU list in Annex I includes the Wassenaar categories. A listed item needs an "
                      "authorisation whoever the buyer is, so the buyer's good record does not change the answer.",
                 "d": "Wrong: Wassenaar itself is non-binding, but each state writes its lists into its own law. "
                      "The EU did so in Annex I of a binding regulation."},
            hint="Ask the chapter's three questions in order. The first is whether the item is on a control list, "
                 "and the EU section says what Annex I includes.",
            explanation="Item on a list? Yes: Wassenaar's 2013 intrusion-software categories (4.A.5 for systems "
                        "that generate or deliver it) are in the EU's Annex I (Wassenaar 2013; Regulation "
                        "2021/821). A list-based control applies whoever the buyer is, so the catch-alls of "
                        "Articles 4 and 5, and the buyer's record, never come into it. The 2017 exemptions concern "
                        "vulnerability disclosure and incident response (Wassenaar 2017).",
            teaches="applying a list-based control before any catch-all"),
        Written(
            "7.10", name="BRIEF_7_10", points=3, level="evaluate",
            prompt="Write a briefing note of 150 to 300 words for a legislator in a country that exports "
                   "surveillance technology and has no human-rights ground in its export law. Should it add "
                   "a catch-all like EU Article 5? Use three headings, each on its own line: `Situation`, "
                   "`Options`, `Recommendation`. Cite at least two sources as `[source: ...]`.",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["Situation", "Options", "Recommendation"]}),
                   ("cites_sources", {"minimum": 2})],
            rubric=[Criterion("accuracy", 2, "States correctly what the PRC catch-all covers and what EU Art. 5 requires."),
                    Criterion("attribution", 2, "Attributes and dates each claim; distinguishes law from guidance."),
                    Criterion("options", 2, "Weighs at least two options with their costs, including enforcement."),
                    Criterion("recommendation", 2, "The recommendation follows from the analysis and is feasible.")],
            hint="Check the length, put each heading on a line by itself, and cite sources in the form "
                 "[source: EU Regulation 2021/821].",
            explanation="A strong note names the gap (no human-rights ground), the EU model (aware or "
                        "informed; cyber-surveillance items; internal repression or serious violations), "
                        "the 2024 guidelines, enforcement capacity and the risk of displacement to other "
                        "suppliers, and recommends a scoped catch-all with due-diligence guidance.",
            teaches="turning a legal comparison into policy advice"),
        Choice(
            "7.11", name="Q7_11", points=3, level="analyse",
            prompt="**Case (invented).** A company in an EU member state sells software that is specially designed "
                   "to read people's phone messages in secret. It is on no control list. The buyer is the interior "
                   "ministry of a country under no arms embargo. No authority has contacted the company, but its own "
                   "due diligence finds UN reports that the ministry uses such tools to track peaceful protesters. "
                   "Under Article 5 of Regulation 2021/821, as the chapter describes it in full (not the simplified "
                   "model of 7.6), what must the company do?",
            options={"a": "nothing, because Article 5 applies only to countries under an arms embargo",
                     "b": "stop the sale, because Article 5 bans such exports to abusive governments",
                     "c": "notify its national authority, which decides whether to require an authorisation",
                     "d": "apply for an authorisation at once, because it is aware of the risk of repression"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: arms embargoes belong to Article 4, for military end uses. Article 5 is a human-rights "
                      "rule that can apply to any destination. The report makes this mix-up (ERR-06).",
                 "b": "Wrong: Article 5 is not a ban. It creates a duty to notify or to ask for an authorisation, "
                      "and the authority may still authorise the sale.",
                 "c": "Right: the item is unlisted and fits the definition of a cyber-surveillance item. The company "
                      "is aware of the risk from its own due diligence; nobody informed it. Awareness means it must "
                      "notify, and the authority then decides.",
                 "d": "Wrong: that is the simplified model of 7.6. In the full rule, an authorisation is required "
                      "at once only when the authority has informed the exporter. An exporter that is aware on its "
                      "own must notify, and the authority decides."},
            hint="Re-read the section on the European Union: Article 5 has two steps, one for an exporter that is "
                 "informed and one for an exporter that is aware. Which step fits this company?",
            explanation="Annex I: no. Cyber-surveillance item: yes (covert monitoring of messages). Article 5: the "
                        "authority did not inform the exporter. Its due diligence made it aware of an intended "
                        "use for internal repression, so it must notify; the authority decides whether "
                        "an authorisation is required (Regulation 2021/821). The exercises' model (7.6) treats "
                        "awareness as enough for an authorisation (d); the full rule does not. Embargoes (a) "
                        "belong to Article 4, and nothing in Article 5 is a ban (b).",
            teaches="applying EU Article 5 to a new export"),
        Choice(
            "7.12", name="Q7_12", points=3, level="analyse",
            prompt="**Case (invented).** A PRC company exports voice-recognition software. It is on no PRC control "
                   "list and under no temporary control. The buyer, a foreign interior ministry, says openly that "
                   "it will use the software to find members of an opposition party for arrest. The PRC "
                   "authorities have sent the company no notice. Does the PRC Export Control Law require a "
                   "licence for this export?",
            options={"a": "yes, because Article 12 covers exports the exporter knows may serve serious "
                          "human-rights violations",
                     "b": "no, because the item is unlisted and the risk fits none of Article 12's grounds",
                     "c": "no, because the PRC law has no catch-all rule for unlisted items at all",
                     "d": "yes, because the 2024 dual-use regulations cover every surveillance export"},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: Article 12 names three grounds: national security and interests, weapons of mass "
                      "destruction, and terrorism. Human rights is not one of them.",
                 "b": "Right: the item is not listed, so only Article 12 could apply. The company knows of a risk, "
                      "but it is a risk to people's rights, not one of the three grounds. No licence is needed.",
                 "c": "Wrong: the law does have a catch-all, Article 12. Saying it has none is the report's framing "
                      "that the chapter corrects (ERR-04). The gap is a missing ground, not a missing catch-all.",
                 "d": "Wrong: the 2024 regulations (Order No. 792) frame their aim as national security and "
                      "interests. The chapter found no human-rights ground in them."},
            hint="Ask the chapter's three questions in order: is it listed, is there a catch-all, and which "
                 "grounds does that catch-all name?",
            explanation="Unlisted and under no temporary control, so only the Art. 12 catch-all could apply "
                        "(PRC Export Control Law 2020). Knowledge is present, but the known risk (arrest of "
                        "opposition members) is a human-rights risk, which none of the three grounds covers. "
                        "Learners who read the law as having no catch-all (ERR-04) reach the right result for "
                        "the wrong reason; learners who assume a human-rights ground pick (a).",
            teaches="applying the PRC Article 12 catch-all to a new export"),
        Choice(
            "7.13", name="Q7_13", points=3, level="analyse",
            prompt="**Case (invented).** In 2026 the US Commerce Department adds a PRC camera maker, Firm K, to "
                   "the Entity List. Two US organisations ask you for advice. A US bank asks whether it may keep "
                   "Firm K's account. A US university asks whether it may send Firm K a US-made chip that is "
                   "subject to the Export Administration Regulations (EAR). Which advice fits what a listing does?",
            options={"a": "the chip needs a licence; the listing by itself does not bar the bank account",
                     "b": "both are banned, since a listed firm may not deal with any US business or person at all",
                     "c": "the bank must freeze Firm K's assets; the chip may be sent freely",
                     "d": "nothing changes until the UN Security Council endorses the listing"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: a listing requires a licence for exports, re-exports and transfers of items subject "
                      "to the EAR to the listed party. It is not a ban on all dealings.",
                 "b": "Wrong: this is the report's error (ERR-11). A general ban on dealings is what the Treasury's "
                      "Specially Designated Nationals list does, not the Entity List.",
                 "c": "Wrong: asset freezes also belong to the Treasury's sanctions list. And the chip is exactly "
                      "the kind of item a listing controls.",
                 "d": "Wrong: the Entity List is a US rule under US export regulations. It needs no UN step."},
            hint="Re-read 'The Entity List (2019)': what does a listing require, and for which items? Which US "
                 "list is the one that bans all dealings?",
            explanation="An Entity List listing imposes a licence requirement on items subject to the EAR going to "
                        "the listed party (BIS 2019); the chip is such an item. Blanket transaction bans and "
                        "asset freezes are the Treasury's SDN list (OFAC). The report describes the Meiya Pico "
                        "listing as a transaction ban (ERR-11), which is option (b).",
            teaches="applying what an Entity List listing does to a new firm"),
        Choice(
            "7.14", name="Q7_14", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 a blog post says: \"Ecuador endorsed the ECHRI Code of Conduct in "
                   "2023, so Ecuadorian firms now need a licence before they sell spyware to abusive "
                   "governments.\" Which judgement of this claim does the chapter support best?",
            options={"a": "supported: by endorsing the Code, Ecuador made its criteria binding law",
                     "b": "half right: Ecuador endorsed it, but the Code is voluntary and adds no licence duty",
                     "c": "wrong: Ecuador is not among the states that endorsed the Code in 2023",
                     "d": "wrong: the Code is binding, but only on its four founders: the US, Australia, Denmark and Norway"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the Code of Conduct is a voluntary political commitment. Endorsing it does not "
                      "make it law, and it changes no licence requirement by itself.",
                 "b": "Right: Ecuador is among the 25 states that endorsed the Code of 30 March 2023, but the Code "
                      "is voluntary. Whether Ecuadorian firms need a licence depends on Ecuador's own law.",
                 "c": "Wrong: the chapter names Ecuador among the 25 endorsing states. The first half of the claim "
                      "is accurate.",
                 "d": "Wrong: those four states launched the Initiative in 2021. The Code binds no one, founders "
                      "included; it is voluntary for all 25 states."},
            hint="Split the claim in two: is the fact about Ecuador right, and does the conclusion follow from the "
                 "legal force of the Code? The comparison table has a column on legal force.",
            explanation="The fact holds: Ecuador is among the 25 endorsing states (ECHRI 2023). The conclusion does "
                        "not: the Code is a voluntary political commitment that changes no licence requirement "
                        "by itself. A careful reader separates the accurate fact from the unsupported legal "
                        "conclusion and points to national law as the thing to check.",
            teaches="judging a claim about a voluntary code"),
        Choice(
            "7.15", name="Q7_15", points=3, level="evaluate",
            prompt="**Case (invented).** An EU company sells plain CCTV cameras, with no analytics software, to a "
                   "police force with a record of abuse. The cameras are on no control list. A campaign group "
                   "says: \"Article 5 of Regulation 2021/821 requires an authorisation for this sale.\" Which "
                   "judgement of the group's claim is best supported by the chapter?",
            options={"a": "doubtful: Article 5 covers only cyber-surveillance items, and a plain camera may not be one",
                     "b": "correct: Article 5 covers any item sold to police with a record of abuse",
                     "c": "wrong: Article 5 applies only where the buyer's country is under an arms embargo",
                     "d": "correct: plain cameras are among the surveillance items that Wassenaar added to its list in 2013"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: Article 5 applies only to items that meet the definition of a cyber-surveillance "
                      "item, specially designed for covert surveillance through data from information systems. "
                      "The chapter notes that a plain camera might not meet it.",
                 "b": "Wrong: Article 5 is limited to cyber-surveillance items. The buyer's record matters only "
                      "once the item fits that definition.",
                 "c": "Wrong: arms embargoes are in Article 4. Article 5 can apply to any destination (the report's "
                      "ERR-06 mix-up).",
                 "d": "Wrong: the 2013 Wassenaar categories are intrusion software and IP network surveillance "
                      "systems. A plain camera is neither."},
            hint="Before asking what the exporter knows, ask whether the item is the kind Article 5 covers. The "
                 "worked example makes this the exporter's first task.",
            explanation="Article 5 has two limits the chapter names: the item must meet the definition of a "
                        "cyber-surveillance item, and someone must know of the intended use (Regulation "
                        "2021/821). The worked example says a plain camera might not be such an item. So the "
                        "claim is doubtful, whatever the buyer's record. The Wassenaar categories (2013) are "
                        "intrusion software and network interception; arms embargoes belong to Article 4.",
            teaches="judging a claim about the reach of EU Article 5"),
    ],
)
