"""Load and check the course datasets in ``data/``.

One line gives you a dataset::

    from course import data
    data.names()                                   # what there is
    rows = data.load("case_events")                # a list of dicts
    df = data.load("case_events", as_frame=True)   # a pandas DataFrame

Each dataset is one file, ``data/<name>.csv`` or ``data/<name>.yaml``, with a JSON
Schema beside it in ``data/schemas/<name>.schema.json``. The schema says what each
field holds; ``load`` uses it to turn CSV text into typed values (whole numbers
become ``int``, ``true``/``false`` become ``bool``, an empty cell becomes ``None``,
a list field is split on ``;``).

``validate(name)`` checks every row and raises ``DataError`` on the first problem,
with a one-line message naming the file, the row and the field. Beyond the schema
it checks what a schema cannot: each ``source`` is a key in
``book/references.bib``, each date is written at its stated precision, ids are
unique and references to other datasets resolve.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from course.paths import ROOT, Layout

# The checkout or release you are working in; else the one this package was installed from.
_HOME = Layout(ROOT) if (Layout(ROOT).data / "schemas").is_dir() else Layout(Path(__file__).resolve().parent.parent)
DATA_DIR = _HOME.data
BIB_FILE = _HOME.bibliography


class DataError(ValueError):
    """A problem in one field of one row of a dataset."""

    def __init__(self, file, row, field, problem, row_id=None):
        self.file, self.row, self.field, self.problem = str(file), row, field, problem
        where = f"row {row}" + (f" (id {row_id})" if row_id else "") if row else "file"
        super().__init__(f"{self.file}: {where}, field '{field}': {problem}")


def names(data_dir: Path | None = None) -> list[str]:
    """The names of all datasets (files with a schema in data/schemas/)."""
    folder = Path(data_dir or DATA_DIR)
    return sorted(p.name.removesuffix(".schema.json") for p in (folder / "schemas").glob("*.schema.json")
                  if _data_file(p.name.removesuffix(".schema.json"), folder))


def schema(name: str, data_dir: Path | None = None) -> dict:
    """The JSON Schema of a dataset, as a dict."""
    path = Path(data_dir or DATA_DIR) / "schemas" / f"{name}.schema.json"
    if not path.is_file():
        raise KeyError(f"no dataset called {name!r}; try one of {names(data_dir)}")
    return json.loads(path.read_text(encoding="utf-8"))


def load(name: str, as_frame: bool = False, data_dir: Path | None = None):
    """Read a dataset: a list of dicts (or a DataFrame with ``as_frame=True``)."""
    rows = [row for _, row in _read(name, Path(data_dir or DATA_DIR))]
    if as_frame:
        import pandas as pd

        return pd.DataFrame(rows, columns=list(schema(name, data_dir)["properties"]))
    return rows


def describe(name: str, data_dir: Path | None = None) -> str:
    """A Markdown table of a dataset's fields: name, allowed values, meaning."""
    lines = ["| field | values | meaning |", "|---|---|---|"]
    for field, rules in schema(name, data_dir)["properties"].items():
        if "enum" in rules:
            values = ", ".join("empty" if v is None else f"`{v}`" for v in rules["enum"])
        elif "const" in rules:
            values = f"always `{rules['const']}`"
        elif "x-precision-field" in rules:
            values = f"ISO date at the precision in `{rules['x-precision-field']}`"
        else:
            kinds = rules.get("type", "string")
            kinds = [kinds] if isinstance(kinds, str) else kinds
            values = " or ".join("empty" if k == "null" else {"array": "list"}.get(k, k) for k in kinds)
            if "x-references" in rules:
                values += f" (an id in `{rules['x-references']}`)"
        lines.append(f"| `{field}` | {values} | {rules.get('description', '')} |")
    return "\n".join(lines)


def validate(name: str, data_dir: Path | None = None, bib_file: Path | None = None) -> int:
    """Check a dataset; raise ``DataError`` on the first problem, else return its row count."""
    found = problems(name, data_dir, bib_file)
    if found:
        if len(found) > 1:
            more = len(found) - 1
            found[0].args = (f"{found[0].args[0]} (and {more} more problem{'s' if more > 1 else ''})",)
        raise found[0]
    return len(load(name, data_dir=data_dir))


