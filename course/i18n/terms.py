"""The term base (data/terms/<lang>.yaml) and the check that catalogs follow it.

Where an English source message uses a term-base term, its translation must use that
language's term. The English term matches whole words, ignoring case; the target term
must appear as written (ignoring case). Languages that inflect nouns (Russian: "статья 19
Международного пакта ...") may list the term's other case forms under `forms`; any of
them then counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from course.i18n.paths import term_base_file

REQUIRED_FIELDS = ("en", "term", "official", "source", "checked")


class TermBaseError(ValueError):
    """A term base file that cannot be used; the message names the file and the fix."""


@dataclass(frozen=True)
class Term:
    en: str
    term: str
    official: bool
    source: str
    forms: tuple[str, ...] = ()

    def accepted(self) -> tuple[str, ...]:
        """The term and its listed case forms, any of which a translation may use."""
        return (self.term, *self.forms)

    def pattern(self) -> re.Pattern:
        return re.compile(r"(?<!\w)" + re.escape(self.en) + r"(?!\w)", re.IGNORECASE)


def load_term_base(root: Path, language: str) -> list[Term]:
    path = term_base_file(root, language)
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise TermBaseError(f"{path}: not valid YAML ({exc.__class__.__name__}); fix the file") from None
    terms = []
    for number, entry in enumerate(data.get("terms") or [], start=1):
        missing = [f for f in REQUIRED_FIELDS if not isinstance(entry, dict) or entry.get(f) in (None, "")]
        if missing:
            raise TermBaseError(f"{path}: entry {number} lacks {', '.join(missing)}; every entry needs "
                                f"{', '.join(REQUIRED_FIELDS)}")
        if not str(entry["source"]).startswith(("http://", "https://")):
            raise TermBaseError(f"{path}: entry {number} ({entry['en']}): source must be the URL where it was checked")
        forms = entry.get("forms") or []
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            raise TermBaseError(f"{path}: entry {number} ({entry['en']}): forms must be a list of words, "
                                f"the term's other case forms")
        terms.append(Term(str(entry["en"]), str(entry["term"]), bool(entry["official"]), str(entry["source"]),
                          tuple(forms)))
    return terms


def check_terms(source: str, translation: str, terms: list[Term]) -> list[str]:
    if not translation:
        return []
    return [f"uses the English term {t.en!r} but not the term base's {t.term!r}"
            for t in terms if t.pattern().search(source)
            and not any(form.casefold() in translation.casefold() for form in t.accepted())]
