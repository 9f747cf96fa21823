"""The class report: how the class did on each item, for the instructor.

Per automatically graded item it gives the share of learners with full marks, the
most common wrong answers (discrete items: choice, multi, ordering, matching,
number), the most-failed checks (items with several checks, such as functions), and
a discrimination index: the mean score share of the top third of the class (by
automatic total) minus that of the bottom third. An item where it is below zero is
flagged: strong learners did worse on it than weak ones, which usually means an
ambiguous prompt or a wrong key.

Written as `class-report.html` (with plots as inline SVG drawn here: no plotting
library is needed, the page works offline, and its bytes depend only on the records,
so the report of a sharded run equals that of a single run) and `class-report.csv`.

Learner text (their answers) is data: HTML-escaped on the page, and the CSV goes
through the one safe CSV writer (`course.grading.files.write_csv`), so no cell can
start a spreadsheet formula.
"""
from __future__ import annotations

import html
from array import array
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from course.grading.files import atomic_write, csv_text
from course.grading.record import LearnerRecord
from course.grading.runner import ChapterChecks
from course.grading.spec import KINDS

TOP = 3                      # wrong answers and failed checks listed per item
MAX_DISTINCT = 2000          # distinct wrong answers counted per item (memory stays bounded)
CSV_FILE, HTML_FILE = "class-report.csv", "class-report.html"


@dataclass
class ItemStats:
    item_id: str
    chapter: str
    kind: str
    points: Fraction
    learners: int = 0
    full: int = 0
    score_sum: float = 0.0
    wrong: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    upper: float | None = None    # mean score share of the top third
    lower: float | None = None    # mean score share of the bottom third

    @property
    def full_share(self) -> float:
        return self.full / self.learners if self.learners else 0.0

    @property
    def mean_share(self) -> float:
        return self.score_sum / self.learners if self.learners else 0.0

    @property
    def discrimination(self) -> float | None:
        return None if self.upper is None or self.lower is None else self.upper - self.lower

    @property
    def flagged(self) -> bool:
        return self.discrimination is not None and self.discrimination < -1e-9


