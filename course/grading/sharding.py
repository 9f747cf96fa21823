"""Grading one class on several machines: shard manifests and the merge.

`course grade SUBMISSIONS --out OUT_K --shard K/N` grades the learners whose id hashes
to slice K (see `batch.Shard`) and writes their records plus `OUT_K/shard.json`, which
says which slice it is, which checks it used and which learners it holds. Then
`course grade-merge OUT OUT_1 ... OUT_N` checks that the shards fit together (all N
present once, same checks, every learner of the class graded exactly once), copies
their records into `OUT/records/` and writes the outputs from them. Records are
plain data and the outputs are built from the records alone, in learner order, so
the merged files are byte for byte those of a single run.
"""
from __future__ import annotations

import json
from pathlib import Path

from course.grading.batch import BatchResult, RecordSet, Shard, _read_record, record_path, spec_fingerprint
from course.grading.files import atomic_write
from course.grading.runner import ChapterChecks

MANIFEST = "shard.json"


class ShardError(Exception):
    """The shard folders do not make one complete class; nothing was merged."""


def write_manifest(out: Path, result: BatchResult, shard: Shard, chapters: dict[str, ChapterChecks]) -> Path:
    manifest = {"shard": shard.number, "of": shard.count, "spec": spec_fingerprint(chapters),
                "chapters": list(chapters),
                "class_size": result.class_size, "complete": result.complete,
                "learners": result.records.learners}
    atomic_write(out / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
    return out / MANIFEST


def _read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ShardError(f"{path} not found: is {folder} the --out folder of a `course grade --shard K/N` run?") from None
    except (OSError, ValueError) as exc:
        raise ShardError(f"{path} cannot be read ({exc.__class__.__name__}); grade that shard again") from None
    if not isinstance(manifest, dict) or not {"shard", "of", "spec", "class_size", "learners"} <= set(manifest):
        raise ShardError(f"{path} is not a shard manifest; grade that shard again")
    return manifest


def shard_chapters(folders: list[Path]) -> list[str]:
    """The chapters the shards were graded on (the merge grades nothing, so it asks them)."""
    chosen = {tuple(_read_manifest(folder).get("chapters") or []) for folder in folders}
    if len(chosen) != 1 or not next(iter(chosen)):
        raise ShardError("the shards were graded on different chapters (--chapters); grade them all alike")
    return list(chosen.pop())


def merge_shards(out: Path, folders: list[Path], chapters: dict[str, ChapterChecks]) -> RecordSet:
    """Copy every shard's records into `out/records/` after checking they make one class."""
    manifests = [(folder, _read_manifest(folder)) for folder in folders]
    counts = {m["of"] for _, m in manifests}
    if len(counts) != 1:
        raise ShardError(f"the shards were cut differently (N = {', '.join(map(str, sorted(counts)))}); "
                         "grade every shard with the same --shard K/N count")
    count = counts.pop()
    seen: dict[int, Path] = {}
    for folder, manifest in manifests:
        if manifest["shard"] in seen:
            raise ShardError(f"shard {manifest['shard']}/{count} is given twice: {seen[manifest['shard']]} and {folder}")
        seen[manifest["shard"]] = folder
    missing = sorted(set(range(1, count + 1)) - set(seen))
    if missing:
        raise ShardError(f"shard(s) {', '.join(f'{k}/{count}' for k in missing)} missing; "
                         "grade them and give every shard's folder")
    spec = spec_fingerprint(chapters)
    sizes = {m["class_size"] for _, m in manifests}
    learners: list[str] = []
    for folder, manifest in manifests:
        if not manifest.get("complete"):
            raise ShardError(f"shard {manifest['shard']}/{count} in {folder} did not finish; "
                             f"run its `course grade ... --shard {manifest['shard']}/{count}` command again")
        if manifest["spec"] != spec:
            raise ShardError(f"shard {manifest['shard']}/{count} in {folder} was graded with other checks; "
                             "grade it again with this course folder")
        learners += manifest["learners"]
    if len(sizes) != 1 or len(set(learners)) != len(learners) or len(learners) != sizes.pop():
        raise ShardError("the shards do not add up to one class (were they graded from the same submissions?)")
    # Check every record before writing any, so a bad shard changes nothing.
    sources = []
    for folder, manifest in manifests:
        for learner in manifest["learners"]:
            path = record_path(folder / "records", learner)
            record = _read_record(path)
            if record is None or record.spec != spec or record.learner != learner:
                raise ShardError(f"{path} is missing or does not match; grade shard "
                                 f"{manifest['shard']}/{count} again")
            sources.append((learner, path))
    records_dir = out / "records"
    for learner, path in sources:
        target = record_path(records_dir, learner)
        data = path.read_text(encoding="utf-8")
        if not target.is_file() or target.read_text(encoding="utf-8") != data:
            atomic_write(target, data)
    return RecordSet(records_dir, learners)
