"""The translation pipeline: extraction, catalogs, integrity checks, term base, status, publishing.

Every check is shown failing on a planted bad entry, and passing on the catalogs in the
repository. One test runs Sphinx's gettext builder (about a minute); the rest are fast. A
published build of Spanish, read in a browser, is tests/browser/test_translations.py.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from click.testing import CliRunner

from course.cli import main
from course.i18n import integrity
from course.i18n.catalogs import language_stats, part_of, part_totals, read_catalog, update_catalogs
from course.i18n.extract import extract_check_messages, extract_glossary, extract_page_messages
from course.i18n.status import StatusError, load_status, publish_problems, published_languages
from course.i18n.summary import README_END, README_START, readme_block, readme_status, summarise
from course.i18n.switcher import page_link
from course.i18n.terms import check_terms, load_term_base
from course.i18n.verify import verify_language
from course.meta import edition_mark
from catalog_files import write_catalog

ROOT = Path(__file__).resolve().parents[1]

SOURCE = ('The Standing Committee adopted the law on 17 October 2020; it took effect on 1 December 2020 '
          '{cite:p}`prc2020ecl`. See {doc}`ch07_export_controls`, the {term}`Catch-all control`, '
          'https://eur-lex.europa.eu/eli/reg/2021/821/oj and `Q7_1 = "c"`.')
GOOD = ('El Comité Permanente aprobó la ley el 17 de octubre de 2020; entró en vigor el 1 de diciembre de 2020 '
        '{cite:p}`prc2020ecl`. Véase {doc}`ch07_export_controls`, el {term}`control general <Catch-all control>`, '
        'https://eur-lex.europa.eu/eli/reg/2021/821/oj y `Q7_1 = "c"`.')


def problems(source, translation, language="es"):
    return [p.what for p in integrity.check_message("test", source, translation, language)]


# --- integrity checks: pass on a faithful translation, fail on each planted change ------------------------

def test_faithful_translation_passes():
    assert problems(SOURCE, GOOD) == []


@pytest.mark.parametrize("planted, expected", [
    (GOOD.replace("17 de octubre", "18 de octubre"), "number"),                       # a changed number
    (GOOD.replace("1 de diciembre", "1 de noviembre"), "month December"),             # a changed date
    (GOOD.replace("prc2020ecl", "prc2021ecl"), "{cite:p}`prc2020ecl`"),              # a changed citation key
    (GOOD.replace("{cite:p}`prc2020ecl`", "(prc2020ecl)"), "{cite:p}"),               # a dropped citation role
    (GOOD.replace("{doc}`ch07_export_controls`", "{doc}`ch06_state_financing`"), "{doc}"),  # a changed cross-reference
    (GOOD.replace(" https://eur-lex.europa.eu/eli/reg/2021/821/oj", ""), "URL"),     # a dropped URL
    (GOOD.replace('`Q7_1 = "c"`', '`Q7_1 = c`'), "inline code"),                      # changed inline code
    (GOOD.replace("el {term}`control general <Catch-all control>`, ", ""), "{term}"),  # a dropped glossary link
])
def test_planted_changes_are_caught(planted, expected):
    found = problems(SOURCE, planted)
    assert any(expected in p for p in found), found


def test_markdown_link_targets_must_stay():
    source = "Read the [safety page](safety.md#before) first."
    assert problems(source, "Lea primero la [página de seguridad](safety.md#before).") == []
    assert any("link target" in p for p in problems(source, "Lea primero la [página de seguridad](seguridad.md)."))


def test_role_names_with_a_hyphen_are_roles():
    """The words between two {unsafe-source} roles are prose, not inline code; the targets still must stay."""
    source = "Courts banned {unsafe-source}`kloop` and {unsafe-source}`temirov-live` in 2025."
    assert problems(source, "Los tribunales prohibieron {unsafe-source}`kloop` y {unsafe-source}`temirov-live` en 2025.") == []
    assert any("temirov-live" in p for p in problems(
        source, "Los tribunales prohibieron {unsafe-source}`kloop` y {unsafe-source}`temirov` en 2025."))


def test_every_english_message_passes_as_its_own_translation():
    """No false alarms: each template message, copied unchanged, passes every check."""
    from course.i18n.catalogs import source_messages

    for pot in sorted((ROOT / "locales" / "templates").rglob("*.pot")):
        for message in source_messages(read_catalog(pot)):
            assert problems(message.id, message.id) == [], (pot.name, message.id)


def test_number_formats_of_the_target_language_are_accepted():
    assert problems("It lent 1,000 million dollars at 2.5 percent.", "Prestó 1.000 millones de dólares al 2,5 por ciento.") == []


def test_placeholders_of_check_messages_must_stay():
    assert problems("Total: {awarded} / {possible} points", "Total: {awarded} / {possible} puntos") == []
    assert any("placeholder {possible}" in p for p in problems("Total: {awarded} / {possible} points",
                                                                "Total: {awarded} / {posible} puntos"))


def test_source_title_keeps_its_original_script():
    source = "Kaktus.media reported on «Безопасный город» (Safe City) in 2019."
    kept = "Kaktus.media informó sobre «Безопасный город» (Ciudad segura) en 2019."
    transliterated = "Kaktus.media informó sobre «Bezopasny gorod» (Ciudad segura) en 2019."
    assert problems(source, kept) == []
    assert any("original-script" in p for p in problems(source, transliterated))


@pytest.mark.parametrize("source, translation", [
    ("1. Welcome and how to use this course", "1. Bienvenida y cómo usar este curso"),   # a numbered title
    ("Step one: ask who paid.", "1. Pregunte quién pagó."),                              # a number that opens a list
    ("In 2016, the council signed.", "2016. El consejo firmó."),                          # any ordered-list number
    ("A dash here.", "- Un guion aquí."),
    ("A star here.", "* Una estrella aquí."),
    ("Hash tags matter.", "# Las etiquetas importan."),
    ("Quoted, not quoted.", "> Citado, no citado."),
    ("Two lines of text\nin one paragraph.", "Dos líneas de texto\n- en un párrafo."),     # a later line opens a list
    ("Fifty percent.", "% cincuenta por ciento."),                                        # a MyST comment line
])
def test_translation_that_opens_a_markdown_block_is_caught(source, translation):
    assert any("Markdown reads as a list" in p for p in problems(source, translation)), problems(source, translation)


@pytest.mark.parametrize("source, translation", [
    ("1. Welcome and how to use this course", "1\\. Bienvenida y cómo usar este curso"),  # escaped, as STYLE.md says
    ("1. Welcome and how to use this course", "1. Welcome and how to use this course"),   # unchanged: English either way
    ("Step 1: ask who paid.", "Paso 1. Pregunte quién pagó."),
    ("A dash - inside.", "Un guion - dentro."),
    ("**Bold** start.", "**Negrita** al inicio."),                                        # emphasis, not a list
    ("Part 2 of the text\nin one paragraph.", "Parte\n2. del texto en un párrafo."),      # only 1. interrupts a paragraph
    ("Total: {awarded} / {possible} points", "- Total: {awarded} / {possible} puntos"),    # program text is not Markdown
])
def test_translation_that_stays_a_paragraph_passes(source, translation):
    catalog = "messages/course_check" if "{awarded}" in source else "book/ch01_welcome"
    assert [p.what for p in integrity.check_message(catalog, source, translation, "es")] == []


# --- term base ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["es", "ru", "ms"])
def test_term_base_entries_name_their_source(language):
    terms = load_term_base(ROOT, language)
    assert terms, f"data/terms/{language}.yaml is empty"
    raw = yaml.safe_load((ROOT / "data" / "terms" / f"{language}.yaml").read_text(encoding="utf-8"))
    for entry in raw["terms"]:
        assert entry["source"].startswith("http") and entry["checked"], entry


def test_malay_entries_do_not_claim_an_official_un_text():
    assert not any(t.official for t in load_term_base(ROOT, "ms"))


def test_term_base_check_catches_a_wrong_term():
    terms = load_term_base(ROOT, "es")
    source = "Regulation (EU) 2021/821 controls the export of cyber-surveillance items."
    assert check_terms(source, "El Reglamento (UE) 2021/821 controla la exportación de productos de cibervigilancia.", terms) == []
    wrong = check_terms(source, "La Regulación (UE) 2021/821 controla la exportación de artículos de ciberespionaje.", terms)
    assert len(wrong) == 2 and "Reglamento (UE) 2021/821" in wrong[0]


# --- a small course root to plant bad catalogs in --------------------------------------------------------

@pytest.fixture
def tiny_course(tmp_path):
    """A course root with one page catalog and the real Spanish term base."""
    (tmp_path / "_config.yml").write_text("title: tiny\n")
    shutil.copytree(ROOT / "data" / "terms", tmp_path / "data" / "terms")
    (tmp_path / "locales" / "es").mkdir(parents=True)
    (tmp_path / "locales" / "es" / "status.yaml").write_text(
        "language: es\nname: Español\npublish: false\ncomplete: [learner chapters and reference]\nreviews: []\n")
    entries = {SOURCE: "", "Regulation (EU) 2021/821 covers dual-use items.": ""}
    write_catalog(tmp_path / "locales" / "templates" / "book" / "ch07_export_controls.pot", entries)
    return tmp_path


def _translate(root: Path, entries: dict[str, str], fuzzy=()):
    write_catalog(root / "locales" / "es" / "LC_MESSAGES" / "book" / "ch07_export_controls.po", entries, fuzzy, "es")


def test_complete_language_passes_when_every_message_is_translated_faithfully(tiny_course):
    _translate(tiny_course, {SOURCE: GOOD, "Regulation (EU) 2021/821 covers dual-use items.":
                             "El Reglamento (UE) 2021/821 abarca los productos de doble uso."})
    assert verify_language(tiny_course, "es").problems == []


@pytest.mark.parametrize("bad, expected", [
    ({SOURCE: GOOD.replace("17 de", "71 de")}, "number"),
    ({SOURCE: GOOD.replace(" https://eur-lex.europa.eu/eli/reg/2021/821/oj", "")}, "URL"),
    ({SOURCE: GOOD.replace("prc2020ecl", "iri2024report")}, "cite"),
    ({"Regulation (EU) 2021/821 covers dual-use items.": "El Reglamento (UE) 2021/821 abarca los bienes de doble uso."},
     "term base"),
    ({SOURCE: ""}, "untranslated, but 'learner chapters and reference' is marked complete"),   # an untranslated paragraph
])
def test_planted_bad_entries_fail_the_check(tiny_course, bad, expected):
    entries = {SOURCE: GOOD, "Regulation (EU) 2021/821 covers dual-use items.":
               "El Reglamento (UE) 2021/821 abarca los productos de doble uso.", **bad}
    _translate(tiny_course, entries)
    found = [str(p) for p in verify_language(tiny_course, "es").problems]
    assert any(expected in p for p in found), found
    result = CliRunner().invoke(main, ["translations", "check", "es"], env={"COURSE_ROOT": str(tiny_course)})
    assert result.exit_code == 1, result.output


def test_a_catalog_behind_its_template_is_not_complete(tiny_course):
    """A message the template has and the catalog lacks (no `update` run yet) counts as untranslated."""
    _translate(tiny_course, {SOURCE: GOOD})
    stats = language_stats(tiny_course, "es")[0]
    assert stats.messages == 2 and stats.translated == 1
    found = [str(p) for p in verify_language(tiny_course, "es").problems]
    assert any("Regulation (EU) 2021/821 covers" in p and "untranslated" in p for p in found), found


def test_a_missing_catalog_of_a_complete_part_fails(tiny_course):
    found = [str(p) for p in verify_language(tiny_course, "es").problems]
    assert any("has no catalog" in p for p in found), found


def test_changed_english_paragraph_marks_its_translation_stale(tiny_course):
    """sphinx-intl update (Babel's fuzzy matching) turns a changed source's translation fuzzy."""
    old = "The report counts 35 agreements signed in 2019 {cite:p}`iri2024report`."
    new = "The report counts 36 agreements signed in 2019 {cite:p}`iri2024report`."
    pot = tiny_course / "locales" / "templates" / "book" / "ch07_export_controls.pot"
    write_catalog(pot, {old: ""})
    _translate(tiny_course, {old: "El informe cuenta 35 acuerdos firmados en 2019 {cite:p}`iri2024report`."})
    write_catalog(pot, {new: ""})                                   # the English paragraph changes
    update_catalogs(tiny_course, ["es"])
    catalog = read_catalog(tiny_course / "locales" / "es" / "LC_MESSAGES" / "book" / "ch07_export_controls.po")
    message = catalog.get(new)
    assert message is not None and message.fuzzy, "the changed paragraph's translation must turn fuzzy"
    findings = verify_language(tiny_course, "es")
    assert findings.stale == {"book/ch07_export_controls": 1}
    assert any("stale (fuzzy)" in str(p) for p in findings.problems)   # the part is marked complete
    stats = language_stats(tiny_course, "es")
    assert stats[0].translated == 0 and stats[0].fuzzy == 1            # stale never counts as translated


def test_stale_check_message_is_not_shown(tmp_path, monkeypatch):
    from course.i18n import messages

    (tmp_path / "_config.yml").write_text("title: tiny\n")
    write_catalog(tmp_path / "locales" / "es" / "LC_MESSAGES" / "messages" / "course_check.po",
                   {"form ok": "forma correcta", "rubric": "rúbrica"}, fuzzy=("rubric",), language="es")
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))
    monkeypatch.setenv("COURSE_LANGUAGE", "es")
    messages._translations.cache_clear()
    try:
        assert messages._("form ok") == "forma correcta"
        assert messages._("rubric") == "rubric"                      # fuzzy: English, never a stale translation
    finally:
        messages._translations.cache_clear()


# --- status and completeness ----------------------------------------------------------------------------

def test_unreviewed_is_the_default_and_said_plainly():
    result = CliRunner().invoke(main, ["translations", "status"], env={"COURSE_ROOT": str(ROOT)})
    assert result.exit_code == 0, result.output
    for language in ("es", "ru", "ms"):
        assert load_status(ROOT, language).reviews == []
        line = next(l for l in result.output.splitlines() if l.startswith(language + " "))
        assert "machine-assisted draft, not reviewed by a native speaker" in line
        assert "% of the course translated" in line
    assert "SAMPLE" not in result.output


def test_a_recorded_review_replaces_the_unreviewed_line(tiny_course):
    status = tiny_course / "locales" / "es" / "status.yaml"
    status.write_text(status.read_text().replace("reviews: []", "reviews:\n  - reviewer: Ana Pérez (Fundamedios)\n"
                                                 "    date: 2027-01-15\n    scope: [book/ch07_export_controls]\n"))
    line = summarise(tiny_course, "es").headline()
    assert "reviewed by Ana Pérez (Fundamedios) on 2027-01-15" in line and "not reviewed" not in line


def test_completeness_is_computed_from_the_catalogs():
    totals = part_totals(language_stats(ROOT, "es"))
    assert totals["data text"].percent == 100        # the glossary data, translated in full
    assert totals["learner chapters and reference"].translated > 0
    # The kit and its handouts are counted again here, straight from their committed catalogs.
    base = ROOT / "locales" / "es" / "LC_MESSAGES"
    for part in ("facilitator kit", "handouts"):
        catalogs = [po for po in sorted((base / "book" / "instructor").rglob("*.po"))
                    if part_of(str(po.relative_to(base).with_suffix(""))) == part]
        translated = sum(1 for po in catalogs for m in read_catalog(po)
                         if m.id and not isinstance(m.id, tuple) and m.string and not m.fuzzy)
        assert totals[part].translated == translated > 0, part
    summary = summarise(ROOT, "es")
    assert summary.pages["book/ch01_welcome"].percent == 100.0
    assert summary.percent == 100.0                   # every Spanish catalog, since 2026-12-06
    malay = summarise(ROOT, "ms")                     # some parts only: the share is computed, not 0 or 100
    assert malay.pages["book/ch14_malaysia"].percent == 100.0
    assert 0 < malay.percent < 100


# Issue 17: `make book` builds English, Spanish and Russian, both editions. Each published
# language claims every part a reader of the learner edition and a facilitator meets.
PUBLISHED = {"es", "ru"}
PUBLISHED_PARTS = {"learner chapters and reference", "exercise pages", "facilitator kit", "handouts",
                   "data text", "page labels", "course check messages"}


def test_spanish_and_russian_are_published_complete_and_malay_is_not():
    assert set(published_languages(ROOT)) == PUBLISHED
    for language in sorted(PUBLISHED):
        assert publish_problems(ROOT, language) == [], language
        state = load_status(ROOT, language)
        assert PUBLISHED_PARTS <= set(state.complete), (language, sorted(PUBLISHED_PARTS - set(state.complete)))
    # Malay has some parts only: published, the site would show English paragraphs.
    assert "ms" not in published_languages(ROOT)


def _fake_learner_site(folder: Path, words: str) -> Path:
    (folder / "book").mkdir(parents=True)
    (folder / "index.html").write_text('<meta http-equiv="refresh" content="0; url=book/intro.html">')
    (folder / "book" / "intro.html").write_text(edition_mark("learner") +
                                                f"<title>Course (learner edition)</title><p>{words}</p>")
    return folder


def test_a_language_bundle_holds_the_translation_and_english_in_the_build_layout(tmp_path):
    import zipfile

    from course.publish import BUNDLE_FOLDER, PublishError, make_bundle

    english = _fake_learner_site(tmp_path / "learner" / "html", "Welcome")
    spanish = _fake_learner_site(tmp_path / "es" / "learner" / "html", "Bienvenida")
    zip_path = make_bundle(english, tmp_path / "es.zip", ("es", spanish))
    names = zipfile.ZipFile(zip_path).namelist()
    assert f"{BUNDLE_FOLDER}/learner/html/book/intro.html" in names
    assert f"{BUNDLE_FOLDER}/es/learner/html/book/intro.html" in names
    start = zipfile.ZipFile(zip_path).read(f"{BUNDLE_FOLDER}/index.html").decode()
    assert 'url=es/learner/html/index.html' in start
    (spanish / "book" / "instructor").mkdir()             # an instructor build must never be zipped
    with pytest.raises(PublishError, match="not the learner edition"):
        make_bundle(english, tmp_path / "bad.zip", ("es", spanish))


def test_a_bundle_keeps_only_switcher_links_to_the_languages_it_holds(tmp_path):
    """Spanish and Russian are both published, but a zip holds English and one of them:
    a link to the other would be dead offline."""
    import zipfile

    from course.i18n.switcher import _link_item
    from course.publish import BUNDLE_FOLDER, make_bundle

    def switcher(*languages):
        return ('<nav class="course-language-switcher"><ul>'
                + "".join(_link_item(f"../../{lang}/learner/html/book/intro.html", lang, lang.upper()) for lang in languages)
                + "</ul></nav>")

    english = _fake_learner_site(tmp_path / "learner" / "html", switcher("es", "ru") + "Welcome")
    spanish = _fake_learner_site(tmp_path / "es" / "learner" / "html", switcher("en", "ru") + "Bienvenida")
    with zipfile.ZipFile(make_bundle(english, tmp_path / "es.zip", ("es", spanish))) as held:
        english_page = held.read(f"{BUNDLE_FOLDER}/learner/html/book/intro.html").decode()
        spanish_page = held.read(f"{BUNDLE_FOLDER}/es/learner/html/book/intro.html").decode()
    assert 'hreflang="es"' in english_page and 'hreflang="en"' in spanish_page
    assert 'hreflang="ru"' not in english_page + spanish_page
    assert "Welcome" in english_page and "Bienvenida" in spanish_page
    with zipfile.ZipFile(make_bundle(english, tmp_path / "en.zip")) as held:
        alone = held.read(f"{BUNDLE_FOLDER}/book/intro.html").decode()
    assert "hreflang" not in alone and "Welcome" in alone


def test_output_paths_per_language(tmp_path):
    from course.publish import bundle_path, pdf_path

    assert pdf_path(tmp_path, "learner") == tmp_path / "learner" / "course-learner.pdf"
    assert pdf_path(tmp_path, "learner", "es") == tmp_path / "es" / "learner" / "course-es-learner.pdf"
    assert bundle_path(tmp_path, "es") == tmp_path / "_build" / "es" / "prc-surveillance-course-offline-es.zip"


def test_reviews_need_reviewer_date_and_scope(tmp_path):
    (tmp_path / "_config.yml").write_text("title: tiny\n")
    (tmp_path / "locales" / "es").mkdir(parents=True)
    (tmp_path / "locales" / "es" / "status.yaml").write_text(
        "language: es\nname: Español\nreviews:\n  - reviewer: Ana\n    scope: [book/glossary]\n")
    result = CliRunner().invoke(main, ["translations", "status", "es"], env={"COURSE_ROOT": str(tmp_path)})
    assert result.exit_code == 1
    assert "review 1 needs reviewer, date" in result.output and "Traceback" not in result.output


def test_site_title_in_the_language_of_the_build(tmp_path):
    es = load_status(ROOT, "es")
    assert es.site_title("PRC surveillance technology", "learner") == \
        "Tecnología de vigilancia de la RPC, derechos humanos y gobernanza de la tecnología (edición para participantes)"
    (tmp_path / "locales" / "es").mkdir(parents=True)
    (tmp_path / "locales" / "es" / "status.yaml").write_text("language: es\nname: Español\n")
    untitled = load_status(tmp_path, "es")      # no title given: the English one, with the English edition name
    assert untitled.site_title("PRC surveillance technology", "instructor") == "PRC surveillance technology (instructor edition)"
    (tmp_path / "locales" / "es" / "status.yaml").write_text("language: es\nname: Español\neditions: {student: x}\n")
    with pytest.raises(StatusError, match="'editions' must map learner and/or instructor"):
        load_status(tmp_path, "es")


def test_verified_label_in_the_language_of_the_build(tmp_path):
    sys.path.insert(0, str(ROOT / "_ext"))
    from kit_freshness import verified_label

    import datetime as dt
    day = dt.date(2026, 11, 28)
    assert verified_label(day, None, ROOT) == "(verified 28 Nov 2026)"
    assert verified_label(day, "es", ROOT) == "(verificado el 28 nov 2026)"
    assert verified_label(day, "ru", ROOT) == "(проверено 28 нояб. 2026)"
    # A language with no page-label catalog keeps the English word, with its own month name.
    assert verified_label(day, "es", tmp_path) == "(verified 28 nov 2026)"


def test_unknown_language_is_a_one_line_error():
    result = CliRunner().invoke(main, ["translations", "check", "xx"], env={"COURSE_ROOT": str(ROOT)})
    assert result.exit_code != 0 and "locales/xx/status.yaml" in result.output


# --- the catalogs in the repository ---------------------------------------------------------------------

@pytest.mark.parametrize("language", ["es", "ru", "ms"])
def test_every_catalog_in_the_repository_passes_the_checks(language):
    assert [str(p) for p in verify_language(ROOT, language).problems] == []


def test_catalog_parts():
    assert part_of("book/instructor/handouts/glossary_card") == "handouts"
    assert part_of("book/instructor/sessions/ch07_export_controls") == "facilitator kit"
    assert part_of("book/exercises/ch07_export_controls") == "exercise pages"
    assert part_of("book/ch07_export_controls") == "learner chapters and reference"
    assert part_of("messages/course_check") == "course check messages"
    assert part_of("messages/pages") == "page labels"


def test_data_and_message_templates_are_current(tmp_path):
    """The committed glossary and `course check` templates match what extraction makes now."""
    scratch = tmp_path / "root"
    shutil.copytree(ROOT / "data" / "glossary", scratch / "data" / "glossary")
    shutil.copytree(ROOT / "data" / "sessions", scratch / "data" / "sessions")    # the slides' own wording
    shutil.copytree(ROOT / "course" / "grading", scratch / "course" / "grading")
    shutil.copytree(ROOT / "_ext", scratch / "_ext")
    shutil.copy(ROOT / "course" / "meta.py", scratch / "course" / "meta.py")
    for make in (extract_glossary, extract_check_messages, extract_page_messages):
        fresh = make(scratch)
        committed = ROOT / "locales" / "templates" / fresh.relative_to(scratch / "locales" / "templates")
        ids = lambda p: [(m.id, m.locations) for m in read_po(open(p, "rb")) if m.id]  # noqa: E731
        assert ids(fresh) == ids(committed), f"run `course translations extract` ({committed.name} is out of date)"
    glossary_ids = {m.id for m in read_po(open(ROOT / "locales/templates/data/glossary.pot", "rb"))}
    assert "Catch-all control" in glossary_ids
    check_ids = {m.id for m in read_po(open(ROOT / "locales/templates/messages/course_check.pot", "rb"))}
    assert "Total: {awarded} / {possible} points" in check_ids


def test_course_check_summary_in_spanish():
    code = "from course.grading.report import summary; print(summary([]))"
    env = {**os.environ, "COURSE_ROOT": str(ROOT)}
    english = subprocess.run([sys.executable, "-c", code], env={**env, "COURSE_LANGUAGE": ""}, capture_output=True, text=True)
    spanish = subprocess.run([sys.executable, "-c", code], env={**env, "COURSE_LANGUAGE": "es"}, capture_output=True, text=True)
    assert english.stdout.strip() == "Total: 0 / 0 points"
    assert spanish.stdout.strip() == "Total: 0 / 0 puntos"


def test_switcher_links_reach_the_same_page_in_the_other_language():
    # _build/es/learner/html/book/glossary.html -> _build/learner/html/book/glossary.html
    assert page_link("book/glossary", "es", "en", "learner") == "../../../../learner/html/book/glossary.html"
    assert page_link("book/glossary", "en", "es", "learner") == "../../../es/learner/html/book/glossary.html"
    assert page_link("index", "en", "es", "instructor") == "../../es/instructor/html/index.html"


# --- table cells reach the templates --------------------------------------------------------------------

def _directive_body(content: str) -> str:
    """A directive's content without its options (":name: x" lines or a YAML block)."""
    lines = content.split("\n")
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1) if "---" in lines[1:] else 0
        return "\n".join(lines[end + 1:])
    while lines and lines[0].startswith(":"):
        lines.pop(0)
    return "\n".join(lines)


