"""Function items on the exercise page: a code box, Run, and each case's feedback.

The form is a labelled ``<textarea>`` and a Run button inside the same kind of form as
the other items (course_quiz.py), so course-quiz.js saves the code in the browser and
puts it in the exported answers file. Pressing Run loads ``course-runner.js``, the
packed Pyodide runtime and the course's grading modules, and runs the item's example
and practice cases in a Web Worker (see course-runner.js and
course/grading/page_runner.py). Until Run is pressed a page loads none of it.

At build time (``builder-inited``) this extension finds the runtime in the cache, or
fetches it (course/pyodide_runtime.py), and packs ``course/grading/*.py`` into one
script. Without the runtime the book still builds, and each function item says that
running code is not available in this copy and points to the routes that remain.
"""
from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from sphinx.util import logging

RUNNER_KINDS = ("function",)
GRADING_SCRIPT = "course-grading-py.js"
ROOT = Path(__file__).resolve().parents[1]

logger = logging.getLogger(__name__)
_runtime = {"bundle": None, "why": "the build has not looked for it yet"}


def grading_script(root: Path = ROOT) -> str:
    """course/grading/*.py as one script: the worker writes them into Pyodide's file system.
    All of them, so that page_runner's imports (spec, worker, and whatever spec comes to
    import) are there; the package's __init__ files are left empty (nothing else is loaded)."""
    files = {"course/__init__.py": "", "course/grading/__init__.py": ""}
    for path in sorted((root / "course" / "grading").glob("*.py")):
        if path.name != "__init__.py":
            files[f"course/grading/{path.name}"] = path.read_text(encoding="utf-8")
    return ("/* The course's grading modules, for the exercise page's Run button (course_runner.py). */\n"
            "self.courseGradingFiles = " + json.dumps(files, ensure_ascii=True) + ";\n")


def runner_config() -> dict:
    """What course-quiz.js needs to find the runner's files (relative to its own URL)."""
    return {"bundle": _runtime["bundle"], "grading": GRADING_SCRIPT}


def starter_code(item) -> str:
    return f"def {item.signature}:\n    ...\n"


def function_form(slug: str, item) -> str:
    """The code box and Run button for one function item."""
    from course_quiz import _dom_id

    box = _dom_id(slug, item.id, "code")
    if _runtime["bundle"]:
        note = ("Press <em>Run</em> to try your code on the examples above and on further practice cases. "
                "It runs in this browser, offline; the first run starts Python, which takes a while.")
    else:
        note = unavailable_note(slug)
    return (f'<form class="course-quiz course-runner" data-chapter="{escape(slug)}" data-item="{escape(item.id)}">'
            f'<fieldset><legend>Write the function (item {escape(item.id)})</legend>'
            f'<p class="course-runner-note">{note}</p>'
            f'<label for="{box}">Your code for <code>{escape(item.name)}</code></label>'
            f'<textarea id="{box}" class="course-runner-code" rows="12" spellcheck="false" autocapitalize="off" '
            f'autocomplete="off" data-starter="{escape(starter_code(item))}">{escape(starter_code(item))}</textarea>'
            f'</fieldset><button type="submit" class="course-quiz-check">Run {escape(item.id)}</button>'
            f'<p class="course-quiz-feedback" role="status" aria-live="polite"></p>'
            f'<ul class="course-runner-cases"></ul></form>')


def unavailable_note(slug: str) -> str:
    return ("Running code on this page is not available in this copy of the book (it was built without the "
            "Python runtime). Your code is still saved here and goes into your exported answers, and your "
            "instructor's grading runs it. To try it now, use the Python file "
            f"<code>exercises/{escape(slug)}.py</code> and <code>course check</code>; or take the route "
            "without code: the other items on this page need no programming.")


def _find_runtime(app):
    sys.path.insert(0, str(ROOT)) if str(ROOT) not in sys.path else None
    from course import pyodide_runtime

    folder, why = pyodide_runtime.available(try_fetch=True)
    if folder is None:
        _runtime.update(bundle=None, why=why)
        # Not a warning: the build runs with warnings as errors, and a book without the
        # runtime is still a working book (its pages say that code cannot run there).
        logger.info(f"course_runner: Pyodide not included ({why}); function items will say so")
    else:
        _runtime.update(bundle=pyodide_runtime.bundle_name(), why="")
        app.config.html_static_path = [*app.config.html_static_path, str(folder)]
    scripts = Path(app.doctreedir).parent / "course-runner-static"
    scripts.mkdir(parents=True, exist_ok=True)
    (scripts / GRADING_SCRIPT).write_text(grading_script(), encoding="ascii")
    app.config.html_static_path = [*app.config.html_static_path, str(scripts)]


def setup(app):
    app.connect("builder-inited", _find_runtime)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
