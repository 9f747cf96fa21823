"""Format the bibliography again only when what it is made from has changed.

sphinxcontrib-bibtex formats every entry of every bibliography on every build (its
``env-updated`` step), about a second of a rebuild in which one word of one chapter
changed, or nothing did. The result depends only on: the order of the pages, which
keys each page cites (in order), the bibliography directives, the .bib files, and the
bibtex settings. This extension replaces the ``cite`` domain with a subclass that
fingerprints those inputs, and skips the formatting when the fingerprint matches the
one stored (with the formatted citations) in the pickled environment.

When the inputs did change, the pages that hold a bibliography are written again
(sphinxcontrib-bibtex alone would leave the references page without a newly cited
source until a fresh build).

A run that logged a warning stores no fingerprint, so the next build formats again
and repeats the warning: warnings are errors here, and a skipped step must never turn
a failing build into a passing one.
"""
from __future__ import annotations

import ast
import hashlib
import logging

from sphinxcontrib.bibtex.domain import BibtexDomain, get_docnames

MEMO_KEY = "course_formatted_inputs"


def formatting_inputs(domain: BibtexDomain, docnames: list[str]) -> str:
    """A fingerprint of everything BibtexDomain.env_updated reads."""
    config = domain.env.config
    position = {name: index for index, name in enumerate(docnames)}
    refs = sorted(domain.citation_refs, key=lambda ref: position.get(ref.docname, len(position)))
    bibliographies = sorted(
        (key.docname, key.id_, [str(f) for f in value.bibfiles], value.style, value.list_, value.enumtype,
         value.start, value.labelprefix, value.keyprefix, ast.dump(value.filter_), list(value.keys),
         sorted((k, list(node["ids"])) for k, node in value.citation_nodes.items()))
        for key, value in domain.bibliographies.items())
    bibdata = domain.bibdata
    parts = [
        docnames,
        [(ref.docname, [target.key for target in ref.targets]) for ref in refs],
        bibliographies,
        bibdata.encoding,
        sorted((str(path), bibfile.mtime, list(bibfile.keys)) for path, bibfile in bibdata.bibfiles.items()),
        [config.bibtex_default_style, config.bibtex_reference_style, config.bibtex_tooltips,
         config.bibtex_tooltips_style, config.bibtex_cite_id, config.bibtex_footcite_id],
    ]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


class _WarningCounter(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


class MemoBibtexDomain(BibtexDomain):
    def env_updated(self):
        docnames = list(get_docnames(self.env))
        inputs = formatting_inputs(self, docnames)
        if self.data.get(MEMO_KEY) == inputs and self.citations:
            return []  # the citations formatted last time are still in the environment
        # Sphinx holds warnings back until the end of this phase, so count them at the
        # source: every logger of sphinxcontrib-bibtex sits under this one.
        seen = _WarningCounter()
        source = logging.getLogger("sphinx.sphinxcontrib.bibtex")
        source.addHandler(seen)
        try:
            result = super().env_updated()
        finally:
            source.removeHandler(seen)
        self.data[MEMO_KEY] = inputs if seen.count == 0 else None
        # The inputs changed (a page cites a new key, the .bib file changed ...): write the
        # pages that hold a bibliography again, or they keep their old list of sources.
        # (sphinxcontrib-bibtex alone leaves them as they were until a fresh build.)
        return [*result, *sorted({key.docname for key in self.bibliographies})]


def setup(app):
    app.setup_extension("sphinxcontrib.bibtex")
    app.add_domain(MemoBibtexDomain, override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
