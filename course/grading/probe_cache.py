"""Remember that bubblewrap worked here, so `course check 7` need not test it on every call.

Testing the sandbox costs a bubblewrap launch (about 23 ms, plus `bwrap --help`) on
each `course check`. A *successful* test is remembered, per process and in a small
file under the user's cache folder, keyed by everything the result depends on: the
bwrap binary (real path, size, modification time), the interpreter the sandbox
runs, the user id, the kernel release and the kernel's user-namespace switches,
and the sandbox options. Change any of them and the test runs again.

Why this is safe:
* Only success is remembered. A failed test is never cached, so a cache can never
  make the grader run code without a sandbox: it can only skip a test that passed.
* If a remembered success has become wrong (an administrator disabled user
  namespaces without changing any key), every sandboxed launch fails: the worker
  does not start, learner code never runs, and the check reports errors. That
  fails closed. `course check` then forgets the entry (see `forget`), so the next
  call tests again.
* The cache file is the user's own (mode 0600, in a folder only they write); anyone
  who can write it can already run code as that user. A file that does not parse
  is ignored.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

_IN_PROCESS: dict[str, dict] = {}
# Kernel switches that decide whether unprivileged user namespaces work.
_USERNS_SWITCHES = ("/proc/sys/kernel/unprivileged_userns_clone", "/proc/sys/user/max_user_namespaces",
                    "/proc/sys/kernel/apparmor_restrict_unprivileged_userns")


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "prc-surveillance-course" / "sandbox-probe.json"


def probe_key(bwrap: str, python: Path, options: dict) -> str | None:
    """A digest of everything a bubblewrap test's result depends on (None if bwrap is gone)."""
    try:
        real = os.path.realpath(bwrap)
        info = os.stat(real)
    except OSError:
        return None
    switches = {}
    for name in _USERNS_SWITCHES:
        try:
            switches[name] = Path(name).read_text().strip()
        except OSError:
            switches[name] = None
    facts = {"bwrap": real, "size": info.st_size, "mtime": info.st_mtime_ns, "mode": info.st_mode,
             "python": str(python), "euid": os.geteuid() if hasattr(os, "geteuid") else None,
             "kernel": platform.release(), "switches": switches, "options": options,
             "base_prefix": sys.base_prefix}
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()


def _read() -> dict:
    try:
        data = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recall(key: str | None) -> dict | None:
    """The facts a passed test recorded under `key`, or None (test again)."""
    if key is None:
        return None
    if key in _IN_PROCESS:
        return _IN_PROCESS[key]
    found = _read().get(key)
    if isinstance(found, dict) and isinstance(found.get("private_tmp"), bool):
        _IN_PROCESS[key] = found
        return found
    return None


def remember(key: str | None, facts: dict) -> None:
    """Record a passed test. Failing to write the file is not an error: the next call tests again."""
    if key is None:
        return
    _IN_PROCESS[key] = facts
    data = _read()
    data = {k: v for k, v in data.items() if k != key}
    data[key] = facts
    # Keep only the newest few entries: keys change when bwrap or the kernel is updated.
    data = dict(list(data.items())[-8:])
    _write(data)


def forget(key: str | None) -> None:
    """Drop a remembered success (a sandboxed launch failed after a cached test)."""
    if key is None:
        return
    _IN_PROCESS.pop(key, None)
    data = _read()
    if key in data:
        del data[key]
        _write(data)


def _write(data: dict) -> None:
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Write a new file and rename it over the old one: a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(prefix=".sandbox-probe-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, path)
    except OSError:
        pass
