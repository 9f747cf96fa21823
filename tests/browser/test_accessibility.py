"""Accessibility of every page of both editions: axe-core, alt text, headings, links.

axe-core runs in Chromium on every page (the copy bundled by axe-playwright-python).
A violation inside the page's article (our content) that is critical or serious
fails, always. Every other violation must match an entry of
``tests/a11y-baseline.json``, which says why it is accepted; anything new fails.
"""
from __future__ import annotations

import json
import warnings
from collections import Counter
from fnmatch import fnmatchcase
from pathlib import Path

import pytest

# The first test of the session also waits for the book build and the page audit.
pytestmark = pytest.mark.timeout(1800)

BASELINE = Path(__file__).resolve().parents[1] / "a11y-baseline.json"
EDITIONS = ("learner", "instructor")
SEVERE = {"critical", "serious"}
VAGUE_LINK_TEXT = {"here", "click here", "click", "this", "this link", "link", "more", "read more",
                   "see more", "this page", "page", "go", "url", "details", "info", "source", "website"}


def load_baseline() -> list[dict]:
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data["accepted"]


def matches(entry: dict, edition: str, rel: str, rule: str, node: dict) -> bool:
    return (entry["rule"] == rule
            and entry.get("where", "theme") == ("content" if node["content"] else "theme")
            and fnmatchcase(node["target"], entry.get("target", "*"))
            and fnmatchcase(rel, entry.get("pages", "*"))
            and edition in entry.get("editions", EDITIONS))


def all_violations(site_audit):
    for edition in EDITIONS:
        for rel, audit in site_audit[edition].items():
            for v in audit.violations:
                for node in v["nodes"]:
                    yield edition, rel, v, node


def test_baseline_is_well_formed():
    entries = load_baseline()
    for entry in entries:
        assert {"rule", "impact", "where", "reason"} <= set(entry), entry
        assert len(entry["reason"].split()) >= 8, f"say why it is accepted: {entry}"
        assert entry["where"] in {"theme", "content"}
        # Serious or critical problems in our own content are fixed, never accepted.
        assert not (entry["where"] == "content" and entry["impact"] in SEVERE), entry


def test_no_critical_or_serious_violation_in_our_content(site_audit):
    severe = [f"{e}/{rel}: [{v['impact']}] {v['id']} ({v['help']}) at {n['target']}: {n['html'][:90]}"
              for e, rel, v, n in all_violations(site_audit) if n["content"] and v["impact"] in SEVERE]
    assert not severe, "\n".join(severe[:30])


def test_no_violation_outside_the_baseline(site_audit):
    entries = load_baseline()
    used = Counter()
    new = []
    for edition, rel, v, node in all_violations(site_audit):
        hit = next((i for i, entry in enumerate(entries) if matches(entry, edition, rel, v["id"], node)), None)
        if hit is None:
            new.append(f"{edition}/{rel}: [{v['impact']}] {v['id']} ({v['help']}) "
                       f"{'content' if node['content'] else 'theme'} {node['target']}: {node['html'][:90]}")
        else:
            used[hit] += 1
    assert not new, f"{len(new)} violations not in tests/a11y-baseline.json:\n" + "\n".join(new[:40])
    stale = [entries[i]["rule"] for i in range(len(entries)) if not used[i]]
    if stale:
        warnings.warn(f"a11y baseline entries that matched nothing (fixed? remove them): {stale}")


def alt_problems(facts: dict) -> list[str]:
    out = []
    for img in facts["images"]:
        alt = (img["alt"] or "").strip()
        decorative = img["alt"] == "" and img["role"] == "presentation"
        if not decorative and (len(alt) < 15 or alt.lower() in {"image", "figure", "chart", "png"}):
            out.append(f"{img['src'].rsplit('/', 1)[-1]} alt={img['alt']!r}")
    return out


