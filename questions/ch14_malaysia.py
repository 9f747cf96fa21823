"""Graded spec for chapter 14, Malaysia. Instructor-only: holds the answers.

The set practises the chapter's method for many small partnerships: place each one in its
technology layer and classify the government's role by an explicit rule (EX26); tell a
deployed capability from a planned one (Yitu, ERR-31); date a source from the clues inside
it, its web address and the office-holders it quotes (the Huawei lab, February 2021, not
2020: ERR-14, EX06); audit the report's snapshot table (ERR-19); and date the later
developments. Scenario items 14.8-14.11 are invented cases (a vendor's launch, a pilot, an
opinion article, an undated source) resting on facts the chapter states. Every real fact comes from book/ch14_malaysia.md and its sources; synthetic
cases are named as such. The month in which Muhyiddin Yassin became prime minister and
Saifuddin Abdullah communications minister (March 2020) is from domain-notes 4.3 [V].
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice,
                                 Ordering, Written)


def partnership(name, *, partners=(), regulator=False, trained=False, state_linked=False, minister=False,
                disowned=False):
    return {"name": name, "government_partners": list(partners), "regulator_awarded": regulator,
            "officials_trained": trained, "operator_state_linked": state_linked, "minister_appeared": minister,
            "disowned": disowned}


CITY_BRAIN = partnership("Alibaba Malaysia City Brain (January 2018)", partners=["MDEC", "DBKL"])
SKYVAST = partnership("Skyvast and Huawei AI infrastructure (May 2025)", minister=True, disowned=True)
YITU = partnership("Yitu body cameras for AFSB auxiliary police (February 2018)", state_linked=True)
XLY = partnership("Xly video-surveillance training in China (September 2018)", trained=True)
CYBER_LAB = partnership("Huawei, CyberSecurity Malaysia and Celcom lab (February 2021)",
                        partners=["CyberSecurity Malaysia"])
U_MOBILE = partnership("U Mobile's second 5G network with Huawei and ZTE (April 2025)", regulator=True)
HUAWEI_2015 = partnership("Huawei smart-city package launch (May 2015)", minister=True)

ROLE_FIELDS = """Each partnership is a dict like
`{"name": "...", "government_partners": ["MDEC"], "regulator_awarded": False, "officials_trained": False,
"operator_state_linked": False, "minister_appeared": False, "disowned": False}`:
`government_partners` lists government bodies that are formal parties to it, `regulator_awarded` says the
government awarded or licensed it through a regulator, `officials_trained` that officials were trained,
`operator_state_linked` that the operator is a body linked to the state, `minister_appeared` that a
minister launched or announced it, and `disowned` that the government later said it was not involved."""

ASEAN_TODAY = ("https://www.aseantoday.com/2021/02/malaysia-and-huawei-open-southeast-asias-first-"
               "cybersecurity-center-to-support-5g-growth/")


def source(claimed, url, officials=()):
    return {"claimed": claimed, "url": url, "officials_from": list(officials)}



def practice_partnership(name, **facts):
    """An invented partnership for the learner copy's practice cases: every fact False unless given."""
    return {"name": name, "government_partners": [], "regulator_awarded": False, "officials_trained": False,
            "operator_state_linked": False, "minister_appeared": False, "disowned": False, **facts}

