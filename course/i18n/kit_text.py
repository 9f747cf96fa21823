"""Translate text from the kit data (data/sessions/) for the kit's standalone files.

The slides, web checks and web feedback form (_ext/kit_html.py) print the same session
titles, objectives, activities, prompts, check questions and form questions that the
instructor pages print, so their translations already sit in those pages' catalogs
(locales/<lang>/LC_MESSAGES/book/instructor/**.po). This module merges those catalogs into
one lookup and finds a data string in it, allowing for the Markdown the page adds around
the text (bold, "2. " numbering, list markers, check boxes, a missing final full stop).
A string with no translation stays English.

An activity's own slide wording (``slide:`` in data/sessions/*.yaml) is the exception: no
page prints it, so no page catalog holds it. `course translations extract` puts it in the
page-label catalog (messages/pages.pot, from ``slide_texts``) and the slides read it from
there (``slide_text``), like the slides' other fixed words.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from course.i18n.messages import _translations, page_text
from course.i18n.paths import catalogs_dir
from course.paths import Layout

INSTRUCTOR_PAGES = "book/instructor"

# One check-sheet line holds all four options: "☐ a) text   ☐ b) text ...".
OPTION = re.compile(r"☐\s*([a-z])\)\s*")
NUMBERING = re.compile(r"^\d+\\?[.)]\s+")
# "Prompt 2: ..." on a session page ("Pregunta 2: ...", "Вопрос 2: ...").
COUNTED_LABEL = re.compile(r"^[^\W\d][^\d:*]{0,30}\s\d+:\s+")
# A line of fields: "**For:** audience   **Time box:** ...".
FIELD_LABEL = re.compile(r"\s*\*\*[^*]{1,40}:\*\*\s*")
# A format's day line: "Day 1: 09:00–17:00 (experience the sessions)" gives the label and the focus.
DAY_LINE = re.compile(r"^(.+?):\s+\d{1,2}:\d\d–\d{1,2}:\d\d\s+\((.+)\)$")
# An activity on a session page: "**2. Teams build the timeline** (25 min, teams)".
ACTIVITY_LINE = re.compile(r"^\*\*\d+\\?\.\s+(.+?)\*\*\s+\(\d+\s*[^\s,]+,\s*(.+)\)$")
# Headings that frame a format's title: "<title>: at a glance" on the format page.
TITLE_FRAME = re.compile(r"^(.+): at a glance$")
LIST_MARKER = re.compile(r"^(?:[-*+]|☐)\s+")
TRAILING = ".:;!?"


def _squash(text: str) -> str:
    return " ".join(str(text).split())


def _core(text: str) -> str:
    """The text without the Markdown a page puts around it."""
    text = _squash(text)
    while True:
        before = text
        if len(text) > 4 and text.startswith("**") and text.endswith("**") and "**" not in text[2:-2]:
            text = text[2:-2].strip()
        elif len(text) > 2 and text[0] == "*" == text[-1] and "*" not in text[1:-1]:
            text = text[1:-1].strip()
        text = COUNTED_LABEL.sub("", NUMBERING.sub("", LIST_MARKER.sub("", text)))
        if text == before:
            return text


def _options(text: str) -> dict[str, str]:
    parts = OPTION.split(text)
    return {letter: _squash(body) for letter, body in zip(parts[1::2], parts[2::2])}


def _common_words(texts: list[str]) -> str:
    """The longest common start of the texts, cut back to a whole word (a space or a colon)."""
    common = texts[0]
    for text in texts[1:]:
        while not text.startswith(common):
            common = common[:-1]
    cut = max(common.rfind(" "), common.rfind(":") + 1 if ":" in common else -1)
    return common[:cut + 1] if cut >= 0 else ""


class KitCatalog:
    """The merged instructor-page catalogs of one language, with Markdown-free keys."""

    def __init__(self, messages: dict[str, str]):
        self.exact: dict[str, str] = {}
        self.core: dict[str, str] = {}
        for source, translated in messages.items():
            self.exact.setdefault(_squash(source), translated)
            self.core.setdefault(_core(source), _core(translated))
            self._parts(source, translated)
        self._titles(messages)
        # A page may drop or add the final full stop of a data string.
        self.bare = {key.rstrip(TRAILING): value.rstrip(TRAILING) for key, value in self.core.items()}

    def _learn(self, source: str, translated: str) -> None:
        source, translated = _core(source), _core(translated)
        if source and translated:
            self.core.setdefault(source, translated)

    def _parts(self, source: str, translated: str) -> None:
        """Pieces of a page line that the data holds separately (options, fields, activity and day lines)."""
        if OPTION.search(source):
            ours, theirs = _options(source), _options(translated)
            for letter, text in ours.items():
                if letter in theirs:
                    self._learn(text, theirs[letter])
        ours, theirs = FIELD_LABEL.split(source), FIELD_LABEL.split(translated)
        if len(ours) > 2 and len(ours) == len(theirs):
            for mine, their in zip(ours[1:], theirs[1:]):
                self._learn(mine, their)
        for pattern in (ACTIVITY_LINE, DAY_LINE):
            ours, theirs = pattern.match(_squash(source)), pattern.match(_squash(translated))
            if ours and theirs:
                self._learn(ours.group(1), theirs.group(1))
                self._learn(ours.group(2), theirs.group(2))

    def _titles(self, messages: dict[str, str]) -> None:
        """A format title appears only inside headings ("<title>: at a glance"). The words the
        translation puts around every such title are the translated frame; what is left is
        the translated title. Needs two or more headings to tell the frame from the title."""
        framed = {m.group(1): _squash(messages[source]) for source in messages
                  if (m := TITLE_FRAME.match(_squash(source)))}
        if len(framed) < 2:
            return
        translations = list(framed.values())
        prefix = _common_words(translations)
        suffix = _common_words([t[::-1] for t in translations])[::-1]
        for title, translated in framed.items():
            inner = translated[len(prefix):len(translated) - len(suffix)].strip()
            if inner:
                self.core.setdefault(title, inner)

    def translate(self, text: str) -> str:
        paragraphs = [part for part in re.split(r"\n\s*\n", str(text)) if part.strip()]
        if len(paragraphs) > 1:
            # A page prints each paragraph of a data text as its own message.
            translated = [self._one(part) for part in paragraphs]
            return text if translated == paragraphs else "\n\n".join(translated)
        return self._one(text)

    def _one(self, text: str) -> str:
        wanted = _squash(text)
        if not wanted:
            return text
        if wanted in self.exact:
            return self.exact[wanted]
        core = _core(wanted)
        if core in self.core:
            return self.core[core]
        bare = core.rstrip(TRAILING)
        if bare and bare in self.bare:
            return self.bare[bare] + core[len(bare):]
        return text


@functools.lru_cache(maxsize=8)
def kit_catalog(language: str, root: Path) -> KitCatalog:
    """All instructor-page translations of a language (fuzzy and empty ones left out); read
    once per build and language."""
    base = catalogs_dir(root, language)
    merged: dict[str, str] = {}
    for po in sorted((base / INSTRUCTOR_PAGES).rglob("*.po")):
        name = po.relative_to(base).with_suffix("").as_posix()
        for source, translated in _translations(language, name, root).items():
            merged.setdefault(source, translated)
    return KitCatalog(merged)


def kit_text(text: str, language: str | None, root: Path) -> str:
    """A string from data/sessions/ in the build's language; English when no instructor
    page's catalog translates it (or the build is English)."""
    if not language or language == "en" or not text:
        return text
    return kit_catalog(language, Path(root).resolve()).translate(text)


def slide_texts(root: Path) -> list[tuple[str, int, str]]:
    """(file, line, text) of every activity's slide wording in data/sessions/*.yaml, in file order.
    The text is the YAML value as the kit reads it (a folded ``>-`` block is one line). A file
    that is not valid YAML raises ValueError naming it."""
    found = []
    root = Path(root)
    for path in sorted((Layout(root).data / "sessions").glob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        try:
            document = yaml.compose(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            problem = " ".join(str(exc).split())
            raise ValueError(f"{rel}: not valid YAML ({problem}); fix the file, then extract again") from None
        if not isinstance(document, yaml.MappingNode):
            continue
        for key, value in document.value:
            if key.value != "activities" or not isinstance(value, yaml.SequenceNode):
                continue
            for activity in value.value:
                if not isinstance(activity, yaml.MappingNode):
                    continue
                for field, text in activity.value:
                    if field.value == "slide" and isinstance(text, yaml.ScalarNode) and text.value.strip():
                        found.append((rel, field.start_mark.line + 1, text.value))
    return found


def slide_text(text: str, language: str | None, root: Path) -> str:
    """An activity's slide wording in the build's language, from the page-label catalog;
    English when it has no translation or a stale one."""
    return page_text(text, language, root)
