"""The rubric loop: the sheet an instructor fills in, and the scores it brings back.

`manual-grading.csv` has one row per learner, written item and rubric criterion
(long format, so it sorts and filters in any spreadsheet program), with what each
level means and the answer to read beside it. `merge_sheet` reads a filled-in copy
(comma or semicolon separated, decimal point or comma), reports every problem in one
go, and changes nothing unless the whole sheet is sound. Scores are tied to the
fingerprint of the file they were given to: when a learner's file has changed since
the sheet was written, those rows are refused, never moved to other work.

The scores live in `OUT/manual-scores.json` (the `RubricBook`), apart from the
records, so that regrading never loses them; they are filed under the submission's
source name and the file's fingerprint, so they stay with the work they were given to.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from course.grading.files import atomic_write
from course.grading.learner_text import clean, from_csv_cell
from course.grading.record import LearnerRecord
from course.grading.runner import ChapterChecks

BOOK_FILE = "manual-scores.json"
BOOK_VERSION = 2
SHEET_FILE = "manual-grading.csv"
CLEAR_WORDS = {"clear", "-"}
# A fingerprint of hex digits can look like a number (all digits, or 12e34) and lose
# digits in a spreadsheet; with a prefix it stays text.
SUBMISSION_PREFIX = "fp-"
MAX_COMMENT_CHARS = 2000
COLUMNS = ["learner_id", "submission", "item", "criterion", "what full marks need", "levels", "max", "score",
           "comment", "answer", "read with it"]
INSTRUCTIONS = ("# Rubric sheet: one row per learner, written item and criterion. Put a score from 0 to max in "
                "'score' (2.5 or 2,5). Leave it blank if not graded yet (a blank is never counted as 0). Write "
                "clear or - to remove a score merged earlier. 'comment' is shown to the learner. Do not change "
                "learner_id, submission, item or criterion. Save as CSV (comma or semicolon) and run: course grade "
                "SUBMISSIONS --out OUT --merge-manual THIS_FILE")


class ManualSheetError(Exception):
    """A filled-in sheet (or the stored scores) cannot be used; nothing was changed."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class RubricCriterion:
    chapter: str            # "ch17"
    item: str               # "17.8"
    key: str                # "balance"
    points: int
    description: str
    levels: dict = field(default_factory=dict)
    read_with: list = field(default_factory=list)   # other item ids whose answers the grader reads
    name: str = ""          # what the learner defines ("MEMO_17_8")

    @property
    def mark_key(self) -> str:
        return f"{self.item} {self.key}"

    @property
    def item_cell(self) -> str:
        """The item as the sheet shows it: "17.8 MEMO_17_8" stays text in every spreadsheet
        program, where "7.10" alone would become the number 7.1."""
        return f"{self.item} {self.name}".strip()


def rubric_criteria(chapters: dict[str, ChapterChecks]) -> list[RubricCriterion]:
    """Every rubric criterion of the chapters being graded, in chapter and item order."""
    out = []
    for chapter in chapters.values():
        if chapter.spec is not None:
            for item in chapter.spec.items:
                for criterion in getattr(item, "rubric", []) or []:
                    out.append(RubricCriterion(chapter.short, item.id, criterion.key, criterion.points,
                                               criterion.description, dict(criterion.levels),
                                               list(getattr(item, "read_with", [])), item.name))
        else:
            out += [RubricCriterion(chapter.short, c.item_id, c.label.split(": ", 1)[1], int(c.points), c.hint)
                    for c in chapter.checks if c.manual and c.label.startswith("rubric: ")]
    return out


@dataclass
class Mark:
    score: Fraction | None = None
    comment: str = ""
    chapter: str = ""       # "ch17": the chapter file the answer is in
    file: str = ""          # that file's fingerprint when the mark was given


@dataclass
class LearnerMarks:
    """The marks given to one learner's submission, filed under its source name (the
    folder or zip), not the learner id: when a clash appears later and an id changes
    (bob.zip becomes bob-1a2b3c), the marks follow the work and never pass to the
    learner who now has the id."""

    learner: str                 # the id when the marks were last merged (for people reading the file)
    source: str
    marks: dict[str, Mark] = field(default_factory=dict)   # "17.8 balance" -> Mark


def file_fingerprint(record: LearnerRecord, chapter: str) -> str:
    """The fingerprint of the learner's file for `chapter` ("" when they sent none)."""
    return record.files.get(chapter, "")


