"""Item hints, option reasons and check feedback in the learner's language (messages/items.pot).

Each test plants the fault it guards against: a changed hint makes the template stale, a
translation that drops a placeholder is caught (and never shown), an untranslated or stale
message stays English, and a learner release with a reason in clear text, in any language,
fails the scan.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po, write_po

from course.grading.runner import load_chapters, load_spec_module
from course.grading.spec import Choice, open_reason, seal_reason
from course.i18n import integrity, item_messages, messages
from course.i18n.catalogs import part_of
from course.grading.feedback import feedback
from catalog_files import write_catalog
from course.i18n.item_messages import ITEM_CATALOG, build_item_catalog, localised_public, translated_chapter

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "locales" / "templates" / f"{ITEM_CATALOG}.pot"
SLUG = "ch07_export_controls"
NO_ANSWER = "{name} has no answer yet"
SPANISH_NO_ANSWER = "{name} todavía no tiene respuesta"


@pytest.fixture(autouse=True)
def fresh_caches():
    def clear():
        messages._translations.cache_clear()
        item_messages.usable_translation.cache_clear()
    clear()
    yield
    clear()


def _bank_chapter():
    return load_spec_module(ROOT / "questions" / f"{SLUG}.py")


def _scenario_item(chapter):
    """The chapter's first choice item with a reason for every option, and two of its wrong letters."""
    item = next(i for i in chapter.items if isinstance(i, Choice) and i.why)
    wrong = [letter for letter in item.options if letter != item.answer]
    return item, wrong[0], wrong[1]


@pytest.fixture
def spanish_course(tmp_path, monkeypatch):
    """A course root with chapter 7's spec and a small Spanish items catalog: the scenario
    item's hint and one reason translated, another reason left out, and one feedback
    template translated (another one translated but stale)."""
    chapter = _bank_chapter()
    item, translated_letter, english_letter = _scenario_item(chapter)
    (tmp_path / "_config.yml").write_text("title: tiny\n")
    (tmp_path / "questions").mkdir()
    (tmp_path / "questions" / f"{SLUG}.py").write_bytes((ROOT / "questions" / f"{SLUG}.py").read_bytes())
    entries = {item.hint: "PISTA EN ESPAÑOL.", item.why[translated_letter]: "RAZÓN EN ESPAÑOL.",
               NO_ANSWER: SPANISH_NO_ANSWER, "{name} should be one of {letters}": "{name} debe ser una de {letters}"}
    write_catalog(tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ITEM_CATALOG}.po", entries,
                  fuzzy=("{name} should be one of {letters}",), language="es")
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))
    return tmp_path, item, translated_letter, english_letter


def _item_checks(root, item_id):
    chapters = load_chapters(root, ["7"])
    return [c for c in chapters[SLUG].checks if c.item_id == item_id]


# --- the template ---------------------------------------------------------------------------------------

def _ids(catalog):
    return [(m.id, " ".join(m.auto_comments)) for m in catalog if m.id]   # a written comment may be wrapped


def test_items_template_is_current():
    with open(TEMPLATE, "rb") as handle:
        committed = read_po(handle)
    assert _ids(build_item_catalog(ROOT)) == _ids(committed), "run `course translations extract` (items.pot is out of date)"


def test_a_changed_hint_makes_the_template_stale():
    with open(TEMPLATE, "rb") as handle:
        committed = read_po(handle)
    chapters = [load_spec_module(p) for p in sorted((ROOT / "questions").glob("ch[0-9][0-9]_*.py"))]
    first = chapters[0]
    changed = dataclasses.replace(first, items=[dataclasses.replace(first.items[0], hint=first.items[0].hint + " More.")]
                                  + first.items[1:])
    assert _ids(build_item_catalog(ROOT, [changed, *chapters[1:]])) != _ids(committed)


def test_template_names_where_each_text_appears():
    with open(TEMPLATE, "rb") as handle:
        catalog = read_po(handle)
    notes = {note for m in catalog for note in m.auto_comments}
    chapter = _bank_chapter()
    item, letter, _ = _scenario_item(chapter)
    assert f"{item.id} hint" in notes and f"{item.id} why {letter}" in notes
    for path in sorted((ROOT / "questions").glob("ch[0-9][0-9]_*.py")):
        for bank_item in load_spec_module(path).items:
            assert catalog.get(bank_item.hint) is not None, f"{bank_item.id}: hint missing from items.pot"
            for text in (getattr(bank_item, "why", None) or {}).values():
                assert catalog.get(text) is not None, f"{bank_item.id}: a reason is missing from items.pot"
    templates = [m for m in catalog if m.id and any(n.startswith("check feedback") for n in m.auto_comments)]
    assert catalog.get("{shown} returned {value}, expected {want}. {hint}") in templates
    assert all(m.locations for m in templates)   # a translator can find where each one is composed


