"""Where the translation files live (one home for every path the pipeline uses).

    locales/templates/book/<page>.pot     Sphinx's gettext builder, one template per page
    locales/templates/data/glossary.pot   glossary terms and definitions from data/glossary/
    locales/templates/messages/course_check.pot   `course check` messages marked with _()
    locales/templates/messages/items.pot   item hints, option reasons, check feedback (item_messages.py)
    locales/<lang>/LC_MESSAGES/<same path>.po     the translations (sphinx-intl layout)
    locales/<lang>/status.yaml            publish flag, parts claimed complete, review record
    data/terms/<lang>.yaml                the term base
"""
from __future__ import annotations

from pathlib import Path

from course.paths import SOURCE_LANGUAGE, Layout


def locales_dir(root: Path) -> Path:
    return Layout(root).locales


def templates_dir(root: Path) -> Path:
    return locales_dir(root) / "templates"


def catalogs_dir(root: Path, language: str) -> Path:
    return locales_dir(root) / language / "LC_MESSAGES"


def status_file(root: Path, language: str) -> Path:
    return locales_dir(root) / language / "status.yaml"


def term_base_file(root: Path, language: str) -> Path:
    return Layout(root).data / "terms" / f"{language}.yaml"


def known_languages(root: Path) -> list[str]:
    """Every language with a status file (templates/ is not a language)."""
    base = locales_dir(root)
    if not base.is_dir():
        return []
    return sorted(p.parent.name for p in base.glob("*/status.yaml") if p.parent.name != "templates")


def language_output_dir(out_root: Path, language: str, edition: str, builder: str = "html") -> Path:
    """English keeps the place `course build` always used; other languages get their own folder."""
    if language == SOURCE_LANGUAGE:
        return out_root / edition / builder
    return out_root / language / edition / builder
