"""Each page links only the scripts and stylesheets its content uses (issue 15, item 6).

The extensions register their files for every page: the copy button and the code
colours on pages without code, the toggle script on pages without a toggle, the
sphinx-design files on pages without a card or tab, the notebook-output styles on pages
without a notebook cell, and sphinx-thebe (live code cells) although this book never
configures thebe. The search page paid for all of them on top of its 341 KB index.

Before a page is written, ``drop_unused`` takes off the files whose trigger (a class
name that their rules or scripts act on) does not occur in the page's body. Sphinx
resets the builder's lists for every page, so a file dropped here is still linked on
the pages that use it. The theme's own files (pydata-sphinx-theme, sphinx-book-theme,
course-theme, print.css) and the search scripts are never touched: navigation, dark
mode and search work on every page as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

_CLASS_ATTR = re.compile(r'\bclass="([^"]*)"')


@dataclass(frozen=True)
class OptionalFiles:
    """Files that a page needs only when `used(classes, body)` says so."""
    why: str
    files: tuple[str, ...]              # names under _static/; "mystnb." matches mystnb.<hash>.css
    inline_markers: tuple[str, ...]     # inline <script> bodies that configure those files
    used: Callable[[set[str], str], bool]


def _any(*names: str) -> Callable[[set[str], str], bool]:
    return lambda classes, body: any(name in classes for name in names)


def _prefix(*prefixes: str) -> Callable[[set[str], str], bool]:
    return lambda classes, body: any(c.startswith(prefixes) for c in classes)


OPTIONAL = (
    # sphinx-copybutton puts its button on "div.highlight pre" (its default selector), and
    # Pygments' colours (light and dark) style only the spans inside .highlight.
    OptionalFiles("code blocks", ("clipboard.min.js", "copybutton.js", "copybutton.css", "pygments.css"), (),
                  _any("highlight")),
    # sphinx-togglebutton acts on ".toggle, .admonition.dropdown" and {toggle} details; its
    # stylesheet also recolours myst-nb's hidden-output summaries (details.hide.below-input).
    OptionalFiles("toggles", ("togglebutton.js", "togglebutton.css"),
                  ("toggleHintShow", "toggleHintHide", "toggleOpenOnPrint", "togglebuttonSelector"),
                  _any("toggle", "dropdown", "toggle-details", "below-input")),
    OptionalFiles("sphinx-design components", ("sphinx-design.min.css",), (), _prefix("sd-")),
    OptionalFiles("sphinx-design tabs", ("design-tabs.js",), (), _any("sd-tab-set")),
    # myst-nb's stylesheet, once purged (lean_assets), styles only notebook cells and outputs.
    OptionalFiles("notebook cells", ("mystnb.",), (), _prefix("cell", "output")),
    OptionalFiles("exercises", ("exercise.css",), (), _prefix("exercise", "solution")),
    # Live code cells: with `thebe_config` set, sphinx-thebe writes a text/x-thebe-config
    # script into every page's body; without it (this book) its files do nothing.
    OptionalFiles("live code (thebe)", ("sphinx-thebe.js", "sphinx-thebe.css"), ("THEBE_JS_URL",),
                  lambda classes, body: "thebe" in body),
)


def classes_in(body: str) -> set[str]:
    """Every class name used in the page's body."""
    return {name for attr in _CLASS_ATTR.findall(body or "") for name in attr.split()}


def _file_name(asset) -> str:
    return str(getattr(asset, "filename", asset) or "").rsplit("/", 1)[-1].split("?", 1)[0]


def _matches(asset, group: OptionalFiles) -> bool:
    name = _file_name(asset)
    if name:
        return any(name == f or (f.endswith(".") and name.startswith(f)) for f in group.files)
    body = str((getattr(asset, "attributes", {}) or {}).get("body", ""))
    return any(marker in body for marker in group.inline_markers)


def unused_groups(body: str) -> list[OptionalFiles]:
    """The groups of files that a page with this body does not use."""
    classes = classes_in(body)
    return [group for group in OPTIONAL if not group.used(classes, body or "")]


def drop_unused(assets: list, unused: list[OptionalFiles]) -> None:
    """Remove, in place, the assets that belong to an unused group."""
    assets[:] = [a for a in assets if not any(_matches(a, g) for g in unused)]


def _page_context(app, pagename, templatename, context, doctree):
    unused = unused_groups(context.get("body", ""))
    for key in ("script_files", "css_files"):
        if isinstance(context.get(key), list):
            drop_unused(context[key], unused)


def setup(app):
    # After the extensions that add page-specific files (course_quiz, theme_fixes at 900).
    app.connect("html-page-context", _page_context, priority=950)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