def test_every_feedback_mark_is_a_plain_string():
    """feedback(f"...") would hide its text from extraction (and from translators)."""
    for rel in item_messages.FEEDBACK_FILES:
        text = (ROOT / rel).read_text(encoding="utf-8")
        assert "feedback(f" not in text.replace(" ", ""), rel


def test_the_items_catalog_counts_as_course_check_messages():
    assert part_of(ITEM_CATALOG) == "course check messages"


# --- placeholders -----------------------------------------------------------------------------------------

def test_translation_that_drops_a_placeholder_is_caught():
    ok = integrity.check_message(ITEM_CATALOG, NO_ANSWER, SPANISH_NO_ANSWER, "es")
    dropped = integrity.check_message(ITEM_CATALOG, NO_ANSWER, "todavía no tiene respuesta", "es")
    renamed = integrity.check_message(ITEM_CATALOG, NO_ANSWER, "{nombre} todavía no tiene respuesta", "es")
    assert ok == []
    assert any("placeholder {name} is missing" in p.what for p in dropped)
    assert any("{nombre}" in p.what for p in renamed)


def test_a_broken_translation_is_never_shown(tmp_path, monkeypatch):
    """`course check` must not crash on a catalog that slipped through: it shows the English."""
    (tmp_path / "_config.yml").write_text("title: tiny\n")
    write_catalog(tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ITEM_CATALOG}.po",
                  {NO_ANSWER: "{nombre} todavía no tiene respuesta",
                   "{name} should be one of {letters}": "{name} debe ser una de {letters",
                   "not graded": "sin calificar"}, language="es")
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))
    monkeypatch.setenv("COURSE_LANGUAGE", "es")
    assert feedback(NO_ANSWER).format(name="Q7_1") == "Q7_1 has no answer yet"
    assert feedback("{name} should be one of {letters}") == "{name} should be one of {letters}"
    assert feedback("not graded") == "sin calificar"


# --- course check in Spanish ------------------------------------------------------------------------------

def test_course_check_shows_the_spanish_hint_and_reason_and_english_where_untranslated(spanish_course, monkeypatch):
    root, item, translated_letter, english_letter = spanish_course
    monkeypatch.setenv("COURSE_LANGUAGE", "es")
    [check] = _item_checks(root, item.id)
    ok, message = check.judge(translated_letter)
    assert not ok and message == "RAZÓN EN ESPAÑOL. PISTA EN ESPAÑOL."
    ok, message = check.judge(english_letter)                  # its reason has no translation: English
    assert not ok and message == f"{item.why[english_letter]} PISTA EN ESPAÑOL."
    assert check.judge(None) == (False, SPANISH_NO_ANSWER.format(name=item.name))
    # A stale (fuzzy) template stays English.
    assert check.judge("zz")[1] == f"{item.name} should be one of {', '.join(sorted(item.options))}"
    assert check.judge(item.answer) == (True, "")


def test_english_check_is_unchanged_by_a_spanish_catalog(spanish_course, monkeypatch):
    root, item, translated_letter, _ = spanish_course
    monkeypatch.delenv("COURSE_LANGUAGE", raising=False)
    [check] = _item_checks(root, item.id)
    assert check.judge(translated_letter)[1] == f"{item.why[translated_letter]} {item.hint}"
    assert check.judge(None)[1] == f"{item.name} has no answer yet"


