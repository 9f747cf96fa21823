"""Translations: gettext catalogs for the book, the kit, data text and `course check` messages.

One module per job:

* ``paths``      where templates (.pot), catalogs (.po) and status files live;
* ``extract``    make the templates: Sphinx's gettext builder for the book and kit,
                 Babel for the glossary data and the `course check` messages;
* ``catalogs``   read catalogs, count completeness per catalog and per part, update
                 catalogs from templates (sphinx-intl: a changed source turns fuzzy);
* ``integrity``  the checks every translated message must pass;
* ``terms``      the term base per language (data/terms/<lang>.yaml) and its check;
* ``status``     the per-language status file (publish flag, review record);
* ``build``      build one language of one edition into _build/<lang>/<edition>/html;
* ``switcher``   the language switcher on every page when more than one language is built.
"""
