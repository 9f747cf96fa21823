"""Make the learner release: everything a learner needs, and no answers.

The release holds the learner edition of the book, the exercise stubs, the data,
the `course` package, and public checks (`checks/chNN_slug.json`). No solutions, no
hidden cases, no worked explanations, no facilitator kit.

Two kinds:
* practice (default): discrete answers as salted hashes, so `course check` can say
  whether an answer is right. Anyone can recover those answers by trying every
  option; the README and `course check` say so plainly.
* exam (`--exam`): no answer hashes at all, only checks of each answer's format.

Stubs come from the last commit (`git show HEAD:exercises/...`), never from the
working tree, where an instructor may have answered them; outside a git checkout the
files on disk are used. Either way every stub must score 0 against the full checks
before anything is written: a stub that earns a point holds an answer, and the
release is refused. (The git copy protects against a slip in the working tree; the
zero-score check also catches answers that were committed, and works without git.)
"""
from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from course.grading.runner import grade_submission, load_chapters
from course.packaging import runtime_dependencies, toml_list
from course.paths import SPECS_FOLDER, Layout

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

{checks}
"""

PRACTICE_CHECKS = """This is a practice copy. Its checks can tell whether an answer is right,
so they also reveal the right answers to anyone who tries every option: they are
for practice, not for a test. Function exercises are checked against the examples
shown in the book and against further practice cases, and a miss shows what your
function returned and what was expected. Your instructor's grading runs different
further cases in place of the practice ones, and grades written answers by rubric."""

EXAM_CHECKS = """This is an exam copy. `course check` only checks that each answer has the
right form (a letter, a number, a list ...). It cannot tell whether an answer is
right: your instructor grades your answers."""

PRACTICE_NOTICE = ("Practice copy: these self-checks show whether an answer is right, so they also reveal "
                   "the answers to anyone who tries every option. Your instructor grades with separate checks.")
EXAM_NOTICE = "Exam copy: only the form of each answer is checked here; your instructor grades the answers."

# Never copied into a release, whatever else changes.
EXCLUDED_DATA = {"sessions"}


class ReleaseError(Exception):
    pass


def practice_notice(root: Path) -> str | None:
    """What `course check` says about a release's checks (None outside a release)."""
    try:
        manifest = json.loads(Layout(root).release_manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("kind") != "learner":
        return None
    return PRACTICE_NOTICE if manifest.get("answer_checks", True) else EXAM_NOTICE


def _git_stub(root: Path, slug: str) -> bytes | None:
    """The committed version of the chapter's stub (exercises/<slug>.py), or None outside a git checkout."""
    stub = Layout(root).exercise(slug).relative_to(root).as_posix()
    try:
        done = subprocess.run(["git", "-C", str(root), "show", f"HEAD:./{stub}"],
                              capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def pristine_stubs(root: Path, chapters) -> tuple[dict[str, bytes], str]:
    """Every chapter's stub from the last commit (or from disk outside git), checked to score 0.

    Returns (slug -> content, where they came from). Raises ReleaseError if any stub
    earns a point: it holds an answer.
    """
    from course.grading.sandbox import Sandbox

    stubs, source = {}, "the last git commit"
    for slug in chapters:
        committed = _git_stub(root, slug)
        if committed is None:
            path = Layout(root).exercise(slug)
            if not path.is_file():
                raise ReleaseError(f"{path} is missing; every chapter needs its stub")
            committed, source = path.read_bytes(), "exercises/ on disk (not a git checkout)"
        stubs[slug] = committed
    with tempfile.TemporaryDirectory(prefix="course-release-stubs-") as tmp:
        for slug, data in stubs.items():
            (Path(tmp) / f"{slug}.py").write_bytes(data)
        # The instructor's own stub files: no sandbox needed to score them.
        results = grade_submission(Path(tmp), chapters, Sandbox(allow_unsandboxed=True))
    answered = [f"exercises/{r.chapter.slug}.py earns {r.awarded} points "
                f"({', '.join(sorted({x.check.item_id for x in r.results if x.awarded}))})"
                for r in results if r.awarded]
    if answered:
        raise ReleaseError(f"stubs from {source} hold answers: {'; '.join(answered)}. "
                           "Restore the stubs (git checkout -- exercises/) and release again")
    return stubs, source


def make_learner_release(root: Path, out: Path, book_html: Path | None, answer_checks: bool = True) -> dict:
    """Write the learner release to `out` (which must not exist or be empty).

    `answer_checks=False` makes an exam release: format checks only, no answer hashes.
    """
    from course import __version__

    if out.exists() and any(out.iterdir()):
        raise ReleaseError(f"{out} is not empty; choose a new folder")
    chapters = load_chapters(root)
    if any(c.spec is None for c in chapters.values()):
        raise ReleaseError(f"a release is made from the course folder (with {SPECS_FOLDER}/), not from a release")
    stubs, stub_source = pristine_stubs(root, chapters)
    out.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(16) if answer_checks else None
    source, release = Layout(root), Layout(out)
    release.public_checks.mkdir()
    from course.i18n.item_messages import compile_items_for_release, languages_with_items, seal_translated_reasons

    languages = [language for language in languages_with_items(root) if language != "en"]
    for slug, chapter in chapters.items():
        # Each language's option reasons, sealed as the English ones are: none in clear text.
        document = seal_translated_reasons(chapter.spec.public(salt), chapter.spec, salt, root, languages)
        release.public_check(slug).write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    release.exercises.mkdir()
    for slug, data in stubs.items():
        release.exercise(slug).write_bytes(data)
    shutil.copytree(source.package, release.package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if source.data.is_dir():
        shutil.copytree(source.data, release.data,
                        ignore=lambda folder, names: [n for n in names if n in EXCLUDED_DATA or n == "__pycache__"])
    if book_html is not None:
        shutil.copytree(book_html, release.book)
    # Translated `course check` messages, compiled (COURSE_LANGUAGE=es; see course/i18n/messages.py).
    from course.i18n.messages import compile_for_release

    compile_for_release(root, out)
    compile_items_for_release(root, out, [chapter.spec for chapter in chapters.values()])
    # course.data checks each row's source against the bibliography.
    release.book.mkdir(exist_ok=True)
    shutil.copyfile(source.bibliography, release.bibliography)
    pins = toml_list(runtime_dependencies(root))
    (out / "pyproject.toml").write_text(LEARNER_PYPROJECT.format(version=__version__, dependencies=pins), encoding="utf-8")
    readme = LEARNER_README.format(checks=PRACTICE_CHECKS if answer_checks else EXAM_CHECKS)
    (out / "README.md").write_text(readme, encoding="utf-8")
    manifest = {"kind": "learner", "release": "practice" if answer_checks else "exam",
                "answer_checks": answer_checks, "version": __version__, "made": date.today().isoformat(),
                "chapters": sorted(chapters), "book": book_html is not None, "stubs_from": stub_source}
    release.release_manifest.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest
