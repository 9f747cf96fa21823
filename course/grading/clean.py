"""Make text that came from learner code safe to store: the trusted boundary's filter.

Everything the sandboxed worker says passes through `clean_value` where its JSON is
parsed (``sandbox._parse_answer``), so every record, gradebook cell and feedback page
downstream only ever sees clean text:

* invalid Unicode (a lone surrogate from ``"\\ud800"`` in JSON) becomes U+FFFD, so
  writing any output as UTF-8 cannot fail;
* terminal escape sequences (CSI ``ESC [ ... m``, OSC ``ESC ] ... BEL``) are removed
  whole, so they cannot recolour or rewrite an instructor's terminal or a ``.md`` page;
* every other control character is removed, except newline and tab.
"""
from __future__ import annotations

import re

# ESC [ params intermediates final  |  ESC ] ... (BEL or ESC \)  |  ESC and one more character
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
# C0 controls except \t and \n, DEL, and the C1 controls.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """`text` with invalid Unicode replaced and control characters (except \\n, \\t) removed."""
    if not isinstance(text, str):
        text = str(text)
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():
        # The common case, tested at C speed: no surrogate, escape or other control
        # character is printable, so there is nothing to remove.
        return text
    # A lone surrogate cannot be encoded as UTF-8 (json.loads joins valid pairs already).
    text = _SURROGATE.sub("\ufffd", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)


def too_deep(value, limit: int) -> bool:
    """True if lists/dicts in `value` nest more than `limit` levels (checked without recursion)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            if depth >= limit:
                return True
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


class TooDeep(ValueError):
    """Lists/dicts nested deeper than the limit: more than the worker ever sends."""


def clean_value(value, limit: int | None = None):
    """A JSON value with every string in it (keys too) cleaned by `clean_text`.

    With `limit`, a list or dict nested `limit` levels or more inside `value` (the value
    itself is level 0) raises TooDeep, found in the same pass: one walk over each answer
    instead of two is a tenth of the grader's own work on a large class.
    """
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, dict)):
        if limit is not None and limit <= 0:
            raise TooDeep("nested too deep")
        inner = None if limit is None else limit - 1
        if isinstance(value, list):
            return [clean_value(v, inner) for v in value]
        return {clean_text(k): clean_value(v, inner) for k, v in value.items()}
    return value
