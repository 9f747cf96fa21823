"""What a graded batch produces, always rebuilt from the learners' records.

- gradebook.csv: one row per learner: status, points per item, per chapter, totals;
- feedback/<learner>.md and .html: each item, points, a hint for a miss (never an
  answer or a hidden case), and the rubric scores and comments once merged;
- manual-grading.csv: the rubric sheet, one row per learner, written item and
  criterion; `merge_manual` folds a filled-in copy back (see course.grading.rubric);
- canvas.csv and moodle.csv: final totals in the columns those platforms import.

Each output is an `Exporter` (course.grading.exporters) formatting the same records.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from course.grading.exporters import EXPORTERS, ClassResults
from course.grading.record import LearnerRecord
from course.grading.rubric import ManualSheetError, MergeReport, RubricBook, merge_sheet
from course.grading.runner import ChapterChecks

__all__ = ["ManualSheetError", "merge_manual", "write_outputs", "stale_rubric_scores"]


def write_outputs(out: Path, records: Iterable[LearnerRecord], chapters: dict[str, ChapterChecks],
                  changed: set[str] | None = None, skip: tuple[str, ...] = ()) -> dict[str, Path]:
    """Write every output (but those named in `skip`); feedback pages only for learners
    in `changed` (None: all).
    Returns {name: path} of what was written. Raises ManualSheetError when the stored
    rubric scores cannot be read (nothing is written then)."""
    results = ClassResults(records, chapters, RubricBook.load(out), changed)
    written = {}
    for exporter in EXPORTERS:
        if exporter.name in skip:
            continue
        path = exporter.write(results, out)
        if path is not None:
            written[exporter.name] = path
    return written


def merge_manual(sheet: Path, out: Path, records: list[LearnerRecord], chapters: dict[str, ChapterChecks]) -> MergeReport:
    """Validate a filled-in rubric sheet and store its scores (all or nothing)."""
    book = RubricBook.load(out)
    report = merge_sheet(sheet, records, chapters, book)
    book.save(out)
    return report


def stale_rubric_scores(out: Path, records: list[LearnerRecord]) -> list[str]:
    """Learners whose merged rubric scores belong to an earlier submission (not counted)."""
    return RubricBook.load(out).stale(records)
