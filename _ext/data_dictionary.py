"""The data dictionary's generated tables, made while Sphinx reads the page.

```{dataset-overview}``` is the table of every dataset with its row counts per status;
```{dataset-fields} case_events``` is one dataset's field table (from its JSON Schema,
``course.data.describe``) and the sources its rows cite.

These tables used to be the output of notebook cells. Sphinx's gettext builder does not
execute notebooks, so their text never reached a translation catalog, and translated
pages showed English field descriptions. Made by a directive, the text is part of the
page when it is read: it is extracted with the page's other text and translated by
Sphinx's own ``Locale`` transform. The page is read again when a dataset or a schema
changes (``note_dependency``).
"""
from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from course import data

STATUSES = ("report_claim", "correction", "context", "later_development")


def overview_markdown(data_dir: Path) -> str:
    lines = ["| dataset | rows | as in the report | corrections | added context | later developments |",
             "|---|---|---|---|---|---|"]
    for name in data.names(data_dir):
        rows = data.load(name, data_dir=data_dir)
        counts = [sum(row["status"] == status for row in rows) for status in STATUSES]
        lines.append(f"| `{name}` | {len(rows)} | " + " | ".join(map(str, counts)) + " |")
    return "\n".join(lines)


def fields_markdown(name: str, data_dir: Path) -> str:
    keys = sorted({row["source"] for row in data.load(name, data_dir=data_dir)})
    # The label and the citations are separate paragraphs: the label is translated once,
    # and the list of keys (which changes with the data) never enters a catalog.
    return (data.describe(name, data_dir) + "\n\n**Sources cited by its rows:**\n\n"
            + "{cite:p}`" + ",".join(keys) + "`")


def _has_words(paragraph: nodes.Element) -> bool:
    """Text outside inline code with a letter in it: a number or a `value` list is the same in every language."""
    return any(char.isalpha() for text in paragraph.findall(nodes.Text) if not _in_code_or_reference(text)
               for char in text.astext())


def _in_code_or_reference(node: nodes.Node) -> bool:
    while node is not None:
        if isinstance(node, (nodes.literal, addnodes.pending_xref)):
            return True
        node = node.parent
    return False


class _DataDirective(SphinxDirective):
    def _data_dir(self) -> Path:
        return Path(self.env.srcdir) / "data"

    def _depend_on(self, *names: str) -> None:
        folder = self._data_dir()
        for name in names:
            self.env.note_dependency(str(folder / "schemas" / f"{name}.schema.json"))
            for suffix in (".csv", ".yaml"):
                if (folder / f"{name}{suffix}").is_file():
                    self.env.note_dependency(str(folder / f"{name}{suffix}"))

    def _parse(self, markdown: str) -> list[nodes.Node]:
        box = nodes.container()
        box.source, box.line = self.get_source_info()
        self.state.nested_parse(StringList(markdown.splitlines(), source=box.source), self.content_offset, box)
        # Table cells get their source from translatable_tables.py, like every other table's.
        for paragraph in box.findall(nodes.paragraph):
            if not _has_words(paragraph):
                paragraph["translatable"] = False
        return box.children


class DatasetOverview(_DataDirective):
    has_content = False

    def run(self):
        folder = self._data_dir()
        self._depend_on(*data.names(folder))
        return self._parse(overview_markdown(folder))


class DatasetFields(_DataDirective):
    required_arguments = 1
    has_content = False

    def run(self):
        name = self.arguments[0]
        folder = self._data_dir()
        if name not in data.names(folder):
            raise self.error(f"dataset-fields: no dataset called {name!r}; there are {data.names(folder)}")
        self._depend_on(name)
        return self._parse(fields_markdown(name, folder))


def setup(app):
    app.add_directive("dataset-overview", DatasetOverview)
    app.add_directive("dataset-fields", DatasetFields)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
