"""Chapter 2 exercises: key concepts. Reference solutions (instructor only)."""

Q2_1 = "b"


def matching_type(system):
    """Classify a face system as "categorisation", "one-to-one" or "one-to-many" (item 2.2)."""
    # A system that sorts faces into groups (age band, sex ...) identifies no one.
    if system["returns"] == "category":
        return "categorisation"
    # One stored face: the question is "is this the person?" (verification).
    if system["faces_compared"] == 1:
        return "one-to-one"
    # Two or more stored faces: the question is "who is this?" (identification).
    # Whether the person knowingly takes part does not change the type.
    return "one-to-many"


def false_match_chance(fmr, list_size):
    """Chance of at least one false match for one face against a list (item 2.3)."""
    # (1 - fmr) is the chance that one comparison is correct; ** list_size makes
    # every comparison correct; 1 minus that is the chance that at least one is wrong.
    return 1 - (1 - fmr) ** list_size


def expected_false_alerts(fmr, list_size, faces_per_day):
    """Expected false alerts in a day: one chance per face checked (item 2.4)."""
    return faces_per_day * false_match_chance(fmr, list_size)


Q2_5 = 52

Q2_6 = {"bus_sensors": "a", "police_centre": "b", "city_platform": "c", "feedback_app": "a",
        "junction_cameras": "c", "metro_faces": "b"}

Q2_7 = {"a", "b", "c", "d"}

Q2_9 = "b"

Q2_10 = "c"

Q2_11 = "d"

Q2_12 = "c"

Q2_13 = "a"

BRIEF_2_8 = """
What the system does
Besides city services, the contract links 2,000 street cameras to the police command centre and
searches every passer-by against a watch list. That is one-to-many identification, the kind of
matching that checks each face against a whole list [source: Article 29 Working Party 2012].

What the label hides
The OECD's 2019 definition of a smart city is about residents' well-being and shared decisions; it
does not mention policing [source: OECD 2019]. Under the course's working definitions, a police
command centre fed by cameras is a safe-city component, so this programme is both. The cameras are
dual use: software and a face database, not new hardware, turn them into tracking tools. Every search
is many comparisons, so a longer list or more faces means more false alerts, each one a person who
may be stopped.

Questions to ask
Who operates the command centre, and under what law? Which database fills the watch list, and who
can add names? Who may see the footage, and for how long is it kept? Has anyone independent tested
the error rate?
"""
