"""The validators behind structured answers (course/grading/validators.py).

Good input passes; each kind of defect is reported, naming its section, row and
field; hostile shapes never make a validator raise. The last tests keep the 17.7
template on the exercise page, the learner's stub and the checker's rules in step.
"""
from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import pytest

from course.grading import validators as V
from course.grading.source import literal
from course.grading.runner import load_spec_module
from course.paths import Layout

ROOT = Path(__file__).resolve().parents[1]

SECTIONS = {
    "snapshot": {"min_rows": 1, "fields": ["id", "index", "edition", "score", "status", "source", "claim_type",
                                           "source_date"]},
    "projects": {"min_rows": 1, "fields": ["id", "name", "vendors", "start", "source", "claim_type", "source_date"]},
    "judgements": {"min_rows": 1, "fields": ["id", "judgement", "based_on"]},
}
TOP = ["country", "prepared", "not_collected"]


def good():
    """A small assessment of a fictional country that passes every validator."""
    return {
        "country": "Examplestan",
        "prepared": "2026-11-28",
        "snapshot": [
            {"id": "S1", "index": "Freedom in the World", "edition": 2025, "score": 65,
             "parts": {"political_rights": 28, "civil_liberties": 37}, "status": "Partly Free",
             "source": "Freedom House country page, https://example.org/fiw", "claim_type": "finding",
             "source_date": "2025"},
            {"id": "S2", "index": "FOTN", "edition": 2025, "score": 63, "parts": {"A": 17, "B": 24, "C": 22},
             "status": "Partly Free", "source": "Freedom House country page, https://example.org/fotn",
             "claim_type": "finding", "source_date": "2025-10"},
        ],
        "projects": [
            {"id": "P1", "name": "city cameras", "vendors": ["Vendor A"], "start": "2011-02", "end": "",
             "source": "A newspaper investigation, https://example.org/news", "claim_type": "finding",
             "source_date": "2019-04-24"},
            {"id": "P2", "name": "facial recognition", "vendors": ["not named"], "start": "2016", "end": "2016-10",
             "source": "A company press release, https://example.org/pr", "claim_type": "Self-claim",
             "source_date": "2016-11-11"},
        ],
        "judgements": [
            {"id": "J1", "judgement": "The cameras were bought from a foreign vendor.", "based_on": ["P1", "P2"]},
        ],
        "not_collected": "No names or images of people.",
    }


def run_all(value):
    return {
        "complete": V.complete(value, top=TOP, sections=SECTIONS),
        "consistent": V.consistent(value),
        "sourced": V.sourced(value),
        "no_contact_details": V.no_contact_details(value),
    }


def only(problems, *fragments):
    """Exactly one problem, and it contains every fragment."""
    assert len(problems) == 1, problems
    for fragment in fragments:
        assert fragment in problems[0], (fragment, problems[0])


# ---------------------------------------------------------------- good input


def test_good_assessment_passes_every_validator():
    assert run_all(good()) == {"complete": [], "consistent": [], "sourced": [], "no_contact_details": []}


def test_the_reference_assessment_passes_every_validator_of_17_7():
    spec = load_spec_module(Layout(ROOT).spec("ch17_research_a_country"))
    item = next(i for i in spec.items if i.id == "17.7")
    solution = literal(ROOT / "solutions" / "ch17_research_a_country.py", "ASSESSMENT")
    for name, params in item.validators:
        assert getattr(V, name)(solution, **params) == [], name


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("text, first, last", [
    ("2023", "2023-01-01", "2023-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-12", "2023-12-01", "2023-12-31"),
    ("2023-09-23", "2023-09-23", "2023-09-23"),
])
def test_parse_period_keeps_the_precision(text, first, last):
    period = V.parse_period(text)
    assert (period.first.isoformat(), period.last.isoformat()) == (first, last)


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "23-09-2023", "\u0662\u0660\u0662\u0663", "2023/09/23", "Sept 2023", "", "1850",
                                  "2023-9-1", None, 2023, ["2023"]])
def test_parse_period_rejects_what_is_not_a_real_iso_date(text):
    assert V.parse_period(text) is None


def test_periods_compare_only_where_certain():
    year, day = V.parse_period("2023"), V.parse_period("2023-09-23")
    assert not year.after(day) and not day.after(year)          # overlapping: cannot tell
    assert V.parse_period("2024").after(day)
    assert V.parse_period("2012").before(V.parse_period("2013-01"))


# ---------------------------------------------------------------- complete


def test_complete_reports_missing_and_empty_top_fields():
    value = good()
    del value["country"]
    value["not_collected"] = "   "
    problems = V.complete(value, top=TOP, sections=SECTIONS)
    assert 'the field "country" is missing' in problems
    assert 'the field "not_collected" is empty' in problems


