"""What the course says about itself: title, edition date, version and licences.

One home, ``data/course_meta.yaml`` (plus the package version), read by the book's
extensions (handout stamps, slides, the page footer) and by ``course.publish`` (the
offline bundle's README), so a printed card and the web page never disagree.
"""
from __future__ import annotations

import datetime
from pathlib import Path

import yaml

META_FILE = Path("data") / "course_meta.yaml"
REQUIRED = ("title", "short_title", "date", "authors", "text_licence", "code_licence")


# Every built page says which edition it belongs to, in a mark that does not depend on the
# language of its title: _ext/edition.py writes it, course.publish checks it before it zips
# a site for learners.
EDITION_META = "course-edition"


def edition_mark(edition: str) -> str:
    return f'<meta name="{EDITION_META}" content="{edition}">'


class MetaError(ValueError):
    pass


def load_meta(root: Path) -> dict:
    """The course metadata as a dict with ``version`` added; a clear error if a field is missing."""
    from course import __version__

    path = Path(root) / META_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MetaError(f"{META_FILE}: cannot read it ({exc}); restore it from git") from exc
    missing = [key for key in REQUIRED if not data.get(key)]
    if missing:
        raise MetaError(f"{META_FILE}: missing {', '.join(missing)}; add them (see the comments in the file)")
    when = data["date"]
    if not isinstance(when, datetime.date):
        try:
            when = datetime.date.fromisoformat(str(when))
        except ValueError as exc:
            raise MetaError(f"{META_FILE}: date {data['date']!r} is not an ISO date (YYYY-MM-DD)") from exc
    return {**data, "date": when.isoformat(), "version": __version__}


def course_title(meta: dict, language: str | None = None, root=None) -> str:
    """The course title in a build's language: the `title` of the language's status file
    (locales/<lang>/status.yaml), else the English one."""
    if not language or language == "en" or root is None:
        return meta["title"]
    from course.i18n.status import StatusError, load_status

    try:
        return load_status(root, language).title or meta["title"]
    except StatusError:     # a language with no status file: its build shows English labels
        return meta["title"]


def stamp(meta: dict, language: str | None = None, root=None) -> str:
    """The one-line imprint on every handout and slide; in a translated build, with the
    course title and the words (page labels) in its language."""
    version, licence = "version {version}", "licence {licence}"
    if language and language != "en" and root is not None:
        from course.i18n.messages import page_text

        version, licence = page_text("version {version}", language, root), page_text("licence {licence}", language, root)
    return " · ".join([course_title(meta, language, root), version.format(version=meta["version"]), meta["date"],
                       licence.format(licence=meta["text_licence"]["name"])])