def table_cells(markdown: str) -> list[str]:
    """The source text of every pipe-table cell, also inside directives ({table}, admonitions, tabs).

    MyST keeps a cell's Markdown as its message id, so this is what the template must hold.
    Code blocks are left out: their pipes are code, not tables.
    """
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    parser = create_md_parser(MdParserConfig(enable_extensions={"colon_fence", "deflist", "dollarmath", "substitution",
                                                                "attrs_inline"}), RendererHTML)
    cells, in_cell = [], False
    for token in parser.parse(markdown):
        if token.type in ("th_open", "td_open"):
            in_cell = True
        elif token.type in ("th_close", "td_close"):
            in_cell = False
        elif token.type == "inline" and in_cell and token.content.strip():
            cells.append(token.content.strip())
        elif token.type in ("fence", "colon_fence") and token.info.startswith("{"):
            cells += table_cells(_directive_body(token.content))
    return cells


def test_table_cells_are_found_in_a_table_directive():
    page = "```{table} A caption\n:name: t-x\n\n| Body | Votes |\n|---|---|\n| **ITU** | one state, one vote |\n```\n"
    assert table_cells(page) == ["Body", "Votes", "**ITU**", "one state, one vote"]
    assert table_cells("```python\nx = 1 | 2\n```\n") == []


