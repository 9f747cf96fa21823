"""Every section of the source report is taught by at least one chapter that exists.

The report's table of contents is stored in the repository (data/report_contents.yaml,
written by scripts/report_contents.py from a copy of the report), so these tests run on a
fresh clone without the report beside it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
COVERAGE = yaml.safe_load((ROOT / "data" / "report_coverage.yaml").read_text(encoding="utf-8"))
CONTENTS = yaml.safe_load((ROOT / "data" / "report_contents.yaml").read_text(encoding="utf-8"))
SCRIPT = ROOT / "scripts" / "report_contents.py"


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


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def unmapped_headings(contents: dict, coverage: dict) -> list[str]:
    """The report's headings that the coverage map does not name.

    A heading is mapped when a section of the map has it as its title, as in
    "Conclusion". A sub-heading (the report repeats "Police training" under each
    country) is mapped when it is listed in brackets after the title of the last
    heading mapped above it, as in "Ecuador (snapshot, police training, ICT companies)".
    """
    sections = {}
    for entry in coverage["sections"]:
        title, _, listed = entry["section"].partition(" (")
        sections[_normal(title)] = {_normal(part) for part in listed.rstrip(")").split(",") if part.strip()}
    missing, parent = [], None
    for entry in contents["headings"]:
        heading = _normal(entry["title"])
        if heading in sections:
            parent = heading
        elif parent is None or heading not in sections[parent]:
            missing.append(f"{entry['title']} (p. {entry['page']})")
    return missing


def test_every_report_section_has_a_chapter():
    assert not uncovered(COVERAGE, toc_files())


def test_a_section_without_a_chapter_fails():
    broken = {"sections": [{"section": "Conclusion", "chapters": []},
                           {"section": "Ecuador", "chapters": ["ch99_nowhere"]}]}
    problems = uncovered(broken, toc_files())
    assert len(problems) == 2 and "no chapter" in problems[0] and "ch99_nowhere" in problems[1]


def test_coverage_maps_every_heading_of_the_report_contents():
    """The map must follow the report: each heading of its table of contents is named."""
    missing = unmapped_headings(CONTENTS, COVERAGE)
    assert not missing, f"report headings missing from data/report_coverage.yaml: {missing}"


def test_the_stored_contents_is_the_whole_report():
    """An emptied or truncated contents file would let the map test pass on nothing."""
    headings = [e["title"] for e in CONTENTS["headings"]]
    pages = [e["page"] for e in CONTENTS["headings"]]
    assert CONTENTS["report"] == "iri2024report"
    assert len(headings) >= 30 and headings[0] == "EXECUTIVE SUMMARY" and headings[-1].startswith("APPENDIX")
    assert pages == sorted(pages), "pages must follow the report's order"


def test_a_heading_missing_from_the_map_fails():
    without_conclusion = {"sections": [e for e in COVERAGE["sections"] if e["section"] != "Conclusion"]}
    assert unmapped_headings(CONTENTS, without_conclusion) == ["CONCLUSION (p. 17)"]


def test_a_sub_heading_not_listed_under_its_parent_fails():
    narrowed = {"sections": [{**e, "section": "Malaysia (snapshot, police training)"} if e["section"].startswith("Malaysia")
                             else e for e in COVERAGE["sections"]]}
    assert unmapped_headings(CONTENTS, narrowed) == ["ICT COMPANIES (p. 16)"]


def test_a_sub_heading_does_not_borrow_another_parent():
    """"Huawei" sits under the training heading: a map that lists it elsewhere does not count."""
    moved = {"sections": [
        {**e, "section": "Training in surveillance technologies (Meiya Pico, Hikvision)"}
        if e["section"].startswith("Training in") else
        {**e, "section": "Corporate-state connections (Huawei)"} if e["section"].startswith("Corporate-state") else e
        for e in COVERAGE["sections"]]}
    assert unmapped_headings(CONTENTS, moved) == ["HUAWEI (p. 10)"]


REPORT_SAMPLE = """Title page

TABLE OF CONTENT

EXECUTIVE SUMMARY\t1
PART 1: A SAMPLE PART\t3
A SUB-HEADING\t4

EXECUTIVE SUMMARY
Body text that mentions\tcolumns 5 but is not contents.
"""


def test_the_script_stores_the_contents_of_a_report(tmp_path):
    report, out = tmp_path / "report.txt", tmp_path / "contents.yaml"
    report.write_text(REPORT_SAMPLE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(report), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    stored = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert stored["headings"] == [{"title": "EXECUTIVE SUMMARY", "page": 1},
                                  {"title": "PART 1: A SAMPLE PART", "page": 3},
                                  {"title": "A SUB-HEADING", "page": 4}]


def test_the_script_refuses_a_file_that_is_not_the_report(tmp_path):
    other, out = tmp_path / "notes.txt", tmp_path / "contents.yaml"
    other.write_text("Some notes without a table of contents.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(other), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 2 and "TABLE OF CONTENT" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
