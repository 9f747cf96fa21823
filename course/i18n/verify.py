"""Run every translation check over one language's catalogs and collect the findings.

Failures (the command exits non-zero, the test fails):
* a translated message breaks an integrity check (course/i18n/integrity.py);
* a translated message ignores the term base (course/i18n/terms.py);
* a part the status file lists as complete has an untranslated or stale message.
Reported, not failing: stale (fuzzy) messages elsewhere, so a translator knows what to redo.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from course.i18n.catalogs import catalog_stats, language_stats, part_of, read_catalog, source_messages, template_names
from course.i18n.integrity import Problem, check_message
from course.i18n.paths import catalogs_dir
from course.i18n.status import load_status
from course.i18n.terms import check_terms, load_term_base


@dataclass
class Findings:
    language: str
    problems: list[Problem] = field(default_factory=list)
    stale: dict[str, int] = field(default_factory=dict)        # catalog -> fuzzy messages

    @property
    def failed(self) -> bool:
        return bool(self.problems)


def verify_language(root: Path, language: str) -> Findings:
    findings = Findings(language)
    status = load_status(root, language)
    terms = load_term_base(root, language)
    base = catalogs_dir(root, language)
    against_templates = {entry.name: entry for entry in language_stats(root, language)}
    for name in template_names(root):
        if part_of(name) in status.complete and not (base / f"{name}.po").exists():
            findings.problems.append(Problem(name, "", f"has no catalog, but '{part_of(name)}' is marked complete; "
                                                       "run `course translations update`"))
    for po in sorted(base.rglob("*.po")):
        name = po.relative_to(base).with_suffix("").as_posix()
        try:
            catalog = read_catalog(po)
        except Exception as exc:  # a catalog Babel cannot read is itself a finding, not a crash
            findings.problems.append(Problem(name, "", f"cannot be read ({exc}); fix the .po syntax"))
            continue
        stats = catalog_stats(name, catalog)
        if stats.fuzzy:
            findings.stale[name] = stats.fuzzy
        if part_of(name) in status.complete and name in against_templates:
            stats = against_templates[name]     # also counts template messages the catalog lacks
            for msgid in stats.untranslated_ids:
                findings.problems.append(Problem(name, msgid, f"untranslated, but '{part_of(name)}' is marked complete"))
            for msgid in stats.fuzzy_ids:
                findings.problems.append(Problem(name, msgid, f"stale (fuzzy), but '{part_of(name)}' is marked complete"))
        for message in source_messages(catalog):
            if message.fuzzy or not message.string:
                continue
            findings.problems += check_message(name, message.id, message.string, language)
            findings.problems += [Problem(name, message.id, what) for what in check_terms(message.id, message.string, terms)]
    return findings
