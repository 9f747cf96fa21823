"""Where things live in a course checkout (or in a learner release).

``Layout`` answers every "where is X" question; no other module spells a folder name.
A course checkout holds the question bank (the graded specs), the reference solutions
and the book's sources; a learner release (marked by ``course-release.json``) holds
public checks instead of specs, no solutions, and the built book in ``book/``::

    checkout                              learner release
    _config.yml                           course-release.json
    <SPECS_FOLDER>/chNN_slug.py (specs)   checks/chNN_slug.json  (public checks)
    exercises/chNN_slug.py                exercises/chNN_slug.py
    solutions/chNN_slug.py                (none)
    book/ (sources), data/, locales/      book/ (built HTML), data/
    _build/<edition>/html, _build/<language>/<edition>/html
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

SPECS_FOLDER = Path("questions")   # the question bank: one graded spec per chapter
RELEASE_MANIFEST = "course-release.json"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Layout:
    root: Path

    @classmethod
    def of_spec(cls, spec_file: str | Path) -> "Layout":
        """The layout of the checkout a graded spec file sits in (a spec reading its own
        chapter's reference solution finds it this way, wherever the question bank is)."""
        return cls(Path(spec_file).resolve().parents[len(SPECS_FOLDER.parts)])

    # ---- what kind of folder this is

    @property
    def release_manifest(self) -> Path:
        """Present only in a learner release (made by `course release learner`)."""
        return self.root / RELEASE_MANIFEST

    @property
    def is_release(self) -> bool:
        return self.release_manifest.is_file()

    @property
    def config(self) -> Path:
        return self.root / "_config.yml"

    # ---- the exercises

    @property
    def specs(self) -> Path:
        """The question bank: a checkout's graded specs (never in a learner release)."""
        return self.root / SPECS_FOLDER

    @property
    def public_checks(self) -> Path:
        """A learner release's public checks (salted hashes, public cases)."""
        return self.root / "checks"

    @property
    def exercises(self) -> Path:
        return self.root / "exercises"

    @property
    def solutions(self) -> Path:
        return self.root / "solutions"

    def spec(self, slug: str) -> Path:
        return self.specs / f"{slug}.py"

    def public_check(self, slug: str) -> Path:
        return self.public_checks / f"{slug}.json"

    def exercise(self, slug: str) -> Path:
        return self.exercises / f"{slug}.py"

    def solution(self, slug: str) -> Path:
        return self.solutions / f"{slug}.py"

    def exercise_page(self, slug: str) -> Path:
        """The chapter's exercise page in the book's sources."""
        return self.book / "exercises" / f"{slug}.md"

    # ---- the book and what it reads

    @property
    def book(self) -> Path:
        """The book's sources in a checkout; the built learner edition in a release."""
        return self.root / "book"

    @property
    def bibliography(self) -> Path:
        return self.book / "references.bib"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def package(self) -> Path:
        """The `course` package's sources (copied into a learner release)."""
        return self.root / "course"

    # ---- build output

    @property
    def build(self) -> Path:
        """Where `course build`, `course pdf` and `course bundle` write by default."""
        return self.root / "_build"

    def site(self, edition: str, builder: str = "html", language: str = SOURCE_LANGUAGE,
             out_root: Path | None = None) -> Path:
        """One built edition (under `out_root`, by default the build folder)."""
        return site_dir(Path(out_root) if out_root is not None else self.build, edition, builder, language)


def site_dir(out_root: Path, edition: str, builder: str = "html", language: str = SOURCE_LANGUAGE) -> Path:
    """Where one edition is built under `out_root`. English keeps the place `course build`
    always used; other languages get their own folder."""
    if language == SOURCE_LANGUAGE:
        return out_root / edition / builder
    return out_root / language / edition / builder


def course_root(start: Path | None = None) -> Path:
    """The folder holding `_config.yml` or `course-release.json`, searched upward.

    COURSE_ROOT overrides the search (used by tests and by releases).
    """
    env = os.environ.get("COURSE_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if Layout(folder).config.is_file() or Layout(folder).is_release:
            return folder
    # Fall back to the checkout this package was installed from (editable install).
    return Path(__file__).resolve().parent.parent


def layout(root: Path | None = None) -> Layout:
    """The layout of `root`, or of the course folder found from the current directory."""
    return Layout(Path(root) if root is not None else course_root())


ROOT = course_root()
