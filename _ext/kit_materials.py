"""The materials a workshop needs beyond its plan, generated from the same session data.

For each format in ``data/sessions/formats/``:

* a **print-and-prep pack** (``course-prep-pack <format>``): every handout the format's sessions
  use, with pages, the copy rule from ``data/sessions/kit/print.yaml`` as a formula in N
  participants and the copies for N = 10, 15, 20, 25; then everything the sessions list under
  "materials" (what to bring);
* a **five-item anonymous pre/post check** (``data/sessions/checks/<format>.yaml``): the paper
  sheet (``course-check``), the facilitator's key (``course-check-key``), and a web version;
* the **slides** and the web versions of the check and of the **feedback form**
  (``data/sessions/kit/feedback.yaml``; paper: ``course-feedback-form``): standalone HTML files
  written by ``kit_html`` into ``kit/`` of the instructor build, working offline;
* a re-timed agenda for interpreted workshops (``course-interpretation <format>``, ``kit_timing``).

It also stamps every handout with the course title, version, date and licence, and puts the
licence in the page footer, from ``data/course_meta.yaml`` (``course.meta``).

``validate_materials`` returns every mismatch between these materials and the plans, one
line each; the build turns them into warnings (so errors) and ``tests/test_kit_materials.py``
calls it directly.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging

import course_sessions as cs
import kit_timing

logger = logging.getLogger(__name__)

KIT_DIR = Path("data") / "sessions" / "kit"
CHECKS_DIR = Path("data") / "sessions" / "checks"
HANDOUT_PREFIX = "book/instructor/handouts/"
PARTICIPANT_COUNTS = (10, 15, 20, 25)
OUTPUT_FOLDER = "kit"          # in the instructor build: slides and web forms


# --------------------------------------------------------------------------------------
# Loading and validation (no Sphinx needed)
# --------------------------------------------------------------------------------------

@dataclass
class Materials:
    print_rules: dict = field(default_factory=dict)
    spare_default: int = 2
    checks: dict[str, dict] = field(default_factory=dict)
    feedback: dict = field(default_factory=dict)
    interpretation: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _read(root: Path, rel: Path, schema: str | None, errors: list[str]):
    path = root / rel
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        errors.append(f"{rel}: cannot read it: {exc}")
        return None
    if schema:
        import jsonschema

        validator = jsonschema.Draft202012Validator(
            json.loads((root / cs.SCHEMA_DIR / schema).read_text(encoding="utf-8")))
        problems = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        for err in problems:
            where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
            errors.append(f"{rel}: schema: {where}: {err.message}")
        if problems:
            return None
    return data


def load_materials(root: Path) -> Materials:
    root = Path(root)
    m = Materials()
    rules = _read(root, KIT_DIR / "print.yaml", "sessions_print.schema.json", m.errors)
    if rules:
        m.print_rules, m.spare_default = rules["items"], rules["spare_default"]
    for path in sorted((root / CHECKS_DIR).glob("*.yaml")):
        check = _read(root, path.relative_to(root), "sessions_check.schema.json", m.errors)
        if check:
            m.checks[path.stem] = check
    m.feedback = _read(root, KIT_DIR / "feedback.yaml", None, m.errors) or {}
    m.interpretation = _read(root, kit_timing.INTERPRETATION_FILE, None, m.errors) or {}
    return m


def format_sessions(kit: cs.Kit, fid: str) -> list[dict]:
    """The sessions of a format, in agenda order."""
    return [kit.sessions[item["session"]] for day in kit.formats[fid]["days"] for item in day["items"]
            if "session" in item and item["session"] in kit.sessions]


def format_handouts(kit: cs.Kit, fid: str) -> list[str]:
    """Every handout the format's sessions use, in the order they first appear."""
    seen: list[str] = []
    for session in format_sessions(kit, fid):
        for handout in session.get("handouts", []):
            if handout not in seen:
                seen.append(handout)
    return seen


