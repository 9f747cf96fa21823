"""The graded checks as pytest tests: one test per check, its points on the test.

The checks come from the question bank wherever the layout puts it (``Layout.specs``
in ``course/paths.py``), not from this file's place. By default they grade the
reference solutions (so the suite proves they earn full marks). Grade any folder of
exercise files with
    COURSE_SUBMISSION=path/to/folder pytest tests/test_graded.py
Learner code never runs in this process: the fixture asks the sandboxed worker for
plain values and each test judges one of them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from course.grading.runner import grade_submission, load_chapters
from course.grading.sandbox import Sandbox
from course.paths import Layout

LAYOUT = Layout(Path(__file__).resolve().parents[1])
CHAPTERS = load_chapters(LAYOUT.root)
CHECKS = [(slug, check) for slug, chapter in CHAPTERS.items() for check in chapter.checks if not check.manual]


@pytest.fixture(scope="session")
def graded():
    folder = Path(os.environ.get("COURSE_SUBMISSION", LAYOUT.solutions))
    results = grade_submission(folder, CHAPTERS, Sandbox())
    return {(r.chapter.slug, result.check.check_id): result for r in results for result in r.results}


@pytest.mark.parametrize(
    "slug, check_id",
    [pytest.param(slug, check.check_id, id=f"{slug[:4]} {check.check_id}",
                  marks=[pytest.mark.points(float(check.points)), pytest.mark.item(check.item_id)])
     for slug, check in CHECKS],
)
def test_check(graded, slug, check_id):
    result = graded[(slug, check_id)]
    assert result.passed, result.message
