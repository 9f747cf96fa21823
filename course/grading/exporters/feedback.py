"""feedback/<learner>.md and .html: each item, its points, a hint for a miss, and the
rubric scores and comments once they are merged.

Everything that came from the learner (messages that quote their values, file names,
their id) is escaped with `md_inline`, so a submission cannot put a link, an image, a
heading or HTML into its own feedback page. Hidden test cases never reach a record's
messages in the first place (see course.grading.spec).
"""
from __future__ import annotations

import functools
import html
import re
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


# Our Markdown's only live syntax: **bold**, and the backslash escapes `md_inline` puts
# before every ASCII punctuation mark of learner text (so learner text never holds "**").
_INLINE = re.compile(r"\\([!-/:-@\[-`{-~])|\*\*")


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;")   # as markdown-it escapes text


@functools.lru_cache(maxsize=2048)   # most lines recur across a class (the same message for the same miss)
def _inline_html(line: str) -> str:
    """One line of the Markdown `feedback_markdown` writes, as HTML: escapes undone, **bold**
    as <strong>, and every character of text escaped, so nothing in it is live HTML."""
    parts, strong, last = [], False, 0
    for match in _INLINE.finditer(line):
        parts.append(_escape(line[last:match.start()]))
        if match.group(1) is not None:
            parts.append(_escape(match.group(1)))
        else:
            parts.append("</strong>" if strong else "<strong>")
            strong = not strong
        last = match.end()
    parts.append(_escape(line[last:]))
    if strong:
        parts.append("</strong>")
    return "".join(parts)


def _body_html(text: str) -> str:
    """The HTML of the Markdown `feedback_markdown` writes: headings (# and ##), list items
    (- ) and paragraphs, as a CommonMark renderer shows them.

    A renderer for just this much, rather than a general Markdown library: it takes a
    fraction of a millisecond per learner where markdown-it took about 12 ms (the
    largest share of the grader's own processor time per learner), and anything else
    that looks like Markdown stays plain text."""
    out: list[str] = []
    paragraph: list[str] = []
    in_list = False

    def end_blocks():
        nonlocal in_list
        if paragraph:
            out.append("<p>" + "\n".join(paragraph) + "</p>")
            paragraph.clear()
        if in_list:
            out.append("</ul>")
            in_list = False

    for line in text.split("\n"):
        if line.startswith("## ") or line.startswith("# "):
            end_blocks()
            level = 2 if line.startswith("## ") else 1
            out.append(f"<h{level}>{_inline_html(line[level + 1:].strip())}</h{level}>")
        elif line.startswith("- "):
            if paragraph:
                end_blocks()
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline_html(line[2:].strip())}</li>")
        elif not line.strip():
            end_blocks()
        else:
            if in_list:
                end_blocks()
            paragraph.append(_inline_html(line.strip()))
    end_blocks()
    return "\n".join(out) + "\n"


def markdown_to_html(title: str, text: str) -> str:
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
            "</style></head><body>\n" + _body_html(text) + "</body></html>\n")


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
