"""The language switcher: a short list of links at the top of every page.

It appears only when more than one language is built (COURSE_LANGUAGES, set by
`course build` when a translation is published and by `course translations build`).
Each link goes to the same page in the other language, by a relative path, so it works
offline and from file://. On a translated page it also says, plainly, how complete the
translation is and whether a native speaker has reviewed it.
"""
from __future__ import annotations

import html
import os
from pathlib import Path

from course.i18n.paths import SOURCE_LANGUAGE

NAMES = {"en": "English"}


def built_languages() -> list[str]:
    return [lang.strip() for lang in os.environ.get("COURSE_LANGUAGES", "").split(",") if lang.strip()]


def page_link(pagename: str, current: str, target: str, edition: str) -> str:
    """Relative URL from this page to the same page in the target language's site."""
    to_html_root = "../" * pagename.count("/")
    to_out_root = "../../" if current == SOURCE_LANGUAGE else "../../../"
    target_root = f"{edition}/html/" if target == SOURCE_LANGUAGE else f"{target}/{edition}/html/"
    return f"{to_html_root}{to_out_root}{target_root}{pagename}.html"


def _status_note(root: Path, language: str) -> str:
    from course.i18n.catalogs import language_stats, part_totals
    from course.i18n.status import load_status

    state = load_status(root, language)
    totals = part_totals(language_stats(root, language))
    words = sum(t.words for t in totals.values())
    done = sum(t.translated_words for t in totals.values())
    percent = 100.0 * done / words if words else 0.0
    note = f"{state.name}: {percent:.1f}% translated; {state.review_line()}"
    return ("SAMPLE ONLY, not a translation to rely on. " if state.sample else "") + note


def _names(root: Path, languages: list[str]) -> dict[str, str]:
    from course.i18n.status import StatusError, load_status

    names = dict(NAMES)
    for language in languages:
        if language != SOURCE_LANGUAGE:
            try:
                names[language] = load_status(root, language).name
            except StatusError:
                names[language] = language
    return names


def _config_inited(app, config):
    app.env_languages = built_languages()   # read once per build
    language = config.language or SOURCE_LANGUAGE
    app.course_language_note = ""
    if len(app.env_languages) > 1 and language != SOURCE_LANGUAGE:
        app.course_language_note = _status_note(Path(app.srcdir), language)


def _page_context(app, pagename, templatename, context, doctree):
    languages = getattr(app, "env_languages", [])
    if len(languages) < 2 or "body" not in context:
        return
    current = app.config.language or SOURCE_LANGUAGE
    edition = os.environ.get("COURSE_EDITION", "learner")
    names = _names(Path(app.srcdir), languages)
    items = []
    for language in languages:
        label = html.escape(names.get(language, language))
        if language == current:
            items.append(f'<li><strong aria-current="page" lang="{language}">{label}</strong></li>')
        else:
            href = html.escape(page_link(pagename, current, language, edition))
            items.append(f'<li><a href="{href}" hreflang="{language}" lang="{language}">{label}</a></li>')
    note = getattr(app, "course_language_note", "")
    note_html = f'<p class="course-language-status">{html.escape(note)}</p>' if note else ""
    context["body"] = (f'<nav class="course-language-switcher kit-no-print" aria-label="Language"><ul>{"".join(items)}</ul>'
                       f"{note_html}</nav>" + context["body"])


def setup(app):
    app.connect("config-inited", _config_inited)
    app.connect("html-page-context", _page_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
