"""`course grade`, `course release learner`, `course export gradescope` from the outside.

Each test runs the real command in a subprocess, as an instructor would.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import jsonschema
import pytest

from course.grading.runner import load_chapters
from course.grading.source import literals

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = load_chapters(ROOT)
SLUGS = sorted(CHAPTERS)


def course(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "course.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, **(env or {})})


# Everything learners read in the book's sources: a sentence found here is no secret.
LEARNER_SOURCES = " ".join(" ".join(p.read_text(encoding="utf-8").split())
                           for p in [*(ROOT / "book").glob("*.md"), ROOT / "book" / "references.bib"])


def make_class(folder: Path, learners: int) -> None:
    """A class with correct, empty, broken and partly answered submissions."""
    for n in range(learners):
        learner = folder / f"learner{n:03d}"
        learner.mkdir(parents=True)
        for slug in SLUGS:
            source = ROOT / ("solutions" if n % 3 == 0 else "exercises") / f"{slug}.py"
            text = source.read_text(encoding="utf-8")
            if n % 3 == 2:
                text = text.replace("= None", "= 'b'", 2)
            if n % 7 == 5:
                text += "\nthis is not python\n"
            (learner / f"{slug}.py").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["grade", "/nonexistent/class", "--out", "OUT"], "submissions not found"),
    (["grade", "EMPTY", "--out", "OUT"], "no learner folders or .zip files"),
    (["grade", "NOTZIP", "--out", "OUT"], "is not a zip file"),
    (["grade", "CLASS", "--out", "/proc/forbidden"], "cannot write to"),
    (["check", "99"], "no chapter"),
    (["check", "--folder", "/nonexistent"], "folder not found"),
    (["grade", "CLASS", "--out", "OUT", "--merge-manual", "/nonexistent.csv"], "cannot read"),
])
def test_bad_invocations_give_one_clear_line(tmp_path, args, message):
    (tmp_path / "EMPTY").mkdir()
    (tmp_path / "NOTZIP").write_text("not a zip")
    make_class(tmp_path / "CLASS", 1)
    if "--merge-manual" in args:
        assert course("grade", str(tmp_path / "CLASS"), "--out", str(tmp_path / "OUT"), "-q").returncode == 0
    args = [str(tmp_path / a) if a in ("EMPTY", "NOTZIP", "CLASS", "OUT") else a for a in args]
    done = course(*args)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and message in lines[0], done.stderr


def test_resume_after_sigkill_gives_the_same_gradebook(tmp_path):
    make_class(tmp_path / "class", 24)
    whole = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / "whole"), "-q", "--jobs", "2")
    assert whole.returncode == 0, whole.stderr
    proc = subprocess.Popen([sys.executable, "-m", "course.cli", "grade", str(tmp_path / "class"),
                             "--out", str(tmp_path / "killed"), "-q", "--jobs", "1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    records = tmp_path / "killed" / "records"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(records.glob("*.json"))) < 5:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(list(records.glob("*.json")))
    assert 0 < done_before < 24, f"the kill came at a useless moment ({done_before} records)"
    resumed = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / "killed"), "-q")
    assert resumed.returncode == 0, resumed.stderr
    assert f"reused {done_before}" in resumed.stdout
    assert (tmp_path / "whole" / "gradebook.csv").read_text() == (tmp_path / "killed" / "gradebook.csv").read_text()


def test_gradebook_feedback_and_lms_files(tmp_path):
    make_class(tmp_path / "class", 6)
    done = course("grade", str(tmp_path / "class"), "--out", str(tmp_path / "out"), "-q")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    rows = list(csv.DictReader((out / "gradebook.csv").open()))
    assert [r["learner_id"] for r in rows] == [f"learner{n:03d}" for n in range(6)]
    assert rows[0]["auto percent"] == "100.0" and rows[1]["auto points"] == "0"
    assert rows[5]["status"] == "partly graded"   # learner005 has a syntax error in every file
    for n in range(6):
        assert (out / "feedback" / f"learner{n:03d}.md").is_file()
        assert (out / "feedback" / f"learner{n:03d}.html").read_text().startswith("<!doctype html>")
    canvas = list(csv.reader((out / "canvas.csv").open()))
    assert canvas[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    moodle = list(csv.reader((out / "moodle.csv").open()))
    assert moodle[0][0] == "Username" and len(moodle) == 7


def test_manual_scores_merge_and_bad_sheets_change_nothing(tmp_path):
    make_class(tmp_path / "class", 3)
    out = tmp_path / "out"
    assert course("grade", str(tmp_path / "class"), "--out", str(out), "-q").returncode == 0
    # The rubric sheet is long: an instructions line, a header, one row per learner x item x criterion.
    sheet = list(csv.reader((out / "manual-grading.csv").open()))
    assert sheet[0][0].startswith("# Rubric sheet")
    header, rows = sheet[1], sheet[2:]
    column = {name: i for i, name in enumerate(header)}
    first = rows[0][column["learner_id"]]
    mine = [n for n, row in enumerate(rows) if row[column["learner_id"]] == first]
    criteria = sum(len(item.rubric) for c in CHAPTERS.values() for item in c.spec.items if item.kind == "written")
    assert len(mine) == criteria, "one row per rubric criterion for each learner"
    before = (out / "gradebook.csv").read_text()
    bad = [row[:] for row in sheet]
    bad[2 + mine[0]][column["score"]] = "99"
    with open(tmp_path / "bad.csv", "w", newline="") as handle:
        csv.writer(handle).writerows(bad)
    refused = course("grade", str(tmp_path / "class"), "--out", str(out), "--merge-manual", str(tmp_path / "bad.csv"))
    assert refused.returncode != 0 and "outside 0-" in refused.stderr
    assert (out / "gradebook.csv").read_text() == before
    good = [row[:] for row in sheet]
    for n in mine:
        good[2 + n][column["score"]] = "1"
    with open(tmp_path / "good.csv", "w", newline="") as handle:
        csv.writer(handle).writerows(good)
    merged = course("grade", str(tmp_path / "class"), "--out", str(out), "--merge-manual", str(tmp_path / "good.csv"))
    assert merged.returncode == 0, merged.stderr
    row = next(csv.DictReader((out / "gradebook.csv").open()))
    assert row["learner_id"] == first and row["manual points"] == str(criteria)


def test_learner_release_holds_no_answers(tmp_path, built_book):
    from course.release import make_learner_release

    out = tmp_path / "release"
    make_learner_release(ROOT, out, built_book["learner"])
    assert not (out / "tests").exists() and not (out / "solutions").exists()
    assert not (out / "book" / "book" / "instructor").exists()
    text = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in out.rglob("*") if p.is_file())
    for chapter in CHAPTERS.values():
        solution = (ROOT / "solutions" / f"{chapter.slug}.py").read_text(encoding="utf-8")
        leaked = [l for l in (l.strip() for l in solution.splitlines())
                  if len(l) > 30 and l.startswith(("return ", "if ")) and l in text]
        assert not leaked, f"solution code of {chapter.slug} in the release: {leaked[:3]}"
        for item in chapter.spec.items:
            if item.explanation and item.explanation[:50] not in LEARNER_SOURCES:  # said to learners anyway
                assert item.explanation[:50] not in text, f"explanation of {item.id} in the release"
            public_part = json.dumps(chapter.spec.public("salt"), ensure_ascii=False)  # what learners see anyway
            for case in getattr(item, "hidden_cases", []):
                blob = json.dumps(case.args[0] if len(case.args) == 1 else list(case.args), ensure_ascii=False)
                # Short values (a name, a year) and values the book prints anyway (a URL in the
                # bibliography) are no secret; the combination of hidden inputs is.
                if len(blob) >= 25 and blob not in public_part and blob.strip('"') not in LEARNER_SOURCES:
                    assert blob not in text, f"a hidden case of {item.id} is in the release: {blob[:80]}"
            if item.kind == "written":
                model = item.model_answer or literals(ROOT / "solutions" / f"{chapter.slug}.py").get(item.name, "")
                assert model.strip()[:60] not in text, f"the model answer of {item.id} is in the release"
    for document in (out / "checks").glob("*.json"):
        for item in json.loads(document.read_text())["items"]:
            assert "answer" not in item and "explanation" not in item and "hidden_cases" not in item


def test_learner_release_checks_work(tmp_path):
    out = tmp_path / "release"
    done = course("release", "learner", str(out), "--no-book")
    assert done.returncode == 0, done.stderr
    env = {"COURSE_ROOT": str(out)}
    stubs = course("check", env=env)
    assert stubs.returncode == 0 and "Total: 0 /" in stubs.stdout
    answered = course("check", "--folder", str(ROOT / "solutions"), env=env)
    total = answered.stdout.strip().splitlines()[-1]
    got, possible = total.removeprefix("Total: ").split(" points")[0].split(" / ")
    assert got == possible != "0", total


def test_gradescope_export_and_results_format(tmp_path):
    target = tmp_path / "autograder.zip"
    done = course("export", "gradescope", str(target))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert "setup.sh" in names and "run_autograder" in names
        assert (archive.getinfo("run_autograder").external_attr >> 16) & 0o111
        assert not any(n.startswith("solutions/") for n in names)
        archive.extractall(tmp_path / "source")
    schema = json.loads((ROOT / "tests" / "schemas" / "gradescope_results.schema.json").read_text())
    for folder in ("solutions", "exercises"):
        results = tmp_path / f"results-{folder}.json"
        run = subprocess.run([sys.executable, "-m", "course.gradescope", str(ROOT / folder), str(results)],
                             cwd=tmp_path / "source", env={**os.environ, "COURSE_ROOT": str(tmp_path / "source"),
                                                            "PYTHONPATH": str(tmp_path / "source")},
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        document = json.loads(results.read_text())
        jsonschema.validate(document, schema)
        scores = sum(t["score"] for t in document["tests"])
        possible = sum(t["max_score"] for t in document["tests"])
        assert possible == pytest.approx(sum(c.spec.auto_points for c in CHAPTERS.values()))
        assert scores == (pytest.approx(possible) if folder == "solutions" else 0)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"tests": [{"score": 1, "max_score": 1, "name": "x", "visibility": "sometimes"}]}, schema)


def test_release_and_autograder_take_their_pins_from_pyproject(tmp_path):
    import tomllib

    from course.gradescope import build_zip
    from course.packaging import PackagingError, runtime_dependencies

    pins = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    build_zip(ROOT, tmp_path / "autograder.zip")
    with zipfile.ZipFile(tmp_path / "autograder.zip") as archive:
        shipped = tomllib.loads(archive.read("pyproject.toml").decode())["project"]["dependencies"]
    assert shipped == pins == runtime_dependencies(ROOT)
    (tmp_path / "pyproject.toml").write_text('[project]\ndependencies = ["click>=8"]\n')
    with pytest.raises(PackagingError, match="exact pin"):
        runtime_dependencies(tmp_path)
