"""The bibliography, book/references.bib: it parses cleanly, every entry is used, no work is
entered twice, and every entry points at the document itself.

The four rules:

1. **Clean file.** pybtex reads it in strict mode (so a duplicate key is an error), and a
   scan of the raw text finds balanced braces and nothing outside an entry except blank lines
   and ``%`` comments. BibTeX silently skips stray text between entries, so a stray ``}``
   would otherwise go unnoticed.
2. **Every entry cited.** Each key appears in a ``{cite}`` role somewhere in ``book/``, or as
   a source key in ``data/`` (a ``source`` column or field, or a ``{cite}`` role in a YAML
   file of the facilitator kit).
3. **No duplicate works.** No two entries share a DOI, a URL or a normalised title.
4. **A document-level address.** Each entry has a DOI, or a URL that is more than a bare home
   page (its path is not empty or ``/``, or it has a query naming the document), or a ``note``
   that says "No document URL" and why.
5. **Original-language links.** An entry cited through a translated edition may add
   ``localurl`` (the same article where it was first published) with ``locallanguage``. The
   link is https and a document address, it differs from ``url``, and the language is one of
   ``LOCAL_LANGUAGES`` in ``_ext/course_bibliography.py``; neither field comes without the other.

Each rule has a negative test that writes a small broken ``.bib`` to ``tmp_path``.
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pybtex.errors
import pytest
import yaml
from pybtex.database import parse_string
from pybtex.scanner import PybtexError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "_ext"))
from course_bibliography import LOCAL_LANGUAGES  # noqa: E402  (the style that prints the link)

BIB = ROOT / "book" / "references.bib"
NO_URL_MARKER = "No document URL"
CITE_ROLE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]*)`")


# --- the checks (each returns a list of problems; an empty list means the rule holds) ----------

def layout_problems(text: str) -> list[str]:
    """Stray characters outside entries and unbalanced braces, with line numbers."""
    problems = []
    i, line = 0, 1
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch in " \t\r":
            i += 1
        elif ch == "%":  # a comment runs to the end of its line
            end = text.find("\n", i)
            i = len(text) if end == -1 else end
        elif ch == "@":
            head = re.match(r"@\s*(\w+)\s*([{(])", text[i:])
            if not head:
                problems.append(f"line {line}: '@' not followed by an entry type and an opening brace")
                i += 1
                continue
            start_line = line
            close = "}" if head.group(2) == "{" else ")"
            j, depth = i + head.end(), 1
            while j < len(text) and depth:
                c = text[j]
                if c == "\n":
                    line += 1
                elif c == "{" or (close == ")" and c == "("):
                    depth += 1
                elif c == "}" or (close == ")" and c == ")"):
                    depth -= 1
                j += 1
            if depth:
                problems.append(f"line {start_line}: entry never closed (unbalanced braces)")
            i = j
        else:
            end = text.find("\n", i)
            snippet = text[i: end if end != -1 else len(text)].strip()
            problems.append(f"line {line}: text outside any entry: {snippet[:40]!r}")
            i = len(text) if end == -1 else end
    return problems


def parse_strictly(text: str):
    """The entries as pybtex reads them, with pybtex's warnings (such as a repeated key) as errors."""
    old = pybtex.errors.strict
    pybtex.errors.set_strict_mode(True)
    try:
        return parse_string(text, "bibtex").entries
    finally:
        pybtex.errors.set_strict_mode(old)


def cited_keys(book_dir: Path, data_dir: Path) -> set[str]:
    """Keys cited in the book's pages, plus source keys named in the datasets and the kit."""
    keys: set[str] = set()

    def from_roles(text):
        for group in CITE_ROLE.findall(text):
            keys.update(k.strip() for k in group.split(",") if k.strip())

    for page in book_dir.rglob("*.md"):
        from_roles(page.read_text(encoding="utf-8"))
    for table in data_dir.rglob("*.csv"):
        with table.open(encoding="utf-8", newline="") as handle:
            keys.update(row["source"] for row in csv.DictReader(handle) if row.get("source"))
    for doc in data_dir.rglob("*.yaml"):
        text = doc.read_text(encoding="utf-8")
        from_roles(text)
        stack = [yaml.safe_load(text)]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                for name, value in node.items():
                    if name in ("source", "sources"):
                        keys.update([value] if isinstance(value, str) else value or [])
                    else:
                        stack.append(value)
            elif isinstance(node, list):
                stack.extend(node)
    return keys


def uncited(entries, cited: set[str]) -> list[str]:
    return sorted(key for key in entries if key not in cited)


def normalised_title(title: str) -> str:
    text = re.sub(r"\\[a-zA-Z]+|\\.|[{}]", "", title)  # drop LaTeX commands, accents and braces
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def normalised_url(url: str) -> str:
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


