"""What `course check` says about an item, in the learner's language.

Three kinds of text, one catalog (``messages/items``, template
``locales/templates/messages/items.pot``):

* each item's hint (shown on a miss), taken from the question bank;
* each option's reason (``why``, per letter) on scenario items, from the question bank;
* the feedback templates the judges compose (``feedback("{name} has no answer yet")``,
  course/grading/feedback.py, in FEEDBACK_FILES), with named placeholders filled in
  after translation.

Hints and reasons are looked up once, when the items are loaded (``translated_chapter``,
``localised_public``),
so a judge composes its message from text already in the learner's language; a
template is looked up when its judge speaks. Nothing is looked up in the sandbox.
English (no COURSE_LANGUAGE, or "en") looks up nothing, so its output is unchanged.
A message with no translation, or a stale (fuzzy) one, stays English.
"""
from __future__ import annotations

import copy
import dataclasses
import functools
import re
import string
from pathlib import Path

from course.i18n.messages import _translations
from course.i18n.paths import catalogs_dir, locales_dir, templates_dir
from course.paths import Layout

ITEM_CATALOG = "messages/items"
# Files whose feedback("...") templates are part of the items catalog.
FEEDBACK_FILES = ("course/grading/spec.py", "course/grading/validators.py", "course/grading/runner.py",
                  "course/grading/advice.py", "course/grading/page_runner.py", "course/grading/sandbox.py")
FEEDBACK_KEYWORDS = {"feedback": None}
# The translator comment of a hint and of an option's reason ("7.11 hint", "7.11 why b").
# The release tells the reasons from the hints by it: reasons never ship in clear text.
HINT_NOTE = "{item} hint"
REASON_NOTE = "{item} why {letter}"
REASON_NOTE_FORM = re.compile(r"^\S+ why \S+$")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@functools.lru_cache(maxsize=2048)
def usable_translation(language: str, template: str) -> str:
    """The template's translation if it fills exactly as the English does (the same
    named placeholders, no stray brace), else the English: a broken translation must
    never crash a learner's check. Once per template and language, not per message."""
    translation = _translations(language, ITEM_CATALOG).get(template, template)
    return translation if _fields(translation) == _fields(template) else template


def _fields(template: str) -> set[str] | None:
    try:
        return {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name is not None}
    except ValueError:   # an unmatched brace
        return None


def item_text(language: str | None, root: Path | None = None) -> dict[str, str]:
    """The items catalog of `language` (English -> translation): empty for English."""
    if not language or language == "en":
        return {}
    return _translations(language, ITEM_CATALOG, Path(root).resolve() if root else None)


def feedback_table(language: str | None, root: Path) -> dict[str, str]:
    """The translated feedback templates of `language` ({English: translation}), for a
    translated exercise page's Run button, which has no catalog of its own. Templates
    only: never a hint or a reason (a page's reasons stay sealed). Empty for English."""
    table = item_text(language, root)
    if not table:
        return {}
    out = {}
    # The templates from this package's own source: the code that will speak them.
    for _rel, _line, template, _comments in feedback_templates(Path(__file__).resolve().parents[2]):
        translation = table.get(template)
        if translation and translation != template and _fields(translation) == _fields(template):
            out[template] = translation
    return out


def item_catalog_file(language: str | None, root: Path) -> Path | None:
    """The items catalog (.po) of `language` in this checkout, if it has one: a page build
    depends on it."""
    if not language or language == "en":
        return None
    path = catalogs_dir(Path(root).resolve(), language) / f"{ITEM_CATALOG}.po"
    return path if path.exists() else None


def translated_item(item, language: str | None, root: Path | None = None):
    """A copy of `item` with its hint and option reasons in `language` (English where a
    text has no translation). The item itself is left as it is."""
    table = item_text(language, root)
    if not table:
        return item
    # A shallow copy, not dataclasses.replace: the item was validated when the bank was
    # loaded, and its __post_init__ is not worth running again for a new hint.
    translated = copy.copy(item)
    translated.hint = table.get(item.hint, item.hint)
    why = getattr(item, "why", None)
    if why:
        translated.why = {letter: table.get(reason, reason) for letter, reason in why.items()}
        translated.why_language = language
    return translated


def translated_chapter(chapter, language: str | None, root: Path | None = None):
    """The chapter with its items' hints and reasons in `language` (itself for English)."""
    if not item_text(language, root):
        return chapter
    return dataclasses.replace(chapter, items=[translated_item(item, language, root) for item in chapter.items])


def localised_public(document: dict, language: str | None, root: Path | None = None) -> dict:
    """A release's public checks of one chapter as `language` shows them: hints from the
    items catalog, and the reasons that language's own sealed set (``why_translations``,
    written by `course release learner`) holds. English: the document as it is."""
    table = item_text(language, root)
    if not table:
        return document
    items = []
    for data in document["items"]:
        data = {**data, "hint": table.get(data.get("hint", ""), data.get("hint", ""))}
        sealed = (data.pop("why_translations", None) or {}).get(language)
        if sealed:
            data["why_sealed"], data["why_language"] = sealed, language
        items.append(data)
    return {**document, "items": items}


