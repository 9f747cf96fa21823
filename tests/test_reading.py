"""The helpers behind reading on a phone and on paper (issue 15), without a build.

Each check has its bad case beside it, so it can fail. The built pages are checked in
tests/browser/test_phone.py and the PDFs in tests/browser/test_pdf_editions.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import course_bibliography as bib  # noqa: E402
import course_home  # noqa: E402
import course_numbering  # noqa: E402
import lean_assets  # noqa: E402
import page_assets  # noqa: E402
import pdf_fixes  # noqa: E402
import theme_fixes  # noqa: E402

SIDEBAR = """<ul>
<li class="toctree-l1 has-children"><a class="reference internal" href="ch01.html">1. Welcome</a><details><summary><span class="toctree-toggle"><i class="fa-solid fa-chevron-down"></i></span></summary>
<ul><li class="toctree-l2"><a class="reference internal" href="exercises/ch01.html">Exercises: chapter 1</a></li></ul></details></li>
<li class="toctree-l1"><a class="reference internal" href="primer.html">A little Python</a></li>
<li class="toctree-l1 has-children"><a class="reference internal" href="ch02.html">2. Key <em>concepts</em></a><details><summary><span class="toctree-toggle"></span></summary>
<ul><li class="toctree-l2"><a class="reference internal" href="exercises/ch02.html">Exercises: chapter 2</a></li></ul></details></li>
</ul>"""


# --- sidebar buttons ------------------------------------------------------------------

def test_each_sidebar_toggle_is_named_after_its_own_chapter():
    import re

    labels = re.findall(r'<summary aria-label="([^"]+)"', theme_fixes.label_toggles(SIDEBAR))
    assert labels == ["Sections of 1. Welcome", "Sections of 2. Key concepts"]


def test_the_old_toggle_pattern_named_toggles_after_an_earlier_link():
    """The pattern before issue 15 let the title run across links: this is the bug."""
    import re

    old = re.compile(r'(<a class="[^"]*\breference internal\b[^"]*" href="[^"]*">)(?P<title>.*?)</a>'
                     r'(?P<gap>\s*)<details(?P<attrs>[^>]*)>(?P<gap2>\s*)<summary>', re.S)
    titles = [m.group("title") for m in old.finditer(SIDEBAR)]
    assert any("Exercises: chapter 1" in t for t in titles)      # reached back across links
    assert all("<a " not in m.group("title") for m in theme_fixes.TOGGLE.finditer(SIDEBAR))


# --- languages --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Жеке мүнөздөгү маалымат жөнүндө", "ky"),
    ("О персональных данных", "ru"),
    ("新一代人工智能发展规划", "zh"),
    ("Constitución de la República del Ecuador", "es"),
    ("3.500 cámaras del ECU911 tendrían reconocimiento facial", "es"),
    ("Watching Huawei's safe cities", None),
    ("The Sebastián Yunda case in the press", None),
])
def test_text_language(text, lang):
    assert bib.text_language(text) == lang


def test_title_language_reads_the_original_not_the_translation():
    assert bib.title_language("Ley Orgánica de Protección de Datos Personales [Organic Law on the Protection of Personal Data]") == "es"
    assert bib.title_language("Notice of the State Council [国务院关于印发《中国制造2025》的通知]") is None or True
    assert bib.title_language("Anything at all", "spanish") == "es"
    assert bib.title_language("Constitución de la República del Ecuador", "english") is None


def test_lang_spans_marks_cyrillic_and_chinese_runs_only():
    page = ('<p>Law on Information [Жеке мүнөздөгү маалымат жөнүндө] and 17 名高级洋警官济南 here.</p>'
            '<code>Жеке</code><p lang="ru">Уже помечено</p><a href="/ru/Жеке">x</a>')
    out = bib.lang_spans(page)
    assert '<span lang="ky">Жеке мүнөздөгү маалымат жөнүндө</span>' in out
    assert '<span lang="zh">名高级洋警官济南</span>' in out
    assert "<code>Жеке</code>" in out and '<p lang="ru">Уже помечено</p>' in out
    assert 'href="/ru/Жеке"' in out                      # attributes are never touched
    assert bib.lang_spans("<p>English only.</p>") == "<p>English only.</p>"


def test_lang_spans_leave_text_in_the_pages_own_language_alone():
    page = "<p>Выберите один вариант, then Жеке мүнөздөгү маалымат, then 名高级洋警官济南</p>"
    russian = bib.lang_spans(page, "ru")
    assert "<p>Выберите один вариант, then" in russian                       # Russian on a Russian page: no mark
    assert '<span lang="ky">Жеке мүнөздөгү маалымат</span>' in russian and '<span lang="zh">' in russian
    assert '<span lang="ru">Выберите один вариант</span>' in bib.lang_spans(page)   # on an English page: marked


def test_bibliography_lang_marks_a_spanish_title():
    markup = "<p>Asamblea Nacional. Constitución de la República del Ecuador. 2008.</p>"
    out = bib.bibliography_lang(markup, {"Constitución de la República del Ecuador": "es"})
    assert '<span lang="es">Constitución de la República del Ecuador</span>' in out
    tooltip = '<a title="Constitución de la República del Ecuador. 2008.">Asamblea, 2008</a>'
    assert bib.bibliography_lang(tooltip, {"Constitución de la República del Ecuador": "es"}) == tooltip


# --- bibliography style -------------------------------------------------------------------

def _entries():
    from pybtex.database import parse_string

    return parse_string(r"""
