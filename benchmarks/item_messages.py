"""Benchmark: what translated hints, reasons and feedback cost `course check`.

    .venv/bin/python benchmarks/item_messages.py [--rounds N]

It copies the question bank to a temporary course root, gives it a catalog in which
every message of messages/items.pot is "translated" (the English with a mark in front,
placeholders kept), and times, in English and in that language:

1. loading all 17 chapters' checks (``load_chapters``: the hints and reasons are looked
   up here, once; the first translated load also reads the .po catalog);
2. judging every check on a wrong answer (the feedback templates are looked up here).

Nothing here runs in the sandbox: the lookups are in the trusted process only. This is
a measurement, not a test: it never fails.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from babel.messages.pofile import read_po, write_po  # noqa: E402


def _course_with_full_catalog(folder: Path, language: str) -> None:
    (folder / "_config.yml").write_text("title: benchmark\n")
    shutil.copytree(ROOT / "questions", folder / "questions")
    with open(ROOT / "locales" / "templates" / "messages" / "items.pot", "rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.id:
            message.string = "[T] " + message.id
    target = folder / "locales" / language / "LC_MESSAGES" / "messages" / "items.po"
    target.parent.mkdir(parents=True)
    with open(target, "wb") as handle:
        write_po(handle, catalog, width=0)


def _judge_all(chapters) -> int:
    said = 0
    for chapter in chapters.values():
        for check in chapter.checks:
            if not check.manual:
                said += len(check.judge("zz")[1])
    return said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from course.grading.runner import load_chapters
    from course.i18n import item_messages, messages

    with tempfile.TemporaryDirectory(prefix="course-item-messages-") as tmp:
        root = Path(tmp)
        _course_with_full_catalog(root, "xx")
        os.environ["COURSE_ROOT"] = str(root)
        print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores; best of {args.rounds} rounds")
        for language in ("", "xx"):
            os.environ["COURSE_LANGUAGE"] = language
            messages._translations.cache_clear()
            item_messages.usable_translation.cache_clear()
            start = time.perf_counter()
            load_chapters(root)
            first = time.perf_counter() - start
            loads, judges = [], []
            for _ in range(args.rounds):
                start = time.perf_counter()
                chapters = load_chapters(root)
                loads.append(time.perf_counter() - start)
                start = time.perf_counter()
                _judge_all(chapters)
                judges.append(time.perf_counter() - start)
            checks = sum(len(c.checks) for c in chapters.values())
            print(f"{language or 'English':>8}: first load {first * 1000:7.1f} ms, load {min(loads) * 1000:7.1f} ms, "
                  f"judge {checks} checks {min(judges) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
