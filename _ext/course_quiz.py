"""Answer-on-the-page forms for an exercise page's discrete items (choice, multi-choice,
ordering, matching, number) and written answers (their structure checks).

Each form is plain HTML (native inputs with labels, a fieldset and legend), so it works
with a keyboard, a screen reader and on a phone; ``_static/course-quiz.js`` checks it
against the item's public form, the same salted hashes a practice release carries
(``Item.public``), and exports ``chNN_slug.answers.json`` for ``course grade``. Items
of other kinds say plainly where they are answered. The script and its CSS are added
only to pages that hold a form (``html-page-context``), not to every page; they live
in ``_ext/quiz_static/``, not ``_static/``, because Jupyter Book adds every CSS and JS
file under ``_static/`` to every page.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

from docutils import nodes

from course.grading.spec import PAGE_KINDS as QUIZ_KINDS  # the subject-route kinds: one definition
from course_structured import MARKER as STRUCTURED_MARKER, structured_fields
MARKER = "course-quiz-bar"


def page_salt(slug: str) -> str:
    """The salt of the page's answer hashes. It is public, as every practice release's is:
    it only stops one table of hashes from serving every copy."""
    return f"book-page:{slug}"


def _text(markdown: str) -> str:
    """Option text for a label: the Markdown marks a reader would not want to see spelled out."""
    return escape(markdown.replace("**", "").replace("`", ""))


def _dom_id(slug: str, item_id: str, *parts: str) -> str:
    return "-".join(["q", slug[:4], item_id.replace(".", "-"), *[p.replace(" ", "_") for p in parts]])


def item_form(slug: str, item) -> str:
    """The HTML form for one discrete item."""
    base = _dom_id(slug, item.id)
    rows = []
    if item.kind in ("choice", "multi"):
        kind = "radio" if item.kind == "choice" else "checkbox"
        for letter, text in item.options.items():
            box = _dom_id(slug, item.id, letter)
            rows.append(f'<div class="course-quiz-option"><input type="{kind}" id="{box}" name="{base}" '
                        f'value="{escape(letter.lower())}"><label for="{box}"><b>{escape(letter)}</b> {_text(text)}</label></div>')
        legend = "Choose one" if item.kind == "choice" else "Choose all that apply"
    elif item.kind == "ordering":
        choices = "".join(f'<option value="{escape(k.lower())}">{escape(k)}: {_text(v)}</option>' for k, v in item.entries.items())
        for n in range(1, len(item.entries) + 1):
            box = _dom_id(slug, item.id, str(n))
            rows.append(f'<div class="course-quiz-row"><label for="{box}">{"Earliest" if n == 1 else f"Place {n}"}</label>'
                        f'<select id="{box}"><option value="">(choose)</option>{choices}</select></div>')
        legend = "Put in order, first at the top"
    elif item.kind == "matching":
        choices = "".join(f'<option value="{escape(k.lower())}">{escape(k)}: {_text(str(v))}</option>' for k, v in item.right.items())
        for key, text in item.left.items():
            box = _dom_id(slug, item.id, key)
            rows.append(f'<div class="course-quiz-row"><label for="{box}">{_text(str(text))}</label>'
                        f'<select id="{box}" data-key="{escape(str(key).strip().lower())}"><option value="">(choose)</option>{choices}</select></div>')
        legend = "Match each one"
    elif item.kind == "written":
        box = _dom_id(slug, item.id, "text")
        rows.append(f'<label for="{box}">Your answer (the structure is checked here; your instructor grades the '
                    f'content)</label><textarea id="{box}" rows="12" spellcheck="true"></textarea>')
        legend = "Write your answer"
    elif item.kind == "structured":
        rows.append(structured_fields(slug, item))
        legend = "Fill in the assessment"
    else:  # number
        box = _dom_id(slug, item.id, "n")
        rows.append(f'<div class="course-quiz-row"><label for="{box}">Your number</label>'
                    f'<input type="text" inputmode="decimal" id="{box}" autocomplete="off" size="12"></div>')
        legend = "Give a number"
    return (f'<form class="course-quiz" data-chapter="{escape(slug)}" data-item="{escape(item.id)}">'
            f'<fieldset><legend>{legend} (item {escape(item.id)})</legend>{"".join(rows)}</fieldset>'
            f'<button type="submit" class="course-quiz-check">Check {escape(item.id)}</button>'
            f'<p class="course-quiz-feedback" role="status" aria-live="polite"></p></form>')


def elsewhere_note(item) -> str:
    return ("<p class=\"course-quiz-elsewhere\">This item is answered in Python for now, in your exercise file; "
            "it cannot be answered on this page yet.</p>")


def chapter_bar(chapter, exam: bool = False) -> str:
    """The bar above the items: what the self-check is, progress, export and import, and the
    items' public forms as JSON data (salted hashes only: no answer in plain text)."""
    from course_runner import RUNNER_KINDS

    salt = None if exam else page_salt(chapter.slug)
    items = []
    for item in chapter.items:
        if item.kind in RUNNER_KINDS:   # its cases load with the runner, on the first Run (course_runner.py)
            items.append({"id": item.id, "name": item.name, "kind": item.kind})
            continue
        if item.kind not in QUIZ_KINDS:
            continue
        public = item.public(salt)
        keep = ("id", "name", "kind", "hint", "places", "hash", "pairs", "most_per_letter", "rules", "why_sealed")
        items.append({k: public[k] for k in keep if k in public})
    data = json.dumps({"slug": chapter.slug, "salt": salt, "items": items}, ensure_ascii=True).replace("</", "<\\/")
    return (f'<div class="{MARKER}" data-chapter="{escape(chapter.slug)}">'
            '<p><strong>Answer on this page.</strong> Press <em>Check</em> under an item for instant feedback. '
            'This self-check tells you whether an answer is right, so anyone could find the answers by trying '
            'them: it is for practice, not a test. Your answers stay in this browser. '
            f'<em>Export my answers</em> saves <code>{escape(chapter.slug)}.answers.json</code>, which you can hand in '
            'instead of the Python file for these items.</p>'
            '<p class="course-quiz-progress" aria-live="polite"></p>'
            '<p><button type="button" class="course-quiz-export">Export my answers</button> '
            '<button type="button" class="course-quiz-import">Import answers</button>'
            '<input type="file" class="course-quiz-import-file" accept=".json,application/json" hidden '
            'aria-label="Answers file to import"></p>'
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
