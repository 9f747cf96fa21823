"""Graded spec for chapter 4, international standards bodies. Instructor-only: holds the answers.

Every fact used here is stated, with its source, in book/ch04_standards.md:
the decision models of the five bodies (table ch04-bodies); the leadership spells as
dated intervals (table ch04-leaders: Houlin Zhao, ITU Secretary-General 1 Jan 2015 to
31 Dec 2022; Doreen Bogdan-Martin from 1 Jan 2023; Shu Yinbiao, IEC President for the
term 2020-2022, elected October 2018); TextOre's website review of the ITU, IEEE, 3GPP
and IEC, not ISO (ERR-38); the IEC presidency stated in the present tense by the report
(ERR-24); the Strategy Analytics (17 March 2020) and CSIS (14 December 2020) counts; and
the three accounts of who submitted "New IP" (table ch04-newip).
"""
from course.grading.spec import Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Number, Written

# ---------------------------------------------------------------- 4.5: the three New IP accounts

FT = {"source": "Financial Times (via SESEC)", "date": "2020-03-27",
      "submitters": ["Huawei", "China Unicom", "China Telecom", "MIIT"]}
ETNO = {"source": "ETNO", "date": "2020-11-05",
        "submitters": ["China Mobile", "China Unicom", "Huawei", "MIIT"]}
ISOC = {"source": "Internet Society", "date": "2022-02-22",
        "submitters": ["Huawei", "China Mobile", "China Unicom", "CAICT"]}
NO_NAMES = {"source": "Commentary naming no submitters", "date": "2020-06-01", "submitters": []}
REPEATS = {"source": "Notes with a repeated name", "date": "2021-01-15",
           "submitters": ["Huawei", "Huawei", "MIIT"]}
COPY_OF_ETNO = {"source": "Second copy of the ETNO list", "date": "2021-05-01",
                "submitters": ["MIIT", "Huawei", "China Unicom", "China Mobile"]}


def result(all_, some, sources):
    return {"named_by_all": sorted(all_), "named_by_some": sorted(some),
            "conflict": bool(some), "sources": sources}


ACCOUNT_FIELDS = """Each account is a dict like
`{"source": "ETNO", "date": "2020-11-05", "submitters": ["China Mobile", "China Unicom", "Huawei", "MIIT"]}`.
Dates are text in the form `"YYYY-MM-DD"`; two such strings compare in date order with `<`
(`"2020-11-05" < "2022-02-22"` is `True`), and `sorted` puts them oldest first."""

DATE_NOTE = """Dates are text in the form `"YYYY-MM-DD"`. Two such strings compare in date
order with `<` and `<=`: `"2022-12-31" < "2023-01-01"` is `True`."""

