"""Plain-language measures of a chapter: prose, sentences, idioms and reading time.

Most learners read the book in English as a second language (partners work in Spanish,
Russian/Kyrgyz and Malay), so the chapters keep sentences short, avoid idioms and state
a reading time computed from one measured rate. The tests in
``tests/test_plain_language.py`` use these functions; chapter 1 explains the rate.

A chapter is MyST Markdown. This module reads it line by line and keeps the prose a
reader sees, cut into *units* that can never share a sentence: paragraphs, list items,
headings, admonition titles, table captions and table cells. Code (including figure
cells) is never prose. Instructor-only blocks are prose for the sentence rules (their
readers, facilitators in partner organisations, read English as a second language too)
but not for the learner's reading time. Nor are the "Check yourself" practice blocks
(course/practice.py): they are exercises a reader stops to do, not reading, and they
would otherwise add about ten minutes to every chapter's stated time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from course.practice import PRACTICE_TITLE

# Words per minute for silent reading of the course's non-fiction by a reader of
# English as a second language. Brysbaert (2019), a meta-analysis of 190 studies, puts
# adult native readers of English non-fiction at 238 wpm on average (most between 175
# and 300) and finds second-language readers slower. Chang (2012) measured 35 adult
# learners of English as a foreign language: the timed-reading group gained 50 wpm, a
# gain of 49%, so they started at about 100 wpm. The chapters are dense (terms, dates,
# citations, tables), so the course uses that measured starting rate. Chapter 1 states
# it with both citations; a reader who finds English easy will be faster.
WORDS_PER_MINUTE = 100
# Reading times are stated to the nearest 5 minutes: more precision would be false.
ROUND_TO_MINUTES = 5
MAX_SENTENCE_WORDS = 35

# Idioms that trip non-native readers, each with a plain replacement to suggest.
IDIOMS = {
    "paper trail": "record in documents",
    "markets can be thin": "few buyers and sellers",
    "thin market": "market with few buyers and sellers",
    "in the wake of": "after",
    "a far cry from": "very different from",
    "on the ground": "in the country itself / in practice",
    "on paper": "in the text of the law / formally",
    "hand in hand": "together",
    "head start": "early advantage",
    "across the board": "everywhere / for all",
    "watchdog": "oversight body / regulator",
    "flagship": "main / best-known",
    "the lion's share": "most",
    "tip of the iceberg": "a small visible part",
    "red herring": "distraction",
    "double-edged sword": "something with both benefits and harms",
    "rule of thumb": "simple guide",
    "turn a blind eye": "ignore",
    "smoking gun": "clear proof",
    "silver bullet": "simple solution",
    "grain of salt": "with caution",
    "slippery slope": "step towards something worse",
    "level playing field": "equal conditions",
    "game changer": "major change",
    "pave the way": "make possible",
    "paves the way": "makes possible",
    "at face value": "without checking",
    "lip service": "support in words only",
    "the jury is still out": "it is not yet known",
}

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*(\{[^}]*\}|[\w+-]*)\s*(.*)$")
_COLON_FENCE = re.compile(r"^\s*(:{3,})\s*(\{[^}]*\})?\s*(.*)$")
_OPTION = re.compile(r"^\s*:[\w-]+:")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_TABLE_ROW_ITEM = re.compile(r"^\s*(?:\*\s+-|-)\s+")
_CODE_DIRECTIVES = {"code-cell", "code-block", "code", "sourcecode", "literalinclude", "raw", "math"}
_TABLE_DIRECTIVES = {"list-table", "table", "csv-table"}


@dataclass(frozen=True)
class Unit:
    """A stretch of prose that no sentence crosses, with the line it starts on."""
    text: str
    line: int
    instructor: bool
    practice: bool = False


def _strip_front_matter(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                return index + 1
    return 0


def _is_practice(directive: str, argument: str) -> bool:
    return directive == "admonition" and argument.strip() == PRACTICE_TITLE


def units(markdown: str) -> list[Unit]:
    """The prose units of a MyST page, in order (code and figure cells left out)."""
    lines = markdown.splitlines()
    found: list[Unit] = []
    buffer: list[str] = []
    start = 0
    # Each open fence: (kind, closing marker, instructor flag, practice flag); kinds
    # are "code" (skip), "table", "prose".
    stack: list[tuple[str, str, bool, bool]] = []

    def in_instructor() -> bool:
        return any(entry[2] for entry in stack)

    def in_practice() -> bool:
        return any(entry[3] for entry in stack)

    def unit(text: str, line: int) -> Unit:
        return Unit(text, line, in_instructor(), in_practice())

    def flush():
        nonlocal buffer
        text = " ".join(part.strip() for part in buffer).strip()
        if text:
            found.append(unit(text, start + 1))
        buffer = []

    def add(text: str, line: int):
        nonlocal start
        if not buffer:
            start = line
        buffer.append(text)

    index = _strip_front_matter(lines)
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        top = stack[-1] if stack else None

        # Inside code: only look for the closing fence.
        if top and top[0] == "code":
            if stripped.startswith(top[1][0]) and set(stripped) == {top[1][0]} and len(stripped) >= len(top[1]):
                stack.pop()
            index += 1
            continue

        # A closing backtick/colon fence of the innermost open block.
        if top and stripped and set(stripped) <= {top[1][0]} and len(stripped) >= len(top[1]) and stripped[0] in "`~:":
            flush()
            stack.pop()
            index += 1
            continue

        fence = _FENCE.match(line)
        colon = _COLON_FENCE.match(line)
        if fence:
            flush()
            marker, info, argument = fence.group(2), fence.group(3), fence.group(4).strip()
            directive = info.strip("{}") if info.startswith("{") else ""
            if not info.startswith("{") or directive in _CODE_DIRECTIVES:
                stack.append(("code", marker, False, False))
            elif directive == "only":
                stack.append(("prose", marker, "instructor" in argument, False))
            elif directive in _TABLE_DIRECTIVES:
                stack.append(("table", marker, False, False))
                if argument:
                    found.append(unit(argument, index + 1))
            else:
                stack.append(("prose", marker, False, _is_practice(directive, argument)))
                if argument:
                    found.append(unit(argument, index + 1))
            index += 1
            continue
        if colon and (colon.group(2) or colon.group(3)):
            flush()
            directive = (colon.group(2) or "").strip("{}")
            stack.append(("prose", colon.group(1), False, _is_practice(directive, colon.group(3))))
            if colon.group(3):  # an admonition's title
                found.append(unit(colon.group(3), index + 1))
            index += 1
            continue

        if not stripped or _OPTION.match(line) or re.match(r"^\(.*\)=\s*$", stripped) or stripped.startswith("%"):
            flush()
        elif stripped.startswith(">"):
            flush()  # block quotations are the source's words, not ours
        elif stripped.startswith("#"):
            flush()
            found.append(unit(stripped.lstrip("#").strip(), index + 1))
        elif stripped.startswith("|"):
            flush()
            if not re.fullmatch(r"[|:\-\s]+", stripped):
                for cell in stripped.strip("|").split("|"):
                    if cell.strip():
                        found.append(unit(cell.strip(), index + 1))
        elif top and top[0] == "table" and _TABLE_ROW_ITEM.match(line):
            flush()
            add(_TABLE_ROW_ITEM.sub("", line), index)
        elif _LIST_ITEM.match(line):
            flush()
            add(_LIST_ITEM.sub("", line), index)
        else:
            add(line, index)
        index += 1
    flush()
    return found


_ROLE = re.compile(r"\{([\w:-]+)\}`([^`]*)`")
_TITLE_CACHE: dict[Path, str] = {}


def _page_title(book: Path | None, target: str) -> str | None:
    if book is None:
        return None
    path = (book / target.lstrip("/").removeprefix("book/")).with_suffix(".md")
    if path not in _TITLE_CACHE:
        title = ""
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("# "):
                    title = line[2:].strip()
                    break
        _TITLE_CACHE[path] = title
    return _TITLE_CACHE[path] or None


def _role_text(match: re.Match, book: Path | None) -> str:
    role, content = match.group(1), match.group(2)
    if role in {"cite:p", "cite:ps", "cite", "cite:alp", "footcite"}:
        return ""  # rendered as a bracketed citation: no words to read in the sentence
    if role.startswith("cite"):
        return "Author Year"  # cite:t renders as "Author (Year)"
    explicit = re.match(r"^(.*?)\s*<([^>]*)>$", content, re.S)
    if explicit:
        return explicit.group(1)
    if role == "doc":
        return _page_title(book, content) or "the linked page"
    if role == "numref":
        return "Figure 1"
    if role == "ref":
        return "the linked section"
    return content  # {term}`X`, {abbr} and the like read as their own words


def plain(text: str, *, book: Path | None = None, collapse_quotes: bool = False) -> str:
    """The words a reader sees in one unit of MyST text."""
    text = _ROLE.sub(lambda m: _role_text(m, book), text)
    text = re.sub(r"`[^`]*`", "code", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"https?://\S+", "link", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("*", "")  # emphasis marks are not words
    if collapse_quotes:
        # A quotation is the source's wording and may not be shortened: it counts as one
        # word in the sentence that carries it.
        text = re.sub(r"“[^”]*”", "QUOTATION", text)
        text = re.sub(r'"[^"]*"', "QUOTATION", text)
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return [token for token in text.split() if re.search(r"\w", token)]


_ABBREVIATIONS = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|No|Nos|Art|Arts|para|paras|pp|p|cf|al|Fig|Vol|ed|eds|approx|"
    r"Mr|Ms|Mrs|Dr|St|Jr|Inc|Ltd|Co|Corp|Gen|Rep|Sen|Prof|U\.S|U\.N|U\.K|ca|c)\.",
)


def sentences(text: str) -> list[str]:
    """Split plain text into sentences at . ? ! followed by a capital, digit or quote."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\x00"), text)
    protected = re.sub(r"\b([A-Z])\.(?=\s+[A-Z])", "\\1\x00", protected)  # initials
    parts = re.split(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])", protected)
    return [part.replace("\x00", ".").strip() for part in parts if part.strip()]


