"""Shared fixtures for the project's own tests."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_book(tmp_path_factory):
    """Both editions of the book, built once per test session (warnings are errors).

    Returns {"learner": Path to its html folder, "instructor": Path to its html folder}.
    """
    from course.build import build

    out = tmp_path_factory.mktemp("book")
    results = build(ROOT, out_root=out)
    failed = {r.edition: r.log[-3000:] for r in results if r.returncode != 0}
    assert not failed, f"the book did not build cleanly: {failed}"
    return {r.edition: r.output for r in results}
