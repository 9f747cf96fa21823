"""class-report.html and class-report.csv: how the class did on each item (see course.grading.class_report)."""
from __future__ import annotations

from pathlib import Path

from course.grading.class_report import write_class_report
from course.grading.exporters.base import ClassResults, Exporter


class ClassReportFiles(Exporter):
    name = "class report"

    def write(self, results: ClassResults, out: Path) -> Path:
        return write_class_report(out, results.records, results.chapters)
