"""Answering on the exercise page, offline: check, hint, Run, export, and `course grade`.

A learner opens chapter 7's exercise page in the learner edition with the network
blocked, answers its discrete items (one wrong first, to see the hint), writes its
functions and runs them on Pyodide (a wrong rule, an endless loop, then the right
code), exports the answers file, and `course grade` scores that file exactly as it
scores the same answers typed into the Python file. Other tests prove the page's
JavaScript canonical JSON and salted hash are byte for byte Python's, check matching
items pair by pair, show a scenario item's reasons, and say plainly when the Python
runtime is missing.

Set COURSE_TEST_LEARNER_HTML (and COURSE_TEST_INSTRUCTOR_HTML) to an already built
edition's html folder to skip the session's book build when running this file alone.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import browserkit as bk
from course.grading.runner import load_chapters
from course.grading.source import function_with_constants, literals
from course.grading.spec import Choice, Matching, MultiChoice, Number, Ordering, canonical_json, salted_hash

pytestmark = pytest.mark.timeout(1800)

ROOT = Path(__file__).resolve().parents[2]
SLUG = "ch07_export_controls"
QUIZ_JS = ROOT / "_ext" / "quiz_static" / "course-quiz.js"
DISCRETE = ("choice", "multi", "ordering", "matching", "number")
ON_PAGE = (*DISCRETE, "written")
START_MS = 300_000   # starting Python on a busy test machine; later runs take about a second


def _edition_html(request, edition: str) -> Path:
    given = os.environ.get(f"COURSE_TEST_{edition.upper()}_HTML")
    if given:
        return Path(given)
    return request.getfixturevalue("built_book")[edition]


@pytest.fixture(scope="module")
def learner_html(request) -> Path:
    return _edition_html(request, "learner")


@pytest.fixture(scope="module")
def instructor_html(request) -> Path:
    return _edition_html(request, "instructor")


@pytest.fixture(scope="module")
def chapter7():
    return load_chapters(ROOT)[SLUG].spec


def _answer(form, item, value) -> None:
    """Answer one item's form as a learner would (keyboard for one choice item)."""
    if item.kind == "choice":
        form.locator(f'input[value="{value}"]').focus()
        form.page.keyboard.press("Space")
    elif item.kind == "multi":
        for box in form.locator("input[type=checkbox]").all():
            box.set_checked(box.get_attribute("value") in {v.lower() for v in value})
    elif item.kind == "ordering":
        for select, letter in zip(form.locator("select").all(), value):
            select.select_option(letter.lower())
    elif item.kind == "matching":
        for key, letter in value.items():
            form.locator(f'select[data-key="{key.lower()}"]').select_option(letter.lower())
    elif item.kind == "written":
        form.locator("textarea").fill(value)
    else:
        form.locator("input").fill(str(value))


def _check(page, item) -> tuple[str, str]:
    form = page.locator(f'form.course-quiz[data-item="{item.id}"]')
    form.get_by_role("button", name=f"Check {item.id}").click()
    feedback = form.locator(".course-quiz-feedback")
    return feedback.inner_text(), feedback.get_attribute("data-state")


def _function_code(name: str) -> str:
    """The reference function as a learner would type it on the page: with the constants it uses."""
    return function_with_constants(ROOT / "solutions" / f"{SLUG}.py", name)


def _run(page, item, code: str) -> tuple[str, str, list[str]]:
    """Write `code` in a function item's box, press Run, wait for the verdict."""
    form = page.locator(f'form.course-quiz[data-item="{item.id}"]')
    form.locator("textarea").fill(code)
    form.get_by_role("button", name=f"Run {item.id}").click()
    page.wait_for_function("id => { const s = document.querySelector(`form.course-quiz[data-item='${id}'] "
                           ".course-quiz-feedback`).dataset.state; return s && s !== 'busy'; }",
                           arg=item.id, timeout=START_MS)
    feedback = form.locator(".course-quiz-feedback")
    return feedback.inner_text(), feedback.get_attribute("data-state"), form.locator(".course-runner-cases li").all_inner_texts()


