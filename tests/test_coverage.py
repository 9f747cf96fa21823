"""Every section of the source report is taught by at least one chapter that exists."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
COVERAGE = yaml.safe_load((ROOT / "data" / "report_coverage.yaml").read_text(encoding="utf-8"))
SEED = ROOT.parent / "shared" / "seed" / "iri-2024-prc-surveillance-report.txt"


def toc_files() -> set[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    found = {toc["root"]}

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            if "file" in node:
                found.add(node["file"])
            for key in ("parts", "chapters", "sections"):
                walk(node.get(key, []))

    walk(toc)
    return found


def uncovered(coverage: dict, pages: set[str]) -> list[str]:
    problems = []
    for entry in coverage["sections"]:
        chapters = entry.get("chapters") or []
        if not chapters:
            problems.append(f"{entry['section']!r} has no chapter")
        for chapter in chapters:
            if f"book/{chapter}" not in pages:
                problems.append(f"{entry['section']!r} names {chapter}, which is not in _toc.yml")
    return problems


def test_every_report_section_has_a_chapter():
    assert not uncovered(COVERAGE, toc_files())


def test_coverage_lists_every_heading_of_the_report_contents():
    """The map must follow the report: each heading of its table of contents appears."""
    if not SEED.is_file():  # the report travels in ../shared, beside the project
        raise AssertionError(f"source report not found at {SEED}")
    contents = SEED.read_text(encoding="utf-8").split("TABLE OF CONTENT", 1)[1].split("EXECUTIVE SUMMARY\n", 1)[0]
    headings = [re.sub(r"\t\d+$", "", line).strip() for line in contents.splitlines() if "\t" in line]
    mapped = " ".join(e["section"].lower() for e in COVERAGE["sections"]).replace("’", "'")
    skipped = {"police training", "ict companies", "meiya pico", "huawei", "hikvision"}  # sub-headings covered in their parents
    missing = [h for h in headings if h.lower() not in mapped and h.lower() not in skipped]
    assert not missing, f"report headings missing from data/report_coverage.yaml: {missing}"


def test_a_section_without_a_chapter_fails():
    broken = {"sections": [{"section": "Conclusion", "chapters": []},
                           {"section": "Ecuador", "chapters": ["ch99_nowhere"]}]}
    problems = uncovered(broken, toc_files())
    assert len(problems) == 2 and "no chapter" in problems[0] and "ch99_nowhere" in problems[1]
