"""Fast rebuilds: one notebook cache for both editions, and a glossary read only when it changes.

The tests that run a notebook kernel or Sphinx are marked `slow` (left out of
`make test-fast`); the one that needs the whole book is marked `book` by conftest.py.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from course.build import inputs_fingerprint, notebook_cache, notebook_pages, prime_notebook_cache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))
import course_glossary  # noqa: E402

PAGE = """---
jupytext:
  text_representation: {extension: .md, format_name: myst}
kernelspec: {display_name: Python 3, language: python, name: python3}
---
# A page with a figure

```{code-cell} ipython3
print(6 * 7)
```
"""


@pytest.fixture
def tiny_book(tmp_path):
    root = tmp_path / "course"
    (root / "book").mkdir(parents=True)
    (root / "_config.yml").write_text("execute:\n  execute_notebooks: cache\n  timeout: 60\n", encoding="utf-8")
    (root / "book" / "figure.md").write_text(PAGE, encoding="utf-8")
    (root / "book" / "prose.md").write_text("# Prose only\n\nNo code here.\n", encoding="utf-8")
    return root


def test_only_notebook_pages_are_primed(tiny_book):
    assert notebook_pages(tiny_book) == [tiny_book / "book" / "figure.md"]


@pytest.mark.slow   # runs a notebook kernel or Sphinx several times
def test_a_notebook_runs_once_then_comes_from_the_cache_until_its_code_changes(tiny_book, tmp_path):
    out = tmp_path / "out"
    assert prime_notebook_cache(tiny_book, out) == {"cached": 0, "ran": 1, "failed": 0}
    assert notebook_cache(out) == out.resolve() / ".jupyter_cache" and notebook_cache(out).is_dir()
    assert prime_notebook_cache(tiny_book, out) == {"cached": 1, "ran": 0, "failed": 0}
    page = tiny_book / "book" / "figure.md"
    page.write_text(page.read_text(encoding="utf-8").replace("6 * 7", "6 * 8"), encoding="utf-8")
    assert prime_notebook_cache(tiny_book, out) == {"cached": 0, "ran": 1, "failed": 0}


@pytest.mark.slow   # runs a notebook kernel or Sphinx several times
def test_a_failing_notebook_is_not_cached(tiny_book, tmp_path):
    page = tiny_book / "book" / "figure.md"
    page.write_text(page.read_text(encoding="utf-8").replace("print(6 * 7)", "1 / 0"), encoding="utf-8")
    assert prime_notebook_cache(tiny_book, tmp_path / "out") == {"cached": 0, "ran": 0, "failed": 1}
    assert prime_notebook_cache(tiny_book, tmp_path / "out")["failed"] == 1   # tried again, still not cached


def test_nothing_is_primed_when_the_book_does_not_use_the_cache(tiny_book, tmp_path):
    (tiny_book / "_config.yml").write_text("execute:\n  execute_notebooks: force\n", encoding="utf-8")
    assert prime_notebook_cache(tiny_book, tmp_path / "out") == {"cached": 0, "ran": 0, "failed": 0}


def _env(root: Path, read_with: list[str]):
    return SimpleNamespace(srcdir=str(root), course_glossary_docs={"book/glossary"}, course_glossary_files=read_with)


def test_the_glossary_page_is_not_reread_when_nothing_changed(tmp_path):
    (tmp_path / "data" / "glossary").mkdir(parents=True)
    (tmp_path / "data" / "glossary" / "core.yaml").write_text("[]\n", encoding="utf-8")
    env = _env(tmp_path, ["core.yaml"])
    assert course_glossary._reread_when_files_change(None, env, set(), set(), set()) == []


def test_a_new_glossary_file_rereads_the_glossary_page(tmp_path):
    (tmp_path / "data" / "glossary").mkdir(parents=True)
    for name in ("core.yaml", "ch18.yaml"):
        (tmp_path / "data" / "glossary" / name).write_text("[]\n", encoding="utf-8")
    env = _env(tmp_path, ["core.yaml"])
    assert course_glossary._reread_when_files_change(None, env, set(), set(), set()) == ["book/glossary"]


def test_a_removed_glossary_file_rereads_the_glossary_page(tmp_path):
    (tmp_path / "data" / "glossary").mkdir(parents=True)
    env = _env(tmp_path, ["core.yaml"])
    assert course_glossary._reread_when_files_change(None, env, set(), set(), set()) == ["book/glossary"]


def test_both_editions_use_one_notebook_cache(built_book):
    from jupyter_cache import get_cache

    out = built_book["learner"].parent.parent
    assert (out / ".jupyter_cache").is_dir()
    assert not [edition for edition in built_book if (out / edition / ".jupyter_cache").exists()]
    # Each page ran once, before the editions: a page run again by an edition would
    # replace its record with a newer one (a higher number).
    records = sorted(record.pk for record in get_cache(str(out / ".jupyter_cache")).list_cache_records())
    assert records == list(range(1, len(notebook_pages(ROOT)) + 1))


def test_the_inputs_fingerprint_follows_the_sources_and_nothing_else(tiny_book, tmp_path, monkeypatch):
    monkeypatch.delenv("COURSE_ADAPTATION", raising=False)
    out = tiny_book / "my-build"        # an --out folder inside the checkout
    (out / "learner").mkdir(parents=True)
    first = inputs_fingerprint(tiny_book, out, "learner", "html")
    for noise in (out / "learner" / "index.html", tiny_book / "_build" / "x.html",
                  tiny_book / "_ext" / "__pycache__" / "m.pyc", tiny_book / ".git" / "index",
                  tiny_book / "locales" / "es" / "LC_MESSAGES" / "book" / "intro.mo"):   # compiled by a translated build
        noise.parent.mkdir(parents=True, exist_ok=True)
        noise.write_text("output, not input", encoding="utf-8")
    assert inputs_fingerprint(tiny_book, out, "learner", "html") == first
    assert inputs_fingerprint(tiny_book, out, "instructor", "html") != first
    assert inputs_fingerprint(tiny_book, out, "learner", "latex") != first
    monkeypatch.setenv("COURSE_ADAPTATION", "kyrgyzstan")       # an extension reads it
    assert inputs_fingerprint(tiny_book, out, "learner", "html") != first
    monkeypatch.delenv("COURSE_ADAPTATION")
    page = tiny_book / "book" / "prose.md"
    page.write_text(page.read_text(encoding="utf-8") + "One more word.\n", encoding="utf-8")
    assert inputs_fingerprint(tiny_book, out, "learner", "html") != first
    catalog = tiny_book / "locales" / "es" / "LC_MESSAGES" / "book" / "intro.po"
    catalog.write_text('msgid "A"\nmsgstr "Una"\n', encoding="utf-8")
    assert inputs_fingerprint(tiny_book, out, "learner", "html") != first       # a catalog is an input
    (tiny_book / "data").mkdir()
    second = inputs_fingerprint(tiny_book, out, "learner", "html")
    (tiny_book / "data" / "new.csv").write_text("id\n", encoding="utf-8")
    assert inputs_fingerprint(tiny_book, out, "learner", "html") != second


def test_a_second_build_with_nothing_changed_does_not_run_sphinx(built_site):
    """A second `make book` (English and each published language, both editions) starts no Sphinx."""
    from course.i18n.build import build_every_language

    out = built_site["en"]["learner"].parent.parent
    results = build_every_language(ROOT, ("learner", "instructor"), out_root=out)
    assert sorted((r.language, r.edition, r.returncode, r.up_to_date) for r in results) == sorted(
        (language, edition, 0, True) for language in built_site for edition in ("learner", "instructor"))


# --- the bibliography is formatted again only when its inputs change ----------------------

BIB = """@misc{one, author = {Ann One}, title = {The first source}, year = {2020}}
@misc{two, author = {Ben Two}, title = {The second source}, year = {2021}}
"""


@pytest.fixture
def tiny_sphinx(tmp_path):
    """A small Sphinx project with the extension; conf.py counts each formatting run."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT / '_ext')!r})\n"
        "from sphinxcontrib.bibtex.domain import BibtexDomain\n"
        "_format = BibtexDomain.env_updated\n"
        "def _counted(self):\n"
        f"    open({str(tmp_path / 'formatted')!r}, 'a').write('x')\n"
        "    return _format(self)\n"
        "BibtexDomain.env_updated = _counted\n"
        "extensions = ['sphinxcontrib.bibtex', 'bibtex_memo']\nbibtex_bibfiles = ['refs.bib']\n"
        "bibtex_reference_style = 'author_year'\n", encoding="utf-8")
    (src / "refs.bib").write_text(BIB, encoding="utf-8")
    (src / "index.rst").write_text("Home\n====\n\n.. toctree::\n\n   other\n   references\n", encoding="utf-8")
    (src / "other.rst").write_text("Other\n=====\n\nA claim :cite:p:`one`.\n", encoding="utf-8")
    (src / "references.rst").write_text("References\n==========\n\n.. bibliography::\n", encoding="utf-8")
    return src


