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
from pathlib import Path

from course.build import EditionResult, notebook_cache
from course.i18n.extract import SPHINX_I18N_OVERRIDES
from course.i18n.paths import SOURCE_LANGUAGE, language_output_dir


def build_language(root: Path, language: str, editions, out_root: Path, switcher_languages: list[str],
                   builder: str = "html") -> list[EditionResult]:
    out_root = Path(out_root).resolve()
    results = []
    for edition in editions:   # one at a time: the machine is shared and each build executes notebooks
        log_path = out_root / language / f"{edition}-{builder}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "COURSE_EDITION": edition, "PYTHONWARNINGS": "ignore",
               "COURSE_LANGUAGES": ",".join(switcher_languages)}
        started = time.perf_counter()
        with open(log_path, "w", encoding="utf-8") as log:
            code = subprocess.run([sys.executable, "-m", "course.i18n.build", str(root), str(out_root), edition, language,
                                   builder],
                                  stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root).returncode
        results.append(EditionResult(edition, code, time.perf_counter() - started,
                                     language_output_dir(out_root, language, edition, builder),
                                     log_path.read_text(encoding="utf-8")))
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
