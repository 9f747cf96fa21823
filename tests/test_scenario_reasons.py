"""Scenario items: a choice whose every option carries a reason (``Choice.why``).

The reason of a wrong option reaches the learner with the hint, in the instructor's
grading and in a practice release's self-check; an exam release carries no reasons.
"""
import json

import pytest

from course.grading.spec import Chapter, Choice, checks_from_public

REASONS = {"a": "A code of conduct binds no one.", "b": "Right: Art. 5 covers it once the exporter is told.",
           "c": "Art. 4 is about weapons of mass destruction and embargoes, not this case."}


def scenario_item(**overrides):
    fields = dict(id="7.9", name="Q7_9", points=2, level="analyse",
                  prompt="A firm is told its cameras will serve internal repression. Which rule applies?",
                  options={"a": "the ECHRI Code", "b": "Art. 5", "c": "Art. 4"}, answer="b",
                  hint="Which article names internal repression?", why=REASONS)
    return Choice(**{**fields, **overrides})


def judge(item, value):
    (check,) = item.checks()
    return check.judge(value)


def test_a_wrong_option_gets_its_own_reason_and_the_hint():
    ok, message = judge(scenario_item(), "c")
    assert not ok
    assert message.startswith(REASONS["c"]) and message.endswith("Which article names internal repression?")


def test_the_right_option_scores_and_a_choice_without_reasons_keeps_the_hint_alone():
    assert judge(scenario_item(), " B ") == (True, "")
    plain = scenario_item(why={})
    assert judge(plain, "a") == (False, "Which article names internal repression?")


def test_every_option_needs_a_reason_and_no_reason_without_an_option():
    with pytest.raises(ValueError, match="reason for every option"):
        scenario_item(why={"a": "x", "b": "y"})
    with pytest.raises(ValueError, match="reason for every option"):
        scenario_item(why={**REASONS, "d": "no such option"})


def test_a_practice_release_carries_the_reasons_and_an_exam_release_none():
    chapter = Chapter(slug="ch07_export_controls", title="t", items=[scenario_item()])
    practice = chapter.public("salt")
    # Sealed: the "Right: ..." reason must not name the answer to anyone reading the release.
    assert "why" not in practice["items"][0]
    assert all(reason not in json.dumps(practice) for reason in REASONS.values())
    (check,) = checks_from_public(practice)
    ok, message = check.judge("a")
    assert not ok and message.startswith(REASONS["a"])
    assert check.judge("b") == (True, "")
    exam = chapter.public(None)
    assert "why" not in exam["items"][0] and "why_sealed" not in exam["items"][0]
    assert all("Art. 5 covers" not in str(value) for value in exam["items"][0].values())
