"""Shared fixtures for the project's own tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """What `make book` builds, once per test session (warnings are errors): both editions
    in English and in every published language (locales/<lang>/status.yaml).
    COURSE_TEST_SITE=<folder> reuses what `course build --out <folder>` built.

    Returns {language: {"learner": its html folder, "instructor": its html folder}}.
    """
    from course.i18n.build import build_every_language

    given = os.environ.get("COURSE_TEST_SITE")   # the --out folder of an earlier `course build` of this checkout
    if given:
        from course.i18n.status import published_languages
        from course.paths import site_dir

        return {language: {edition: site_dir(Path(given), edition, "html", language) for edition in ("learner", "instructor")}
                for language in ("en", *published_languages(ROOT))}
    out = tmp_path_factory.mktemp("book")
    results = build_every_language(ROOT, ("learner", "instructor"), out_root=out)
    failed = {f"{r.language} {r.edition}": r.log[-3000:] for r in results if r.returncode != 0}
    assert not failed, f"the book did not build cleanly: {failed}"
    site: dict[str, dict[str, Path]] = {}
    for result in results:
        site.setdefault(result.language, {})[result.edition] = result.output
    return site


@pytest.fixture(scope="session")
def built_book(built_site):
    """The English site: {"learner": Path to its html folder, "instructor": Path to its html folder}."""
    return built_site["en"]


BROWSER_TESTS = ROOT / "tests" / "browser"
BOOK_TEST_TIMEOUT = 1800   # seconds; other tests keep the 300 s of pyproject.toml


def pytest_collection_modifyitems(config, items):
    """Sort the tests into tiers (markers registered in pyproject.toml).

    `book`: the test needs both editions built (it uses the `built_book` fixture,
    directly or through another fixture). `browser`: it lives in tests/browser/ and
    drives Chromium. `make test-fast` leaves out both, and `slow`.
    """
    for item in items:
        if {"built_book", "built_site"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.book)
            # The first test to ask for the site builds it (English and every published
            # language, both editions: minutes on two cores), and pytest-timeout counts a
            # fixture's set-up in that test's time; a test with its own limit keeps it.
            if item.get_closest_marker("timeout") is None:
                item.add_marker(pytest.mark.timeout(BOOK_TEST_TIMEOUT))
        if BROWSER_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)
