"""Run learner code in a separate, limited process and collect plain JSON answers.

The trusted side (this module) never imports learner code. It starts
``worker.py`` in a sandbox, sends it the requests, and reads one JSON line per
request under a deadline. A hang, crash, memory blow-up or flood ends only the
request it happened in: the worker is killed (with everything it started) and a
fresh one carries on with the next request.

No sandbox, no grading: if bubblewrap is missing or does not work, `Sandbox()`
raises `SandboxUnavailable` unless the caller passes ``allow_unsandboxed=True``
(the instructor's explicit ``--unsafe-no-sandbox``, or a learner checking their
own files).

Isolation with bubblewrap: no network, a read-only view of /usr and the
submission only, its own PID namespace and /proc (the sandbox dies with its
parent, so no daemon outlives it), /dev read-only, and a private size-capped
/tmp and /dev/shm.

Limits hold per sandbox, not per process:
  * cgroups (v2, or v1 memory and pids hierarchies) when this process may create
    them: one cgroup per worker caps the memory of everything in it (tmpfs pages
    included) and the number of processes;
  * otherwise: a process limit counted inside the sandbox's own user namespace
    (or for a dedicated uid, when we run as root), and the memory budget split
    between those processes (RLIMIT_AS) plus the capped tmpfs sizes.
The worker sets its own rlimits before it reads any learner code; nothing runs
between fork and exec (no preexec_fn), so grading in threads is safe.
"""
from __future__ import annotations

import functools
import itertools
import json
import marshal
import os
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from course.grading import memo
from course.grading import probe_cache as probe_cache_mod
from course.grading.feedback import feedback
from course.grading.clean import TooDeep, clean_text, clean_value, too_deep
from course.grading.proctree import tree_pids, tree_total

WORKER_SOURCE = Path(__file__).with_name("worker.py")
SANDBOX_UID_BASE = 61000  # when we are root, each worker gets a fresh uid from this range
SANDBOX_UID_COUNT = 4000
CGROUP_PREFIX = "course-sandbox-"
MAX_ANSWER_DEPTH = 60   # the worker sends values nested at most 50 deep (worker.MAX_DEPTH)
_uid_counter = itertools.count()
_cgroup_counter = itertools.count()
_uid_lock = threading.Lock()


# Error kinds the worker may report, and the kinds only this side reports (with texts
# it wrote itself, so they can be shown even for a hidden case).
WORKER_ERROR_KINDS = {"syntax", "exception", "import", "missing", "type"}
TRUSTED_ERROR_KINDS = {"timeout", "budget", "crash", "too_large", "protocol"}


class SandboxUnavailable(Exception):
    """Learner code cannot be isolated here, and running it unsandboxed was not allowed."""


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
    # CPU time one request may use (import, call or value), counted over the whole
    # sandbox. An endless loop is caught after this much CPU instead of after the
    # wall-clock allowance, so a class with hanging submissions is not held up by them
    # (CPU time does not stretch when the machine is busy, so this is also fair under
    # load). Measured (benchmarks/grading.py, docs/grading-large-classes.md): the slowest
    # request of any reference solution or stub uses under 1 ms (loading ch12's file);
    # loading a dozen standard modules (statistics, dataclasses, typing, decimal, ...)
    # uses about 30 ms. 0.1 s is 100 times the slowest reference request, and an endless
    # loop costs about 0.2 s of CPU before it is stopped. None: wall clock only.
    request_cpu_seconds: float | None = 0.1
    cpu_poll_seconds: float = 0.05  # how often a silent worker's CPU time is looked at
    total_seconds: float = 120.0    # everything for one submission
    cpu_seconds: int = 60
    memory_mb: int = 1024           # the whole sandbox: every process and its tmpfs files
    file_mb: int = 8
    open_files: int = 64
    processes: int = 8              # the whole sandbox (exercises never need a child process)
    tmpfs_mb: int = 32              # each of the private /tmp and /dev/shm
    max_restarts: int = 25
    max_answer_bytes: int = 2_000_000


def _world_usable(path: Path) -> bool:
    """True if every folder above `path` lets other users through (not under /root)."""
    for parent in path.resolve().parents:
        try:
            if not parent.stat().st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


