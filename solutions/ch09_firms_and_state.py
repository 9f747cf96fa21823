"""Chapter 9 exercises: firms and the state. Reference solutions (instructor only)."""

Q9_1 = "c"


def ownership_class(shareholders):
    """Classify ownership from who holds shares; the size of the stakes does not matter here."""
    if not shareholders:
        return "not stated"                 # no information: say so rather than guess
    types = [holder["type"] for holder in shareholders]
    if all(kind == "state" for kind in types):
        return "state-owned"
    if "state" in types:
        return "partially state-owned"      # state and private owners side by side
    return "private"


Q9_3 = {"a", "c", "d"}
Q9_4 = {"en51_no_backdoors": "a", "en52_backdoors_documented": "b", "coordination_near_certain": "a",
        "baidu_alibaba": "c", "ren_ft": "e", "hikvision_ethnic": "d"}
Q9_5 = ["D", "C", "G", "A", "E", "F", "B"]
Q9_9 = "a"
Q9_10 = "d"
Q9_11 = "c"
Q9_12 = "b"

LEGAL_ENDINGS = ("co", "ltd", "limited", "inc", "llc", "corp", "corporation", "company")


def normalise_name(name):
    """Lower case, punctuation to spaces, then drop legal words from the end of the name."""
    # Replace (not delete) punctuation, so "Co.,Ltd." becomes two words, "co" and "ltd".
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name.lower())
    words = cleaned.split()
    # Names often end in two legal words ("Co., Ltd."), so keep removing while the last is one.
    while words and words[-1] in LEGAL_ENDINGS:
        words.pop()
    return " ".join(words)


SUPPLYING = ("export", "reexport", "transfer")


def screen(transaction, entity_list):
    """Match the party against the list (exact match after normalising), then apply the listing's effect."""
    party = normalise_name(transaction["party"])
    for entry in entity_list:
        for listed_name in [entry["name"]] + entry["aliases"]:
            if normalise_name(listed_name) == party:     # equal, not "contains": decoys share words
                # A listing requires a licence to supply the party with items subject to the EAR,
                # even items that would normally need none. It does not ban buying from the firm.
                if transaction["direction"] in SUPPLYING and transaction["subject_to_ear"]:
                    action = "licence_required"
                else:
                    action = "not_controlled_by_listing"
                return {"hit": True, "entity": entry["name"], "action": action}
    return {"hit": False, "entity": None, "action": "no_listing"}


BRIEF_9_8 = """
Ownership
Not accurate as written. Hikvision is partially state-owned: entities linked to CETC, a state-owned
defence-electronics group, are its largest shareholders, and private shareholders hold much of the rest
[source: Week in China 2017]. The IRI and TextOre report itself lists Hikvision as partially state-owned
in endnote 47 [source: IRI and TextOre 2024]. Suggested: "Hikvision is partially state-owned; its largest
shareholders are linked to the state group CETC."

US listing
Not accurate. The US Commerce Department added Hikvision to the Entity List with effect from 9 October
2019 [source: BIS 2019 Entity List rule]. A listing means a licence is needed to export, re-export or
transfer items subject to US export rules to the firm, with a presumption of denial for most items. It
does not ban all business: a general ban on dealings belongs to Treasury sanctions, a different tool.
Suggested: "Since October 2019, US exporters have needed a licence to supply Hikvision with items subject
to US export rules."

Backdoors
Not shown by the source the claim usually rests on. The 2024 report's statement that Huawei equipment
has been found with backdoors cites only "RWR Advisory Group, 2018", with no title or link, next to a
quotation that has no source at all [source: IRI and TextOre 2024]. That does not prove there are no
backdoors; it means this report gives readers no way to check. Suggested: drop the sentence, or cite a
technical evaluation that names the equipment and the flaw.
"""
