"""The graded checks must be able to fail.

For every chapter with an exercise set: the reference solutions earn full marks, the
untouched stubs earn zero, and every item has at least one plausible wrong answer (a
mutant) that loses that item's points while leaving the other items untouched.
"""
from __future__ import annotations

import ast
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.runner import ChapterChecks, grade_submission, load_chapters
from course.grading.sandbox import Sandbox
from course.paths import Layout

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = load_chapters(ROOT)
SLUGS = sorted(CHAPTERS)


def item_scores(result) -> dict[str, Fraction]:
    return {item: sum((r.awarded for r in rs), Fraction(0)) for item, rs in result.items().items()}


def item_points(chapter) -> dict[str, Fraction]:
    return {item.id: Fraction(item.points) for item in chapter.spec.items}


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


def test_there_are_exercise_sets():
    assert SLUGS, f"no graded specs found in {Layout(ROOT).specs}"


@pytest.mark.parametrize("slug", SLUGS)
def test_files_define_every_item(slug):
    """Stub and solution define every name the spec asks for (read with ast, never run)."""
    for folder in ("exercises", "solutions"):
        tree = ast.parse((ROOT / folder / f"{slug}.py").read_text(encoding="utf-8"))
        defined = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
        defined |= {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        missing = [item.name for item in CHAPTERS[slug].spec.items if item.name not in defined]
        assert not missing, f"{folder}/{slug}.py does not define {missing}"


@pytest.mark.parametrize("slug", SLUGS)
def test_solutions_earn_full_marks(slug, sandbox):
    [result] = grade_submission(ROOT / "solutions", {slug: CHAPTERS[slug]}, sandbox)
    misses = [f"{r.check.check_id}: {r.message}" for r in result.results if not r.passed and not r.check.manual]
    assert not misses, misses
    assert result.awarded == CHAPTERS[slug].spec.auto_points


@pytest.mark.parametrize("slug", SLUGS)
def test_stubs_earn_zero(slug, sandbox):
    [result] = grade_submission(ROOT / "exercises", {slug: CHAPTERS[slug]}, sandbox)
    passed = [r.check.check_id for r in result.results if r.passed]
    assert not passed, f"untouched stubs pass {passed}"
    assert result.awarded == 0


@pytest.mark.parametrize("slug", SLUGS)
def test_every_item_has_a_mutant(slug):
    lacking = [item.id for item in CHAPTERS[slug].spec.items if not item.mutants()]
    assert not lacking, f"items without a plausible wrong answer: {lacking}"


@pytest.mark.parametrize("slug", SLUGS)
def test_each_mutant_loses_its_items_points(slug, sandbox, tmp_path):
    """Append each mutant to the reference solution; only its own item may lose points."""
    chapter = CHAPTERS[slug]
    solution = (ROOT / "solutions" / f"{slug}.py").read_text(encoding="utf-8")
    files, owners = {}, {}
    for item in chapter.spec.items:
        for n, code in enumerate(item.mutants()):
            key = f"{slug}__m{len(files)}"
            path = tmp_path / f"{key}.py"
            path.write_text(solution + "\n\n# mutant\n" + code, encoding="utf-8")
            files[key], owners[key] = path, item.id
    # One sandbox session grades every mutant: each is its own module.
    mutant_chapters = {}
    for key in files:
        checks = chapter.spec.checks()
        for check in checks:
            check.request = {**check.request, "module": key}
        mutant_chapters[key] = ChapterChecks(key, chapter.title, checks, chapter.spec)
    results = grade_submission(tmp_path, mutant_chapters, sandbox, files=files)
    full = item_points(chapter)
    survivors = []
    for result in results:
        owner = owners[result.chapter.slug]
        scores = item_scores(result)
        if scores[owner] >= full[owner]:
            survivors.append(f"mutant of {owner} kept full marks")
        collateral = [i for i, s in scores.items() if i != owner and s < full[i]
                      and not _depends_on(chapter, owner, i)]
        if collateral:
            survivors.append(f"mutant of {owner} also cost {collateral}")
    assert not survivors, survivors


def _depends_on(chapter, mutated: str, other: str) -> bool:
    """An item built on another (7.7 calls the functions of 7.5 and 7.6) may lose points with it."""
    return mutated in next(item.uses for item in chapter.spec.items if item.id == other)
