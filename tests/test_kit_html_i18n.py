"""The kit's standalone files (slides, web checks, web feedback form) in the build's language.

Data text is looked up in the instructor pages' catalogs (course/i18n/kit_text.py), page labels
in messages/pages.po (page_text). These tests write a tiny Spanish catalog tree into a temporary
course root, so they need no book build.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import kit_html  # noqa: E402
from course.i18n import kit_text as kt  # noqa: E402
from course.i18n import messages  # noqa: E402

INSTRUCTOR = Path("locales/es/LC_MESSAGES/book/instructor")

# Messages as the instructor pages hold them: with the Markdown the page adds.
PAGES = {
    "formats/briefing.po": {
        "Decision-makers' briefing (90 minutes): at a glance": "Briefing para decisores (90 minutos): en resumen",
        "Name the parts of a typical safe-city package.": "Nombrar las partes de un paquete típico de ciudad segura.",
    },
    "formats/one_day.po": {
        "One-day workshop: at a glance": "Taller de un día: en resumen",
    },
    "activities/council_roleplay.po": {
        "Prompt 1: Which argument moved the council most, and was it backed by evidence?":
            "Pregunta 1: ¿Qué argumento movió más al concejo, y tenía respaldo en evidencia?",
    },
    "sessions/ch10_smart_safe_cities.po": {
        "**1. Room agreement** (3 min, whole group)": "**1. Acuerdo de sala** (3 min, todo el grupo)",
        "whole group": "todo el grupo",
        "First paragraph of a plan.": "Primer párrafo de un plan.",
        "Second paragraph {cite:p}`x`.": "Segundo párrafo {cite:p}`x`.",
        # Stale: the English changed after translation, so it must not be shown.
        "Read vendor scale claims and independent counts correctly.": "TRADUCCIÓN VIEJA",
    },
    "handouts/check_briefing.po": {
        "**1. A supplier says its safe-city products serve more than 160 cities in over 100 countries. "
        "A think tank counted 73 safe-city agreements in 52 countries. Which reading is best?**":
            "**1. Un proveedor dice que sirve a más de 160 ciudades. ¿Qué lectura es la mejor?**",
        "☐ a) The supplier is lying, because the two numbers differ.   ☐ b) The first is the supplier's own "
        "claim; the second is an independent count of agreements, not cities.   ☐ c) The think tank missed "
        "most projects, so its count should be ignored.   ☐ d) Both count the same thing, so the larger "
        "number is the more recent one.":
            "☐ a) El proveedor miente.   ☐ b) La primera es la cifra del proveedor.   "
            "☐ c) El centro de estudios se equivocó.   ☐ d) Ambas cuentan lo mismo.",
    },
    "handouts/feedback_form.po": {
        "Anonymous feedback": "Opinión anónima",
        "How much do you agree?": "¿Cuánto está de acuerdo?",
        "- The session was useful for my work.": "- La sesión fue útil para mi trabajo.",
    },
}
STALE = ("Read vendor scale claims and independent counts correctly.",)
LABELS = {"Agenda": "Programa", "Show my answers": "Mostrar mis respuestas", "Discuss": "Para conversar",
          "Five questions: {format}": "Cinco preguntas: {format}", "Slides: {format}": "Diapositivas: {format}",
          "{format}: five questions": "{format}: cinco preguntas", "(no answer)": "(sin 'respuesta')",
          # An activity's slide wording (data/sessions `slide:`): only the slides show it.
          "Which flags did you find? Which three questions would we ask first?":
              "¿Qué señales encontraron? ¿Qué tres preguntas haríamos primero?",
          "Next steps: the one-day workshop for your staff, and the course book. We keep no list of names. "
          "For follow-up, use the contact address on the board.": "TRADUCCIÓN VIEJA DE LA DIAPOSITIVA"}
STALE_LABELS = ("Next steps: the one-day workshop for your staff, and the course book. We keep no list of names. "
                "For follow-up, use the contact address on the board.",)


def write_catalog(path: Path, entries: dict[str, str], stale=()) -> None:
    catalog = Catalog(locale="es", fuzzy=False)
    for msgid, msgstr in entries.items():
        catalog.add(msgid, msgstr, flags=("fuzzy",) if msgid in stale else ())
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        write_po(handle, catalog, width=0)


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """A course root with the bibliography and a tiny Spanish catalog tree."""
    root = tmp_path_factory.mktemp("course")
    (root / "book").mkdir()
    shutil.copyfile(ROOT / "book" / "references.bib", root / "book" / "references.bib")
    for name, entries in PAGES.items():
        write_catalog(root / INSTRUCTOR / name, entries, STALE)
    write_catalog(root / "locales/es/LC_MESSAGES/messages/pages.po", LABELS, STALE_LABELS)
    (root / "locales/es/status.yaml").write_text("language: es\nname: Español\ntitle: Curso de prueba\n",
                                                 encoding="utf-8")
    # A catalog outside the instructor pages is not used for kit data.
    write_catalog(root / "locales/es/LC_MESSAGES/book/ch01_welcome.po",
                  {"Room agreement": "NO: fuera del kit", "Input: the package and the numbers": "NO"})
    messages._translations.cache_clear()
    kt.kit_catalog.cache_clear()
    yield root
    messages._translations.cache_clear()
    kt.kit_catalog.cache_clear()


# The real kit, its materials and the course metadata: the fixtures of the kit's own tests.
from test_kit_materials import kit, materials, meta  # noqa: E402,F401  (pytest fixtures)


# ----------------------------------------------------------------------------- the lookup

@pytest.mark.parametrize("data, expected", [
    ("Name the parts of a typical safe-city package.", "Nombrar las partes de un paquete típico de ciudad segura."),
    ("Room agreement", "Acuerdo de sala"),                              # "**1. X** (3 min, ...)": not this
    ("whole group", "todo el grupo"),
    ("The session was useful for my work.", "La sesión fue útil para mi trabajo."),   # list marker
    ("The supplier is lying, because the two numbers differ.", "El proveedor miente."),  # option row
    ("Which argument moved the council most, and was it backed by evidence?",
     "¿Qué argumento movió más al concejo, y tenía respaldo en evidencia?"),            # "Prompt 1: "
    ("Decision-makers' briefing (90 minutes)", "Briefing para decisores (90 minutos)"),  # "<title>: at a glance"
    ("Name the parts of a typical safe-city package", "Nombrar las partes de un paquete típico de ciudad segura"),
])
def test_a_data_string_is_found_through_the_page_markup(root, data, expected):
    assert kt.kit_text(data, "es", root) == expected


@pytest.mark.parametrize("data", [
    "Read vendor scale claims and independent counts correctly.",   # stale translation: English
    "Input: the package and the numbers",                            # only in a learner page's catalog
    "Briefing 1: what a safe-city offer contains",                   # in no catalog
])
def test_an_untranslated_data_string_stays_english(root, data):
    assert kt.kit_text(data, "es", root) == data


def test_each_paragraph_of_a_data_text_is_looked_up(root):
    text = "First paragraph of a plan.\n\nSecond paragraph {cite:p}`x`."
    assert kt.kit_text(text, "es", root) == "Primer párrafo de un plan.\n\nSegundo párrafo {cite:p}`x`."
    half = "First paragraph of a plan.\n\nA paragraph no page holds."
    assert kt.kit_text(half, "es", root) == "Primer párrafo de un plan.\n\nA paragraph no page holds."
    none = "Nothing here.\n\nNor here."
    assert kt.kit_text(none, "es", root) == none


def test_english_and_unknown_languages_are_left_alone(root):
    assert kt.kit_text("Room agreement", None, root) == "Room agreement"
    assert kt.kit_text("Room agreement", "en", root) == "Room agreement"
    assert kt.kit_text("Room agreement", "ky", root) == "Room agreement"   # no catalogs at all


# ----------------------------------------------------------------------------- the files

def test_slides_in_spanish(root, kit, meta):
    page = kit_html.render_slides(kit, "briefing", meta, root, "es")
    assert page.startswith('<!DOCTYPE html>\n<html lang="es">')
    assert "<title>Diapositivas: Briefing para decisores (90 minutos)</title>" in page
    assert "<h2>Programa</h2>" in page and "<h2>Agenda</h2>" not in page
    assert "<li>Nombrar las partes de un paquete típico de ciudad segura.</li>" in page
    assert "<h2>1. Acuerdo de sala</h2>" in page
    assert "3 min · todo el grupo" in page
    # Negative: untranslated or stale text stays English, never blank and never the stale text.
    assert "Briefing 1: what a safe-city offer contains" in page
    assert "<li>Read vendor scale claims and independent counts correctly.</li>" in page
    assert "TRADUCCIÓN VIEJA" not in page and "NO: fuera del kit" not in page
    assert "By the end you will be able to:" in page                   # label not in the tiny catalog
    # A slide's own wording comes from the page-label catalog; untranslated or stale stays English.
    assert "<p>¿Qué señales encontraron? ¿Qué tres preguntas haríamos primero?</p>" in page
    assert "Which flags did you find?" not in page
    assert "<p>Five questions before signing: (1) Was it tendered in public?" in page
    assert "Next steps: the one-day workshop for your staff" in page and "DIAPOSITIVA" not in page


def test_discussion_prompts_in_spanish(root, kit, meta):
    page = kit_html.render_slides(kit, "one_day", meta, root, "es")
    assert "<h2>Para conversar</h2><p>¿Qué argumento movió más al concejo, y tenía respaldo en evidencia?</p>" in page
    assert "<h1>Taller de un día</h1>" in page


def test_web_check_in_spanish(root, kit, materials, meta):
    page = kit_html.render_web_check(materials.checks["briefing"], kit.formats["briefing"], meta, "es", root)
    assert '<html lang="es">' in page
    # The whole heading is looked up first, then the translated label around the translated title.
    assert "<title>Cinco preguntas: Briefing para decisores (90 minutos)</title>" in page
    assert "<h1>Briefing para decisores (90 minutos): cinco preguntas</h1>" in page
    assert "<legend>1. Un proveedor dice que sirve a más de 160 ciudades. ¿Qué lectura es la mejor?</legend>" in page
    assert 'value="b"> b) La primera es la cifra del proveedor.</label>' in page
    assert ">Mostrar mis respuestas</button>" in page
    assert 'value="BEFORE"' in page                                   # the slip code stays the same
    assert "2. A tender says the operator keeps a share" in page      # negative: question 2 untranslated


def test_web_feedback_in_spanish(root, materials, meta):
    page = kit_html.render_web_feedback(materials.feedback, meta, "es", root)
    assert '<html lang="es">' in page and "<title>Opinión anónima</title>" in page
    assert "<caption>¿Cuánto está de acuerdo?</caption>" in page
    assert '<tr data-q="La sesión fue útil para mi trabajo.">' in page
    assert '<tr data-q="The pace and timing were right.">' in page    # negative: untranslated
    # A translated label inside the script is quoted for JavaScript.
    assert "c.value:'(sin \\'respuesta\\')'" in page


def test_english_output_does_not_change(root, kit, materials, meta):
    """Spanish catalogs beside the source change nothing in an English build."""
    for language in (None, "en"):
        for fid in ("briefing", "one_day"):
            assert (kit_html.render_slides(kit, fid, meta, root, language)
                    == kit_html.render_slides(kit, fid, meta, ROOT))
        check = (materials.checks["briefing"], kit.formats["briefing"], meta)
        assert kit_html.render_web_check(*check, language, root) == kit_html.render_web_check(*check)
        assert (kit_html.render_web_feedback(materials.feedback, meta, language, root)
                == kit_html.render_web_feedback(materials.feedback, meta))
    page = kit_html.render_slides(kit, "briefing", meta, ROOT)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">') and "<h2>Agenda</h2>" in page


def test_write_all_passes_the_language_on(root, kit, materials, meta, tmp_path):
    written = kit_html.write_all(kit, materials, meta, root, tmp_path, "es")
    assert {p.name for p in written} >= {"slides_briefing.html", "check_briefing.html", "feedback.html"}
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert '<html lang="es">' in text
        # The imprint names the course by the title the language's status file gives the site.
        assert 'class="stamp">Curso de prueba · version' in text
    from course.meta import course_title

    assert course_title(meta, "ky", root) == meta["title"]      # no status file: English


# ----------------------------------------------------------------------------- slide-only text

def slide_texts_left_in_english(kit, meta, root: Path, language: str | None) -> list[str]:
    """The activities' slide wording (data/sessions `slide:`, text no page shows) that the
    language's slide decks still print in English."""
    sources = kit_html.Sources(ROOT)
    decks = "".join(kit_html.render_slides(kit, fid, meta, root, language) for fid in kit.formats)
    return [text for _file, _line, text in kt.slide_texts(ROOT)
            if f"<p>{kit_html.inline(text, sources)}</p>" in decks]


