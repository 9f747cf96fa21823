"""The copy check (`course overlap`): copied runs fail, quoted runs pass, near-copies are listed.

Each test writes a small synthetic "report" and a small course folder in tmp_path, so
nothing here needs the real report. The last test compares our checker with the one
the course was first written against, on the real report, when both are at hand.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from course.cli import main
from course.overlap import check

ROOT = Path(__file__).resolve().parents[1]

# Twelve words and nine words that only the synthetic report contains.
TWELVE = "the harbour authority bought forty cameras from a vendor in coastal towns"
NINE = "ministers praised the scheme at a ceremony in Quito"
assert len(TWELVE.split()) == 12 and len(NINE.split()) == 9


def make_report(folder: Path) -> Path:
    """A report of about 1,200 words: filler that no course file uses, and the two passages."""
    filler = " ".join(f"filler{i}" for i in range(1200))
    report = folder / "report.txt"
    report.write_text(f"{filler[:4000]} {TWELVE.capitalize()}. {filler[4000:8000]} {NINE}. {filler[8000:]}\n",
                      encoding="utf-8")
    return report


def make_course(folder: Path, files: dict[str, str]) -> Path:
    root = folder / "course"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "_config.yml").write_text("title: test\n", encoding="utf-8")
    return root


def run_command(root: Path, *args: str):
    return CliRunner().invoke(main, ["overlap", *args], env={"COURSE_ROOT": str(root), "COURSE_REPORT": None})


def test_a_copied_twelve_word_run_fails(tmp_path):
    report = make_report(tmp_path)
    root = make_course(tmp_path, {"book/ch01.md": f"# One\n\nAs the report says, {TWELVE}, which we check.\n"})
    result = run_command(root, "--report", str(report))
    assert result.exit_code == 1, result.output
    assert "COPIED book/ch01.md:3 (12 words)" in result.output
    assert "12 copied words" in result.output


def test_a_quoted_twelve_word_run_passes(tmp_path):
    report = make_report(tmp_path)
    root = make_course(tmp_path, {
        "book/ch01.md": f'# One\n\nThe report wrote: "{TWELVE}" {{cite:p}}`iri2024report`.\n',
        "book/ch02.md": f"# Two\n\n> {TWELVE}\n",                      # a blockquote
        "data/sources.yaml": f"- id: S1\n  title: {TWELVE}\n",        # the title of a source
    })
    result = run_command(root, "--report", str(report), "--quoted")
    assert result.exit_code == 0, result.output
    assert "0 copied words, 36 quoted words" in result.output
    assert "QUOTED book/ch01.md:3 (12 words)" in result.output


def test_a_nine_word_run_is_listed_for_review_and_passes(tmp_path):
    report = make_report(tmp_path)
    root = make_course(tmp_path, {"exercises/ch01.py": f'# {NINE}, so the item asks why.\nQ1 = None\n'})
    result = run_command(root, "--report", str(report))
    assert result.exit_code == 0, result.output
    assert "REVIEW exercises/ch01.py:1 (9 words)" in result.output
    assert "review: 1 runs" in result.output and "0 copied words" in result.output


def test_an_eleven_word_run_is_review_and_a_copied_run_is_not_listed_twice(tmp_path):
    eleven = " ".join(TWELVE.split()[:11])
    report = make_report(tmp_path)
    root = make_course(tmp_path, {"a.md": f"{eleven} and more.\n", "b.md": f"{TWELVE}.\n"})
    result = check(root, report)
    assert [(str(r.path), r.words) for r in result.review] == [("a.md", 11)]
    assert [(str(r.path), r.words) for r in result.copied] == [("b.md", 12)]


def test_a_copy_in_any_text_file_is_found_but_not_in_build_output(tmp_path):
    report = make_report(tmp_path)
    root = make_course(tmp_path, {
        "data/events.csv": f"id,summary\nE1,{TWELVE}\n",
        "questions/ch01.py": f'PROMPT = "Why?" + " {TWELVE} "\n',   # quoted in Python: allowed
        "_build/html/page.html": f"<p>{TWELVE}</p>\n",                # build output: not ours to check
        "book/references.bib": f"@misc{{x, note = {{{TWELVE}}}}}\n",   # bibliography: titles of sources
    })
    result = check(root, report)
    assert [str(r.path) for r in result.copied] == ["data/events.csv"]


def test_the_report_copy_inside_the_folder_is_not_checked_against_itself(tmp_path):
    root = make_course(tmp_path, {"book/ch01.md": "# One\n"})
    report = make_report(root)
    result = check(root, report)
    assert result.copied == [] and result.files == 2   # ch01.md and _config.yml


@pytest.mark.parametrize("content, expected", [
    (None, "no such file"),
    ("a few words only\n", "under 1,000 words"),
    (b"\xff\xfe\x00binary", "not UTF-8 text"),
])
def test_a_bad_report_gives_one_line_and_a_non_zero_exit(tmp_path, content, expected):
    root = make_course(tmp_path, {"book/ch01.md": "# One\n"})
    report = tmp_path / "report.txt"
    if isinstance(content, bytes):
        report.write_bytes(content)
    elif content is not None:
        report.write_text(content, encoding="utf-8")
    result = run_command(root, "--report", str(report))
    assert result.exit_code == 2, result.output   # 1 is kept for "copied text found"
    assert expected in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_without_a_report_the_command_says_how_to_give_one(tmp_path):
    root = make_course(tmp_path, {"book/ch01.md": "# One\n"})
    result = run_command(root)
    assert result.exit_code == 2 and "--report" in result.output and "Traceback" not in result.output


def test_the_report_can_come_from_course_report(tmp_path):
    report = make_report(tmp_path)
    root = make_course(tmp_path, {"book/ch01.md": f"{TWELVE}\n"})
    result = CliRunner().invoke(main, ["overlap"], env={"COURSE_ROOT": str(root), "COURSE_REPORT": str(report)})
    assert result.exit_code == 1 and "12 copied words" in result.output


# --- agreement with the first checker, on the real report -------------------------------

REFERENCE = Path(os.environ.get("COURSE_OVERLAP_REFERENCE") or ROOT.parent / "shared" / "tools" / "overlap.py")
TOTALS = re.compile(r"overlap: (\d+) files checked, (\d+) copied words, (\d+) quoted words")


def _reference_report() -> Path | None:
    found = sorted((REFERENCE.parent.parent / "seed").glob("*.txt")) if REFERENCE.is_file() else []
    return found[0] if found else None


@pytest.mark.slow   # scans the whole course four times
@pytest.mark.skipif(_reference_report() is None,
                    reason="the first overlap checker and its copy of the report are not beside the repository "
                           "(set COURSE_OVERLAP_REFERENCE=/path/to/tools/overlap.py to run this comparison)")
@pytest.mark.parametrize("length", [12, 9])
def test_counts_agree_with_the_first_checker_on_the_real_report(tmp_path, length):
    """Our checker and the first one count the same copied and quoted words.

    On the course itself, and on a folder seeded with passages of the real report:
    copied, quoted, half-quoted, in a blockquote, in a title field, and in build output.
    """
    report = _reference_report()
    text = " ".join(report.read_text(encoding="utf-8").split())
    cut = [text[i:i + 400] for i in range(20000, 60000, 5000)]
    seeded = make_course(tmp_path, {
        "book/a.md": f"# A\n\n{cut[0]}\n\nOur words here. \"{cut[1]}\" and then {cut[2][:200]}\n",
        "book/b.md": f"> {cut[3]}\n\n“{cut[4][:150]}” {cut[4][150:]}\n",
        "data/c.yaml": f"- title: {cut[5]}\n  note: {cut[6]}\n",
        "_build/d.html": cut[7],
    })
    for folder in (ROOT, seeded):
        theirs = subprocess.run([sys.executable, str(REFERENCE), str(folder), "--words", str(length), "--quiet"],
                                capture_output=True, text=True)
        files, copied, quoted = map(int, TOTALS.search(theirs.stdout).groups())
        ours = check(folder, report, copy_words=length, review_words=length)
        assert (ours.files, ours.copied_words, ours.quoted_words) == (files, copied, quoted), folder
