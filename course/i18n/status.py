"""The status file of each language: locales/<lang>/status.yaml.

    language: es
    name: Español
    publish: false          # true: `course build` (so `make book`) builds this language too
    complete: []            # parts claimed complete; `course translations check` fails if any is below 100%
    reviews: []             # one per review: {reviewer, date, scope: [catalogs or parts], notes}
    title: ...              # the site title in this language (browser tab, page header); English if absent
    editions: {learner: ..., instructor: ...}   # the edition names shown after the title

Completeness is never written here: it is computed from the catalogs every time. With no
review recorded, the language is a "machine-assisted draft, not reviewed by a native speaker",
and every listing and every page of it says so.

The publishing rule (README, "Translations"): a language is published (built by `make book`,
with its PDF and offline zip) when its status file says `publish: true`, it claims at least
one part complete, and every part it claims is at 100% with no failed check. A review is not
required; without one, every page carries the unreviewed banner.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from course.i18n.catalogs import PARTS
from course.i18n.paths import known_languages, status_file

KNOWN_PARTS = tuple(part for _, part in PARTS)
UNREVIEWED = "machine-assisted draft, not reviewed by a native speaker"


class StatusError(ValueError):
    """A status file that cannot be used; the message names the file and the fix."""


@dataclass
class Review:
    reviewer: str
    date: dt.date
    scope: list[str]
    notes: str = ""


@dataclass
class LanguageStatus:
    language: str
    name: str
    publish: bool = False
    complete: list[str] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    title: str = ""                                           # empty: the English title
    editions: dict[str, str] = field(default_factory=dict)    # edition -> its name in this language

    def site_title(self, english_title: str, edition: str) -> str:
        return site_title(english_title, edition, self)

    def review_line(self) -> str:
        if not self.reviews:
            return UNREVIEWED
        return "; ".join(f"reviewed by {r.reviewer} on {r.date.isoformat()} ({', '.join(r.scope)})" for r in self.reviews)


def site_title(english_title: str, edition: str, status: LanguageStatus | None = None) -> str:
    """"<title> (<edition name>)": in the status file's language where it gives them, else English."""
    title = (status.title if status else "") or english_title
    name = (status.editions.get(edition) if status else "") or f"{edition} edition"
    return f"{title} ({name})"


def load_status(root: Path, language: str) -> LanguageStatus:
    path = status_file(root, language)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise StatusError(f"{path}: missing; copy locales/es/status.yaml and edit it") from None
    except yaml.YAMLError as exc:
        raise StatusError(f"{path}: not valid YAML ({exc.__class__.__name__}); fix the file") from None
    if data.get("language") != language:
        raise StatusError(f"{path}: 'language' must be {language!r} (the folder name)")
    unknown = [p for p in data.get("complete") or [] if p not in KNOWN_PARTS]
    if unknown:
        raise StatusError(f"{path}: unknown part(s) in 'complete': {', '.join(unknown)}; use: {', '.join(KNOWN_PARTS)}")
    reviews = []
    for number, entry in enumerate(data.get("reviews") or [], start=1):
        if not isinstance(entry, dict) or not entry.get("reviewer") or not isinstance(entry.get("date"), dt.date) \
                or not entry.get("scope"):
            raise StatusError(f"{path}: review {number} needs reviewer, date (YYYY-MM-DD) and scope (a list)")
        reviews.append(Review(str(entry["reviewer"]), entry["date"], [str(s) for s in entry["scope"]],
                              str(entry.get("notes") or "")))
    editions = data.get("editions") or {}
    if not isinstance(editions, dict) or set(editions) - {"learner", "instructor"} \
            or not all(isinstance(name, str) and name for name in editions.values()):
        raise StatusError(f"{path}: 'editions' must map learner and/or instructor to their names in {language}")
    return LanguageStatus(language, str(data.get("name") or language), bool(data.get("publish")),
                          list(data.get("complete") or []), reviews, str(data.get("title") or ""), dict(editions))


def all_statuses(root: Path) -> list[LanguageStatus]:
    return [load_status(root, language) for language in known_languages(root)]


def published_languages(root: Path) -> list[str]:
    """Languages `course build` builds besides English: those whose status file says publish: true."""
    return [s.language for s in all_statuses(root) if s.publish]


def publish_problems(root: Path, language: str) -> list[str]:
    """Why a language marked publish: true may not be published (empty when it may)."""
    from course.i18n.verify import verify_language

    state = load_status(root, language)
    if not state.complete:
        return [f"{status_file(root, language)}: publish: true but no part is listed under 'complete'"]
    return [str(problem) for problem in verify_language(root, language).problems]
