"""Build the course book: one HTML site per edition (learner, instructor).

Each edition is built in its own process (the edition is read from COURSE_EDITION
when Sphinx starts) and the two run side by side. Warnings are errors (-W -n
--keep-going), so a broken reference, citation or glossary term fails the build.

The figure pages are notebooks. Both editions read their outputs from one execution
cache, `<out>/.jupyter_cache`, so each notebook runs once, not once per edition.
`prime_notebook_cache` fills it before the two builds start: the builds then only
read it, and never both write the same sqlite file at once. A notebook whose code
or cell options change no longer matches its cache entry and runs again.
"""
from __future__ import annotations

import hashlib
import os
import site
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from course.paths import SOURCE_LANGUAGE, Layout, site_dir

EDITIONS = ("learner", "instructor")
UNREAD_FOLDERS = {"_build", "__pycache__", "node_modules", "venv", "build", "dist"}  # never inputs of the book
# Files made from other inputs: a translated build (Sphinx, or course/i18n/build.py) compiles
# each locales/**/*.po to a .mo beside it, so a .mo appearing or being rewritten is not a
# change; its .po is the input.
UNREAD_SUFFIXES = (".mo", ".pyc")


@dataclass
class EditionResult:
    edition: str
    returncode: int
    seconds: float
    output: Path
    log: str
    up_to_date: bool = False   # nothing changed since the last good build: Sphinx did not run
    language: str = SOURCE_LANGUAGE


def output_dir(out_root: Path, edition: str, builder: str = "html") -> Path:
    return site_dir(out_root, edition, builder)


INPUTS_STAMP = ".course-build-inputs"   # in <out>/<edition>/: the inputs of the last good build


def inputs_fingerprint(root: Path, out_root: Path, edition: str, builder: str,
                       language: str = SOURCE_LANGUAGE, environ=None) -> str:
    """What a build of this edition reads: every file of the checkout (name, size, time
    of change; hidden folders, build folders and the output folder left out), the
    COURSE_* environment variables the build process gets (`environ`, default this
    process's), the language, the Python and the installed packages (names and versions). The same fingerprint as after the last good
    build means Sphinx would find nothing to do, so it is not started at all (starting
    it and checking costs about 3 s of CPU per edition)."""
    environ = os.environ if environ is None else environ
    digest = hashlib.sha256(f"{edition}\0{builder}\0{language}\0{sys.executable}\0{sys.version}".encode())
    # The extensions read settings from COURSE_* variables (COURSE_ADAPTATION, COURSE_LANGUAGES).
    for name in sorted(key for key in environ if key.startswith("COURSE_")):
        digest.update(f"{name}={environ[name]}\n".encode())
    # The installed packages, by name and version (their .dist-info folders): not the folder's
    # time of change, which moves when Python first writes a __pycache__ there.
    for folder in site.getsitepackages():
        if os.path.isdir(folder):
            installed = sorted(name for name in os.listdir(folder) if name.endswith((".dist-info", ".egg-info", ".pth")))
            digest.update(f"{folder}\0{chr(0).join(installed)}\n".encode())
    out_root = Path(out_root).resolve()
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders
                               if not name.startswith(".") and name not in UNREAD_FOLDERS
                               and Path(folder, name).resolve() != out_root)
        for name in sorted(names):
            if name.endswith(UNREAD_SUFFIXES):
                continue
            path = os.path.join(folder, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            digest.update(f"{os.path.relpath(path, root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def stamp_path(out_root: Path, edition: str, builder: str, language: str = SOURCE_LANGUAGE) -> Path:
    """Where the fingerprint of an edition's last good build is kept, beside its output."""
    return site_dir(out_root, edition, builder, language).parent / f"{INPUTS_STAMP}-{builder}"


def notebook_cache(out_root: Path) -> Path:
    """The execution cache both editions share (one per output folder)."""
    return Path(out_root).resolve() / ".jupyter_cache"


def notebook_pages(root: Path) -> list[Path]:
    """The book's pages that are MyST notebooks (their figures come from code cells)."""
    pages = []
    for path in sorted(Layout(root).book.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---") and "kernelspec" in text.split("\n---", 1)[0] and "{code-cell}" in text:
            pages.append(path)
    return pages


def _execute_settings(root: Path) -> dict:
    import yaml

    config = yaml.safe_load(Layout(root).config.read_text(encoding="utf-8")) or {}
    execute = config.get("execute") or {}
    return {"mode": execute.get("execute_notebooks", "auto"), "timeout": execute.get("timeout", 30),
            "allow_errors": bool(execute.get("allow_errors", False))}


def _read_page(path: Path):
    """A page as myst-nb reads it in the build, so its cache key is the build's."""
    from myst_nb.core.config import NbParserConfig
    from myst_nb.core.read import create_nb_reader
    from myst_parser.config.main import MdParserConfig

    text = path.read_text(encoding="utf-8")
    reader = create_nb_reader(str(path), MdParserConfig(), NbParserConfig(), text)
    return reader.read(text), reader.read_fmt


def _execute_page(path: Path, timeout: int, allow_errors: bool):
    """Run one notebook page; returns (path, executed notebook or None, seconds)."""
    from jupyter_cache.executors.utils import single_nb_execution

    notebook, _ = _read_page(path)
    result = single_nb_execution(notebook, cwd=str(path.parent), timeout=timeout,
                                 allow_errors=allow_errors, meta_override=True)
    return path, (None if result.err else notebook), result.time


def prime_notebook_cache(root: Path, out_root: Path, jobs: int = 2) -> dict[str, int]:
    """Run every notebook page that the shared cache does not hold yet, and cache it.

    Pages run in `jobs` worker processes (starting a kernel is mostly waiting); only
    this process writes the cache. A page that fails is left out: the edition builds
    then run it themselves and report the error with the page's name.
    """
    from concurrent.futures import ProcessPoolExecutor

    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    settings = _execute_settings(root)
    if settings["mode"] != "cache":
        return {"cached": 0, "ran": 0, "failed": 0}   # the builds do not read a cache
    cache = get_cache(str(notebook_cache(out_root)))
    pages = notebook_pages(root)
    missing = []
    for path in pages:
        try:
            cache.match_cache_notebook(_read_page(path)[0])
        except KeyError:
            missing.append(path)
    counts = {"cached": len(pages) - len(missing), "ran": 0, "failed": 0}
    if not missing:
        return counts
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(missing)))) as pool:
        runs = [pool.submit(_execute_page, path, settings["timeout"], settings["allow_errors"]) for path in missing]
        for run in runs:
            path, notebook, seconds = run.result()
            if notebook is None:
                counts["failed"] += 1
                continue
            record = cache.add_nb_to_project(str(path), read_data=_read_page(path)[1])
            cache.cache_notebook_bundle(CacheBundleIn(notebook, record.uri, data={"execution_seconds": seconds}),
                                        check_validity=False, overwrite=True)
            counts["ran"] += 1
    return counts


