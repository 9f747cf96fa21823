"""Graded spec for chapter 12, Ecuador: ECU-911. Instructor-only: holds the answers.

The set practises the chapter's method for a case study: turn dates of mixed precision
into ranges and order events by a stated rule (EX05); reconcile cost and camera figures
by what each measures, who reported it and when (EX24); tell an audit finding from an
allegation and a court ruling (ERR-28); read the financing correctly as loans, not a
grant (ERR-27); and give every Freedom House value its index and edition (ERR-19).
Every real figure comes from book/ch12_ecuador.md and its sources; synthetic cases are
named as such.

Scenario items (issue 16) are choices about invented cases the chapter does not tell: 12.7 and 12.9 to 12.12. Each option carries its reason (`why`); the rules they rest on are in the chapter, with citations. Levels follow the written rule in CONTRIBUTING.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice,
                                 Written)

# ---------------------------------------------------------------- 12.2 events (dates as in the chapter)


def ev(id_, date):
    return {"id": id_, "date": date}


# ---------------------------------------------------------------- 12.5 figures (values in USD million or cameras)

OVERPAYMENT = {"label": "overpayment for building six sites (Comptroller, DAAC-0058-2017)", "value": 32,
               "part_of": "final_cost"}
FINAL_COST = {"label": "final cost (Vistazo, May 2019)", "value": 273, "measure": "final_cost"}
LOAN = {"label": "loan that first funded the system (Foreign Policy, August 2018)", "value": 240,
        "measure": "loan"}
ELECTRONICS = {"label": "electronic equipment within the final cost (Vistazo, May 2019)", "value": 170,
               "part_of": "final_cost"}
FR_2016 = {"label": "cameras a 2016 headline said would have face recognition (Usuarios Digitales)",
           "value": 3500, "part_of": "ecu911_cameras_2016"}
CAMERAS_2019 = {"label": "ECU-911 cameras (New York Times, April 2019)", "value": 4300,
                "measure": "ecu911_cameras_2019"}
GUAYAQUIL = {"label": "Guayaquil municipal cameras run by Segura EP (ECU 911, September 2024)", "value": 16000,
             "part_of": "guayaquil_municipal_cameras"}

CHAPTER = Chapter(
    slug="ch12_ecuador",
    title="Ecuador: ECU-911",
    items=[
        Function(
            "12.1", name="date_range", points=3, level="apply",
            signature="date_range(text: str) -> list",
            prompt="Sources date events at different precisions: a year (`\"2002\"`), a month "
                   "(`\"2011-02\"`), a day (`\"2011-12-29\"`), or an interval of two such dates joined by "
                   "`/` (`\"2017-12/2018-01\"`, December 2017 to January 2018). Write `date_range(text)` "
                   "that returns the first and the last day the date could mean, as a list of two "
                   "`\"YYYY-MM-DD\"` strings. A year runs from 1 January to 31 December; a month from its "
                   "first to its last day (February has 29 days in a leap year); a day is both start and "
                   "end; an interval starts on the first day of its left part and ends on the last day of "
                   "its right part.",
            public_cases=[Case("2011-12-29", expect=["2011-12-29", "2011-12-29"]),
                          Case("2011-02", expect=["2011-02-01", "2011-02-28"]),
                          Case("2002", expect=["2002-01-01", "2002-12-31"])],
            # Practice (learner copy), worked by hand: 2020 is a leap year; an interval takes its left start, right end.
            practice_cases=[Case("2020-02", expect=["2020-02-01", "2020-02-29"]),
                            Case("2019-11/2020-02", expect=["2019-11-01", "2020-02-29"]),
                            Case("1999", expect=["1999-01-01", "1999-12-31"]),
                            Case("2023-04-30", expect=["2023-04-30", "2023-04-30"]),
                            Case("2015-06/2015-07-04", expect=["2015-06-01", "2015-07-04"]),
                            Case("2010/2012-03", expect=["2010-01-01", "2012-03-31"])],
            hidden_cases=[Case("2017-12/2018-01", expect=["2017-12-01", "2018-01-31"]),
                          Case("2016-02", expect=["2016-02-01", "2016-02-29"]),
                          Case("2016-09", expect=["2016-09-01", "2016-09-30"]),
                          Case("2016-04/2016-05", expect=["2016-04-01", "2016-05-31"]),
                          Case("2021/2024", expect=["2021-01-01", "2024-12-31"]),
                          Case("2011-02/2011-12-29", expect=["2011-02-01", "2011-12-29"]),
                          Case("2022-06-17", expect=["2022-06-17", "2022-06-17"])],
            mutant_code=[
                "def date_range(text):\n"
                "    import calendar\n"
                "    def bounds(part):\n"
                "        bits = part.split('-')\n"
                "        if len(bits) == 1:\n"
                "            return f'{bits[0]}-01-01', f'{bits[0]}-12-31'\n"
                "        if len(bits) == 2:\n"
                "            y, m = int(bits[0]), int(bits[1])\n"
                "            last = 28 if m == 2 else calendar.monthrange(y, m)[1]\n"
                "            return f'{y:04d}-{m:02d}-01', f'{y:04d}-{m:02d}-{last:02d}'\n"
                "        return part, part\n"
                "    left, _, right = text.partition('/')\n"
                "    return [bounds(left)[0], bounds(right or left)[1]]\n",
                "def date_range(text):\n"
                "    import calendar\n"
                "    def bounds(part):\n"
                "        bits = part.split('-')\n"
                "        if len(bits) == 1:\n"
                "            return f'{bits[0]}-01-01', f'{bits[0]}-12-31'\n"
                "        if len(bits) == 2:\n"
                "            y, m = int(bits[0]), int(bits[1])\n"
                "            return f'{y:04d}-{m:02d}-01', f'{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}'\n"
                "        return part, part\n"
                "    left = text.split('/')[0]\n"
                "    return list(bounds(left))\n",
                "def date_range(text):\n"
                "    import calendar\n"
                "    def bounds(part):\n"
                "        bits = part.split('-')\n"
                "        if len(bits) == 1:\n"
                "            return f'{bits[0]}-01-01', f'{bits[0]}-12-31'\n"
                "        if len(bits) == 2:\n"
                "            y, m = int(bits[0]), int(bits[1])\n"
                "            return f'{y:04d}-{m:02d}-01', f'{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}'\n"
                "        return part, part\n"
                "    left, _, right = text.partition('/')\n"
                "    return [bounds(left)[0], bounds(right)[0] if right else bounds(left)[1]]\n",
            ],
            hint="Split an interval at `/` first. Then count the parts of each date split at `-`: one part "
                 "is a year, two a month, three a day. `calendar.monthrange(year, month)[1]` gives the "
                 "number of days in a month, leap years included. For an interval, the end comes from the "
                 "right-hand date's last day.",
            explanation="Split at `/` into a left and an optional right part; turn each part into its "
                        "(first day, last day); return the left part's first day and the right part's last "
                        "day (or the same part's last day when there is no `/`). Month ends come from "
                        "`calendar.monthrange`, so February 2016 ends on the 29th. Common slips: ending an "
                        "interval on the first day of its last month, and ignoring the right-hand part.",
            teaches="turning dates of any precision into explicit ranges (EX05)"),
        Function(
            "12.2", name="order_events", points=2, level="apply", uses=["12.1"],
            signature="order_events(events: list) -> dict",
            prompt="Each event is a dict `{\"id\": \"...\", \"date\": \"...\"}` whose date is in any form "
                   "item 12.1 accepts, or `None` or `\"\"` when the source gives no date. Write "
                   "`order_events(events)` that returns `{\"timeline\": [...], \"undated\": [...]}`: the "
                   "ids of the dated events in order, and the ids of the undated ones in the order they "
                   "were given (they are reported, never guessed into the timeline). The rule for the "
                   "timeline: earlier **start** first (use your `date_range`); when two events start on "
                   "the same day, the one whose range **ends** earlier, that is the more precise one, comes "
                   "first; if they still tie, order by id alphabetically.",
            public_cases=[Case([ev("first_centre", "2012-02"), ev("deal_signed", "2011-02"),
                                ev("decree_988", "2011-12-29"), ev("eagle_eyes", "2002")],
                               expect={"timeline": ["eagle_eyes", "deal_signed", "decree_988", "first_centre"],
                                       "undated": []}),
                          Case([ev("year_only", "2016"), ev("month_only", "2016-01"), ev("exact_day", "2016-01-01")],
                               expect={"timeline": ["exact_day", "month_only", "year_only"], "undated": []}),
                          Case([ev("xi_visit", "2016-11"), ev("russian_fr_purchase", None),
                                ev("minister_thanks_ceiec", "2016-05")],
                               expect={"timeline": ["minister_thanks_ceiec", "xi_visit"],
                                       "undated": ["russian_fr_purchase"]}),
                          Case([], expect={"timeline": [], "undated": []})],
            # Practice (learner copy), invented events, worked by hand: start, then end, then id.
            practice_cases=[
                Case([{"id": "p_month", "date": "2015-03"}, {"id": "p_year", "date": "2015"},
                      {"id": "p_day", "date": "2015-01-01"}, {"id": "p_nodate", "date": ""}],
                     expect={"timeline": ["p_day", "p_year", "p_month"], "undated": ["p_nodate"]}),
                Case([{"id": "beta", "date": "2020-05"}, {"id": "alpha", "date": "2020-05"}, {"id": "gamma", "date": None},
                      {"id": "delta", "date": "2019-12/2020-01"}],
                     expect={"timeline": ["delta", "alpha", "beta"], "undated": ["gamma"]}),
                Case([{"id": "whole_year", "date": "2018"}, {"id": "two_days", "date": "2018-01-01/2018-01-02"}],
                     expect={"timeline": ["two_days", "whole_year"], "undated": []})],   # ends 2 Jan and 31 Dec
            hidden_cases=[Case([ev("loan_240m", "2012"), ev("first_centre", "2012-02"), ev("deal_signed", "2011-02"),
                                ev("decree_988", "2011-12-29")],
                               expect={"timeline": ["deal_signed", "decree_988", "loan_240m", "first_centre"],
                                       "undated": []}),
                          Case([ev("comptroller_report", "2017-12/2018-01"), ev("expreso_story", "2018-01-07"),
                                ev("audit_year", "2017")],
                               expect={"timeline": ["audit_year", "comptroller_report", "expreso_story"],
                                       "undated": []}),
                          Case([ev("case_b", "2022-06/2022-07"), ev("cso_statement", "2022-06-17"),
                                ev("case_a", "2022-06")],
                               expect={"timeline": ["case_a", "case_b", "cso_statement"], "undated": []}),
                          Case([ev("zeta", "2019-04"), ev("alpha", "2019-04")],
                               expect={"timeline": ["alpha", "zeta"], "undated": []}),
                          Case([ev("n1", ""), ev("moreno_statement", "2019-04-25"), ev("n0", None),
                                ev("nyt_story", "2019-04-24")],
                               expect={"timeline": ["nyt_story", "moreno_statement"], "undated": ["n1", "n0"]})],
            mutant_code=[
                "def order_events(events):\n"
                "    dated = [e for e in events if e['date']]\n"
                "    undated = [e['id'] for e in events if not e['date']]\n"
                "    dated.sort(key=lambda e: (e['date'], e['id']))\n"
                "    return {'timeline': [e['id'] for e in dated], 'undated': undated}\n",
                "def order_events(events):\n"
                "    dated = [e for e in events if e['date']]\n"
                "    undated = [e['id'] for e in events if not e['date']]\n"
                "    dated.sort(key=lambda e: (date_range(e['date'])[0], len(e['date']), e['id']))\n"
                "    return {'timeline': [e['id'] for e in dated], 'undated': undated}\n",
                "def order_events(events):\n"
                "    dated = [e for e in events if e['date']]\n"
                "    dated.sort(key=lambda e: (date_range(e['date'])[0], date_range(e['date'])[1], e['id']))\n"
                "    return {'timeline': [e['id'] for e in dated], 'undated': []}\n",
                "def order_events(events):\n"
                "    dated = [e for e in events if e['date']]\n"
                "    undated = [e['id'] for e in events if not e['date']]\n"
                "    dated.sort(key=lambda e: (date_range(e['date'])[1], date_range(e['date'])[0], e['id']))\n"
                "    return {'timeline': [e['id'] for e in dated], 'undated': undated}\n",
            ],
            hint="Separate the undated events first. Then sort the rest with a key of three parts: the start "
                 "from `date_range`, the end from `date_range`, and the id. Sorting the raw date strings "
                 "puts `\"2016\"` before `\"2016-01-01\"`, which breaks the tie rule.",
            explanation="`dated.sort(key=lambda e: (start, end, id))` with start and end from `date_range`. The "
                        "public cases show why: the 2011 deal precedes the 2012 loan and the first centre; a "
                        "day-precise event goes before a month or a year that starts on the same day; an "
                        "undated item (the chapter gives no date for the Russian recognition purchase) is "
                        "listed, not placed. The report's \"as early as 2008\" compresses exactly this "
                        "sequence (ERR-27).",
            teaches="building a defensible timeline from mixed-precision dates (EX05, ERR-27)"),
        Choice(
            "12.3", name="Q12_3", points=2, level="recall",
            prompt="The report calls ECU-911 \"state-funded\" by the PRC and links it to Ecuadorian oil. "
                   "Apply the chapter's distinction between a grant, which is not repaid, and a loan, which "
                   "is. Which description do the sources the chapter cites support?",
            options={"a": "a grant from the PRC government, given in exchange for access to oil fields",
                     "b": "a deal signed in February 2011 without a public tender and paid for with loans from "
                          "Chinese state lenders, repaid through credit lines secured on oil",
                     "c": "a system paid from Ecuador's own budget, with Huawei as a co-owner of the centres",
                     "d": "a contract under which the builders were paid a share of each traffic fine"},
            answer="b", wrong=["a", "d"],
            hint="Look at the box on financing: what did the New York Times and Foreign Policy say Ecuador "
                 "received, and how was it to be paid back?",
            explanation="The New York Times (2019) reports a February 2011 deal without public bidding, "
                        "financed by Chinese loans and paid with oil; Foreign Policy (2018) names a USD 240 "
                        "million Chinese loan in 2012. \"State-funded\" refers to state lenders, not a gift "
                        "(ERR-27). Option d describes the Vega contract in Kyrgyzstan (chapter 13).",
            teaches="a loan is not a grant (ERR-27)"),
        Matching(
            "12.4", name="Q12_4", points=4, level="recall",
            prompt="No single figure is \"the\" cost or size of ECU-911: each measures something different, "
                   "for a different outlet and date. Match each figure, as reported, to what it measures. "
                   "Answer with a dict such as `{\"usd_240m\": \"a\", ...}`.",
            left={"usd_240m": "USD 240 million (Foreign Policy, August 2018)",
                  "usd_200m_plus": "more than USD 200 million (New York Times, April 2019)",
                  "usd_273m": "about USD 273 million (Vistazo, May 2019)",
                  "usd_32m": "USD 32 million (Comptroller's report DAAC-0058-2017, as reported by Expreso "
                             "in January 2018)",
                  "cams_3500": "3,500 cameras (Usuarios Digitales, November 2016)",
                  "cams_4300": "about 4,300 cameras (New York Times, April 2019)"},
            right={"a": "the Chinese loan that first funded the system, in 2012",
                   "b": "the system's initial price",
                   "c": "the final cost, about USD 170 million of it electronic equipment",
                   "d": "an overpayment found for building six ECU-911 sites",
                   "e": "cameras a headline said \"would have\" face recognition: a conditional claim "
                        "about a subset",
                   "f": "all of the system's cameras, sending images to 16 centres",
                   "g": "a PRC grant that paid for the whole system",
                   "h": "the total of Ecuador's credit lines from China",
                   "i": "cameras run by Guayaquil's municipal security company in 2024"},
            answer={"usd_240m": "a", "usd_200m_plus": "b", "usd_273m": "c", "usd_32m": "d",
                    "cams_3500": "e", "cams_4300": "f"},
            wrong=[{"usd_240m": "c", "usd_200m_plus": "b", "usd_273m": "a", "usd_32m": "d",
                    "cams_3500": "e", "cams_4300": "f"},
                   {"usd_240m": "a", "usd_200m_plus": "b", "usd_273m": "c", "usd_32m": "d",
                    "cams_3500": "f", "cams_4300": "e"},
                   {"usd_240m": "g", "usd_200m_plus": "b", "usd_273m": "c", "usd_32m": "d",
                    "cams_3500": "e", "cams_4300": "i"}],
            hint="Use the chapter's table of cost figures and the sections on facial recognition and on "
                 "2019. For each figure ask: a loan, a price, a cost or an audit finding? All cameras or "
                 "a claimed subset?",
            explanation="Foreign Policy: the 2012 loan (a); New York Times: the initial price (b); Vistazo: the "
                        "final cost with USD 170 million of electronics (c); Comptroller: overpayment for six "
                        "sites (d). The 3,500 figure is a conditional headline about face recognition (e), "
                        "not a count; the New York Times counted about 4,300 cameras and 16 centres in 2019 "
                        "(f). The credit lines (more than USD 19 billion) and Guayaquil's 16,000 municipal "
                        "cameras are other quantities.",
            teaches="reconciling figures by what they measure, outlet and date (EX24)"),
        Function(
            "12.5", name="share_of", points=2, level="apply",
            signature="share_of(part: dict, whole: dict) -> float | None",
            prompt="A share is only meaningful when the part really is a piece of the whole. Each figure is a "
                   "dict with a `label` and a `value`; a part also names what it is a piece of "
                   "(`\"part_of\"`), and a whole names what it measures (`\"measure\"`). Write "
                   "`share_of(part, whole)` that returns `part[\"value\"] / whole[\"value\"]` rounded to 3 "
                   "decimals, **or** `None` when the part is not a piece of what the whole measures "
                   "(`part_of` differs from `measure`), when the whole's value is 0, or when the part is "
                   "larger than the whole (then the figures cannot both be right).",
            public_cases=[Case(OVERPAYMENT, FINAL_COST, expect=0.117),
                          Case(OVERPAYMENT, LOAN, expect=None),
                          Case(ELECTRONICS, FINAL_COST, expect=0.623)],
            # Practice (learner copy), invented figures, worked by hand: 45/600 = 0.075; 1/3 = 0.333.
            practice_cases=[
                Case({"label": "practice: cameras out of order", "value": 45, "part_of": "cameras"},
                     {"label": "practice: cameras installed", "value": 600, "measure": "cameras"}, expect=0.075),
                Case({"label": "practice: spent on software", "value": 10, "part_of": "budget"},
                     {"label": "practice: loan for the project", "value": 100, "measure": "loan"}, expect=None),
                Case({"label": "practice: cameras said to be faulty", "value": 120, "part_of": "cameras"},
                     {"label": "practice: cameras installed", "value": 100, "measure": "cameras"}, expect=None),
                Case({"label": "practice: one site", "value": 1, "part_of": "sites"},
                     {"label": "practice: three sites", "value": 3, "measure": "sites"}, expect=0.333),
                Case({"label": "practice: nothing spent", "value": 0, "part_of": "grant"},
                     {"label": "practice: grant not yet paid", "value": 0, "measure": "grant"}, expect=None)],
            hidden_cases=[Case({"label": "faulty cameras (synthetic audit)", "value": 50, "part_of": "cameras_installed"},
                               {"label": "cameras installed (synthetic audit)", "value": 2000,
                                "measure": "cameras_installed"}, expect=0.025),
                          Case(FR_2016, CAMERAS_2019, expect=None),
                          Case({"label": "claimed cost (synthetic)", "value": 300, "part_of": "final_cost"},
                               FINAL_COST, expect=None),
                          Case({"label": "synthetic part", "value": 0, "part_of": "x"},
                               {"label": "synthetic whole", "value": 0, "measure": "x"}, expect=None),
                          Case({"label": "the whole system", "value": 273, "part_of": "final_cost"},
                               FINAL_COST, expect=1.0),
                          Case(GUAYAQUIL, CAMERAS_2019, expect=None)],
            mutant_code=[
                "def share_of(part, whole):\n"
                "    if whole['value'] == 0 or part['value'] > whole['value']:\n"
                "        return None\n"
                "    return round(part['value'] / whole['value'], 3)\n",
                "def share_of(part, whole):\n"
                "    if part['part_of'] != whole['measure'] or whole['value'] == 0:\n"
                "        return None\n"
                "    return round(part['value'] / whole['value'], 3)\n",
                "def share_of(part, whole):\n"
                "    if part['part_of'] != whole['measure'] or whole['value'] == 0 or part['value'] > whole['value']:\n"
                "        return None\n"
                "    return round(part['value'] / whole['value'], 2)\n",
            ],
            hint="Check the three reasons to refuse before you divide: different things, a zero whole, a part "
                 "bigger than the whole. Then divide and use `round(x, 3)`.",
            explanation="The USD 32 million overpayment is about 0.117 (11.7 percent) of Vistazo's USD 273 "
                        "million final cost, and the USD 170 million of electronics about 0.623. Dividing it "
                        "by the USD 240 million loan mixes a payment with its financing; dividing the 2016 "
                        "face-recognition claim by the 2019 camera count mixes a conditional claim with a "
                        "count three years later; Guayaquil's municipal cameras are not ECU-911's. A refusal "
                        "(`None`) is the right output when the question is ill-posed.",
            teaches="computing a share only when part and whole match (EX24)"),
        MultiChoice(
            "12.6", name="Q12_6", points=3, level="recall",
            prompt="A summary reads: \"In 2017 Ecuador's auditors proved that Chinese firms stole USD 32 "
                   "million from ECU-911.\" Apply the chapter's rule: an audit finding is stronger than a "
                   "press allegation but is not a court ruling. Which statements do the chapter's sources "
                   "support? Give the set of letters.",
            options={"a": "the figure is a finding of the Comptroller General's special examination, report "
                          "DAAC-0058-2017",
                     "b": "the overpayment concerned the construction of six ECU-911 sites",
                     "c": "it was paid to CAMC Engineering and CEIEC",
                     "d": "a court has ruled that the money was stolen",
                     "e": "it concerned the roughly USD 170 million of electronic equipment",
                     "f": "the first version of the audit report went missing, as Expreso reported in "
                          "January 2018",
                     "g": "Huawei was among the companies found to have been overpaid"},
            answer={"a", "b", "c", "f"},
            wrong=[{"a", "b", "c", "d", "f"}, {"a", "c", "e", "f"}, {"a", "b", "c", "f", "g"}, {"a", "b", "c"}],
            hint="Reread the section on the 2017 audit and its \"Correcting the record\" box. Check each "
                 "statement: who found what, about which spending, paid to whom, and whether any court is "
                 "mentioned.",
            explanation="Expreso's account of DAAC-0058-2017: USD 32 million overpaid to CAMC Engineering and "
                        "CEIEC for building six sites; the first version went missing. Vistazo says the "
                        "auditors could not examine the USD 170 million of electronics for lack of invoices, "
                        "so (e) is wrong. No source reports a court judgment, and Huawei is not named in the "
                        "finding. \"Proved\" and \"stole\" overstate an audit finding (ERR-28).",
            teaches="an audit finding in context: not an allegation, not a verdict (ERR-28)"),
        Choice(
            "12.7", name="Q12_7", points=2, level="analyse",
            prompt="**Case (invented).** In 2026 Country E opens a new city camera network built by a PRC firm. "
                   "A news item calls the network \"a gift from China\". The ministry's own press release says "
                   "the project is paid for by a credit line from a Chinese state bank, to be repaid over 15 "
                   "years from oil sales. How should you describe the financing?",
            options={"a": "as a gift: the money comes from a Chinese state bank, so it is Chinese state aid",
                     "b": "as a loan from a Chinese state lender, to be repaid through oil, not as a gift",
                     "c": "as paid by the PRC firm, which owns the cameras until the whole loan is repaid",
                     "d": "as Country E's own budget spending, since its ministry signed the contract"},
            answer="b", wrong=["a", "d"],
            why={"a": "Wrong: a gift or grant is not repaid; this credit line is. Calling state lending \"state "
                      "funding\" or a gift is the report's mistake about ECU-911 (ERR-27).",
                 "b": "Right: the ministry describes a credit line from a Chinese state bank, repaid over 15 years "
                      "from oil sales: a loan, like the oil-backed loans behind ECU-911.",
                 "c": "Wrong: nothing in the case says the firm pays or owns anything. The firm builds the network; "
                      "a state bank lends the money.",
                 "d": "Wrong: Country E repays, but the money comes as credit from a Chinese state bank. Leaving "
                      "out the lender hides how the project was financed."},
            hint="Re-read the box 'Correcting the record: a loan, not a gift'. Is the money repaid?",
            explanation="The chapter's rule from ECU-911: Chinese state lenders provided loans repaid through "
                        "oil-backed credit lines, and \"state-funded\" must not be read as a grant (New York Times "
                        "2019; ERR-27). The same test applies here: money that is repaid is a loan. Naming the "
                        "lender and the repayment keeps both halves of the story.",
            teaches="telling a loan from a gift in a new financing report"),
        Written(
            "12.8", name="MEMO_12_8", points=3, level="evaluate",
            prompt="Write a note of 200 to 350 words that compares two readings of ECU-911: the report's (PRC "
                   "surveillance technology taken up by Ecuador, whose governments were not pushed by "
                   "Beijing) and that of Álvarez and Vila Seoane in URVIO (May 2023), who describe a "
                   "socio-technical adaptation chosen and run by Ecuadorian authorities. Use four headings, "
                   "each on its own line: `Reading 1`, `Reading 2`, `Evidence`, `Judgement`. Cite at least "
                   "two sources as `[source: ...]` and date your evidence (at least three different years).",
            rules=[("words_between", {"low": 200, "high": 350}),
                   ("has_headings", {"headings": ["Reading 1", "Reading 2", "Evidence", "Judgement"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 3})],
            rubric=[Criterion("accuracy", 2, "States both readings fairly and correctly, including that the "
                                             "report also says no government was pushed by Beijing."),
                    Criterion("evidence", 2, "Uses dated evidence from the chapter (the 2011 loan-financed "
                                             "deal, the 2017 audit, the 2019 New York Times findings) and says "
                                             "which reading each piece supports."),
                    Criterion("attribution", 2, "Distinguishes findings, allegations, interpretations and "
                                                "vendor or state-media claims; names who says what, and when."),
                    Criterion("judgement", 2, "Reaches a reasoned judgement that weighs both readings without "
                                              "going beyond the sources; respectful of Ecuadorian readers.")],
            hint="Check the length, put each heading on a line by itself, cite in the form "
                 "[source: Vistazo 2019], and give years for your evidence.",
            explanation="A strong note states both readings (the report itself rejects \"pushed by Beijing\"), "
                        "sorts the dated evidence by which reading it supports, labels interpretations (Stryker "
                        "2021, URVIO 2023), findings (the Comptroller's audit, the New York Times on the "
                        "intelligence feed) and claims (PRC outlets on crime), and ends with a judgement that "
                        "does not exceed the sources.",
            teaches="weighing a supply-side and a demand-side reading of one case"),
        Choice(
            "12.9", name="Q12_9", points=3, level="analyse",
            prompt="**Case (invented).** On 3 March 2026 an Ecuadorian news site publishes this item: \"At a press "
                   "conference yesterday, 2 March, the director of ECU-911 said that the system now has 10,000 "
                   "cameras with facial recognition.\" The item links no document. How should this go into a "
                   "dated timeline of ECU-911?",
            options={"a": "2 March 2026: ECU-911's director says it has 10,000 face-recognition cameras (a "
                          "self-claim, reported by the site)",
                     "b": "3 March 2026: the news site finds that ECU-911 has 10,000 cameras with facial "
                          "recognition",
                     "c": "2026: ECU-911 has 10,000 face-recognition cameras, up from 3,500 in 2016 and 4,300 in "
                          "2019",
                     "d": "leave it out: since Decree 397 of 2024, the cameras in cities belong to municipal security "
                          "companies, not to ECU-911"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: the event is the statement, made on 2 March. The claimant is ECU-911's director, "
                      "speaking about the agency's own system, so it is a self-claim; the site is the outlet that "
                      "reported it.",
                 "b": "Wrong: the site reports what the director said; it did not count the cameras. And the "
                      "statement was made the day before the item was published.",
                 "c": "Wrong: this states a self-claim as fact and builds a trend from figures that measure "
                      "different things. The 3,500 was a conditional headline about face recognition; the 4,300 "
                      "was all cameras.",
                 "d": "Wrong: Decree 397 brings municipal video surveillance under ECU 911, and the 2024 dispute "
                      "was about who controls Guayaquil's cameras. It gives no reason to drop the claim."},
            hint="Ask who made the claim, when the event happened (not when it was published), and what the "
                 "figure counts. Then compare it with the camera figures in the chapter.",
            explanation="Date the event (the statement on 2 March 2026), attribute it to the claimant (ECU-911's "
                        "director: a self-claim about the agency's own system) and name the outlet. The chapter "
                        "shows why the earlier numbers cannot make a trend. Usuarios Digitales (November 2016) "
                        "reported a headline that 3,500 cameras \"would have\" the function, and the New York "
                        "Times (2019) counted about 4,300 cameras in all and said facial recognition \"may soon\" "
                        "come.",
            teaches="dating and attributing a new Ecuador news item"),
        Choice(
            "12.10", name="Q12_10", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 a news site reports that Ecuador's Comptroller has issued an audit "
                   "of an ECU-911 maintenance contract. The audit finds USD 5 million paid for services that were "
                   "not delivered. A politician then says on the radio: \"The supplier has been convicted of "
                   "fraud.\" Which judgement of the politician's words does the chapter support best?",
            options={"a": "right: an audit by the Comptroller counts as a court judgment on the supplier",
                     "b": "too strong, and so is the audit itself: it is only an allegation, like an unsourced post on a blog",
                     "c": "too strong: an audit finding weighs more than an allegation, but it is not a conviction",
                     "d": "wrong: the audit must be false, since an earlier ECU-911 audit report went missing"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: the Comptroller audits; courts judge. The chapter says the 2017 audit finding is "
                      "not a court ruling, and no judgment on it is reported.",
                 "b": "Wrong: an audit by the state's audit office is a finding reached by a stated method. It is "
                      "stronger than a press allegation, and much stronger than an unsourced post.",
                 "c": "Right: the audit is a finding about payments, reached by the state's audit office. A "
                      "conviction needs a court. Report the finding with its source and date, and say that no "
                      "court has ruled.",
                 "d": "Wrong: a missing report shows a problem with records, not that a later audit is false. "
                      "In the 2017 case, the public version on the Comptroller's website still repeated the "
                      "questioned amounts."},
            hint="Re-read the box 'Correcting the record: what the USD 32 million is'. Where does an audit finding "
                 "sit between an allegation and a court ruling?",
            explanation="The chapter places the Comptroller's special examination DAAC-0058-2017 between the two: "
                        "an audit finding is stronger than a press allegation but is not a court ruling, and the "
                        "sources report no judgment (Expreso 2018). The politician turns a finding into a "
                        "conviction; option (b) makes the opposite error.",
            teaches="placing a new audit finding between allegation and verdict"),
        Choice(
            "12.11", name="Q12_11", points=3, level="analyse",
            prompt="**Case (invented).** A 2026 news item says: \"Freedom House now rates Ecuador Not Free, with a "
                   "score of 63.\" It names no index and no edition. Using the chapter's snapshot table, what is "
                   "the most likely mix-up, and what should you check?",
            options={"a": "no mix-up: a 2026 item must use a newer edition, so accept the status and the score",
                     "b": "63 was Ecuador's Freedom in the World score in the 2025 edition, so only the status in the item is wrong",
                     "c": "63 is the score the report gave in 2024, so the item simply copies the report",
                     "d": "63 is Ecuador's Freedom on the Net score; check which index and edition the item means"},
            answer="d", wrong=["a", "b", "c"],
            why={"a": "Wrong: a recent date does not tell you the index or the edition. The chapter's rule is to "
                      "write down the index, the edition and the page for every value.",
                 "b": "Wrong: Ecuador's Freedom in the World 2025 score is 65/100, Partly Free. The 63 belongs to "
                      "the other index.",
                 "c": "Wrong: the report gave 71/100 (FIW 2022) and 62/100 for Freedom on the Net. Neither is 63.",
                 "d": "Right: 63/100 is Ecuador's Freedom on the Net score in the 2024 and 2025 editions. The two "
                      "indexes have separate methods, and FOTN does not set the FIW status. Check the index and "
                      "the edition before you repeat the item."},
            hint="Find 63 in the snapshot table. Which index and which edition does it belong to? Which index "
                 "gives a country its status?",
            explanation="FIW 2025: 65/100, Partly Free; FOTN 2024 and 2025: 63/100, Partly Free (Freedom House "
                        "2025). The item pairs a FOTN score with a status no verified edition gives. The same "
                        "kind of mix-up runs through the report's table, where a FOTN value is cited to an FIW "
                        "page (ERR-19). Since a newer edition may exist, the right step is to check, not to "
                        "correct from memory.",
            teaches="checking the index and edition behind a new rating"),
        Choice(
            "12.12", name="Q12_12", points=3, level="evaluate",
            prompt="**Case (invented).** A blog post of 2026 says: \"In August 2025 Ecuador's Constitutional Court "
                   "struck down the new intelligence law, so telephone companies no longer have to give data to "
                   "the intelligence system.\" It links no ruling. Which judgement of the post is best "
                   "supported by the chapter?",
            options={"a": "overstated: the Court admitted challenges and suspended twelve articles for now; check "
                          "case 86-25-IN",
                     "b": "right: a suspension by the Constitutional Court has the same effect as striking the "
                          "law down",
                     "c": "wrong: the National Assembly never approved the law, so there was nothing to strike "
                          "down",
                     "d": "wrong: the Court upheld the whole law in August 2025, so every duty in it, for companies "
                          "too, still applies"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: on 4 August 2025 the Court admitted the challenges and provisionally suspended twelve "
                      "articles, including duties to hand information to the intelligence system, until it rules "
                      "on the merits. A provisional suspension is not a finding that they are unconstitutional, "
                      "and a later ruling may exist, so check the case.",
                 "b": "Wrong: the chapter says a provisional suspension is not a finding that the articles are "
                      "unconstitutional. It lasts until the Court rules on the merits.",
                 "c": "Wrong: the National Assembly approved the Organic Intelligence Law on 10 June 2025, and it "
                      "was published in the Registro Oficial the next day.",
                 "d": "Wrong: the Court did not uphold the law in August 2025. It admitted the challenges and "
                      "suspended twelve articles while it considers them."},
            hint="Re-read the last section, 'What has changed since the report': what exactly did the Court do "
                 "on 4 August 2025, and what does the chapter say that step is not?",
            explanation="The law was approved on 10 June 2025 and published the next day (El Comercio 2025). "
                        "On 4 August 2025 the Court admitted the challenges in case 86-25-IN and provisionally suspended twelve articles "
                        "until it rules on the merits (El Universo 2025; Informatech 2025). The post turns a "
                        "provisional step into a final ruling. Its practical conclusion (no duty for now) is close "
                        "to the suspension's effect, but the reason it gives is wrong, and the chapter asks you to "
                        "check the case before teaching it.",
            teaches="dating and weighing a legal news item about Ecuador"),
    ],
)
