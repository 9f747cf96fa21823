"""The English feedback of a sample of checks, for tests/test_item_messages_i18n.py.

`item_feedback_english.json` holds what this gave before the feedback became
translatable (commit 96776a9): an English run must still give exactly those bytes.
It imports only the grader, so it runs on that older version too:

    PYTHONPATH=<old checkout> python tests/item_feedback_probe.py <old checkout> > tests/item_feedback_english.json

Regenerate the file only for a deliberate change of the English wording.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Values a learner might give: blank, wrong shape, wrong letter, commas, huge text ...
VALUES = [None, "", "b", "z", 3, 3.5, True, [8, 149], [3, 5, 1], ["a"], ["b", "a"], {"__set__": ["a"]},
          {"__set__": ["a", "b", "c", "d", "e"]}, {"__set__": ["q"]}, {"a": "b"}, [], {}, "word " * 200, "x" * 70_000,
          "## Who\n[source: a] [source: b] 2019 2020"]
EVIDENCE = {"prepared": "2026-01-01", "evidence": [
    {"id": "P1", "source": "a@b.example.org", "claim_type": "self-claim", "source_date": "2021", "index": "fotn",
     "edition": 2021, "score": 50, "status": "Free", "parts": {"A": 10, "B": 10, "C": 10}, "start": "2020", "end": "2019"},
    {"id": "p1", "source": "?", "claim_type": "rumour", "source_date": "2021-13", "index": "FIW", "score": 120,
     "edition": 2030, "parts": {"X": 1}},
    {"id": "P3", "source": "Vendor brochure, 2021", "claim_type": "self-claim", "source_date": "2021", "date": "2022"}],
    "judgements": [{"id": "J1", "based_on": ["P1", "P9"]}, {"id": "J2", "based_on": ["P3"]}, {"id": "J3"}, "bad"]}
# A function case's long text arguments (titles, URLs) are the case's, not feedback wording.
LONG_TEXT = re.compile(r'"[^"]{24,}"')
ERRORS = [{"kind": "exception", "message": "KeyError: x", "line": 3}, {"kind": "exception", "message": "Evil: x"},
          {"kind": "exception", "message": "NotImplementedError"}, {"kind": "missing", "message": "Q7_1 is not defined"},
          {"kind": "syntax", "message": "invalid syntax", "line": 2}, {"kind": "import", "message": "ImportError: x", "line": 1},
          {"kind": "other", "message": "m"},
          {"kind": "import", "message": "NameError: name 'yes' is not defined", "line": 1},
          {"kind": "import", "message": "NameError: name 'maybe' is not defined", "line": 2}]


def english_feedback(root: Path) -> dict:
    from course.grading import runner, validators
    from course.grading.advice import readable_source
    from course.grading.runner import load_spec_module
    from course.grading.spec import comma_advice

    # Each distinct message once, with the item's own hint and reasons (question-bank text,
    # not feedback wording) shortened to a mark: the file stays small, any change of wording shows.
    said = set()
    for slug in ("ch07_export_controls", "ch17_research_a_country"):
        chapter = load_spec_module(root / "questions" / f"{slug}.py")
        bank_text = {text: "<hint>" for text in (item.hint for item in chapter.items)}
        bank_text.update({text: "<reason>" for item in chapter.items for text in (getattr(item, "why", None) or {}).values()})
        for check in chapter.checks():
            for value in VALUES:
                message = check.judge(value)[1]
                for text, mark in bank_text.items():
                    message = message.replace(text, mark)
                said.add(LONG_TEXT.sub('"<text>"', message))
    return {
        "checks": sorted(said),
        "comma": [comma_advice("Q", [8, 149]), comma_advice("Q", [3, 5, 1])],
        "complete": validators.complete({"evidence": [{"id": "E1"}, "row"]}, top=["country"],
                                        sections={"evidence": {"min_rows": 3, "fields": ["source"]}, "gone": {}}),
        "consistent": validators.consistent(EVIDENCE),
        "sourced": validators.sourced(EVIDENCE),
        "contact": validators.no_contact_details({"evidence": [{"source": "a@b.example.org", "note": "+44 20 7946 0000"}],
                                                  "x@y.example.com": [1], "meta": {"k": ["a@b.example.org"]}}),
        "not a dict": [validators.complete([1]), validators.consistent([1]), validators.sourced([1])],
        "errors": [[runner._hidden_case_message(err, "ch07_export_controls.py", "f"),
                    runner._error_message(err, "ch07_export_controls.py", "Q7_1 = yes\nprint(maybe)\n")] for err in ERRORS],
        "encodings": [readable_source(data, "ch07_export_controls.py")[1] for data in
                      ("Q = 'é'".encode("utf-16"), "Q = 'é'".encode("utf-16-le"), "Q = 'é'".encode("cp1252"))],
    }


if __name__ == "__main__":
    print(json.dumps(english_feedback(Path(sys.argv[1])), indent=1, ensure_ascii=False))
