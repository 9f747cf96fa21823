"""feedback/<learner>.md and .html: each item, its points, a hint for a miss, and the
rubric scores and comments once they are merged.

Everything that came from the learner (messages that quote their values, file names,
their id) is escaped with `md_inline`, so a submission cannot put a link, an image, a
heading or HTML into its own feedback page. Hidden test cases never reach a record's
messages in the first place (see course.grading.spec).
"""
from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from course.grading.exporters.base import ClassResults, Exporter
from course.grading.files import atomic_write
from course.grading.learner_text import md_inline
from course.grading.record import LearnerRecord
from course.grading.report import fmt
from course.grading.rubric import Mark

MAX_MESSAGE_CHARS = 500


def feedback_markdown(record: LearnerRecord, results: ClassResults) -> str:
    lines = [f"# Feedback for {md_inline(record.learner)}", ""]
    if record.status == "rejected":
        lines += [f"Your submission could not be graded: {md_inline(record.reason, MAX_MESSAGE_CHARS)}.", ""]
    else:
        lines += [f"Automatic points: **{fmt(record.total)} / {fmt(record.possible)}** (status: {record.status}).", ""]
        titles = {c.short: c.title for c in results.chapters.values()}
        current = None
        for entry in record.items:
            if entry.chapter != current:
                current = entry.chapter
                got = record.chapters.get(current)
                score = f": {fmt(got.awarded)} / {fmt(got.possible)}" if got else ""
                lines += ["", f"## {current.upper()} {titles.get(current, '')}{score}", ""]
            mark = "full marks" if entry.awarded == entry.possible else \
                "hint: " + md_inline(entry.message, MAX_MESSAGE_CHARS)
            lines.append(f"- **{entry.item}** {fmt(entry.awarded)} / {fmt(entry.possible)}: {mark}")
        lines += _rubric_lines(record, results)
    if record.ignored:
        lines += ["", "These files in your submission were not used: "
                  + ", ".join(md_inline(name, 200) for name in sorted(record.ignored)) + "."]
    if record.notes:
        lines += ["", *[f"- {md_inline(note, MAX_MESSAGE_CHARS)}" for note in record.notes]]
    return "\n".join(lines) + "\n"


def _rubric_lines(record: LearnerRecord, results: ClassResults) -> list[str]:
    if not results.criteria:
        return []
    marks = results.marks(record)
    graded = results.manual_graded(record)
    if not marks:
        return ["", "Written answers are also graded by your instructor with the rubric on the exercise page."]
    lines = ["", "## Written answers, graded by your instructor", "",
             f"Rubric points: **{fmt(results.manual_points(record))} / {fmt(results.manual_possible)}** "
             f"({graded} of {len(results.criteria)} criteria graded so far).", ""]
    for criterion in results.criteria:
        mark = marks.get(criterion.mark_key, Mark())
        score = f"{fmt(mark.score)} / {criterion.points}" if mark.score is not None else "not graded yet"
        comment = f": {md_inline(mark.comment, 2000)}" if mark.comment else ""
        lines.append(f"- **{criterion.item} {criterion.key}** {score}{comment}")   # ids and keys are ours
    lines += ["", f"Total with the rubric: **{fmt(results.final_points(record))} / {fmt(results.final_possible)}**."]
    return lines


@lru_cache(maxsize=1)
def _renderer():
    from markdown_it import MarkdownIt

    # commonmark with raw HTML off: learner text is escaped already; this is the second lock.
    return MarkdownIt("commonmark", {"html": False})


def markdown_to_html(title: str, text: str) -> str:
    try:
        body = _renderer().render(text)
    except ImportError:  # still readable without the renderer
        body = f"<pre>{html.escape(text)}</pre>"
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
            "</style></head><body>\n" + body + "</body></html>\n")


class FeedbackPages(Exporter):
    name = "feedback"

    def write(self, results: ClassResults, out: Path) -> Path:
        folder = out / "feedback"
        records = results.records
        learners = getattr(records, "learners", None)
        if results.changed is not None and learners is not None:  # records on disk: read only those needed
            records = records.only([learner for learner in learners if learner in results.changed
                                    or not (folder / f"{learner}.html").is_file()
                                    or not (folder / f"{learner}.md").is_file()])
        for record in records:
            page, markdown = folder / f"{record.learner}.html", folder / f"{record.learner}.md"
            if results.changed is not None and record.learner not in results.changed \
                    and page.is_file() and markdown.is_file():
                continue
            write_pages(record, results, folder)
        return folder


def write_pages(record: LearnerRecord, results: ClassResults, folder: Path) -> None:
    """One learner's two pages (no fsync: they are rebuilt from the record if lost)."""
    text = feedback_markdown(record, results)
    atomic_write(folder / f"{record.learner}.md", text, durable=False)
    atomic_write(folder / f"{record.learner}.html", markdown_to_html(f"Feedback: {record.learner}", text),
                 durable=False)
