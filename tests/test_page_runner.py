"""The exercise page's Run button (course/grading/page_runner.py), run here in CPython.

In the browser the same module runs inside Pyodide (tests/browser/test_exercise_quiz.py
runs it there); here each wording and rule is checked against the reference code and
against wrong code: a stub, a constant, a syntax error, a crash, a non-plain value."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from course.grading.source import function_with_constants
from course.grading.page_runner import MAX_CODE_CHARS, run_item, run_json
from course.grading.runner import load_chapters

ROOT = Path(__file__).resolve().parents[1]
SLUG = "ch07_export_controls"


@pytest.fixture(scope="module")
def chapter7():
    return load_chapters(ROOT, ["7"])[SLUG].spec


def _function(chapter, item_id):
    return next(i for i in chapter.items if i.id == item_id)


def _code(name: str) -> str:
    """The reference function as a learner would type it on the page: with the constants it uses."""
    return function_with_constants(ROOT / "solutions" / f"{SLUG}.py", name)


def test_the_reference_code_passes_every_example_and_practice_case(chapter7):
    item = _function(chapter7, "7.5")
    got = run_item(item.public("book-page:x"), SLUG, _code(item.name))
    assert got["total"] == len(item.public_cases) + len(item.practice_cases) > 2
    assert got["passed"] == got["total"], got["cases"]
    assert [c["label"] for c in got["cases"]][:2] == ["example 1", "example 2"]


def test_a_wrong_rule_is_told_what_was_expected_with_the_hint(chapter7):
    item = _function(chapter7, "7.5")
    code = _code(item.name).replace('return case["exporter_aware"] and', "return", 1)   # ignores awareness
    got = run_item(item.public("s"), SLUG, code)
    missed = [c for c in got["cases"] if not c["passed"]]
    assert missed and 0 < got["passed"] < got["total"]
    assert "returned True, expected False." in missed[0]["message"] and item.hint in missed[0]["message"]


def test_a_constant_earns_nothing_by_the_same_answer_rule(chapter7):
    item = _function(chapter7, "7.5")
    got = run_item(item.public("s"), SLUG, f"def {item.name}(case):\n    return False\n")
    assert got["passed"] == 0
    assert "for every case, but the cases need different answers" in got["cases"][0]["message"]


@pytest.mark.parametrize("code, words", [
    ("def prc_licence_required(case):\n    raise NotImplementedError\n", "this function is not written yet"),
    ("def prc_licence_required(case)\n    return True\n", "your code, line 1: SyntaxError"),
    ("def prc_licence_required(case):\n    return case['nope']\n", "your code, line 2: KeyError: 'nope'"),
    ("def prc_licence_required(case):\n    return object()\n", "not plain data"),
    ("def other(case):\n    return True\n", "prc_licence_required is not defined in your code"),
    ("prc_licence_required = 3\n", "prc_licence_required is not a function"),
    ("import sys\nsys.exit(1)\n", "SystemExit"),
])
def test_broken_code_gets_a_plain_message_for_every_case(chapter7, code, words):
    item = _function(chapter7, "7.5")
    got = run_item(item.public("s"), SLUG, code)
    assert got["passed"] == 0 and got["total"] > 0
    assert all(words in c["message"] for c in got["cases"]), got["cases"][0]


def test_an_item_can_reuse_the_functions_of_the_other_items(chapter7):
    item = _function(chapter7, "7.7")
    others = [_code("prc_licence_required"), _code("eu_authorisation_required")]
    alone = run_item(item.public("s"), SLUG, _code(item.name))
    assert alone["passed"] < alone["total"] and any("NameError" in c["message"] for c in alone["cases"])
    together = json.loads(run_json(json.dumps({"item": item.public("s"), "slug": SLUG, "code": _code(item.name),
                                               "other_code": ["this is not python", *others]})))
    assert together["passed"] == together["total"] > 0


def test_code_longer_than_the_limit_is_not_run(chapter7):
    item = _function(chapter7, "7.5")
    got = run_item(item.public("s"), SLUG, "x = 1\n" * (MAX_CODE_CHARS // 6 + 1))
    assert got["total"] == 0 and "longer than" in got["error"]