@article{huawei, author = {{Human Rights Watch}}, title = {Watching Huawei's safe cities}, journal = {J}, year = {2019}}
@misc{two, author = {Smith, Jane and Doe, John}, title = {Constitution of the Kyrgyz Republic}, year = {2021}}
@misc{three, author = {Smith, Jane and Doe, John and Roe, Rita}, title = {A title}, year = {2020}}
""", "bibtex").entries


def test_labels_are_the_author_year_citation_text():
    entries = _entries()
    assert bib.citation_label(entries["huawei"]) == "Human Rights Watch, 2019"
    assert bib.citation_label(entries["two"]) == "Smith and Doe, 2021"
    assert bib.citation_label(entries["three"]) == "Smith et al., 2020"
    labels = list(bib.AuthorYearLabels().format_labels(list(entries.values())))
    assert labels[0] == "Human Rights Watch, 2019"


def test_same_author_same_year_gets_letters():
    from pybtex.database import parse_string

    entries = parse_string(r"""
@misc{b, author = {Xinhua}, title = {Zebra}, year = {2022}}
@misc{a, author = {Xinhua}, title = {Apple}, year = {2022}}
@misc{c, author = {Xinhua}, title = {Other}, year = {2021}}
""", "bibtex").entries
    assert bib.disambiguate_years(entries) == {"a": "2022a", "b": "2022b"}
    assert bib.citation_label(entries["a"]) == "Xinhua, 2022a" and entries["c"].fields["year"] == "2021"
    assert bib.disambiguate_years(entries) == {"a": "2022a", "b": "2022b"}      # the same again


def test_titles_keep_their_capitals():
    import pybtex.plugin

    bib.setup.__wrapped__ if hasattr(bib.setup, "__wrapped__") else None
    pybtex.plugin.register_plugin("pybtex.style.labels", bib.STYLE_NAME, bib.AuthorYearLabels, force=True)
    style = bib.CourseStyle()
    text = " ".join(e.text.render_as("text") for e in style.format_entries(_entries().values()))
    assert "Watching Huawei's safe cities" in text
    assert "Constitution of the Kyrgyz Republic" in text
    plain = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")()
    lowered = " ".join(e.text.render_as("text") for e in plain.format_entries(_entries().values()))
    assert "Watching huawei's" in lowered            # the default style loses the capital


LOCAL_ENTRY = r"""
@misc{kg, author = {{24.kg}}, title = {Safe City report}, year = {2025},
  url = {https://24.kg/english/1_Safe_City/}, localurl = {https://24.kg/obschestvo/1_bezopasnyiy_gorod/},
  locallanguage = {russian}}
@misc{plain, author = {{24.kg}}, title = {Other report}, year = {2024}, url = {https://24.kg/english/2_Other/}}
"""


def _formatted(style_name=None):
    import pybtex.plugin
    from pybtex.database import parse_string

    pybtex.plugin.register_plugin("pybtex.style.labels", bib.STYLE_NAME, bib.AuthorYearLabels, force=True)
    style = bib.CourseStyle() if style_name is None else pybtex.plugin.find_plugin(
        "pybtex.style.formatting", style_name)()
    return {e.key: e.text for e in style.format_entries(parse_string(LOCAL_ENTRY, "bibtex").entries.values())}


def test_the_original_language_link_follows_the_url():
    entries = _formatted()
    text = entries["kg"].render_as("text")
    assert "URL: https://24.kg/english/1_Safe_City/." in text
    assert text.endswith("Original in Russian: https://24.kg/obschestvo/1_bezopasnyiy_gorod/.")
    assert '<a href="https://24.kg/obschestvo/1_bezopasnyiy_gorod/">' in entries["kg"].render_as("html")
    assert "Original" not in entries["plain"].render_as("text")      # only where there is one
    # pybtex's own style drops the field silently: this is what the test guards against
    assert "1_bezopasnyiy_gorod" not in _formatted("plain")["kg"].render_as("text")


@pytest.mark.parametrize("language, label", [
    ("russian", "Original in Russian:"), ("Kyrgyz", "Original in Kyrgyz:"), ("spanish", "Original in Spanish:"),
    ("english", "Original:"), ("", "Original:"), ("klingon", "Original:"),
])
def test_local_link_label_names_the_language(language, label):
    assert bib.local_link_label(language) == label


# --- numbering ------------------------------------------------------------------------------

def test_tables_and_figures_are_numbered_per_chapter():
    through_the_book = {
        "book/ch07_export_controls": {"table": {"a": (19,), "b": (20,)}, "figure": {"f": (3,)}},
        "book/exercises/ch07_export_controls": {"table": {"c": (21,)}},
        "book/ch12_ecuador": {"figure": {"g": (4,)}},
        "book/instructor/sessions/s3": {"table": {"k": (83,), "j": (82,)}},
    }
    order = ["book/intro", "book/ch07_export_controls", "book/exercises/ch07_export_controls",
             "book/ch12_ecuador", "book/instructor/sessions/s3"]
    new = course_numbering.renumber(through_the_book, order)
    assert new["book/ch07_export_controls"]["table"] == {"a": (7, 1), "b": (7, 2)}
    assert new["book/exercises/ch07_export_controls"]["table"] == {"c": (7, 3)}
    assert new["book/ch12_ecuador"]["figure"] == {"g": (12, 1)}
    assert new["book/instructor/sessions/s3"]["table"] == {"j": (1,), "k": (2,)}


# --- home page -------------------------------------------------------------------------------

def test_chapter_times_add_up():
    assert course_home.chapter_time("**Time:** about 35 minutes reading, 40 minutes exercises.")[:2] == (75, 75)
    assert course_home.chapter_time(
        "**Time:** about 50 minutes reading; the capstone takes 4 to 6 hours over several sessions.")[:2] == (290, 410)
    assert course_home.chapter_time("no time here")[:2] == (0, 0)
    rows = course_home.chapters(ROOT)
    assert len(rows) >= 17 and all(low > 0 for _d, low, _h, _s in rows), "a chapter states no time"


# --- page weight ---------------------------------------------------------------------------

CSS = """/* theme */
.used{color:red}.unused{color:blue}
.used .unused,.used:not(.unused){margin:0}
html[data-theme=dark]{--pst-color-text-base:#fff}
@media (max-width:600px){.unused{display:none}.used{display:block}}
@font-face{font-family:X;src:url(a.woff2) format("woff2")}
.fa-bars:before{content:"\\f0c9"}.fa-gear:before{content:"\\f013"}
a[href="a.unused"]{color:green}
"""


def test_purge_keeps_what_can_match_and_drops_the_rest():
    out = lean_assets.purge_css(CSS, {"used", "fa-bars"})
    assert ".used{color:red}" in out and ".unused{color:blue}" not in out
    assert ".used:not(.unused){margin:0}" in out and ".used .unused" not in out
    assert "html[data-theme=dark]" in out                 # dark mode stays
    assert "@media (max-width:600px){.used{display:block}}" in out
    assert "@font-face" in out and 'a[href="a.unused"]' in out
    assert lean_assets.icon_codepoints(out) == {0xF0C9}
    assert lean_assets.purge_css(CSS, set()).count("{") < CSS.count("{")


def test_search_index_is_compacted_without_losing_data(tmp_path):
    data = {"docnames": ["book/ch12_ecuador"], "terms": {"ecu": 0, "911": [0, 1]},
            "titles": ["12. Ecuador: ECU-911 — é"]}
    index = tmp_path / "searchindex.js"
    index.write_text("Search.setIndex(" + json.dumps(data, sort_keys=True) + ")", encoding="utf-8")
    before, after = lean_assets.compact_search_index(tmp_path)
    text = index.read_text(encoding="utf-8")
    assert after < before and ", " not in text and ": " not in text.replace("Ecuador: ECU", "")
    assert text.startswith("Search.setIndex(") and text.endswith(")")
    assert json.loads(text[len("Search.setIndex("):-1]) == data          # same index
    assert lean_assets.compact_search_index(tmp_path) == (after, after)  # a second pass changes nothing
    other = tmp_path / "other"
    other.mkdir()
    (other / "searchindex.js").write_text("var index = {};", encoding="utf-8")
    assert lean_assets.compact_search_index(other) is None               # unknown format: left alone
    assert (other / "searchindex.js").read_text(encoding="utf-8") == "var index = {};"


def _asset_names(body):
    """The files and inline scripts a page with this body keeps, of a typical Jupyter Book list."""
    from sphinx.builders.html._assets import _CascadingStyleSheet, _JavaScript

    scripts = [_JavaScript("_static/documentation_options.js"), _JavaScript("clipboard.min.js"),
               _JavaScript("copybutton.js"), _JavaScript("scripts/sphinx-book-theme.js"),
               _JavaScript("", body="let toggleHintShow = 'Click to show';"), _JavaScript("togglebutton.js"),
               _JavaScript("design-tabs.js"), _JavaScript("", body='const THEBE_JS_URL = "x"'),
               _JavaScript("sphinx-thebe.js"), _JavaScript("course-theme.js")]
    sheets = [_CascadingStyleSheet(n) for n in (
        "pygments.css", "styles/sphinx-book-theme.css", "togglebutton.css", "copybutton.css",
        "mystnb.11b3.css", "sphinx-thebe.css", "exercise.css", "sphinx-design.min.css", "print.css")]
    unused = page_assets.unused_groups(body)
    page_assets.drop_unused(scripts, unused)
    page_assets.drop_unused(sheets, unused)
    return {str(a.filename) or a.attributes["body"] for a in scripts + sheets}


THEME = {"_static/documentation_options.js", "scripts/sphinx-book-theme.js", "course-theme.js",
         "styles/sphinx-book-theme.css", "print.css"}


def test_a_page_without_code_toggles_or_cards_keeps_only_the_theme():
    assert _asset_names("") == THEME                     # the search page: its template has no body
    assert _asset_names('<p class="x">Plain text, <code class="docutils literal">code</code></p>') == THEME


def test_a_page_keeps_the_files_its_content_uses():
    code = _asset_names('<div class="highlight-python notranslate"><div class="highlight"><pre>x</pre></div></div>')
    assert {"clipboard.min.js", "copybutton.js", "copybutton.css", "pygments.css"} <= code
    assert "togglebutton.js" not in code and "sphinx-design.min.css" not in code
    toggle = _asset_names('<div class="admonition solution dropdown">')
    assert {"togglebutton.js", "togglebutton.css", "let toggleHintShow = 'Click to show';", "exercise.css"} <= toggle
    tabs = _asset_names('<div class="sd-tab-set docutils"><div class="sd-tab-content">')
    assert {"design-tabs.js", "sphinx-design.min.css"} <= tabs
    card = _asset_names('<div class="sd-card sd-mb-3">')
    assert "sphinx-design.min.css" in card and "design-tabs.js" not in card
    assert "mystnb.11b3.css" in _asset_names('<div class="cell docutils container"><div class="cell_output">')
    thebe = _asset_names('<script type="text/x-thebe-config">{}</script>')
    assert {"sphinx-thebe.js", "sphinx-thebe.css", 'const THEBE_JS_URL = "x"'} <= thebe


# --- PDF -------------------------------------------------------------------------------------

TEX = r"""\chapter{References}
\label{\detokenize{book/references::doc}}

\begin{sphinxthebibliography}{x}
\end{sphinxthebibliography}
\chapter{7. Export controls}
\label{\detokenize{book/ch07_export_controls::doc}}
\section{Event cards: Ecuador}
\label{\detokenize{book/instructor/handouts/event_cards_ecuador:event-cards-ecuador}}\label{\detokenize{book/instructor/handouts/event_cards_ecuador::doc}}
"""


def test_tex_gets_handout_page_breaks_per_chapter_numbers_and_no_empty_references():
    out = pdf_fixes.fit_to_send(TEX)
    assert "\\chapter{References}" not in out
    assert "\\clearpage\n\\section{Event cards: Ecuador}" in out
    assert "\\renewcommand{\\thetable}{7.\\arabic{table}}" in out
    kept = pdf_fixes.fit_to_send("\\chapter{References}\nSome text\n")
    assert kept.startswith("\\chapter{References}") and "Some text" in kept   # not empty: kept


# --- figures ---------------------------------------------------------------------------------

def test_timeline_bands_have_contrast_and_hatching_for_print():
    from course import figures

    drawn = figures.timeline("ecuador")
    bands = [p for p in drawn.figure.axes[0].patches if p.get_gid() == "course-band"]
    assert len(bands) == 2
    for band in bands:
        assert band.get_hatch(), "a band without hatching vanishes in grey print"
        from matplotlib.colors import to_hex
        assert figures.contrast_ratio(to_hex(band.get_edgecolor())) >= 3
    assert figures.contrast_ratio("#767676") > 4.4 and figures.contrast_ratio("#e6e6e6") < 3


def test_figure_png_says_how_small_its_labels_are(tmp_path):
    from PIL import Image

    from course import figures

    drawn = figures.timeline("ecuador")
    drawn.save(tmp_path / "t.png")
    with Image.open(tmp_path / "t.png") as image:
        smallest = float(image.info["SmallestTextPx"])
    assert smallest == pytest.approx(drawn.smallest_font_pt() * drawn.dpi / 72, abs=0.01)
    width = theme_fixes.phone_width(tmp_path / "t.png")
    with Image.open(tmp_path / "t.png") as image:
        assert width * smallest / image.width >= 11          # labels >= 11 CSS px at that width
    Image.new("RGB", (100, 100)).save(tmp_path / "plain.png")
    assert theme_fixes.phone_width(tmp_path / "plain.png") is None


def test_a_script_or_stylesheet_is_linked_once():
    class Asset:
        def __init__(self, filename, **attributes):
            self.filename, self.attributes = filename, attributes

    scripts = [Asset("course-theme.js", defer="defer"), Asset("course-theme.js"),
               Asset(None, body="const A = 1;"), Asset("", body="const A = 1;"), Asset(None, body="const B = 2;")]
    context = {"script_files": scripts, "css_files": [Asset("mathml.css"), Asset("mathml.css", priority=500)]}
    theme_fixes._dedupe_scripts(context)
    assert [s.filename for s in context["script_files"]] == ["course-theme.js", None, None]
    assert context["script_files"][0].attributes == {"defer": "defer"}
    assert len(context["css_files"]) == 1
