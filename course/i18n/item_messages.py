"""What `course check` says about an item, in the learner's language.

Three kinds of text, one catalog (``messages/items``, template
``locales/templates/messages/items.pot``):

* each item's hint (shown on a miss), taken from the question bank;
* each option's reason (``why``, per letter) on scenario items, from the question bank;
* the feedback templates the judges compose (``feedback("{name} has no answer yet")``
  in FEEDBACK_FILES), with named placeholders filled in after translation.

Hints and reasons are looked up once, when the items are loaded (``translated_items``),
so a judge composes its message from text already in the learner's language; a
template is looked up when its judge speaks. Nothing is looked up in the sandbox.
English (no COURSE_LANGUAGE, or "en") looks up nothing, so its output is unchanged.
A message with no translation, or a stale (fuzzy) one, stays English.
"""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from course.i18n.messages import _translations
from course.i18n.paths import catalogs_dir, locales_dir, templates_dir

ITEM_CATALOG = "messages/items"
# Files whose feedback("...") templates are part of the items catalog.
FEEDBACK_FILES = ("course/grading/spec.py", "course/grading/validators.py", "course/grading/runner.py")
FEEDBACK_KEYWORDS = {"feedback": None}
# The translator comment of a hint and of an option's reason ("7.11 hint", "7.11 why b").
# The release tells the reasons from the hints by it: reasons never ship in clear text.
HINT_NOTE = "{item} hint"
REASON_NOTE = "{item} why {letter}"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def current_language() -> str:
    return os.environ.get("COURSE_LANGUAGE", "").strip()


def feedback(template: str) -> str:
    """Mark a feedback template for extraction and give it in the learner's language;
    fill it with ``.format(name=...)`` after (never inside an f-string: extraction
    reads only plain string literals)."""
    language = current_language()
    if not language or language == "en":
        return template
    return _translations(language, ITEM_CATALOG).get(template, template)


def item_text(language: str | None, root: Path | None = None) -> dict[str, str]:
    """The items catalog of `language` (English -> translation): empty for English."""
    if not language or language == "en":
        return {}
    return _translations(language, ITEM_CATALOG, Path(root).resolve() if root else None)


def translated_item(item, language: str | None, root: Path | None = None):
    """A copy of `item` with its hint and option reasons in `language` (English where a
    text has no translation). The item itself is left as it is."""
    table = item_text(language, root)
    if not table:
        return item
    changes = {"hint": table.get(item.hint, item.hint)}
    why = getattr(item, "why", None)
    if why:
        changes["why"] = {letter: table.get(reason, reason) for letter, reason in why.items()}
    return dataclasses.replace(item, **changes)


def translated_items(items: list, language: str | None, root: Path | None = None) -> list:
    return [translated_item(item, language, root) for item in items]


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
    return any(" why " in note for note in message.auto_comments)


def compile_items_for_release(root: Path, out: Path) -> list[Path]:
    """The items catalogs as .mo for a learner release: hints and feedback only. The
    reasons travel sealed in the release's public checks (one sealed set per language),
    never in a catalog a learner can read."""
    from babel.messages.mofile import write_mo

    from course.i18n.catalogs import read_catalog

    written = []
    for po in sorted(locales_dir(root).glob(f"*/LC_MESSAGES/{ITEM_CATALOG}.po")):
        catalog = read_catalog(po)
        for message in [m for m in catalog if m.id and is_reason(m)]:
            del catalog[message.id]
        target = out / po.relative_to(root).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(target)
    return written


def languages_with_items(root: Path) -> list[str]:
    """Languages with an items catalog in this checkout."""
    return sorted(po.relative_to(locales_dir(root)).parts[0]
                  for po in locales_dir(root).glob(f"*/LC_MESSAGES/{ITEM_CATALOG}.po"))


__all__ = ["ITEM_CATALOG", "feedback", "translated_item", "translated_items", "item_text", "extract_item_messages",
           "compile_items_for_release", "catalogs_dir"]