READY_LINE = b"ready\n"   # the worker's first line: started, imports done, waiting for its requests


class Cgroups:
    """Create one cgroup per worker with a memory and a process cap (v2, or v1 hierarchies)."""

    def __init__(self, version: int, parents: dict[str, Path]):
        self.version, self.parents = version, parents   # controller -> parent folder

    @classmethod
    def detect(cls) -> "Cgroups | None":
        try:
            own = Path("/proc/self/cgroup").read_text().splitlines()
        except OSError:
            return None
        base = Path("/sys/fs/cgroup")
        if (base / "cgroup.controllers").is_file():
            path = next((line.split(":", 2)[2] for line in own if line.startswith("0::")), None)
            candidates = [cls(2, {"unified": base / path.lstrip("/")})] if path is not None else []
        else:
            parents = {}
            for line in own:
                _, names, path = line.split(":", 2)
                for name in ("memory", "pids"):
                    if name in names.split(","):
                        parents[name] = base / name / path.lstrip("/")
            candidates = [cls(1, parents)] if set(parents) == {"memory", "pids"} else []
        for candidate in candidates:
            candidate.remove_stale()
            try:
                probe = candidate.create(16, 4)
            except OSError:
                continue
            probe.remove()
            return candidate
        return None

    @property
    def description(self) -> str:
        return f"cgroup v{self.version}"

    def create(self, memory_mb: int, processes: int) -> "_Cgroup":
        name = f"{CGROUP_PREFIX}{os.getpid()}-{next(_cgroup_counter)}"
        folders = []
        try:
            for controller, parent in self.parents.items():
                folder = parent / name
                folder.mkdir()
                folders.append(folder)
                if self.version == 2:
                    (folder / "memory.max").write_text(str(memory_mb << 20))
                    if (folder / "memory.swap.max").exists():
                        (folder / "memory.swap.max").write_text("0")
                    (folder / "pids.max").write_text(str(processes))
                elif controller == "memory":
                    (folder / "memory.limit_in_bytes").write_text(str(memory_mb << 20))
                else:
                    (folder / "pids.max").write_text(str(processes))
        except OSError:
            _Cgroup(folders).remove()
            raise
        return _Cgroup(folders)

    def remove_stale(self) -> None:
        """Remove cgroups left by a grader that was killed (its pid is gone)."""
        for parent in self.parents.values():
            try:
                entries = [p for p in parent.iterdir() if p.name.startswith(CGROUP_PREFIX)]
            except OSError:
                continue
            for folder in entries:
                owner = folder.name[len(CGROUP_PREFIX):].split("-")[0]
                if owner.isdigit() and not _alive(int(owner)):
                    _Cgroup([folder]).remove()


