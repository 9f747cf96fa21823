"""The answer-on-the-page forms of a translated exercise page (no book build).

The forms are HTML written by the item kinds (course/grading/spec.py) and the chapter bar
(_ext/course_quiz.py): no Sphinx catalog sees them. Their fixed words come from the
page-label catalog (messages/pages.po), an item's listed entries (options ...) from the
exercise page's own catalog, the same line the printed list shows ("**b**: text"); the
scripts' words travel in the bar's data. English builds stay exactly as they were.
"""
from __future__ import annotations

import json
from html import escape
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import course_quiz  # noqa: E402
from course.grading.markup import ENGLISH  # noqa: E402
from course.grading.runner import load_chapters  # noqa: E402
from course.grading.spec import Chapter, Choice, Matching, Ordering  # noqa: E402
from course.i18n.extract import PAGE_MESSAGE_FILES, PAGE_SCRIPT_FILES, page_messages  # noqa: E402
from course.i18n.messages import exercise_form_catalogs, exercise_form_text, page_text, script_labels  # noqa: E402

SLUG = "ch07_x"
OPTIONS = {"a": "an export licence", "b": "a **catch-all** control", "c": "an end-use check"}


def _choice() -> Choice:
    return Choice(id="7.1", name="Q7_1", points=2, prompt="Which?", hint="Read 7.2.", options=OPTIONS, answer="b")


def _write(path: Path, entries: dict[str, str], fuzzy: set[str] = frozenset()) -> None:
    catalog = Catalog(locale="es")
    for english, translated in entries.items():
        catalog.add(english, translated, flags=("fuzzy",) if english in fuzzy else ())
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        write_po(handle, catalog)


def _spanish_root(tmp_path: Path) -> Path:
    """A checkout whose Spanish catalogs translate option a, leave c untranslated, hold b
    only as a stale (fuzzy) translation, and translate the form's legend and button."""
    base = tmp_path / "locales" / "es" / "LC_MESSAGES"
    _write(base / "book" / "exercises" / f"{SLUG}.po",
           {"**a**: an export licence": "**a**: una licencia de exportación",
            "**b**: a **catch-all** control": "**b**: un control general"}, fuzzy={"**b**: a **catch-all** control"})
    _write(base / "messages" / "pages.po", {"Choose one": "Elija una", "Check {item}": "Comprobar {item}",
                                            "{legend} (item {item})": "{legend} (ejercicio {item})"})
    return tmp_path


def test_a_spanish_choice_form_shows_the_catalogs_option_legend_and_button(tmp_path):
    form = _choice().form_html(SLUG, exercise_form_text("es", SLUG, _spanish_root(tmp_path)))
    assert "<b>a</b> una licencia de exportación</label>" in form
    assert "<legend>Elija una (ejercicio 7.1)</legend>" in form
    assert '<button type="submit" class="course-quiz-check">Comprobar 7.1</button>' in form
    # Untranslated (c) and stale (b) options stay in English: a stale text could name the wrong option.
    assert "<b>c</b> an end-use check</label>" in form and "<b>b</b> a catch-all control</label>" in form
    assert "un control general" not in form
    # The build rereads the page when either catalog changes; an English build reads none.
    assert [p.name for p in exercise_form_catalogs("es", SLUG, tmp_path)] == ["pages.po", f"{SLUG}.po"]
    assert exercise_form_catalogs("en", SLUG, tmp_path) == [] == exercise_form_catalogs("es", SLUG, tmp_path / "nowhere")


def test_the_spanish_check_fails_on_an_english_form(tmp_path):
    """The assertions above can fail: the same item without the Spanish catalogs has none of it."""
    _spanish_root(tmp_path)
    for english in (_choice().form_html(SLUG), _choice().form_html(SLUG, exercise_form_text("es", SLUG, tmp_path / "nowhere"))):
        assert "una licencia de exportación" not in english and "Elija una" not in english
        assert "<legend>Choose one (item 7.1)</legend>" in english


def test_a_translation_that_lost_its_letter_keeps_the_english(tmp_path):
    base = tmp_path / "locales" / "es" / "LC_MESSAGES"
    _write(base / "book" / "exercises" / f"{SLUG}.po", {"**a**: an export licence": "una licencia de exportación",
                                                        "**c**: an end-use check": "**c**:  "})
    text = exercise_form_text("es", SLUG, tmp_path)
    assert text.entry("**a**", "an export licence") == "an export licence"
    assert text.entry("**c**", "an end-use check") == "an end-use check"


def test_english_forms_and_bars_are_unchanged():
    """For every item of the question bank, the English build's form is what the kind writes by default."""
    chapters = load_chapters(ROOT)
    seen = 0
    for slug, loaded in chapters.items():
        for language in (None, "en"):
            text = exercise_form_text(language, slug, ROOT)
            assert text is ENGLISH and script_labels(language, ROOT) == {}
            assert course_quiz.chapter_bar(loaded.spec, text=text, labels={}) == course_quiz.chapter_bar(loaded.spec)
        for item in loaded.spec.items:
            assert item.form_html(slug, exercise_form_text("en", slug, ROOT)) == item.form_html(slug)
            seen += 1
    assert seen > 100
    # The English wording itself, frozen for one item (a changed word fails here).
    assert _choice().form_html(SLUG) == (
        '<form class="course-quiz" data-chapter="ch07_x" data-item="7.1"><fieldset><legend>Choose one (item 7.1)</legend>'
        '<div class="course-quiz-option"><input type="radio" id="q-ch07-7-1-a" name="q-ch07-7-1" value="a">'
        '<label for="q-ch07-7-1-a"><b>a</b> an export licence</label></div>'
        '<div class="course-quiz-option"><input type="radio" id="q-ch07-7-1-b" name="q-ch07-7-1" value="b">'
        '<label for="q-ch07-7-1-b"><b>b</b> a catch-all control</label></div>'
        '<div class="course-quiz-option"><input type="radio" id="q-ch07-7-1-c" name="q-ch07-7-1" value="c">'
        '<label for="q-ch07-7-1-c"><b>c</b> an end-use check</label></div></fieldset>'
        '<button type="submit" class="course-quiz-check">Check 7.1</button>'
        '<p class="course-quiz-feedback" role="status" aria-live="polite"></p></form>')