class ClassReport:
    """Collects the records one at a time (add), then writes the page and the CSV.

    Memory per learner is one small array of item score shares (4 bytes per item),
    needed to split the class into thirds once every total is known.
    """

    def __init__(self, chapters: dict[str, ChapterChecks]):
        self.items: list[ItemStats] = []
        for chapter in chapters.values():
            kinds = {item.id: item.kind for item in chapter.spec.items} if chapter.spec else {}
            points: dict[str, Fraction] = {}
            for check in chapter.checks:
                if not check.manual:
                    points[check.item_id] = points.get(check.item_id, Fraction(0)) + check.points
            for item_id, total in points.items():
                self.items.append(ItemStats(item_id, chapter.short, kinds.get(item_id, "?"), total))
        self.index = {s.item_id: n for n, s in enumerate(self.items)}
        self.totals: list[float] = []
        self.shares: list[array] = []
        self.rejected = 0

    def add(self, record: LearnerRecord) -> None:
        if record.status == "rejected":
            self.rejected += 1
            return
        shares = array("f", [0.0] * len(self.items))
        awards: dict[str, Fraction] = {}
        for score in record.items:
            awards[score.item] = awards.get(score.item, Fraction(0)) + score.awarded
        for stats in self.items:
            awarded = awards.get(stats.item_id, Fraction(0))
            share = float(awarded / stats.points) if stats.points else 0.0
            shares[self.index[stats.item_id]] = share
            stats.learners += 1
            stats.score_sum += share
            if stats.points and awarded == stats.points:
                stats.full += 1
                continue
            answer = record.answers.get(stats.item_id)
            if answer is not None and stats.kind in KINDS and KINDS[stats.kind].discrete:
                if answer in stats.wrong or len(stats.wrong) < MAX_DISTINCT:
                    stats.wrong[answer] += 1
            for label in record.failed.get(stats.item_id, []):
                stats.failed[label] += 1
        possible = record.possible
        self.totals.append(float(record.total / possible) if possible else 0.0)
        self.shares.append(shares)

    def finish(self) -> None:
        """Split the class into thirds by total and compare each item's thirds."""
        third = len(self.totals) // 3
        if third == 0:
            return
        order = sorted(range(len(self.totals)), key=lambda n: (self.totals[n], n))
        lower, upper = order[:third], order[-third:]
        for column, stats in enumerate(self.items):
            stats.lower = sum(self.shares[n][column] for n in lower) / third
            stats.upper = sum(self.shares[n][column] for n in upper) / third

    # --- the CSV -------------------------------------------------------------------
    HEADER = ["item", "chapter", "kind", "points", "learners", "full marks share", "mean score share",
              "top third mean", "bottom third mean", "discrimination (top - bottom)", "flag",
              "most common wrong answers", "most failed checks"]

    def csv_rows(self) -> list[list]:
        rows = [self.HEADER]
        for s in self.items:
            rows.append([s.item_id, s.chapter, s.kind, _fmt(s.points), s.learners, f"{s.full_share:.3f}",
                         f"{s.mean_share:.3f}", _num(s.upper), _num(s.lower), _num(s.discrimination),
                         "strong learners do worse" if s.flagged else "",
                         "; ".join(f"{answer} ({count})" for answer, count in _top(s.wrong)),
                         "; ".join(f"{label} ({count})" for label, count in _top(s.failed))])
        return rows

    # --- the page ------------------------------------------------------------------
    def html_text(self) -> str:
        e = html.escape
        graded = len(self.totals)
        flagged = [s for s in self.items if s.flagged]
        parts = [
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Class report</title>",
            "<style>body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;"
            "line-height:1.45}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;"
            "padding:.3rem .4rem;text-align:left;vertical-align:top}td.n{text-align:right}"
            "tr.flag{background:#fff3cd}code{white-space:pre-wrap;word-break:break-word}"
            "figure{margin:1rem 0}</style></head><body>",
            "<h1>Class report</h1>",
            f"<p>{graded} learners graded, {self.rejected} submissions rejected (not counted below). "
            "Scores are automatic points only; rubric points are not included.</p>",
            "<h2>Totals</h2>", _histogram_svg(self.totals),
            "<h2>Items where strong learners do worse</h2>",
        ]
        if graded < 3:
            parts.append("<p>Too few learners to compare the top and bottom thirds.</p>")
        elif flagged:
            parts.append("<p>On these items the top third of the class (by automatic total) scored lower than the "
                         "bottom third. Check the prompt and the key.</p><ul>")
            parts += [f"<li><strong>{e(s.item_id)}</strong>: top third {_num(s.upper)}, bottom third {_num(s.lower)}"
                      "</li>" for s in flagged]
            parts.append("</ul>")
        else:
            parts.append("<p>None: on every item the top third did at least as well as the bottom third.</p>")
        parts += ["<h2>Difficulty and discrimination</h2>", _scatter_svg(self.items), "<h2>Every item</h2>",
                  "<table><thead><tr><th>item</th><th>kind</th><th>points</th><th>full marks</th>"
                  "<th>discrimination</th><th>most common wrong answers</th><th>most failed checks</th></tr></thead><tbody>"]
        for s in self.items:
            wrong = "<br>".join(f"<code>{e(answer)}</code> ({count})" for answer, count in _top(s.wrong))
            failed = "<br>".join(f"{e(label)} ({count})" for label, count in _top(s.failed))
            flag = " class=\"flag\"" if s.flagged else ""
            parts.append(f"<tr{flag}><td>{e(s.item_id)}</td><td>{e(s.kind)}</td><td class=\"n\">{e(_fmt(s.points))}</td>"
                         f"<td class=\"n\">{100 * s.full_share:.0f}%</td><td class=\"n\">{e(_num(s.discrimination))}"
                         f"{' (flagged)' if s.flagged else ''}</td><td>{wrong}</td><td>{failed}</td></tr>")
        parts.append("</tbody></table></body></html>\n")
        return "\n".join(parts)


def build_report(records, chapters: dict[str, ChapterChecks]) -> ClassReport:
    report = ClassReport(chapters)
    for record in records:
        report.add(record)
    report.finish()
    return report


def write_class_report(out: Path, records, chapters: dict[str, ChapterChecks]) -> Path:
    """Write class-report.csv (through the safe CSV writer) and class-report.html."""
    report = build_report(records, chapters)
    atomic_write(out / CSV_FILE, csv_text(report.csv_rows()))
    atomic_write(out / HTML_FILE, report.html_text())
    return out / HTML_FILE


def _top(counter: Counter) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))[:TOP]


