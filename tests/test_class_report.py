"""The class report: per-item full-marks share, common wrong answers, failed checks, flags.

A small class is graded for real (sandboxed, one chapter) with a planted pattern:
strong learners (the reference answers) all pick the same wrong option on 1.1 and
a wrong one on 1.3, weak learners (untouched stubs) get 1.3 right, and one learner's
answer carries a script tag and a spreadsheet formula.
"""
from __future__ import annotations

import csv
import re
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.batch import grade_batch
from course.grading.class_report import ClassReport, build_report
from course.grading.files import csv_text
from course.grading.learner_text import from_csv_cell
from course.grading.outputs import write_outputs
from course.grading.record import ChapterScore, ItemScore, LearnerRecord
from course.grading.runner import load_chapters, select_chapters

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = select_chapters(load_chapters(ROOT), ["1"])
SLUG = next(iter(CHAPTERS))
HOSTILE = '=HYPERLINK("http://evil.example/?x","click")<script>alert(1)</script>'


def record(learner: str, total: int, awards: dict[str, str], **fields) -> LearnerRecord:
    """A graded record out of 10 points, with these item awards (of 2 points each)."""
    return LearnerRecord(learner=learner, chapters={"ch01": ChapterScore(Fraction(total), Fraction(10))},
                         items=[ItemScore("ch01", item, Fraction(got), Fraction(2)) for item, got in awards.items()],
                         **fields)


def _set(text: str, name: str, value: str) -> str:
    changed, count = re.subn(rf"^{name} = .*$", f"{name} = {value}", text, count=1, flags=re.M)
    assert count == 1, name
    return changed


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    solution = (ROOT / "solutions" / f"{SLUG}.py").read_text(encoding="utf-8")
    stub = (ROOT / "exercises" / f"{SLUG}.py").read_text(encoding="utf-8")
    learners = {}
    for n in range(4):   # strong: everything right except 1.1 and 1.3
        text = _set(solution, "Q1_1", '"d"' if n < 3 else '"a"')
        learners[f"strong{n}"] = _set(text, "Q1_3", '"a"')
    for n in range(3):   # weak: nothing answered except 1.3, which they get right
        text = _set(stub, "Q1_3", '"c"')
        if n == 0:
            text = _set(text, "Q1_6", repr(HOSTILE))
        learners[f"weak{n}"] = text
    for name, text in learners.items():
        (base / "class" / name).mkdir(parents=True)
        (base / "class" / name / f"{SLUG}.py").write_text(text, encoding="utf-8")
    result = grade_batch(base / "class", base / "out", CHAPTERS, jobs=2)
    write_outputs(base / "out", result.records, CHAPTERS)
    rows = {row["item"]: row for row in csv.DictReader((base / "out" / "class-report.csv").open(encoding="utf-8"))}
    return base / "out", rows, result


def test_most_common_wrong_answer_is_the_planted_one(graded):
    _, rows, _ = graded
    assert rows["1.1"]["most common wrong answers"].startswith('"d" (3)'), rows["1.1"]
    assert '"a" (1)' in rows["1.1"]["most common wrong answers"]
    assert rows["1.1"]["full marks share"] == "0.000"
    assert rows["1.2"]["full marks share"] == f"{4 / 7:.3f}"   # only the strong learners


def test_item_where_strong_learners_do_worse_is_flagged(graded):
    out, rows, _ = graded
    assert rows["1.3"]["flag"] == "strong learners do worse"
    assert float(from_csv_cell(rows["1.3"]["discrimination (top - bottom)"])) < 0
    assert all(row["flag"] == "" for item, row in rows.items() if item != "1.3"), \
        [item for item, row in rows.items() if row["flag"]]
    page = (out / "class-report.html").read_text(encoding="utf-8")
    flagged_section = page.split("Items where strong learners do worse")[1].split("<h2>")[0]
    assert "<strong>1.3</strong>" in flagged_section and "<strong>1.1</strong>" not in flagged_section


def test_most_failed_checks_of_a_function_item(graded):
    _, rows, _ = graded
    # 1.4 is a function item: the weak learners' stub fails every case, the strong pass them all.
    assert rows["1.4"]["kind"] == "function"
    assert re.match(r"(example|case) \d+ \(3\)", rows["1.4"]["most failed checks"]), rows["1.4"]


def test_learner_text_is_escaped_and_neutralised(graded):
    out, rows, _ = graded
    page = (out / "class-report.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "HYPERLINK" in rows["1.6"]["most common wrong answers"]
    with open(out / "class-report.csv", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_a_formula_in_a_stored_answer_is_neutralised():
    """Records are files: one edited by hand or left by another version can hold anything."""
    report = ClassReport(CHAPTERS)
    for n in range(3):
        report.add(record(f"l{n}", 0, {"1.1": "0"}, answers={"1.1": HOSTILE}, failed={"1.4": ["=cmd|' /C calc'!A0"]}))
    report.finish()
    rows = {row[0]: row for row in csv.reader(csv_text(report.csv_rows()).splitlines())}
    assert rows["1.1"][11].startswith("'=HYPERLINK"), rows["1.1"]
    assert rows["1.4"][12].startswith("'=cmd"), rows["1.4"]
    assert "<script>" not in report.html_text() and "&lt;script&gt;" in report.html_text()


def test_discrimination_needs_a_class_and_counts_thirds():
    report = ClassReport(CHAPTERS)
    for n, (total, got) in enumerate([(9, "0"), (8, "0"), (5, "2"), (1, "2"), (0, "2"), (4, "0")]):
        report.add(record(f"l{n}", total, {"1.1": got}))
    report.finish()
    item = next(s for s in report.items if s.item_id == "1.1")
    assert (item.upper, item.lower) == (0.0, 1.0) and item.flagged
    small = build_report([record("x", 1, {"1.1": "2"})], CHAPTERS)
    assert not any(s.flagged for s in small.items) and "Too few learners" in small.html_text()
    assert Fraction(2) == next(s for s in small.items if s.item_id == "1.1").points
