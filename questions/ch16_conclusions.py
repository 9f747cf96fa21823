"""Graded spec for chapter 16, conclusions and levers. Instructor-only: holds the answers.

Every fact used here is stated, with its source, in book/ch16_conclusions.md: the report's
four reasons and three factors, the actor-lever table, the procurement lessons (no public
bidding for ECU-911, 2011; the Kyrgyz Interior Ministry's 2019 statement that its CEIEC
agreement was public; Kyrgyz activists' questions on data storage and access; equipment
that cost the state budget nothing; Malaysia's trade ministry on due diligence, May 2025),
the open-ports claim (a claim to test, not a finding) and the section on who wrote the report.

The red-flag rule uses only flags the chapter grounds in a sourced case. Flags named in
the assignment that the chapter does not ground as procurement lessons are left out: a
revenue share per fine (chapter 13 describes Vega's contract but no source treats it as a
warning sign), vendor-held encryption keys and data-protection impact assessments (in no
chapter), and loan financing (chapter 15 says it eased adoption, not that it signals a
flawed tender). The mock tenders are invented. Scenario items 16.9-16.12 are invented cases
(a regulator's test, a draft contract, a proposed law, a complaint) resting on facts the chapter states.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice,
                                 Written)

ALL_CLAUSES = ["data_location", "access_logs", "remote_maintenance"]


def tender(name, *, bidding=True, published=True, clauses=ALL_CLAUSES, price=1_000_000, costed=True,
           diligence=True):
    return {"name": name, "public_bidding": bidding, "contract_published": published,
            "data_clauses": list(clauses), "price": price, "lifetime_cost_estimated": costed,
            "due_diligence": diligence}


CAMERAS = tender("city cameras, direct award", bidding=False, published=False, clauses=[], price=5_000_000)
CLEAN = tender("traffic sensors, open tender", price=800_000)
DONATED = tender("donated face recognition", bidding=False, clauses=["data_location"], price=0, costed=False)
FREE_COSTED = tender("free pilot, costed for its whole life", price=0, costed=True)
PAID_UNCOSTED = tender("paid cameras, no lifetime estimate", price=2_000_000, costed=False)
TWO_CLAUSES = tender("licence-plate readers, two data clauses", clauses=["access_logs", "data_location"])
EXTRA_CLAUSE = tender("control room, four clauses",
                      clauses=["remote_maintenance", "encryption", "data_location", "access_logs"])
NO_DILIGENCE = tender("national ai platform, announced first", diligence=False)
ALL_BAD = tender("emergency system, everything missing", bidding=False, published=False, clauses=[], price=0,
                 costed=False, diligence=False)
DUPLICATES = tender("body cameras, repeated clause", clauses=["access_logs", "access_logs", "data_location"])

FLAG_RULES = """The flags, each grounded in a case in the chapter:
- `"no_public_bidding"`: the contract was not awarded by open public bidding (Ecuador signed its ECU-911
  deal in February 2011 without public bidding; an audit later found a USD 32 million overpayment).
- `"contract_not_published"`: the signed contract is not published, so auditors, journalists and civil
  society cannot check its terms (contrast Kyrgyzstan's Interior Ministry, which said in 2019 that its
  CEIEC agreement was public).
- `"missing_data_terms"`: the contract lacks any one of the clauses `"data_location"`, `"access_logs"`
  and `"remote_maintenance"` (Kyrgyz activists asked where data would be stored and who could reach it).
- `"uncosted_free_offer"`: the equipment is offered at no cost (`price` is 0) and nobody has estimated
  what it will cost to run and maintain over its life (CEIEC's equipment came to Kyrgyzstan at no cost
  to the state budget in 2019; free equipment still has to be run).
