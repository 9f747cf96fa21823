"""The two routes and the level rule (issue 16, items 2 and 3; CONTRIBUTING, "Exercise sets").

Checks what the rules make checkable: in every chapter the subject route (no code)
holds at least 70% of the automatic points; across the course, analyse + evaluate hold
at least 40%; every scenario item gives a reason for every option, starting "Right:" or
"Wrong:", has four options or more and two tempting wrong ones; every judgement choice
has four options or more; within a chapter the right option is not the longest, or the
same letter, by habit. Each rule has a negative test: a chapter built to break it fails.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from course.cli import main
from course.grading import answers_file, balance, scenarios
from course.grading.runner import load_chapters
from course.grading.spec import (ITEM_KINDS, KINDS, LEVELS, PAGE_KINDS, ROUTES, Case, Chapter, Choice, Function, Matching,
                                 MultiChoice, Number, Ordering, Structured, Written)

ROOT = Path(__file__).resolve().parents[1]
SPECS = [c.spec for c in load_chapters(ROOT).values() if c.spec is not None]


# ---------------------------------------------------------------- the course as it is


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.slug)
def test_each_chapter_gives_the_subject_route_its_share(spec):
    share = balance.Balance.of(spec).subject_share
    assert share >= balance.SUBJECT_ROUTE_MIN, balance.problems([spec])


def test_analyse_and_evaluate_hold_their_share_of_the_course():
    course = balance.total(balance.Balance.of(spec) for spec in SPECS)
    assert course.judgement_share >= balance.JUDGEMENT_MIN, balance.problems(SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.slug)
def test_scenario_and_judgement_choices_follow_the_rules(spec):
    assert scenarios.problems(spec) == []


def test_the_route_belongs_to_the_kind_and_the_page_kinds_follow_it():
    assert set(ITEM_KINDS) == {Choice, MultiChoice, Ordering, Matching, Number, Function, Written, Structured}
    assert {kind.route for kind in ITEM_KINDS} <= set(ROUTES)
    assert [kind.kind for kind in ITEM_KINDS if kind.route == "data"] == ["function"]
    assert PAGE_KINDS == ("choice", "multi", "ordering", "matching", "number", "written", "structured")
    # one definition: the page's forms and the answers file ask the kind (route, on_page);
    # neither keeps a list of kinds of its own
    assert all(KINDS[kind].on_page for kind in KINDS)   # every kind has a page form (a function: code)
    sys.path.insert(0, str(ROOT / "_ext"))
    import course_quiz
    assert not hasattr(course_quiz, "QUIZ_KINDS") and not hasattr(answers_file, "PAGE_KINDS")


def test_course_stats_reports_routes_and_levels():
    result = CliRunner().invoke(main, ["stats"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.startswith("chapter"))
    for column in ("no code", "Python", *LEVELS, "an+ev"):
        assert column in header
    course = balance.total(balance.Balance.of(spec) for spec in SPECS)
    total = next(line for line in result.output.splitlines() if line.startswith("total"))
    assert f"{course.by_route['subject']}" in total.split() and f"{course.subject_share:.0%}" in total.split()
    assert f"analyse + evaluate: {course.judgement_share:.0%}" in result.output


# ---------------------------------------------------------------- built to break each rule

REASONS = {"a": "Wrong: a misreading.", "b": "Right: the rule the chapter states.",
           "c": "Wrong: another misreading.", "d": "Wrong: a third misreading."}


def scenario(item_id="1.9", **overrides):
    fields = dict(name="Q" + item_id.replace(".", "_"), points=3, level="analyse",
                  prompt="**Case (invented).** A new case. Which rule applies?",
                  options={"a": "the first rule, by a misreading", "b": "the second rule, read right",
                           "c": "the third rule, by a misreading", "d": "no rule, by a misreading"},
                  answer="b", why=REASONS, hint="Read the section on the rules.")
    fields.update(overrides)
    fields.setdefault("wrong", [letter for letter in "abcd" if letter != fields["answer"]][:2])
    return Choice(item_id, **fields)


def number(item_id, points, level="apply"):
    return Number(item_id, name="Q" + item_id.replace(".", "_"), points=points, level=level, prompt="How many?",
                  answer=3, hint="Count them.")


def function(item_id, points):
    return Function(item_id, name="f" + item_id.replace(".", "_"), points=points, prompt="Write f.",
                    hint="Follow the rule.", signature="f(x: int) -> int",
                    public_cases=[Case(1, expect=2)], hidden_cases=[Case(2, expect=3)])


def chapter(*items, slug="ch01_welcome"):
    return Chapter(slug=slug, title="t", items=list(items))


def test_a_chapter_mostly_in_python_fails_the_subject_route():
    heavy = chapter(number("1.1", 3), function("1.2", 5), scenario("1.3"))
    assert balance.Balance.of(heavy).subject_share == pytest.approx(6 / 11)
    (problem,) = [p for p in balance.problems([heavy]) if "subject route" in p]
    assert "subject route holds 55%" in problem and "needs 70%" in problem
    light = chapter(number("1.1", 3), function("1.2", 2), scenario("1.3", points=5))
    assert [p for p in balance.problems([light]) if "subject route" in p] == []


def test_a_course_of_recall_and_apply_fails_the_judgement_share():
    recall = chapter(number("1.1", 6, "recall"), number("1.2", 4), scenario("1.3", level="evaluate"))
    # 3 of 13 points are judgement (23%); the subject route is fine.
    assert [p for p in balance.problems([recall]) if "analyse + evaluate hold 23%" in p]
    balanced = chapter(number("1.1", 3, "recall"), number("1.2", 3), scenario("1.3"), scenario("1.4", answer="c",
                       why={**REASONS, "b": "Wrong: now a misreading.", "c": "Right: now the rule."}))
    assert balance.problems([balanced]) == []


def test_a_sound_scenario_chapter_passes():
    second = scenario("1.4", answer="c", why={**REASONS, "b": "Wrong: x.", "c": "Right: y."})
    third = scenario("1.5", answer="d", why={**REASONS, "b": "Wrong: x.", "d": "Right: y."})
    assert scenarios.problems(chapter(scenario(), second, third)) == []


def test_a_reason_missing_for_an_option_is_refused():
    with pytest.raises(ValueError, match="reason for every option"):
        scenario(why={k: v for k, v in REASONS.items() if k != "d"})
    item = scenario()
    item.why = {k: v for k, v in REASONS.items() if k != "d"}  # changed after it was built
    assert any("reason for every option" in p for p in scenarios.problems(chapter(item)))


@pytest.mark.parametrize("broken, message", [
    (dict(options={"a": "one", "b": "two", "c": "three"}, why={k: REASONS[k] for k in "abc"}), "at least 4 options"),
    (dict(why={**REASONS, "b": "The rule the chapter states."}), "option b should start with 'Right:'"),
    (dict(why={**REASONS, "a": "A misreading."}), "option a should start with 'Wrong:'"),
    (dict(wrong=["a"]), "at least 2 tempting wrong options"),
    (dict(wrong=["a", "b"]), "at least 2 tempting wrong options"),      # the answer is not a wrong option
    (dict(options={"a": "the first rule", "b": "the second rule", "c": "the third rule",
                   "d": "all of the above"}), "catch-all"),
])
def test_a_scenario_item_that_breaks_a_rule_is_named(broken, message):
    problems = scenarios.problems(chapter(scenario(**broken)))
    assert any(message in p for p in problems), problems


def test_a_judgement_choice_needs_four_options_even_without_reasons():
    three = Choice("1.2", name="Q1_2", points=2, level="evaluate", prompt="Which?",
                   options={"a": "x", "b": "y", "c": "z"}, answer="a", hint="h")
    assert any("at least 4 options" in p for p in scenarios.problems(chapter(three)))
    assert scenarios.problems(chapter(dataclasses.replace(three, level="apply"))) == []


def test_the_right_option_may_not_be_the_longest_by_habit():
    long_right = {"a": "short", "b": "the right option, written out at length", "c": "short too", "d": "brief"}
    items = [scenario(f"1.{n}", options=long_right) for n in (3, 4, 5)]
    problems = scenarios.problems(chapter(*items))
    assert any("longest in 3 of 3" in p for p in problems), problems


def test_the_right_letter_is_spread_over_the_options():
    items = [scenario(f"1.{n}") for n in (3, 4, 5)]          # all answer "b"
    assert any("3 of 3 scenario items have the answer 'b'" in p for p in scenarios.problems(chapter(*items)))
