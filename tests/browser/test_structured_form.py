"""Chapter 17's country assessment (17.7, a structured item) answered on the exercise page.

A learner fills the form offline with two rows in every section (typing into inputs
found by their accessible names, adding rows with "Add a row"), sees the page's light
checks catch an e-mail address, fixes it, exports the answers file, and `course grade`
scores it exactly as the same assessment typed into the Python file.

Set COURSE_TEST_LEARNER_HTML to an already built learner edition's html folder to skip
the session's book build when running this file alone.
"""
from __future__ import annotations

import copy
import json
import os
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import browserkit as bk
from course.grading.source import literal

pytestmark = pytest.mark.timeout(1800)

ROOT = Path(__file__).resolve().parents[2]
SLUG = "ch17_research_a_country"
ROWS = 2


@pytest.fixture(scope="module")
def learner_html(request) -> Path:
    given = os.environ.get("COURSE_TEST_LEARNER_HTML")
    return Path(given) if given else request.getfixturevalue("built_book")["learner"]


def two_row_assessment() -> dict:
    """The reference assessment cut to two rows a section, every template field present
    (as the form exports it: a field left out of a row is the template's empty value)."""
    reference = literal(ROOT / "solutions" / f"{SLUG}.py", "ASSESSMENT")
    template = literal(ROOT / "exercises" / f"{SLUG}.py", "ASSESSMENT")
    out = {}
    for key, default in template.items():
        if isinstance(default, list):
            blank = default[0]
            out[key] = [{f: copy.deepcopy(row.get(f, blank[f])) for f in blank} for row in reference[key][:ROWS]]
        else:
            out[key] = reference[key]
    return out


