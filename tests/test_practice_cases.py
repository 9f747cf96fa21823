"""Practice cases: the learner copy checks function items on further cases, with feedback (issue 16, item 8).

A function item's hidden cases stay with the instructor. The learner copy instead
carries practice cases with inputs unlike any hidden or public case; `course check`
in a release scores them in place of the hidden share and says, for a miss, what the
function returned and what was expected. These tests prove that the practice cases
exist, differ from the instructor's, are released (and the hidden ones are not), are
right (the reference solutions pass them), and are worth having (a wrong function
that the hidden cases catch fails a practice case too).
"""
from __future__ import annotations

import dataclasses
import json
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.runner import ChapterChecks, grade_submission, load_chapters
from course.grading.sandbox import Sandbox
from course.grading.spec import Case, Chapter, Function, canonical_json, checks_from_public, plain

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = load_chapters(ROOT)
SLUGS = sorted(CHAPTERS)

# Every chapter's function items have practice cases (all 17 chapters, 38 items, as of
# issue 16). A new chapter must bring its own: test_every_function_item_has_two_practice_cases
# runs over every chapter.

# Mutants the hidden cases catch but no practice case does, with the reason: none yet.
UNCAUGHT_BY_PRACTICE: dict[str, str] = {}


def function_items(slug: str) -> list[Function]:
    return [item for item in CHAPTERS[slug].spec.items if isinstance(item, Function)]


def input_key(case: Case) -> str:
    return canonical_json(plain(list(case.args)))


def items_lacking_practice(chapter: Chapter, minimum: int = 2) -> list[str]:
    return [item.id for item in chapter.items if isinstance(item, Function) and len(item.practice_cases) < minimum]


def repeated_inputs(item: Function) -> list[str]:
    """Practice cases whose input is also a public or hidden case's input."""
    taken = {input_key(c) for c in item.public_cases + item.hidden_cases}
    return [repr(c) for c in item.practice_cases if input_key(c) in taken]


def released(chapter: Chapter, slug: str | None = None) -> ChapterChecks:
    """The checks a learner release runs for `chapter` (made exactly as `course release` makes them)."""
    document = json.loads(json.dumps(chapter.public("test-salt")))
    checks = checks_from_public(document)
    slug = slug or chapter.slug
    for check in checks:
        check.request = {**check.request, "module": slug}
    return ChapterChecks(slug, chapter.title, checks)


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


@pytest.mark.parametrize("slug", SLUGS)
def test_every_function_item_has_two_practice_cases(slug):
    assert not items_lacking_practice(CHAPTERS[slug].spec)


def test_an_item_without_practice_cases_is_reported():
    item = function_items("ch13_kyrgyzstan")[0]
    bare = dataclasses.replace(item, practice_cases=item.practice_cases[:1])
    assert items_lacking_practice(Chapter("ch99_test", "test", [bare])) == [item.id]


@pytest.mark.parametrize("slug", SLUGS)
def test_practice_inputs_differ_from_public_and_hidden_ones(slug):
    repeats = {item.id: repeated_inputs(item) for item in function_items(slug) if repeated_inputs(item)}
    assert not repeats, repeats


def test_a_practice_case_copied_from_a_hidden_case_is_caught():
    item = function_items("ch13_kyrgyzstan")[0]
    copied = dataclasses.replace(item, practice_cases=[*item.practice_cases, item.hidden_cases[0]])
    assert repeated_inputs(copied) == [repr(item.hidden_cases[0])]


