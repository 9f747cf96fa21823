"""Graded spec for chapter 13, Kyrgyzstan: Bishkek Safe City. Instructor-only: holds the answers.

The set practises the chapter's core work: naming the supplier of each part of the system
(EX25; the free face-recognition equipment came from CEIEC, ERR-29), dating the contracts
precisely and measuring the gaps between them (ERR-30: "six months later" fits the tender,
not Vega's system), correcting the report on Aka Minerals (ERR-15, as a case: a newsletter that repeats it) and
on the start of police training (ERR-16, as a brochure that also repeats Yancheng), and reading the June 2023 use of face recognition against the
CIS wanted list with chapter 2's false-alert formula (EX30). Scenario items 13.9-13.11 are invented cases
(a 2026 news item, a 2026 ministry figure, a partner's post) resting on facts the chapter states. Every real figure comes from
book/ch13_kyrgyzstan.md; the numbers of faces and the error rate in 13.6 are illustrations.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Number,
                                 Ordering, Written)

CHAPTER = Chapter(
    slug="ch13_kyrgyzstan",
    title="Kyrgyzstan: Bishkek Safe City",
    items=[
        Matching(
            "13.1", name="Q13_1", points=4, level="recall",
            prompt="Bishkek's camera system was not built by one company. Using the Kyrgyz sources the chapter "
                   "cites (not the report's introduction), match each part of the system to its supplier. "
                   "Answer with a dict such as `{\"smart_city_2018\": \"a\", ...}`.",
            left={"smart_city_2018": "the Smart City investment agreement of 11 January 2018, later dropped",
                  "phase_1": "Safe City phase 1 (traffic cameras), live on 12 February 2019",
                  "command_centre": "the command-centre equipment and face-recognition cameras, free to the "
                                    "state budget (2019)",
                  "phase_2": "Safe City phase 2 across all regions, works from 21 August 2020"},
            right={"a": "Huawei, with two co-investors",
                   "b": "Vega Radio Engineering Corporation (Russia)",
                   "c": "CEIEC (China National Electronics Import & Export Corporation)",
                   "d": "Shenzhen Sunwin Intelligent",
                   "e": "Huawei and CEIEC together",
                   "f": "a Moldovan company"},
            answer={"smart_city_2018": "a", "phase_1": "b", "command_centre": "c", "phase_2": "d"},
            wrong=[{"smart_city_2018": "a", "phase_1": "b", "command_centre": "e", "phase_2": "d"},
                   {"smart_city_2018": "a", "phase_1": "a", "command_centre": "c", "phase_2": "d"},
                   {"smart_city_2018": "a", "phase_1": "b", "command_centre": "c", "phase_2": "c"}],
            hint="Use the chapter's table of who supplied which part. For the free equipment, compare what the "
                 "report's introduction says with what the Interior Ministry and the president said in 2019.",
            explanation="Huawei signed in January 2018 with Beijing China Veterans Lingxin and Aka Minerals, but "
                        "the agreement was dropped; Vega (Russia) won the 2018 tender for phase 1; CEIEC gave "
                        "the command-centre and face-recognition equipment, which the president valued at "
                        "about USD 5 million; Shenzhen Sunwin built phase 2. The report's introduction credits "
                        "Huawei and CEIEC with the free cameras; its own body text and the Kyrgyz sources name "
                        "CEIEC only (ERR-29). The Moldovan company belongs to an earlier, failed project.",
            teaches="who built which part of Bishkek Safe City (EX25, ERR-29)"),
        Ordering(
            "13.2", name="Q13_2", points=3, level="apply",
            prompt="Put these events in the order they happened (earliest first), as a list of letters.",
            entries={"A": "Vega Radio Engineering Corporation wins the online auction",
                     "B": "Shenzhen Sunwin's phase 2 works begin",
                     "C": "the investment agreement with Huawei for Smart City is signed",
                     "D": "installation of phase 1 (110 hardware-software complexes) is completed",
                     "E": "the prime minister says a Safe City tender has been announced",
                     "F": "the prime minister signs the order to cooperate with CEIEC",
                     "G": "Safe City goes live",
                     "H": "the contract with Vega is signed",
                     "I": "the command centre with face recognition opens"},
            answer=["c", "e", "a", "h", "g", "f", "d", "i", "b"],
            wrong=[["c", "e", "a", "h", "g", "d", "f", "i", "b"],
                   ["c", "e", "a", "h", "f", "d", "g", "i", "b"],
                   ["c", "a", "e", "h", "g", "f", "d", "i", "b"]],
            hint="Date each event to the day with the chapter's events table. Two of them fall in the first "
                 "half of 2019, one on each side of the CEIEC order.",
            explanation="11 Jan 2018 (C), 20 Jul 2018 (E), 4 Sep 2018 (A), 12 Nov 2018 (H), 12 Feb 2019 (G), "
                        "4 Mar 2019 (F), 12 May 2019 (D), 31 Oct 2019 (I), 21 Aug 2020 (B). Learners who trust "
                        "the report's \"after Vega installed traffic cameras in 2018\" put the CEIEC order "
                        "after Vega's installation was finished; in fact the two ran in parallel (ERR-30).",
            teaches="dating the contracts precisely (ERR-30)"),
        Function(
            "13.3", name="whole_months", points=3, level="apply",
            signature="whole_months(start: str, end: str) -> int | None",
            prompt="The report says the government turned from Huawei to Vega \"six months later\". To test a "
                   "phrase like that, write `whole_months(start, end)` for two `\"YYYY-MM-DD\"` dates. It "
                   "returns the number of **complete** months from `start` to `end`: count the months "
                   "between the two year-month pairs, then take one away if the end's day of the month is "
                   "smaller than the start's (the last month is not yet complete). Return `None` when `end` "
                   "is before `start`.",
            public_cases=[Case("2018-01-11", "2018-07-20", expect=6),
                          Case("2018-01-11", "2019-02-12", expect=13),
                          Case("2018-11-12", "2019-02-12", expect=3)],
            hidden_cases=[Case("2018-01-11", "2018-11-12", expect=10),
                          Case("2019-03-04", "2019-10-31", expect=7),
                          Case("2020-08-21", "2022-03-10", expect=18),
                          Case("2019-02-12", "2019-02-12", expect=0),
                          Case("2019-02-12", "2018-11-12", expect=None),
                          Case("2018-01-31", "2018-02-28", expect=0),
                          Case("2017-06-02", "2018-01-11", expect=7),
                          Case("2019-02-12", "2019-05-12", expect=3),
                          # Whole months that end on the same day of the month: dividing the days by an
                          # average month (30.44), which the chapter warns against, falls one short.
                          Case("2018-01-11", "2018-07-11", expect=6, weight=2),
                          Case("2018-11-12", "2019-05-12", expect=6, weight=2),
                          Case("2018-01-11", "2019-01-11", expect=12, weight=2),
                          Case("2018-02-01", "2018-03-01", expect=1, weight=2),
                          Case("2019-02-12", "2019-04-12", expect=2, weight=2)],
            # Worked by hand: months between the year-month pairs, less one if the end's day is smaller.
            practice_cases=[Case("2021-03-15", "2021-09-14", expect=5),   # 6 months, 14 < 15
                            Case("2022-02-05", "2022-03-05", expect=1),   # 28 days, still one whole month
                            Case("2021-05-10", "2020-05-10", expect=None),
                            Case("2019-07-31", "2023-01-30", expect=41)],  # 42 months, 30 < 31
            misconception_code={
                "days / 30.44: days divided by an average month instead of counting months":
                    "def whole_months(start, end):\n"
                    "    from datetime import date\n"
                    "    days = (date.fromisoformat(end) - date.fromisoformat(start)).days\n"
                    "    return None if days < 0 else int(days / 30.44)\n",
            },
            mutant_code=[
                "def whole_months(start, end):\n"
                "    from datetime import date\n"
                "    days = (date.fromisoformat(end) - date.fromisoformat(start)).days\n"
                "    return None if days < 0 else round(days / 30.44)\n",
                "def whole_months(start, end):\n"
                "    if end < start:\n"
                "        return None\n"
                "    y1, m1, d1 = (int(x) for x in start.split('-'))\n"
                "    y2, m2, d2 = (int(x) for x in end.split('-'))\n"
                "    return (y2 - y1) * 12 + (m2 - m1)\n",
                "def whole_months(start, end):\n"
                "    from datetime import date\n"
                "    days = (date.fromisoformat(end) - date.fromisoformat(start)).days\n"
                "    return None if days < 0 else days // 30\n",
                "def whole_months(start, end):\n"
                "    y1, m1, d1 = (int(x) for x in start.split('-'))\n"
                "    y2, m2, d2 = (int(x) for x in end.split('-'))\n"
                "    months = (y2 - y1) * 12 + (m2 - m1)\n"
                "    if d2 < d1:\n"
                "        months -= 1\n"
                "    return abs(months)\n",
            ],
            hint="Split each date into year, month and day with `.split(\"-\")` and `int`. Months between: "
                 "`(y2 - y1) * 12 + (m2 - m1)`. Then compare the days. Check the order of the dates first; "
                 "`\"YYYY-MM-DD\"` strings compare like dates.",
            explanation="Months = `(y2 - y1) * 12 + (m2 - m1)`, minus one when `d2 < d1`; `None` when "
                        "`end < start`. From the Huawei signing (11 Jan 2018), \"six months later\" fits the "
                        "tender announcement of 20 July 2018 (6), not the Vega contract (10, on 12 November "
                        "2018) or the system going live (13, on 12 February 2019). Dividing days by 30 drifts "
                        "over long spans.",
            teaches="testing a vague interval against exact dates (ERR-30)"),
        Choice(
            "13.4", name="Q13_4", points=3, level="analyse",
            prompt="**Case (invented).** In 2026 a regional newsletter writes: \"Huawei's partners in the 2018 "
                   "Bishkek deal included the Iran-based firm Aka Minerals and Mining.\" Its footnote cites the "
                   "IRI report. A second website repeats the sentence and links to the newsletter. You are "
                   "checking the facts for a briefing. What should the briefing say about the company?",
            options={"a": "Keep \"Iran-based\": three publications now say the same thing, so the claim is "
                          "corroborated.",
                     "b": "Call it a Chinese company, because Huawei led the 2018 deal with a Chinese "
                          "co-investor.",
                     "c": "Describe it as 24.kg did the day after the signing: a domestic company whose "
                          "ownership is not verified.",
                     "d": "Keep \"Iran-based\" but attribute it to the IRI report, the original source of "
                          "the sentence, so that readers can judge it."},
            answer="c", wrong=["a", "d"],
            why={"a": "Wrong: the newsletter and the website both rest on the report, so this is one source "
                      "repeated, not three. The report gives no source for an Iranian link.",
                 "b": "Wrong: 24.kg named two Chinese companies (Huawei and Beijing China Veterans Lingxin) and "
                      "described Aka Minerals as the domestic partner. Nothing in the sources makes it Chinese.",
                 "c": "Right: the best dated source is 24.kg, published the day after the signing in January "
                      "2018. It called Aka Minerals a domestic company. Nobody has verified who owns it, and "
                      "the briefing should say so.",
                 "d": "Wrong: naming the report does not repair a claim that has no source behind it. A better "
                      "dated source says something else, and the chapter asks you not to repeat \"Iran-based\"."},
            hint="Follow the citation chain back to where it starts. Then ask which source, written at the time "
                 "of the signing, describes the co-investors, and how.",
            explanation="The newsletter cites the report and the website cites the newsletter: one unsourced "
                        "claim, repeated twice. 24.kg, the day after the signing, listed two Chinese companies "
                        "(Huawei and Beijing China Veterans Lingxin) and one domestic company, Aka Minerals and "
                        "Mining. No source for an Iranian link was found (ERR-15). Attribution (option d) is the "
                        "right habit for a claim that has a source; here it would pass on an error that a better "
                        "source corrects. The honest wording also says what remains unknown: the ownership.",
            teaches="an unsourced nationality stays unsourced however often it is repeated (ERR-15)"),
        Choice(
            "13.5", name="Q13_5", points=3, level="analyse",
            prompt="**Case (invented).** A 2026 training brochure for journalists says: \"PRC police colleges "
                   "have trained Kyrgyz officers since October 2009, for example on a safe-city visit to "
                   "Yancheng.\" Its only source is the IRI report. What should a corrected sentence say?",
            options={"a": "Keep it: the report is the brochure's source, and the report gives both the "
                          "2009 date and the Yancheng visit.",
                     "b": "Say \"at least since 2006\" (Shandong, May 2006) and drop Yancheng: no source "
                          "shows a Kyrgyz visit there.",
                     "c": "Change only the date: Kyrgyz senior officers attended an SCO seminar at "
                          "Shandong Police College in May 2006.",
                     "d": "Change only the place: the documented venue in Jiangsu is Lianyungang (May "
                          "2017), so the year 2009 can stay."},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the report's own appendix starts Shandong's foreign training in 2006, and it "
                      "names no source for a Kyrgyz visit to Yancheng. Repeating the report repeats both "
                      "errors.",
                 "b": "Right: the Qilu Evening News recorded Kyrgyz senior officers at Shandong Police "
                      "College in May 2006, and no source links Kyrgyz officers to Yancheng. Both parts of the "
                      "sentence need correcting.",
                 "c": "Wrong: this fixes the date but keeps the visit to Yancheng, for which the course "
                      "found no source. The report's Kyrgyzstan section never mentions Yancheng.",
                 "d": "Wrong: Lianyungang is the documented venue in Jiangsu, but 2009 is still too late: "
                      "Kyrgyz officers were at Shandong Police College in May 2006."},
            hint="Check each part of the sentence, the date and the place, against the chapter's section on "
                 "police training and its correction box.",
            explanation="The sentence carries two of the report's errors. The date: the Qilu Evening News (May "
                        "2006) records Kyrgyz officers at an SCO seminar at Shandong Police College, 10-25 May "
                        "2006, which also matches the report's appendix (Shandong's foreign training from "
                        "2006), so \"as early as October 2009\" is too late (ERR-16). The place: no source "
                        "links Kyrgyz officers to Yancheng (ERR-01); the documented Jiangsu venue is "
                        "Lianyungang (May 2017). Options c and d each fix one error and keep the other.",
            teaches="correcting a new text that repeats two of the report's errors (ERR-16, ERR-01)"),
        Number(
            "13.6", name="Q13_6", points=3, level="apply",
            prompt="From 2 June 2023 Bishkek's cameras matched faces against the CIS interstate wanted list, "
                   "to which Russian agencies alone had added more than 85,000 people. Use chapter 2's formula "
                   "for one-to-many search: the chance of at least one false match for one face is "
                   "`1 - (1 - fmr) ** list_size`, and the expected false alerts in a day are that chance "
                   "times the faces checked. Take, purely as an illustration, `fmr` = 0.000001 (one in a "
                   "million), a list of 85,000 and 100,000 faces a day. How many false alerts a day, rounded to "
                   "the nearest whole number?",
            answer=8149, places=0, wrong=[8500, 995, 0.08],
            hint="Work out the chance for one face first, then multiply by the faces checked. Multiplying "
                 "fmr x list x faces is only an approximation and gives a different whole number.",
            explanation="1 - (1 - 0.000001) ** 85000 = 0.0815 (about 1 in 12); times 100,000 faces = 8,148.8, "
                        "so about 8,149 false alerts a day, against about 995 for chapter 2's list of 10,000. "
                        "The list really held more than 85,000 entries, so the true figure under these "
                        "assumptions would be higher. The numbers of faces and the error rate are "
                        "illustrations, not measurements of the Bishkek system.",
            teaches="how a large watch list multiplies false alerts (EX30)"),
        MultiChoice(
            "13.7", name="Q13_7", points=3, level="evaluate",
            prompt="Using the chapter's account of June 2023 and the arithmetic of 13.6, which statements are "
                   "supported? Give the set of letters.",
            options={"a": "with the error rate per comparison held fixed, a longer watch list produces more false "
                          "alerts",
                     "b": "because the cameras were Chinese-made, the wanted list was supplied by the PRC",
                     "c": "the sources show that the cameras located the three Russian activists detained in "
                          "Bishkek",
                     "d": "the risk to an exile depends on who can put names on the list and on the rules for "
                          "acting on a match, not only on who made the cameras",
                     "e": "a more accurate algorithm makes the size of the list irrelevant",
                     "f": "a reported match is an alert still to be checked, so 57 matches are not 57 confirmed "
                          "identifications",
                     "g": "the 57 matches show that the system made no false matches"},
            answer={"a", "d", "f"},
            wrong=[{"a", "d"}, {"a", "c", "d", "f"}, {"a", "b", "d", "f"}, {"a", "d", "e", "f"}],
            hint="Separate what the sources report (dates, counts, detentions) from what they do not establish. "
                 "Then ask what 13.6 shows about list size and error rate.",
            explanation="(a) follows from the formula; (d) is the chapter's conclusion: the list was fed largely "
                        "by Russia and the harm comes from the list, the data-sharing agreement and the missing "
                        "safeguards. (f) follows from chapter 2: a match is an alert. The sources do not "
                        "establish that the cameras found the detained activists (c), the list is the CIS list, "
                        "not the PRC's (b), a better algorithm only lowers the rate (e), and match counts say "
                        "nothing about false matches (g).",
            teaches="the risk sits in the list and its rules, not only the supplier"),
        Written(
            "13.8", name="MEMO_13_8", points=3, level="evaluate",
            prompt="A foundation's programme officer asks you: \"Is Bishkek's camera system a Chinese "
                   "surveillance threat?\" Write a note of 200 to 350 words that answers from the evidence. Use "
                   "four headings, each on its own line: `Facts`, `Concerns`, `Evidence gaps`, `Assessment`. "
                   "Cite at least two sources as `[source: ...]` and date your claims (at least three "
                   "different years). Keep to published sources: do not name or speculate about individuals "
                   "beyond them.",
            rules=[("words_between", {"low": 200, "high": 350}),
                   ("has_headings", {"headings": ["Facts", "Concerns", "Evidence gaps", "Assessment"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 3})],
            rubric=[Criterion("accuracy", 2, "Names the suppliers and dates correctly (Huawei agreement dropped, "
                                             "Vega phase 1, CEIEC's free equipment, Sunwin phase 2) and uses "
                                             "the corrected facts."),
                    Criterion("claims", 2, "Presents civil-society concerns as risk warnings and officials' "
                                           "figures as their statements; does not treat either as proof."),
                    Criterion("buyer_side", 2, "Uses the 2023 CIS-list case and the 2024 outage to show that the "
                                               "risk also depends on the buyer's rules and partners."),
                    Criterion("restraint", 2, "Says what the sources do not show (why Huawei's deal was dropped; "
                                              "whether any supplier reached the data) without speculating.")],
            hint="Check the length, put each heading on a line by itself, cite in the form [source: 24.kg 2019], "
                 "and give years for your claims.",
            explanation="A strong note gets the suppliers and dates right, keeps warnings separate from findings, "
                        "uses the June 2023 case to show buyer-side risk, names the gaps (why Huawei left; no "
                        "evidence of supplier access), and avoids the report's errors (Iran-based, 2009, Huawei's "
                        "free cameras). It is written so that it could be shared with Kyrgyz partners without "
                        "putting anyone at risk.",
            teaches="assessing a system's risk from evidence, not from the supplier's nationality"),
        Choice(
            "13.9", name="Q13_9", points=3, level="analyse",
            prompt="**Case (invented).** In March 2026 a Bishkek news site publishes this: \"A digital-rights "
                   "group says that Safe City cameras send images of faces to servers in China.\" The group "
                   "names no document, test or official body. The Interior Ministry has not replied. Using the "
                   "course's claim rule, what kind of claim is this, and how should a briefing report it?",
            options={"a": "A finding: a registered news site checked the story before it published it, so "
                          "a briefing can state it as a fact.",
                     "b": "A self-claim by the news site, because the site is the one that published the "
                          "sentence.",
                     "c": "A finding, because in 2019 an advocate already said that Chinese systems come "
                          "with open ports for updates.",
                     "d": "An allegation by the group, reported by the site: attribute it, date it, and "
                          "say what the sources do not show."},
            answer="d", wrong=["a", "c"],
            why={"a": "Wrong: sort a claim by who first made it, not by who repeated it. The site reports the "
                      "group's claim. Publishing a claim does not establish it.",
                 "b": "Wrong: a self-claim is a party speaking about itself. The site is not describing its own "
                      "work, and the claim comes from the group.",
                 "c": "Wrong: the 2019 remark about open ports was a warning about risk, not proof. The chapter "
                      "says the sources do not show that a supplier accessed Kyrgyz camera data.",
                 "d": "Right: the claim says someone did something wrong, and no court, audit or official "
                      "determination has established it. So it is an allegation. Say who made it and when, and "
                      "add what the sources do not show."},
            hint="Who first made the claim? Does it say that someone did something wrong? Has an independent "
                 "process established it? Then read the section on civil-society responses again.",
            explanation="By the course's rule the group is not speaking about itself. Its claim of wrongdoing "
                        "(images sent abroad) has not been established by a court, an audit or an official "
                        "determination, so it is an allegation. The news site only relays it (who reported it "
                        "is not who claimed it). The 2019 concern about open ports (Mambetalieva) makes the "
                        "allegation worth checking, but it is a risk warning; the chapter says no source shows "
                        "a supplier reaching Kyrgyz camera data. An allegation is not dismissed either: the "
                        "briefing reports it, attributed and dated, with the gap in the evidence.",
            teaches="a new report of data access is an allegation until established; attribute it to who made it"),
        Choice(
            "13.10", name="Q13_10", points=3, level="evaluate",
            prompt="**Case (invented).** A 2026 press release of the Kyrgyz Interior Ministry says: \"Since 2019 "
                   "the facial-recognition system has helped to find and detain 300 wanted people.\" A donor's "
                   "draft report turns this into: \"Bishkek's cameras have caught 300 criminals.\" In 2021 an "
                   "Interior Ministry official gave a figure of 55 since 31 October 2019. Which judgement does "
                   "the chapter best support?",
            options={"a": "The draft is fine: a ministry is an official body, so its figure counts as a "
                          "finding and can be stated as a fact.",
                     "b": "It is the ministry's claim about its own system: attribute and date it, and "
                          "keep its words \"wanted\" and \"detained\".",
                     "c": "The draft should use the figure of 55 instead, because that one came from a "
                          "named official and the new one did not.",
                     "d": "The figure of 300 must be false, because it is more than five times the 2021 "
                          "figure, so the draft should leave it out."},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: by the course's claim rule (chapter 1), a party speaking about its own work makes a "
                      "self-claim, whatever its standing. An official body is not independent of its own "
                      "project.",
                 "b": "Right: the ministry describes its own system, so the figure is a self-claim. A wanted "
                      "person who is detained has not been convicted, so \"criminals\" says more than the "
                      "source. Both figures can stand, each with its date.",
                 "c": "Wrong: the two figures come from different years, so both can be true. The chapter's "
                      "advice on the 60 and the 800 cameras applies: record each figure with who said it and "
                      "when.",
                 "d": "Wrong: five more years of use could explain a larger count. You do not call a figure "
                      "false because it is larger; you attribute it and say that nobody has counted "
                      "independently."},
            hint="Who is speaking, and about what? Compare the words of the draft with the words of the release. "
                 "How does the chapter handle two official figures that differ?",
            explanation="The release is the ministry describing its own system: a self-claim, which may be true "
                        "but is unverified. The draft changes its meaning twice: \"wanted people\" become "
                        "\"criminals\" and \"detained\" becomes \"caught\" as if guilt were shown. The 2021 "
                        "figure (55, from an Interior Ministry official) is from another date; the chapter's "
                        "handling of the 60 and 800 cameras (record each with who said it and when, do not pick "
                        "one) applies. Options c and d each pick or reject a figure without evidence.",
            teaches="an official figure about its own system is a self-claim; keep its words and its date"),
        Choice(
            "13.11", name="Q13_11", points=2, level="analyse",
            prompt="**Case (invented).** A partner organisation in Bishkek is preparing a public post on Safe "
                   "City. A staff member found useful camera figures in a 2025 article by one of the online "
                   "outlets that a Bishkek district court declared extremist in October 2025. She wants to "
                   "share that article in the post. What is the most defensible advice, by the chapter?",
            options={"a": "Do not share, link or quote it. Use published sources the chapter cites, such "
                          "as 24.kg and ministry statements.",
                     "b": "Share it: the article appeared months before the court's ruling, so sharing it "
                          "now carries no legal risk for anyone.",
                     "c": "Share it, but crop out the outlet's name and logo so that the post cannot be "
                          "linked to the outlet.",
                     "d": "Copy the figures into the post without naming any source, so that nobody can "
                          "object to the source."},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: in Kyrgyzstan, sharing, republishing or \"liking\" those outlets' materials can "
                      "now be prosecuted. The chapter's own facts come from other published sources, which the "
                      "post can cite.",
                 "b": "Wrong: the court declared the outlets' materials extremist, and the Supreme Court upheld "
                      "this in March 2026. The date of the article does not remove the risk of sharing it now.",
                 "c": "Wrong: a cropped copy still republishes the outlet's material, and it hides the source "
                      "from readers. It does not remove the legal risk.",
                 "d": "Wrong: every figure needs a source that a reader can check. Unsourced figures cannot be "
                      "tested, and they still come from the same material."},
            hint="Read the last item of the section on what has changed since the report, and its note for "
                 "readers in Kyrgyzstan.",
            explanation="Since October 2025 (upheld on 9 March 2026) materials of three online outlets are "
                        "declared extremist in Kyrgyzstan, and sharing, republishing or liking them can be "
                        "prosecuted there. The course neither links nor quotes them. Cropping or laundering the "
                        "figures keeps the risk and breaks attribution. The safe and honest route is the "
                        "published sources the chapter already uses, each figure attributed and dated. Discuss "
                        "with partners before any post: safety comes before completeness.",
            teaches="a source that puts a partner at risk is left out; other published sources carry the facts"),
    ],
)
