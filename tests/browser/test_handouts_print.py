"""Handouts and slides printed by a real browser, at A4 and at US Letter.

Each handout page of the instructor edition is printed with Chromium's own print path
(``page.pdf`` after switching to print media, as Ctrl+P does), then poppler's ``pdfinfo``
counts the pages and ``pdftotext`` reads each page. The checks are the ones a facilitator
makes at the photocopier: the glossary card fits one page; the red-flag checklist fits one
page with its sources on the back; page 1 of the mock tender is complete; every handout
shows the course title, version, date and licence; the page counts match the print list
(data/sessions/kit/print.yaml); cut-out cards have dashed cut lines in print. The slide
sets print one slide per landscape page and move with the keyboard; the web forms make no
request. The PDFs are kept under the artifacts folder (``handouts/``) to look at.

To reuse an instructor build instead of building both editions here, set
``COURSE_INSTRUCTOR_HTML`` to its html folder (the 2-core machines are slow).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import browserkit as bk

pytestmark = pytest.mark.timeout(1800)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "_ext"))

import course_sessions as cs  # noqa: E402
import kit_html  # noqa: E402
import kit_materials as km  # noqa: E402
from course.meta import load_meta  # noqa: E402

PAPERS = ("A4", "Letter")
HANDOUT_DIR = ROOT / "book" / "instructor" / "handouts"
HANDOUTS = sorted(p.stem for p in HANDOUT_DIR.glob("*.md") if p.stem != "index")
ONE_PAGE = ("glossary_card", "feedback_form", "check_briefing", "check_one_day", "check_tot")


def need(tool: str):
    if shutil.which(tool) is None:
        message = f"{tool} is not installed (poppler-utils): run `bash scripts/system-deps.sh` as root"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def instructor_html(request) -> Path:
    prebuilt = os.environ.get("COURSE_INSTRUCTOR_HTML")
    if prebuilt:
        path = Path(prebuilt)
        assert (path / "book" / "instructor" / "handouts").is_dir(), f"{path} is not an instructor build"
        return path
    return request.getfixturevalue("built_book")["instructor"]


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups()
    return float(w), float(h)


def page_text(pdf: Path, number: int) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def print_to_pdf(browser, url: str, target: Path, paper: str, landscape: bool = False) -> Path:
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        watched = bk.watch(page)
        bk.open_page(page, url)
        page.emulate_media(media="print")
        page.pdf(path=str(target), format=paper, landscape=landscape, print_background=False)
        assert not context.blocked, f"{url} tried to reach the network: {context.blocked}"
        assert not watched.page_errors, watched.page_errors
        return target
    finally:
        context.close()


@pytest.fixture(scope="session")
def printed(instructor_html, browser, artifacts) -> dict[tuple[str, str], Path]:
    """{(handout, paper): PDF} for every handout page at A4 and Letter."""
    need("pdfinfo")
    need("pdftotext")
    folder = artifacts / "handouts"
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name in HANDOUTS:
        url = (instructor_html / "book" / "instructor" / "handouts" / f"{name}.html").as_uri()
        for paper in PAPERS:
            out[(name, paper)] = print_to_pdf(browser, url, folder / f"{name}-{paper}.pdf", paper)
    return out


@pytest.fixture(scope="session")
def meta() -> dict:
    return load_meta(ROOT)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("paper", PAPERS)
def test_every_handout_shows_title_version_date_and_licence(printed, meta, paper):
    for name in HANDOUTS:
        first = page_text(printed[(name, paper)], 1)
        for needed in (meta["title"], f"version {meta['version']}", meta["date"], "CC BY 4.0"):
            assert needed in first, f"{name} ({paper}) page 1 lacks {needed!r}"
        # The theme's screen chrome stays off paper.
        assert "Skip to main content" not in first and "Back to top" not in first, name


@pytest.mark.parametrize("paper", PAPERS)
def test_one_page_handouts_fit_one_page(printed, paper):
    for name in ONE_PAGE:
        assert pdf_pages(printed[(name, paper)]) == 1, f"{name} takes {pdf_pages(printed[(name, paper)])} pages on {paper}"


@pytest.mark.parametrize("paper", PAPERS)
def test_glossary_card_shows_every_core_term_on_its_one_page(printed, paper):
    text = page_text(printed[("glossary_card", paper)], 1)
    for term in cs.core_terms(ROOT):
        assert term["term"] in text, f"{term['term']} missing from the card ({paper})"


@pytest.mark.parametrize("paper", PAPERS)
def test_red_flag_checklist_is_one_page_with_sources_on_the_back(printed, paper):
    pdf = printed[("red_flag_checklist", paper)]
    assert pdf_pages(pdf) == 2, f"checklist takes {pdf_pages(pdf)} pages on {paper}"
    front, back = page_text(pdf, 1), page_text(pdf, 2)
    assert "Five questions before signing" in front and "Open-ended watch lists" in front
    assert "Sources" not in front.split("Five questions before signing")[0][-200:]
    assert back.lstrip().startswith("Sources") or "Sources 1." in back or back.startswith("Sources")
    assert "Five questions" not in back


@pytest.mark.parametrize("paper", PAPERS)
def test_page_one_of_the_mock_tender_is_complete(printed, paper):
    pdf = printed[("mock_tender", paper)]
    first = page_text(pdf, 1)
    for clause in ("1. Procedure.", "2. Scope.", "3. Technical requirement.", "4. Financing.",
                   "5. Operator remuneration.", "6. Face-recognition module.", "7. Payment schedule."):
        assert clause in first, f"{clause} not on page 1 ({paper})"
    assert "balance on delivery of the equipment to the municipal warehouse" in squash(first)
    assert "8. Confidentiality." not in first


def test_page_counts_match_the_print_list(printed):
    rules = km.load_materials(ROOT).print_rules
    wrong = {}
    for name in HANDOUTS:
        rule = rules[f"book/instructor/handouts/{name}"]
        declared = {"A4": rule["pages"], "Letter": rule.get("letter_pages", rule["pages"])}
        actual = {paper: pdf_pages(printed[(name, paper)]) for paper in PAPERS}
        if actual != declared:
            wrong[name] = (declared, actual)
    assert not wrong, f"print.yaml pages != printed pages (declared, actual): {wrong}"


def test_cut_out_cards_have_dashed_lines_in_print(instructor_html, browser):
    for name in ("event_cards_ecuador", "event_cards_kyrgyzstan", "source_cards"):
        text = (HANDOUT_DIR / f"{name}.md").read_text(encoding="utf-8")
        assert "dashed lines" in text, f"{name} no longer says to cut along dashed lines"
        context = bk.offline_context(browser)
        page = context.new_page()
        bk.open_page(page, (instructor_html / "book" / "instructor" / "handouts" / f"{name}.html").as_uri())
        page.emulate_media(media="print")
        styles = page.evaluate("""() => Array.from(document.querySelectorAll('.kit-card')).map(c => {
            const s = getComputedStyle(c);
            return [s.borderTopStyle, s.borderBottomStyle, s.borderLeftStyle, s.borderRightStyle,
                    parseFloat(s.borderTopWidth), s.borderTopColor];})""")
        context.close()
        assert len(styles) >= 10, name
        for style in styles:
            assert style[:4] == ["dashed"] * 4 and style[4] >= 1, (name, style)


@pytest.fixture(scope="session")
def slide_pdfs(instructor_html, browser, artifacts) -> dict[tuple[str, str], Path]:
    need("pdfinfo")
    folder = artifacts / "slides"
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for fid in ("briefing", "one_day", "tot"):
        url = (instructor_html / km.OUTPUT_FOLDER / kit_html.file_names(fid)["slides"]).as_uri()
        for paper in PAPERS:
            out[(fid, paper)] = print_to_pdf(browser, url, folder / f"slides_{fid}-{paper}.pdf", paper, landscape=True)
    return out


@pytest.mark.parametrize("fid", ["briefing", "one_day", "tot"])
def test_slides_print_one_slide_per_landscape_page(slide_pdfs, instructor_html, meta, fid):
    html = (instructor_html / km.OUTPUT_FOLDER / kit_html.file_names(fid)["slides"]).read_text(encoding="utf-8")
    slides = len(re.findall(r'<section class="slide', html))
    for paper in PAPERS:
        pdf = slide_pdfs[(fid, paper)]
        width, height = pdf_page_size(pdf)
        assert width > height, f"{fid} slides print in portrait on {paper}"
        assert pdf_pages(pdf) == slides, f"{fid}: {slides} slides but {pdf_pages(pdf)} pages on {paper}"
        for number in (1, slides):
            text = page_text(pdf, number)
            assert f"{number} / {slides}" in text and "CC BY 4.0" in text and meta["date"] in text


def test_slides_move_with_the_keyboard(instructor_html, browser):
    context = bk.offline_context(browser)
    page = context.new_page()
    watched = bk.watch(page)
    bk.open_page(page, (instructor_html / km.OUTPUT_FOLDER / "slides_briefing.html").as_uri())
    total = page.locator("section.slide").count()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("location.hash === '#s2'")
    page.keyboard.press("Space")
    page.wait_for_function("location.hash === '#s3'")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("location.hash === '#s2'")
    page.keyboard.press("End")
    page.wait_for_function(f"location.hash === '#s{total}'")
    page.keyboard.press("Home")
    page.wait_for_function("location.hash === '#s1'")
    assert not watched.problems() and not context.blocked
    context.close()


def test_web_check_and_feedback_work_offline_and_send_nothing(instructor_html, browser):
    context = bk.offline_context(browser)
    page = context.new_page()
    watched = bk.watch(page)
    bk.open_page(page, (instructor_html / km.OUTPUT_FOLDER / "check_one_day.html").as_uri())
    page.check("input[name=when][value=AFTER]")
    page.check("input[name=q1][value=b]")
    page.check("input[name=q3][value=c]")
    page.click("#show")
    assert page.inner_text("#result") == "AFTER 1b 2- 3c 4- 5-"
    bk.open_page(page, (instructor_html / km.OUTPUT_FOLDER / "feedback.html").as_uri())
    page.check("input[name=s1][value='Mostly']")
    page.fill("textarea[data-q='What should we keep?']", "The timeline cards")
    page.click("#show")
    summary = page.input_value("#out")
    assert "The session was useful for my work.: Mostly" in summary and "The timeline cards" in summary
    with page.expect_download() as download:
        page.click("#save")
    assert download.value.suggested_filename == "feedback.txt"
    assert page.evaluate("() => localStorage.length + sessionStorage.length") == 0
    assert not context.blocked and not watched.problems()
    context.close()


def test_book_footer_names_the_licence_and_kit_files_stay_out_of_the_learner_edition(instructor_html, meta):
    page = (instructor_html / "book" / "intro.html").read_text(encoding="utf-8")
    footer = page[page.index('class="bd-footer-content"'):]
    assert "CC BY 4.0" in footer and meta["text_licence"]["url"] in footer and "Code: MIT" in footer
    learner = instructor_html.parent.parent / "learner" / "html"
    if learner.is_dir():
        assert not (learner / km.OUTPUT_FOLDER).exists(), "slides and forms are instructor-only"


def test_the_print_checks_catch_an_overflowing_card_and_a_missing_imprint(instructor_html, browser, tmp_path, meta):
    """The glossary card as it was (every term, not only the core ones) runs over one page, and a
    handout without its imprint lacks the licence: the checks above would fail on both."""
    need("pdfinfo")
    source = instructor_html / "book" / "instructor" / "handouts" / "glossary_card.html"
    page = source.read_text(encoding="utf-8")
    static = (instructor_html / "_static").as_uri() + "/"
    page = page.replace("../../../_static/", static)
    start, end = page.index("<dl"), page.index("</dl>")
    entries = page[page.index(">", start) + 1:end]
    planted = page[:end] + entries * 3 + page[end:]          # about as many terms as the full glossary
    planted = re.sub(r'<p class="kit-stamp">.*?</p>', "", planted, flags=re.S)
    control = tmp_path / "control.html"          # the same page, moved: still one page, with its imprint
    control.write_text(page, encoding="utf-8")
    control_pdf = print_to_pdf(browser, control.as_uri(), tmp_path / "control.pdf", "A4")
    assert pdf_pages(control_pdf) == 1 and "CC BY 4.0" in page_text(control_pdf, 1)
    target = tmp_path / "glossary_card.html"
    target.write_text(planted, encoding="utf-8")
    pdf = print_to_pdf(browser, target.as_uri(), tmp_path / "planted.pdf", "A4")
    assert pdf_pages(pdf) > 1
    assert "CC BY 4.0" not in page_text(pdf, 1) and meta["date"] not in page_text(pdf, 1)