def _sphinx_build(src: Path, monkeypatch=None) -> int:
    """Build the tiny project (warnings are errors); return how often the bibliography was formatted."""
    import subprocess

    counter = src.parent / "formatted"
    before = len(counter.read_text()) if counter.exists() else 0
    done = subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "-W", "-d", str(src.parent / "doctrees"),
                           str(src), str(src.parent / "out")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return len(counter.read_text()) - before


def _references(src: Path) -> str:
    return (src.parent / "out" / "references.html").read_text(encoding="utf-8")


@pytest.mark.slow   # runs a notebook kernel or Sphinx several times
def test_the_bibliography_is_not_formatted_again_when_no_citation_changed(tiny_sphinx, monkeypatch):
    assert _sphinx_build(tiny_sphinx, monkeypatch) == 1
    assert "The first source" in _references(tiny_sphinx) and "The second source" not in _references(tiny_sphinx)
    other = tiny_sphinx / "other.rst"
    other.write_text(other.read_text(encoding="utf-8").replace("A claim", "A changed claim"), encoding="utf-8")
    assert _sphinx_build(tiny_sphinx, monkeypatch) == 0
    assert "changed claim" in (tiny_sphinx.parent / "out" / "other.html").read_text(encoding="utf-8")
    assert "The first source" in _references(tiny_sphinx)