def test_every_table_cell_of_a_page_is_in_its_template():
    """Table text must be extractable, or it stays English on every translated page.

    Cells of ```{table}``` directives once had no source in the doctree, so Sphinx's gettext
    builder skipped them (fixed by _ext/translatable_tables.py).
    """
    templates = ROOT / "locales" / "templates" / "book"
    missing, counted = [], 0
    for page in sorted((ROOT / "book").rglob("*.md")):
        pot = templates / page.relative_to(ROOT / "book").with_suffix(".pot")
        if not pot.exists():     # not in the table of contents
            continue
        ids = {m.id for m in read_po(open(pot, "rb")) if m.id}
        for cell in table_cells(page.read_text(encoding="utf-8")):
            counted += 1
            if cell not in ids:
                missing.append(f"{page.relative_to(ROOT)}: {cell[:60]!r}")
    assert counted > 500, counted
    assert not missing, f"{len(missing)} table cells are not in the templates (run `course translations extract`): " \
                        + "; ".join(missing[:10])


def test_release_reads_compiled_check_messages_without_stale_ones(tmp_path, monkeypatch):
    """A learner release carries .mo files (no Babel needed); a fuzzy entry stays English there too."""
    from course.i18n import messages

    source = tmp_path / "course"
    (source / "_config.yml").parent.mkdir(parents=True)
    (source / "_config.yml").write_text("title: tiny\n")
    write_catalog(source / "locales" / "es" / "LC_MESSAGES" / "messages" / "course_check.po",
                   {"form ok": "forma correcta", "rubric": "rúbrica"}, fuzzy=("rubric",), language="es")
    release = tmp_path / "release"
    release.mkdir()
    (release / "course-release.json").write_text("{}")
    [mo] = messages.compile_for_release(source, release)
    assert mo == release / "locales" / "es" / "LC_MESSAGES" / "messages" / "course_check.mo"
    monkeypatch.setenv("COURSE_ROOT", str(release))
    monkeypatch.setenv("COURSE_LANGUAGE", "es")
    messages._translations.cache_clear()
    try:
        assert messages._("form ok") == "forma correcta"
        assert messages._("rubric") == "rubric"
    finally:
        messages._translations.cache_clear()


