"""Fixes to the theme's HTML so every page loads cleanly offline and passes axe.

Each fix is for something a reader meets (a console error, a control a screen
reader cannot name) and is checked by tests/browser/:

* pydata-sphinx-theme logs "Got invalid theme mode" on every page unless
  ``html_context["default_mode"]`` is set: it is set to ``auto`` (follow the reader's
  system setting), unless _config.yml sets it.
* Inline scripts that extensions add while the environment is read (sphinx-thebe,
  sphinx-togglebutton) reach the page twice (Sphinx 7.4 registers them once with the
  file name None and once with ""), so ``const THEBE_JS_URL`` is declared twice: an
  uncaught SyntaxError on every page. Identical scripts are kept once.
* The sidebar's expand/collapse toggles (``<summary>`` holding only an icon) have no
  accessible name (axe ``summary-name``, serious): each gets one naming its chapter.
* The bibliography marks each entry ``role="doc-biblioentry"`` inside a
  ``role="list"``: the role is deprecated and a list must hold list items (axe
  ``aria-required-children``, critical). Entries become ``role="listitem"``.

The templates in ``_templates/`` take out what a reader never uses and would
download on every page (Font Awesome's 1.4 MB script, the search index outside the
search page) and put the sidebar's title link in a landmark; see the comments there.
"""
from __future__ import annotations

import html
import re

from markupsafe import Markup

TOGGLE = re.compile(
    r'(<a class="[^"]*\breference internal\b[^"]*" href="[^"]*">)(?P<title>.*?)</a>'
    r'(?P<gap>\s*)<details(?P<attrs>[^>]*)>(?P<gap2>\s*)<summary>', re.S)


def _config_inited(app, config):
    context = dict(config.html_context or {})
    context.setdefault("default_mode", "auto")
    config.html_context = context


def _dedupe_scripts(context):
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, kept = set(), []
    for script in scripts:
        attributes = getattr(script, "attributes", {}) or {}
        # The same inline script is registered once with filename None and once with
        # "" (Sphinx adds registry scripts again when writing starts): same key.
        key = (str(getattr(script, "filename", script) or ""), tuple(sorted((k, str(v)) for k, v in attributes.items())))
        if key not in seen:
            seen.add(key)
            kept.append(script)
    scripts[:] = kept


def label_toggles(markup: str) -> str:
    """Give every sidebar <summary> toggle a name: the chapter it opens."""
    def named(m):
        title = html.unescape(re.sub(r"<[^>]+>", "", m.group("title"))).strip()
        label = html.escape(f"Sections of {title}", quote=True)
        return (f'{m.group(1)}{m.group("title")}</a>{m.group("gap")}<details{m.group("attrs")}>'
                f'{m.group("gap2")}<summary aria-label="{label}">')
    return TOGGLE.sub(named, markup)


def _page_context(app, pagename, templatename, context, doctree):
    _dedupe_scripts(context)
    body = context.get("body")
    if body and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')
    toctree = context.get("generate_toctree_html")
    if toctree and not getattr(toctree, "_course_labelled", False):
        def generate_toctree_html(*args, **kwargs):
            return Markup(label_toggles(str(toctree(*args, **kwargs))))
        generate_toctree_html._course_labelled = True
        context["generate_toctree_html"] = generate_toctree_html


def setup(app):
    app.connect("config-inited", _config_inited, priority=850)
    # After pydata-sphinx-theme has put generate_toctree_html in the page context.
    app.connect("html-page-context", _page_context, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
