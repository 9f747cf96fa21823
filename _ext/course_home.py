"""The home page's chapter list and total time, read from the chapters themselves.

``{course-chapters}`` lists every chapter (``book/chNN_*.md``) with a link and the time
its "At a glance" box states ("**Time:** about 35 minutes reading, 40 minutes
exercises."), and ends with the total, so the home page never disagrees with the
chapters when a reading time changes. Used on book/intro.md.
"""
from __future__ import annotations

import re
from pathlib import Path

from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

TIME_LINE = re.compile(r"^\*\*Time:\*\*\s*(.+)$", re.M)
MINUTES = re.compile(r"(\d+)\s+minutes?\s+([a-z ]+?)(?=[,.;]|$)")
HOURS_RANGE = re.compile(r"(\d+)\s+to\s+(\d+)\s+hours")


def chapter_time(text: str) -> tuple[int, int, str]:
    """(minutes at least, minutes at most, the time as the chapter states it)."""
    m = TIME_LINE.search(text)
    if not m:
        return 0, 0, ""
    stated = m.group(1).strip()
    minutes = sum(int(n) for n, _what in MINUTES.findall(stated))
    low = high = minutes
    for a, b in HOURS_RANGE.findall(stated):
        low, high = low + 60 * int(a), high + 60 * int(b)
    return low, high, stated


def chapters(srcdir: Path) -> list[tuple[str, int, int, str]]:
    """[(docname, minutes low, minutes high, stated time)] in chapter order."""
    out = []
    for path in sorted((srcdir / "book").glob("ch[0-9][0-9]_*.md")):
        low, high, stated = chapter_time(path.read_text(encoding="utf-8"))
        out.append((f"book/{path.stem}", low, high, stated))
    return out


def hours(minutes: int) -> str:
    whole, rest = divmod(minutes, 60)
    half = " and a half" if 15 <= rest < 45 else ""
    whole += 1 if rest >= 45 else 0
    return f"{whole}{half} hours"


class CourseChapters(SphinxDirective):
    has_content = False

    def run(self):
        srcdir = Path(self.env.srcdir)
        rows = chapters(srcdir)
        for path in (srcdir / "book").glob("ch[0-9][0-9]_*.md"):
            self.env.note_dependency(str(path))
        lines = []
        for doc, _low, _high, stated in rows:
            lines.append(f"- {{doc}}`/{doc}`" + (f" (about {stated.removeprefix('about ').rstrip('.')})" if stated else ""))
        low, high = sum(r[1] for r in rows), sum(r[2] for r in rows)
        total = hours(low) if low == high else f"{hours(low)} to {hours(high)}"
        lines += ["", f"All {len(rows)} chapters together take about {total}, counting the reading, "
                  "the exercises and the capstone."]
        holder = self.parse_text_to_nodes("\n".join(lines)) if hasattr(self, "parse_text_to_nodes") else None
        if holder is None:
            from docutils import nodes
            container = nodes.container()
            self.state.nested_parse(StringList(lines, source="book/ch*.md"), self.content_offset, container)
            holder = container.children
        return list(holder)


def setup(app):
    app.add_directive("course-chapters", CourseChapters)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
