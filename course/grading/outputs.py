"""What a graded batch produces, always rebuilt from the learners' records.

- gradebook.csv: one row per learner: status, points per item, per chapter, totals;
- feedback/<learner>.md and .html: each item, points, and a hint for a miss (never
  an answer or a hidden case);
- manual-grading.csv: one row per learner, one column per rubric criterion, for the
  written answers; `merge_manual` folds a filled-in copy back into the gradebook;
- canvas.csv and moodle.csv: totals in the columns those platforms import.
"""
from __future__ import annotations

import csv
import html
import io
import json
from fractions import Fraction
from pathlib import Path

from course.grading.batch import atomic_write
from course.grading.report import fmt
from course.grading.runner import ChapterChecks

ASSIGNMENT = "Course exercises"


class ManualSheetError(Exception):
    """A filled-in manual sheet cannot be merged; nothing was changed."""


def _csv(rows: list[list]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def item_columns(chapters: dict[str, ChapterChecks]) -> list[str]:
    seen = []
    for chapter in chapters.values():
        for check in chapter.checks:
            if not check.manual and check.item_id not in seen:
                seen.append(check.item_id)
    return seen


def rubric_columns(chapters: dict[str, ChapterChecks]) -> list[tuple[str, str, int]]:
    """(item id, criterion key, max points) for every rubric criterion."""
    return [(check.item_id, check.label.split(": ", 1)[1], int(check.points))
            for chapter in chapters.values() for check in chapter.checks if check.manual]


def _manual_scores(out: Path) -> dict:
    path = out / "manual-scores.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def gradebook_rows(records: list[dict], chapters: dict[str, ChapterChecks], manual: dict) -> list[list]:
    items = item_columns(chapters)
    shorts = [c.short for c in chapters.values()]
    rubric = rubric_columns(chapters)
    header = ["learner_id", "status", "reason", *items, *[f"{s} total" for s in shorts],
              "auto points", "auto possible", "auto percent"]
    if rubric:
        header += ["manual points", "manual possible", "final points", "final possible", "final percent"]
    rows = [header]
    manual_possible = sum(p for _, _, p in rubric)
    possible = sum((c.points for ch in chapters.values() for c in ch.checks if not c.manual), Fraction(0))
    for record in records:
        auto = Fraction(record.get("total", "0"))
        row = [record["learner"], record["status"], record.get("reason", "")]
        row += [fmt(Fraction(record["items"][i]["awarded"])) if i in record["items"] else "0" for i in items]
        row += [fmt(Fraction(record["chapters"][s]["awarded"])) if s in record["chapters"] else "0" for s in shorts]
        row += [fmt(auto), fmt(possible), f"{float(100 * auto / possible):.1f}" if possible else "0.0"]
        if rubric:
            scores = manual.get(record["learner"], {})
            got = sum((Fraction(v) for v in scores.values()), Fraction(0))
            final, final_possible = auto + got, possible + manual_possible
            row += [fmt(got), str(manual_possible), fmt(final), fmt(final_possible),
                    f"{float(100 * final / final_possible):.1f}" if final_possible else "0.0"]
        rows.append(row)
    return rows


def feedback_markdown(record: dict, chapters: dict[str, ChapterChecks]) -> str:
    lines = [f"# Feedback for {record['learner']}", ""]
    if record["status"] == "rejected":
        lines += [f"Your submission could not be graded: {record.get('reason', '')}.", ""]
    else:
        lines += [f"Automatic points: **{fmt(Fraction(record['total']))} / {fmt(Fraction(record['possible']))}**"
                  f" (status: {record['status']}).", ""]
        titles = {c.short: c.title for c in chapters.values()}
        current = None
        for entry in record["feedback"]:
            if entry["chapter"] != current:
                current = entry["chapter"]
                got = record["chapters"][current]
                lines += ["", f"## {current.upper()} {titles.get(current, '')}: "
                              f"{fmt(Fraction(got['awarded']))} / {fmt(Fraction(got['possible']))}", ""]
            mark = "full marks" if entry["awarded"] == entry["possible"] else "hint: " + entry["message"]
            lines.append(f"- **{entry['item']}** {fmt(Fraction(entry['awarded']))} / "
                         f"{fmt(Fraction(entry['possible']))}: {mark}")
        if record.get("written"):
            lines += ["", "Written answers are also graded by your instructor with the rubric on the exercise page."]
    if record.get("ignored"):
        lines += ["", "These files in your submission were not used: " + ", ".join(sorted(record["ignored"])) + "."]
    if record.get("notes"):
        lines += ["", *[f"- {n}" for n in record["notes"]]]
    return "\n".join(lines) + "\n"


def markdown_to_html(title: str, text: str) -> str:
    try:
        from markdown_it import MarkdownIt

        body = MarkdownIt("commonmark", {"html": False}).render(text)
    except ImportError:  # still readable without the renderer
        body = f"<pre>{html.escape(text)}</pre>"
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
            "</style></head><body>\n" + body + "</body></html>\n")