def test_book_templates_are_current(tmp_path):
    """The committed page templates match the English pages (a Sphinx gettext run, about a minute).

    If this fails, run `course translations extract` and `course translations update`: otherwise a
    new English paragraph would have no catalog entry and reach translated pages untranslated.
    """
    from course.i18n.extract import extract_book

    fresh = extract_book(ROOT, tmp_path)
    committed_root = ROOT / "locales" / "templates"
    assert sorted(p.relative_to(tmp_path) for p in fresh) == sorted(p.relative_to(committed_root)
                                                                   for p in (committed_root / "book").rglob("*.pot"))
    for path in fresh:
        committed = committed_root / path.relative_to(tmp_path)
        ids = lambda p: [m.id for m in read_po(open(p, "rb")) if m.id]  # noqa: E731
        assert ids(path) == ids(committed), f"{committed.relative_to(ROOT)} is out of date"


@pytest.mark.parametrize("translation, ok", [
    ("Принят 17 октября 2020 года, применяется с мая 2018 года.", True),   # genitive, Babel's format name
    ("Принят 17 октября 2020 года, применяется в мае 2018 года.", True),   # prepositional: Russian inflects months
    ("Принят 17 октября 2020 года, применяется в марте 2018 года.", False),  # another month
    ("Принят 17 октября 2020 года, применяется в марта 2018 года.", False),
    ("Принят 17 октябрь 2020 года, применяется в мае 2018 года.", True),    # stand-alone name
    ("Принят 17 ноября 2020 года, применяется в мае 2018 года.", False),
])
def test_russian_months_are_accepted_in_any_case_form(translation, ok):
    source = "Adopted on 17 October 2020, it applies from May 2018."
    found = [p for p in problems(source, translation, "ru") if "month" in p]
    assert (found == []) == ok, found


