"""Build one of two editions of the course from the same source.

COURSE_EDITION=learner (the default) removes everything a learner must not see:
worked solutions (sphinx-exercise ``hide_solutions``), ``{only} instructor`` blocks,
every page under ``book/instructor/`` (dropped from the TOC *and* the build), and the
copied Markdown sources (``_sources/`` would otherwise leak all of the above).

COURSE_EDITION=instructor keeps all of it and adds the Sphinx tag ``instructor``.
"""
from __future__ import annotations

import os
from pathlib import Path

import yaml

from course.meta import edition_mark

EDITIONS = ("learner", "instructor")
INSTRUCTOR_PREFIX = "book/instructor/"


def current_edition() -> str:
    edition = os.environ.get("COURSE_EDITION", "learner")
    if edition not in EDITIONS:
        raise ValueError(f"COURSE_EDITION must be one of {EDITIONS}, not {edition!r}")
    return edition


def _drop_instructor_entries(node):
    """Return a copy of a TOC subtree without entries under book/instructor/."""
    if isinstance(node, list):
        kept = [_drop_instructor_entries(n) for n in node]
        return [n for n in kept if n is not None]
    if isinstance(node, dict):
        if str(node.get("file", "")).startswith(INSTRUCTOR_PREFIX):
            return None
        out = {k: _drop_instructor_entries(v) if isinstance(v, (list, dict)) else v for k, v in node.items()}
        for key in ("chapters", "sections", "parts"):
            if key in out and not out[key]:
                del out[key]
        if "caption" in out and "chapters" not in out and "file" not in out:
            return None  # a part left empty
        return out
    return node


def _learner_toc(srcdir: Path, toc_path: str, outdir: Path) -> str:
    toc = yaml.safe_load((srcdir / toc_path).read_text(encoding="utf-8"))
    filtered = _drop_instructor_entries(toc)
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / "_toc_learner.yml"
    target.write_text(yaml.safe_dump(filtered, sort_keys=False), encoding="utf-8")
    return str(target)


def _config_inited(app, config):
    edition = current_edition()
    config.course_edition = edition
    if edition == "instructor":
        app.tags.add("instructor")
        config.hide_solutions = False
    else:
        config.hide_solutions = True
        config.exclude_patterns = [*config.exclude_patterns, INSTRUCTOR_PREFIX + "**"]
        toc_path = getattr(config, "external_toc_path", "_toc.yml")
        config.external_toc_path = _learner_toc(Path(app.srcdir), toc_path, Path(app.doctreedir))
    # Never publish raw sources: they hold solutions and instructor notes.
    config.html_copy_source = False
    config.html_show_sourcelink = False
    config.html_theme_options = {**config.html_theme_options, "use_download_button": False}
    from course.i18n.status import load_status, site_title

    title = config.html_title or config.project or "Course"
    translated = config.language and config.language != "en"   # then the title is in its language
    config.html_title = site_title(title, edition, load_status(Path(app.srcdir), config.language) if translated else None)


def _mark_edition(app, pagename, templatename, context, doctree):
    # Machine-readable, whatever the language of the title: course/publish.py checks it
    # before it zips a site for learners.
    context["metatags"] = context.get("metatags", "") + edition_mark(app.config.course_edition) + "\n"


def setup(app):
    # Before sphinx_external_toc reads the TOC (it listens at priority 900).
    app.connect("config-inited", _config_inited, priority=800)
    app.connect("html-page-context", _mark_edition)
    app.add_config_value("course_edition", "learner", "env")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