def _bwrap_has_size(bwrap: str) -> bool:
    """True if this bubblewrap knows --size (0.7 and later)."""
    try:
        done = subprocess.run([bwrap, "--help"], capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return b"--size" in done.stdout + done.stderr


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Cgroup:
    def __init__(self, folders: list[Path]):
        self.folders = folders

    @property
    def procs_files(self) -> list[str]:
        return [str(folder / "cgroup.procs") for folder in self.folders]

    def remove(self) -> None:
        """Kill whatever is left in the cgroup and remove it (retrying while it empties)."""
        for folder in self.folders:
            for attempt in range(50):
                if (folder / "cgroup.kill").exists():
                    try:
                        (folder / "cgroup.kill").write_text("1")
                    except OSError:
                        pass
                try:
                    pids = [int(p) for p in (folder / "cgroup.procs").read_text().split()]
                except (OSError, ValueError):
                    pids = []
                for pid in pids:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                try:
                    folder.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    # Its last processes are still exiting: look again soon (a fixed 20 ms
                    # wait here was paid once per learner on the grading thread).
                    time.sleep(min(0.02, 0.001 * 2 ** attempt))


class Sandbox:
    """How learner code is run on this machine (decided once)."""

    def __init__(self, limits: Limits | None = None, use_bwrap: bool | None = None,
                 allow_unsandboxed: bool = False, use_cgroups: bool | None = None, probe_cache: bool = False):
        """`probe_cache=True` (used by `course check`) reuses an earlier successful test of
        bubblewrap on this machine (see `probe_cache`); grading a class always tests."""
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
        self.cgroups = Cgroups.detect() if (use_cgroups is not False and self.posix
                                            and sys.platform.startswith("linux")) else None
        why_not = None
        self.probe_key = (probe_cache_mod.probe_key(self.bwrap, self.python, {
            "drop_uid": self.drop_uid, "tmpfs_mb": self.limits.tmpfs_mb}) if self.bwrap and probe_cache else None)
        remembered = probe_cache_mod.recall(self.probe_key)
        self.probe_cached = remembered is not None
        if remembered is not None:
            self.private_tmp = remembered["private_tmp"]
        else:
            # bubblewrap 0.7 added --size: a private, size-capped /tmp and /dev/shm. Older ones
            # (Ubuntu 22.04 ships 0.6) get no writable tmpfs at all, which is just as safe.
            self.private_tmp = bool(self.bwrap) and _bwrap_has_size(self.bwrap)
        if not self.bwrap:
            why_not = ("bubblewrap (bwrap) is not installed" if not bwrap or use_bwrap is False
                       else "bubblewrap needs Linux")
        elif remembered is None:
            if self._bwrap_works() or self._works_without_private_tmp():
                probe_cache_mod.remember(self.probe_key, {"private_tmp": self.private_tmp})
            else:
                self.bwrap = None
                why_not = "bubblewrap is installed but cannot create a sandbox here (are user namespaces disabled?)"
        self.why_unsandboxed = why_not
        self.temp_root: Path | None = None   # where working folders go (a batch's scratch area)
        self.cancelled = threading.Event()  # set by cancel(): no new workers start
        self._live: set[subprocess.Popen] = set()
        self._live_lock = threading.Lock()
        self._keeper: _Keeper | None = None   # starts spares and removes used sandboxes (a batch)

        if why_not and not allow_unsandboxed:
            raise SandboxUnavailable(
                f"{why_not}: learner code would run unsandboxed, so nothing was graded. "
                "Install bubblewrap (scripts/system-deps.sh), or pass --unsafe-no-sandbox to run it anyway")

    def cancel(self) -> None:
        """Stop all grading now (Ctrl-C): kill every running worker, start no new one."""
        self.cancelled.set()
        self.close()
        with self._live_lock:
            live = list(self._live)
        for proc in live:  # the session that owns each process reaps it
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError, AttributeError, OSError):
                proc.kill()

    @property
    def mode(self) -> str:
        return "bubblewrap" if self.bwrap else "none"

    @property
    def limit_scope(self) -> str:
        if self.cgroups:
            return f"per sandbox ({self.cgroups.description})"
        if self.bwrap or self.drop_uid:
            return "per sandbox (process count in its own namespace or uid; memory split between processes)"
        return "per process only"

    @property
    def process_memory_mb(self) -> int:
        """RLIMIT_AS for one process: the whole budget under a cgroup, else a share of it."""
        return self._process_memory_mb(bool(self.cgroups))

    def _process_memory_mb(self, in_cgroup: bool) -> int:
        if in_cgroup:
            return self.limits.memory_mb
        return max(64, self.limits.memory_mb // max(1, self.limits.processes))

    @property
    def description(self) -> str:
        limits = self.limits
        if self.bwrap:
            tmp = f"private {self.limits.tmpfs_mb} MB /tmp" if self.private_tmp else "no writable /tmp"
            parts = [f"bubblewrap sandbox: no network, read-only files ({tmp}), own PID namespace"]
        else:
            parts = [f"NO SANDBOX ({self.why_unsandboxed}): learner code can read what this user can read"]
        parts.append(f"limits {self.limit_scope}: {limits.memory_mb} MB, {limits.processes} processes")
        if self.drop_uid:
            parts.append("unprivileged uid")
        return "; ".join(parts)

    def metadata(self) -> dict:
        """What isolated the learner code, for grading-meta.json and Gradescope's results.json."""
        return {"sandbox": self.mode, "description": self.description,
                "unsafe_no_sandbox": not self.bwrap, "limits_scope": self.limit_scope,
                "cgroups": self.cgroups.description if self.cgroups else None,
                "unprivileged_uid": self.drop_uid, "process_memory_mb": self.process_memory_mb,
                "private_tmp_mb": self.limits.tmpfs_mb if self.bwrap and self.private_tmp else 0,
                "limits": asdict(self.limits)}

    def worker_limits(self, in_cgroup: bool | None = None) -> dict:
        """The rlimits the worker sets on itself before it loads learner code."""
        limits = self.limits
        in_cgroup = bool(self.cgroups) if in_cgroup is None else in_cgroup
        return {"cpu": limits.cpu_seconds, "as": self._process_memory_mb(in_cgroup) << 20,
                "fsize": limits.file_mb << 20, "nofile": limits.open_files, "core": 0, "nproc": limits.processes}

    def _bwrap_works(self) -> bool:
        try:
            probe = self._command(Path("/"), ["-c", "print(1)"], probe=True)
            kwargs = self._popen_kwargs(uid=_next_uid() if self.drop_uid else None)
            done = subprocess.run(probe, capture_output=True, timeout=20, **kwargs)
            return done.returncode == 0 and done.stdout.strip() == b"1"
        except (OSError, subprocess.SubprocessError):
            return False

    def recheck_cached_probe(self) -> bool:
        """After a failed launch: True if bubblewrap still works. If it does not and the
        test that said it did came from the cache, forget that test (the next run tests again)."""
        if not self.probe_cached or self._bwrap_works():
            return True
        probe_cache_mod.forget(self.probe_key)
        return False

    def _works_without_private_tmp(self) -> bool:
        """A setuid bubblewrap refuses --size: try once more without a writable tmpfs."""
        if not self.private_tmp:
            return False
        self.private_tmp = False
        return self._bwrap_works()

    def _popen_kwargs(self, uid: int | None) -> dict:
        kwargs: dict = {}
        if self.posix:
            kwargs["process_group"] = 0
        if uid is not None:  # done by subprocess in C between fork and exec: thread-safe
            kwargs["user"] = uid
            kwargs["group"] = uid
            kwargs["extra_groups"] = []
        return kwargs

    def _command(self, workdir: Path, python_args: list[str], probe: bool = False) -> list[str]:
        python = str(self.python)
        if not self.bwrap:
            return [python, "-I", "-S", *python_args]
        cmd = [self.bwrap, "--unshare-all", "--die-with-parent", "--new-session",
               "--ro-bind", "/usr", "/usr", "--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev"]
        if self.private_tmp:
            tmpfs_bytes = str(self.limits.tmpfs_mb << 20)
            cmd += ["--size", tmpfs_bytes, "--tmpfs", "/dev/shm", "--size", tmpfs_bytes, "--tmpfs", "/tmp"]
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

    def _launch(self) -> "_Worker":
        """Start one fresh sandbox in a fresh, empty working folder.

        It starts Python and the worker, says it is ready, and waits for its requests;
        no learner file is in it yet. A batch starts the next one ahead of time (a
        spare, see `take_worker`) so that the start-up overlaps other work.
        """
        workdir = Path(tempfile.mkdtemp(prefix="course-sandbox-", dir=self.temp_root))
        try:
            (workdir / "submission").mkdir()
            shutil.copyfile(WORKER_SOURCE, workdir / "worker.py")
            for path in (workdir, workdir / "submission"):
                path.chmod(0o755)
            (workdir / "worker.py").chmod(0o644)
            uid = _next_uid() if self.drop_uid else None
            if uid is not None:
                # Only this worker's uid may enter its folder: without bubblewrap, another
                # learner's code (another uid) could otherwise read this submission.
                os.chown(workdir, uid, uid)
                workdir.chmod(0o700)
            cgroup = None
            if self.cgroups:
                try:
                    cgroup = self.cgroups.create(self.limits.memory_mb, self.limits.processes)
                except OSError:
                    cgroup = None
            worker = "/sandbox/worker.py" if self.bwrap else str(workdir / "worker.py")
            try:
                proc = subprocess.Popen(self._command(workdir, [worker]), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=workdir,
                                        **self._popen_kwargs(uid))
            except BaseException:
                if cgroup:
                    cgroup.remove()
                raise
        except BaseException:
            shutil.rmtree(workdir, ignore_errors=True)
            raise
        worker = _Worker(self, proc, workdir, cgroup, uid)
        with self._live_lock:
            self._live.add(proc)
        return worker

    def keep_spares(self, count: int) -> None:
        """Keep `count` sandboxes started ahead, and remove used ones, in a helper thread
        (a batch calls this with one per grading thread; `close` ends it)."""
        if self._keeper is None and count > 0:
            self._keeper = _Keeper(self, count)
            self._keeper.start()

    def take_worker(self, spare: bool = True) -> "_Worker":
        """A sandbox no learner has used: a spare started earlier, or a new one. Each is used
        for one attempt of one learner and then destroyed (never shared)."""
        keeper = self._keeper
        ahead = keeper.take() if keeper is not None and spare else None
        return ahead or self._launch()

    def dispose(self, worker: "_Worker") -> None:
        """Kill a used sandbox now; remove its cgroup and folder now or in the helper thread."""
        worker.kill()
        keeper = self._keeper
        if keeper is None or not keeper.remove_later(worker):
            worker.remove()

    def close(self) -> None:
        """End the spares and wait until every used sandbox is removed."""
        keeper, self._keeper = self._keeper, None
        if keeper is not None:
            keeper.stop()

    def run(self, files: dict[str, Path], requests: list[dict], slot: int = 0) -> list[dict]:
        """Answer `requests` against the learner files `files` (module name -> path).

        Each request is {"op": "value"|"call", "module", "name", "args"?}. Returns one
        answer per request: {"ok": value} or {"err": {"kind", "message", "line"}}.
        """
        return _Session(self, files, requests, slot).run()


class _Worker:
    """One started sandbox: its process, working folder, cgroup and uid. Used once."""

    def __init__(self, sandbox: Sandbox, proc: subprocess.Popen, workdir: Path, cgroup, uid: int | None):
        self.sandbox, self.proc, self.workdir, self.cgroup, self.uid = sandbox, proc, workdir, cgroup, uid

    @property
    def folder(self) -> str:
        """Where the worker sees the learner's files."""
        return "/sandbox/submission" if self.sandbox.bwrap else str(self.workdir / "submission")

    def add_files(self, files: dict[str, Path]) -> None:
        """Copy one learner's files in (the sandbox sees its working folder through a bind mount)."""
        submission = self.workdir / "submission"
        for module, path in files.items():
            target = submission / f"{module}.py"
            shutil.copyfile(path, target)
            target.chmod(0o644)

    def join_cgroup(self) -> bool:
        """Move every process of this sandbox into its cgroup; True if all of them are in.

        Called after the worker said it is ready and before it gets its requests: bubblewrap
        has made all its processes by then, and no learner code has run. Anything they
        start later is born in the cgroup. If a move fails, the worker is told it is not
        in a cgroup and splits the memory budget between processes itself.
        """
        if not self.cgroup:
            return False
        pids = tree_pids(self.proc.pid)
        if not pids:
            return False
        try:
            for procs_file in self.cgroup.procs_files:
                for pid in pids:
                    with open(procs_file, "w") as handle:
                        handle.write(str(pid))
        except OSError:
            return False
        return True

    def kill(self) -> None:
        """End every process of this sandbox (at once: no learner code runs after this)."""
        with self.sandbox._live_lock:
            self.sandbox._live.discard(self.proc)
        _kill(self.proc)
        if self.uid is not None and not self.sandbox.bwrap:
            # No PID namespace: a daemon the learner detached would outlive the worker.
            # Its uid is used by nothing else, so end every process it owns.
            _kill_uid(self.uid, str(self.sandbox.python))

    def remove(self) -> None:
        """Remove its cgroup (killing anything still in it) and its working folder. Slow
        (the kernel takes milliseconds to let go of a cgroup), so a batch does it in the
        helper thread, off the grading thread's path."""
        if self.cgroup:
            self.cgroup.remove()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def close(self) -> None:
        self.kill()
        self.remove()


class _Keeper(threading.Thread):
    """Starts spare sandboxes before they are needed and removes used ones, so neither
    start-up nor removal waits on a grading thread.

    Spares are started by this thread, which lives until `stop`: bubblewrap's
    --die-with-parent ends a sandbox when the thread that started it ends, so a spare
    may be used by any grading thread while this one lives. Every spare is used by
    one attempt of one learner and destroyed; none is ever reused.
    """

    def __init__(self, sandbox: Sandbox, count: int):
        super().__init__(daemon=True, name="sandbox-keeper")
        self.sandbox, self.count = sandbox, count
        self.spares: list[_Worker] = []
        self.used: list[_Worker] = []
        self.stopping = False
        self.failed = False   # a launch failed here: takers start their own sandboxes
        self.condition = threading.Condition()

    def take(self) -> "_Worker | None":
        with self.condition:
            worker = self.spares.pop(0) if self.spares and not self.stopping else None
            self.condition.notify_all()
        return worker

    def remove_later(self, worker: "_Worker") -> bool:
        with self.condition:
            if self.stopping:
                return False
            self.used.append(worker)
            self.condition.notify_all()
        return True

    def stop(self) -> None:
        with self.condition:
            self.stopping = True
            self.condition.notify_all()
        self.join()
        with self.condition:
            spares, used, self.spares, self.used = self.spares, self.used, [], []
        for worker in spares:   # already killed as this thread ended; remove what is left
            worker.close()
        for worker in used:
            worker.remove()

    def run(self) -> None:
        while True:
            with self.condition:
                while not self.stopping and not self.used and (self.failed or len(self.spares) >= self.count):
                    self.condition.wait()
                if self.stopping:
                    return
                used = self.used.pop(0) if self.used else None
            if used is not None:
                used.remove()
                continue
            if self.sandbox.cancelled.is_set():
                continue
            try:
                worker = self.sandbox._launch()
            except Exception:
                with self.condition:
                    self.failed = True
                continue
            with self.condition:
                if self.stopping:
                    worker.close()
                    return
                self.spares.append(worker)


class _Session:
    """One submission's requests, run with as many fresh workers as it takes."""

    def __init__(self, sandbox: Sandbox, files: dict[str, Path], requests: list[dict], slot: int):
        self.sandbox, self.files, self.requests, self.slot = sandbox, files, requests, slot
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
                    self.answers[i] = _error("timeout", feedback("not run: an earlier call of {name} did not finish in time").format(name=key[1]))
            pending = [i for i, a in enumerate(self.answers) if a is None]
            if not pending:
                break
            if self.sandbox.cancelled.is_set():
                for i in pending:
                    self.answers[i] = _error("cancelled", feedback("not run: grading was stopped"))
                break
            if restarts > self.limits.max_restarts or time.monotonic() >= self.deadline:
                why = (feedback("not run: the time allowed for this submission ran out") if time.monotonic() >= self.deadline
                       else feedback("not run: the code crashed or hung too many times"))
                for i in pending:
                    self.answers[i] = _error("budget", why)
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
                batch.append(_import_request(module))
                origin.append(("import", module))
            batch.append(self.requests[i])
            origin.append(i)
        worker = self.sandbox.take_worker()   # a fresh sandbox for every attempt, never shared
        try:
            if self.sandbox.cancelled.is_set():
                return
            leftover = self._await_ready(worker)
            if leftover is None and not self.sandbox.cancelled.is_set():
                # It ended before it was given any learner code: not this learner's doing.
                self.sandbox.dispose(worker)
                worker = self.sandbox.take_worker(spare=False)
                leftover = self._await_ready(worker)
            if leftover is None:
                self._fail(batch, origin, 0, "crash", feedback("the sandbox could not be started; grade this learner again"))
                return
            worker.add_files(self.files)
            self._talk(worker, leftover, batch, origin)
        finally:
            self.sandbox.dispose(worker)

    def _await_ready(self, worker: _Worker) -> bytes | None:
        """Wait for the worker's ready line; returns what it sent after it, or None if it
        ended, said something else, or did not start in time."""
        stdout = worker.proc.stdout
        buffer = b""
        due = time.monotonic() + self.limits.startup_seconds
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            while READY_LINE not in buffer:
                timeout = min(due, self.deadline) - time.monotonic()
                if timeout <= 0:
                    return None
                if not selector.select(timeout):
                    continue
                chunk = os.read(stdout.fileno(), 65536)
                if not chunk:
                    return None
                buffer += chunk
                if READY_LINE not in buffer and len(buffer) >= len(READY_LINE):
                    return None
        return buffer.split(READY_LINE, 1)[1]

    def _talk(self, worker: _Worker, buffer: bytes, batch: list[dict], origin: list) -> None:
        proc = worker.proc
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)
        # Its processes join the sandbox's cgroup before any learner code can run; the limits
        # travel with the requests, and the worker sets them before it imports anything.
        in_cgroup = worker.join_cgroup()
        document = _request_document(worker.folder, self.sandbox.worker_limits(in_cgroup), batch)
        try:
            proc.stdin.write(document)
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        position = 0
        due = time.monotonic() + self._allowance(batch[0])
        cpu_budget = self.limits.request_cpu_seconds
        cpu_start = None   # the sandbox's CPU time when it was first seen silent on this request
        while position < len(batch):
            now = time.monotonic()
            timeout = min(due, self.deadline) - now
            if timeout <= 0:
                self._fail(batch, origin, position, "timeout", self._timeout_message(batch[position]))
                return
            if cpu_budget is not None:
                timeout = min(timeout, self.limits.cpu_poll_seconds)
            if not selector.select(timeout):
                if cpu_budget is not None:
                    used = tree_cpu_seconds(proc.pid)
                    if cpu_start is None:
                        cpu_start = used
                    elif used is not None and cpu_start is not None and used - cpu_start > cpu_budget:
                        self._fail(batch, origin, position, "timeout", self._cpu_message(batch[position]))
                        return
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                _wait(proc)
                self._fail(batch, origin, position, "crash", _crash_message(proc.returncode))
                return
            buffer += chunk
            while b"\n" in buffer and position < len(batch):
                line, buffer = buffer.split(b"\n", 1)
                answer = _parse_answer(line, position)
                if answer is None:
                    self._fail(batch, origin, position, "protocol", feedback("the answer could not be read"))
                    return
                self._record(origin, position, answer)
                position += 1
                cpu_start = None
                if position < len(batch):
                    due = time.monotonic() + self._allowance(batch[position])
            if len(buffer) > self.limits.max_answer_bytes:
                self._fail(batch, origin, position, "too_large", feedback("the value returned is too large"))
                return

    def _allowance(self, request: dict) -> float:
        return self.limits.import_seconds if request["op"] == "import" else self.limits.call_seconds

    def _cpu_message(self, request: dict) -> str:
        seconds = f"{self.limits.request_cpu_seconds:g}"
        if request["op"] == "import":
            return feedback("stopped: loading the file used more than {seconds} s of processor time "
                            "(an endless loop?)").format(seconds=seconds)
        return feedback("stopped: it used more than {seconds} s of processor time (an endless loop?)").format(
            seconds=seconds)

    def _timeout_message(self, request: dict) -> str:
        if request["op"] == "import":
            return feedback("loading the file took longer than {seconds} s (an endless loop at the top level?)").format(
                seconds=f"{self.limits.import_seconds:g}")
        return feedback("stopped after {seconds} s (an endless loop?)").format(seconds=f"{self.limits.call_seconds:g}")

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


