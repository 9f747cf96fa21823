"""Read what a Python file assigns, without running it.

Exercise pages, the capstone spec and the tests show values from the learner's stub or
the reference solution; they read them with `ast`, so no course file is ever executed
to get them.
"""
from __future__ import annotations

import ast
from pathlib import Path

MISSING = object()


def _assignment(source: str, name: str) -> ast.Assign | None:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node
    return None


def literal(path: Path, name: str, default=MISSING):
    """The literal value `path` assigns to `name`. Without `default`, a missing file,
    name or non-literal value raises LookupError; with it, `default` is returned."""
    try:
        node = _assignment(Path(path).read_text(encoding="utf-8"), name)
        if node is None:
            raise LookupError(f"{path} assigns no {name}")
        return ast.literal_eval(node.value)
    except (OSError, SyntaxError, ValueError, LookupError) as exc:
        if default is MISSING:
            raise LookupError(f"{path}: cannot read {name} ({exc})") from None
        return default


def literals(path: Path) -> dict:
    """Every top-level name `path` assigns a literal value to."""
    values = {}
    for node in ast.parse(Path(path).read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return values


def segment(path: Path, name: str, default: str | None = None) -> str:
    """The source text of the assignment to `name`, comments inside it included."""
    try:
        source = Path(path).read_text(encoding="utf-8")
    except OSError:
        if default is None:
            raise
        return default
    node = _assignment(source, name)
    if node is None:
        raise LookupError(f"{path} assigns no {name}")
    return ast.get_source_segment(source, node)


def function_with_constants(path: Path, name: str) -> str:
    """The function `name` as a learner would type it on the exercise page: preceded by the
    module's constants (assignments other than the Q answers), which the function may use."""
    source = Path(path).read_text(encoding="utf-8")
    body = ast.parse(source).body
    constants = [n for n in body if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
                 and not n.targets[0].id.startswith("Q")]
    node = next(n for n in body if isinstance(n, ast.FunctionDef) and n.name == name)
    return "\n".join(ast.get_source_segment(source, n) for n in [*constants, node]) + "\n"
