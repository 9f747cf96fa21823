"""The facilitator kit: session metadata adds up, maps to the book, fits its time boxes,
and reaches the instructor edition only.

The metadata lives in data/sessions/ (sessions, formats/, decks/) and is checked by
``course_sessions.validate``, the same function the book build runs. The negative tests
copy the data to a temporary folder, break one thing, and check that the validator names
the file, the session and the numbers.
"""
from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import course_sessions as cs  # noqa: E402
from course_glossary import load_terms  # noqa: E402

SESSIONS = ROOT / "data" / "sessions"
CHAPTERS = [
    "ch01_welcome", "ch02_key_concepts", "ch03_market_narratives", "ch04_standards",
    "ch05_un_sco_governance", "ch06_state_financing", "ch07_export_controls",
    "ch08_digital_repression", "ch09_firms_and_state", "ch10_smart_safe_cities", "ch11_training",
    "ch12_ecuador", "ch13_kyrgyzstan", "ch14_malaysia", "ch15_comparing_cases", "ch16_conclusions",
    "ch17_research_a_country",
]
HANDOUTS = [
    "case_ecuador", "case_kyrgyzstan", "case_malaysia", "glossary_card", "red_flag_checklist",
    "mock_tender", "roleplay_cards", "event_cards_ecuador", "event_cards_kyrgyzstan", "source_cards",
    "teach_back_form",
]


@pytest.fixture(scope="module")
def kit() -> cs.Kit:
    return cs.load_kit(ROOT)


def copy_sessions(tmp_path: Path) -> Path:
    target = tmp_path / "sessions"
    shutil.copytree(SESSIONS, target)
    return target


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


# ----------------------------------------------------------------------------- the data is right

def test_every_file_loads_and_matches_its_schema(kit):
    assert kit.errors == []
    files = sorted(SESSIONS.glob("*.yaml"))
    assert len(kit.sessions) == len(files) >= 17 + 6
    assert set(kit.formats) == {"briefing", "one_day", "tot"}
    assert set(kit.decks) == {"ecuador", "kyrgyzstan"}


def test_validator_finds_no_problem_in_the_real_data():
    assert cs.validate(ROOT) == []


def test_activity_minutes_add_up_to_each_session(kit):
    wrong = {sid: (sum(a["minutes"] for a in s["activities"]), s["duration"])
             for sid, s in kit.sessions.items() if sum(a["minutes"] for a in s["activities"]) != s["duration"]}
    assert not wrong, f"activity minutes != duration: {wrong}"


def test_every_session_maps_to_an_existing_chapter_and_exercise_set(kit):
    toc = cs._toc_files(ROOT)
    for sid, s in kit.sessions.items():
        for chapter in [s["chapter"], *s.get("also_draws_on", [])]:
            assert (ROOT / "book" / f"{chapter}.md").is_file(), (sid, chapter)
            assert f"book/{chapter}" in toc, (sid, chapter)
        exercise = s["exercise_set"]
        assert exercise, f"{sid} names no exercise set"
        assert (ROOT / "book" / "exercises" / f"{exercise}.md").is_file(), (sid, exercise)
        assert f"book/exercises/{exercise}" in toc, (sid, exercise)
        module = ROOT / "exercises" / f"{exercise}.py"
        if module.exists():  # exercise modules arrive chapter by chapter
            assert module.is_file()


def test_every_chapter_has_a_complete_session_plan(kit):
    plans = {s["chapter"]: s for s in kit.sessions.values() if s["kind"] == "chapter-plan"}
    assert sorted(plans) == CHAPTERS
    for chapter, s in plans.items():
        phases = {a["phase"] for a in s["activities"]}
        groupings = {a["grouping"] for a in s["activities"]}
        assert "input" in phases and "debrief" in phases, chapter
        assert groupings & {"small-groups", "pairs"} and "plenary" in groupings, chapter
        assert len(s["prompts"]) >= 2, chapter
        for p in s["prompts"]:
            assert p["strong_answers"] and p["misconceptions"], chapter
        assert s["debrief"].strip(), chapter
        assert set(s["adaptation"]) == {"ecuador", "kyrgyzstan", "malaysia"}, chapter
        page = ROOT / f"{s['page']}.md"
        assert f"{{course-session}} {s['id']}" in page.read_text(encoding="utf-8"), page


def test_formats_fit_their_time_boxes(kit):
    expected = {"briefing": (1, 90, 0), "one_day": (1, 390, 90), "tot": (3, 3 * 390, 3 * 90)}
    for fid, (days, contact, breaks) in expected.items():
        fmt = kit.formats[fid]
        summary = cs.format_summary(kit, fmt)
        assert (summary["days"], summary["contact"], summary["breaks"]) == (days, contact, breaks), fid
        for day in cs.format_days(kit, fmt):
            assert day["contact"] + day["breaks"] <= fmt["time_box"]["day_minutes"], (fid, day["label"])
            assert day["contact"] <= fmt["time_box"]["contact_minutes_per_day"], (fid, day["label"])
    assert cs.format_summary(kit, kit.formats["briefing"])["total"] == 90
    assert cs.format_summary(kit, kit.formats["one_day"])["total"] == 8 * 60
    assert cs.format_summary(kit, kit.formats["tot"])["total"] == 3 * 8 * 60


