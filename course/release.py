"""Make the learner release: everything a learner needs, and no answers.

The release holds the learner edition of the book, the exercise stubs, the data,
the `course` package, and public checks (`checks/chNN_slug.json`): discrete answers
only as salted hashes, function items with their public examples only, written items
with their structure rules and rubric. No solutions, no hidden cases, no worked
explanations, no facilitator kit.
"""
from __future__ import annotations

import json
import secrets
import shutil
from datetime import date
from pathlib import Path

from course.grading.runner import load_chapters
from course.packaging import runtime_dependencies, toml_list

LEARNER_PYPROJECT = """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "prc-surveillance-course-learner"
version = "{version}"
requires-python = ">=3.11"
dependencies = {dependencies}

[project.scripts]
course = "course.cli:main"

[tool.setuptools.packages.find]
include = ["course*"]
"""

LEARNER_README = """# PRC surveillance technology: learner copy

This folder is your copy of the course.

- `book/index.html`: the course book. Open it in a browser; it works offline.
- `exercises/`: one file per chapter. Edit the answers in these files.
- `course check 7` scores chapter 7 and gives a hint for each miss.

Set up once (Python 3.11 or newer):

    python3 -m venv .venv
    .venv/bin/pip install -e .
    .venv/bin/course check

The checks in this copy know whether an answer is right without containing the
answer. Function exercises are checked against the examples shown in the book; your
instructor's grading also runs further cases, and grades written answers by rubric.
"""

# Never copied into a release, whatever else changes.
EXCLUDED_DATA = {"sessions"}


class ReleaseError(Exception):
    pass


def make_learner_release(root: Path, out: Path, book_html: Path | None) -> dict:
    """Write the learner release to `out` (which must not exist or be empty)."""
    from course import __version__

    if out.exists() and any(out.iterdir()):
        raise ReleaseError(f"{out} is not empty; choose a new folder")
    chapters = load_chapters(root)
    if any(c.spec is None for c in chapters.values()):
        raise ReleaseError("a release is made from the course folder (with tests/graded/), not from a release")
    out.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(16)
    (out / "checks").mkdir()
    for slug, chapter in chapters.items():
        document = chapter.spec.public(salt)
        (out / "checks" / f"{slug}.json").write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "exercises").mkdir()
    for slug in chapters:
        shutil.copyfile(root / "exercises" / f"{slug}.py", out / "exercises" / f"{slug}.py")
    shutil.copytree(root / "course", out / "course", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if (root / "data").is_dir():
        shutil.copytree(root / "data", out / "data",
                        ignore=lambda folder, names: [n for n in names if n in EXCLUDED_DATA or n == "__pycache__"])
    if book_html is not None:
        shutil.copytree(book_html, out / "book")
    # course.data checks each row's source against the bibliography.
    (out / "book").mkdir(exist_ok=True)
    shutil.copyfile(root / "book" / "references.bib", out / "book" / "references.bib")
    pins = toml_list(runtime_dependencies(root))
    (out / "pyproject.toml").write_text(LEARNER_PYPROJECT.format(version=__version__, dependencies=pins), encoding="utf-8")
    (out / "README.md").write_text(LEARNER_README, encoding="utf-8")
    manifest = {"kind": "learner", "version": __version__, "made": date.today().isoformat(),
                "chapters": sorted(chapters), "book": book_html is not None}
    (out / "course-release.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest
