"""The book on a 390 px phone: every page the desktop run opens, opened again as a
phone shows it (issue 15).

For each page of both editions: nothing makes the page scroll sideways, every figure's
smallest label is at least 11 CSS px and the figure links to its full-size image,
every table caption stays within the screen, every sidebar expand button is named
after its own chapter, and every Chinese or Cyrillic run (and every Spanish title in
the references) carries ``lang``. On chapter pages of both editions the ☰ button
shows a focus ring, opens the chapter menu, and a link in it leads to its page; the
"Contents" button opens the page's contents.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import browserkit as bk

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_ext"))

from course_bibliography import text_language  # noqa: E402

pytestmark = pytest.mark.timeout(1800)

EDITIONS = ("learner", "instructor")
PHONE = {"width": 390, "height": 844}
MIN_LABEL_PX = 11

PHONE_FACTS_JS = r"""() => {
  const article = document.querySelector('article.bd-article') || document.body;
  const figures = Array.from(article.querySelectorAll('figure')).map(f => {
    const img = f.querySelector('img');
    return {id: f.id, src: img ? img.currentSrc || img.src : '', natural: img ? img.naturalWidth : 0,
            shown: img ? img.getBoundingClientRect().width : 0,
            fullSize: !!f.querySelector('a.course-full-size[href]')};
  });
  // Each caption is measured with its table scrolled all the way to the right.
  const captions = Array.from(article.querySelectorAll('table > caption')).map(c => {
    const box = c.closest('.pst-scrollable-table-container');
    if (box) box.scrollLeft = box.scrollWidth;
    const r = c.getBoundingClientRect();
    if (box) box.scrollLeft = 0;
    return {text: c.textContent.trim().slice(0, 60), left: r.left, right: r.right};
  });
  const toggles = Array.from(document.querySelectorAll('.bd-sidebar-primary details > summary, #pst-primary-sidebar details > summary')).map(s => {
    const details = s.parentElement;
    let link = details.previousElementSibling;
    while (link && link.tagName !== 'A') link = link.previousElementSibling;
    return {label: s.getAttribute('aria-label') || '', link: link ? link.textContent.replace(/\s+/g, ' ').trim() : ''};
  });
  const pageLang = document.documentElement.lang || 'en';
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const unmarked = [];
  const foreign = /[\u0400-\u04ff\u3400-\u4dbf\u4e00-\u9fff]/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!foreign.test(n.textContent)) continue;
    const holder = n.parentElement.closest('[lang]');
    if (!holder || holder.lang === pageLang) unmarked.push(n.textContent.trim().slice(0, 50));
  }
  const entries = Array.from(article.querySelectorAll('div.citation p')).map(p => ({
    text: p.textContent, marked: Array.from(p.querySelectorAll('[lang]')).map(e => [e.lang, e.textContent])}));
  return {overflow: document.documentElement.scrollWidth - window.innerWidth,
          figures, captions, toggles, unmarked, entries, viewport: window.innerWidth};
}"""


def phone_context(browser):
    context = bk.offline_context(browser)
    context.close()
    sink = []
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  service_workers="block")

    def handle(route):
        if route.request.url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            sink.append(route.request.url)
            route.abort()

    context.route("**/*", handle)
    context.blocked = sink
    return context


def smallest_text_px(src: str) -> float | None:
    from PIL import Image

    path = bk.file_of(src)
    if not path.is_file() or path.suffix.lower() != ".png":
        return None
    with Image.open(path) as image:
        value = image.info.get("SmallestTextPx")
    return float(value) if value else None


def problems_of(facts: dict) -> list[str]:
    """What is wrong with one page on a phone (empty when nothing is)."""
    found = []
    if facts["overflow"] > 1:
        found.append(f"the page scrolls sideways by {facts['overflow']} px")
    for fig in facts["figures"]:
        if not fig["src"]:
            continue
        if not fig["fullSize"]:
            found.append(f"figure {fig['id']}: no link to the full-size image")
        smallest = smallest_text_px(fig["src"])
        if smallest is None:
            found.append(f"figure {fig['id']}: the image does not say how small its labels are")
        elif fig["natural"] and smallest * fig["shown"] / fig["natural"] < MIN_LABEL_PX:
            px = smallest * fig["shown"] / fig["natural"]
            found.append(f"figure {fig['id']}: smallest label {px:.1f} CSS px (< {MIN_LABEL_PX})")
    for cap in facts["captions"]:
        if cap["left"] < -1 or cap["right"] > facts["viewport"] + 1:
            found.append(f"table caption {cap['text']!r} runs off the screen ({cap['left']:.0f}..{cap['right']:.0f} px)")
    for toggle in facts["toggles"]:
        if toggle["label"] != f"Sections of {toggle['link']}":
            found.append(f"sidebar button named {toggle['label']!r}, next to the link {toggle['link']!r}")
    for text in facts["unmarked"]:
        found.append(f"no lang on {text!r}")
    for entry in facts["entries"]:
        original = re.split(r"\s\[", entry["text"], maxsplit=1)[0]
        for sentence in original.split(". ")[1:3]:          # author. title. ...
            lang = text_language(sentence)
            if lang == "es" and not any(code == "es" and part.strip() in sentence for code, part in entry["marked"]):
                found.append(f"Spanish title without lang: {sentence[:60]!r}")
    return found


@pytest.fixture(scope="session")
def phone_audit(built_book, browser):
    """{edition: {page: facts}} for every page of both editions at 390 px."""
    audit = {}
    for edition in EDITIONS:
        html_dir = built_book[edition]
        context = phone_context(browser)
        pages = {}
        for rel in bk.site_pages(html_dir):
            page = context.new_page()
            bk.open_page(page, (html_dir / rel).as_uri())
            pages[rel] = page.evaluate(PHONE_FACTS_JS)
            page.close()
        context.close()
        audit[edition] = pages
    return audit


def test_every_page_reads_on_a_phone(phone_audit, built_book):
    bad = {}
    for edition in EDITIONS:
        assert set(phone_audit[edition]) == set(bk.site_pages(built_book[edition])), "every page must be visited"
        for rel, facts in phone_audit[edition].items():
            found = problems_of(facts)
            if found:
                bad[f"{edition}/{rel}"] = found[:6]
    assert not bad, f"pages that do not read on a 390 px phone: {bad}"


def test_the_phone_run_sees_figures_toggles_and_foreign_titles(phone_audit):
    """The checks above had something to check (or they could not fail)."""
    learner = phone_audit["learner"]
    assert sum(len(f["figures"]) for f in learner.values()) >= 4
    assert all(len(f["toggles"]) >= 15 for f in learner.values() if f["toggles"])
    refs = learner["book/references.html"]
    assert len(refs["entries"]) > 100
    assert any(code == "es" for e in refs["entries"] for code, _ in e["marked"])


def test_phone_checks_catch_bad_pages():
    bad = {"overflow": 120, "viewport": 390,
           "figures": [{"id": "f", "src": "file:///nowhere.png", "natural": 1000, "shown": 350, "fullSize": False}],
           "captions": [{"text": "Table 1", "left": 0, "right": 900}],
           "toggles": [{"label": "Sections of Exercises: chapter 1", "link": "2. Key concepts"}],
           "unmarked": ["Жеке мүнөздөгү"],
           "entries": [{"text": "Asamblea Nacional. Constitución de la República del Ecuador. 2008.", "marked": []}]}
    found = " | ".join(problems_of(bad))
    for expected in ("scrolls sideways", "full-size", "does not say", "runs off", "Sections of Exercises",
                     "no lang", "Spanish title"):
        assert expected in found, (expected, found)


@pytest.mark.parametrize("edition", EDITIONS)
def test_phone_menu_opens_and_its_links_work(browser, built_book, edition):
    html_dir = built_book[edition]
    context = phone_context(browser)
    try:
        page = context.new_page()
        w = bk.watch(page)
        bk.open_page(page, (html_dir / "book" / "ch07_export_controls.html").as_uri())
        menu = page.locator("button.primary-toggle:visible")
        assert menu.count() == 1, "one visible ☰ button on a phone"
        # The keyboard reaches the ☰ button and it shows where the focus is.
        for _ in range(12):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.classList.contains('primary-toggle')"):
                break
        ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
            return {cls: document.activeElement.className, style: s.outlineStyle, width: parseFloat(s.outlineWidth)}; }""")
        assert "primary-toggle" in ring["cls"], f"Tab never reached the ☰ button: {ring}"
        assert ring["style"] != "none" and ring["width"] >= 2, f"no focus ring on the ☰ button: {ring}"
        menu.click()
        dialog = page.locator("#pst-primary-sidebar-modal")
        dialog.wait_for(state="visible", timeout=5000)
        assert page.evaluate("() => document.querySelector('#pst-primary-sidebar-modal').open")
        link = dialog.locator("a.reference.internal", has_text="Ecuador").first
        assert link.is_visible()
        with page.expect_navigation(wait_until="load"):
            link.click()
        assert re.search(r"/book/ch12_ecuador\.html", page.url), page.url
        contents = page.locator("button.secondary-toggle:visible")
        assert contents.count() == 1, "one visible Contents button on a phone"
        contents.click()
        page.locator("#pst-secondary-sidebar-modal").wait_for(state="visible", timeout=5000)
        assert not w.problems(), w.problems()
    finally:
        context.close()


def test_wide_screen_menu_button_hides_and_shows_the_sidebar(browser, built_book):
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        bk.open_page(page, (built_book["learner"] / "book" / "ch07_export_controls.html").as_uri())
        sidebar = page.locator("#pst-primary-sidebar")
        assert sidebar.is_visible()
        page.locator("button.primary-toggle:visible").first.click()
        page.wait_for_function("() => document.querySelector('#pst-primary-sidebar').classList.contains('pst-sidebar-hidden')",
                               timeout=5000)
    finally:
        context.close()


def spanish_titles() -> list[str]:
    """The Spanish titles and journal names of references.bib (the original part)."""
    from pybtex.database import parse_file
    from pybtex.richtext import Text

    from course_bibliography import title_language

    found = []
    bib = Path(__file__).resolve().parents[2] / "book" / "references.bib"
    for entry in parse_file(str(bib), bib_format="bibtex").entries.values():
        for name in ("title", "journal", "booktitle"):
            raw = entry.fields.get(name, "")
            text = Text.from_latex(raw).render_as("text").split(" [", 1)[0].strip() if raw else ""
            if text and title_language(text, entry.fields.get("langid", "") if name == "title" else "") == "es":
                found.append(text)
    return found


def unmarked_titles(page_html: str, titles: list[str]) -> list[str]:
    """Titles that appear in the text of a page (not in attributes) without lang="es"."""
    import html

    text_only = re.sub(r"<(?!span lang=\"es\">)[^>]*>", "\x00", page_html)
    missing = []
    for title in titles:
        escaped = html.escape(title, quote=False)
        for m in re.finditer(re.escape(escaped), text_only):
            if not text_only[:m.start()].endswith('<span lang="es">'):
                missing.append(title[:60])
    return missing


def test_spanish_titles_carry_lang_on_every_page(built_book):
    titles = spanish_titles()
    assert len(titles) >= 8, titles
    bad, seen = {}, 0
    for edition in EDITIONS:
        for rel in bk.site_pages(built_book[edition]):
            page = (built_book[edition] / rel).read_text(encoding="utf-8")
            seen += sum(t in page for t in titles)
            missing = unmarked_titles(page, titles)
            if missing:
                bad[f"{edition}/{rel}"] = missing[:4]
    assert seen, "no Spanish title found in any page: the check could not fail"
    assert not bad, f"Spanish titles without lang: {bad}"
    # The check fails on a title without lang.
    assert unmarked_titles("<p>Constitución de la República del Ecuador</p>", ["Constitución de la República del Ecuador"])
    assert not unmarked_titles('<p><span lang="es">Constitución de la República del Ecuador</span></p>',
                               ["Constitución de la República del Ecuador"])
