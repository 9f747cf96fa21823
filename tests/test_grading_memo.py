"""The grader's memo (course/grading/memo.py) saves work and changes nothing.

Identical answer lines are parsed and judged once for the whole class. These tests
prove that a class graded with the memo gives byte for byte the outputs of the same
class graded without it, that a line is only reused when its bytes after the request
number are the same, and that the memo stays within its bounds.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from course.grading import memo
from course.grading.batch import grade_batch
from course.grading.finish import PagesAsGraded, write_all
from course.grading.runner import load_chapters
from course.grading.sandbox import Sandbox, _parse_answer

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ["gradebook.csv", "canvas.csv", "moodle.csv", "manual-grading.csv", "class-report.csv", "class-report.html"]


def _benchmark():
    """The benchmark's synthetic class (one home for it): correct, partial, broken, hostile learners."""
    spec = importlib.util.spec_from_file_location("grading_benchmark", ROOT / "benchmarks" / "grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def memo_off():
    saved = memo.ANSWERS.max_entries, memo.JUDGMENTS.max_entries
    memo.clear()
    memo.ANSWERS.max_entries = memo.JUDGMENTS.max_entries = 0
    yield
    memo.ANSWERS.max_entries, memo.JUDGMENTS.max_entries = saved
    memo.clear()


def _grade(folder: Path, out: Path) -> dict[str, bytes]:
    chapters = load_chapters(ROOT)
    pages = PagesAsGraded(out, chapters)
    result = grade_batch(folder, out, chapters, jobs=2, sandbox=Sandbox(), on_record=pages)
    write_all(out, result.records, chapters, pages=pages)
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    for page in sorted((out / "feedback").iterdir()):
        files[f"feedback/{page.name}"] = page.read_bytes()
    for record in sorted((out / "records").glob("*.json")):
        files[f"records/{record.name}"] = record.read_bytes()
    return files


def test_a_class_graded_with_the_memo_equals_the_class_graded_without(tmp_path, memo_off):
    work = tmp_path / "work"
    work.mkdir()
    work.chmod(0o711)   # sandboxed workers run as another user and must pass through
    kinds = _benchmark().synthetic_class(work / "class", 24, loops=0.0, seed=11)
    assert kinds["partial"] and kinds["correct"], kinds   # repeated and differing answers both
    without = _grade(work / "class", work / "without")
    assert memo.ANSWERS.hits == 0 and len(memo.ANSWERS) == 0

    memo.ANSWERS.max_entries, memo.JUDGMENTS.max_entries = 60_000, 200_000
    memo.clear()
    with_memo = _grade(work / "class", work / "with")
    assert memo.ANSWERS.hits > memo.ANSWERS.misses, "the class repeats answers: the memo should be used"
    assert memo.JUDGMENTS.hits > 0
    assert with_memo.keys() == without.keys()
    different = [name for name in without if with_memo[name] != without[name]]
    assert different == [], f"the memo changed {different[:5]}"


def test_a_line_is_reused_only_for_the_same_bytes_after_its_number(memo_off):
    memo.ANSWERS.max_entries = 100
    first = _parse_answer(b'{"i": 3, "ok": [1, 2]}', 3)
    again = _parse_answer(b'{"i": 7, "ok": [1, 2]}', 7)
    assert first == again == {"ok": [1, 2]}
    assert again is first, "the same answer at another position is the same answer"
    assert _parse_answer(b'{"i": 3, "ok": [1, 3]}', 3) == {"ok": [1, 3]}
    # The request number must match wherever the answer comes from.
    assert _parse_answer(b'{"i": 3, "ok": [1, 2]}', 4) is None
    # A line that names its number twice is never taken from the memo: JSON keeps the last.
    assert _parse_answer(b'{"i": 5, "ok": 1, "i": 6}', 5) is None
    assert _parse_answer(b'{"i": 6, "ok": 1, "i": 6}', 6) == {"ok": 1}
    assert _parse_answer(b'{"i": 5, "ok": 1, "i": 6}', 5) is None
    # Cleaning still happens (once): a control character never reaches a record.
    assert _parse_answer(b'{"i": 1, "ok": "a\\u001b[31mb"}', 1) == {"ok": "ab"}
    assert _parse_answer(b'{"i": 2, "ok": "a\\u001b[31mb"}', 2) == {"ok": "ab"}


def test_the_memo_is_emptied_when_full_so_memory_stays_flat():
    small = memo.BoundedMemo(max_entries=3, max_bytes=10)
    for n in range(10):
        small.put(n, n, size=1)
        assert len(small) <= 3
    small.put("big", 1, size=9)
    small.put("bigger", 1, size=9)
    assert len(small) == 1 and small.get("bigger") == 1 and small.get("big") is None


def test_a_judgment_is_reused_only_for_the_same_check_and_answer(memo_off):
    from course.grading.runner import _judgment
    from course.grading.spec import Check

    memo.JUDGMENTS.max_entries = 100
    calls = []

    def judge(value):
        calls.append(value)
        return value == 1, "" if value == 1 else "wrong"

    check = Check("1.1", "answer", 1, {"op": "value", "module": "m", "name": "Q"}, judge, "hint")
    other = Check("1.2", "answer", 1, {"op": "value", "module": "m", "name": "Q2"}, judge, "hint")
    one = memo.RememberedAnswer({"ok": 1})
    assert _judgment(check, one) == (True, "")
    assert _judgment(check, one) == (True, "") and len(calls) == 1
    assert _judgment(other, one) == (True, "") and len(calls) == 2
    plain = {"ok": 2}   # not from the memo: judged every time, never kept alive
    assert _judgment(check, plain) == (False, "wrong")
    assert _judgment(check, plain) == (False, "wrong") and len(calls) == 4
    assert len(memo.JUDGMENTS) == 2
