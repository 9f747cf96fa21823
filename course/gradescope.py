"""Gradescope autograder: build the upload zip, and grade inside Gradescope.

`course export gradescope OUT.zip` writes a zip with `setup.sh` and `run_autograder` at
its root (Gradescope's rule), the `course` package and the graded specs. Inside
Gradescope, `run_autograder` calls `python -m course.gradescope SUBMISSION RESULTS`,
which grades the submission with the same sandboxed runner as `course grade` and
always writes `results.json` in Gradescope's format, even when grading fails.

No sandbox, no grading: if bubblewrap cannot run in the container, the autograder
writes a results.json that says so and exits non-zero, unless the zip was exported
with `--unsafe-no-sandbox`. Either way learner code runs as a fresh unprivileged uid
(the grader runs as root there), and the specs, keys and everything else under
/autograder are readable by root only (`LOCKDOWN`), so learner code cannot read them.
The sandbox mode is recorded in results.json (`extra_data.sandbox` and the output).
"""
from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

from course.paths import Layout

UNSAFE_FLAG = "--unsafe-no-sandbox"

# Only root may enter /autograder: the specs (answer keys, hidden cases), the course code,
# the results and the submission itself. The grader copies the learner's files into a
# private folder for the worker, which runs as an unprivileged uid.
LOCKDOWN = """chown -R root:root "$AUTOGRADER"
chmod 700 "$AUTOGRADER"
chmod -R go-rwx "$AUTOGRADER/source"
"""

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 python3-venv python3-pip bubblewrap
python3 -m venv /autograder/venv
/autograder/venv/bin/pip install --quiet /autograder/source
AUTOGRADER=/autograder
""" + LOCKDOWN

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission, from /autograder, as root.
set -u
AUTOGRADER=/autograder
""" + LOCKDOWN + """cd /autograder/source
COURSE_ROOT=/autograder/source /autograder/venv/bin/python -m course.gradescope /autograder/submission /autograder/results/results.json{flag}
"""

# Minimal installable project for the autograder image (no book dependencies).
PYPROJECT = """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "prc-surveillance-course-autograder"
version = "{version}"
requires-python = ">=3.10"
dependencies = {dependencies}

[tool.setuptools.packages.find]
include = ["course*"]
"""


def build_zip(root: Path, target: Path, unsafe_no_sandbox: bool = False) -> list[str]:
    """Write the Gradescope autograder zip; returns its member names.

    `unsafe_no_sandbox` lets the autograder grade when bubblewrap cannot run in
    Gradescope's container (learner code then runs unsandboxed, as an unprivileged uid).
    """
    from course import __version__
    from course.packaging import runtime_dependencies, toml_list

    members = []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        def add_text(name: str, text: str, executable: bool = False):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = (0o100755 if executable else 0o100644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
            members.append(name)

        add_text("setup.sh", SETUP_SH, executable=True)
        add_text("run_autograder", RUN_AUTOGRADER.format(flag=f" {UNSAFE_FLAG}" if unsafe_no_sandbox else ""),
                 executable=True)
        add_text("pyproject.toml", PYPROJECT.format(version=__version__, dependencies=toml_list(runtime_dependencies(root))))
        layout = Layout(root)
        for path in sorted(layout.package.rglob("*.py")):
            if "__pycache__" not in path.parts:
                add_text(str(path.relative_to(root)), path.read_text(encoding="utf-8"))
        for path in sorted(layout.specs.glob("ch[0-9][0-9]_*.py")):
            add_text(str(path.relative_to(root)), path.read_text(encoding="utf-8"))
        add_text(layout.config.name, "# marks the course root for course.paths\n")
    return members


def results_json(record, chapters, seconds: float, sandbox: dict | None = None) -> dict:
    """A learner's record (course.grading.record.LearnerRecord) as Gradescope's results.json (one test per item).

    `sandbox` (Sandbox.metadata()) is recorded under extra_data.sandbox."""
    titles = {c.short: c.title for c in chapters.values()}
    tests = []
    for entry in record.items:
        score, possible = entry.awarded, entry.possible
        tests.append({
            "name": f"{entry.item} ({titles.get(entry.chapter, entry.chapter)})",
            "number": entry.item,
            "score": round(float(score), 4),
            "max_score": round(float(possible), 4),
            "status": "passed" if score == possible else "failed",
            "output": "" if score == possible else f"Hint: {entry.message}",
            "visibility": "visible",
        })
    output = f"Status: {record.status}."
    if record.reason:
        output += f" {record.reason}."
    if record.ignored:
        output += " Not used: " + ", ".join(sorted(record.ignored)) + "."
    if not tests:
        tests.append({"name": "Submission could not be graded", "score": 0.0, "max_score": 0.0,
                      "status": "failed", "output": record.reason, "visibility": "visible"})
    document = {"execution_time": round(seconds, 2), "output": output, "visibility": "visible",
                "stdout_visibility": "hidden", "tests": tests}
    if sandbox is not None:
        document["extra_data"] = {"sandbox": sandbox}
        if sandbox.get("sandbox") != "bubblewrap":
            document["output"] += " Graded without a sandbox (the instructor allowed it)."
    return document


def main(argv: list[str]) -> int:
    unsafe = UNSAFE_FLAG in argv
    submission, results_path = [Path(a) for a in argv if a != UNSAFE_FLAG][:2]
    started = time.perf_counter()
    status = 0
    try:
        from course.grading.batch import grade_one
        from course.grading.intake import read_folder
        from course.grading.runner import answerable_of, load_chapters
        from course.grading.sandbox import Sandbox, SandboxUnavailable
        from course.paths import course_root

        try:
            sandbox = Sandbox(allow_unsandboxed=unsafe)
        except SandboxUnavailable as exc:
            status = 1
            print(f"course.gradescope: refused to grade: {exc}", file=sys.stderr)
            document = {"score": 0.0, "tests": [], "visibility": "visible",
                        "output": "The autograder did not grade this submission: it could not isolate learner code "
                                  "here. Your instructor has been told; nothing you did caused this.",
                        "extra_data": {"sandbox": {"sandbox": "refused", "reason": str(exc)}}}
        else:
            print(f"sandbox: {sandbox.description}")  # the instructor sees the autograder's output
            chapters = load_chapters(course_root())
            intake = read_folder(submission, {f"{slug}.py" for slug in chapters}, answerable_of(chapters))
            intake.learner = "submission"
            record = grade_one(intake, chapters, sandbox, slot=0)
            document = results_json(record, chapters, time.perf_counter() - started, sandbox.metadata())
    except Exception as exc:  # Gradescope needs a results.json whatever happens
        document = {"score": 0.0, "output": f"The autograder failed: {type(exc).__name__}: {exc}",
                    "tests": [], "visibility": "visible"}
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
