"""Benchmark: grade a synthetic class end to end; time, memory, and a naive baseline.

    .venv/bin/python benchmarks/grading.py [--learners 500 5000] [--loops 0.05] [--jobs N]
                                           [--baseline-sample 40 | --no-baseline] [--no-memo]

For each class size it writes N synthetic submissions of the full exercise set
(correct, partial, broken and hostile ones, and a share --loops of learners with one
endless loop: half at the top of a file, half inside a function the checks call),
grades them in a fresh process with the same code as `course grade` (streamed intake,
sandboxed workers, records, gradebook, feedback pages, LMS files, class report), and
prints the wall time, the processor time used (the grader and every sandbox), the
median time per submission, how many answers the grader had seen before (its memo:
identical answer lines are parsed and judged once; --no-memo grades as if every answer
in the class were different), the peak memory of the grader process (its maximum RSS)
and of the whole process tree (grader plus sandboxes, sampled every 0.1 s), and the
sandbox mode. Memory must be flat: the same for 500 and 5,000 learners.

The naive baseline (one `pytest tests/test_graded.py` process per submission) is timed on a
sample and scaled. Targets on a quiet 2-core machine: 500 learners with 5% endless
loops in at most 30 s; peak memory flat in the class size. The machine's load average
is printed with the figures: on a shared machine the wall time is not the quiet
figure. This is a measurement, not a test: it never fails a build.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.grading import memo  # noqa: E402
from course.grading.batch import default_jobs, grade_batch  # noqa: E402
from course.grading.finish import PagesAsGraded, write_all  # noqa: E402
from course.grading.proctree import tree_total  # noqa: E402
from course.grading.runner import load_chapters  # noqa: E402
from course.grading.sandbox import Sandbox  # noqa: E402

HOSTILE = [
    "import os\nos._exit(0)\n",                                  # exits before answering
    "import socket\ntry:\n    socket.create_connection(('10.0.0.1', 80), timeout=1)\nexcept OSError:\n    pass\n",
    "x = [bytearray(1 << 20) for _ in range(5000)]\n",           # memory bomb
]
LOOP_AT_IMPORT = "while True:\n    pass\n"


class Files:
    """Writes submission files, hard-linking identical contents (a 5,000-learner class
    is then a few MB on disk instead of 1 GB; the grader reads each file all the same)."""

    def __init__(self, store: Path):
        self.store = store
        store.mkdir(parents=True)

    def write(self, path: Path, text: str) -> None:
        data = text.encode("utf-8")
        blob = self.store / hashlib.sha256(data).hexdigest()
        if not blob.exists():
            blob.write_bytes(data)
        os.link(blob, path)


def synthetic_class(folder: Path, learners: int, loops: float = 0.05, seed: int = 7) -> dict[str, int]:
    """Write `learners` submissions; returns how many of each kind."""
    rng = random.Random(seed)
    chapters = load_chapters(ROOT)
    slugs = sorted(chapters)
    functions = {slug: [item.name for item in chapters[slug].spec.items if item.kind == "function"] for slug in slugs}
    solutions = {slug: (ROOT / "solutions" / f"{slug}.py").read_text(encoding="utf-8") for slug in slugs}
    stubs = {slug: (ROOT / "exercises" / f"{slug}.py").read_text(encoding="utf-8") for slug in slugs}
    files = Files(folder.parent / f"{folder.name}-blobs")
    kinds = {"correct": 0, "partial": 0, "broken": 0, "hostile": 0, "endless loop": 0}
    looping = set(rng.sample(range(learners), round(learners * loops)))   # exactly the share asked for
    for n in range(learners):
        roll = rng.random()
        kind = ("endless loop" if n in looping else "correct" if roll < 0.35 else "partial"
                if roll < 0.84 else "broken" if roll < 0.96 else "hostile")
        kinds[kind] += 1
        learner = folder / f"learner{n:05d}"
        learner.mkdir(parents=True)
        target = rng.choice([s for s in slugs if functions[s]])  # the file a hostile learner attacks through
        for slug in slugs:
            solution, stub = solutions[slug], stubs[slug]
            if kind == "correct":
                text = solution
            elif kind == "partial":
                text = solution if rng.random() < 0.6 else stub
            elif kind == "broken":
                text = solution + "\ndef broken(:\n" if rng.random() < 0.5 else stub
            elif kind == "hostile":
                text = (rng.choice(HOSTILE) + solution) if slug == target else solution
            elif slug != target:
                text = solution
            elif n % 2:  # the loop runs when the file is loaded
                text = LOOP_AT_IMPORT + solution
            else:        # the loop runs when a checked function is called
                name = rng.choice(functions[slug])
                text = solution + f"\n\ndef {name}(*args, **kwargs):\n    while True:\n        pass\n"
            files.write(learner / f"{slug}.py", text)
    return kinds


class TreeMemory:
    """Samples the summed RSS of this process and all its descendants; keeps the peak."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(os.getpid()))
            self._stop.wait(self.interval)


