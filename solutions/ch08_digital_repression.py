"""Chapter 8 exercises: exporting digital repression? Reference solutions (instructor only)."""

Q8_1 = {"wsj_zambia": "a", "huawei_denial": "s", "zambia_minister": "s", "kyrgyz_57": "s",
        "feldstein_75": "f", "greitens_crime": "f"}


def claim_kind(claim):
    """Sort a claim into one of the chapter's kinds. The order of the tests is part of the rule."""
    # 1. A party speaking about itself (a firm, a government) makes a self-claim,
    #    even when it is denying wrongdoing and says it has investigated.
    if claim["speaker"] in claim["subjects"]:
        return "self-claim"
    # 2. Someone else accusing a party of wrongdoing that no independent process has
    #    established: an allegation, however careful the reporting.
    if claim["about_wrongdoing"] and not claim["independently_established"]:
        return "allegation"
    # 3. A conclusion reached by a method the speaker describes: a finding.
    if claim["method_stated"]:
        return "finding"
    # 4. Anything else is a claim that no finding has established: an allegation.
    return "allegation"


def trace_origin(cites, start):
    """Follow "who quotes whom" from `start` until a source that quotes nobody."""
    source = start
    steps = 0
    # cites[source] is the source it quotes, or None when it reports its own evidence.
    while cites[source] is not None:
        source = cites[source]
        steps += 1          # one more quotation between the start and the origin
    return {"origin": source, "chain_length": steps}


Q8_4 = "b"
Q8_5 = {"a", "d", "e"}
Q8_6 = "c"
Q8_9 = "a"
Q8_10 = "d"
Q8_11 = "b"
Q8_7 = {"made_cameras": "c", "supplied_most_names": "b", "switched_on_matching": "a",
        "prosecuted_activists": "b", "prompted_un_call": "d"}

MEMO_8_8 = """
What the sources say
The words about cameras that look only for Uyghurs come from a New York Times article of 14 April 2019
[source: Mozur, New York Times 2019]. The UN Special Rapporteur quoted that reporting as credible in a report
of May 2019 [source: UN A/HRC/41/35]; the Rapporteur did not investigate the cameras. The Wall Street
Journal reported in August 2019, citing senior security officials and police documents, that Huawei
technicians helped Ugandan and Zambian authorities spy on opposition figures [source: WSJ 2019].

What they do not show
The WSJ claims are allegations. Huawei called them unfounded, and both governments denied them
[source: BBC 2019]. The paper itself found no evidence that Huawei's leaders in China knew. The IRI and
TextOre report of 2024 found no single plan in Beijing to export repression, and no evidence in open
sources of sales made to target ethnic minorities [source: IRI and TextOre 2024]. Risk is also not tied
to one supplier: the UN experts' 2021 call for a moratorium followed the Pegasus spyware reports, and in
2023 Kyrgyzstan used Chinese-made cameras to search a wanted list filled mostly by Russian police.

Suggested wording
"The New York Times reported in 2019, and a UN expert judged credible, that cameras in China were set
up to pick out Uyghurs. The Wall Street Journal alleged in 2019 that Huawei staff helped two African
governments spy on opponents; Huawei and both governments denied it. A 2024 study found no evidence of
a coordinated PRC plan to export repression."
"""
