"""Graded spec for chapter 5, technology governance at the UN and the SCO. Instructor-only.

Every fact used here is stated, with its source, in book/ch05_un_sco_governance.md: the
SCO's founding by six states on 15 June 2001 (ERR-33); the 2015 draft code of conduct
(A/69/723) and its wording; ICCPR Article 19(3) and the Human Rights Committee's General
Comment 34; the Samarkand Declaration (16 September 2022) against the report's summary of
it; and the dated timeline of initiatives with their forum, sponsor and legal form (the
General Assembly vote of 27 December 2019, 79-60 with 33 abstentions; the Global AI
Governance Initiative, 18 October 2023; resolution 78/311, 1 July 2024; the Global Digital
Compact, 22 September 2024; the UN Convention against Cybercrime, 24 December 2024).

The function items use simplified models stated in their prompts. "State A", "State B" and
"State C" and "Treaty T" are made-up examples, not real states or treaties.
"""
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, MultiChoice, Number, Ordering, Written

# ---------------------------------------------------------------- 5.3: restrictions on expression

ART_19_3_AIMS = ["rights_of_others", "reputations_of_others", "national_security", "public_order",
                 "public_health", "public_morals"]


def restriction(name, *, law, aims, necessary):
    return {"name": name, "provided_by_law": law, "aims": list(aims), "necessary": necessary}


R_ORDER = restriction("court-ordered removal of a post inciting violence at a named protest",
                      law=True, aims=["public_order"], necessary=True)
R_STABILITY = restriction("law bans posts that 'undermine social stability'",
                          law=True, aims=["state_stability"], necessary=True)
R_DECREE = restriction("police blocking order with no legal basis, broader than needed",
                       law=False, aims=["national_security"], necessary=False)
R_NO_AIM = restriction("law lets a ministry remove any content, giving no reason",
                       law=True, aims=[], necessary=True)
R_MIXED = restriction("law restricts posts on separatism and on public order",
                      law=True, aims=["separatism", "public_order"], necessary=True)
R_ALL_FAIL = restriction("informal order against criticism of another state's internal affairs",
                         law=False, aims=["internal_affairs"], necessary=False)
R_REPUTATION = restriction("defamation law with prison terms for any criticism of officials",
                           law=True, aims=["reputations_of_others"], necessary=False)
R_MORALS = restriction("law limits sale of explicit material to minors", law=True,
                       aims=["public_morals"], necessary=True)
R_VAGUE = restriction("law bans content that harms the 'diversity of social systems' or is 'extremist'",
                      law=True, aims=["diversity_of_social_systems", "extremism"], necessary=True)

RESTRICTION_FIELDS = """Each restriction is a dict like
`{"name": "...", "provided_by_law": True, "aims": ["public_order"], "necessary": True}`.
`"necessary"` records a judgement already made for you (necessary and proportionate, as the
Human Rights Committee requires). The six listed aims, as labels, are `"rights_of_others"`,
`"reputations_of_others"`, `"national_security"`, `"public_order"`, `"public_health"` and
`"public_morals"`."""

# ---------------------------------------------------------------- 5.5: who is bound


def instrument(name, form, *, in_force=False, parties=(), backers=()):
    return {"name": name, "form": form, "in_force": in_force, "parties": list(parties), "backers": list(backers)}


RES_78_311 = instrument("General Assembly resolution 78/311 on AI capacity-building (1 July 2024)",
                        "ga_resolution", backers=["China", "United States"])
TREATY_T = instrument("Treaty T (made-up example), in force", "treaty", in_force=True,
                      parties=["State A", "State C"], backers=["State A", "State B", "State C"])
TREATY_T_PENDING = instrument("Treaty T (made-up example), not yet in force", "treaty", in_force=False,
                              parties=["State A"], backers=["State A", "State B"])
CYBERCRIME_2024 = instrument("UN Convention against Cybercrime, as adopted on 24 December 2024", "treaty",
                             in_force=False, parties=[])
SAMARKAND = instrument("Samarkand Declaration (16 September 2022)", "declaration", backers=["China"])
CODE_2015 = instrument("Draft code of conduct A/69/723 (2015)", "proposal",
                       backers=["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"])
