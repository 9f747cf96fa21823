"""Graded spec for chapter 2, key concepts. Instructor-only: holds the answers.

The set practises the chapter's definitions as rules: which kind of face matching a
system does (one-to-one, one-to-many, categorisation), how false matches grow with the
size of a watch list (the chapter's worked formula, 1 - (1 - r) ** n), the course's
working definitions of smart and safe city, and what a percentage is a percentage of
(ERR-12: CSIS counted 73 Safe City agreements in 52 countries). All systems in the
items are invented for practice; all real figures come from book/ch02_key_concepts.md.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Number,
                                 Written)


def system(name, *, faces_compared, returns="match", takes_part=False):
    return {"name": name, "faces_compared": faces_compared, "returns": returns, "person_takes_part": takes_part}


PHONE = system("phone unlocks for its owner", faces_compared=1, takes_part=True)
WANTED_CCTV = system("street cameras search every passer-by against a wanted list", faces_compared=10000)
SHOP_AGE = system("shop camera estimates each customer's age band", faces_compared=0, returns="category")
PASSPORT_GATE = system("automated passport gate checks the traveller against the passport photo",
                       faces_compared=1, takes_part=True)
BORDER_KIOSK = system("border kiosk: the traveller looks into the camera and is searched against a watch list",
                      faces_compared=85000, takes_part=True)
INVESTIGATOR = system("an investigator compares one face from footage with one stored photo",
                      faces_compared=1, takes_part=False)
SMALL_LIST = system("stadium camera searches fans against a list of five banned people", faces_compared=5)
ETHNICITY = system("camera network labels each face with an estimated ethnic group", faces_compared=0,
                   returns="category")
TWO_FACES = system("office door camera compares each visitor with the two staff on duty", faces_compared=2,
                   takes_part=True)

SYSTEM_FIELDS = """Each system is a dict like
`{"name": "...", "faces_compared": 10000, "returns": "match", "person_takes_part": False}`:
`faces_compared` is how many stored faces each captured face is compared with, `returns` is `"match"`
(the system says whether, or with whom, the face matches) or `"category"` (it sorts the face into a group
such as an age band), and `person_takes_part` says whether the person knowingly presents their face."""


def chance(fmr, list_size):
    return 1 - (1 - fmr) ** list_size


CHAPTER = Chapter(
    slug="ch02_key_concepts",
    title="Key concepts",
    items=[
        Choice(
            "2.1", name="Q2_1", points=2, level="recall",
            prompt="The report attributes its definition of facial recognition to \"the EU\". What is the "
                   "actual source of that definition?",
            options={"a": "the General Data Protection Regulation, a binding EU law",
                     "b": "a 2012 opinion of the Article 29 Working Party, an advisory body of European "
                          "data-protection authorities, written about online and mobile services",
                     "c": "a 2012 opinion of the Article 29 Working Party, written about police cameras in "
                          "public streets",
                     "d": "the American Civil Liberties Union's page on face recognition"},
            answer="b", wrong=["c", "a"],
            hint="Two things matter: what kind of body wrote it (law-maker or adviser), and what services it "
                 "was written about.",
            explanation="The definition comes from the Article 29 Working Party's 2012 opinion. The body was "
                        "advisory (replaced by the European Data Protection Board when the GDPR applied in "
                        "2018), and the opinion addressed online and mobile services such as photo tagging "
                        "and phone unlocking, not police use in public spaces.",
            teaches="attributing a definition precisely, with its context"),
        Function(
            "2.2", name="matching_type", points=3, level="apply",
            signature="matching_type(system: dict) -> str",
            prompt="Write `matching_type(system)` that classifies a face system by the chapter's table of "
                   "matching types: if it returns a category, it is `\"categorisation\"` (it sorts people and "
                   "names no one); otherwise, if each face is compared with exactly one stored face, it is "
                   "`\"one-to-one\"`; otherwise (more than one stored face) it is `\"one-to-many\"`, however "
                   "short the list. Whether the person takes part does **not** decide the type: it is a "
                   "common feature of one-to-one systems, not the definition. " + SYSTEM_FIELDS,
            public_cases=[Case(PHONE, expect="one-to-one"), Case(WANTED_CCTV, expect="one-to-many"),
                          Case(SHOP_AGE, expect="categorisation")],
            # Practice (learner copy), worked by hand: category first, then one stored face or more.
            practice_cases=[
                Case({"name": "practice: school gate sorts pupils by estimated mood", "faces_compared": 0,
                      "returns": "category", "person_takes_part": True}, expect="categorisation"),
                Case({"name": "practice: camera compares each face with 500 stored faces to estimate a gender",
                      "faces_compared": 500, "returns": "category", "person_takes_part": False}, expect="categorisation"),
                Case({"name": "practice: officer compares a suspect's photo with one mugshot", "faces_compared": 1,
                      "returns": "match", "person_takes_part": False}, expect="one-to-one"),
                Case({"name": "practice: hotel check-in camera searches guests against three flagged names",
                      "faces_compared": 3, "returns": "match", "person_takes_part": True}, expect="one-to-many")],
            hidden_cases=[Case(PASSPORT_GATE, expect="one-to-one"), Case(BORDER_KIOSK, expect="one-to-many"),
                          Case(INVESTIGATOR, expect="one-to-one"), Case(SMALL_LIST, expect="one-to-many"),
                          Case(ETHNICITY, expect="categorisation"), Case(TWO_FACES, expect="one-to-many")],
            mutant_code=[
                "def matching_type(system):\n"
                "    if system['returns'] == 'category':\n"
                "        return 'categorisation'\n"
                "    return 'one-to-one' if system['person_takes_part'] else 'one-to-many'\n",
                "def matching_type(system):\n"
                "    return 'one-to-one' if system['faces_compared'] == 1 else 'one-to-many'\n",
                "def matching_type(system):\n"
                "    if system['returns'] == 'category':\n"
                "        return 'categorisation'\n"
                "    return 'one-to-one' if system['faces_compared'] < 10 else 'one-to-many'\n",
            ],
            hint="Check `returns` first, then the number of stored faces. A list of two or five people is "
                 "already a search of many; and a person can take part in a one-to-many search.",
            explanation="`if system['returns'] == 'category': return 'categorisation'`; `if "
                        "system['faces_compared'] == 1: return 'one-to-one'`; `return 'one-to-many'`. The "
                        "border kiosk is the teaching case: the traveller takes part, but the face is "
                        "searched against a whole list.",
            teaches="one-to-one vs one-to-many vs categorisation"),
        Function(
            "2.3", name="false_match_chance", points=2, level="apply",
            signature="false_match_chance(fmr: float, list_size: int) -> float",
            prompt="Write `false_match_chance(fmr, list_size)`: the chance that one face, checked against a "
                   "watch list of `list_size` people, gives at least one false match, when each single "
                   "comparison wrongly matches with probability `fmr`. Use the chapter's formula "
                   "`1 - (1 - fmr) ** list_size` exactly (in Python `**` raises to a power). An empty list "
                   "makes no comparisons. (Python shows 0.000001 as `1e-06`: the same number.) The numbers are illustrations, not measurements of any real system.",
            public_cases=[Case(0.000001, 10000, expect=chance(0.000001, 10000)),
                          Case(0.5, 1, expect=0.5),
                          Case(0.01, 0, expect=0.0)],
            # Practice (learner copy), worked by hand: 1 - 0.5**3, 1 - 0.9**2, 1 - 0.8**2, no comparisons.
            practice_cases=[Case(0.5, 3, expect=0.875), Case(0.1, 2, expect=0.19), Case(0.2, 2, expect=0.36),
                            Case(0.001, 0, expect=0.0)],
            hidden_cases=[Case(0.000001, 1000000, expect=chance(0.000001, 1000000)),
                          Case(0.001, 1000, expect=chance(0.001, 1000)),
                          Case(0.5, 2, expect=0.75), Case(0.0, 50000, expect=0.0),
                          Case(0.2, 3, expect=chance(0.2, 3)), Case(0.1, 10, expect=chance(0.1, 10)),
                          Case(0.3, 4, expect=chance(0.3, 4))],
            mutant_code=[
                "def false_match_chance(fmr, list_size):\n"
                "    return fmr * list_size\n",
                "def false_match_chance(fmr, list_size):\n"
                "    return (1 - fmr) ** list_size\n",
                "def false_match_chance(fmr, list_size):\n"
                "    return 1 - (1 - fmr) * list_size\n",
            ],
            hint="`(1 - fmr) ** list_size` is the chance that *every* comparison is correct; you want the "
                 "chance that at least one is not. Multiplying `fmr` by the list size is only an "
                 "approximation, and it can exceed 1.",
            explanation="`return 1 - (1 - fmr) ** list_size`. For fmr = 0.000001 and 10,000 people this is "
                        "about 0.00995; with a list of a million it is about 0.63, where the shortcut "
                        "fmr x n would give 1.0.",
            teaches="why one-to-many searches multiply errors"),
        Function(
            "2.4", name="expected_false_alerts", points=2, level="apply", uses=["2.3"],
            signature="expected_false_alerts(fmr: float, list_size: int, faces_per_day: int) -> float",
            prompt="Write `expected_false_alerts(fmr, list_size, faces_per_day)`: the expected number of "
                   "false alerts in a day when the cameras check `faces_per_day` faces, each against a watch "
                   "list of `list_size` people. Multiply the number of faces by the chance from item 2.3; "
                   "reuse your `false_match_chance` and do not round.",
            public_cases=[Case(0.000001, 10000, 100000, expect=100000 * chance(0.000001, 10000)),
                          Case(0.000001, 10000, 0, expect=0.0),
                          Case(0.000001, 20000, 100000, expect=100000 * chance(0.000001, 20000))],
            # Practice (learner copy), worked by hand: faces x chance (0.5, 0.75, 0.19, 0).
            practice_cases=[Case(0.5, 1, 10, expect=5.0), Case(0.5, 2, 8, expect=6.0), Case(0.1, 2, 100, expect=19.0),
                            Case(0.2, 0, 1000, expect=0.0)],
            hidden_cases=[Case(0.000001, 10000, 50000, expect=50000 * chance(0.000001, 10000)),
                          Case(0.000002, 10000, 100000, expect=100000 * chance(0.000002, 10000)),
                          Case(0.0, 10000, 100000, expect=0.0),
                          Case(0.25, 2, 16, expect=7.0),
                          Case(0.001, 1000, 1000, expect=1000 * chance(0.001, 1000))],
            mutant_code=[
                "def expected_false_alerts(fmr, list_size, faces_per_day):\n"
                "    return faces_per_day * fmr\n",
                "def expected_false_alerts(fmr, list_size, faces_per_day):\n"
                "    return faces_per_day * fmr * list_size\n",
                "def expected_false_alerts(fmr, list_size, faces_per_day):\n"
                "    return list_size * false_match_chance(fmr, list_size)\n",
            ],
            hint="Each face checked is one chance of a false alert, and item 2.3 already gives that chance "
                 "for one face against the whole list.",
            explanation="`return faces_per_day * false_match_chance(fmr, list_size)`. The chapter's example "
                        "gives about 995 false alerts a day (it rounds to roughly 1,000). Doubling the list "
                        "nearly doubles the alerts, even though the software is no worse.",
            teaches="turning a per-comparison error rate into daily false alerts"),
        Number(
            "2.5", name="Q2_5", points=2, level="apply",
            prompt="In the CSIS study, 71 percent of the Huawei Safe City agreements counted were in "
                   "countries rated Partly Free or Not Free (on average over 2009 to 2018). Its percentages are shares of the "
                   "73 agreements it counted, which were spread over 52 countries. How many agreements does "
                   "71 percent stand for? Give the whole number k for which k out of 73, as a percentage, "
                   "rounds to 71.",
            answer=52, places=0, wrong=[37, 51],
            hint="First decide what the 71 percent is a share of: agreements or countries. Then try whole "
                 "numbers near that share and round each percentage.",
            explanation="0.71 x 73 = 51.8; 52/73 = 71.2 percent, which rounds to 71 (51/73 = 69.9, 53/73 = "
                        "72.6). Reading the share as one of 52 countries gives 37, which is the confusion "
                        "behind ERR-12. That 52 agreements and 52 countries coincide is exactly why the unit "
                        "must be named.",
            teaches="what a percentage is a percentage of (ERR-12)"),
        Matching(
            "2.6", name="Q2_6", points=6, level="apply",
            prompt="Classify each described system with this rule, based on the chapter's working definitions. "
                   "**Safe city (b):** its main aim is public security and it feeds a police or emergency "
                   "command centre, with no other city services. **Smart city (a):** digital tools for city "
                   "services or for residents' participation, with no link to a police or emergency command "
                   "centre. **Both (c):** digital city services *and*, as one part among several, a link to a "
                   "police or emergency command centre. Answer with a dict, e.g. `{\"bus_sensors\": \"a\", ...}`.",
            left={"bus_sensors": "sensors on buses feed a transport office that publishes live timetables",
                  "police_centre": "thousands of street cameras and an emergency phone line feed one command "
                                   "centre run by the police and emergency services",
                  "city_platform": "one city platform schedules rubbish collection and street lighting, and "
                                   "also passes its street-camera feeds to the police command centre",
                  "feedback_app": "a residents' app for reporting broken street lights and rating the "
                                  "council's response",
                  "junction_cameras": "junction cameras count cars for the traffic office; police can also "
                                      "search their footage from their command centre",
                  "metro_faces": "cameras at metro gates feed the police command centre, which searches "
                                 "every face against a wanted list"},
            right={"a": "smart city", "b": "safe city", "c": "both"},
            answer={"bus_sensors": "a", "police_centre": "b", "city_platform": "c", "feedback_app": "a",
                    "junction_cameras": "c", "metro_faces": "b"},
            wrong=[{"bus_sensors": "a", "police_centre": "b", "city_platform": "c", "feedback_app": "a",
                    "junction_cameras": "a", "metro_faces": "b"},
                   {"bus_sensors": "a", "police_centre": "b", "city_platform": "a", "feedback_app": "a",
                    "junction_cameras": "a", "metro_faces": "b"}],
            hint="For each system ask two questions: does it deliver a city service, and does anything reach a "
                 "police or emergency command centre? A traffic camera the police can search counts.",
            explanation="Bus sensors and the feedback app are smart city only (the World Bank brief's two "
                        "senses). The police command centre and the metro face search are safe city. The city "
                        "platform and the junction cameras are both: the junction cameras are the chapter's "
                        "dual-use example, where the same hardware serves traffic and policing.",
            teaches="applying the smart / safe city definitions, and dual use"),
        MultiChoice(
            "2.7", name="Q2_7", points=3, level="recall",
            prompt="Huawei said, as of November 2021, that it had built more than 160 smart cities in more "
                   "than 100 countries. CSIS, in a study published on 4 November 2019, counted 73 Huawei "
                   "Safe City agreements in 52 countries. A journalist writes that Huawei's business \"more "
                   "than doubled, from 73 to 160\". In which respects do the two figures differ, so that they "
                   "cannot be set side by side? Give the set of letters.",
            options={"a": "the label: smart city or safe city",
                     "b": "the unit counted: cities or agreements",
                     "c": "the date of the count: 2021 or 2019",
                     "d": "who counted: the vendor itself or an independent think tank",
                     "e": "the currency the figures are given in",
                     "f": "the company concerned"},
            answer={"a", "b", "c", "d"}, wrong=[{"a", "b", "c"}, {"b", "c", "d"}, {"a", "b", "c", "d", "f"}],
            hint="The chapter's checklist for a smart or safe city claim asks about the label, the unit, the "
                 "date and the counter. Check each against the two figures.",
            explanation="All four of label, unit, date and counter differ; there is no currency, and both "
                        "figures are about Huawei. Huawei's count is a self-reported figure; CSIS's is an "
                        "independent count. The 'doubling' compares unlike things.",
            teaches="comparing a vendor self-claim with an independent count"),
        Choice(
            "2.9", name="Q2_9", points=3, level="analyse",
            prompt="**Case (invented).** A bank asks each new customer to take a selfie in its app. The app "
                   "compares the selfie with the photo on the customer's identity card and says yes or no. "
                   "The bank has ten million customers. A journalist writes that this is \"the same as police "
                   "cameras that search the street\". Which description fits the chapter's table of matching "
                   "types best?",
            options={"a": "one-to-many: the bank holds ten million faces, so every selfie is a search of many",
                     "b": "one-to-one: each selfie meets one stored photo; the concern is template storage",
                     "c": "not facial recognition at all, because the customer knowingly takes part and agrees to it",
                     "d": "categorisation: the app sorts customers into two groups, accepted and refused"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the type depends on how many stored faces each face is compared with, not on "
                      "how many faces the bank holds. Here it is one: the photo on the card.",
                 "b": "Right: the app answers \"is this person who they say they are?\" against one stored "
                      "face. The chapter's table names storage and reuse of the template as the main concern "
                      "of one-to-one matching.",
                 "c": "Wrong: the Article 29 Working Party counts verifying a claimed identity as one of the "
                      "three purposes of facial recognition. Taking part is common in one-to-one matching; it "
                      "does not remove it.",
                 "d": "Wrong: categorisation sorts people by a trait such as age band and names no one. A "
                      "yes or no on a claimed identity is verification."},
            hint="Look at the row \"Compared against\" in the table of matching types. What is each selfie "
                 "compared with?",
            explanation="Verification (one-to-one): each selfie meets one stored face, the card photo. The size "
                        "of the customer base does not turn it into identification. The journalist's comparison "
                        "fails, but the system still creates templates that could be stored, leaked or reused, "
                        "which is the concern the chapter names for one-to-one matching.",
            teaches="classifying a new face system by the table of matching types"),
        Choice(
            "2.10", name="Q2_10", points=3, level="analyse",
            prompt="**Case (invented).** A shopping centre uses cameras that sort shoppers by estimated age "
                   "band and sex to choose the adverts on its screens. It says: \"We identify no one.\" A "
                   "software update adds an estimated ethnic group to each face. What does this change, by the "
                   "chapter's definitions?",
            options={"a": "nothing: a system that names no one handles no personal data",
                     "b": "it becomes one-to-many identification, because every shopper's face is processed",
                     "c": "still categorisation, but now it infers ethnic origin: sensitive data",
                     "d": "it becomes one-to-one matching, because each face is compared with one group"},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: categorisation is still facial recognition in the Working Party's terms, and "
                      "it treats images processed to infer ethnic origin as sensitive data.",
                 "b": "Wrong: identification compares a face with stored faces to say who the person is. "
                      "Processing many faces does not make it identification; the system still names no one.",
                 "c": "Right: sorting by a trait is categorisation. The chapter says it becomes a "
                      "human-rights problem when the categories are ethnic or religious, and the 2012 opinion "
                      "calls such inferences sensitive data.",
                 "d": "Wrong: one-to-one matching checks a claimed identity against one stored face. A group "
                      "label is not a stored face."},
            hint="Read the paragraph on the third purpose of facial recognition and the Working Party's words "
                 "on sensitive data.",
            explanation="The system remains face categorisation (it names no one), but the new category is "
                        "ethnic. The Article 29 Working Party (2012) treats images processed to infer "
                        "ethnic origin, religion or health "
                        "as sensitive data. The chapter marks ethnic or religious categories as the point where "
                        "categorisation becomes a rights problem.",
            teaches="what a change of category means for a face system"),
        Choice(
            "2.11", name="Q2_11", points=3, level="analyse",
            prompt="**Case (invented).** An advocacy group writes that a country \"has 12 safe cities\"; its "
                   "footnote cites a vendor's 2021 brochure. The country's ministry says, in 2024, that it "
                   "runs 3 smart city projects. A reporter concludes that the ministry is hiding 9 projects. "
                   "What should the reporter check first?",
            options={"a": "nothing more: an advocacy group is independent, so its figure is an independent count",
                     "b": "which figure is newer, because the newer count replaces the older one",
                     "c": "whether the two counts name the same country, since the labels are the same",
                     "d": "who counted, what unit and label, and when: 12 is the vendor's own figure"},
            answer="d", wrong=["a", "b"],
            why={"a": "Wrong: the group repeats the vendor's brochure. Who counted is the vendor, so 12 is a "
                      "self-reported figure, whoever quotes it.",
                 "b": "Wrong: a newer figure does not replace an older one when the two count different "
                      "things. The dates differ, but so do the label, the unit and the counter.",
                 "c": "Wrong: the labels are not the same. One says safe cities, the other smart city "
                      "projects, and the chapter warns that counts under the two labels cannot be compared.",
                 "d": "Right: the chapter's checklist asks who counted, what unit, and when. The vendor "
                      "counted its own work in 2021; the ministry counted projects in 2024 under another "
                      "label. A gap between them proves nothing yet."},
            hint="Use the chapter's checklist of questions for a \"smart\" or \"safe\" city claim. Who made "
                 "the count of 12 in the first place?",
            explanation="This is the ERR-12 problem in a new setting. The 12 is a vendor's self-reported figure "
                        "carried by an advocacy group; the 3 is a ministry's count of projects under the smart "
                        "label, three years later. Label, unit, date and counter all differ, so the difference "
                        "of 9 is not evidence of hidden projects.",
            teaches="comparing two counts from different sources"),
        Choice(
            "2.12", name="Q2_12", points=3, level="evaluate",
            prompt="**Case (invented).** A data-protection office in a country outside Europe is drafting "
                   "rules for police cameras in public streets. A staff member proposes to open the rules with "
                   "\"the EU definition of facial recognition\" and to call it EU law. Which advice is the most "
                   "defensible, by the chapter?",
            options={"a": "use the 2012 definition as binding EU law: the report calls it internationally "
                          "recognised",
                     "b": "use the Bureau of Justice Assistance fact sheet instead, since it is about police "
                          "work",
                     "c": "cite its three purposes as 2012 advice on online services; seek other rules for police",
                     "d": "use no outside definition at all, because every source has a perspective"},
            answer="c", wrong=["a", "b"],
            why={"a": "Wrong: the text is an opinion of the Article 29 Working Party, an advisory body, not a "
                      "law. The body was replaced in 2018, and the report's label does not change that.",
                 "b": "Wrong: the fact sheet explains a US grant programme to police agencies. It says nothing "
                      "about oversight or data protection, which are what the office must regulate.",
                 "c": "Right: the three purposes (identify, verify, categorise) still apply to policing, but "
                      "the opinion was advice written about online and mobile services. Say so, and look "
                      "elsewhere for rules on police use in public spaces.",
                 "d": "Wrong: the chapter does not reject definitions with a perspective. It asks who wrote "
                      "each one, when, for what purpose and what it leaves out, and uses them with that in mind."},
            hint="Apply the chapter's four questions to the 2012 text: who wrote it, when, for what purpose, "
                 "and what it leaves out.",
            explanation="The best advice keeps what is useful and attributes it precisely. The Article 29 Working "
                        "Party's 2012 opinion (advisory; the body was replaced by the EDPB in 2018) "
                        "gives three purposes "
                        "that fit police use. But its advice was written for online and mobile "
                        "services. Rules for police cameras in public need other sources.",
            teaches="judging whether a definition fits the use it is put to"),
        Choice(
            "2.13", name="Q2_13", points=3, level="evaluate",
            prompt="**Case (invented).** A police force says its new face search \"makes a false match in only "
                   "one comparison in a million\", so false alerts \"will be rare\". It plans to check 200,000 "
                   "faces a day against a watch list of 50,000 people. How well supported is the claim that "
                   "false alerts will be rare?",
            options={"a": "not supported: that rate, with this list and this many faces, gives thousands a day",
                     "b": "well supported: one false match in a million comparisons is almost no errors at all",
                     "c": "well supported, once the vendor's own test confirms the rate in its laboratory",
                     "d": "not supported, because face search never works and every alert is false"},
            answer="a", wrong=["b", "c"],
            why={"a": "Right: each face is compared with 50,000 faces, so the chance of a false match per face "
                      "is about 5 percent. Over 200,000 faces that is roughly 10,000 false alerts a day, each a "
                      "real person who might be stopped.",
                 "b": "Wrong: the rate is per comparison, and one-to-many search makes many comparisons for "
                      "each face. Errors grow with the list and the number of faces, even if the software is no "
                      "worse.",
                 "c": "Wrong: a vendor's own test is a self-claim, and it would not change the arithmetic. The "
                      "number of comparisons is the problem.",
                 "d": "Wrong: the chapter does not say that face search never works. It says errors multiply "
                      "with the list size and the number of faces searched."},
            hint="Use the chapter's worked example: how many comparisons does one face make, and how many faces "
                 "are checked each day?",
            explanation="1 - (1 - 0.000001) ** 50,000 is about 0.049 for one face; times 200,000 faces, about "
                        "9,750 false alerts a day. The claim confuses a rate per comparison with a rate per "
                        "search. The numbers are illustrations, as in the chapter.",
            teaches="judging a claim about false alerts in a one-to-many search"),
        Written(
            "2.8", name="BRIEF_2_8", points=3, level="evaluate",
            prompt="An invented case: a city's press release calls its new programme a \"smart city\" that "
                   "will make services more efficient. The contract, which you have read, lists 2,000 street "
                   "cameras linked to the police command centre and a face search of every passer-by against "
                   "a watch list. Write a fact box of 120 to 220 words for a local newspaper. Use three "
                   "headings, each on its own line: `What the system does`, `What the label hides`, "
                   "`Questions to ask`. Cite at least two sources as `[source: ...]`.",
            rules=[("words_between", {"low": 120, "high": 220}),
                   ("has_headings", {"headings": ["What the system does", "What the label hides",
                                                  "Questions to ask"]}),
                   ("cites_sources", {"minimum": 2})],
            rubric=[Criterion("classification", 2, "Applies the definitions: a safe-city component under a "
                                                   "smart-city label; one-to-many identification."),
                    Criterion("accuracy", 2, "Explains correctly why false alerts grow with list size and "
                                             "faces searched, and why the hardware is dual use."),
                    Criterion("attribution", 2, "Attributes definitions to who wrote them and when; does "
                                                "not present a vendor's or city's claim as a finding."),
                    Criterion("questions", 2, "Asks questions a reader can act on: operator, database, "
                                              "access rules, oversight, who counted what.")],
            hint="Check the length, put each heading on a line by itself, and cite sources in the form "
                 "[source: OECD 2019].",
            explanation="A strong fact box names the policing function behind the label, classifies the face "
                        "search as one-to-many, explains why errors scale with the list and the number of "
                        "faces, notes dual use, attributes the definitions, and ends with questions from the "
                        "chapter's checklist.",
            teaches="evaluating a claim that mixes smart and safe city"),
    ],
)
