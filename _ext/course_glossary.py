"""The ``course-glossary`` directive: the book's glossary, built from data/glossary/*.yaml.

Terms live as data (one YAML file per contributor) so that the glossary page, the
printable glossary card and the tests all read the same list. A term defined twice
fails the build with the two file names.
"""
from __future__ import annotations

from pathlib import Path

import yaml
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective


def load_terms(root: Path) -> list[dict]:
    seen: dict[str, Path] = {}
    terms = []
    for path in sorted((root / "data" / "glossary").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            key = entry["term"].casefold()
            if key in seen:
                raise ExtensionError(f"glossary term {entry['term']!r} is defined in both {seen[key].name} and {path.name}")
            seen[key] = path
            terms.append({**entry, "_file": path})
    return sorted(terms, key=lambda t: t["term"].casefold())


def glossary_files(root: Path) -> list[str]:
    return sorted(path.name for path in (root / "data" / "glossary").glob("*.yaml"))


class CourseGlossary(SphinxDirective):
    has_content = False

    def run(self):
        root = Path(self.env.srcdir)
        if not hasattr(self.env, "course_glossary_docs"):
            self.env.course_glossary_docs = set()
        self.env.course_glossary_docs.add(self.env.docname)
        self.env.course_glossary_files = glossary_files(root)
        lines = ["```{glossary}"]
        for term in load_terms(root):
            self.env.note_dependency(str(term["_file"]))
            lines.append(term["term"])
            definition = " ".join(term["definition"].split())
            if term.get("source"):
                definition += f" Source: {{cite:t}}`{term['source']}`."
            if term.get("see"):
                definition += " See also: " + ", ".join(f"{{term}}`{s}`" for s in term["see"]) + "."
            lines.append("  " + definition)
            lines.append("")
        lines.append("```")
        holder = nodes.container()
        self.state.nested_parse(StringList(lines, source="data/glossary"), self.content_offset, holder)
        return list(holder.children)


def _reread_when_files_change(app, env, added, changed, removed):
    """Re-read the glossary page when a glossary file appears or goes.

    An edit to a file that was there at the last read is already caught: every file
    is a noted dependency. A new file is not a dependency yet, so compare the list of
    files with the one the page was read with. Re-reading the page on every build
    would cost most of a no-change rebuild: its terms cite sources, so the whole
    bibliography would be formatted again each time.
    """
    docs = getattr(env, "course_glossary_docs", set()) - set(removed)
    if docs and getattr(env, "course_glossary_files", None) != glossary_files(Path(env.srcdir)):
        return sorted(docs)
    return []


def _merge(app, env, docnames, other):
    env.course_glossary_docs = getattr(env, "course_glossary_docs", set()) | getattr(other, "course_glossary_docs", set())
    if hasattr(other, "course_glossary_files"):
        env.course_glossary_files = other.course_glossary_files


def setup(app):
    app.add_directive("course-glossary", CourseGlossary)
    app.connect("env-get-outdated", _reread_when_files_change)
    app.connect("env-merge-info", _merge)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