- `"no_due_diligence"`: no legal, operational and reputational due diligence was done before the
  project was announced (Malaysia's trade ministry, May 2025).

Each tender is a dict like `{"name": "...", "public_bidding": True, "contract_published": False,
"data_clauses": ["data_location"], "price": 0, "lifetime_cost_estimated": False, "due_diligence": True}`."""


def practice_tender(name, **terms):
    """An invented tender for the learner copy's practice cases: every safeguard in place unless changed."""
    return {"name": name, "public_bidding": True, "contract_published": True,
            "data_clauses": ["data_location", "access_logs", "remote_maintenance"], "price": 100000,
            "lifetime_cost_estimated": True, "due_diligence": True, **terms}


PRACTICE_FREE_UNCOSTED = practice_tender("practice: free cameras, no running-cost estimate, announced first", price=0,
                                         lifetime_cost_estimated=False, due_diligence=False)
PRACTICE_PAID_SERVERS = practice_tender("practice: paid servers, one clause missing", contract_published=False,
                                        data_clauses=["remote_maintenance", "data_location"],
                                        lifetime_cost_estimated=False)
PRACTICE_REPEATED_CLAUSE = practice_tender("practice: three clauses but one repeated",
                                           data_clauses=["access_logs", "access_logs", "data_location"])
PRACTICE_DIRECT_AWARD = practice_tender("practice: direct award with every other safeguard", public_bidding=False)
PRACTICE_CLEAN = practice_tender("practice: open tender with every safeguard")

CHAPTER = Chapter(
    slug="ch16_conclusions",
    title="Conclusions and levers",
    items=[
        Matching(
            "16.1", name="Q16_1", points=3, level="recall",
            prompt="Match each action to the actor whose own powers or work it belongs to, as the chapter's "
                   "table and actor sections describe them. Give a dict from each key to a letter.",
            left={"hearing": "Ask in a committee hearing why most of the cameras installed are not working.",
                  "export_law": "Add a human-rights catch-all to an exporting state's export-control law.",
                  "publish": "Publish the tender and the signed contract.",
                  "clauses": "Write clauses on data location, access logs and remote maintenance into the "
                             "contract.",
                  "inspect": "Inspect a face-recognition system after a complaint, and order changes.",
                  "open_ports": "Use cybersecurity powers to test a claim that equipment has open ports for "
                                "remote updates.",
                  "attribute": "Attribute each figure to its claimant and date, and read the audit, not only "
                               "the press release.",
                  "moratorium": "Build a coalition that calls for a moratorium on face recognition until "
                                "safeguards exist."},
            right={"a": "legislators", "b": "procurement officials",
                   "c": "regulators, including data-protection authorities", "d": "journalists",
                   "e": "civil-society groups"},
            answer={"hearing": "a", "export_law": "a", "publish": "b", "clauses": "b", "inspect": "c",
                    "open_ports": "c", "attribute": "d", "moratorium": "e"},
            wrong=[{"hearing": "a", "export_law": "a", "publish": "d", "clauses": "b", "inspect": "c",
                    "open_ports": "d", "attribute": "d", "moratorium": "a"},
                   {"hearing": "e", "export_law": "a", "publish": "b", "clauses": "c", "inspect": "c",
                    "open_ports": "c", "attribute": "d", "moratorium": "e"}],
            hint="Ask who holds the power each action needs: to pass laws, to sign contracts, to inspect and "
                 "order, to publish stories, or to organise.",
            explanation="Hearings and laws belong to legislators (the Kyrgyz MP's question of May 2024; the "
                        "export-law catch-all). Publishing and contract clauses are in the procurement "
                        "official's hands. Inspecting after complaints and testing technical claims need a "
                        "regulator's powers (Malaysia's Cyber Security Act 2024 is one source of such powers). "
                        "Attribution is the journalist's habit; coalitions and moratorium calls came from civil "
                        "society (over 70 NGOs in Kyrgyzstan).",
            teaches="choosing levers that fit an actor's own powers"),
        Matching(
            "16.2", name="Q16_2", points=2, level="recall",
            prompt="The report names three factors: **conventions and standards** (the rules and tests that "
                   "should govern use and sale), **support for civil society** (room and protection for "
                   "outside voices), and **monitoring and countermeasures** (checking what systems do and "
                   "detecting misuse). Match each lever from the chapter's table to the factor it serves. Give "
                   "a dict from each key to a letter.",
            left={"legal_basis": "Require that surveillance technology be used only with a legal basis, for "
                                 "legitimate aims and where necessary.",
                  "consultations": "Take part in national consultations on standards and export rules.",
                  "coalitions": "Build coalitions across organisations.",
                  "complaints": "Accept and act on complaints from groups and individuals.",
                  "audits": "Run technical audits and require incident reporting.",
                  "document": "Document the deployments in your own city, with dated and sourced records."},
            right={"a": "conventions and standards", "b": "support for civil society",
                   "c": "monitoring and countermeasures"},
            answer={"legal_basis": "a", "consultations": "a", "coalitions": "b", "complaints": "b",
                    "audits": "c", "document": "c"},
            wrong=[{"legal_basis": "a", "consultations": "b", "coalitions": "b", "complaints": "c",
                    "audits": "c", "document": "b"}],
            hint="Ask what each lever produces: a rule, a voice for others, or information about what a "
                 "system actually does.",
            explanation="Legal tests and consultations on standards shape the rules (conventions); coalitions "
                        "and complaint handling give outside voices a channel (civil society); audits, incident "
                        "reports and documentation find out what systems do (monitoring).",
            teaches="linking concrete levers to the report's three factors"),
        Function(
            "16.3", name="red_flags", points=3, level="apply",
            signature="red_flags(tender: dict) -> list",
            prompt="Write `red_flags(tender)` that applies a procurement red-flag rule to a mock tender and "
                   "returns the list of flags it raises, sorted alphabetically (an empty list if none). "
                   + FLAG_RULES,
            public_cases=[Case(CAMERAS, expect=["contract_not_published", "missing_data_terms", "no_public_bidding"]),
                          Case(CLEAN, expect=[]),
                          Case(DONATED, expect=["missing_data_terms", "no_public_bidding", "uncosted_free_offer"])],
            # Practice (learner copy): invented tenders, worked by hand flag by flag.
            practice_cases=[Case(PRACTICE_FREE_UNCOSTED, expect=["no_due_diligence", "uncosted_free_offer"]),
                            Case(PRACTICE_PAID_SERVERS, expect=["contract_not_published", "missing_data_terms"]),
                            Case(PRACTICE_REPEATED_CLAUSE, expect=["missing_data_terms"]),   # remote_maintenance is missing
                            Case(PRACTICE_DIRECT_AWARD, expect=["no_public_bidding"]),
                            Case(PRACTICE_CLEAN, expect=[])],
            hidden_cases=[Case(FREE_COSTED, expect=[]),
                          Case(PAID_UNCOSTED, expect=[]),
                          Case(TWO_CLAUSES, expect=["missing_data_terms"]),
                          Case(EXTRA_CLAUSE, expect=[]),
                          Case(NO_DILIGENCE, expect=["no_due_diligence"]),
                          Case(ALL_BAD, expect=["contract_not_published", "missing_data_terms", "no_due_diligence",
                                                "no_public_bidding", "uncosted_free_offer"]),
                          Case(DUPLICATES, expect=["missing_data_terms"])],
            mutant_code=[
                "def red_flags(tender):\n"
                "    flags = []\n"
                "    if not tender['public_bidding']: flags.append('no_public_bidding')\n"
                "    if not tender['contract_published']: flags.append('contract_not_published')\n"
                "    if any(c not in tender['data_clauses'] for c in ('data_location', 'access_logs', 'remote_maintenance')):\n"
                "        flags.append('missing_data_terms')\n"
                "    if not tender['lifetime_cost_estimated']: flags.append('uncosted_free_offer')\n"
                "    if not tender['due_diligence']: flags.append('no_due_diligence')\n"
                "    return sorted(flags)\n",
                "def red_flags(tender):\n"
                "    flags = []\n"
                "    if not tender['public_bidding']: flags.append('no_public_bidding')\n"
                "    if not tender['contract_published']: flags.append('contract_not_published')\n"
                "    if len(tender['data_clauses']) < 3: flags.append('missing_data_terms')\n"
                "    if tender['price'] == 0 and not tender['lifetime_cost_estimated']: flags.append('uncosted_free_offer')\n"
                "    if not tender['due_diligence']: flags.append('no_due_diligence')\n"
                "    return sorted(flags)\n",
                "def red_flags(tender):\n"
                "    flags = []\n"
                "    if not tender['public_bidding']: flags.append('no_public_bidding')\n"
                "    if not tender['contract_published']: flags.append('contract_not_published')\n"
                "    if not tender['data_clauses']: flags.append('missing_data_terms')\n"
                "    if tender['price'] == 0 and not tender['lifetime_cost_estimated']: flags.append('uncosted_free_offer')\n"
                "    if not tender['due_diligence']: flags.append('no_due_diligence')\n"
                "    return sorted(flags)\n",
                "def red_flags(tender):\n"
                "    flags = []\n"
                "    if not tender['public_bidding']: flags.append('no_public_bidding')\n"
                "    if not tender['contract_published']: flags.append('contract_not_published')\n"
                "    if any(c not in tender['data_clauses'] for c in ('data_location', 'access_logs', 'remote_maintenance')):\n"
                "        flags.append('missing_data_terms')\n"
                "    if tender['price'] == 0 and not tender['lifetime_cost_estimated']: flags.append('uncosted_free_offer')\n"
                "    if not tender['due_diligence']: flags.append('no_due_diligence')\n"
                "    return flags\n",
            ],
            hint="One `if` per flag, each reading only the fields its rule names. For the data terms, check "
                 "each of the three clauses by name; for the free offer, both conditions must hold. Sort at "
                 "the end.",
            explanation="Each flag is a plain test of its own fields. Common slips: flagging any tender without "
                        "a lifetime estimate (the rule is about free offers), counting clauses instead of "
                        "checking them by name (duplicates or extras fool a count), flagging data terms only "
                        "when there are none, and forgetting to sort.",
            teaches="applying a procurement red-flag rule grounded in sourced cases"),
        Function(
            "16.4", name="review_order", points=2, level="apply", uses=["16.3"],
            signature="review_order(tenders: list) -> list",
            prompt="Write `review_order(tenders)` that tells a reviewer which tenders to look at first: the "
                   "names of the tenders that raise at least one flag, those with the most flags first, and "
                   "tenders with the same number of flags in alphabetical order of name. Use `red_flags` from "
                   "16.3. Tenders are dicts as in 16.3.",
            public_cases=[Case([CAMERAS, CLEAN, DONATED],
                               expect=["city cameras, direct award", "donated face recognition"]),
                          Case([NO_DILIGENCE, ALL_BAD, CLEAN],
                               expect=["emergency system, everything missing", "national ai platform, announced first"])],
            # Practice (learner copy), worked by hand: flags 2, 2, 1, 1 and 0; ties by name.
            practice_cases=[
                Case([PRACTICE_CLEAN, PRACTICE_REPEATED_CLAUSE, PRACTICE_FREE_UNCOSTED, PRACTICE_PAID_SERVERS, PRACTICE_DIRECT_AWARD],
                     expect=[PRACTICE_FREE_UNCOSTED["name"], PRACTICE_PAID_SERVERS["name"], PRACTICE_DIRECT_AWARD["name"],
                             PRACTICE_REPEATED_CLAUSE["name"]]),
                Case([PRACTICE_CLEAN], expect=[]),
                Case([PRACTICE_PAID_SERVERS, PRACTICE_FREE_UNCOSTED], expect=[PRACTICE_FREE_UNCOSTED["name"], PRACTICE_PAID_SERVERS["name"]])],
            hidden_cases=[Case([], expect=[]),
                          Case([CLEAN, PAID_UNCOSTED, FREE_COSTED], expect=[]),
                          Case([NO_DILIGENCE, TWO_CLAUSES, DONATED, CAMERAS],
                               expect=["city cameras, direct award", "donated face recognition",
                                       "licence-plate readers, two data clauses",
                                       "national ai platform, announced first"]),
                          Case([DUPLICATES, ALL_BAD], expect=["emergency system, everything missing",
                                                              "body cameras, repeated clause"])],
            mutant_code=[
                "def review_order(tenders):\n"
                "    return [t['name'] for t in sorted(tenders, key=lambda t: (-len(red_flags(t)), t['name']))]\n",
                "def review_order(tenders):\n"
                "    flagged = [t for t in tenders if red_flags(t)]\n"
                "    return [t['name'] for t in sorted(flagged, key=lambda t: (len(red_flags(t)), t['name']))]\n",
                "def review_order(tenders):\n"
                "    flagged = [t for t in tenders if red_flags(t)]\n"
                "    return [t['name'] for t in sorted(flagged, key=lambda t: -len(red_flags(t)))]\n",
            ],
            hint="Drop the tenders with no flags first. Then sort by two things at once: the number of flags "
                 "(largest first) and, for ties, the name.",
            explanation="`flagged = [t for t in tenders if red_flags(t)]`, then sort with the key "
                        "`(-len(red_flags(t)), t['name'])` and keep the names. The minus sign puts the most "
                        "flags first while the names still sort A to Z.",
            teaches="turning a rule into a review order"),
        MultiChoice(
            "16.5", name="Q16_5", points=3, level="apply",
            prompt="The chapter separates what the case studies document from risks the authors infer and "
                   "from claims still to be tested. Which of these are **documented findings** in the chapter's "
                   "sources? Give the set of letters.",
            options={"a": "PRC-made equipment in the three countries gave PRC agencies access to activists' "
                          "data.",
                     "b": "Ecuador's ECU-911 deal was signed without public bidding.",
                     "c": "A committee of more than 70 Kyrgyz NGOs called for a moratorium on face recognition.",
                     "d": "PRC equipment in Kyrgyzstan has open ports through which suppliers reach camera data.",
                     "e": "In May 2025 Malaysia's trade ministry said the government had not developed, endorsed "
                          "or coordinated a newly announced Huawei-based AI project.",
                     "f": "Export controls cannot work against the PRC."},
            answer={"b", "c", "e"},
            wrong=[{"b", "c", "d", "e"}, {"a", "b", "c", "e"}, {"b", "c", "e", "f"}, {"b", "c"}],
            hint="For each statement ask: does a named source report it as having happened, or is it a "
                 "warning, a claim someone made, or a judgement about the future?",
            explanation="b, c and e are reported events with sources. a is the fourth reason of the report, a "
                        "risk it infers; the case studies do not document such access. d is a digital-rights "
                        "advocate's claim about remote updates, a reason to test rather than a finding. f goes "
                        "beyond the report, which says only that export controls may struggle.",
            teaches="telling a finding from an inferred risk and an untested claim"),
        Choice(
            "16.6", name="Q16_6", points=2, level="apply",
            prompt="A vendor-neutral rule applies the same test to every supplier. Which of these "
                   "procurement rules is vendor-neutral?",
            options={"a": "Buy no surveillance equipment of any kind from PRC companies, whatever the "
                          "contract says.",
                     "b": "Prefer suppliers headquartered in democracies, and give them extra points in the "
                          "tender's scoring.",
                     "c": "Buy face recognition from any supplier only where a legal basis, an independent "
                          "oversight body and a route to redress exist, and the contract fixes where data are "
                          "kept and who may reach them.",
                     "d": "Require PRC suppliers, but not others, to keep all data inside the country and to "
                          "open their systems to audit."},
            answer="c", wrong=["d", "a", "b"],
            hint="Read each rule and ask whether the supplier's nationality changes what it requires.",
            explanation="Only c sets conditions on the use and the contract whatever the supplier's origin, in "
                        "line with the Special Rapporteur's safeguards. The others turn on nationality, which "
                        "invites the charge of double standards the chapter describes.",
            teaches="rewriting a lever as a vendor-neutral rule"),
        Choice(
            "16.7", name="Q16_7", points=2, level="recall",
            prompt="How should a partner organisation use the report's recommendations?",
            options={"a": "As one perspective: the work of IRI's BRIDGE initiative, funded by the National "
                          "Endowment for Democracy to counter PRC influence, researched mostly from August to "
                          "November 2022 and published in 2024; read alongside demand-side, local and non-PRC "
                          "evidence, and with facts checked for later changes.",
                     "b": "As neutral expert advice from specialists, which applies unchanged in every country "
                          "that buys surveillance technology.",
                     "c": "Not at all: a report written by a US organisation cannot be trusted on anything to do "
                          "with the PRC.",
                     "d": "As an up-to-date description of the situation in 2024, the year in which it was "
                          "published."},
            answer="a", wrong=["b", "d", "c"],
            hint="Who wrote and funded it, for what programme, and when was the research done?",
            explanation="Knowing the authors, funder, programme and research dates tells you what the "
                        "recommendations are for and how old their facts are. That does not make them wrong "
                        "(option c); it means reading them with Greitens, the Ecuadorian URVIO study and "
                        "evidence on non-PRC suppliers, and checking facts that have changed since 2022.",
            teaches="weighing a source's perspective and date without dismissing it"),
        Written(
            "16.8", name="MEMO_16_8", points=3, level="evaluate",
            prompt="Choose one actor (a legislator, procurement official, regulator, journalist or civil-society "
                   "group) in one of the three case countries or in your own, and write a policy memo of 200 to "
                   "350 words proposing **two** levers. For each lever, name the report's factor it serves, the "
                   "sourced case it learns from, and a sign that would show it worked. Use three headings, each "
                   "on its own line: `Actor and problem`, `Levers`, `Risks and limits`. Cite at least three "
                   "sources as `[source: ...]` and mention at least two different years. Do not name "
                   "colleagues or officials you work with.",
            rules=[("words_between", {"low": 200, "high": 350}),
                   ("has_headings", {"headings": ["Actor and problem", "Levers", "Risks and limits"]}),
                   ("cites_sources", {"minimum": 3}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("fit", 2, "Both levers lie within the chosen actor's own powers, and each is "
                              "tied to one of the report's three factors."),
                    Criterion("evidence", 2, "Each lever draws on a sourced case from the course, dated and "
                              "attributed; risks are not presented as findings."),
                    Criterion("neutrality", 2, "The levers are vendor-neutral, and the memo takes account of "
                              "why buyers buy (demand) or of non-PRC suppliers."),
                    Criterion("measure", 1, "Names a concrete sign of success and a time frame."),
                    Criterion("safety", 1, "Considers the risks to the actor and to partners, and how to "
                              "reduce them.")],
            hint="Check the length, put each heading on a line by itself, cite sources as [source: ...] and "
                 "date the cases you draw on.",
            explanation="A strong memo picks levers the actor can actually pull, ties each to a factor and a "
                        "sourced case, keeps them vendor-neutral, says how success will be seen, and thinks "
                        "about the actor's own safety.",
            teaches="turning the report's factors into a feasible, sourced policy memo"),
        Choice(
            "16.9", name="Q16_9", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 a national cyber-security regulator tests a city's PRC-made "
                   "cameras after a complaint. Its published report finds that a remote-maintenance port is "
                   "open, and that the supplier's servers sent software updates through it. The test found no "
                   "record of camera images leaving the country. Which conclusion does this evidence support?",
            options={"a": "The supplier took the city's camera data: an open port for updates proves that "
                          "data was taken.",
                     "b": "The supplier can reach the cameras remotely, as the concern warned; the test "
                          "does not show that data left.",
                     "c": "The open-ports concern is disproved, because the regulator found no record of "
                          "any images leaving the country.",
                     "d": "All PRC-made equipment is unsafe everywhere, so the city should ban every PRC "
                          "supplier."},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: an open port shows a way in, not that data went out. The report's fourth reason is "
                      "a risk its authors infer, and this test found no outflow.",
                 "b": "Right: the test confirms that the supplier can reach the system remotely, which the Kyrgyz "
                      "advocate's claim made worth testing. It does not show that images left. Clauses on "
                      "remote maintenance and access logs would make this checkable.",
                 "c": "Wrong: the test confirms the remote access that the concern described. Finding no record "
                      "of outflow in one test does not show that it cannot happen.",
                 "d": "Wrong: one test of one system says nothing about all equipment, and a rule based on "
                      "nationality invites a charge of double standards. A vendor-neutral rule on remote access "
                      "covers every supplier."},
            hint="Separate what the test found (a way in, updates through it) from what it did not find. Which "
                 "option claims more than the test shows, and which claims less?",
            explanation="The chapter calls the \"open ports\" remark a claim to test, not a finding, and names "
                        "cybersecurity powers as the way to test it. Here the test confirms one part (remote "
                        "access exists and is used for updates) and finds no evidence of the other (images "
                        "leaving). Option a turns the inferred risk into a finding; option c turns one negative "
                        "test into proof of safety; option d jumps to a nationality rule. The defensible "
                        "conclusion states both halves and points to contract terms that make access checkable.",
            teaches="matching a conclusion to what a piece of evidence shows, no more and no less"),
        Choice(
            "16.10", name="Q16_10", points=3, level="analyse",
            prompt="**Case (invented).** A city's draft contract for donated face-recognition cameras says: "
                   "\"The supplier provides the equipment free of charge and maintains it remotely. Data will "
                   "be handled in line with national law.\" The tender was open, and the signed contract will "
                   "be published. Using the chapter's lessons for procurement officials, what should the "
                   "official ask for before signing?",
            options={"a": "Nothing more: the tender was open and the contract will be published, so the "
                          "lessons are met.",
                     "b": "A second offer from a non-PRC supplier, since only PRC suppliers bring a risk "
                          "of remote access to the data.",
                     "c": "A clause that names the supplier's home country, so that the public knows whose "
                          "equipment it is.",
                     "d": "Clauses on data location, access logs and remote maintenance, plus a cost "
                          "estimate for its whole life."},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: open bidding and publication are two of the four lessons. The draft has no "
                      "checkable data terms, and \"free\" equipment still costs money to run.",
                 "b": "Wrong: remote access is a risk with any supplier, and a test based on nationality invites "
                      "a charge of double standards. The lessons apply the same test to every bidder.",
                 "c": "Wrong: naming a country does not let anyone check where data go or who can reach them. "
                      "It adds no safeguard.",
                 "d": "Right: \"in line with national law\" is a promise, like the one made when the 2018 Huawei "
                      "agreement was signed; clauses on data location, access logs and remote maintenance make "
                      "it checkable. Free equipment still has to be run and maintained."},
            hint="Go through the chapter's four lessons for procurement officials one by one. Which does this "
                 "draft already meet, and which does it miss?",
            explanation="The chapter gives four lessons: compete openly, publish what you sign, write data "
                        "terms into the contract, and cost the whole life. The draft meets the first two and "
                        "misses the last two. A promise to follow national law is what the Kyrgyz government "
                        "said of Huawei in 2018; clauses turn it into something an auditor can check. CEIEC's "
                        "equipment came at no cost to the budget but was worth about USD 5 million, and by May "
                        "2024 most Safe City cameras were reported not working. Option b breaks the "
                        "vendor-neutral principle.",
            teaches="reading a procurement clause against the chapter's four lessons"),
        Choice(
            "16.11", name="Q16_11", points=3, level="evaluate",
            prompt="**Case (invented).** A legislator in a buying country proposes a law: \"No public body may "
                   "buy cameras made by PRC companies.\" She asks you for a short assessment. Which assessment "
                   "does the chapter best support?",
            options={"a": "It is nationality-based: it invites a charge of double standards and misses risks from "
                          "other suppliers.",
                     "b": "It is sound and needs no further terms, because a ban removes every data risk from the "
                          "city's cameras.",
                     "c": "It is outside her powers: only procurement officials can decide what a public body "
                          "may buy.",
                     "d": "It is justified, because the case studies document PRC agencies reaching activists' "
                          "data through cameras."},
            answer="a", wrong=["b", "d"],
            why={"a": "Right: rules aimed at one country's suppliers can be dismissed as geopolitics. The "
                      "risks are not only Chinese: a Russian-fed wanted list in Kyrgyzstan, Israeli spyware "
                      "behind the UN experts' 2021 call. A vendor-neutral rule covers every supplier.",
                 "b": "Wrong: cameras from other suppliers can also be reached remotely or fed with "
                      "another state's lists. Without data terms and oversight, a ban leaves those risks in "
                      "place.",
                 "c": "Wrong: legislators set the rules for what may be bought and used; the chapter's "
                      "table gives them legal-basis requirements and oversight. The problem is the law's test, "
                      "not who proposes it.",
                 "d": "Wrong: the chapter says the case studies do not document such access in Ecuador, "
                      "Kyrgyzstan or Malaysia. It is a risk the report's authors infer."},
            hint="Reread the limits of the recommendations and the perspectives they leave out. What kind of "
                 "rule does the chapter say is harder to dismiss?",
            explanation="The chapter's third limit: nationality-based rules invite a charge of double standards, "
                        "while a vendor-neutral rule such as the Special Rapporteur's safeguards applies one "
                        "test to every supplier. Its section on other suppliers shows risks from elsewhere: "
                        "Western firms in the Surveillance Industry Index, NSO Group's spyware, Kyrgyz face "
                        "recognition serving Russian wanted lists from 2023. Legislators do hold the power to "
                        "set such rules (option c misreads the actor), and the fourth reason of the report is a "
                        "risk, not a documented finding (option d).",
            teaches="judging a proposed rule: vendor-neutral tests over nationality tests"),
        Choice(
            "16.12", name="Q16_12", points=3, level="analyse",
            prompt="**Case (invented).** An independent data-protection authority in a buying country receives "
                   "a complaint: a private shopping mall's PRC-made cameras identify shoppers by their faces "
                   "without telling them. The authority has powers under the country's data-protection law. "
                   "Which action lies within this actor's own powers, as the chapter describes them?",
            options={"a": "Add a human-rights catch-all to the export-control law of the country where the "
                          "cameras were made.",
                     "b": "Publish the mall's tender and its signed contract so that journalists and civil "
                          "society can check them.",
                     "c": "Inspect the mall's system after the complaint and order changes where the data law "
                          "is broken.",
                     "d": "Build a coalition of NGOs that calls for a national moratorium on face recognition in "
                          "public places."},
            answer="c", wrong=["a", "d"],
            why={"a": "Wrong: export law is a lever for legislators in the exporting state. An authority in the "
                      "buying country cannot change another state's law.",
                 "b": "Wrong: publishing tenders and contracts is a lever of procurement officials for public "
                      "purchases. The mall is private, and the authority signed nothing.",
                 "c": "Right: where a data-protection authority exists and is independent, it can hear "
                      "complaints, inspect systems and order changes. That is its own lever.",
                 "d": "Wrong: coalitions and calls for a moratorium are levers of civil-society groups, as in "
                      "Kyrgyzstan in 2020. A regulator acts through its legal powers."},
            hint="Ask which actor holds the power each action needs: to make law, to sign contracts, to inspect "
                 "and order, or to organise.",
            explanation="The chapter's section on regulators: an independent data-protection authority can hear "
                        "complaints, inspect systems and order changes. Each wrong option is a real lever, but "
                        "another actor's: export law (legislators in exporting states), publication of tenders "
                        "(procurement officials, for public buyers), coalitions and moratorium calls (civil "
                        "society). A new case tests whether the learner reads the actor's powers, not the topic.",
            teaches="choosing the lever that lies within a given actor's powers"),
    ],
)