def test_complete_reports_a_missing_section():
    value = good()
    del value["projects"]
    only(V.complete(value, top=TOP, sections=SECTIONS), 'section "projects" is missing')


def test_complete_reports_too_few_rows_and_how_to_record_nothing_found():
    value = good()
    value["projects"] = []
    only(V.complete(value, top=TOP, sections=SECTIONS), 'section "projects" has 0 row(s)', "at least 1",
         "where and when you looked")


def test_complete_reports_a_section_that_is_not_a_list():
    value = good()
    value["projects"] = {"id": "P1"}
    only(V.complete(value, top=TOP, sections=SECTIONS), 'section "projects" should be a list')


def test_complete_names_row_and_field():
    value = good()
    del value["projects"][1]["start"]
    value["projects"][0]["vendors"] = []
    value["snapshot"][1]["edition"] = None
    value["judgements"][0]["based_on"] = {"__set__": []}    # an empty set, as the worker sends it
    problems = V.complete(value, top=TOP, sections=SECTIONS)
    assert 'projects row 2 (id "P2"): the field "start" is missing' in problems
    assert 'projects row 1 (id "P1"): the field "vendors" is empty' in problems
    assert 'snapshot row 2 (id "S2"): the field "edition" is empty' in problems
    assert 'judgements row 1 (id "J1"): the field "based_on" is empty' in problems
    assert len(problems) == 4


def test_complete_accepts_zero_and_a_filled_set():
    value = good()
    value["snapshot"][0]["score"] = 0
    value["projects"][0]["vendors"] = {"__set__": ["Vendor A"]}
    assert V.complete(value, top=TOP, sections=SECTIONS) == []


def test_complete_reports_a_row_that_is_not_a_dict():
    value = good()
    value["projects"].append("P3 cameras")
    only(V.complete(value, top=TOP, sections=SECTIONS), "projects row 3 should be a dict")


# ---------------------------------------------------------------- consistent


def test_consistent_reports_a_date_that_is_not_iso():
    value = good()
    value["projects"][0]["start"] = "Feb 2011"
    only(V.consistent(value), 'projects row 1 (id "P1"): "start" is "Feb 2011"', "YYYY-MM")


def test_consistent_reports_a_date_that_does_not_exist():
    value = good()
    value["projects"][1]["source_date"] = "2016-02-30"
    only(V.consistent(value), 'projects row 2 (id "P2"): "source_date" is "2016-02-30"', "a real date")


def test_consistent_needs_a_full_prepared_date():
    value = good()
    value["prepared"] = "2026-11"
    only(V.consistent(value), '"prepared"', "YYYY-MM-DD")


def test_consistent_reports_a_date_after_the_file_was_prepared():
    value = good()
    value["projects"][0]["source_date"] = "2026-12-01"
    only(V.consistent(value), 'projects row 1 (id "P1"): "source_date" (2026-12-01) is after the date the file was prepared')


def test_consistent_reports_an_event_after_its_own_source():
    value = good()
    value["projects"][0]["start"] = "2024"
    value["projects"][0]["source_date"] = "2023-09-23"
    only(V.consistent(value), 'projects row 1 (id "P1"): "start" (2024) is after the row\'s own source date (2023-09-23)')


def test_consistent_does_not_flag_what_precision_cannot_decide():
    value = good()
    value["projects"][0]["start"] = "2023"                  # the whole year: may precede 23 September
    value["projects"][0]["source_date"] = "2023-09-23"
    value["projects"][1]["start"], value["projects"][1]["end"] = "2016-10", "2016"   # overlapping periods
    assert V.consistent(value) == []


def test_consistent_reports_an_end_before_the_start():
    value = good()
    value["projects"][1]["end"] = "2015-12"
    only(V.consistent(value), 'projects row 2 (id "P2"): "end" (2015-12) is before "start" (2016)')
    value["projects"][1]["start"], value["projects"][1]["end"] = "2016-10-05", "2016-10-04"
    only(V.consistent(value), '"end" (2016-10-04) is before "start" (2016-10-05)')


def test_consistent_reports_duplicate_ids():
    value = good()
    value["judgements"][0]["id"] = "p1"
    only(V.consistent(value), 'judgements row 1 (id "p1"): the id "p1" is also used by projects row 1')


def test_consistent_reports_sub_scores_that_do_not_add_up():
    value = good()
    value["snapshot"][0]["score"] = 66
    only(V.consistent(value), 'snapshot row 1 (id "S1")', "add up to 65", '"score" is 66')


def test_consistent_reports_unknown_and_out_of_range_sub_scores():
    value = good()
    value["snapshot"][0]["parts"] = {"political_rights": 41, "civil_liberties": 24}
    only(V.consistent(value), 'snapshot row 1 (id "S1"): the sub-score "political_rights" is 41', "0 to 40")
    value["snapshot"][0]["parts"] = {"PR": 28, "CL": 37}
    only(V.consistent(value), 'snapshot row 1 (id "S1"): "parts" has "PR", "CL"', "political_rights, civil_liberties")


