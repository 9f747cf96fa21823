"""Turn grading results into the text a learner reads after `course check`."""
from __future__ import annotations

import functools
from fractions import Fraction

from course.grading.points import total as points_total
from course.grading.runner import ChapterResult
from course.grading.spec import EXAM_LABEL
from course.i18n.messages import _


@functools.lru_cache(maxsize=4096)   # a class's pages show a few dozen distinct scores, hundreds of times each
def fmt(points: Fraction) -> str:
    """2, 2.5, 1.33: whole numbers stay whole, the rest get at most two decimals."""
    value = float(points)
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")


def chapter_report(result: ChapterResult, verbose: bool = False) -> list[str]:
    chapter = result.chapter
    lines = [f"{chapter.short.upper()}  {chapter.title}: "
             + _("{awarded} / {possible} points").format(awarded=fmt(result.awarded), possible=fmt(result.possible))]
    if result.file is not None:
        lines.append("    " + _("checked {file}").format(file=result.file))
    lines += ["    " + _("note: {note}").format(note=note) for note in result.notes]
    if result.file_problem:
        lines.append(f"    ! {result.file_problem}")
        if "not found" in result.file_problem:
            return lines
    for item_id, results in result.items().items():
        auto = [r for r in results if not r.check.manual]
        manual = [r for r in results if r.check.manual]
        if auto:
            got = points_total(r.awarded for r in auto)
            possible = points_total(r.check.points for r in auto)
            mark = "ok " if got == possible else ("part" if got else "miss")
            if possible == 0:  # an exam copy checks only the form of the answer
                passed = all(r.passed for r in auto)
                lines.append(f"    {item_id:<6} " + (_("form ok") if passed else _("form: fix this")))
            else:
                lines.append(f"    {item_id:<6} {mark:<4} {fmt(got):>5} / {fmt(possible):<3}")
            misses = [r for r in auto if not r.passed]
            if misses and not result.file_problem:
                shown = misses if verbose else misses[:1]
                for miss in shown:
                    lines.append(f"           - {miss.message}")
                if len(misses) > len(shown):
                    lines.append("           " + _("({count} more checks missed; --verbose lists them)").format(count=len(misses) - len(shown)))
        if manual:
            total = points_total(r.check.points for r in manual)
            what = (_("rubric") if any(r.check.label.startswith("rubric") for r in manual) else
                    _("your answer") if any(r.check.label == EXAM_LABEL for r in manual) else _("further test cases"))
            lines.append(f"    {item_id:<6} + " + _("{points} points for {what}, graded by your instructor").format(
                points=fmt(total), what=what))
    return lines


def summary(results: list[ChapterResult]) -> str:
    awarded = points_total(r.awarded for r in results)
    possible = points_total(r.possible for r in results)
    return _("Total: {awarded} / {possible} points").format(awarded=fmt(awarded), possible=fmt(possible))
