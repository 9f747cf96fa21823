"""`course translations ...`: extract, update, status, check and build translated editions."""
from __future__ import annotations

import sys

import click

from course.paths import course_root


def _languages(root, given) -> list[str]:
    from course.i18n.paths import known_languages

    known = known_languages(root)
    for language in given:
        if language not in known:
            raise click.ClickException(f"no language {language!r}: there is no locales/{language}/status.yaml "
                                       f"(known: {', '.join(known) or 'none'}); see README, 'Adding a language'")
    return list(given) or known


@click.group()
def translations():
    """Translated editions: catalogs, completeness, checks and builds."""


@translations.command()
@click.option("--no-book", is_flag=True, help="Only the data and message templates (no Sphinx run).")
def extract(no_book):
    """Write the templates (.pot) under locales/templates/ from the English sources."""
    from course.i18n.extract import extract_book, extract_check_messages, extract_glossary, extract_page_messages
    from course.i18n.item_messages import extract_item_messages

    root = course_root()
    try:
        written = [extract_glossary(root), extract_check_messages(root), extract_page_messages(root),
                   extract_item_messages(root)]
    except ValueError as exc:     # a data file the templates are made from is broken
        raise click.ClickException(str(exc))
    if not no_book:
        try:
            written += extract_book(root)
        except RuntimeError as exc:
            raise click.ClickException(str(exc))
    click.echo(f"wrote {len(written)} templates under {root / 'locales' / 'templates'}")


@translations.command()
@click.argument("languages", nargs=-1)
def update(languages):
    """Merge the templates into each language's catalogs (changed English -> fuzzy, i.e. stale)."""
    from course.i18n.catalogs import update_catalogs

    root = course_root()
    chosen = _languages(root, languages)
    update_catalogs(root, chosen)
    click.echo(f"updated the catalogs of {', '.join(chosen)}; stale entries are marked fuzzy: "
               "`course translations check` lists them")


@translations.command()
@click.argument("languages", nargs=-1)
@click.option("--catalogs", "per_catalog", is_flag=True, help="Also list every catalog.")
@click.option("--write-readme", is_flag=True, help="Rewrite the status table in README.md from the catalogs.")
def status(languages, per_catalog, write_readme):
    """Completeness per language and part (computed from the catalogs) and the review record."""
    from course.i18n.status import StatusError, publish_problems
    from course.i18n.summary import summarise, write_readme as rewrite_readme

    root = course_root()
    try:
        if write_readme:
            changed = rewrite_readme(root)
            click.echo(f"README.md: status table {'updated' if changed else 'already current'}")
            return
        for language in _languages(root, languages):
            summary = summarise(root, language)
            published = "published" if summary.state.publish else "not published"
            if summary.state.publish and publish_problems(root, language):
                published = "marked publish: true, but NOT publishable (run `course translations check`)"
            click.echo(f"{language}  {summary.headline()}; {published}")
            for part, total in summary.parts.items():
                claimed = "  (marked complete)" if part in summary.state.complete else ""
                click.echo(f"    {part:<32} {total.percent:5.1f}% of {total.words} words, "
                           f"{total.translated}/{total.messages} messages, {total.fuzzy} stale{claimed}")
            if per_catalog:
                for entry in summary.pages.values():
                    click.echo(f"      {entry.name:<46} {entry.percent:5.1f}%  {entry.fuzzy} stale")
    except (StatusError, ValueError) as exc:
        raise click.ClickException(str(exc))


@translations.command()
@click.argument("languages", nargs=-1)
def check(languages):
    """Integrity checks over every catalog; fails on any problem, reports stale entries."""
    from course.i18n.status import StatusError
    from course.i18n.terms import TermBaseError
    from course.i18n.verify import verify_language

    root = course_root()
    failed = False
    for language in _languages(root, languages):
        try:
            findings = verify_language(root, language)
        except (StatusError, TermBaseError) as exc:
            raise click.ClickException(str(exc))
        stale = sum(findings.stale.values())
        click.echo(f"{language}: {len(findings.problems)} problem(s), {stale} stale message(s)"
                   + (f" in {len(findings.stale)} catalog(s)" if stale else ""))
        for name, count in sorted(findings.stale.items()):
            click.echo(f"    stale: {name} ({count})")
        for problem in findings.problems:
            click.echo(f"    {problem}", err=True)
        failed |= findings.failed
    if failed:
        sys.exit(1)


@translations.command()
@click.argument("language")
@click.option("--edition", type=click.Choice(["learner", "instructor", "both"]), default="learner", show_default=True)
@click.option("--out", "out_root", type=click.Path(file_okay=False), default=None, help="Output root (default: _build).")
def build(language, edition, out_root):
    """Build one language into _build/LANGUAGE/EDITION/html (an unpublished language too)."""
    from pathlib import Path

    from course.i18n.build import build_language
    from course.i18n.status import load_status, published_languages

    root = course_root()
    _languages(root, [language])
    state = load_status(root, language)
    editions = ("learner", "instructor") if edition == "both" else (edition,)
    switcher = ["en", *dict.fromkeys([*published_languages(root), language])]
    click.echo(f"Building {state.name} ({language}), {' and '.join(editions)} edition"
               + ("" if state.publish else " (not published)") + " ...")
    results = build_language(root, language, editions, Path(out_root or root / "_build"), switcher)
    for result in results:
        if result.returncode:
            tail = [l for l in result.log.splitlines() if "WARNING" in l or "ERROR" in l or "rror" in l]
            click.echo("\n".join((tail or result.log.splitlines())[-40:]), err=True)
            raise click.ClickException(f"the {language} {result.edition} edition failed after {result.seconds:.0f} s")
        click.echo(f"  {result.edition:<10} built in {result.seconds:5.1f} s -> open {result.output / 'index.html'}")