@dataclass(frozen=True)
class LongSentence:
    line: int
    words: int
    text: str
    instructor: bool


def long_sentences(markdown: str, *, book: Path | None = None,
                   limit: int = MAX_SENTENCE_WORDS) -> list[LongSentence]:
    """Sentences of more than `limit` words (a quotation counts as one word)."""
    found = []
    for unit in units(markdown):
        for sentence in sentences(plain(unit.text, book=book, collapse_quotes=True)):
            count = len(words(sentence))
            if count > limit:
                found.append(LongSentence(unit.line, count, sentence, unit.instructor))
    return found


def idioms(markdown: str) -> list[tuple[int, str, str]]:
    """(line, idiom, plain replacement) for every idiom in the page's prose."""
    found = []
    for unit in units(markdown):
        text = plain(unit.text, collapse_quotes=True).lower()
        for idiom, replacement in IDIOMS.items():
            if re.search(r"\b" + re.escape(idiom) + r"\b", text):
                found.append((unit.line, idiom, replacement))
    return found


def learner_word_count(markdown: str, *, book: Path | None = None) -> int:
    """Words a learner reads: prose outside code, figure cells, instructor-only blocks
    and practice blocks."""
    return sum(len(words(plain(unit.text, book=book))) for unit in units(markdown)
               if not unit.instructor and not unit.practice)


def reading_minutes(word_count: int, rate: int = WORDS_PER_MINUTE) -> int:
    """Minutes at `rate`, rounded to the nearest 5 (never less than 5)."""
    return max(ROUND_TO_MINUTES, ROUND_TO_MINUTES * round(word_count / rate / ROUND_TO_MINUTES))


_STATED = re.compile(r"\*\*Time:\*\*\s*about (\d+) minutes reading")


def stated_reading_minutes(markdown: str) -> int | None:
    """The N of a chapter's "**Time:** about N minutes reading", or None."""
    match = _STATED.search(markdown)
    return int(match.group(1)) if match else None