def test_term_base_accepts_listed_case_forms_only(tmp_path):
    from course.i18n.terms import TermBaseError
    (tmp_path / "data" / "terms").mkdir(parents=True)
    base = tmp_path / "data" / "terms" / "ru.yaml"
    base.write_text("language: ru\nterms:\n  - en: Shanghai Cooperation Organisation\n"
                    "    term: Шанхайская организация сотрудничества\n    official: true\n"
                    "    source: https://example.org/sco\n    checked: 2026-12-05\n"
                    "    forms: [Шанхайской организации сотрудничества]\n", encoding="utf-8")
    terms = load_term_base(tmp_path, "ru")
    source = "Xi spoke at the Shanghai Cooperation Organisation summit."
    assert check_terms(source, "Си выступил на саммите Шанхайской организации сотрудничества.", terms) == []
    assert check_terms(source, "Си выступил на саммите Шанхайского союза сотрудничества.", terms)
    base.write_text(base.read_text(encoding="utf-8").replace("forms: [Шанхайской организации сотрудничества]",
                                                             "forms: Шанхайской"), encoding="utf-8")
    with pytest.raises(TermBaseError, match="forms must be a list"):
        load_term_base(tmp_path, "ru")


def test_month_stems_are_used_only_where_the_language_inflects_months():
    """Spanish month names do not inflect, so "mayor" must not pass for "mayo"."""
    source = "It applies from May 2018."
    assert problems(source, "Se aplica desde mayo de 2018.") == []
    assert any("month May" in p for p in problems(source, "Se aplica desde el mayor 2018."))


def test_hyphenated_kit_roles_are_roles_not_inline_code():
    """`{unsafe-source}` names a role: a translated "and" between two such roles is not code,
    and the role's target must still stay exactly as in English."""
    source = "Avoid {unsafe-source}`kloop`, {unsafe-source}`temirov-live` and {unsafe-source}`ait-ait-dese`."
    good = "Evite {unsafe-source}`kloop`, {unsafe-source}`temirov-live` y {unsafe-source}`ait-ait-dese`."
    renamed = "Evite {unsafe-source}`kloop`, {unsafe-source}`temirov` y {unsafe-source}`ait-ait-dese`."
    assert integrity.check_inline_code(source, good, "es") == []
    assert integrity.check_references(source, good, "es") == []
    assert integrity.check_references(source, renamed, "es")