def problems(name: str, data_dir: Path | None = None, bib_file: Path | None = None) -> list[DataError]:
    """Every problem in a dataset, as a list of ``DataError`` (empty when all is well)."""
    folder = Path(data_dir or DATA_DIR)
    spec, path = schema(name, folder), _data_file(name, folder)
    shown = path.relative_to(folder.parent) if folder.parent in path.parents else path
    keys = bib_keys(bib_file)
    validator = Draft202012Validator(spec)
    ids_in = {other: {r.get("id") for r in load(other, data_dir=folder)}
              for other in {rules["x-references"] for rules in spec["properties"].values() if "x-references" in rules}}
    found, seen_ids = [], set()
    try:
        rows = list(_read(name, folder))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        return [DataError(shown, None, "(whole file)", f"not valid YAML{where}: {getattr(exc, 'problem', exc)}")]
    for number, row in rows:
        def bad(field, problem):
            found.append(DataError(shown, number, field, problem, row.get("id")))

        for error in sorted(validator.iter_errors(row), key=lambda e: list(e.path)):
            field = _field_of(error, row)
            if error.validator == "pattern" and "x-precision-field" in spec["properties"].get(field, {}):
                continue  # the date check below explains this one in plainer words
            empty = error.validator == "type" and error.instance is None
            bad(field, "is empty, but it must be filled in" if empty else error.message)
        if row.get("id") in seen_ids:
            bad("id", f"{row['id']!r} is used by an earlier row")
        seen_ids.add(row.get("id"))
        if isinstance(row.get("source"), str) and row["source"] not in keys:
            bad("source", f"{row['source']!r} is not a key in book/references.bib")
        for field, rules in spec["properties"].items():
            value = row.get(field)
            if value is None:
                continue
            if "x-precision-field" in rules:
                problem = date_problem(value, row.get(rules["x-precision-field"]))
                if problem:
                    bad(field, problem)
            if "x-references" in rules and value not in ids_in[rules["x-references"]]:
                bad(field, f"{value!r} is not an id in dataset {rules['x-references']!r}")
    return found


# --- dates ---------------------------------------------------------------------

PRECISIONS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}


def parse_date(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date can mean: '2019' -> (2019-01-01, 2019-12-31).

    Works for every precision: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' and a range 'A/B'.
    """
    if "/" in text:
        start, end = text.split("/")
        return parse_date(start)[0], parse_date(end)[1]
    if re.fullmatch(PRECISIONS["year"], text):
        return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    if re.fullmatch(PRECISIONS["month"], text):
        first = dt.date(int(text[:4]), int(text[5:]), 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    day = dt.date.fromisoformat(text) if re.fullmatch(PRECISIONS["day"], text) else None
    if day is None:
        raise ValueError(f"{text!r} is not YYYY, YYYY-MM, YYYY-MM-DD or A/B")
    return day, day


def date_problem(text, precision) -> str | None:
    """Why a date does not fit its precision, or None when it does."""
    parts = str(text).split("/")
    if precision == "range":
        if len(parts) != 2 or not all(any(re.fullmatch(p, part) for p in PRECISIONS.values()) for part in parts):
            return f"{text!r} is not a range 'A/B' of two ISO dates (precision 'range')"
    elif precision not in PRECISIONS or not re.fullmatch(PRECISIONS[precision], str(text)):
        form = {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}.get(precision, "?")
        return f"{text!r} is not written as {form} (precision {precision!r})"
    try:
        start, end = parse_date(str(text))
    except ValueError as exc:
        return f"{text!r} is not a real date ({exc})"
    if start > end:
        return f"range {text!r} ends before it starts"
    return None


# --- reading -------------------------------------------------------------------

def bib_keys(bib_file: Path | None = None) -> set[str]:
    """All entry keys in book/references.bib."""
    text = Path(bib_file or BIB_FILE).read_text(encoding="utf-8")
    return set(re.findall(r"^\s*@\w+\s*\{\s*([^,\s]+)\s*,", text, flags=re.M))


def _data_file(name: str, folder: Path) -> Path | None:
    for suffix in (".csv", ".yaml"):
        if (folder / f"{name}{suffix}").is_file():
            return folder / f"{name}{suffix}"
    return None


def _read(name: str, folder: Path):
    """Yield (row number, typed row) for each data row, numbering from 1."""
    props = schema(name, folder)["properties"]
    path = _data_file(name, folder)
    if path is None:
        raise KeyError(f"no data file data/{name}.csv or data/{name}.yaml")
    if path.suffix == ".yaml":
        for number, row in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], start=1):
            yield number, row if isinstance(row, dict) else {"(row)": row}
        return
    with path.open(newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if None in row:  # more cells than the header has columns
                row["(extra cells)"] = ";".join(row.pop(None))
            yield number, {key: _typed(value, props.get(key, {})) for key, value in row.items()}


def _typed(text, rules: dict):
    """Turn one CSV cell into the type its schema asks for (leave it if it won't go)."""
    if text is None or text.strip() == "":
        return None
    kinds = rules.get("type", "string")
    kind = next((k for k in ([kinds] if isinstance(kinds, str) else kinds) if k != "null"), "string")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.strip().lower(), text)
    if kind == "array":
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def _field_of(error, row: dict) -> str:
    """The field a jsonschema error is about."""
    if error.path:
        return str(error.path[0])
    if error.validator == "required":
        return next((f for f in error.validator_value if f not in row), "?")
    if error.validator == "additionalProperties":
        return ", ".join(sorted(set(row) - set(error.schema.get("properties", {}))))
    if error.validator in ("if", "then", "allOf", "anyOf") or error.schema_path:
        for part in reversed(list(error.schema_path)):
            if part in row:
                return str(part)
    return "?"
