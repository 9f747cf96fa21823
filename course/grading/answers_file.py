"""Answers files: what a learner exports from an exercise page, graded like a Python file.

A learner who answers on the book page presses "Export my answers" and gets
``ch07_export_controls.answers.json``::

    {"format": "course-answers/1", "chapter": "ch07_export_controls",
     "answers": {"Q7_1": "d", "Q7_3": ["a", "b", "e"], "Q7_8": 6}}

`course grade` and `course check` accept it beside (or instead of) Python files. The
file is untrusted data: it is size-capped, must be UTF-8 JSON, is validated with a
JSON Schema (the envelope, then each answer against its item's kind), may only name
the answerable items of its own chapter, and is then turned into the Python source
that the same answers typed into ``ch07_export_controls.py`` would be (literal
assignments only, written with ``ascii()``/``repr()`` of checked values, so nothing
from the file can become code). That source is graded by the same specs, in the same
sandbox, as any Python file.

Function items are answered on the page too (Run executes the code in the browser, on
Pyodide): their answer is the learner's code, a string of at most MAX_CODE characters.
It is code, and hostile: the trusted process never compiles or runs it. It goes into
the generated file as a string literal, and a fixed loader in that file compiles and
runs each block, in page order, inside the sandbox when the worker imports the module,
exactly where a Python file's code would run. A block that fails (a syntax error, an
exception) leaves its function raising that error, so that item scores nothing with
the usual message and the rest of the chapter is still graded.

When a submission holds both ``ch07_export_controls.py`` and its answers file, the
Python file wins and the answers file is reported as not used: a chapter is graded
from one file.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import jsonschema

from course.grading.spec import KINDS, MAX_CODE_CHARS

FORMAT = "course-answers/1"
SUFFIX = ".answers.json"
MAX_ANSWERS_BYTES = 256 << 10   # a chapter's longest written answers are a few KiB each
MAX_CODE = MAX_CODE_CHARS         # one function item's code (page_runner.MAX_CODE_CHARS)

# Which kinds an answers file may answer (every kind with a page form: Item.on_page), and
# the shape of each answer, are the kinds' own (Item.answer_schema, Item.answer_words in
# course/grading/spec.py).
ENVELOPE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format", "chapter", "answers"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "chapter": {"type": "string", "pattern": r"^ch\d\d_[a-z0-9_]{1,60}$"},
        "answers": {"type": "object", "maxProperties": 100,
                    "propertyNames": {"pattern": r"^[A-Za-z_][A-Za-z0-9_]{0,60}$"}},
    },
}
class AnswersFileError(Exception):
    """The answers file cannot be used; the message is one line saying why and what to do."""


def answers_name(slug: str) -> str:
    return f"{slug}{SUFFIX}"


def page_answerable(items) -> dict[str, str]:
    """{variable name: kind} for the items of a chapter a learner can answer on the page.

    `items` are spec items (objects with .name and .kind) or public-form dicts."""
    out = {}
    for item in items:
        name, kind = (item["name"], item["kind"]) if isinstance(item, dict) else (item.name, item.kind)
        if kind in KINDS and KINDS[kind].on_page:
            out[name] = kind
    return out


def _reject_constant(text: str):
    raise ValueError(f"{text} is not a number JSON allows")


def parse_answers(data: bytes, slug: str, answerable: dict[str, str], file_name: str | None = None) -> dict:
    """The checked answers of an answers file for chapter `slug`. Raises AnswersFileError."""
    file_name = file_name or answers_name(slug)
    again = "export it again from the chapter's exercise page"
    if len(data) > MAX_ANSWERS_BYTES:
        raise AnswersFileError(f"{file_name} is larger than {MAX_ANSWERS_BYTES >> 10} KiB; {again}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersFileError(f"{file_name} is not UTF-8 text; {again}") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        reason = str(exc).splitlines()[0][:100] if isinstance(exc, ValueError) else "nested too deeply"
        raise AnswersFileError(f"{file_name} is not valid JSON ({reason}); {again}") from None
    problem = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(ENVELOPE_SCHEMA).iter_errors(document))
    if problem is not None:
        where = "/".join(str(p) for p in problem.absolute_path) or "the file"
        raise AnswersFileError(f"{file_name} is not a course answers file ({where}: {_short(problem.message)}); {again}")
    if document["chapter"] != slug:
        raise AnswersFileError(f"{file_name} holds answers for {document['chapter']}, not {slug}; "
                               f"name each answers file after its own chapter")
    answers = {}
    for name, value in document["answers"].items():
        kind = answerable.get(name)
        if kind is None:
            raise AnswersFileError(f"{file_name} answers {name}, which is not an item of {slug} that can be "
                                   f"answered on the page; {again}")
        if value is None:
            continue  # not answered yet
        if not jsonschema.Draft202012Validator(KINDS[kind].answer_schema).is_valid(value):
            raise AnswersFileError(f"{file_name}: {name} should be {KINDS[kind].answer_words}; {again}")
        if isinstance(value, float) and not math.isfinite(value):
            raise AnswersFileError(f"{file_name}: {name} should be a finite number; {again}")
        answers[name] = value
    return answers


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _structured_literal(value) -> str:
    """Python source for a structured value the schema has checked: str, int, float, None,
    list and dict literals only, built piece by piece (never from repr() of a container)."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return ascii(value)
    if isinstance(value, bool):   # the schema refuses booleans; never let one through as code
        raise AnswersFileError("a yes/no value is not an answer here")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise AnswersFileError("a structured answer holds a number that is not finite")
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_structured_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{ascii(str(k))}: {_structured_literal(v)}" for k, v in value.items()) + "}"
    raise AnswersFileError("a structured answer holds a value of an unknown type")