def _grade(folder: Path, out: Path) -> dict[str, Fraction]:
    return bk.grade_chapter(ROOT, folder, out, "7")


def test_a_learner_answers_chapter_7_on_the_page_offline_and_course_grade_agrees(
        browser, learner_html, chapter7, artifacts, tmp_path):
    page_file = learner_html / "book" / "exercises" / f"{SLUG}.html"
    solution = literals(ROOT / "solutions" / f"{SLUG}.py")
    items = [item for item in chapter7.items if item.kind in ON_PAGE]
    functions = [item for item in chapter7.items if item.kind == "function"]
    assert len(items) >= 6 and any(item.kind == "written" for item in items) and len(functions) >= 2

    context = bk.offline_context(browser)
    page = context.new_page()
    watched = bk.watch(page)
    bk.open_page(page, page_file.as_uri())
    assert page.locator("form.course-quiz").count() == len(items) + len(functions)
    assert "tells you whether an answer is right" in page.locator(".course-quiz-bar").inner_text()
    assert page.get_by_text("answered in Python for now").count() == sum(i.kind == "structured" for i in chapter7.items)
    # Nothing of the runner loads before Run is pressed (page weight).
    loaded = [bk.file_of(u).name for u in watched.files]
    assert loaded and not [n for n in loaded if n.startswith(("course-runner", "course-pyodide", "course-grading"))]

    # One wrong answer first: the page says so and shows the item's hint.
    number = next(i for i in items if i.kind == "number")
    _answer(page.locator(f'form.course-quiz[data-item="{number.id}"]'), number, solution[number.name] + 1)
    text, state = _check(page, number)
    assert state == "wrong" and number.hint in text

    written = next(i for i in items if i.kind == "written")
    _answer(page.locator(f'form.course-quiz[data-item="{written.id}"]'), written, "Too short. [source: one]")
    text, state = _check(page, written)
    assert state == "wrong" and "has 4 words" in text and written.hint in text

    for item in items:
        _answer(page.locator(f'form.course-quiz[data-item="{item.id}"]'), item, solution[item.name])
        text, state = _check(page, item)
        if item.kind == "written":
            assert state == "right" and text.startswith(f"{len(item.rules)} of {len(item.rules)} structure checks pass")
        else:   # a scenario item adds its reason for the picked option
            assert state == "right" and text.startswith("Right."), f"{item.id}: {text}"

    # Function items run on Pyodide in the browser, with the network blocked.
    first, second = functions[0], functions[1]
    wrong_rule = _function_code(first.name).replace('return case["exporter_aware"] and', "return", 1)
    assert wrong_rule != _function_code(first.name)
    text, state, cases = _run(page, first, wrong_rule)
    assert state == "wrong" and "could not start" not in text, text
    missed = [c for c in cases if c.startswith("\u2717")]
    assert missed and "returned True, expected False." in missed[0] and first.hint in missed[0], cases
    text, state, _ = _run(page, second, f"def {second.name}(case):\n    while True:\n        pass\n")
    assert state == "wrong" and "was stopped (an endless loop?)" in text, text
    for item in functions:   # the last reuses the first two, as the prompt asks
        text, state, cases = _run(page, item, _function_code(item.name))
        total = len(item.public_cases) + len(item.practice_cases)
        assert (state, text.split(".")[0]) == ("right", f"{total} of {total} cases right"), (item.id, text, cases)
    everything = len(items) + len(functions)
    assert page.locator(".course-quiz-progress").inner_text().startswith(f"{everything} of {everything} answered")

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(artifacts / "exercise-quiz-ch07-390px.png"), full_page=False)
    overflow = page.evaluate("() => Array.from(document.querySelectorAll('form.course-quiz')).some("
                             "f => f.scrollWidth > f.clientWidth + 1)")
    assert not overflow, "a form is wider than a 390 px screen"
    page.set_viewport_size(bk.VIEWPORT)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export my answers").click()
    download = download_info.value
    assert download.suggested_filename == f"{SLUG}.answers.json"
    (tmp_path / "class" / "page-learner").mkdir(parents=True)
    exported = tmp_path / "class" / "page-learner" / download.suggested_filename
    download.save_as(exported)

    # Progress survives a reload (localStorage), and an exported file can be imported back.
    page.evaluate(f"() => localStorage.removeItem('course-answers:{SLUG}')")
    bk.open_page(page, page_file.as_uri())
    assert page.locator(f'form.course-quiz[data-item="{items[0].id}"] input:checked').count() == 0
    page.locator(".course-quiz-import-file").set_input_files(str(exported))
    page.wait_for_function("() => document.querySelector('.course-quiz-status').textContent.startsWith('Loaded')")
    text, state = _check(page, items[0])
    assert state == "right"
    watched.blocked.extend(context.blocked)
    assert not watched.problems()
    context.close()

    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "course-answers/1" and document["chapter"] == SLUG
    assert all(document["answers"][item.name] == _function_code(item.name) for item in functions)

    # The same answers in the Python file: the stub with the solution's discrete values and the same code.
    (tmp_path / "python-class" / "python-learner").mkdir(parents=True)
    stub = (ROOT / "exercises" / f"{SLUG}.py").read_text(encoding="utf-8")
    typed = "\n".join(f"{item.name} = {solution[item.name]!r}" for item in items)
    code = "\n".join(_function_code(item.name) for item in functions)
    (tmp_path / "python-class" / "python-learner" / f"{SLUG}.py").write_text(stub + "\n" + typed + "\n" + code,
                                                                           encoding="utf-8")

    from_page = _grade(tmp_path / "class", tmp_path / "out-page")
    from_python = _grade(tmp_path / "python-class", tmp_path / "out-python")
    ids = [item.id for item in items + functions]
    assert {i: from_page[i] for i in ids} == {i: from_python[i] for i in ids}
    assert {i: from_page[i] for i in ids} == {item.id: Fraction(item.points) for item in items + functions}


