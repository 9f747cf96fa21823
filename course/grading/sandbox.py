"""Run learner code in a separate, limited process and collect plain JSON answers.

The trusted side (this module) never imports learner code. It starts
``worker.py`` in a sandbox, sends it the requests, and reads one JSON line per
request under a deadline. A hang, crash, memory blow-up or flood ends only the
request it happened in: the worker is killed (with everything it started) and a
fresh one carries on with the next request.

Isolation, strongest available first:
  * bubblewrap: no network, a read-only view of /usr and the submission only,
    own PID namespace (the sandbox dies with its parent);
  * always: CPU, memory, file-size, open-file and core limits, a wall-clock
    deadline per request and per submission, and, when we run as root, a
    dedicated unprivileged uid per parallel slot so the process limit bites.
"""
from __future__ import annotations

import itertools
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

WORKER_SOURCE = Path(__file__).with_name("worker.py")
SANDBOX_UID_BASE = 61000  # when we are root, each worker gets a fresh uid from this range
SANDBOX_UID_COUNT = 4000
_uid_counter = itertools.count()
_uid_lock = threading.Lock()


def _next_uid() -> int:
    """A uid no recent worker used: the process limit counts per uid, and a killed fork
    bomb's processes can linger for seconds before they are reaped."""
    with _uid_lock:
        return SANDBOX_UID_BASE + next(_uid_counter) % SANDBOX_UID_COUNT


@dataclass(frozen=True)
class Limits:
    startup_seconds: float = 10.0   # interpreter start, before the first answer is due
    import_seconds: float = 5.0     # loading one exercise file (they load in milliseconds)
    call_seconds: float = 3.0       # one function call or value
    total_seconds: float = 120.0    # everything for one submission
    cpu_seconds: int = 60
    memory_mb: int = 1024
    file_mb: int = 8
    open_files: int = 64
    processes: int = 32
    max_restarts: int = 25
    max_answer_bytes: int = 2_000_000


try:
    import resource  # imported here: a child that switched uid may not be able to import it
except ImportError:  # Windows: no process limits, deadlines still apply
    resource = None


def _resource_limits(limits: Limits, with_nproc: bool):
    def apply():
        if resource is None:
            return

        def cap(kind, value):
            try:
                resource.setrlimit(kind, (value, value))
            except (ValueError, OSError):
                pass

        cap(resource.RLIMIT_CPU, limits.cpu_seconds)
        cap(resource.RLIMIT_AS, limits.memory_mb << 20)
        cap(resource.RLIMIT_FSIZE, limits.file_mb << 20)
        cap(resource.RLIMIT_NOFILE, limits.open_files)
        cap(resource.RLIMIT_CORE, 0)
        if with_nproc:
            cap(resource.RLIMIT_NPROC, limits.processes)

    return apply


def _world_usable(path: Path) -> bool:
    """True if every folder above `path` lets other users through (not under /root)."""
    for parent in path.resolve().parents:
        try:
            if not parent.stat().st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