def tree_cpu_seconds(root: int) -> float | None:
    """CPU seconds used by process `root` and all its descendants (live ones, plus the
    children they have reaped), from /proc; None where there is no /proc."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    # stat fields after the name: utime, stime, cutime, cstime are at 11-14.
    ticks = tree_total(root, lambda fields: sum(int(v) for v in fields[11:15]))
    return None if ticks is None else ticks / tick


def _request_document(folder: str, limits: dict, batch: list[dict]) -> bytes:
    """What the worker reads: written with `marshal`, which the worker can read without
    importing anything (see worker.py). Each request is passed through JSON first, so the
    worker gets exactly the plain data it used to get as JSON (lists, never tuples)."""
    return marshal.dumps({"folder": folder, "limits": _plain(limits), "requests": [_plain_request(r) for r in batch]}, 4)


def _plain(value):
    return json.loads(json.dumps(value))


_PLAIN_REQUESTS: dict[int, tuple[dict, object]] = {}


@functools.lru_cache(maxsize=1024)
def _import_request(module: str) -> dict:
    """The request to load one module: one dict per module (never changed), so that
    `_plain_request` keeps it too."""
    return {"op": "import", "module": module}


def _plain_request(request: dict):
    """`_plain(request)`, kept for requests made once per check (the same dict for every
    learner): a class sends each of them hundreds of times, and the JSON round trip of
    every request was a twentieth of the grader's own work. The entry holds the request
    itself, so its id cannot be reused while the entry lives."""
    entry = _PLAIN_REQUESTS.get(id(request))
    if entry is not None and entry[0] is request:
        return entry[1]
    plain = _plain(request)
    if len(_PLAIN_REQUESTS) < 20_000:   # the course's checks number about 2,000
        _PLAIN_REQUESTS[id(request)] = (request, plain)
    return plain


_LINE_START = re.compile(rb'\{"i": (\d+), ')


def _parse_answer(line: bytes, position: int) -> dict | None:
    """The answer in one line from the worker, parsed and cleaned (None if it is not one).

    A line seen before (the same bytes after the request number) gives the same answer
    object from the memo: the result is a function of those bytes alone, because the
    line holds its request number only once (checked) and it matched `position`.
    """
    start = _LINE_START.match(line)
    if (start is None or int(start[1]) != position or len(line) > memo.MAX_REMEMBERED_LINE
            or line.count(b'"i"') != 1):
        return _parse_new_answer(line, position)
    key = line[start.end():]
    answer = memo.ANSWERS.get(key)
    if answer is None:
        answer = _parse_new_answer(line, position)
        if answer is not None:
            answer = memo.RememberedAnswer(answer)
            memo.ANSWERS.put(key, answer, len(key))
    return answer


def _parse_new_answer(line: bytes, position: int) -> dict | None:
    try:
        answer = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(answer, dict) or answer.get("i") != position:
        return None
    # The trusted boundary: every string from the worker is cleaned here, once, so no
    # record or output downstream sees invalid Unicode or a control sequence. A value
    # nested deeper than the worker ever sends is forged, and would exhaust the recursion
    # of everything that reads it (the answer object itself is the first level).
    if "ok" in answer:
        try:
            return {"ok": clean_value(answer["ok"], MAX_ANSWER_DEPTH - 1)}
        except TooDeep:
            return None
    if too_deep(answer, MAX_ANSWER_DEPTH):
        return None
    err = answer.get("err")
    if isinstance(err, dict):
        line_no = err.get("line")
        kind = err.get("kind")
        kind = kind if kind in WORKER_ERROR_KINDS else "exception"  # the trusted kinds are ours alone
        return _error(kind, clean_text(str(err.get("message", ""))[:500]),
                      line_no if isinstance(line_no, int) and not isinstance(line_no, bool) else None)
    return None


def _error(kind: str, message: str, line: int | None = None) -> dict:
    return {"err": {"kind": kind, "message": message, "line": line}}


def _crash_message(returncode: int | None) -> str:
    if returncode is not None and returncode < 0:
        name = signal.Signals(-returncode).name if -returncode in signal.Signals._value2member_map_ else str(-returncode)
        if name == "SIGXCPU":
            return feedback("the code used more CPU time than allowed")
        if name == "SIGXFSZ":
            return feedback("the code tried to write a file larger than allowed")
        return feedback("the process was ended by {signal} (too much memory, or a crash)").format(signal=name)
    return feedback("the process stopped before answering (exit status {status})").format(status=returncode)


def _kill_uid(uid: int, python: str) -> None:
    """SIGKILL every process of `uid` (kill(-1) sent as that uid spares only the sender)."""
    try:
        subprocess.run([python, "-I", "-S", "-c",
                        "import os,signal\ntry:\n os.kill(-1,signal.SIGKILL)\nexcept OSError:\n pass"],
                       user=uid, group=uid, extra_groups=[], timeout=10,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        pass


def _wait(proc: subprocess.Popen) -> None:
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


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