def test_the_instructor_edition_shows_the_key_and_the_forms(instructor_html, learner_html):
    instructor = (instructor_html / "book" / "exercises" / f"{SLUG}.html").read_text(encoding="utf-8")
    learner = (learner_html / "book" / "exercises" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert instructor.count('class="course-quiz"') == learner.count('class="course-quiz"') > 0
    assert instructor.count('class="course-quiz course-runner"') == learner.count('class="course-quiz course-runner"') > 0
    assert "Answer:" in instructor and "Answer:" not in learner
    assert "Reference code:" in instructor and "Reference code:" not in learner
    # A scenario item's key gives the reason for every option; the learner's page carries
    # the reasons only as data, shown one at a time after Check.
    slug, item = next((slug, i) for slug, c in load_chapters(ROOT).items() for i in c.spec.items if getattr(i, "why", None))
    key = (instructor_html / "book" / "exercises" / f"{slug}.html").read_text(encoding="utf-8")
    assert "Why each option is right or wrong" in key
    assert "Why each option is right or wrong" not in (learner_html / "book" / "exercises" / f"{slug}.html").read_text(encoding="utf-8")
    # The page carries hashes only: no discrete answer in plain text in the learner's data.
    data = learner.split('class="course-quiz-data">', 1)[1].split("</script>", 1)[0]
    assert '"hash"' in data and '"answer"' not in data


STRUCTURE_TEXTS = [
    "",
    "Situation\nOptions\nRecommendation\n" + "word " * 160 + "[source: EU Regulation 2021/821] [src:  UN   report]",
    "## 1. **Situation:**\r\n_Options_\u2028 - Recommendation\n[source: a] [source:  a ] [SOURCE: b] in 2013, 2020 and 1949",
    "It's a don\u2019t-stop co-operation 8,149 x\u00e9y \U0001F600 " + "[source: " + "x" * 400 + "]",
    "# Situation\n" + "Options " * 300 + "\nRecommendation: 2024 2024 1995",
]
RULES_7_10_AND_DATES = [
    ["words_between", {"low": 150, "high": 300}],
    ["has_headings", {"headings": ["Situation", "Options", "Recommendation"]}],
    ["cites_sources", {"minimum": 2}], ["mentions_dates", {"minimum": 2}]]


def test_the_page_checks_written_structure_exactly_as_python(browser):
    from course.grading.spec import RULES

    context = bk.offline_context(browser)
    page = context.new_page()
    page.set_content("<!doctype html><title>quiz parity</title>")
    page.add_script_tag(content=QUIZ_JS.read_text(encoding="utf-8"))
    for text in STRUCTURE_TEXTS:
        got = page.evaluate("([rules, text]) => courseQuiz.structure(rules, text)", [RULES_7_10_AND_DATES, text])
        if not text:
            assert all(not ok for ok, _ in got)
            continue
        want = []
        for name, params in RULES_7_10_AND_DATES:
            ok, message = RULES[name](text, **params)
            want.append([ok, "" if ok else f"Your answer {message}."])
        assert got == want, text[:60]
    context.close()


# Values chosen to differ between naive JS and Python: code-point key order (an astral
# character sorts after U+FF5E in Python, before it in UTF-16), escapes, DEL, dedupe
# after lower-casing, half-way rounding (Python rounds half to even), 8149 vs 8149.0.
PARITY_ITEMS = [
    (Choice("9.1", name="Q", points=1, prompt="", hint="h"), " D "),
    (Choice("9.1", name="Q", points=1, prompt="", hint="h"), "é\"\\\n\x7f😀"),
    (MultiChoice("9.2", name="Q", points=1, prompt="", hint="h"), ["e", "A", "a", " c"]),
    (MultiChoice("9.2", name="Q", points=1, prompt="", hint="h"), ["～", "😀", "z", "é"]),
    (Ordering("9.3", name="Q", points=1, prompt="", hint="h"), ["B", "d", "😀", "ｚ"]),
    *[(Number("9.4", name="Q", points=1, prompt="", hint="h", places=p), v)
      for v, p in [(8149, 0), (8149.0, 0), (8149.4, 0), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0),
                   (2.675, 2), (0.125, 2), (3.14159, 2), (6, 1), (1e10, 0), (-0.4, 0)]],
]
CANONICAL_VALUES = [{"b": 1, "a": [1, 2]}, {"😀": 1, "～": 2, "é": 3, "Z": 4}, ["\u2028", "\x00", "\t"], "Ünïcödé", 8149]


