"""One learner's grading result: the typed record every output is formatted from.

A record is written as JSON (`OUT/records/<learner>.json`) the moment a learner is
graded, and read back to resume a batch or to rebuild the outputs. Scores are exact
fractions, stored as text ("7/3"), so totals never drift.

Records from the first format (version 1, plain dicts written before this module)
are converted on reading; anything else is refused with a `RecordError` that names
the file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from course.grading.files import atomic_write
from course.grading.points import total as points_total

RECORD_VERSION = 2
# The longest answer text kept for the rubric grader (a spreadsheet cell holds 32,767).
MAX_ANSWER_CHARS = 32_000


class RecordError(Exception):
    """A record file cannot be read; the message names the file and what to do."""


@dataclass
class ChapterScore:
    awarded: Fraction
    possible: Fraction


@dataclass
class ItemScore:
    """The automatic points of one item, and the first hint for a miss."""

    chapter: str        # "ch07"
    item: str           # "7.3"
    awarded: Fraction
    possible: Fraction
    message: str = ""


@dataclass
class LearnerRecord:
    learner: str                     # the learner id (also the record's file name)
    source: str = ""                 # the folder or zip name the id was made from
    status: str = "graded"           # graded / partly graded / rejected
    reason: str = ""
    submission: str = ""             # fingerprint of the files graded
    files: dict[str, str] = field(default_factory=dict)   # chapter ("ch17") -> fingerprint of that file
    spec: str = ""                   # fingerprint of the key and the grader that graded them
    chapters: dict[str, ChapterScore] = field(default_factory=dict)
    items: list[ItemScore] = field(default_factory=list)
    written: dict[str, str] = field(default_factory=dict)   # item id -> text the rubric grader reads
    answers: dict[str, str] = field(default_factory=dict)   # discrete item id -> the learner's answer (class report)
    failed: dict[str, list[str]] = field(default_factory=dict)   # item id -> labels of the checks it failed
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> Fraction:
        return points_total(c.awarded for c in self.chapters.values())

    @property
    def possible(self) -> Fraction:
        return points_total(c.possible for c in self.chapters.values())

    def item_awarded(self, item_id: str) -> Fraction:
        return points_total(i.awarded for i in self.items if i.item == item_id)

    def awarded_by_item(self) -> dict[str, Fraction]:
        """{item id: automatic points}, for every item at once."""
        totals: dict[str, Fraction] = {}
        for entry in self.items:
            totals[entry.item] = totals[entry.item] + entry.awarded if entry.item in totals else entry.awarded
        return totals

    # ------------------------------------------------------------ JSON

    def to_dict(self) -> dict:
        # Field by field rather than dataclasses.asdict, which deep-copies every value and
        # took most of the time of writing a record. Nothing here is changed in place.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["version"] = RECORD_VERSION
        data["total"], data["possible"] = str(self.total), str(self.possible)   # for readers; ignored on reading
        data["chapters"] = {k: {"awarded": str(v.awarded), "possible": str(v.possible)}
                            for k, v in self.chapters.items()}
        data["items"] = [{"chapter": i.chapter, "item": i.item, "awarded": str(i.awarded), "possible": str(i.possible),
                          "message": i.message} for i in self.items]
        return data

    def to_json(self) -> str:
        # ASCII JSON: a lone surrogate from a learner's message is written as \ud800,
        # where UTF-8 could not encode it and the write would fail for the whole class.
        # One line, no indent: only then does json use its C encoder (indenting runs the
        # pure-Python one, a tenth of the grader's work on a large class).
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=True, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict) -> "LearnerRecord":
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        version = data.get("version")
        if version == 1:
            data = _from_version_1(data)
        elif version != RECORD_VERSION:
            raise ValueError(f"record format {version!r} is not one this version of the course reads")
        return cls(
            learner=str(data["learner"]), source=str(data.get("source", "")), status=str(data["status"]),
            reason=str(data.get("reason", "")), submission=str(data.get("submission", "")),
            spec=str(data.get("spec", "")), files={str(k): str(v) for k, v in data.get("files", {}).items()},
            chapters={str(k): ChapterScore(_fraction(v["awarded"]), _fraction(v["possible"]))
                      for k, v in data.get("chapters", {}).items()},
            items=[ItemScore(str(i["chapter"]), str(i["item"]), _fraction(i["awarded"]), _fraction(i["possible"]),
                             str(i.get("message", ""))) for i in data.get("items", [])],
            written={str(k): str(v) for k, v in data.get("written", {}).items()},
            answers={str(k): str(v) for k, v in data.get("answers", {}).items()},
            failed={str(k): [str(x) for x in v] for k, v in data.get("failed", {}).items()},
            ignored=[str(x) for x in data.get("ignored", [])], notes=[str(x) for x in data.get("notes", [])])

    @classmethod
    def from_json(cls, text: str) -> "LearnerRecord":
        return cls.from_dict(json.loads(text))

    # ------------------------------------------------------------ files

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_json())

    @classmethod
    def read(cls, path: Path) -> "LearnerRecord":
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise RecordError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        except (ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise RecordError(f"{path}: not a grading record this course can read ({detail}); "
                              "delete it and grade again to rebuild it") from None


def _from_version_1(data: dict) -> dict:
    """The first record format: items as a dict plus a separate feedback list."""
    return {**data, "source": data.get("learner", ""),
            "written": {k: answer_text(v) for k, v in data.get("written", {}).items()},
            "items": [{"chapter": e["chapter"], "item": e["item"], "awarded": e["awarded"],
                       "possible": e["possible"], "message": e.get("message", "")} for e in data.get("feedback", [])]}


def _fraction(value) -> Fraction:
    """A score as written in a record ("7/3", "2"). A class's outputs read hundreds of
    scores per learner, from a few dozen distinct texts: each is parsed once."""
    return _parse_fraction(value) if isinstance(value, str) else Fraction(value)


@lru_cache(maxsize=4096)
def _parse_fraction(value: str) -> Fraction:  # Fractions are immutable, so one can be shared
    return Fraction(value)


def answer_text(value) -> str:
    """What a rubric grader reads of an answer: text as written, data as indented JSON."""
    text = value if isinstance(value, str) else json.dumps(value, indent=1, ensure_ascii=False)
    if len(text) > MAX_ANSWER_CHARS:
        text = text[:MAX_ANSWER_CHARS] + "\n[cut here: the answer is longer than a spreadsheet cell holds]"
    return text
