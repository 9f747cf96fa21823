"""The copy check: find course text that repeats the source report word for word.

The report (IRI and TextOre, 2024) is all rights reserved and is not in the
repository. Its facts carry over into the course with a citation; its sentences do
not. A contributor who has a plain-text copy of the report runs

    course overlap --report PATH/TO/report.txt

and gets every run of words that a file of the course shares with the report:

- COPIED: 12 or more words in a row outside a quotation. The command exits with 1.
- REVIEW: 8 to 11 words in a row (or a longer run stitched together from several
  places of the report) outside a quotation: a near-copy to rewrite or quote. Listed
  for a person to judge; the exit status stays 0.
- QUOTED: a shared run inside a quotation is allowed (a short, attributed quotation
  of a primary source is normal in teaching material). Counted, and listed with
  --quoted.

What counts as a quotation: text between "...", “...” or «...» (on one line for
straight quotes), a Markdown blockquote line (starting with ">"), and a YAML `title:`
or `source_title:` field, which names a source rather than saying something in our
own words.

Words are runs of ASCII letters and digits, compared in lower case. Every text file
of the course is checked (.md .py .yml .yaml .csv .json .ipynb .txt .rst .html), not
only the book: prompts in the specs, rows in data/ and the facilitator kit are the
course's text too. Build output, virtual environments, .git and the bibliography
(.bib entries are titles of sources) are left out, and so is the report itself if the
copy sits inside the folder. These rules match the checker the course was first
written against, so both report the same count of copied words.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

COPY_WORDS = 12    # this many shared words in a row outside a quotation is a copy
REVIEW_WORDS = 8   # from this many, a run is listed for review
MIN_FRAGMENT = 4   # a shorter unquoted run is the edge of a quotation, not a copy

TEXT_SUFFIXES = {".md", ".py", ".yml", ".yaml", ".csv", ".json", ".ipynb", ".txt", ".rst", ".html"}
SKIP_DIRS = {".git", "_build", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache", "build", "dist", ".tox"}

WORD = re.compile(r"[A-Za-z0-9]+")
QUOTATION = re.compile(r"\"[^\"\n]{1,2000}\"|“[^”]{1,2000}”|«[^»]{1,2000}»")
SOURCE_TITLE_FIELD = re.compile(r"^\s*-?\s*(source_)?title\s*:", re.IGNORECASE)


class ReportError(ValueError):
    """The report copy cannot be used (missing, unreadable, not text, too short)."""


@dataclass(frozen=True)
class Run:
    """Consecutive words of one file that also occur, in that order, in the report."""
    path: Path
    line: int
    words: int
    quoted: bool
    text: str


@dataclass
class OverlapResult:
    files: int = 0
    copied: list[Run] = field(default_factory=list)
    review: list[Run] = field(default_factory=list)
    quoted: list[Run] = field(default_factory=list)

    @property
    def copied_words(self) -> int:
        return sum(run.words for run in self.copied)

    @property
    def quoted_words(self) -> int:
        return sum(run.words for run in self.quoted)


def words(text: str) -> list[tuple[str, int, int]]:
    """Each word of the text in lower case, with where it starts and ends."""
    return [(m.group(0).lower(), m.start(), m.end()) for m in WORD.finditer(text)]


def report_phrases(report_text: str, length: int) -> set[tuple[str, ...]]:
    """Every sequence of `length` consecutive words in the report."""
    tokens = [w for w, _, _ in words(report_text)]
    return {tuple(tokens[i:i + length]) for i in range(len(tokens) - length + 1)}


def quotation_mask(text: str) -> bytearray:
    """One byte per character of the text: 1 where it sits inside a quotation."""
    mask = bytearray(len(text))
    for m in QUOTATION.finditer(text):
        mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith(">") or SOURCE_TITLE_FIELD.match(line):
            mask[offset:offset + len(line)] = b"\x01" * len(line)
        offset += len(line)
    return mask


def shared_runs(tokens: list, phrases: set[tuple[str, ...]], length: int, quoted: list[bool]):
    """Yield (first, last, quoted) word indices of each run covered by shared phrases.

    A run never mixes quoted and unquoted words: a quotation that continues into
    our own sentence is reported as two runs.
    """
    shared = [False] * len(tokens)
    for i in range(len(tokens) - length + 1):
        if tuple(w for w, _, _ in tokens[i:i + length]) in phrases:
            shared[i:i + length] = [True] * length
    i = 0
    while i < len(tokens):
        if not shared[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and shared[j + 1] and quoted[j + 1] == quoted[i]:
            j += 1
        yield i, j, quoted[i]
        i = j + 1


def course_files(root: Path, leave_out: set[Path] = frozenset()):
    """The course's text files under root, in a stable order (never entering SKIP_DIRS)."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIP_DIRS)
        for name in sorted(names):
            path = Path(folder) / name
            if path.suffix in TEXT_SUFFIXES and path.is_file() and path.resolve() not in leave_out:
                yield path


