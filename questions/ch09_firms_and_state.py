"""Graded spec for chapter 9, firms and the state. Instructor-only: holds the answers.

The set practises: reading ownership correctly (9.2, 9.9; ERR-10), stating what the
National Intelligence Law does and does not show (9.3), grading how the report sources
its claims about firms and backdoors (9.4; ERR-08), dating the evidence (9.5), and
screening transactions against the October 2019 Entity List additions with name
variants and decoys, with a licence requirement as the result, not a ban (9.6, 9.7;
ERR-11). Every fact used here is stated, with its source, in book/ch09_firms_and_state.md.

The screening list below is built from the names the chapter gives. It is a teaching
list, not the Federal Register's wording: the official entries give fuller names and
more aliases. The decoy firm names in the transactions are invented.

Scenario items (issue 16) are choices about invented cases the chapter does not tell: 9.1 and 9.9 to 9.12. Each option carries its reason (`why`); the rules they rest on are in the chapter, with citations. Levels follow the written rule in CONTRIBUTING.
"""
from course.grading.spec import (Case, Chapter, Choice, Criterion, Function, Matching, MultiChoice, Ordering,
                                 Written)

# ---------------------------------------------------------------- 9.2: ownership


def holders(*rows):
    return [{"holder": name, "type": kind, "share": share} for name, kind, share in rows]


STATE_LARGEST_MIXED = holders(("state-owned group", "state", 40), ("co-founder", "private", 15),
                              ("other listed shareholders", "private", 45))
ALL_PRIVATE = holders(("founder", "private", 60), ("investment fund", "private", 40))
ALL_STATE = holders(("state asset agency", "state", 70), ("state-owned bank", "state", 30))
SMALL_STATE = holders(("founder", "private", 80), ("city investment fund", "state", 1),
                      ("employees", "private", 19))
ONE_STATE = holders(("ministry", "state", 100))
PRIVATE_LARGEST_MIXED = holders(("founder", "private", 51), ("state-owned group", "state", 49))

# ---------------------------------------------------------------- 9.6 and 9.7: screening

OCT_2019 = [
    {"name": "Dahua", "aliases": []},
    {"name": "Hangzhou Hikvision Digital Technology Co., Ltd.", "aliases": ["Hikvision"]},
    {"name": "iFlytek", "aliases": []},
    {"name": "Megvii", "aliases": []},
    {"name": "SenseTime", "aliases": []},
    {"name": "Xiamen Meiya Pico", "aliases": ["Meiya Pico"]},
    {"name": "Yitu", "aliases": []},
    {"name": "Yixin", "aliases": []},
]
HIKVISION = "Hangzhou Hikvision Digital Technology Co., Ltd."


def tx(party, direction, *, ear=True, listed_item=False, item="general equipment"):
    return {"party": party, "direction": direction, "subject_to_ear": ear, "on_control_list": listed_item,
            "item": item}


def result(entity, action):
    return {"hit": entity is not None, "entity": entity, "action": action}


TX_FIELDS = """A transaction is a dict like
`{"party": "Hikvision", "direction": "export", "subject_to_ear": True,
"on_control_list": False, "item": "office printers"}`. `direction` is `"export"`,
`"reexport"` or `"transfer"` (supplying the party) or `"purchase"` (buying from it);
`subject_to_ear` says whether the item is subject to the US Export Administration
Regulations; `on_control_list` says whether the item would need a licence for an
ordinary buyer. The list is a list of dicts like `{"name": "Xiamen Meiya Pico",
"aliases": ["Meiya Pico"]}`."""

# A made-up screening list for the learner copy's practice cases: invented firms, no real listing.
PRACTICE_ENTITY_LIST = [{"name": "Example Lens Technology Co., Ltd.", "aliases": ["Example Lens"]},
                        {"name": "Sample Signal Corp", "aliases": []}]

