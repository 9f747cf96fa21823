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


BROWSER_TESTS = ROOT / "tests" / "browser"


def pytest_collection_modifyitems(config, items):
    """Sort the tests into tiers (markers registered in pyproject.toml).

    `book`: the test needs both editions built (it uses the `built_book` fixture,
    directly or through another fixture). `browser`: it lives in tests/browser/ and
    drives Chromium. `make test-fast` leaves out both, and `slow`.
    """
    for item in items:
        if "built_book" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.book)
        if BROWSER_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)
