"""Function items on the exercise page: a code box, Run, and each case's feedback.

The form is a labelled ``<textarea>`` and a Run button inside the same kind of form as
the other items (``Function.form_html`` in course/grading/spec.py), so course-quiz.js saves the code in the browser and
puts it in the exported answers file. Pressing Run loads ``course-runner.js``, the
packed Pyodide runtime and the course's grading modules, and runs the item's example
and practice cases in a Web Worker (see course-runner.js and
course/grading/page_runner.py). Until Run is pressed a page loads none of it.

At build time (``builder-inited``) this extension finds the runtime in the cache, or
fetches it (course/pyodide_runtime.py), and writes two scripts: ``course/grading/*.py``
and the function items' public forms. Every file has a fixed name under ``_static/``, so
a page never names the runtime. Without the runtime the book still builds, and Run says
that running code is not available in this copy and points to the routes that remain.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from sphinx.util import logging

GRADING_SCRIPT = "course-grading-py.js"
ITEMS_SCRIPT = "course-runner-items.js"
ROOT = Path(__file__).resolve().parents[1]

logger = logging.getLogger(__name__)


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


def items_script(root: Path = ROOT, language: str | None = None) -> str:
    """Every function item's public form (its example and practice cases, as a learner
    release carries them; never the instructor's hidden cases), by chapter and item. A
    separate script, loaded on the first Run, so the exercise pages carry none of it.
    In a translated build the hints are in its language, and the script carries that
    language's feedback templates for the page's Python (``feedback_table``)."""
    from course.grading.runner import load_chapters
    from course.i18n.item_messages import feedback_table, translated_chapter

    items = {}
    for slug, chapter in load_chapters(root).items():
        spec = translated_chapter(chapter.spec, language, root)
        forms = {item.id: {**item.public(""), "prompt": ""} for item in spec.items if item.runs_code}
        if forms:
            items[slug] = forms
    table = feedback_table(language, root)
    return ("/* Function items' public forms, for the exercise page's Run button (course_runner.py). */\n"
            "self.courseRunnerItems = " + json.dumps(items, ensure_ascii=True) + ";\n"
            + ("self.courseRunnerFeedback = " + json.dumps(table, ensure_ascii=True) + ";\n" if table else ""))


def _find_runtime(app):
    sys.path.insert(0, str(ROOT)) if str(ROOT) not in sys.path else None
    from course import pyodide_runtime

    folder, why = pyodide_runtime.available(try_fetch=True)
    if folder is None:
        # Not a warning: the build runs with warnings as errors, and a book without the
        # runtime is still a working book (Run says that code cannot run in this copy).
        logger.info(f"course_runner: Pyodide not included ({why}); Run will say so")
    else:
        app.config.html_static_path = [*app.config.html_static_path, str(folder)]
    scripts = Path(app.doctreedir).parent / "course-runner-static"
    scripts.mkdir(parents=True, exist_ok=True)
    (scripts / GRADING_SCRIPT).write_text(grading_script(), encoding="ascii")
    (scripts / ITEMS_SCRIPT).write_text(items_script(language=getattr(app.config, "language", None)), encoding="ascii")
    app.config.html_static_path = [*app.config.html_static_path, str(scripts)]


def setup(app):
    app.connect("builder-inited", _find_runtime)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
