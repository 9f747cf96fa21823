"""Fingerprints that decide whether an earlier grading result can be reused.

A record is reused only when both match: the learner's files (`submission`) and the
key they were graded against (`key_fingerprint`). The key covers every byte the
grading depends on: each chapter's spec file, the solution and stub files the spec
reads answers and templates from, the grader's own code (judges, validators, runner,
worker, sandbox) and the course version. Changing an answer key, a hidden case or a
validator therefore regrades everyone; nothing else does.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

GRADER_CODE = Path(__file__).resolve().parent


def _file_digest(digest, path: Path) -> None:
    digest.update(path.name.encode() + b"\0")
    try:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        digest.update(b"(missing)")


def key_fingerprint(chapters: dict) -> str:
    """Changes when any byte of the key, the checks or the grader changes."""
    from course import __version__

    digest = hashlib.sha256(f"course {__version__}\0".encode())
    for path in sorted(GRADER_CODE.glob("*.py")):
        _file_digest(digest, path)
    for slug, chapter in chapters.items():
        digest.update(b"\0chapter " + slug.encode())
        for path in getattr(chapter, "sources", []):
            _file_digest(digest, Path(path))
        for check in chapter.checks:  # what the checks ask and weigh, also for checks built at run time
            digest.update(f"{check.check_id}|{check.points}|{check.manual}|"
                          f"{json.dumps(check.request, sort_keys=True)}".encode())
    return digest.hexdigest()[:16]
