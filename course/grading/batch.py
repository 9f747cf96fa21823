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
import re
import signal
import tempfile
import threading
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from course.grading import memo
from course.grading.files import atomic_write
from course.grading.fingerprint import key_fingerprint
from course.grading.intake import Intake, Submissions
from course.grading.learner_text import clean
from course.grading.points import ZERO, total as points_total
from course.grading.record import ChapterScore, ItemScore, LearnerRecord, RecordError, answer_text
from course.grading.runner import ChapterChecks, answerable_of, grade_submission
from course.grading.sandbox import Sandbox
from course.grading.scratch import ScratchArea

MAX_DISCRETE_ANSWER_CHARS = 120   # a learner's discrete answer as kept for the class report


def default_jobs() -> int:
    """Submissions graded at once: one more than the processors. While one sandbox starts
    or the grader judges, the others keep every processor busy (measured on 2 cores:
    500 learners in 24 s with 3 jobs, 29 s with 2; docs/grading-large-classes.md)."""
    return min(32, (os.cpu_count() or 1) + 1)


def spec_fingerprint(chapters: dict[str, ChapterChecks]) -> str:
    """Changes when any byte of the key or the grader changes, so old records are not reused."""
    return key_fingerprint(chapters)


def submission_fingerprint(intake: Intake) -> str:
    digest = hashlib.sha256((intake.rejected or "").encode())
    for slug in sorted(intake.files):
        digest.update(slug.encode() + b"\0" + hashlib.sha256(intake.files[slug]).digest())
    return digest.hexdigest()[:16]


