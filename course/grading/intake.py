"""Take in submissions as untrusted input: folders, zip files, or one zip of zips.

Nothing is ever extracted as the archive says: we read the bytes of the few files we
expect (the chapter exercise files, matched by their base name at any depth) and
write them under names of our own. Archives with absolute or `..` paths, links, too
many members or too many bytes are rejected whole, with the reason. Files that could
change how grading runs (conftest.py, sitecustomize.py, *.pth, pytest.ini ...) are
never used, and are reported.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator

from course.grading.answers_file import SUFFIX as ANSWERS_SUFFIX, AnswersFileError, source_from_answers
from course.grading.clean import clean_text

MAX_MEMBERS = 400
MAX_TOTAL_BYTES = 25 << 20      # uncompressed, for one learner's submission
MAX_FILE_BYTES = 1 << 20        # one exercise file
MAX_RATIO = 200                 # uncompressed / compressed size for one member
MAX_OUTER_BYTES = 2 << 30       # a whole class archive

SUSPICIOUS = {"conftest.py", "sitecustomize.py", "usercustomize.py", "pytest.ini", "tox.ini", "setup.cfg",
              "pyproject.toml", "setup.py", "__init__.py", "results.json", "grade.json"}


class IntakeError(Exception):
    """The input as a whole cannot be read (a bad path, not a bad learner)."""


@dataclass
class Intake:
    learner: str
    files: dict[str, bytes] = field(default_factory=dict)   # slug -> file content
    ignored: list[str] = field(default_factory=list)        # suspicious files we did not use
    notes: list[str] = field(default_factory=list)          # other things worth saying
    rejected: str | None = None
    source: str = ""    # the folder, zip or zip member name the learner id was made from
    answers: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # slug -> (name, bytes) of answers files


MAX_ID_CHARS = 64
SAFE_PUNCTUATION = " ._-@'"


def learner_id(name: str) -> str:
    """A learner id from a folder or archive name: the name itself, safe as a file name.

    Letters and digits of every script are kept (Айбек Асанов, José, 陈), NFC-normalised
    so that one name typed two ways is one id, with single spaces. Everything that could
    change a path, a shell command, a CSV or a terminal (slashes, quotes, wildcards,
    control and bidi characters) becomes "_"; an id never starts with a character a
    spreadsheet reads as a formula, nor with a dot.
    """
    stem = name[:-4] if name.lower().endswith(".zip") else name
    text = " ".join(unicodedata.normalize("NFC", stem).split())
    kept = "".join(ch if ch in SAFE_PUNCTUATION or unicodedata.category(ch)[0] in "LNM" else "_" for ch in text)
    clean = re.sub(r"_+", "_", kept).lstrip("._-@' ").rstrip("._-' ")[:MAX_ID_CHARS].rstrip("._-' ")
    return clean or "unnamed"


def _answers_slug(name: str, expected: set[str]) -> str | None:
    """The chapter an answers file (chNN_slug.answers.json) is for, if that chapter is expected."""
    base = PurePosixPath(name).name
    if base.endswith(ANSWERS_SUFFIX) and base[: -len(ANSWERS_SUFFIX)] + ".py" in expected:
        return base[: -len(ANSWERS_SUFFIX)]
    return None


def _take_answers(intake: Intake, slug: str, data: bytes, name: str) -> None:
    if slug in intake.answers:
        intake.notes.append(f"{clean_text(name)} duplicates another {slug}{ANSWERS_SUFFIX} and was not used")
        return
    intake.answers[slug] = (name, data)


def settle_answers(intake: Intake, answerable: dict[str, dict[str, str]]) -> Intake:
    """Turn each answers file into the Python source it stands for, unless the learner
    also sent that chapter's Python file (which then wins: a chapter is graded from one file)."""
    problems = []
    for slug, (name, data) in sorted(intake.answers.items()):
        base = clean_text(PurePosixPath(name).name)
        if slug in intake.files:
            intake.notes.append(f"{base} was not used: {slug}.py is graded instead (one file per chapter)")
            continue
        try:
            intake.files[slug] = source_from_answers(data, slug, answerable.get(slug, {}), base)
        except AnswersFileError as exc:
            problems.append(str(exc))
    intake.notes.extend(problems)
    if problems and not intake.files and not intake.rejected:
        intake.rejected = problems[0]
    intake.answers.clear()
    return intake


def _classify(name: str, expected: set[str], intake: Intake) -> str | None:
    """The slug to file this member under, or None (and note why it is skipped)."""
    base = PurePosixPath(name).name
    if base in expected:
        return base[:-3]
    if base in SUSPICIOUS or base.endswith(".pth") or base.startswith("."):
        intake.ignored.append(clean_text(name))
    return None