def check_handout(fid: str) -> str:
    return f"{HANDOUT_PREFIX}check_{fid}"


FEEDBACK_HANDOUT = f"{HANDOUT_PREFIX}feedback_form"


def validate_materials(kit: cs.Kit, materials: Materials) -> list[str]:
    """Every way the materials fail to match the plans, one line each."""
    errors = list(materials.errors)
    root = kit.root
    for handout, rule in sorted(materials.print_rules.items()):
        if not (root / f"{handout}.md").is_file():
            errors.append(f"{KIT_DIR / 'print.yaml'}: {handout!r} has a print rule but no page ({handout}.md)")
        for fid in rule.get("only_pages", {}):
            if fid not in kit.formats:
                errors.append(f"{KIT_DIR / 'print.yaml'}: {handout!r}: only_pages names unknown format {fid!r}")
    for fid in sorted(kit.formats):
        handouts = format_handouts(kit, fid)
        for handout in handouts:
            if handout not in materials.print_rules:
                errors.append(f"format {fid!r}: handout {handout!r} is used by its sessions but has no print "
                              f"rule in {KIT_DIR / 'print.yaml'}")
        for needed, what in ((check_handout(fid), "pre/post check"), (FEEDBACK_HANDOUT, "feedback form")):
            if needed not in handouts:
                errors.append(f"format {fid!r}: its {what} ({needed}) is not a handout of any of its sessions; "
                              f"add it to the opening or closing session's handouts")
        errors += _check_problems(kit, fid, materials.checks.get(fid))
    for fid in sorted(set(materials.checks) - set(kit.formats)):
        errors.append(f"{CHECKS_DIR / (fid + '.yaml')}: no format {fid!r} in data/sessions/formats/")
    errors += kit_timing.debrief_problems(kit)
    errors += _interpretation_problems(kit, materials.interpretation)
    return errors


def _check_problems(kit: cs.Kit, fid: str, check: dict | None) -> list[str]:
    where = CHECKS_DIR / f"{fid}.yaml"
    if check is None:
        return [f"{where}: format {fid!r} has no pre/post check (or it failed its schema)"]
    errors = []
    if check["format"] != fid:
        errors.append(f"{where}: says format {check['format']!r}, expected {fid!r}")
    in_agenda = {s["id"]: s for s in format_sessions(kit, fid)}
    ids = [item["id"] for item in check["items"]]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"{where}: item id {dup!r} is used twice")
    for item in check["items"]:
        session = in_agenda.get(item["session"])
        if session is None:
            errors.append(f"{where}: item {item['id']!r}: session {item['session']!r} is not in the "
                          f"{fid} agenda")
        elif " ".join(item["objective"].split()) not in [" ".join(o.split()) for o in session["objectives"]]:
            errors.append(f"{where}: item {item['id']!r}: {item['objective']!r} is not an objective of "
                          f"session {item['session']!r}; copy one of its objectives exactly")
        answers = [" ".join(v.split()).casefold() for v in item["options"].values()]
        if len(set(answers)) != len(answers):
            errors.append(f"{where}: item {item['id']!r}: two options are the same")
    sessions_tested = {item["session"] for item in check["items"]}
    if len(sessions_tested) < 3:
        errors.append(f"{where}: the five items test only {len(sessions_tested)} session(s); spread them "
                      f"over at least three of the format's sessions")
    return errors


def _interpretation_problems(kit: cs.Kit, config: dict) -> list[str]:
    where = kit_timing.INTERPRETATION_FILE
    errors = []
    for mode, spec in config.get("modes", {}).items():
        factors = spec.get("factors", {})
        missing = {"talk", "discussion", "group_work"} - set(factors)
        if missing:
            errors.append(f"{where}: mode {mode!r} has no factor for {', '.join(sorted(missing))}")
        for kind, factor in factors.items():
            if not isinstance(factor, (int, float)) or not 1 <= factor <= 3:
                errors.append(f"{where}: mode {mode!r}: factor {kind}={factor!r} must be a number from 1 to 3")
    for fid, order in config.get("cut_first", {}).items():
        if fid not in kit.formats:
            errors.append(f"{where}: cut_first names unknown format {fid!r}")
            continue
        used = {s["id"] for s in format_sessions(kit, fid)}
        for sid in order:
            if sid not in used:
                errors.append(f"{where}: cut_first: session {sid!r} is not in the {fid} agenda")
    return errors


