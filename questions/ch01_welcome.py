"""Graded spec for chapter 1, welcome and the source report. Instructor-only: holds the answers.

The set practises reading the source report as a dated, attributed document: when its
research was done, whose perspective it carries, what kind of claim a statement is
(finding, allegation or self-claim, by the course's one rule in course/grading/vocabulary.py),
which of its statements the course corrects and which habit of checking catches each,
and how corrected dates change a timeline. Every fact used is stated, with a source, in
book/ch01_welcome.md (the corrections table and the sections on the report).
"""
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Ordering, Written
from course.grading.vocabulary import ALLEGATION, FINDING, SELF_CLAIM, claim_rule_markdown


def statement(claim, *, claimant, about, method=None, wrongdoing=False, established=False, reported_by=None):
    return {"claim": claim, "claimant": claimant, "about": about, "method": method,
            "wrongdoing": wrongdoing, "established": established, "reported_by": reported_by}


# Invented, generic statements: they describe kinds of source, not real events.
VENDOR_CITIES = statement("we have built more than 100 smart cities", claimant="camera vendor",
                          about="camera vendor", reported_by="privacy NGO")
AUDIT_OVERPAID = statement("the contractor was overpaid for six buildings", claimant="national audit office",
                           about="contractor", method="audit", wrongdoing=True, established=True,
                           reported_by="newspaper")
RIGHTS_GROUP = statement("the city's cameras may have face recognition", claimant="digital-rights group",
                         about="city police")
VENDOR_OWN_COUNT = statement("our academy has trained 20,000 officers", claimant="camera vendor",
                             about="camera vendor", method="count")
MINISTRY_OWN_PROJECT = statement("the project used no state budget money", claimant="interior ministry",
                                 about="interior ministry", method="official determination",
                                 reported_by="news agency")
VENDOR_DENIAL = statement("our staff did not help the police read phones", claimant="camera vendor",
                          about="camera vendor", method="internal investigation", wrongdoing=True,
                          reported_by="newspaper")
THINK_TANK_COUNT = statement("the vendor signed 40 agreements", claimant="think tank", about="camera vendor",
                             method="count", reported_by="camera vendor")
COURT_RULING = statement("the company broke the data-protection law", claimant="court", about="company",
                         method="court ruling", wrongdoing=True, established=True)
INSTITUTE_UNSOURCED = statement("the vendor shares data with its government", claimant="research institute",
                                about="camera vendor", reported_by="camera vendor")
NEWSPAPER_CLAIM = statement("officers used the system to follow journalists", claimant="newspaper",
                            about="city police", wrongdoing=True, reported_by="newspaper")
NEWSPAPER_INVESTIGATION = statement("vendor technicians helped the police read opposition phones",
                                    claimant="newspaper", about="camera vendor",
                                    method="documents and interviews", wrongdoing=True, reported_by="news agency")
NGO_INTERVIEWS = statement("the police used the cameras to follow protesters", claimant="human-rights group",
                           about="city police", method="interviews", wrongdoing=True)

# Practice statements for the learner copy (invented, generic, unlike every case above).
PRACTICE_OWN_SALES = statement("our cameras are installed in 300 towns", claimant="camera maker",
                               about="camera maker", method="sales records", reported_by="trade magazine")
PRACTICE_LEAKED_BRIBES = statement("the ministry paid bribes for the contract", claimant="newspaper",
                                   about="ministry", method="leaked documents", wrongdoing=True)
PRACTICE_PROCUREMENT = statement("the police bought 500 cameras in 2021", claimant="university researchers",
                                 about="city police", method="procurement records", reported_by="camera maker")
PRACTICE_CUSTOMS = statement("the firm broke export rules", claimant="customs authority", about="firm",
                             method="official investigation", wrongdoing=True, established=True, reported_by="firm")
PRACTICE_PARTY_CLAIM = statement("the city shares its video with the army", claimant="opposition party",
                                 about="city government", reported_by="city government")

