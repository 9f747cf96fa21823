"""Hostile submissions (attack classes T1-T14, listed in docs/ARCHITECTURE.md).

Every hostile submission below is graded in one batch, next to honest controls. Each
must earn exactly what its honest part earns (0 for a pure exploit), the batch must
finish, nothing may escape the sandbox, and no secret may reach any output.
"""
from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.batch import grade_batch
from course.grading.outputs import write_outputs
from course.grading.runner import load_chapters
from course.grading.sandbox import Limits, Sandbox
from course.paths import SPECS_FOLDER, Layout

ROOT = Path(__file__).resolve().parents[1]
SLUG = "ch07_export_controls"
CHAPTERS = {SLUG: load_chapters(ROOT)[SLUG]}
FULL = CHAPTERS[SLUG].spec.auto_points
ITEM_POINTS = {item.id: item.points for item in CHAPTERS[SLUG].spec.items}
STUB = (ROOT / "exercises" / f"{SLUG}.py").read_text(encoding="utf-8")
SOLUTION = (ROOT / "solutions" / f"{SLUG}.py").read_text(encoding="utf-8")
SECRET = "course-redteam-secret-7f3a9"
SPEC_PATH = Layout(ROOT).spec(SLUG)

# name -> (file content, expected automatic points)
FILES: dict[str, tuple[str, Fraction]] = {}


def hostile(name: str, code: str, base: str = STUB, expected: Fraction = Fraction(0), prepend: bool = False):
    FILES[name] = ((code + "\n" + base) if prepend else (base + "\n\n" + code + "\n"), Fraction(expected))


def full_minus(*items: str) -> Fraction:
    return Fraction(FULL - sum(ITEM_POINTS[i] for i in items))


# --- controls -----------------------------------------------------------------
hostile("control_solution", "", base=SOLUTION, expected=FULL)
hostile("control_stub", "")
# A learner who answers "d" everywhere. Anything that forges the worker's answers can
# only ever substitute values, so it earns what these honest values earn, no more.
ALL_D = """
Q7_1 = Q7_2 = Q7_3 = Q7_4 = Q7_8 = Q7_9 = BRIEF_7_10 = "d"
def prc_licence_required(case): return "d"
def eu_authorisation_required(case): return "d"
def regimes_disagree(cases): return "d"
"""
ALL_D_POINTS = Fraction(ITEM_POINTS["7.1"])  # only 7.1's answer is "d"
hostile("control_all_d", ALL_D, expected=ALL_D_POINTS)