def discrete_answer(item, value) -> str:
    """A learner's discrete answer as short canonical JSON text (for counting wrong answers).

    Canonicalised the way the item compares answers (" C " and "c" count as one answer),
    capped, and cleaned of invalid Unicode and control characters: it is learner data.
    """
    try:
        value = item.canon(value)
    except Exception:  # a shape the item rejects: count it as written
        pass
    text = clean(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
    return text if len(text) <= MAX_DISCRETE_ANSWER_CHARS else text[: MAX_DISCRETE_ANSWER_CHARS - 1] + "\u2026"


def grade_one(intake: Intake, chapters: dict[str, ChapterChecks], sandbox: Sandbox, slot: int,
              scratch: Path | None = None) -> LearnerRecord:
    """Grade one learner and return their record.

    Besides points and feedback, the record keeps what the class report counts: the
    learner's answer to each discrete item (`answers`) and the checks each item failed
    (`failed`, by label: "case 3", never the hidden input).
    """
    record = LearnerRecord(learner=intake.learner, source=intake.source or intake.learner,
                           ignored=list(intake.ignored), notes=list(intake.notes),
                           files={slug[:4]: hashlib.sha256(data).hexdigest()[:16] for slug, data in intake.files.items()})
    if intake.rejected or not intake.files:
        record.status, record.reason = "rejected", intake.rejected or "no exercise files found"
        return record
    with tempfile.TemporaryDirectory(prefix="course-intake-", dir=scratch) as tmp:
        files = {}
        for slug, data in intake.files.items():
            path = Path(tmp) / f"{slug}.py"
            path.write_bytes(data)
            files[slug] = path
        results = grade_submission(Path(tmp), chapters, sandbox, slot=slot, files=files)
    problems = []
    for chapter in results:
        short = chapter.chapter.short
        spec_items = {item.id: item for item in chapter.chapter.spec.items} if chapter.chapter.spec else {}
        record.chapters[short] = ChapterScore(chapter.awarded, chapter.possible)
        if chapter.file_problem:
            problems.append(chapter.file_problem)
        for item_id, item_results in chapter.items().items():
            auto = [r for r in item_results if not r.check.manual]
            if not auto:
                continue
            possible = chapter.chapter.possible_by_item[item_id]
            if all(r.passed for r in auto):
                awarded = possible       # every check passed: each awarded its full points
            elif not any(r.awarded for r in auto):
                awarded = ZERO
            else:
                awarded = points_total(r.awarded for r in auto)
            misses = [r.message for r in auto if not r.passed]
            record.items.append(ItemScore(short, item_id, awarded, possible, misses[0] if misses else ""))
            if any(r.error_kind == "timeout" for r in auto):
                problems.append(f"{item_id} timed out")
            for r in auto:
                if r.value is not None:
                    record.written[item_id] = memo.derived(r.answer, "text", lambda r=r: answer_text(r.value))
            item = spec_items.get(item_id)
            answered = [r for r in auto if r.raw is not None]
            if item is not None and item.discrete and answered:
                first = answered[0]
                record.answers[item_id] = memo.derived(first.answer, ("discrete", item_id),
                                                       lambda: discrete_answer(item, first.raw))
            if len(auto) > 1 and any(not r.passed for r in auto):
                record.failed[item_id] = [r.check.label for r in auto if not r.passed]
    missing = [c.chapter.slug for c in results if c.file_problem and "not found" in c.file_problem]
    if missing and len(missing) == len(results):
        record.status, record.reason = "rejected", "no exercise files found"
    elif problems:
        record.status, record.reason = "partly graded", "; ".join(sorted(set(problems)))[:300]
    return record


@dataclass(frozen=True)
class Shard:
    """Slice K of N of a class, chosen by a stable hash of the learner id.

    The hash does not depend on the order or the number of other learners, so a late
    submission never moves anyone to another shard, and every machine that lists the
    same class agrees on who is whose.
    """
    number: int   # 1..count
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
        if not match or not 1 <= int(match[1]) <= int(match[2]):
            raise ValueError(f"--shard must be K/N with 1 <= K <= N, like 2/3 (got {text!r})")
        return cls(int(match[1]), int(match[2]))

    def holds(self, learner: str) -> bool:
        digest = hashlib.sha256(learner.encode("utf-8", "surrogatepass")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.number - 1

    def __str__(self) -> str:
        return f"{self.number}/{self.count}"


class RecordSet:
    """The records of a batch, read from disk one at a time when iterated (in learner order).

    Holding every record in memory costs about 0.1 MiB per learner; iterating this costs
    one learner's record at a time, so the outputs are written in flat memory.
    """

    def __init__(self, records_dir: Path, learners: list[str]):
        self.records_dir = records_dir
        self.learners = sorted(learners)

    def __len__(self) -> int:
        return len(self.learners)

    def __bool__(self) -> bool:
        return bool(self.learners)

    def only(self, learners) -> "RecordSet":
        """The records of these learners only."""
        return RecordSet(self.records_dir, list(learners))

    def __iter__(self):
        for learner in self.learners:
            record = _read_record(record_path(self.records_dir, learner))
            if record is not None:
                yield record


def record_path(records_dir: Path, learner: str) -> Path:
    return records_dir / f"{learner}.json"


@dataclass
class BatchResult:
    records: RecordSet
    graded_now: int
    reused: int
    interrupted: bool = False
    class_size: int = 0       # learners in the class (all shards)
    selected: int = 0         # learners this run was asked to grade (its shard, or all)
    removed_stale: int = 0    # scratch folders of killed runs removed at the start

    @property
    def complete(self) -> bool:
        return not self.interrupted and len(self.records) == self.selected


class _StopOnSignal:
    """While active, Ctrl-C (SIGINT) or SIGTERM stops the batch instead of raising.

    The first signal sets `stop` and kills every running sandbox, so the batch ends
    within seconds and keeps what it finished; a second Ctrl-C raises as usual.
    """

    SIGNALS = ("SIGINT", "SIGTERM")

    def __init__(self, stop: threading.Event, sandbox: Sandbox):
        self.stop, self.sandbox, self.previous, self.signum = stop, sandbox, {}, None

    def _handle(self, signum, frame):
        self.signum = signum
        self.stop.set()
        self.sandbox.cancel()
        for number, handler in self.previous.items():
            signal.signal(number, handler)

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for name in self.SIGNALS:
                number = getattr(signal, name, None)
                if number is not None:
                    self.previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc):
        if self.signum is None:
            for number, handler in self.previous.items():
                signal.signal(number, handler)


def grade_batch(submissions: Path, out: Path, chapters: dict[str, ChapterChecks], jobs: int | None = None,
                sandbox: Sandbox | None = None, on_progress=None, shard: Shard | None = None, on_record=None,
                listing: Submissions | None = None) -> BatchResult:
    """Grade every learner under `submissions` (or one shard of them); records go to `out/records/`.

    Submissions are read one learner at a time and handed to `jobs` grading threads
    through a queue that holds at most `jobs` waiting learners, so memory does not grow
    with the class. Each record is written the moment it is graded; learners whose
    record matches their submission and the checks are not graded again. Ctrl-C or
    SIGTERM stops the batch within seconds: queued learners are dropped, running
    sandboxes are killed, finished records are kept (result.interrupted is then True).
    `on_record(record)` is called in the grading thread after each record is written
    (the feedback pages are written there, while the sandboxes work).
    """
    sandbox = sandbox or Sandbox()
    jobs = max(1, jobs or default_jobs())
    listing = listing or Submissions(submissions, {f"{slug}.py" for slug in chapters}, answerable_of(chapters))
    selected = [e for e in listing.entries if shard is None or shard.holds(e.learner)]
    records_dir = out / "records"
    records_dir.mkdir(parents=True, exist_ok=True)
    spec_id = spec_fingerprint(chapters)
    stop = threading.Event()
    tasks: queue.Queue = queue.Queue(maxsize=jobs)
    progress_lock, write_lock = threading.Lock(), threading.Lock()
    counts = {"graded": 0, "reused": 0}
    finished: list[str] = []   # learners whose record matches their current submission
    failures: list[BaseException] = []

    def progress() -> None:
        if on_progress:
            with progress_lock:
                on_progress(1)

    def worker(slot: int, scratch: ScratchArea) -> None:
        while not stop.is_set():
            try:
                task = tasks.get(timeout=0.2)
            except queue.Empty:
                continue
            if task is None:
                return
            intake, fingerprint = task
            try:
                record = grade_one(intake, chapters, sandbox, slot, scratch=scratch.path)
            except BaseException as exc:  # a bug, not a learner: stop the batch and say so
                failures.append(exc)
                stop.set()
                sandbox.cancel()
                return
            if sandbox.cancelled.is_set():
                return  # graded while being stopped: some answers may be "cancelled"; not kept
            record.submission, record.spec = fingerprint, spec_id
            with write_lock:
                # No fsync: a record lost in a power cut is unreadable or absent, and is graded again.
                atomic_write(record_path(records_dir, intake.learner), record.to_json(), durable=False)
                counts["graded"] += 1
                finished.append(intake.learner)
            if on_record is not None:
                try:
                    on_record(record)
                except BaseException as exc:  # a bug, not a learner
                    failures.append(exc)
                    stop.set()
                    sandbox.cancel()
                    return
            progress()

    with ScratchArea() as scratch, _StopOnSignal(stop, sandbox) as stopper:
        sandbox.temp_root = scratch.path
        # Each grading thread finds its next sandbox already started (each one is used once).
        sandbox.keep_spares(jobs)
        threads = [threading.Thread(target=worker, args=(slot, scratch), daemon=True, name=f"grader-{slot}")
                   for slot in range(jobs)]
        for thread in threads:
            thread.start()
        try:
            for intake in listing.read(selected):
                if stop.is_set():
                    break
                fingerprint = submission_fingerprint(intake)
                old = _read_record(record_path(records_dir, intake.learner))
                if (old and old.submission == fingerprint and old.spec == spec_id
                        and old.source == (intake.source or intake.learner)):
                    with write_lock:
                        counts["reused"] += 1
                        finished.append(intake.learner)
                    progress()
                    continue
                while not stop.is_set():
                    try:
                        tasks.put((intake, fingerprint), timeout=0.2)
                        break
                    except queue.Full:
                        continue
            for _ in threads:
                while not stop.is_set():
                    try:
                        tasks.put(None, timeout=0.2)
                        break
                    except queue.Full:
                        continue
            _join(threads, stop)
        finally:
            stop.set()
            sandbox.cancel()  # nothing is left running if the listing or a thread failed
            _join(threads, stop)
            sandbox.close()
            sandbox.temp_root = None
        interrupted = stopper.signum is not None
    if failures and not interrupted:
        raise failures[0]
    remove_superseded(records_dir, {entry.learner: entry.source or entry.learner for entry in listing.entries})
    return BatchResult(RecordSet(records_dir, finished), counts["graded"], counts["reused"], interrupted,
                       class_size=len(listing), selected=len(selected), removed_stale=len(scratch.removed_stale))


def _join(threads: list[threading.Thread], stop: threading.Event, grace: float = 10.0) -> None:
    """Wait for the grading threads; once stopping, give them `grace` seconds at most.

    They are daemon threads: one stuck in a check that will not end (a course bug)
    cannot keep the command from exiting after a Ctrl-C.
    """
    deadline = None
    for thread in threads:
        while thread.is_alive():
            if stop.is_set():
                deadline = deadline or time.monotonic() + grace
                if time.monotonic() >= deadline:
                    return
            thread.join(timeout=0.2)


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
