"""Answers files exported from an exercise page (`chNN_slug.answers.json`).

They are graded by the same specs as the Python file: the same answers in either form
earn the same points. They are untrusted data: every hostile file gets one clear
reason and nothing crashes.
"""
from __future__ import annotations

import ast
import json
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from course.grading.source import function_with_constants
from course.cli import main
from course.grading.answers_file import (MAX_ANSWERS_BYTES, MAX_CODE, AnswersFileError, answers_source,
                                         page_answerable, parse_answers)
from course.grading.batch import grade_batch
from course.grading.intake import collect, read_folder, read_zip
from course.grading.runner import answerable_of, grade_submission, load_chapters, select_chapters
from course.grading.sandbox import Sandbox
from course.grading.source import literals

ROOT = Path(__file__).resolve().parents[1]
SLUG = "ch07_export_controls"
CHAPTERS = load_chapters(ROOT)
CH7 = select_chapters(CHAPTERS, ["7"])
ANSWERABLE = CHAPTERS[SLUG].answerable
DISCRETE = ("choice", "multi", "ordering", "matching", "number", "written")   # what the page answers


def solution_answers(slug: str = SLUG) -> dict:
    """The reference solution's values for the page-answerable discrete items, as the page exports them."""
    values = literals(ROOT / "solutions" / f"{slug}.py")
    out = {}
    for name, kind in CHAPTERS[slug].answerable.items():
        if kind in DISCRETE:
            value = values[name]
            out[name] = sorted(value) if isinstance(value, (set, frozenset)) else value
    return out


def answers_document(answers: dict, slug: str = SLUG) -> bytes:
    return json.dumps({"format": "course-answers/1", "chapter": slug, "answers": answers}).encode()


def python_with_solution_values(slug: str = SLUG) -> str:
    """The learner stub with the solution's discrete values typed in (functions left as stubs)."""
    text = (ROOT / "exercises" / f"{slug}.py").read_text(encoding="utf-8")
    values = literals(ROOT / "solutions" / f"{slug}.py")
    extra = [f"{name} = {values[name]!r}" for name, kind in CHAPTERS[slug].answerable.items() if kind in DISCRETE]
    return text + "\n" + "\n".join(extra) + "\n"


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


def item_points(results) -> dict[str, Fraction]:
    points: dict[str, Fraction] = {}
    for chapter in results:
        for item_id, item_results in chapter.items().items():
            points[item_id] = sum((r.awarded for r in item_results), Fraction(0))
    return points


def test_chapter_7_has_discrete_items_answerable_on_the_page():
    kinds = set(ANSWERABLE.values())
    assert {"choice", "multi", "ordering", "number", "function"} <= kinds
    assert ANSWERABLE["prc_licence_required"] == "function"   # answered as code, run on Pyodide


def test_answers_file_scores_the_same_as_the_python_file(sandbox, tmp_path):
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / f"{SLUG}.answers.json").write_bytes(answers_document(solution_answers()))
    (tmp_path / "python").mkdir()
    (tmp_path / "python" / f"{SLUG}.py").write_text(python_with_solution_values(), encoding="utf-8")
    page = item_points(grade_submission(tmp_path / "page", CH7, sandbox))
    python = item_points(grade_submission(tmp_path / "python", CH7, sandbox))
    discrete = [i.id for i in CHAPTERS[SLUG].spec.items if i.kind in DISCRETE]
    assert {i: page[i] for i in discrete} == {i: python[i] for i in discrete}
    full = {i.id: Fraction(i.points) for i in CHAPTERS[SLUG].spec.items if i.kind in DISCRETE}
    assert {i: page[i] for i in discrete} == full
    assert page["7.5"] == 0   # no code for the function items in this file


