"""The published translations, built as `make book` builds them, read in a real browser.

`make book` builds English and every language whose status file says `publish: true`
(Spanish and Russian since 2026-12-06), both editions; the `built_site` fixture
(tests/conftest.py) builds exactly that. The tests check what a reader sees:

* each published language has both editions, and an unpublished one (Malay) is not built;
* every page has a language switcher that links only to the other built languages, and
  every translated page says plainly that it is a machine-assisted draft not reviewed by
  a native speaker; each translation's home page shows completeness per part;
* the switcher takes a reader from Spanish to English to Russian and back to the same page;
* no translated page still holds an English paragraph (``untranslated`` below says exactly
  what counts): the learner edition's chapters, exercise pages, glossary, data dictionary
  and reference pages, and the instructor edition's exercise pages (with their answers),
  facilitator kit and handouts;
* the offline zip of each language opens on it and switches to English with no network.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

import browserkit as bk

pytestmark = pytest.mark.timeout(3600)

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ("es", "ru")          # issue 17's first done-when: both built by `make book`
SWITCH_ORDER = ("en", "es", "ru")  # the switcher lists the languages in this order
EDITIONS = ("learner", "instructor")


@pytest.fixture(scope="module")
def published(built_site) -> dict[str, dict[str, Path]]:
    """{language: {edition: html folder}} for English and each published language."""
    return built_site


def _status(language: str) -> dict:
    return yaml.safe_load((ROOT / "locales" / language / "status.yaml").read_text(encoding="utf-8"))


def _translation(language: str, catalog: str, msgid: str) -> str:
    with open(ROOT / "locales" / language / "LC_MESSAGES" / f"{catalog}.po", "rb") as handle:
        message = read_po(handle).get(msgid)
    assert message is not None and message.string, f"{language}/{catalog}: no translation of {msgid!r}"
    return message.string


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_make_book_builds_english_and_the_published_languages(published):
    assert set(published) == {"en", *PUBLISHED}, f"built: {sorted(published)}"
    for language in ("en", *PUBLISHED):
        for edition in EDITIONS:
            assert (published[language][edition] / "book" / "intro.html").is_file(), f"no {language} {edition} site"
    assert all(_status(language)["publish"] for language in PUBLISHED)
    assert not _status("ms")["publish"]    # Malay: only some parts are translated


def test_every_page_links_only_to_built_languages_and_says_it_is_unreviewed(published):
    for language in ("en", *PUBLISHED):
        others = [other for other in SWITCH_ORDER if other != language]
        for edition in EDITIONS:
            site = published[language][edition]
            for rel in bk.site_pages(site):
                page = _read(site / rel)
                # index.html is a redirect; the theme's search and index pages have no page body;
                # kit/ holds the kit's standalone offline files (slides, web check, feedback
                # form: _ext/kit_html.py), not book pages
                if bk.REFRESH.search(page) or rel in ("search.html", "genindex.html") or rel.startswith("kit/"):
                    continue
                where = f"{language} {edition} {rel}"
                switcher = re.search(r'<nav class="course-language-switcher.*?</nav>', page, re.S)
                assert switcher, f"{where}: no language switcher"
                links = re.findall(r'hreflang="([a-z]+)"', switcher.group(0))
                assert links == others, f"{where}: switcher links to {links}"
                for href in re.findall(r'href="([^"]+)"', switcher.group(0)):
                    assert (site / rel).parent.joinpath(href.split("#")[0]).resolve().is_file(), f"{where}: dead link {href}"
                unreviewed = "machine-assisted draft, not reviewed by a native speaker" in switcher.group(0)
                assert unreviewed == (language != "en"), f"{where}: review banner wrong"


@pytest.mark.parametrize("language", PUBLISHED)
def test_home_page_shows_completeness_per_part(published, language):
    home = _read(published[language]["learner"] / "book" / "intro.html")
    table = re.search(r'<table class="course-language-parts".*?</table>', home, re.S)
    assert table, f"the {language} home page has no completeness table"
    rows = dict(re.findall(r"<tr><td>([^<]+)</td><td>([\d.]+)%</td>", table.group(0)))
    for part in _status(language)["complete"]:
        assert rows[part] == "100.0", (language, part, rows)
    assert "course-language-parts" not in _read(published[language]["learner"] / "book" / "ch01_welcome.html")


def test_translated_table_cell_reaches_the_page(published):
    english = "Where influence can come from"                     # ch04, table ch04-bodies
    for language in PUBLISHED:
        page = _read(published[language]["learner"] / "book" / "ch04_standards.html")
        assert _translation(language, "book/ch04_standards", english) in page and english not in page, language


SIDEBAR_CAPTION = re.compile(r'<p aria-level="2" class="caption" role="heading"><span class="caption-text">([^<]+)</span>')


def test_sidebar_part_names_are_translated(published):
    # The part names come from _toc.yml, made into toctrees after Sphinx translated the page
    # (_ext/toc_captions.py); they were English on every Spanish page.
    english = SIDEBAR_CAPTION.findall(_read(published["en"]["learner"] / "book" / "ch08_digital_repression.html"))
    assert "Case studies" in english
    for language, case_studies in (("es", "Estudios de caso"), ("ru", "Тематические исследования")):
        captions = SIDEBAR_CAPTION.findall(_read(published[language]["learner"] / "book" / "ch08_digital_repression.html"))
        assert len(captions) == len(english) and not set(captions) & set(english), (language, captions)
        assert case_studies in captions, (language, captions)


def test_site_title_is_in_the_language_of_the_page(published):
    # locales/<lang>/status.yaml gives the title and the edition names (course/i18n/status.py).
    for language in PUBLISHED:
        status = _status(language)
        for edition in EDITIONS:
            page = _read(published[language][edition] / "book" / "ch01_welcome.html")
            title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
            assert title.endswith(f"{status['title']} ({status['editions'][edition]})"), (language, edition, title)
    spanish = re.search(r"<title>(.*?)</title>", _read(published["es"]["learner"] / "book" / "ch01_welcome.html")).group(1)
    assert spanish.endswith("Tecnología de vigilancia de la RPC, derechos humanos y gobernanza de la tecnología "
                            "(edición para participantes)"), spanish


def test_exercise_forms_are_in_the_language_of_the_page(published, browser):
    """The answer-on-the-page forms are HTML no Sphinx catalog sees (course/i18n/messages.py,
    ``exercise_form_text``): their legend, buttons and option texts, the bar, and what the
    script says on Check must all be in the page's language, from the same catalogs."""
    from course.grading.runner import load_chapters
    from course.i18n.messages import exercise_form_text, page_text

    slug = "ch07_export_controls"
    item = next(i for i in load_chapters(ROOT, ["7"])[slug].spec.items if i.kind == "choice")
    context = bk.offline_context(browser)
    try:
        tab = context.new_page()
        for language in PUBLISHED:
            text = exercise_form_text(language, slug, ROOT)
            page_file = published[language]["learner"] / "book" / "exercises" / f"{slug}.html"
            html = _read(page_file)
            legend = text.page_text("{legend} (item {item})").format(legend=text.page_text("Choose one"), item=item.id)
            letter, english = next(iter(item.options.items()))
            option = text.entry(f"**{letter}**", english)
            assert legend != f"Choose one (item {item.id})" and option != english, (language, legend, option)
            assert f"<legend>{legend}</legend>" in html and "<legend>Choose one (item" not in html, language
            assert page_text("Export my answers", language, ROOT) in html and ">Export my answers<" not in html
            bk.open_page(tab, page_file.as_uri())
            form = tab.locator(f'form.course-quiz[data-item="{item.id}"]')
            assert option.replace("**", "").replace("`", "") in form.inner_text(), language
            # Check with nothing picked: the script's words come from the bar's data.
            form.get_by_role("button", name=text.page_text("Check {item}").format(item=item.id)).click()
            feedback = form.locator(".course-quiz-feedback").inner_text()
            assert feedback == page_text("Not answered yet.", language, ROOT) != "Not answered yet.", (language, feedback)
    finally:
        context.close()


