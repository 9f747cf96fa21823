"""The layout (``course/paths.py``): one answer to every "where is X" question.

A course checkout and a learner release are laid out differently; ``Layout`` knows
both, and no other module of ``course/`` or ``_ext/`` spells the folders it names.
"""
import re
from pathlib import Path

from course.grading.runner import chapter_slugs, load_chapters
from course.paths import SPECS_FOLDER, Layout, course_root

ROOT = Path(__file__).resolve().parents[1]


def test_the_checkout_layout_finds_every_chapter_file():
    layout = Layout(ROOT)
    assert not layout.is_release and layout.config.is_file()
    slugs = chapter_slugs(ROOT)
    assert len(slugs) == 17 and layout.specs == ROOT / SPECS_FOLDER
    for slug in slugs:
        assert layout.spec(slug).is_file() and layout.solution(slug).is_file() and layout.exercise(slug).is_file()
        assert layout.exercise_page(slug).is_file(), slug
        assert Layout.of_spec(layout.spec(slug)) == layout   # a spec finds its checkout from its own place


def test_a_release_is_marked_by_its_manifest_and_read_from_its_public_checks(tmp_path):
    chapter = load_chapters(ROOT, ["7"])["ch07_export_controls"]
    release = Layout(tmp_path / "release")
    release.public_checks.mkdir(parents=True)
    import json
    release.public_check(chapter.slug).write_text(json.dumps(chapter.spec.public("salt")), encoding="utf-8")
    assert not release.is_release
    release.release_manifest.write_text('{"kind": "learner"}', encoding="utf-8")
    assert release.is_release
    (release.root / "exercises" / "deep").mkdir(parents=True)
    assert course_root(release.root / "exercises" / "deep") == release.root
    [loaded] = load_chapters(release.root).values()
    assert loaded.spec is None and loaded.sources == [release.public_check(chapter.slug)]


def test_built_sites_per_edition_and_language():
    layout = Layout(ROOT)
    assert layout.site("learner") == ROOT / "_build" / "learner" / "html"
    assert layout.site("instructor", language="es", out_root=Path("/o")) == Path("/o/es/instructor/html")
    assert layout.site("learner", builder="latex") == ROOT / "_build" / "learner" / "latex"


# Folder names only course/paths.py may spell (in code; prose in a message may name them):
# "solutions", or the question bank's folder however it is written.
# A folder used as a path: joined with "/" (root / "solutions"), or the whole name in quotes.
_FOLDER = r"[\"'](?:solutions|exercises)[\"']"
_JOINED = r"\s*/\s*".join(f"[\"']{re.escape(part)}[\"']" for part in SPECS_FOLDER.parts)
SPELLED = re.compile(rf"/\s*{_FOLDER}|{_FOLDER}\)?\s*/|{_JOINED}|[\"']{re.escape(SPECS_FOLDER.as_posix())}/?[\"']"
                     r"|[\"']course-release\.json[\"']")


def test_no_other_module_spells_a_layout_folder():
    offenders = []
    for folder in ("course", "_ext"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "course" / "paths.py":
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SPELLED.search(line) and not line.lstrip().startswith("#"):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "ask course.paths.Layout instead:\n" + "\n".join(offenders)


def test_the_layout_check_catches_a_spelled_folder():
    joined = " / ".join(f'"{part}"' for part in SPECS_FOLDER.parts)
    assert SPELLED.search(f"root / {joined}") and SPELLED.search(f"'{SPECS_FOLDER.as_posix()}'")
    assert SPELLED.search('root / "solutions" / f"{slug}.py"')
    assert SPELLED.search('Path("solutions") / slug') and SPELLED.search("'course-release.json'")
    assert not SPELLED.search('"the exercises folder"') and not SPELLED.search('OptionalFiles("exercises", ("a.css",))')