def test_a_wrong_page_answer_loses_its_points(sandbox, tmp_path):
    answers = solution_answers()
    answers["Q7_1"] = "a"
    answers["Q7_8"] = 7
    (tmp_path / f"{SLUG}.answers.json").write_bytes(answers_document(answers))
    points = item_points(grade_submission(tmp_path, CH7, sandbox))
    assert points["7.1"] == 0 and points["7.8"] == 0 and points["7.9"] == 2


def test_the_python_file_wins_over_the_answers_file(sandbox, tmp_path):
    (tmp_path / f"{SLUG}.answers.json").write_bytes(answers_document(solution_answers()))
    (tmp_path / f"{SLUG}.py").write_text((ROOT / "exercises" / f"{SLUG}.py").read_text(encoding="utf-8"), encoding="utf-8")
    [result] = grade_submission(tmp_path, CH7, sandbox)
    assert result.awarded == 0
    assert any("was not used" in note for note in result.notes)


def test_conversion_keeps_types_and_writes_only_literals():
    source = answers_source(SLUG, {"Q7_1": "d\u00e9\"');import os#", "Q7_3": ["a", "e"], "Q7_8": 6,
                                   "Q7_4": ["b", "a"]}, ANSWERABLE)
    namespace: dict = {}
    exec(compile(source, "answers", "exec"), {"__builtins__": {}}, namespace)   # literals only: no builtins needed
    namespace.pop("__doc__")
    tree = ast.parse(source)
    assert all(isinstance(node, ast.Assign) for node in tree.body[1:])
    assert all(ast.literal_eval(node.value) is not None for node in tree.body[1:])
    assert namespace == {"Q7_1": "d\u00e9\"');import os#", "Q7_3": {"a", "e"}, "Q7_8": 6, "Q7_4": ["b", "a"]}
    assert source.isascii()


@pytest.mark.parametrize("data, reason", [
    (b"{" + b" " * MAX_ANSWERS_BYTES + b"}", "larger than"),
    ("{}".encode("utf-16"), "not UTF-8"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"not json", "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (b'{"format": "course-answers/1", "chapter": "ch07_export_controls", "answers": {"Q7_8": NaN}}', "not valid JSON"),
    (json.dumps({"format": "other/9", "chapter": SLUG, "answers": {}}).encode(), "not a course answers file"),
    (json.dumps({"format": "course-answers/1", "chapter": SLUG}).encode(), "not a course answers file"),
    (json.dumps({"format": "course-answers/1", "chapter": SLUG, "answers": [], "x": 1}).encode(), "not a course answers file"),
    (json.dumps({"format": "course-answers/1", "chapter": SLUG, "answers": {"=HYPERLINK(\"x\")": "a"}}).encode(),
     "not a course answers file"),
    (answers_document({"Q8_1": "a"}, "ch08_digital_repression"), "holds answers for ch08_digital_repression"),
    (answers_document({"Q8_1": "a"}), "answers Q8_1, which is not an item of ch07_export_controls"),
    (answers_document({"prc_licence_required": 5}), "prc_licence_required should be the function's code"),
    (answers_document({"prc_licence_required": ["def f(): pass"]}), "prc_licence_required should be the function's code"),
    (answers_document({"prc_licence_required": "#" * (MAX_CODE + 1)}), "prc_licence_required should be the function's code"),
    (answers_document({"Q7_8": "6"}), "Q7_8 should be a number"),
    (answers_document({"Q7_8": True}), "Q7_8 should be a number"),
    (b'{"format": "course-answers/1", "chapter": "ch07_export_controls", "answers": {"Q7_8": 1e999}}', "Q7_8 should be a number"),
    (answers_document({"Q7_3": "abe"}), "Q7_3 should be a list of letters"),
    (answers_document({"Q7_3": ["a", "a"]}), "Q7_3 should be a list of letters"),
    (answers_document({"Q7_1": {"__class__": "x"}}), "Q7_1 should be one letter"),
    (answers_document({"Q7_1": "a" * 1000}), "Q7_1 should be one letter"),
])
def test_hostile_answers_files_get_one_clear_reason(data, reason):
    with pytest.raises(AnswersFileError) as caught:
        parse_answers(data, SLUG, ANSWERABLE)
    message = str(caught.value)
    assert reason in message and "\n" not in message and len(message) < 300
    assert message.startswith(f"{SLUG}.answers.json")


def test_formula_text_as_an_answer_is_graded_as_a_wrong_answer_not_run(sandbox, tmp_path):
    answers = {"Q7_1": "=cmd|' /C calc'!A0", "Q7_8": 6}
    (tmp_path / f"{SLUG}.answers.json").write_bytes(answers_document(answers))
    [result] = grade_submission(tmp_path, CH7, sandbox)
    points = item_points([result])
    assert points["7.1"] == 0 and points["7.8"] == 2
    message = next(r.message for r in result.results if r.check.item_id == "7.1")
    assert "should be one of" in message


def test_intake_takes_answers_files_from_folders_and_zips(tmp_path):
    expected = {f"{slug}.py" for slug in CHAPTERS}
    answerable = answerable_of(CHAPTERS)
    folder = tmp_path / "ana"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / f"{SLUG}.answers.json").write_bytes(answers_document({"Q7_1": "d"}))
    intake = read_folder(folder, expected, answerable)
    assert intake.rejected is None and SLUG in intake.files
    assert b"Q7_1 = 'd'" in intake.files[SLUG]
    archive = tmp_path / "bo.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(f"bo/{SLUG}.answers.json", answers_document({"Q7_8": 6}))
        z.writestr(f"bo/{SLUG}.py", "Q7_8 = 5\n")
    intake = read_zip(archive, archive.name, expected, answerable)
    assert intake.files[SLUG] == b"Q7_8 = 5\n"
    assert any("was not used" in note for note in intake.notes)
    # Without the chapters' items (as before), answers files are not taken at all.
    assert SLUG not in read_folder(folder, expected).files