class RubricBook:
    """The rubric scores and comments merged so far.

    A mark counts only while the learner's file for its chapter is the one it was given
    to: a resubmitted file (or a late one) leaves its old marks uncounted, and grading
    other chapters, or regrading with another key, leaves them alone.
    """

    def __init__(self, entries: list[LearnerMarks] | None = None):
        self.entries = {entry.source: entry for entry in entries or []}

    @classmethod
    def load(cls, out: Path) -> "RubricBook":
        path = out / BOOK_FILE
        if not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ManualSheetError(f"{path} cannot be read ({exc}); restore it from a backup or merge your "
                                   "filled-in rubric sheet again after moving it away") from None
        if not isinstance(data, dict) or data.get("version") != BOOK_VERSION:
            raise ManualSheetError(f"{path} holds rubric scores in an older format that does not say which "
                                   "submission they belong to; move it away and merge your filled-in sheet again")
        try:
            return cls([LearnerMarks(str(e["learner"]), str(e["source"]), {
                key: Mark(None if m.get("score") is None else Fraction(m["score"]), str(m.get("comment", "")),
                          str(m["chapter"]), str(m["file"]))
                for key, m in e.get("marks", {}).items()}) for e in data.get("learners", [])])
        except (KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError) as exc:
            raise ManualSheetError(f"{path} is damaged ({exc}); restore it from a backup or merge your "
                                   "filled-in rubric sheet again after moving it away") from None

    def save(self, out: Path) -> None:
        data = {"version": BOOK_VERSION, "learners": [
            {"learner": e.learner, "source": e.source,
             "marks": {key: {"score": None if m.score is None else str(m.score), "comment": m.comment,
                             "chapter": m.chapter, "file": m.file} for key, m in sorted(e.marks.items())}}
            for e in sorted(self.entries.values(), key=lambda e: (e.learner, e.source))]}
        atomic_write(out / BOOK_FILE, json.dumps(data, indent=1, ensure_ascii=True))

    def entry(self, record: LearnerRecord) -> LearnerMarks:
        entry = self.entries.setdefault(record.source, LearnerMarks(record.learner, record.source))
        entry.learner = record.learner
        return entry

    def current(self, record: LearnerRecord) -> dict[str, Mark]:
        """The learner's marks that were given to the files graded now."""
        entry = self.entries.get(record.source)
        if entry is None:
            return {}
        return {key: m for key, m in entry.marks.items() if m.file == file_fingerprint(record, m.chapter)}

    def stale(self, records) -> list[str]:
        """Learners with scores given to an earlier version of a file (not counted now)."""
        out = []
        for record in records:
            entry = self.entries.get(record.source)
            if entry and any(m.score is not None and m.file != file_fingerprint(record, m.chapter)
                             and m.chapter in record.chapters for m in entry.marks.values()):
                out.append(record.learner)
        return out


# ---------------------------------------------------------------- the sheet


def _levels(criterion: RubricCriterion) -> str:
    return "\n".join(f"{name}: {text}" for name, text in criterion.levels.items())


def sheet_rows(records, chapters: dict[str, ChapterChecks], book: RubricBook):
    """The sheet's rows (a generator: the class is never held whole)."""
    criteria = rubric_criteria(chapters)
    levels = [_levels(criterion) for criterion in criteria]   # the same for every learner
    yield [INSTRUCTIONS]
    yield COLUMNS
    for record in records:
        if record.status == "rejected":
            continue
        marks = book.current(record)
        for criterion, criterion_levels in zip(criteria, levels):
            mark = marks.get(criterion.mark_key, Mark())
            others = "\n\n".join(f"{item}:\n{record.written.get(item, '(no answer)').strip()}"
                                   for item in criterion.read_with)
            yield [record.learner, SUBMISSION_PREFIX + file_fingerprint(record, criterion.chapter),
                   criterion.item_cell, criterion.key,
                   criterion.description,
                   criterion_levels, criterion.points, "" if mark.score is None else _decimal(mark.score),
                   mark.comment, record.written.get(criterion.item, "(no answer)").strip(), others]


def _decimal(value: Fraction) -> str:
    return str(int(value)) if value.denominator == 1 else f"{float(value):.2f}".rstrip("0")


# ---------------------------------------------------------------- merging a filled-in sheet


@dataclass
class MergeReport:
    learners: int = 0
    scores: int = 0
    cleared: int = 0
    ungraded: list[str] = field(default_factory=list)    # "bob 17.8 balance" cells left blank


