"""What the exercise page carries (without building the book): the function items' code
box and public cases, scenario reasons on the page and in the instructor's key, and the
code box's wording."""
from __future__ import annotations

import json
from html import escape
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import course_quiz  # noqa: E402
import course_runner  # noqa: E402
from course.grading.runner import load_chapters  # noqa: E402
from course.grading.spec import Chapter, Choice, canonical_json, open_reason, plain  # noqa: E402

SLUG = "ch07_export_controls"
REASONS = {"a": "A code of conduct binds no one.", "b": "Art. 5 covers it once the exporter is told.",
           "c": "Art. 4 is about weapons of mass destruction and embargoes."}


def _scenario() -> Choice:
    return Choice("7.9", name="Q7_9", points=2, level="analyse", prompt="Which rule applies?",
                  options={"a": "the ECHRI Code", "b": "Art. 5", "c": "Art. 4"}, answer="b",
                  hint="Which article names internal repression?", why=REASONS)


def _bar_data(chapter, exam=False) -> dict:
    html = course_quiz.chapter_bar(chapter, exam=exam)
    return json.loads(html.split('class="course-quiz-data">', 1)[1].split("</script>", 1)[0].replace("<\\/", "</"))


def test_function_items_cases_load_with_the_runner_and_hold_no_hidden_case():
    spec = load_chapters(ROOT, ["7"])[SLUG].spec
    on_page = [i for i in _bar_data(spec)["items"] if i["kind"] == "function"]
    # The page itself names the items only (page weight); their cases come with the runner.
    assert on_page and all(set(i) == {"id", "name", "kind"} for i in on_page)
    script = course_runner.items_script()
    document = json.loads(script.split("self.courseRunnerItems = ", 1)[1].rstrip().rstrip(";"))
    functions = document[SLUG]
    assert set(functions) == {i.id for i in spec.items if i.kind == "function"} == {i["id"] for i in on_page}
    for item in spec.items:
        if item.kind != "function":
            continue
        carried = functions[item.id]
        assert len(carried["cases"]) == len(item.public_cases) and len(carried["practice_cases"]) == len(item.practice_cases)
        shown = {canonical_json(c["args"]) for c in carried["cases"] + carried["practice_cases"]}
        hidden = {canonical_json(plain(list(c.args))) for c in item.hidden_cases}
        public = {canonical_json(plain(list(c.args))) for c in item.public_cases + item.practice_cases}
        assert shown == public and not (hidden - public) & shown   # the instructor's cases never reach the page
        assert "hidden_cases" not in carried and "mutant_code" not in carried
    assert len(document) >= 10   # every chapter with function items


def test_the_code_box_is_labelled_and_the_page_never_names_the_runtime():
    item = next(i for i in load_chapters(ROOT, ["7"])[SLUG].spec.items if i.kind == "function")
    form = item.form_html(SLUG)
    assert '<label for="q-ch07-7-5-code">' in form and 'id="q-ch07-7-5-code"' in form
    assert f"Run {item.id}" in form and escape(f"def {item.signature}:") in form
    # Whether this copy has Python or not is found out on Run (a page cached from another build cannot lie).
    assert "runtime" not in form and "pyodide" not in form.lower()


def test_the_page_carries_a_scenario_items_reasons_sealed_and_an_exam_page_none():
    chapter = Chapter(slug=SLUG, title="t", items=[_scenario()])
    data = _bar_data(chapter)
    sealed = data["items"][0]["why_sealed"]
    assert set(sealed) == set(REASONS) and "why" not in data["items"][0]
    # No reason is readable in the page; each opens with its own letter only.
    page = json.dumps(data)
    assert all(reason not in page for reason in REASONS.values())
    for letter, reason in REASONS.items():
        assert open_reason(data["salt"], "7.9", letter, sealed[letter]) == reason
        other = next(x for x in REASONS if x != letter)
        assert open_reason(data["salt"], "7.9", other, sealed[letter]) != reason
    assert "why_sealed" not in _bar_data(chapter, exam=True)["items"][0]


def test_the_instructor_key_lists_every_options_reason():
    lines = "\n".join(_scenario().solution_lines(ROOT / "solutions" / f"{SLUG}.py"))
    assert "**Answer:** `'b'`" in lines
    for letter, reason in REASONS.items():
        assert f"- **{letter}**: {reason}" in lines
    plain = Choice("7.1", name="Q7_1", points=2, prompt="p", options={"a": "x", "b": "y"}, answer="a", hint="h")
    assert "Why each option" not in "\n".join(plain.solution_lines(ROOT / "solutions" / f"{SLUG}.py"))


class _FakeApp:
    def __init__(self, doctrees: Path):
        self.doctreedir = str(doctrees)
        self.config = type("Config", (), {"html_static_path": ["_static"]})()


def test_the_build_goes_on_without_the_runtime_and_still_writes_the_runner_scripts(tmp_path, monkeypatch):
    from course import pyodide_runtime

    monkeypatch.setenv(pyodide_runtime.SKIP_ENV, "1")
    app = _FakeApp(tmp_path / ".doctrees")
    course_runner._find_runtime(app)
    scripts = tmp_path / "course-runner-static"
    assert app.config.html_static_path == ["_static", str(scripts)]   # no runtime folder
    assert (scripts / course_runner.GRADING_SCRIPT).is_file() and (scripts / course_runner.ITEMS_SCRIPT).is_file()
    grading = (scripts / course_runner.GRADING_SCRIPT).read_text(encoding="ascii")
    files = json.loads(grading.split("self.courseGradingFiles = ", 1)[1].rstrip().rstrip(";"))
    assert {"course/grading/page_runner.py", "course/grading/spec.py", "course/grading/worker.py"} <= set(files)
    # Only the grading package travels: no spec of the question bank, no solution.
    assert all(name.startswith("course/grading/") or name == "course/__init__.py" for name in files)
    if pyodide_runtime.bundle_path().is_file():   # with the runtime in the cache, its folder is added
        monkeypatch.delenv(pyodide_runtime.SKIP_ENV)
        app = _FakeApp(tmp_path / ".doctrees")
        course_runner._find_runtime(app)
        assert str(pyodide_runtime.site_root()) in app.config.html_static_path