def read_report(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file; give the path of your plain-text copy of the report")
    except IsADirectoryError:
        raise ReportError(f"{path} is a folder; give the path of the report's .txt file in it")
    except UnicodeDecodeError:
        raise ReportError(f"{path} is not UTF-8 text; convert the report to plain text first (e.g. pdftotext)")
    except OSError as exc:
        raise ReportError(f"cannot read {path}: {exc.strerror or exc}")
    if len(WORD.findall(text)) < 1000:
        raise ReportError(f"{path} has under 1,000 words: it is not a copy of the report")
    return text


def check(root: Path, report: Path, copy_words: int = COPY_WORDS, review_words: int = REVIEW_WORDS) -> OverlapResult:
    """Compare every course file under root with the report."""
    root = root.resolve()
    report_text = read_report(report)
    copy_phrases = report_phrases(report_text, copy_words)
    review_phrases = report_phrases(report_text, review_words) if review_words < copy_words else set()
    result = OverlapResult()
    for path in course_files(root, leave_out={report.resolve()}):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # not a text file after all
        result.files += 1
        tokens = words(text)
        mask = quotation_mask(text)
        quoted = [mask.find(0, start, end) == -1 for _, start, end in tokens]

        def run(first: int, last: int, inside: bool) -> Run:
            start, end = tokens[first][1], tokens[last][2]
            return Run(path.relative_to(root), text.count("\n", 0, start) + 1, last - first + 1, inside,
                       " ".join(text[start:end].split()))

        copied_words = set()
        for first, last, inside in shared_runs(tokens, copy_phrases, copy_words, quoted):
            if inside:
                result.quoted.append(run(first, last, inside))
            elif last - first + 1 >= MIN_FRAGMENT:
                result.copied.append(run(first, last, inside))
                copied_words.update(range(first, last + 1))
        for first, last, inside in shared_runs(tokens, review_phrases, review_words, quoted):
            if not inside and last - first + 1 >= review_words and copied_words.isdisjoint(range(first, last + 1)):
                result.review.append(run(first, last, inside))
    return result


def render(result: OverlapResult, copy_words: int = COPY_WORDS, review_words: int = REVIEW_WORDS,
           show_quoted: bool = False) -> list[str]:
    """The lines the command prints: one per run, then the totals."""
    lines = [f"COPIED {run.path}:{run.line} ({run.words} words): {run.text[:240]}" for run in result.copied]
    lines += [f"REVIEW {run.path}:{run.line} ({run.words} words): {run.text[:240]}" for run in result.review]
    if show_quoted:
        lines += [f"QUOTED {run.path}:{run.line} ({run.words} words): {run.text[:240]}" for run in result.quoted]
    lines.append(f"overlap: {result.files} files checked, {result.copied_words} copied words, "
                 f"{result.quoted_words} quoted words (runs of >= {copy_words} words)")
    if review_words < copy_words:
        lines.append(f"review: {len(result.review)} runs of {review_words} or more words outside quotations to "
                     f"rewrite or quote (not a failure)")
    return lines