def heading_problems(facts: dict) -> list[str]:
    headings = facts["headings"]
    if not headings:
        return []
    out = []
    levels = [h["level"] for h in headings]
    if levels[0] != 1 or levels.count(1) != 1:
        out.append(f"wants exactly one h1, first; has {levels[:6]}")
    for before, h in zip(headings, headings[1:]):
        if h["level"] > before["level"] + 1:
            out.append(f"h{before['level']} '{before['text']}' -> h{h['level']} '{h['text']}'")
    return out


def link_problems(facts: dict) -> list[str]:
    out = []
    for link in facts["links"]:
        text = (link["text"] or link["label"] or link["img"]).strip()
        if not text:
            out.append(f"empty link to {link['href']}")
        elif text.lower().strip(" .:;,()[]") in VAGUE_LINK_TEXT:
            out.append(f"link text {text!r} to {link['href']}")
    return out


def every_page(site_audit, check) -> list[str]:
    return [f"{edition}/{rel}: {problem}" for edition in EDITIONS
            for rel, audit in site_audit[edition].items() for problem in check(audit.facts)]


def test_every_image_has_alt_text(site_audit):
    missing = every_page(site_audit, alt_problems)
    assert not missing, f"images without a real description: {missing}"


def test_headings_are_in_order(site_audit):
    bad = every_page(site_audit, heading_problems)
    assert not bad, "\n".join(bad[:40])


def test_link_texts_say_where_they_go(site_audit):
    bad = every_page(site_audit, link_problems)
    assert not bad, "\n".join(bad[:40])


PLANTED = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Planted problems</title></head>
<body><main><article class="bd-article">
<h1>A page with planted problems</h1><h3>A skipped heading level</h3>
<p>A chart with no alt text: <img src="chart.png"></p>
<p>For the source, click <a href="other.html">here</a>.</p>
<p><img src="https://example.org/tracker.png" alt="An image from another site, which must be blocked"></p>
</article></main></body></html>"""


def test_the_audit_catches_planted_problems(browser, tmp_path):
    """Each check above fails on a page made to break it, so none of them passes vacuously."""
    from PIL import Image, ImageDraw

    import browserkit as bk

    image = Image.new("RGB", (200, 120), "white")
    ImageDraw.Draw(image).rectangle([20, 20, 180, 100], fill="navy")
    image.save(tmp_path / "chart.png")
    (tmp_path / "other.html").write_text("<title>other</title>", encoding="utf-8")
    (tmp_path / "page.html").write_text(PLANTED, encoding="utf-8")
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        problems, facts, violations = bk.audit_page(context, page, (tmp_path / "page.html").as_uri(), bk.axe_source())
    finally:
        context.close()
    assert any("example.org" in p for p in problems), problems
    found = {(v["id"], n["content"]) for v in violations for n in v["nodes"]}
    assert ("image-alt", True) in found, found
    assert any(v["id"] == "image-alt" and v["impact"] in SEVERE for v in violations)
    assert any("chart.png" in p for p in alt_problems(facts))
    assert any("h1" in p and "h3" in p for p in heading_problems(facts))
    assert any("'here'" in p for p in link_problems(facts))


def test_report_violations_by_severity(site_audit, artifacts):
    """Not a gate: writes the counts the issue asks for to the artifacts folder."""
    by_impact = Counter()
    by_rule = Counter()
    for edition, rel, v, node in all_violations(site_audit):
        by_impact[(edition, "content" if node["content"] else "theme", v["impact"])] += 1
        by_rule[(v["id"], v["impact"])] += 1
    pages = {e: len(site_audit[e]) for e in EDITIONS}
    report = {
        "pages": pages,
        "nodes_by_edition_where_impact": {" ".join(k): n for k, n in sorted(by_impact.items())},
        "nodes_by_rule": {f"{r} ({i})": n for (r, i), n in sorted(by_rule.items())},
        "baseline_entries": len(load_baseline()),
    }
    (artifacts / "a11y-summary.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))