def _fmt(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.2f}"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _histogram_svg(totals: list[float], width: int = 560, height: int = 200) -> str:
    """Learners per 10-point band of the automatic total, as an inline SVG bar chart."""
    bins = [0] * 10
    for share in totals:
        bins[min(9, int(share * 10))] += 1
    peak = max(bins) or 1
    left, bottom, bar = 40, height - 30, (width - 50) / 10
    shapes = [f"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{width - 10}\" y2=\"{bottom}\" stroke=\"#333\"/>"]
    for n, count in enumerate(bins):
        h = (bottom - 10) * count / peak
        x = left + n * bar
        shapes.append(f"<rect x=\"{x + 2:.1f}\" y=\"{bottom - h:.1f}\" width=\"{bar - 4:.1f}\" height=\"{h:.1f}\" "
                      f"fill=\"#3a6ea5\"><title>{n * 10}-{n * 10 + 10}%: {count} learners</title></rect>")
        shapes.append(f"<text x=\"{x + bar / 2:.1f}\" y=\"{bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">"
                      f"{n * 10}</text>")
        if count:
            shapes.append(f"<text x=\"{x + bar / 2:.1f}\" y=\"{bottom - h - 3:.1f}\" font-size=\"10\" "
                          f"text-anchor=\"middle\">{count}</text>")
    shapes.append(f"<text x=\"{width / 2:.0f}\" y=\"{height - 2}\" font-size=\"11\" text-anchor=\"middle\">"
                  "automatic total, percent</text>")
    summary = ", ".join(f"{n * 10}-{n * 10 + 10}%: {c}" for n, c in enumerate(bins))
    return (f"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" "
            f"aria-label=\"Learners per band of the automatic total: {summary}\">" + "".join(shapes) +
            "</svg><figcaption>Learners per 10-point band of the automatic total.</figcaption></figure>")


def _scatter_svg(items: list[ItemStats], width: int = 560, height: int = 300) -> str:
    """Each item as a dot: full-marks share across, discrimination up; flagged dots in red."""
    left, right, top, bottom = 50, width - 15, 15, height - 35

    def x(share: float) -> float:
        return left + (right - left) * share

    def y(d: float) -> float:  # discrimination runs from -1 to 1
        return top + (bottom - top) * (1 - (d + 1) / 2)

    shapes = [f"<rect x=\"{left}\" y=\"{y(0):.1f}\" width=\"{right - left}\" height=\"{bottom - y(0):.1f}\" fill=\"#fdecea\"/>",
              f"<line x1=\"{left}\" y1=\"{y(0):.1f}\" x2=\"{right}\" y2=\"{y(0):.1f}\" stroke=\"#999\"/>",
              f"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#333\"/>",
              f"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#333\"/>"]
    for tick in (0, 0.5, 1):
        shapes.append(f"<text x=\"{x(tick):.1f}\" y=\"{bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">"
                      f"{tick * 100:.0f}%</text>")
    for tick in (-1, 0, 1):
        shapes.append(f"<text x=\"{left - 5}\" y=\"{y(tick) + 4:.1f}\" font-size=\"10\" text-anchor=\"end\">{tick}</text>")
    plotted = [s for s in items if s.discrimination is not None]
    for s in plotted:
        colour = "#c0392b" if s.flagged else "#3a6ea5"
        shapes.append(f"<circle cx=\"{x(s.full_share):.1f}\" cy=\"{y(s.discrimination):.1f}\" r=\"4\" fill=\"{colour}\">"
                      f"<title>{html.escape(s.item_id)}: full marks {100 * s.full_share:.0f}%, "
                      f"discrimination {s.discrimination:.2f}</title></circle>")
        if s.flagged:
            shapes.append(f"<text x=\"{x(s.full_share) + 6:.1f}\" y=\"{y(s.discrimination) + 4:.1f}\" font-size=\"10\">"
                          f"{html.escape(s.item_id)}</text>")
    shapes.append(f"<text x=\"{(left + right) / 2:.0f}\" y=\"{height - 4}\" font-size=\"11\" text-anchor=\"middle\">"
                  "share of learners with full marks</text>")
    caption = ("Each dot is an item: how many learners got full marks (across) and the discrimination index, top "
               "third minus bottom third (up). Dots in the shaded band below zero are flagged.")
    if not plotted:
        caption = "Too few learners to compare the top and bottom thirds."
    flagged = ", ".join(s.item_id for s in plotted if s.flagged) or "none"
    return (f"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" "
            f"aria-label=\"Items by full-marks share and discrimination; flagged: {html.escape(flagged)}\">"
            + "".join(shapes) + f"</svg><figcaption>{caption}</figcaption></figure>")
