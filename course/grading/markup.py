"""Markdown and HTML snippets the item kinds render their exercise-page parts with.

Plain strings only: the book's Sphinx extensions (``_ext/course_exercises.py``,
``_ext/course_quiz.py``) place them on the page, so the grader never imports Sphinx.
"""
from __future__ import annotations

import pprint
from dataclasses import dataclass
from html import escape
from typing import Callable


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


def page_label(message: str) -> str:
    """Marks an English page label defined before the page's language is known (a kind's
    title): `course translations extract` collects it into messages/pages.pot, and the page
    translates it where it shows it (``FormText.page_text``)."""
    return message


def _same(message: str) -> str:
    return message


@dataclass(frozen=True)
class FormText:
    """The words of the answer-on-the-page forms, in the page's language. English by default,
    so the grader needs no catalog and no Sphinx; the book's extension passes the
    translations (``course/i18n/exercise_forms.py``).

    ``labels``: a fixed English label -> its translation (the page-label catalog; labels
    may hold inline HTML such as ``<em>``, translations keep it). ``listed``: a message of
    the page's own catalog, the Markdown line the printed list shows ("**b**: text") -> its
    translation. Both give back the English when they have nothing better.
    """

    labels: Callable[[str], str] = _same
    listed: Callable[[str], str] = _same

    def page_text(self, message: str) -> str:
        """A fixed label (the name marks it for `course translations extract`)."""
        return self.labels(message)

    def entry(self, prefix: str, english: str) -> str:
        """One listed entry's text (an option, an order entry, a match key) in the page's language.

        `prefix` is the entry's key as the printed list writes it (``**b**``, ```key```): the
        translated line must start with it, or the English stays (a translation that lost
        its letter could put the wrong text beside a box)."""
        message = f"{prefix}: {english}"
        translated = self.listed(message)
        head = f"{prefix}:"
        if translated == message or not translated.startswith(head) or not translated[len(head):].strip():
            return english
        return translated[len(head):].strip()


ENGLISH = FormText()


def quiz_form(slug: str, item_id: str, legend: str, rows: list[str], text: FormText = ENGLISH) -> str:
    """The answer-on-the-page form around one item's inputs (``_ext/quiz_static/course-quiz.js`` reads it).
    `legend` comes already in the page's language."""
    # Labels outside the f-strings: `course translations extract` does not look inside them.
    legend = text.page_text("{legend} (item {item})").format(legend=legend, item=escape(item_id))
    check = text.page_text("Check {item}").format(item=escape(item_id))
    return (f'<form class="course-quiz" data-chapter="{escape(slug)}" data-item="{escape(item_id)}">'
            f'<fieldset><legend>{legend}</legend>{"".join(rows)}</fieldset>'
            f'<button type="submit" class="course-quiz-check">{check}</button>'
            '<p class="course-quiz-feedback" role="status" aria-live="polite"></p></form>')


def elsewhere_note(text: FormText = ENGLISH) -> str:
    """What an item with no form on the page says instead."""
    return ('<p class="course-quiz-elsewhere">'
            + text.page_text("This item is answered in Python for now, in your exercise file; "
                             "it cannot be answered on this page yet.")
            + "</p>")
