"""Chapter 5 exercises: technology governance at the UN and the SCO. Reference solutions (instructor only)."""

Q5_1 = {"a", "c", "d", "f", "g", "h"}
Q5_2 = {"a", "b", "c", "f"}

# 5.3: the six aims ICCPR Article 19(3) lists, as labels.
ARTICLE_19_3_AIMS = {"rights_of_others", "reputations_of_others", "national_security",
                     "public_order", "public_health", "public_morals"}


def failed_tests(restriction):
    """Run all three checks in order and collect every one that fails."""
    failed = []
    if not restriction["provided_by_law"]:
        failed.append("provided_by_law")
    # One listed aim is enough; an empty list of aims has none, so any() gives False.
    if not any(aim in ARTICLE_19_3_AIMS for aim in restriction["aims"]):
        failed.append("legitimate_aim")
    if not restriction["necessary"]:
        failed.append("necessary")
    return failed


Q5_4 = ["H", "D", "B", "C", "E", "F", "G", "A"]


def binds(instrument, state):
    """Binding only for a treaty, in force, on a state that is a party. Backing a text never binds."""
    if instrument["form"] != "treaty":
        return False                      # resolutions, declarations, proposals ... are not law
    if not instrument["in_force"]:
        return False                      # adopted but not yet in force: binds no one
    return state in instrument["parties"]  # signing or sponsoring is not enough


Q5_6 = "b"
Q5_7 = 45.9

Q5_9 = "c"

Q5_10 = "a"

Q5_11 = "d"

Q5_12 = "b"

Q5_13 = "c"

Q5_14 = "a"

MEMO_5_8 = """
Clause
The draft lets the communications ministry order the removal of online content that threatens "social stability" or spreads "extremism".

Tests
Article 19(3) of the ICCPR allows limits on expression only when they are provided by law and necessary for respect of the rights or reputations of others, or to protect national security, public order, public health or morals [source: ICCPR 1966]. The Human Rights Committee adds that restrictions must meet strict tests of necessity and proportionality and must never put the right itself in jeopardy [source: General Comment 34, 2011].

Assessment
The clause would be in law, so it meets the first test in form. But neither of its aims is on the Article 19(3) list. "Social stability" echoes the 2015 draft code of conduct rather than the Covenant [source: UN document A/69/723]. "Extremism" is not defined, so no one can tell in advance what is banned or whether a removal was necessary. Some content it targets, such as incitement to violence, could be restricted for public order, but the clause does not say so. A ministry order with no independent review also makes proportionality hard to check. The parliament should tie the clause to a listed aim, define the banned content narrowly, and require a court or independent body to approve removals.
"""
