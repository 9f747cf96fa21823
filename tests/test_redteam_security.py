"""Second red team, security part: hostile submissions that broke the grader (issue 12).

Each test is a real submission (an exercise file, a zip, a release) and asserts the
outcome it must have. Each failed on the grader before this fix:

* a written answer of thousands of newlines ran for minutes in the grader's process;
* a lone surrogate in an exception message crashed every output, on every rerun;
* terminal escape sequences reached records and feedback pages;
* a corrupt deflate or LZMA member crashed intake for the whole class;
* hidden test inputs came back to the learner in exception messages;
* the memory cap was per process (/dev/shm, several children), and a non-root
  instructor had no process limit;
* without bubblewrap the grader (and the Gradescope autograder) silently ran learner
  code unsandboxed, where it could read the specs;
* the practice release's salted hashes give every discrete answer away, and
  `course release learner` shipped the working tree's answered exercise files.
"""
from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.batch import grade_batch
from course.grading.outputs import write_outputs
from course.grading.runner import grade_submission, load_chapters
from course.grading.sandbox import Limits, Sandbox
from course.paths import SPECS_FOLDER

ROOT = Path(__file__).resolve().parents[1]
SLUG = "ch07_export_controls"
ALL_CHAPTERS = load_chapters(ROOT)
CHAPTERS = {SLUG: ALL_CHAPTERS[SLUG]}
SPEC = CHAPTERS[SLUG].spec
FULL = Fraction(SPEC.auto_points)
ITEM_POINTS = {item.id: Fraction(item.points) for item in SPEC.items}
STUB = (ROOT / "exercises" / f"{SLUG}.py").read_text(encoding="utf-8")
SOLUTION = (ROOT / "solutions" / f"{SLUG}.py").read_text(encoding="utf-8")
WRITTEN = next(item for item in SPEC.items if item.kind == "written")


