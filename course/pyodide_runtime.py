"""The Pyodide runtime that runs function items on the exercise pages, fetched at build time.

The runtime (Python compiled to WebAssembly, about 13 MB) is not kept in git. `make
install` (and, failing that, the book build) fetches the npm package named below with
`npm pack`, checks the tarball against the integrity hash pinned here (the registry's
``dist.integrity``), and keeps it in a cache outside the repository. Only the files the
page needs are taken from it.

Why a script file and not the package's own files: the book must work when opened
from disk (the offline zip), and browsers refuse ``fetch()``, ``import()`` and
``new Worker()`` of ``file://`` URLs. A ``<script>`` tag may load a ``file://`` script,
so the build writes the needed files into one script, ``_static/course-pyodide/runtime.js``,
that sets ``self.coursePyodideFiles`` (text files as strings, binary files as base64).
The page adds that script only when the learner presses Run, hands the files to a
Web Worker made from a ``blob:`` URL, and the worker starts Pyodide from memory
(course-runner.js).

    python -m course.pyodide_runtime fetch     # fetch and check (make install runs it)
    python -m course.pyodide_runtime status    # say where the runtime is, or why it is missing
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

# The one place the runtime is pinned. Change all three together (npm view pyodide@X dist).
PACKAGE = "pyodide"
VERSION = "314.0.7"
INTEGRITY = "sha512-0YvXxEhfEdpLfb/XkM2BFAeMROq0iMUX2bzzH9pOttyMcWkwq+HbE5uyuGD82LN7y2q+SNvi/6V5JEsOlD2R1A=="

# The files a page needs (no packages are loaded: the learner's code uses the standard library).
TEXT_FILES = ("pyodide.js", "pyodide.asm.mjs", "pyodide-lock.json")
BINARY_FILES = ("pyodide.asm.wasm", "python_stdlib.zip")
MAX_MEMBER_BYTES = 64 << 20     # no file of the package comes near this; a bigger one is refused
SITE_FOLDER = "course-pyodide"  # under the site's _static/
PACK_FORMAT = 3                 # bump when the packed script changes shape (a new name, a fresh pack)
SKIP_ENV = "COURSE_NO_PYODIDE"  # set to 1 to build without the runtime (tests the fallback)


class RuntimeUnavailable(Exception):
    """The runtime cannot be fetched or checked; the message says why in one line."""


def cache_dir() -> Path:
    base = os.environ.get("COURSE_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "course" / f"{PACKAGE}-{VERSION}"


def bundle_name() -> str:
    # A fixed name: the pages never name the runtime (a cached page cannot point at an old one).
    return "runtime.js"


def site_root() -> Path:
    """The folder to add to html_static_path: it holds course-pyodide/runtime.js."""
    return cache_dir() / f"site-{PACK_FORMAT}"


def bundle_path() -> Path:
    return site_root() / SITE_FOLDER / bundle_name()


def integrity_of(path: Path) -> str:
    algorithm = INTEGRITY.split("-", 1)[0]
    digest = hashlib.new(algorithm)
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"{algorithm}-{base64.b64encode(digest.digest()).decode()}"


def _npm_pack(into: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeUnavailable("npm is not installed, so the Pyodide runtime cannot be fetched")
    try:
        run = subprocess.run([npm, "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", str(into), "--json",
                              "--silent"], capture_output=True, text=True, timeout=300, cwd=into)
    except subprocess.TimeoutExpired:
        raise RuntimeUnavailable("npm pack took over 5 minutes (no network?)") from None
    tarballs = list(into.glob("*.tgz"))
    if run.returncode != 0 or len(tarballs) != 1:
        reason = (run.stderr.strip().splitlines() or ["no tarball"])[-1][:160]
        raise RuntimeUnavailable(f"npm pack {PACKAGE}@{VERSION} failed ({reason})")
    return tarballs[0]


def _files_from_tarball(tarball: Path) -> dict[str, bytes]:
    wanted = {f"package/{name}": name for name in TEXT_FILES + BINARY_FILES}
    found = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive:
            name = wanted.get(member.name)
            if name is None:
                continue
            if not member.isreg() or member.size > MAX_MEMBER_BYTES:
                raise RuntimeUnavailable(f"{member.name} in the {PACKAGE} tarball is not a plain file of sane size")
            found[name] = archive.extractfile(member).read()
    missing = sorted(set(wanted.values()) - set(found))
    if missing:
        raise RuntimeUnavailable(f"the {PACKAGE} {VERSION} tarball lacks {', '.join(missing)}")
    return found


def classic_script(module_text: str) -> str:
    """pyodide.asm.mjs as a classic script that sets self._createPyodideModule.

    Why: a file:// page can start only a classic worker (a module worker from a blob:
    URL has an opaque origin and Chromium refuses it), and a classic worker cannot
    import() a module either. The module is one async factory function and one export;
    ``import.meta.url`` is read on Node, for the script's folder, and when no locateFile
    is given (Pyodide always gives one). Any other shape (a new Pyodide version) is
    refused, not guessed."""
    export = "export default _createPyodideModule;"
    if module_text.count(export) != 1 or not module_text.rstrip().endswith(export):
        raise RuntimeUnavailable("pyodide.asm.mjs does not end with its one default export; the packing needs review")
    if module_text.count("import.meta.url") != 3 or module_text.count("import.meta") != 3:
        raise RuntimeUnavailable("pyodide.asm.mjs reads import.meta in an unexpected way; the packing needs review")
    body = module_text.rstrip()[: -len(export)].replace("import.meta.url", "self.location.href")
    return body + "\nself._createPyodideModule = _createPyodideModule;\n"


def bundle_script(files: dict[str, bytes]) -> str:
    """The one script the page loads on Run: every needed file, as JSON string values."""
    text = {name: files[name].decode("utf-8") for name in TEXT_FILES}
    text["pyodide.asm.js"] = classic_script(text.pop("pyodide.asm.mjs"))
    document = {"version": VERSION,
                "text": text,
                "base64": {name: base64.b64encode(files[name]).decode("ascii") for name in BINARY_FILES}}
    return ("/* Pyodide " + VERSION + " (MPL-2.0, https://pyodide.org), packed by course/pyodide_runtime.py "
            "so that it loads from file:// too. */\nself.coursePyodideFiles = "
            + json.dumps(document, ensure_ascii=True) + ";\n")


def fetch(verbose: bool = False) -> Path:
    """Fetch, check and pack the runtime into the cache (once). Returns the bundle's path."""
    target = bundle_path()
    if target.is_file():
        return target
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    tarball = folder / f"{PACKAGE}-{VERSION}.tgz"
    if not tarball.is_file() or integrity_of(tarball) != INTEGRITY:
        with tempfile.TemporaryDirectory(dir=folder) as scratch:
            fetched = _npm_pack(Path(scratch))
            got = integrity_of(fetched)
            if got != INTEGRITY:
                raise RuntimeUnavailable(f"{fetched.name} does not match the pinned integrity "
                                         f"(got {got[:30]}..., pinned {INTEGRITY[:30]}...); not used")
            os.replace(fetched, tarball)
    files = _files_from_tarball(tarball)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_text(bundle_script(files), encoding="ascii")
    os.replace(partial, target)   # a killed run never leaves half a bundle under the real name
    if verbose:
        print(f"Pyodide {VERSION}: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


def available(try_fetch: bool = True) -> tuple[Path | None, str]:
    """(the folder for html_static_path, "") or (None, why the runtime is missing)."""
    if os.environ.get(SKIP_ENV):
        return None, f"{SKIP_ENV} is set"
    if bundle_path().is_file():
        return site_root(), ""
    if not try_fetch:
        return None, "the runtime has not been fetched (run: python -m course.pyodide_runtime fetch)"
    try:
        fetch()
    except (RuntimeUnavailable, OSError, tarfile.TarError) as exc:
        return None, str(exc)
    return site_root(), ""


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "fetch":
        try:
            fetch(verbose=True)
        except (RuntimeUnavailable, OSError, tarfile.TarError) as exc:
            # Not fatal: the book builds without it and its pages say that code cannot run there.
            print(f"Pyodide {VERSION} not fetched: {exc}. The book still builds; its pages will say that "
                  "running code there is not available.", file=sys.stderr)
        return 0
    if command == "status":
        folder, why = available(try_fetch=False)
        print(f"Pyodide {VERSION}: {bundle_path()}" if folder else f"Pyodide {VERSION}: missing ({why})")
        return 0
    print("usage: python -m course.pyodide_runtime fetch|status", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
