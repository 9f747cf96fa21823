"""What every output of a graded class is made from, and the interface each one implements."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from course.grading.points import total as points_total
from course.grading.record import LearnerRecord
from course.grading.rubric import Mark, RubricBook, RubricCriterion, rubric_criteria
from course.grading.runner import ChapterChecks

ASSIGNMENT = "Course exercises"


@dataclass
class ClassResults:
    """The records of a class, the chapters they were graded on, and the rubric marks so far."""

    records: Iterable[LearnerRecord]     # iterated once per output (a list, or records read from disk)
    chapters: dict[str, ChapterChecks]
    book: RubricBook = field(default_factory=RubricBook)
    changed: set[str] | None = None      # learners whose per-learner files must be rebuilt (None: all)

    def __post_init__(self):
        self.criteria: list[RubricCriterion] = rubric_criteria(self.chapters)
        self.auto_possible = sum((c.points for ch in self.chapters.values() for c in ch.checks if not c.manual),
                                 Fraction(0))
        self.manual_possible = Fraction(sum(c.points for c in self.criteria))

    @property
    def item_ids(self) -> list[str]:
        seen = []
        for chapter in self.chapters.values():
            for check in chapter.checks:
                if not check.manual and check.item_id not in seen:
                    seen.append(check.item_id)
        return seen

    def marks(self, record: LearnerRecord) -> dict[str, Mark]:
        return self.book.current(record)

    def manual_points(self, record: LearnerRecord) -> Fraction:
        return points_total(m.score for m in self.marks(record).values() if m.score is not None)

    def manual_graded(self, record: LearnerRecord) -> int:
        """How many rubric criteria have a score for this learner."""
        marks = self.marks(record)
        return sum(1 for c in self.criteria if marks.get(c.mark_key, Mark()).score is not None)

    def final_points(self, record: LearnerRecord) -> Fraction:
        return record.total + self.manual_points(record)

    @property
    def final_possible(self) -> Fraction:
        return self.auto_possible + self.manual_possible


class Exporter(ABC):
    """One output of a graded class (a gradebook, an LMS file, feedback pages, a report).

    `write` builds it from the records alone, so it can be rebuilt at any time, and
    writes every file atomically; it returns the file or folder to show the instructor
    (None when it has nothing to write for these chapters).
    Every CSV goes through `course.grading.files.write_csv`, every learner string in a
    page through `course.grading.learner_text`.
    """

    name: str = ""

    @abstractmethod
    def write(self, results: ClassResults, out: Path) -> Path | None:
        ...


def percent(points: Fraction, possible: Fraction) -> str:
    return f"{float(100 * points / possible):.1f}" if possible else "0.0"