def test_a_submission_of_only_a_bad_answers_file_is_rejected_with_its_reason(tmp_path):
    learner = tmp_path / "class" / "cleo"
    learner.mkdir(parents=True)
    (learner / f"{SLUG}.answers.json").write_bytes(b"\x80\x81 not text")
    [intake] = collect(tmp_path / "class", {f"{slug}.py" for slug in CHAPTERS}, answerable_of(CHAPTERS))
    assert intake.rejected == f"{SLUG}.answers.json is not UTF-8 text; export it again from the chapter's exercise page"


def test_course_grade_scores_an_answers_file(sandbox, tmp_path):
    learner = tmp_path / "class" / "dana"
    learner.mkdir(parents=True)
    (learner / f"{SLUG}.answers.json").write_bytes(answers_document(solution_answers()))
    other = tmp_path / "class" / "eli"
    other.mkdir()
    (other / f"{SLUG}.answers.json").write_bytes(answers_document({"Q7_1": "=1+1"}))
    result = grade_batch(tmp_path / "class", tmp_path / "out", CH7, jobs=1, sandbox=sandbox)
    by_name = {r.learner: r for r in result.records}
    discrete_points = sum(i.points for i in CHAPTERS[SLUG].spec.items if i.kind in DISCRETE)
    assert by_name["dana"].chapters["ch07"].awarded == discrete_points
    assert by_name["eli"].chapters["ch07"].awarded == 0


def test_course_check_accepts_an_answers_file(tmp_path):
    path = tmp_path / f"{SLUG}.answers.json"
    path.write_bytes(answers_document(solution_answers()))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert f"Checking {path}" in result.output
    path.write_bytes(b"\xff")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code != 0 and "is not UTF-8 text" in result.output and "Traceback" not in result.output


def test_public_items_give_the_same_answerable_items():
    from course.grading.spec import Chapter

    spec: Chapter = CHAPTERS[SLUG].spec
    assert page_answerable(spec.public("salt")["items"]) == ANSWERABLE


# ---------------------------------------------------------------- structured items (17.7)