# --------------------------------------------------------------------------------------
# The print-and-prep pack
# --------------------------------------------------------------------------------------

def room_sizes(n: int, rooms: int) -> list[int]:
    """N participants split into rooms as evenly as possible."""
    return [n // rooms + (1 if i < n % rooms else 0) for i in range(rooms)]


def copies(rule: dict, n: int, spare_default: int = 2) -> int:
    """Copies of one handout for n participants, by its rule."""
    sets = rule.get("sets", 1)
    spare = rule.get("spare", spare_default)
    per = rule["per"]
    if per == "participant":
        return n * sets + spare
    if per == "group":
        return math.ceil(n / rule["group_size"]) * sets + spare
    if per == "fixed":
        return sets + spare
    if per == "observer":
        return sum(s * (s - 1) for s in room_sizes(n, rule["rooms"])) * sets + spare
    raise ValueError(f"unknown print rule {per!r}")


def formula(rule: dict, spare_default: int = 2) -> str:
    """The rule as a formula in N, for the printed pack."""
    sets = rule.get("sets", 1)
    spare = rule.get("spare", spare_default)
    times = f"{sets} × " if sets > 1 else ""
    per = rule["per"]
    if per == "participant":
        core = f"{times}N"
    elif per == "group":
        core = f"{times}⌈N ÷ {rule['group_size']}⌉"
    elif per == "fixed":
        core = f"{sets} set" + ("s" if sets > 1 else "")
    else:
        core = f"Σ s × (s − 1) over {rule['rooms']} rooms of s trainees"
    return f"{core} + {spare}" if spare else core


def pages_in(rule: dict, fid: str) -> int:
    return rule.get("only_pages", {}).get(fid, rule["pages"])


def print_pack(kit: cs.Kit, materials: Materials, fid: str, counts=PARTICIPANT_COUNTS) -> list[dict]:
    """One row per handout the format uses: pages, formula, copies and sheets for each N."""
    rows = []
    for handout in format_handouts(kit, fid):
        rule = materials.print_rules.get(handout)
        if rule is None:
            continue            # reported by validate_materials
        pages = pages_in(rule, fid)
        n_copies = {n: copies(rule, n, materials.spare_default) for n in counts}
        rows.append({"handout": handout, "rule": rule, "pages": pages,
                     "formula": formula(rule, materials.spare_default), "copies": n_copies,
                     "pages_total": {n: c * pages for n, c in n_copies.items()}})
    return rows


def bring_list(kit: cs.Kit, fid: str) -> list[tuple[str, list[str]]]:
    """Everything the format's sessions list as materials, once each, with the sessions that need it."""
    found: dict[str, list[str]] = {}
    for session in format_sessions(kit, fid):
        for item in session["materials"]:
            key = " ".join(item.split())
            found.setdefault(key, [])
            if session["title"] not in found[key]:
                found[key].append(session["title"])
    return list(found.items())


def group_limit(fmt: dict) -> int | None:
    """The largest group the format is planned for ("8 to 24 participants" -> 24), if it says."""
    import re

    numbers = [int(n) for n in re.findall(r"\d+", fmt["group_size"].split("(")[0])]
    return max(numbers) if numbers else None


def _handout_link(handout: str) -> str:
    return f"{{doc}}`/{handout}`"


def render_prep_pack(kit: cs.Kit, materials: Materials, fid: str) -> list[str]:
    fmt = kit.formats[fid]
    rows = print_pack(kit, materials, fid)
    counts = PARTICIPANT_COUNTS
    out = [f"For the **{fmt['title']}** ({cs._cell(fmt['group_size'])}). N is the number of "
           f"participants; the formulas include spares. Quantities are computed from the session "
           f"data, so they change when the plan changes.", ""]
    out += [f":::{{list-table}} What to print: {fmt['title']}", ":header-rows: 1", ":class: kit-timing kit-prep",
            ":widths: 36 8 16 " + " ".join(["8"] * len(counts)), ""]
    out += ["* - Handout", "  - Pages", "  - Copies"] + [f"  - N={n}" for n in counts]
    limit = group_limit(fmt)
    over = {n: "*" if limit and n > limit else "" for n in counts}
    for row in rows:
        note = row["rule"].get("note", "")
        cut = " Cut out." if row["rule"].get("cut") else ""
        label = _handout_link(row["handout"]) + (f" ({cs._cell(note)})" if note else "") + cut
        letter = row["rule"].get("letter_pages")
        pages = f"{row['pages']} (Letter: {letter})" if letter and letter != row["pages"] else f"{row['pages']}"
        out += [f"* - {label}", f"  - {pages}", f"  - {row['formula']}"]
        out += [f"  - {row['copies'][n]}{over[n]}" for n in counts]
    out += ["* - **Printed pages (A4)**", "  - ", "  - "]
    out += [f"  - {sum(r['pages_total'][n] for r in rows)}{over[n]}" for n in counts]
    out += [":::", ""]
    if any(over.values()):
        out += [f"\\* More than the {limit} participants this format is planned for: split the group "
                f"or add a facilitator.", ""]
    out += ["**What to bring** (from the sessions' materials):", ""]
    for item, sessions in bring_list(kit, fid):
        out.append(f"- {cs._cell(item)} *({'; '.join(s.replace('*', '') for s in sessions)})*")
    out.append("")
    return out


# --------------------------------------------------------------------------------------
# The pre/post check and the feedback form, on paper
# --------------------------------------------------------------------------------------

BOX = "☐"


def render_check_sheet(check: dict, fmt: dict) -> list[str]:
    out = ["::::{container} kit-handout kit-check", "",
           f"**{fmt['title']}: five questions.** Do not write your name. Tick one: "
           f"{BOX} before the session {BOX} after the session", "",
           "Tick one answer for each question. This is not a test of you: it shows the facilitators what "
           "the session taught. The sheets are counted, then destroyed.", ""]
    for n, item in enumerate(check["items"], 1):
        out += [f"**{n}. {cs._cell(item['question'])}**", ""]
        out += [f"{BOX} {letter}) {cs._cell(text)}  " for letter, text in item["options"].items()]
        out.append("")
    out += ["::::", ""]
    return out


def render_check_key(kit: cs.Kit, check: dict, fid: str) -> list[str]:
    out = [f"**When.** Before: {cs._cell(check['when']['pre'])} After: {cs._cell(check['when']['post'])}", ""]
    out += [f":::{{list-table}} Answer key and what each item tests", ":header-rows: 1", ":class: kit-timing",
            ":widths: 7 30 8 55", ""]
    out += ["* - Item", "  - Objective (session)", "  - Answer", "  - Why"]   # not "#": MyST reads a heading
    for n, item in enumerate(check["items"], 1):
        title = kit.sessions[item["session"]]["title"] if item["session"] in kit.sessions else item["session"]
        out += [f"* - {n}", f"  - {cs._cell(item['objective'])} ({{ref}}`{cs.session_label(item['session'])}`)",
                f"  - {item['answer']}", f"  - {cs._cell(item['why'])}"]
    out += [":::", ""]
    out += ["**Counting, anonymously.** Shuffle the sheets, count the correct answers per item, and fill "
            "the table; compare the share correct before and after, never individual sheets.", ""]
    out += [":::{list-table} Tally", ":header-rows: 1", ":class: kit-timing", ":widths: 10 30 30 30", ""]
    out += ["* - Item", "  - Correct before (of how many)", "  - Correct after (of how many)", "  - Change"]
    for n in range(1, len(check["items"]) + 1):
        out += [f"* - {n}", "  - ", "  - ", "  - "]
    out += [":::", ""]
    return out


def render_feedback_form(feedback: dict) -> list[str]:
    scale = feedback["scale"]
    out = ["::::{container} kit-handout kit-feedback", "", " ".join(feedback["intro"].split()), ""]
    # No table title: a numbered "Table N" caption means nothing to a participant.
    out += [f"**{scale['question']}**", "", ":::{list-table}", ":header-rows: 1", ":class: kit-checklist",
            ":widths: " + " ".join(["40"] + ["15"] * len(scale["labels"])), ""]
    out += ["* - Statement"] + [f"  - {label}" for label in scale["labels"]]
    for statement in scale["items"]:
        out += [f"* - {statement}"] + [f"  - {BOX}" for _ in scale["labels"]]
    out += [":::", ""]
    for question in feedback["open"]:
        out += [f"**{question}**", "", ":::{container} kit-write-space", "", "&nbsp;", "", ":::", ""]
    out += ["::::", ""]
    return out


# --------------------------------------------------------------------------------------
# Sphinx glue
# --------------------------------------------------------------------------------------

def _meta(app) -> dict:
    from course.meta import load_meta

    return load_meta(Path(app.srcdir))


class _MaterialsDirective(cs._KitDirective):
    def materials(self) -> Materials:
        root = Path(self.env.srcdir)
        for path in [*(root / KIT_DIR).glob("*.yaml"), *(root / CHECKS_DIR).glob("*.yaml")]:
            self.env.note_dependency(str(path))
        return load_materials(root)

    def format_id(self, kit) -> str | None:
        fid = self.arguments[0]
        return fid if fid in kit.formats else None


class CoursePrepPack(_MaterialsDirective):
    required_arguments = 1

    def run(self):
        kit = self.kit()
        fid = self.format_id(kit)
        if fid is None:
            return self.missing("format", self.arguments[0])
        return self.emit(render_prep_pack(kit, self.materials(), fid))


class _CheckDirective(_MaterialsDirective):
    """A format's pre/post check, rendered by `render` (the sheet or its key)."""
    required_arguments = 1

    def render(self, kit, check, fid):
        raise NotImplementedError

    def run(self):
        kit = self.kit()
        fid = self.format_id(kit)
        check = self.materials().checks.get(fid) if fid else None
        if check is None:
            return self.missing("pre/post check", self.arguments[0])
        return self.emit(self.render(kit, check, fid))


class CourseCheck(_CheckDirective):
    def render(self, kit, check, fid):
        return render_check_sheet(check, kit.formats[fid])


class CourseCheckKey(_CheckDirective):
    def render(self, kit, check, fid):
        return render_check_key(kit, check, fid)


class CourseFeedbackForm(_MaterialsDirective):
    def run(self):
        return self.emit(render_feedback_form(self.materials().feedback))


class CourseInterpretation(_MaterialsDirective):
    required_arguments = 1

    def run(self):
        kit = self.kit()
        fid = self.format_id(kit)
        if fid is None:
            return self.missing("format", self.arguments[0])
        return self.emit(kit_timing.render_interpretation(kit, fid, self.materials().interpretation))


class CourseKitLink(cs._KitDirective):
    """A link to one of the standalone files in ``kit/`` (slides, web check, web feedback form).

    They are written after the build, so they are not Sphinx documents: the link is a plain
    reference relative to this page, in HTML only (a PDF has no kit/ folder beside it). The
    link text is a message of the page's catalog: the reference is marked translatable and
    its paragraph is not, so the translation replaces the text and keeps the link."""
    required_arguments = 2          # file name, link text (quoted words)
    final_argument_whitespace = True

    def run(self):
        name, text = self.arguments[0], self.arguments[1]
        depth = self.env.docname.count("/")
        source, line = self.state_machine.get_source_and_line(self.lineno)
        link = nodes.reference(text, text, refuri="../" * depth + f"{OUTPUT_FOLDER}/{name}", translatable=True)
        paragraph = nodes.paragraph("", "", link, classes=["kit-file-link"], translatable=False)
        for node in (link, paragraph):
            node.source, node.line = source, line
        only = addnodes.only(expr="html")
        only += paragraph
        return [only]


def is_handout(docname: str) -> bool:
    return docname.startswith(HANDOUT_PREFIX) and docname != HANDOUT_PREFIX + "index"


def _stamp_handouts(app, doctree):
    """Put the one-line imprint (title, version, date, licence) under every handout's title."""
    from course.meta import stamp

    if not is_handout(app.env.docname):
        return
    app.env.note_dependency(str(Path(app.srcdir) / "data" / "course_meta.yaml"))
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None or not isinstance(section[0], nodes.title):
        logger.warning(f"{app.env.docname}: a handout needs a title to carry its imprint")
        return
    line = nodes.paragraph("", app.config.course_imprint or stamp(_meta(app)), classes=["kit-stamp"])
    section.insert(1, line)


def _footer(app, config):
    """The licence and version in every page's footer, from data/course_meta.yaml."""
    import html as html_lib

    from course.i18n.messages import page_text
    from course.meta import stamp

    meta = _meta(app)
    language, root = config.language, app.srcdir
    # An "env" config value: when the imprint changes (new date, version or wording), Sphinx
    # re-reads every page, so no cached handout keeps an old imprint.
    config.course_imprint = stamp(meta, language, root)
    lic = meta["text_licence"]
    config.copyright = f"{meta['date'][:4]} {meta['authors']}"
    # (page_text outside f-strings: the label extractor does not look inside them)
    text_label, code_label = page_text("Course text:", language, root), page_text("Code:", language, root)
    version = page_text("Version {version}, {date}.", language, root).format(version=meta["version"], date=meta["date"])
    footer = (f'<p class="course-licence">{html_lib.escape(text_label)} <a href="{html_lib.escape(lic["url"])}">'
              f'{html_lib.escape(lic["long_name"])} ({html_lib.escape(lic["name"])})</a>. '
              f'{html_lib.escape(code_label)} {html_lib.escape(meta["code_licence"]["name"])}. '
              f'{html_lib.escape(version)}</p>')
    config.html_theme_options = {**config.html_theme_options, "extra_footer": footer}


def _check(app):
    root = Path(app.srcdir)
    for problem in validate_materials(cs.load_kit(root), load_materials(root)):
        logger.warning(f"kit materials: {problem}")


def _write_offline_files(app, exception):
    """Slides, web check and web feedback form: instructor edition, HTML builder only."""
    if exception is not None or app.builder.format != "html":
        return
    if getattr(app.config, "course_edition", "learner") != "instructor":
        return
    import kit_html

    root = Path(app.srcdir)
    kit_html.write_all(cs.load_kit(root), load_materials(root), _meta(app), root,
                       Path(app.outdir) / OUTPUT_FOLDER, app.config.language)


def setup(app):
    app.add_config_value("course_imprint", "", "env")
    app.connect("config-inited", _footer)
    app.connect("builder-inited", _check)
    app.connect("doctree-read", _stamp_handouts)
    app.connect("build-finished", _write_offline_files)
    app.add_directive("course-prep-pack", CoursePrepPack)
    app.add_directive("course-check", CourseCheck)
    app.add_directive("course-check-key", CourseCheckKey)
    app.add_directive("course-feedback-form", CourseFeedbackForm)
    app.add_directive("course-interpretation", CourseInterpretation)
    app.add_directive("course-kit-link", CourseKitLink)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