def test_consistent_checks_the_fotn_band_of_the_stated_edition():
    value = good()
    value["snapshot"][1]["status"] = "Free"
    only(V.consistent(value), 'snapshot row 2 (id "S2"): "status" "Free" does not match a score of 63',
         "2025 edition of Freedom on the Net")
    # Before the 2019 edition the scale ran the other way: 37 was Partly Free, 25 Free.
    old = good()
    old["snapshot"][1].update(edition=2018, score=25, parts={}, status="Free", source_date="2018-11")
    assert V.consistent(old) == []
    old["snapshot"][1]["status"] = "Not Free"
    only(V.consistent(old), "2018 edition", "0 is the freest")


def test_consistent_does_not_derive_fiw_status_from_the_total():
    value = good()
    value["snapshot"][0]["status"] = "Free"     # FIW status comes from ratings, not from bands of the total
    assert V.consistent(value) == []


def test_consistent_reports_a_misspelt_status_and_a_score_off_the_scale():
    value = good()
    value["snapshot"][0]["status"] = "partly free"
    value["snapshot"][1].update(score=163, parts={})
    problems = V.consistent(value)
    assert any('snapshot row 1 (id "S1"): "status" is "partly free"' in p for p in problems)
    assert any('snapshot row 2 (id "S2"): "score" (163) is outside the 0-100 scale' in p for p in problems)


def test_consistent_reports_an_edition_that_is_not_a_year_or_too_new_for_its_source():
    value = good()
    value["snapshot"][0]["edition"] = "2025"
    only(V.consistent(value), 'snapshot row 1 (id "S1"): "edition" is "2025"', "as a number")
    value = good()
    value["snapshot"][0]["source_date"] = "2023-05"
    only(V.consistent(value), 'snapshot row 1 (id "S1"): the 2025 edition cannot come from a source dated 2023-05')
    value = good()
    value["snapshot"][0]["edition"] = 2027
    assert any('"edition" is 2027;' in p for p in V.consistent(value))


def test_consistent_fails_an_assessment_with_nothing_in_it():
    value = good()
    for section in ("snapshot", "projects"):
        for row in value[section]:
            row["source"] = ""
    assert "nothing to check" in V.consistent(value)[0]


# ---------------------------------------------------------------- sourced


def test_sourced_reports_missing_or_placeholder_sources():
    value = good()
    value["projects"][0]["source"] = ""
    value["projects"][1]["source"] = "n/a"
    problems = V.sourced(value)
    assert problems[0].startswith('projects row 1 (id "P1"): "source" is empty')
    assert problems[1].startswith('projects row 2 (id "P2"): "source" is "n/a"')
    assert len(problems) == 2


def test_sourced_reports_an_unknown_claim_type_and_accepts_spelling_variants():
    value = good()
    value["snapshot"][0]["claim_type"] = "fact"
    value["snapshot"][1]["claim_type"] = " Finding "
    only(V.sourced(value), 'snapshot row 1 (id "S1"): "claim_type" is "fact"', '"self-claim"')


def test_sourced_reports_a_missing_or_unreadable_source_date():
    value = good()
    value["projects"][0]["source_date"] = None
    value["projects"][1]["source_date"] = "last week"
    problems = V.sourced(value)
    assert problems[0].startswith('projects row 1 (id "P1"): "source_date" is empty')
    assert problems[1].startswith('projects row 2 (id "P2"): "source_date" is "last week"')


def test_sourced_reports_a_judgement_resting_only_on_self_claims():
    value = good()
    value["judgements"][0]["based_on"] = ["P2"]
    only(V.sourced(value), 'judgements row 1 (id "J1"): rests only on self-claims (P2)')


def test_sourced_reports_unknown_ids_and_empty_support():
    value = good()
    value["judgements"].append({"id": "J2", "judgement": "x", "based_on": ["P9", "J1"]})
    value["judgements"].append({"id": "J3", "judgement": "y", "based_on": []})
    problems = V.sourced(value)
    assert 'judgements row 2 (id "J2"): "based_on" names "P9", "J1", which is not the id of any evidence row' in problems
    assert any(p.startswith('judgements row 3 (id "J3"): "based_on" is empty') for p in problems)


def test_sourced_accepts_one_id_written_as_text_or_a_set():
    value = good()
    value["judgements"][0]["based_on"] = "P1"
    assert V.sourced(value) == []
    value["judgements"][0]["based_on"] = {"__set__": ["P1", "P2"]}
    assert V.sourced(value) == []