def as_text(value) -> str:
    """How a learner types a value into the form (the conventions the page explains)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _grade(folder: Path, out: Path) -> dict[str, Fraction]:
    return bk.grade_chapter(ROOT, folder, out, "17")


def test_a_learner_fills_the_assessment_on_the_page_and_course_grade_agrees(browser, learner_html, artifacts, tmp_path):
    expected = two_row_assessment()
    context = bk.offline_context(browser)
    page = context.new_page()
    watched = bk.watch(page)
    bk.open_page(page, (learner_html / "book" / "exercises" / f"{SLUG}.html").as_uri())
    form = page.locator('form.course-quiz[data-item="17.7"]')
    assert "full consistency checks" in form.inner_text()

    # Each section starts with its minimum rows; "Add a row" brings every section to two.
    for section, rows in expected.items():
        if not isinstance(rows, list):
            continue
        body = form.locator(f'.cs-section[data-section="{section}"] tbody tr')
        while body.count() < ROWS:
            form.get_by_role("button", name=f"Add a row to {section}").click()
        assert body.count() == ROWS
    # A row added and removed again, with the keyboard: the numbering and names follow.
    form.get_by_role("button", name="Add a row to projects").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "projects row 3: id"
    form.get_by_role("button", name="Remove this row (projects row 3)").click()
    assert form.locator('.cs-section[data-section="projects"] tbody tr').count() == ROWS

    for key, value in expected.items():
        if not isinstance(value, list):
            form.get_by_label(key, exact=True).fill(as_text(value))
            continue
        for number, row in enumerate(value, 1):
            for field, cell in row.items():
                form.get_by_label(f"{key} row {number}: {field}", exact=True).fill(as_text(cell))

    # The light checks: an e-mail address is caught on the page, with the item's hint.
    detail = form.get_by_label("civil_society row 1: detail", exact=True)
    detail.fill(expected["civil_society"][0]["detail"] + " Contact: organiser@example.org")
    form.get_by_role("button", name="Check 17.7").click()
    feedback = form.locator(".course-quiz-feedback")
    assert feedback.get_attribute("data-state") == "wrong" and "e-mail address" in feedback.inner_text()
    detail.fill(expected["civil_society"][0]["detail"])
    form.get_by_role("button", name="Check 17.7").click()
    assert feedback.get_attribute("data-state") == "right", feedback.inner_text()
    assert "course check" in feedback.inner_text()

    # A phone screen: the tables scroll inside their own region, the page does not.
    page.set_viewport_size({"width": 390, "height": 844})
    form.locator('.cs-section[data-section="projects"]').scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "exercise-structured-ch17-390px.png"), full_page=False)
    assert page.evaluate("() => { const f = document.querySelector('form.course-quiz[data-item=\"17.7\"]');"
                         " return f.scrollWidth <= f.clientWidth + 1; }"), "the form is wider than a 390 px screen"
    page.set_viewport_size(bk.VIEWPORT)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export my answers").click()
    exported = tmp_path / "class" / "page-learner" / download_info.value.suggested_filename
    exported.parent.mkdir(parents=True)
    download_info.value.save_as(exported)
    assert exported.name == f"{SLUG}.answers.json"
    assert json.loads(exported.read_text(encoding="utf-8"))["answers"]["ASSESSMENT"] == expected

    # Progress survives a reload.
    bk.open_page(page, (learner_html / "book" / "exercises" / f"{SLUG}.html").as_uri())
    assert form.get_by_label("projects row 2: source", exact=True).input_value() == expected["projects"][1]["source"]
    watched.blocked.extend(context.blocked)
    assert not watched.problems()
    context.close()

    python = tmp_path / "python-class" / "python-learner" / f"{SLUG}.py"
    python.parent.mkdir(parents=True)
    python.write_text(f"ASSESSMENT = {expected!r}\n", encoding="utf-8")
    from_page = _grade(tmp_path / "class", tmp_path / "out-page")
    from_python = _grade(tmp_path / "python-class", tmp_path / "out-python")
    assert from_page["17.7"] == from_python["17.7"] == 8


def test_an_empty_form_exports_nothing_and_scores_nothing(browser, learner_html):
    context = bk.offline_context(browser)
    page = context.new_page()
    bk.open_page(page, (learner_html / "book" / "exercises" / f"{SLUG}.html").as_uri())
    page.evaluate(f"() => localStorage.removeItem('course-answers:{SLUG}')")
    bk.open_page(page, (learner_html / "book" / "exercises" / f"{SLUG}.html").as_uri())
    form = page.locator('form.course-quiz[data-item="17.7"]')
    form.get_by_role("button", name="Check 17.7").click()
    assert form.locator(".course-quiz-feedback").get_attribute("data-state") == "empty"
    # Typing only the country is an answer: the checks list what is still empty.
    form.get_by_label("country", exact=True).fill("Testland")
    form.get_by_role("button", name="Check 17.7").click()
    text = form.locator(".course-quiz-feedback").inner_text()
    assert "to fix" in text and "prepared is empty" in text
    context.close()


STRUCTURED_JS = ROOT / "_ext" / "quiz_static" / "course-structured.js"


def _layout():
    from course.grading import structured_form as course_structured
    from course.grading.runner import load_chapters

    item = next(i for i in load_chapters(ROOT)[SLUG].spec.items if i.kind == "structured")
    return course_structured.layout(item, course_structured.template_value(SLUG, item.name))


@pytest.mark.parametrize("break_it, says", [
    (lambda a: a.update(prepared="2026-02-30"), 'prepared is "2026-02-30"'),
    (lambda a: a.update(prepared="2026-11"), "prepared should be a full date"),
    (lambda a: a["projects"][0].update(start="2011/02"), 'projects row 1: start is "2011/02"'),
    (lambda a: a["training"][0].update(claim_type="rumour"), 'claim_type is "rumour"'),
    (lambda a: a["training"][1].update(id="p1"), "the id p1 is also used by projects row 1"),
    (lambda a: a["civil_society"][1].update(detail="call +593 2 555 0100"), "telephone number"),
    (lambda a: a["civil_society"][1].update(actor="ana@example.org"), "e-mail address"),
    (lambda a: a["judgements"][0].update(based_on=["P1", "X9"]), "based_on names X9"),
    (lambda a: a["snapshot"][0].update(score="63 points"), 'score is "63 points"'),
    (lambda a: a["snapshot"][0].update(parts={"A": None}), "parts should be name: number pairs"),
    (lambda a: a["safeguards"][0].update(source=""), "safeguards row 1: source is empty"),
    (lambda a: a.update(safeguards=a["safeguards"][:1]), "safeguards has 1 row(s); it needs at least 2"),
])
def test_the_light_checks_pass_the_reference_and_catch_each_slip(browser, break_it, says):
    """Each light check of the page: silent on the two-row reference, one message on its slip."""
    context = bk.offline_context(browser)
    page = context.new_page()
    page.set_content("<!doctype html><title>structured checks</title>")
    page.add_script_tag(content=STRUCTURED_JS.read_text(encoding="utf-8"))
    layout, good = _layout(), two_row_assessment()
    assert page.evaluate("([l, v]) => courseStructured.lightProblems(l, v)", [layout, good]) == []
    broken = copy.deepcopy(good)
    break_it(broken)
    problems = page.evaluate("([l, v]) => courseStructured.lightProblems(l, v)", [layout, broken])
    assert len(problems) == 1 and says in problems[0], problems
    context.close()
