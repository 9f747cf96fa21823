"""The outputs of a graded class, each an `Exporter` formatting the same learner records.

Add an output by writing an `Exporter` subclass and listing it in `EXPORTERS`.
"""
from course.grading.exporters.base import ClassResults, Exporter
from course.grading.exporters.feedback import FeedbackPages
from course.grading.exporters.gradebook import GradebookCsv
from course.grading.exporters.lms import CanvasCsv, MoodleCsv
from course.grading.exporters.class_report import ClassReportFiles
from course.grading.exporters.rubric_sheet import RubricSheet

EXPORTERS: list[Exporter] = [GradebookCsv(), FeedbackPages(), RubricSheet(), CanvasCsv(), MoodleCsv(),
                             ClassReportFiles()]

__all__ = ["EXPORTERS", "ClassResults", "Exporter"]
