"""Markdown and HTML snippets the item kinds render their exercise-page parts with.

Plain strings only: the book's Sphinx extensions (``_ext/course_exercises.py``,
``_ext/course_quiz.py``) place them on the page, so the grader never imports Sphinx.
"""
from __future__ import annotations

import pprint
from html import escape


def python_source(value) -> str:
    """A value as Python source (True, None, 'text'), wrapped when long."""
    return pprint.pformat(value, width=88, sort_dicts=False)


def fence(language: str, body: str) -> list[str]:
    """A fenced code block, as Markdown lines."""
    return [f"```{language}", *body.rstrip().splitlines(), "```", ""]


def print_only(lines: list[str]) -> list[str]:
    """Markdown shown in print (the PDF) but not on the web page, where a form says the same."""
    return ["```{only} not html", "", *lines, "```", ""]


def option_text(markdown: str) -> str:
    """Option text for a label: the Markdown marks a reader would not want to see spelled out."""
    return escape(markdown.replace("**", "").replace("`", ""))


def dom_id(slug: str, item_id: str, *parts: str) -> str:
    return "-".join(["q", slug[:4], item_id.replace(".", "-"), *[p.replace(" ", "_") for p in parts]])


def quiz_form(slug: str, item_id: str, legend: str, rows: list[str]) -> str:
    """The answer-on-the-page form around one item's inputs (``_ext/quiz_static/course-quiz.js`` reads it)."""
    return (f'<form class="course-quiz" data-chapter="{escape(slug)}" data-item="{escape(item_id)}">'
            f'<fieldset><legend>{legend} (item {escape(item_id)})</legend>{"".join(rows)}</fieldset>'
            f'<button type="submit" class="course-quiz-check">Check {escape(item_id)}</button>'
            f'<p class="course-quiz-feedback" role="status" aria-live="polite"></p></form>')


ELSEWHERE_NOTE = ("<p class=\"course-quiz-elsewhere\">This item is answered in Python for now, in your exercise file; "
                  "it cannot be answered on this page yet.</p>")
