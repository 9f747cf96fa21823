"""Read catalogs, count how complete they are, and update them from the templates.

Completeness is always computed from the catalogs themselves, never typed in by hand:
a message counts as translated when it has a translation and is not marked fuzzy.
Fuzzy means "stale": its English source changed after it was translated
(``sphinx-intl update`` marks it so), and Sphinx then shows the English text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from course.i18n.paths import catalogs_dir, locales_dir, templates_dir

# Which part of the course a catalog belongs to, by its path under LC_MESSAGES/.
# The first matching prefix wins; the order goes from specific to general.
PARTS = (
    ("book/instructor/handouts/", "handouts"),
    ("book/instructor/", "facilitator kit"),
    ("book/exercises/", "exercise pages"),
    ("book/", "learner chapters and reference"),
    ("data/", "data text"),
    ("messages/pages", "page labels"),
    ("messages/", "course check messages"),
)


def part_of(catalog_name: str) -> str:
    for prefix, part in PARTS:
        if catalog_name.startswith(prefix):
            return part
    return "other"


def read_catalog(path: Path) -> Catalog:
    with open(path, "rb") as handle:
        return read_po(handle, abort_invalid=True)


def source_messages(catalog: Catalog) -> list[Message]:
    """The real messages: no header entry, no obsolete entries (those live in catalog.obsolete)."""
    return [m for m in catalog if m.id and not isinstance(m.id, tuple)]


def word_count(text: str) -> int:
    return len(text.split())


@dataclass
class CatalogStats:
    name: str                 # path under LC_MESSAGES, without .po
    messages: int = 0
    translated: int = 0
    fuzzy: int = 0            # stale: the English changed after translation
    words: int = 0
    translated_words: int = 0
    untranslated_ids: list[str] = field(default_factory=list)
    fuzzy_ids: list[str] = field(default_factory=list)

    @property
    def part(self) -> str:
        return part_of(self.name)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated_words / self.words if self.words else 100.0


def catalog_stats(name: str, catalog: Catalog) -> CatalogStats:
    stats = CatalogStats(name)
    for message in source_messages(catalog):
        words = word_count(message.id)
        stats.messages += 1
        stats.words += words
        if message.fuzzy:
            stats.fuzzy += 1
            stats.fuzzy_ids.append(message.id)
        elif message.string:
            stats.translated += 1
            stats.translated_words += words
        else:
            stats.untranslated_ids.append(message.id)
    return stats


def template_names(root: Path) -> list[str]:
    base = templates_dir(root)
    return sorted(str(p.relative_to(base).with_suffix("")) for p in base.rglob("*.pot"))


def language_stats(root: Path, language: str) -> list[CatalogStats]:
    """One entry per template, counted against the template's messages: a template with no
    catalog yet counts as 0% translated, and so does a message the catalog lacks (a catalog
    not yet updated from a newer template)."""
    stats = []
    for name in template_names(root):
        po = catalogs_dir(root, language) / f"{name}.po"
        template = read_catalog(templates_dir(root) / f"{name}.pot")
        translations = read_catalog(po) if po.exists() else None
        for message in source_messages(template):
            found = translations.get(message.id) if translations is not None else None
            message.string = found.string if found is not None else ""
            message.flags = set(found.flags) if found is not None else set()
        stats.append(catalog_stats(name, template))
    return stats


def part_totals(stats: list[CatalogStats]) -> dict[str, CatalogStats]:
    totals: dict[str, CatalogStats] = {}
    for entry in stats:
        total = totals.setdefault(entry.part, CatalogStats(entry.part))
        total.messages += entry.messages
        total.translated += entry.translated
        total.fuzzy += entry.fuzzy
        total.words += entry.words
        total.translated_words += entry.translated_words
    return totals


def update_catalogs(root: Path, languages: list[str]) -> None:
    """Merge the templates into each language's catalogs (new, changed -> fuzzy, removed -> obsolete).

    This is sphinx-intl's own update (Babel's fuzzy matching underneath), so a changed
    English paragraph turns its translation fuzzy instead of silently keeping the old text.
    """
    from sphinx_intl.basic import update

    update(str(locales_dir(root)), str(templates_dir(root)), tuple(languages))