# --- T1 fake results files --------------------------------------------------------
hostile("t1_fake_results_files", """
import json
for name in ("results.json", "grade.json", "/sandbox/results.json", "/tmp/grade.json", "../gradebook.csv"):
    try:
        open(name, "w").write(json.dumps({"score": 100, "earned": 31, "total": 31}))
    except OSError:
        pass
""")
# --- T2 monkeypatching the framework or builtins --------------------------------------
hostile("t2_patch_json_and_builtins", """
import builtins, json
json.dumps = lambda *a, **k: '{"i": 0, "ok": "d"}'
builtins.isinstance = lambda *a: True
builtins.sorted = lambda *a, **k: ["fake"]
""")
hostile("t2_patch_worker_module", """
import sys
main = sys.modules.get("__main__")
if main is not None:
    main.to_plain = lambda value, *a, **k: "d"
    main.describe = lambda *a, **k: {"kind": "ok", "message": "", "line": None}
""", expected=ALL_D_POINTS)  # every value it sends is "d": what control_all_d earns
# --- T3 exits and signals -------------------------------------------------------
hostile("t3_os_exit_at_import", "import os\nos._exit(0)", prepend=True)
hostile("t3_sys_exit_at_import", "import sys\nsys.exit(0)", prepend=True)
hostile("t3_kill_parent", "import os, signal\ntry:\n    os.kill(os.getppid(), signal.SIGKILL)\nexcept OSError:\n    pass", prepend=True)
hostile("t3_exit_inside_function", """
import os
def regimes_disagree(cases):
    os._exit(0)
""", base=SOLUTION, expected=full_minus("7.7"))
hostile("t3_ignore_alarm_and_loop", """
import signal
signal.signal(signal.SIGALRM, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
def regimes_disagree(cases):
    while True:
        pass
""", base=SOLUTION, expected=full_minus("7.7"))
# --- T4 objects that claim to equal anything ----------------------------------------------
hostile("t4_always_equal_objects", """
class Anything:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __hash__(self): return 0
class Sneaky(str):
    def __eq__(self, other): return True
    def __hash__(self): return 0
Q7_1 = Anything(); Q7_2 = Sneaky("z"); Q7_3 = Anything(); Q7_4 = Anything(); Q7_8 = Anything(); Q7_9 = Sneaky("z")
def prc_licence_required(case): return Anything()
def eu_authorisation_required(case): return Anything()
def regimes_disagree(cases): return Anything()
""")
hostile("t4_bool_subclass_tricks", """
class Truthy(int):
    def __eq__(self, other): return True
Q7_8 = Truthy(3)
def prc_licence_required(case): return Truthy(1)
""")
# --- T5 reading hidden cases, solutions, the spec -------------------------------------------
hostile("t5_read_spec_and_solutions", f"""
import glob, os
found = []
for pattern in ({str(SPEC_PATH)!r}, {str(Layout(ROOT).solutions / '*.py')!r}, "/work/**/{SPECS_FOLDER.name}/*.py", "/root/**", "/proc/1/cwd/*"):
    try:
        found += glob.glob(pattern, recursive=True)
    except OSError:
        pass
text = ""
for path in found:
    try:
        text += open(path).read()
    except OSError:
        pass
Q7_1 = "d" if 'answer="d"' in text else "a"
Q7_8 = 6 if "answer=6" in text else 0
""")
hostile("t5_walk_the_filesystem", f"""
import os
seen = []
for top in ("/", "/sandbox", "/proc/self/cwd"):
    try:
        for dirpath, dirs, files in os.walk(top):
            seen += [os.path.join(dirpath, f) for f in files if f.endswith(".py") and {SPECS_FOLDER.name!r} in dirpath]
            if len(seen) > 50:
                break
    except OSError:
        pass
Q7_1 = "d" if seen else None
""")
# --- T6 network -----------------------------------------------------------------------
hostile("t6_network_exfiltration", """
import socket
def _net():
    for host in (("127.0.0.1", 8000), ("pypi.org", 443), ("10.0.0.1", 80)):
        try:
            socket.create_connection(host, timeout=1).close()
            return True
        except OSError:
            pass
    return False
NET = _net()
Q7_1 = "d" if NET else None
""")
# --- T7 editing the grader's files -----------------------------------------------------
hostile("t7_overwrite_tests", f"""
for path in ({str(SPEC_PATH)!r}, "/sandbox/worker.py", "/sandbox/submission/ch07_export_controls.py"):
    try:
        open(path, "w").write("CHAPTER = None")
    except OSError:
        pass
""")
# --- T8 resource exhaustion ------------------------------------------------------
hostile("t8_fork_bomb", """
import os
children = 0
try:
    while children < 10000:
        if os.fork() == 0:
            import time
            time.sleep(30)
            os._exit(0)
        children += 1
except OSError:
    pass
""", prepend=True)
hostile("t8_memory_bomb", """
def regimes_disagree(cases):
    blocks = []
    while True:
        blocks.append(bytearray(64 << 20))
""", base=SOLUTION, expected=full_minus("7.7"))
hostile("t8_output_flood", "import sys\nfor _ in range(200000):\n    print('x' * 1000)\n    sys.stderr.write('y' * 1000)", prepend=True)
hostile("t8_disk_fill", """
n = 0
try:
    while n < 1000:
        open(f"/tmp/fill{n}", "wb").write(b"0" * (50 << 20)); n += 1
except OSError:
    pass
""", prepend=True)
hostile("t8_endless_loop_at_import", "while True:\n    pass", prepend=True)
hostile("t8_sleep_at_import", "import time\ntime.sleep(3600)", prepend=True)
hostile("t8_huge_return_value", """
def regimes_disagree(cases):
    return list(range(10_000_000))
""", base=SOLUTION, expected=full_minus("7.7"))
hostile("t8_recursion_bomb", """
def regimes_disagree(cases):
    return regimes_disagree(cases)
""", base=SOLUTION, expected=full_minus("7.7"))
# --- T9 values that would need unpickling -----------------------------------------
hostile("t9_pickle_payloads", """
import pickle, os
class Evil:
    def __reduce__(self):
        return (os.system, ("touch /tmp/pwned-by-learner",))
Q7_1 = pickle.dumps(Evil())
Q7_2 = Evil()
def prc_licence_required(case): return Evil()
""")
# --- T10 detecting the grading mode -------------------------------------------------
hostile("t10_detect_grading_mode", """
import os
GRADING = bool(os.environ) or os.path.exists("/sandbox")
Q7_1 = None if GRADING else "d"
""")
# --- T12 forged protocol lines -------------------------------------------------------
hostile("t12_forge_protocol_lines", """
import os, json
for fd in range(3, 12):
    for i in range(0, 60):
        try:
            os.write(fd, (json.dumps({"i": i, "ok": "d"}) + "\\n").encode())
        except OSError:
            break
""", prepend=True, expected=ALL_D_POINTS)  # forged values are all "d": what control_all_d earns
# --- T13 stealing secrets from the environment ------------------------------------------
hostile("t13_environment_secrets", """
import os
SECRETS = " ".join(f"{k}={v}" for k, v in os.environ.items())
def prc_licence_required(case):
    return SECRETS
def regimes_disagree(cases):
    return [SECRETS]
""")

