"""Learner text is data: make it safe for every file the grader writes.

Anything a learner controls (answers, file and folder names, messages from their
code, which may quote their values) passes through here before it reaches a CSV
cell, a Markdown page or an HTML page:

- `clean`: valid Unicode only (a lone surrogate would crash writing), no control
  characters (terminal escape sequences), newlines kept only where asked;
- `csv_cell`: a cell a spreadsheet shows as text, never runs as a formula (OWASP:
  a cell starting with = + - @, tab or CR gets a leading single quote);
- `md_inline`: one line of Markdown that renders as the literal text (no links,
  images, headings, emphasis or raw HTML from it).
"""
from __future__ import annotations

import functools
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# C0 and C1 control characters (ESC starts terminal escape sequences), DEL, and
# the Unicode bidi controls that can make a line read differently from its bytes.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that
# start inline syntax (links, images, emphasis, code, raw HTML, entities, tables).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#!|~&])")
# What makes a line a list item, quote, heading, rule or table when it comes first.
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=>])")


def clean(value, keep_newlines: bool = False) -> str:
    """`value` as text with valid Unicode and no control characters."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable() or (keep_newlines and "\r" not in text and "\t" not in text
                              and text.replace("\n", "").isprintable()):
        # The common case, tested at C speed: surrogates, control and bidi characters are
        # all unprintable (and \r, \t, \n too), so a printable text needs no change.
        return text
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\n", " ")
    return _CONTROL.sub("", text)


def csv_cell(value) -> str:
    """One CSV cell that a spreadsheet program shows as text, never evaluates."""
    if value is None:
        return ""
    raw = value if isinstance(value, str) else str(value)
    text = clean(raw, keep_newlines=True)
    return "'" + text if raw.startswith(FORMULA_STARTS) or text.startswith(FORMULA_STARTS) else text


def from_csv_cell(text: str) -> str:
    """Undo `csv_cell` for a value read back from a sheet this package wrote."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def md_inline(value, limit: int | None = None) -> str:
    """Learner text as one line of Markdown that shows exactly that text."""
    return _md_inline(value if isinstance(value, str) else str(value), limit)


@functools.lru_cache(maxsize=2048)   # feedback pages repeat the same messages for a whole class
def _md_inline(value: str, limit: int | None) -> str:
    text = " ".join(clean(value).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 3] + "..."
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)