def build_edition_in_process(root: Path, out_root: Path, edition: str, builder: str = "html") -> int:
    """Run Sphinx through Jupyter Book's own entry point, in this process."""
    from jupyter_book.sphinx import build_sphinx

    os.environ["COURSE_EDITION"] = edition
    outdir = output_dir(out_root, edition, builder)
    result = build_sphinx(
        root,
        outdir,
        use_external_toc=True,
        noconfig=True,
        path_config=str(Layout(root).config),
        confoverrides={"nitpicky": True, "latex_individualpages": False,
                       "nb_execution_cache_path": str(notebook_cache(out_root))},
        builder=builder,
        warningiserror=True,
        keep_going=True,
        quiet=True,
    )
    if isinstance(result, Exception):
        print(f"build failed: {result}", file=sys.stderr)
        return 1
    return int(result)


def _notebooks_fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in notebook_pages(root):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build(root: Path, editions=EDITIONS, builder: str = "html", out_root: Path | None = None) -> list[EditionResult]:
    """Build the given editions in parallel subprocesses and collect their logs.

    An edition whose inputs have not changed since its last good build into the same
    output folder is not built again (`up_to_date`).
    """
    root = Path(root).resolve()
    out_root = Path(out_root or Layout(root).build).resolve()
    out_root.mkdir(parents=True, exist_ok=True)
    fingerprints = {edition: inputs_fingerprint(root, out_root, edition, builder) for edition in editions}
    results, to_build = [], []
    for edition in editions:
        stamp = stamp_path(out_root, edition, builder)
        if stamp.is_file() and stamp.read_text(encoding="utf-8") == fingerprints[edition] \
                and output_dir(out_root, edition, builder).is_dir():
            results.append(EditionResult(edition, 0, 0.0, output_dir(out_root, edition, builder),
                                         "nothing changed since the last build", up_to_date=True))
        else:
            to_build.append(edition)
    if not to_build:
        return results
    # The notebooks first, into the shared cache, in a process of their own: the kernels
    # print to stderr, and that belongs in a log, not on the author's terminal. Skipped
    # when no notebook page changed since the cache was last filled.
    primed = notebook_cache(out_root) / "course-primed"
    notebooks = _notebooks_fingerprint(root)
    if not (primed.is_file() and primed.read_text(encoding="utf-8") == notebooks):
        with open(out_root / "notebooks.log", "w", encoding="utf-8") as log:
            done = subprocess.run([sys.executable, "-m", "course.build", "--prime", str(root), str(out_root)],
                                  stdout=log, stderr=subprocess.STDOUT, cwd=root,
                                  env={**os.environ, "PYTHONWARNINGS": "ignore"})
        if done.returncode == 0 and notebook_cache(out_root).is_dir():
            primed.write_text(notebooks, encoding="utf-8")
    procs = []
    for edition in to_build:
        log_path = out_root / f"{edition}-{builder}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(log_path, "w", encoding="utf-8")
        env = {**os.environ, "COURSE_EDITION": edition, "PYTHONWARNINGS": "ignore"}
        cmd = [sys.executable, "-m", "course.build", str(root), str(out_root), edition, builder]
        procs.append((edition, time.perf_counter(), subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root), log, log_path))
    for edition, started, proc, log, log_path in procs:
        code = proc.wait()
        log.close()
        stamp = stamp_path(out_root, edition, builder)
        if code == 0:
            stamp.write_text(fingerprints[edition], encoding="utf-8")
        else:
            stamp.unlink(missing_ok=True)
        results.append(EditionResult(edition, code, time.perf_counter() - started,
                                     output_dir(out_root, edition, builder), log_path.read_text(encoding="utf-8")))
    return sorted(results, key=lambda result: editions.index(result.edition))


def _main(argv: list[str]) -> int:
    if argv[0] == "--prime":
        counts = prime_notebook_cache(Path(argv[1]), Path(argv[2]))
        print(f"notebooks: {counts['cached']} from the cache, {counts['ran']} run, {counts['failed']} failed "
              "(the edition builds run and report a failed one)")
        return 1 if counts["failed"] else 0
    return build_edition_in_process(Path(argv[0]), Path(argv[1]), argv[2], argv[3] if len(argv) > 3 else "html")


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
