"""Answers a learner could give without understanding anything: constants and trivial functions.

The design says no constant or trivially wrong answer may earn more than a fifth of an
item. This module writes those answers so a meta-test (and ``python -m
course.grading.guesses``) can grade them through the real runner and sandbox:

* for a function item: ``return True``, ``False``, ``None``, ``0``, ``1``, ``""``, ``[]``,
  ``{}``, each text label the item's cases expect, the most common expected value, the
  first argument unchanged, and ``not`` / ``len`` of the first argument;
* for a discrete item: the one answer a guesser would try first (every option of a
  multi-choice, the order the entries are printed in, the same letter for every key
  of a matching). A single-answer choice is left out: any one letter is a fair 1-in-N
  chance, not a free strategy. Each kind writes its own (``Item.blind_guesses`` in
  ``course/grading/spec.py``).
"""
from __future__ import annotations

import json
from collections import Counter
from fractions import Fraction

from course.grading.spec import canonical_json, plain

GUESS_LIMIT = Fraction(1, 5)  # no guess may earn more than this share of an item
MISCONCEPTION_LIMIT = Fraction(1, 2)  # a misconception an item teaches against must lose at least half

_CONSTANTS = [True, False, None, 0, 1, "", [], {}]


def _labels(value, found: set) -> None:
    """Every short text an expected value contains (labels like "finding", "required")."""
    if isinstance(value, str) and len(value) <= 40:
        found.add(value)
    elif isinstance(value, list):
        for v in value:
            _labels(v, found)
    elif isinstance(value, dict):
        for v in (value.get("__set__", []) if set(value) == {"__set__"} else value.values()):
            _labels(v, found)


def _python(value) -> str:
    """Python source for a plain JSON value (sets tagged as {"__set__": [...]})."""
    if isinstance(value, dict) and set(value) == {"__set__"}:
        return "set()" if not value["__set__"] else "{" + ", ".join(_python(v) for v in value["__set__"]) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_python(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_python(v) for v in value) + "]"
    return repr(value)


def function_guesses(item) -> dict[str, str]:
    """{description: module source} for every constant or trivial answer to a function item."""
    cases = item.public_cases + item.hidden_cases
    expected = [plain(case.expect) for case in cases]
    values = {canonical_json(v): v for v in [*_CONSTANTS]}
    labels: set = set()
    for value in expected:
        _labels(value, labels)
    for label in sorted(labels):
        values.setdefault(canonical_json(label), label)
    common, _ = Counter(canonical_json(v) for v in expected).most_common(1)[0]
    values.setdefault(common, json.loads(common))
    guesses = {f"return {_python(v)}": f"def {item.name}(*args, **kwargs):\n    return {_python(v)}\n"
               for v in values.values()}
    guesses["return the first argument"] = f"def {item.name}(*args, **kwargs):\n    return args[0] if args else None\n"
    guesses["return not the first argument"] = f"def {item.name}(*args, **kwargs):\n    return not args[0] if args else True\n"
    guesses["return len(first argument)"] = (f"def {item.name}(*args, **kwargs):\n"
                                            f"    try:\n        return len(args[0])\n    except Exception:\n        return 0\n")
    return guesses


def guesses(item) -> dict[str, str]:
    """{description: module source} for the blind answers to one item: each kind says
    which (``Item.blind_guesses``; a function item's are ``function_guesses``)."""
    return item.blind_guesses()