CHAPTER = Chapter(
    slug="ch14_malaysia",
    title="Malaysia",
    items=[
        Matching(
            "14.1", name="Q14_1", points=4, level="recall",
            prompt="Place each partnership in its technology layer. The layers: **network** (the telecom links "
                   "that carry data, such as 5G); **data platform** (software that pools and analyses a city's "
                   "data); **biometrics** (identifying people by their bodies, such as faces); **training** "
                   "(teaching officials to use products); **cyber certification** (testing and certifying "
                   "systems for security); **computing** (chips and servers, for example for AI). Answer with a "
                   "dict such as `{\"city_brain\": \"a\", ...}`.",
            left={"city_brain": "Alibaba's Malaysia City Brain with MDEC and Kuala Lumpur City Hall (January 2018)",
                  "yitu_afsb": "Yitu body cameras for AFSB's auxiliary police (February 2018)",
                  "xly": "Xly Salvationdata's video-surveillance session in China for officials of several "
                         "agencies (September 2018)",
                  "cyber_lab": "the lab of CyberSecurity Malaysia, Huawei and Celcom Axiata (February 2021)",
                  "u_mobile": "U Mobile's second 5G network with Huawei and ZTE (April 2025)",
                  "skyvast": "Skyvast's AI infrastructure on Huawei Ascend chips (May 2025)"},
            right={"a": "network", "b": "data platform", "c": "biometrics", "d": "training",
                   "e": "cyber certification", "f": "computing", "g": "financing"},
            answer={"city_brain": "b", "yitu_afsb": "c", "xly": "d", "cyber_lab": "e", "u_mobile": "a",
                    "skyvast": "f"},
            wrong=[{"city_brain": "b", "yitu_afsb": "c", "xly": "d", "cyber_lab": "a", "u_mobile": "a",
                    "skyvast": "f"},
                   {"city_brain": "c", "yitu_afsb": "b", "xly": "d", "cyber_lab": "e", "u_mobile": "a",
                    "skyvast": "f"},
                   {"city_brain": "b", "yitu_afsb": "c", "xly": "d", "cyber_lab": "e", "u_mobile": "a",
                    "skyvast": "a"}],
            hint="Ask what each partnership delivers, not who supplied it: a platform, a camera's recognition "
                 "software, a course, a testing lab, a mobile network or chips. Huawei appears in three "
                 "different layers.",
            explanation="City Brain pools traffic-camera and junction data (data platform); Yitu's software "
                        "recognises faces (biometrics); Xly ran a course (training); the 2021 lab works on "
                        "standards, testing and certification (cyber certification), even though it was tied "
                        "to 5G plans; U Mobile builds a 5G network (network); Skyvast's plan was AI computing "
                        "on Huawei chips (computing). Yitu's later reported role in City Brain was a plan, not "
                        "the 2018 platform.",
            teaches="classifying partnerships by layer (EX26)"),
        Function(
            "14.2", name="government_role", points=3, level="apply",
            signature="government_role(p: dict) -> str",
            prompt="Write `government_role(p)` that classifies the Malaysian government's role in a partnership "
                   "with this rule, checking the conditions **in this order** and returning the first that "
                   "applies: `\"disclaimed\"` if the government disowned it; `\"partner\"` if any government "
                   "body is a formal party; `\"regulator\"` if the government awarded or licensed it through a "
                   "regulator; `\"participant\"` if officials were trained; `\"indirect\"` if the operator is a "
                   "state-linked body; `\"present_only\"` if a minister only launched or announced it; "
                   "otherwise `\"none\"`. A minister on stage does not make the government a partner. "
                   + ROLE_FIELDS,
            public_cases=[Case(CITY_BRAIN, expect="partner"), Case(SKYVAST, expect="disclaimed"),
                          Case(YITU, expect="indirect")],
            # Practice (learner copy), invented partnerships, worked by hand in the rule's order.
            practice_cases=[
                Case(practice_partnership("practice: vendor launch with a minister on stage", minister_appeared=True),
                     expect="present_only"),
                Case(practice_partnership("practice: city data deal later disowned", government_partners=["City Council P"],
                                          disowned=True), expect="disclaimed"),
                Case(practice_partnership("practice: operator owned by a state fund", operator_state_linked=True,
                                          minister_appeared=True), expect="indirect"),
                Case(practice_partnership("practice: licence for a new network", regulator_awarded=True, officials_trained=True),
                     expect="regulator"),
                Case(practice_partnership("practice: private deal with no government link"), expect="none")],
            hidden_cases=[Case(XLY, expect="participant"), Case(CYBER_LAB, expect="partner"),
                          Case(U_MOBILE, expect="regulator"), Case(HUAWEI_2015, expect="present_only"),
                          Case(partnership("synthetic: partner body, later disowned", partners=["MDEC"],
                                           disowned=True), expect="disclaimed"),
                          Case(partnership("synthetic: partner body that also sent trainees",
                                           partners=["NACSA"], trained=True), expect="partner"),
                          Case(partnership("synthetic: licensed network whose staff were trained", regulator=True,
                                           trained=True), expect="regulator"),
                          Case(partnership("synthetic: trainees from a state-linked operator", trained=True,
                                           state_linked=True), expect="participant"),
                          Case(partnership("synthetic: a purely private deal"), expect="none")],
            mutant_code=[
                "def government_role(p):\n"
                "    if p['disowned']:\n"
                "        return 'disclaimed'\n"
                "    if p['government_partners'] or p['minister_appeared']:\n"
                "        return 'partner'\n"
                "    if p['regulator_awarded']:\n"
                "        return 'regulator'\n"
                "    if p['officials_trained']:\n"
                "        return 'participant'\n"
                "    if p['operator_state_linked']:\n"
                "        return 'indirect'\n"
                "    return 'none'\n",
                "def government_role(p):\n"
                "    if p['government_partners']:\n"
                "        return 'partner'\n"
                "    if p['disowned']:\n"
                "        return 'disclaimed'\n"
                "    if p['regulator_awarded']:\n"
                "        return 'regulator'\n"
                "    if p['officials_trained']:\n"
                "        return 'participant'\n"
                "    if p['operator_state_linked']:\n"
                "        return 'indirect'\n"
                "    if p['minister_appeared']:\n"
                "        return 'present_only'\n"
                "    return 'none'\n",
                "def government_role(p):\n"
                "    if p['disowned']:\n"
                "        return 'disclaimed'\n"
                "    if p['government_partners']:\n"
                "        return 'partner'\n"
                "    if p['regulator_awarded']:\n"
                "        return 'regulator'\n"
                "    if p['officials_trained']:\n"
                "        return 'participant'\n"
                "    if p['minister_appeared']:\n"
                "        return 'present_only'\n"
                "    return 'none'\n",
            ],
            hint="Write one `if` per rule, in the order given, each ending in `return`. An empty list counts "
                 "as false in an `if`, so `if p[\"government_partners\"]:` asks whether there is any partner.",
            explanation="A chain of `if ...: return ...` in the stated order. The public cases follow the "
                        "chapter's table: City Brain had MDEC and DBKL as partners; the Skyvast project was "
                        "announced by a deputy minister and then disowned by MITI, so \"disclaimed\" must be "
                        "checked before anything else; AFSB belongs to the Royal Malaysia Police Cooperative "
                        "(indirect). The 2015 Huawei launch shows why a minister's presence is not a partnership.",
            teaches="classifying the state's role by an explicit rule (EX26)"),
        Choice(
            "14.3", name="Q14_3", points=2, level="recall",
            prompt="On 1 March 2018, what could the Yitu body cameras worn by AFSB's auxiliary police do, "
                   "according to the sources the chapter cites? The chapter's rule: describe what a system did "
                   "on a date, and report its operator's plans as plans.",
            options={"a": "recognise faces live and send instant alerts about people on criminal watch lists",
                     "b": "let officers identify people in footage after an incident; real-time recognition was "
                          "a stated plan",
                     "c": "nothing yet: the cameras were only introduced in April 2018",
                     "d": "recognise faces for City Brain's traffic system in Kuala Lumpur"},
            answer="b", wrong=["a", "c"],
            hint="Separate three dates and two capabilities: when the cameras came into use, when the news "
                 "broke, what they did at launch and what AFSB's chief said it intended.",
            explanation="The cameras were in use from February 2018 and became news in April 2018 (South China "
                        "Morning Post). At that stage they supported retrospective recognition only; AFSB's chief "
                        "said it intended to add real-time recognition and alerts (Planet Biometrics). The "
                        "report's wording suggests the live capability was current (ERR-31). Yitu's role in "
                        "City Brain was reported as a plan in 2020.",
            teaches="deployed versus planned capability (ERR-31)"),
        Function(
            "14.4", name="check_source_date", points=3, level="apply",
            signature="check_source_date(source: dict) -> dict",
            prompt="Clues inside a source limit the dates it can carry. Each source is a dict "
                   "`{\"claimed\": \"YYYY-MM-DD\", \"url\": \"...\", \"officials_from\": [\"YYYY-MM\", ...]}`: "
                   "the date someone gave it, its web address, and the month each office-holder it quotes took "
                   "the office the source gives them. Write `check_source_date(source)` that returns "
                   "`{\"earliest\": ..., \"consistent\": ...}`. The clues: a `/YYYY/MM/` pattern in the URL "
                   "(four digits, slash, two digits, slash) means no earlier than that month; each entry of "
                   "`officials_from` means no earlier than that month. `earliest` is the **latest** of these "
                   "limits as `\"YYYY-MM\"`, or `None` when there is no clue. `consistent` is `True` when the "
                   "claimed date's month is not before `earliest`, `False` when it is, and `None` when there "
                   "is no clue.",
            public_cases=[Case(source("2020-02-26", ASEAN_TODAY, ["2020-03", "2020-03"]),
                               expect={"earliest": "2021-02", "consistent": False}),
                          Case(source("2018-08-09", "https://foreignpolicy.com/2018/08/09/ecuadors-all-seeing-eye-is-"
                                                    "made-in-china/"),
                               expect={"earliest": "2018-08", "consistent": True}),
                          Case(source("2018-04-20", "https://www.scmp.com/tech/social-gadgets/article/2142497/"
                                                    "malaysian-police-wear-chinese-start-ups-ai-camera-identify"),
                               expect={"earliest": None, "consistent": None})],
            # Practice (learner copy), invented sources on example.org, worked by hand: the latest limit wins.
            practice_cases=[
                Case({"claimed": "2019-05-10", "url": "https://example.org/news/2019/07/practice-story/",
                      "officials_from": ["2018-01"]}, expect={"earliest": "2019-07", "consistent": False}),
                Case({"claimed": "2022-03-01", "url": "https://example.org/practice-page",
                      "officials_from": ["2021-11", "2022-02"]}, expect={"earliest": "2022-02", "consistent": True}),
                Case({"claimed": "2020-06-15", "url": "https://example.org/2020/08/practice", "officials_from": []},
                     expect={"earliest": "2020-08", "consistent": False}),
                Case({"claimed": "2017-01-01", "url": "https://example.org/about", "officials_from": []},
                     expect={"earliest": None, "consistent": None})],
            hidden_cases=[Case(source("2020-02-26", "", ["2020-03"]),
                               expect={"earliest": "2020-03", "consistent": False}),
                          Case(source("2020-01-15", "https://example.org/2019/12/synthetic-story/", ["2020-03"]),
                               expect={"earliest": "2020-03", "consistent": False}),
                          Case(source("2021-02-22", ASEAN_TODAY, ["2020-03"]),
                               expect={"earliest": "2021-02", "consistent": True}),
                          Case(source("2023-06-13", "https://spektr.press/news/2023/06/13/v-kyrgyzstane-sistema-"
                                                    "raspoznavaniya-lic/"),
                               expect={"earliest": "2023-06", "consistent": True}),
                          Case(source("2021-02-22", "http://anltai.com/news/detail/957.html"),
                               expect={"earliest": None, "consistent": None}),
                          Case(source("2018-01-12", "https://24.kg/english/73115_Two_Chinese_and_one_domestic_"
                                                    "company_to_invest_in_Smart_City"),
                               expect={"earliest": None, "consistent": None}),
                          Case(source("2021-02-01", ASEAN_TODAY), expect={"earliest": "2021-02", "consistent": True}),
                          Case(source("2021-01-31", ASEAN_TODAY), expect={"earliest": "2021-02", "consistent": False})],
            mutant_code=[
                "def check_source_date(source):\n"
                "    import re\n"
                "    limits = list(source['officials_from'])\n"
                "    m = re.search(r'/(\\d{4})/(\\d{2})/', source['url'])\n"
                "    if m:\n"
                "        limits.append(f'{m.group(1)}-{m.group(2)}')\n"
                "    if not limits:\n"
                "        return {'earliest': None, 'consistent': None}\n"
                "    earliest = min(limits)\n"
                "    return {'earliest': earliest, 'consistent': source['claimed'][:7] >= earliest}\n",
                "def check_source_date(source):\n"
                "    import re\n"
                "    m = re.search(r'/(\\d{4})/(\\d{2})/', source['url'])\n"
                "    if not m:\n"
                "        return {'earliest': None, 'consistent': None}\n"
                "    earliest = f'{m.group(1)}-{m.group(2)}'\n"
                "    return {'earliest': earliest, 'consistent': source['claimed'][:7] >= earliest}\n",
                "def check_source_date(source):\n"
                "    import re\n"
                "    limits = list(source['officials_from'])\n"
                "    m = re.search(r'/(\\d{4})/(\\d{2})/(\\d{2})/', source['url'])\n"
                "    if m:\n"
                "        limits.append(f'{m.group(1)}-{m.group(2)}')\n"
                "    if not limits:\n"
                "        return {'earliest': None, 'consistent': None}\n"
                "    earliest = max(limits)\n"
                "    return {'earliest': earliest, 'consistent': source['claimed'][:7] >= earliest}\n",
                "def check_source_date(source):\n"
                "    import re\n"
                "    limits = list(source['officials_from'])\n"
                "    m = re.search(r'/(\\d{4})/(\\d{2})/', source['url'])\n"
                "    if m:\n"
                "        limits.append(f'{m.group(1)}-{m.group(2)}')\n"
                "    if not limits:\n"
                "        return {'earliest': None, 'consistent': None}\n"
                "    earliest = max(limits)\n"
                "    return {'earliest': earliest, 'consistent': source['claimed'][:4] >= earliest[:4]}\n",
            ],
            hint="Collect every limit in a list: `re.search(r\"/(\\d{4})/(\\d{2})/\", url)` finds the URL's "
                 "year and month, and each office-holder adds one. The source can be no earlier than the "
                 "**latest** limit. `\"YYYY-MM\"` strings compare like dates, and `claimed[:7]` is the "
                 "claimed month.",
            explanation="Collect the limits, take `max`, compare `claimed[:7] >= earliest`. The report's endnote "
                        "dates the ASEAN Today article 26 February 2020, but its address contains `/2021/02/` "
                        "and it quotes Muhyiddin Yassin as prime minister and Saifuddin Abdullah as minister, "
                        "both in office only from March 2020; a Nikkei report on the same lab is dated 22 "
                        "February 2021 (ERR-14). Even with the address removed, the office-holders alone rule "
                        "out February 2020. A URL without a date pattern (South China Morning Post, 24.kg) "
                        "gives no clue, which is not the same as a clue that agrees.",
            teaches="dating a source from internal evidence (ERR-14, EX06)"),
        MultiChoice(
            "14.5", name="Q14_5", points=3, level="recall",
            prompt="The chapter's rule for index values: name the index and the edition, compare only values "
                   "from the same edition, and take status from Freedom in the World alone. Which problems does "
                   "the report's Malaysia snapshot have? Give the set of letters.",
            options={"a": "its Freedom in the World value (51) is from the 2021 edition, while the Ecuador and "
                          "Kyrgyzstan tables use the 2022 edition",
                     "b": "its Freedom on the Net value is cited through \"Ibid.\" to a Freedom in the World "
                          "page, so its edition cannot be known",
                     "c": "it bases Malaysia's status on both Freedom House scores, but status comes from the "
                          "political-rights and civil-liberties ratings of Freedom in the World only",
                     "d": "its year of diplomatic relations with the PRC (1974) contradicts its source",
                     "e": "its 51/100 is really a Freedom on the Net score",
                     "f": "Malaysia was rated Not Free in the 2022 edition"},
            answer={"a", "b", "c"},
            wrong=[{"a", "b"}, {"a", "b", "c", "d"}, {"b", "c"}, {"a", "b", "c", "f"}],
            hint="Reread the box \"three problems in one table\". Check each option against the table: which "
                 "rows have an edition, which have a source, and where status comes from.",
            explanation="(a) mixed editions: Malaysia scored 50 in FIW 2022; (b) FOTN cited to an FIW page; (c) "
                        "status from both indexes, although FOTN is a separate index with its own status "
                        "(ERR-19). The 1974 date is not questioned, 51 is an FIW total, and Malaysia was Partly "
                        "Free in FIW 2022.",
            teaches="auditing a snapshot table for edition and index (ERR-19)"),
        Ordering(
            "14.6", name="Q14_6", points=3, level="apply",
            prompt="Put these events in the order they happened (earliest first), as a list of letters. Use the "
                   "corrected dates.",
            entries={"A": "CyberSecurity Malaysia, Huawei and Celcom Axiata announce a cybersecurity lab",
                     "B": "Alibaba Cloud, MDEC and Kuala Lumpur City Hall launch Malaysia City Brain",
                     "C": "AFSB's auxiliary police start using Yitu body cameras",
                     "D": "the Yitu body cameras become news",
                     "E": "the Cyber Security Act 2024 comes into force",
                     "F": "U Mobile names Huawei and ZTE for Malaysia's second 5G network",
                     "G": "the US Commerce Department warns that using Huawei's Ascend chips risks breaching US "
                          "export controls",
                     "H": "a deputy minister announces AI infrastructure built on Huawei chips",
                     "I": "the trade ministry says the government did not develop, endorse or coordinate the "
                          "project",
                     "J": "The Atlantic reports that Yitu is set to supply face recognition for City Brain"},
            answer=["b", "c", "d", "j", "a", "e", "f", "g", "h", "i"],
            wrong=[["b", "c", "d", "a", "j", "e", "f", "g", "h", "i"],
                   ["b", "c", "d", "j", "a", "e", "f", "h", "g", "i"],
                   ["c", "b", "d", "j", "a", "e", "f", "g", "h", "i"]],
            hint="Date each event to the month with the chapter's events table and its later-developments "
                 "section. One date in the report is a year too early; in May 2025 one event comes before the "
                 "announcement and one after it.",
            explanation="29 Jan 2018 (B), Feb 2018 (C), Apr 2018 (D), Sep 2020 (J), Feb 2021 (A), 26 Aug 2024 "
                        "(E), 15 Apr 2025 (F), 13 May 2025 (G), 19 May 2025 (H), 21 May 2025 (I). The report's "
                        "2020 date for the lab would put A before J (ERR-14). The US warning came six days "
                        "before the announcement.",
            teaches="dating Malaysia's partnerships and later developments"),
        Written(
            "14.7", name="MEMO_14_7", points=3, level="evaluate",
            prompt="The report judges Malaysia to be less dependent on PRC firms for surveillance "
                   "infrastructure than Ecuador or Kyrgyzstan. Write a note of 200 to 350 words that evaluates "
                   "this judgement. Use three headings, each on its own line: `Claim`, `Evidence`, "
                   "`Assessment`. Cite at least two sources as `[source: ...]`, give years for your evidence "
                   "(at least three different years), and say what further evidence would test the claim.",
            rules=[("words_between", {"low": 200, "high": 350}),
                   ("has_headings", {"headings": ["Claim", "Evidence", "Assessment"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 3})],
            rubric=[Criterion("attribution", 2, "Presents the judgement as the report's, with its basis, and "
                                                "keeps findings, plans and self-descriptions apart."),
                    Criterion("evidence", 2, "Uses dated partnerships across layers with the corrected facts "
                                             "(the lab in February 2021; Yitu review-after-the-event only), and "
                                             "the 2024-2025 developments."),
                    Criterion("test", 2, "Names evidence that would test the claim (contract shares, who "
                                         "finances, alternatives such as Ericsson for the first 5G network)."),
                    Criterion("judgement", 2, "Reaches a reasoned, proportionate conclusion that respects the "
                                              "limits of the sources.")],
            hint="Check the length, put each heading on a line by itself, cite in the form "
                 "[source: Malay Mail 2025], and give years for your evidence.",
            explanation="A strong note attributes the judgement to the report, sorts the dated partnerships by "
                        "layer with the corrected facts, notes the counter-evidence (Ericsson, the two-network "
                        "policy, the Act, the May 2025 retreat) and the evidence still missing, and concludes "
                        "no more strongly than the sources allow.",
            teaches="evaluating a comparative judgement with dated evidence"),
        Choice(
            "14.8", name="Q14_8", points=3, level="analyse",
            prompt="**Case (invented).** In 2026 a PRC camera firm issues a press release: \"In partnership "
                   "with the Malaysian government, we bring face recognition to a Kuala Lumpur shopping "
                   "centre.\" A deputy minister gives a speech at the launch. The buyer is a private "
                   "shopping-centre company. No government body signed anything, and none has commented since. "
                   "Use the role rule of 14.2, checked in this order: disclaimed, partner, regulator, "
                   "participant, indirect, present only, none. What was the government's role?",
            options={"a": "partner: the firm's own release calls the project a partnership with the Malaysian "
                          "government",
                     "b": "disclaimed: no government body has said anything about the project since the launch",
                     "c": "present only: a minister spoke at the launch, but no government body is a party to "
                          "the deal",
                     "d": "regulator: face recognition in a shopping centre must have been approved by a "
                          "regulator"},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: the release is the firm speaking about its own project, a self-claim. A minister on "
                      "stage does not make the government a party, as with Huawei's launch in May 2015.",
                 "b": "Wrong: \"disclaimed\" needs the government to say it was not involved, as the trade "
                      "ministry did in May 2025. Silence is not a disclaimer.",
                 "c": "Right: no government body is a party, nothing was awarded or licensed, no officials were "
                      "trained and the buyer is private. A minister's speech at the launch is presence only.",
                 "d": "Wrong: the case says nothing about a licence or an award. Apply the rule to the facts you "
                      "have, not to facts you assume."},
            hint="Set the firm's description aside and list the facts: who signed, who licensed, who was "
                 "trained, who owns the buyer, who spoke. Then go down the rule in its order.",
            explanation="Checked in order: nobody disowned the project (silence is not a disclaimer); no "
                        "government body is a formal party (the firm's \"in partnership with the government\" "
                        "is its own description); no regulator awarded or licensed anything; no officials were "
                        "trained; the buyer is a private company, not state-linked; a minister spoke at the "
                        "launch: present only. The chapter's table treats Huawei's 2015 launch the same way, "
                        "and 14.2's prompt says that a minister on stage does not make the government a partner.",
            teaches="a vendor's word \"partnership\" and a minister on stage do not make the state a partner"),
        Choice(
            "14.9", name="Q14_9", points=3, level="analyse",
            prompt="**Case (invented).** A 2026 news article says: \"A Malaysian city council has begun a pilot "
                   "of PRC-made cameras that read car number plates. The council's president says that next "
                   "year the cameras will also recognise faces. They will then alert the police to wanted "
                   "people.\" A briefing needs one accurate sentence on what the system does. Which sentence is "
                   "it?",
            options={"a": "The council uses live face recognition that alerts the police to wanted people.",
                     "b": "The council uses face recognition for review after an event, as AFSB's cameras "
                          "did in 2018.",
                     "c": "The council has no working cameras yet, because a pilot is only a plan and not "
                          "yet a system in use.",
                     "d": "It is piloting number-plate cameras; its president says face recognition will "
                          "come next year."},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: this reports a stated plan as a current capability. The chapter corrects the "
                      "same error in the report's account of Yitu's body cameras (ERR-31).",
                 "b": "Wrong: AFSB's cameras were a different system. The article says nothing about face "
                      "recognition today, and a similar case cannot supply the fact.",
                 "c": "Wrong: a pilot that has begun is in use. It is the face recognition that is "
                      "planned, not the cameras.",
                 "d": "Right: it separates what the system does on the date of the article from what its "
                      "operator says it will do. The cameras read number plates, in a pilot; face recognition "
                      "is a plan, and the plan is attributed."},
            hint="Split the article into what the system does now and what someone says it will do. Who says "
                 "it, and when?",
            explanation="The chapter's rule from the Yitu case: describe what a system did on a date, and report "
                        "its operator's plans as plans, attributed. Option a repeats the report's error about "
                        "AFSB (ERR-31); option b borrows a fact from another case; option c mistakes a pilot "
                        "for a plan.",
            teaches="deployed versus planned capability in a new case (ERR-31)"),
        Choice(
            "14.10", name="Q14_10", points=3, level="evaluate",
            prompt="**Case (invented).** A 2026 opinion article says: \"Malaysia chose Huawei and ZTE for its "
                   "second 5G network because its government prefers Chinese suppliers.\" Which judgement do "
                   "the sources in the chapter best support?",
            options={"a": "Not shown: by U Mobile's own account only two Chinese firms bid, and the first "
                          "5G network chose Ericsson.",
                     "b": "Supported: the contracts went to two Chinese firms, and that result shows the "
                          "preference the article describes.",
                     "c": "Disproved: Malaysia kept Huawei out of its 5G networks after the cyber-security "
                          "agency's 2019 review.",
                     "d": "Supported: in May 2025 a deputy minister announced AI built on Huawei chips, "
                          "which shows the government's preference."},
            answer="a", wrong=["b", "d"],
            why={"a": "Right: an outcome does not show a motive. U Mobile's technology chief said only two "
                      "Chinese companies responded, which is U Mobile's own account. The first network, run by "
                      "DNB, chose Ericsson, and in 2023 the prime minister presented two networks as a balance.",
                 "b": "Wrong: who won does not show why. If only two firms bid, the result says more about who "
                      "bid than about what the government prefers.",
                 "c": "Wrong: in 2019 the agency reviewed the espionage allegations, and Mahathir said Malaysia "
                      "would study the details before deciding. The sources report no ban, and Huawei was "
                      "named in 2025.",
                 "d": "Wrong: the deputy minister's office withdrew the remarks the next day, and on 21 May 2025 "
                      "the trade ministry said the government had not developed, endorsed or coordinated the "
                      "project."},
            hint="Does the result of a tender show why it came out that way? Reread what U Mobile's technology "
                 "chief said, what DNB chose, and what happened in May 2025.",
            explanation="The article infers a motive from an outcome. The chapter's sources point elsewhere: U "
                        "Mobile's chief technology officer said only two Chinese companies responded to its "
                        "tender (a self-account to attribute, not a finding); the first wholesale network (DNB) "
                        "chose Ericsson; Reuters recalled Anwar Ibrahim presenting two networks as a balance of "
                        "Western and Eastern technology (September 2023). The May 2025 episode shows the "
                        "government stepping back from a Huawei project, and 2019 saw a review, not a ban. "
                        "A fair judgement: the preference is not shown; supply (who bid) explains the result "
                        "at least as well.",
            teaches="an outcome is not a motive; weigh a claim about preference against dated evidence"),
        Choice(
            "14.11", name="Q14_11", points=3, level="analyse",
            prompt="**Case (invented).** You find a web article with no printed date about a Malaysian police "
                   "delegation to a PRC police college. Its address contains no date. It quotes "
                   "\"Communications Minister Saifuddin Abdullah\" on data security. A blog cites the "
                   "article as published in June 2019. What can you say about the article's date?",
            options={"a": "June 2019 is fine: the blog gives a date, and nothing printed in the article "
                          "contradicts it.",
                     "b": "It is March 2020 or later, because he became communications minister then; June 2019 "
                          "is wrong.",
                     "c": "Nothing at all: without a date in the address or on the page, a source cannot be "
                          "dated.",
                     "d": "It is February 2021, like the ASEAN Today article on the Huawei lab, which quotes the "
                          "same minister."},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: the article quotes him with a title he took only in March 2020. That clue limits "
                      "the date even though no date is printed.",
                 "b": "Right: the office-holders a source quotes limit its date, as with the ASEAN Today article "
                      "on the Huawei lab. He took that office in March 2020, so the article is from then or "
                      "later.",
                 "c": "Wrong: the address is only one clue. The people a source quotes, with their titles, are "
                      "another clue to its date.",
                 "d": "Wrong: he could be quoted with that title at any time while he held the office. Another "
                      "article that quotes him does not date this one."},
            hint="What else inside a source, besides its address, limits the dates it can carry? Reread the box "
                 "\"Correcting the record: 2021, not 2020\".",
            explanation="The chapter dates the Huawei lab from clues inside its source: the address and the "
                        "office-holders it quotes. Saifuddin Abdullah became communications minister in March "
                        "2020, so an article that quotes him with that title cannot be from June 2019. The clue "
                        "gives an earliest date, not an exact one (option d claims too much), and the absence of "
                        "a printed date does not leave the source undatable (option c).",
            teaches="dating a source from the office-holders it quotes (ERR-14, EX06)"),
    ],
)
