"""What the LaTeX route (``course pdf``) needs to turn this book into a PDF.

Checked by tests/browser/test_pdf_editions.py. Plain pdflatex with Debian's TeX Live
(see scripts/system-deps.sh), no XeTeX:

* Figure captions cite sources (``{cite:t}`` and ``{doc}`` links): inside
  ``\\caption`` the hyperref commands break ("Argument of \\Hy@tempa has an extra
  }"). They are made robust with etoolbox.
* Some source titles are in Kyrgyz/Russian (Cyrillic) or Chinese. Cyrillic is set
  in the T2A encoding (texlive-lang-cyrillic), Chinese with CJKutf8 and the Arphic
  Song font (latex-cjk-chinese). After the LaTeX writer is done, each run of such
  characters in the .tex file is wrapped in the switch it needs.
* Chapter and section titles already carry their numbers ("12. Ecuador ..."), as
  in the HTML, so LaTeX adds none of its own ("Chapter 13. 12. Ecuador" otherwise),
  and figures and tables are numbered through the book, as on the web pages.
* Sphinx names the table of contents after the first part of the TOC ("Start
  here"); it is called "Contents" again.

The HTML build is not affected (``numfig_secnum_depth`` only matters for numbered
toctrees, which the book does not use).
"""
from __future__ import annotations

import re
from pathlib import Path

PREAMBLE = r"""
% --- course: pdf_fixes.py ---
\usepackage{etoolbox}
\robustify\hyperlink
\robustify\hyperref
\robustify\DUrole
\usepackage{CJKutf8}
\setcounter{secnumdepth}{-1}
\addto\captionsenglish{\renewcommand{\contentsname}{Contents}}
"""
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def _config_inited(app, config):
    elements = dict(config.latex_elements or {})
    elements.setdefault("fontenc", r"\usepackage[T2A,T1]{fontenc}")
    elements["preamble"] = elements.get("preamble", "") + PREAMBLE
    config.latex_elements = elements
    config.numfig_secnum_depth = 0


def wrap_scripts(tex: str) -> str:
    """Wrap runs of Chinese and Cyrillic characters in the font switch each needs."""
    tex = CJK.sub(lambda m: r"\begin{CJK}{UTF8}{gbsn}" + m.group(0) + r"\end{CJK}", tex)
    return CYRILLIC.sub(lambda m: r"{\fontencoding{T2A}\selectfont " + m.group(0) + "}", tex)


def _build_finished(app, exception):
    if exception is not None or app.builder.name != "latex":
        return
    for tex in Path(app.outdir).glob("*.tex"):
        text = tex.read_text(encoding="utf-8")
        fixed = wrap_scripts(text)
        if fixed != text:
            tex.write_text(fixed, encoding="utf-8")


def setup(app):
    app.connect("config-inited", _config_inited, priority=850)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
