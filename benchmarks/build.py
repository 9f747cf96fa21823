"""Benchmark: how long an author waits for `course build` (both editions).

    .venv/bin/python benchmarks/build.py [--source DIR] [--keep]

It copies the course's tracked files (`git ls-files`) from DIR (default: this
checkout) to a temporary folder, so the checkout is never edited, and times
`python -m course build --out OUT` there, as an author runs it:

1. cold: a fresh output folder, no notebook cache, no Sphinx environment;
2. no change: the same command again;
3. one-word edit: one word of one chapter changed, then the command again.

Targets (issue 13): cold <= 60 s, one-word edit <= 3 s, no change <= 2 s. The
machine's load (from /proc/loadavg) and core count are printed with the figures,
because a shared machine makes every wall-clock figure slower; the CPU seconds of
all the build's processes are printed too, as they depend much less on the load. This is a measurement, not a
test: it never fails a build.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDITED_PAGE = "book/ch07_export_controls.md"
TARGETS = {"cold": 60.0, "no change": 2.0, "one-word edit": 3.0}


def load() -> str:
    one, five, _ = Path("/proc/loadavg").read_text().split()[:3]
    return f"load {one} (1 min) {five} (5 min) on {os.cpu_count()} cores"


def copy_sources(source: Path, target: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=source, capture_output=True, check=True).stdout
    for name in files.decode().split("\0"):
        if name and (source / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / name, target / name)


def edit_one_word(page: Path) -> str:
    """Change the first "the" after the front matter and title into "this"; return a description."""
    text = page.read_text(encoding="utf-8")
    start = text.index("\n# ") + 3
    match = re.compile(r"\bthe\b").search(text, start)
    page.write_text(text[:match.start()] + "this" + text[match.end():], encoding="utf-8")
    return f"{page.name}, line {text.count(chr(10), 0, match.start()) + 1}: 'the' -> 'this'"


def cpu_seconds_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(tree: Path, out: Path) -> tuple[float, float, str]:
    """Wall-clock seconds, CPU seconds (all processes of the build), per-edition times."""
    env = {**os.environ, "COURSE_ROOT": str(tree)}
    cpu_before, started = cpu_seconds_of_children(), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "course", "build", "--out", str(out)], cwd=tree, env=env,
                          capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - started, cpu_seconds_of_children() - cpu_before
    if done.returncode != 0:
        sys.exit(f"the build failed in {tree}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    editions = ", ".join(f"{m[0]} {m[1] or m[2]}" for m in
                         re.findall(r"(\w+)\s+(?:built in\s+([\d.]+ s)|(up to date))", done.stdout))
    return seconds, cpu, editions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy and its build")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="course-build-bench-"))
    tree, out = work / "course", work / "out"
    copy_sources(args.source.resolve(), tree)
    print(f"build benchmark of {args.source.resolve()} (copy in {tree})")
    for step in ("cold", "no change", "one-word edit"):
        note = ""
        if step == "one-word edit":
            note = edit_one_word(tree / EDITED_PAGE)
        before = load()
        seconds, cpu, editions = timed_build(tree, out)
        verdict = "within" if seconds <= TARGETS[step] else "OVER"
        print(f"  {step:<14} {seconds:6.1f} s wall, {cpu:6.1f} s CPU ({verdict} the {TARGETS[step]:.0f} s target; "
              f"editions: {editions}; {before}){'; ' + note if note else ''}", flush=True)
    print(f"after: {load()}")
    if args.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
