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

* Fit to send (issue 15): long URLs break at any character (xurl); the title page,
  the running heads and the PDF metadata (title, subject) name the edition; the
  hidden markers the tests use on kit pages (``<span class="kit-sentinel" hidden>``)
  and the screen-only "Printing" notes (class ``kit-no-print``) are left out; each
  handout starts on a new page; event and source cards carry the dashed cut lines
  the handouts promise; the empty "References" chapter that came before the
  bibliography is dropped (the bibliography itself is titled "References").
* Cyrillic in T2A is set in the vector (Type 1) CM-Super fonts from Debian's
  cm-super-minimal, not in bitmap fonts made on the fly (scripts/system-deps.sh);
  Chinese uses Arphic's Type 1 fonts.

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
\usepackage{xurl}
\usepackage[skins]{tcolorbox}
\setcounter{secnumdepth}{-1}
% Symbols the kit's formulas use (copies = ⌈N ÷ group⌉, a Σ with a minus sign, ☐ tick boxes on the print lists), not in pdflatex's UTF-8 tables.
\DeclareUnicodeCharacter{2308}{\ensuremath{\lceil}}
\DeclareUnicodeCharacter{2309}{\ensuremath{\rceil}}
\DeclareUnicodeCharacter{03A3}{\ensuremath{\Sigma}}
\DeclareUnicodeCharacter{2212}{\ensuremath{-}}
\DeclareUnicodeCharacter{2610}{\ensuremath{\square}}
\addto\captionsenglish{\renewcommand{\contentsname}{Contents}\renewcommand{\bibname}{References}}
\renewcommand{\bibname}{References}
% Cards to cut out: a dashed frame, never split across pages.
\newenvironment{sphinxclasskit-card}{\begin{tcolorbox}[enhanced, colback=white, frame hidden,
  borderline={0.6pt}{0pt}{black, dash pattern=on 4pt off 3pt}, sharp corners,
  before skip=8pt, after skip=8pt]}{\end{tcolorbox}}
"""
EDITION_TITLE = {"learner": "Learner edition", "instructor": "Instructor edition"}
EDITION_SUBJECT = {"learner": "Learner edition: chapters and exercises, without solutions",
                   "instructor": "Instructor edition: chapters, exercises with solutions, facilitator kit"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def _edition(config) -> str:
    import os
    return getattr(config, "course_edition", None) or os.environ.get("COURSE_EDITION", "learner")


def _config_inited(app, config):
    edition = _edition(config)
    subtitle = EDITION_TITLE.get(edition, edition)
    # _ext/edition.py has set html_title to "<book title> (<edition> edition)".
    base_title = re.sub(r"\s*\((learner|instructor) edition\)$", "", str(config.html_title or config.project))
    elements = dict(config.latex_elements or {})
    elements.setdefault("fontenc", r"\usepackage[T2A,T1]{fontenc}")
    elements["preamble"] = elements.get("preamble", "") + PREAMBLE
    # The title page and running heads say "Learner edition" where Sphinx prints
    # "Release <version>" (an empty releasename would be replaced by "Release").
    elements["releasename"] = r"\relax"
    config.release = subtitle
    # PDF metadata: sphinxmanual's \sphinxmaketitle sets pdftitle to the book title as
    # it draws the title page; while it runs, every \hypersetup is followed by ours.
    subject = EDITION_SUBJECT.get(edition, subtitle)
    ours = rf"pdftitle={{{base_title}: {subtitle}}}, pdfsubject={{{subject}}}"
    elements["maketitle"] = (r"\let\coursehypersetup\hypersetup"
                             rf"\def\hypersetup#1{{\coursehypersetup{{#1}}\coursehypersetup{{{ours}}}}}"
                             + elements.get("maketitle", r"\sphinxmaketitle")
                             + r"\let\hypersetup\coursehypersetup")
    # One-sided, chapters start on the next page: no blank back of the title page
    # and no blank pages before chapters in a PDF that is read on screen or printed.
    elements["extraclassoptions"] = ",".join(filter(None, [elements.get("extraclassoptions", ""), "openany,oneside"]))
    if (config.language or "en") != "en":
        # The index of glossary terms is sorted by makeindex, which reads bytes: a term that
        # starts with a Cyrillic or accented letter gets half a UTF-8 character as its
        # letter heading and pdflatex stops (the Russian PDF did). xindy would sort it, but
        # is not in the TeX packages the course installs; a translated PDF has no index
        # (its glossary chapter lists every term).
        elements["makeindex"] = ""
        elements["printindex"] = ""
    config.latex_elements = elements
    config.numfig_secnum_depth = 0


def _drop_screen_only(app, doctree, docname):
    """In the PDF, leave out the kit's hidden test markers and its screen-only notes."""
    if app.builder.name != "latex":
        return
    from docutils import nodes

    for node in list(doctree.findall(nodes.Element)):
        if "kit-no-print" in node.get("classes", ()) and node.parent is not None:
            node.parent.remove(node)
    for raw in list(doctree.findall(nodes.raw)):
        if raw.parent is None or "kit-sentinel" not in raw.astext():
            continue
        parent, siblings = raw.parent, list(raw.parent.children)
        start = siblings.index(raw)
        for node in siblings[start:]:
            parent.remove(node)
            if isinstance(node, nodes.raw) and "</span>" in node.astext():
                break


