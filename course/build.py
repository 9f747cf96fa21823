"""Build the course book: one HTML site per edition (learner, instructor).

Each edition is built in its own process (the edition is read from COURSE_EDITION
when Sphinx starts) and the two run side by side. Warnings are errors (-W -n
--keep-going), so a broken reference, citation or glossary term fails the build.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

EDITIONS = ("learner", "instructor")


@dataclass
class EditionResult:
    edition: str
    returncode: int
    seconds: float
    output: Path
    log: str


def output_dir(out_root: Path, edition: str, builder: str = "html") -> Path:
    return out_root / edition / builder


def build_edition_in_process(root: Path, out_root: Path, edition: str, builder: str = "html") -> int:
    """Run Sphinx through Jupyter Book's own entry point, in this process."""
    from jupyter_book.sphinx import build_sphinx

    os.environ["COURSE_EDITION"] = edition
    outdir = output_dir(out_root, edition, builder)
    result = build_sphinx(
        root,
        outdir,
        use_external_toc=True,
        noconfig=True,
        path_config=str(root / "_config.yml"),
        confoverrides={"nitpicky": True, "latex_individualpages": False},
        builder=builder,
        warningiserror=True,
        keep_going=True,
        quiet=True,
    )
    if isinstance(result, Exception):
        print(f"build failed: {result}", file=sys.stderr)
        return 1
    return int(result)


def build(root: Path, editions=EDITIONS, builder: str = "html", out_root: Path | None = None) -> list[EditionResult]:
    """Build the given editions in parallel subprocesses and collect their logs."""
    out_root = Path(out_root or root / "_build").resolve()
    procs = []
    for edition in editions:
        log_path = out_root / f"{edition}-{builder}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(log_path, "w", encoding="utf-8")
        env = {**os.environ, "COURSE_EDITION": edition, "PYTHONWARNINGS": "ignore"}
        cmd = [sys.executable, "-m", "course.build", str(root), str(out_root), edition, builder]
        procs.append((edition, time.perf_counter(), subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root), log, log_path))
    results = []
    for edition, started, proc, log, log_path in procs:
        code = proc.wait()
        log.close()
        results.append(EditionResult(edition, code, time.perf_counter() - started,
                                     output_dir(out_root, edition, builder), log_path.read_text(encoding="utf-8")))
    return results


if __name__ == "__main__":
    sys.exit(build_edition_in_process(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "html"))