CH17 = "ch17_research_a_country"


@pytest.fixture(scope="module")
def fresh_sandbox():
    """A sandbox of its own: tests above stop theirs on purpose."""
    return Sandbox()


def assessment_points(sandbox, folder: Path, answers_file: dict | None = None, python: str | None = None):
    """17.7's points and its checks' messages, from an answers file or a Python file."""
    folder.mkdir(parents=True)
    if answers_file is not None:
        (folder / f"{CH17}.answers.json").write_bytes(answers_document({"ASSESSMENT": answers_file}, CH17))
    if python is not None:
        (folder / f"{CH17}.py").write_text(python, encoding="utf-8")
    [result] = grade_submission(folder, select_chapters(CHAPTERS, ["17"]), sandbox)
    checks = {r.check.label: r.awarded for r in result.results if r.check.item_id == "17.7"}
    return sum(checks.values(), Fraction(0)), checks


def reference_assessment() -> dict:
    return literals(ROOT / "solutions" / f"{CH17}.py")["ASSESSMENT"]


def test_17_7_is_answerable_on_the_page():
    assert CHAPTERS[CH17].answerable["ASSESSMENT"] == "structured"


def test_the_assessment_as_json_scores_as_the_python_file(fresh_sandbox, tmp_path):
    reference = reference_assessment()
    page, page_checks = assessment_points(fresh_sandbox, tmp_path / "page", answers_file=json.loads(json.dumps(reference)))
    python, python_checks = assessment_points(fresh_sandbox, tmp_path / "python", python=f"ASSESSMENT = {reference!r}\n")
    assert (page, python) == (8, 8) and page_checks == python_checks, (page_checks, python_checks)


def test_an_empty_form_scores_nothing(fresh_sandbox, tmp_path):
    """What the page exports before anything is typed: the template's rows, every field empty."""
    template = literals(ROOT / "exercises" / f"{CH17}.py")["ASSESSMENT"]
    points, _ = assessment_points(fresh_sandbox, tmp_path / "empty", answers_file=template)
    assert points == 0


@pytest.mark.parametrize("break_it, lost", [
    (lambda a: a["civil_society"][0].update(detail=a["civil_society"][0]["detail"] + " Contact: organiser@example.org"),
     "check: no_contact_details"),
    (lambda a: a["projects"][0].update(end="2010"), "check: consistent"),
    (lambda a: a.pop("training"), "check: complete"),
    (lambda a: [r.update(claim_type="self-claim") for s in ("snapshot", "projects", "training", "safeguards",
                                                           "civil_society") for r in a[s]], "check: sourced"),
])
def test_a_broken_assessment_loses_the_same_check_on_both_routes(fresh_sandbox, tmp_path, break_it, lost):
    broken = reference_assessment()
    break_it(broken)
    page, page_checks = assessment_points(fresh_sandbox, tmp_path / "page", answers_file=json.loads(json.dumps(broken)))
    python, python_checks = assessment_points(fresh_sandbox, tmp_path / "python", python=f"ASSESSMENT = {broken!r}\n")
    assert page_checks == python_checks and page == python < 8
    assert page_checks[lost] == 0 and [c for c, p in page_checks.items() if p == 0] == [lost]


def _deep(depth: int):
    value = "x"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("value", [
    "a Python dict as text",
    [{"id": "S1"}],
    {"snapshot": [{"id": "S1", "score": True}]},
    {"snapshot": [{"id": "S1", "parts": {"A": {"deeper": 1}}}]},
    {"snapshot": [{"id": "S1", "based_on": _deep(3)}]},
    {"snapshot": [{"id": f"S{n}"} for n in range(201)]},
    {"snapshot": [{"id": "S1", "detail": "x" * 4001}]},
    {"country": "x" * 4001},
    {"snapshot": [{"id": "S1", "score": 1e16}]},
    {"snapshot": [{"id": "S1", "vendors": ["v"] * 51}]},
    {"snapshot": [{"x" * 61: "a"}]},
])
def test_hostile_structured_values_are_refused(value):
    answerable = CHAPTERS[CH17].answerable
    with pytest.raises(AnswersFileError) as caught:
        parse_answers(answers_document({"ASSESSMENT": value}, CH17), CH17, answerable)
    assert "ASSESSMENT should be an object of fields and sections" in str(caught.value)