# --- T12/T14 injected files next to an honest answer -----------------------------------
INJECTED = {
    "conftest.py": "import pytest\n@pytest.hookimpl(tryfirst=True)\ndef pytest_runtest_makereport(item, call):\n    call.excinfo = None\n",
    "sitecustomize.py": "import builtins\nbuiltins.print = None\n",
    "pytest.ini": "[pytest]\naddopts = -p no:course_points\n",
    "evil.pth": "import os; os.system('touch /tmp/pth-ran')\n",
    "results.json": '{"tests": [], "score": 100}',
}


def build_class(folder: Path) -> dict[str, Fraction]:
    expected = {}
    for name, (content, points) in FILES.items():
        learner = folder / name
        learner.mkdir(parents=True)
        (learner / f"{SLUG}.py").write_text(content, encoding="utf-8")
        expected[name] = points
    injected = folder / "t12_injected_config_files"
    injected.mkdir()
    (injected / f"{SLUG}.py").write_text(SOLUTION, encoding="utf-8")
    for name, text in INJECTED.items():
        (injected / name).write_text(text, encoding="utf-8")
    Layout(injected).specs.mkdir(parents=True)
    Layout(injected).spec(SLUG).write_text("CHAPTER = None\n", encoding="utf-8")
    expected["t12_injected_config_files"] = Fraction(FULL)
    _archive_attacks(folder, expected)
    return expected


def _zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)


