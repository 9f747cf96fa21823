"""The book's bibliography style: author-year labels that match the citations.

Chapters cite with ``{cite:p}`` / ``{cite:t}`` in sphinxcontrib-bibtex's author-year
style: "(Human Rights Watch, 2019)". pybtex's own styles label the entries of the
References page with codes built from the names ("[MinistryoCotPeoplesRoChina...20]"),
which match nothing in the text and overflow a phone screen. Here:

* ``AuthorYearLabels`` labels each entry with the author and year exactly as the
  citations print them ("Human Rights Watch, 2019"), from the same person style; the
  same author's works of one year get letters, in the citations too ("Xinhua, 2022a");
* ``CourseStyle`` (pybtex's "plain", sorted by author, year, title) keeps the capitals
  of titles as the .bib file gives them: "Watching Huawei's ...", not
  "Watching huawei's ..." (pybtex otherwise makes article titles sentence case);
* ``title_language`` says which language a title is written in (a ``langid`` field
  wins, e.g. ``langid = {spanish}``; otherwise the script and a few function words
  tell), and the References page wraps that part of the title in ``lang``, so a
  screen reader reads it with the right voice (see ``lang_spans``);
* ``CourseStyle`` also prints a second link when an entry has one to the same article in
  the language it was first published in (a Russian or Kyrgyz news agency item that we
  cite through its English edition): ``localurl = {https://...}`` with
  ``locallanguage = {russian}`` (a name from ``LANGIDS``) shows as
  "Original in Russian: <link>" after the URL. The label is English on every edition,
  like pybtex's own "URL:"; tests/test_bibliography.py checks the two fields.

Both are registered as pybtex plugins and chosen in ``setup``; nothing in
references.bib needs to change.
"""
from __future__ import annotations

import html
import re

import pybtex.plugin
from pybtex.richtext import Text
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.template import field, href, join, sentence, words

STYLE_NAME = "course_author_year"
LANGIDS = {"spanish": "es", "russian": "ru", "kyrgyz": "ky", "chinese": "zh", "english": "en",
           "malay": "ms"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
KYRGYZ_LETTERS = re.compile(r"[өүңӨҮҢ]")
SPANISH_WORDS = {"de", "del", "la", "las", "los", "el", "en", "y", "para", "por", "con", "sobre", "que",
                 "se", "una", "un", "al"}
ENGLISH_WORDS = {"the", "of", "and", "in", "on", "for", "to", "with", "a", "an", "is", "by"}
# The languages a ``locallanguage`` field may name: the original is never the English one.
LOCAL_LANGUAGES = {name for name, code in LANGIDS.items() if code != "en"}


def _reference_style():
    from sphinxcontrib.bibtex.style.referencing.basic_author_year import (
        BasicAuthorYearParentheticalReferenceStyle)
    return BasicAuthorYearParentheticalReferenceStyle()


def citation_label(entry) -> str:
    """"Author, Year" for an entry, as its parenthetical citation prints it."""
    from sphinxcontrib.bibtex.style.template import year

    style = _reference_style()
    data = {"entry": entry, "style": style}
    who = style.person.author_or_editor_or_title(full=False).format_data(data).render_as("text")
    when = year.format_data(data).render_as("text")
    return f"{who}, {when}".replace("\u00a0", " ").strip()


def disambiguate_years(entries) -> dict[str, str]:
    """Give the same author's works of one year the letters a, b, c ... (by title):
    "Xinhua 2022a", "Xinhua 2022b", in the citations, the labels and the entries alike.

    The year field of each such entry is changed in place (its first value is kept in
    ``course_year``, so running again gives the same result); returns {key: new year}."""
    groups: dict[str, list] = {}
    for key, entry in entries.items():
        if "course_year" in entry.fields:
            entry.fields["year"] = entry.fields["course_year"]
        groups.setdefault(citation_label(entry), []).append((key, entry))
    changed = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: (Text.from_latex(m[1].fields.get("title", "")).render_as("text").lower(), m[0]))
        for letter, (key, entry) in zip("abcdefghijklmnopqrstuvwxyz", members):
            year = entry.fields.get("year", "")
            entry.fields["course_year"] = year
            entry.fields["year"] = changed[key] = f"{year}{letter}"
    return changed


class AuthorYearLabels(BaseLabelStyle):
    def format_labels(self, sorted_entries):
        for entry in sorted_entries:
            yield citation_label(entry)


class CourseStyle(PlainStyle):
    default_label_style = STYLE_NAME

    def format_title(self, e, which_field, as_sentence=True):
        title = field(which_field)        # as written: no sentence-casing
        return title if not as_sentence else self._sentence(title)

    @staticmethod
    def _sentence(node):
        return sentence[node]

    def format_web_refs(self, e):
        """The URL (pybtex's own), then the original-language edition if the entry has one."""
        web_refs = super().format_web_refs(e)
        if not e.fields.get("localurl", "").strip():
            return web_refs
        return join(sep=" ")[web_refs, self.format_local_url(e)]

    def format_local_url(self, e):
        url = field("localurl", raw=True)
        return sentence[words[local_link_label(e.fields.get("locallanguage", "")), href(url)[url]]]


def local_link_label(language: str) -> str:
    """"Original in Russian:" for ``locallanguage = {russian}``; "Original:" if unnamed."""
    name = language.strip().lower()
    return f"Original in {name.capitalize()}:" if name in LOCAL_LANGUAGES else "Original:"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-záéíóúñü]+", text.lower())


