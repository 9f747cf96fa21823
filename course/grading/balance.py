"""How a chapter's automatic points split by route and by level (issue 16, items 2 and 3).

One home for the figures `course stats` prints and `tests/test_routes_levels.py` checks:
the points on the subject route (no code) and on the data-skills route (Python), the
points at each level of the level rule (CONTRIBUTING, "Exercise sets"), and the two
targets the course holds itself to.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from course.grading.spec import JUDGEMENT_LEVELS, LEVELS, ROUTES

# A learner who never writes Python can earn at least this share of each chapter's
# automatic points.
SUBJECT_ROUTE_MIN = 0.70
# Analyse + evaluate (real judgement) hold at least this share of the course's automatic points.
JUDGEMENT_MIN = 0.40


@dataclass
class Balance:
    """Automatic points of one chapter (or of several added together) by route and by level."""

    by_route: Counter
    by_level: Counter

    @classmethod
    def of(cls, chapter) -> "Balance":
        by_route, by_level = Counter(), Counter()
        for item in chapter.items:
            by_route[item.route] += item.points
            by_level[item.level] += item.points
        return cls(by_route, by_level)

    def __add__(self, other: "Balance") -> "Balance":
        return Balance(self.by_route + other.by_route, self.by_level + other.by_level)

    @property
    def points(self) -> int:
        return sum(self.by_route.values())

    def share(self, points: int) -> float:
        return points / self.points if self.points else 0.0

    @property
    def subject_share(self) -> float:
        return self.share(self.by_route["subject"])

    @property
    def judgement_share(self) -> float:
        return self.share(sum(self.by_level[level] for level in JUDGEMENT_LEVELS))


def total(balances) -> Balance:
    out = Balance(Counter(), Counter())
    for balance in balances:
        out = out + balance
    return out


def problems(chapters) -> list[str]:
    """What breaks the two targets, one line each (empty when both hold)."""
    out = []
    balances = {chapter.slug: Balance.of(chapter) for chapter in chapters}
    for slug, balance in balances.items():
        if balance.subject_share < SUBJECT_ROUTE_MIN:
            out.append(f"{slug}: the subject route holds {balance.subject_share:.0%} of the automatic points "
                       f"({balance.by_route['subject']} of {balance.points}); it needs {SUBJECT_ROUTE_MIN:.0%}. "
                       "Add items answerable without code or lower the function items' points.")
    course = total(balances.values())
    if course.points and course.judgement_share < JUDGEMENT_MIN:
        out.append(f"the course: analyse + evaluate hold {course.judgement_share:.0%} of the automatic points; "
                   f"they need {JUDGEMENT_MIN:.0%}. Add scenario items (CONTRIBUTING, \"Exercise sets\").")
    return out


__all__ = ["Balance", "JUDGEMENT_MIN", "LEVELS", "ROUTES", "SUBJECT_ROUTE_MIN", "problems", "total"]
