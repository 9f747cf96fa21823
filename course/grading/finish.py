"""After a batch: write the outputs from the records, rebuilding only what changed.

The gradebook, the manual sheet, the LMS files and the class report are whole-class
files and are rewritten every time (they are cheap and streamed). Feedback pages are
one per learner and are the expensive part of a rerun, so each page is rebuilt only
when its inputs changed: the learner's record, the merged rubric scores, the chapter
titles or the code that writes the pages. `OUT/.outputs-stamps.json` remembers, per
learner, a digest of those inputs as of the last pages written.

A run that did not finish (Ctrl-C) still writes everything from the records it has,
and `INCOMPLETE.txt` says so, how many learners are missing and how to finish; a run
that finishes removes it.
"""
from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from course.grading import outputs
from course.grading.batch import RecordSet, record_path
from course.grading.exporters.base import ClassResults
from course.grading.exporters.feedback import write_pages
from course.grading.files import atomic_write
from course.grading.rubric import BOOK_FILE, RubricBook
from course.grading.runner import ChapterChecks

GRADING = Path(__file__).resolve().parent
# The code a feedback page is made by: a change in any of it rebuilds every page.
PAGE_CODE = [GRADING / "outputs.py", GRADING / "learner_text.py", GRADING / "rubric.py", GRADING / "record.py",
             GRADING / "report.py", *sorted((GRADING / "exporters").glob("*.py"))]

STAMPS = ".outputs-stamps.json"
INCOMPLETE = "INCOMPLETE.txt"


def all_records(out: Path) -> RecordSet:
    """Every record in `out/records/` (for commands that regrade nothing)."""
    records_dir = out / "records"
    return RecordSet(records_dir, [p.stem for p in records_dir.glob("*.json")] if records_dir.is_dir() else [])


def _context(out: Path, chapters: dict[str, ChapterChecks]) -> bytes:
    """What every feedback page depends on besides its own record."""
    digest = hashlib.sha256()
    for path in PAGE_CODE:
        digest.update(path.read_bytes())
    book = out / BOOK_FILE
    digest.update(book.read_bytes() if book.is_file() else b"-")
    digest.update(json.dumps([[c.short, c.title] for c in chapters.values()]).encode())
    return digest.digest()


class PagesAsGraded:
    """Writes a learner's feedback pages the moment they are graded (called in the
    grading threads, so the pages are made while the sandboxes work, not after), and
    remembers their stamps so that `write_all` does not write them again."""

    def __init__(self, out: Path, chapters: dict[str, ChapterChecks]):
        self.context = _context(out, chapters)
        self.results = ClassResults([], chapters, RubricBook.load(out))
        self.folder, self.records_dir = out / "feedback", out / "records"
        self.stamps: dict[str, str] = {}
        self._lock = threading.Lock()

    def __call__(self, record) -> None:
        write_pages(record, self.results, self.folder)
        stamp = _stamp(self.context, record_path(self.records_dir, record.learner).read_bytes())
        with self._lock:
            self.stamps[record.learner] = stamp


def _stamp(context: bytes, record_bytes: bytes) -> str:
    return hashlib.sha256(context + record_bytes).hexdigest()[:20]


def changed_learners(out: Path, records: RecordSet, chapters: dict[str, ChapterChecks],
                     fresh: dict[str, str] | None = None) -> tuple[set[str], dict, dict]:
    """Learners whose feedback pages must be rebuilt, the stamps to save once they are,
    and the stamps of the pages on disk (saved last time, or `fresh` from this run)."""
    context = _context(out, chapters)
    try:
        old = json.loads((out / STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    old.update(fresh or {})
    stamps = {}
    for learner in records.learners:
        try:
            data = record_path(records.records_dir, learner).read_bytes()
        except OSError:
            continue
        stamps[learner] = _stamp(context, data)
    changed = {learner for learner, stamp in stamps.items() if old.get(learner) != stamp}
    return changed, stamps, old


def write_all(out: Path, records: RecordSet, chapters: dict[str, ChapterChecks],
              incomplete: str | None = None, pages: PagesAsGraded | None = None) -> dict[str, Path]:
    """Write every output from `records`; `incomplete` (a message) marks them partial.

    A stopped batch must end within seconds, so it writes the whole-class files only
    (and the pages `pages` wrote while grading); the other pages follow when the batch
    is finished.
    """
    changed, stamps, old = changed_learners(out, records, chapters, pages.stamps if pages else None)
    skip = ("feedback",) if incomplete else ()
    written = outputs.write_outputs(out, records, chapters, changed=changed, skip=skip)
    if incomplete:  # pages not written: keep their old stamps so the next run writes them
        stamps = {learner: old.get(learner, "") if learner in changed else stamp for learner, stamp in stamps.items()}
    atomic_write(out / STAMPS, json.dumps(stamps, indent=0, sort_keys=True), durable=False)
    marker = out / INCOMPLETE
    if incomplete:
        atomic_write(marker, incomplete.rstrip("\n") + "\n")
        written["INCOMPLETE"] = marker
    elif marker.exists():
        marker.unlink()
    return written