def course(*args: str, env: dict | None = None, cwd: Path = ROOT, timeout: float = 600):
    return subprocess.run([sys.executable, "-m", "course.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, env={**os.environ, **(env or {})})


def no_bwrap_path(tmp_path: Path) -> str:
    """A PATH on which bubblewrap cannot be found (as on a machine without it)."""
    folder = tmp_path / "bin-without-bwrap"
    folder.mkdir(exist_ok=True)
    for tool in ("git", "bash", "sh", "env"):
        found = shutil.which(tool)
        if found and not (folder / tool).exists():
            (folder / tool).symlink_to(found)
    assert shutil.which("bwrap", path=str(folder)) is None
    return str(folder)


def grade_files(folder: Path, files: dict[str, str], sandbox: Sandbox | None = None) -> dict:
    """Grade a class of learner folders (name -> ch07 content) in one batch; records by learner."""
    for name, text in files.items():
        (folder / "class" / name).mkdir(parents=True)
        (folder / "class" / name / f"{SLUG}.py").write_text(text, encoding="utf-8", errors="surrogatepass")
    result = grade_batch(folder / "class", folder / "out", CHAPTERS, jobs=2, sandbox=sandbox or Sandbox())
    write_outputs(folder / "out", result.records, CHAPTERS)
    return {r.learner: r for r in result.records}


def all_output_text(out: Path) -> str:
    """Every file the grader wrote, decoded strictly: invalid UTF-8 fails here."""
    return "\n".join(p.read_bytes().decode("utf-8") for p in sorted(out.rglob("*")) if p.is_file())


# ----------------------------------------------------------------- written answers


NEWLINE_FLOOD = SOLUTION + f'\n{WRITTEN.name} = "\\n" * 6000 + "Situation" + "[source: x" * 3000\n'


def test_newline_flood_in_a_written_answer_is_judged_at_once(tmp_path):
    """Thousands of newlines made the heading check quadratic, in the grader's own process
    (minutes per learner, Ctrl-C ignored). A subprocess bounds the test if it regresses."""
    script = (
        "import json, sys\nfrom pathlib import Path\n"
        "from course.grading.runner import grade_submission, load_chapters\n"
        "from course.grading.sandbox import Sandbox\n"
        f"chapters = {{k: v for k, v in load_chapters(Path({str(ROOT)!r})).items() if k == {SLUG!r}}}\n"
        f"[r] = grade_submission(Path({str(tmp_path)!r}), chapters, Sandbox())\n"
        "print(json.dumps({x.check.check_id: [x.passed, x.message] for x in r.results}))\n")
    (tmp_path / f"{SLUG}.py").write_text(NEWLINE_FLOOD, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    structure = {k: v for k, v in results.items() if k.startswith(f"{WRITTEN.id} structure")}
    assert structure and not any(passed for passed, _ in structure.values()), structure
    others = [k for k, (passed, _) in results.items() if not k.startswith(WRITTEN.id) and not passed]
    assert not others, f"the rest of the file lost points: {others}"


def test_heading_check_is_still_right_on_long_and_short_text():
    from course.grading.spec import MAX_WRITTEN_CHARS, has_headings

    headings = ["Situation", "Options", "Recommendation"]
    assert has_headings("\n" * 15000 + "## Situation:\nOptions\n  recommendation  \n", headings)[0]
    ok, message = has_headings("Situation\nOptions are many\n", headings)
    assert not ok and "Options" in message and "Recommendation" in message
    judge = next(c for c in WRITTEN.checks() if c.label == "structure: has_headings").judge
    passed, message = judge("Situation\nOptions\nRecommendation\n" + "x " * MAX_WRITTEN_CHARS)
    assert not passed and "Shorten it" in message


# ----------------------------------------------------------------- text from the worker

SURROGATE_AND_ESCAPES = SOLUTION + r'''
Q7_1 = "d\ud800"
BRIEF_7_10 = "\x1b]0;owned\x07\x1b[2J\x1b[31mSituation\x1b[0m\r\nOptions\x00\nRecommendation\n\udfff" + "word " * 200
def prc_licence_required(case):
    raise ValueError("bad \ud800 input \x1b[2J\x1b[1;31m CLEAR \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x07\x08")
'''


def test_lone_surrogates_and_escape_sequences_are_cleaned_before_anything_is_stored(tmp_path):
    records = grade_files(tmp_path, {"hostile_text": SURROGATE_AND_ESCAPES, "honest": SOLUTION})
    out = tmp_path / "out"
    for attempt in range(2):  # a rerun rebuilds every output from the records: it must not crash either
        result = grade_batch(tmp_path / "class", out, CHAPTERS, jobs=1, sandbox=Sandbox())
        write_outputs(out, result.records, CHAPTERS)
    text = all_output_text(out)
    for bad in ("\x1b", "\x07", "\x08", "\x00", "\r", "\ud800", "\udfff"):
        assert bad not in text, f"{bad!r} reached an output"
    assert records["honest"].total == FULL
    hostile = next(r for r in result.records if r.learner == "hostile_text")
    stored = json.dumps(hostile.to_dict(), ensure_ascii=False)
    for bad in ("\x1b", "\x07", "\x00", "\r", "\ud800", "\udfff"):
        assert bad not in stored, f"{bad!r} stored in the record"
    assert hostile.item_awarded("7.5") == 0 and hostile.item_awarded("7.1") == 0
    assert hostile.item_awarded("7.6") == ITEM_POINTS["7.6"]
    assert "ValueError: bad \ufffd input" in stored  # the public example keeps its message, cleaned


def test_file_names_with_escapes_or_invalid_bytes_are_reported_cleanly(tmp_path):
    """Names of files the grader skips reach the feedback page; they are learner text too."""
    learner = tmp_path / "class" / "names"
    learner.mkdir(parents=True)
    (learner / f"{SLUG}.py").write_text(SOLUTION, encoding="utf-8")
    (learner / "\x1b[2J\x1b]0;owned\x07evil.pth").write_text("import os\n", encoding="utf-8")
    fd = os.open(os.fsencode(learner) + b"/bad-\xff\xfe.pth", os.O_WRONLY | os.O_CREAT)   # not UTF-8
    os.close(fd)
    out = tmp_path / "out"
    for attempt in range(2):
        result = grade_batch(tmp_path / "class", out, CHAPTERS, jobs=1, sandbox=Sandbox())
        write_outputs(out, result.records, CHAPTERS)
    [record] = result.records
    assert record.total == FULL and len(record.ignored) == 2
    text = all_output_text(out)
    assert "evil.pth" in text and "\x1b" not in text and "\x07" not in text


DEEP_FORGERY = STUB + """
import os
for fd in range(3, 8):   # the worker's answer channel is one of these
    for i in range(0, 40):
        try:
            os.write(fd, ('{"i": %d, "ok": ' % i + "[" * 600 + "]" * 600 + "}\\n").encode())
        except OSError:
            break
"""


def test_a_forged_answer_nested_to_the_recursion_limit_stops_only_its_learner(tmp_path):
    """Cleaning walks every value: a value nested 600 deep (a forged line) would exhaust its recursion
    (as `course check` grades, in the main thread, and in the batch's threads)."""
    (tmp_path / "direct").mkdir()
    (tmp_path / "direct" / f"{SLUG}.py").write_text(DEEP_FORGERY, encoding="utf-8")
    [result] = grade_submission(tmp_path / "direct", CHAPTERS, Sandbox())
    assert result.awarded == 0 and "could not be read" in (result.file_problem or ""), result.file_problem
    records = grade_files(tmp_path, {"deep": DEEP_FORGERY, "honest": SOLUTION})
    assert records["honest"].total == FULL
    assert records["deep"].total == 0


# ----------------------------------------------------------------- hidden cases

def _hidden_only_names() -> list[str]:
    def names(cases):
        found = set()
        for case in cases:
            for arg in case.args:
                for value in (arg if isinstance(arg, list) else [arg]):
                    if isinstance(value, dict) and "name" in value:
                        found.add(value["name"])
        return found

    functions = [item for item in SPEC.items if item.kind == "function"]
    public = set().union(*(names(f.public_cases) for f in functions))
    hidden = set().union(*(names(f.hidden_cases) for f in functions))
    return sorted(hidden - public)


HIDDEN_ECHO = SOLUTION + '''
import json
def prc_licence_required(case):
    raise ValueError("I was called with " + json.dumps(case))
def eu_authorisation_required(case):
    name = "".join(ch if ch.isalnum() else "_" for ch in case["name"])
    raise type(name, (Exception,), {})("x")
'''

# Make the worker describe the next error as a trusted-looking "timeout" carrying the inputs.
HIDDEN_FORGED = SOLUTION + '''
import json, sys
SEEN = []
def regimes_disagree(cases):
    SEEN.append(json.dumps(cases))
    raise KeyError("boom")
_main = sys.modules.get("__main__")
if _main is not None and hasattr(_main, "describe"):
    _main.describe = lambda exc, filename: {"kind": "timeout", "message": SEEN[-1] if SEEN else "", "line": None}
'''


def test_hidden_case_inputs_never_come_back_in_feedback(tmp_path):
    hidden = _hidden_only_names()
    assert len(hidden) >= 5

    def leaks(text):
        return [n for n in hidden if n in text or "".join(c if c.isalnum() else "_" for c in n) in text]

    sandbox = Sandbox()
    for name, code in (("echo", HIDDEN_ECHO), ("forged", HIDDEN_FORGED)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{SLUG}.py").write_text(code, encoding="utf-8")
        [result] = grade_submission(folder, CHAPTERS, sandbox)
        hidden_messages = {r.check.check_id: r.message for r in result.results
                           if r.check.label.startswith("case ") and not r.passed}
        assert hidden_messages, name
        assert not leaks(json.dumps(hidden_messages)), f"{name}: hidden inputs in {hidden_messages}"
        if name == "echo":
            assert all(m.endswith("a further test case raised ValueError")
                       for k, m in hidden_messages.items() if k.startswith("7.5")), hidden_messages
            assert all(m.endswith("a further test case raised an exception")
                       for k, m in hidden_messages.items() if k.startswith("7.6")), hidden_messages
    records = grade_files(tmp_path / "batch", {"echo": HIDDEN_ECHO, "forged": HIDDEN_FORGED})
    assert set(records) == {"echo", "forged"}
    assert not leaks(all_output_text(tmp_path / "batch" / "out"))


# ----------------------------------------------------------------- archives

def _corrupt_zip(method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr(f"{SLUG}.py", SOLUTION)
    data = bytearray(buffer.getvalue())
    start = 30 + len(f"{SLUG}.py") + 16   # inside the member's compressed data
    for i in range(start, start + 300):
        data[i] ^= 0x5A
    return bytes(data)


def test_corrupt_deflate_and_lzma_members_reject_only_their_learner(tmp_path):
    submissions = tmp_path / "class"
    (submissions / "honest").mkdir(parents=True)
    (submissions / "honest" / f"{SLUG}.py").write_text(SOLUTION, encoding="utf-8")
    (submissions / "bad_deflate.zip").write_bytes(_corrupt_zip(zipfile.ZIP_DEFLATED))
    (submissions / "bad_lzma.zip").write_bytes(_corrupt_zip(zipfile.ZIP_LZMA))
    (submissions / "bad_bzip2.zip").write_bytes(_corrupt_zip(zipfile.ZIP_BZIP2))
    result = grade_batch(submissions, tmp_path / "out", CHAPTERS, jobs=2, sandbox=Sandbox())
    records = {r.learner: r for r in result.records}
    assert records["honest"].total == FULL
    for name in ("bad_deflate", "bad_lzma", "bad_bzip2"):
        assert records[name].status == "rejected", records[name]
        assert "damaged" in records[name].reason, records[name].reason


def test_a_corrupt_learner_zip_inside_a_class_zip_rejects_only_that_learner(tmp_path):
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr(f"{SLUG}.py", SOLUTION)
    class_zip = tmp_path / "class.zip"
    with zipfile.ZipFile(class_zip, "w", compression=zipfile.ZIP_DEFLATED) as outer:
        outer.writestr("honest.zip", good.getvalue())
        outer.writestr("broken.zip", good.getvalue())
    data = bytearray(class_zip.read_bytes())
    offset = data.index(b"broken.zip") + len(b"broken.zip") + 10   # the first local header's name, then its data
    for i in range(offset, offset + 200):
        data[i] ^= 0x33
    class_zip.write_bytes(bytes(data))
    result = grade_batch(class_zip, tmp_path / "out", CHAPTERS, jobs=1, sandbox=Sandbox())
    records = {r.learner: r for r in result.records}
    assert records["honest"].total == FULL
    assert records["broken"].status == "rejected"


# ----------------------------------------------------------------- limits per sandbox

SHM_FLOOD = STUB + '''
def regimes_disagree(cases):
    written = {}
    for folder in ("/dev/shm", "/tmp"):
        n = 0
        try:
            while n < (600 << 20):
                with open(f"{folder}/f{n}", "wb") as handle:
                    handle.write(b"\\1" * (4 << 20))
                n += 4 << 20
        except OSError:
            pass
        written[folder] = n >> 20
    return written
'''

THREE_CHILDREN = STUB + '''
import os, time
def regimes_disagree(cases):
    read_end, write_end = os.pipe()
    children = []
    for _ in range(3):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:
            try:
                block = bytearray(150 << 20)   # touched: bytearray fills it with zeros
                os.write(write_end, b"x")
                time.sleep(3)
            finally:
                os._exit(0)
        children.append(pid)
    os.close(write_end)
    held = b""
    while True:   # returns when every child has exited or been killed
        chunk = os.read(read_end, 10)
        if not chunk:
            break
        held += chunk
    return {"forked": len(children), "held": len(held)}
'''

FORK_BOMB = STUB + '''
import os, time
def regimes_disagree(cases):
    n = 0
    try:
        while n < 3000:
            if os.fork() == 0:
                time.sleep(20)
                os._exit(0)
            n += 1
    except OSError:
        pass
    return n
'''

# The breaks were 2.5 GB in /dev/shm and three 900 MB children against a 1 GB cap. The
# tests keep their shape at a quarter of the size (600 MB of tmpfs, three 150 MB children,
# a 256 MB budget): memory is slow to fill on a shared test machine.
SMALL_BUDGET = Limits(memory_mb=256, call_seconds=30.0, total_seconds=90.0)


def call_once(code: str, sandbox: Sandbox, tmp_path: Path) -> dict:
    """Run one hostile submission's function through the sandbox, as grading does."""
    path = tmp_path / f"{SLUG}.py"
    path.write_text(code, encoding="utf-8")
    [answer] = sandbox.run({SLUG: path}, [{"op": "call", "module": SLUG, "name": "regimes_disagree", "args": [[]]}])
    return answer


@pytest.fixture(params=["auto", "no-cgroups", "old-bwrap"])
def budget_sandbox(request):
    if request.param == "auto":
        return Sandbox(SMALL_BUDGET)
    sandbox = Sandbox(SMALL_BUDGET, use_cgroups=False)
    if request.param == "old-bwrap":   # bubblewrap before 0.7 has no --size: no writable tmpfs at all
        sandbox.private_tmp = False
    return sandbox


def test_tmpfs_counts_against_the_sandbox_memory(budget_sandbox, tmp_path):
    answer = call_once(SHM_FLOOD, budget_sandbox, tmp_path)
    assert "ok" in answer, answer
    total = sum(answer["ok"].values())
    assert total <= SMALL_BUDGET.memory_mb, f"wrote {answer['ok']} MB to tmpfs with a {SMALL_BUDGET.memory_mb} MB budget"


def test_children_share_one_memory_budget(budget_sandbox, tmp_path):
    answer = call_once(THREE_CHILDREN, budget_sandbox, tmp_path)
    if "ok" in answer:   # or the whole sandbox was killed for its memory: also a pass
        held_mb = answer["ok"]["held"] * 150
        assert held_mb <= SMALL_BUDGET.memory_mb, f"children held {held_mb} MB with a {SMALL_BUDGET.memory_mb} MB budget"
    else:
        assert answer["err"]["kind"] in ("crash", "timeout"), answer


def test_fork_bomb_is_capped_for_a_root_instructor(budget_sandbox, tmp_path):
    answer = call_once(FORK_BOMB, budget_sandbox, tmp_path)
    assert "ok" in answer, answer
    assert answer["ok"] <= SMALL_BUDGET.processes, f"{answer['ok']} processes started"


NON_ROOT_GRADER = """
import json, sys
from pathlib import Path
from course.grading.sandbox import Limits, Sandbox
folder = Path(sys.argv[1])
answers = {}
for name in ("fork_bomb", "shm_flood"):
    sandbox = Sandbox(Limits(memory_mb=256, call_seconds=30.0, total_seconds=90.0))
    [answers[name]] = sandbox.run({"ch07_export_controls": folder / (name + ".py")},
                                  [{"op": "call", "module": "ch07_export_controls", "name": "regimes_disagree",
                                    "args": [[]]}])
print(json.dumps({"description": sandbox.description, "answers": answers}))
"""


def test_fork_bomb_and_tmpfs_are_capped_for_a_non_root_instructor(tmp_path):
    """The grader itself runs as an ordinary user (nobody), as most instructors do."""
    setpriv, python = shutil.which("setpriv"), Path("/usr/bin/python3")
    if os.geteuid() != 0 or not setpriv or not python.exists():
        pytest.skip("needs root (to become an ordinary user with setpriv) and /usr/bin/python3")
    folder = Path(tempfile.mkdtemp(prefix="course-nonroot-"))   # pytest's tmp_path is private to root
    try:
        (folder / "fork_bomb.py").write_text(FORK_BOMB, encoding="utf-8")
        (folder / "shm_flood.py").write_text(SHM_FLOOD, encoding="utf-8")
        for path in (folder, *folder.iterdir()):
            path.chmod(0o755 if path.is_dir() else 0o644)
        done = subprocess.run([setpriv, "--reuid", "65534", "--regid", "65534", "--clear-groups", str(python),
                               "-c", NON_ROOT_GRADER, str(folder)], capture_output=True, text=True, timeout=300,
                              cwd="/", env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": "/nonexistent"})
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert "bubblewrap" in report["description"], report
    bomb, flood = report["answers"]["fork_bomb"], report["answers"]["shm_flood"]
    assert "ok" in bomb and bomb["ok"] <= 8, f"a non-root grader let the fork bomb start {bomb}"
    assert "ok" in flood and sum(flood["ok"].values()) <= 256, flood


# ----------------------------------------------------------------- the sandboxed path itself

PROC_AND_DAEMON = SOLUTION + '''
import ctypes, os, time
found = []
for pid in os.listdir("/proc"):
    for link in ("cwd", "root"):
        for target in ("solutions", "{specs}", "../solutions"):
            try:
                found += os.listdir(f"/proc/{pid}/{link}/{target}")
            except OSError:
                pass
if found:
    Q7_1 = "d"
else:
    Q7_1 = None
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        try:
            ctypes.CDLL(None).prctl(15, b"course-evil-dmn", 0, 0, 0)
        except Exception:
            pass
        time.sleep(30)
    os._exit(0)
'''.replace("{specs}", SPECS_FOLDER.as_posix())


def _processes_named(name: str) -> list[int]:
    """Live processes (not zombies waiting to be reaped) with this name."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == name:
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except (OSError, IndexError):
            pass
    return found


@pytest.mark.parametrize("mode", ["sandboxed", "unsafe"])
def test_no_daemon_outlives_grading_and_proc_shows_no_solutions(tmp_path, mode):
    if mode == "unsafe" and os.geteuid() != 0:
        pytest.skip("the unsafe path drops to a fresh uid only when the grader runs as root")
    sandbox = Sandbox() if mode == "sandboxed" else Sandbox(use_bwrap=False, allow_unsandboxed=True)
    records = grade_files(tmp_path, {"proc_and_daemon": PROC_AND_DAEMON}, sandbox=sandbox)
    assert records["proc_and_daemon"].total == FULL - ITEM_POINTS["7.1"]
    assert not _processes_named("course-evil-dmn"), "a learner's daemon outlived grading"


SLOW_HONEST = "import time\ntime.sleep(3)\n" + SOLUTION
COPIER = STUB + """
import glob, os, time
FOUND = ""
deadline = time.time() + 4
while time.time() < deadline and not FOUND:
    for path in glob.glob("/tmp/course-sandbox-*/submission/*.py") + glob.glob("/tmp/*/course-sandbox-*/submission/*.py"):
        try:
            text = open(path).read()
        except OSError:
            continue
        if "time.sleep(" + "3)" in text:   # split so this file does not match itself
            FOUND = text
    time.sleep(0.05)
Q7_1 = "d" if "Q7_1 = " + '"d"' in FOUND else None
"""


def test_unsandboxed_learners_cannot_read_each_other(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("the unsafe path gives each worker its own uid only when the grader runs as root")
    sandbox = Sandbox(Limits(import_seconds=8.0), use_bwrap=False, allow_unsandboxed=True)
    records = grade_files(tmp_path, {"a_slow_honest": SLOW_HONEST, "b_copier": COPIER}, sandbox=sandbox)
    assert records["a_slow_honest"].total == FULL
    assert records["b_copier"].total == 0, "one learner's code read another's submission"


# ----------------------------------------------------------------- no sandbox, no grading

def make_class(folder: Path) -> Path:
    (folder / "alice").mkdir(parents=True)
    (folder / "alice" / f"{SLUG}.py").write_text(SOLUTION, encoding="utf-8")
    return folder


def test_grading_refuses_without_bubblewrap(tmp_path):
    submissions = make_class(tmp_path / "class")
    out = tmp_path / "out"
    refused = course("grade", str(submissions), "--out", str(out), "-q", env={"PATH": no_bwrap_path(tmp_path)})
    assert refused.returncode != 0
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "bubblewrap" in lines[0] and "--unsafe-no-sandbox" in lines[0], refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (out / "gradebook.csv").exists() and not list(out.glob("records/*.json"))
    check = course("check", "--folder", str(submissions / "alice"), "7", env={"PATH": no_bwrap_path(tmp_path)})
    assert check.returncode != 0 and "--unsafe-no-sandbox" in check.stderr, check.stderr


def test_unsafe_grading_is_explicit_and_recorded(tmp_path):
    submissions = make_class(tmp_path / "class")
    unsafe = course("grade", str(submissions), "--out", str(tmp_path / "unsafe"), "-q", "--unsafe-no-sandbox",
                    env={"PATH": no_bwrap_path(tmp_path)})
    assert unsafe.returncode == 0, unsafe.stderr
    assert "NO SANDBOX" in unsafe.stderr
    meta = json.loads((tmp_path / "unsafe" / "grading-meta.json").read_text())
    assert meta["sandbox"]["sandbox"] == "none" and meta["sandbox"]["unsafe_no_sandbox"] is True
    safe = course("grade", str(submissions), "--out", str(tmp_path / "safe"), "-q")
    assert safe.returncode == 0, safe.stderr
    assert "sandbox: bubblewrap sandbox" in safe.stdout.splitlines()[0]
    meta = json.loads((tmp_path / "safe" / "grading-meta.json").read_text())
    assert meta["sandbox"]["sandbox"] == "bubblewrap" and meta["sandbox"]["unsafe_no_sandbox"] is False


READ_THE_SPEC = SOLUTION + '''
import glob
SPEC_TEXT = ""
for path in glob.glob("/autograder/source/{specs}/*.py") + glob.glob("{source}/{specs}/*.py"):
    try:
        SPEC_TEXT += open(path).read()
    except OSError:
        pass
Q7_1 = "d" if 'answer="d"' in SPEC_TEXT else None
'''.replace("{specs}", SPECS_FOLDER.as_posix())


def test_gradescope_autograder_fails_closed_and_hides_the_specs(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("Gradescope runs the autograder as root; the lockdown needs root to test")
    # Somewhere every user can reach, as /autograder is: only the lockdown may protect it.
    base = Path(tempfile.mkdtemp(prefix="course-gradescope-"))
    base.chmod(0o755)
    try:
        autograder = base / "autograder"
        source = autograder / "source"
        done = course("export", "gradescope", str(tmp_path / "ag.zip"), "--unsafe-no-sandbox")
        assert done.returncode == 0, done.stderr
        with zipfile.ZipFile(tmp_path / "ag.zip") as archive:
            archive.extractall(source)
            run_script = archive.read("run_autograder").decode()
        assert "--unsafe-no-sandbox" in run_script
        from course.gradescope import LOCKDOWN

        subprocess.run(["bash", "-c", LOCKDOWN], env={**os.environ, "AUTOGRADER": str(autograder)}, check=True)
        submission = autograder / "submission"
        submission.mkdir()
        (submission / f"{SLUG}.py").write_text(READ_THE_SPEC.replace("{source}", str(source)), encoding="utf-8")
        env = {**os.environ, "COURSE_ROOT": str(source), "PYTHONPATH": str(source), "PATH": no_bwrap_path(tmp_path)}

        def autograde(*flags):
            results = autograder / "results" / "results.json"
            run = subprocess.run([sys.executable, "-m", "course.gradescope", str(submission), str(results), *flags],
                                 cwd=source, env=env, capture_output=True, text=True, timeout=300)
            return run, json.loads(results.read_text())

        refused, document = autograde()
        assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert document["score"] == 0 and document["extra_data"]["sandbox"]["sandbox"] == "refused"
        graded, document = autograde("--unsafe-no-sandbox")
        assert graded.returncode == 0, graded.stderr
        assert document["extra_data"]["sandbox"]["sandbox"] == "none"
        assert document["extra_data"]["sandbox"]["unprivileged_uid"] is True
        score = sum(t["score"] for t in document["tests"])
        assert score == pytest.approx(float(FULL - ITEM_POINTS["7.1"])), "learner code read the spec in Gradescope"
        env["PATH"] = os.environ["PATH"]
        sandboxed, document = autograde()
        assert sandboxed.returncode == 0 and document["extra_data"]["sandbox"]["sandbox"] == "bubblewrap"
        assert sum(t["score"] for t in document["tests"]) == pytest.approx(float(FULL - ITEM_POINTS["7.1"]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ----------------------------------------------------------------- releases

def _release_copy(tmp_path: Path, with_git: bool) -> Path:
    """A copy of this course as committed, with or without its git history."""
    copy = tmp_path / "course"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(copy)], check=True, timeout=300)
    if not with_git:
        shutil.rmtree(copy / ".git")
    return copy


@pytest.mark.parametrize("with_git", [True, False])
def test_release_never_ships_answered_exercise_files(tmp_path, with_git):
    from course.release import ReleaseError, make_learner_release

    copy = _release_copy(tmp_path, with_git)
    # The instructor answered chapter 7 in the working tree (not committed).
    shutil.copyfile(copy / "solutions" / f"{SLUG}.py", copy / "exercises" / f"{SLUG}.py")
    if not with_git:
        with pytest.raises(ReleaseError, match=f"exercises/{SLUG}.py earns"):
            make_learner_release(copy, tmp_path / "release", None)
        assert not (tmp_path / "release").exists()
        return
    manifest = make_learner_release(copy, tmp_path / "release", None)
    assert manifest["stubs_from"] == "the last git commit"
    released = tmp_path / "release" / "exercises"
    assert (released / f"{SLUG}.py").read_text(encoding="utf-8") == STUB
    chapters = load_chapters(copy)
    for result in grade_submission(released, chapters, Sandbox()):
        assert result.awarded == 0, f"released {result.chapter.slug} scores {result.awarded}"
    # Answers committed by mistake are caught too.
    subprocess.run(["git", "-C", str(copy), "-c", "user.name=t", "-c", "user.email=t@example.org",
                    "commit", "--quiet", "-am", "answered by mistake"], check=True)
    with pytest.raises(ReleaseError, match="hold answers"):
        make_learner_release(copy, tmp_path / "release-2", None)


def _recover(document: dict) -> dict:
    """The answer-recovery attack: try every possible answer against the salted hashes."""
    from course.grading.spec import salted_hash

    salt, recovered = document.get("salt"), {}
    for item in document["items"]:
        kind = item["kind"]
        if kind == "choice" and "hash" in item:
            candidates = sorted(item["options"])
        elif kind == "multi" and "hash" in item:
            options = sorted(item["options"])
            candidates = [list(c) for n in range(len(options) + 1) for c in itertools.combinations(options, n)]
        elif kind == "ordering" and "hash" in item and len(item["entries"]) <= 8:
            candidates = [list(p) for p in itertools.permutations(sorted(k.lower() for k in item["entries"]))]
        elif kind == "number" and "hash" in item:
            places = item["places"]
            candidates = [f"{n / 10 ** places:.{places}f}" for n in range(0, 200_000)]
        elif kind == "matching" and "pairs" in item:
            for key, digest in item["pairs"].items():
                for letter in item["right"]:
                    if salted_hash(salt, f"{item['id']}:{key}", letter.lower()) == digest:
                        recovered[f"{item['id']}:{key}"] = letter
            continue
        else:
            continue
        for candidate in candidates:
            if salted_hash(salt, item["id"], candidate) == item["hash"]:
                recovered[item["id"]] = candidate
                break
    return recovered


def test_exam_release_has_no_answers_to_recover_and_practice_says_so(tmp_path):
    practice, exam = tmp_path / "practice", tmp_path / "exam"
    for folder, flags in ((practice, []), (exam, ["--exam"])):
        done = course("release", "learner", str(folder), "--no-book", *flags)
        assert done.returncode == 0, done.stderr
    chapter7 = json.loads((practice / "checks" / f"{SLUG}.json").read_text())
    recovered = _recover(chapter7)
    assert recovered.get("7.1") == "d", "the attack should work on a practice copy (which says so)"
    assert "reveal the right answers" in " ".join((practice / "README.md").read_text().split())
    checked = course("check", "7", env={"COURSE_ROOT": str(practice)})
    assert "reveal the answers" in checked.stdout
    # A learner checking their own files may do so without bubblewrap, clearly told.
    unsandboxed = course("check", "7", env={"COURSE_ROOT": str(practice), "PATH": no_bwrap_path(tmp_path)})
    assert unsandboxed.returncode == 0 and "Total: 0 /" in unsandboxed.stdout, unsandboxed.stderr
    assert "no sandbox here" in unsandboxed.stdout and "Only check files you wrote yourself" in unsandboxed.stdout
    for path in sorted((exam / "checks").glob("*.json")):
        document = json.loads(path.read_text())
        assert document["salt"] is None
        assert not any("hash" in item or "pairs" in item for item in document["items"]), path.name
        assert _recover(document) == {}, path.name
    assert "cannot tell whether an answer is right" in " ".join((exam / "README.md").read_text().split())
    env = {"COURSE_ROOT": str(exam)}
    answered = course("check", "--folder", str(ROOT / "solutions"), "7", env=env)
    assert answered.returncode == 0 and "form ok" in answered.stdout and "Exam copy" in answered.stdout
    badly_formed = tmp_path / "bad"
    badly_formed.mkdir()
    (badly_formed / f"{SLUG}.py").write_text(SOLUTION + '\nQ7_1 = "zz"\n', encoding="utf-8")
    report = course("check", "--folder", str(badly_formed), "7", env=env)
    assert "form: fix this" in report.stdout and "should be one of" in report.stdout
