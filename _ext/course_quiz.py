"""Answer-on-the-page forms for an exercise page: the chapter's bar (progress, export,
import and the items' public forms as data) and the page's script and CSS.

Each item's form is its kind's ``form_html`` (``course/grading/spec.py``): plain HTML
(native inputs with labels, a fieldset and legend), so it works with a keyboard, a
screen reader and on a phone; ``course-quiz.js`` checks it against the item's public
form (``Item.page_data``), the same salted hashes a practice release carries, and
exports ``chNN_slug.answers.json`` for ``course grade``. Items of kinds not answerable
on the page say plainly where they are answered. The script and its CSS are added
only to pages that hold a form (``html-page-context``), not to every page; they live
in ``_ext/quiz_static/``, not ``_static/``, because Jupyter Book adds every CSS and JS
file under ``_static/`` to every page.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

from docutils import nodes

from course.grading.markup import ENGLISH, FormText
from course.grading.structured_form import MARKER as STRUCTURED_MARKER
MARKER = "course-quiz-bar"


def page_salt(slug: str) -> str:
    """The salt of the page's answer hashes. It is public, as every practice release's is:
    it only stops one table of hashes from serving every copy."""
    return f"book-page:{slug}"


def chapter_bar(chapter, exam: bool = False, text: FormText = ENGLISH, labels: dict | None = None) -> str:
    """The bar above the items: what the self-check is, progress, export and import, and the
    items' public forms as JSON data (salted hashes only: no answer in plain text).

    `text` gives the bar's words in the page's language (English by default); `labels` are
    the scripts' translated words (``script_labels`` in course/i18n/messages.py), sent in
    the data only when there are some, so an English page carries nothing extra."""
    salt = None if exam else page_salt(chapter.slug)
    items = [item.page_data(salt) for item in chapter.items if item.on_page]
    document = {"slug": chapter.slug, "salt": salt, "items": items, **({"labels": labels} if labels else {})}
    # A translated page keeps its letters as UTF-8 (a Cyrillic letter escaped as \uXXXX takes
    # 6 bytes, not 2); an English page keeps the ASCII data it always had.
    data = json.dumps(document, ensure_ascii=not labels).replace("</", "<\\/")
    intro = text.page_text(
        "<strong>Answer on this page.</strong> Press <em>Check</em> under an item for instant feedback. "
        "This self-check tells you whether an answer is right, so anyone could find the answers by trying "
        "them: it is for practice, not a test. Your answers stay in this browser. "
        "<em>Export my answers</em> saves {file}, which you can hand in "
        "instead of the Python file for these items.").format(file=f"<code>{escape(chapter.slug)}.answers.json</code>")
    # Labels outside the f-strings: `course translations extract` does not look inside them.
    export, load = text.page_text("Export my answers"), text.page_text("Import answers")
    file_label = escape(text.page_text("Answers file to import"))
    return (f'<div class="{MARKER}" data-chapter="{escape(chapter.slug)}">'
            f'<p>{intro}</p>'
            '<p class="course-quiz-progress" aria-live="polite"></p>'
            f'<p><button type="button" class="course-quiz-export">{export}</button> '
            f'<button type="button" class="course-quiz-import">{load}</button>'
            '<input type="file" class="course-quiz-import-file" accept=".json,application/json" hidden '
            f'aria-label="{file_label}"></p>'
            '<p class="course-quiz-status" role="status" aria-live="polite"></p>'
            f'<script type="application/json" class="course-quiz-data">{data}</script></div>')


def raw(html: str) -> nodes.raw:
    return nodes.raw("", html, format="html")


def _add_assets(app, pagename, templatename, context, doctree):
    # Only pages that hold a form get the script and its CSS (page weight). The builder's
    # lists are reset for every page; app.add_js_file would also register the file for
    # every page written after this one.
    if MARKER in context.get("body", "") and hasattr(app.builder, "add_js_file"):
        app.builder.add_css_file("course-quiz.css", priority=800)
        app.builder.add_js_file("course-quiz.js", defer="defer", priority=800)
    if STRUCTURED_MARKER in context.get("body", "") and hasattr(app.builder, "add_js_file"):
        # Before course-quiz.js (both deferred, so they run in this order): it defines
        # window.courseStructured, which course-quiz.js calls.
        app.builder.add_css_file("course-structured.css", priority=800)
        app.builder.add_js_file("course-structured.js", defer="defer", priority=790)


QUIZ_STATIC = Path(__file__).resolve().parent / "quiz_static"


def _add_static_path(app):
    # Copied into the site's _static/ with the theme's files, but not listed on every page.
    app.config.html_static_path = [*app.config.html_static_path, str(QUIZ_STATIC)]


def setup(app):
    app.connect("builder-inited", _add_static_path)
    app.connect("html-page-context", _add_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