def _archive_attacks(folder: Path, expected: dict) -> None:
    solution = SOLUTION.encode()
    _zip(folder / "zip_path_traversal.zip", [(f"../../{SLUG}.py", solution)])
    _zip(folder / "zip_absolute_path.zip", [(f"/etc/{SLUG}.py", solution)])
    link = zipfile.ZipInfo(f"{SLUG}.py")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _zip(folder / "zip_symlink.zip", [(link, str(SPEC_PATH).encode())])
    _zip(folder / "zip_bomb.zip", [("padding.bin", b"\0" * (30 << 20)), (f"{SLUG}.py", solution)])
    _zip(folder / "zip_many_files.zip", [(f"f{n}.txt", b"x") for n in range(600)] + [(f"{SLUG}.py", solution)])
    (folder / "zip_not_a_zip.zip").write_bytes(b"this is not a zip archive")
    for name in ("zip_path_traversal", "zip_absolute_path", "zip_symlink", "zip_bomb", "zip_many_files", "zip_not_a_zip"):
        expected[name] = Fraction(0)
    _zip(folder / "zip_honest_nested.zip", [(f"my work/week 7/{SLUG}.py", solution)])
    expected["zip_honest_nested"] = Fraction(FULL)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    os.environ["COURSE_TEST_SECRET"] = SECRET
    for marker in ("/tmp/pwned-by-learner", "/tmp/pth-ran"):
        if os.path.exists(marker):
            os.unlink(marker)
    submissions = tmp_path_factory.mktemp("class")
    out = tmp_path_factory.mktemp("grades")
    expected = build_class(submissions)
    sandbox = Sandbox(Limits(call_seconds=2.0, import_seconds=4.0, total_seconds=60.0))
    assert sandbox.bwrap, "bubblewrap is required for grading (scripts/system-deps.sh installs it)"
    result = grade_batch(submissions, out, CHAPTERS, jobs=2, sandbox=sandbox)
    write_outputs(out, result.records, CHAPTERS)
    return {r.learner: r.to_dict() for r in result.records}, expected, out


def test_enough_hostile_submissions(graded_class):
    _, expected, _ = graded_class
    hostile_names = [n for n in expected if not n.startswith("control")]
    assert len(hostile_names) >= 25
    classes = {n.split("_")[0] for n in hostile_names}
    for needed in ("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t12", "t13", "zip"):
        assert needed in classes, f"no hostile submission for {needed}"


def test_every_submission_earns_exactly_its_honest_points(graded_class):
    records, expected, _ = graded_class
    wrong = {}
    for name, points in expected.items():
        record = records[name]
        got = Fraction(record.get("total", "0"))
        if got != points:
            wrong[name] = f"earned {got}, expected {points} ({record['status']}: {record.get('reason', '')})"
    assert not wrong, "\n".join(f"{k}: {v}" for k, v in wrong.items())


def test_unsafe_archives_are_rejected_with_a_reason(graded_class):
    records, _, _ = graded_class
    for name in ("zip_path_traversal", "zip_absolute_path", "zip_symlink", "zip_bomb", "zip_many_files", "zip_not_a_zip"):
        assert records[name]["status"] == "rejected", name
        assert records[name]["reason"], name


def test_injected_files_are_ignored_and_reported(graded_class):
    records, _, out = graded_class
    ignored = records["t12_injected_config_files"]["ignored"]
    for name in INJECTED:
        assert name in ignored, f"{name} not reported"
    feedback = (out / "feedback" / "t12_injected_config_files.md").read_text(encoding="utf-8")
    assert "conftest.py" in feedback


def test_nothing_escaped_the_sandbox(graded_class):
    assert not os.path.exists("/tmp/pwned-by-learner")
    assert not os.path.exists("/tmp/pth-ran")
    assert "CHAPTER = Chapter(" in SPEC_PATH.read_text(encoding="utf-8"), "the spec was overwritten"


def test_no_secret_or_answer_reaches_any_output(graded_class):
    _, _, out = graded_class
    text = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in out.rglob("*") if p.is_file())
    assert SECRET not in text
    for item in CHAPTERS[SLUG].spec.items:
        if item.explanation:
            assert item.explanation[:50] not in text, f"explanation of {item.id} leaked into the outputs"
    assert "further test case gave a wrong result" in text or "returned" in text


def test_the_gradebook_lists_everyone(graded_class):
    records, expected, out = graded_class
    rows = (out / "gradebook.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(expected) + 1
