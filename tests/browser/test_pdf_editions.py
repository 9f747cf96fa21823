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
