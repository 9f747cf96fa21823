"""No constant or trivially wrong answer may earn more than a fifth of an item.

Every guess from ``course.grading.guesses`` (constants such as ``return False``, each
label an item uses, the most common expected value, the first argument unchanged; for
discrete items every option, the printed order, one letter for every key) is graded
through the real runner and sandbox, like a learner's file.
"""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.guesses import (GUESS_LIMIT, MISCONCEPTION_LIMIT, best_guesses, function_guesses,
                                   grade_guesses, grade_misconceptions)
from course.grading.runner import load_chapters
from course.grading.sandbox import Sandbox
from course.grading.spec import Case, Chapter, Function, Matching

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = load_chapters(ROOT)


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


@pytest.fixture(scope="module")
def rows(sandbox, tmp_path_factory):
    return grade_guesses(CHAPTERS, sandbox, tmp_path_factory.mktemp("guesses"))


@pytest.mark.parametrize("slug", sorted(CHAPTERS))
def test_no_guess_earns_over_a_fifth(slug, rows):
    over = [f"{item} earns {float(earned):.2f}/{points} with '{description}'"
            for (s, item), (description, earned, points) in best_guesses(rows).items()
            if s == slug and earned > GUESS_LIMIT * points]
    assert not over, over


@pytest.fixture(scope="module")
def misconception_rows(sandbox, tmp_path_factory):
    return grade_misconceptions(CHAPTERS, sandbox, tmp_path_factory.mktemp("misconceptions"), ROOT / "solutions")


@pytest.mark.parametrize("slug", sorted(CHAPTERS))
def test_each_taught_misconception_loses_at_least_half(slug, misconception_rows):
    kept = [f"{item} earns {float(earned):.2f}/{points} with the misconception '{description}'"
            for s, item, description, earned, points in misconception_rows
            if s == slug and earned > MISCONCEPTION_LIMIT * points]
    assert not kept, kept


@pytest.mark.parametrize("item_id, wanted", [
    ("1.4", ["rule order", "who reported it"]),
    ("8.2", ["rule order"]),
    ("13.3", ["days / 30.44"]),
])
def test_the_named_misconceptions_have_their_own_check(item_id, wanted):
    item = next(i for c in CHAPTERS.values() for i in c.spec.items if i.id == item_id)
    for word in wanted:
        assert any(word in description for description in item.misconception_code), (item_id, word)


def test_every_function_item_meets_the_named_guesses():
    """The guesses the issue names are really generated for a function item."""
    item = next(i for c in CHAPTERS.values() for i in c.spec.items if isinstance(i, Function) and i.id == "1.4")
    names = set(function_guesses(item))
    for wanted in ("return True", "return False", "return None", "return 0", "return 1", "return ''",
                   "return []", "return {}", "return 'finding'", "return 'allegation'", "return 'self-claim'",
                   "return the first argument"):
        assert wanted in names, wanted


# ------------------------------------------------ the meta-test must be able to fail

def _chapter_with(item) -> dict:
    from course.grading.runner import ChapterChecks
    chapter = Chapter(slug="ch99_guessable", title="guessable", items=[item])
    return {chapter.slug: ChapterChecks(chapter.slug, chapter.title, chapter.checks(), chapter)}


def test_a_guessable_function_item_is_caught(sandbox, tmp_path):
    """An item where echoing the argument is right for most cases is caught by the meta-test."""
    item = Function("99.1", name="rounded", points=5, hint="h", prompt="p", signature="rounded(x)",
                    public_cases=[Case(1, expect=1), Case(2, expect=2)],
                    hidden_cases=[Case(3, expect=3), Case(4.5, expect=4), Case(5, expect=5)])
    best = best_guesses(grade_guesses(_chapter_with(item), sandbox, tmp_path))
    description, earned, points = best[("ch99_guessable", "99.1")]
    assert earned > GUESS_LIMIT * points, (description, earned)


def test_a_constant_function_earns_nothing_when_cases_differ(sandbox, tmp_path):
    """The same-answer rule: `return False` earns none of the cases that want False."""
    item = Function("99.1", name="binds", points=5, hint="h", prompt="p", signature="binds(x)",
                    public_cases=[Case(1, expect=False), Case(2, expect=True)],
                    hidden_cases=[Case(3, expect=False), Case(4, expect=False), Case(5, expect=False)])
    rows = grade_guesses(_chapter_with(item), sandbox, tmp_path)
    earned = {description: e for _, _, description, e, _ in rows}
    assert earned["return False"] == 0
    assert earned["return True"] == 0


def test_one_letter_for_every_key_earns_nothing(sandbox, tmp_path):
    item = Matching("99.2", name="Q99_2", points=4, hint="h", prompt="p", left={"w": "", "x": "", "y": "", "z": ""},
                    right={"a": "", "b": "", "c": ""}, answer={"w": "a", "x": "a", "y": "b", "z": "c"})
    rows = grade_guesses(_chapter_with(item), sandbox, tmp_path)
    assert all(e == 0 for _, _, _, e, _ in rows), rows