def test_order_and_match_entries_come_from_the_page_catalog(tmp_path):
    base = tmp_path / "locales" / "es" / "LC_MESSAGES"
    _write(base / "book" / "exercises" / f"{SLUG}.po",
           {"**A**: the law is passed": "**A**: se aprueba la ley", "`hik`: a camera maker": "`hik`: un fabricante de cámaras",
            "**b**: listed in 2019": "**b**: incluida en 2019"})
    _write(base / "messages" / "pages.po", {"(choose)": "(elija)", "Place {n}": "Puesto {n}"})
    text = exercise_form_text("es", SLUG, tmp_path)
    order = Ordering(id="7.2", name="Q7_2", points=1, prompt="p", hint="h", answer=["A", "B"],
                     entries={"A": "the law is passed", "B": "the law applies"}).form_html(SLUG, text)
    assert "A: se aprueba la ley</option>" in order and "B: the law applies</option>" in order
    assert '<option value="">(elija)</option>' in order and ">Puesto 2</label>" in order
    match = Matching(id="7.3", name="Q7_3", points=1, prompt="p", hint="h", answer={"hik": "b"},
                     left={"hik": "a camera maker"}, right={"a": "never listed", "b": "listed in 2019"}).form_html(SLUG, text)
    assert ">un fabricante de cámaras</label>" in match and "b: incluida en 2019</option>" in match
    assert "a: never listed</option>" in match


def test_the_repositorys_spanish_catalogs_reach_the_forms():
    """The real catalogs: a Spanish exercise page's first choice item, its options as the page's catalog has them."""
    from course.i18n.catalogs import read_catalog

    slug = "ch01_welcome"
    item = next(i for i in load_chapters(ROOT, ["1"])[slug].spec.items if i.kind == "choice")
    catalog = read_catalog(ROOT / "locales" / "es" / "LC_MESSAGES" / "book" / "exercises" / f"{slug}.po")
    form = item.form_html(slug, exercise_form_text("es", slug, ROOT))
    letter, english = next(iter(item.options.items()))
    translated = catalog.get(f"**{letter}**: {english}")
    assert translated is not None and translated.string and not translated.fuzzy
    spanish = translated.string.split(":", 1)[1].strip().replace("**", "").replace("`", "")
    assert spanish and spanish != english and escape(spanish) in form
    assert page_text("Choose one", "es", ROOT) in form and page_text("Choose one", "es", ROOT) != "Choose one"


def test_the_scripts_words_travel_in_the_bar_data_only_when_translated(tmp_path):
    _write(tmp_path / "locales" / "es" / "LC_MESSAGES" / "messages" / "pages.po",
           {"Right.": "Correcto.", "Not answered yet.": "Todavía sin responder.", "Choose one": "Elija una"})
    # The scripts live in the checkout; copy them so the scratch root extracts the same words.
    for rel in PAGE_SCRIPT_FILES:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text((ROOT / rel).read_text(encoding="utf-8"), encoding="utf-8")
    labels = script_labels("es", tmp_path)
    assert labels == {"Right.": "Correcto.", "Not answered yet.": "Todavía sin responder."}   # not a form label
    chapter = Chapter(slug=SLUG, title="t", items=[_choice()])
    html = course_quiz.chapter_bar(chapter, text=exercise_form_text("es", SLUG, tmp_path), labels=labels)
    data = json.loads(html.split('class="course-quiz-data">', 1)[1].split("</script>", 1)[0].replace("<\\/", "</"))
    assert data["labels"] == labels
    assert "labels" not in json.loads(course_quiz.chapter_bar(chapter).split('class="course-quiz-data">', 1)[1]
                                      .split("</script>", 1)[0].replace("<\\/", "</"))


MARKED = re.compile(r"""\b(?:page_text|page_label|pageText)\(\s*(["'])""")


def _unextracted(root: Path, rel: str) -> int:
    """How many marked labels of a file the extraction misses (a call inside an f-string, say)."""
    source = (root / rel).read_text(encoding="utf-8")
    marked = len([m for m in MARKED.finditer(source) if not source[:m.start()].rstrip().endswith("def")])
    return marked - len(page_messages(root, rel))


def test_every_marked_label_reaches_the_template(tmp_path):
    assert {rel: _unextracted(ROOT, rel) for rel in (*PAGE_MESSAGE_FILES, *PAGE_SCRIPT_FILES)} == dict.fromkeys(
        (*PAGE_MESSAGE_FILES, *PAGE_SCRIPT_FILES), 0)
    # The check fails on the trap it is for: a label inside an f-string is not extracted.
    (tmp_path / "_ext").mkdir()
    (tmp_path / "_ext" / "bad.py").write_text('x = f\'<b>{text.page_text("Hidden")}</b>\'\ny = page_text("Seen", None, ".")\n')
    assert _unextracted(tmp_path, "_ext/bad.py") == 1