def duplicate_works(entries) -> list[str]:
    """Groups of keys that share a DOI, a URL or a normalised title."""
    seen = defaultdict(list)
    for key, entry in entries.items():
        fields = entry.fields
        if fields.get("doi"):
            seen[("DOI", fields["doi"].strip().lower())].append(key)
        if fields.get("url"):
            seen[("URL", normalised_url(fields["url"]))].append(key)
        if fields.get("title"):
            seen[("title", normalised_title(fields["title"]))].append(key)
    return [f"same {kind} {value!r}: {', '.join(keys)}" for (kind, value), keys in seen.items() if len(keys) > 1]


def is_document_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.scheme and parts.netloc) and (parts.path not in ("", "/") or bool(parts.query))


def address_problems(entries) -> list[str]:
    """Entries with no DOI, no document-level URL and no stated reason."""
    problems = []
    for key, entry in entries.items():
        fields = entry.fields
        if fields.get("doi") or NO_URL_MARKER in fields.get("note", ""):
            continue
        url = fields.get("url", "")
        if not url:
            problems.append(f"{key}: no url or doi, and no note saying '{NO_URL_MARKER}: <why>'")
        elif not is_document_url(url):
            problems.append(f"{key}: {url} is a home page, not the document; give its own address "
                            f"or say '{NO_URL_MARKER}: <why>' in the note")
    return problems


def local_link_problems(entries) -> list[str]:
    """Entries whose original-language link is not https, not a document, or has no known language."""
    problems = []
    for key, entry in entries.items():
        fields = entry.fields
        local, language = fields.get("localurl", "").strip(), fields.get("locallanguage", "").strip()
        if not local and not language:
            continue
        if not local:
            problems.append(f"{key}: locallanguage without localurl; add the link or remove the field")
            continue
        if urlsplit(local).scheme != "https" or not is_document_url(local):
            problems.append(f"{key}: localurl {local} must be an https address of the article itself")
        elif normalised_url(local) == normalised_url(fields.get("url", "")):
            problems.append(f"{key}: localurl is the same address as url; give the original-language edition")
        if language.lower() not in LOCAL_LANGUAGES:
            problems.append(f"{key}: locallanguage {language!r} is not one of {sorted(LOCAL_LANGUAGES)}")
    return problems


# --- the course's bibliography ---------------------------------------------------------------

@pytest.fixture(scope="module")
def entries():
    return parse_strictly(BIB.read_text(encoding="utf-8"))


def test_bib_has_no_stray_text_and_balanced_braces():
    assert layout_problems(BIB.read_text(encoding="utf-8")) == []


def test_bib_parses_strictly(entries):
    assert len(entries) > 200  # a truncated file would also "parse"


def test_every_entry_is_cited(entries):
    assert uncited(entries, cited_keys(ROOT / "book", ROOT / "data")) == []


def test_no_work_is_entered_twice(entries):
    assert duplicate_works(entries) == []


def test_every_entry_has_a_document_address_or_a_reason(entries):
    assert address_problems(entries) == []


def test_original_language_links_are_https_with_a_known_language(entries):
    assert local_link_problems(entries) == []
    assert any("localurl" in e.fields for e in entries.values())    # the rule has something to check


# --- negative tests: each rule fails on a small broken file ------------------------------------

GOOD = """% a comment line
@misc{alpha2020,
  author = {{Alpha Office}},
  title  = {Report on {Alpha}},
  year   = {2020},
  url    = {https://example.org/reports/alpha-2020.pdf}
}

@article{beta2021,
  author  = {Beta, Ann},
  title   = {Beta and the {Gamma} question},
  journal = {Journal},
  year    = {2021},
  doi     = {10.1234/beta.2021}
}
"""


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "references.bib"
    path.write_text(text, encoding="utf-8")
    return path.read_text(encoding="utf-8")


def test_small_good_file_passes_every_rule(tmp_path):
    text = write(tmp_path, GOOD)
    found = parse_strictly(text)
    assert layout_problems(text) == []
    assert duplicate_works(found) == [] and address_problems(found) == []


def test_stray_brace_after_an_entry_fails(tmp_path):
    text = write(tmp_path, GOOD.replace("alpha-2020.pdf}\n}\n", "alpha-2020.pdf}\n}\n}\n"))
    assert parse_strictly(text)  # pybtex alone accepts the file: this is why the scan exists
    problems = layout_problems(text)
    assert len(problems) == 1 and "line 8" in problems[0] and "'}'" in problems[0]


def test_unclosed_entry_fails(tmp_path):
    text = write(tmp_path, GOOD.replace("year    = {2021},", "year    = {2021,"))
    assert any("never closed" in p for p in layout_problems(text))


def test_repeated_key_fails(tmp_path):
    text = write(tmp_path, GOOD.replace("@article{beta2021,", "@article{alpha2020,"))
    with pytest.raises(PybtexError, match="alpha2020"):
        parse_strictly(text)


