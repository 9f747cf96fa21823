"""Practice inside the chapters: "Check yourself" blocks with folded answers.

The rules (course/practice.py finds the blocks):

- after every main (``##``) section of every chapter, except the chapter's frame
  (``FRAME_SECTIONS``: key points, check your understanding, further reading ...), there
  is at least one practice block before the next ``##`` heading, and never more than two;
- each block has a question and a non-empty answer, in the agreed form (an admonition
  titled "Check yourself" with class ``practice``, the answer in a ``dropdown`` titled
  "Answer");
- no practice block repeats a graded answer: no literal answer from ``solutions/``
  (an assignment, a list, set or dict of values, or eight words in a row of a written
  answer) and no eight words in a row of an item's worked explanation;
- in the learner edition the answers are present and folded: inside a closed
  ``<details>`` element of a practice admonition, never in its visible part.

Each rule has a negative test on planted text.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from course import practice
from course.grading.runner import load_chapters
from course.grading.source import literals

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = sorted((ROOT / "book").glob("ch[0-9][0-9]_*.md"))
ANSWER_NAME = re.compile(r"^[A-Z][A-Z0-9]*_\d+_\d+$|^Q\d+_\d+$")
RUN = 8  # words in a row that count as copying a written answer or an explanation


def _block(question: str = "What changed?", answer: str = "The date changed.") -> str:
    return "\n".join(["::::{admonition} Check yourself", ":class: practice", "", question, "",
                      ":::{dropdown} Answer", answer, ":::", "::::", ""])


PLANTED = "\n".join([
    "# 1. A planted chapter", "",
    "## First section", "Text.", "", _block(),
    "## Second section", "Text without practice.", "",
    "## Key points", "- a point", "",
])


# --- every section has practice ----------------------------------------------------------------

def test_every_chapter_is_checked():
    assert len(CHAPTERS) == 17


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_every_section_has_one_or_two_practice_blocks(path):
    text = path.read_text(encoding="utf-8")
    teaching = [s for s in practice.sections(text) if s.needs_practice]
    assert teaching, f"{path.name}: no teaching sections found"
    problems = practice.problems(text)
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def test_a_section_without_practice_is_caught():
    problems = practice.problems(PLANTED)
    assert len(problems) == 1 and "'Second section' has no 'Check yourself' block" in problems[0]
    # The frame sections need none.
    assert not any("Key points" in p for p in problems)


def test_three_blocks_in_one_section_are_caught():
    page = "## Only section\n\nText.\n\n" + _block() * 3
    assert any("has 3 practice blocks" in p for p in practice.problems(page))


def test_a_block_in_the_frame_is_caught():
    page = "## Only section\n\n" + _block() + "## Further reading\n\n" + _block()
    assert any("part of the chapter frame" in p for p in practice.problems(page))


@pytest.mark.parametrize("block, message", [
    (_block(question=""), "no question"),
    (_block(answer=""), "answer is empty"),
    (_block().replace(":class: practice\n", ""), ":class: practice"),
    (_block().replace("{dropdown} Answer", "{dropdown} Solution"), "{dropdown} Answer"),
    (_block().replace("{dropdown} Answer\n", "{dropdown} Answer\n:open:\n"), "open by default"),
    (_block().replace("{admonition} Check yourself", "{admonition} Check yourself now"), "no 'Check yourself' block"),
])
def test_a_malformed_block_is_caught(block, message):
    problems = practice.problems("## Only section\n\nText.\n\n" + block)
    assert any(message in p for p in problems), problems


def test_code_fences_do_not_hide_or_fake_sections():
    page = "## Real section\n\n```text\n## not a heading\n```\n\n" + _block()
    assert [s.title for s in practice.sections(page)] == ["Real section"]
    assert practice.problems(page) == []


# --- practice is not reading time, but is plain language ---------------------------------------

def test_practice_blocks_do_not_count_as_reading_time_but_are_checked_for_length():
    from course import plain_language as pl
    body = "## Section\n\n" + " ".join(["word"] * 20) + ".\n\n"
    long_question = "Start " + " ".join(["word"] * 40) + " end?"
    with_practice = body + _block(question=long_question)
    assert pl.learner_word_count(with_practice) == pl.learner_word_count(body)
    assert [s.words for s in pl.long_sentences(with_practice)] == [42]
    # A different admonition still counts as reading.
    assert pl.learner_word_count(body + _block().replace("Check yourself", "Note")) > pl.learner_word_count(body)


# --- no graded answer in a practice block --------------------------------------------------------

def _normal(value):
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_normal(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(_normal(v) for v in value))
    if isinstance(value, dict):
        return ("dict", frozenset((k, _normal(v)) for k, v in value.items()))
    if isinstance(value, str):
        return value.strip().lower()
    return value


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(text: str, size: int = RUN) -> set[str]:
    words = _words(text)
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def graded_answers() -> tuple[dict[str, object], set[str]]:
    """Literal answers in solutions/, and the eight-word runs of written answers and of
    every item's worked explanation."""
    answers, runs = {}, set()
    for path in sorted((ROOT / "solutions").glob("ch[0-9][0-9]_*.py")):
        for name, value in literals(path).items():
            if ANSWER_NAME.match(name):
                answers[name] = value
                if isinstance(value, str):
                    runs |= _runs(value)
    for chapter in load_chapters(ROOT).values():
        for item in chapter.spec.items:
            runs |= _runs(item.explanation or "")
    return answers, runs


