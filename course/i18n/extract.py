"""Make the translation templates (.pot) under locales/templates/.

* The book and the facilitator kit: Sphinx's own gettext builder, on the instructor
  edition (it holds every learner page too), one template per page
  (gettext_compact = False), without executing notebooks (their text is in the source).
* The glossary data (data/glossary/*.yaml): one template, data/glossary.pot, so a term is
  translated once for every place the data is printed (page, card, session plans).
* The `course check` messages: the strings marked with _() in course/grading/, read by
  Babel's Python extractor into messages/course_check.pot.
* The items' hints, option reasons and check feedback: course/i18n/item_messages.py
  (messages/items.pot).
* The page labels the extensions write (``page_text("...")`` and ``page_label("...")`` in
  PAGE_MESSAGE_FILES: the extensions, the exercise pages' forms; ``pageText("...")`` in the
  pages' scripts) into messages/pages.pot, with the activities' slide wording from
  data/sessions/*.yaml (``slide:``), which only the kit's slides show.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import write_po

from course.i18n.kit_text import slide_texts
from course.i18n.paths import templates_dir
from course.paths import Layout

# Files whose _() strings make up the `course check` catalog. One list, so the catalog
# and the runtime translation (course/i18n/messages.py) agree on what is covered.
CHECK_MESSAGE_FILES = ("course/grading/report.py",)
# Files whose page labels make up the page-label catalog (course/i18n/messages.py): the
# Python files mark them page_text("...") or page_label("..."), the scripts pageText("...").
PAGE_MESSAGE_FILES = ("_ext/kit_freshness.py", "_ext/kit_html.py", "_ext/kit_materials.py", "_ext/theme_fixes.py",
                      "_ext/course_exercises.py", "_ext/course_quiz.py", "course/meta.py",
                      "course/grading/markup.py", "course/grading/spec.py", "course/grading/structured_form.py")
# The answer-on-the-page scripts: the build sends their translated words to the page
# (``script_labels`` in course/i18n/messages.py).
PAGE_SCRIPT_FILES = ("_ext/quiz_static/course-quiz.js", "_ext/quiz_static/course-runner.js",
                     "_ext/quiz_static/course-structured.js")
PAGE_KEYWORDS = {"python": {"page_text": (1,), "page_label": (1,)}, "javascript": {"pageText": (1,)}}

# Sphinx settings for extraction (and, with language set, for each translated build).
SPHINX_I18N_OVERRIDES = {
    "gettext_compact": False,       # one catalog per page: reviews and completeness per page
    "gettext_uuid": False,
    "gettext_location": True,       # a translator sees where each message comes from
    "locale_dirs": ["locales"],
}


def _new_template(domain: str) -> Catalog:
    return Catalog(project="PRC surveillance technology course", domain=domain, fuzzy=False,
                   msgid_bugs_address="", copyright_holder="The course authors")


def _write(catalog: Catalog, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False, sort_output=False)
    return path


def extract_glossary(root: Path) -> Path:
    catalog = _new_template("data/glossary")
    for path in sorted((Layout(root).data / "glossary").glob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        for number, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], start=1):
            term = str(entry["term"])
            catalog.add(term, locations=[(rel, number)], auto_comments=["glossary term"])
            # The same spacing rule as _ext/course_glossary.py, so the text matches the page.
            catalog.add(" ".join(str(entry["definition"]).split()), locations=[(rel, number)],
                        auto_comments=[f"definition of the glossary term {term!r}"])
    return _write(catalog, templates_dir(root) / "data" / "glossary.pot")


def extract_check_messages(root: Path) -> Path:
    catalog = _new_template("messages/course_check")
    for rel in CHECK_MESSAGE_FILES:
        for lineno, message, comments, _context in extract_from_file("python", root / rel, keywords={"_": None},
                                                                     comment_tags=("Translators:",)):
            catalog.add(message, locations=[(rel, lineno)], auto_comments=comments, flags=("python-brace-format",))
    return _write(catalog, templates_dir(root) / "messages" / "course_check.pot")


def page_messages(root: Path, rel: str) -> list[tuple[int, str, list[str]]]:
    """(line, English message, translator comments) of every page label one file marks."""
    method = "javascript" if rel.endswith(".js") else "python"
    return [(lineno, message, comments) for lineno, message, comments, _context
            in extract_from_file(method, root / rel, keywords=PAGE_KEYWORDS[method], comment_tags=("Translators:",))]


def extract_page_messages(root: Path) -> Path:
    catalog = _new_template("messages/pages")
    for rel in (*PAGE_MESSAGE_FILES, *PAGE_SCRIPT_FILES):
        for lineno, message, comments in page_messages(root, rel):
            # The scripts fill {name} the same way Python's str.format does, so one flag serves both.
            flags = ("python-brace-format",) if "{" in message else ()
            catalog.add(message, locations=[(rel, lineno)], auto_comments=comments, flags=flags)
    for rel, lineno, text in slide_texts(root):
        catalog.add(text, locations=[(rel, lineno)], auto_comments=["what an activity's slide says to participants"])
    return _write(catalog, templates_dir(root) / "messages" / "pages.pot")


def extract_book(root: Path, templates: Path | None = None) -> list[Path]:
    """Run Sphinx's gettext builder in a child process (the edition is read when Sphinx starts)."""
    target = (templates or templates_dir(root)) / "book"
    with tempfile.TemporaryDirectory(prefix="course-gettext-") as tmp:
        env = {**os.environ, "COURSE_EDITION": "instructor", "PYTHONWARNINGS": "ignore"}
        code = subprocess.run([sys.executable, "-m", "course.i18n.extract", str(root), tmp], env=env, cwd=root).returncode
        if code:
            raise RuntimeError(f"Sphinx's gettext builder failed (exit {code}); run `course build --edition "
                               "instructor` to see the book's own errors")
        produced = Path(tmp) / "book"
        for path in produced.rglob("*.pot"):
            _relative_locations(path, root, Path(tmp))
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(produced, target)
    return sorted(target.rglob("*.pot"))


def _relative_locations(path: Path, root: Path, outdir: Path) -> None:
    """Sphinx writes locations relative to its output folder; make them relative to the course root."""
    from babel.messages.pofile import read_po

    with open(path, "rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        message.locations = [(Path(os.path.relpath(os.path.normpath(outdir / loc), root.resolve())).as_posix(), line)
                             for loc, line in message.locations]
    _write(catalog, path)


def _gettext_in_process(root: Path, outdir: Path) -> int:
    from jupyter_book.sphinx import build_sphinx

    # The doctrees go inside this run's own temporary folder. Left to Jupyter Book, they go
    # beside it (/tmp/.doctrees), where every checkout's extraction on the machine shares
    # one Sphinx environment and can be handed another checkout's stale doctrees.
    result = build_sphinx(root, outdir, doctreedir=str(Path(outdir) / ".doctrees"), use_external_toc=True,
                          noconfig=True, path_config=str(root / "_config.yml"),
                          confoverrides={**SPHINX_I18N_OVERRIDES, "nb_execution_mode": "off",
                                         "latex_individualpages": False},
                          builder="gettext", warningiserror=False, keep_going=True, quiet=True)
    return 1 if isinstance(result, Exception) else int(result)


if __name__ == "__main__":
    sys.exit(_gettext_in_process(Path(sys.argv[1]), Path(sys.argv[2])))
