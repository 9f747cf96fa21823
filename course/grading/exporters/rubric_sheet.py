"""manual-grading.csv: the rubric sheet the instructor fills in (see course.grading.rubric)."""
from __future__ import annotations

from pathlib import Path

from course.grading.exporters.base import ClassResults, Exporter
from course.grading.files import write_csv
from course.grading.rubric import SHEET_FILE, sheet_rows


class RubricSheet(Exporter):
    name = "manual sheet"

    def write(self, results: ClassResults, out: Path) -> Path | None:
        if not results.criteria:
            return None
        return write_csv(out / SHEET_FILE, sheet_rows(results.records, results.chapters, results.book))
