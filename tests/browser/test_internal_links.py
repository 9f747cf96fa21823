"""Every internal link of both built editions resolves, anchors included (LinkChecker).

See linkcheck_run.py: the checks were started with the browser tests (``link_checks``
in conftest.py) and are read here.
"""
from __future__ import annotations

import pytest

from linkcheck_run import LinkCheck

# The first test of the session also waits for the book build and the page audit.
pytestmark = pytest.mark.timeout(1800)


@pytest.mark.parametrize("edition", ["learner", "instructor"])
def test_no_broken_internal_links_or_anchors(link_checks, edition, artifacts):
    if link_checks is None:
        pytest.skip("linkchecker is not installed (pip install -e '.[test]')")
    problems, checked = link_checks[edition].result()
    (artifacts / f"links-{edition}.txt").write_text(
        f"{checked} URLs checked, {len(problems)} broken\n" + "\n".join(map(str, problems)), encoding="utf-8")
    print(f"{edition}: {checked} URLs checked, {len(problems)} broken")
    assert checked > 100
    assert not problems, f"{len(problems)} broken links in the {edition} edition: {problems[:20]}"


def test_the_link_check_can_fail(tmp_path, link_checks):
    """A page with a missing target and a missing anchor is caught."""
    if link_checks is None:
        pytest.skip("linkchecker is not installed (pip install -e '.[test]')")
    site = tmp_path / "site"
    (site / "book").mkdir(parents=True)
    (site / "index.html").write_text('<a href="book/a.html#nowhere">a</a> <a href="book/missing.html">m</a>',
                                     encoding="utf-8")
    (site / "book" / "a.html").write_text('<h1 id="here">A</h1>', encoding="utf-8")
    problems, _ = LinkCheck(site).result(timeout=120)
    text = str(problems)
    assert "missing.html" in text and "nowhere" in text, problems