def test_uncited_entry_fails(tmp_path):
    book, data_dir = tmp_path / "book", tmp_path / "data"
    book.mkdir()
    (data_dir / "sessions").mkdir(parents=True)
    (book / "ch01.md").write_text("As shown {cite:p}`alpha2020`.\n", encoding="utf-8")
    found = parse_strictly(write(tmp_path, GOOD))
    assert uncited(found, cited_keys(book, data_dir)) == ["beta2021"]
    # a source key in a dataset, or a cite role in the kit, counts as a citation
    (data_dir / "events.csv").write_text("id,source\nE-1,beta2021\n", encoding="utf-8")
    assert uncited(found, cited_keys(book, data_dir)) == []
    (data_dir / "events.csv").unlink()
    (data_dir / "sessions" / "s.yaml").write_text("text: see {cite:p}`beta2021`\n", encoding="utf-8")
    assert uncited(found, cited_keys(book, data_dir)) == []


@pytest.mark.parametrize("change, kind", [
    (("doi     = {10.1234/beta.2021}", "doi     = {10.1234/beta.2021},\n  url     = {http://EXAMPLE.org/reports/alpha-2020.pdf/}"), "URL"),
    (("title   = {Beta and the {Gamma} question}", "title   = {Report on Alpha}"), "title"),
])
def test_duplicate_work_fails(tmp_path, change, kind):
    found = parse_strictly(write(tmp_path, GOOD.replace(*change)))
    problems = duplicate_works(found)
    assert len(problems) == 1 and problems[0].startswith(f"same {kind}") and "alpha2020, beta2021" in problems[0]


def test_duplicate_doi_fails(tmp_path):
    extra = "\n@misc{gamma2022,\n  title = {Other},\n  year = {2022},\n  doi = {10.1234/BETA.2021}\n}\n"
    problems = duplicate_works(parse_strictly(write(tmp_path, GOOD + extra)))
    assert problems == ["same DOI '10.1234/beta.2021': beta2021, gamma2022"]


@pytest.mark.parametrize("url", ["https://example.org/", "https://example.org", "http://www.example.org/"])
def test_home_page_url_fails(tmp_path, url):
    found = parse_strictly(write(tmp_path, GOOD.replace("https://example.org/reports/alpha-2020.pdf", url)))
    problems = address_problems(found)
    assert len(problems) == 1 and problems[0].startswith("alpha2020:") and "home page" in problems[0]


def test_missing_url_fails_unless_a_reason_is_given(tmp_path):
    bare = GOOD.replace(",\n  url    = {https://example.org/reports/alpha-2020.pdf}", "")
    problems = address_problems(parse_strictly(write(tmp_path, bare)))
    assert len(problems) == 1 and problems[0].startswith("alpha2020: no url or doi")
    reasoned = bare.replace("year   = {2020}", "year   = {2020},\n  note   = {No document URL: a printed book}")
    assert address_problems(parse_strictly(write(tmp_path, reasoned))) == []


def test_query_string_can_name_the_document(tmp_path):
    found = parse_strictly(write(tmp_path, GOOD.replace("https://example.org/reports/alpha-2020.pdf",
                                                        "https://blog.example.org/?p=1073648")))
    assert address_problems(found) == []


LOCAL = "https://example.org/ru/reports/alpha-2020"


def test_a_good_original_language_link_passes(tmp_path):
    text = GOOD.replace("alpha-2020.pdf}", f"alpha-2020.pdf}},\n  localurl = {{{LOCAL}}},\n  locallanguage = {{Russian}}")
    found = parse_strictly(write(tmp_path, text))
    assert found["alpha2020"].fields["localurl"] == LOCAL       # pybtex keeps the unknown fields
    assert local_link_problems(found) == []


@pytest.mark.parametrize("fields, expected", [
    ("localurl = {http://example.org/ru/reports/alpha-2020},\n  locallanguage = {russian}", "must be an https"),
    ("localurl = {https://example.org/},\n  locallanguage = {russian}", "must be an https"),
    ("localurl = {https://EXAMPLE.org/reports/alpha-2020.pdf},\n  locallanguage = {russian}", "same address as url"),
    (f"localurl = {{{LOCAL}}},\n  locallanguage = {{klingon}}", "is not one of"),
    (f"localurl = {{{LOCAL}}},\n  locallanguage = {{english}}", "is not one of"),
    (f"localurl = {{{LOCAL}}}", "is not one of"),
    ("locallanguage = {russian}", "without localurl"),
])
def test_bad_original_language_link_fails(tmp_path, fields, expected):
    text = GOOD.replace("alpha-2020.pdf}", "alpha-2020.pdf},\n  " + fields)
    problems = local_link_problems(parse_strictly(write(tmp_path, text)))
    assert len(problems) == 1 and problems[0].startswith("alpha2020:") and expected in problems[0]
