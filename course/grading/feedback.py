"""Mark the feedback a check composes, and give it in the learner's language.

``feedback("{name} has no answer yet").format(name=...)``: the template is what
`course translations extract` collects into messages/items.pot (FEEDBACK_FILES in
course/i18n/item_messages.py), and what a translator translates, placeholders kept.

It lives in course/grading because the exercise page's Run button runs these modules in
the browser (Pyodide) without the rest of the package (``_ext/course_runner.py`` packs
course/grading/*.py only): there, and in any English run, it returns the template as it
is and imports nothing.
"""
from __future__ import annotations

import os


def current_language() -> str:
    """The learner's language: COURSE_LANGUAGE ("es", "ru" ...), or "" for English."""
    return os.environ.get("COURSE_LANGUAGE", "").strip()


def feedback(template: str) -> str:
    """The template in COURSE_LANGUAGE, or in English. Fill it with .format(...) after;
    never mark an f-string (extraction reads only plain string literals)."""
    language = current_language()
    if not language or language == "en":
        return template
    try:
        from course.i18n.item_messages import usable_translation
    except ImportError:   # only course/grading is here (the page's Python): English
        return template
    return usable_translation(language, template)
