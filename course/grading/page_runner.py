"""Run a function item's example and practice cases on the exercise page (inside Pyodide).

The exercise page's Run button sends the learner's code here, in a Web Worker running
Pyodide (course-runner.js). The cases and the words of every message come from the
same code as the learner's Python self-check: `checks_from_public` builds the checks
from the item's public form (examples, then practice cases, as a learner release
carries them), `to_plain` turns a returned value into plain data as the sandboxed
worker does, and `same_answer_message` applies the same-answer rule. Nothing here
decides a grade: `course grade` runs the exported code again, in its sandbox.

This module runs in the browser, so it imports only the standard library and those
two modules (both standard-library only). The page copies course/grading/*.py into
Pyodide's file system at build time; tests/test_page_runner.py runs it in CPython.
"""
from __future__ import annotations

import json

from course.grading.feedback import feedback, page_translations
from course.grading.spec import checks_from_public, same_answer_message
from course.grading.worker import NotPlain, describe, to_plain

FILE_NAME = "your code"
MAX_CODE_CHARS = 20_000   # as answers_file.MAX_CODE: the export would refuse longer code


def _error_text(err: dict) -> str:
    """An error in the learner's code, worded as the self-check words it for a public case."""
    kind, message, line = err["kind"], err["message"], err.get("line")
    where = f"{FILE_NAME}, line {line}: " if line else ""
    if message.startswith("NotImplementedError"):
        return where + feedback("this function is not written yet")
    return f"{where}{message}"


def _call(namespace: dict, name: str, args: list, load_error: dict | None):
    """(plain value, None) or (None, message) for one call of the learner's function."""
    if load_error is not None:
        return None, _error_text(load_error)
    target = namespace.get(name)
    if target is None:
        return None, feedback("{name} is not defined in {file}").format(name=name, file=FILE_NAME)
    if not callable(target):
        return None, f"{name} is not a function"
    try:
        return to_plain(target(*json.loads(json.dumps(args)))), None
    except NotPlain as exc:
        return None, f"returned a value that is not plain data: {exc}"
    except BaseException as exc:  # SystemExit too: the learner's code must not end the runner
        return None, _error_text(describe(exc, FILE_NAME))


def run_item(public_item: dict, slug: str, code: str, other_code: list[str] = ()) -> dict:
    """Results of the item's example and practice cases for `code`.

    `other_code` is the learner's code for the page's other function items, run first
    (an item may reuse another's function, as 7.7 does); an error there is not this
    item's. `course grade` runs every block in page order in one module, the same way.
    Returns {"cases": [{"label", "passed", "message"}], "passed": n, "total": n}."""
    if len(code) > MAX_CODE_CHARS:
        message = f"Your code is longer than {MAX_CODE_CHARS:,} characters; shorten it."
        return {"cases": [], "passed": 0, "total": 0, "error": message}
    checks = [c for c in checks_from_public({"salt": None, "slug": slug, "items": [public_item]}) if not c.manual]
    namespace = {"__name__": slug}
    for block in other_code:
        try:
            exec(compile(block, "other items' code", "exec"), namespace)  # noqa: S102
        except BaseException:  # reported when that item is run
            pass
    load_error = None
    try:
        exec(compile(code, FILE_NAME, "exec"), namespace)  # noqa: S102  (in the browser's sandbox, by design)
    except BaseException as exc:
        load_error = describe(exc, FILE_NAME)
    answered, cases = [], []
    for check in checks:
        value, problem = _call(namespace, check.request["name"], check.request.get("args", []), load_error)
        if problem is None:
            passed, message = check.judge(value)
            answered.append((check, value))
        else:
            passed, message = False, problem
        cases.append({"label": check.label, "passed": bool(passed), "message": message})
    rule = same_answer_message(public_item["name"], answered)
    if rule is not None:
        for case in cases:
            case["passed"], case["message"] = False, rule
    return {"cases": cases, "passed": sum(c["passed"] for c in cases), "total": len(cases)}


def run_json(request: str) -> str:
    """The entry point the worker calls: a JSON request in, a JSON result out."""
    document = json.loads(request)
    # A translated page sends its feedback templates (course_runner.items_script); English sends none.
    with page_translations(document.get("feedback")):
        result = run_item(document["item"], document["slug"], document["code"], document.get("other_code", []))
    return json.dumps(result)