@pytest.mark.slow   # runs a notebook kernel or Sphinx several times
def test_a_new_citation_formats_the_bibliography_again(tiny_sphinx, monkeypatch):
    assert _sphinx_build(tiny_sphinx, monkeypatch) == 1
    other = tiny_sphinx / "other.rst"
    other.write_text(other.read_text(encoding="utf-8") + "\nAnother claim :cite:p:`two`.\n", encoding="utf-8")
    assert _sphinx_build(tiny_sphinx, monkeypatch) == 1
    assert "The second source" in _references(tiny_sphinx)
    assert "Two" in (tiny_sphinx.parent / "out" / "other.html").read_text(encoding="utf-8")


@pytest.mark.slow   # runs a notebook kernel or Sphinx several times
def test_an_edited_bib_file_formats_the_bibliography_again(tiny_sphinx, monkeypatch):
    assert _sphinx_build(tiny_sphinx, monkeypatch) == 1
    bib = tiny_sphinx / "refs.bib"
    bib.write_text(BIB.replace("The first source", "The first source, revised"), encoding="utf-8")
    os.utime(bib, (bib.stat().st_atime, bib.stat().st_mtime + 5))
    assert _sphinx_build(tiny_sphinx, monkeypatch) == 1
    assert "The first source, revised" in _references(tiny_sphinx)


@pytest.mark.slow   # runs a notebook kernel or Sphinx several times
def test_a_build_with_a_bibliography_warning_fails_again_next_time(tiny_sphinx):
    """A second bibliography that lists the same source warns; the memo must not hide that."""
    import subprocess

    (tiny_sphinx / "other.rst").write_text("Other\n=====\n\nA claim :cite:p:`one`.\n\n.. bibliography::\n",
                                           encoding="utf-8")
    counter = tiny_sphinx.parent / "formatted"
    for run in (1, 2):
        done = subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "-W", "--keep-going", "-d",
                               str(tiny_sphinx.parent / "doctrees"), str(tiny_sphinx), str(tiny_sphinx.parent / "out")],
                              capture_output=True, text=True)
        assert done.returncode != 0 and "duplicate citation" in done.stderr, (run, done.stderr)
        assert len(counter.read_text()) == run
