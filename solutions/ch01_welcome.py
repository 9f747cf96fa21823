"""Chapter 1 exercises: welcome and the source report. Reference solutions (instructor only)."""

Q1_1 = "b"
Q1_2 = {"b", "c", "e"}
Q1_3 = "c"


def claim_type(statement):
    """Classify a statement as a self-claim, a finding or an allegation (item 1.4).

    The tests run in a fixed order, because the first one that applies decides:
    a vendor that counts its own trainees states a method, but it is still
    describing itself, so it is a self-claim and never a finding; a newspaper
    that explains how it found out about wrongdoing has made an allegation.
    """
    # 1. The claimant speaks about itself. Who later repeated the claim does not matter.
    if statement["claimant"] == statement["about"]:
        return "self-claim"
    # 2. Wrongdoing that no court, audit or official determination has established.
    if statement["wrongdoing"] and not statement["established"]:
        return "allegation"
    # 3. Someone else reached the conclusion by a stated method (audit, count, ruling ...).
    if statement["method"] is not None:
        return "finding"
    # 4. Anything else is a claim that no finding has established.
    return "allegation"


Q1_5 = {"wassenaar": "a", "csis": "b", "entity_list": "c", "ecu911": "c", "iec": "d", "malaysia_lab": "a"}
Q1_6 = "c"
Q1_7 = ["B", "A", "C", "D", "E", "F", "G", "H"]

Q1_9 = "d"

Q1_10 = "b"

Q1_11 = "a"

Q1_12 = "c"

Q1_13 = "a"

MEMO_1_8 = """
Who and when
The report was published in 2024 by the International Republican Institute with the research firm
TextOre and paid for by the National Endowment for Democracy [source: IRI and TextOre 2024]. Most of
its sources were read between August and November 2022, so its figures describe 2022.

Perspective
IRI is a US democracy-promotion body, and the programme behind the report states that its aim is to
counter Chinese Communist Party influence. That shapes its questions: it looks mainly at PRC sellers.
It does not make its findings wrong, and its central judgement is careful: no single PRC plan, but
real reasons for concern.

How to use it
Use it as a map, not as the last word. Check each claim against the source it cites, use the course's
corrections (for example, the Wassenaar controls date from 2013, not 2017), and date every figure.
Add other voices: Greitens found in 2020 that governments buy these systems for their own reasons,
such as high crime [source: Greitens 2020], and Carnegie's 2019 index shows US firms selling AI
surveillance too [source: Feldstein 2019].
"""