def test_the_page_hashes_exactly_as_python(browser):
    context = bk.offline_context(browser)
    page = context.new_page()
    page.set_content("<!doctype html><title>quiz parity</title>")
    page.add_script_tag(content=QUIZ_JS.read_text(encoding="utf-8"))
    salt = "book-page:ch99_test"
    for item, value in PARITY_ITEMS:
        public = {"kind": item.kind, "places": getattr(item, "places", 0)}
        got = page.evaluate("([item, value, salt, id]) => courseQuiz.saltedHash(salt, id, courseQuiz.canon(item, value))",
                            [public, value, salt, item.id])
        assert got == salted_hash(salt, item.id, item.canon(value)), (item.kind, value, item.canon(value))
    for value in CANONICAL_VALUES:
        assert page.evaluate("v => courseQuiz.canonicalJson(v)", value) == canonical_json(value), value
    # A matching pair is hashed with the key in the id, as Matching.public does.
    matching = Matching("9.5", name="Q", points=2, prompt="", hint="h", left={"x": "X"}, right={"a": "A", "b": "B"},
                        answer={"x": "b"})
    expected = matching.public(salt)["pairs"]["x"]
    assert page.evaluate("([s]) => courseQuiz.saltedHash(s, '9.5:x', 'b')", [salt]) == expected
    context.close()


