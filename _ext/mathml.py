"""Render math as MathML when the book is built, so pages need no MathJax.

Partners read offline, on slow links and from a zip opened with ``file://``. MathJax
from a CDN fails there, and a vendored copy weighs about 1.2 MB per page that has
math. Every current browser renders MathML itself (Chromium since 109, Firefox,
Safari), and screen readers read it, so the HTML carries the formula as MathML with
the TeX source kept as an annotation (for copying) and as ``alttext``.

LaTeX/PDF output is untouched: the LaTeX writer typesets the TeX source as usual.
A formula that latex2mathml cannot convert is a build warning, so the build (run
with warnings as errors) fails instead of shipping raw TeX.
"""
from __future__ import annotations

import html

from docutils import nodes
from sphinx.locale import _
from sphinx.util import logging
from sphinx.util.math import get_node_equation_number

logger = logging.getLogger(__name__)


def to_mathml(tex: str, display: str, node) -> str:
    from latex2mathml.converter import convert

    tex = tex.strip()
    try:
        markup = convert(tex, display=display)
    except Exception as exc:  # latex2mathml raises its own error types
        logger.warning("cannot render math as MathML (%s): %s", exc, tex, location=node)
        return f'<code class="math-source">{html.escape(tex)}</code>'
    # Keep the TeX: an annotation for copy and paste, alttext for assistive tools.
    source = html.escape(tex, quote=True)
    head, _sep, tail = markup.partition(">")
    inner, _sep2, _close = tail.rpartition("</math>")
    return (f'{head} alttext="{source}"><semantics>{inner}'
            f'<annotation encoding="application/x-tex">{source}</annotation></semantics></math>')


def html_visit_math(self, node: nodes.math) -> None:
    self.body.append(self.starttag(node, "span", "", CLASS="math notranslate nohighlight"))
    self.body.append(to_mathml(node.astext(), "inline", node) + "</span>")
    raise nodes.SkipNode


def html_visit_displaymath(self, node: nodes.math_block) -> None:
    self.body.append(self.starttag(node, "div", CLASS="math notranslate nohighlight"))
    if node["number"]:
        number = get_node_equation_number(self, node)
        self.body.append(f'<span class="eqno">({number})')
        self.add_permalink_ref(node, _("Link to this equation"))
        self.body.append("</span>")
    parts = [part for part in node.astext().split("\n\n") if part.strip()]
    for part in parts:
        if r"\\" in part and r"\begin" not in part:
            part = r"\begin{aligned}" + part + r"\end{aligned}"
        self.body.append(to_mathml(part, "block", node))
    self.body.append("</div>\n")
    raise nodes.SkipNode


def setup(app):
    app.add_html_math_renderer("mathml", (html_visit_math, None), (html_visit_displaymath, None))
    app.add_css_file("mathml.css")   # _static/mathml.css: the theme's math layout is for MathJax
    return {"parallel_read_safe": True, "parallel_write_safe": True}
