"""Mark the feedback a check composes, and give it in the learner's language.

``feedback("{name} has no answer yet").format(name=...)``: the template is what
`course translations extract` collects into messages/items.pot (FEEDBACK_FILES in
course/i18n/item_messages.py), and what a translator translates, placeholders kept.

It lives in course/grading because the exercise page's Run button runs these modules in
the browser (Pyodide) without the rest of the package (``_ext/course_runner.py`` packs
course/grading/*.py only): there it reads the table a translated page sends with each
run (``page_translations``), and in any English run it returns the template as it is
and imports nothing.
"""
from __future__ import annotations

import contextlib
import os

# The exercise page's translated templates while the page's Python runs a request
# (``page_translations``); None everywhere else.
_PAGE_TABLE: dict | None = None


@contextlib.contextmanager
def page_translations(table: dict | None):
    """Within the block, feedback comes from `table` (English template -> translation),
    which the translated page's build wrote (already checked: the same placeholders)."""
    global _PAGE_TABLE
    saved, _PAGE_TABLE = _PAGE_TABLE, (table if isinstance(table, dict) else None)
    try:
        yield
    finally:
        _PAGE_TABLE = saved


def current_language() -> str:
    """The learner's language: COURSE_LANGUAGE ("es", "ru" ...), or "" for English."""
    return os.environ.get("COURSE_LANGUAGE", "").strip()


def feedback(template: str) -> str:
    """The template in COURSE_LANGUAGE, or in English. Fill it with .format(...) after;
    never mark an f-string (extraction reads only plain string literals)."""
    if _PAGE_TABLE is not None:
        translated = _PAGE_TABLE.get(template)
        return translated if isinstance(translated, str) else template
    language = current_language()
    if not language or language == "en":
        return template
    try:
        from course.i18n.item_messages import usable_translation
    except ImportError:   # only course/grading is here (the page's Python): English
        return template
    return usable_translation(language, template)
