"""Fixtures for the browser tests: one Chromium for the session, one visit per page.

The book is built once per session by the ``built_book`` fixture (tests/conftest.py).
``link_checks`` starts LinkChecker on both editions in the background (it takes a
minute or two) and ``site_audit`` meanwhile opens every page of both editions once,
offline (every request that is not file:// is aborted), and records what the tests
check: console errors, requests, images, headings, links, axe-core results. It saves one screenshot per
chapter (and one per figure) under the artifacts folder:
``$COURSE_TEST_ARTIFACTS`` or ``_build/test-artifacts``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import browserkit as bk

ROOT = Path(__file__).resolve().parents[2]
EDITIONS = ("learner", "instructor")


@dataclass
class PageAudit:
    rel: str
    problems: list[str]
    facts: dict
    violations: list[dict] = field(default_factory=list)


def artifacts_dir() -> Path:
    folder = Path(os.environ.get("COURSE_TEST_ARTIFACTS") or ROOT / "_build" / "test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def chromium():
    path = bk.chromium_path()
    if path is None or not Path(path).exists():
        message = "no system Chromium: run `bash scripts/system-deps.sh` as root (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    return path


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        b = bk.launch(playwright)
        yield b
        b.close()


@pytest.fixture(scope="session")
def artifacts():
    return artifacts_dir()


@pytest.fixture(scope="session")
def link_checks(built_book):
    """LinkChecker running over both editions, started now, read by test_internal_links."""
    from linkcheck_run import LinkCheck, linkchecker_bin

    if linkchecker_bin() is None:      # the link tests skip; the browser tests still run
        yield None
        return
    checks = {edition: LinkCheck(built_book[edition]) for edition in EDITIONS}
    yield checks
    for check in checks.values():
        check.close()


@pytest.fixture(scope="session")
def site_audit(built_book, browser, artifacts, link_checks):
    """{edition: {page: PageAudit}} for every page of both built editions."""
    axe = bk.axe_source()
    audit = {}
    for edition in EDITIONS:
        html_dir = built_book[edition]
        shots = artifacts / "screenshots" / edition
        figures = artifacts / "figures" / edition
        shots.mkdir(parents=True, exist_ok=True)
        figures.mkdir(parents=True, exist_ok=True)
        context = bk.offline_context(browser)
        page = context.new_page()
        pages = {}
        for rel in bk.site_pages(html_dir):
            problems, facts, violations = bk.audit_page(context, page, (html_dir / rel).as_uri(), axe)
            if bk.is_chapter(rel):
                page.screenshot(path=str(shots / (Path(rel).stem + ".png")))
                for fig in facts["figures"]:
                    if fig["id"]:
                        page.locator(f'figure[id="{fig["id"]}"]').screenshot(path=str(figures / f"{fig['id']}.png"))
            pages[rel] = PageAudit(rel, problems, facts, violations)
            page.close()                  # a fresh tab per page: listeners and state start clean
            page = context.new_page()
        context.close()
        audit[edition] = pages
    return audit