def _literals_in(text: str):
    """Bracketed Python-like literals written in a piece of prose."""
    for match in re.finditer(r"[\[{(][^\[\]{}()]*[\]})]", text):
        try:
            yield ast.literal_eval(match.group(0))
        except (ValueError, SyntaxError):
            continue


def answer_leaks(text: str, answers: dict[str, object], runs: set[str]) -> list[str]:
    leaks = []
    containers = {_normal(v): name for name, v in answers.items()
                  if isinstance(v, (list, tuple, set, dict)) and len(v) >= 2}
    for value in _literals_in(text):
        if isinstance(value, (list, tuple, set, dict)) and _normal(value) in containers:
            leaks.append(f"repeats the answer to {containers[_normal(value)]}")
    for name, written in re.findall(r"\b(Q\d+_\d+)\s*=\s*([^\n]+)", text):
        if name in answers:
            try:
                if _normal(ast.literal_eval(written.strip().rstrip(".").strip("`"))) == _normal(answers[name]):
                    leaks.append(f"assigns the answer to {name}")
            except (ValueError, SyntaxError):
                continue
    copied = _runs(text) & runs
    if copied:
        leaks.append(f"copies a graded answer or explanation: '{sorted(copied)[0]}'")
    return sorted(set(leaks))


ANSWERS, RUNS = graded_answers()


def test_the_graded_answers_were_found():
    assert len(ANSWERS) > 50 and len(RUNS) > 1000


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_no_practice_block_repeats_a_graded_answer(path):
    leaks = []
    for block in practice.blocks(path.read_text(encoding="utf-8")):
        for leak in answer_leaks(block.question + "\n" + block.answer, ANSWERS, RUNS):
            leaks.append(f"line {block.line}: {leak}")
    assert not leaks, f"{path.name}:\n  " + "\n  ".join(leaks)


def test_a_planted_graded_answer_is_caught():
    order = literals(ROOT / "solutions" / "ch07_export_controls.py")["Q7_4"]
    assert answer_leaks(f"The right order is {order!r}.", ANSWERS, RUNS) == ["repeats the answer to Q7_4"]
    assert answer_leaks("So Q7_8 = 7.", {"Q7_8": 7}, set()) == ["assigns the answer to Q7_8"]
    explanation = next(item.explanation for item in load_chapters(ROOT)["ch09_firms_and_state"].spec.items
                       if item.id == "9.3")
    assert any("copies" in leak for leak in answer_leaks(explanation, ANSWERS, RUNS))
    # An ordinary answer that shares a few words is not a leak.
    assert answer_leaks("The report gives no source for this claim.", ANSWERS, RUNS) == []


# --- the learner edition shows the answers, folded -----------------------------------------------

def folding_problems(html: str, expected: list[practice.PracticeBlock]) -> list[str]:
    """What is wrong with the practice blocks of one built chapter page."""
    soup = BeautifulSoup(html, "html.parser")
    found = soup.select("div.admonition.practice")
    problems = []
    if len(found) != len(expected):
        problems.append(f"{len(found)} practice blocks on the page, {len(expected)} in the source")
    for index, (box, block) in enumerate(zip(found, expected), 1):
        details = box.find("details")
        if details is None or details.find("summary") is None:
            problems.append(f"block {index}: the answer is not in a <details>/<summary> element")
            continue
        if details.has_attr("open"):
            problems.append(f"block {index}: the answer is open by default")
        hidden = " ".join(_words(details.get_text(" ")))
        details.extract()
        visible = " ".join(_words(box.get_text(" ")))
        answer_start = " ".join(_words(re.sub(r"\{[\w:]+\}`[^`]*`", "", block.answer))[:6])
        if answer_start not in hidden:
            problems.append(f"block {index}: the answer is missing from the page")
        if answer_start in visible:
            problems.append(f"block {index}: the answer is visible outside the folded part")
        if " ".join(_words(block.question)[:6]) not in visible:
            problems.append(f"block {index}: the question is not visible")
    return problems


def test_learner_edition_shows_practice_answers_folded(built_book):
    pages = built_book["learner"] / "book"
    for path in CHAPTERS:
        html = (pages / f"{path.stem}.html").read_text(encoding="utf-8")
        problems = folding_problems(html, practice.blocks(path.read_text(encoding="utf-8")))
        assert not problems, f"{path.stem}.html:\n  " + "\n  ".join(problems)


GOOD_HTML = """<div class="practice admonition"><p class="admonition-title">Check yourself</p>
<p>What changed?</p><details class="sd-dropdown"><summary>Answer</summary>
<div><p>The date changed.</p></div></details></div>"""


def test_folding_check_passes_a_good_page_and_catches_bad_ones():
    expected = practice.blocks("## S\n\n" + _block())
    assert folding_problems(GOOD_HTML, expected) == []
    opened = GOOD_HTML.replace("<details ", "<details open ")
    assert any("open by default" in p for p in folding_problems(opened, expected))
    unfolded = GOOD_HTML.replace("<details", "<div").replace("</details>", "</div>")
    assert any("not in a <details>" in p for p in folding_problems(unfolded, expected))
    leaked = GOOD_HTML.replace("<p>What changed?</p>", "<p>What changed? The date changed.</p>")
    assert any("visible outside" in p for p in folding_problems(leaked, expected))
    dropped = GOOD_HTML.replace("The date changed.", "")
    assert any("missing from the page" in p for p in folding_problems(dropped, expected))
    assert any("practice blocks on the page" in p for p in folding_problems("<p>nothing</p>", expected))