def test_sourced_needs_enough_judgements():
    value = good()
    only(V.sourced(value, min_judgements=2), 'section "judgements" has 1 key judgement(s); write at least 2')
    del value["judgements"]
    assert any('has 0 key judgement(s)' in p for p in V.sourced(value))


# ---------------------------------------------------------------- no_contact_details


def test_no_contact_details_finds_an_email_and_names_where():
    value = good()
    value["projects"][0]["vendors"].append("sales@vendor-a.example.com")
    only(V.no_contact_details(value), 'projects row 1 (id "P1"), field "vendors", item 2 contains an e-mail address')


def test_no_contact_details_looks_inside_sets():
    value = good()
    value["projects"][1]["vendors"] = {"__set__": ["Vendor B", "press@vendor-b.example"]}
    only(V.no_contact_details(value), 'projects row 2 (id "P2"), field "vendors", item 2 contains an e-mail')


def test_no_contact_details_finds_a_phone_number():
    value = good()
    value["not_collected"] = "Call our contact on +593 2 123 4567 for more."
    only(V.no_contact_details(value), 'the field "not_collected" contains what looks like a telephone number')


def test_no_contact_details_leaves_figures_dates_and_addresses_alone():
    value = good()
    value["projects"][0]["source"] = ("Audit DAAC-0058-2017: USD 32,000,000 (+12% on 2016); "
                                      "https://web.archive.org/web/20230923233804/http://www.example.org/?a=1+2")
    assert V.no_contact_details(value) == []


# ---------------------------------------------------------------- hostile shapes


HOSTILE = [None, 0, True, "text", [], [1, 2], {"__set__": ["a"]}, {},
           {"snapshot": "x", "projects": [None, 3, [], "row"], "judgements": [{"based_on": [1, None, {}]}]},
           {"prepared": 20261128, "projects": [{"id": 7, "start": ["2011"], "end": {"y": 1}, "source": 5,
                                                "claim_type": ["finding"], "source_date": 2019}]},
           {"snapshot": [{"index": "FOTN", "edition": True, "score": "63", "parts": [1, 2], "status": 5}]},
           {"snapshot": [{"index": "FIW", "edition": 2025, "score": 1e308, "parts": {"political_rights": "a"},
                          "source": "x" * 100_000, "claim_type": "finding", "source_date": "2025"}]},
           {"judgements": [{"id": "J1", "based_on": ["j1"]}], "projects": [{"id": "J1", "source": "s" * 10}]}]


@pytest.mark.parametrize("value", HOSTILE)
def test_validators_never_raise(value):
    for name, params in [("complete", {"top": TOP, "sections": SECTIONS}), ("consistent", {}), ("sourced", {}),
                         ("no_contact_details", {})]:
        problems = getattr(V, name)(copy.deepcopy(value), **params)
        assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)


@pytest.mark.parametrize("value", HOSTILE[:8])
def test_shapeless_answers_fail_every_validator(value):
    for name, problems in run_all(value).items():
        assert problems, f"{name} passed {value!r}"


def test_deeply_nested_value_is_scanned_without_recursion():
    value = good()
    deep = "reach me at someone@example.org"
    for _ in range(3000):
        deep = [deep]
    value["extra"] = deep
    assert any("e-mail" in p for p in V.no_contact_details(value))


def test_long_texts_are_scanned_quickly():
    import time
    value = good()
    value["not_collected"] = "x" * 1_000_000
    value["projects"][0]["source"] = "@" * 200_000 + " a@b.org"
    start = time.monotonic()
    V.no_contact_details(value)
    run_all(value)
    assert time.monotonic() - start < 2


def test_messages_quote_values_briefly():
    value = good()
    value["projects"][0]["start"] = "x" * 500
    [problem] = V.consistent(value)
    assert len(problem) < 200


# ---------------------------------------------------------------- the 17.7 template stays in step


def test_page_template_stub_and_checker_agree():
    spec_path = Layout(ROOT).spec("ch17_research_a_country")
    spec = load_spec_module(spec_path)
    item = next(i for i in spec.items if i.id == "17.7")
    params = dict(item.validators)["complete"]
    stub = literal(ROOT / "exercises" / "ch17_research_a_country.py", "ASSESSMENT")
    # The template shown on the exercise page is the stub's dict, value for value.
    shown = re.search(r"```python\n(ASSESSMENT = \{.*?\n\})\n```", item.prompt, flags=re.S).group(1)
    page = ast.literal_eval(shown.split("=", 1)[1].strip())
    assert page == stub
    # Every field the checker requires is in the template, so a learner can see it.
    assert set(params["top"]) <= set(stub)
    for section, rule in params["sections"].items():
        assert section in stub and stub[section], section
        assert set(rule["fields"]) <= set(stub[section][0]), section
    # And the untouched template earns nothing.
    for name, vparams in item.validators:
        assert getattr(V, name)(stub, **vparams), f"{name} passes the empty template"
