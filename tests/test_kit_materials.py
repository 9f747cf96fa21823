"""The workshop materials match the plans they serve.

Slides, print-and-prep packs, the pre/post checks, the feedback form, debriefs and the
interpretation re-timing are all generated from data/sessions/ (see _ext/kit_materials.py,
_ext/kit_html.py, _ext/kit_timing.py). These tests check that the generated material covers
every session, activity and handout of each format, that quantities and timings are computed
from the data, and that each check fails on the bad input it is meant to catch.
"""
from __future__ import annotations

import html
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import course_sessions as cs  # noqa: E402
import kit_html  # noqa: E402
import kit_materials as km  # noqa: E402
import kit_timing as kt  # noqa: E402
from course.meta import MetaError, load_meta, stamp  # noqa: E402

FORMATS = ("briefing", "one_day", "tot")


@pytest.fixture(scope="module")
def kit() -> cs.Kit:
    return cs.load_kit(ROOT)


@pytest.fixture(scope="module")
def materials() -> km.Materials:
    return km.load_materials(ROOT)


@pytest.fixture(scope="module")
def meta() -> dict:
    return load_meta(ROOT)


def copy_root(tmp_path: Path) -> Path:
    """A copy of what the kit reads (data, the book's handout pages, the TOC) to break safely."""
    target = tmp_path / "root"
    shutil.copytree(ROOT / "data", target / "data")
    shutil.copytree(ROOT / "book", target / "book", ignore=shutil.ignore_patterns("*.ipynb", "_build"))
    shutil.copyfile(ROOT / "_toc.yml", target / "_toc.yml")
    return target


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def problems_in(root: Path) -> list[str]:
    return km.validate_materials(cs.load_kit(root), km.load_materials(root))


# ----------------------------------------------------------------------------- the real data

def test_materials_match_the_plans(kit, materials):
    assert materials.errors == []
    assert km.validate_materials(kit, materials) == []
    assert set(materials.checks) == set(kit.formats) == set(FORMATS)


@pytest.mark.parametrize("fid", FORMATS)
def test_every_session_and_activity_of_a_format_has_its_slide(kit, meta, fid):
    plan = kit_html.slide_plan(kit, fid)
    page = kit_html.render_slides(kit, fid, meta, ROOT)
    sections = re.findall(r'<section class="slide kind-(\w+)"', page)
    sources = sections.count("sources")
    assert len(sections) == len(plan) + sources and sections[:len(plan)] == [s["kind"] for s in plan]
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    text = " ".join(text.split())
    for session in km.format_sessions(kit, fid):
        assert any(s["kind"] == "session" and s["session"]["id"] == session["id"] for s in plan), session["id"]
        for activity in session["activities"]:
            slides = [s for s in plan if s["kind"] == "activity" and s["activity"] is activity]
            assert len(slides) == 1, (session["id"], activity["id"])
            assert f"{activity['minutes']} min · " in text, (session["id"], activity["id"])
        for prompt in session.get("prompts", []):
            assert any(s["kind"] == "prompt" and s["prompt"] is prompt for s in plan)
    # Every slide carries the imprint, and the agenda slide lists each session at its clock time.
    assert page.count(html.escape(stamp(meta))) == len(sections)
    for day in cs.format_days(kit, kit.formats[fid]):
        for item in day["items"]:
            assert f"{cs.clock(item['start'])}–{cs.clock(item['end'])}" in page


def test_slides_work_offline_and_escape_the_data(kit, meta, tmp_path):
    page = kit_html.render_slides(kit, "briefing", meta, ROOT)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page), "nothing may be loaded"
    assert "@media print" in page and "break-after:page" in page and "keydown" in page
    assert "{cite" not in page and "{term" not in page, "MyST roles must become text"
    assert "<sup>[1]</sup>" in page and "<h2>Sources</h2>" in page
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/brief_asks.yaml",
              lambda d: d["activities"][0].update(title="<script>alert(1)</script> Five"))
    hostile = kit_html.render_slides(cs.load_kit(root), "briefing", meta, root)
    assert "<script>alert(1)" not in hostile and "&lt;script&gt;alert(1)" in hostile


