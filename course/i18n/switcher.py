"""The language switcher: a short list of links at the top of every page.

It appears only when more than one language is built (COURSE_LANGUAGES, set by
`course build` when a translation is published and by `course translations build`).
Each link goes to the same page in the other language, by a relative path, so it works
offline and from file://. On a translated page it also says, plainly, how complete the
translation is and whether a native speaker has reviewed it (course/i18n/summary.py),
and its home page has a table of completeness per part.
"""
from __future__ import annotations

import html
import os
import re
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


def _link_item(href: str, language: str, label: str) -> str:
    return f'<li><a href="{html.escape(href)}" hreflang="{language}" lang="{language}">{html.escape(label)}</a></li>'


LINK_ITEM = re.compile(r'<li><a href="[^"<>]*" hreflang="([a-z-]+)" lang="[a-z-]+">[^<]*</a></li>')


def keep_links(page_html: str, languages) -> str:
    """The page with its switcher linking only to `languages`: an offline zip holds English
    and one translation, and a link to a language left out of it would be dead."""
    return LINK_ITEM.sub(lambda link: link.group(0) if link.group(1) in languages else "", page_html)


def _status_html(summary, pagename: str, home: bool) -> str:
    """The banner on every page of a translated site; on its home page, a table per part too.

    Written in English (lang="en"): it is the project's statement about the translation,
    computed from the catalogs, not text a translator controls.
    """
    page = summary.pages.get(pagename)
    page_note = f" This page: {page.percent:.0f}% translated." if page else ""
    out = (f'<p class="course-language-status" lang="en"><strong>{html.escape(summary.headline())}</strong>.'
           f"{html.escape(page_note)}</p>")
    if home:
        rows = "".join(f"<tr><td>{html.escape(part)}</td><td>{total.percent:.1f}%</td>"
                       f"<td>{'yes' if part in summary.state.complete else 'no'}</td>"
                       f"<td>{total.fuzzy}</td></tr>" for part, total in summary.parts.items())
        out += ('<table class="course-language-parts" lang="en"><caption>How complete this translation is, '
                "per part (computed from the catalogs when this site was built)</caption>"
                "<thead><tr><th>part</th><th>translated</th><th>claimed complete</th><th>stale messages</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")
    return out


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
    app.course_language_summary = None
    if len(app.env_languages) > 1 and language != SOURCE_LANGUAGE:
        from course.i18n.summary import summarise

        app.course_language_summary = summarise(Path(app.srcdir), language)


def _page_context(app, pagename, templatename, context, doctree):
    languages = getattr(app, "env_languages", [])
    if len(languages) < 2 or "body" not in context:
        return
    current = app.config.language or SOURCE_LANGUAGE
    edition = os.environ.get("COURSE_EDITION", "learner")
    names = _names(Path(app.srcdir), languages)
    items = []
    for language in languages:
        label = names.get(language, language)
        if language == current:
            items.append(f'<li><strong aria-current="page" lang="{language}">{html.escape(label)}</strong></li>')
        else:
            items.append(_link_item(page_link(pagename, current, language, edition), language, label))
    summary = getattr(app, "course_language_summary", None)
    note_html = _status_html(summary, pagename, pagename == app.config.root_doc) if summary else ""
    context["body"] = (f'<nav class="course-language-switcher kit-no-print" aria-label="Language"><ul>{"".join(items)}</ul>'
                       f"{note_html}</nav>" + context["body"])


def setup(app):
    app.connect("config-inited", _config_inited)
    app.connect("html-page-context", _page_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
