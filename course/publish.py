"""Publish the book for people who read it away from a good connection.

* ``build_pdfs``: a PDF of each edition by the LaTeX route (Sphinx's LaTeX writer,
  then latexmk/pdflatex from Debian's TeX Live; see scripts/system-deps.sh). The
  PDF has a title page, a table of contents, the figures and the bibliography; the
  learner PDF is built from the learner edition, so it holds no solution.
* ``make_bundle``: a zip of the learner edition's HTML that works when opened
  straight from the disk (``file://``), with no network: search, math (MathML,
  see _ext/mathml.py) and figures are all inside it.

``course pdf`` and ``course bundle`` call these.
"""
from __future__ import annotations

import shutil
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from course.build import EDITIONS, build
from course.i18n.paths import SOURCE_LANGUAGE
from course.i18n.switcher import keep_links
from course.meta import edition_mark

PDF_NAME = "course.pdf"          # latex_documents targetname in _config.yml is course.tex
BUNDLE_FOLDER = "prc-surveillance-course-offline"
BUNDLE_README = """PRC surveillance technology, human rights and tech governance
Offline copy of the course book (learner edition)

1. Unzip this file anywhere (keep the folders together).
2. Open index.html in a web browser (Firefox, Chrome, Edge or Safari).

Everything is inside this folder: no internet connection is needed, and the
pages make no requests to any other site. Search, figures and formulas work
offline. Links to outside sources (in the references) need a connection only
if you follow them.
"""


LICENCE_NOTE = """
Version {version}, {date}. {title}.
Course text: {text_licence} ({text_url}). Code: {code_licence}.
"""


class PublishError(Exception):
    pass


def bundle_readme(root: Path | None = None) -> str:
    """The bundle's README.txt, with the version, date and licence from data/course_meta.yaml."""
    from course.meta import MetaError, load_meta
    from course.paths import course_root

    try:
        meta = load_meta(root or course_root())
    except MetaError as exc:
        raise PublishError(str(exc)) from exc
    return BUNDLE_README + LICENCE_NOTE.format(
        version=meta["version"], date=meta["date"], title=meta["title"],
        text_licence=meta["text_licence"]["long_name"], text_url=meta["text_licence"]["url"],
        code_licence=meta["code_licence"]["name"])


@dataclass
class PdfResult:
    edition: str
    pdf: Path | None
    seconds: float
    log: Path
    error: str = ""