@pytest.mark.parametrize("fid", FORMATS)
def test_every_handout_a_plan_uses_is_in_its_print_list(kit, materials, fid):
    rows = km.print_pack(kit, materials, fid)
    listed = [r["handout"] for r in rows]
    used = {h for s in km.format_sessions(kit, fid) for h in s.get("handouts", [])}
    assert set(listed) == used and len(listed) == len(used)
    assert km.check_handout(fid) in listed and km.FEEDBACK_HANDOUT in listed
    # The handouts named on the format page's own "Print" line are there too.
    page = (ROOT / f"{kit.formats[fid]['page']}.md").read_text(encoding="utf-8")
    for name in re.findall(r"\{doc\}`\.\./handouts/([a-z0-9_]+)`", page):
        assert f"book/instructor/handouts/{name}" in listed, name
    for session in km.format_sessions(kit, fid):
        for deck in session.get("decks", []):
            assert f"book/instructor/handouts/event_cards_{deck}" in listed, deck


def test_quantities_are_computed_from_the_rules():
    assert km.copies({"per": "participant"}, 15) == 17
    assert km.copies({"per": "participant", "sets": 2, "spare": 0}, 15) == 30
    assert km.copies({"per": "group", "group_size": 5}, 16) == 4 + 2
    assert km.copies({"per": "fixed", "sets": 1, "spare": 1}, 25) == 2
    # 15 trainees in two rooms of 8 and 7 each watch everyone else in their room.
    assert km.copies({"per": "observer", "rooms": 2, "spare": 0}, 15) == 8 * 7 + 7 * 6
    assert km.formula({"per": "group", "group_size": 5}) == "⌈N ÷ 5⌉ + 2"


def test_the_print_list_follows_the_session_data(tmp_path):
    root = copy_root(tmp_path)
    kit, materials = cs.load_kit(root), km.load_materials(root)
    before = {r["handout"]: r for r in km.print_pack(kit, materials, "briefing")}
    assert "book/instructor/handouts/source_cards" not in before
    edit_yaml(root / "data/sessions/brief_cases.yaml",
              lambda d: d["handouts"].append("book/instructor/handouts/source_cards"))
    edit_yaml(root / "data/sessions/kit/print.yaml",
              lambda d: d["items"]["book/instructor/handouts/glossary_card"].update(sets=3))
    kit, materials = cs.load_kit(root), km.load_materials(root)
    after = {r["handout"]: r for r in km.print_pack(kit, materials, "briefing")}
    assert "book/instructor/handouts/source_cards" in after
    assert after["book/instructor/handouts/glossary_card"]["copies"][20] == 3 * 20 + 2
    lines = "\n".join(km.render_prep_pack(kit, materials, "briefing"))
    assert "3 × N + 2" in lines and "62" in lines


def test_a_handout_without_a_print_rule_is_reported(tmp_path):
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/kit/print.yaml",
              lambda d: d["items"].pop("book/instructor/handouts/mock_tender"))
    problems = problems_in(root)
    assert any("mock_tender" in p and "no print rule" in p and "'briefing'" in p for p in problems), problems


def test_a_format_without_its_check_or_feedback_form_is_reported(tmp_path):
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/ws_closing.yaml",
              lambda d: d["handouts"].remove("book/instructor/handouts/feedback_form"))
    (root / "data/sessions/checks/tot.yaml").unlink()
    problems = problems_in(root)
    assert any("'one_day'" in p and "feedback form" in p for p in problems), problems
    assert any("checks/tot.yaml" in p and "no pre/post check" in p for p in problems), problems


def test_prep_pack_marks_group_sizes_the_format_is_not_planned_for(kit, materials):
    lines = "\n".join(km.render_prep_pack(kit, materials, "tot"))
    assert km.group_limit(kit.formats["tot"]) == 16
    assert "More than the 16 participants" in lines
    one_day = km.render_prep_pack(kit, materials, "one_day")
    assert "More than the 24 participants" in "\n".join(one_day)
    feedback_row = one_day[[n for n, line in enumerate(one_day) if "feedback_form" in line][0]:][:7]
    assert feedback_row[3:] == ["  - 12", "  - 17", "  - 22", "  - 27*"], "only N=25 is over 24"


# ----------------------------------------------------------------------------- pre/post checks