class TreeCPU:
    """Processor seconds of this process and everything it starts, sandboxes included.

    Exact where this process may make a cgroup v1 `cpuacct` group (the grader moves in,
    every child inherits it, and its usage counts processes that died unreaped inside a
    sandbox's PID namespace too). Otherwise only what `getrusage` sees: this process and
    the children it reaped, which misses the processes bubblewrap starts inside its own
    PID namespace; `exact` says which it was.
    """

    def __init__(self):
        self.group: Path | None = None
        try:
            own = next(line.split(":", 2)[2] for line in Path("/proc/self/cgroup").read_text().splitlines()
                       if "cpuacct" in line.split(":", 2)[1].split(","))
            base = next(p for p in (Path("/sys/fs/cgroup/cpuacct"), Path("/sys/fs/cgroup/cpu,cpuacct")) if p.is_dir())
            parent = base / own.lstrip("/")
            for stale in parent.glob("course-bench-*"):   # left by a benchmark that was killed
                if not Path("/proc", stale.name.rsplit("-", 1)[-1]).exists():
                    try:
                        stale.rmdir()
                    except OSError:
                        pass
            group = parent / f"course-bench-{os.getpid()}"
            group.mkdir()
            (group / "cgroup.procs").write_text(str(os.getpid()))
            self.group = group
        except (OSError, StopIteration):
            self.group = None
        self.exact = self.group is not None
        self.start = self._now()

    def _now(self) -> float:
        if self.group is not None:
            return int((self.group / "cpuacct.usage").read_text()) / 1e9
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    def used(self) -> float:
        return self._now() - self.start

    def close(self) -> None:
        """Move back to the parent group and remove ours."""
        if self.group is None:
            return
        try:
            (self.group.parent / "cgroup.procs").write_text(str(os.getpid()))
            self.group.rmdir()
        except OSError:
            pass
        self.group = None


def tree_rss(root: int) -> int:
    """Bytes resident in `root` and its descendants (Linux /proc; 0 elsewhere)."""
    page = os.sysconf("SC_PAGE_SIZE")
    return tree_total(root, lambda fields: int(fields[21]) * page) or 0


