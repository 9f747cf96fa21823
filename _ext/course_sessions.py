"""Facilitator kit: session plans, workshop agendas and handouts rendered from data.

Session metadata lives as YAML under ``data/sessions/``:

* ``data/sessions/<id>.yaml``          one file per session (a chapter session plan or a
                                       workshop session), validated by
                                       ``data/schemas/sessions.schema.json``;
* ``data/sessions/formats/<id>.yaml``  one file per workshop format (days, sessions, breaks,
                                       time box), ``data/schemas/sessions_format.schema.json``;
* ``data/sessions/decks/<id>.yaml``    event-card decks for the timeline activity,
                                       ``data/schemas/sessions_deck.schema.json``.

The same loader feeds the book (directives below) and the tests
(``tests/test_sessions.py``). ``validate()`` returns every problem as one readable
line that names the file and the session; the build turns each into a warning, and
warnings are errors, so a wrong duration cannot reach a printed agenda.

Directives (all used only on pages under ``book/instructor/``):

``course-session <id>``        at-a-glance box, timing table, activity steps, prompts,
                               debrief and adaptation notes of one session;
``course-agenda <format>``     the clock-time agenda of a format, day by day, with breaks;
``course-formats-summary``     one table of all formats: total time and activities used;
``course-sessions-index``      the table of chapter session plans;
``course-event-cards <deck>``  printable, shuffled event cards (no dates);
``course-event-key <deck>``    the facilitator's answer key for a deck, in date order;
``course-glossary-card``       the one-page glossary card: the terms flagged ``core: true``
                               in ``data/glossary/*.yaml`` (the full glossary is a book page);
``course-sources``             a printable source list for a handout (every work it cites).
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import kit_safety  # sensitive-item switches (issue 14); lives beside this file in _ext/

logger = logging.getLogger(__name__)

SESSIONS_DIR = Path("data") / "sessions"
SCHEMA_DIR = Path("data") / "schemas"
SCHEMAS = {
    "session": "sessions.schema.json",
    "format": "sessions_format.schema.json",
    "deck": "sessions_deck.schema.json",
}
COUNTRIES = (("ecuador", "Ecuador"), ("kyrgyzstan", "Kyrgyzstan"), ("malaysia", "Malaysia"))
GROUPING_LABELS = {
    "plenary": "whole group",
    "small-groups": "small groups",
    "pairs": "pairs",
    "individual": "individual",
    "role-play": "role-play groups",
    "teams": "teams",
}


# --------------------------------------------------------------------------------------
# Loading and validation (no Sphinx needed: the tests import these)
# --------------------------------------------------------------------------------------

@dataclass
class Kit:
    root: Path
    sessions: dict[str, dict] = field(default_factory=dict)
    formats: dict[str, dict] = field(default_factory=dict)
    decks: dict[str, dict] = field(default_factory=dict)
    files: dict[tuple[str, str], Path] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _load_schema(root: Path, kind: str) -> dict:
    return json.loads((root / SCHEMA_DIR / SCHEMAS[kind]).read_text(encoding="utf-8"))


def _schema_errors(data, schema) -> list[str]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    out = []
    for err in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"{where}: {err.message}")
    return out


def load_kit(root: Path, sessions_dir: Path | None = None) -> Kit:
    """Read every session, format and deck file; schema problems go to ``kit.errors``."""
    root = Path(root)
    base = Path(sessions_dir) if sessions_dir else root / SESSIONS_DIR
    kit = Kit(root=root)
    leave_out = kit_safety.left_out(root)  # kit safety (issue 14)
    groups = (
        ("session", sorted(base.glob("*.yaml")), kit.sessions),
        ("format", sorted((base / "formats").glob("*.yaml")), kit.formats),
        ("deck", sorted((base / "decks").glob("*.yaml")), kit.decks),
    )
    for kind, paths, target in groups:
        schema = _load_schema(root, kind)
        for path in paths:
            name = _rel(path, root)
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                kit.errors.append(f"{name}: not valid YAML: {exc}")
                continue
            # --- kit safety (issue 14): drop sensitive items the adaptation leaves out ---
            data = kit_safety.apply_to_data(data, leave_out)
            problems = _schema_errors(data, schema)
            if problems:
                label = data.get("id", path.stem) if isinstance(data, dict) else path.stem
                kit.errors.extend(f"{name}: {kind} {label!r}: schema: {p}" for p in problems)
                continue
            if data["id"] != path.stem:
                kit.errors.append(f"{name}: {kind} id {data['id']!r} must match the file name {path.stem!r}")
                continue
            target[data["id"]] = data
            kit.files[(kind, data["id"])] = path
    return kit


def _toc_files(root: Path) -> set[str]:
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                found.add(str(node["file"]))
            if "root" in node:
                found.add(str(node["root"]))
            for value in node.values():
                if isinstance(value, (list, dict)):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return found


def session_minutes(session: dict) -> int:
    return sum(int(a["minutes"]) for a in session["activities"])


def format_days(kit: Kit, fmt: dict) -> list[dict]:
    """Per day: contact minutes, break minutes and the timed items (start, end in minutes)."""
    days = []
    for day in fmt["days"]:
        clock = _clock_to_minutes(day["start"])
        items, contact, breaks = [], 0, 0
        for item in day["items"]:
            if "session" in item:
                session = kit.sessions.get(item["session"])
                minutes = int(session["duration"]) if session else 0
                contact += minutes
                items.append({"kind": "session", "id": item["session"], "start": clock, "end": clock + minutes,
                              "minutes": minutes, "session": session})
            else:
                minutes = int(item["break"]["minutes"])
                breaks += minutes
                items.append({"kind": "break", "title": item["break"]["title"], "start": clock,
                              "end": clock + minutes, "minutes": minutes})
            clock += minutes
        days.append({"label": day["label"], "start": _clock_to_minutes(day["start"]), "end": clock,
                     "contact": contact, "breaks": breaks, "items": items, "focus": day.get("focus", "")})
    return days


def _clock_to_minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def validate(root: Path, sessions_dir: Path | None = None) -> list[str]:
    """Every problem in the session metadata, one line each, naming the file and the session."""
    root = Path(root)
    kit = load_kit(root, sessions_dir)
    errors = list(kit.errors)
    toc = _toc_files(root)

    for sid, session in sorted(kit.sessions.items()):
        name = _rel(kit.files[("session", sid)], root)
        where = f"{name}: session {sid!r}"
        total = session_minutes(session)
        if total != session["duration"]:
            errors.append(f"{where}: activity minutes add up to {total} min but the session's "
                          f"duration is {session['duration']} min")
        ids = [a["id"] for a in session["activities"]]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            errors.append(f"{where}: activity id {dup!r} is used twice")
        chapters = [session["chapter"], *session.get("also_draws_on", [])]
        for chapter in chapters:
            if not (root / "book" / f"{chapter}.md").is_file():
                errors.append(f"{where}: chapter {chapter!r} does not exist (no book/{chapter}.md)")
            elif f"book/{chapter}" not in toc:
                errors.append(f"{where}: chapter {chapter!r} is not in _toc.yml")
        exercise = session.get("exercise_set")
        chapter = session["chapter"]
        if exercise is None:
            if f"book/exercises/{chapter}" in toc:
                errors.append(f"{where}: exercise_set is empty but chapter {chapter!r} has an exercise set "
                              f"(book/exercises/{chapter}.md); name it")
        else:
            from course.paths import Layout

            page = Layout(root).exercise_page(exercise)
            if not page.is_file():
                errors.append(f"{where}: exercise set {exercise!r} does not exist (no book/exercises/{exercise}.md)")
            elif f"book/exercises/{exercise}" not in toc:
                errors.append(f"{where}: exercise set {exercise!r} is not in _toc.yml")
        page = session["page"]
        page_path = root / f"{page}.md"
        if not page.startswith("book/instructor/"):
            errors.append(f"{where}: page {page!r} must live under book/instructor/")
        elif not page_path.is_file():
            errors.append(f"{where}: page {page}.md does not exist")
        elif not re.search(r"\{course-session\}\s+" + re.escape(sid) + r"\s*$", page_path.read_text(encoding="utf-8"), re.M):
            errors.append(f"{where}: page {page}.md does not render it (no ```{{course-session}} {sid}```)")
        elif page not in toc:
            errors.append(f"{where}: page {page} is not in _toc.yml")
        for handout in session.get("handouts", []):
            if not handout.startswith("book/instructor/handouts/") or not (root / f"{handout}.md").is_file():
                errors.append(f"{where}: handout {handout!r} does not exist under book/instructor/handouts/")
        for deck in session.get("decks", []):
            if deck not in kit.decks:
                errors.append(f"{where}: event-card deck {deck!r} does not exist in data/sessions/decks/")
        if session["kind"] == "chapter-plan":
            if not session.get("prompts"):
                errors.append(f"{where}: a chapter session plan needs discussion prompts")
            if not session.get("debrief"):
                errors.append(f"{where}: a chapter session plan needs a debrief")
            missing = [c for c, _ in COUNTRIES if c not in session.get("adaptation", {})]
            if missing:
                errors.append(f"{where}: adaptation notes missing for {', '.join(missing)}")

    for fid, fmt in sorted(kit.formats.items()):
        name = _rel(kit.files[("format", fid)], root)
        where = f"{name}: format {fid!r}"
        box = fmt["time_box"]
        if len(fmt["days"]) != box["days"]:
            errors.append(f"{where}: the time box has {box['days']} day(s) but the agenda has {len(fmt['days'])}")
        for day_spec in fmt["days"]:
            for item in day_spec["items"]:
                if "session" in item and item["session"] not in kit.sessions:
                    errors.append(f"{where}: {day_spec['label']}: unknown session {item['session']!r}")
        for day in format_days(kit, fmt):
            span = day["contact"] + day["breaks"]
            label = day["label"]
            if span > box["day_minutes"]:
                errors.append(f"{where}: {label}: sessions ({day['contact']} min) plus breaks ({day['breaks']} min) "
                              f"take {span} min, more than the {box['day_minutes']}-min day in the time box")
            if day["contact"] > box["contact_minutes_per_day"]:
                errors.append(f"{where}: {label}: {day['contact']} min of sessions exceed the declared "
                              f"{box['contact_minutes_per_day']} min of contact time")
            if box.get("exact") and span != box["day_minutes"]:
                errors.append(f"{where}: {label}: the day runs {span} min but the time box is exactly "
                              f"{box['day_minutes']} min")
            end = box.get("latest_end")
            if end and day["end"] > _clock_to_minutes(end):
                errors.append(f"{where}: {label}: ends at {clock(day['end'])}, after the latest end {end}")
    for did, deck in sorted(kit.decks.items()):
        name = _rel(kit.files[("deck", did)], root)
        ids = [c["id"] for c in deck["cards"]]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            errors.append(f"{name}: deck {did!r}: card id {dup!r} is used twice")
    return errors


def format_summary(kit: Kit, fmt: dict) -> dict:
    days = format_days(kit, fmt)
    sessions = [i["session"] for d in days for i in d["items"] if i["kind"] == "session" and i["session"]]
    return {
        "id": fmt["id"],
        "title": fmt["title"],
        "contact": sum(d["contact"] for d in days),
        "breaks": sum(d["breaks"] for d in days),
        "total": sum(d["contact"] + d["breaks"] for d in days),
        "days": len(days),
        "sessions": sessions,
    }


def minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


# --------------------------------------------------------------------------------------
# Rendering helpers: every directive writes MyST and parses it, so {doc}, {cite} and
# {term} roles inside the YAML text work exactly as on a hand-written page.
# --------------------------------------------------------------------------------------

def _block(text: str) -> list[str]:
    return str(text).strip().splitlines()


def _cell(text: str) -> str:
    return " ".join(str(text).split())


def session_label(sid: str) -> str:
    return f"fk-session-{sid.replace('_', '-')}"


def _chapter_link(chapter: str) -> str:
    return f"{{doc}}`/book/{chapter}`"


def render_session(kit: Kit, sid: str, level: int = 2) -> list[str]:
    s = kit.sessions[sid]
    h = "#" * level
    out = [f"{h} {s['title']}", ""]
    out += [":::{admonition} At a glance", ":class: kit-glance", ""]
    draws = ", ".join(_chapter_link(c) for c in s.get("also_draws_on", []))
    out.append(f"**Time:** {s['duration']} minutes ({minutes_text(s['duration'])}).  ")
    out.append(f"**Chapter:** {_chapter_link(s['chapter'])}" + (f"; also {draws}" if draws else "") + ".  ")
    if s.get("exercise_set"):
        out.append(f"**Exercise set:** {{doc}}`/book/exercises/{s['exercise_set']}`.  ")
    else:
        out.append("**Exercise set:** none (this chapter has no graded exercises).  ")
    out.append(f"**Group size:** {_cell(s['group_size'])}.")
    out.append("")
    out.append("**Participants will be able to:**")
    out.append("")
    out += [f"- {_cell(o)}" for o in s["objectives"]]
    out.append("")
    out.append("**Materials:**")
    out.append("")
    out += [f"- {_cell(m)}" for m in s["materials"]]
    handouts = s.get("handouts", [])
    if handouts:
        out.append("")
        out.append("**Handouts to print:** " + ", ".join(f"{{doc}}`/{h_}`" for h_ in handouts) + ".")
    out += ["", ":::", ""]
    if s.get("before"):
        out += ["**Before the session.** " + " ".join(_block(s["before"])), ""]

    # Timing table
    out += [f":::{{list-table}} Timing for this session ({s['duration']} min)", ":header-rows: 1",
            ":class: kit-timing", ":widths: 14 8 48 30", ""]
    out += ["* - Clock", "  - Min", "  - Segment", "  - Grouping"]
    t = 0
    for n, a in enumerate(s["activities"], 1):
        out += [f"* - {t // 60}:{t % 60:02d}–{(t + a['minutes']) // 60}:{(t + a['minutes']) % 60:02d}",
                f"  - {a['minutes']}", f"  - {n}\\. {_cell(a['title'])}",
                f"  - {GROUPING_LABELS.get(a['grouping'], a['grouping'])}"]
        t += a["minutes"]
    out += ["* - Total", f"  - {t}", "  - ", "  - ", ":::", ""]

    out += [f"{h}# Step by step", ""]
    for n, a in enumerate(s["activities"], 1):
        grouping = GROUPING_LABELS.get(a["grouping"], a["grouping"])
        out += [f"**{n}. {a['title']}** ({a['minutes']} min, {grouping})", ""]
        out += _block(a["instructions"])
        out.append("")
        if a.get("debrief"):  # a debrief inside the activity's own minutes (see kit_timing)
            out += ["*Debrief (within these minutes):* " + " ".join(_block(a["debrief"])), ""]

    if s.get("prompts"):
        out += [f"{h}# Discussion prompts", ""]
        for n, p in enumerate(s["prompts"], 1):
            out += [f":::{{admonition}} Prompt {n}: {_cell(p['prompt'])}", ":class: kit-prompt", ""]
            out += ["**Strong answers include:**", ""]
            out += [f"- {_cell(x)}" for x in p["strong_answers"]]
            out += ["", "**Common misconceptions:**", ""]
            out += [f"- {_cell(x)}" for x in p["misconceptions"]]
            out += ["", ":::", ""]
    if s.get("debrief"):
        out += [f"{h}# Debrief", ""] + _block(s["debrief"]) + [""]
    if s.get("adaptation"):
        out += [f"{h}# Adapting it: Ecuador, Kyrgyzstan, Malaysia", ""]
        for key, country in COUNTRIES:
            note = s["adaptation"][key]
            out += [f"**{country}.** " + " ".join(_block(note)), ""]
    return out


def render_agenda(kit: Kit, fid: str) -> list[str]:
    fmt = kit.formats[fid]
    summary = format_summary(kit, fmt)
    box = fmt["time_box"]
    out = [f":::{{admonition}} {fmt['title']}: at a glance", ":class: kit-glance", ""]
    out.append(f"**For:** {_cell(fmt['audience'])}  ")
    days = "1 day" if box["days"] == 1 else f"{box['days']} days"
    out.append(f"**Time box:** {days} of at most {minutes_text(box['day_minutes'])} each, "
               f"with at most {minutes_text(box['contact_minutes_per_day'])} of sessions a day.  ")
    out.append(f"**Planned:** {minutes_text(summary['contact'])} of sessions and {minutes_text(summary['breaks'])} "
               f"of breaks, {minutes_text(summary['total'])} in all.  ")
    out.append(f"**Group size:** {_cell(fmt['group_size'])}.")
    out += ["", " ".join(_block(fmt["purpose"])), "", ":::", ""]
    for day in format_days(kit, fmt):
        title = f"{day['label']}: {clock(day['start'])}–{clock(day['end'])}"
        if day["focus"]:
            title += f" ({_cell(day['focus'])})"
        out += [f":::{{list-table}} {title}", ":header-rows: 1", ":class: kit-agenda", ":widths: 16 9 45 30", ""]
        out += ["* - Time", "  - Min", "  - Session or break", "  - Draws on"]
        for item in day["items"]:
            span = f"{clock(item['start'])}–{clock(item['end'])}"
            if item["kind"] == "break":
                out += [f"* - {span}", f"  - {item['minutes']}", f"  - *{_cell(item['title'])}*", "  - "]
            else:
                s = item["session"]
                out += [f"* - {span}", f"  - {item['minutes']}", f"  - {{ref}}`{session_label(item['id'])}`",
                        f"  - {_chapter_link(s['chapter'])}"]
        out += [f"* - Day total", f"  - {day['contact'] + day['breaks']}",
                f"  - {day['contact']} min of sessions, {day['breaks']} min of breaks", "  - ", ":::", ""]
    return out


def render_formats_summary(kit: Kit) -> list[str]:
    out = [":::{list-table} The three formats", ":header-rows: 1", ":class: kit-agenda", ":widths: 22 18 60", ""]
    out += ["* - Format", "  - Total time", "  - Sessions and activities it uses"]
    for fid in sorted(kit.formats, key=lambda f: kit.formats[f]["order"]):
        fmt = kit.formats[fid]
        summ = format_summary(kit, fmt)
        used = "; ".join(f"{{ref}}`{session_label(s['id'])}` ({s['duration']} min)" for s in summ["sessions"])
        out += [f"* - {{doc}}`/{fmt['page']}`",
                f"  - {minutes_text(summ['total'])} over {summ['days']} day{'s' if summ['days'] > 1 else ''}: "
                f"{minutes_text(summ['contact'])} "
                f"of sessions, {minutes_text(summ['breaks'])} of breaks",
                f"  - {used}"]
    out += [":::", ""]
    return out


def render_sessions_index(kit: Kit) -> list[str]:
    plans = sorted((s for s in kit.sessions.values() if s["kind"] == "chapter-plan"), key=lambda s: s["chapter"])
    out = [":::{list-table} Session plans, one per chapter", ":header-rows: 1", ":class: kit-agenda",
           ":widths: 35 45 20", ""]
    out += ["* - Chapter", "  - Session plan", "  - Time"]
    for s in plans:
        out += [f"* - {_chapter_link(s['chapter'])}", f"  - {{ref}}`{session_label(s['id'])}`",
                f"  - {s['duration']} min"]
    out += [":::", ""]
    return out


def shuffled_cards(deck: dict) -> list[dict]:
    cards = list(deck["cards"])
    random.Random(deck["shuffle_seed"]).shuffle(cards)
    return cards


def render_event_cards(kit: Kit, did: str) -> list[str]:
    deck = kit.decks[did]
    out = []
    for n, card in enumerate(shuffled_cards(deck)):
        letter = chr(ord("A") + n)
        out += [f":::{{container}} kit-card kit-event-card", "", f"**Card {letter}** · {deck['short_title']}", "",
                " ".join(_block(card["text"])), "", f"Source: {{cite:t}}`{card['source']}`", "", ":::", ""]
    return out


def _date_sort_key(date: str) -> tuple:
    parts = [int(p) for p in date.split("/")[0].split("-")]
    return tuple(parts + [0] * (3 - len(parts)))


def render_event_key(kit: Kit, did: str) -> list[str]:
    deck = kit.decks[did]
    letters = {card["id"]: chr(ord("A") + n) for n, card in enumerate(shuffled_cards(deck))}
    out = [f":::{{list-table}} Answer key: {deck['title']}", ":header-rows: 1", ":class: kit-timing",
           ":widths: 8 16 56 20", ""]
    out += ["* - Card", "  - Date", "  - Event", "  - Source"]
    for card in sorted(deck["cards"], key=lambda c: _date_sort_key(c["date"])):
        out += [f"* - {letters[card['id']]}", f"  - {card['date']}", f"  - {_cell(card['text'])}",
                f"  - {{cite:t}}`{card['source']}`"]
    out += [":::", ""]
    if deck.get("traps"):
        out += ["**Where groups go wrong:**", ""] + [f"- {_cell(t)}" for t in deck["traps"]] + [""]
    return out


def render_glossary_card(root: Path) -> list[str]:
    out = [":::{container} kit-glossary-card", ""]
    leave_out = kit_safety.left_out(root)  # kit safety (issue 14): the card is a handout
    for term in (t for t in core_terms(root) if t.get("sensitive") not in leave_out):
        definition = _cell(term["definition"])
        out += [f"{term['term']}", f": {definition}", ""]
    out += [":::", ""]
    return out


def core_terms(root: Path) -> list[dict]:
    """The terms flagged ``core: true`` in data/glossary/*.yaml: the one-page card's terms."""
    from course_glossary import load_terms

    return [term for term in load_terms(root) if term.get("core") is True]


# --------------------------------------------------------------------------------------
# Directives
# --------------------------------------------------------------------------------------

class _KitDirective(SphinxDirective):
    has_content = False

    def kit(self) -> Kit:
        root = Path(self.env.srcdir)
        kit = load_kit(root)
        base = root / SESSIONS_DIR
        for path in [*base.glob("*.yaml"), *base.glob("formats/*.yaml"), *base.glob("decks/*.yaml")]:
            self.env.note_dependency(str(path))
        return kit

    def emit(self, lines: list[str], titles: bool = False):
        holder = nodes.container()
        self.state.nested_parse(StringList(lines, source="data/sessions"), self.content_offset, holder,
                                match_titles=titles)
        return list(holder.children)

    def missing(self, what: str, key: str):
        logger.warning(f"{what} {key!r} is not defined in data/sessions/", location=self.get_location())
        return []


class CourseSession(_KitDirective):
    required_arguments = 1
    option_spec = {"heading-level": directives.positive_int}

    def run(self):
        kit = self.kit()
        sid = self.arguments[0]
        if sid not in kit.sessions:
            return self.missing("session", sid)
        result = self.emit(render_session(kit, sid, self.options.get("heading-level", 2)), titles=True)
        # MyST attaches the new sections to the page itself (not to our holder), so find the
        # session's section by its title and give it the session's label for {ref} in agendas.
        title = kit.sessions[sid]["title"]
        for section in reversed(list(self.state.document.findall(nodes.section))):
            if section.children and isinstance(section[0], nodes.title) and \
                    " ".join(section[0].astext().split()) == " ".join(title.replace("\\", "").split()):
                section["names"].append(session_label(sid))
                self.state.document.note_explicit_target(section, section)
                break
        else:
            logger.warning(f"course-session {sid}: could not label its section", location=self.get_location())
        return result


class CourseAgenda(_KitDirective):
    required_arguments = 1

    def run(self):
        kit = self.kit()
        fid = self.arguments[0]
        if fid not in kit.formats:
            return self.missing("format", fid)
        return self.emit(render_agenda(kit, fid))


class CourseFormatsSummary(_KitDirective):
    def run(self):
        return self.emit(render_formats_summary(self.kit()))


class CourseSessionsIndex(_KitDirective):
    def run(self):
        return self.emit(render_sessions_index(self.kit()))


class CourseEventCards(_KitDirective):
    required_arguments = 1

    def run(self):
        kit = self.kit()
        if self.arguments[0] not in kit.decks:
            return self.missing("deck", self.arguments[0])
        return self.emit(render_event_cards(kit, self.arguments[0]))


class CourseEventKey(_KitDirective):
    required_arguments = 1

    def run(self):
        kit = self.kit()
        if self.arguments[0] not in kit.decks:
            return self.missing("deck", self.arguments[0])
        return self.emit(render_event_key(kit, self.arguments[0]))


class CourseGlossaryCard(SphinxDirective):
    has_content = False

    def run(self):
        root = Path(self.env.srcdir)
        for path in (root / "data" / "glossary").glob("*.yaml"):
            self.env.note_dependency(str(path))
        holder = nodes.container()
        self.state.nested_parse(StringList(render_glossary_card(root), source="data/glossary"),
                                self.content_offset, holder)
        return list(holder.children)


CITE_ROLE = re.compile(r"\{(?:foot)?cite(?::[a-z]+)?\}`([^`]+)`")
KIT_DIRECTIVE = re.compile(r"^\s*```\{(course-session|course-event-cards|course-event-key)\}\s+(\S+)", re.M)


def cited_keys(text: str) -> list[str]:
    keys: list[str] = []
    for match in CITE_ROLE.finditer(text):
        for key in match.group(1).split(","):
            key = key.strip()
            if key and key not in keys:
                keys.append(key)
    return keys


def page_keys(kit: Kit, page_text: str) -> list[str]:
    """Bib keys a page cites, in order: its own roles, then those in the data it renders."""
    keys = cited_keys(page_text)
    for directive, arg in KIT_DIRECTIVE.findall(page_text):
        if directive == "course-session" and arg in kit.sessions:
            data_text = json.dumps(kit.sessions[arg], ensure_ascii=False)
        elif arg in kit.decks:
            data_text = " ".join(f"{{cite:t}}`{c['source']}`" for c in kit.decks[arg]["cards"])
        else:
            continue
        keys += [k for k in cited_keys(data_text) if k not in keys]
    return keys


def _plain(latex: str) -> str:
    from pybtex.richtext import Text

    text = Text.from_latex(latex).render_as("text").replace("``", "“").replace("''", "”").replace("`", "‘")
    return " ".join(text.split())


def format_reference(entry) -> str:
    names = [_plain(str(p)) for p in entry.persons.get("author", [])]
    who = "; ".join(names) if names else "Anonymous"
    parts = [f"{who} ({entry.fields.get('year', 'n.d.')}).", _plain(entry.fields.get("title", "")) + "."]
    for field in ("journal", "institution", "number"):
        if entry.fields.get(field):
            parts.append(_plain(entry.fields[field]) + ".")
    if entry.fields.get("url"):
        parts.append(f"<{entry.fields['url']}>")
    return " ".join(parts)


class CourseSources(_KitDirective):
    """A printable source list for a handout: every work the page cites, in order of first use.

    The page's citations still link to the book's reference list on screen; this list makes a
    printed handout traceable on its own.
    """

    def run(self):
        kit = self.kit()
        text = Path(self.env.doc2path(self.env.docname)).read_text(encoding="utf-8")
        text = kit_safety.filter_text(text, kit_safety.left_out(Path(self.env.srcdir)))  # kit safety (issue 14)
        entries = self.env.get_domain("cite").bibdata.data.entries
        keys = page_keys(kit, text)
        lines = [":::{container} kit-sources", "", "**Sources**", ""]
        for n, key in enumerate(keys, 1):
            if key not in entries:
                logger.warning(f"course-sources: unknown bib key {key!r}", location=self.get_location())
                continue
            lines.append(f"{n}. {format_reference(entries[key])}")
        lines += ["", ":::", ""]
        return self.emit(lines)


def _check_metadata(app):
    for problem in validate(Path(app.srcdir)):
        logger.warning(f"session metadata: {problem}")


def setup(app):
    app.connect("builder-inited", _check_metadata)
    app.add_directive("course-session", CourseSession)
    app.add_directive("course-agenda", CourseAgenda)
    app.add_directive("course-formats-summary", CourseFormatsSummary)
    app.add_directive("course-sessions-index", CourseSessionsIndex)
    app.add_directive("course-event-cards", CourseEventCards)
    app.add_directive("course-event-key", CourseEventKey)
    app.add_directive("course-glossary-card", CourseGlossaryCard)
    app.add_directive("course-sources", CourseSources)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