@pytest.mark.parametrize("fid", FORMATS)
def test_check_items_map_to_the_formats_objectives(kit, materials, fid):
    check = materials.checks[fid]
    assert len(check["items"]) == 5
    in_agenda = {s["id"]: s for s in km.format_sessions(kit, fid)}
    for item in check["items"]:
        assert item["objective"] in in_agenda[item["session"]]["objectives"], item["id"]
        assert item["answer"] in item["options"]
    assert len({i["session"] for i in check["items"]}) >= 3


def test_an_item_tied_to_no_objective_is_reported(tmp_path):
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/checks/briefing.yaml",
              lambda d: d["items"][0].update(objective="Understand surveillance in general."))
    edit_yaml(root / "data/sessions/checks/one_day.yaml",
              lambda d: d["items"][0].update(session="ch07_export_controls"))
    problems = problems_in(root)
    assert any("briefing.yaml" in p and "'scale_claims'" in p and "not an objective" in p for p in problems)
    assert any("one_day.yaml" in p and "not in the one_day agenda" in p for p in problems), problems


def test_a_check_with_four_items_fails_its_schema(tmp_path):
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/checks/tot.yaml", lambda d: d["items"].pop())
    assert any("checks/tot.yaml: schema" in p for p in problems_in(root))


@pytest.mark.parametrize("fid", FORMATS)
def test_participant_versions_carry_no_answers(kit, materials, meta, fid):
    check = materials.checks[fid]
    sheet = "\n".join(km.render_check_sheet(check, kit.formats[fid]))
    web = kit_html.render_web_check(check, kit.formats[fid], meta)
    key = "\n".join(km.render_check_key(kit, check, fid))
    for item in check["items"]:
        why = " ".join(item["why"].split())[:40]
        assert why in key
        assert why not in sheet and why not in web
    for participant_copy in (sheet, web):
        assert "correct answer" not in participant_copy.lower() and "data-answer" not in participant_copy
    assert "Answer key" in key


def test_web_forms_send_and_store_nothing(kit, materials, meta):
    pages = [kit_html.render_web_feedback(materials.feedback, meta)]
    pages += [kit_html.render_web_check(materials.checks[f], kit.formats[f], meta) for f in FORMATS]
    for page in pages:
        for banned in ("<form", "action=", "fetch(", "XMLHttpRequest", "sendBeacon", "localStorage",
                       "sessionStorage", "indexedDB", "document.cookie", "<script src", "<link", "http://",
                       "https://"):
            assert banned not in page, banned
        assert kit_html.NOTHING_STORED in page
        assert "name=\"name\"" not in page.lower()


def test_feedback_form_has_no_identifying_fields(materials):
    questions = [*materials.feedback["scale"]["items"], *materials.feedback["open"]]
    asked = " ".join(questions).lower()
    for field in ("name", "organisation", "email", "phone", " age", "gender", "job", "where do you work"):
        assert field not in asked, field
    lines = "\n".join(km.render_feedback_form(materials.feedback))
    assert lines.count("☐") == len(materials.feedback["scale"]["items"]) * len(materials.feedback["scale"]["labels"])


# ----------------------------------------------------------------------------- debriefs

def test_every_participatory_activity_is_debriefed(kit):
    assert kt.debrief_problems(kit) == []
    # The sessions the issue named now have one.
    for sid in ("brief_landscape", "brief_redflags", "brief_cases", "brief_asks", "ws_opening", "ws_closing"):
        session = kit.sessions[sid]
        assert any(a.get("debrief") or a["phase"] == "debrief" for a in session["activities"]), sid


def test_a_missing_debrief_is_reported(tmp_path):
    root = copy_root(tmp_path)

    def strip(d):
        for a in d["activities"]:
            a.pop("debrief", None)
    edit_yaml(root / "data/sessions/ws_opening.yaml", strip)
    edit_yaml(root / "data/sessions/ws_redflags.yaml", lambda d: d["activities"][-1].update(phase="plenary"))
    problems = kt.debrief_problems(cs.load_kit(root))
    assert any("ws_opening.yaml" in p and "'intros'" in p for p in problems), problems
    assert any("ws_redflags.yaml" in p and "'apply'" in p for p in problems), problems


