"""Translate `course check` messages at run time, straight from the .po catalog.

The language comes from COURSE_LANGUAGE (e.g. ``COURSE_LANGUAGE=es course check``).
Reading the .po with Babel needs no compiled .mo file, so a learner's copy carries only
the catalogs. A message with no translation, or a fuzzy (stale) one, stays in English:
a stale translation could state the wrong rule, so it is never shown.
"""
from __future__ import annotations

import functools
import os

from course.i18n.paths import catalogs_dir
from course.paths import course_root

CATALOG = "messages/course_check.po"


@functools.lru_cache(maxsize=8)
def _translations(language: str) -> dict[str, str]:
    try:
        from course.i18n.catalogs import read_catalog   # Babel: installed with the book tools
    except ImportError:
        return {}
    path = catalogs_dir(course_root(), language) / CATALOG
    if not language or language == "en" or not path.exists():
        return {}
    try:
        catalog = read_catalog(path)
    except Exception:  # a broken catalog must never stop a learner's check: fall back to English
        return {}
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy and isinstance(m.id, str)}


def _(message: str) -> str:
    """Mark a message for extraction and translate it; format with .format() after."""
    return _translations(os.environ.get("COURSE_LANGUAGE", "").strip()).get(message, message)