def test_switcher_goes_from_spanish_to_english_to_russian_and_back(published, browser):
    context = bk.offline_context(browser)
    chapter = "book/ch01_welcome.html"
    try:
        page = context.new_page()
        bk.open_page(page, (published["es"]["learner"] / chapter).as_uri())
        titles = {}
        for language, next_language in (("es", "en"), ("en", "ru"), ("ru", "es")):
            assert page.get_attribute("html", "lang") == language
            assert bk.file_of(page.url) == (published[language]["learner"] / chapter).resolve(), page.url
            titles.setdefault(language, page.locator("h1").first.inner_text())
            page.locator(f'.course-language-switcher a[hreflang="{next_language}"]').click()
            page.wait_for_load_state()
        assert page.get_attribute("html", "lang") == "es" and page.locator("h1").first.inner_text() == titles["es"]
        assert len(set(titles.values())) == 3, titles
        assert not context.blocked, context.blocked
    finally:
        context.close()


# --- no untranslated paragraph ------------------------------------------------------------------------
#
# A block of a Spanish page is UNTRANSLATED when all of these hold:
# 1. it is a paragraph, heading, table cell, caption or definition term in the page's
#    article (the switcher, the bibliography and code are not read);
# 2. its text, with spaces normalised, equals the text of a block of the same English page;
# 3. what is left after removing inline code, citations, URLs, links to other pages of the
#    book (their text is the other page's title, from that page's catalog: checked when
#    that page is complete), numbers and punctuation has
#    at least three words that start with a lower-case letter: proper names, acronyms and
#    titles ("Hikvision, Dahua and Huawei", "ECU-911", "ITU-T") are the same in both
#    languages and are not counted;
# 4. it is not a source entry ("Author (2019). Title. https://..."), whose title keeps its
#    original language, and not hidden (the kit's test markers).