STATEMENT_FIELDS = """Each statement is a dict like
`{"claim": "...", "claimant": "national audit office", "about": "contractor", "method": "audit",
"wrongdoing": True, "established": True, "reported_by": "newspaper"}`: `claimant` is who made the claim in
the first place, `about` is who the claim is about, `method` is the stated method (`"audit"`, `"count"`,
`"court ruling"`, `"official determination"` ...) or `None` when none is given, `wrongdoing` says whether
the claim says someone did something wrong, `established` whether an independent process (a court ruling,
an audit, an official determination) has established that, and `reported_by` is who repeated it (or
`None`)."""

# Code with each misconception 1.4 teaches against; each must lose at least half the item.
CLAIM_TYPE_MISCONCEPTIONS = {
    "rule order: a stated method tested before a party speaking about itself":
        "def claim_type(statement):\n"
        "    if statement['wrongdoing'] and not statement['established']:\n"
        "        return 'allegation'\n"
        "    if statement['method'] is not None:\n"
        "        return 'finding'\n"
        "    if statement['claimant'] == statement['about']:\n"
        "        return 'self-claim'\n"
        "    return 'allegation'\n",
    "who reported it: the reporter taken for the claimant":
        "def claim_type(statement):\n"
        "    source = statement['reported_by'] or statement['claimant']\n"
        "    if source == statement['about']:\n"
        "        return 'self-claim'\n"
        "    if statement['wrongdoing'] and not statement['established']:\n"
        "        return 'allegation'\n"
        "    if statement['method'] is not None:\n"
        "        return 'finding'\n"
        "    return 'allegation'\n",
}