def manual_sheet(records: list[dict], chapters: dict[str, ChapterChecks]) -> str:
    rubric = rubric_columns(chapters)
    written_items = sorted({item for item, _, _ in rubric}, key=_item_key)
    header = ["learner_id"]
    for item in written_items:
        header.append(f"{item} answer")
        header += [f"{item} {key} (0-{maximum})" for i, key, maximum in rubric if i == item]
    rows = [header]
    for record in records:
        if record["status"] == "rejected":
            continue
        row = [record["learner"]]
        for item in written_items:
            row.append(record.get("written", {}).get(item, ""))
            row += ["" for i, _, _ in rubric if i == item]
        rows.append(row)
    return _csv(rows)


def merge_manual(sheet: Path, out: Path, records: list[dict], chapters: dict[str, ChapterChecks]) -> int:
    """Validate a filled-in manual sheet and store its scores. Returns rows merged."""
    rubric = {f"{item} {key} (0-{maximum})": (item, key, maximum) for item, key, maximum in rubric_columns(chapters)}
    learners = {r["learner"] for r in records}
    try:
        with open(sheet, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ManualSheetError(f"cannot read {sheet}: {exc}") from None
    if not rows or "learner_id" not in rows[0]:
        raise ManualSheetError(f"{sheet} has no learner_id column (use the manual-grading.csv this command wrote)")
    scores = _manual_scores(out)
    merged = 0
    for number, row in enumerate(rows, start=2):
        learner = row.get("learner_id", "")
        if learner not in learners:
            raise ManualSheetError(f"{sheet}, row {number}: unknown learner {learner!r}")
        entry = {}
        for column, (item, key, maximum) in rubric.items():
            raw = (row.get(column) or "").strip()
            if not raw:
                continue
            try:
                value = Fraction(raw)
            except (ValueError, ZeroDivisionError):
                raise ManualSheetError(f"{sheet}, row {number}, column {column!r}: {raw!r} is not a number") from None
            if not 0 <= value <= maximum:
                raise ManualSheetError(f"{sheet}, row {number}, column {column!r}: {raw} is outside 0-{maximum}")
            entry[f"{item} {key}"] = str(value)
        if entry:
            scores[learner] = entry
            merged += 1
    atomic_write(out / "manual-scores.json", json.dumps(scores, indent=1, sort_keys=True))
    return merged


def lms_exports(rows: list[list]) -> tuple[str, str]:
    """Canvas and Moodle import files from the gradebook rows (final or automatic totals)."""
    header, body = rows[0], rows[1:]
    total_col = header.index("final points") if "final points" in header else header.index("auto points")
    possible_col = total_col + 1
    possible = body[0][possible_col] if body else "0"
    # Canvas gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then one
    # column per assignment; Canvas matches rows on its own IDs, so the learner id goes in
    # SIS Login ID and ID is left blank for Canvas to match by login.
    canvas = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", f"{ASSIGNMENT} ({possible} points)"]]
    canvas += [[r[0], "", "", r[0], "", r[total_col]] for r in body]
    # Moodle grade import (CSV): a user-identifying column mapped at import time (we give
    # the learner id as "Username"), one grade column, and an optional feedback column.
    moodle = [["Username", ASSIGNMENT, "Feedback"]]
    moodle += [[r[0], r[total_col], f"Status: {r[1]}. {r[2]}".strip()] for r in body]
    return _csv(canvas), _csv(moodle)


def write_outputs(out: Path, records: list[dict], chapters: dict[str, ChapterChecks]) -> dict[str, Path]:
    manual = _manual_scores(out)
    rows = gradebook_rows(records, chapters, manual)
    written = {}
    atomic_write(out / "gradebook.csv", _csv(rows))
    written["gradebook"] = out / "gradebook.csv"
    for record in records:
        text = feedback_markdown(record, chapters)
        atomic_write(out / "feedback" / f"{record['learner']}.md", text)
        atomic_write(out / "feedback" / f"{record['learner']}.html", markdown_to_html(f"Feedback: {record['learner']}", text))
    written["feedback"] = out / "feedback"
    if rubric_columns(chapters):
        atomic_write(out / "manual-grading.csv", manual_sheet(records, chapters))
        written["manual sheet"] = out / "manual-grading.csv"
    canvas, moodle = lms_exports(rows)
    atomic_write(out / "canvas.csv", canvas)
    atomic_write(out / "moodle.csv", moodle)
    written["canvas"], written["moodle"] = out / "canvas.csv", out / "moodle.csv"
    return written


def _item_key(item_id: str):
    return tuple(int(p) if p.isdigit() else p for p in item_id.split("."))