CHAPTER = Chapter(
    slug="ch09_firms_and_state",
    title="Firms and the state",
    items=[
        Choice(
            "9.1", name="Q9_1", points=2, level="evaluate",
            prompt="**Case (invented).** A leaked test report from 2025 shows that Vendor P's video platform "
                   "passed a test with another firm's face-recognition system, which can raise a \"minority "
                   "alarm\". After a newspaper publishes the document, Vendor P says: \"It was only a test, and "
                   "it has never been used in real life.\" What does the evidence support?",
            options={"a": "proof that the alarm is in use in the cities where Vendor P's platform is installed",
                     "b": "nothing at all, since a leaked document is only an allegation and cannot be used",
                     "c": "that the capability was tested on Vendor P's platform; \"never used\" is Vendor P's "
                          "self-claim",
                     "d": "that Vendor P's statement settles the matter, since the firm knows its own products"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: a test report shows that a capability was designed and tested. It does not show "
                      "where, or whether, the alarm is used.",
                 "b": "Wrong: a document that others can inspect is the kind of evidence the chapter treats as a "
                      "finding, as with IPVM's sources. Leaked or not, it can be examined.",
                 "c": "Right: like Huawei's 2018 test report, the document shows a tested capability. Vendor P's "
                      "statement about its own conduct is a self-claim: it may be true, but it needs a check.",
                 "d": "Wrong: a firm speaking about its own conduct makes a self-claim. A denial is not a "
                      "refutation."},
            hint="Re-read the Huawei test report in the section on ethnicity analytics, and Huawei's answer. What "
                 "does such a document show, and what does it not show?",
            explanation="The chapter's parallel is the Huawei test report of January 2018 on a Megvii system with "
                        "a \"Uyghur alarm\", and Huawei's reply that it was only a test (Healy 2021; The Washington "
                        "Post 2020). Inspectable documents show what was designed and tested; they do not by "
                        "themselves show use or export. The vendor's reply is a self-claim to be checked, "
                        "neither proof nor worthless.",
            teaches="weighing a leaked test document and the vendor's reply"),
        Function(
            "9.2", name="ownership_class", points=2, level="apply",
            signature="ownership_class(shareholders: list) -> str",
            prompt="Write `ownership_class(shareholders)` that applies the chapter's distinction. Each "
                   "shareholder is a dict like `{\"holder\": \"state-owned group\", \"type\": \"state\", "
                   "\"share\": 40}` (`type` is `\"state\"` for state bodies and state-owned groups, "
                   "otherwise `\"private\"`). Return:\n\n"
                   "- `\"not stated\"` when the list is empty (no ownership information: do not guess);\n"
                   "- `\"state-owned\"` when every shareholder is a state one;\n"
                   "- `\"partially state-owned\"` when there are state and private shareholders side by "
                   "side, whatever their shares;\n"
                   "- `\"private\"` when there is no state shareholder.\n\n"
                   "The firms in the examples are invented; the stakes are not real figures.",
            public_cases=[Case(STATE_LARGEST_MIXED, expect="partially state-owned"),
                          Case(ALL_PRIVATE, expect="private"), Case([], expect="not stated")],
            # Practice (learner copy), invented firms, worked by hand.
            practice_cases=[
                Case([{"holder": "practice: provincial holding company", "type": "state", "share": 10},
                      {"holder": "practice: founder family", "type": "private", "share": 90}], expect="partially state-owned"),
                Case([{"holder": "practice: state investment fund", "type": "state", "share": 55},
                      {"holder": "practice: city asset bureau", "type": "state", "share": 45}], expect="state-owned"),
                Case([{"holder": "practice: three private investors", "type": "private", "share": 100}], expect="private")],
            hidden_cases=[Case(ALL_STATE, expect="state-owned"), Case(SMALL_STATE, expect="partially state-owned"),
                          Case(ONE_STATE, expect="state-owned"),
                          Case(PRIVATE_LARGEST_MIXED, expect="partially state-owned"),
                          Case(holders(("founder", "private", 100)), expect="private")],
            mutant_code=[
                "def ownership_class(shareholders):\n"
                "    if not shareholders:\n"
                "        return 'not stated'\n"
                "    largest = max(shareholders, key=lambda h: h['share'])\n"
                "    return 'state-owned' if largest['type'] == 'state' else 'private'\n",
                "def ownership_class(shareholders):\n"
                "    if not shareholders:\n"
                "        return 'not stated'\n"
                "    if any(h['type'] == 'state' for h in shareholders):\n"
                "        return 'state-owned'\n"
                "    return 'private'\n",
                "def ownership_class(shareholders):\n"
                "    types = [h['type'] for h in shareholders]\n"
                "    if types and all(t == 'state' for t in types):\n"
                "        return 'state-owned'\n"
                "    if 'state' in types:\n"
                "        return 'partially state-owned'\n"
                "    return 'private'\n",
            ],
            hint="Collect the shareholder types first. Handle the empty list before anything else; then "
                 "ask \"all state?\" and \"any state?\". The size of the shares does not enter the rule.",
            explanation="`types = [h['type'] for h in shareholders]`; empty gives \"not stated\"; all "
                        "state gives \"state-owned\"; any state gives \"partially state-owned\"; else "
                        "\"private\". Letting the largest holder decide reproduces the report's error "
                        "about Hikvision; treating an empty list as private invents information.",
            teaches="ownership classes from evidence, without guessing (ERR-10)"),
        MultiChoice(
            "9.3", name="Q9_3", points=3, level="recall",
            prompt="The report says PRC firms cannot refuse the state's demands for data. Which of these "
                   "statements about that claim and the National Intelligence Law are accurate, as the "
                   "chapter sets them out? Give the set of letters.",
            options={"a": "Article 7 of the law, adopted in 2017 and amended in 2018, says organisations "
                          "and citizens shall support, assist and cooperate with national intelligence "
                          "efforts in accordance with law.",
                     "b": "The report cites Article 7 as its source for the claim that PRC firms cannot "
                          "refuse the state.",
                     "c": "How far the Article 7 duty reaches in practice, especially for data held "
                          "abroad, is contested among specialists.",
                     "d": "Jeremy Daum argued in 2024 that the text is less sweeping than often claimed, "
                          "since the duty sits among the law's general principles and the only other "
                          "provision on it lets intelligence bodies request assistance.",
                     "e": "Article 7 is evidence that a particular firm has handed a particular dataset "
                          "to PRC agencies.",
                     "f": "The report's statement that Baidu and Alibaba work hand in hand with PRC "
                          "intelligence agencies rests on an official investigation."},
            answer={"a", "c", "d"},
            wrong=[{"a", "b", "c", "d"}, {"a", "c", "d", "e"}, {"a", "d"}, {"a", "c", "d", "f"}],
            hint="Separate three things: what the statute says, what the report cites, and what would "
                 "count as evidence that data was actually handed over.",
            explanation="(a), (c) and (d) match the chapter. (b) is false: the report cites no law for "
                        "this claim anywhere. (e) confuses a legal duty with evidence of conduct. (f) is "
                        "false: the only source is one Foreign Policy article (23 December 2020), press "
                        "reporting the course treats as an allegation.",
            teaches="a legal duty is not evidence of conduct"),
        Matching(
            "9.4", name="Q9_4", points=4, level="apply",
            prompt="Grade how the report sources each claim, by what its endnote lets a reader check. "
                   "The grades: **a** no source at all; **b** a short citation (an author and a year, "
                   "nothing to find the document by); **c** a full reference to press reporting; **d** a "
                   "full reference to a document that sets out evidence others can inspect; **e** a full "
                   "reference to the claimant's own publication. Answer with a dict, e.g. "
                   "`{\"en51_no_backdoors\": \"a\", ...}`.",
            left={"en51_no_backdoors": "PRC officials made clear the government never requires companies "
                                       "to install backdoors (endnote 51)",
                  "en52_backdoors_documented": "governments and NGOs in many countries have recorded "
                                               "backdoors or preloaded malicious code in Huawei equipment "
                                               "(endnote 52)",
                  "coordination_near_certain": "the relationship between the state and its firms makes "
                                               "close coordination on such matters close to certain",
                  "baidu_alibaba": "Baidu and Alibaba supply PRC intelligence agencies with data storage "
                                   "and analysis",
                  "ren_ft": "Huawei's relationship with the government is \"very simple\": it abides by "
                            "the law and pays taxes (Ren Zhengfei, June 2019)",
                  "hikvision_ethnic": "Hikvision showed an \"ethnic minority\" detection function at a "
                                      "2018 summit"},
            right={"a": "no source at all",
                   "b": "short citation only",
                   "c": "full reference: press reporting",
                   "d": "full reference: a document setting out inspectable evidence",
                   "e": "full reference: the claimant's own publication"},
            answer={"en51_no_backdoors": "a", "en52_backdoors_documented": "b", "coordination_near_certain": "a",
                    "baidu_alibaba": "c", "ren_ft": "e", "hikvision_ethnic": "d"},
            wrong=[{"en51_no_backdoors": "e", "en52_backdoors_documented": "d", "coordination_near_certain": "a",
                    "baidu_alibaba": "c", "ren_ft": "e", "hikvision_ethnic": "d"},
                   {"en51_no_backdoors": "a", "en52_backdoors_documented": "b", "coordination_near_certain": "b",
                    "baidu_alibaba": "d", "ren_ft": "c", "hikvision_ethnic": "d"}],
            hint="Grade the endnote, not how plausible the claim sounds. Look at the chapter's table on the "
                 "backdoor passage and at the source named for each of the other claims.",
            explanation="Endnote 51 is a quotation with no speaker, date or publication (ERR-08); its wording "
                        "suggests Huawei but the endnote does not say so, so grading it as the claimant's "
                        "own publication guesses. Endnote 52 reads only \"RWR Advisory Group, 2018\". The "
                        "near-certainty is the report's own inference, with nothing cited. Baidu and "
                        "Alibaba rest on one Foreign Policy article (23 December 2020). Ren's words come "
                        "from Huawei's own published transcript. The Hikvision point rests on IPVM's expert "
                        "report to the Uyghur Tribunal (20 August 2021), which sets out documents others "
                        "can check.",
            teaches="grading a report's sourcing claim by claim (ERR-08)"),
        Ordering(
            "9.5", name="Q9_5", points=3, level="apply",
            prompt="Put these events in the order they happened (earliest first), as a list of letters. "
                   "Date each event itself, not the article that later reported it.",
            entries={"A": "BIS announces that it is adding Huawei to the Entity List",
                     "B": "the Uyghur Tribunal in London concludes that genocide and crimes against "
                          "humanity were committed",
                     "C": "a Huawei test report records that a Megvii system able to raise a \"Uyghur "
                          "alarm\" passed testing with Huawei's video-cloud platform",
                     "D": "the National Intelligence Law is adopted",
                     "E": "BIS's addition of 28 PRC entities, including Hikvision and Dahua, takes effect",
                     "F": "IPVM and The Washington Post report on the Huawei test document",
                     "G": "the National Intelligence Law is amended"},
            answer=["d", "c", "g", "a", "e", "f", "b"],
            wrong=[["d", "c", "g", "e", "a", "f", "b"], ["d", "g", "a", "e", "f", "c", "b"],
                   ["d", "g", "c", "a", "e", "f", "b"]],
            hint="Date each event to the month from the chapter. Huawei's listing and the October additions "
                 "were separate rules; the test and the reporting on it are two events years apart.",
            explanation="June 2017 (D), January 2018 (C), April 2018 (G), 15 May 2019 (A), 9 October 2019 "
                        "(E), December 2020 (F), 9 December 2021 (B). A learner who assumes Huawei was in "
                        "the October 2019 batch puts A after E; one who dates the test by its reporting "
                        "puts C after F.",
            teaches="dating evidence by the event, not by its reporting"),
        Function(
            "9.6", name="normalise_name", points=2, level="apply", exact_text=True,
            signature="normalise_name(name: str) -> str",
            prompt="Before comparing company names, screening removes differences that do not matter. "
                   "Write `normalise_name(name)` that:\n\n"
                   "1. turns the name into lower case (`name.lower()`);\n"
                   "2. replaces every character that is not a letter or a digit with a space "
                   "(`ch.isalnum()` tells you which is which);\n"
                   "3. splits the result into words (`text.split()`);\n"
                   "4. removes legal endings: while the **last** word is one of `co`, `ltd`, `limited`, "
                   "`inc`, `llc`, `corp`, `corporation` or `company`, drop it (the same words elsewhere "
                   "in the name stay);\n"
                   "5. joins the remaining words with single spaces and returns that text.",
            public_cases=[Case("Hangzhou Hikvision Digital Technology Co., Ltd.",
                               expect="hangzhou hikvision digital technology"),
                          Case("  MEGVII ", expect="megvii"),
                          Case("Xiamen Meiya Pico Co. Ltd", expect="xiamen meiya pico")],
            # Practice (learner copy), worked by hand through the five steps.
            practice_cases=[Case("Example Vision Technologies Co.,Ltd.", expect="example vision technologies"),   # two endings
                            Case("Inc. Company Holdings Inc", expect="inc company holdings"),   # only trailing endings go
                            Case("Cloud-Lens (Guangzhou) LLC", expect="cloud lens guangzhou"),  # marks become spaces
                            Case("Corp", expect="")],
            hidden_cases=[Case("iFlytek Co.,Ltd.", expect="iflytek"),
                          Case("Sense-Time", expect="sense time"),
                          Case("Company Store Ltd", expect="company store"),
                          Case("Yitu (Limited)", expect="yitu"),
                          Case("Ltd.", expect=""),
                          Case("Dahua Garden Restaurant", expect="dahua garden restaurant")],
            mutant_code=[
                "def normalise_name(name):\n"
                "    cleaned = ''.join(ch if ch.isalnum() else ' ' for ch in name.lower())\n"
                "    words = cleaned.split()\n"
                "    if words and words[-1] in ('co', 'ltd', 'limited', 'inc', 'llc', 'corp', 'corporation', 'company'):\n"
                "        words.pop()\n"
                "    return ' '.join(words)\n",
                "def normalise_name(name):\n"
                "    cleaned = ''.join(ch if ch.isalnum() else ' ' for ch in name.lower())\n"
                "    legal = ('co', 'ltd', 'limited', 'inc', 'llc', 'corp', 'corporation', 'company')\n"
                "    return ' '.join(w for w in cleaned.split() if w not in legal)\n",
                "def normalise_name(name):\n"
                "    cleaned = ''.join(ch for ch in name.lower() if ch.isalnum() or ch == ' ')\n"
                "    words = cleaned.split()\n"
                "    while words and words[-1] in ('co', 'ltd', 'limited', 'inc', 'llc', 'corp', 'corporation', 'company'):\n"
                "        words.pop()\n"
                "    return ' '.join(words)\n",
            ],
            hint="Build the cleaned text one character at a time, then work on the list of words. Names "
                 "often end in two legal words (\"Co., Ltd.\"), so keep removing while the last word is "
                 "one; and a punctuation mark between two words must leave a space.",
            explanation="`cleaned = ''.join(ch if ch.isalnum() else ' ' for ch in name.lower())`, `words = "
                        "cleaned.split()`, `while words and words[-1] in LEGAL: words.pop()`, `return ' "
                        "'.join(words)`. Removing only one ending leaves \"co\"; removing legal words "
                        "anywhere damages \"Company Store\"; deleting punctuation instead of replacing it "
                        "glues \"Co.,Ltd.\" into one word.",
            teaches="normalising names before screening"),
        Function(
            "9.7", name="screen", points=3, level="apply", uses=["9.6"],
            signature="screen(transaction: dict, entity_list: list) -> dict",
            prompt="Write `screen(transaction, entity_list)` that checks the transaction's party against "
                   "the list and returns `{\"hit\": ..., \"entity\": ..., \"action\": ...}`. The party is "
                   "a **hit** when its normalised name (use your `normalise_name`) is **equal** to the "
                   "normalised name or a normalised alias of a list entry; sharing a word is not enough. "
                   "`entity` is that entry's `name` as written in the list, or `None`. `action` follows "
                   "what an Entity List listing does, as the chapter explains:\n\n"
                   "- no hit: `\"no_listing\"`;\n"
                   "- a hit, and the transaction supplies the party (`export`, `reexport` or `transfer`) "
                   "with an item subject to the EAR: `\"licence_required\"`, even for an item that would "
                   "normally need no licence;\n"
                   "- any other hit (buying from the party, or an item not subject to the EAR): "
                   "`\"not_controlled_by_listing\"`.\n\n"
                   "The examples use a teaching list built from the eight firms the chapter names among "
                   "the October 2019 additions (the Federal Register gives fuller names); the decoy firms "
                   "are invented. " + TX_FIELDS,
            public_cases=[Case(tx("Hikvision", "export", item="office printers"), OCT_2019,
                               expect=result(HIKVISION, "licence_required")),
                          Case(tx("Dahua Garden Restaurant", "export"), OCT_2019,
                               expect=result(None, "no_listing")),
                          Case(tx("MEGVII CO., LTD.", "purchase", item="software licence"), OCT_2019,
                               expect=result("Megvii", "not_controlled_by_listing"))],
            # Practice (learner copy): a made-up list of invented firms, worked by hand.
            practice_cases=[
                Case({"party": "EXAMPLE LENS", "direction": "transfer", "subject_to_ear": True, "on_control_list": False,
                      "item": "desk phones"}, PRACTICE_ENTITY_LIST,
                     expect={"hit": True, "entity": "Example Lens Technology Co., Ltd.", "action": "licence_required"}),
                Case({"party": "Sample Signal", "direction": "purchase", "subject_to_ear": True, "on_control_list": False,
                      "item": "antennas"}, PRACTICE_ENTITY_LIST,
                     expect={"hit": True, "entity": "Sample Signal Corp", "action": "not_controlled_by_listing"}),
                Case({"party": "Example Lens Repair Shop", "direction": "export", "subject_to_ear": True, "on_control_list": False,
                      "item": "spare parts"}, PRACTICE_ENTITY_LIST, expect={"hit": False, "entity": None, "action": "no_listing"}),
                Case({"party": "Sample Signal Corp.", "direction": "export", "subject_to_ear": False, "on_control_list": False,
                      "item": "locally made cables"}, PRACTICE_ENTITY_LIST,
                     expect={"hit": True, "entity": "Sample Signal Corp", "action": "not_controlled_by_listing"})],
            hidden_cases=[Case(tx("Xiamen Meiya Pico Co., Ltd.", "transfer", listed_item=True), OCT_2019,
                               expect=result("Xiamen Meiya Pico", "licence_required")),
                          Case(tx("Meiya Pico Travel Agency", "export"), OCT_2019,
                               expect=result(None, "no_listing")),
                          Case(tx("YITU", "reexport", ear=False), OCT_2019,
                               expect=result("Yitu", "not_controlled_by_listing")),
                          Case(tx("iFlytek Co.,Ltd.", "reexport", item="laptops"), OCT_2019,
                               expect=result("iFlytek", "licence_required")),
                          Case(tx("Huawei", "export"), OCT_2019, expect=result(None, "no_listing")),
                          Case(tx("Hikvision", "export"), [], expect=result(None, "no_listing")),
                          Case(tx("Hikvision", "purchase", item="cameras"), OCT_2019,
                               expect=result(HIKVISION, "not_controlled_by_listing"))],
            mutant_code=[
                "def screen(transaction, entity_list):\n"
                "    party = normalise_name(transaction['party'])\n"
                "    for entry in entity_list:\n"
                "        for n in [entry['name']] + entry['aliases']:\n"
                "            if normalise_name(n) in party:\n"
                "                supplies = transaction['direction'] in ('export', 'reexport', 'transfer')\n"
                "                ok = supplies and transaction['subject_to_ear']\n"
                "                return {'hit': True, 'entity': entry['name'],\n"
                "                        'action': 'licence_required' if ok else 'not_controlled_by_listing'}\n"
                "    return {'hit': False, 'entity': None, 'action': 'no_listing'}\n",
                "def screen(transaction, entity_list):\n"
                "    party = normalise_name(transaction['party'])\n"
                "    for entry in entity_list:\n"
                "        for n in [entry['name']] + entry['aliases']:\n"
                "            if normalise_name(n) == party:\n"
                "                return {'hit': True, 'entity': entry['name'], 'action': 'prohibited'}\n"
                "    return {'hit': False, 'entity': None, 'action': 'no_listing'}\n",
                "def screen(transaction, entity_list):\n"
                "    party = normalise_name(transaction['party'])\n"
                "    for entry in entity_list:\n"
                "        for n in [entry['name']] + entry['aliases']:\n"
                "            if normalise_name(n) == party:\n"
                "                ok = transaction['subject_to_ear'] and transaction['on_control_list']\n"
                "                return {'hit': True, 'entity': entry['name'],\n"
                "                        'action': 'licence_required' if ok else 'not_controlled_by_listing'}\n"
                "    return {'hit': False, 'entity': None, 'action': 'no_listing'}\n",
                "def screen(transaction, entity_list):\n"
                "    party = transaction['party'].lower()\n"
                "    for entry in entity_list:\n"
                "        for n in [entry['name']] + entry['aliases']:\n"
                "            if n.lower() == party:\n"
                "                supplies = transaction['direction'] in ('export', 'reexport', 'transfer')\n"
                "                ok = supplies and transaction['subject_to_ear']\n"
                "                return {'hit': True, 'entity': entry['name'],\n"
                "                        'action': 'licence_required' if ok else 'not_controlled_by_listing'}\n"
                "    return {'hit': False, 'entity': None, 'action': 'no_listing'}\n",
                "def screen(transaction, entity_list):\n"
                "    party = normalise_name(transaction['party'])\n"
                "    for entry in entity_list:\n"
                "        for n in [entry['name']] + entry['aliases']:\n"
                "            if normalise_name(n) == party:\n"
                "                ok = transaction['subject_to_ear']\n"
                "                return {'hit': True, 'entity': entry['name'],\n"
                "                        'action': 'licence_required' if ok else 'not_controlled_by_listing'}\n"
                "    return {'hit': False, 'entity': None, 'action': 'no_listing'}\n",
            ],
            hint="Loop over the entries, and for each over its name plus its aliases; compare normalised "
                 "names with ==, not `in`. Then decide the action from two facts only: does the "
                 "transaction supply the party, and is the item subject to the EAR?",
            explanation="A listing is a licence requirement for supplying EAR items to the listed party, "
                        "covering even items that normally need no licence; it does not ban buying from "
                        "the firm (ERR-11). Substring matching flags the invented \"Dahua Garden "
                        "Restaurant\" and \"Meiya Pico Travel Agency\"; skipping normalisation misses "
                        "\"MEGVII CO., LTD.\"; \"prohibited\" repeats the report's error. Huawei is no hit "
                        "on this list: it was listed separately, in May 2019.",
            teaches="screening against the Entity List and reading its effect correctly (ERR-11)"),
        Written(
            "9.8", name="BRIEF_9_8", points=3, level="evaluate",
            prompt="An editor asks you to check three sentences before publication: \"Hikvision is a "
                   "state-owned company. Since 2019 US companies have been banned from doing business with "
                   "it. Huawei's equipment has been shown to contain backdoors.\" Write a fact-check note "
                   "of 150 to 300 words. Use three headings, each on its own line: `Ownership`, "
                   "`US listing`, `Backdoors`. Under each, say what is accurate, what is not, and suggest "
                   "a corrected sentence. Cite at least two sources as `[source: ...]` and mention at "
                   "least two different years.",
            rules=[("words_between", {"low": 150, "high": 300}),
                   ("has_headings", {"headings": ["Ownership", "US listing", "Backdoors"]}),
                   ("cites_sources", {"minimum": 2}),
                   ("mentions_dates", {"minimum": 2})],
            rubric=[Criterion("ownership", 2, "Corrects \"state-owned\" to partially state-owned (CETC-linked "
                                              "largest shareholders) without inventing a figure."),
                    Criterion("listing", 2, "Explains the Entity List as a licence requirement on supplying "
                                            "items subject to the EAR, not a ban; dates it to October 2019; "
                                            "tells it apart from OFAC sanctions."),
                    Criterion("sourcing", 2, "Shows that the report's backdoor claim rests on a short "
                                             "citation and an unsourced quotation, and neither affirms nor "
                                             "denies backdoors beyond the evidence."),
                    Criterion("usefulness", 2, "Each section ends in a corrected sentence an editor could "
                                               "print; plain, careful wording.")],
            hint="Check the length, put each heading on a line by itself, and cite sources in the form "
                 "[source: BIS 2019 Entity List rule].",
            explanation="A strong note corrects all three sentences (ERR-10, ERR-11, ERR-08), dates the "
                        "listing, separates export controls from sanctions, and handles the backdoor claim "
                        "as unverifiable from this source rather than false.",
            teaches="fact-checking claims about a firm against their sources"),
        Choice(
            "9.9", name="Q9_9", points=3, level="evaluate",
            prompt="**Case (invented).** In 2026 an online outlet writes: \"Vendor Z is a state-owned firm, so it "
                   "follows Beijing's instructions in every sale abroad.\" Its only evidence is a company "
                   "filing. The filing shows that a provincial state investment fund holds 12% of Vendor Z's "
                   "shares and private investors hold the rest. Which judgement of the outlet's sentence is best "
                   "supported by the chapter?",
            options={"a": "both parts fail: the filing shows a partly state-owned firm, and owners do not show "
                          "whose orders it follows",
                     "b": "the first part holds, since a state fund is among the shareholders; only the second "
                          "part, about orders, goes too far",
                     "c": "both parts hold: any state stake makes a firm state-owned, and a state-owned firm "
                          "follows state orders",
                     "d": "the first part fails, but the second holds, since Article 7 of the intelligence law "
                          "binds every firm abroad"},
            answer="a", wrong=["b", "c", "d"],
            why={"a": "Right: state and private owners side by side make a partially state-owned company, not a "
                      "state-owned one. And a list of owners says nothing about who gives the firm its orders in "
                      "a given sale.",
                 "b": "Wrong: \"state-owned\" says the state owns the firm outright or nearly so. With private "
                      "owners holding most shares, the accurate label is partially state-owned, the report's own "
                      "error about Hikvision (ERR-10).",
                 "c": "Wrong: one state shareholder does not make a firm state-owned. And even full state "
                      "ownership would not show what the firm did in a given sale.",
                 "d": "Wrong: Article 7 is real statutory text, but how far it reaches, especially abroad, is "
                      "contested. A legal duty is not evidence of what a firm did in any sale."},
            hint="Take the sentence in two parts. For the label, use the chapter's section on ownership. For the "
                 "conclusion, re-read what the chapter says ownership does and does not answer.",
            explanation="The filing supports \"partially state-owned\" only (state and private holders side by "
                        "side; compare the Hikvision correction, Week in China 2017 and IPVM 2018). The "
                        "conclusion confuses ownership with control of conduct: for the chapter, ownership is one "
                        "channel among several, and a share register cannot show who directs a particular sale. Option (d) swaps one channel for another without evidence of conduct.",
            teaches="judging a claim about a firm's owners"),
        Choice(
            "9.10", name="Q9_10", points=3, level="evaluate",
            prompt="**Case (invented).** A 2026 opinion piece says: \"The idea that PRC firms must help the "
                   "intelligence services is a myth. Jeremy Daum has shown that Article 7 of the National "
                   "Intelligence Law creates no duty at all.\" Which judgement of the piece does the chapter "
                   "support best?",
            options={"a": "supported: Daum showed in 2024 that Article 7 creates no duty for firms of any kind",
                     "b": "supported: the 2018 amendment of the law took the duty out of Article 7 altogether",
                     "c": "wrong the other way: Article 7 proves that every PRC firm hands over its data held "
                          "abroad",
                     "d": "overstated: Article 7 is real text; its reach is contested, and Daum calls it less "
                          "sweeping, not absent"},
            answer="d", wrong=["a", "b", "c"],
            why={"a": "Wrong: Daum argues that the text is less sweeping than often claimed, and that the only "
                      "other provision on the duty lets intelligence bodies request help. He does not say that "
                      "there is no duty.",
                 "b": "Wrong: the chapter quotes Article 7 of the law as adopted in 2017 and amended in 2018. "
                      "Nothing in it says that the amendment removed the duty.",
                 "c": "Wrong: this is the opposite overstatement. How far the duty reaches, especially for data "
                      "abroad, is contested, and a legal duty is not evidence that any firm handed over data.",
                 "d": "Right: the chapter's careful position has three parts. The obligation is real statutory "
                      "text; how far it reaches is contested; and neither side of that debate is evidence about "
                      "a given firm."},
            hint="Re-read 'The legal question: can a firm refuse the state?'. What does Article 7 say, and what "
                 "exactly does Daum argue about it?",
            explanation="Article 7 (National Intelligence Law 2017, amended 2018) says organisations and citizens "
                        "shall support, assist and cooperate with national intelligence efforts in accordance "
                        "with law. Daum (2024) reads it as less sweeping than critics claim, not as empty. The "
                        "piece turns a contested reading into \"a myth\"; say \"contested\", not \"proven\" "
                        "or \"myth\".",
            teaches="judging a claim about Article 7 of the National Intelligence Law"),
        Choice(
            "9.11", name="Q9_11", points=3, level="analyse",
            prompt="**Case (invented).** A 2026 magazine article says that Vendor Q, a PRC firm, \"works hand in "
                   "hand with the Ministry of State Security\". It cites one former employee who is not named, "
                   "and no documents. Vendor Q's website says: \"We are a private company and have never shared "
                   "data with any government.\" A think-tank paper repeats the magazine's sentence with a "
                   "footnote to the magazine. How should your own report treat the claimed link?",
            options={"a": "as established, since two separate publications make the same claim about Vendor Q",
                     "b": "as false, since Vendor Q, which knows its own conduct best, denies it",
                     "c": "as an allegation from one unnamed source, repeated once; the denial is a self-claim",
                     "d": "as a finding, since the magazine says how it learned of the link: from an insider who worked there"},
            answer="c", wrong=["a", "b", "d"],
            why={"a": "Wrong: the think tank quotes the magazine, so both rest on one source. Repeating a claim "
                      "adds authority, not evidence.",
                 "b": "Wrong: Vendor Q speaks about its own conduct, so its statement is a self-claim. A denial "
                      "is not a refutation; it may be true, but it needs an independent check.",
                 "c": "Right: the magazine alleges wrongdoing that no independent process has established, "
                      "from one unnamed source. The think tank only repeats it. Vendor Q's denial is a "
                      "self-claim, so report both sides.",
                 "d": "Wrong: under the course's rule, a claim of wrongdoing stays an allegation even when the "
                      "author says how it found out, as press investigations do."},
            hint="Find the origin of the claim first: how many independent sources are there? Then apply the "
                 "course's claim-type rule to the magazine and to Vendor Q.",
            explanation="One origin (the magazine, one unnamed former employee), one repetition (the think tank, "
                        "which adds no evidence), and a denial that is a vendor self-claim. The report itself "
                        "states the Baidu and Alibaba link as fact on one Foreign Policy article (Dorfman 2020); "
                        "the course treats that as an allegation, and the same treatment fits here.",
            teaches="weighing a company-state link asserted by an outlet"),
        Choice(
            "9.12", name="Q9_12", points=3, level="evaluate",
            prompt="**Case (invented).** A trade-press website you do not know publishes a 2026 article. It says "
                   "that Vendor Z's new camera line can label people by ethnicity. It links to Vendor Z's own "
                   "product manual, which lists an \"ethnicity attribute\" setting, and to a patent "
                   "application that Vendor Z filed. Which judgement of the article does the chapter support "
                   "best?",
            options={"a": "weak: the website's standing is unknown, so wait until a major newspaper repeats the "
                          "claim",
                     "b": "fairly strong on capability, since anyone can inspect the documents, but silent on "
                          "sales abroad",
                     "c": "proof that Vendor Z exports systems built for ethnic targeting, since the manual is "
                          "its own",
                     "d": "strong evidence of state direction, since firms build such features only when the "
                          "state orders them"},
            answer="b", wrong=["a", "c", "d"],
            why={"a": "Wrong: the documents can be checked whoever found them. A newspaper repeating the claim "
                      "would add authority, not evidence.",
                 "b": "Right: like IPVM's reports, the article rests on documents others can inspect, so it is "
                      "good evidence of what the firm built. It does not show that the feature was sold abroad "
                      "or used for ethnic targeting.",
                 "c": "Wrong: a manual and a patent show a designed capability. The chapter separates what was "
                      "built from what was exported, and the report found no evidence of sales abroad for "
                      "ethnic targeting.",
                 "d": "Wrong: nothing in the documents shows who asked for the feature. That is an inference, "
                      "like the report's claim that coordination is near certain."},
            hint="Re-read the paragraph after IPVM's list of findings: what makes them findings, and what do "
                 "they not show by themselves?",
            explanation="IPVM's evidence (Healy 2021) counts as findings because it rests on product documents, "
                        "marketing, standards and patents that others can inspect; the same holds for this "
                        "article, whoever published it. What such documents show is a capability designed and "
                        "marketed; they do not by themselves show exports or use (IRI 2024 found no evidence of "
                        "sales abroad made for ethnic targeting).",
            teaches="judging evidence by what can be inspected, and by what it shows"),
    ],
)
