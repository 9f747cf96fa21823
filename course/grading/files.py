"""Writing the grader's files: atomically, and CSV through one safe writer."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from course.grading.learner_text import csv_cell


def atomic_write(path: Path, text: str, durable: bool = True) -> None:
    """Write a file so that a crash leaves either the old or the new version, never half.

    `durable=False` skips the fsync, for files that are rebuilt when lost (records,
    feedback pages): a power cut may then lose the new version, never mix the two.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_text(rows) -> str:
    """CSV text in which no cell can start a spreadsheet formula (every CSV we write goes here)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def write_csv(path: Path, rows) -> Path:
    atomic_write(path, csv_text(rows))
    return path
