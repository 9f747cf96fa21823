"""Translate `course check` messages at run time.

The language comes from COURSE_LANGUAGE (e.g. ``COURSE_LANGUAGE=es course check``).
In a course checkout the .po catalog is read with Babel, so an edit shows at once. A
learner release carries compiled .mo files instead (written by `course release learner`,
which leaves out stale entries) and reads them with the standard library's gettext, so a
learner needs no extra package. A message with no translation, or a fuzzy (stale) one,
stays in English: a stale translation could state the wrong rule.
"""
from __future__ import annotations

import functools
import gettext
import os
from pathlib import Path

from course.i18n.paths import catalogs_dir, locales_dir
from course.paths import course_root

CATALOG = "messages/course_check"
# Labels the book's extensions write into pages ("(verified 28 Nov 2026)", table headers):
# text no page source holds, so Sphinx's own catalogs never see it. Read at build time.
PAGE_CATALOG = "messages/pages"


def _from_po(path: Path) -> dict[str, str]:
    try:
        from course.i18n.catalogs import read_catalog   # Babel: installed with the book tools
        catalog = read_catalog(path)
    except Exception:  # no Babel, or a broken catalog: never stop a learner's check, fall back to English
        return {}
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy and isinstance(m.id, str)}


def _from_mo(path: Path) -> dict[str, str]:
    try:
        with open(path, "rb") as handle:
            translations = gettext.GNUTranslations(handle)
    except (OSError, ValueError):   # unreadable or not a .mo file: English
        return {}
    return {key: value for key, value in translations._catalog.items() if isinstance(key, str) and key}


@functools.lru_cache(maxsize=16)
def _translations(language: str, catalog: str = CATALOG, root: Path | None = None) -> dict[str, str]:
    if not language or language == "en":
        return {}
    base = catalogs_dir(root or course_root(), language) / catalog
    if base.with_suffix(".po").exists():
        return _from_po(base.with_suffix(".po"))
    if base.with_suffix(".mo").exists():
        return _from_mo(base.with_suffix(".mo"))
    return {}


def _(message: str) -> str:
    """Mark a message for extraction and translate it; format with .format() after."""
    return _translations(os.environ.get("COURSE_LANGUAGE", "").strip()).get(message, message)


def page_text(message: str, language: str | None, root: Path) -> str:
    """A page label in the language of the build (Sphinx's ``language``); English when the
    label has no translation or a stale one. Mark the English with this call so
    `course translations extract` finds it."""
    return _translations(language or "", PAGE_CATALOG, Path(root).resolve()).get(message, message)


def _listed_translations(language: str, slug: str, root: Path) -> dict[str, str]:
    """An exercise page's own catalog (book/exercises/<slug>.po), keyed by the message with
    its spaces normalised: Sphinx joins a paragraph's lines with spaces."""
    page = _translations(language, exercise_page_catalog(slug, root), root)
    return {" ".join(key.split()): value for key, value in page.items()}


def exercise_form_text(language: str | None, slug: str, root: Path):
    """The words of an exercise page's answer forms in the build's language (a FormText for
    the item kinds' ``form_html``): fixed labels from the page-label catalog, and each item's
    listed entries (options, order entries, match keys) from the page's own catalog, the same
    translation the printed list shows. English for "en", None, or what has no translation."""
    from course.grading.markup import ENGLISH, FormText

    if not language or language == "en":
        return ENGLISH
    root = Path(root).resolve()
    listed = _listed_translations(language, slug, root)
    return FormText(labels=lambda message: page_text(message, language, root),
                    listed=lambda message: listed.get(" ".join(message.split()), message))


def exercise_form_catalogs(language: str | None, slug: str, root: Path) -> list[Path]:
    """The catalogs an exercise page's forms are read from: the build rereads the page when one changes."""
    if not language or language == "en":
        return []
    base = catalogs_dir(Path(root).resolve(), language)
    return [path for path in (base / f"{PAGE_CATALOG}.po", base / f"{exercise_page_catalog(slug, root)}.po")
            if path.exists()]


def exercise_page_catalog(slug: str, root: Path) -> str:
    """The catalog name of a chapter's exercise page: its path in the book, without suffix."""
    from course.paths import Layout

    root = Path(root).resolve()
    return Layout(root).exercise_page(slug).relative_to(root).with_suffix("").as_posix()


@functools.lru_cache(maxsize=16)
def script_labels(language: str | None, root: Path) -> dict[str, str]:
    """The translated words of the answer-on-the-page scripts (PAGE_SCRIPT_FILES), English ->
    translation, for the bar's data: only the translated ones, so an English page, or a
    word with no translation, adds nothing to the page."""
    from course.i18n.extract import PAGE_SCRIPT_FILES, page_messages

    if not language or language == "en":
        return {}
    root = Path(root).resolve()
    labels = {}
    for rel in PAGE_SCRIPT_FILES:
        for _line, message, _comments in page_messages(root, rel):
            translated = page_text(message, language, root)
            if translated != message:
                labels[message] = translated
    return labels


def compile_for_release(root: Path, out: Path) -> list[Path]:
    """Write the .mo files of the `course check` catalogs into a learner release (stale entries left out)."""
    from babel.messages.mofile import write_mo

    from course.i18n.catalogs import read_catalog

    written = []
    for po in sorted(locales_dir(root).glob(f"*/LC_MESSAGES/{CATALOG}.po")):
        target = out / po.relative_to(root).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as handle:
            write_mo(handle, read_catalog(po), use_fuzzy=False)
        written.append(target)
    return written
