"""`course grade` under interruption and at scale: Ctrl-C, killed runs, shards, reruns.

Each test runs the real command in a subprocess, as an instructor (or a job runner)
would, and signals it from outside.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from course.grading.batch import Shard
from course.grading.runner import load_chapters

ROOT = Path(__file__).resolve().parents[1]
SLUGS = sorted(load_chapters(ROOT))
OUTPUTS = ["gradebook.csv", "canvas.csv", "moodle.csv", "manual-grading.csv", "class-report.csv", "class-report.html"]


@pytest.fixture
def scratch_tmp():
    """A TMPDIR of our own, so the test sees exactly which scratch folders a run leaves.

    Under /tmp and passable by others: sandboxed workers run as another user."""
    folder = Path(tempfile.mkdtemp(prefix="course-scale-test-", dir="/tmp"))
    folder.chmod(0o711)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def course(*args: str, tmpdir: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, **({"TMPDIR": str(tmpdir)} if tmpdir else {})}
    return subprocess.run([sys.executable, "-m", "course.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env=env)


def start(*args: str, tmpdir: Path | None = None) -> subprocess.Popen:
    env = {**os.environ, **({"TMPDIR": str(tmpdir)} if tmpdir else {})}
    return subprocess.Popen([sys.executable, "-m", "course.cli", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def make_class(folder: Path, learners: int, slow: float = 0.0) -> None:
    """Correct, empty and half-answered submissions; `slow` seconds of sleep when a file loads."""
    for n in range(learners):
        learner = folder / f"learner{n:03d}"
        learner.mkdir(parents=True)
        for number, slug in enumerate(SLUGS):
            source = ROOT / ("solutions" if n % 3 == 0 or (n % 3 == 2 and number % 2) else "exercises") / f"{slug}.py"
            text = source.read_text(encoding="utf-8")
            if slow and number == 0:
                text = f"import time\ntime.sleep({slow})\n" + text
            (learner / f"{slug}.py").write_text(text, encoding="utf-8")


def wait_for_records(folder: Path, at_least: int, proc: subprocess.Popen, limit: float = 180) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        done = len(list(folder.glob("*.json")))
        if done >= at_least:
            return done
        time.sleep(0.05)
    raise AssertionError(f"the batch did not get to {at_least} records in time")


def test_ctrl_c_stops_within_seconds_keeps_records_and_resumes(tmp_path, scratch_tmp):
    make_class(tmp_path / "class", 40, slow=0.4)
    whole = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / "whole"), "-q")
    assert whole.returncode == 0, whole.stderr
    out = tmp_path / "stopped"
    proc = start("grade", str(tmp_path / "class"), "--out", str(out), "-q", tmpdir=scratch_tmp)
    wait_for_records(out / "records", 4, proc)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    stopped_after = time.monotonic() - sent
    kept = len(list((out / "records").glob("*.json")))
    assert proc.returncode == 130, (proc.returncode, stderr)
    assert stopped_after < 8, f"Ctrl-C took {stopped_after:.1f} s to stop the batch"
    assert 4 <= kept < 40, kept
    assert "Traceback" not in stderr
    resume = [line for line in stderr.splitlines() if "run the same command again" in line]
    assert len(resume) == 1 and f"course grade {tmp_path / 'class'} --out {out}" in resume[0], stderr
    # Partial outputs from the records kept, and marked as such.
    assert len((out / "gradebook.csv").read_text().splitlines()) == kept + 1
    assert "incomplete" in (out / "INCOMPLETE.txt").read_text()
    pages = sorted(p.stem for p in (out / "feedback").glob("*.html"))
    assert pages == sorted(p.stem for p in (out / "records").glob("*.json")), "a kept record has no page, or a page no record"
    assert not list(scratch_tmp.glob("*/run-*")), "the stopped run left its scratch folder"
    resumed = course("grade", str(tmp_path / "class"), "--out", str(out), "-q", tmpdir=scratch_tmp)
    assert resumed.returncode == 0, resumed.stderr
    assert f"reused {kept}" in resumed.stdout
    assert not (out / "INCOMPLETE.txt").exists()
    assert len(list((out / "feedback").glob("*.html"))) == 40
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name


def test_scratch_folders_of_a_killed_run_are_removed_by_the_next(tmp_path, scratch_tmp):
    make_class(tmp_path / "class", 40, slow=0.4)   # enough left to do when it is killed, even on a busy machine
    out = tmp_path / "out"
    proc = start("grade", str(tmp_path / "class"), "--out", str(out), "-q", "--jobs", "2", tmpdir=scratch_tmp)
    wait_for_records(out / "records", 2, proc)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    left = [p for p in scratch_tmp.rglob("*")]
    assert left, "a SIGKILLed run should leave its scratch folders (or this test proves nothing)"
    again = course("grade", str(tmp_path / "class"), "--out", str(out), "-q", tmpdir=scratch_tmp)
    assert again.returncode == 0, again.stderr
    remaining = [p for p in scratch_tmp.rglob("*") if p.name != f"course-grading-{os.getuid()}"]
    assert remaining == [], f"left behind: {remaining[:5]}"


def test_a_live_run_keeps_its_scratch_folder(tmp_path):
    from course.grading.scratch import ScratchArea, remove_stale

    with ScratchArea(tmp_path / "root") as live:
        stale = tmp_path / "root" / "run-999999-dead"
        stale.mkdir()
        (stale / "lock").write_text("")
        (stale / "course-sandbox-x").mkdir()
        removed = remove_stale(tmp_path / "root")
        assert removed == [stale] and live.path.is_dir()
    assert not live.path.exists()


def test_shards_merged_equal_one_run_byte_for_byte(tmp_path):
    make_class(tmp_path / "class", 12)
    learners = [p.name for p in (tmp_path / "class").iterdir()]
    assert all(any(Shard(k, 3).holds(name) for name in learners) for k in (1, 2, 3)), "a shard would be empty"
    one = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / "one"), "-q")
    assert one.returncode == 0, one.stderr
    for k in (1, 2, 3):
        done = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / f"shard{k}"), "--shard", f"{k}/3", "-q")
        assert done.returncode == 0, done.stderr
        assert not (tmp_path / f"shard{k}" / "gradebook.csv").exists()
    missing = course("grade-merge", str(tmp_path / "merged"), str(tmp_path / "shard1"), str(tmp_path / "shard3"))
    assert missing.returncode != 0 and "shard(s) 2/3 missing" in missing.stderr
    assert "Traceback" not in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    merged = course("grade-merge", str(tmp_path / "merged"), *(str(tmp_path / f"shard{k}") for k in (3, 1, 2)))
    assert merged.returncode == 0, merged.stderr
    for name in OUTPUTS:
        assert (tmp_path / "merged" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    assert len((tmp_path / "merged" / "gradebook.csv").read_text().splitlines()) == 13


def test_shard_choice_is_stable_and_does_not_depend_on_the_class():
    names = [f"learner{n}" for n in range(300)]
    slices = [[name for name in names if Shard(k, 3).holds(name)] for k in (1, 2, 3)]
    assert sorted(sum(slices, [])) == sorted(names)          # each learner in exactly one shard
    assert all(60 < len(s) < 140 for s in slices)              # roughly even
    # A late submission does not move anyone: membership depends on the id alone.
    assert [n for n in names[:100] if Shard(2, 3).holds(n)] == [n for n in slices[1] if n in names[:100]]
    with pytest.raises(ValueError):
        Shard.parse("4/3")


def test_rerun_rebuilds_only_the_feedback_of_changed_records(tmp_path):
    make_class(tmp_path / "class", 4)
    out = tmp_path / "out"
    assert course("grade", str(tmp_path / "class"), "--out", str(out), "-q").returncode == 0
    pages = sorted((out / "feedback").glob("*.html"))
    before = {p.name: p.stat().st_ino for p in pages}
    # learner001 resubmits (answers one more file); nobody else changes.
    first = SLUGS[0]
    shutil.copy(ROOT / "solutions" / f"{first}.py", tmp_path / "class" / "learner001" / f"{first}.py")
    again = course("grade", str(tmp_path / "class"), "--out", str(out), "-q")
    assert again.returncode == 0 and "graded 1 submissions, reused 3" in again.stdout, again.stdout
    after = {p.name: p.stat().st_ino for p in sorted((out / "feedback").glob("*.html"))}
    rewritten = sorted(name for name in before if before[name] != after[name])
    assert rewritten == ["learner001.html"], rewritten
    (out / "feedback" / "learner002.md").unlink()          # a lost page is rebuilt
    assert course("grade", str(tmp_path / "class"), "--out", str(out), "-q").returncode == 0
    assert (out / "feedback" / "learner002.md").is_file()
