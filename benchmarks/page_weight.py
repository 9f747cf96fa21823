"""Benchmark: the bytes each page of the book makes a reader download.

    .venv/bin/python benchmarks/page_weight.py [--html _build/learner/html] [--all] [--json out.json]

Every page is opened in Chromium (the system build, offline, nothing cached), and
every file it loads is weighed on disk: HTML, CSS, JS, fonts, images (all images,
including those that load lazily further down the page). Prints a table per kind,
the largest and the median page, and whether every chapter page is within the
target of 1.5 MB (1,500,000 bytes). It also prints the fixed cost: the bytes of the
files that every page loads (stylesheets, scripts, fonts), which a reader pays before
any page's own content; the targets are a fixed cost of at most 400 KB and no page
over 700 KB (issue 15). Without --html it builds nothing: it measures
_build/learner/html and _build/instructor/html when they exist (run `course build`
first). This is a measurement, not a timed test; tests/browser/test_page_weight.py
holds the same 1.5 MB line for chapter pages.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import browserkit as bk  # noqa: E402

TARGET = 1_500_000
FIXED_TARGET = 400_000        # bytes every page loads, whatever its content
HEAVIEST_TARGET = 700_000     # the heaviest page of the site
KINDS = ("html", "css", "js", "fonts", "images", "other")


def measure_site(browser, html_dir: Path, chapters_only: bool = False) -> dict[str, dict[str, int]]:
    """{page: {kind: bytes, "total": bytes}} for the pages of one built site."""
    out = {}
    for rel in bk.site_pages(html_dir):
        if chapters_only and not bk.is_chapter(rel):
            continue
        weights, watch = bk.measure_page(browser, (html_dir / rel).as_uri())
        if watch.blocked:
            weights["blocked_requests"] = len(watch.blocked)
        weights["files"] = sorted(str(bk.file_of(url)) for url in watch.files)
        out[rel] = weights
    return out


def fixed_cost(weights: dict[str, dict]) -> dict:
    """The files every page loads (the intersection), their bytes and the biggest ones."""
    sets = [set(w.get("files", ())) for w in weights.values()]
    shared = set.intersection(*sets) if sets else set()
    sizes = {f: Path(f).stat().st_size for f in shared if Path(f).is_file()}
    return {"bytes": sum(sizes.values()), "files": len(sizes),
            "largest": sorted(((n, Path(f).name) for f, n in sizes.items()), reverse=True)[:8]}


def summary(weights: dict[str, dict[str, int]]) -> dict:
    totals = sorted((w["total"], rel) for rel, w in weights.items())
    chapters = {rel: w for rel, w in weights.items() if bk.is_chapter(rel)}
    largest_chapter = max(((w["total"], rel) for rel, w in chapters.items()), default=(0, None))
    return {
        "pages": len(weights),
        "largest": {"page": totals[-1][1], "bytes": totals[-1][0]},
        "median_bytes": int(statistics.median(t for t, _ in totals)),
        "chapter_pages": len(chapters),
        "largest_chapter": {"page": largest_chapter[1], "bytes": largest_chapter[0]},
        "median_chapter_bytes": int(statistics.median(w["total"] for w in chapters.values())) if chapters else 0,
        "chapters_over_target": sorted(rel for rel, w in chapters.items() if w["total"] > TARGET),
        "median_by_kind": {k: int(statistics.median(w[k] for w in weights.values())) for k in KINDS},
        # The kit's stand-alone slides and web forms (kit/) carry their own CSS and load none
        # of the theme's files; the fixed cost is what every page of the book itself loads.
        "fixed": fixed_cost({rel: w for rel, w in weights.items() if not rel.startswith("kit/")}),
    }


def mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", action="append", type=lambda p: Path(p).resolve(),
                        help="a built site (repeatable); default: _build/learner/html and _build/instructor/html")
    parser.add_argument("--all", action="store_true", help="print every page, not only the ten heaviest")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    sites = args.html or [p for p in (ROOT / "_build" / "learner" / "html", ROOT / "_build" / "instructor" / "html")
                          if (p / "index.html").is_file()]
    if not sites:
        parser.error("no built site found: run `course build` first or pass --html")
    if bk.chromium_path() is None:
        parser.error("no Chromium found: run `bash scripts/system-deps.sh` as root")
    from playwright.sync_api import sync_playwright

    report = {}
    with sync_playwright() as playwright:
        browser = bk.launch(playwright)
        for site in sites:
            weights = measure_site(browser, site)
            report[str(site)] = {"summary": summary(weights), "pages": weights}
        browser.close()
    ok = True
    for site, data in report.items():
        s = data["summary"]
        print(f"\n{site}: {s['pages']} pages")
        rows = sorted(data["pages"].items(), key=lambda kv: -kv[1]["total"])
        print(f"  {'page':<48}" + "".join(f"{k:>9}" for k in KINDS) + f"{'total':>11}")
        for rel, w in rows if args.all else rows[:10]:
            print(f"  {rel:<48}" + "".join(f"{w[k] / 1000:>8.0f}k" for k in KINDS) + f"{mb(w['total']):>11}")
        print(f"  largest page:    {s['largest']['page']} {mb(s['largest']['bytes'])}")
        print(f"  median page:     {mb(s['median_bytes'])}")
        print(f"  largest chapter: {s['largest_chapter']['page']} {mb(s['largest_chapter']['bytes'])}; "
              f"median chapter {mb(s['median_chapter_bytes'])} over {s['chapter_pages']} chapters")
        print("  median by kind:  " + ", ".join(f"{k} {v / 1000:.0f} kB" for k, v in s["median_by_kind"].items()))
        over = s["chapters_over_target"]
        print(f"  chapters over {mb(TARGET)}: {', '.join(over) if over else 'none'}")
        fixed = s["fixed"]
        print(f"  fixed cost per page: {fixed['bytes'] / 1000:.0f} kB in {fixed['files']} files every page loads "
              f"(target {FIXED_TARGET / 1000:.0f} kB): " + ", ".join(f"{name} {n / 1000:.0f} kB" for n, name in fixed["largest"]))
        print(f"  heaviest page: {s['largest']['page']} {s['largest']['bytes'] / 1000:.0f} kB "
              f"(target {HEAVIEST_TARGET / 1000:.0f} kB)")
        ok = ok and not over and fixed["bytes"] <= FIXED_TARGET and s["largest"]["bytes"] <= HEAVIEST_TARGET
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
