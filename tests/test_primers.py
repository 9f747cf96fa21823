"""The chapters read without code, and no primer gives away a graded answer.

The Python primers ("From rule to code" boxes) live at the end of each chapter's exercise
page (book/exercises/chNN_*.md), next to the items they prepare; book/python_primer.md is
the general primer. Two rules:

1. **No code in a chapter.** A chapter page (book/ch*.md) has no Python code block (figure
   cells, which are hidden and drawn from data, are allowed), no assignment to an answer
   name such as ``Q7_4``, and no "From rule to code" box.
2. **No answer in a primer.** The code in a primer (fenced blocks and inline code) must not
   assign a reference answer to its ``Q`` name, contain a reference list, set, tuple or
   dict answer under any name, or define a function with the name of a graded function
   item. Reference answers are read from solutions/ with course.grading.source, never by
   running the files. And no function a primer defines, under any name, may pass 80% or
   more of a graded function item's cases (public and hidden): the primer's own code is
   ours and runs here; learner code never does.

Each rule has a negative test on planted text.
"""
from __future__ import annotations

import ast
import contextlib
import copy
import re
import signal
from pathlib import Path

import pytest

from course.grading.runner import load_chapters
from course.grading.spec import plain
from course.grading.source import literals

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
CHAPTERS = sorted(BOOK.glob("ch[0-9][0-9]_*.md"))
PRIMER_PAGES = [BOOK / "python_primer.md", *sorted((BOOK / "exercises").glob("ch[0-9][0-9]_*.md"))]
ANSWER_NAME = re.compile(r"^Q\d+_\d+$")

FENCE = re.compile(r"^(`{3,}|~{3,})\s*([^\n]*)\n(.*?)^\1\s*$", re.M | re.S)
PYTHON_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*(python|py|python3|ipython3?|pycon|\{code-block\}|\{code\})?\s*$")


# --- rule 1: chapters without code -------------------------------------------------------------

def chapter_code_problems(text: str) -> list[str]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = PYTHON_FENCE.match(line)
        if match and match.group(2):
            problems.append(f"line {number}: a code block ({match.group(2)}); move it to the exercise page")
        if re.match(r"^\s*Q\d+_\d+\s*=", line):
            problems.append(f"line {number}: an assignment to an answer name")
        if re.match(r"^\s*:{3,}\{admonition\}\s*From (rule|formula|chain) to code", line):
            problems.append(f"line {number}: a 'From rule to code' box; it belongs on the exercise page")
    return problems


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_chapter_has_no_code(path):
    problems = chapter_code_problems(path.read_text(encoding="utf-8"))
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def test_planted_code_in_a_chapter_is_caught():
    page = "# 1. Title\n\nText.\n\n:::{admonition} From rule to code: `f`\n```python\nQ7_4 = ['B']\n```\n:::\n"
    problems = chapter_code_problems(page)
    assert len(problems) == 3
    # A hidden figure cell is not learner-facing code.
    assert chapter_code_problems("```{code-cell} ipython3\nfrom course.figures import timeline\n```\n") == []


# --- rule 2: primers without answers -----------------------------------------------------------

def reference_answers() -> tuple[dict[str, object], set[str]]:
    """Every literal Q answer and every function name defined in solutions/."""
    answers, functions = {}, set()
    for path in sorted((ROOT / "solutions").glob("ch[0-9][0-9]_*.py")):
        answers.update({name: value for name, value in literals(path).items() if ANSWER_NAME.match(name)})
        functions |= {node.name for node in ast.parse(path.read_text(encoding="utf-8")).body
                      if isinstance(node, ast.FunctionDef)}
    return answers, functions


def _normal(value):
    """Compare lists and tuples alike, and sets by content."""
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_normal(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(_normal(v) for v in value))
    if isinstance(value, dict):
        return ("dict", frozenset((k, _normal(v)) for k, v in value.items()))
    return value


def code_snippets(text: str) -> list[str]:
    """Fenced code blocks and inline code spans of a Markdown page."""
    snippets = [m.group(3) for m in FENCE.finditer(text)]
    prose = FENCE.sub("", text)
    snippets += re.findall(r"`([^`\n]+)`", prose)
    return snippets


def _trees(snippet: str):
    try:
        yield ast.parse(snippet)
        return
    except SyntaxError:
        pass
    for line in snippet.splitlines():  # a block with one broken line (an error example)
        try:
            yield ast.parse(line.strip())
        except SyntaxError:
            continue


