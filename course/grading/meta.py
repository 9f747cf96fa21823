"""grading-meta.json: how a gradebook was made, written next to gradebook.csv.

A gradebook says who earned what; this file says under what conditions: the sandbox
that isolated learner code (or that there was none, when the instructor passed
--unsafe-no-sandbox), its limits, the course version and when grading ran. It is one
small function so every command that writes a gradebook can call it.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

META_FILE = "grading-meta.json"


def grading_meta(sandbox, **extra) -> dict:
    """The metadata for a grading run under `sandbox` (a course.grading.sandbox.Sandbox)."""
    from course import __version__

    return {"course_version": __version__,
            "graded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "sandbox": sandbox.metadata(), **extra}


def write_grading_meta(out: Path, sandbox, **extra) -> Path:
    """Write `out/grading-meta.json` atomically; returns its path."""
    from course.grading.files import atomic_write

    path = out / META_FILE
    atomic_write(path, json.dumps(grading_meta(sandbox, **extra), indent=1, sort_keys=True) + "\n")
    return path