def seal_translated_reasons(document: dict, chapter, salt: str | None, root: Path, languages: list[str]) -> dict:
    """Add to a release's public document each language's reasons, sealed with that
    language's own keystream (``why_translations``: {language: {letter: sealed}}). Only
    languages with at least one translated reason; an exam release (no salt) has none."""
    if salt is None:
        return document
    by_id = {item.id: item for item in chapter.items}
    for data in document["items"]:
        item = by_id.get(data["id"])
        if not getattr(item, "why", None) or "why_sealed" not in data:
            continue
        for language in languages:
            translated = translated_item(item, language, root)
            if translated.why == item.why:
                continue
            sealed = translated.public(salt)["why_sealed"]
            data.setdefault("why_translations", {})[language] = sealed
    return document


# ---------------------------------------------------------------- extraction


def item_entries(chapters) -> list[tuple[str, str]]:
    """(English text, translator comment) of every hint and option reason, in chapter order."""
    entries = []
    for chapter in chapters:
        for item in chapter.items:
            entries.append((item.hint, HINT_NOTE.format(item=item.id)))
            for letter, reason in (getattr(item, "why", None) or {}).items():
                entries.append((reason, REASON_NOTE.format(item=item.id, letter=letter)))
    return entries


def feedback_templates(root: Path) -> list[tuple[str, int, str, list[str]]]:
    """(file, line, template, translator comments) of every feedback("...") in FEEDBACK_FILES."""
    from babel.messages.extract import extract_from_file

    found = []
    for rel in FEEDBACK_FILES:
        for lineno, message, comments, _context in extract_from_file("python", root / rel, keywords=FEEDBACK_KEYWORDS,
                                                                     comment_tags=("Translators:",)):
            found.append((rel, lineno, message, comments))
    return found


def _question_bank(root: Path) -> list:
    from course.grading.runner import load_spec_module
    from course.paths import Layout

    return [load_spec_module(path) for path in sorted(Layout(root).specs.glob("ch[0-9][0-9]_*.py"))]


def build_item_catalog(root: Path, chapters=None):
    """The items template as a Babel catalog (hints, reasons, then feedback templates)."""
    from course.i18n.extract import _new_template

    catalog = _new_template(ITEM_CATALOG)
    chapters = _question_bank(root) if chapters is None else chapters
    for text, note in item_entries(chapters):
        existing = catalog.get(text)
        if existing is not None:   # the same sentence in two places: one message, both places named
            existing.auto_comments.append(note)
            continue
        catalog.add(text, auto_comments=[note])
    for rel, lineno, template, comments in feedback_templates(root):
        existing = catalog.get(template)
        if existing is not None:
            existing.locations.append((rel, lineno))
            continue
        placeholders = list(dict.fromkeys(PLACEHOLDER.findall(template)))
        notes = [*comments, "check feedback" + (f"; keep {', '.join(placeholders)} as written" if placeholders else "")]
        catalog.add(template, locations=[(rel, lineno)], auto_comments=notes,
                    flags=("python-brace-format",) if "{" in template else ())
    return catalog


def extract_item_messages(root: Path) -> Path:
    from course.i18n.extract import _write

    return _write(build_item_catalog(root), templates_dir(root) / f"{ITEM_CATALOG}.pot")


def is_reason(message) -> bool:
    """True for an option's reason (by its translator comment): a release never holds one in clear text."""
    return any(REASON_NOTE_FORM.match(note) for note in message.auto_comments)


def reason_texts(chapters) -> set[str]:
    """Every option reason of the question bank (English)."""
    return {text for text, note in item_entries(chapters) if REASON_NOTE_FORM.match(note)}


def compile_items_for_release(root: Path, out: Path, chapters) -> list[Path]:
    """The items catalogs as .mo for a learner release: hints and feedback only. The
    reasons travel sealed in the release's public checks (one sealed set per language,
    ``seal_translated_reasons``), never in a catalog a learner can read: a message goes
    when its translator comment names a reason or its English is one of `chapters`' reasons."""
    from babel.messages.mofile import write_mo

    from course.i18n.catalogs import read_catalog

    reasons = reason_texts(chapters)
    written = []
    for po in sorted(locales_dir(root).glob(f"*/LC_MESSAGES/{ITEM_CATALOG}.po")):
        catalog = read_catalog(po)
        for message in [m for m in catalog if m.id and (is_reason(m) or m.id in reasons)]:
            del catalog[message.id]
        target = (Layout(out).locales / po.relative_to(locales_dir(root))).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(target)
    return written


def languages_with_items(root: Path) -> list[str]:
    """Languages with an items catalog in this checkout."""
    return sorted(po.relative_to(locales_dir(root)).parts[0]
                  for po in locales_dir(root).glob(f"*/LC_MESSAGES/{ITEM_CATALOG}.po"))
