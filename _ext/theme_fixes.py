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
  accessible name (axe ``summary-name``, serious): each gets one naming its chapter
  (the link right before it, never an earlier one).
* The ☰ and "Contents" buttons did nothing at any width (pydata-sphinx-theme #2451):
  _static/course-theme.js passes their clicks to the button the theme wired;
  _static/course-theme.css gives them a focus ring and lets tables and figures
  read on a phone (a scroll cue, a caption that stays in view).
* Figures get a link to their full-size image and, on a phone, the width at which
  their smallest label is 11.5 CSS px (``phone_figures``).
* Identical stylesheets are linked once (mathml.css was linked twice).
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
from pathlib import Path

from markupsafe import Markup

from course.i18n.messages import page_text

# The link right before a <details>: its title may hold tags (<span>) but never another
# link, or the pattern would reach back from one link across the next ones and name the
# toggle after an earlier page (16 of 17 toggles were named after the previous exercise page).
TOGGLE = re.compile(
    r'(<a class="[^"]*\breference internal\b[^"]*" href="[^"]*">)(?P<title>(?:(?!</?a[\s>]).)*?)</a>'
    r'(?P<gap>\s*)<details(?P<attrs>[^>]*)>(?P<gap2>\s*)<summary>', re.S)


def _config_inited(app, config):
    context = dict(config.html_context or {})
    context.setdefault("default_mode", "auto")
    config.html_context = context


def _dedupe_scripts(context):
    for name in ("script_files", "css_files"):   # mathml.css was linked twice, like the scripts
        _dedupe(context.get(name))


def _dedupe(scripts):
    if not scripts:
        return
    seen, kept = set(), []
    for script in scripts:
        attributes = getattr(script, "attributes", {}) or {}
        # The same inline script is registered once with filename None and once with
        # "" (Sphinx adds registry scripts again when writing starts): same key.
        # A file is kept once whatever its attributes (course-theme.js came twice, once
        # with "defer", and ran twice: each ☰ click then toggled the sidebar twice).
        filename = str(getattr(script, "filename", script) or "")
        key = filename or ("", tuple(sorted((k, str(v)) for k, v in attributes.items())))
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


# A figure's image: the link Sphinx puts around it and the image itself.
FIGURE = re.compile(r'(<figure\b[^>]*>)(.*?)(</figure>)', re.S)
FIGURE_IMG = re.compile(r'<img\b[^>]*\bsrc="(?P<src>[^"]+)"[^>]*?(?P<end>/?>)', re.S)
PHONE_LABEL_PX = 11.5     # smallest label on a phone, CSS px (11 px is the floor, plus rounding)


def phone_width(png_path) -> int | None:
    """The CSS width at which the figure's smallest text is PHONE_LABEL_PX high, from the
    PNG's SmallestTextPx note (course/figures.py writes it); None without the note."""
    try:
        from PIL import Image

        with Image.open(png_path) as image:
            smallest = float(image.info.get("SmallestTextPx", 0) or 0)
            width = image.width
    except (OSError, ValueError):
        return None
    if smallest <= 0:
        return None
    return int(width * PHONE_LABEL_PX / smallest + 0.999)


def phone_figures(body: str, image_file, link_text: str = "Open the full-size image") -> str:
    """Each figure gets a "full-size image" link under its caption and, when its image
    says how small its labels are, the width it keeps on a phone (it then scrolls
    sideways inside the figure; _static/course-theme.css)."""
    def figure(m):
        inner = m.group(2)
        img = FIGURE_IMG.search(inner)
        if not img:
            return m.group(0)
        src = img.group("src")
        path = image_file(src)
        width = phone_width(path) if path else None
        if width and "--course-phone-width" not in img.group(0):
            tag = img.group(0)
            if ' style="' in tag:
                tag = tag.replace(' style="', f' style="--course-phone-width: {width}px; ', 1)
            else:
                tag = tag[:-len(img.group("end"))].rstrip() + f' style="--course-phone-width: {width}px" {img.group("end")}'
            inner = inner[:img.start()] + tag + inner[img.end():]
            # The box that scrolls sideways on a phone shows the same edge shadows as tables.
            inner = inner.replace('class="reference internal image-reference"',
                                  'class="reference internal image-reference course-scroll-cue"', 1)
        if "course-full-size" not in inner:
            link = f'<a class="course-full-size" href="{src}">{html.escape(link_text)}</a>'
            inner = inner.replace("</figcaption>", link + "</figcaption>", 1) if "</figcaption>" in inner \
                else inner + link
        return m.group(1) + inner + m.group(3)
    return FIGURE.sub(figure, body)


def _image_lookup(app):
    """src as written in a page (../_images/NAME) -> the image file in the source tree."""
    images = getattr(app.builder, "images", {}) or {}
    by_name = {name: Path(app.srcdir, src) for src, name in images.items()}

    def find(src):
        return by_name.get(src.rsplit("/", 1)[-1].split("?")[0])
    return find


def _page_context(app, pagename, templatename, context, doctree):
    _dedupe_scripts(context)
    body = context.get("body")
    if body and "<figure" in body:
        body = context["body"] = phone_figures(body, _image_lookup(app),
                                               page_text("Open the full-size image", app.config.language, app.srcdir))
    if body and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')
    toctree = context.get("generate_toctree_html")
    if toctree and not getattr(toctree, "_course_labelled", False):
        def generate_toctree_html(*args, **kwargs):
            return Markup(label_toggles(str(toctree(*args, **kwargs))))
        generate_toctree_html._course_labelled = True
        context["generate_toctree_html"] = generate_toctree_html


def setup(app):
    # _static/course-theme.js: the sidebar buttons open their sidebars at every width;
    # _static/course-theme.css: focus rings, tables and figures on a phone.
    app.add_js_file("course-theme.js", loading_method="defer")
    app.add_css_file("course-theme.css")
    app.connect("config-inited", _config_inited, priority=850)
    # After pydata-sphinx-theme has put generate_toctree_html in the page context.
    app.connect("html-page-context", _page_context, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