def test_only_exercise_pages_carry_the_quiz_script(learner_html):
    pages = {p.relative_to(learner_html).as_posix(): "course-quiz.js" in p.read_text(encoding="utf-8")
             for p in learner_html.rglob("*.html") if not p.relative_to(learner_html).parts[0].startswith("_")}
    with_script = {rel for rel, has in pages.items() if has}
    assert f"book/exercises/{SLUG}.html" in with_script
    assert all(rel.startswith("book/exercises/") for rel in with_script), sorted(with_script)[:5]


def test_every_exercise_page_accepts_its_reference_answers_and_refuses_a_wrong_one(browser, learner_html):
    """Every chapter's page items, answered with the reference solution, check right;
    each discrete item's first planted wrong answer checks wrong (a scenario item shows
    that option's reason before the hint)."""
    context = bk.offline_context(browser)
    page = context.new_page()
    wrong_seen = reasons_seen = 0
    for slug, chapter in load_chapters(ROOT).items():
        solution = literals(ROOT / "solutions" / f"{slug}.py")
        bk.open_page(page, (learner_html / "book" / "exercises" / f"{slug}.html").as_uri())
        for item in (i for i in chapter.spec.items if i.kind in ON_PAGE):
            form = page.locator(f'form.course-quiz[data-item="{item.id}"]')
            if item.kind in DISCRETE and item.wrong and item.kind != "matching":
                _answer(form, item, item.wrong[0])
                text, state = _check(page, item)
                assert state == "wrong", f"{slug} {item.id}: {item.wrong[0]!r} checked right"
                wrong_seen += 1
                # only a choice has reasons (a multi-choice's answer, a list, is no key of any dict)
                reason = item.why.get(item.canon(item.wrong[0]), "") if isinstance(item, Choice) else ""
                if reason:   # a scenario item: the picked option's reason, then the hint
                    assert text.index(reason) < text.index("Hint: "), f"{slug} {item.id}: {text}"
                    reasons_seen += 1
            if item.kind == "multi":
                form.locator("input[type=checkbox]").evaluate_all("boxes => boxes.forEach(b => b.checked = false)")
            _answer(form, item, solution[item.name])
            text, state = _check(page, item)
            assert state == "right", f"{slug} {item.id}: {text}"
    assert wrong_seen >= 17 and reasons_seen >= 10
    context.close()


def _fixture_page(folder: Path, html_dir: Path, chapter, forms: str) -> Path:
    """A page made from the quiz's own HTML functions, using the built site's scripts."""
    sys.path.insert(0, str(ROOT / "_ext"))
    import course_quiz

    static = html_dir / "_static"
    page = folder / "page.html"
    page.write_text(f"<!doctype html><html lang='en'><head><title>fixture</title>"
                    f"<script defer src='{(static / 'course-quiz.js').as_uri()}'></script></head>"
                    f"<body><main>{course_quiz.chapter_bar(chapter)}{forms}</main></body></html>", encoding="utf-8")
    return page