def test_formats_use_the_required_activities(kit):
    used = {fid: [s["id"] for s in cs.format_summary(kit, f)["sessions"]] for fid, f in kit.formats.items()}
    assert {"ws_roleplay_council", "ws_redflags", "ws_source_triage", "ws_timeline"} <= set(used["one_day"])
    assert {"ws_roleplay_council", "ws_redflags", "ws_source_triage", "ws_timeline", "ws_capstone",
            "tot_teachback"} <= set(used["tot"])
    assert "brief_redflags" in used["briefing"]
    # The training of trainers ends with participants teaching: only the closing follows the teach-back.
    assert used["tot"][-2:] == ["tot_teachback", "tot_closing"]


def test_every_cited_key_exists_in_the_bibliography(kit):
    bib = (ROOT / "book" / "references.bib").read_text(encoding="utf-8")
    keys = set(re.findall(r"^@\w+\{([^,]+),", bib, flags=re.M))
    text = "\n".join(p.read_text(encoding="utf-8") for p in SESSIONS.rglob("*.yaml"))
    cited = set(cs.cited_keys(text)) | {c["source"] for d in kit.decks.values() for c in d["cards"]}
    for page in (ROOT / "book" / "instructor").rglob("*.md"):
        cited |= set(cs.cited_keys(page.read_text(encoding="utf-8")))
    assert cited and not cited - keys, f"unknown bib keys: {sorted(cited - keys)}"


def test_event_decks_have_orderable_dates_and_a_fixed_shuffle(kit):
    for did, deck in kit.decks.items():
        order = [c["id"] for c in sorted(deck["cards"], key=lambda c: cs._date_sort_key(c["date"]))]
        shuffled = [c["id"] for c in cs.shuffled_cards(deck)]
        assert shuffled != order, f"deck {did}: the shuffle leaves the cards in date order"
        assert shuffled == [c["id"] for c in cs.shuffled_cards(deck)], "the shuffle must be reproducible"
        for card in deck["cards"]:
            assert not re.search(r"\b(19|20)\d\d\b", card["text"]), f"card {card['id']} gives its year away"


def test_glossary_card_is_generated_from_the_glossary_data():
    lines = "\n".join(cs.render_glossary_card(ROOT))
    terms = [t for t in load_terms(ROOT) if t.get("core")]   # the card holds the core terms
    assert terms
    for term in terms:
        assert f"\n{term['term']}\n: " in lines, term["term"]


def test_handouts_are_separate_pages_and_print_css_hides_the_theme():
    toc = cs._toc_files(ROOT)
    for name in HANDOUTS:
        assert (ROOT / "book" / "instructor" / "handouts" / f"{name}.md").is_file(), name
        assert f"book/instructor/handouts/{name}" in toc, name
    css = (ROOT / "_static" / "print.css").read_text(encoding="utf-8")
    block = css[css.index("@media print"):]
    for selector in (".bd-header", ".bd-sidebar-primary", ".bd-sidebar-secondary", ".bd-footer",
                     ".prev-next-area", ".kit-no-print"):
        assert selector in block, selector
    assert "break-before: page" in block and "break-inside: avoid" in block
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "print.css" in config["sphinx"]["config"]["html_css_files"]
    assert config["sphinx"]["local_extensions"]["course_sessions"] == "_ext"


def test_kit_pages_all_live_under_book_instructor(kit):
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    kit_part = [p for p in toc["parts"] if p.get("caption", "").startswith("Facilitator kit")]
    assert len(kit_part) == 1
    files = sorted(_files(kit_part[0]))
    assert len(files) >= 40 and all(f.startswith("book/instructor/") for f in files), files
    others = {f for p in toc["parts"] if p is not kit_part[0] for f in _files(p)}
    assert not {f for f in others if f.startswith("book/instructor/")}
    for s in [*kit.sessions.values(), *kit.formats.values()]:
        assert s["page"].startswith("book/instructor/"), s["id"]


def _files(node) -> set[str]:
    found = set()
    if isinstance(node, dict):
        if "file" in node:
            found.add(node["file"])
        for value in node.values():
            if isinstance(value, (list, dict)):
                found |= _files(value)
    elif isinstance(node, list):
        for item in node:
            found |= _files(item)
    return found


# ----------------------------------------------------------------------------- it can fail

