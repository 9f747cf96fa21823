"""Benchmark: grade a synthetic class end to end and compare with a naive baseline.

    .venv/bin/python benchmarks/grading.py [--learners 500] [--jobs 2] [--baseline-sample 40]

It writes N synthetic submissions of the full exercise set (correct, partial, broken and
hostile ones), grades them with the same code as `course grade` (intake, sandboxed
workers, records, gradebook, feedback pages), and prints the total time, the median time
per submission, and the ratio against the naive baseline measured in the same run: one
`pytest tests/graded` process per submission. The baseline is timed on a sample of the
same submissions (all of them with --baseline-sample 0) and scaled to N; the output says
which. Targets on a 2-core machine: N=500 in at most 60 s, at most a quarter of the
baseline's time. This is a measurement, not a test: it never fails a build.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.grading.batch import grade_batch  # noqa: E402
from course.grading.outputs import write_outputs  # noqa: E402
from course.grading.runner import load_chapters  # noqa: E402
from course.grading.sandbox import Sandbox  # noqa: E402

HOSTILE = [
    "while True:\n    pass\n",                                   # endless loop at import
    "import os\nos._exit(0)\n",                                  # exits before answering
    "import socket\ntry:\n    socket.create_connection(('10.0.0.1', 80), timeout=1)\nexcept OSError:\n    pass\n",
    "x = [bytearray(1 << 20) for _ in range(5000)]\n",           # memory bomb
]


def synthetic_class(folder: Path, learners: int, seed: int = 7) -> dict[str, int]:
    """Write `learners` submissions; returns how many of each kind."""
    rng = random.Random(seed)
    slugs = sorted(load_chapters(ROOT))
    kinds = {"correct": 0, "partial": 0, "broken": 0, "hostile": 0}
    for n in range(learners):
        roll = rng.random()
        kind = "correct" if roll < 0.35 else "partial" if roll < 0.85 else "broken" if roll < 0.97 else "hostile"
        kinds[kind] += 1
        learner = folder / f"learner{n:04d}"
        learner.mkdir(parents=True)
        target = rng.choice(slugs)  # a hostile learner attacks through one of its files
        for slug in slugs:
            solution = (ROOT / "solutions" / f"{slug}.py").read_text(encoding="utf-8")
            stub = (ROOT / "exercises" / f"{slug}.py").read_text(encoding="utf-8")
            if kind == "correct":
                text = solution
            elif kind == "partial":
                text = solution if rng.random() < 0.6 else stub
            elif kind == "broken":
                text = solution + "\ndef broken(:\n" if rng.random() < 0.5 else stub
            else:
                text = (rng.choice(HOSTILE) + solution) if slug == target else solution
            (learner / f"{slug}.py").write_text(text, encoding="utf-8")
    return kinds


def run_ours(submissions: Path, out: Path, jobs: int) -> tuple[float, list[float]]:
    chapters = load_chapters(ROOT)
    per_submission: list[float] = []
    last = [time.perf_counter()]

    def tick(_n):
        now = time.perf_counter()
        per_submission.append(now - last[0])
        last[0] = now

    started = time.perf_counter()
    result = grade_batch(submissions, out, chapters, jobs=jobs, sandbox=Sandbox(), on_progress=tick)
    write_outputs(out, result.records, chapters)
    return time.perf_counter() - started, per_submission


def run_baseline(submissions: list[Path]) -> float:
    """One pytest process per submission: the naive way."""
    started = time.perf_counter()
    for folder in submissions:
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/graded"],
                       cwd=ROOT, env={**os.environ, "COURSE_SUBMISSION": str(folder)},
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline-sample", type=int, default=40,
                        help="time the baseline on this many submissions and scale (0: all)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="course-bench-"))
    try:
        kinds = synthetic_class(work / "class", args.learners)
        chapters = load_chapters(ROOT)
        items = sum(len(c.spec.items) for c in chapters.values())
        print(f"synthetic class: {args.learners} submissions x {len(chapters)} chapters ({items} items); "
              + ", ".join(f"{k} {v}" for k, v in kinds.items()))
        print(f"machine: {os.cpu_count()} cores; sandbox: {Sandbox().description}")
        total, per = run_ours(work / "class", work / "out", args.jobs)
        print(f"course grade: {total:.1f} s total, median {statistics.median(per) * 1000:.0f} ms per submission "
              f"(as they complete with {args.jobs} jobs), {args.learners / total:.1f} submissions/s")
        folders = sorted((work / "class").iterdir())
        sample = folders if args.baseline_sample <= 0 else folders[: args.baseline_sample]
        baseline = run_baseline(sample)
        scaled = baseline * len(folders) / len(sample)
        how = "measured on all" if len(sample) == len(folders) else f"measured on {len(sample)}, scaled to {len(folders)}"
        print(f"naive baseline (one pytest process per submission, {how}): {scaled:.1f} s, "
              f"{baseline / len(sample) * 1000:.0f} ms per submission")
        print(f"ratio: course grade takes {total / scaled:.2f} of the baseline's time "
              f"(target <= 0.25); 500-in-60s target: {'met' if total <= 60 * args.learners / 500 else 'missed'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