HANDOUT_HEADING = re.compile(r"(?m)^(\\(?:chapter|section|subsection)\{[^\n]*\}\s*\n?"
                             r"\\label\{\\detokenize\{book/instructor/handouts/(?!index)[^}]*\}\})")
EMPTY_REFERENCES = re.compile(r"\\chapter\{References\}\s*(?:\\label\{[^\n]*\}\s*)*(?=\\(?:chapter|part|begin\{sphinxthebibliography\}|renewcommand|bgroup|ifdefined|backmatter|sphinxstepscope|end\{document\}))")


CHAPTER = re.compile(r"(\\chapter\{(?:(\d+)\.)?[^\n]*\}(?:\s*\\label\{[^\n]*\})*)")


def _per_chapter(m) -> str:
    """Figures and tables numbered per chapter, as on the web pages (_ext/course_numbering.py)."""
    number = f"{int(m.group(2))}." if m.group(2) else ""
    return (m.group(1) + "\n\\setcounter{figure}{0}\\setcounter{table}{0}"
            f"\\renewcommand{{\\thefigure}}{{{number}\\arabic{{figure}}}}"
            f"\\renewcommand{{\\thetable}}{{{number}\\arabic{{table}}}}\n")


def fit_to_send(tex: str) -> str:
    """A new page before each handout; no empty References chapter before the
    bibliography; figures and tables numbered per chapter."""
    tex = HANDOUT_HEADING.sub(lambda m: "\\clearpage\n" + m.group(1), tex)
    tex = EMPTY_REFERENCES.sub("", tex)
    return CHAPTER.sub(_per_chapter, tex)


def wrap_scripts(tex: str) -> str:
    """Wrap runs of Chinese and Cyrillic characters in the font switch each needs."""
    tex = CJK.sub(lambda m: r"\begin{CJK}{UTF8}{gbsn}" + m.group(0) + r"\end{CJK}", tex)
    return CYRILLIC.sub(lambda m: r"{\fontencoding{T2A}\selectfont " + m.group(0) + "}", tex)


def _build_finished(app, exception):
    if exception is not None or app.builder.name != "latex":
        return
    for tex in Path(app.outdir).glob("*.tex"):
        text = tex.read_text(encoding="utf-8")
        fixed = fit_to_send(wrap_scripts(text))
        if fixed != text:
            tex.write_text(fixed, encoding="utf-8")


def setup(app):
    app.connect("config-inited", _config_inited, priority=850)
    app.connect("doctree-resolved", _drop_screen_only)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
