"""The checkable parts of the rules for scenario items (CONTRIBUTING, "Scenario items").

A scenario item is a `Choice` that gives a reason for every option (`why`). What a
machine can check of the written rules is here, one line of advice per problem, so
`tests/test_routes_levels.py` can name what to fix; what it cannot check (the case is
new, its facts are in the chapter, two options tempt a learner who misread it) stays
with the author and the reviewer.
"""
from __future__ import annotations

import re

from course.grading.spec import JUDGEMENT_LEVELS

MIN_OPTIONS = 4      # a judgement item needs at least four options
MIN_TEMPTING = 2     # plausible wrong answers the meta-tests try (`wrong`)
CATCH_ALL = re.compile(r"\b(all|none|both) of the (above|options)\b", re.IGNORECASE)


def is_scenario(item) -> bool:
    return item.kind == "choice" and bool(getattr(item, "why", None))


def _item_problems(item) -> list[str]:
    out = []
    where = f"item {item.id}"
    if item.kind == "choice" and item.level in JUDGEMENT_LEVELS and len(item.options) < MIN_OPTIONS:
        out.append(f"{where}: a choice at level {item.level} needs at least {MIN_OPTIONS} options "
                   f"(it has {len(item.options)})")
    if not is_scenario(item):
        return out
    if set(item.why) != set(item.options):
        out.append(f"{where}: `why` must give a reason for every option and no other")
    for letter, reason in item.why.items():
        start = "Right:" if letter == item.answer else "Wrong:"
        if not reason.startswith(start):
            out.append(f"{where}: the reason for option {letter} should start with {start!r}")
    tempting = {w for w in item.wrong if w in item.options and w != item.answer}
    if len(tempting) < MIN_TEMPTING:
        out.append(f"{where}: give at least {MIN_TEMPTING} tempting wrong options in `wrong` "
                   f"(it has {len(tempting)})")
    for letter, text in item.options.items():
        if CATCH_ALL.search(text):
            out.append(f"{where}: option {letter} is a catch-all ({text!r}); write a real option")
    return out


def _answer_is_longest(item) -> bool:
    lengths = sorted((len(text) for text in item.options.values()), reverse=True)
    return len(item.options[item.answer]) == lengths[0] and lengths[0] > lengths[1]


def problems(chapter) -> list[str]:
    """Every checkable rule a chapter's choice and scenario items break, one line each."""
    out = [f"{chapter.slug}: {line}" for item in chapter.items for line in _item_problems(item)]
    scenarios = [item for item in chapter.items if is_scenario(item)]
    longest = [item.id for item in scenarios if _answer_is_longest(item)]
    if len(scenarios) >= 2 and 2 * len(longest) > len(scenarios):
        out.append(f"{chapter.slug}: the right option is the longest in {len(longest)} of {len(scenarios)} "
                   f"scenario items ({', '.join(longest)}); a learner could pick by length")
    if len(scenarios) >= 3:
        letters = [item.answer for item in scenarios]
        common = max(set(letters), key=letters.count)
        if 2 * letters.count(common) > len(letters):
            out.append(f"{chapter.slug}: {letters.count(common)} of {len(letters)} scenario items have the "
                       f"answer {common!r}; spread the right letter over the options")
    return out
