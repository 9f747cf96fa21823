"""Build one language of the book: _build/<lang>/<edition>/html (English stays in _build/<edition>/html),
or its LaTeX for the PDF (_build/<lang>/<edition>/latex, see course/publish.py).

Each build runs in its own process, like `course build` (course/build.py), because the
edition and the language list are read when Sphinx starts. Sphinx takes the translations
from locales/<lang>/LC_MESSAGES/ (compiling .po to .mo next to them; *.mo is ignored by
git). Warnings are errors here too, so a translated message whose references do not
match its source fails the build.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from course.build import EditionResult, build, inputs_fingerprint, notebook_cache, stamp_path
from course.i18n.extract import SPHINX_I18N_OVERRIDES
from course.i18n.paths import SOURCE_LANGUAGE, language_output_dir
from course.i18n.status import published_languages
from course.paths import Layout


def build_language(root: Path, language: str, editions, out_root: Path, switcher_languages: list[str],
                   builder: str = "html") -> list[EditionResult]:
    """Build `editions` of one language; an edition whose inputs have not changed since its
    last good build into the same folder is not built again (as in course/build.py)."""
    root, out_root = Path(root).resolve(), Path(out_root).resolve()
    results = []
    for edition in editions:   # one at a time: the machine is shared and each build executes notebooks
        output = language_output_dir(out_root, language, edition, builder)
        env = {**os.environ, "COURSE_EDITION": edition, "PYTHONWARNINGS": "ignore",
               "COURSE_LANGUAGES": ",".join(switcher_languages)}
        fingerprint = inputs_fingerprint(root, out_root, edition, builder, language, env)
        stamp = stamp_path(out_root, edition, builder, language)
        if output.is_dir() and stamp.is_file() and stamp.read_text(encoding="utf-8") == fingerprint:
            results.append(EditionResult(edition, 0, 0.0, output, "nothing changed since the last build",
                                         up_to_date=True, language=language))
            continue
        log_path = out_root / language / f"{edition}-{builder}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        with open(log_path, "w", encoding="utf-8") as log:
            code = subprocess.run([sys.executable, "-m", "course.i18n.build", str(root), str(out_root), edition, language,
                                   builder],
                                  stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root).returncode
        if code == 0:
            stamp.write_text(fingerprint, encoding="utf-8")
        else:
            stamp.unlink(missing_ok=True)
        results.append(EditionResult(edition, code, time.perf_counter() - started, output,
                                     log_path.read_text(encoding="utf-8"), language=language))
    return results


def build_every_language(root: Path, editions, out_root: Path | None = None,
                         languages: list[str] | None = None) -> list[EditionResult]:
    """What `make book` builds: English in `out_root` (default _build), then each language in
    `languages` (default: every published one) in its own folder, every page with a switcher
    to the others. Whether a published language may be published is checked by the caller
    (`course build` stops with a one-line reason; tests/test_i18n.py checks the rule)."""
    root = Path(root).resolve()
    out_root = Path(out_root or Layout(root).build).resolve()
    languages = published_languages(root) if languages is None else list(languages)
    switcher = [SOURCE_LANGUAGE, *languages] if languages else []
    # The English build processes read the switcher's languages from the environment.
    saved = os.environ.pop("COURSE_LANGUAGES", None)
    if switcher:
        os.environ["COURSE_LANGUAGES"] = ",".join(switcher)
    try:
        results = build(root, editions, out_root=out_root)
    finally:
        os.environ.pop("COURSE_LANGUAGES", None)
        if saved is not None:
            os.environ["COURSE_LANGUAGES"] = saved
    # Two languages at a time: each build is one Sphinx process, and a translated build
    # executes no notebook (the English build filled the cache), so two fit two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        for built in pool.map(lambda language: build_language(root, language, editions, out_root, switcher), languages):
            results += built
    return results


def _build_in_process(root: Path, out_root: Path, edition: str, language: str, builder: str = "html") -> int:
    from jupyter_book.sphinx import build_sphinx

    os.environ["COURSE_EDITION"] = edition
    # The notebook cache English uses (course/build.py): figures are the same in every language.
    overrides = {"nitpicky": True, "latex_individualpages": False, **SPHINX_I18N_OVERRIDES,
                 "nb_execution_cache_path": str(notebook_cache(out_root))}
    if language != SOURCE_LANGUAGE:
        overrides["language"] = language
    result = build_sphinx(root, language_output_dir(out_root, language, edition, builder), use_external_toc=True,
                          noconfig=True, path_config=str(root / "_config.yml"), confoverrides=overrides, builder=builder,
                          warningiserror=True, keep_going=True, quiet=True)
    if isinstance(result, Exception):
        print(f"build failed: {result}", file=sys.stderr)
        return 1
    return int(result)


if __name__ == "__main__":
    sys.exit(_build_in_process(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4], *sys.argv[5:6]))