def read_sheet(path: Path) -> list[list[str]]:
    """The rows of a CSV as any spreadsheet program saves it (BOM, ; or , or tab)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ManualSheetError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ManualSheetError(f"{path} is not UTF-8 text; save it again as 'CSV UTF-8' and merge it") from None
    # The header row has no quoted cells, so the separator it uses most is the sheet's.
    lines = [line for line in text.splitlines() if line.strip()]
    header = next((line for line in lines if line.lstrip('"').startswith("learner_id")), lines[0] if lines else "")
    delimiter = max(",;\t", key=header.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ManualSheetError(f"{path} is not a readable CSV file ({exc})") from None


def parse_score(raw: str) -> Fraction | str | None:
    """A score cell: None if blank, "clear" to remove, else a number (2.5 or 2,5). Raises ValueError."""
    text = from_csv_cell(raw.strip()).strip()
    if not text:
        return None
    if text.lower() in CLEAR_WORDS:
        return "clear"
    if not re.fullmatch(r"\d+(?:[.,]\d+)?|[.,]\d+", text):
        raise ValueError(text)
    return Fraction(text.replace(",", "."))


def merge_sheet(path: Path, records: list[LearnerRecord], chapters: dict[str, ChapterChecks],
                book: RubricBook) -> MergeReport:
    """Fold a filled-in sheet into `book`. Raises ManualSheetError listing every problem."""
    rows = read_sheet(path)
    start = next((n for n, row in enumerate(rows) if "learner_id" in [from_csv_cell(c.strip()) for c in row]), None)
    if start is None:
        raise ManualSheetError(f"{path} has no learner_id column; fill in the {SHEET_FILE} that "
                               "`course grade` wrote and merge that")
    header = [from_csv_cell(c.strip()) for c in rows[start]]
    missing = [c for c in ("learner_id", "submission", "item", "criterion", "score") if c not in header]
    if missing:
        raise ManualSheetError(f"{path} has no {', '.join(missing)} column; fill in the {SHEET_FILE} that "
                               "`course grade` wrote and merge that")
    column = {name: header.index(name) for name in header if name}
    by_learner = {r.learner: r for r in records}
    # A spreadsheet program reads an id like 00123 as the number 123: match such ids by value.
    numeric = [r for r in records if r.learner.isdigit()]
    by_number = {r.learner.lstrip("0"): r for r in numeric}
    if len(by_number) < len(numeric):   # 0123 and 123 both: no guessing
        by_number = {}
    criteria = {(c.item, c.key): c for c in rubric_criteria(chapters)}
    problems, seen, changes = [], set(), []
    report = MergeReport()

    def cell(row, name):
        index = column.get(name)
        return row[index] if index is not None and index < len(row) else ""

    for number, row in enumerate(rows[start + 1:], start=start + 2):
        if not any(c.strip() for c in row):
            continue
        where = f"row {number}"
        learner = from_csv_cell(cell(row, "learner_id").strip())
        item = (cell(row, "item").split() or [""])[0].replace(",", ".")
        key = cell(row, "criterion").strip()
        record = by_learner.get(learner)
        if record is None and learner.isdigit():
            record = by_number.get(learner.lstrip("0"))
        if record is None:
            problems.append(f"{where}: unknown learner {learner!r}")
            continue
        criterion = criteria.get((item, key))
        if criterion is None:
            problems.append(f"{where}: {item!r} {key!r} is not a rubric criterion of the chapters graded here")
            continue
        submission = cell(row, "submission").strip().removeprefix(SUBMISSION_PREFIX)
        if submission != file_fingerprint(record, criterion.chapter):
            problems.append(f"{where}: {record.learner}'s submission changed after this sheet was written (a new "
                            f"{criterion.chapter} file was graded); grade {record.learner}'s rows in the new "
                            f"{SHEET_FILE} instead")
            continue
        learner = record.learner
        if (learner, item, key) in seen:
            problems.append(f"{where}: {learner} {item} {key} appears twice")
            continue
        seen.add((learner, item, key))
        raw = cell(row, "score")
        try:
            score = parse_score(raw)
        except ValueError:
            problems.append(f"{where}, score: {clean(raw)[:40]!r} is not a number (write 2.5 or 2,5; blank = not "
                            "graded yet; clear or - removes a score)")
            continue
        if isinstance(score, Fraction) and score > criterion.points:
            problems.append(f"{where}, score: {_decimal(score)} is outside 0-{criterion.points} for {item} {key}")
            continue
        comment = clean(from_csv_cell(cell(row, "comment")), keep_newlines=True).strip()[:MAX_COMMENT_CHARS]
        if score is None:
            report.ungraded.append(f"{learner} {item} {key}")
        changes.append((record, criterion, score, comment))
    if problems:
        raise ManualSheetError(f"{path}: {len(problems)} problem{'s' if len(problems) > 1 else ''}, "
                               "nothing was merged", problems)
    touched = set()
    for record, criterion, score, comment in changes:
        entry = book.entry(record)
        mark = entry.marks.get(criterion.mark_key)
        file = file_fingerprint(record, criterion.chapter)
        if mark is None or mark.file != file:   # a mark given to an earlier file is replaced, never kept
            mark = entry.marks[criterion.mark_key] = Mark(chapter=criterion.chapter, file=file)
        if score == "clear":
            mark.score = None
            report.cleared += 1
        elif score is not None:
            mark.score = score
            report.scores += 1
        mark.comment = comment   # the sheet shows the comment merged before, so the row is the truth
        if mark.score is None and not mark.comment:
            del entry.marks[criterion.mark_key]
        touched.add(record.learner)
    report.learners = len(touched)
    return report
