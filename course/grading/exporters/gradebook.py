"""gradebook.csv: one row per learner with status, points per item and chapter, totals."""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from course.grading.exporters.base import ClassResults, Exporter, percent
from course.grading.files import write_csv
from course.grading.report import fmt

ZERO = Fraction(0)


def gradebook_rows(results: ClassResults):
    """The header, then one row per learner (a generator: the class is never held whole)."""
    items = results.item_ids
    shorts = [c.short for c in results.chapters.values()]
    header = ["learner_id", "submitted as", "status", "reason", *items, *[f"{s} total" for s in shorts],
              "auto points", "auto possible", "auto percent"]
    if results.criteria:
        header += ["manual points", "manual possible", "manual graded", "final points", "final possible",
                   "final percent"]
    yield header
    for record in results.records:
        row = [record.learner, record.source, record.status, record.reason]
        awarded = record.awarded_by_item()   # one pass, not one pass over all items per item
        row += [fmt(awarded.get(i, ZERO)) for i in items]
        row += [fmt(record.chapters[s].awarded) if s in record.chapters else "0" for s in shorts]
        row += [fmt(record.total), fmt(results.auto_possible), percent(record.total, results.auto_possible)]
        if results.criteria:
            final = results.final_points(record)
            row += [fmt(results.manual_points(record)), fmt(results.manual_possible),
                    f"{results.manual_graded(record)} of {len(results.criteria)}", fmt(final),
                    fmt(results.final_possible), percent(final, results.final_possible)]
        yield row


class GradebookCsv(Exporter):
    name = "gradebook"

    def write(self, results: ClassResults, out: Path) -> Path:
        return write_csv(out / "gradebook.csv", gradebook_rows(results))
