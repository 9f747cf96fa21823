"""Translate the captions of the table of contents (the part names in the sidebar).

sphinx-external-toc makes the toctrees from ``_toc.yml`` in a transform of priority
100, after Sphinx's ``Locale`` transform (20) has translated the page. The gettext
builder still extracts the captions ("Case studies") into the root page's catalog, and
the catalogs translate them, but nothing applied the translation: Spanish pages showed
English part names in the sidebar. This transform runs just after the toctrees exist and
applies the root page's catalog to them, the way ``Locale`` does for a toctree written
in a page (``addnodes.toctree.apply_translated_message``).
"""
from __future__ import annotations

from os import path

from sphinx import addnodes
from sphinx.locale import init as init_locale
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain


class TranslateTocCaptions(SphinxTransform):
    default_priority = 105   # after sphinx_external_toc's InsertToctrees (100)

    def apply(self, **kwargs) -> None:
        if self.config.language in (None, "", "en"):
            return
        toctrees = list(self.document.findall(addnodes.toctree))
        if not toctrees:
            return
        dirs = [path.join(self.env.srcdir, folder) for folder in self.config.locale_dirs]
        catalog, has_catalog = init_locale(dirs, self.config.language,
                                           docname_to_domain(self.env.docname, self.config.gettext_compact))
        if not has_catalog:
            return
        for toctree in toctrees:
            for message in toctree.extract_original_messages():
                translated = catalog.gettext(message)
                if translated and translated != message:
                    toctree.apply_translated_message(message, translated)


def setup(app):
    app.add_transform(TranslateTocCaptions)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