def _take(intake: Intake, slug: str, data: bytes, name: str, depth: int, depths: dict) -> None:
    if len(data) > MAX_FILE_BYTES:
        intake.notes.append(f"{clean_text(name)} is larger than {MAX_FILE_BYTES >> 10} KiB and was not graded")
        return
    if slug in intake.files and depths[slug] <= depth:
        intake.notes.append(f"{clean_text(name)} duplicates another {slug}.py and was not used")
        return
    intake.files[slug] = data
    depths[slug] = depth


def read_folder(folder: Path, expected: set[str], answerable: dict[str, dict[str, str]] | None = None) -> Intake:
    """One learner's folder. With `answerable` ({slug: {name: kind}}), answers files
    exported from the exercise pages are taken too (see course.grading.answers_file)."""
    intake = Intake(learner_id(folder.name), source=folder.name)
    depths: dict[str, int] = {}
    count = total = 0
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        for name in list(dirnames):
            if (here / name).is_symlink():
                intake.ignored.append(clean_text(str((here / name).relative_to(folder))))
                dirnames.remove(name)
        for name in filenames:
            path = here / name
            relative = str(path.relative_to(folder))
            count += 1
            if count > MAX_MEMBERS:
                intake.rejected = f"more than {MAX_MEMBERS} files"
                return intake
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
                intake.ignored.append(clean_text(relative))
                continue
            total += info.st_size
            if total > MAX_TOTAL_BYTES:
                intake.rejected = f"more than {MAX_TOTAL_BYTES >> 20} MiB of files"
                return intake
            answers_slug = _answers_slug(relative, expected) if answerable is not None else None
            if answers_slug:
                with open(path, "rb") as handle:
                    _take_answers(intake, answers_slug, handle.read(MAX_FILE_BYTES + 1), relative)
                continue
            slug = _classify(relative, expected, intake)
            if slug:
                with open(path, "rb") as handle:
                    _take(intake, slug, handle.read(MAX_FILE_BYTES + 1), relative, relative.count(os.sep), depths)
    return settle_answers(intake, answerable) if answerable is not None else intake


