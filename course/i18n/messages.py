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
