"""The course datasets: every row validates, names its source, and dates parse.

Negative tests break copies of the data in a temporary folder and check that the
error message names the file, the row and the field.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from course import data, figures

ROOT = Path(__file__).resolve().parent.parent
DATASETS = {"case_events", "companies", "country_snapshots", "csis_safe_cities", "export_regimes",
            "training_claims", "training_institutions", "training_links"}
COMMON = ("source", "endnote", "status", "note")
RESEARCH_END = dt.date(2022, 12, 1)  # the report's research ran to November 2022


def rows(name):
    return data.load(name)


# --- every dataset is there and valid -----------------------------------------------

def test_expected_datasets_exist():
    assert DATASETS <= set(data.names())


def test_every_csv_in_data_has_a_schema():
    for path in (ROOT / "data").glob("*.csv"):
        assert (ROOT / "data" / "schemas" / f"{path.stem}.schema.json").is_file(), f"{path} has no schema"


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_schema_is_a_valid_json_schema(name):
    Draft202012Validator.check_schema(data.schema(name))


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_dataset_validates(name):
    assert data.problems(name) == []
    assert data.validate(name) == len(rows(name)) > 0


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_common_fields_are_defined_the_same_way(name):
    reference = data.schema("case_events")
    spec = data.schema(name)
    for field in COMMON:
        assert spec["properties"][field] == reference["properties"][field], f"{name}.{field}"
        assert field in spec["required"]
    assert spec["allOf"][0] == reference["allOf"][0]  # corrections must name an ERR id
    assert spec["additionalProperties"] is False


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_source_is_a_bib_key(name):
    keys = data.bib_keys()
    missing = {r["source"] for r in rows(name)} - keys
    assert not missing, f"{name}: not in book/references.bib: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_dates_parse_at_their_stated_precision(name):
    spec = data.schema(name)
    lengths = {"day": {1}, "month": {28, 29, 30, 31}, "year": {365, 366}}
    for field, rules in spec["properties"].items():
        if "x-precision-field" not in rules:
            continue
        for row in rows(name):
            if row[field] is None:
                continue
            precision = row[rules["x-precision-field"]]
            start, end = data.parse_date(row[field])
            days = (end - start).days + 1
            if precision == "range":
                assert start < end, f"{name} {row['id']}: a range must run forward"
            else:
                assert days in lengths[precision], f"{name} {row['id']}: {row[field]} is not one {precision}"


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_corrections_name_an_err_id(name):
    for row in rows(name):
        if row["status"] == "correction":
            found = re.findall(r"ERR-(\d{2})", row["note"])
            assert found and all(1 <= int(n) <= 39 for n in found), f"{name} {row['id']}"


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_later_developments_come_after_the_research(name):
    spec = data.schema(name)
    date_fields = [f for f, r in spec["properties"].items() if "x-precision-field" in r]
    for row in rows(name):
        if row["status"] != "later_development":
            continue
        if name == "country_snapshots":
            assert row["edition"] >= 2023, row["id"]
        for field in date_fields:
            if row[field]:
                assert data.parse_date(row[field])[0] >= RESEARCH_END, f"{name} {row['id']}"


# --- the loader ----------------------------------------------------------------------------

def test_load_gives_typed_values():
    snapshot = next(r for r in rows("country_snapshots") if r["id"] == "EC-FIW-2025")
    assert snapshot["score"] == 65 and isinstance(snapshot["score"], int)
    assert snapshot["political_rights"] == 28
    report_fotn = next(r for r in rows("country_snapshots") if r["id"] == "EC-FOTN-REPORT")
    assert report_fotn["edition"] is None
    share = rows("csis_safe_cities")[0]
    assert share["is_total"] is False and share["n_agreements"] == 73
    regime = rows("export_regimes")[0]
    assert isinstance(regime["grounds"], list) and regime["binding"] is True


def test_load_as_frame():
    frame = data.load("case_events", as_frame=True)
    assert len(frame) == len(rows("case_events"))
    assert list(frame.columns) == list(data.schema("case_events")["properties"])


def test_unknown_dataset_is_a_clear_error():
    with pytest.raises(KeyError, match="no dataset called 'nope'"):
        data.load("nope")


# --- facts the course teaches (each would catch a regression to the report's error) --------

def test_no_yancheng_kyrgyzstan_link():  # ERR-01
    assert not [r for r in rows("training_links") if r["institution"] == "yancheng" and r["country"] == "Kyrgyzstan"]


def test_kyrgyz_training_dates_to_2006():  # ERR-16
    dated = [r for r in rows("training_links") if r["country"] == "Kyrgyzstan" and r["date"]]
    assert min(data.parse_date(r["date"])[0] for r in dated).year == 2006


def test_csis_shares_add_up_and_are_of_agreements():  # ERR-12
    for dimension in ("freedom_status", "region", "income_group"):
        mine = [r for r in rows("csis_safe_cities") if r["dimension"] == dimension]
        total = [r["share_pct"] for r in mine if r["is_total"]]
        assert len(total) == 1 and sum(r["share_pct"] for r in mine if not r["is_total"]) == total[0]
    assert {(r["n_agreements"], r["n_countries"], r["denominator"]) for r in rows("csis_safe_cities")} == {(73, 52, "agreements")}


def test_fiw_components_add_up():
    for r in rows("country_snapshots"):
        if r["political_rights"] is not None:
            assert r["political_rights"] + r["civil_liberties"] == r["score"], r["id"]


def test_report_snapshot_values_are_kept():  # ERR-19: the report's mixed editions stay visible
    report = {r["id"]: (r["edition"], r["score"]) for r in rows("country_snapshots") if r["status"] == "report_claim"}
    assert report["EC-FIW-2022"] == (2022, 71) and report["MY-FIW-2021"] == (2021, 51)
    assert report["KG-FOTN-REPORT"] == (None, 53)


def test_case_study_corrections_are_dated_right():
    events = {r["id"]: r for r in rows("case_events")}
    assert events["MY-08"]["date"].startswith("2021")  # ERR-14, not 2020
    assert events["KG-05"]["date"] == "2018-11-12"  # ERR-30
    assert "domestic" in events["KG-02"]["event"] + events["KG-02"]["note"]  # ERR-15


def test_each_case_has_corrections_and_later_developments():
    for case in ("ecuador", "kyrgyzstan", "malaysia"):
        statuses = {r["status"] for r in rows("case_events") if r["case"] == case}
        assert {"report_claim", "correction", "later_development"} <= statuses, case


# --- broken copies must fail with a message naming file, row and field ---------------

@pytest.fixture
def broken(tmp_path):
    """A copy of data/ to break; returns (folder, edit) where edit(name, old, new) changes one file."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder, ignore=shutil.ignore_patterns("glossary", "sessions"))

    def edit(name, old, new):
        path = next(folder.glob(f"{name}.*"))
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return folder, edit


