"""Graded spec for chapter 8, digital repression. Instructor-only: holds the answers.

The set practises the chapter's three skills: sorting a claim into finding, allegation
or self-claim (8.1, 8.2); following a citation chain back to its origin (8.3, 8.10);
and reading what the report did and did not find, with the denials it leaves out and
the cases that show repression risk is not tied to one supplier country (8.4 to 8.8, 8.11).
Every fact used here is stated, with its source, in book/ch08_digital_repression.md.

Scenario items (issue 16) are choices about invented cases the chapter does not tell: 8.4, 8.6 and 8.9 to 8.11. Each option carries its reason (`why`); the rules they rest on are in the chapter, with citations. Levels follow the written rule in CONTRIBUTING.
"""
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Written
from course.grading.vocabulary import (ALLEGATION, CLAIM_LETTERS, FINDING, SELF_CLAIM, claim_letters_markdown,
                                       claim_rule_markdown)

# ---------------------------------------------------------------- 8.2: claims as data


def claim(speaker, subjects, *, wrongdoing=False, established=False, method=False):
    return {"speaker": speaker, "subjects": list(subjects), "about_wrongdoing": wrongdoing,
            "independently_established": established, "method_stated": method}


HUAWEI_DENIAL = claim("Huawei", ["Huawei"], wrongdoing=True, method=True)
WSJ_UGANDA = claim("Wall Street Journal", ["Huawei", "Government of Uganda"], wrongdoing=True, method=True)
FELDSTEIN_INDEX = claim("Steven Feldstein", ["governments using AI surveillance"], method=True)
KYRGYZ_57_HITS = claim("Kyrgyz Interior Ministry", ["Kyrgyz Interior Ministry"])
ZAMBIA_MINISTER = claim("Government of Zambia", ["Huawei", "Government of Zambia"], wrongdoing=True)
COMMENTATOR = claim("a commentator", ["Firm X"])
COURT_RULING = claim("a court", ["Firm X"], wrongdoing=True, established=True, method=True)
VENDOR_SCALE = claim("Firm X", ["Firm X"], method=True)
ANONYMOUS_POST = claim("an anonymous post", ["Firm X", "Ministry Y"], wrongdoing=True)
NEWSPAPER_PROBE = claim("a newspaper", ["Firm X"], wrongdoing=True, method=True)
GOVERNMENT_DENIAL_AUDIT = claim("Ministry Y", ["Firm X", "Ministry Y"], wrongdoing=True, method=True)

CLAIM_FIELDS = """Each claim is a dict like
`{"speaker": "Wall Street Journal", "subjects": ["Huawei", "Government of Uganda"],
"about_wrongdoing": True, "independently_established": False, "method_stated": True}`:
who makes the claim, whom it is about, whether it says someone did something wrong,
whether an independent process has established that, and whether the speaker says how
they know."""

# ---------------------------------------------------------------- 8.3: citation chains

REPORT = "IRI and TextOre 2024"
UNSR = "UN Special Rapporteur 2019"
NYT = "New York Times 2019"
WSJ = "Wall Street Journal 2019"
UIGHUR_QUOTE = {REPORT: UNSR, UNSR: NYT, NYT: None}
UGANDA_CLAIM = {REPORT: WSJ, WSJ: None}
MIXED = {"BBC 2019": None, REPORT: UNSR, UNSR: NYT, NYT: None, "Newsletter 2024": REPORT}
LONG = {"Source A": "Source B", "Source B": "Source C", "Source C": "Source D", "Source D": "Source E",
        "Source E": None}


# Practice sources for the learner copy (invented): one chain of two steps and an unrelated origin.
PRACTICE_CITES = {"Practice brief 2025": "Practice think-tank paper 2022",
                  "Practice think-tank paper 2022": "Practice court record 2020",
                  "Practice court record 2020": None, "Practice blog 2023": None}