def test_a_scenario_item_shows_the_reason_of_the_picked_option_before_the_hint(browser, learner_html, tmp_path):
    from course.grading.spec import Chapter

    reasons = {"a": "A code of conduct binds no one.", "b": "Art. 5 covers it once the exporter is told.",
               "c": "Art. 4 is about weapons of mass destruction and embargoes."}
    item = Choice("7.9", name="Q7_9", points=2, level="analyse", prompt="Which rule applies?",
                  options={"a": "the ECHRI Code", "b": "Art. 5", "c": "Art. 4"}, answer="b",
                  hint="Which article names internal repression?", why=reasons)
    chapter = Chapter(slug=SLUG, title="t", items=[item])
    page_file = _fixture_page(tmp_path, learner_html, chapter, item.form_html(SLUG))
    context = bk.offline_context(browser)
    page = context.new_page()
    watched = bk.watch(page)
    bk.open_page(page, page_file.as_uri())
    form = page.locator('form.course-quiz[data-item="7.9"]')
    _answer(form, item, "c")
    text, state = _check(page, item)
    assert state == "wrong" and text.index(reasons["c"]) < text.index("Hint: " + item.hint), text
    _answer(form, item, "b")
    text, state = _check(page, item)
    assert state == "right" and text == "Right. " + reasons["b"], text
    assert not watched.problems() and not context.blocked
    context.close()


def test_matching_items_are_checked_pair_by_pair_in_the_browser(browser, learner_html):
    """Every matching item of the book: two pairs swapped is "not right yet" with the share of
    pairs right and the hint; the key's pairs are right; the export holds the pairs."""
    context = bk.offline_context(browser)
    page = context.new_page()
    seen = 0
    for slug, chapter in load_chapters(ROOT).items():
        matching = [i for i in chapter.spec.items if i.kind == "matching"]
        if not matching:
            continue
        solution = literals(ROOT / "solutions" / f"{slug}.py")
        bk.open_page(page, (learner_html / "book" / "exercises" / f"{slug}.html").as_uri())
        for item in matching:
            form = page.locator(f'form.course-quiz[data-item="{item.id}"]')
            right = {str(k): str(v) for k, v in solution[item.name].items()}
            keys = list(right)
            # Swap the letters of two pairs that differ: each letter is used as often as in the key.
            other = next(k for k in keys if right[k].lower() != right[keys[0]].lower())
            _answer(form, item, {**right, keys[0]: right[other], other: right[keys[0]]})
            text, state = _check(page, item)
            assert state == "wrong" and f"({len(keys) - 2} of {len(keys)} pairs right)" in text, (slug, item.id, text)
            assert item.hint in text
            _answer(form, item, right)
            text, state = _check(page, item)
            assert state == "right", (slug, item.id, text)
            seen += 1
        stored = page.evaluate(f"() => JSON.parse(localStorage.getItem('course-answers:{slug}'))")
        for item in matching:
            assert {k: v for k, v in stored[item.name].items()} == {str(k).strip().lower(): str(v).lower()
                                                                   for k, v in solution[item.name].items()}
    assert seen >= 5
    context.close()


def test_without_the_python_runtime_the_page_says_so_and_offers_the_route_without_code(browser, learner_html, tmp_path):
    """A copy built without the runtime (no npm, no registry): the built page and its
    scripts, all but _static/course-pyodide/."""
    site = tmp_path / "site"
    shutil.copytree(learner_html / "_static", site / "_static", ignore=shutil.ignore_patterns("course-pyodide"))
    (site / "book" / "exercises").mkdir(parents=True)
    page_file = site / "book" / "exercises" / f"{SLUG}.html"
    shutil.copy(learner_html / "book" / "exercises" / f"{SLUG}.html", page_file)
    item = next(i for i in load_chapters(ROOT, ["7"])[SLUG].spec.items if i.kind == "function")
    context = bk.offline_context(browser)
    page = context.new_page()
    bk.open_page(page, page_file.as_uri())
    text, state, cases = _run(page, item, _function_code(item.name))
    assert state == "empty" and text.startswith("Running code is not available in this copy of the book.")
    assert f"exercises/{SLUG}.py" in text and "need no programming" in text and cases == []
    # The code is kept for the export all the same.
    stored = page.evaluate(f"() => JSON.parse(localStorage.getItem('course-answers:{SLUG}'))")
    assert stored[item.name] == _function_code(item.name)
    context.close()