def test_a_structured_value_becomes_literals_only():
    answerable = CHAPTERS[CH17].answerable
    value = {"country": "X\"');import os#", "snapshot": [{"id": "S1", "score": 63, "edition": None, "parts": {"A": 1.5},
                                                        "based_on": ["P1", "C2"]}]}
    source = answers_source(CH17, {"ASSESSMENT": value}, answerable)
    assert source.isascii()
    tree = ast.parse(source)
    assert all(isinstance(node, ast.Assign) for node in tree.body[1:])
    assert ast.literal_eval(tree.body[1].value) == value

def _function_code(name: str) -> str:
    """The reference function as a learner would type it on the page: with the constants it uses."""
    return function_with_constants(ROOT / "solutions" / f"{SLUG}.py", name)


FUNCTIONS = [item for item in CHAPTERS[SLUG].spec.items if item.kind == "function"]


def test_function_code_from_the_page_scores_the_same_as_the_python_file(tmp_path):
    """Every item of chapter 7 answered on the page (the code too) earns what the
    reference solution earns; course grade runs that code in its sandbox."""
    sandbox = Sandbox()   # a batch test cancels the module's shared sandbox when it ends
    answers = {**solution_answers(), **{item.name: _function_code(item.name) for item in FUNCTIONS}}
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / f"{SLUG}.answers.json").write_bytes(answers_document(answers))
    (tmp_path / "python").mkdir()
    (tmp_path / "python" / f"{SLUG}.py").write_text((ROOT / "solutions" / f"{SLUG}.py").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    page = item_points(grade_submission(tmp_path / "page", CH7, sandbox))
    python = item_points(grade_submission(tmp_path / "python", CH7, sandbox))
    automatic = [i.id for i in CHAPTERS[SLUG].spec.items if i.kind in (*DISCRETE, "function")]
    assert {i: page[i] for i in automatic} == {i: python[i] for i in automatic}
    assert all(page[item.id] == item.points for item in FUNCTIONS)


def test_a_broken_function_block_loses_only_its_own_item(tmp_path):
    answers = {**solution_answers(), **{item.name: _function_code(item.name) for item in FUNCTIONS}}
    answers["eu_authorisation_required"] = "def eu_authorisation_required(case)\n    return True\n"
    answers["prc_licence_required"] = "def prc_licence_required(case):\n    return False\n"   # a constant
    (tmp_path / f"{SLUG}.answers.json").write_bytes(answers_document(answers))
    [result] = grade_submission(tmp_path, CH7, Sandbox())
    points = item_points([result])
    assert points["7.5"] == 0 and points["7.6"] == 0
    assert points["7.1"] == 2 and points["7.8"] == 2   # the discrete answers still count
    message = next(r.message for r in result.results if r.check.item_id == "7.6")
    assert "SyntaxError" in message


def test_function_code_reaches_the_generated_file_only_as_a_string_literal():
    hostile = 'import os\nos.system("touch /tmp/pwned")\n"""\nQ7_1 = "d"\n'
    source = answers_source(SLUG, {"prc_licence_required": hostile, "Q7_1": "a"}, ANSWERABLE)
    tree = ast.parse(source)
    assert source.isascii()
    code_list = next(n for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "_page_code")
    assert ast.literal_eval(code_list.value) == [("prc_licence_required", hostile)]
    # No statement of the learner's reaches the top level: only the fixed loader and the literals.
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "system"]
    assert tree.body[-1].targets[0].id == "Q7_1" and ast.literal_eval(tree.body[-1].value) == "a"