def run_one(learners: int, loops: float, jobs: int, use_memo: bool = True) -> dict:
    """Make a class, grade it, write every output; runs in a fresh process per class size."""
    if not use_memo:   # as if every answer in the class were different (the memo's worst case)
        memo.ANSWERS.max_entries = memo.JUDGMENTS.max_entries = 0
    work = Path(tempfile.mkdtemp(prefix="course-bench-"))
    work.chmod(0o711)
    try:
        kinds = synthetic_class(work / "class", learners, loops)
        chapters = load_chapters(ROOT)
        sandbox = Sandbox()
        per_submission: list[float] = []
        last = [time.perf_counter()]

        def tick(_n):
            now = time.perf_counter()
            per_submission.append(now - last[0])
            last[0] = now

        tree_cpu = TreeCPU()
        before = os.times()
        started = time.perf_counter()
        with TreeMemory() as tree:   # as `course grade` does it: pages are written as learners are graded
            pages = PagesAsGraded(work / "out", chapters)
            result = grade_batch(work / "class", work / "out", chapters, jobs=jobs, sandbox=sandbox, on_progress=tick,
                                 on_record=pages)
            graded = time.perf_counter() - started
            write_all(work / "out", result.records, chapters, pages=pages)
        total = time.perf_counter() - started
        after = os.times()
        statuses: dict[str, int] = {}
        for record in result.records:
            statuses[record.status] = statuses.get(record.status, 0) + 1
        cpu_tree, cpu_exact = tree_cpu.used(), tree_cpu.exact
        tree_cpu.close()
        return {"learners": learners, "kinds": kinds, "seconds": total, "grading_seconds": graded,
                "outputs_seconds": total - graded, "median_ms": 1000 * statistics.median(per_submission),
                "cpu_self": after.user + after.system - before.user - before.system,
                "cpu_tree": cpu_tree, "cpu_tree_exact": cpu_exact,
                "load_during": os.getloadavg()[0],
                "peak_rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "peak_rss_tree_mb": tree.peak / 2**20, "statuses": statuses, "sandbox": sandbox.description,
                "items": sum(len(c.spec.items) for c in chapters.values()), "chapters": len(chapters),
                "memo": {"answers_reused": memo.ANSWERS.hits, "answers_read": memo.ANSWERS.misses,
                         "judgments_reused": memo.JUDGMENTS.hits, "judgments_made": memo.JUDGMENTS.misses}}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_baseline(submissions: list[Path]) -> float:
    """One pytest process per submission: the naive way."""
    started = time.perf_counter()
    for folder in submissions:
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_graded.py"],
                       cwd=ROOT, env={**os.environ, "COURSE_SUBMISSION": str(folder)},
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, nargs="+", default=[500])
    parser.add_argument("--loops", type=float, default=0.05, help="share of learners with an endless loop")
    parser.add_argument("--jobs", type=int, default=default_jobs(),
                        help="submissions graded at once (default: as `course grade`, one more than the processors)")
    parser.add_argument("--baseline-sample", type=int, default=40,
                        help="time the baseline on this many submissions and scale (0: all)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-memo", dest="memo", action="store_false",
                        help="grade as if no two answers in the class were alike (the memo's worst case)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)   # internal: one class size, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.loops, args.jobs, use_memo=args.memo)))
        return
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{v:.2f}' for v in os.getloadavg())} "
          "(1, 5, 15 min)")
    results = []
    for learners in args.learners:
        done = subprocess.run([sys.executable, __file__, "--one", str(learners), "--loops", str(args.loops),
                               "--jobs", str(args.jobs), *([] if args.memo else ["--no-memo"])],
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"the benchmark run for {learners} learners failed:\n{done.stderr[-3000:]}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(r)
        print(f"\n{learners} submissions x {r['chapters']} chapters ({r['items']} items): "
              + ", ".join(f"{k} {v}" for k, v in r["kinds"].items()))
        print(f"  sandbox: {r['sandbox']}")
        print(f"  course grade: {r['seconds']:.1f} s total ({r['grading_seconds']:.1f} s grading, "
              f"{r['outputs_seconds']:.1f} s outputs), median {r['median_ms']:.0f} ms per submission "
              f"with {args.jobs} jobs, {learners / r['seconds']:.1f} submissions/s")
        how = "all of it" if r["cpu_tree_exact"] else "reaped children only: a lower bound"
        print(f"  processor time: grader process {r['cpu_self']:.1f} s; grader and all its children "
              f"(sandboxes) {r['cpu_tree']:.1f} s ({how}); {r['cpu_tree'] / learners * 1000:.0f} ms per learner")
        m = r["memo"]
        print(f"  answers seen before (memo): {m['answers_reused']} of {m['answers_reused'] + m['answers_read']} lines "
              f"reused, {m['judgments_reused']} of {m['judgments_reused'] + m['judgments_made']} judgments reused"
              + ("" if args.memo else " (memo switched off: --no-memo)"))
        print(f"  endless loops in the mix: {r['kinds']['endless loop']} of {learners} "
              f"({100 * r['kinds']['endless loop'] / learners:.1f}%)")
        print(f"  peak memory: grader process {r['peak_rss_self_mb']:.0f} MiB, "
              f"whole tree (grader + sandboxes) {r['peak_rss_tree_mb']:.0f} MiB")
        print("  status: " + ", ".join(f"{k} {v}" for k, v in sorted(r["statuses"].items())))
        print(f"  load average (1 min) at the end of grading: {r['load_during']:.2f}; after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        if learners == 500:
            print(f"  500-in-30s target (quiet 2-core machine): {'met' if r['seconds'] <= 30 else 'missed'} here")
    if len(results) > 1:
        low, high = results[0], results[-1]
        print(f"\nmemory, {low['learners']} -> {high['learners']} learners: grader "
              f"{low['peak_rss_self_mb']:.0f} -> {high['peak_rss_self_mb']:.0f} MiB, tree "
              f"{low['peak_rss_tree_mb']:.0f} -> {high['peak_rss_tree_mb']:.0f} MiB")
    if args.no_baseline:
        return
    work = Path(tempfile.mkdtemp(prefix="course-bench-base-"))
    try:
        n = args.learners[0]
        synthetic_class(work / "class", n, args.loops)
        folders = sorted((work / "class").iterdir())
        sample = folders if args.baseline_sample <= 0 else folders[: args.baseline_sample]
        baseline = run_baseline(sample)
        scaled = baseline * len(folders) / len(sample)
        how = "measured on all" if len(sample) == len(folders) else f"measured on {len(sample)}, scaled to {n}"
        print(f"\nnaive baseline (one pytest process per submission, {how}): {scaled:.1f} s; "
              f"course grade takes {results[0]['seconds'] / scaled:.2f} of it")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