def _latexmk(latex_dir: Path) -> subprocess.Popen:
    """Start latexmk in a Sphinx LaTeX folder (its latexmkrc picks pdflatex, makeindex)."""
    tex = sorted(latex_dir.glob("*.tex"))
    main = latex_dir / "course.tex"
    if not main.is_file():
        if len(tex) != 1:
            raise PublishError(f"no course.tex in {latex_dir}")
        main = tex[0]
    cmd = ["latexmk", "-pdf", "-dvi-", "-ps-", "-interaction=nonstopmode", "-halt-on-error", main.name]
    with open(latex_dir / "latexmk.log", "w", encoding="utf-8") as log:
        return subprocess.Popen(cmd, cwd=latex_dir, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def pdf_path(out_root: Path, edition: str, language: str = "en") -> Path:
    """_build/<edition>/course-<edition>.pdf; a translation: _build/<lang>/<edition>/course-<lang>-<edition>.pdf."""
    stem = Path(PDF_NAME).stem
    if language == "en":
        return out_root / edition / f"{stem}-{edition}.pdf"
    return out_root / language / edition / f"{stem}-{language}-{edition}.pdf"


def build_pdfs(root: Path, editions=EDITIONS, out_root: Path | None = None, language: str = "en") -> list[PdfResult]:
    """LaTeX, then PDF, for each edition; both editions side by side (a translation: one after the other).

    With the same ``out_root`` as an HTML build, the Sphinx environment and the
    notebook cache of that build are reused, so nothing is executed twice.
    """
    if shutil.which("latexmk") is None:
        raise PublishError("latexmk is not installed: run `bash scripts/system-deps.sh` as root "
                           "(or install latexmk and TeX Live with your package manager)")
    from course.paths import Layout

    out_root = Path(out_root or Layout(root).build).resolve()
    started = time.perf_counter()
    results = {}
    running = []
    if language == "en":
        latex_results = build(root, editions, builder="latex", out_root=out_root)
    else:
        from course.i18n.build import build_language

        latex_results = build_language(root, language, editions, out_root, [language], builder="latex")
    for result in latex_results:
        log = out_root / f"{result.edition}-latex.log" if language == "en" else \
            out_root / language / f"{result.edition}-latex.log"
        if result.returncode != 0:
            results[result.edition] = PdfResult(result.edition, None, result.seconds, log,
                                                "the LaTeX build failed (warnings are errors)")
            continue
        latex_dir = result.output
        for old in latex_dir.glob("*.pdf"):
            old.unlink()
        running.append((result.edition, latex_dir, _latexmk(latex_dir)))
    for edition, latex_dir, proc in running:
        code = proc.wait()
        pdfs = sorted(latex_dir.glob("*.pdf"))
        log = latex_dir / "latexmk.log"
        if code != 0 or not pdfs:
            tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
            results[edition] = PdfResult(edition, None, time.perf_counter() - started, log,
                                         f"latexmk failed (exit {code}):\n{tail}")
            continue
        target = pdf_path(out_root, edition, language)
        shutil.copyfile(pdfs[0], target)
        results[edition] = PdfResult(edition, target, time.perf_counter() - started, log)
    return [results[e] for e in editions]


def pdf_pages(pdf: Path) -> int | None:
    """Page count from poppler's pdfinfo, or None when it is not installed."""
    if shutil.which("pdfinfo") is None:
        return None
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def is_learner_site(html_dir: Path) -> bool:
    index = html_dir / "book" / "intro.html"
    text = index.read_text(encoding="utf-8", errors="ignore") if index.is_file() else ""
    # The edition's mark, not its title: a translated site titles it in its language.
    return edition_mark("learner") in text and not (html_dir / "book" / "instructor").exists()


# Never loaded by a page, so left out of the zip to keep the download small: source
# maps (for debugging the theme) and Font Awesome's script, which _templates/ no longer
# loads (the icons come from the theme's web font). The offline test opens every page
# of the zip and fails on any missing file.
NOT_SHIPPED = ("*.map", "_static/scripts/fontawesome.js")


def _ships(rel: Path) -> bool:
    if any(part.startswith(".") for part in rel.parts):
        return False
    return not any(rel.match(pattern) for pattern in NOT_SHIPPED)


def make_bundle(html_dir: Path, zip_path: Path, language_site: tuple[str, Path] | None = None) -> Path:
    """Zip a built learner site into ``zip_path`` (one top folder, README.txt first).

    With ``language_site`` = (language, its learner html folder), the zip holds that
    translation as well, in the same layout as _build (``<lang>/learner/html``), with
    the English site beside it (``learner/html``), so the language switcher's relative
    links work offline; the top index.html opens the translation. Switcher links to
    languages the zip does not hold (other published translations) are taken out.

    The zip is reproducible: files in sorted order with a fixed timestamp.
    """
    sites = {"": Path(html_dir)}
    if language_site:
        language, translated = language_site
        sites = {"learner/html/": Path(html_dir), f"{language}/learner/html/": Path(translated)}
    for site in sites.values():
        if not (site / "index.html").is_file():
            raise PublishError(f"no built site in {site} (run `course build --edition learner` first)")
        if not is_learner_site(site):
            raise PublishError(f"{site} is not the learner edition: the offline bundle is for learners, "
                               "and must never carry solutions or the facilitator kit")
    zip_path = Path(zip_path)
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = zip_path.with_name(zip_path.name + ".part")
    stamp = (2026, 1, 1, 0, 0, 0)

    def add(zf, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(f"{BUNDLE_FOLDER}/{name}", stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data)

    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        add(zf, "README.txt", bundle_readme().encode("utf-8"))
        if language_site:
            start = f"{language_site[0]}/learner/html/index.html"
            add(zf, "index.html", (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" '
                                   f'content="0; url={start}"><title>{BUNDLE_FOLDER}</title></head>'
                                   f'<body><a href="{start}">{start}</a></body></html>').encode("utf-8"))
        held = {SOURCE_LANGUAGE, *([language_site[0]] if language_site else [])}
        for prefix, site in sites.items():
            for path in sorted(p for p in site.rglob("*") if p.is_file() and _ships(p.relative_to(site))):
                data = path.read_bytes()
                if path.suffix == ".html":   # the switcher may name other published languages
                    data = keep_links(data.decode("utf-8"), held).encode("utf-8")
                add(zf, prefix + path.relative_to(site).as_posix(), data)
    tmp.replace(zip_path)
    return zip_path


def bundle_path(root: Path, language: str = "en") -> Path:
    """_build/<BUNDLE_FOLDER>.zip for English, _build/<lang>/<BUNDLE_FOLDER>-<lang>.zip for a translation."""
    if language == "en":
        return root / "_build" / f"{BUNDLE_FOLDER}.zip"
    return root / "_build" / language / f"{BUNDLE_FOLDER}-{language}.zip"
