"""The built book, opened page by page in Chromium, offline, as partners read it."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import browserkit as bk

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_ext"))

# The first test of the session also waits for the book build and the page audit.
pytestmark = pytest.mark.timeout(1800)

EDITIONS = ("learner", "instructor")


def test_every_page_of_both_editions_loads_offline_without_errors(site_audit, built_book):
    bad = {}
    for edition in EDITIONS:
        pages = site_audit[edition]
        assert set(pages) == set(bk.site_pages(built_book[edition])), "every built page must be visited"
        assert sum(bk.is_chapter(rel) for rel in pages) >= 10, f"{edition}: too few chapter pages found"
        for rel, audit in pages.items():
            if audit.problems:
                bad[f"{edition}/{rel}"] = audit.problems[:5]
    assert not bad, f"pages with console errors or requests leaving the machine: {bad}"


def test_both_editions_have_the_same_chapters(site_audit):
    chapters = {e: sorted(r for r in site_audit[e] if bk.is_chapter(r)) for e in EDITIONS}
    assert chapters["learner"] == chapters["instructor"]


def _blank(png: Path) -> str | None:
    """Why an image looks empty (one colour, or almost nothing drawn), else None."""
    from PIL import Image, ImageStat

    with Image.open(png) as image:
        grey = image.convert("L")
        if grey.width < 50 or grey.height < 50:
            return f"only {grey.width}x{grey.height} pixels"
        extrema = grey.getextrema()
        if extrema[0] == extrema[1]:
            return "a single colour"
        histogram = grey.histogram()
        background = max(histogram)
        drawn = 1 - background / sum(histogram)
        if drawn < 0.01:
            return f"only {drawn:.1%} of the pixels differ from the background"
        if ImageStat.Stat(grey).stddev[0] < 2:
            return "almost uniform"
    return None


def test_every_figure_renders(site_audit, built_book):
    broken, empty, seen = [], [], {}
    for edition in EDITIONS:
        for rel, audit in site_audit[edition].items():
            for img in audit.facts["images"]:
                where = f"{edition}/{rel}: {img['src'].rsplit('/', 1)[-1]}"
                if not img["complete"] or img["width"] == 0 or img["height"] == 0:
                    broken.append(where)
                elif img["src"].startswith("file://"):
                    seen[bk.file_of(img["src"])] = where
            for fig in audit.facts["figures"]:
                if fig["images"] == 0:
                    empty.append(f"{edition}/{rel}#{fig['id']}: a figure with no image")
    for path, where in seen.items():
        reason = _blank(path) if path.suffix.lower() in {".png", ".jpg", ".jpeg", ".gif", ".webp"} else None
        if reason:
            empty.append(f"{where}: {reason}")
    figures = sum(len(a.facts["figures"]) for e in EDITIONS for a in site_audit[e].values())
    assert figures > 0 and seen, "no figures found: the check could not fail"
    assert not broken, f"broken images: {broken}"
    assert not empty, f"empty figures or charts: {empty}"


def test_one_screenshot_per_chapter(site_audit, artifacts):
    missing = []
    for edition in EDITIONS:
        for rel in site_audit[edition]:
            if bk.is_chapter(rel):
                shot = artifacts / "screenshots" / edition / (Path(rel).stem + ".png")
                if not shot.is_file() or _blank(shot):
                    missing.append(str(shot))
    assert not missing, f"missing or blank chapter screenshots: {missing}"


@pytest.mark.parametrize("edition", EDITIONS)
def test_search_finds_ecu911_and_lands_on_the_ecuador_chapter(browser, built_book, edition):
    context, page, w = bk.search(browser, built_book[edition], "ECU-911")
    try:
        assert "search.html" in page.url and "q=ECU-911" in page.url
        results = page.locator("#search-results ul.search li a")
        hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
        chapter = [i for i, h in enumerate(hrefs) if re.search(r"book/ch12_ecuador\.html", h or "")]
        assert chapter, f"the Ecuador chapter is not among the results: {hrefs}"
        with page.expect_navigation(wait_until="load"):
            results.nth(chapter[0]).click()
        assert re.search(r"/book/ch12_ecuador\.html", page.url)
        heading = page.locator("article h1").first.inner_text()
        assert "Ecuador" in heading and heading.lstrip().startswith("12.")
        assert page.get_by_text("ECU-911").first.is_visible()
        assert not w.problems(), w.problems()
        assert not context.blocked
    finally:
        context.close()


def test_instructor_search_finds_a_facilitator_kit_word_offline(browser, built_book):
    # "debrief" occurs only in the facilitator kit: the kit's pages are in the index.
    context, page, w = bk.search(browser, built_book["instructor"], "debrief")
    try:
        results = page.locator("#search-results ul.search li a")
        hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
        assert any("book/instructor/activities/" in h for h in hrefs), hrefs
        assert not w.problems(), w.problems()
        assert not context.blocked
    finally:
        context.close()


# A page with code (copy button, Pygments colours), a chapter, and the search page, which
# loads none of the optional files (_ext/page_assets.py): dark mode works on each.
DARK_PAGES = ("book/python_primer.html", "book/ch12_ecuador.html", "search.html")
# The relative luminance of an element's text and of its own background (null when the
# background is transparent: the browser's dark canvas alone is not dark mode).
COLOURS_JS = """el => {
  const lum = css => {
    const [r, g, b, a] = (css.match(/[\\d.]+/g) || []).map(Number);
    if (a === 0) return null;
    const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const style = getComputedStyle(el);
  return {text: lum(style.color), background: lum(style.backgroundColor)};
}"""


def _is_dark(colours) -> bool:
    """Light text on a dark background of the element's own."""
    return colours["background"] is not None and colours["background"] < 0.05 and colours["text"] > 0.4


@pytest.mark.parametrize("rel", DARK_PAGES)
def test_dark_mode_switch_darkens_the_page_and_its_code(browser, built_book, rel):
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        w = bk.watch(page)
        bk.open_page(page, (built_book["learner"] / rel).as_uri())
        page.evaluate("() => localStorage.clear()")
        for _ in range(3):                         # the switch cycles light, dark and auto
            if page.evaluate("() => document.documentElement.dataset.theme") == "dark":
                break
            page.locator("button.theme-switch-button:visible").first.click()
        assert page.evaluate("() => document.documentElement.dataset.theme") == "dark"
        body = page.locator("body").evaluate(COLOURS_JS)
        assert _is_dark(body), f"{rel}: not dark, or text unreadable, in dark mode: {body}"
        if rel == DARK_PAGES[0]:
            code = page.locator("div.highlight").first
            colours = code.evaluate(COLOURS_JS)
            assert _is_dark(colours), f"code is not dark, or unreadable, in dark mode: {colours}"
            code.hover()
            assert page.locator("button.copybtn").count(), "no copy button on code"
        page.reload()
        assert page.evaluate("() => document.documentElement.dataset.theme") == "dark", "the choice is not kept"
        assert not w.problems(), w.problems()
    finally:
        context.close()


def test_the_search_page_loads_no_code_toggle_or_thebe_files(built_book):
    for edition, html_dir in built_book.items():
        search = (html_dir / "search.html").read_text(encoding="utf-8")
        assert "searchindex.js" in search
        loaded = set(re.findall(r'(?:src|href)="_static/([^"?]+)', search))
        assert not loaded & {"copybutton.js", "clipboard.min.js", "togglebutton.js", "sphinx-thebe.js",
                             "pygments.css", "sphinx-design.min.css", "design-tabs.js"}, (edition, loaded)
        primer = (html_dir / "book" / "python_primer.html").read_text(encoding="utf-8")
        assert "_static/copybutton.js" in primer and "_static/pygments.css" in primer, edition


_SELECTOR_NAME = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")


def stylesheets_left_out_but_used(html_dir: Path) -> list[str]:
    """Pages that do not link an optional stylesheet (_ext/page_assets.py) although one of
    its rules names only classes and ids that the page has."""
    import lean_assets
    import page_assets

    static = html_dir / "_static"
    optional = sorted({p for g in page_assets.OPTIONAL for f in g.files
                       for p in static.glob(f + "*" if f.endswith(".") else f) if p.suffix == ".css"})
    rules = {}
    for sheet in optional:
        selectors, todo = [], [sheet.read_text(encoding="utf-8")]
        while todo:
            for prelude, body in lean_assets.split_rules(todo.pop()):
                if body is not None and prelude.startswith(("@media", "@supports")):
                    todo.append(body)
                elif body is not None and not prelude.startswith("@"):
                    selectors += lean_assets.split_selectors(prelude)
        plain = (re.sub(r":(?:not|is|where|has)\([^)]*\)|\[[^\]]*\]", "", s) for s in selectors)
        rules[sheet.name] = [names for names in (_SELECTOR_NAME.findall(s) for s in plain) if names]
    out = []
    for page in sorted(html_dir.rglob("*.html")):
        if "_static" in page.parts:
            continue
        text = page.read_text(encoding="utf-8", errors="ignore")
        names = {n for attr in re.findall(r'\bclass="([^"]*)"', text) for n in attr.split()}
        names |= set(re.findall(r'\bid="([^"]*)"', text))
        for sheet, selectors in rules.items():
            if f"_static/{sheet}" not in text and any(all(n in names for n in sel) for sel in selectors):
                out.append(f"{page.relative_to(html_dir)}: {sheet}")
    return out


def test_no_page_leaves_out_a_stylesheet_it_uses(built_book):
    for edition, html_dir in built_book.items():
        assert not stylesheets_left_out_but_used(html_dir), edition


def test_the_left_out_stylesheet_check_can_fail(tmp_path):
    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "togglebutton.css").write_text(".admonition.toggle .admonition-title{x:1}")
    (tmp_path / "used.html").write_text('<div class="admonition toggle"><p class="admonition-title">')
    (tmp_path / "linked.html").write_text('<link href="_static/togglebutton.css"><div class="admonition toggle">')
    (tmp_path / "unused.html").write_text('<div class="admonition"><p class="admonition-title">')
    assert stylesheets_left_out_but_used(tmp_path) == ["used.html: togglebutton.css"]


