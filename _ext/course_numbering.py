"""Tables and figures numbered per chapter: "Table 7.2", "Figure 12.1".

Sphinx numbers figures and tables through the whole book when the table of contents
is not numbered (this book writes chapter numbers into the titles instead), so a
session plan showed "Table 83". After Sphinx has counted (``env-get-updated``), the
numbers are given again:

* a chapter page ``book/chNN_slug`` and its exercise page ``book/exercises/chNN_slug``
  count together, chapter first: Table NN.1, NN.2, ...;
* every other page (the home page, the primer, the facilitator kit's pages, the
  glossary ...) counts on its own from 1: "Table 1" is the first table of that
  page. A kit page is read and printed on its own, so its numbers start there.

The PDF (``_ext/pdf_fixes.py``) numbers per chapter the same way.
"""
from __future__ import annotations

import re

CHAPTER_DOC = re.compile(r"^book/(?:exercises/)?ch(\d\d)_")


def chapter_of(docname: str) -> int | None:
    m = CHAPTER_DOC.match(docname)
    return int(m.group(1)) if m else None


def renumber(fignumbers: dict, doc_order: list[str]) -> dict:
    """{doc: {figtype: {id: number tuple}}} numbered per chapter (see the module doc).

    ``doc_order`` is the reading order of the documents; within a document the
    order Sphinx gave (its through-the-book numbers) is kept."""
    position = {doc: i for i, doc in enumerate(doc_order)}

    def key(doc):      # the chapter page before its exercise page
        return (position.get(doc, len(position)), "/exercises/" in doc, doc)

    counters: dict[tuple, int] = {}
    result = {}
    for doc in sorted(fignumbers, key=key):
        chapter = chapter_of(doc)
        group = chapter if chapter is not None else doc
        result[doc] = {}
        for figtype, numbers in fignumbers[doc].items():
            result[doc][figtype] = {}
            for ident, _old in sorted(numbers.items(), key=lambda kv: kv[1]):
                n = counters[(group, figtype)] = counters.get((group, figtype), 0) + 1
                result[doc][figtype][ident] = (chapter, n) if chapter is not None else (n,)
    return result


def _env_get_updated(app, env):
    if not getattr(env, "toc_fignumbers", None):
        return []
    order = []
    if env.config.root_doc in env.tocs:
        order = [env.config.root_doc] + [d for d in env.toctree_includes.get(env.config.root_doc, [])]

        def walk(doc):
            for child in env.toctree_includes.get(doc, []):
                if child not in order:
                    order.append(child)
                walk(child)
        walk(env.config.root_doc)
    new = renumber(env.toc_fignumbers, order)
    changed = [doc for doc in new if new[doc] != env.toc_fignumbers.get(doc)]
    env.toc_fignumbers = new
    return changed


def _config_inited(app, config):
    # "Figure 12.1", not "Fig. 12.1": spelled out for readers of English as a second language.
    formats = dict(config.numfig_format or {})
    formats["figure"] = "Figure %s"
    config.numfig_format = formats


def setup(app):
    app.connect("config-inited", _config_inited)
    # After Sphinx's own TocTreeCollector has numbered (same event, later priority).
    app.connect("env-get-updated", _env_get_updated, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