def _unsafe_member(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return f"absolute path {name!r}"
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return f"path traversal {name!r}"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return f"link {name!r}"
    if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO and info.file_size > 1 << 20:
        return f"{name!r} expands {info.file_size // max(info.compress_size, 1)} times (a zip bomb?)"
    return None


def read_zip(source: bytes | Path, name: str, expected: set[str],
             answerable: dict[str, dict[str, str]] | None = None) -> Intake:
    intake = Intake(learner_id(name), source=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except Exception as exc:  # any malformed archive is this learner's problem only
        intake.rejected = f"not a readable zip file ({_reason(exc)})"
        return intake
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            intake.rejected = f"the archive has {len(members)} members (limit {MAX_MEMBERS})"
            return intake
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            intake.rejected = f"the archive expands to more than {MAX_TOTAL_BYTES >> 20} MiB"
            return intake
        for member in members:
            problem = _unsafe_member(member)
            if problem:
                intake.rejected = f"unsafe archive: {problem}"
                return intake
        depths: dict[str, int] = {}
        for member in members:
            if member.is_dir():
                continue
            answers_slug = _answers_slug(member.filename, expected) if answerable is not None else None
            slug = answers_slug or _classify(member.filename, expected, intake)
            if slug:
                try:
                    with archive.open(member) as handle:
                        data = handle.read(MAX_FILE_BYTES + 1)
                except Exception as exc:  # bad deflate (zlib.error), bad LZMA, bad CRC, encryption ...
                    intake.rejected = f"{clean_text(member.filename)} in the archive is damaged and cannot be read ({_reason(exc)})"
                    intake.files.clear()
                    return intake
                if answers_slug:
                    _take_answers(intake, slug, data, member.filename)
                else:
                    _take(intake, slug, data, member.filename, member.filename.count("/"), depths)
    return settle_answers(intake, answerable) if answerable is not None else intake


def _reason(exc: Exception) -> str:
    """A short, printable reason from an archive library's exception."""
    text = clean_text(" ".join(str(exc).split())[:120])
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@dataclass
class Entry:
    """One learner's submission, found by name only: nothing of it has been read yet."""
    learner: str
    path: Path                      # the learner's folder or zip, or the class zip
    member: str | None = None       # the learner's zip inside the class zip
    rejected: str | None = None     # known unsafe from the listing alone
    source: str = ""                # the folder, zip or zip member name the id is made from


class Submissions:
    """A class's submissions, listed once by name and then read one learner at a time.

    Listing reads only names (folder entries, or the class zip's directory), so learner
    ids are assigned over the whole class before any file is read, and each learner's
    files are read exactly once, when they are graded. Only one learner's files are in
    memory at a time, however large the class.
    """

    def __init__(self, path: Path, expected: set[str], answerable: dict[str, dict[str, str]] | None = None):
        if not path.exists():
            raise IntakeError(f"submissions not found: {path}")
        self.path, self.expected, self.answerable = path, expected, answerable
        self.entries = _list_class_zip(path) if path.is_file() else _list_folder(path)
        placeholders = [Intake(entry.learner, source=entry.source) for entry in self.entries]
        for entry, placeholder in zip(self.entries, _unique(placeholders)):
            entry.learner = placeholder.learner

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def learners(self) -> list[str]:
        return [entry.learner for entry in self.entries]

    def read(self, entries: list[Entry] | None = None) -> Iterator[Intake]:
        """Yield each learner's Intake in listing order (one archive open at a time)."""
        entries = self.entries if entries is None else entries
        if not self.path.is_file():
            for entry in entries:
                yield _read_entry(entry, self.expected, None, self.answerable)
            return
        try:
            outer = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise IntakeError(f"{self.path.name} is not a zip file ({exc.__class__.__name__})") from None
        with outer:
            for entry in entries:
                yield _read_entry(entry, self.expected, outer, self.answerable)


def _read_entry(entry: Entry, expected: set[str], outer: zipfile.ZipFile | None, answerable=None) -> Intake:
    if entry.rejected:
        intake = Intake(entry.learner, rejected=entry.rejected, source=entry.source)
    elif outer is not None:
        try:
            with outer.open(entry.member) as handle:
                data = handle.read(MAX_TOTAL_BYTES + 1)
        except Exception as exc:  # one damaged learner zip must not stop the class
            return Intake(entry.learner, rejected=f"the archive is damaged and cannot be read ({_reason(exc)})",
                          source=entry.source)
        intake = read_zip(data, PurePosixPath(entry.member).name, expected, answerable)
    elif entry.path.is_dir():
        intake = read_folder(entry.path, expected, answerable)
    else:
        intake = read_zip(entry.path, entry.path.name, expected, answerable)
    intake.learner, intake.source = entry.learner, entry.source
    return intake


def _list_folder(path: Path) -> list[Entry]:
    entries = []
    for entry in sorted(p for p in path.iterdir() if not p.name.startswith(".")):
        if entry.is_symlink():
            continue
        if entry.is_dir() or entry.suffix.lower() == ".zip":
            entries.append(Entry(learner_id(entry.name), entry, source=entry.name))
    if not entries:
        raise IntakeError(f"no learner folders or .zip files in {path}")
    return entries


def _list_class_zip(path: Path) -> list[Entry]:
    if path.stat().st_size > MAX_OUTER_BYTES:
        raise IntakeError(f"{path.name} is larger than {MAX_OUTER_BYTES >> 30} GiB")
    try:
        outer = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise IntakeError(f"{path.name} is not a zip file ({exc.__class__.__name__})") from None
    entries = []
    with outer:
        inner_zips = [m for m in outer.infolist() if m.filename.lower().endswith(".zip") and not m.is_dir()]
        if not inner_zips:
            raise IntakeError(f"{path.name} holds no per-learner .zip files (expected a zip of zips)")
        for member in inner_zips:
            base = PurePosixPath(member.filename).name
            problem = _unsafe_member(member)
            rejected = f"unsafe archive: {problem or 'too large'}" if problem or member.file_size > MAX_TOTAL_BYTES else None
            entries.append(Entry(learner_id(base), path, member.filename, rejected, source=member.filename))
    return entries


def collect(path: Path, expected: set[str], answerable: dict[str, dict[str, str]] | None = None) -> list[Intake]:
    """Every learner's submission under `path` (a folder, or one zip of zips), all in memory.

    For small classes and tests; `course grade` streams with `Submissions` instead.
    """
    return list(Submissions(path, expected, answerable).read())


def _unique(intakes: list[Intake]) -> list[Intake]:
    """Make every id unique, compared case-insensitively, without depending on order.

    Ids that clash (bob, Bob, bob.zip) get a suffix made from a hash of their own
    source name, so an id never changes because another learner sorted before it.
    A folder whose name already is its id (bob) keeps it when it is the only such one.
    Every suffixed id is checked against every id taken, including real names like bob-2.
    """
    groups: dict[str, list[Intake]] = {}
    for intake in intakes:
        groups.setdefault(intake.learner.casefold(), []).append(intake)
    taken = {key for key, group in groups.items() if len(group) == 1}
    for key in sorted(k for k, group in groups.items() if len(group) > 1):
        group = groups[key]
        exact = [i for i in group if i.source == i.learner]
        keeper = exact[0] if len(exact) == 1 else None
        if keeper is not None:
            taken.add(key)
        for intake in sorted(group, key=lambda i: i.source):
            if intake is not keeper:
                intake.learner = _suffixed(intake.learner, intake.source, taken)
    return intakes


def _suffixed(base: str, source: str, taken: set[str]) -> str:
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    for size in range(6, len(digest) + 1, 2):
        candidate = f"{base[:MAX_ID_CHARS]}-{digest[:size]}"
        if candidate.casefold() not in taken:
            taken.add(candidate.casefold())
            return candidate
    raise AssertionError("a sha256 suffix cannot collide with every id")