def test_participatory_means_doing_something():
    act = {"grouping": "plenary", "phase": "input"}
    assert not kt.is_participatory(act)
    assert kt.is_participatory({"grouping": "pairs", "phase": "opening"})
    assert kt.is_participatory({"grouping": "plenary", "phase": "practice"})
    assert not kt.is_participatory({"grouping": "individual", "phase": "closing"})
    assert not kt.is_participatory({"grouping": "small-groups", "phase": "debrief"})


# ----------------------------------------------------------------------------- interpretation

@pytest.mark.parametrize("fid", FORMATS)
@pytest.mark.parametrize("mode", ["consecutive", "simultaneous"])
def test_interpreted_timings_still_add_up(kit, materials, fid, mode):
    config = materials.interpretation
    factors = config["modes"][mode]["factors"]
    fmt = kit.formats[fid]
    days = kt.fit_format(kit, fid, mode, config)
    assert len(days) == len(fmt["days"])
    for day, spec in zip(days, fmt["days"]):
        planned = [i["session"] for i in spec["items"] if "session" in i]
        kept = [i["id"] for i in day.items if i["kind"] == "session"]
        assert sorted(kept + [d["id"] for d in day.dropped]) == sorted(planned)
        assert [d["id"] for d in day.dropped] == [s for s in config["cut_first"][fid] if s in
                                                   {d["id"] for d in day.dropped}], "cut in the stated order"
        clock = day.start
        for item in day.items:
            assert item["start"] == clock and item["end"] == clock + item["minutes"]
            clock = item["end"]
            if item["kind"] == "session":
                session = kit.sessions[item["id"]]
                exact = sum(a["minutes"] * factors[kt.activity_kind(a)] for a in session["activities"])
                assert exact <= item["minutes"] < exact + 5 and item["minutes"] % 5 == 0
                assert item["minutes"] >= session["duration"]
        assert day.end == clock == day.start + day.span
        assert day.overrun == max(0, day.end - day.limit)
        if day.dropped and day.overrun == 0:
            assert day.end <= day.limit
    text = "\n".join(kt.render_interpretation(kit, fid, config))
    for day in days:
        if day.overrun:
            assert f"Still {day.overrun} min over" in text
        for dropped in day.dropped:
            assert dropped["title"] in text


def test_factor_one_leaves_the_plan_as_it_is(kit):
    config = {"modes": {"none": {"factors": {"talk": 1, "discussion": 1, "group_work": 1}}}, "cut_first": {}}
    for fid in FORMATS:
        for fitted, planned in zip(kt.fit_format(kit, fid, "none", config), cs.format_days(kit, kit.formats[fid])):
            assert [(i["start"], i["end"]) for i in fitted.items] == \
                [(i["start"], i["end"]) for i in planned["items"] if not (i is planned["items"][-1] and i["kind"] == "break")]
            assert not fitted.dropped


def test_consecutive_interpretation_takes_longer_and_cuts_are_stated(kit, materials):
    days = kt.fit_format(kit, "one_day", "consecutive", materials.interpretation)
    assert days[0].dropped, "a one-day plan cannot absorb consecutive interpretation without cuts"
    assert days[0].end <= days[0].limit
    briefing = kt.fit_format(kit, "briefing", "consecutive", materials.interpretation)[0]
    assert briefing.overrun > 0   # 90 minutes of talk cannot fit: the page must say so


def test_bad_interpretation_factors_are_reported(tmp_path):
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/kit/interpretation.yaml", lambda d: (
        d["modes"]["consecutive"]["factors"].update(talk=0.5),
        d["cut_first"]["one_day"].append("tot_closing")))
    problems = problems_in(root)
    assert any("talk=0.5" in p for p in problems), problems
    assert any("'tot_closing' is not in the one_day agenda" in p for p in problems), problems


# ----------------------------------------------------------------------------- glossary card, meta, licences

def test_glossary_card_holds_the_core_terms_only():
    terms = cs.core_terms(ROOT)
    card = "\n".join(cs.render_glossary_card(ROOT))
    assert 20 <= len(terms) <= 25
    for term in terms:
        assert f"\n{term['term']}\n: " in card
    from course_glossary import load_terms

    others = [t for t in load_terms(ROOT) if not t.get("core")]
    assert others and not any(f"\n{t['term']}\n: " in card for t in others)


