"""Page weight: no chapter page makes a reader download more than 1.5 MB.

Bytes, not time: the same measurement as benchmarks/page_weight.py (which prints
the full table, the largest and the median page). The summary is written to the
artifacts folder as page-weight.json.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import page_weight  # noqa: E402

# The first test of the session also waits for the book build and the page audit.
pytestmark = pytest.mark.timeout(1800)


def test_chapter_pages_stay_under_the_weight_target(browser, built_book, artifacts):
    report, over = {}, []
    for edition in ("learner", "instructor"):
        weights = page_weight.measure_site(browser, built_book[edition], chapters_only=True)
        assert weights, f"no chapter pages in the {edition} edition"
        report[edition] = {"summary": page_weight.summary(weights), "pages": weights}
        over += [f"{edition}/{rel}: {w['total']:,} bytes" for rel, w in weights.items() if w["total"] > page_weight.TARGET]
        assert all(w["images"] >= 0 and w["css"] > 0 and w["html"] > 0 for w in weights.values())
    (artifacts / "page-weight.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    assert not over, f"chapter pages over {page_weight.TARGET:,} bytes: {over}"
    # Issue 15: what every page pays before its content, and the heaviest chapter page
    # (benchmarks/page_weight.py measures every page, not only chapters).
    for edition, data in report.items():
        fixed = data["summary"]["fixed"]
        assert 0 < fixed["bytes"] <= page_weight.FIXED_TARGET, f"{edition}: fixed cost {fixed}"
        assert data["summary"]["largest"]["bytes"] <= page_weight.HEAVIEST_TARGET, data["summary"]["largest"]
    # The Font Awesome script (1.4 MB) and the search index stay off chapter pages.
    assert all(w["js"] < 300_000 for e in report.values() for w in e["pages"].values())
