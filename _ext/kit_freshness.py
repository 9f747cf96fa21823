"""Freshness of country facts: a "last verified" date next to each fact that can change.

An author writes the role right after the fact and its citation, in the same paragraph,
list item or table cell:

    Freedom in the World 2025 rates Kyrgyzstan Not Free with 26 of 100
    {cite:p}`freedomhouse2025kyrgyzstan` {verified}`2026-11-28`.

Why a role in the prose and not a separate data file of facts: the fact, its source and its
date stay on one line that the author edits together; re-checking a fact means changing one
date where the fact is written, and a moved or deleted fact takes its date with it. The
source is the citation of the same paragraph (the role warns when there is none), so a
dated fact cannot lose its source.

The role prints "(verified 28 Nov 2026)". Every dated fact is collected across the book
and listed, with its age, by ``{course-freshness}`` on ``book/instructor/freshness.md``.

A fact older than ``course_freshness_max_age_months`` (``_config.yml``, default 12) is
reported at the end of reading, on the build's error stream. The build runs with -W, where any Sphinx warning fails
it, and facts go stale with the calendar, not with a change to the book; a book that
built yesterday must not fail today for that reason alone. So a stale fact is printed as
"stale fact (warning): ..." to stderr (not as a Sphinx warning record, which -W counts), listed on
the freshness page, and only
becomes a real Sphinx warning (failing the -W build) when ``course_freshness_strict: true``.
A malformed date or a fact with no citation is always a real warning.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from course.i18n.messages import page_text

logger = logging.getLogger(__name__)

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class freshness_list(nodes.General, nodes.Element):
    """Placeholder replaced by the table of dated facts once every page is read."""


def age_in_months(verified: dt.date, today: dt.date) -> int:
    months = (today.year - verified.year) * 12 + today.month - verified.month
    return months - (1 if today.day < verified.day else 0)


def is_stale(verified: dt.date, today: dt.date, max_months: int) -> bool:
    return age_in_months(verified, today) >= max_months


def _today(config) -> dt.date:
    value = str(config.course_freshness_today or "").strip()
    return dt.date.fromisoformat(value) if value else dt.date.today()


def verified_label(day: dt.date, language: str | None, root) -> str:
    """"(verified 28 Nov 2026)", in the language of the build: the word from the page-label
    catalog, the month as that language abbreviates it (CLDR, through Babel)."""
    if not language or language == "en":
        when = f"{day.day} {day.strftime('%b %Y')}"
    else:
        from babel.dates import format_date

        when = format_date(day, "d MMM y", locale=language)
    return page_text("(verified {date})", language, root).format(date=when)


def verified_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    text = text.strip()
    if not DATE.match(text):
        msg = inliner.reporter.warning(f"verified: {text!r} is not a date (write YYYY-MM-DD)", line=lineno)
        return [inliner.problematic(rawtext, rawtext, msg)], [msg]
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        msg = inliner.reporter.warning(f"verified: {text!r} is not a real date", line=lineno)
        return [inliner.problematic(rawtext, rawtext, msg)], [msg]
    env = inliner.document.settings.env
    label = verified_label(day, env.config.language, env.srcdir)
    # A plain inline node (every builder, including LaTeX, knows it) carrying the date.
    node = nodes.inline(rawtext, label, classes=["kit-verified"])
    node["verified_date"] = text
    node["verified_line"] = lineno
    return [node], []


def _block_of(node):
    """The paragraph, list item or table cell that holds the fact."""
    block = node.parent
    while block is not None and not isinstance(block, (nodes.list_item, nodes.entry, nodes.paragraph)):
        block = block.parent
    if isinstance(block, nodes.paragraph) and isinstance(block.parent, (nodes.list_item, nodes.entry)):
        block = block.parent
    if isinstance(block, nodes.entry):  # a table cell: the fact is the whole row
        block = block.parent
    return block


def _fact_text(block) -> str:
    """The words of the fact, without its citation keys and its own date mark."""
    copy = block.deepcopy()
    for node in list(copy.findall(lambda n: isinstance(n, nodes.Element) and
                                  (n.get("refdomain") == "cite" or n.get("verified_date")))):
        node.parent.remove(node)
    return " ".join(copy.astext().split())


def _cite_keys(block) -> list[str]:
    keys: list[str] = []
    for ref in block.findall(nodes.Element):
        target = ref.get("reftarget") if ref.get("refdomain") == "cite" else None
        if target:
            keys += [k.strip() for k in str(target).split(",") if k.strip() not in keys]
    return keys


def _collect(app, doctree):
    env = app.env
    if not hasattr(env, "course_freshness"):
        env.course_freshness = {}
    facts = env.course_freshness.setdefault(env.docname, [])
    for node in doctree.findall(lambda n: isinstance(n, nodes.inline) and n.get("verified_date")):
        block = _block_of(node)
        text = _fact_text(block if block is not None else node.parent)
        keys = _cite_keys(block) if block is not None else []
        if not keys:
            logger.warning("verified: a dated fact needs a citation in the same paragraph, list item or cell",
                           location=(env.docname, node["verified_line"]), type="course", subtype="freshness")
        facts.append({"doc": env.docname, "date": node["verified_date"], "text": text[:160], "sources": keys,
                      "line": node["verified_line"]})


def _purge(app, env, docname):
    if hasattr(env, "course_freshness"):
        env.course_freshness.pop(docname, None)


def _merge(app, env, docnames, other):
    if not hasattr(env, "course_freshness"):
        env.course_freshness = {}
    for doc in docnames:
        if doc in getattr(other, "course_freshness", {}):
            env.course_freshness[doc] = other.course_freshness[doc]


def all_facts(env) -> list[dict]:
    return sorted((f for facts in getattr(env, "course_freshness", {}).values() for f in facts),
                  key=lambda f: (f["date"], f["doc"]))


def _report(app, env):
    today, limit = _today(app.config), int(app.config.course_freshness_max_age_months)
    for fact in all_facts(env):
        day = dt.date.fromisoformat(fact["date"])
        if is_stale(day, today, limit):
            message = (f"stale fact (warning): last verified {fact['date']}, {age_in_months(day, today)} months ago "
                       f"(limit {limit}): {fact['text'][:90]}")
            if app.config.course_freshness_strict:
                logger.warning(message, location=(fact["doc"], fact["line"]), type="course", subtype="stale")
            else:
                # Not through the logger: a WARNING record would count towards -W, and INFO is
                # hidden by the quiet builds `course build` runs. stderr shows in both.
                print(f"{env.doc2path(fact['doc'], False)}:{fact['line']}: {message}", file=sys.stderr)
    return []


class CourseFreshness(SphinxDirective):
    has_content = False

    def run(self):
        return [freshness_list()]


def _fill(app, doctree, docname):
    placeholders = list(doctree.findall(freshness_list))
    if not placeholders:
        return
    today, limit = _today(app.config), int(app.config.course_freshness_max_age_months)
    facts = all_facts(app.env)
    table = nodes.table(classes=["kit-agenda", "kit-freshness", "colwidths-given"])   # fixed column widths: cells wrap in the PDF
    group = nodes.tgroup(cols=5)
    table += group
    for width in (12, 8, 20, 45, 15):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body

    def row(cells, header=False, classes=()):
        r = nodes.row(classes=list(classes))
        for cell in cells:
            entry = nodes.entry()
            entry += cell if isinstance(cell, nodes.Node) else nodes.paragraph(text=str(cell))
            r += entry
        (head if header else body).append(r)

    language, root = app.config.language, app.srcdir
    row([page_text("Last verified", language, root), page_text("Age (months)", language, root),
         page_text("Page", language, root), page_text("Fact", language, root), page_text("Sources", language, root)],
        header=True)
    stale = 0
    for fact in facts:
        day = dt.date.fromisoformat(fact["date"])
        months = age_in_months(day, today)
        old = is_stale(day, today, limit)
        stale += old
        para = nodes.paragraph()
        title = app.env.titles[fact["doc"]].astext() if fact["doc"] in app.env.titles else fact["doc"]
        if app.builder.format == "html":  # a link on screen; plain text in the PDF
            ref = nodes.reference("", "", internal=True, refuri=app.builder.get_relative_uri(docname, fact["doc"]))
            ref += nodes.Text(title)
            para += ref
        else:
            para += nodes.Text(title)
        # The source keys are citation keys, the same in every language: shown as code on
        # screen; plain text in the PDF, where code cannot wrap in a narrow table column.
        keys = nodes.paragraph()
        for n, key in enumerate(fact["sources"]):
            keys += [nodes.Text(", ")] if n else []
            keys += nodes.literal(key, key) if app.builder.format == "html" else nodes.Text(key)
        row([fact["date"] + (" " + page_text("(stale)", language, root) if old else ""), months, para, fact["text"], keys],
            classes=["kit-stale"] if old else [])
    summary = nodes.paragraph(text=page_text("{facts} dated facts; {stale} older than {limit} months (as of {date}).",
                                             language, root).format(facts=len(facts), stale=stale, limit=limit,
                                                                    date=today.isoformat()))
    for node in placeholders:
        node.replace_self([summary, table])


def setup(app):
    app.add_config_value("course_freshness_max_age_months", 12, "env")
    app.add_config_value("course_freshness_strict", False, "env")
    app.add_config_value("course_freshness_today", "", "env")
    app.add_role("verified", verified_role)
    app.add_node(freshness_list)
    app.add_directive("course-freshness", CourseFreshness)
    app.connect("doctree-read", _collect)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _report)
    app.connect("doctree-resolved", _fill)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