def test_course_meta_is_complete_and_matches_the_package(meta):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["version"] == project["version"]
    assert meta["text_licence"]["name"] == "CC BY 4.0"
    line = stamp(meta)
    assert line.startswith(meta["title"]) and meta["version"] in line and meta["date"] in line and "CC BY 4.0" in line


def test_course_meta_errors_are_one_clear_line(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data/course_meta.yaml").write_text("title: x\ndate: 5 December\n", encoding="utf-8")
    with pytest.raises(MetaError, match=r"data/course_meta.yaml: missing short_title"):
        load_meta(tmp_path)
    full = yaml.safe_load((ROOT / "data/course_meta.yaml").read_text(encoding="utf-8"))
    full["date"] = "5 December"
    (tmp_path / "data/course_meta.yaml").write_text(yaml.safe_dump(full), encoding="utf-8")
    with pytest.raises(MetaError, match="not an ISO date"):
        load_meta(tmp_path)


def test_licence_files_exist_and_say_what_they_cover(meta):
    code = (ROOT / "LICENSE").read_text(encoding="utf-8")
    text = (ROOT / meta["text_licence"]["file"]).read_text(encoding="utf-8")
    assert code.startswith("MIT License") and "Permission is hereby granted" in code
    assert "https://creativecommons.org/licenses/by/4.0/legalcode" in text
    assert "Creative Commons Attribution 4.0 International" in text
    assert "all rights reserved" in text   # the source report is not ours to licence


def test_offline_bundle_readme_carries_version_date_and_licence(meta, tmp_path):
    from course.publish import PublishError, bundle_readme

    text = bundle_readme(ROOT)
    assert f"Version {meta['version']}, {meta['date']}" in text
    assert "Creative Commons Attribution 4.0 International" in text and "Code: MIT" in text
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "course_meta.yaml").write_text("title: only a title\n", encoding="utf-8")
    with pytest.raises(PublishError, match="missing"):
        bundle_readme(tmp_path)


def test_a_slide_shows_the_participant_text_when_the_plan_has_one(kit, meta, tmp_path):
    page = kit_html.render_slides(kit, "briefing", meta, ROOT)
    assert "Circle the one your institution could answer least well." in page
    assert "Walk through the five questions" not in page   # the facilitator's wording stays off the slide
    root = copy_root(tmp_path)
    edit_yaml(root / "data/sessions/brief_asks.yaml", lambda d: d["activities"][0].pop("slide"))
    fallback = kit_html.render_slides(cs.load_kit(root), "briefing", meta, root)
    assert "Walk through the five questions" in fallback


def test_generated_tables_have_real_header_cells(kit, materials):
    """An empty header cell, or one holding '#' (MyST reads it as an empty heading), fails axe."""
    outputs = [km.render_feedback_form(materials.feedback)]
    for fid in FORMATS:
        outputs += [km.render_prep_pack(kit, materials, fid), km.render_check_key(kit, materials.checks[fid], fid),
                    kt.render_interpretation(kit, fid, materials.interpretation)]
    for lines in outputs:
        for n, line in enumerate(lines):
            if line == ":header-rows: 1":
                header = lines[lines.index("", n) + 1:]
                cells = [header[0].removeprefix("* - ")]
                cells += [c.removeprefix("  - ") for c in header[1:] if c.startswith("  - ")][:3]
                assert all(c.strip() and c.strip() != "#" for c in cells), cells


def test_roles_in_session_text_become_plain_text_on_slides(tmp_path):
    sources = kit_html.Sources(ROOT)
    text = ("{sensitive}`cis-wanted-list` Rated 65 {cite:p}`csis2019safecities,iri2024report` {verified}`2026-11-28`; "
            "see {term}`Safe city` and {doc}`the chapter </book/ch12_ecuador>` <b>bold</b>")
    out = kit_html.inline(text, sources)
    assert out == ("Rated 65 <sup>[1, 2]</sup> (verified 2026-11-28); see Safe city and the chapter "
                   "&lt;b&gt;bold&lt;/b&gt;")