def test_every_published_language_translates_the_slides_own_wording(kit, meta):
    from course.i18n.status import published_languages

    every = [text for _file, _line, text in kt.slide_texts(ROOT)]
    assert len(every) >= 10 and all(text.strip() for text in every)
    # The check can fail: English decks print every slide text in English.
    assert slide_texts_left_in_english(kit, meta, ROOT, None) == every
    languages = published_languages(ROOT)
    assert languages, "no published language: nothing to check"
    left = {language: slide_texts_left_in_english(kit, meta, ROOT, language) for language in languages}
    assert left == {language: [] for language in languages}, (
        "slide text still in English: translate it in locales/<lang>/LC_MESSAGES/messages/pages.po")


def test_a_missing_or_stale_slide_translation_is_caught(root, kit, meta):
    """The tiny Spanish catalog translates one slide text and has a stale translation of another."""
    left = slide_texts_left_in_english(kit, meta, root, "es")
    every = [text for _file, _line, text in kt.slide_texts(ROOT)]
    assert "Which flags did you find? Which three questions would we ask first?" not in left
    assert STALE_LABELS[0] in left
    assert left == [text for text in every if text != "Which flags did you find? Which three questions would we ask first?"]


def test_slide_texts_are_read_from_the_session_files(tmp_path):
    sessions = tmp_path / "data" / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "s1.yaml").write_text(
        "id: s1\nactivities:\n- id: a\n  title: A\n  slide: >-\n    Two lines\n    folded into one.\n"
        "- id: b\n  title: B\n  instructions: No slide here.\n", encoding="utf-8")
    (sessions / "formats").mkdir()
    (sessions / "formats" / "f.yaml").write_text("id: f\nslide: not an activity\n", encoding="utf-8")
    assert kt.slide_texts(tmp_path) == [("data/sessions/s1.yaml", 5, "Two lines folded into one.")]


def test_a_broken_session_file_stops_extraction_with_its_name(tmp_path):
    sessions = tmp_path / "data" / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "bad.yaml").write_text("id: bad\nactivities: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^data/sessions/bad\.yaml: not valid YAML .*extract again$"):
        kt.slide_texts(tmp_path)
