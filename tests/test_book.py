"""The book builds in both editions, and the learner edition holds no instructor text."""
from __future__ import annotations

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


def instructor_only_snippets() -> list[str]:
    """Distinctive instructor-only text: worked explanations, reference code, notes."""
    snippets = []
    for chapter in load_chapters(ROOT).values():
        for item in chapter.spec.items:
            if item.explanation:
                snippets.append(item.explanation[:60])
    for page in (ROOT / "book").rglob("*.md"):
        for block in re.findall(r"```\{only\} instructor\n(.*?)\n```", page.read_text(encoding="utf-8"), flags=re.S):
            lines = [l.strip() for l in block.splitlines() if len(l.strip()) > 40 and not l.strip().startswith((":", "`"))]
            snippets.extend(l[:60] for l in lines[:2])
    return snippets


def test_both_editions_build(built_book):
    for edition in ("learner", "instructor"):
        assert (built_book[edition] / "index.html").is_file()


def test_learner_edition_has_no_instructor_text(built_book):
    snippets = instructor_only_snippets()
    assert snippets, "found no instructor-only text to look for"
    learner = all_text(built_book["learner"])
    instructor = all_text(built_book["instructor"])
    # The instructor edition must contain them, or this test could not fail.
    absent_from_instructor = [s for s in snippets if _plain(s) not in _plain(instructor)]
    assert not absent_from_instructor, f"instructor edition lacks: {absent_from_instructor[:5]}"
    leaked = [s for s in snippets if _plain(s) in _plain(learner)]
    assert not leaked, f"learner edition contains instructor-only text: {leaked[:5]}"


def test_learner_edition_has_no_solutions_or_kit(built_book):
    learner = built_book["learner"]
    assert not (learner / "book" / "instructor").exists(), "facilitator kit pages in the learner edition"
    assert not (learner / "_sources").exists(), "copied sources would leak solutions"
    text = all_text(learner)
    for marker in ("Solution to", "Reference code", "Facilitator notes", "sol-ch"):
        assert marker not in text, f"{marker!r} found in the learner edition"
    assert "Reference code" in all_text(built_book["instructor"])


def _plain(text: str) -> str:
    """Compare text independent of HTML markup and whitespace."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&#8217;", "’").replace("&quot;", '"').replace("&amp;", "&").replace("&#39;", "'")
    text = re.sub(r"[`*_]", "", text)
    return re.sub(r"\s+", " ", text)
