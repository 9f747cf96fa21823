"""Advice for the mistakes a learner who is new to Python makes in an exercise file.

Two jobs, both on the trusted side and both treating the learner's file as data:

* ``readable_source``: a file saved in another encoding (Windows-1252 from an old
  editor, UTF-16 from Notepad) would fail to import with a raw codec error and zero
  the chapter. We read it, say how we read it, and hand the sandbox a UTF-8 copy.
* ``import_advice``: turn the error that stopped a file from loading into a sentence
  that names the line's variable and the fix (``Q7_1 = d`` -> put text in quotes).
"""
from __future__ import annotations

import codecs
import io
import re
import tokenize

from course.grading.feedback import feedback

MAX_DECODE_BYTES = 4 << 20  # larger files go to the sandbox as they are (its limits apply)


def _declared_encoding(data: bytes) -> str | None:
    """The encoding a coding cookie or BOM declares, if that encoding reads the file."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return None
    return encoding


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: plain ASCII text then has a zero byte in every other place."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def readable_source(data: bytes, file_name: str) -> tuple[str | None, str | None]:
    """(UTF-8 text to grade instead, or None to use the file as it is; a warning or None)."""
    if len(data) > MAX_DECODE_BYTES:
        return None, None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None, None
        return text, feedback("{file} is saved as UTF-16; it was read as UTF-16. Save it as UTF-8 "
                              "(in most editors: Save as, Encoding: UTF-8) so every tool can read it.").format(file=file_name)
    if _declared_encoding(data):
        return None, None  # UTF-8 (with or without BOM), or an encoding the file declares itself
    guess = _looks_utf16(data)
    if guess:
        try:
            return data.decode(guess), feedback("{file} is saved as UTF-16; it was read as UTF-16. Save it as "
                                                "UTF-8 (in most editors: Save as, Encoding: UTF-8).").format(file=file_name)
        except UnicodeDecodeError:
            pass
    text = data.decode("cp1252", errors="replace")
    return text, feedback("{file} is not saved as UTF-8; it was read as Windows-1252 (cp1252). Check that "
                          "accented letters in your answers look right, and save it as UTF-8 next time "
                          "(in most editors: Save as, Encoding: UTF-8).").format(file=file_name)


_NAME_ERROR = re.compile(r"NameError: name '([A-Za-z_]\w*)' is not defined")
_ASSIGNED = re.compile(r"\s*([A-Za-z_]\w*)\s*=[^=]")


def import_advice(message: str, line_text: str | None) -> str | None:
    """A plain sentence for an error that stopped the file loading, or None."""
    found = _NAME_ERROR.search(message or "")
    if not found:
        return None
    bare = found.group(1)
    target = _ASSIGNED.match(line_text or "")
    if target:
        name = target.group(1)
        return feedback('{name} = {bare}: Python reads {bare} as the name of something, and nothing is called '
                        '{bare}. Put text in quotes: {name} = "{bare}"').format(name=name, bare=bare)
    return feedback('Python does not know the name {bare}. If it is text (an answer, a label), put it in quotes: '
                    '"{bare}"').format(bare=bare)


def source_line(text: str | None, line: int | None) -> str | None:
    """Line `line` (1-based) of the learner's file, or None."""
    if not text or not line or line < 1:
        return None
    lines = text.splitlines()
    return lines[line - 1][:300] if line <= len(lines) else None