@pytest.mark.parametrize("slug", SLUGS)
def test_release_carries_practice_cases_and_no_hidden_ones(slug):
    spec = CHAPTERS[slug].spec
    document = spec.public("test-salt")
    checks = released(spec).checks
    for item in function_items(slug):
        public_form = next(d for d in document["items"] if d["id"] == item.id)
        shipped = {canonical_json(c["args"]) for c in public_form["cases"] + public_form["practice_cases"]}
        assert shipped == {input_key(c) for c in item.public_cases + item.practice_cases}
        hidden = {input_key(c) for c in item.hidden_cases}
        asked = {canonical_json(c.request["args"]) for c in checks if c.item_id == item.id and "args" in c.request}
        assert not asked & hidden, f"{item.id}: a hidden case's input is in the learner copy"
        assert not shipped & hidden
        own = [c for c in checks if c.item_id == item.id]
        practice = [c for c in own if c.label.startswith("practice")]
        assert len(practice) == len(item.practice_cases)
        assert sum((c.points for c in own), Fraction(0)) == item.points
        if item.practice_cases:
            # No silent share: every point of the item is checked here, with feedback.
            assert not [c for c in own if c.manual], f"{item.id} still has a share with no feedback"
            assert not [c for c in own if c.hidden]


@pytest.mark.parametrize("slug", SLUGS)
def test_reference_solutions_pass_every_practice_case(slug, sandbox):
    [result] = grade_submission(ROOT / "solutions", {slug: released(CHAPTERS[slug].spec)}, sandbox)
    practice = [r for r in result.results if r.check.label.startswith("practice")]
    assert practice
    misses = [f"{r.check.check_id}: {r.message}" for r in practice if not r.passed]
    assert not misses, misses


def test_a_wrong_practice_expectation_fails_the_solution_with_full_feedback(sandbox):
    """The check above can fail: a practice case with a wrong expected value fails the reference solution,
    and the message gives the learner's value and the expected one."""
    slug = "ch13_kyrgyzstan"
    spec = CHAPTERS[slug].spec
    items = [dataclasses.replace(item, practice_cases=[Case("2021-03-15", "2021-09-14", expect=6),
                                                       Case("2022-02-05", "2022-03-05", expect=1)])
             if isinstance(item, Function) else item for item in spec.items]
    [result] = grade_submission(ROOT / "solutions", {slug: released(Chapter(slug, spec.title, items))}, sandbox)
    [miss] = [r for r in result.results if r.check.label.startswith("practice") and not r.passed]
    assert 'whole_months("2021-03-15", "2021-09-14") returned 5, expected 6' in miss.message


@pytest.mark.parametrize("slug", SLUGS)
def test_mutants_the_hidden_cases_catch_fail_a_practice_case(slug, sandbox, tmp_path):
    """Each wrong function (mutant or misconception) that loses points on the instructor's hidden
    cases must also fail at least one practice case, so the learner copy can tell the learner."""
    spec = CHAPTERS[slug].spec
    solution = (ROOT / "solutions" / f"{slug}.py").read_text(encoding="utf-8")
    files, chapters, owners = {}, {}, {}
    for item in function_items(slug):
        for n, code in enumerate(item.mutants()):
            path = tmp_path / f"m{len(owners)}.py"
            path.write_text(solution + "\n\n# mutant\n" + code, encoding="utf-8")
            key = path.stem
            full = spec.checks()
            for check in full:
                check.request = {**check.request, "module": f"{key}_full"}
            chapters[f"{key}_full"] = ChapterChecks(f"{key}_full", spec.title, full, spec)
            chapters[f"{key}_practice"] = released(spec, f"{key}_practice")
            files[f"{key}_full"] = files[f"{key}_practice"] = path
            owners[key] = (item.id, n)
    results = {r.chapter.slug: r for r in grade_submission(tmp_path, chapters, sandbox, files=files)}
    unexplained, caught = [], 0
    for key, (item_id, n) in owners.items():
        hidden_catch = any(not r.passed for r in results[f"{key}_full"].results
                           if r.check.item_id == item_id and r.check.hidden)
        practice_catch = any(not r.passed for r in results[f"{key}_practice"].results
                             if r.check.item_id == item_id and r.check.label.startswith("practice"))
        caught += hidden_catch and practice_catch
        if hidden_catch and not practice_catch and f"{item_id} mutant {n}" not in UNCAUGHT_BY_PRACTICE:
            unexplained.append(f"{item_id} mutant {n}")
    assert caught, "no mutant was caught at all: the test is not grading what it should"
    assert not unexplained, f"caught by hidden cases but by no practice case: {unexplained}"
