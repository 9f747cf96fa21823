"""A translated handout prints on as many pages as the English one.

Partners photocopy the kit's handouts, and the print list (data/sessions/kit/print.yaml)
counts sheets from the English page counts. Spanish runs about a fifth longer than English,
so a translated handout can spill onto a page nobody planned for. For every language whose
catalog of a handout is 100% translated (computed from locales/<lang>/LC_MESSAGES/book/
instructor/handouts/*.po), this prints the English and the translated handout with
Chromium's print path, as test_handouts_print.py does, at A4 and at US Letter, and
compares the page counts. The check itself is proved on two small pages (a faithful
translation and one that is too long).

To reuse builds: COURSE_INSTRUCTOR_HTML (English) and COURSE_INSTRUCTOR_HTML_<LANG>
(for example COURSE_INSTRUCTOR_HTML_ES) name instructor html folders built earlier.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_handouts_print import PAPERS, need, pdf_pages, print_to_pdf

pytestmark = pytest.mark.timeout(3600)

ROOT = Path(__file__).resolve().parents[2]
HANDOUT_CATALOGS = "book/instructor/handouts/"


def complete_handouts(root: Path) -> list[tuple[str, str]]:
    """(language, handout page name) for every handout catalog at 100%, every language."""
    from course.i18n.paths import known_languages
    from course.i18n.summary import summarise

    found = []
    for language in known_languages(root):
        for name, stats in summarise(root, language).pages.items():
            if name.startswith(HANDOUT_CATALOGS) and stats.messages and stats.percent == 100.0 \
                    and not name.endswith("/index"):
                found.append((language, name.removeprefix(HANDOUT_CATALOGS)))
    return sorted(found)


def page_counts_differ(browser, english: Path, translated: Path, folder: Path) -> dict[str, tuple[int, int]]:
    """{paper: (English pages, translated pages)} for each paper where they differ."""
    need("pdfinfo")
    folder.mkdir(parents=True, exist_ok=True)
    differ = {}
    for paper in PAPERS:
        pages = tuple(pdf_pages(print_to_pdf(browser, page.as_uri(), folder / f"{page.stem}-{side}-{paper}.pdf", paper))
                      for side, page in (("english", english), ("translated", translated)))
        if pages[0] != pages[1]:
            differ[paper] = pages
    return differ


# --- the check, proved on two small pages ------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>card</title>
<style>@page {{ margin: 15mm; }} body {{ font: 11pt/1.4 serif; margin: 0; }}</style></head>
<body><h1>{title}</h1>{paragraphs}</body></html>"""


def _card(folder: Path, lang: str, title: str, sentence: str, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "glossary_card.html"
    path.write_text(PAGE.format(lang=lang, title=title, paragraphs=f"<p>{sentence}</p>" * count), encoding="utf-8")
    return path


def test_the_fit_check_catches_a_translation_that_spills_onto_a_new_page(browser, tmp_path):
    sentence_en = "Facial recognition compares a face in an image with faces stored in a database. " * 3
    sentence_es = ("El reconocimiento facial compara un rostro de una imagen con rostros guardados "
                   "en una base de datos. ") * 3
    english = _card(tmp_path / "en", "en", "Glossary card", sentence_en, 8)              # most of one page
    faithful = _card(tmp_path / "es", "es", "Tarjeta de glosario", sentence_es, 8)       # a little longer: still fits
    too_long = _card(tmp_path / "es-long", "es", "Tarjeta de glosario", sentence_es, 24)  # three times the text
    assert pdf_pages(print_to_pdf(browser, english.as_uri(), tmp_path / "en.pdf", "A4")) == 1
    assert page_counts_differ(browser, english, faithful, tmp_path) == {}
    spilled = page_counts_differ(browser, english, too_long, tmp_path)
    assert set(spilled) == set(PAPERS) and all(en == 1 and es >= 2 for en, es in spilled.values()), spilled


def test_the_list_of_complete_handouts_is_computed_from_the_catalogs(tmp_path):
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    (tmp_path / "_config.yml").write_text("title: tiny\n")
    (tmp_path / "locales" / "es").mkdir(parents=True)
    (tmp_path / "locales" / "es" / "status.yaml").write_text("language: es\nname: Español\n")
    for folder, entries in ((tmp_path / "locales" / "templates", {"Glossary card": "", "Checklist": ""}),
                            (tmp_path / "locales" / "es" / "LC_MESSAGES", {"Glossary card": "Tarjeta de glosario"})):
        for name, text in (("glossary_card", "Glossary card"), ("red_flag_checklist", "Checklist")):
            catalog = Catalog(locale="es" if "LC_MESSAGES" in str(folder) else None)
            if text in entries:
                catalog.add(text, entries[text])
            target = folder / HANDOUT_CATALOGS / f"{name}.{'po' if 'LC_MESSAGES' in str(folder) else 'pot'}"
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as handle:
                write_po(handle, catalog)
    assert complete_handouts(tmp_path) == [("es", "glossary_card")]    # the checklist has no catalog yet: 0%


# --- the real handouts -----------------------------------------------------------------------------------

def _instructor_html(request, language: str) -> Path:
    """The instructor site of a language: given in the environment, or the one `make book`
    built (English and published languages), or built here (a language not published yet)."""
    prebuilt = os.environ.get("COURSE_INSTRUCTOR_HTML" + ("" if language == "en" else f"_{language.upper()}"))
    if prebuilt:
        return Path(prebuilt)
    built = request.getfixturevalue("built_site")
    if language in built:
        return built[language]["instructor"]
    from course.i18n.build import build_language

    out = request.getfixturevalue("tmp_path_factory").mktemp(f"handouts-{language}")
    [result] = build_language(ROOT, language, ["instructor"], out, ["en", language])
    assert result.returncode == 0, result.log[-3000:]
    return result.output


def test_complete_translated_handouts_fit_the_english_pages(request, browser, artifacts):
    complete = complete_handouts(ROOT)
    print(f"handout catalogs at 100%: {complete or 'none yet'}")
    folder = artifacts / "translated-handouts"
    folder.mkdir(parents=True, exist_ok=True)
    wrong = {}
    sites = {}
    for language, handout in complete:
        for lang in ("en", language):
            if lang not in sites:
                sites[lang] = _instructor_html(request, lang)
        pages = [sites[lang] / "book" / "instructor" / "handouts" / f"{handout}.html" for lang in ("en", language)]
        differ = page_counts_differ(browser, *pages, folder / language)
        if differ:
            wrong[f"{language}/{handout}"] = differ
    assert not wrong, f"translated handouts that print on a different number of pages (English, translated): {wrong}"
