"""The book builds in both editions, and the learner edition holds no instructor text."""
from __future__ import annotations

import html
import re
from pathlib import Path

from course.grading.runner import load_chapters

ROOT = Path(__file__).resolve().parents[1]


def all_text(folder: Path) -> str:
    """Every text file of a built site: HTML, search index, JS, sources, downloads."""
    parts = []
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".js", ".txt", ".md", ".json", ".ipynb", ".py", ".inv", ".xml"}:
            parts.append(path.read_text(encoding="utf-8", errors="ignore"))
    return "\n".join(parts)


ONLY_INSTRUCTOR = r"```\{only\} instructor\n(.*?)\n```"


def words(text: str) -> str:
    """Text as lower-case words only: markup, quotes and dashes do not matter."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def instructor_only_snippets() -> list[str]:
    """Runs of eight plain words from instructor-only text: worked explanations and
    every ``{only} instructor`` block of the book (lines without roles or links)."""
    snippets = []
    for chapter in load_chapters(ROOT).values():
        for item in chapter.spec.items:
            if "{" not in item.explanation and "[" not in item.explanation:
                snippets.append(" ".join(words(item.explanation).split()[:8]))
    pages = {page: page.read_text(encoding="utf-8") for page in (ROOT / "book").rglob("*.md")}
    # Text a learner may also see: every page with its instructor blocks cut out.
    public = words(" ".join(re.sub(ONLY_INSTRUCTOR, " ", text, flags=re.S) for page, text in pages.items()
                            if "instructor" not in page.parts))
    for page, text in pages.items():
        for block in re.findall(ONLY_INSTRUCTOR, text, flags=re.S):
            lines = [l.strip() for l in block.splitlines()
                     if not re.search(r"[`{}\[\]<>|*_]", l) and len(l.split()) >= 10 and not l.strip().startswith(":")]
            lines = [re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", l) for l in lines]
            snippets.extend(" ".join(words(l).split()[:8]) for l in lines[:3])
    # A sentence said both to learners and in a facilitator note is not a leak.
    return [s for s in snippets if len(s.split()) >= 6 and s not in public]


def test_both_editions_build(built_book):
    for edition in ("learner", "instructor"):
        assert (built_book[edition] / "index.html").is_file()


def test_learner_edition_has_no_instructor_text(built_book):
    snippets = instructor_only_snippets()
    assert snippets, "found no instructor-only text to look for"
    learner = words(all_text(built_book["learner"]))
    instructor = words(all_text(built_book["instructor"]))
    # The instructor edition must contain them, or this test could not fail.
    absent_from_instructor = [s for s in snippets if s not in instructor]
    assert not absent_from_instructor, f"instructor edition lacks: {absent_from_instructor[:5]}"
    leaked = [s for s in snippets if s in learner]
    assert not leaked, f"learner edition contains instructor-only text: {leaked[:5]}"


def test_learner_edition_has_no_solutions_or_kit(built_book):
    learner = built_book["learner"]
    assert not (learner / "book" / "instructor").exists(), "facilitator kit pages in the learner edition"
    assert not (learner / "_sources").exists(), "copied sources would leak solutions"
    text = all_text(learner)
    # Markers as the page renders them: the words alone also sit in the grading modules'
    # source (course/grading/spec.py), which the Run button's script carries and every
    # learner release ships anyway.
    for marker in ("Solution to", ">Reference code:<", 'admonition-title">Facilitator notes', "sol-ch"):
        assert marker not in text, f"{marker!r} found in the learner edition"
    assert ">Reference code:<" in all_text(built_book["instructor"])
