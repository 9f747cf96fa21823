"""The form for a structured item (chapter 17's country assessment) on its exercise page
(``Structured.form_html`` in ``course/grading/spec.py`` places it in the item's form).

The form's layout comes from the template the learner's exercise file holds (the
item's variable in ``exercises/chNN_slug.py``), so the page and the Python file ask for
the same fields: a value that is a list in the template becomes a section (a table of
rows), anything else a top field. A row field's type is the type of its template value:
text (``""``), a number (``None``: the template's "a number" fields), a list (``[]``:
ids, vendors) or sub-scores (``{}``). Required fields and minimum rows come from the
item's ``complete`` validator. ``_static/course-structured.js`` draws the rows, turns
the typed text into JSON of the right types for the answers file, and runs the light
checks that need no Python. This module only writes the frame and the layout data
(HTML strings: no Sphinx here).
"""
from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

from course.grading.markup import ENGLISH, FormText, page_label
from course.paths import Layout

LAYOUT = Layout(Path(__file__).resolve().parents[2])   # the checkout this package belongs to
MARKER = "course-structured"
LONG_TEXT = {"detail", "judgement", "not_collected", "source"}   # shown as a small text box
NAMES = {str: "text", type(None): "number", list: "list", dict: "parts"}

CONVENTIONS = {
    "list": page_label("Lists: separate the items with commas, for example <code>P1, C2</code> or <code>CEIEC, Huawei</code>."),
    "number": page_label("Numbers: digits only, no quotes or words, for example <code>2025</code> or <code>63</code>."),
    "parts": page_label("Sub-scores: <code>name: number</code> pairs separated by commas, for example "
                       "<code>political_rights: 28, civil_liberties: 37</code> or <code>A: 17, B: 24, C: 22</code>. "
                       "Leave it empty if you do not give them."),
    "date": page_label("Dates: <code>YYYY</code>, <code>YYYY-MM</code> or <code>YYYY-MM-DD</code>, at the precision you know."),
}


def template_value(slug: str, name: str):
    """The item's template as the learner's exercise file holds it (a dict), or None."""
    from course.grading.source import literal

    value = literal(LAYOUT.exercise(slug), name, default=None)
    return value if isinstance(value, dict) else None


def layout(item, template: dict) -> dict:
    """What the script needs to draw and read the form: top fields, and sections with
    their fields (name, type, required), minimum rows and id prefix."""
    rules = dict(item.validators).get("complete", {})
    required = rules.get("sections", {})
    top, sections = [], []
    for key, value in template.items():
        if not isinstance(value, list):
            top.append({"name": key, "type": NAMES.get(type(value), "text"), "required": key in rules.get("top", ())})
            continue
        first = value[0] if value and isinstance(value[0], dict) else {}
        rule = required.get(key, {})
        fields = [{"name": f, "type": NAMES.get(type(v), "text"), "required": f in rule.get("fields", ()),
                   "long": f in LONG_TEXT} for f, v in first.items()]
        prefix = re.sub(r"\d+$", "", str(first.get("id", ""))) or key[:1].upper()
        sections.append({"name": key, "min_rows": rule.get("min_rows", 1), "fields": fields, "prefix": prefix})
    return {"top": top, "sections": sections}


def structured_fields(slug: str, item, text: FormText = ENGLISH) -> str:
    """The inside of the item's form: the conventions, then a place the script fills."""
    template = template_value(slug, item.name)
    if template is None:
        return ('<p class="course-quiz-elsewhere">'
                + text.page_text("This copy has no template for this item: fill it in in your exercise file.") + "</p>")
    data = json.dumps(layout(item, template), ensure_ascii=True).replace("</", "<\\/")
    base = f"q-{slug[:4]}-{item.id.replace('.', '-')}"
    notes = "".join(f'<li id="{base}-{kind}-note">{text.page_text(note)}</li>' for kind, note in CONVENTIONS.items())
    intro = text.page_text("Fill in the same fields as the template: top fields first, then each section as a table, "
                           "one row per claim from one source. <em>Add a row</em> under a table adds one; "
                           "<em>Remove this row</em> in a row removes it.")
    checks = text.page_text("<em>Check</em> here looks for what the page can see: empty fields, date forms, "
                            "claim types, repeated ids, ids in <code>based_on</code>, e-mail addresses and telephone "
                            "numbers. The full consistency checks (dates in order, index editions, scores and bands, "
                            "judgements resting only on self-claims) run in <code>course check</code> and when your "
                            "instructor grades the file.")
    return (f'<div class="{MARKER}" data-base="{escape(base)}">'
            f'<p>{intro}</p>'
            f'<ul class="cs-conventions">{notes}</ul>'
            f'<p class="cs-note">{checks}</p>'
            '<div class="cs-fields"></div>'
            f'<script type="application/json" class="cs-layout">{data}</script></div>')