def test_a_wrong_duration_is_reported_with_file_and_session(tmp_path):
    sessions = copy_sessions(tmp_path)
    edit_yaml(sessions / "ch12_ecuador.yaml", lambda d: d.update(duration=95))
    errors = cs.validate(ROOT, sessions_dir=sessions)
    hits = [e for e in errors if "ch12_ecuador.yaml" in e and "session 'ch12_ecuador'" in e]
    assert hits, errors
    assert "activity minutes add up to 90 min but the session's duration is 95 min" in hits[0]
    # The format that uses the session is not touched, but the plan no longer adds up.
    assert all("ch12_ecuador" in e for e in errors), errors


def test_a_wrong_activity_length_is_reported(tmp_path):
    sessions = copy_sessions(tmp_path)
    edit_yaml(sessions / "ws_roleplay_council.yaml", lambda d: d["activities"][2].update(minutes=50))
    errors = cs.validate(ROOT, sessions_dir=sessions)
    assert any("ws_roleplay_council.yaml" in e and "add up to 125 min" in e and "is 110 min" in e
               for e in errors), errors
    # Longer activity, same duration: the format stays in its box, the session is flagged.


def test_a_format_over_its_time_box_is_reported(tmp_path):
    sessions = copy_sessions(tmp_path)
    edit_yaml(sessions / "formats" / "briefing.yaml",
              lambda d: d["days"][0]["items"].append({"break": {"title": "Coffee", "minutes": 10}}))
    errors = cs.validate(ROOT, sessions_dir=sessions)
    assert any("formats/briefing.yaml" in e and "format 'briefing'" in e and "100 min" in e for e in errors), errors


def test_a_longer_session_pushes_a_day_past_its_box(tmp_path):
    sessions = copy_sessions(tmp_path)

    def longer(d):
        d["duration"] = 120
        d["activities"][1]["minutes"] += 30
    edit_yaml(sessions / "ws_redflags.yaml", longer)
    errors = cs.validate(ROOT, sessions_dir=sessions)
    assert errors and all("format" in e for e in errors), errors
    assert any("formats/one_day.yaml" in e and "Day 1" in e and "more than the 480-min day" in e for e in errors)
    assert any("formats/tot.yaml" in e and "Day 2" in e for e in errors)


def test_an_unknown_chapter_or_exercise_set_is_reported(tmp_path):
    sessions = copy_sessions(tmp_path)
    edit_yaml(sessions / "ch07_export_controls.yaml", lambda d: d.update(chapter="ch07_export_rules"))
    edit_yaml(sessions / "ch08_digital_repression.yaml", lambda d: d.update(exercise_set="ch08_repression"))
    errors = cs.validate(ROOT, sessions_dir=sessions)
    assert any("ch07_export_controls.yaml" in e and "chapter 'ch07_export_rules' does not exist" in e for e in errors)
    assert any("ch08_digital_repression.yaml" in e and "exercise set 'ch08_repression' does not exist" in e
               for e in errors)


def test_a_plan_without_adaptation_notes_fails_the_schema(tmp_path):
    sessions = copy_sessions(tmp_path)
    edit_yaml(sessions / "ch14_malaysia.yaml", lambda d: d["adaptation"].pop("kyrgyzstan"))
    errors = cs.validate(ROOT, sessions_dir=sessions)
    assert any("ch14_malaysia.yaml" in e and "kyrgyzstan" in e for e in errors), errors


# ----------------------------------------------------------------------------- editions

def _words(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def _site_words(folder: Path) -> str:
    parts = [p.read_text(encoding="utf-8", errors="ignore") for p in folder.rglob("*")
             if p.is_file() and p.suffix in {".html", ".js", ".txt", ".json", ".inv", ".xml", ".md"}]
    return _words("\n".join(parts))


def kit_markers(kit) -> list[str]:
    """Distinctive strings of the kit: each page's sentinel and every session and format title."""
    markers = []
    for page in (ROOT / "book" / "instructor").rglob("*.md"):
        found = re.findall(r'class="kit-sentinel" hidden>([^<]+)<', page.read_text(encoding="utf-8"))
        assert found, f"{page} has no sentinel"
        markers += found
    markers += [s["title"] for s in kit.sessions.values()] + [f["title"] for f in kit.formats.values()]
    return [_words(m).strip() for m in markers]


def test_learner_edition_contains_none_of_the_kit(built_book, kit):
    markers = kit_markers(kit)
    assert len(markers) >= 40
    instructor = _site_words(built_book["instructor"])
    learner = _site_words(built_book["learner"])
    missing = [m for m in markers if f" {m} " not in instructor]
    assert not missing, f"the instructor edition lacks kit text (so this test could not fail): {missing[:5]}"
    leaked = [m for m in markers if f" {m} " in learner]
    assert not leaked, f"the learner edition contains facilitator-kit text: {leaked[:5]}"
    assert not (built_book["learner"] / "book" / "instructor").exists()