def fails(folder, name, *expected):
    with pytest.raises(data.DataError) as caught:
        data.validate(name, data_dir=folder)
    message = str(caught.value)
    assert "\n" not in message
    for part in expected:
        assert part in message, f"{part!r} missing from: {message}"
    return caught.value


def test_wrong_date_format_fails(broken):
    folder, edit = broken
    edit("case_events", "KG-05,kyrgyzstan,2018-11-12,day", "KG-05,kyrgyzstan,12/11/2018,day")
    error = fails(folder, "case_events", "data/case_events.csv", "row 27", "id KG-05", "field 'date'", "12/11/2018")
    assert (error.row, error.field) == (27, "date")


def test_date_at_the_wrong_precision_fails(broken):
    folder, edit = broken
    edit("case_events", "KG-05,kyrgyzstan,2018-11-12,day", "KG-05,kyrgyzstan,2018-11,day")
    fails(folder, "case_events", "data/case_events.csv", "row 27", "field 'date'", "YYYY-MM-DD")


def test_impossible_date_fails(broken):
    folder, edit = broken
    edit("case_events", "KG-05,kyrgyzstan,2018-11-12,day", "KG-05,kyrgyzstan,2018-13-12,day")
    fails(folder, "case_events", "row 27", "field 'date'", "not a real date")


def test_missing_source_fails(broken):
    folder, edit = broken
    edit("case_events", ",kg24_2018vegacontract,110,", ",,110,")
    fails(folder, "case_events", "data/case_events.csv", "row 27", "field 'source'")


def test_unknown_bib_key_fails(broken):
    folder, edit = broken
    edit("case_events", ",kg24_2018vegacontract,110,", ",nosuchsource2099,110,")
    fails(folder, "case_events", "data/case_events.csv", "row 27", "field 'source'", "nosuchsource2099",
          "references.bib")


def test_correction_without_err_id_fails(broken):
    folder, edit = broken
    edit("companies", "ERR-10: the report's body", "The report's body")
    fails(folder, "companies", "data/companies.csv", "row 1", "id CO-01", "field 'note'")


def test_wrong_type_in_yaml_fails(broken):
    folder, edit = broken
    edit("export_regimes", "  instrument: listing\n", "  instrument: listing\n  binding_note: x\n")
    fails(folder, "export_regimes", "data/export_regimes.yaml", "row 9", "id ER-09", "field 'binding_note'")


def test_bad_yaml_value_fails(broken):
    folder, edit = broken
    edit("export_regimes", "  instrument: notice\n  date: \"2020-07\"\n  date_precision: month\n  in_force: null\n"
                           "  grounds:\n    - crime control and human rights\n  human_rights_ground: true\n  binding: false",
         "  instrument: notice\n  date: \"2020-07\"\n  date_precision: month\n  in_force: null\n"
         "  grounds:\n    - crime control and human rights\n  human_rights_ground: true\n  binding: perhaps")
    fails(folder, "export_regimes", "data/export_regimes.yaml", "row 10", "field 'binding'")


def test_unknown_institution_fails(broken):
    folder, edit = broken
    edit("training_links", "TL-14,cipuc,", "TL-14,cipucx,")
    fails(folder, "training_links", "data/training_links.csv", "row 14", "field 'institution'", "cipucx")


