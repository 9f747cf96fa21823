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


class CourseGlossary(SphinxDirective):
    has_content = False

    def run(self):
        root = Path(self.env.srcdir)
        if not hasattr(self.env, "course_glossary_docs"):
            self.env.course_glossary_docs = set()
        self.env.course_glossary_docs.add(self.env.docname)
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


def _always_reread(app, env, added, changed, removed):
    """A new glossary file is no dependency yet, so re-read the glossary page every build."""
    return sorted(getattr(env, "course_glossary_docs", set()) - set(removed))


def _merge(app, env, docnames, other):
    env.course_glossary_docs = getattr(env, "course_glossary_docs", set()) | getattr(other, "course_glossary_docs", set())


def setup(app):
    app.add_directive("course-glossary", CourseGlossary)
    app.connect("env-get-outdated", _always_reread)
    app.connect("env-merge-info", _merge)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
