"""canvas.csv and moodle.csv: final totals (automatic plus rubric) for a learning platform."""
from __future__ import annotations

from itertools import chain
from pathlib import Path

from course.grading.exporters.base import ASSIGNMENT, ClassResults, Exporter
from course.grading.files import write_csv
from course.grading.learner_text import clean
from course.grading.record import LearnerRecord
from course.grading.report import fmt


class CanvasCsv(Exporter):
    """Canvas gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then one
    column per assignment. Canvas matches rows on its own ids, so the learner id goes in
    SIS Login ID and ID is left blank for Canvas to match by login."""

    name = "canvas"

    def write(self, results: ClassResults, out: Path) -> Path:
        header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                  f"{ASSIGNMENT} ({fmt(results.final_possible)} points)"]
        rows = ([r.learner, "", "", r.learner, "", fmt(results.final_points(r))] for r in results.records)
        return write_csv(out / "canvas.csv", chain([header], rows))


def moodle_feedback(record: LearnerRecord, results: ClassResults) -> str:
    """The feedback text for the learner: status, then each rubric score with its comment."""
    parts = [f"Status: {record.status}." + (f" {clean(record.reason)}" if record.reason else "")]
    marks = results.marks(record)
    for criterion in results.criteria:
        mark = marks.get(criterion.mark_key)
        if mark and (mark.score is not None or mark.comment):
            score = f"{fmt(mark.score)}/{criterion.points}" if mark.score is not None else "not graded yet"
            parts.append(f"{criterion.item} {criterion.key}: {score}" + (f", {clean(mark.comment)}" if mark.comment else ""))
    return " | ".join(parts)


class MoodleCsv(Exporter):
    """Moodle grade import (CSV): a user-identifying column mapped at import time (the
    learner id as "Username"), one grade column, and a feedback column."""

    name = "moodle"

    def write(self, results: ClassResults, out: Path) -> Path:
        rows = ([r.learner, fmt(results.final_points(r)), moodle_feedback(r, results)] for r in results.records)
        return write_csv(out / "moodle.csv", chain([["Username", ASSIGNMENT, "Feedback"]], rows))