def test_duplicate_id_fails(broken):
    folder, edit = broken
    edit("csis_safe_cities", "CS-02,", "CS-01,")
    fails(folder, "csis_safe_cities", "row 2", "field 'id'", "earlier row")


def test_missing_column_fails(broken):
    folder, edit = broken
    path = folder / "csis_safe_cities.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace(",basis", "")  # header loses a column: every row is now misaligned
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fails(folder, "csis_safe_cities", "data/csis_safe_cities.csv", "row 1")


def test_invalid_yaml_file_fails(broken):
    folder, edit = broken
    edit("export_regimes", "  regime: Export Control Law of the People's Republic of China\n",
         "  regime: Export Control Law: of: China\n")
    fails(folder, "export_regimes", "data/export_regimes.yaml", "not valid YAML")


def test_problems_lists_every_problem(broken):
    folder, edit = broken
    edit("case_events", ",kg24_2018vegacontract,110,", ",nosuchsource2099,110,")
    edit("case_events", "KG-06,kyrgyzstan,2019-02-12,day", "KG-06,kyrgyzstan,2019-02,day")
    found = data.problems("case_events", data_dir=folder)
    assert [(p.row, p.field) for p in found] == [(27, "source"), (28, "date")]
    with pytest.raises(data.DataError, match="and 1 more"):
        data.validate("case_events", data_dir=folder)


# --- figures --------------------------------------------------------------------------------

CALLS = [("timeline", "ecuador"), ("timeline", "kyrgyzstan"), ("timeline", "malaysia"),
         ("snapshot_comparison",), ("training_reach",), ("csis_breakdown",)]


@pytest.mark.parametrize("call", CALLS, ids=lambda c: "-".join(c))
def test_figure_draws_with_caption_and_alt(call):
    drawn = getattr(figures, call[0])(*call[1:])
    assert drawn.png().startswith(b"\x89PNG")
    assert "Source:" in drawn.caption and "{" not in drawn.caption
    assert len(drawn.alt) > 80
    bundle, metadata = drawn._repr_mimebundle_()
    assert set(bundle) == {"image/png", "text/plain"}  # static image only: no JavaScript, no CDN


def test_timeline_rejects_unknown_case():
    with pytest.raises(ValueError, match="case must be one of"):
        figures.timeline("peru")


def figure_cells(text):
    """(call, metadata) for each code cell in a page that draws a course figure."""
    pattern = re.compile(r"```\{code-cell\}[^\n]*\n---\n(.*?)\n---\n(.*?)```", re.S)
    for meta, code in pattern.findall(text):
        if "course.figures" in code:
            call = code.strip().splitlines()[-1]
            yield call, yaml.safe_load(meta)


FIGURE_PAGES = sorted(p for p in (ROOT / "book").rglob("*.md") if "from course.figures import" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", FIGURE_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_figure_cells_match_the_data(page):
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\njupytext:"), f"{page.name}: a page with code cells needs the jupytext front matter"
    assert "matplotlib.use(" not in text, "matplotlib.use() in a cell drops the figure"
    cells = list(figure_cells(text))
    assert cells, f"{page.name} imports course.figures outside a figure cell"
    for call, meta in cells:
        function, args = re.fullmatch(r"(\w+)\((.*)\)", call).groups()
        args = ast.literal_eval(f"({args},)") if args else ()
        expected = yaml.safe_load(figures.cell(function, *args).split("---\n")[1])
        assert meta == expected, (f"{page.name}: the cell for {call} is out of date; "
                                  f"replace it with the output of `python -m course.figures`")


def test_snippet_round_trips():
    for call, text in figures.all_cells().items():
        (found_call, meta), = figure_cells(text)
        assert found_call == call and meta["tags"] == ["remove-input"]
        assert meta["mystnb"]["image"]["alt"] and meta["mystnb"]["figure"]["name"].startswith("fig-")


def test_figures_appear_in_both_editions_without_the_internet(built_book):
    expected = {page.stem: [m for m in re.findall(r"name: (fig-[\w-]+)", page.read_text(encoding="utf-8"))]
                for page in FIGURE_PAGES}
    assert sum(map(len, expected.values())) >= 6
    for edition, html_root in built_book.items():
        for stem, labels in expected.items():
            html = (html_root / "book" / f"{stem}.html").read_text(encoding="utf-8")
            for label in labels:
                block = re.search(rf'<figure[^>]*id="{label}".*?</figure>', html, re.S)
                assert block, f"{edition}: {label} missing from {stem}.html"
                image = re.search(r'<img alt="([^"]+)" src="([^"]+)"', block.group(0))
                assert image and len(image.group(1)) > 80, f"{edition}: {label} has no alt text"
                assert not image.group(2).startswith(("http:", "https:", "//")), f"{label} loads from the internet"
                assert (html_root / "book" / image.group(2)).resolve().is_file(), f"{edition}: {label} image missing"
                assert "Source:" in block.group(0), f"{edition}: {label} caption names no source"