def text_language(text: str) -> str | None:
    """'zh', 'ky', 'ru', 'es' for a run of text in that language, else None (English)."""
    if CJK.search(text):
        return "zh"
    if CYRILLIC.search(text):
        return "ky" if KYRGYZ_LETTERS.search(text) else "ru"
    words = _words(text)
    spanish = sum(w in SPANISH_WORDS for w in words) + sum(bool(re.search(r"[áéíóúñ]|ción$", w)) for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    if spanish >= 2 and spanish > english:
        return "es"
    return None


def title_language(title: str, langid: str = "") -> str | None:
    """The language of a title's original part (before any "[English translation]")."""
    if langid:
        lang = LANGIDS.get(langid.strip().lower(), langid.strip().lower())
        return None if lang == "en" else lang
    original = title.split("[", 1)[0] if not title.lstrip().startswith("[") else title.rsplit("]", 1)[-1]
    return text_language(original or title)


# One run of non-English text: Chinese, Cyrillic, or a Spanish title in an entry.
_SCRIPT_RUN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u0400-\u04ff]"
                         r"(?:[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u0400-\u04ff\s\d.,:;\-–—«»“”\"'()]*"
                         r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u0400-\u04ff»”)])?")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")
_SKIP = {"script", "style", "code", "pre", "math", "title", "textarea"}


def lang_spans(markup: str, page_language: str = "en") -> str:
    """Wrap every run of Chinese or Cyrillic text in ``<span lang="..">``, unless it is in the
    page's own language (Russian text on a Russian page needs no mark).

    Text already inside an element with a ``lang`` attribute other than the page's,
    and text inside script, style, code or math, is left alone."""
    out, stack = [], []          # stack of (tag, has_lang)
    for m in _TAG_OR_TEXT.finditer(markup):
        tag, text = m.group(1), m.group(2)
        if tag:
            out.append(tag)
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
            if not name or tag.startswith("<!"):
                continue
            name = name.group(1).lower()
            if tag.startswith("</"):
                while stack:
                    if stack.pop()[0] == name:
                        break
            elif not tag.endswith("/>") and name not in {"br", "img", "hr", "input", "meta", "link", "wbr", "source"}:
                stack.append((name, " lang=" in tag))
            continue
        if any(t in _SKIP or has_lang for t, has_lang in stack):
            out.append(text)
            continue
        out.append(_SCRIPT_RUN.sub(lambda r: _marked(r.group(0), page_language), text))
    return "".join(out)


def _marked(run: str, page_language: str) -> str:
    lang = text_language(html.unescape(run))
    return run if lang == page_language else f'<span lang="{lang}">{run}</span>'


def bibliography_lang(markup: str, entries: dict[str, str]) -> str:
    """Mark the titles of Spanish entries (found by ``title_language``) with lang="es".

    ``entries`` maps an entry's original title (plain text) to its language."""
    wanted = {html.escape(title, quote=False): lang for title, lang in entries.items() if title}
    if not any(title in markup for title in wanted):
        return markup
    out = []
    for m in _TAG_OR_TEXT.finditer(markup):         # text only: never inside a tag's attributes
        text = m.group(2)
        if text:
            for title, lang in wanted.items():
                if title in text:
                    text = text.replace(title, f'<span lang="{lang}">{title}</span>')
        out.append(m.group(1) or text)
    return "".join(out)


def _spanish_titles(app) -> dict[str, str]:
    """{original title as printed: language} for the entries whose language has no
    script of its own (Spanish): Chinese and Cyrillic runs are found by ``lang_spans``."""
    cached = getattr(app.env, "_course_title_langs", None)
    if cached is not None:
        return cached
    from pybtex.database import parse_file

    found = {}
    for bib in app.config.bibtex_bibfiles:
        for entry in parse_file(str(app.srcdir / bib), bib_format="bibtex").entries.values():
            for name in ("title", "journal", "booktitle"):     # a Spanish journal's name too
                raw = entry.fields.get(name, "")
                title = Text.from_latex(raw).render_as("text") if raw else ""
                lang = title_language(title, entry.fields.get("langid", "") if name == "title" else "")
                if lang and not CJK.search(title) and not CYRILLIC.search(title):
                    found[title.split(" [", 1)[0].strip()] = lang
    app.env._course_title_langs = found
    return found


def _env_updated(app, env):
    """Before sphinxcontrib-bibtex formats labels and citations (same event, earlier)."""
    domain = env.get_domain("cite")
    disambiguate_years(domain.bibdata.data.entries)
    return []


def _config_inited(app, config):
    config.bibtex_default_style = STYLE_NAME


def _page_context(app, pagename, templatename, context, doctree):
    body = context.get("body")
    if not body:
        return
    # Titles appear in the references, in citation tooltips and in the kit's source lists.
    body = bibliography_lang(body, _spanish_titles(app))
    context["body"] = lang_spans(body, app.config.language or "en")


def setup(app):
    pybtex.plugin.register_plugin("pybtex.style.labels", STYLE_NAME, AuthorYearLabels)
    pybtex.plugin.register_plugin("pybtex.style.formatting", STYLE_NAME, CourseStyle)
    app.connect("config-inited", _config_inited, priority=850)
    app.connect("env-updated", _env_updated, priority=400)
    app.connect("html-page-context", _page_context, priority=950)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