def grade_guesses(chapters: dict, sandbox, folder) -> list[tuple[str, str, str, Fraction, int]]:
    """Grade every guess for every item of `chapters` in one sandbox session.

    Returns (chapter slug, item id, guess description, points earned, item points) rows.
    """
    from pathlib import Path

    from course.grading.runner import ChapterChecks, grade_submission

    folder = Path(folder)
    files, chapters_for, owners = {}, {}, {}
    for slug, chapter in chapters.items():
        for item in chapter.spec.items:
            checks = [c for c in chapter.spec.checks() if c.item_id == item.id and not c.manual]
            for description, code in guesses(item).items():
                key = f"guess{len(files)}"
                path = folder / f"{key}.py"
                path.write_text(code, encoding="utf-8")
                own = []
                for check in checks:
                    copy = check.__class__(**{**check.__dict__, "request": {**check.request, "module": key}})
                    own.append(copy)
                files[key] = path
                chapters_for[key] = ChapterChecks(key, chapter.title, own, chapter.spec)
                owners[key] = (slug, item.id, description, item.points)
    rows = []
    for result in grade_submission(folder, chapters_for, sandbox, files=files):
        slug, item_id, description, points = owners[result.chapter.slug]
        rows.append((slug, item_id, description, result.awarded, points))
    return rows


def grade_misconceptions(chapters: dict, sandbox, folder, solutions) -> list[tuple[str, str, str, Fraction, int]]:
    """Grade each function item's named misconceptions, appended to the reference solution
    (so a misconception in one function cannot cost the items that build on it).

    Returns (chapter slug, item id, misconception, points earned, item points) rows.
    """
    from pathlib import Path

    from course.grading.runner import ChapterChecks, grade_submission

    folder, solutions = Path(folder), Path(solutions)
    files, chapters_for, owners = {}, {}, {}
    for slug, chapter in chapters.items():
        solution = (solutions / f"{slug}.py").read_text(encoding="utf-8")
        for item in chapter.spec.items:
            for description, code in getattr(item, "misconception_code", {}).items():
                key = f"misconception{len(files)}"
                path = folder / f"{key}.py"
                path.write_text(solution + "\n\n# misconception\n" + code, encoding="utf-8")
                checks = [check.__class__(**{**check.__dict__, "request": {**check.request, "module": key}})
                          for check in chapter.spec.checks() if check.item_id == item.id and not check.manual]
                files[key] = path
                chapters_for[key] = ChapterChecks(key, chapter.title, checks, chapter.spec)
                owners[key] = (slug, item.id, description, item.points)
    rows = []
    for result in grade_submission(folder, chapters_for, sandbox, files=files) if files else []:
        slug, item_id, description, points = owners[result.chapter.slug]
        rows.append((slug, item_id, description, result.awarded, points))
    return rows


def best_guesses(rows) -> dict[tuple[str, str], tuple[str, Fraction, int]]:
    """The best-scoring guess per item: {(slug, item id): (description, earned, points)}."""
    best: dict = {}
    for slug, item_id, description, earned, points in rows:
        if (slug, item_id) not in best or earned > best[(slug, item_id)][1]:
            best[(slug, item_id)] = (description, earned, points)
    return best


def main() -> None:  # pragma: no cover - a report for people, the meta-test checks the same
    import tempfile
    from pathlib import Path

    from course.grading.runner import load_chapters
    from course.grading.sandbox import Sandbox
    from course.paths import Layout

    root = Path(__file__).resolve().parents[2]
    chapters, sandbox = load_chapters(root), Sandbox()
    with tempfile.TemporaryDirectory() as tmp:
        rows = grade_guesses(chapters, sandbox, tmp)
        wrong_ideas = grade_misconceptions(chapters, sandbox, tmp, Layout(root).solutions)
    total = Fraction(0)
    for (slug, item_id), (description, earned, points) in best_guesses(rows).items():
        total += earned
        flag = "  OVER" if earned > GUESS_LIMIT * points else ""
        print(f"{item_id:>5} {float(earned):5.2f}/{points:<3} {description}{flag}")
    print(f"total earned by the best guess per item: {float(total):.2f}")
    for slug, item_id, description, earned, points in wrong_ideas:
        flag = "  OVER" if earned > MISCONCEPTION_LIMIT * points else ""
        print(f"{item_id:>5} {float(earned):5.2f}/{points:<3} misconception: {description}{flag}")


if __name__ == "__main__":
    main()