def answer_leaks(text: str, answers: dict[str, object], functions: set[str]) -> list[str]:
    containers = {_normal(v): name for name, v in answers.items()
                  if isinstance(v, (list, tuple, set, dict)) and len(v) >= 2}
    leaks = []
    for snippet in code_snippets(text):
        for tree in _trees(snippet):
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name in functions:
                    leaks.append(f"defines {node.name}(), a graded function item")
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name) and target.id in answers:
                            try:
                                value = ast.literal_eval(node.value)
                            except ValueError:
                                continue
                            if _normal(value) == _normal(answers[target.id]):
                                leaks.append(f"assigns the reference answer to {target.id}")
                if isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict)):
                    try:
                        value = _normal(ast.literal_eval(node))
                    except (ValueError, TypeError):
                        continue
                    if value in containers:
                        leaks.append(f"contains the reference answer to {containers[value]}")
    return sorted(set(leaks))


ANSWERS, FUNCTIONS = reference_answers()
FUNCTION_ITEMS = [item for chapter in load_chapters(ROOT).values() for item in chapter.spec.items
                  if item.kind == "function"]
SOLVES_SHARE = 0.8


def primer_functions(text: str) -> dict[str, object]:
    """The functions a page's code blocks define, with the constants they use."""
    namespace: dict[str, object] = {}
    for snippet in code_snippets(text):
        for tree in _trees(snippet):
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.Assign, ast.Import, ast.ImportFrom)):
                    try:
                        exec(compile(ast.Module([node], []), "<primer>", "exec"), namespace)
                    except Exception:
                        continue
    return {name: f for name, f in namespace.items() if callable(f) and getattr(f, "__module__", "") != "builtins"
            and getattr(f, "__code__", None) is not None and f.__code__.co_filename == "<primer>"}


def _share_passed(function, item) -> float:
    cases = [*item.public_cases, *item.hidden_cases]
    checks = item.checks()
    passed = 0
    for case, check in zip(cases, checks):
        try:
            with _time_limit(2):
                value = function(*copy.deepcopy(list(case.args)))
            ok, _ = check.judge(plain(value))
        except Exception:
            ok = False
        passed += ok
    return passed / len(cases)


@contextlib.contextmanager
def _time_limit(seconds: int):
    def stop(*_):
        raise TimeoutError
    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def solving_functions(text: str) -> list[str]:
    found = []
    for name, function in primer_functions(text).items():
        for item in FUNCTION_ITEMS:
            share = _share_passed(function, item)
            if share >= SOLVES_SHARE:
                found.append(f"{name}() passes {share:.0%} of item {item.id}'s cases")
    return found


def test_reference_answers_are_found():
    assert ANSWERS["Q7_4"] == ["B", "D", "G", "C", "A", "E", "F"]
    assert "prc_licence_required" in FUNCTIONS and "implied_counts" in FUNCTIONS


@pytest.mark.parametrize("path", PRIMER_PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PRIMER_PAGES])
def test_primer_gives_no_graded_answer(path):
    text = path.read_text(encoding="utf-8")
    leaks = answer_leaks(text, ANSWERS, FUNCTIONS) + solving_functions(text)
    assert not leaks, f"{path.relative_to(ROOT)} gives away answers; use an example that does not solve the item:\n  " + \
        "\n  ".join(leaks)


@pytest.mark.parametrize("planted, expected", [
    ('```python\nQ7_4 = ["B", "D", "G", "C", "A", "E", "F"]\n```\n', "assigns the reference answer to Q7_4"),
    ("A number question: `Q7_8 = 6`.\n", "assigns the reference answer to Q7_8"),
    ('```python\norder = ["B", "D", "G", "C", "A", "E", "F"]\n```\n', "contains the reference answer to Q7_4"),
    ("```python\ndef prc_licence_required(case):\n    return True\n```\n", "defines prc_licence_required()"),
])
def test_a_planted_leak_is_caught(planted, expected):
    leaks = answer_leaks("# Primer\n\n" + planted, ANSWERS, FUNCTIONS)
    assert any(expected in leak for leak in leaks), leaks


def test_example_values_that_are_not_answers_pass():
    page = '```python\nQ7_4 = ["C", "A", "B"]\nQ7_8 = 12\ndef needs_review(order):\n    return False\n```\n'
    assert answer_leaks(page, ANSWERS, FUNCTIONS) == []


def test_a_working_function_under_another_name_is_caught():
    planted = """```python
SECURITY_GROUNDS = {"national_security", "wmd", "terrorism"}

def needs_licence(case):
    if case["on_prc_list"]:
        return True
    if not case["exporter_aware"]:
        return False
    for risk in case["risks"]:
        if risk in SECURITY_GROUNDS:
            return True
    return False
```
"""
    assert any("needs_licence() passes" in leak and "7.5" in leak for leak in solving_functions(planted))