BLOCKS = "article p, article h1, article h2, article h3, article h4, article th, article td, " \
         "article caption, article dt, article figcaption"
READ_BLOCKS = f"""() => Array.from(document.querySelectorAll({BLOCKS!r}))
    .filter(el => !el.closest('.course-language-switcher, .bibliography, .citation-list, pre, .highlight'))
    .filter(el => !el.querySelector('p'))
    .map(el => {{
        const shown = el.cloneNode(true);
        shown.querySelectorAll('[hidden], .kit-sentinel').forEach(n => n.remove());   // never shown
        const copy = shown.cloneNode(true);
        copy.querySelectorAll('code, .cite, .bibtex-citation, a[href*="references"], a.reference.internal, .headerlink, sup').forEach(n => n.remove());
        return [shown.textContent.replace(/\\s+/g, ' ').trim(), copy.textContent.replace(/\\s+/g, ' ').trim()];
    }})"""
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A source entry as the handouts list them: "Author (2019). Title. https://..." (the link is
# missing for a printed journal). Titles keep their original language (README,
# "Translations"), so the entry is the same in every language.
SOURCE_ENTRY = re.compile(r"^[^()]{2,300} \(\d{4}[a-z]?\)\. [^\n]{2,1000}$")


def untranslated(spanish: list[list[str]], english: list[list[str]]) -> list[str]:
    english_texts = {full for full, _ in english}
    found = []
    for full, prose in spanish:
        if full not in english_texts or SOURCE_ENTRY.match(full):
            continue
        words = WORD.findall(re.sub(r"https?://\S+", " ", prose))
        if sum(w[0].islower() for w in words) >= 3:
            found.append(full)
    return found


def test_untranslated_rule_counts_prose_not_names_or_code():
    english = [["The council signed the contract in 2011.", "The council signed the contract in 2011."],
               ["Hikvision, Dahua and Huawei", "Hikvision, Dahua and Huawei"],
               ["Q7_1 = \"c\"", ""], ["2011", "2011"]]
    spanish = [["The council signed the contract in 2011.", "The council signed the contract in 2011."],
               ["Hikvision, Dahua and Huawei", "Hikvision, Dahua and Huawei"],
               ["Q7_1 = \"c\"", ""], ["2011", "2011"], ["El consejo firmó el contrato en 2011.", "El consejo..."]]
    for source in ("Mozur, Paul; Chan, Melissa (2019). Made in China, Exported to the World. https://www.nytimes.com/x",
                   "Freedom House (2024). Freedom in the World 2024: The Mounting Damage of Flawed Elections.",
                   "Metro Ecuador (2021). La supuesta negociación de 78 cámaras [The alleged deal for 78 cameras]. "
                   "https://metroecuador.com.ec/ec/noticias/2021/04/26/" + "x" * 400):
        english.append([source, source])
        spanish.append([source, source])
    assert untranslated(spanish, english) == ["The council signed the contract in 2011."]


def _pages_to_read(language: str) -> dict[str, list[str]]:
    """{edition: catalog pages to read}: every page of the book has a catalog, and every one
    must be 100% translated in a published language. The learner edition shows the learner
    pages; the instructor edition the kit and handouts, and the exercise pages with answers."""
    from course.i18n.summary import summarise

    pages = {name: stats for name, stats in summarise(ROOT, language).pages.items() if name.startswith("book/")}
    partial = sorted(name for name, stats in pages.items() if stats.percent < 100.0)
    assert not partial, f"{language}: published but these pages are not 100% translated: {partial}"
    return {"learner": sorted(name for name in pages if not name.startswith("book/instructor/")),
            "instructor": sorted(name for name in pages if name.startswith(("book/instructor/", "book/exercises/")))}


def test_no_untranslated_paragraph_on_translated_pages(published, browser):
    context = bk.offline_context(browser)
    problems, read = {}, 0
    english_blocks = {}
    try:
        tab = context.new_page()
        for language in PUBLISHED:
            pages = _pages_to_read(language)
            for expected in ("book/intro", "book/ch01_welcome", "book/exercises/ch07_export_controls",
                             "book/glossary", "book/data_dictionary"):
                assert expected in pages["learner"], f"{language}: no catalog for {expected}"
            assert "book/instructor/handouts/glossary_card" in pages["instructor"]
            for edition, names in pages.items():
                for name in names:
                    if (edition, name) not in english_blocks:
                        bk.open_page(tab, (published["en"][edition] / f"{name}.html").as_uri())
                        english_blocks[edition, name] = tab.evaluate(READ_BLOCKS)
                    bk.open_page(tab, (published[language][edition] / f"{name}.html").as_uri())
                    left = untranslated(tab.evaluate(READ_BLOCKS), english_blocks[edition, name])
                    read += 1
                    if left:
                        problems[f"{language} {edition} {name}"] = left[:5]
    finally:
        context.close()
    print(f"read {read} translated pages against {len(english_blocks)} English ones")
    assert not problems, f"English paragraphs on translated pages: {problems}"


@pytest.mark.parametrize("language", PUBLISHED)
def test_language_zip_opens_on_its_language_and_switches_offline(published, browser, tmp_path, language):
    """`course bundle` for a published language: the zip opens on it and the switcher works from file://."""
    import zipfile

    from course.publish import BUNDLE_FOLDER, make_bundle

    zip_path = make_bundle(published["en"]["learner"], tmp_path / f"{language}.zip",
                           (language, published[language]["learner"]))
    zipfile.ZipFile(zip_path).extractall(tmp_path / "unzipped")
    top = tmp_path / "unzipped" / BUNDLE_FOLDER
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        bk.open_page(page, (top / "index.html").as_uri())
        assert f"/{language}/learner/html/" in page.url and page.get_attribute("html", "lang") == language
        page.locator('.course-language-switcher a[hreflang="en"]').click()
        page.wait_for_load_state()
        assert bk.file_of(page.url).is_file() and page.get_attribute("html", "lang") == "en"
        assert not context.blocked, context.blocked
    finally:
        context.close()
