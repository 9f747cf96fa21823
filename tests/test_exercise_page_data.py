"""What the exercise page carries (without building the book): the function items' code
box and public cases, scenario reasons on the page and in the instructor's key, and the
fallback wording when the book was built without the Python runtime."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import course_exercises  # noqa: E402
import course_quiz  # noqa: E402
import course_runner  # noqa: E402
from course.grading.runner import load_chapters  # noqa: E402
from course.grading.spec import Chapter, Choice, canonical_json, plain  # noqa: E402

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


def test_function_items_carry_their_public_and_practice_cases_but_no_hidden_case():
    spec = load_chapters(ROOT, ["7"])[SLUG].spec
    data = _bar_data(spec)
    functions = {i["id"]: i for i in data["items"] if i["kind"] == "function"}
    assert set(functions) == {i.id for i in spec.items if i.kind == "function"}
    for item in spec.items:
        if item.kind != "function":
            continue
        carried = functions[item.id]
        assert len(carried["cases"]) == len(item.public_cases) and len(carried["practice_cases"]) == len(item.practice_cases)
        on_page = {canonical_json(c["args"]) for c in carried["cases"] + carried["practice_cases"]}
        hidden = {canonical_json(plain(list(c.args))) for c in item.hidden_cases}
        public = {canonical_json(plain(list(c.args))) for c in item.public_cases + item.practice_cases}
        assert on_page == public and not (hidden - public) & on_page   # the instructor's cases never reach the page
        assert "hidden_cases" not in carried and "mutant_code" not in carried
    assert _bar_data(spec, exam=True)["items"] and all(not i.get("practice_cases") for i in _bar_data(spec, exam=True)["items"]
                                                        if i["kind"] == "function")


def test_the_code_box_is_labelled_and_says_plainly_when_code_cannot_run(monkeypatch):
    item = next(i for i in load_chapters(ROOT, ["7"])[SLUG].spec.items if i.kind == "function")
    monkeypatch.setitem(course_runner._runtime, "bundle", "course-pyodide-x.js")
    with_runtime = course_runner.function_form(SLUG, item)
    assert '<label for="q-ch07-7-5-code">' in with_runtime and 'id="q-ch07-7-5-code"' in with_runtime
    assert f"Run {item.id}" in with_runtime and "not available" not in with_runtime
    monkeypatch.setitem(course_runner._runtime, "bundle", None)
    without = course_runner.function_form(SLUG, item)
    assert "Running code on this page is not available" in without and "need no programming" in without
    assert course_runner.runner_config()["bundle"] is None


def test_the_page_carries_a_scenario_items_reasons_and_an_exam_page_none():
    chapter = Chapter(slug=SLUG, title="t", items=[_scenario()])
    assert _bar_data(chapter)["items"][0]["why"] == REASONS
    assert "why" not in _bar_data(chapter, exam=True)["items"][0]


def test_the_instructor_key_lists_every_options_reason():
    lines = "\n".join(course_exercises._solution_lines(_scenario(), ROOT, SLUG))
    assert "**Answer:** `'b'`" in lines
    for letter, reason in REASONS.items():
        assert f"- **{letter}**: {reason}" in lines
    plain = Choice("7.1", name="Q7_1", points=2, prompt="p", options={"a": "x", "b": "y"}, answer="a", hint="h")
    assert "Why each option" not in "\n".join(course_exercises._solution_lines(plain, ROOT, SLUG))