GDC = instrument("Global Digital Compact (22 September 2024)", "political_commitment")
GAIGI = instrument("Global AI Governance Initiative (18 October 2023)", "national_initiative", backers=["China"])

INSTRUMENT_FIELDS = """Each instrument is a dict like
`{"name": "...", "form": "treaty", "in_force": True, "parties": ["State A"], "backers": ["State A", "State B"]}`.
`"form"` is one of `"treaty"`, `"ga_resolution"`, `"declaration"`, `"proposal"`,
`"political_commitment"` and `"national_initiative"`. `"parties"` are the states that have
ratified or joined a treaty; `"backers"` are states that signed, sponsored, proposed or
endorsed the text."""


# Practice instruments for the learner copy (made up, like Treaty T).
PRACTICE_TREATY_P = {"name": "Treaty P (made-up example, for practice), in force", "form": "treaty", "in_force": True,
                     "parties": ["State D", "State E"], "backers": ["State D", "State E", "State F"]}
PRACTICE_TREATY_Q = {"name": "Treaty Q (made-up example, for practice), not yet in force", "form": "treaty",
                     "in_force": False, "parties": ["State D"], "backers": ["State D", "State E"]}
PRACTICE_RESOLUTION = {"name": "General Assembly resolution (made-up example, for practice)", "form": "ga_resolution",
                       "in_force": False, "parties": [], "backers": ["State D", "State E"]}
PRACTICE_DECLARATION = {"name": "Declaration (made-up example, for practice)", "form": "declaration",
                        "in_force": True, "parties": ["State D"], "backers": ["State D"]}