class Sandbox:
    """How learner code is run on this machine (decided once)."""

    def __init__(self, limits: Limits | None = None, use_bwrap: bool | None = None):
        self.limits = limits or Limits()
        self.posix = os.name == "posix"
        self.is_root = self.posix and os.geteuid() == 0
        bwrap = shutil.which("bwrap")
        self.bwrap = bwrap if (use_bwrap is not False and bwrap and sys.platform.startswith("linux")) else None
        system_python = Path("/usr/bin/python3")
        base_python = Path(getattr(sys, "_base_executable", sys.executable)).resolve()
        # A dedicated uid needs an interpreter that uid may open.
        if self.is_root and system_python.exists() and _world_usable(system_python.resolve()):
            self.python, self.drop_uid = system_python.resolve(), True
        else:
            self.python, self.drop_uid = base_python, False
        if self.bwrap and not self._bwrap_works():
            self.bwrap = None

    @property
    def description(self) -> str:
        parts = []
        parts.append("bubblewrap sandbox: no network, read-only files" if self.bwrap else
                     "no bubblewrap: process limits only (install bubblewrap for full isolation)")
        if self.drop_uid:
            parts.append("unprivileged uid")
        return "; ".join(parts)

    def _bwrap_works(self) -> bool:
        try:
            probe = self._command(Path("/"), ["-c", "print(1)"], probe=True)
            done = subprocess.run(probe, capture_output=True, timeout=20, **self._popen_kwargs(0))
            return done.returncode == 0 and done.stdout.strip() == b"1"
        except (OSError, subprocess.SubprocessError):
            return False

    def _popen_kwargs(self, slot: int) -> dict:
        kwargs: dict = {}
        if self.posix:
            kwargs["process_group"] = 0
        if resource is not None:
            kwargs["preexec_fn"] = _resource_limits(self.limits, with_nproc=self.drop_uid)
        if self.drop_uid:
            uid = _next_uid()
            kwargs["user"] = uid
            kwargs["group"] = uid
            kwargs["extra_groups"] = []
        return kwargs

    def _command(self, workdir: Path, python_args: list[str], probe: bool = False) -> list[str]:
        python = str(self.python)
        if not self.bwrap:
            return [python, "-I", "-S", *python_args]
        cmd = [self.bwrap, "--unshare-all", "--die-with-parent", "--new-session",
               "--ro-bind", "/usr", "/usr", "--proc", "/proc", "--dev", "/dev"]
        for name in ("bin", "lib", "lib64", "sbin"):
            target = Path("/") / name
            if target.is_symlink():
                cmd += ["--symlink", os.readlink(target), f"/{name}"]
            elif target.is_dir():
                cmd += ["--ro-bind", str(target), f"/{name}"]
        prefix = Path(sys.base_prefix).resolve()
        if not str(self.python).startswith("/usr/"):
            cmd += ["--ro-bind", str(prefix), str(prefix)]
        if not self.drop_uid and self.is_root:
            cmd += ["--unshare-user", "--uid", "1000", "--gid", "1000"]
        if not probe:
            cmd += ["--ro-bind", str(workdir), "/sandbox", "--chdir", "/sandbox"]
        cmd += ["--remount-ro", "/", "--clearenv", "--setenv", "PATH", "/usr/bin",
                "--setenv", "LANG", "C.UTF-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
                python, "-I", "-S", *python_args]
        return cmd

    def run(self, files: dict[str, Path], requests: list[dict], slot: int = 0) -> list[dict]:
        """Answer `requests` against the learner files `files` (module name -> path).

        Each request is {"op": "value"|"call", "module", "name", "args"?}. Returns one
        answer per request: {"ok": value} or {"err": {"kind", "message", "line"}}.
        """
        with tempfile.TemporaryDirectory(prefix="course-sandbox-") as tmp:
            workdir = Path(tmp)
            submission = workdir / "submission"
            submission.mkdir()
            for module, path in files.items():
                shutil.copyfile(path, submission / f"{module}.py")
            shutil.copyfile(WORKER_SOURCE, workdir / "worker.py")
            for path in (workdir, submission):
                path.chmod(0o755)
            for path in [*submission.iterdir(), workdir / "worker.py"]:
                path.chmod(0o644)
            return _Session(self, workdir, requests, slot).run()


