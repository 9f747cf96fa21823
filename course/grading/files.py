"""Writing the grader's files: atomically, and CSV through one safe writer."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from course.grading.learner_text import csv_cell


@contextmanager
def atomic_file(path: Path, durable: bool = True):
    """A text file to write in steps that appears at `path` whole, or not at all.

    A crash leaves the old version or the new one, never half. `durable=False` skips
    the fsync, for files that are rebuilt when lost (records, feedback pages): a power
    cut may then lose the new version, never mix the two.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, text: str, durable: bool = True) -> None:
    """Write a file so that a crash leaves either the old or the new version, never half."""
    with atomic_file(path, durable) as handle:
        handle.write(text)


def csv_text(rows) -> str:
    """CSV text in which no cell can start a spreadsheet formula (every CSV we write goes here)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def write_csv(path: Path, rows) -> Path:
    """Write `rows` (any iterable, read once) as a safe CSV, row by row: a class of any
    size is written in the memory of one row."""
    with atomic_file(path) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        for row in rows:
            writer.writerow([csv_cell(cell) for cell in row])
    return path