CHAPTER = Chapter(
    slug="ch01_welcome",
    title="Welcome and the source report",
    items=[
        Choice(
            "1.1", name="Q1_1", points=2, level="recall",
            prompt="The report was published in 2024. When was most of its research done, and what is "
                   "the evidence?",
            options={"a": "in 2024, the year it was published",
                     "b": "mostly between August and November 2022, judging by the access dates in its endnotes",
                     "c": "in 2019, the year of the CSIS Safe City study it cites",
                     "d": "in 2023, judging by its most recent sources"},
            answer="b", wrong=["a", "d"],
            hint="Publication date and research date are different things. Which date in an endnote tells "
                 "you when a researcher actually read a source?",
            explanation="Most endnote access dates fall between August and November 2022; a few sources date "
                        "from 2023 and early 2024. The report is 2022 research published in 2024, so its "
                        "'current' figures were already dated when it appeared.",
            teaches="telling a publication date from a research date"),
        MultiChoice(
            "1.2", name="Q1_2", points=3, level="recall",
            prompt="A colleague says: \"The report was written by a US democracy-promotion organisation and "
                   "paid for by the National Endowment for Democracy, so we should not use it.\" Which "
                   "responses follow the chapter's advice? Give the set of letters.",
            options={"a": "agree: the funding makes its findings unreliable, so set the report aside",
                     "b": "check each claim against the evidence it cites, and treat the funding as a reason "
                          "to read critically rather than to dismiss",
                     "c": "add other perspectives, such as research on why governments choose to buy these "
                          "systems (Greitens, 2020)",
                     "d": "treat the PRC government and company self-descriptions the report cites as "
                          "independent counts, since the report is critical of the PRC",
                     "e": "for each claim, ask who makes it and what someone on the other side of the deal "
                          "would say",
                     "f": "treat the report as neutral, because its lead author once worked for the US "
                          "State Department"},
            answer={"b", "c", "e"}, wrong=[{"a", "c"}, {"b", "c", "d", "e"}, {"b", "c", "e", "f"}, {"b", "e"}],
            hint="The chapter separates a source's perspective from its accuracy. Keep the responses that "
                 "check evidence or add voices; drop those that dismiss, or trust, a source because of who "
                 "wrote it.",
            explanation="(b), (c) and (e) follow the chapter: perspective shapes which questions a report asks "
                        "and which sources it leans on, but it does not make findings wrong; the remedy is "
                        "checking evidence and adding other voices (Greitens 2020, Carnegie 2019, the "
                        "Ecuadorian researchers of 2023). (a) dismisses on funding alone; (d) mistakes "
                        "self-descriptions for independent counts; (f) mistakes a background for neutrality.",
            teaches="separating a source's perspective from its accuracy"),
        Choice(
            "1.3", name="Q1_3", points=2, level="apply",
            prompt="The course sorts claims into three types (the chapter's section \"Finding, allegation or "
                   "self-claim\"):\n\n" + claim_rule_markdown() + "\nWhich of these statements from "
                   "chapter 1 is a **self-claim**?",
            options={"a": "CSIS counted 73 Huawei Safe City agreements in 52 countries",
                     "b": "the US Commerce Department added Meiya Pico to the Entity List in October 2019",
                     "c": "the IRI programme that produced the report states that its aim is to counter the "
                          "authoritarian influence of the Chinese Communist Party in developing democracies",
                     "d": "scholars who study the buying side find that governments choose these systems for "
                          "their own reasons, such as high crime rates"},
            answer="c", wrong=["a", "b", "d"],
            hint="Look for the statement in which the organisation making the claim is also the organisation "
                 "the claim is about.",
            explanation="(c) is IRI describing the aim of its own programme: a self-claim, and useful for "
                        "reading the report's perspective. (a) is a documented count by a think tank, (b) an "
                        "official determination by a government body and (d) a research finding: all "
                        "findings of the bodies named, to be attributed to them.",
            teaches="recognising a self-claim, including the report's own"),
        Function(
            "1.4", name="claim_type", points=5, level="apply",
            signature="claim_type(statement: dict) -> str",
            prompt="Write `claim_type(statement)` that applies the course's claim-type rule (item 1.3) to a "
                   "statement, with these four tests in this order; return at the first that applies:\n\n"
                   "1. the claimant is making the claim about itself (`claimant` equals `about`): return "
                   f"`\"{SELF_CLAIM}\"`, whatever method it states;\n"
                   "2. the claim says someone did something wrong (`wrongdoing` is `True`) and no independent "
                   f"process has established it (`established` is `False`): return `\"{ALLEGATION}\"`, even "
                   "when a method is stated;\n"
                   f"3. a method is stated (`method` is not `None`): return `\"{FINDING}\"`;\n"
                   f"4. otherwise return `\"{ALLEGATION}\"`.\n\n"
                   "Who *reported* the claim never changes its type: classify it by the original claimant. "
                   + STATEMENT_FIELDS,
            public_cases=[Case(VENDOR_CITIES, expect=SELF_CLAIM), Case(AUDIT_OVERPAID, expect=FINDING),
                          Case(RIGHTS_GROUP, expect=ALLEGATION)],
            # Weights: the cases where a stated method meets a party speaking about itself (rule
            # order) or where the reporter differs from the claimant (who reported it) carry half
            # the points, so neither misconception can keep more than half of the item.
            hidden_cases=[Case(VENDOR_OWN_COUNT, expect=SELF_CLAIM, weight=3),
                          Case(MINISTRY_OWN_PROJECT, expect=SELF_CLAIM, weight=4),
                          Case(VENDOR_DENIAL, expect=SELF_CLAIM, weight=4),
                          Case(THINK_TANK_COUNT, expect=FINDING, weight=2),
                          Case(COURT_RULING, expect=FINDING),
                          Case(INSTITUTE_UNSOURCED, expect=ALLEGATION, weight=2),
                          Case(NEWSPAPER_CLAIM, expect=ALLEGATION),
                          Case(NEWSPAPER_INVESTIGATION, expect=ALLEGATION),
                          Case(NGO_INTERVIEWS, expect=ALLEGATION)],
            # Worked by hand with the four tests in order (the rule number that applies is given).
            practice_cases=[Case(PRACTICE_OWN_SALES, expect=SELF_CLAIM),        # 1: about itself, method or not
                            Case(PRACTICE_LEAKED_BRIBES, expect=ALLEGATION),    # 2: wrongdoing, not established
                            Case(PRACTICE_PROCUREMENT, expect=FINDING),         # 3: method; reporter irrelevant
                            Case(PRACTICE_CUSTOMS, expect=FINDING),             # 3: wrongdoing established
                            Case(PRACTICE_PARTY_CLAIM, expect=ALLEGATION)],     # 4: no method
            misconception_code=CLAIM_TYPE_MISCONCEPTIONS,
            mutant_code=[
                "def claim_type(statement):  # any stated method makes a finding (the old chapter-1 rule)\n"
                "    if statement['claimant'] == statement['about']:\n"
                "        return 'self-claim'\n"
                "    if statement['method'] is not None:\n"
                "        return 'finding'\n"
                "    return 'allegation'\n",
                "def claim_type(statement):\n"
                "    if statement['claimant'] == statement['about']:\n"
                "        return 'self-claim'\n"
                "    if statement['reported_by'] is not None:\n"
                "        return 'finding'\n"
                "    return 'allegation'\n",
            ],
            hint="Test the four conditions in the order given: a vendor's own count is still a self-claim, "
                 "and a newspaper's investigation of wrongdoing is still an allegation. Use `claimant`, not "
                 "`reported_by`, and test `method` with `is not None`.",
            explanation="`if statement['claimant'] == statement['about']: return 'self-claim'`; then `if "
                        "statement['wrongdoing'] and not statement['established']: return 'allegation'`; then "
                        "`if statement['method'] is not None: return 'finding'`; else `'allegation'`. The order "
                        "matters: a company counting its own trainees states a method but is still describing "
                        "itself, and a newspaper that explains how it found out about wrongdoing has made an "
                        "allegation until a court, an audit or an official determination establishes it. A "
                        "self-claim is not false, only unverified and partial.",
            teaches="classifying claims by a stated rule"),
        Matching(
            "1.5", name="Q1_5", points=4, level="apply",
            prompt="Each statement below is one the report makes and the course corrects (see the table of "
                   "corrections in chapter 1). Match each to the habit of checking that would have caught it. "
                   "A habit may be used more than once. Answer with a dict, e.g. "
                   "`{\"wassenaar\": \"a\", ...}`.",
            left={"wassenaar": "the Wassenaar Arrangement adopted surveillance-related controls in 2017",
                  "csis": "a CSIS study covered smart city agreements in 52 countries",
                  "entity_list": "the US Entity List bars Meiya Pico from dealing with US businesses and persons",
                  "ecu911": "Ecuador's ECU-911 system was PRC state-funded in exchange for oil",
                  "iec": "the IEC is currently headed by a PRC national",
                  "malaysia_lab": "Malaysia and Huawei set up a cyber-security lab in 2020"},
            right={"a": "date the event from its primary source, and check the source's own date",
                   "b": "check what a count or percentage is a count of",
                   "c": "check what a law, a listing or a financing deal actually does",
                   "d": "check whether a statement in the present tense is still true"},
            answer={"wassenaar": "a", "csis": "b", "entity_list": "c", "ecu911": "c", "iec": "d",
                    "malaysia_lab": "a"},
            wrong=[{"wassenaar": "a", "csis": "b", "entity_list": "c", "ecu911": "a", "iec": "d", "malaysia_lab": "a"},
                   {"wassenaar": "a", "csis": "b", "entity_list": "c", "ecu911": "c", "iec": "a", "malaysia_lab": "a"}],
            hint="For each statement, find its row in the corrections table and ask what was actually wrong: "
                 "a date, the thing counted, what an instrument does, or a fact that has since changed.",
            explanation="Wassenaar: the controls were agreed in December 2013, amended in 2017 (date). CSIS: 73 "
                        "agreements in 52 countries, percentages are shares of agreements (what is counted). "
                        "Entity List: a licence requirement for items under US export rules, not a ban on all "
                        "dealings (what a listing does). ECU-911: financed by Chinese loans repaid in oil, not a "
                        "grant (what a financing deal does). IEC: Shu Yinbiao led it for 2020 to 2022, so the "
                        "present tense went stale (still true?). Malaysia lab: announced in February 2021 "
                        "(date).",
            teaches="naming the checking habit behind each correction"),
        Choice(
            "1.6", name="Q1_6", points=2, level="recall",
            prompt="The report states, in the present tense, that a PRC national heads the IEC. You are "
                   "writing in 2025. How should you use this statement?",
            options={"a": "repeat it as it stands: the report was published in 2024, so it was true then",
                     "b": "drop it: it was never true",
                     "c": "date it: Shu Yinbiao, a PRC national, was IEC President for 2020 to 2022; "
                          "write it in the past tense with those years",
                     "d": "replace it with 'the head of the ITU is from the PRC', which is still true"},
            answer="c", wrong=["a", "d"],
            hint="A report researched in 2022 and published in 2024 describes 2022. Check the years the "
                 "chapter gives for each leadership post, and for the ITU too.",
            explanation="Shu Yinbiao's IEC presidency ran 2020 to 2022, so the statement was true during the "
                        "research window but not on publication. The ITU option is also stale: Houlin Zhao "
                        "led the ITU until the end of 2022, and Doreen Bogdan-Martin of the United States has "
                        "led it since 1 January 2023.",
            teaches="dating a present-tense claim (ERR-24)"),
        Ordering(
            "1.7", name="Q1_7", points=3, level="apply",
            prompt="Using the **corrected** dates the chapter gives (not the report's), put these events in "
                   "order, earliest first, as a list of letters.",
            entries={"A": "Ecuador's ECU-911 deal is signed without public bidding",
                     "B": "senior Kyrgyz officers attend a PRC-run seminar at Shandong Police College",
                     "C": "Wassenaar participants agree controls on intrusion software and IP network surveillance",
                     "D": "the US Commerce Department lists Meiya Pico on the Entity List",
                     "E": "the PRC Export Control Law comes into force",
                     "F": "Malaysia and Huawei announce a cyber-security lab",
                     "G": "the report's researchers read most of their sources",
                     "H": "Doreen Bogdan-Martin begins her term as ITU Secretary-General"},
            answer=["b", "a", "c", "d", "e", "f", "g", "h"],
            wrong=[["b", "a", "c", "d", "f", "e", "g", "h"], ["b", "a", "c", "d", "e", "f", "h", "g"],
                   ["a", "b", "c", "d", "e", "f", "g", "h"]],
            hint="Date each event to the month with the corrections table and the table about the report. "
                 "Two of the events fall within three months of each other.",
            explanation="May 2006 (B), February 2011 (A), December 2013 (C), October 2019 (D), 1 December "
                        "2020 (E), February 2021 (F), August to November 2022 (G), 1 January 2023 (H). With "
                        "the report's date for the lab (2020), F would come before E. H after G shows why the "
                        "report's description of the ITU was already out of date when it appeared.",
            teaches="building a timeline from corrected dates"),
        Choice(
            "1.9", name="Q1_9", points=3, level="analyse",
            prompt="**Case (invented).** A national newspaper writes: \"In its annual report, the camera "
                   "vendor says it trained 5,000 police officers in the region last year, counted from its "
                   "course registers.\" Using the course's claim-type rule (item 1.3), what type of claim is "
                   "the figure of 5,000?",
            options={"a": f"a {FINDING}: the vendor states its method, a count from its course registers",
                     "b": f"a {FINDING} of the newspaper, which checked the annual report and printed it",
                     "c": f"an {ALLEGATION}: no court or audit has confirmed the figure yet",
                     "d": f"a {SELF_CLAIM}: the vendor is counting its own work, whoever repeats it"},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: this tests the steps in the wrong order. The first step asks whether the "
                      "claimant speaks about itself, and that holds whatever method it describes.",
                 "b": "Wrong: the type depends on who made the claim first, not on who repeated it. The "
                      "newspaper only reports what the vendor said.",
                 "c": "Wrong: the figure claims no wrongdoing, and the first step already fits. An unchecked "
                      "figure about one's own work is a self-claim, not an allegation.",
                 "d": "Right: the vendor made the claim first, about its own training. By the first step it "
                      "is a self-claim, even with a stated method. It may still be true."},
            hint="Apply the rule's steps in order, and use the party that first made the claim, not the one "
                 "that repeated it.",
            explanation="The claimant is the vendor and the claim is about the vendor's own work, so step 1 "
                        "gives a self-claim. The stated method (course registers) does not make it an "
                        "independent finding, and the newspaper is only the reporter.",
            teaches="classifying a claim that a newspaper repeats"),
        Choice(
            "1.10", name="Q1_10", points=3, level="evaluate",
            prompt="**Case (invented).** You are writing a briefing in 2026. A website you do not know "
                   "published an article in 2023 saying that a PRC vendor \"runs the police cameras of 30 "
                   "cities\" in your country. It states no method; its only source is the vendor's press "
                   "office. A colleague wants to quote the figure as a fact. What is the most defensible use?",
            options={"a": "quote it as a fact: the article is recent and names its source",
                     "b": "attribute it to the vendor, as of 2023, and seek an independent count first",
                     "c": "drop it: a website you do not know can never be used in a briefing",
                     "d": "quote it as a finding of the website, since the website checked it with the vendor"},
            answer="b", wrong=["a", "d"],
            why={"a": "Wrong: naming a source is not the same as an independent method. The figure is the "
                      "vendor's own, and a 2023 figure needs its date in a 2026 briefing.",
                 "b": "Right: the claim goes back to the vendor, so it is a self-claim. The chapter says a "
                      "self-claim can be true, but it is the vendor's word about itself: attribute it, date "
                      "it, and look for a finding such as procurement records.",
                 "c": "Wrong: the chapter does not dismiss a claim because of who carries it. It asks who made "
                      "the claim, when, and on what evidence.",
                 "d": "Wrong: the website only repeats the press office. Who repeated a claim never changes "
                      "its type."},
            hint="Ask who made the claim first, what kind of claim that makes it, and what date it carries.",
            explanation="The 30 cities are the vendor's self-claim, carried by a website of unknown standing. "
                        "The chapter's habits apply: classify by the first claimant, date anything current "
                        "(2023, read in 2026), and seek a finding before stating it as fact. Dismissing it "
                        "outright throws away a lead.",
            teaches="using a figure from a source of unknown standing"),
        Choice(
            "1.11", name="Q1_11", points=3, level="analyse",
            prompt="**Case (invented).** A 2024 report says that a city's camera network in an invented "
                   "country \"was a gift from the PRC government\". Its footnote cites a 2020 news article. "
                   "The article, based on the signed loan agreement, says that a PRC bank lent USD 50 million, "
                   "to be repaid over 15 years. What should you write?",
            options={"a": "a loan from a PRC bank, as the 2020 article on the agreement says",
                     "b": "a gift from the PRC government: the report is newer than the article",
                     "c": "a gift, partly paid for by a loan: each of the two sources describes one part of the deal",
                     "d": "nothing: the two sources contradict each other, so neither can be used"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: the report's own source, based on the signed agreement, describes a loan. The "
                      "chapter's habit is to check what a financing deal actually does, as with ECU-911 "
                      "(loans repaid in oil, not state funding).",
                 "b": "Wrong: a newer source is not better when it relies on an older one and changes what "
                      "it says. Go back to the primary source.",
                 "c": "Wrong: the article describes one deal, a loan to be repaid. Nothing in it says that "
                      "any part was a gift.",
                 "d": "Wrong: the contradiction has an answer. The report's footnote leads to a source based "
                      "on the agreement itself, so you can check which is right."},
            hint="Follow the report's footnote to its source, and ask what the financing deal actually "
                 "does. The table of corrections has a similar case.",
            explanation="The report's wording changes what its own source says. The article rests on the "
                        "signed agreement: a USD 50 million loan repaid over 15 years. The course's habits "
                        "(cite the primary source, check what a financing deal does) give a loan, as in the "
                        "ECU-911 correction (ERR-27).",
            teaches="checking a report's claim against its own source"),
        Choice(
            "1.12", name="Q1_12", points=3, level="analyse",
            prompt="**Case (invented).** A report on a country's surveillance market was published in March "
                   "2025. The access dates in its endnotes run from January to June 2023. It says, in the "
                   "present tense: \"The country has no data-protection law.\" You find that such a law came "
                   "into force in 2024. How should you use the report's statement?",
            options={"a": "set the whole report aside: a report with one error cannot be trusted anywhere",
                     "b": "keep it as it stands: it was true when the report appeared in March 2025",
                     "c": "date it to mid-2023, when the research was done, and cite the 2024 law",
                     "d": "doubt the law: the report is newer than the law, so it should know better"},
            answer="c", wrong=["b", "d"],
            why={"a": "Wrong: the chapter treats a report as a snapshot with errors to correct, not as a source "
                      "to throw away. Correct the statement and keep checking the rest.",
                 "b": "Wrong: this confuses the publication date with the research date. The endnotes show the "
                      "research was done in 2023, before the law came into force.",
                 "c": "Right: the report describes the time of its research, as the IRI report describes 2022. "
                      "Date the statement to its research window and cite the law for what changed in 2024.",
                 "d": "Wrong: a report published later is not newer evidence. Its research ended in mid-2023, a "
                      "year before the law."},
            hint="Which date tells you when the researchers read their sources? Compare it with the date of "
                 "the law.",
            explanation="As with the IRI report (researched mostly in August to November 2022, published in 2024), "
                        "the access dates date the research. The present-tense statement describes mid-2023. "
                        "Use it in the past tense with that date, and add the 2024 law from its own source.",
            teaches="using a present-tense statement from a dated report"),
        Choice(
            "1.13", name="Q1_13", points=3, level="analyse",
            prompt="**Case (invented).** A human-rights group publishes a court ruling: the court found that a "
                   "city's police broke the data-protection law by keeping face images for years. A camera "
                   "vendor's blog calls this \"an unproven allegation by activists\". By the course's claim-type "
                   "rule (item 1.3), what type of claim is the court's conclusion?",
            options={"a": f"a {FINDING}: a court reached it by a ruling, whoever publishes it",
                     "b": f"an {ALLEGATION}: it is about wrongdoing, and an activist group reports it",
                     "c": f"an {ALLEGATION}: the vendor disputes it, so it is not established",
                     "d": f"a {SELF_CLAIM}: the police are the subject of the ruling"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: the court made the claim first, by a method it states (a ruling), and a court "
                      "ruling is an independent process that establishes wrongdoing. Who publishes it does not "
                      "change its type.",
                 "b": "Wrong: the type depends on who made the claim first. The group only repeats the court's "
                      "ruling.",
                 "c": "Wrong: a claim stays established when someone disputes it. The vendor's blog is a reaction, "
                      "not an independent process.",
                 "d": "Wrong: a self-claim is a party speaking about itself. Here the court speaks about the "
                      "police."},
            hint="Who made the claim first, and has an independent process established the wrongdoing?",
            explanation="Step 1 does not fit (the court is not speaking about itself). Step 2 does not fit, "
                        "because a court ruling has established the wrongdoing. Step 3 fits: a stated method, a "
                        "court ruling. The group is only the reporter, and the vendor's label changes nothing.",
            teaches="classifying a court's conclusion that others repeat or dispute"),
        Written(
            "1.8", name="MEMO_1_8", points=3, level="evaluate",
            prompt="A partner organisation asks whether it should use the report in its own work. Write a "
                   "note of 120 to 250 words. Use three headings, each on its own line: `Who and when`, "
                   "`Perspective`, `How to use it`. Cite at least two sources as `[source: ...]` and mention "
                   "at least two different years.",
            rules=[("words_between", {"low": 120, "high": 250}),
                   ("has_headings", {"headings": ["Who and when", "Perspective", "How to use it"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("accuracy", 2, "Names the publisher, authors and funder correctly and separates "
                                             "the research window (mostly Aug-Nov 2022) from publication (2024)."),
                    Criterion("perspective", 2, "Explains the report's perspective without treating it as a "
                                                "reason to dismiss or to trust the findings."),
                    Criterion("balance", 2, "Names at least one other voice the course adds (demand-side "
                                            "research, other suppliers, Ecuadorian researchers), attributed and dated."),
                    Criterion("use", 2, "Gives practical advice: check claims against sources, use the "
                                        "corrected facts, date every 'current' figure.")],
            hint="Check the length, put each heading on a line by itself, cite sources in the form "
                 "[source: IRI and TextOre 2024], and give years for the claims you make.",
            explanation="A strong note dates the report (2022 research, 2024 publication), names IRI, TextOre "
                        "and NED, treats perspective as a reason for critical reading rather than dismissal, "
                        "adds at least one other voice with its date, and tells the partner how to check and "
                        "date claims.",
            teaches="advising on how to use a source with a known perspective"),
    ],
)
