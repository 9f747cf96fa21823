"""Make the files every page loads smaller, after the HTML build (issue 15, item 6).

Every page of the book loaded 859 KB before its own text: 554 KB of CSS (397 KB of it
pydata-sphinx-theme's stylesheet, which carries all of Bootstrap and every Font
Awesome icon) and a 156 KB icon font for about six icons. Readers on slow or paid
connections pay that on the first page. When the HTML build has finished:

* ``purge_css``: the theme's and extensions' stylesheets keep only the rules whose
  selectors can match something in this book. A class or id counts as used when its
  name appears anywhere in a built page or in any script under ``_static`` (scripts add
  classes such as ``show`` or ``pst-sidebar-hidden`` when a reader clicks), so a rule
  goes only when nothing could ever give an element its class. Rules without class or
  id selectors (elements, attributes such as ``html[data-theme=dark]`` for dark mode),
  ``@font-face``, ``@keyframes`` and the like are kept as they are.
* ``subset_icon_fonts``: the Font Awesome fonts keep only the glyphs that the kept
  rules still name, as WOFF files (fontTools; WOFF2 would need Brotli), and the
  ``@font-face`` rules point at them.
* ``compact_search_index``: ``searchindex.js`` is written again without the spaces after
  every comma and colon (Sphinx 7 writes them; Sphinx itself drops them since
  sphinx-doc/sphinx#13062, merged in October 2024, after the Sphinx that Jupyter Book 1
  uses). The search page loads the whole index, 341 KB of it in the instructor edition,
  a sixth of it spaces. The data is the same, so search finds the same pages.

benchmarks/page_weight.py measures the result (the fixed cost every page pays) and
tests/browser/ check that icons, dark mode and search still work.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

# Stylesheets that carry far more than this book uses (paths under _static/).
PURGED = ("styles/pydata-sphinx-theme.css", "sphinx-design.min.css", "styles/sphinx-book-theme.css",
          "mystnb.*.css", "togglebutton.css", "copybutton.css", "sphinx-thebe.css")
ICON_CSS = "styles/pydata-sphinx-theme.css"
ICON_FONTS = "vendor/fontawesome/webfonts"
GROUPING_AT_RULES = ("@media", "@supports", "@layer", "@container", "@document")
_NAME = r"-?[_a-zA-Z\u00a0-\uffff][\w\-\u00a0-\uffff]*"
_CLASS_OR_ID = re.compile(r"(?<![\w\\])[.#](" + _NAME + ")")
_PSEUDO_WITH_LIST = re.compile(r":(?:not|is|where|has|matches|-webkit-any|-moz-any)\(")


# --- a small CSS reader: rules and blocks, strings and comments respected ----------

def _skip_string(css: str, i: int) -> int:
    quote = css[i]
    i += 1
    while i < len(css) and css[i] != quote:
        i += 2 if css[i] == "\\" else 1
    return i + 1


def _block_end(css: str, i: int) -> int:
    """Index just past the '}' matching the '{' at css[i]."""
    depth = 0
    while i < len(css):
        c = css[i]
        if c in "\"'":
            i = _skip_string(css, i)
            continue
        if css.startswith("/*", i):
            i = css.find("*/", i + 2)
            i = len(css) if i < 0 else i + 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(css)


def split_rules(css: str) -> list[tuple[str, str | None]]:
    """[(prelude, block body or None for a statement like @import ...;)]"""
    rules, i, start = [], 0, 0
    while i < len(css):
        c = css[i]
        if c in "\"'":
            i = _skip_string(css, i)
        elif css.startswith("/*", i):
            end = css.find("*/", i + 2)
            comment_start, i = i, (len(css) if end < 0 else end + 2)
            if not css[start:comment_start].strip():
                start = i                      # a comment between rules is dropped
        elif c == ";" and css[start:i].lstrip().startswith("@"):
            rules.append((css[start:i + 1].strip(), None))
            i = start = i + 1
        elif c == "{":
            end = _block_end(css, i)
            rules.append((css[start:i].strip(), css[i + 1:end - 1]))
            i = start = end
        elif c == "}":          # stray
            i = start = i + 1
        else:
            i += 1
    return rules


def split_selectors(prelude: str) -> list[str]:
    out, depth, current = [], 0, []
    for c in prelude:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(c)
    out.append("".join(current))
    return [s.strip() for s in out if s.strip()]


def _required_names(selector: str) -> list[str]:
    """Class and id names an element must have for `selector` to match anything.

    Names inside :not(), :is(), :where(), :has() are alternatives or negations, so
    they are not required; attribute values in [..] are not names either."""
    text = re.sub(r"/\*.*?\*/", "", selector, flags=re.S)
    text = re.sub(r"\[[^\]]*\]", "", text)
    while True:
        m = _PSEUDO_WITH_LIST.search(text)
        if not m:
            break
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[j], 0)
            j += 1
        text = text[:m.start()] + text[j:]
    return [n.replace("\\", "") for n in _CLASS_OR_ID.findall(text)]


def purge_css(css: str, used: set[str]) -> str:
    """Keep the rules (and the selectors of a rule) that can match; see the module doc."""
    out = []
    for prelude, body in split_rules(css):
        if body is None:
            out.append(prelude)
            continue
        if prelude.startswith("@"):
            if prelude.split(None, 1)[0].split("(")[0].lower() in GROUPING_AT_RULES:
                inner = purge_css(body, used)
                if inner.strip():
                    out.append(f"{prelude}{{{inner}}}")
            else:
                out.append(f"{prelude}{{{body}}}")
            continue
        alive = [s for s in split_selectors(prelude) if all(n in used for n in _required_names(s))]
        if alive:
            out.append(f"{','.join(alive)}{{{body}}}")
    return "\n".join(out)


# --- what the site uses -------------------------------------------------------------

def used_names(outdir: Path) -> set[str]:
    """Every word that could be a class or id: from all pages and all scripts."""
    words = set()
    word = re.compile(r"[\w\-\u00a0-\uffff]+")
    for path in list(outdir.rglob("*.html")) + list((outdir / "_static").rglob("*.js")):
        if path.name.endswith(".map"):
            continue
        words.update(word.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return words


def icon_codepoints(css: str) -> set[int]:
    """The private-use code points the kept rules draw (content:"\\f0c9" and the like)."""
    points = set()
    # In content: and in custom properties (--pst-icon-admonition-tip: "\f0eb") alike.
    for escape in re.findall(r'"((?:\\[0-9a-fA-F]{1,6}\s?|[^"\n])*)"', css):
        for hexa in re.findall(r"\\([0-9a-fA-F]{1,6})", escape):
            if int(hexa, 16) >= 0xE000:
                points.add(int(hexa, 16))
        points.update(ord(ch) for ch in re.sub(r"\\[0-9a-fA-F]{1,6}\s?", "", escape) if ord(ch) >= 0xE000)
    return points


def subset_icon_fonts(static: Path, css: str, points: set[int]) -> str:
    """Write WOFF subsets of the icon fonts and point the @font-face rules at them."""
    from fontTools import subset

    fonts = static / ICON_FONTS
    for woff2 in sorted(fonts.glob("*.woff2")):
        source = woff2.with_suffix(".ttf") if woff2.with_suffix(".ttf").is_file() else woff2
        options = subset.Options()
        options.flavor = "woff"
        options.layout_features = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(points) or [0xF0C9])
        subsetter.subset(font)
        target = woff2.with_name(woff2.stem + ".subset.woff")
        subset.save_font(font, str(target), options)
        font.close()
        pattern = re.compile(r"url\(\.\./" + re.escape(f"{ICON_FONTS}/{woff2.name}") + r"\)\s*format\([\"']woff2[\"']\)"
                             r"(?:\s*,\s*url\([^)]*" + re.escape(woff2.stem) + r"\.ttf\)\s*format\([\"']truetype[\"']\))?")
        css = pattern.sub(f'url(../{ICON_FONTS}/{target.name}) format("woff")', css)
    return css


SEARCH_INDEX = "searchindex.js"
_INDEX_PREFIX, _INDEX_SUFFIX = "Search.setIndex(", ")"


def compact_search_index(outdir: Path) -> tuple[int, int] | None:
    """Rewrite searchindex.js with minimal JSON separators; (bytes before, after) or None."""
    path = Path(outdir) / SEARCH_INDEX
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    if not (text.startswith(_INDEX_PREFIX) and text.endswith(_INDEX_SUFFIX)):
        return None                            # not the format we know: leave it as it is
    data = json.loads(text[len(_INDEX_PREFIX):-len(_INDEX_SUFFIX)])
    # sort_keys as Sphinx does; ASCII escapes kept, so the file reads the same in any charset.
    lean = _INDEX_PREFIX + json.dumps(data, separators=(",", ":"), sort_keys=True) + _INDEX_SUFFIX
    if len(lean) < len(text):
        path.write_text(lean, encoding="utf-8")
    return len(text.encode()), path.stat().st_size


def slim(outdir: Path) -> dict[str, tuple[int, int]]:
    """Purge the stylesheets, subset the icon fonts and compact the search index of a built
    site; {file: (before, after)}."""
    static = Path(outdir) / "_static"
    used = used_names(Path(outdir))
    sizes = {}
    for pattern in PURGED:
        for path in static.glob(pattern):
            css = path.read_text(encoding="utf-8")
            if "/* course: purged */" in css:
                continue                      # an incremental build that wrote nothing new
            lean = purge_css(css, used)
            if path.relative_to(static).as_posix() == ICON_CSS and (static / ICON_FONTS).is_dir():
                lean = subset_icon_fonts(static, lean, icon_codepoints(lean))
            path.write_text("/* course: purged */\n" + lean, encoding="utf-8")
            sizes[path.name] = (len(css.encode()), path.stat().st_size)
    index = compact_search_index(Path(outdir))
    if index:
        sizes[SEARCH_INDEX] = index
    return sizes


def _build_finished(app, exception):
    if exception is None and app.builder.format == "html":
        from sphinx.util import logging

        log = logging.getLogger(__name__)
        for name, (before, after) in slim(Path(app.outdir)).items():
            log.verbose("lean_assets: %s %s -> %s bytes", name, f"{before:,}", f"{after:,}")


def setup(app):
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
