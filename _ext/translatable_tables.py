"""Make the cells of tables inside a ```{table}``` directive translatable.

MyST parses a ```{table}``` directive's content in a nested parse that gives the cell
paragraphs no ``source``. Sphinx only extracts and translates text nodes that know their
source (``sphinx.util.nodes.is_translatable``), so those cells were missing from the
gettext templates and stayed English on translated pages (``{list-table}`` cells were
fine). The same cause and the same fix as sphinx-design's tab tables
(executablebooks/sphinx-design#234, pull request #306): copy the table's own source and
line onto its descendants that lack them.

The transform runs before Sphinx's ``Locale`` transform (priority 20), so translated builds
replace the cells too, and the gettext builder sees them when it collects messages.
"""
from __future__ import annotations

from docutils import nodes
from sphinx.transforms import SphinxTransform


class GiveTableCellsTheirSource(SphinxTransform):
    default_priority = 5   # before PreserveTranslatableMessages (10) and Locale (20)

    def apply(self, **kwargs) -> None:
        for table in self.document.findall(nodes.table):
            source, line = _origin(table)
            if not source:
                continue
            for node in table.findall(nodes.Element):
                if not node.source:
                    node.source = source
                if node.line is None and line is not None:
                    node.line = line


def _origin(node: nodes.Element) -> tuple[str | None, int | None]:
    """The nearest source and line: the table's own, else its closest ancestor's."""
    while node is not None:
        if node.source:
            return node.source, node.line
        node = node.parent
    return None, None


def setup(app):
    app.add_transform(GiveTableCellsTheirSource)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