CHAPTER = Chapter(
    slug="ch08_digital_repression",
    title="Exporting digital repression? The evidence and its limits",
    items=[
        Matching(
            "8.1", name="Q8_1", points=3, level="apply",
            prompt="Sort each claim from the chapter into one of the three kinds, using the course's rule "
                   "(the chapter's section \"Three kinds of claim\"):\n\n" + claim_rule_markdown() +
                   "\nGovernments make self-claims too. Answer with a dict of letters, "
                   + claim_letters_markdown() + ", e.g. `{\"wsj_zambia\": \"a\", ...}`.",
            left={"wsj_zambia": "The Wall Street Journal reported in August 2019 that Huawei technicians "
                                "helped Zambian authorities get into the phones and Facebook pages of "
                                "opposition bloggers.",
                  "huawei_denial": "Huawei said its internal investigation showed that its employees had "
                                   "not taken part in the activities the newspaper described.",
                  "zambia_minister": "Zambia's information minister called the newspaper's report "
                                     "\"malicious\".",
                  "kyrgyz_57": "Kyrgyzstan's Interior Ministry said its facial-recognition cameras had "
                               "identified 57 wanted people by 12 June 2023.",
                  "feldstein_75": "Steven Feldstein's 2019 index recorded AI surveillance in use in at "
                                  "least 75 of 176 countries.",
                  "greitens_crime": "Sheena Chestnut Greitens found that countries with high crime rates "
                                    "are more likely to adopt PRC public-security technology."},
            right=CLAIM_LETTERS,
            answer={"wsj_zambia": "a", "huawei_denial": "s", "zambia_minister": "s", "kyrgyz_57": "s",
                    "feldstein_75": "f", "greitens_crime": "f"},
            wrong=[{"wsj_zambia": "a", "huawei_denial": "s", "zambia_minister": "s", "kyrgyz_57": "f",
                    "feldstein_75": "f", "greitens_crime": "f"},
                   {"wsj_zambia": "f", "huawei_denial": "f", "zambia_minister": "s", "kyrgyz_57": "s",
                    "feldstein_75": "f", "greitens_crime": "f"}],
            hint="For each claim ask first: is the speaker talking about itself? Only if not, ask whether "
                 "it accuses someone of wrongdoing. A precise number can still be a party's claim about "
                 "its own system.",
            explanation="WSJ on Zambia: a press allegation, contested by Huawei and the government. "
                        "Huawei's internal investigation and the Zambian minister's words are both parties "
                        "speaking about their own conduct (self-claims), however firmly put; a denial is "
                        "not a refutation. The Kyrgyz 57 is the ministry's own account of its own system: "
                        "a self-claim, even though it is a number. Feldstein's index and Greitens's study "
                        "are findings: conclusions from stated research methods.",
            teaches="sorting claims by who makes them and how they know"),
        Function(
            "8.2", name="claim_kind", points=3, level="apply",
            signature="claim_kind(claim: dict) -> str",
            prompt="Write `claim_kind(claim)` that applies the course's claim-type rule (item 8.1) to a "
                   "claim, with these four tests in this order; return at the first that applies:\n\n"
                   "1. the speaker is one of the claim's subjects: return "
                   f"`\"{SELF_CLAIM}\"` (a denial is a self-claim, whatever method the speaker mentions);\n"
                   "2. the claim is about wrongdoing that no independent process has established: return "
                   f"`\"{ALLEGATION}\"` (even if the speaker describes a method);\n"
                   f"3. the speaker states a method: return `\"{FINDING}\"`;\n"
                   f"4. otherwise: return `\"{ALLEGATION}\"` (an assertion that shows no method is a claim "
                   "that no finding has established).\n\n"
                   + CLAIM_FIELDS,
            public_cases=[Case(HUAWEI_DENIAL, expect=SELF_CLAIM), Case(WSJ_UGANDA, expect=ALLEGATION),
                          Case(FELDSTEIN_INDEX, expect=FINDING)],
            # Weights: the cases where a party speaks about itself while stating a method or denying
            # wrongdoing decide the rule order, so they carry half the points.
            # Practice (learner copy), invented claims, worked by hand with the four tests in order.
            practice_cases=[
                Case({"speaker": "Ministry Z", "subjects": ["Vendor Q", "Ministry Z"], "about_wrongdoing": False,
                      "independently_established": False, "method_stated": True}, expect="self-claim"),
                Case({"speaker": "Vendor Q", "subjects": ["Vendor Q"], "about_wrongdoing": True,
                      "independently_established": False, "method_stated": False}, expect="self-claim"),
                Case({"speaker": "a research group", "subjects": ["Ministry Z"], "about_wrongdoing": True,
                      "independently_established": False, "method_stated": True}, expect="allegation"),
                Case({"speaker": "an audit office", "subjects": ["Ministry Z"], "about_wrongdoing": True,
                      "independently_established": True, "method_stated": True}, expect="finding"),
                Case({"speaker": "a blogger", "subjects": ["Vendor Q"], "about_wrongdoing": False,
                      "independently_established": False, "method_stated": False}, expect="allegation")],
            hidden_cases=[Case(KYRGYZ_57_HITS, expect=SELF_CLAIM), Case(ZAMBIA_MINISTER, expect=SELF_CLAIM, weight=4),
                          Case(COMMENTATOR, expect=ALLEGATION), Case(COURT_RULING, expect=FINDING),
                          Case(VENDOR_SCALE, expect=SELF_CLAIM, weight=2), Case(ANONYMOUS_POST, expect=ALLEGATION),
                          Case(GOVERNMENT_DENIAL_AUDIT, expect=SELF_CLAIM, weight=4),
                          Case(NEWSPAPER_PROBE, expect=ALLEGATION)],
            misconception_code={
                "rule order: unestablished wrongdoing tested before a party speaking about itself":
                    "def claim_kind(claim):\n"
                    "    if claim['about_wrongdoing'] and not claim['independently_established']:\n"
                    "        return 'allegation'\n"
                    "    if claim['speaker'] in claim['subjects']:\n"
                    "        return 'self-claim'\n"
                    "    if claim['method_stated']:\n"
                    "        return 'finding'\n"
                    "    return 'allegation'\n",
            },
            mutant_code=[
                "def claim_kind(claim):  # rule order: a stated method tested before wrongdoing\n"
                "    if claim['speaker'] in claim['subjects']:\n"
                "        return 'self-claim'\n"
                "    if claim['method_stated']:\n"
                "        return 'finding'\n"
                "    return 'allegation'\n",
                "def claim_kind(claim):\n"
                "    if claim['about_wrongdoing'] and not claim['independently_established']:\n"
                "        return 'allegation'\n"
                "    if claim['speaker'] in claim['subjects']:\n"
                "        return 'self-claim'\n"
                "    if claim['method_stated']:\n"
                "        return 'finding'\n"
                "    return 'allegation'\n",
                "def claim_kind(claim):\n"
                "    if claim['method_stated'] and claim['speaker'] not in claim['subjects']:\n"
                "        return 'finding'\n"
                "    if claim['speaker'] in claim['subjects']:\n"
                "        return 'self-claim'\n"
                "    if claim['about_wrongdoing'] and not claim['independently_established']:\n"
                "        return 'allegation'\n"
                "    return 'allegation'\n",
                "def claim_kind(claim):\n"
                "    if claim['speaker'] == claim['subjects'][0]:\n"
                "        return 'self-claim'\n"
                "    if claim['about_wrongdoing'] and not claim['independently_established']:\n"
                "        return 'allegation'\n"
                "    if claim['method_stated']:\n"
                "        return 'finding'\n"
                "    return 'allegation'\n",
                "def claim_kind(claim):\n"
                "    if claim['speaker'] in claim['subjects']:\n"
                "        return 'self-claim'\n"
                "    if claim['about_wrongdoing'] and not claim['independently_established']:\n"
                "        return 'allegation'\n"
                "    return 'finding'\n",
            ],
            hint="The order of the tests is the rule: test for a party speaking about itself first, then "
                 "for unestablished wrongdoing, then for a stated method. The speaker may be any one of "
                 "several subjects, not only the first.",
            explanation="Four tests in order: `speaker in subjects` gives self-claim; `about_wrongdoing and "
                        "not independently_established` gives allegation; `method_stated` gives finding; "
                        "anything else is an allegation (no finding has established it). Putting the allegation test first turns Huawei's "
                        "denial into an allegation; putting the method test first turns the WSJ report "
                        "into a finding. Zambia's minister is the second subject of the claim, which "
                        "catches code that only looks at the first.",
            teaches="a classification rule whose order matters"),
        Function(
            "8.3", name="trace_origin", points=3, level="apply",
            signature="trace_origin(cites: dict, start: str) -> dict",
            prompt="A claim often reaches you through several documents. `cites` maps each source to the "
                   "source it quotes for the claim, or to `None` when the source reports its own "
                   "evidence (it is the origin). Write `trace_origin(cites, start)` that follows the "
                   "chain from `start` and returns `{\"origin\": ..., \"chain_length\": ...}`: the "
                   "origin's name and the number of quoting steps from `start` to it (0 when `start` is "
                   "itself the origin). `cites` may hold other, unrelated chains; every source you meet "
                   "on the way is a key of `cites`, and no chain loops back on itself.",
            public_cases=[Case(UIGHUR_QUOTE, REPORT, expect={"origin": NYT, "chain_length": 2}),
                          Case(UIGHUR_QUOTE, UNSR, expect={"origin": NYT, "chain_length": 1}),
                          Case(UGANDA_CLAIM, REPORT, expect={"origin": WSJ, "chain_length": 1})],
            # Practice (learner copy), invented sources, worked by hand by following each chain.
            practice_cases=[
                Case(PRACTICE_CITES, "Practice brief 2025", expect={"origin": "Practice court record 2020", "chain_length": 2}),
                Case(PRACTICE_CITES, "Practice court record 2020", expect={"origin": "Practice court record 2020", "chain_length": 0}),
                Case(PRACTICE_CITES, "Practice blog 2023", expect={"origin": "Practice blog 2023", "chain_length": 0}),
                Case({"Practice newsletter 2024": "Practice interview 2021", "Practice interview 2021": None},
                     "Practice newsletter 2024", expect={"origin": "Practice interview 2021", "chain_length": 1})],
            hidden_cases=[Case(UIGHUR_QUOTE, NYT, expect={"origin": NYT, "chain_length": 0}),
                          Case(MIXED, "Newsletter 2024", expect={"origin": NYT, "chain_length": 3}),
                          Case(MIXED, "BBC 2019", expect={"origin": "BBC 2019", "chain_length": 0}),
                          Case(LONG, "Source A", expect={"origin": "Source E", "chain_length": 4}),
                          Case(LONG, "Source D", expect={"origin": "Source E", "chain_length": 1})],
            mutant_code=[
                "def trace_origin(cites, start):\n"
                "    source, count = start, 1\n"
                "    while cites[source] is not None:\n"
                "        source, count = cites[source], count + 1\n"
                "    return {'origin': source, 'chain_length': count}\n",
                "def trace_origin(cites, start):\n"
                "    for source, quoted in cites.items():\n"
                "        if quoted is None:\n"
                "            return {'origin': source, 'chain_length': len(cites) - 1}\n",
                "def trace_origin(cites, start):\n"
                "    source, steps = start, 0\n"
                "    while cites[source] is not None and cites[cites[source]] is not None:\n"
                "        source, steps = cites[source], steps + 1\n"
                "    return {'origin': source, 'chain_length': steps}\n",
            ],
            hint="Keep two things as you go: the source you are at, and how many steps you have taken. "
                 "Move to `cites[source]` and add one while that is not `None`; a `while` loop does "
                 "this. Count the quotations between sources, not the sources themselves.",
            explanation="`source, steps = start, 0`, then `while cites[source] is not None: source = "
                        "cites[source]; steps += 1`, then return the pair. From the report the "
                        "\"looks exclusively for Uighurs\" words are two steps from their origin, the New "
                        "York Times article of 14 April 2019; the UN Special Rapporteur is one step away. "
                        "Code that counts sources gives 3, and code that picks the first origin in the "
                        "dict ignores where you started.",
            teaches="following a citation chain to its origin (ERR-35)"),
        Choice(
            "8.4", name="Q8_4", points=2, level="analyse",
            prompt="**Case (invented).** The police of Country M run street cameras made in Country A, with "
                   "matching software from a PRC vendor. The faces they search for come from a list sent by the "
                   "security service of a neighbouring state. In 2026 they detain a journalist from that state "
                   "who is on the list, and she faces a criminal case at home. A commentator writes: \"PRC firms "
                   "exported this repression.\" Which reading fits the chapter's approach best?",
            options={"a": "right: the matching software is PRC-made, so the PRC vendor decided who was detained",
                     "b": "the deciding questions are whose list was loaded, what law allowed it and what "
                          "oversight existed",
                     "c": "no repression took place, since the cameras were made in Country A and not in the PRC",
                     "d": "the neighbouring state alone is responsible, since Country M only acted on a request"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the maker of a tool is not the one who decides its use. Country M's police chose to "
                      "run the matching and made the arrest.",
                 "b": "Right: as in Kyrgyzstan in 2023, the harm depends on whose list was loaded, what law allowed "
                      "the matching and what oversight existed, not on where the products were made.",
                 "c": "Wrong: where the cameras were made does not decide whether repression took place. A critic "
                      "was detained abroad on another state's list.",
                 "d": "Wrong: the host state's police decided to match and made the arrest, as Kyrgyzstan's "
                      "ministry did in 2023. Transnational repression works with the help of the host state."},
            hint="Re-read the roles table of the Kyrgyz case: who made the tools, who supplied the names, who "
                 "decided to match, and who prosecuted?",
            explanation="The chapter's Kyrgyz case (Spektr 2023; RFE/RL 2023) separates four roles: maker, list "
                        "supplier, the host state that switched the matching on and made arrests, and the state "
                        "that prosecuted. The same roles appear here. Harm did not depend on where the cameras "
                        "were made, so (a) and (c) both read the case by vendor nationality; (d) drops the host "
                        "state's own decision.",
            teaches="separating the roles in a new case of transnational repression"),
        MultiChoice(
            "8.5", name="Q8_5", points=3, level="recall",
            prompt="Which of these statements does the report's evidence, as the chapter describes it, "
                   "support? Rule: a statement is supported only if it claims no more than the report "
                   "found; \"no evidence found\" does not mean \"did not happen\". Give the set of "
                   "letters.",
            options={"a": "An open-source review up to 2022 found no documented case of PRC firms selling "
                          "surveillance technology abroad specifically to identify and repress ethnic "
                          "minorities.",
                     "b": "Surveillance systems that PRC firms export have no ethnicity-detection "
                          "functions.",
                     "c": "PRC firms have never sold surveillance systems abroad for ethnic targeting.",
                     "d": "The report found no single, coordinated plan in Beijing to export tools of "
                          "repression.",
                     "e": "The report concluded that none of the three governments it studied was pushed "
                          "by Beijing to misuse technology.",
                     "f": "The report's endnote for the ethnic-targeting finding lists the sources and "
                          "languages TextOre searched."},
            answer={"a", "d", "e"},
            wrong=[{"a", "c", "d", "e"}, {"a", "b", "d", "e"}, {"a", "d", "e", "f"}, {"a", "d"}],
            hint="Three limits apply to the ethnic-targeting finding: it has no endnote, it is about sales "
                 "made for that purpose, and absence of evidence is not evidence of absence. Check each "
                 "option against all three.",
            explanation="(a), (d) and (e) restate what the report found. (b) goes beyond it: the finding "
                        "is about the purpose of sales, not the functions of the products. (c) turns "
                        "\"no evidence found\" into \"never happened\". (f) is false: the finding has no "
                        "endnote, so the search cannot be repeated.",
            teaches="stating a negative finding no more broadly than it was made"),
        Choice(
            "8.6", name="Q8_6", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 a national news site reports that technicians from Firm R, a PRC "
                   "vendor, helped the police of Country T read the messages of opposition journalists. The site "
                   "says it relied on two police officers who asked not to be named, and on an internal police "
                   "memo it reviewed. Firm R calls the report \"false\" and says an internal review found no "
                   "wrongdoing. Country T's minister calls it \"fake news\". You must summarise the case for a "
                   "briefing. Which summary meets the standard the chapter sets for the Uganda and Zambia cases?",
            options={"a": "The news site documented in 2026, with police sources and an internal memo, that Firm R's "
                          "technicians spied on Country T's opposition journalists for the PRC government.",
                     "b": "Firm R's internal review in 2026 showed that the news site's report, based on unnamed "
                          "officers and a memo, was false.",
                     "c": "A news site reported in 2026, citing two unnamed officers and a police memo, that Firm R "
                          "staff helped the police read journalists' messages; Firm R and the minister deny it.",
                     "d": "The report rests on two officers who will not give their names, so it is only a rumour; a "
                          "careful briefing leaves it out until a court rules on it."},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: \"documented\" presents a contested allegation as settled, and \"for the PRC "
                      "government\" adds a motive the site does not report. The chapter criticises the report's "
                      "word \"documented\" for the Wall Street Journal cases.",
                 "b": "Wrong: Firm R speaking about its own conduct is a self-claim. A denial is not a refutation, "
                      "however firmly it is put.",
                 "c": "Right: it says who reported the claim, when and on what basis, and it gives the denials of "
                      "those accused, like the chapter's model summary of the Uganda and Zambia cases.",
                 "d": "Wrong: the chapter says serious investigative journalism often produces allegations, and "
                      "that this does not make them weak. Report it as an allegation, with its basis and the "
                      "denials."},
            hint="Re-read 'How to describe these cases' in the Uganda and Zambia section. Check each option for "
                 "the reporter and date, the basis, the denials, and whether it treats either side as settled.",
            explanation="The chapter's model summary of the WSJ cases names the reporter, the date and the "
                        "basis (officials and documents). It gives the denials and keeps the claim an allegation "
                        "(Wall Street Journal 2019; BBC 2019). (c) does the same for the new case. (a) repeats "
                        "the report's \"documented\" and adds a motive; (b) treats a self-claim as a "
                        "refutation; (d) treats an allegation as worthless.",
            teaches="reporting a new allegation with its basis and the denials"),
        Matching(
            "8.7", name="Q8_7", points=4, level="recall",
            prompt="Repression risk does not depend only on where a product was made. Match each role in "
                   "the two cases the chapter uses for balance (Kyrgyzstan in June 2023, and the UN "
                   "experts' call of 12 August 2021) to the actor the sources name. An actor may fill "
                   "more than one role. Answer with a dict, e.g. `{\"made_cameras\": \"a\", ...}`.",
            left={"made_cameras": "made the cameras and recognition systems Kyrgyzstan used",
                  "supplied_most_names": "entered most of the names on the wanted list the cameras "
                                         "searched",
                  "switched_on_matching": "decided to start the matching and made the arrests in "
                                          "Bishkek",
                  "prosecuted_activists": "had criminal cases open against the detained activists",
                  "prompted_un_call": "sold the spyware whose reported misuse prompted the UN experts' "
                                      "2021 call for a moratorium"},
            right={"a": "Kyrgyzstan's Interior Ministry and security services",
                   "b": "Russian law enforcement and authorities",
                   "c": "manufacturers in the PRC (RFE/RL calls the systems Chinese-made)",
                   "d": "NSO Group, a company based in Israel (Pegasus)",
                   "e": "Huawei, named by the Wall Street Journal"},
            answer={"made_cameras": "c", "supplied_most_names": "b", "switched_on_matching": "a",
                    "prosecuted_activists": "b", "prompted_un_call": "d"},
            wrong=[{"made_cameras": "c", "supplied_most_names": "c", "switched_on_matching": "a",
                    "prosecuted_activists": "b", "prompted_un_call": "e"},
                   {"made_cameras": "e", "supplied_most_names": "b", "switched_on_matching": "a",
                    "prosecuted_activists": "a", "prompted_un_call": "d"}],
            hint="Use the chapter's table of who did what in the Kyrgyz case, and check what the 2021 "
                 "press release was headed and what prompted it. The sources for the Kyrgyz case do not "
                 "name a camera maker.",
            explanation="Chinese-made cameras, a Russian-supplied CIS wanted list (more than 85,000 names "
                        "from Russian law enforcement), a Kyrgyz decision to switch the matching on, and "
                        "Russian prosecutions. The 2021 UN call followed the Pegasus reporting on NSO Group "
                        "(Israel). Huawei appears in neither case, and the Kyrgyz sources name no maker.",
            teaches="separating the maker of a tool from those who decide its use"),
        Written(
            "8.8", name="MEMO_8_8", points=3, level="evaluate",
            prompt="A colleague's draft for your organisation's newsletter says: \"The UN has found that "
                   "China's cameras look only for Uyghurs, and the Wall Street Journal documented Huawei "
                   "spying on African opposition leaders. China is clearly exporting repression.\" Write "
                   "a note of 150 to 300 words to the colleague that corrects the draft. Use three "
                   "headings, each on its own line: `What the sources say`, `What they do not show`, "
                   "`Suggested wording`. Cite at least two sources as `[source: ...]` and date your "
                   "claims (at least two different years).",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["What the sources say", "What they do not show",
                                                  "Suggested wording"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("attribution", 2, "Traces the Uyghur quotation to the New York Times (April "
                                                "2019) via the UN Special Rapporteur, and attributes the "
                                                "Uganda and Zambia claims to the WSJ (August 2019)."),
                    Criterion("claim_kinds", 2, "Calls the WSJ claims allegations, gives the denials as "
                                                "self-claims, and does not treat either side as settled."),
                    Criterion("scope", 2, "States what the report did and did not find (no coordinated "
                                          "plan; no evidence of sales for ethnic targeting) without "
                                          "overstating either."),
                    Criterion("balance_and_tone", 2, "Uses a balancing case (Pegasus or Kyrgyzstan 2023) "
                                                     "fairly, and the wording is careful and respectful.")],
            hint="Put each heading on a line by itself, cite sources in the form [source: WSJ 2019], and "
                 "give years for the reports you mention.",
            explanation="A strong note repairs the three faults of the draft: it turns the \"UN finding\" "
                        "into press reporting endorsed by a UN expert, the \"documented\" spying into "
                        "allegations with denials, and the conclusion into what the report actually found. "
                        "It may add a balancing case but should not swing to the opposite claim (\"there is "
                        "no risk\").",
            teaches="correcting an overstated claim without overstating the correction"),
        Choice(
            "8.9", name="Q8_9", points=3, level="analyse",
            prompt="**Case (invented).** In 2026 a website called \"Open Eyes\" publishes a post. Nobody knows "
                   "who runs it. The post says that Vendor V's cameras in Country T \"flag members of a religious "
                   "minority for the police\". It gives no method and names no sources. Vendor V replies that its "
                   "cameras \"have no such function\". Using the course's claim-type rule, what are the two "
                   "statements, and what is the best next step?",
            options={"a": "the post is an allegation and Vendor V's reply a self-claim; look for evidence such as "
                          "contracts or tests",
                     "b": "the post is an allegation and Vendor V's reply is a finding, since a vendor knows its own "
                          "product better than anyone",
                     "c": "the post is false, since it states no method, and Vendor V's reply settles the "
                          "question",
                     "d": "both are self-claims, since each side speaks about the same cameras; report neither "
                          "of them"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: the post accuses others of wrongdoing that nothing has established, so it is an "
                      "allegation. Vendor V speaks about its own product, so its reply is a self-claim. The type "
                      "is not a verdict, so the next step is to look for evidence.",
                 "b": "Wrong: a party speaking about itself makes a self-claim, whatever it knows or says about "
                      "its method. Step 1 of the rule comes before the test for a method.",
                 "c": "Wrong: the type of a claim is not a verdict on its truth. A claim with no stated method is "
                      "an allegation that no finding has established, not a false claim.",
                 "d": "Wrong: the website is not speaking about itself; it speaks about Vendor V and the police. "
                      "A self-claim is a party's statement about its own work or conduct."},
            hint="Apply the course's rule in order to each statement: is the speaker talking about itself? If "
                 "not, does the claim accuse someone of wrongdoing? Then recall what the type does not tell you.",
            explanation="Open Eyes speaks about Vendor V and the police and alleges wrongdoing that no court, audit "
                        "or official determination has established: an allegation (step 2). Vendor V speaks about "
                        "its own product: a self-claim (step 1). The chapter warns that the type is not a "
                        "verdict, so neither side settles the matter; evidence such as contracts, tests or "
                        "documents would.",
            teaches="sorting a claim from a source of unknown standing, and its answer"),
        Choice(
            "8.10", name="Q8_10", points=3, level="analyse",
            prompt="**Case (invented).** A 2026 policy brief says: \"According to the UN, Vendor V's system "
                   "flagged 3,000 protesters in Country T.\" Its footnote cites a statement by a UN human-rights "
                   "expert. That statement calls a local newspaper's reporting \"credible\" and quotes its "
                   "figure. The newspaper said it counted the 3,000 names in a leaked police spreadsheet. How "
                   "should you attribute the figure?",
            options={"a": "to the UN expert, who found it; the newspaper only repeated the UN's figure",
                     "b": "to the policy brief, as the first document in English that gives the figure",
                     "c": "to Vendor V, whose system produced the figure, so it is the vendor's self-claim",
                     "d": "to the local newspaper, from a leaked spreadsheet; the UN expert endorsed it"},
            answer="d", wrong=["a", "c"],
            why={"a": "Wrong: the chain runs the other way. The UN expert quoted the newspaper; it did not "
                      "investigate. This is the same mistake as reading the \"looks exclusively for Uighurs\" "
                      "words as a UN finding.",
                 "b": "Wrong: the brief is the last link. It adds neither evidence nor the figure; it repeats "
                      "what the UN statement quoted.",
                 "c": "Wrong: Vendor V said nothing. A self-claim is a party's statement about itself, and here "
                      "the figure comes from a newspaper's count.",
                 "d": "Right: the newspaper is the origin, and its evidence is the spreadsheet it counted. The UN "
                      "expert added authority, by judging the reporting credible, but no new evidence."},
            hint="Follow the chain back from the brief until you reach a source that reports its own evidence. "
                 "Then ask what each later link added: evidence, or authority?",
            explanation="Brief -> UN expert -> newspaper: the newspaper is the origin, two links from the brief, "
                        "and its evidence is a leaked spreadsheet. The chapter's table for the Uyghur quotation "
                        "(New York Times 2019; UN Special Rapporteur 2019) shows the same pattern: a UN mandate "
                        "holder's endorsement adds authority, not evidence. Cite the newspaper as the origin and "
                        "the UN statement as an endorsement.",
            teaches="tracing a new citation chain to its origin"),
        Choice(
            "8.11", name="Q8_11", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 a university team publishes a study. It searched the public "
                   "procurement records of Country T from 2018 to 2025, in two languages, for contracts that buy "
                   "\"minority recognition\" features. It found none. Country T's interior minister then says: "
                   "\"This study proves that our cameras have never been used to track minorities.\" Which "
                   "judgement of the minister's statement does the chapter support best?",
            options={"a": "supported: the study states its method and its sources, so it is a finding, and a finding settles the question",
                     "b": "not supported: no public contract was found, but secret contracts and other uses lie "
                          "outside the study",
                     "c": "not supported: a university study stays an allegation until a court confirms it",
                     "d": "supported: the minister is an official, so his words are an official determination"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the study is a finding, but a finding can be narrow. Absence of evidence is not "
                      "evidence of absence, and the study looked only at the purpose of public purchases.",
                 "b": "Right: like the report's own finding on ethnic targeting, the study is narrow. It covers "
                      "public records and the purpose of purchases. Security contracts are often secret, and "
                      "general features can be used in ways no contract names.",
                 "c": "Wrong: the study accuses no one of wrongdoing; it reports a search by a stated method, "
                      "so it is a finding. The problem is what the minister reads into it.",
                 "d": "Wrong: the minister speaks about his own government's conduct, so his words are a "
                      "self-claim. An official determination is an independent process, not a statement."},
            hint="Re-read 'What the report did not find': which three limits does the chapter give for a "
                 "finding of \"no evidence\"? Apply them to the minister's words.",
            explanation="The chapter gives three limits for the report's negative finding (IRI 2024). They "
                        "apply here. The study is narrow (purchases made for that purpose, in public records), and absence "
                        "of evidence is not evidence of absence, since security contracts are often secret. The "
                        "right summary is \"a review of public records found no such contract\", not \"this "
                        "never happened\". The minister's statement is a self-claim that goes beyond the finding.",
            teaches="judging what a new negative finding can support"),
    ],
)
