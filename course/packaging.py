"""The one home of the runtime dependency pins: the course's own pyproject.toml.

The learner release and the Gradescope autograder each write a small pyproject.toml
of their own; both take the pins from here, so a version is changed in one place.
"""
from __future__ import annotations

import json
import tomllib
from pathlib import Path


class PackagingError(Exception):
    pass


def runtime_dependencies(root: Path) -> list[str]:
    """The `[project] dependencies` of `root/pyproject.toml` (exact pins, as listed there)."""
    path = root / "pyproject.toml"
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        pins = document["project"]["dependencies"]
    except (OSError, ValueError, KeyError) as exc:
        raise PackagingError(f"{path}: cannot read [project] dependencies ({exc})") from None
    loose = [pin for pin in pins if "==" not in pin]
    if loose:
        raise PackagingError(f"{path}: every runtime dependency needs an exact pin (==), not {', '.join(loose)}")
    return list(pins)


def toml_list(values: list[str]) -> str:
    """A TOML array of strings (JSON string quoting is valid TOML)."""
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"