def test_english_feedback_is_byte_identical_to_before(monkeypatch):
    """English runs give the bytes the checks gave before the feedback became translatable
    (tests/item_feedback_english.json, made by tests/item_feedback_probe.py on that version)."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from item_feedback_probe import english_feedback
    finally:
        sys.path.remove(str(ROOT / "tests"))
    monkeypatch.delenv("COURSE_LANGUAGE", raising=False)
    before = json.loads((ROOT / "tests" / "item_feedback_english.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(english_feedback(ROOT), ensure_ascii=False)) == before


# --- the exercise page in Spanish ----------------------------------------------------------------------------

def _page_data(chapter):
    sys.path.insert(0, str(ROOT / "_ext"))
    try:
        from course_quiz import chapter_bar
    finally:
        sys.path.remove(str(ROOT / "_ext"))
    html = chapter_bar(chapter)
    data = html.split('<script type="application/json" class="course-quiz-data">', 1)[1].split("</script>", 1)[0]
    return json.loads(data.replace("<\\/", "</"))


def test_spanish_page_data_holds_the_spanish_hint_and_sealed_spanish_reasons(spanish_course):
    root, item, translated_letter, english_letter = spanish_course
    chapter = load_spec_module(root / "questions" / f"{SLUG}.py")
    english = _page_data(chapter)
    spanish = _page_data(translated_chapter(chapter, "es", root))
    [en_item] = [d for d in english["items"] if d["id"] == item.id]
    [es_item] = [d for d in spanish["items"] if d["id"] == item.id]
    assert en_item["hint"] == item.hint and "why_language" not in en_item
    assert es_item["hint"] == "PISTA EN ESPAÑOL." and es_item["why_language"] == "es"
    page = json.dumps(spanish, ensure_ascii=False)
    assert "RAZÓN EN ESPAÑOL" not in page and item.why[english_letter] not in page   # sealed, never in clear
    salt = spanish["salt"]
    assert open_reason(salt, item.id, translated_letter, es_item["why_sealed"][translated_letter], "es") == "RAZÓN EN ESPAÑOL."
    assert open_reason(salt, item.id, english_letter, es_item["why_sealed"][english_letter], "es") == item.why[english_letter]
    # Its own keystream: the Spanish seal is not the English one, even for the same text.
    assert es_item["why_sealed"][english_letter] != en_item["why_sealed"][english_letter]


def test_the_page_script_opens_a_translated_reason(tmp_path):
    """course-quiz.js's openReason, run in node, undoes seal_reason for a language's keystream."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = (ROOT / "_ext" / "quiz_static" / "course-quiz.js").read_text(encoding="utf-8")
    sealed = seal_reason("book-page:ch07", "7.11", "b", "Razón: ñ", "es")
    english = seal_reason("book-page:ch07", "7.11", "b", "Reason")
    runner = tmp_path / "open.js"
    runner.write_text(
        "global.window = {}; global.document = {addEventListener: function () {}, querySelectorAll: function () { return []; }};\n"
        # The script's functions are hoisted inside its wrapper: hand openReason out from the top.
        + script.replace('"use strict";', '"use strict";\n  globalThis.openReasonForTest = openReason;', 1)
        + f"\nconsole.log(openReasonForTest('book-page:ch07', '7.11', 'b', '{sealed}', 'es'));"
        + f"\nconsole.log(openReasonForTest('book-page:ch07', '7.11', 'b', '{english}', ''));"
        + f"\nconsole.log(openReasonForTest('book-page:ch07', '7.11', 'b', '{sealed}', '') === 'Razón: ñ');\n",
        encoding="utf-8")
    done = subprocess.run([node, str(runner)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["Razón: ñ", "Reason", "false"]


# --- a learner release --------------------------------------------------------------------------------------

def _clear_reasons(folder: Path, reasons: set[str]) -> list[str]:
    """Every file of the release (its .mo catalogs read as catalogs) that holds a reason in clear text."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix == ".mo":
            with open(path, "rb") as handle:
                text = "\n".join(str(m.string) for m in read_mo(handle) if m.id)
        else:
            text = path.read_text(encoding="utf-8", errors="ignore")
            if path.suffix == ".json":
                text += json.dumps(json.loads(text), ensure_ascii=False) if text.strip().startswith(("{", "[")) else ""
        found += [f"{path.relative_to(folder)}: {r[:40]}" for r in reasons if r in text]
    return found


@pytest.fixture
def spanish_release(tmp_path, monkeypatch):
    """A practice release of the real course made with a Spanish items catalog that
    translates every option reason of chapter 7 (and its hints)."""
    from course.release import make_learner_release

    chapter = _bank_chapter()
    spanish = {}
    for item in chapter.items:
        spanish[item.hint] = f"PISTA {item.id}."
        for letter, reason in (getattr(item, "why", None) or {}).items():
            spanish[reason] = f"RAZÓN {item.id} {letter}: {reason[:20]}"
    locales = tmp_path / "locales"
    write_catalog(locales / "es" / "LC_MESSAGES" / f"{ITEM_CATALOG}.po", spanish, language="es")
    # The release reads the real course, with this catalog as its only items catalog.
    monkeypatch.setattr(item_messages, "locales_dir", lambda root: locales)
    monkeypatch.setattr(item_messages, "item_text",
                        lambda language, root=None: spanish if language == "es" else {})
    english_reasons = {r for i in chapter.items for r in (getattr(i, "why", None) or {}).values()}
    spanish_reasons = {spanish[r] for r in english_reasons}
    return tmp_path, make_learner_release, english_reasons | spanish_reasons, spanish


def test_a_practice_release_holds_no_reason_in_clear_text_in_any_language(spanish_release, monkeypatch):
    tmp_path, make_learner_release, reasons, spanish = spanish_release
    out = tmp_path / "release"
    make_learner_release(ROOT, out, None)
    assert (out / "locales" / "es" / "LC_MESSAGES" / f"{ITEM_CATALOG}.mo").exists()
    assert _clear_reasons(out, reasons) == []
    document = json.loads((out / "checks" / f"{SLUG}.json").read_text(encoding="utf-8"))
    sealed = [d for d in document["items"] if "why_translations" in d]
    assert sealed and all(set(d["why_translations"]["es"]) == set(d["why_sealed"]) for d in sealed)
    # The release's own check reads the Spanish reason of the picked option, and the Spanish hint.
    data = sealed[0]
    letter = next(iter(data["why_sealed"]))
    monkeypatch.setenv("COURSE_ROOT", str(out))
    local = localised_public(document, "es", out)
    [mine] = [d for d in local["items"] if d["id"] == data["id"]]
    assert mine["hint"] == f"PISTA {data['id']}."
    assert open_reason(document["salt"], data["id"], letter, mine["why_sealed"][letter], "es").startswith(f"RAZÓN {data['id']} {letter}")


def test_a_release_with_a_clear_reason_fails_the_scan(spanish_release, monkeypatch):
    """The scan above can fail: let the reasons into the .mo catalog, and it names them."""
    tmp_path, make_learner_release, reasons, _ = spanish_release
    monkeypatch.setattr(item_messages, "is_reason", lambda message: False)
    monkeypatch.setattr(item_messages, "reason_texts", lambda chapters: set())
    out = tmp_path / "leaky"
    make_learner_release(ROOT, out, None)
    assert any("items.mo" in found for found in _clear_reasons(out, reasons))


def test_an_exam_release_carries_no_reasons(spanish_release):
    tmp_path, make_learner_release, reasons, _ = spanish_release
    out = tmp_path / "exam"
    make_learner_release(ROOT, out, None, answer_checks=False)
    assert _clear_reasons(out, reasons) == []
    document = json.loads((out / "checks" / f"{SLUG}.json").read_text(encoding="utf-8"))
    assert not any("why_translations" in d or "why_sealed" in d for d in document["items"])


def test_the_pages_python_runs_with_only_the_grading_modules(tmp_path):
    """The Run button's Python (Pyodide) has course/grading/*.py and nothing else of the
    package: feedback must not need course.i18n there, even with a language set."""
    import subprocess

    sys.path.insert(0, str(ROOT / "_ext"))
    try:
        from course_runner import grading_script
    finally:
        sys.path.remove(str(ROOT / "_ext"))
    script = grading_script(ROOT)
    files = json.loads(script.split("self.courseGradingFiles = ", 1)[1].rsplit(";", 1)[0])
    for rel, body in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(body, encoding="utf-8")
    item = next(i for i in _bank_chapter().items if i.kind == "function")
    request = json.dumps({"item": item.public("salt"), "slug": SLUG, "code": f"def {item.signature}:\n    return None\n"})
    code = (f"import sys; sys.path.insert(0, {str(tmp_path)!r}); from course.grading.page_runner import run_json; "
            f"print(run_json(sys.stdin.read()))")
    # -S: no site-packages, so the installed course package cannot fill in what is missing.
    done = subprocess.run([sys.executable, "-S", "-c", code], input=request, capture_output=True, text=True,
                          env={"COURSE_LANGUAGE": "es"}, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "returned None" in done.stdout and "\"passed\": 0" in done.stdout


def _course_runner():
    sys.path.insert(0, str(ROOT / "_ext"))
    try:
        import course_runner
    finally:
        sys.path.remove(str(ROOT / "_ext"))
    return course_runner


RETURNED = "{shown} returned {value}, expected {want}. {hint}"
SPANISH_RETURNED = "{shown} devolvió {value}; se esperaba {want}. {hint}"


def test_a_spanish_page_runs_code_with_spanish_hints_and_feedback(spanish_course):
    """The Run button's script in a Spanish build: the function items' hints and the
    feedback templates in Spanish, and no reason of any option in it."""
    root, scenario, translated_letter, _ = spanish_course
    chapter = _bank_chapter()
    function = next(i for i in chapter.items if i.kind == "function")
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{ITEM_CATALOG}.po"
    with open(po, "rb") as handle:
        catalog = read_po(handle)
    catalog.add(function.hint, "PISTA DE LA FUNCIÓN.")
    catalog.add(RETURNED, SPANISH_RETURNED)
    catalog.add("{name} is not defined in {file}", "{nombre} no está definido")   # broken: left out
    with open(po, "wb") as handle:
        write_po(handle, catalog, width=0)
    runner = _course_runner()
    english = runner.items_script(root)
    spanish = runner.items_script(root, "es")
    assert "courseRunnerFeedback" not in english and "PISTA" not in english
    items = json.loads(spanish.split("self.courseRunnerItems = ", 1)[1].split(";\n", 1)[0])
    table = json.loads(spanish.split("self.courseRunnerFeedback = ", 1)[1].split(";\n", 1)[0])
    assert items[SLUG][function.id]["hint"] == "PISTA DE LA FUNCIÓN."
    assert table == {RETURNED: SPANISH_RETURNED, NO_ANSWER: SPANISH_NO_ANSWER}
    assert "RAZÓN" not in spanish and "PISTA EN ESPAÑOL" not in spanish   # not a function item's text
    # The page's Python with that table: the Spanish sentence, and English with none.
    from course.grading.page_runner import run_json

    code = f"def {function.signature}:\n    return 'X' + str(sorted(locals().items()))[:30]\n"   # a different wrong answer per case
    request = {"item": items[SLUG][function.id], "slug": SLUG, "code": code}
    said = json.loads(run_json(json.dumps({**request, "feedback": table})))
    first = said["cases"][0]["message"]
    assert "devolvió \"X" in first and "; se esperaba" in first and first.endswith("PISTA DE LA FUNCIÓN."), first
    plain = json.loads(run_json(json.dumps(request)))["cases"][0]["message"]
    assert "returned \"X" in plain and ", expected" in plain
    assert feedback(RETURNED) == RETURNED   # the table served that run only


def test_update_creates_the_items_catalog_and_a_changed_hint_turns_stale(tmp_path):
    from course.i18n.catalogs import update_catalogs
    from course.i18n.extract import _write

    chapter = _bank_chapter()
    (tmp_path / "_config.yml").write_text("title: tiny\n")
    template = tmp_path / "locales" / "templates" / f"{ITEM_CATALOG}.pot"
    _write(build_item_catalog(ROOT, [chapter]), template)
    update_catalogs(tmp_path, ["es"])
    po = tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ITEM_CATALOG}.po"
    with open(po, "rb") as handle:
        catalog = read_po(handle)
    first = chapter.items[0]
    assert catalog.get(first.hint) is not None and not catalog.get(first.hint).string
    catalog.get(first.hint).string = "PISTA."
    with open(po, "wb") as handle:
        write_po(handle, catalog, width=0)
    changed = dataclasses.replace(chapter, items=[dataclasses.replace(first, hint=first.hint + " More.")] + chapter.items[1:])
    _write(build_item_catalog(ROOT, [changed]), template)
    update_catalogs(tmp_path, ["es"])
    with open(po, "rb") as handle:
        entry = read_po(handle).get(first.hint + " More.")
    assert entry is not None and entry.fuzzy and entry.string == "PISTA."   # stale: shown in English until checked


def test_the_sandboxs_own_messages_follow_the_learners_language(monkeypatch):
    """Timeouts, crashes and budgets are written by the trusted side, not the learner's code:
    a Spanish or Russian learner reads them in their language (the repository's catalogs),
    and an English run reads the English text as before."""
    from course.grading.sandbox import Limits, _crash_message, _Session

    monkeypatch.setenv("COURSE_ROOT", str(ROOT))
    session_messages = type("Messages", (), {"limits": Limits()})()   # no sandbox is started: messages only
    call = {"op": "call", "module": "m", "name": "f"}
    english = {"crash": _crash_message(-9), "call": _Session._timeout_message(session_messages, call),
               "cpu": _Session._cpu_message(session_messages, {"op": "import", "module": "m"})}
    assert english == {"crash": "the process was ended by SIGKILL (too much memory, or a crash)",
                       "call": "stopped after 3 s (an endless loop?)",
                       "cpu": "stopped: loading the file used more than 0.1 s of processor time (an endless loop?)"}
    for language, words in (("es", ("proceso", "bucle infinito")), ("ru", ("процесс", "бесконечный цикл"))):
        monkeypatch.setenv("COURSE_LANGUAGE", language)
        crash, call_text = _crash_message(-9), _Session._timeout_message(session_messages, call)
        assert "SIGKILL" in crash and words[0] in crash, crash
        assert "3" in call_text and words[1] in call_text, call_text