def _literal(value, kind: str) -> str:
    """Python source for a checked value: only str, int, float, list, set and dict literals."""
    if KINDS[kind].answer_is_set:
        return "{" + ", ".join(ascii(v) for v in value) + "}" if value else "set()"
    if KINDS[kind].answer_is_nested:
        return _structured_literal(value)
    if isinstance(value, str):
        return ascii(value)
    if isinstance(value, bool):   # the schemas refuse booleans; never let one through as code
        raise AnswersFileError("a yes/no value is not an answer here")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(ascii(v) for v in value) + "]"
    return "{" + ", ".join(f"{ascii(k)}: {ascii(v)}" for k, v in value.items()) + "}"


# Runs inside the sandbox, when the worker imports the generated module: each function
# item's code, in page order, in the module's namespace (an item may reuse another's
# function). A block that fails leaves its function raising the block's error.
_CODE_LOADER = """

def _page_code_failed(error):
    def failed(*args, **kwargs):
        raise error
    return failed


for _page_name, _page_block in _page_code:
    try:
        exec(compile(_page_block, __file__, "exec"), globals())
    except BaseException as _page_error:
        globals()[_page_name] = _page_code_failed(_page_error)
del _page_code, _page_code_failed, _page_name, _page_block
"""


def answers_source(slug: str, answers: dict, answerable: dict[str, str]) -> str:
    """The Python file these answers stand for: the function items' code as string
    literals with the fixed loader above, then one literal assignment per other answer."""
    lines = [f'"""{slug}: answers exported from the exercise page (made by course grade)."""']
    code = [(name, value) for name, value in answers.items() if KINDS[answerable[name]].answer_is_code]
    if code:
        lines.append("_page_code = [" + ", ".join(f"({ascii(name)}, {ascii(value)})" for name, value in code) + "]")
        lines.append(_CODE_LOADER)
    lines += [f"{name} = {_literal(value, answerable[name])}" for name, value in answers.items()
              if not KINDS[answerable[name]].answer_is_code]
    return "\n".join(lines) + "\n"


def source_from_answers(data: bytes, slug: str, answerable: dict[str, str], file_name: str | None = None) -> bytes:
    """An answers file, checked and turned into Python source (UTF-8). Raises AnswersFileError."""
    return answers_source(slug, parse_answers(data, slug, answerable, file_name), answerable).encode("utf-8")


def read_answers_file(path: Path, slug: str, answerable: dict[str, str]) -> bytes:
    """Like source_from_answers, reading at most one byte beyond the size limit."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ANSWERS_BYTES + 1)
    except OSError as exc:
        raise AnswersFileError(f"{path.name} cannot be read ({exc.strerror})") from None
    return source_from_answers(data, slug, answerable, path.name)
