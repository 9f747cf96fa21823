"""Benchmark: how long a learner waits for `course check 7` (warm), and where the time goes.

    .venv/bin/python benchmarks/check.py [--runs 10] [--chapter 7]

Runs `python -m course check N` on the exercise stubs once to warm the disk cache
(and the sandbox probe cache), then --runs more times, and prints the median and
the spread of the wall time. It then times, in this process, the two parts that
issue 16 named: loading the chapter specs (one chapter, and all of them) and making
a `Sandbox` (which checks that bubblewrap works, unless a probe is cached).

The machine's load average is printed with the figures: on a shared machine the
wall time is not the quiet figure. This is a measurement, not a test: it never
fails a build.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wall_times(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, cwd=ROOT, capture_output=True)   # warm-up, not counted
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def in_process_ms(action, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--chapter", default="7")
    args = parser.parse_args()

    from course.grading.runner import load_chapters
    from course.grading.sandbox import Sandbox

    command = [sys.executable, "-m", "course", "check", args.chapter]
    times = wall_times(command, args.runs)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"course check {args.chapter} (warm, {args.runs} runs): median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s")
    print(f"  load one chapter's spec : {in_process_ms(lambda: load_chapters(ROOT, [args.chapter])):6.1f} ms")
    print(f"  load all chapter specs  : {in_process_ms(lambda: load_chapters(ROOT)):6.1f} ms")
    print(f"  Sandbox() (probe cached): {in_process_ms(lambda: Sandbox(probe_cache=True)):6.1f} ms")
    print(f"  Sandbox() (fresh probe) : {in_process_ms(Sandbox):6.1f} ms")


if __name__ == "__main__":
    main()
