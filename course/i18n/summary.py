"""What each language's status says, computed from its catalogs: the one wording for the
`course translations status` listing, the banner and home-page table of a translated site
(course/i18n/switcher.py) and the status table in the README.

Nothing here is typed in by hand: the percentages come from the catalogs every time, and
the review line from the review record in locales/<lang>/status.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from course.i18n.catalogs import CatalogStats, language_stats, part_totals
from course.i18n.status import KNOWN_PARTS, LanguageStatus, all_statuses, load_status

README_START = "<!-- translation-status: start (written by `course translations status --write-readme`) -->"
README_END = "<!-- translation-status: end -->"


@dataclass
class LanguageSummary:
    state: LanguageStatus
    parts: dict[str, CatalogStats]        # part -> totals, in KNOWN_PARTS order
    pages: dict[str, CatalogStats]        # catalog name (book/ch01_welcome) -> its stats

    @property
    def percent(self) -> float:
        words = sum(t.words for t in self.parts.values())
        done = sum(t.translated_words for t in self.parts.values())
        return 100.0 * done / words if words else 0.0

    def headline(self) -> str:
        """One line, the same everywhere: name, how complete, and whether anyone reviewed it."""
        return f"{self.state.name}: {self.state.review_line()}; {self.percent:.1f}% of the course translated"


def summarise(root: Path, language: str) -> LanguageSummary:
    stats = language_stats(root, language)
    totals = part_totals(stats)
    parts = {part: totals[part] for part in KNOWN_PARTS if part in totals}
    return LanguageSummary(load_status(root, language), parts, {entry.name: entry for entry in stats})


def readme_block(root: Path) -> str:
    """The README's status table: one row per language, one column per part."""
    summaries = [summarise(root, state.language) for state in all_statuses(root)]
    lines = [README_START, "",
             "| language | review | published | " + " | ".join(KNOWN_PARTS) + " |",
             "|---|---|---|" + "---:|" * len(KNOWN_PARTS)]
    for summary in summaries:
        cells = [f"{summary.parts[part].percent:.0f}%" if part in summary.parts else "-" for part in KNOWN_PARTS]
        lines.append(f"| {summary.state.name} (`{summary.state.language}`) | {summary.state.review_line()} | "
                     f"{'yes' if summary.state.publish else 'no'} | " + " | ".join(cells) + " |")
    lines += ["", "Percentages are of the English words, per part; a stale (fuzzy) message counts as untranslated.",
              "", README_END]
    return "\n".join(lines)


BLOCK = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.S)


def readme_status(readme_text: str) -> str | None:
    match = BLOCK.search(readme_text)
    return match.group(0) if match else None


def write_readme(root: Path) -> bool:
    """Replace the status block of README.md; True when it changed."""
    path = root / "README.md"
    text = path.read_text(encoding="utf-8")
    if readme_status(text) is None:
        raise ValueError(f"{path}: no status block; put the two lines {README_START!r} and {README_END!r} "
                         "in the Translations section")
    new = BLOCK.sub(lambda _: readme_block(root), text)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text