class _Session:
    """One submission's requests, run with as many fresh workers as it takes."""

    def __init__(self, sandbox: Sandbox, workdir: Path, requests: list[dict], slot: int):
        self.sandbox, self.workdir, self.requests, self.slot = sandbox, workdir, requests, slot
        self.limits = sandbox.limits
        self.answers: list[dict | None] = [None] * len(requests)
        self.hung: set[tuple] = set()  # (module, name) of functions that timed out once
        self.deadline = time.monotonic() + self.limits.total_seconds

    def run(self) -> list[dict]:
        restarts = 0
        while True:
            for i, request in enumerate(self.requests):
                key = (request["module"], request.get("name"))
                if self.answers[i] is None and key in self.hung:
                    self.answers[i] = _error("timeout", f"not run: an earlier call of {key[1]} did not finish in time")
            pending = [i for i, a in enumerate(self.answers) if a is None]
            if not pending:
                break
            if restarts > self.limits.max_restarts or time.monotonic() >= self.deadline:
                why = ("the time allowed for this submission ran out" if time.monotonic() >= self.deadline
                       else "the code crashed or hung too many times")
                for i in pending:
                    self.answers[i] = _error("budget", f"not run: {why}")
                break
            self._run_worker(pending)
            restarts += 1
        return self.answers  # type: ignore[return-value]

    def _run_worker(self, pending: list[int]) -> None:
        batch, origin = [], []  # origin[k] = request index, or ("import", module)
        seen = set()
        for i in pending:
            module = self.requests[i]["module"]
            if module not in seen:
                seen.add(module)
                batch.append({"op": "import", "module": module})
                origin.append(("import", module))
            batch.append(self.requests[i])
            origin.append(i)
        document = json.dumps({"folder": "/sandbox/submission" if self.sandbox.bwrap else str(self.workdir / "submission"),
                               "requests": batch}).encode()
        worker = "/sandbox/worker.py" if self.sandbox.bwrap else str(self.workdir / "worker.py")
        cmd = self.sandbox._command(self.workdir, [worker])
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                cwd=self.workdir, **self.sandbox._popen_kwargs(self.slot))
        try:
            self._talk(proc, document, batch, origin)
        finally:
            _kill(proc)

    def _talk(self, proc, document: bytes, batch: list[dict], origin: list) -> None:
        try:
            proc.stdin.write(document)
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)
        buffer = b""
        position = 0
        due = time.monotonic() + self.limits.startup_seconds + self._allowance(batch[0])
        while position < len(batch):
            now = time.monotonic()
            timeout = min(due, self.deadline) - now
            if timeout <= 0:
                self._fail(batch, origin, position, "timeout", self._timeout_message(batch[position]))
                return
            if not selector.select(timeout):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                proc.wait(timeout=5)
                self._fail(batch, origin, position, "crash", _crash_message(proc.returncode))
                return
            buffer += chunk
            while b"\n" in buffer and position < len(batch):
                line, buffer = buffer.split(b"\n", 1)
                answer = _parse_answer(line, position)
                if answer is None:
                    self._fail(batch, origin, position, "protocol", "the answer could not be read")
                    return
                self._record(origin, position, answer)
                position += 1
                if position < len(batch):
                    due = time.monotonic() + self._allowance(batch[position])
            if len(buffer) > self.limits.max_answer_bytes:
                self._fail(batch, origin, position, "too_large", "the value returned is too large")
                return

    def _allowance(self, request: dict) -> float:
        return self.limits.import_seconds if request["op"] == "import" else self.limits.call_seconds

    def _timeout_message(self, request: dict) -> str:
        if request["op"] == "import":
            return f"loading the file took longer than {self.limits.import_seconds:g} s (an endless loop at the top level?)"
        return f"stopped after {self.limits.call_seconds:g} s (an endless loop?)"

    def _record(self, origin: list, position: int, answer: dict) -> None:
        target = origin[position]
        if isinstance(target, tuple):
            return  # a successful or failed import; the worker reports failures per request
        self.answers[target] = answer

    def _fail(self, batch, origin, position, kind: str, message: str) -> None:
        target = origin[position]
        if isinstance(target, tuple):  # the import itself hung or crashed: the whole file fails
            module = target[1]
            for k in range(position + 1, len(batch)):
                if batch[k].get("module") == module and not isinstance(origin[k], tuple):
                    self.answers[origin[k]] = _error("import", message)
        else:
            self.answers[target] = _error(kind, message)
            if kind == "timeout":
                self.hung.add((batch[position]["module"], batch[position].get("name")))


def _parse_answer(line: bytes, position: int) -> dict | None:
    try:
        answer = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(answer, dict) or answer.get("i") != position:
        return None
    if "ok" in answer:
        return {"ok": answer["ok"]}
    err = answer.get("err")
    if isinstance(err, dict):
        line_no = err.get("line")
        return _error(str(err.get("kind", "exception"))[:40], str(err.get("message", ""))[:500],
                      line_no if isinstance(line_no, int) and not isinstance(line_no, bool) else None)
    return None


def _error(kind: str, message: str, line: int | None = None) -> dict:
    return {"err": {"kind": kind, "message": message, "line": line}}


def _crash_message(returncode: int | None) -> str:
    if returncode is not None and returncode < 0:
        name = signal.Signals(-returncode).name if -returncode in signal.Signals._value2member_map_ else str(-returncode)
        if name == "SIGXCPU":
            return "the code used more CPU time than allowed"
        if name == "SIGXFSZ":
            return "the code tried to write a file larger than allowed"
        return f"the process was ended by {name} (too much memory, or a crash)"
    return f"the process stopped before answering (exit status {returncode})"


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, AttributeError):
            proc.kill()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    for stream in (proc.stdout, proc.stdin):
        try:
            if stream:
                stream.close()
        except OSError:
            pass