CHAPTER = Chapter(
    slug="ch04_standards",
    title="International standards bodies",
    items=[
        Matching(
            "4.1", name="Q4_1", points=4, level="recall",
            prompt="Bloc voting by governments only has force where votes are counted state by state. "
                   "Match each body to the way it makes its decisions, as described in the chapter's "
                   "table of the five bodies. A letter may be used more than once.",
            left={"itu": "ITU (International Telecommunication Union)",
                  "iso": "ISO (International Organization for Standardization)",
                  "iec": "IEC (International Electrotechnical Commission)",
                  "3gpp": "3GPP (3rd Generation Partnership Project)",
                  "ieee": "IEEE (Institute of Electrical and Electronics Engineers) working groups"},
            right={"a": "technical texts by consensus in study groups; formal votes, such as elections, "
                        "cast one state, one vote",
                   "b": "one vote per national member body on draft standards",
                   "c": "consensus among member companies in working groups",
                   "d": "members vote and ballot drafts, with voting rights earned by attending"},
            answer={"itu": "a", "iso": "b", "iec": "b", "3gpp": "c", "ieee": "d"},
            wrong=[{"itu": "a", "iso": "a", "iec": "a", "3gpp": "c", "ieee": "d"},
                   {"itu": "b", "iso": "b", "iec": "b", "3gpp": "c", "ieee": "c"}],
            hint="Ask who the members are: states, national standards bodies, companies or individual "
                 "engineers. Only one of the five is a UN agency.",
            explanation="Only the ITU, a UN specialised agency, counts formal votes state by state. ISO and "
                        "the IEC are federations with one national body (or committee) per country, each "
                        "with one vote. 3GPP members are companies that join through a partner "
                        "organisation and decide by consensus. In IEEE working groups voting rights come "
                        "from attendance. A learner who thinks 'every standards body is a UN body' gives "
                        "'a' for ISO and the IEC.",
            teaches="who decides in each standards body, and so where bloc voting can matter"),
        Choice(
            "4.2", name="Q4_2", points=2, level="recall",
            prompt="Strategy Analytics reported on 17 March 2020 that Huawei led in overall contributions "
                   "to end-to-end 5G standards, Ericsson in chair posts in technical groups, and Nokia in "
                   "the share of its contributions approved or agreed. Kristen Cordell of CSIS wrote on "
                   "14 December 2020 that Huawei had put some 2,000 proposals to ITU study groups. Which "
                   "conclusion do these two sources support?",
            options={"a": "Huawei controls 5G standard-setting at 3GPP",
                     "b": "most of Huawei's roughly 2,000 ITU proposals were adopted as standards",
                     "c": "Huawei is a very active contributor, but the counts measure activity, not "
                          "adoption or control",
                     "d": "Ericsson and Nokia have little influence on 5G standards"},
            answer="c", wrong=["a", "b"],
            hint="Check what each figure counts. Does any of them count proposals that were adopted, or "
                 "compare firms on a single measure?",
            explanation="Strategy Analytics names a different leader for each measure: Huawei for volume, "
                        "Ericsson for chair posts, Nokia for approval share. So volume alone does not show "
                        "influence. The CSIS figure is approximate, "
                        "states no period, and says nothing about how many proposals were adopted. "
                        "Neither source is an independent audit.",
            teaches="telling a count of activity from evidence of influence"),
        Function(
            "4.3", name="prc_national_head", points=3, level="apply",
            signature="prc_national_head(body: str, date: str) -> bool | None",
            prompt="A report researched mostly in 2022 and published in 2024 uses the present tense for leadership "
                   "facts. Write `prc_national_head(body, date)` that says whether a PRC national headed "
                   "`body` on `date`, using only the chapter's table of dated intervals:\n\n"
                   "- ITU Secretary-General: Houlin Zhao (PRC) in office from 1 January 2015 to "
                   "31 December 2022; Doreen Bogdan-Martin (USA) from 1 January 2023.\n"
                   "- IEC President: Shu Yinbiao (PRC) for the term 2020-2022. A term given only in years "
                   "runs from 1 January of the first year to 31 December of the last.\n\n"
                   "Return `True` or `False` for `\"ITU\"` and `\"IEC\"` (a person counts from the day "
                   "they take office, not the day they are elected, and up to and including the last day "
                   "of the term). For any other body (`\"ISO\"`, `\"3GPP\"`, `\"IEEE\"`) the table gives "
                   "no leadership data, so return `None`: \"unknown\" is not the same as \"no\". "
                   + DATE_NOTE,
            public_cases=[Case("ITU", "2022-06-01", expect=True), Case("ITU", "2023-06-01", expect=False),
                          Case("ISO", "2021-01-01", expect=None)],
            # Practice (learner copy), worked by hand from the table: first and last days count.
            practice_cases=[Case("IEC", "2020-01-01", expect=True), Case("IEC", "2022-12-31", expect=True),
                            Case("IEC", "2023-01-01", expect=False), Case("ITU", "2014-12-31", expect=False),
                            Case("ITU", "2023-01-01", expect=False), Case("3GPP", "2023-03-01", expect=None)],
            hidden_cases=[Case("IEC", "2024-01-01", expect=False, note="ERR-24: the IEC presidency had ended"),
                          Case("IEC", "2021-03-15", expect=True),
                          Case("IEC", "2019-06-01", expect=False, note="elected Oct 2018, term starts 2020"),
                          Case("ITU", "2015-01-01", expect=True, note="first day in office"),
                          Case("ITU", "2022-12-31", expect=True, note="last day in office"),
                          Case("ITU", "2014-11-15", expect=False, note="elected Oct 2014, not yet in office"),
                          Case("3GPP", "2020-06-01", expect=None),
                          Case("IEEE", "2016-01-01", expect=None)],
            mutant_code=[
                "def prc_national_head(body, date):\n"
                "    # counts from the election instead of the start of the term\n"
                "    spells = {'ITU': ('2014-10-01', '2022-12-31'), 'IEC': ('2018-10-01', '2022-12-31')}\n"
                "    if body not in spells:\n"
                "        return None\n"
                "    start, end = spells[body]\n"
                "    return start <= date <= end\n",
                "def prc_national_head(body, date):\n"
                "    # treats 'no data' as 'no'\n"
                "    spells = {'ITU': ('2015-01-01', '2022-12-31'), 'IEC': ('2020-01-01', '2022-12-31')}\n"
                "    if body not in spells:\n"
                "        return False\n"
                "    start, end = spells[body]\n"
                "    return start <= date <= end\n",
                "def prc_national_head(body, date):\n"
                "    # believes the report's present tense: the IEC spell never ends\n"
                "    if body == 'ITU':\n"
                "        return '2015-01-01' <= date <= '2022-12-31'\n"
                "    if body == 'IEC':\n"
                "        return date >= '2020-01-01'\n"
                "    return None\n",
                "def prc_national_head(body, date):\n"
                "    # leaves out the last day of the term\n"
                "    spells = {'ITU': ('2015-01-01', '2022-12-31'), 'IEC': ('2020-01-01', '2022-12-31')}\n"
                "    if body not in spells:\n"
                "        return None\n"
                "    start, end = spells[body]\n"
                "    return start <= date < end\n",
            ],
            hint="Store each PRC spell as a pair of dates (first day, last day). Check the body first: no "
                 "spell data means None. Then test first day <= date <= last day. Office starts when the "
                 "term starts, not at the election.",
            explanation="Keep a dict of spells, `{'ITU': ('2015-01-01', '2022-12-31'), 'IEC': ('2020-01-01', "
                        "'2022-12-31')}`; return None for a body not in it; otherwise return "
                        "`start <= date <= end`. The edges: Zhao was elected in October 2014 but took "
                        "office on 1 January 2015; Shu was elected in October 2018 for a term starting in "
                        "2020; the IEC claim in the report's present tense is false in 2024 (ERR-24); and "
                        "the chapter gives no heads for ISO, 3GPP or IEEE, which is 'unknown', not 'no'.",
            teaches="dating leadership claims with intervals (ERR-24)"),
        Number(
            "4.4", name="Q4_4", points=2, level="apply",
            prompt="In how many calendar years from 2015 to 2022 did PRC nationals head **both** the ITU "
                   "and the IEC at the same time? Count a year if both held office during it. Use the "
                   "dates each took office, not the dates they were elected. Give a whole number.",
            answer=3, places=0, wrong=[5, 8, 2],
            hint="Write the two spells on one line of years and count the overlap. When did the IEC "
                 "President's term begin?",
            explanation="Zhao held the ITU post 2015-2022 and Shu the IEC presidency 2020-2022, so both held "
                        "office in 2020, 2021 and 2022: 3 years. Counting Shu from his election in October "
                        "2018 gives 5; counting Zhao's whole spell gives 8.",
            teaches="reasoning with overlapping dated intervals"),
        MultiChoice(
            "4.5", name="Q4_5", points=3, level="recall",
            prompt="The report names ISO, the ITU, 3GPP and IEEE as places where the PRC engages, then "
                   "cites TextOre's finding of \"no dominant PRC presence\". TextOre reviewed the bodies' "
                   "public websites, mostly in 2022. For which bodies is that finding evidence, because "
                   "TextOre actually reviewed them? Give the set of letters.",
            options={"a": "ITU", "b": "ISO", "c": "IEC", "d": "3GPP", "e": "IEEE"},
            answer={"a", "c", "d", "e"},
            wrong=[{"a", "b", "c", "d", "e"}, {"a", "b", "d", "e"}, {"a", "d", "e"}],
            hint="Find the list of bodies TextOre reviewed in the chapter's section on its finding, and "
                 "compare it with the list of bodies the report says the PRC engages with.",
            explanation="TextOre reviewed the ITU, IEEE, 3GPP and IEC (finding exceptions in the IEEE "
                        "Council on RFID and the IEC presidency). It did not review ISO, so the finding "
                        "says nothing about ISO even though the report names ISO as a target (ERR-38). "
                        "Choosing all five accepts the finding beyond its evidence.",
            teaches="checking what a finding actually covers (ERR-38)"),
        Matching(
            "4.6", name="Q4_6", points=5, level="apply",
            prompt="Before you weigh a claim, name what kind of source makes it. Match each statement, as "
                   "the chapter reports it, to the kind of source it comes from.",
            left={"sac_2020": "China should speed up turning its advantageous technical standards into "
                              "international standards (SAC notice, March 2020)",
                  "ft_2019": "ZTE, Dahua and China Telecom were proposing ITU standards for facial "
                             "recognition and video monitoring (1 December 2019)",
                  "strategy_analytics_2020": "Huawei led overall contributions to end-to-end 5G standards "
                                             "(17 March 2020)",
                  "carnegie_2023": "the standards system is still robust, and clumsy responses could do "
                                   "more damage than the problem (February 2023)",
                  "textore_2022": "there is no dominant PRC presence in the major standards bodies "
                                  "(research mostly in 2022)"},
            right={"a": "a government policy document stating an aim",
                   "b": "a news report based on leaked documents",
                   "c": "a consultancy's count, published in a press release",
                   "d": "an argument by analysts at a think tank",
                   "e": "a review of public websites by the report's own research firm"},
            answer={"sac_2020": "a", "ft_2019": "b", "strategy_analytics_2020": "c",
                    "carnegie_2023": "d", "textore_2022": "e"},
            wrong=[{"sac_2020": "a", "ft_2019": "e", "strategy_analytics_2020": "c",
                    "carnegie_2023": "d", "textore_2022": "b"},
                   {"sac_2020": "d", "ft_2019": "b", "strategy_analytics_2020": "e",
                    "carnegie_2023": "a", "textore_2022": "c"}],
            hint="For each statement, recall who published it: a PRC agency, a newspaper, a consultancy, "
                 "a think tank, or the research firm that co-wrote the report.",
            explanation="The SAC's 2020 work points are a PRC policy document; the Financial Times story of "
                        "1 December 2019 was based on leaked documents and describes proposals, not "
                        "adopted standards; Strategy Analytics published its count in a press release; "
                        "Sheehan and Feldgoise argued their view for the Carnegie Endowment; TextOre's "
                        "finding comes from a review of public websites.",
            teaches="naming the kind of source before weighing a claim"),
        Function(
            "4.7", name="compare_accounts", points=2, level="apply",
            signature="compare_accounts(accounts: list) -> dict",
            prompt="The chapter's rule for conflicting accounts: do not average them or pick one; record "
                   "each with its source and date, say what they agree on and where they conflict, and look "
                   "for the primary document. Write `compare_accounts(accounts)` that applies this rule to "
                   "accounts of who submitted \"New IP\". Return a dict with four keys:\n\n"
                   "- `\"named_by_all\"`: the names every account gives, sorted alphabetically;\n"
                   "- `\"named_by_some\"`: the names at least one account gives but not all do, sorted;\n"
                   "- `\"conflict\"`: `True` if `\"named_by_some\"` is not empty, else `False`;\n"
                   "- `\"sources\"`: the accounts' `\"source\"` values, oldest `\"date\"` first.\n\n"
                   "Leave out any account whose `\"submitters\"` list is empty: it says nothing about who "
                   "submitted. A name repeated inside one account counts once. With no usable account, "
                   "return empty lists and `False`. " + ACCOUNT_FIELDS,
            public_cases=[
                Case([ISOC, FT, ETNO], expect=result(["China Unicom", "Huawei"],
                                                     ["CAICT", "China Mobile", "China Telecom", "MIIT"],
                                                     ["Financial Times (via SESEC)", "ETNO", "Internet Society"])),
                Case([ETNO], expect=result(["China Mobile", "China Unicom", "Huawei", "MIIT"], [], ["ETNO"])),
                Case([], expect=result([], [], [])),
            ],
            # Practice (learner copy), invented accounts, worked by hand.
            practice_cases=[
                Case([{"source": "practice: agency note", "date": "2021-09-01", "submitters": ["Huawei", "CAICT"]},
                      {"source": "practice: trade journal", "date": "2020-12-10", "submitters": ["CAICT", "Huawei", "China Telecom"]}],
                     expect={"named_by_all": ["CAICT", "Huawei"], "named_by_some": ["China Telecom"], "conflict": True,
                             "sources": ["practice: trade journal", "practice: agency note"]}),
                Case([{"source": "practice: blog with no names", "date": "2019-01-01", "submitters": []},
                      {"source": "practice: conference slides", "date": "2021-02-02", "submitters": ["MIIT", "MIIT"]}],
                     expect={"named_by_all": ["MIIT"], "named_by_some": [], "conflict": False,
                             "sources": ["practice: conference slides"]}),
                Case([{"source": "practice: first memo", "date": "2022-03-03", "submitters": ["China Mobile"]},
                      {"source": "practice: second memo", "date": "2020-03-03", "submitters": ["China Unicom"]}],
                     expect={"named_by_all": [], "named_by_some": ["China Mobile", "China Unicom"], "conflict": True,
                             "sources": ["practice: second memo", "practice: first memo"]}),
    # Two of three accounts name ZTE: that is not "every" account.
    Case([{"source": "practice: report A", "date": "2021-04-04", "submitters": ["Huawei", "ZTE"]},
          {"source": "practice: report B", "date": "2020-04-04", "submitters": ["Huawei", "ZTE"]},
          {"source": "practice: report C", "date": "2022-04-04", "submitters": ["Huawei"]}],
         expect={"named_by_all": ["Huawei"], "named_by_some": ["ZTE"], "conflict": True,
                 "sources": ["practice: report B", "practice: report A", "practice: report C"]})],
            hidden_cases=[
                Case([ETNO, ISOC], expect=result(["China Mobile", "China Unicom", "Huawei"], ["CAICT", "MIIT"],
                                                 ["ETNO", "Internet Society"])),
                Case([ETNO, FT], expect=result(["China Unicom", "Huawei", "MIIT"], ["China Mobile", "China Telecom"],
                                               ["Financial Times (via SESEC)", "ETNO"])),
                Case([FT, NO_NAMES, ETNO, ISOC],
                     expect=result(["China Unicom", "Huawei"], ["CAICT", "China Mobile", "China Telecom", "MIIT"],
                                   ["Financial Times (via SESEC)", "ETNO", "Internet Society"])),
                Case([REPEATS, ETNO], expect=result(["Huawei", "MIIT"], ["China Mobile", "China Unicom"],
                                                    ["ETNO", "Notes with a repeated name"])),
                Case([COPY_OF_ETNO, ETNO], expect=result(["China Mobile", "China Unicom", "Huawei", "MIIT"], [],
                                                         ["ETNO", "Second copy of the ETNO list"])),
                Case([NO_NAMES], expect=result([], [], [])),
            ],
            mutant_code=[
                "def compare_accounts(accounts):\n"
                "    # 'some' should exclude the names every account gives\n"
                "    used = [a for a in accounts if a['submitters']]\n"
                "    lists = [set(a['submitters']) for a in used]\n"
                "    every = set.intersection(*lists) if lists else set()\n"
                "    some = set().union(*lists) if lists else set()\n"
                "    return {'named_by_all': sorted(every), 'named_by_some': sorted(some), 'conflict': bool(some - every),\n"
                "            'sources': [a['source'] for a in sorted(used, key=lambda a: a['date'])]}\n",
                "def compare_accounts(accounts):\n"
                "    # a majority vote: 'agreed' when at least two accounts name it\n"
                "    used = [a for a in accounts if a['submitters']]\n"
                "    counts = {}\n"
                "    for a in used:\n"
                "        for name in set(a['submitters']):\n"
                "            counts[name] = counts.get(name, 0) + 1\n"
                "    need = min(2, len(used))\n"
                "    every = {n for n, k in counts.items() if k >= need}\n"
                "    some = set(counts) - every\n"
                "    return {'named_by_all': sorted(every), 'named_by_some': sorted(some), 'conflict': bool(some),\n"
                "            'sources': [a['source'] for a in sorted(used, key=lambda a: a['date'])]}\n",
                "def compare_accounts(accounts):\n"
                "    # keeps accounts that name nobody\n"
                "    lists = [set(a['submitters']) for a in accounts]\n"
                "    every = set.intersection(*lists) if lists else set()\n"
                "    some = set().union(*lists) - every if lists else set()\n"
                "    return {'named_by_all': sorted(every), 'named_by_some': sorted(some), 'conflict': bool(some),\n"
                "            'sources': [a['source'] for a in sorted(accounts, key=lambda a: a['date'])]}\n",
                "def compare_accounts(accounts):\n"
                "    # forgets to put the sources in date order\n"
                "    used = [a for a in accounts if a['submitters']]\n"
                "    lists = [set(a['submitters']) for a in used]\n"
                "    every = set.intersection(*lists) if lists else set()\n"
                "    some = set().union(*lists) - every if lists else set()\n"
                "    return {'named_by_all': sorted(every), 'named_by_some': sorted(some), 'conflict': bool(some),\n"
                "            'sources': [a['source'] for a in used]}\n",
            ],
            hint="Drop the empty accounts first. Turn each list of names into a set: the names in every set "
                 "form one group, the rest of all the names the other. Sort the accounts by their date "
                 "before listing the sources.",
            explanation="Keep the accounts with names; make a set of names from each; `named_by_all` is the "
                        "intersection of the sets and `named_by_some` is the union minus the intersection; "
                        "`conflict` is whether that difference is non-empty; `sources` come from the "
                        "accounts sorted by date. For the chapter's three accounts: Huawei and China Unicom "
                        "are named by all; CAICT, China Mobile, China Telecom and MIIT are disputed. A "
                        "majority vote would wrongly turn MIIT and China Mobile into 'agreed' names. The "
                        "document that settles it is TSAG contribution C83 itself.",
            teaches="recording conflicting accounts instead of guessing between them"),
        Choice(
            "4.9", name="Q4_9", points=3, level="evaluate",
            prompt="**Case (invented).** Three accounts say who submitted a proposal to an ITU study group in "
                   "2025. A trade association that opposed the proposal names firms A, B and C. A blog names "
                   "A, B, C and D. The contribution itself, a primary document you can read, lists A and B. "
                   "What should a researcher report?",
            options={"a": "A and B, as the contribution lists them; note the other accounts and dates",
                     "b": "A, B, C and D: joining all the lists means that no real submitter is left out",
                     "c": "A, B and C: two of the three accounts name C, so the majority decides",
                     "d": "A, B and C: the trade association followed the proposal most closely"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: the chapter's rule is to record each account with its source and date, note that "
                      "they conflict, and look for the primary document. Here the primary document is at hand.",
                 "b": "Wrong: the chapter says not to merge or average conflicting lists. A union adds every "
                      "error of every source.",
                 "c": "Wrong: counting votes among sources is not a method. Two accounts can share one mistake.",
                 "d": "Wrong: the association opposed the proposal, so it is not neutral, as the chapter says of "
                      "ETNO and the Internet Society. Its account is still worth recording, with its date."},
            hint="Read how the chapter says a researcher should handle the three accounts of \"New IP\". Which "
                 "document would settle the question?",
            explanation="The New IP section sets the method. Do not average or pick the list you like. Record each "
                        "account with its source and date, note the conflict, and go to the primary "
                        "document. The contribution itself lists A and B; the other accounts stay in "
                        "the "
                        "record as what they are.",
            teaches="handling conflicting accounts of who submitted a proposal"),
        Choice(
            "4.10", name="Q4_10", points=3, level="analyse",
            prompt="**Case (invented).** A news site writes: \"Country K now controls the next Wi-Fi standard "
                   "at IEEE, because its government told its delegates to vote as one bloc.\" What is the "
                   "main flaw in this claim, by the chapter?",
            options={"a": "none: a bloc of votes controls the result in any standards body",
                     "b": "Wi-Fi standards are written at 3GPP, not at IEEE, so the body is wrong",
                     "c": "IEEE is a UN agency, so only each country's ambassador may cast a vote",
                     "d": "at IEEE, voting rights come from attendance, not from states"},
            answer="d", wrong=["a", "c"],
            why={"a": "Wrong: bloc voting has force only where votes are counted per state or per national "
                      "body. The chapter warns that influence in one body does not carry over to another.",
                 "b": "Wrong: Wi-Fi (802.11) is written by an IEEE working group, as the chapter's table says.",
                 "c": "Wrong: only the ITU is a UN agency. IEEE is a professional association of engineers.",
                 "d": "Right: in IEEE working groups, voting rights come from attendance, and the question is "
                      "whether contributions persuade other engineers. A government order does not turn "
                      "attendees into a state's vote."},
            hint="Find IEEE in the chapter's table: who are its members, and where do voting rights come from?",
            explanation="IEEE is a professional association; in its working groups, voting rights come from "
                        "attendance. The claim treats IEEE like the ITU, where votes are cast one state, one "
                        "vote. Firms' employees may attend and vote, but \"control\" by a government bloc is "
                        "not how the body decides.",
            teaches="testing a claim of control against how a body decides"),
        Choice(
            "4.11", name="Q4_11", points=3, level="analyse",
            prompt="**Case (invented).** A 2023 study reviewed the public websites of 3GPP and IEEE and found "
                   "no dominant presence of any one country. A minister cites it to say: \"No country "
                   "dominates the ITU.\" What does the study tell us about the ITU?",
            options={"a": "that no country dominates it, since the study covers the main standards bodies",
                     "b": "nothing: the study did not review the ITU, so its finding does not reach it",
                     "c": "that the minister is wrong, since the ITU was led by a PRC national until 2022",
                     "d": "that the claim is a self-claim, since the minister speaks for her own state"},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: a finding covers only what was reviewed. This is the same gap as TextOre's "
                      "review, which did not cover ISO although the report names ISO.",
                 "b": "Right: the study looked at 3GPP and IEEE only. Like TextOre's finding for ISO, it "
                      "says nothing about a body it did not review.",
                 "c": "Wrong: who led the ITU in 2015 to 2022 does not show who dominates it now, and the "
                      "study does not support or refute the claim either way.",
                 "d": "Wrong: the minister is not speaking about her own state's conduct, and the type of "
                      "claim is not the question. The question is what the study covers."},
            hint="Read the first point of the box on TextOre's finding. Which bodies did the study review?",
            explanation="A finding reaches only as far as its evidence. The study reviewed two bodies; the "
                        "minister stretches it to a third, as the report stretched TextOre's four-body review "
                        "to ISO (ERR-38).",
            teaches="using a finding about standards bodies"),
        Choice(
            "4.12", name="Q4_12", points=3, level="evaluate",
            prompt="**Case (invented).** A ministry announces that its country's firms put 500 proposals to "
                   "an ITU study group on video monitoring in 2024. It says this proves the country now leads "
                   "video surveillance standards. How well supported is the claim?",
            options={"a": "well supported: the country with the most proposals has the most influence over the standard",
                     "b": "supported, once a newspaper repeats the figure from the ministry's release",
                     "c": "not shown: it counts activity, not adoption, and is the ministry's own count",
                     "d": "false: the ITU writes no standards on video monitoring or surveillance"},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: the chapter shows that volume is not influence. Strategy Analytics named three "
                      "different leaders on three different measures.",
                 "b": "Wrong: a newspaper repeating the figure does not make it independent. Who made the "
                      "claim first decides its type.",
                 "c": "Right: a count of proposals measures activity. Ask how many were approved, and note "
                      "that the ministry is counting its own country's work, not an independent audit.",
                 "d": "Wrong: the Financial Times reported Chinese proposals for ITU standards on facial "
                      "recognition and video monitoring in 2019."},
            hint="Ask what the figure counts (proposals made or standards adopted) and who counted it.",
            explanation="Two weaknesses: proposals are not adopted standards, and the ministry counted its own "
                        "country's activity. The chapter's counts (Huawei's roughly 2,000 ITU proposals, the "
                        "5G contribution counts) have the same limit: neither says how many proposals were "
                        "adopted.",
            teaches="judging a claim of leadership built on a count of proposals"),
        Choice(
            "4.13", name="Q4_13", points=3, level="analyse",
            prompt="**Case (invented).** A ministry tells the experts from its country in an ISO technical "
                   "committee to vote as a bloc with the experts of three allied countries. Twelve experts from "
                   "the four countries sit on the committee. How many votes can the bloc cast on a draft "
                   "standard, by the chapter's table?",
            options={"a": "twelve: every expert in the committee has a vote of their own",
                     "b": "four at most: each country votes through its one national body",
                     "c": "four, cast by the ministries, since ISO is a UN agency of states",
                     "d": "none: ISO decides by consensus among member companies, as 3GPP does"},
            answer="b", wrong=["a", "c"],
            why={"a": "Wrong: experts work in technical committees, but the vote on a draft standard belongs to "
                      "the member bodies.",
                 "b": "Right: ISO is a federation with one national body per country, and each member body has "
                      "one vote on draft standards. A bloc of four countries has at most four votes.",
                 "c": "Wrong: ISO is a non-governmental federation of national standards bodies. Only the ITU is "
                      "a UN agency where states vote.",
                 "d": "Wrong: consensus among member companies is how 3GPP works. ISO's members are national "
                      "bodies, and they vote."},
            hint="Find ISO in the chapter's table: who are its members, and who votes on draft standards?",
            explanation="In ISO, each country speaks through one national body, and each member body has one vote "
                        "on draft standards. So coordination happens through the national body, and a four-country "
                        "bloc carries four votes, however many experts it sends.",
            teaches="what a bloc of experts counts for in a body of national members"),
        Written(
            "4.8", name="BRIEF_4_8", points=3, level="evaluate",
            prompt="A civil-society coalition asks whether it should spend scarce time on standards "
                   "bodies, because \"China dominates them\". Write a note of 150 to 300 words that "
                   "evaluates that claim. Use three headings, each on its own line: `Claim`, `Evidence`, "
                   "`Assessment`. Say who found or argued each point and when (at least two different "
                   "years), and cite at least two sources as `[source: ...]`.",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["Claim", "Evidence", "Assessment"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("bodies", 2, "Distinguishes the bodies: where state votes count (ITU) and where "
                                           "companies or individuals decide (3GPP, IEEE)."),
                    Criterion("evidence", 2, "Separates counts of activity, a website review, an argument and "
                                             "leaked-document reporting; notes that TextOre did not review ISO."),
                    Criterion("dating", 2, "Dates leadership facts correctly (ITU 2015-2022, IEC 2020-2022) "
                                           "and attributes each claim to its source."),
                    Criterion("assessment", 2, "Reaches a proportionate conclusion with a practical next step "
                                               "(for example, joining a national delegation).")],
            hint="Check the length, put each heading on a line by itself, give years for your claims and "
                 "cite sources in the form [source: Strategy Analytics 2020].",
            explanation="A strong note separates activity from control, names the kind of each source, "
                        "dates the ITU and IEC leadership spells, notes the ISO gap in TextOre's review, "
                        "gives the Carnegie counter-view, and ends with a concrete way in (national "
                        "delegations, comment periods).",
            teaches="turning the evidence on standards into advice"),
    ],
)
