"""Practice questions inside the chapters ("Check yourself" blocks).

After each main (``##``) section a chapter has one or two short questions whose answer
is folded until the reader opens it. They are written with two directives that already
exist, so they need no extension of their own and render in both editions, in HTML and
in the PDF:

    ::::{admonition} Check yourself
    :class: practice

    The question, in one or two sentences.

    :::{dropdown} Answer
    The answer, with the reason, in two to four sentences.
    :::
    ::::

The admonition keeps the question visible; sphinx-design's ``dropdown`` is a native
``<details>``/``<summary>`` element, so the answer is closed by default and opens with
the keyboard and with a screen reader. The learner-edition filter (``_ext/edition.py``)
drops only solutions and ``{only} instructor`` blocks, so these answers stay.

This module finds the blocks in a chapter's MyST source; ``tests/test_practice.py``
checks every chapter with it, and ``course/plain_language.py`` uses the title to leave
the blocks out of the reading time (they are exercises, not reading).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

PRACTICE_TITLE = "Check yourself"
PRACTICE_CLASS = "practice"
ANSWER_TITLE = "Answer"
MAX_PER_SECTION = 2

# Main sections that are the chapter's frame, not its teaching: no practice after them.
FRAME_SECTIONS = {
    "key points",
    "check your understanding",
    "further reading",
    "at a glance",
    "learning objectives",
    "references",
}

_OPEN = re.compile(r"^(:{3,})\{admonition\}\s+" + re.escape(PRACTICE_TITLE) + r"\s*$")
_DROPDOWN = re.compile(r"^(:{3,})\{dropdown\}\s+(.*)$")


@dataclass
class PracticeBlock:
    line: int
    question: str = ""
    answer: str = ""
    answer_title: str = ""
    has_class: bool = False
    opens_by_default: bool = False


@dataclass
class Section:
    title: str
    line: int
    blocks: list[PracticeBlock] = field(default_factory=list)

    @property
    def needs_practice(self) -> bool:
        return self.title.strip().lower() not in FRAME_SECTIONS


def _join(lines: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


def _read_block(lines: list[str], start: int, outer: str) -> tuple[PracticeBlock, int]:
    """Parse the block opened at lines[start]; return it and the index after its end."""
    block = PracticeBlock(line=start + 1)
    question: list[str] = []
    answer: list[str] = []
    inner = None
    index = start + 1
    while index < len(lines):
        stripped = lines[index].strip()
        if inner is None and stripped == outer:
            break
        if inner is not None and stripped == inner:
            inner = None
        elif inner is None and (dropdown := _DROPDOWN.match(stripped)):
            inner = dropdown.group(1)
            block.answer_title = dropdown.group(2).strip()
        elif stripped.startswith(":") and re.match(r"^:[\w-]+:", stripped):
            if stripped.startswith(":class:") and PRACTICE_CLASS in stripped.split()[1:]:
                block.has_class = block.has_class or inner is None
            if stripped.startswith(":open:") and inner is not None:
                block.opens_by_default = True
        elif inner is not None:
            answer.append(stripped)
        elif not block.answer_title:
            question.append(stripped)
        index += 1
    block.question, block.answer = _join(question), _join(answer)
    return block, index + 1


def sections(markdown: str) -> list[Section]:
    """The chapter's ``##`` sections, each with the practice blocks it holds."""
    lines = markdown.splitlines()
    found: list[Section] = []
    index = 0
    in_code = None
    while index < len(lines):
        stripped = lines[index].strip()
        if in_code:
            if stripped.startswith(in_code):
                in_code = None
            index += 1
            continue
        if stripped.startswith("```"):
            in_code = re.match(r"`+", stripped).group(0)
        elif lines[index].startswith("## "):
            found.append(Section(lines[index][3:].strip(), index + 1))
        elif (opening := _OPEN.match(stripped)) and found:
            block, index = _read_block(lines, index, opening.group(1))
            found[-1].blocks.append(block)
            continue
        index += 1
    return found


def blocks(markdown: str) -> list[PracticeBlock]:
    return [block for section in sections(markdown) for block in section.blocks]


def problems(markdown: str) -> list[str]:
    """What is wrong with a chapter's practice blocks, one line each (empty if nothing)."""
    found = []
    for section in sections(markdown):
        count = len(section.blocks)
        if section.needs_practice and count == 0:
            found.append(f"line {section.line}: section '{section.title}' has no '{PRACTICE_TITLE}' block")
        if not section.needs_practice and count:
            found.append(f"line {section.line}: section '{section.title}' is part of the chapter frame; "
                         "put its practice after a teaching section")
        if count > MAX_PER_SECTION:
            found.append(f"line {section.line}: section '{section.title}' has {count} practice blocks; "
                         f"keep at most {MAX_PER_SECTION}")
        for block in section.blocks:
            where = f"line {block.line} ('{section.title}')"
            if not block.has_class:
                found.append(f"{where}: add ':class: {PRACTICE_CLASS}' to the admonition")
            if not block.question:
                found.append(f"{where}: the block has no question before its answer")
            if block.answer_title != ANSWER_TITLE:
                found.append(f"{where}: put the answer in a ':::{{dropdown}} {ANSWER_TITLE}' block")
            elif not block.answer:
                found.append(f"{where}: the answer is empty")
            if block.opens_by_default:
                found.append(f"{where}: remove ':open:'; the answer must be folded (open by default)")
    return found
