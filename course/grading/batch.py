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
import queue
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from course.grading.fingerprint import key_fingerprint
from course.grading.intake import Intake, collect
from course.grading.record import ChapterScore, ItemScore, LearnerRecord, RecordError, answer_text
from course.grading.runner import ChapterChecks, grade_submission
from course.grading.sandbox import Sandbox


def spec_fingerprint(chapters: dict[str, ChapterChecks]) -> str:
    """Changes when any byte of the key or the grader changes, so old records are not reused."""
    return key_fingerprint(chapters)


def submission_fingerprint(intake: Intake) -> str:
    digest = hashlib.sha256((intake.rejected or "").encode())
    for slug in sorted(intake.files):
        digest.update(slug.encode() + b"\0" + hashlib.sha256(intake.files[slug]).digest())
    return digest.hexdigest()[:16]


def grade_one(intake: Intake, chapters: dict[str, ChapterChecks], sandbox: Sandbox, slot: int) -> LearnerRecord:
    """Grade one learner and return their record."""
    record = LearnerRecord(learner=intake.learner, source=intake.source or intake.learner,
                           ignored=list(intake.ignored), notes=list(intake.notes),
                           files={slug[:4]: hashlib.sha256(data).hexdigest()[:16] for slug, data in intake.files.items()})
    if intake.rejected or not intake.files:
        record.status, record.reason = "rejected", intake.rejected or "no exercise files found"
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
        record.chapters[short] = ChapterScore(chapter.awarded, chapter.possible)
        if chapter.file_problem:
            problems.append(chapter.file_problem)
        for item_id, item_results in chapter.items().items():
            auto = [r for r in item_results if not r.check.manual]
            if not auto:
                continue
            awarded = sum((r.awarded for r in auto), Fraction(0))
            possible = sum((r.check.points for r in auto), Fraction(0))
            misses = [r.message for r in auto if not r.passed]
            record.items.append(ItemScore(short, item_id, awarded, possible, misses[0] if misses else ""))
            if any(r.error_kind == "timeout" for r in auto):
                problems.append(f"{item_id} timed out")
            for r in auto:
                if r.value is not None:
                    record.written[item_id] = answer_text(r.value)
    missing = [c.chapter.slug for c in results if c.file_problem and "not found" in c.file_problem]
    if missing and len(missing) == len(results):
        record.status, record.reason = "rejected", "no exercise files found"
    elif problems:
        record.status, record.reason = "partly graded", "; ".join(sorted(set(problems)))[:300]
    return record


@dataclass
class BatchResult:
    records: list[LearnerRecord]
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
        if old and old.submission == fingerprint and old.spec == spec_id and old.source == (intake.source or intake.learner):
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

    def work(intake: Intake, fingerprint: str, path: Path) -> LearnerRecord:
        slot = slots.get()
        try:
            record = grade_one(intake, chapters, sandbox, slot)
        finally:
            slots.put(slot)
        record.submission, record.spec = fingerprint, spec_id
        with lock:
            record.write(path)
        return record

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(work, *task) for task in todo]
        for future in as_completed(futures):
            record = future.result()
            records[record.learner] = record
            if on_progress:
                on_progress(1)
    current = {intake.learner for intake in intakes}
    remove_superseded(records_dir, {intake.learner: intake.source or intake.learner for intake in intakes})
    ordered = [records[name] for name in sorted(records) if name in current]
    return BatchResult(ordered, len(todo), reused)


def remove_superseded(records_dir: Path, sources: dict[str, str]) -> None:
    """Remove records whose submission now has another id (bob.zip was "bob" until a folder
    "bob" arrived), so that no later command counts that work twice. Records of learners
    who are simply absent from this run are kept."""
    taken = set(sources.values())
    for path in records_dir.glob("*.json"):
        if path.stem in sources:
            continue
        old = _read_record(path)
        if old is not None and old.source in taken:
            path.unlink(missing_ok=True)


def _read_record(path: Path) -> LearnerRecord | None:
    """An earlier record to reuse, or None (missing or unreadable: that learner is graded again)."""
    if not path.is_file():
        return None
    try:
        return LearnerRecord.read(path)
    except RecordError:
        return None
