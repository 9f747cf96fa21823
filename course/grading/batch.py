"""Grade a whole class: intake, parallel sandboxed grading, records, resume.

Each learner's result is written as its own record (`OUT/records/<learner>.json`,
atomically) the moment it is graded. A batch that is interrupted, even by SIGKILL,
is resumed by running the same command again: learners whose record matches their
submission are not graded twice, and the outputs (gradebook, feedback pages, LMS
files) are always rebuilt from the records, so the result is the same as an
uninterrupted run.
"""
from __future__ import annotations

import hashlib
import json
import os
import queue
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from course.grading.intake import Intake, collect
from course.grading.runner import ChapterChecks, grade_submission
from course.grading.sandbox import Sandbox

RECORD_VERSION = 1


def atomic_write(path: Path, text: str) -> None:
    """Write a file so that a crash leaves either the old or the new version, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def spec_fingerprint(chapters: dict[str, ChapterChecks]) -> str:
    """Changes when any check changes, so old records are not reused against new checks."""
    digest = hashlib.sha256()
    for slug, chapter in chapters.items():
        digest.update(slug.encode())
        for check in chapter.checks:
            digest.update(f"{check.check_id}|{check.points}|{json.dumps(check.request, sort_keys=True)}".encode())
    return digest.hexdigest()[:16]


def submission_fingerprint(intake: Intake) -> str:
    digest = hashlib.sha256((intake.rejected or "").encode())
    for slug in sorted(intake.files):
        digest.update(slug.encode() + b"\0" + hashlib.sha256(intake.files[slug]).digest())
    return digest.hexdigest()[:16]


def grade_one(intake: Intake, chapters: dict[str, ChapterChecks], sandbox: Sandbox, slot: int) -> dict:
    """Grade one learner and return the record (plain JSON data)."""
    record = {"version": RECORD_VERSION, "learner": intake.learner, "ignored": intake.ignored,
              "notes": intake.notes, "items": {}, "chapters": {}, "feedback": [], "written": {}}
    if intake.rejected or not intake.files:
        record.update(status="rejected", reason=intake.rejected or "no exercise files found")
        return record
    with tempfile.TemporaryDirectory(prefix="course-intake-") as tmp:
        files = {}
        for slug, data in intake.files.items():
            path = Path(tmp) / f"{slug}.py"
            path.write_bytes(data)
            files[slug] = path
        results = grade_submission(Path(tmp), chapters, sandbox, slot=slot, files=files)
    problems = []
    for chapter in results:
        short = chapter.chapter.short
        record["chapters"][short] = {"awarded": str(chapter.awarded), "possible": str(chapter.possible)}
        if chapter.file_problem:
            problems.append(chapter.file_problem)
        for item_id, item_results in chapter.items().items():
            auto = [r for r in item_results if not r.check.manual]
            if not auto:
                continue
            awarded = sum((r.awarded for r in auto), Fraction(0))
            possible = sum((r.check.points for r in auto), Fraction(0))
            record["items"][item_id] = {"awarded": str(awarded), "possible": str(possible)}
            misses = [r.message for r in auto if not r.passed]
            record["feedback"].append({"chapter": short, "item": item_id, "awarded": str(awarded),
                                       "possible": str(possible), "message": misses[0] if misses else ""})
            if any(r.error_kind == "timeout" for r in auto):
                problems.append(f"{item_id} timed out")
            for r in auto:
                if r.value is not None:
                    record["written"][item_id] = r.value
    missing = [c.chapter.slug for c in results if c.file_problem and "not found" in c.file_problem]
    if missing and len(missing) == len(results):
        record.update(status="rejected", reason="no exercise files found")
    elif problems:
        record.update(status="partly graded", reason="; ".join(sorted(set(problems)))[:300])
    else:
        record.update(status="graded", reason="")
    total = sum((Fraction(v["awarded"]) for v in record["chapters"].values()), Fraction(0))
    possible = sum((Fraction(v["possible"]) for v in record["chapters"].values()), Fraction(0))
    record["total"], record["possible"] = str(total), str(possible)
    return record


@dataclass
class BatchResult:
    records: list[dict]
    graded_now: int
    reused: int


def grade_batch(submissions: Path, out: Path, chapters: dict[str, ChapterChecks], jobs: int = 2,
                sandbox: Sandbox | None = None, on_progress=None) -> BatchResult:
    """Grade every learner under `submissions`; records go to `out/records/`."""
    sandbox = sandbox or Sandbox()
    expected = {f"{slug}.py" for slug in chapters}
    intakes = collect(submissions, expected)
    records_dir = out / "records"
    records_dir.mkdir(parents=True, exist_ok=True)
    spec_id = spec_fingerprint(chapters)
    todo, records, reused = [], {}, 0
    for intake in intakes:
        fingerprint = submission_fingerprint(intake)
        path = records_dir / f"{intake.learner}.json"
        old = _read_record(path)
        if old and old.get("submission") == fingerprint and old.get("spec") == spec_id:
            records[intake.learner] = old
            reused += 1
            if on_progress:
                on_progress(1)
        else:
            todo.append((intake, fingerprint, path))
    slots: queue.Queue[int] = queue.Queue()
    for slot in range(max(1, jobs)):
        slots.put(slot)
    lock = threading.Lock()

    def work(intake: Intake, fingerprint: str, path: Path) -> dict:
        slot = slots.get()
        try:
            record = grade_one(intake, chapters, sandbox, slot)
        finally:
            slots.put(slot)
        record.update(submission=fingerprint, spec=spec_id)
        with lock:
            atomic_write(path, json.dumps(record, indent=1, sort_keys=True))
        return record

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(work, *task) for task in todo]
        for future in as_completed(futures):
            record = future.result()
            records[record["learner"]] = record
            if on_progress:
                on_progress(1)
    current = {intake.learner for intake in intakes}
    ordered = [records[name] for name in sorted(records) if name in current]
    return BatchResult(ordered, len(todo), reused)


def _read_record(path: Path) -> dict | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("version") == RECORD_VERSION else None