def test_learner_edition_shows_no_solution_or_facilitator_content(site_audit):
    leaks = {rel: (a.facts["solutions"], a.facts["facilitator"]) for rel, a in site_audit["learner"].items()
             if a.facts["solutions"] or a.facts["facilitator"]}
    assert not leaks, f"learner pages with solutions or facilitator notes: {leaks}"
    assert not any(rel.startswith("book/instructor/") for rel in site_audit["learner"])
    # The same check finds them in the instructor edition, so it could fail.
    assert any(a.facts["solutions"] for a in site_audit["instructor"].values())
    assert any(a.facts["facilitator"] for a in site_audit["instructor"].values())


def test_instructor_edition_solution_toggles_open(browser, built_book, site_audit):
    rel = next(r for r, a in sorted(site_audit["instructor"].items()) if a.facts["solutions"])
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        bk.open_page(page, (built_book["instructor"] / rel).as_uri())
        solution = page.locator("div.solution.dropdown").first
        body = solution.locator(":scope > :not(.admonition-title)").first
        button = solution.locator("button.toggle-button")
        assert solution.is_visible()
        assert body.is_hidden(), "a solution should start closed"
        assert button.get_attribute("aria-expanded") == "false"
        button.click()
        body.wait_for(state="visible", timeout=5000)
        assert button.get_attribute("aria-expanded") == "true"
        assert body.inner_text().strip(), "the opened solution is empty"
        button.click()
        body.wait_for(state="hidden", timeout=5000)
    finally:
        context.close()


def test_the_figure_check_catches_blank_and_broken_images(browser, tmp_path):
    from PIL import Image, ImageDraw

    Image.new("RGB", (400, 300), "white").save(tmp_path / "blank.png")
    chart = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(chart).rectangle([40, 60, 360, 240], fill="steelblue")
    chart.save(tmp_path / "chart.png")
    assert _blank(tmp_path / "blank.png") and not _blank(tmp_path / "chart.png")
    (tmp_path / "page.html").write_text(
        '<article class="bd-article"><figure id="f"><img src="missing.png" alt="A chart that is not there"></figure>'
        '<script>console.error("planted")</script></article>', encoding="utf-8")
    context = bk.offline_context(browser)
    try:
        problems, facts, _ = bk.audit_page(context, context.new_page(), (tmp_path / "page.html").as_uri(), None)
    finally:
        context.close()
    assert any("planted" in p for p in problems) and any("missing.png" in p for p in problems), problems
    assert facts["images"][0]["width"] == 0