CHAPTER = Chapter(
    slug="ch05_un_sco_governance",
    title="Technology governance at the UN and the SCO",
    items=[
        MultiChoice(
            "5.1", name="Q5_1", points=2, level="recall",
            prompt="The report describes the Shanghai Cooperation Organisation as \"begun by the PRC\". "
                   "Which states founded the SCO in Shanghai on 15 June 2001? Give the set of letters.",
            options={"a": "China", "b": "India", "c": "Kazakhstan", "d": "Kyrgyzstan", "e": "Pakistan",
                     "f": "Russia", "g": "Tajikistan", "h": "Uzbekistan"},
            answer={"a", "c", "d", "f", "g", "h"},
            wrong=[{"a"}, {"a", "c", "f", "g", "h"}, {"a", "b", "c", "d", "e", "f", "g", "h"}],
            hint="The chapter's section on the SCO names the heads of state who proclaimed it. Is "
                 "Kyrgyzstan a founder or a later recruit?",
            explanation="Six states founded the SCO on 15 June 2001, building on the 'Shanghai Five': "
                        "China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan. 'Begun by the "
                        "PRC' (answer {a}) is the report's error (ERR-33); leaving out Kyrgyzstan misses "
                        "that it is itself a founder. India and Pakistan are not among the six founders "
                        "named in the founding documents.",
            teaches="correcting the SCO's founding (ERR-33)"),
        MultiChoice(
            "5.2", name="Q5_2", points=3, level="recall",
            prompt="Close reading. Each phrase below appears in the 2015 draft code of conduct "
                   "(A/69/723), as quoted or summarised in the chapter. Which of them name an aim or "
                   "ground that does **not** appear in the text of ICCPR Article 19(3)? Give the set of "
                   "letters.",
            options={"a": "the \"political, economic and social stability\" of states",
                     "b": "the \"internal affairs\" of other states",
                     "c": "information that incites \"terrorism, separatism or extremism\"",
                     "d": "respect of the rights or reputations of others",
                     "e": "national security and public order",
                     "f": "the \"diversity of history, culture and social systems\""},
            answer={"a", "b", "c", "f"},
            wrong=[{"a", "b", "c", "d", "e", "f"}, {"a", "b", "f"}, {"a", "b"}],
            hint="Put the quoted Article 19(3) beside the list and tick every ground it actually names. "
                 "Compare words, not what the code's authors might mean by them.",
            explanation="Article 19(3) names the rights or reputations of others, national security, public "
                        "order, public health and morals. 'Stability', 'internal affairs', 'terrorism, "
                        "separatism or extremism' and 'diversity of ... social systems' are not in its text. "
                        "Whether a particular restriction on incitement could be justified under a listed "
                        "ground (such as national security) is a separate question, answered by the two "
                        "tests; vague terms make those tests harder to apply.",
            teaches="close-reading a norms text against ICCPR Art. 19(3)"),
        Function(
            "5.3", name="failed_tests", points=3, level="apply",
            signature="failed_tests(restriction: dict) -> list",
            prompt="Model the Article 19(3) test as three checks, in this order:\n\n"
                   "1. `\"provided_by_law\"`: the restriction is set out in law;\n"
                   "2. `\"legitimate_aim\"`: at least one of its aims is one of the six aims Article 19(3) "
                   "lists;\n"
                   "3. `\"necessary\"`: it is necessary (and proportionate) for that aim.\n\n"
                   "Write `failed_tests(restriction)` that returns the names of the checks the "
                   "restriction fails, in that order; an empty list means it passes all three. In this "
                   "model any aim that is not one of the six labels, such as `\"state_stability\"` or "
                   "`\"separatism\"`, does not count as a listed aim. " + RESTRICTION_FIELDS,
            public_cases=[Case(R_ORDER, expect=[]), Case(R_STABILITY, expect=["legitimate_aim"]),
                          Case(R_DECREE, expect=["provided_by_law", "necessary"])],
            # Practice (learner copy), invented restrictions, worked by hand: all three checks, in order.
            practice_cases=[
                Case({"name": "practice: health law against advertising false cures", "provided_by_law": True,
                      "aims": ["public_health"], "necessary": True}, expect=[]),
                Case({"name": "practice: decree with no legal basis protecting officials' reputations", "provided_by_law": False,
                      "aims": ["reputations_of_others"], "necessary": True}, expect=["provided_by_law"]),
                Case({"name": "practice: law against 'extremism' and for the rights of others, far broader than needed",
                      "provided_by_law": True, "aims": ["extremism", "rights_of_others"], "necessary": False},
                     expect=["necessary"]),
                Case({"name": "practice: unwritten instruction to block posts on 'internal affairs', broader than needed",
                      "provided_by_law": False, "aims": ["internal_affairs"], "necessary": False},
                     expect=["provided_by_law", "legitimate_aim", "necessary"]),
                Case({"name": "practice: law against 'separatism' only", "provided_by_law": True, "aims": ["separatism"],
                      "necessary": True}, expect=["legitimate_aim"])],
            hidden_cases=[Case(R_NO_AIM, expect=["legitimate_aim"]), Case(R_MIXED, expect=[]),
                          Case(R_ALL_FAIL, expect=["provided_by_law", "legitimate_aim", "necessary"]),
                          Case(R_REPUTATION, expect=["necessary"]), Case(R_MORALS, expect=[]),
                          Case(R_VAGUE, expect=["legitimate_aim"])],
            mutant_code=[
                "def failed_tests(restriction):\n"
                "    # counts the 2015 code's aims as if Article 19(3) listed them\n"
                "    listed = {'rights_of_others', 'reputations_of_others', 'national_security', 'public_order',\n"
                "              'public_health', 'public_morals', 'state_stability', 'internal_affairs',\n"
                "              'separatism', 'extremism', 'diversity_of_social_systems'}\n"
                "    failed = []\n"
                "    if not restriction['provided_by_law']:\n"
                "        failed.append('provided_by_law')\n"
                "    if not any(aim in listed for aim in restriction['aims']):\n"
                "        failed.append('legitimate_aim')\n"
                "    if not restriction['necessary']:\n"
                "        failed.append('necessary')\n"
                "    return failed\n",
                "def failed_tests(restriction):\n"
                "    # demands that every aim be listed, instead of at least one\n"
                "    listed = {'rights_of_others', 'reputations_of_others', 'national_security', 'public_order',\n"
                "              'public_health', 'public_morals'}\n"
                "    failed = []\n"
                "    if not restriction['provided_by_law']:\n"
                "        failed.append('provided_by_law')\n"
                "    if not all(aim in listed for aim in restriction['aims']):\n"
                "        failed.append('legitimate_aim')\n"
                "    if not restriction['necessary']:\n"
                "        failed.append('necessary')\n"
                "    return failed\n",
                "def failed_tests(restriction):\n"
                "    # stops at the first failed check\n"
                "    listed = {'rights_of_others', 'reputations_of_others', 'national_security', 'public_order',\n"
                "              'public_health', 'public_morals'}\n"
                "    if not restriction['provided_by_law']:\n"
                "        return ['provided_by_law']\n"
                "    if not any(aim in listed for aim in restriction['aims']):\n"
                "        return ['legitimate_aim']\n"
                "    if not restriction['necessary']:\n"
                "        return ['necessary']\n"
                "    return []\n",
                "def failed_tests(restriction):\n"
                "    # forgets the test of law\n"
                "    listed = {'rights_of_others', 'reputations_of_others', 'national_security', 'public_order',\n"
                "              'public_health', 'public_morals'}\n"
                "    failed = []\n"
                "    if not any(aim in listed for aim in restriction['aims']):\n"
                "        failed.append('legitimate_aim')\n"
                "    if not restriction['necessary']:\n"
                "        failed.append('necessary')\n"
                "    return failed\n",
            ],
            hint="Run all three checks, one after another, and collect every failure rather than stopping "
                 "at the first. For the aim, one listed aim is enough; an empty list of aims has none.",
            explanation="Start with an empty list; append 'provided_by_law' if the law test fails, "
                        "'legitimate_aim' if no aim is among the six labels (`any(aim in LISTED for aim in "
                        "restriction['aims'])` is False, which includes an empty list), and 'necessary' if "
                        "the necessity test fails. The edges: a restriction with one listed and one unlisted "
                        "aim passes the aim test; vague aims such as 'extremism' or 'diversity of social "
                        "systems' do not pass on their own; several failures are all reported.",
            teaches="applying the two-part Article 19(3) test to new restrictions"),
        Ordering(
            "5.4", name="Q5_4", points=3, level="apply",
            prompt="Put these events in the order they happened (earliest first), as a list of letters.",
            entries={"A": "UN Convention against Cybercrime adopted by the General Assembly",
                     "B": "UN General Assembly votes to start drafting a cybercrime convention",
                     "C": "SCO heads of state adopt the Samarkand Declaration",
                     "D": "six SCO states send the updated draft code of conduct (A/69/723) to the UN "
                          "Secretary-General",
                     "E": "Xi Jinping announces the Global AI Governance Initiative",
                     "F": "General Assembly adopts resolution 78/311 on AI capacity-building",
                     "G": "Global Digital Compact adopted at the Summit of the Future",
                     "H": "SCO proclaimed in Shanghai"},
            answer=["h", "d", "b", "c", "e", "f", "g", "a"],
            wrong=[["h", "d", "a", "c", "e", "f", "g", "b"], ["h", "d", "b", "c", "e", "g", "f", "a"],
                   ["h", "d", "b", "e", "c", "f", "g", "a"]],
            hint="Date each event to the day with the chapter's timeline table. Starting to draft a treaty "
                 "and adopting it are different events, years apart; three events fall in 2024.",
            explanation="15 Jun 2001 (H), 9 Jan 2015 (D), 27 Dec 2019 (B), 16 Sep 2022 (C), 18 Oct 2023 (E), "
                        "1 Jul 2024 (F), 22 Sep 2024 (G), 24 Dec 2024 (A). Confusing the 2019 vote to start "
                        "drafting with the 2024 adoption swaps A and B.",
            teaches="building a dated timeline of UN and SCO initiatives"),
        Function(
            "5.5", name="binds", points=3, level="apply",
            signature="binds(instrument: dict, state: str) -> bool",
            prompt="\"Adopted at the UN\" does not mean \"binding\". Use this rule: an instrument is legally "
                   "binding on a state only if **all three** hold: it is a treaty; it has entered into "
                   "force; and the state is one of its parties (has ratified or joined it). Resolutions, "
                   "declarations, proposals, political commitments and national initiatives never bind, "
                   "however many states back them, and signing or sponsoring is not the same as being a "
                   "party. Write `binds(instrument, state)` that returns `True` or `False`. "
                   + INSTRUMENT_FIELDS,
            public_cases=[Case(RES_78_311, "United States", expect=False),
                          Case(TREATY_T, "State A", expect=True),
                          Case(TREATY_T, "State B", expect=False)],
            # Practice (learner copy), made-up instruments, worked by hand: treaty AND in force AND party.
            practice_cases=[Case(PRACTICE_TREATY_P, "State E", expect=True),
                            Case(PRACTICE_TREATY_P, "State F", expect=False),     # signed only
                            Case(PRACTICE_TREATY_P, "State G", expect=False),     # no link at all
                            Case(PRACTICE_TREATY_Q, "State D", expect=False),     # not in force
                            Case(PRACTICE_RESOLUTION, "State D", expect=False),   # a resolution never binds
                            Case(PRACTICE_DECLARATION, "State D", expect=False)],
            hidden_cases=[Case(CYBERCRIME_2024, "China", expect=False),
                          Case(TREATY_T_PENDING, "State A", expect=False),
                          Case(SAMARKAND, "China", expect=False),
                          Case(CODE_2015, "Kyrgyzstan", expect=False),
                          Case(GDC, "Ecuador", expect=False),
                          Case(GAIGI, "China", expect=False),
                          Case(TREATY_T, "State C", expect=True)],
            mutant_code=[
                "def binds(instrument, state):\n"
                "    # treats signing or sponsoring as being bound\n"
                "    return instrument['form'] == 'treaty' and instrument['in_force'] and \\\n"
                "        (state in instrument['parties'] or state in instrument['backers'])\n",
                "def binds(instrument, state):\n"
                "    # forgets that a treaty binds only once it is in force\n"
                "    return instrument['form'] == 'treaty' and state in instrument['parties']\n",
                "def binds(instrument, state):\n"
                "    # thinks General Assembly resolutions bind the states that back them\n"
                "    if instrument['form'] == 'ga_resolution':\n"
                "        return state in instrument['backers']\n"
                "    return instrument['form'] == 'treaty' and instrument['in_force'] and state in instrument['parties']\n",
                "def binds(instrument, state):\n"
                "    # thinks a treaty in force binds every state\n"
                "    return instrument['form'] == 'treaty' and instrument['in_force']\n",
            ],
            hint="Three conditions joined by `and`: the form, whether it is in force, and whether the state "
                 "is in the parties list. The backers list never matters.",
            explanation="`return instrument['form'] == 'treaty' and instrument['in_force'] and state in "
                        "instrument['parties']`. Resolution 78/311 was co-sponsored by the United States "
                        "but, like all General Assembly resolutions of its kind, is a recommendation. The "
                        "Cybercrime Convention, at its adoption, had no parties and was not in force; it "
                        "binds only states that ratify it, once it enters into force.",
            teaches="telling binding law from resolutions and political commitments"),
        Choice(
            "5.6", name="Q5_6", points=2, level="recall",
            prompt="The report says the Samarkand Declaration (16 September 2022) stressed absolute state "
                   "sovereignty over data flows within national borders. The passages it quotes stress "
                   "“the key role of the UN in countering threats in the information space” and the "
                   "importance “to ensure equal rights for all countries to regulate the internet and the "
                   "sovereign right of states to manage it within their national segment”. Which "
                   "judgement is best supported?",
            options={"a": "the declaration demanded absolute sovereignty over data flows, as the report says",
                     "b": "the report's summary is stronger than the quoted words, which speak of a sovereign "
                          "right to manage the national segment and do not say 'absolute' or mention data "
                          "flows; read the full text before relying on the summary",
                     "c": "the report invented the declaration's position on sovereignty, since the quoted "
                          "text says nothing about it",
                     "d": "the declaration rejected any role for the UN in internet governance"},
            answer="b", wrong=["a", "c"],
            hint="Underline the words 'absolute' and 'data flows' in the report's summary, then look for "
                 "them in the quoted passages.",
            explanation="The quoted passages speak of equal rights to regulate the internet and a sovereign "
                        "right to manage the national segment, and give the UN a key role. The report's "
                        "summary adds 'absolute' and 'data flows'. That makes it stronger than its "
                        "quotations, not necessarily wrong, because the full declaration is longer; the "
                        "remedy is to read the primary text.",
            teaches="comparing a summary with the source it summarises"),
        Number(
            "5.7", name="Q5_7", points=2, level="apply",
            prompt="On 27 December 2019 the UN General Assembly voted to start drafting a cybercrime "
                   "convention: 79 in favour, 60 against, 33 abstentions. What percentage of all the "
                   "states that voted yes, voted no or abstained voted in favour? Give a number rounded "
                   "to one decimal place (for example `12.3`).",
            answer=45.9, places=1, wrong=[56.8, 79],
            hint="The denominator is everyone who took part in the vote in any of the three ways. Add the "
                 "three numbers first.",
            explanation="79 / (79 + 60 + 33) = 79 / 172 = 45.9 per cent. Leaving out the abstentions gives "
                        "79 / 139 = 56.8 per cent. The motion carried, with more votes for than against, "
                        "but fewer than half of the states taking part backed it: 'adopted' says nothing "
                        "about how broad the support was.",
            teaches="choosing the right denominator for a vote"),
        Choice(
            "5.9", name="Q5_9", points=3, level="apply",
            prompt="**Case (invented).** The parliament of a country we will call N votes to ratify the UN "
                   "Convention against Cybercrime. Suppose that, on the day of the vote, fewer than 40 states "
                   "have ratified it. Is the convention now legally binding on N?",
            options={"a": "yes, from the day of the vote: ratifying is what makes a treaty bind a state",
                     "b": "yes, since 24 December 2024: the General Assembly adopted it for all UN members",
                     "c": "not yet: it binds N only once in force, 90 days after the 40th ratification",
                     "d": "never: a text adopted at the UN is a recommendation and cannot bind any state"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: being a party is one condition, not all of them. A treaty must also have entered "
                      "into force, and this one enters into force 90 days after the 40th ratification.",
                 "b": "Wrong: \"adopted at the UN\" does not mean \"binding\". Once in force, the convention "
                      "binds only the states that join it.",
                 "c": "Right: a treaty binds a state that is a party once it is in force. N has ratified, but "
                      "the convention is not yet in force, so it does not yet bind N.",
                 "d": "Wrong: General Assembly resolutions are recommendations, but the convention is a "
                      "treaty. The chapter says it can bind the states that ratify it, once in force."},
            hint="A treaty binds a state only if several conditions all hold. Check each one for N, and read "
                 "the chapter's note on the cybercrime convention.",
            explanation="Three conditions: a treaty, in force, and the state is a party. N meets the first and "
                        "the third. The convention enters into force 90 days after the 40th ratification, which "
                        "has not happened in this case, so N is not yet bound. (a) stops at ratification; (b) "
                        "confuses adoption with force; (d) treats a treaty like a resolution.",
            teaches="telling adoption, ratification and entry into force apart"),
        Choice(
            "5.10", name="Q5_10", points=3, level="analyse",
            prompt="**Case (invented).** A think tank's summary says that a 2025 regional declaration "
                   "\"demanded that all foreign platforms store their data inside each member state\". The "
                   "passage it quotes says only that member states \"recognise each state's right to regulate "
                   "the internet within its national segment\". Which judgement is best supported?",
            options={"a": "the summary goes beyond the quoted words; read the full declaration before using it",
                     "b": "the summary is accurate: a right to regulate includes rules on where data is stored",
                     "c": "the think tank invented the position: the quote says nothing about sovereignty",
                     "d": "the demand now has the force of law, since regional declarations bind their members"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: the quoted words name a right to regulate, not a demand about data storage. As "
                      "with the report's reading of Samarkand, the summary is stronger than its quotation. That "
                      "is not proof it is wrong, because the full text may say more.",
                 "b": "Wrong: this reads into the quotation what it does not say. A summary should be checked "
                      "word by word against its source.",
                 "c": "Wrong: the quote does speak of a sovereign right to regulate. The summary overstates it, "
                      "but \"invented\" goes too far without the full text.",
                 "d": "Wrong: a political declaration is not a treaty. It does not bind states in law."},
            hint="Put the summary beside the quoted passage and underline each word in the summary that the "
                 "passage does not contain.",
            explanation="The same check the chapter makes on the Samarkand Declaration: compare the summary with "
                        "the words it quotes. \"Demanded\", \"all foreign platforms\" and \"store data\" are "
                        "not in the quotation. The fair judgement is that the summary is stronger than its "
                        "evidence, and the primary text must be read.",
            teaches="comparing a summary with the words it quotes"),
        Choice(
            "5.11", name="Q5_11", points=3, level="evaluate",
            prompt="**Case (invented).** A proposed regional agreement commits states to respect \"the right to "
                   "seek, receive and impart information\". In the same article, it commits them to curb "
                   "information that \"interferes in the internal affairs\" of member states. A government "
                   "says the first phrase shows the text fully protects free expression. Which judgement "
                   "does the chapter best support?",
            options={"a": "the government is right: the text uses the words of ICCPR Article 19 itself",
                     "b": "the text is unlawful: pairing the two phrases proves an intent to repress",
                     "c": "the text has no bearing on rights, because only a ratified treaty may name a right",
                     "d": "it pairs the right with a ground that Article 19(3) does not list"},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: naming a right is not the same as protecting it. The chapter shows how the 2015 "
                      "code set familiar rights language beside broader aims.",
                 "b": "Wrong: the chapter says such a pairing does not prove bad intent. What it shows is a "
                      "ground that Article 19(3) does not list, which makes the two tests harder to apply.",
                 "c": "Wrong: any text can name a right. The question is what the text allows states to restrict, "
                      "and on what grounds.",
                 "d": "Right: \"internal affairs\" is not a listed aim. A restriction on that ground would still "
                      "have to be provided by law and necessary for a listed aim, so the phrase does not show "
                      "full protection."},
            hint="Compare the second phrase with the grounds Article 19(3) lists, and remember what the chapter "
                 "says its table does and does not prove.",
            explanation="The agreement repeats the pattern of A/69/723: protective language beside an aim (the "
                        "internal affairs of states) that Article 19(3) does not list. The defensible judgement "
                        "neither accepts the government's claim nor alleges intent: it names the unlisted ground "
                        "and the two tests any restriction must meet.",
            teaches="judging a claim of protection against the Article 19(3) tests"),
        Choice(
            "5.12", name="Q5_12", points=3, level="analyse",
            prompt="**Case (invented).** A law passed by parliament lets a court order the removal of "
                   "one online post, after a "
                   "hearing. It applies when the post names a private person and falsely accuses them "
                   "of a crime. How does the Article 19(3) test apply to this restriction?",
            options={"a": "it fails: removing any online content breaches the freedom Article 19 protects",
                     "b": "it has a listed aim and is in law; whether it is necessary is left to judge",
                     "c": "it fails: protecting a private person is not among the aims Article 19(3) lists",
                     "d": "it passes without more: parliament passed it, so it is provided by law"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: Article 19(3) allows restrictions that are provided by law and necessary for a "
                      "listed aim. The freedom is not unlimited.",
                 "b": "Right: \"the rights or reputations of others\" is a listed aim, and the rule is set out "
                      "in a law. It still has to be necessary and proportionate; a narrow court order after a "
                      "hearing is more likely to meet that test.",
                 "c": "Wrong: Article 19(3)(a) names respect of the rights or reputations of others. A false "
                      "accusation of a crime harms a person's reputation.",
                 "d": "Wrong: that is only the first test. The restriction must also be necessary for a listed "
                      "aim, and the Human Rights Committee asks for necessity and proportionality."},
            hint="Take the two tests of Article 19(3) one at a time: is it provided by law, and is it necessary "
                 "for one of the listed aims?",
            explanation="Both tests must be met. The law test is met (a law passed by parliament). The aim is a "
                        "listed one, the reputations of others. What remains is necessity and proportionality, "
                        "which the narrow scope (one post, a court, a hearing) supports. The item shows that the "
                        "test can be passed, not only failed.",
            teaches="the Article 19(3) test on a new restriction"),
        Choice(
            "5.13", name="Q5_13", points=3, level="evaluate",
            prompt="**Case (invented).** A digital-rights group in a small country urges its government to "
                   "oppose every UN process on artificial intelligence, \"because China proposed resolution "
                   "78/311\". The government asks you which response is the most defensible.",
            options={"a": "agree: a process that China proposed can only serve the interests of the PRC government",
                     "b": "oppose it, because General Assembly resolutions bind every member state in law",
                     "c": "judge each text by what it would require; 78/311 had broad support and binds no one",
                     "d": "support every such process, because a text adopted by consensus protects rights"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: the chapter shows broad support for 78/311: more than 140 co-sponsors, the United "
                      "States among them, and adoption by consensus. Many states back UN processes for their "
                      "own reasons.",
                 "b": "Wrong: resolutions of this kind are recommendations, not law. Only a treaty in force binds, "
                      "and only its parties.",
                 "c": "Right: who proposed a text does not settle what it does. Read what each text would "
                      "require, and note that 78/311 is a recommendation adopted with support from many states.",
                 "d": "Wrong: consensus says how a text was adopted, not what it protects. The chapter's close "
                      "reading of the 2015 code shows why the content must be read."},
            hint="Read the notes on resolution 78/311 and the two lessons at the end of the timeline section.",
            explanation="The defensible advice judges content, not the proposer: resolution 78/311 was adopted by "
                        "consensus with more than 140 co-sponsors, including the United States, and is a "
                        "recommendation. Opposing all UN processes because of who proposed one ignores why many "
                        "Global South governments value one state, one vote.",
            teaches="advising on a UN process proposed by the PRC"),
        Choice(
            "5.14", name="Q5_14", points=3, level="analyse",
            prompt="**Case (invented).** In 2026 the ambassadors of several states send the UN Secretary-General "
                   "a \"draft code of conduct for AI security\", which is circulated as a UN document. A "
                   "newspaper headline says: \"UN adopts new AI rules\". What is the text, by the chapter?",
            options={"a": "a proposal circulated for discussion: not adopted, and binding on no state",
                     "b": "a treaty that binds the states whose ambassadors sent it to the Secretary-General",
                     "c": "a General Assembly resolution, adopted when the Secretary-General circulated it",
                     "d": "a political declaration of the SCO, since several states acted together"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: like the 2015 draft code (A/69/723), a text sent by ambassadors and circulated as "
                      "a UN document is a proposal. Nothing has been adopted, and nothing binds.",
                 "b": "Wrong: sending a draft is not ratifying a treaty. A treaty binds only its parties, once in "
                      "force.",
                 "c": "Wrong: circulating a document is not a vote. Even an adopted General Assembly resolution "
                      "would be a recommendation.",
                 "d": "Wrong: nothing in the case involves the SCO. States acting together at the UN are not an "
                      "SCO summit."},
            hint="Compare the case with how the chapter describes the 2015 draft code: who sent it, how it was "
                 "circulated, and what it was.",
            explanation="The 2015 code was sent by six ambassadors and circulated as A/69/723: a proposal for "
                        "discussion, not a treaty. The new text follows the same path. The headline turns "
                        "circulation into adoption, and adoption into rules.",
            teaches="telling a circulated proposal from an adopted or binding text"),
        Written(
            "5.8", name="MEMO_5_8", points=3, level="evaluate",
            prompt="A parliament is debating this draft clause: \"Online content that threatens social "
                   "stability or spreads extremism shall be removed on the order of the communications "
                   "ministry.\" Write a memo of 150 to 300 words assessing the clause against ICCPR Article "
                   "19(3) and the Human Rights Committee's guidance. Use three headings, each on its own "
                   "line: `Clause`, `Tests`, `Assessment`. Cite at least two sources as `[source: ...]`.",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["Clause", "Tests", "Assessment"]}),
                   ("cites_sources", {"minimum": 2})],
            rubric=[Criterion("tests", 2, "States both tests correctly: provided by law, and necessary for a "
                                          "listed aim (with necessity and proportionality, per General "
                                          "Comment 34)."),
                    Criterion("close_reading", 2, "Identifies 'social stability' and 'extremism' as wording that "
                                                  "Article 19(3) does not list, and explains why vague terms "
                                                  "make the tests hard to apply."),
                    Criterion("fairness", 2, "Acknowledges a legitimate aim the clause could be tied to (for "
                                             "example public order) without assuming bad intent."),
                    Criterion("recommendation", 2, "Proposes a concrete redraft or safeguard (narrow definitions, "
                                                   "a listed aim, independent review).")],
            hint="Check the length, put each heading on a line by itself, and cite sources in the form "
                 "[source: ICCPR 1966].",
            explanation="A strong memo states the two tests, notes that 'social stability' and 'extremism' "
                        "are not listed aims and are undefined, grants that some targeted content (incitement "
                        "to violence) could fall under public order, and recommends narrowing and independent "
                        "review.",
            teaches="applying Article 19(3) to a new text"),
    ],
)
