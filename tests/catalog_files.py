"""Write a small gettext catalog for a test (one home for the i18n tests' planted catalogs)."""
from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po


def write_catalog(path: Path, entries: dict[str, str], fuzzy: tuple[str, ...] = (), language: str | None = None) -> None:
    """`entries` (msgid -> msgstr) as a .po or .pot file; msgids in `fuzzy` are marked stale."""
    catalog = Catalog(locale=language, fuzzy=False)
    for msgid, msgstr in entries.items():
        catalog.add(msgid, msgstr, flags=("fuzzy",) if msgid in fuzzy else ())
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        write_po(handle, catalog, width=0)
