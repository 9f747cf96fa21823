"""Scratch folders for one grading run, and clean-up of those a killed run left behind.

Every temporary folder a batch makes (a learner's intake copy, a sandbox's working
folder) lives under one run folder, ``<system temp>/course-grading-<uid>/run-<pid>-<random>/``.
The run holds an exclusive lock on ``run-.../lock`` for as long as it lives; the
operating system drops the lock when the process dies, however it dies (SIGKILL
included). The next run removes every run folder whose lock it can take: its owner
is gone. A run that is still alive keeps its lock, so two batches can run side by side.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock; stale folders are then left to the system's temp clean-up
    fcntl = None

LOCK_NAME = "lock"


# Where scratch folders go when TMPDIR is not set: a memory-backed file system. A class
# makes and removes tens of files per learner; on a disk file system (ext4) creating
# files right after deleting others costs more processor time in the kernel than the
# grader's own Python work (benchmarks/grading.py, measured with perf).
MEMORY_TEMP = Path("/dev/shm")


MEMORY_TEMP_MIN_FREE = 256 * 1024 * 1024   # a small /dev/shm (a container's 64 MB) is left alone


def _temp_base() -> Path:
    """TMPDIR if the user set it; else /dev/shm if it is usable and roomy; else the system temp."""
    if not os.environ.get("TMPDIR") and MEMORY_TEMP.is_dir() and os.access(MEMORY_TEMP, os.W_OK | os.X_OK):
        try:
            stats = os.statvfs(MEMORY_TEMP)
        except OSError:
            stats = None
        if stats is not None and stats.f_bavail * stats.f_frsize >= MEMORY_TEMP_MIN_FREE:
            return MEMORY_TEMP
    return Path(tempfile.gettempdir())


def scratch_root() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return _temp_base() / f"course-grading-{uid}"


def _lock(path: Path, blocking: bool):
    """An open file holding an exclusive lock on `path`, or None if another process holds it."""
    handle = open(path, "a+")
    if fcntl is None:
        return handle
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        handle.close()
        return None
    return handle


def remove_stale(root: Path | None = None) -> list[Path]:
    """Remove the run folders of runs that are no longer alive. Returns what was removed."""
    root = root or scratch_root()
    removed = []
    if fcntl is None or not root.is_dir():
        return removed
    for folder in sorted(root.glob("run-*")):
        lock_path = folder / LOCK_NAME
        if folder.is_symlink() or not folder.is_dir():
            continue
        if lock_path.is_file():
            handle = _lock(lock_path, blocking=False)
            if handle is None:
                continue  # a live run
            handle.close()
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


class ScratchArea:
    """The run folder of this grading run (a context manager: removed on exit)."""

    def __init__(self, root: Path | None = None):
        self.root = root or scratch_root()
        self.path: Path | None = None
        self._lock = None
        self.removed_stale: list[Path] = []

    def __enter__(self) -> "ScratchArea":
        self.root.mkdir(mode=0o711, exist_ok=True)
        if self.root.is_symlink() or self.root.stat().st_uid != (os.getuid() if hasattr(os, "getuid") else 0):
            raise OSError(f"{self.root} is not a folder owned by this user; remove it and try again")
        self.root.chmod(0o711)  # sandboxed workers (another uid) must pass through, not list
        self.removed_stale = remove_stale(self.root)
        self.path = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=self.root))
        self.path.chmod(0o711)
        self._lock = _lock(self.path / LOCK_NAME, blocking=True)
        return self

    def folder(self, prefix: str) -> Path:
        """A fresh private folder inside the run folder (the caller removes it when done)."""
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.path))

    def __exit__(self, *exc) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
        if self._lock is not None:
            self._lock.close()
