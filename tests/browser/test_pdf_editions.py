"""A PDF of each edition, by the LaTeX route: contents, chapters, figures, bibliography.

The PDFs are built from the session's HTML build folder (same Sphinx environment and
notebook cache, so nothing runs twice) with ``course.publish.build_pdfs``, the code
behind ``course pdf``. They are copied to the artifacts folder.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import browserkit as bk

# The first test of the session also waits for the book build and the page audit.
pytestmark = pytest.mark.timeout(1800)

ROOT = Path(__file__).resolve().parents[2]
INSTRUCTOR_ONLY = ("Solution to", "Reference code", "Facilitator notes")


def need(tool: str):
    if shutil.which(tool) is None:
        message = f"{tool} is not installed: run `bash scripts/system-deps.sh` as root"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def pdfs(built_book, artifacts):
    need("latexmk")
    need("pdftotext")
    from course.publish import build_pdfs

    out_root = built_book["learner"].parent.parent
    results = build_pdfs(ROOT, out_root=out_root)
    failed = {r.edition: r.error[-3000:] for r in results if r.pdf is None}
    assert not failed, f"the PDF build failed: {failed}"
    (artifacts / "pdf").mkdir(exist_ok=True)
    for r in results:
        shutil.copyfile(r.pdf, artifacts / "pdf" / r.pdf.name)
    return {r.edition: r.pdf for r in results}


def text_of(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    out = subprocess.run([*cmd, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.replace("\u00ad", "").split())


def squash(text: str) -> str:
    """Letters and digits only: line breaks, hyphenation and markup do not matter."""
    import html

    return re.sub(r"[^a-z0-9]", "", html.unescape(text).lower())


def chapter_titles(html_dir: Path) -> list[str]:
    titles = []
    for rel in bk.site_pages(html_dir):
        if bk.is_chapter(rel):
            page = (html_dir / rel).read_text(encoding="utf-8")
            m = re.search(r"<h1[^>]*>(.*?)<", page, re.S)
            titles.append(" ".join(m.group(1).split()))
    return titles


@pytest.mark.parametrize("edition", ["learner", "instructor"])
def test_pdf_has_contents_chapters_figures_and_bibliography(pdfs, built_book, edition):
    from course.publish import pdf_pages

    pdf = pdfs[edition]
    pages = pdf_pages(pdf)
    assert pages and pages > 40, f"{pdf.name}: {pages} pages"
    front = text_of(pdf, 1, 25)
    assert re.search(r"\bcontents\b", front, re.I), "no table of contents"
    for title in chapter_titles(built_book[edition]):
        words = " ".join(title.split()[:4])
        assert squash(words) in squash(front), f"chapter {title!r} is not in the table of contents"
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = max(0, len(images.strip().splitlines()) - 2)
    figures = len(list((built_book[edition] / "_images").glob("*.png")))
    assert figures > 0 and count >= figures, f"{count} images in the PDF, {figures} figures in the HTML"
    text = text_of(pdf)
    assert re.search(r"\bReferences\b", text)
    entries = re.findall(r'<div class="citation"[^>]*>.*?<p>(.*?)</p>',
                         (built_book[edition] / "book" / "references.html").read_text(encoding="utf-8"), re.S)
    assert len(entries) > 20, "could not read the HTML bibliography"
    flat = squash(text)
    missing = [e[:60] for e in entries if squash(re.sub(r"<[^>]+>", "", e))[:30] not in flat]
    assert not missing, f"{len(missing)} bibliography entries missing from the PDF: {missing[:10]}"


def test_learner_pdf_holds_no_solution(pdfs):
    learner, instructor = text_of(pdfs["learner"]), text_of(pdfs["instructor"])
    for marker in INSTRUCTOR_ONLY:
        assert marker not in learner, f"{marker!r} in the learner PDF"
    assert "Solution to" in instructor, "the instructor PDF should carry the solutions"


# --- fit to send (issue 15) -------------------------------------------------------------

EDITION_NAME = {"learner": "Learner edition", "instructor": "Instructor edition"}


def pages_text(pdf: Path) -> list[str]:
    """The text of each page, in order (pdftotext separates pages with a form feed)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def pdfinfo(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pages_with_images(pdf: Path) -> set[int]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {int(line.split()[0]) for line in out.splitlines()[2:] if line.split()}


def words_off_the_page(pdf: Path) -> list[str]:
    """Words whose box runs past the right edge of their page (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    bad, width = [], 0.0
    for line in out.splitlines():
        page = re.search(r'<page width="([\d.]+)"', line)
        if page:
            width = float(page.group(1))
            continue
        word = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</word>', line)
        if word and float(word.group(2)) > width - 18:          # 1/4 inch from the edge
            bad.append(word.group(3)[:80])
    return bad


def test_pdfs_are_written_where_the_readme_says(pdfs):
    for edition, pdf in pdfs.items():
        assert pdf == (pdf.parents[1] / edition / f"course-{edition}.pdf"), pdf
        assert pdf.is_file() and pdf.stat().st_size > 100_000
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "_build/<edition>/course-<edition>.pdf" in readme


@pytest.mark.parametrize("edition", ["learner", "instructor"])
def test_title_page_and_metadata_name_the_edition(pdfs, edition):
    pdf, other = pdfs[edition], "instructor" if edition == "learner" else "learner"
    first = text_of(pdf, 1, 1)
    assert EDITION_NAME[edition] in first, f"title page: {first[:300]}"
    assert EDITION_NAME[other] not in first
    info = pdfinfo(pdf)
    assert EDITION_NAME[edition] in info.get("Title", ""), info
    assert EDITION_NAME[edition] in info.get("Subject", ""), info


@pytest.mark.parametrize("edition", ["learner", "instructor"])
def test_pdf_fonts_are_vector_and_urls_wrap(pdfs, edition):
    pdf = pdfs[edition]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    bitmap = [line for line in fonts.splitlines()[2:] if "Type 3" in line]
    assert not bitmap, f"bitmap (Type 3) fonts in {pdf.name}: {bitmap}"
    off = words_off_the_page(pdf)
    assert not off, f"{len(off)} words run off the page in {pdf.name}: {off[:8]}"
    text = text_of(pdf)
    for script, sample in (("Cyrillic", "Жеке"), ("Chinese", "人工智能")):
        assert sample in text, f"the {script} title is not in the PDF text"


@pytest.mark.parametrize("edition", ["learner", "instructor"])
def test_pdf_has_no_empty_pages_and_no_hidden_markers(pdfs, edition):
    pdf = pdfs[edition]
    pages = pages_text(pdf)
    images = pages_with_images(pdf)
    empty = [n for n, text in enumerate(pages, start=1) if not text.strip() and n not in images]
    assert not empty, f"empty pages in {pdf.name}: {empty}"
    whole = "\n".join(pages)
    assert "facilitator-kit:" not in whole, "hidden kit markers are printed"
    heading_only = [n for n, text in enumerate(pages, start=1)
                    if re.fullmatch(r"\s*(References|Bibliography)\s*\d*\s*", text)]
    assert not heading_only, f"a page with only a References heading: {heading_only}"


def test_instructor_pdf_starts_each_handout_on_a_new_page_with_cut_lines(pdfs, artifacts):
    pdf = pdfs["instructor"]
    pages = pages_text(pdf)
    handouts = ["Event cards: Ecuador", "Event cards: Kyrgyzstan", "Source cards"]
    for title in handouts:
        starts = [n for n, text in enumerate(pages, start=1) if text.strip().startswith(title)
                  or text.strip().split("\n", 2)[-1].lstrip().startswith(title)]
        assert starts, f"the handout {title!r} does not start a page"
    # Cut lines: the page holding card A of the Ecuador deck, drawn as an image, has
    # dashed lines (many short, evenly spaced dark runs along one row of pixels).
    card_page = next(n for n, text in enumerate(pages, start=1) if "Card A" in text and "Ecuador" in text)
    png = artifacts / "pdf" / "event-cards-page"
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", "-f", str(card_page), "-l", str(card_page),
                    "-singlefile", str(pdf), str(png)], check=True)
    assert dashed_rows(Path(str(png) + ".png")) >= 2, "no dashed cut lines on the event card page"


def dashed_rows(png: Path) -> int:
    """How many pixel rows hold a dashed line: at least 20 dark runs of 2-8 px, regularly spaced."""
    from PIL import Image

    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        pixels = grey.load()
    rows = 0
    for y in range(height):
        runs, start = [], None
        for x in range(width):
            dark = pixels[x, y] < 128
            if dark and start is None:
                start = x
            elif not dark and start is not None:
                runs.append((start, x - start))
                start = None
        dashes = [r for r in runs if 2 <= r[1] <= 8]
        if len(dashes) >= 20:
            gaps = [b[0] - a[0] for a, b in zip(dashes, dashes[1:])]
            regular = sum(1 for g in gaps if abs(g - sorted(gaps)[len(gaps) // 2]) <= 1)
            if regular >= 0.8 * len(gaps):
                rows += 1
    return rows


def test_the_cut_line_check_tells_dashes_from_text(tmp_path):
    from PIL import Image, ImageDraw

    dashed = Image.new("L", (600, 60), 255)
    draw = ImageDraw.Draw(dashed)
    for x in range(10, 590, 7):
        draw.line([(x, 30), (x + 3, 30)], fill=0)
    dashed.save(tmp_path / "dashed.png")
    solid = Image.new("L", (600, 60), 255)
    ImageDraw.Draw(solid).line([(10, 30), (590, 30)], fill=0)
    ImageDraw.Draw(solid).text((10, 5), "Card A Ecuador: a text line, not a cut line", fill=0)
    solid.save(tmp_path / "solid.png")
    assert dashed_rows(tmp_path / "dashed.png") >= 1
    assert dashed_rows(tmp_path / "solid.png") == 0
