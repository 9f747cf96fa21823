"""Chapter 7 exercises: export controls. Reference solutions (instructor only)."""

Q7_1 = "d"
Q7_2 = "b"
Q7_3 = {"a", "b", "e"}
Q7_4 = ["B", "D", "G", "C", "A", "E", "F"]

PRC_CATCH_ALL_GROUNDS = {"national_security", "wmd", "terrorism"}
EU_ARTICLE_4_GROUNDS = {"wmd", "military_end_use_embargoed"}
EU_ARTICLE_5_GROUNDS = {"internal_repression", "human_rights_abuse"}


def prc_licence_required(case):
    """Listed items always need a licence; unlisted ones only on an Art. 12 ground the exporter knows of."""
    if case["on_prc_list"]:
        return True
    return case["exporter_aware"] and bool(PRC_CATCH_ALL_GROUNDS & set(case["risks"]))


def eu_authorisation_required(case):
    """Listed items, the Art. 4 catch-all, or the Art. 5 cyber-surveillance catch-all."""
    risks = set(case["risks"])
    if case["on_eu_list"]:
        return True
    if not case["exporter_aware"]:
        return False
    if risks & EU_ARTICLE_4_GROUNDS:
        return True
    return case["cyber_surveillance"] and bool(risks & EU_ARTICLE_5_GROUNDS)


def regimes_disagree(cases):
    return sorted(c["name"] for c in cases if prc_licence_required(c) != eu_authorisation_required(c))


Q7_8 = 6
Q7_9 = "c"
Q7_11 = "c"
Q7_12 = "b"
Q7_13 = "a"
Q7_14 = "b"
Q7_15 = "a"

BRIEF_7_10 = """
Situation
Our export law controls listed items and lets officials stop unlisted exports only on
security grounds, much like the catch-all in Article 12 of the PRC Export Control Law of
2020 [source: PRC Export Control Law 2020]. A firm may therefore sell an unlisted
face-recognition platform to a police force known for abuses without any licence. The EU
closed this gap in 2021: Article 5 of Regulation 2021/821 requires an authorisation for
unlisted cyber-surveillance items once the exporter is aware, or is told, that they are
intended for internal repression or serious human-rights violations
[source: EU Regulation 2021/821]. The Commission published due-diligence guidelines in
October 2024 [source: Commission Recommendation 2024/2659].

Options
First, keep the current law and rely on voluntary company policies; this costs nothing but
leaves decisions to sellers. Second, join the voluntary 2023 Code of Conduct of the Export
Controls and Human Rights Initiative; this signals intent but binds no one. Third, add a
catch-all modelled on Article 5, with guidance and a small licensing team; this needs staff
and training, and buyers may turn to other suppliers.

Recommendation
Adopt the third option: a catch-all limited to cyber-surveillance items, triggered by
awareness or official notice, with published guidance and a yearly report to parliament on
decisions. Review its effect after two years.
"""
