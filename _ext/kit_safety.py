"""Facilitator kit safety: which sources are safe where, and which items a delivery leaves out.

Two registers, both data with JSON Schemas in ``data/schemas/``:

* ``data/source_safety.yaml``: every outlet and source the kit recommends or prints, with a
  status per case country: ``safe-to-cite``, ``cite-not-distribute`` (cite it, but do not hand
  out or republish its material in that country) or ``do-not-use``; a status other than
  ``safe-to-cite`` carries its date, reason and a bib key for the reason.
* ``data/sensitive_items.yaml``: material that a host may ask to leave out (for example the CIS
  wanted-list matching in Kyrgyzstan).

A delivery of the kit in one country is an *adaptation*: ``data/sessions/adaptations/<id>.yaml``
names a format, a country and the sensitive items to leave out. ``course build --adaptation <id>``
(environment variable ``COURSE_ADAPTATION``) builds the book for it.

Which country does a piece of text belong to? (``scopes()``)

* a kit page whose name ends in ``_<country>`` (``case_kyrgyzstan``): that country;
* a section headed ``## <Country>`` on a kit page (the adaptation page): that country;
* ``adaptation: <country>:`` notes in session data, and a deck named after a country: that country;
* everything else in the kit (formats, generic sessions and handouts) can be run anywhere, so
  it belongs to all three countries.

The build (``check_sources``) then fails (a Sphinx warning; the build runs with -W) when text
for country X names or cites a source marked ``do-not-use`` for X, and logs a notice when a
handout for X prints a source marked ``cite-not-distribute`` for X. A deliberate warning about
a source is written with the role ``{unsafe-source}`id``` which renders the name with its
status and is not counted as a recommendation.

Sensitive items are kit material: the chapters, their exercises and the glossary page keep the
published facts. They are marked where they are written: ``{sensitive}`id``` at the start of a list
item or paragraph of a page (the whole item goes), a ```` ```{sensitive} id ```` block, a
``sensitive: id`` key on a data item (an event card), or the role at the start of a string in a
data list, or at the start of one paragraph of a longer data text (written with ``|-``).
When the adaptation leaves the item out, it is removed from the page source before
Sphinx parses it (``source-read``) and from the session data as it is loaded, so it reaches no
HTML page, printed list of sources or search index.
"""
from __future__ import annotations

import json
import os
import sys
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

COUNTRIES = {"ecuador": "Ecuador", "kyrgyzstan": "Kyrgyzstan", "malaysia": "Malaysia"}
STATUSES = ("safe-to-cite", "cite-not-distribute", "do-not-use")
STATUS_TEXT = {
    "safe-to-cite": "safe to cite",
    "cite-not-distribute": "cite, but do not distribute in-country",
    "do-not-use": "do not use",
}
REGISTER = Path("data") / "source_safety.yaml"
SENSITIVE = Path("data") / "sensitive_items.yaml"
ADAPTATIONS = Path("data") / "sessions" / "adaptations"
KIT_PAGES = Path("book") / "instructor"
HANDOUTS = "book/instructor/handouts/"
CASE_CHAPTERS = ("ch12_ecuador", "ch13_kyrgyzstan", "ch14_malaysia", "ch15_comparing_cases",
                 "ch16_conclusions", "ch17_research_a_country")

CITE_ROLE = re.compile(r"\{(?:foot)?cite(?::[a-z]+)?\}`([^`]+)`")
UNSAFE_ROLE = re.compile(r"\{unsafe-source\}`([^`]+)`")
SENSITIVE_ROLE = re.compile(r"\{sensitive\}`([a-z0-9-]+)`\s*")
SENSITIVE_FENCE = re.compile(r"^(\s*)(`{3,}|:{3,})\{sensitive\}\s+([a-z0-9-]+)\s*$")
LIST_ITEM = re.compile(r"^(\s*)(?:\*\s+-\s+|[-*+]\s+|\d+[.)]\s+)")


# --------------------------------------------------------------------------------------
# Loading and validating the registers (no Sphinx needed: the tests import these)
# --------------------------------------------------------------------------------------

def _schema_errors(data, schema_path: Path) -> list[str]:
    import jsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    out = []
    for err in sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"{where}: {err.message}")
    return out


def _load_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def bib_keys(root: Path) -> set[str]:
    text = (Path(root) / "book" / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, flags=re.M))


def register_errors(root: Path, register: dict | None = None) -> list[str]:
    """Schema and consistency problems of the source register, one line each."""
    root = Path(root)
    name = str(REGISTER)
    if register is None:
        register = _load_yaml(root / REGISTER)
    problems = [f"{name}: schema: {p}" for p in _schema_errors(register, root / "data" / "schemas" / "source_safety_register.schema.json")]
    if problems:
        return problems
    keys = bib_keys(root)
    seen_ids, seen_works = set(), {}
    for check in register["country_checks"].values():
        for key in check["sources"]:
            if key not in keys:
                problems.append(f"{name}: country check cites unknown bib key {key!r}")
    for entry in register["entries"]:
        sid = entry["id"]
        if sid in seen_ids:
            problems.append(f"{name}: source id {sid!r} is used twice")
        seen_ids.add(sid)
        for work in entry.get("works", []):
            if work not in keys:
                problems.append(f"{name}: source {sid!r}: work {work!r} is not in book/references.bib")
            if work in seen_works:
                problems.append(f"{name}: work {work!r} belongs to both {seen_works[work]!r} and {sid!r}")
            seen_works[work] = sid
        for country, status in entry["status"].items():
            if isinstance(status, dict):
                for key in status["sources"]:
                    if key not in keys:
                        problems.append(f"{name}: source {sid!r}, {country}: reason cites unknown bib key {key!r}")
    return problems


@dataclass
class Register:
    sources: dict[str, dict]
    works: dict[str, str]          # bib key -> source id
    checks: dict[str, dict]

    def status(self, sid: str, country: str) -> dict:
        """The status of a source in a country as a dict (status, date, reason, sources)."""
        value = self.sources[sid]["status"][country]
        if isinstance(value, str):
            check = self.checks[country]
            return {"status": value, "date": str(check["checked"]), "reason": check["method"],
                    "sources": check["sources"]}
        return {**value, "date": str(value["date"])}


def load_register(root: Path, register: dict | None = None) -> Register:
    data = register if register is not None else _load_yaml(Path(root) / REGISTER)
    sources = {e["id"]: e for e in data["entries"]}
    works = {w: e["id"] for e in data["entries"] for w in e.get("works", [])}
    return Register(sources, works, data["country_checks"])


# --------------------------------------------------------------------------------------
# Adaptations and sensitive items
# --------------------------------------------------------------------------------------

def load_adaptations(root: Path) -> dict[str, dict]:
    folder = Path(root) / ADAPTATIONS
    return {p.stem: _load_yaml(p) for p in sorted(folder.glob("*.yaml"))}


def load_sensitive(root: Path) -> dict[str, dict]:
    return {item["id"]: item for item in _load_yaml(Path(root) / SENSITIVE)}


def adaptation_errors(root: Path) -> list[str]:
    root = Path(root)
    problems = [f"{SENSITIVE}: schema: {p}" for p in
                _schema_errors(_load_yaml(root / SENSITIVE), root / "data" / "schemas" / "sensitive_items_register.schema.json")]
    if problems:
        return problems
    sensitive = load_sensitive(root)
    formats = {p.stem for p in (root / "data" / "sessions" / "formats").glob("*.yaml")}
    for aid, data in load_adaptations(root).items():
        name = f"{ADAPTATIONS}/{aid}.yaml"
        errs = _schema_errors(data, root / "data" / "schemas" / "adaptation.schema.json")
        if errs:
            problems += [f"{name}: schema: {e}" for e in errs]
            continue
        if data["id"] != aid:
            problems.append(f"{name}: id {data['id']!r} must match the file name {aid!r}")
        if data["format"] not in formats:
            problems.append(f"{name}: unknown format {data['format']!r} (see data/sessions/formats/)")
        for item in data.get("leave_out", []):
            if item not in sensitive:
                problems.append(f"{name}: leave_out names {item!r}, which is not in {SENSITIVE}")
    return problems


def current_adaptation(root: Path) -> dict | None:
    """The adaptation this build is for (COURSE_ADAPTATION), or None for the general kit."""
    aid = os.environ.get("COURSE_ADAPTATION", "").strip()
    if not aid:
        return None
    adaptations = load_adaptations(root)
    if aid not in adaptations:
        raise ValueError(f"COURSE_ADAPTATION={aid!r}: no such adaptation in {ADAPTATIONS}/ "
                         f"(known: {', '.join(sorted(adaptations)) or 'none'})")
    return adaptations[aid]


def left_out(root: Path) -> set[str]:
    adaptation = current_adaptation(root)
    return set(adaptation.get("leave_out", [])) if adaptation else set()


def filter_text(text: str, leave_out: set[str]) -> str:
    """Remove every block of MyST text marked with a left-out sensitive item.

    A marker ``{sensitive}`id``` at the start of a list item removes the item with its
    continuation lines; at the start of a paragraph it removes the paragraph; a fenced
    ``{sensitive} id`` block is removed whole. Items not left out keep their text (the role
    itself renders nothing).
    """
    if not leave_out:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = SENSITIVE_FENCE.match(line)
        if fence and fence.group(3) in leave_out:
            closing = fence.group(2)
            i += 1
            while i < len(lines) and lines[i].strip() != closing:
                i += 1
            i += 1
            continue
        marker = SENSITIVE_ROLE.search(line)
        if marker and marker.group(1) in leave_out:
            item = LIST_ITEM.match(line)
            indent = len(item.group(1)) if item else -1
            if not item:  # a paragraph: drop what was already kept of it, then the rest
                while out and out[-1].strip():
                    out.pop()
            i += 1
            while i < len(lines) and lines[i].strip():
                nxt = lines[i]
                if item and (len(nxt) - len(nxt.lstrip()) <= indent or LIST_ITEM.match(nxt) and
                             len(LIST_ITEM.match(nxt).group(1)) <= indent):
                    break
                if nxt.lstrip().startswith((":::", "```")):
                    break
                i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def apply_to_data(data, leave_out: set[str]):
    """Session data with left-out items removed and the ``sensitive`` markers stripped.

    Called by ``course_sessions.load_kit`` before schema validation, so the session schemas
    need no ``sensitive`` field: a dict with ``sensitive: id`` and a list string that starts
    with ``{sensitive}`id``` are dropped when the item is left out.
    """
    def marked(value) -> str | None:
        if isinstance(value, dict) and "sensitive" in value:
            return str(value["sensitive"])
        if isinstance(value, str):
            m = SENSITIVE_ROLE.match(value.lstrip())
            return m.group(1) if m else None
        return None

    def paragraphs(text: str) -> str:
        # A longer text (written with `|-` in YAML) can mark one of its paragraphs.
        kept = []
        for para in re.split(r"\n[ \t]*\n", text):
            m = SENSITIVE_ROLE.match(para.lstrip())
            if m and m.group(1) in leave_out:
                continue
            kept.append(SENSITIVE_ROLE.sub("", para, count=1) if m else para)
        return "\n\n".join(kept)

    def walk(value):
        if isinstance(value, list):
            return [walk(v) for v in value if marked(v) not in leave_out or marked(v) is None]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items() if k != "sensitive"}
        if isinstance(value, str) and "{sensitive}" in value:
            return paragraphs(value)
        return value

    return walk(data)


def sensitive_markers(root: Path) -> list[tuple[str, str]]:
    """Every (file, item id) marked sensitive in the kit pages and session data."""
    root = Path(root)
    found = []
    files = (sorted((root / KIT_PAGES).rglob("*.md")) + sorted((root / "data" / "sessions").rglob("*.yaml"))
             + sorted((root / "data" / "glossary").glob("*.yaml")))
    for path in files:
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(root))
        found += [(rel, m) for m in SENSITIVE_ROLE.findall(text)]
        found += [(rel, m.group(3)) for m in map(SENSITIVE_FENCE.match, text.splitlines()) if m]
        found += [(rel, m) for m in re.findall(r"^\s*-?\s*sensitive:\s*([a-z0-9-]+)", text, flags=re.M)]
    return found


# --------------------------------------------------------------------------------------
# Which country a text belongs to, and what it recommends
# --------------------------------------------------------------------------------------

@dataclass
class Scope:
    file: str
    countries: tuple[str, ...]
    text: str
    printed: bool        # printed and handed out (a handout or the cards it renders)


def _country_of_name(stem: str) -> str | None:
    for country in COUNTRIES:
        if stem.endswith("_" + country) or stem == country:
            return country
    return None


def _page_scopes(rel: str, text: str, printed: bool) -> list[Scope]:
    country = _country_of_name(Path(rel).stem)
    if country:
        return [Scope(rel, (country,), text, printed)]
    scopes, current, chunk = [], tuple(COUNTRIES), []
    for line in text.split("\n"):
        heading = re.match(r"^(#{1,2})\s+(.*)$", line)
        if heading:
            scopes.append(Scope(rel, current, "\n".join(chunk), printed))
            chunk = []
            named = [c for c, title in COUNTRIES.items() if heading.group(2).strip() == title]
            current = (named[0],) if named and len(heading.group(1)) == 2 else tuple(COUNTRIES)
        chunk.append(line)
    scopes.append(Scope(rel, current, "\n".join(chunk), printed))
    return [s for s in scopes if s.text.strip()]


def scopes(root: Path, leave_out: set[str] | None = None) -> list[Scope]:
    """Every piece of kit text with the countries it is for (see the module docstring)."""
    root = Path(root)
    leave_out = left_out(root) if leave_out is None else leave_out
    found: list[Scope] = []
    decks = {p.stem: apply_to_data(_load_yaml(p), leave_out) for p in (root / "data" / "sessions" / "decks").glob("*.yaml")}
    for path in sorted((root / KIT_PAGES).rglob("*.md")):
        if path.name.startswith("_"):
            continue
        rel = str(path.relative_to(root))
        text = filter_text(path.read_text(encoding="utf-8"), leave_out)
        printed = rel.startswith(HANDOUTS)
        found += _page_scopes(rel, text, printed)
        for deck in re.findall(r"\{course-event-(?:cards|key)\}\s+(\S+)", text):
            if deck in decks:
                country = _country_of_name(deck)
                countries = (country,) if country else tuple(COUNTRIES)
                found.append(Scope(f"{rel} (deck {deck})", countries, json.dumps(decks[deck], ensure_ascii=False), printed))
    for path in sorted((root / "data" / "sessions").glob("*.yaml")) + sorted((root / "data" / "sessions" / "formats").glob("*.yaml")):
        rel = str(path.relative_to(root))
        data = apply_to_data(_load_yaml(path), leave_out)
        notes = data.pop("adaptation", {}) if isinstance(data, dict) else {}
        found.append(Scope(rel, tuple(COUNTRIES), json.dumps(data, ensure_ascii=False), False))
        for country, note in notes.items():
            found.append(Scope(f"{rel} (adaptation: {country})", (country,), str(note), False))
    for chapter in CASE_CHAPTERS:
        path = root / "book" / f"{chapter}.md"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        start = text.find("## Further reading")
        if start >= 0:
            country = _country_of_name(chapter)
            found.append(Scope(f"book/{chapter}.md (further reading)", (country,) if country else tuple(COUNTRIES),
                               text[start:], False))
    return found


def _name_pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<![\w.])" + re.escape(name) + r"(?![\w])")


def mentions(register: Register, text: str) -> dict[str, str]:
    """Sources a text names or cites, as {source id: how}. Deliberate warnings do not count."""
    text = UNSAFE_ROLE.sub(" ", text)
    found: dict[str, str] = {}
    for match in CITE_ROLE.finditer(text):
        for key in match.group(1).split(","):
            sid = register.works.get(key.strip())
            if sid and sid not in found:
                found[sid] = f"cites {key.strip()}"
    for key in re.findall(r'"source":\s*"([^"]+)"', text):
        sid = register.works.get(key)
        if sid and sid not in found:
            found[sid] = f"cites {key}"
    for sid, entry in register.sources.items():
        if sid in found:
            continue
        for name in entry.get("names", []):
            if _name_pattern(name).search(text):
                found[sid] = f"names {name!r}"
                break
    return found


@dataclass
class Finding:
    level: str            # "error" (build fails) or "notice" (logged, listed)
    file: str
    country: str
    source: str
    how: str
    status: dict

    def message(self, register: Register) -> str:
        entry = register.sources[self.source]
        verb = "recommends or reproduces" if self.level == "error" else "prints"
        return (f"{self.file}: material for {COUNTRIES[self.country]} {verb} {entry['name']} ({self.how}), "
                f"marked '{STATUS_TEXT[self.status['status']]}' for {COUNTRIES[self.country]} since "
                f"{self.status['date']}: {' '.join(self.status['reason'].split())} "
                f"[see data/source_safety.yaml, source {self.source!r}]")


def check_sources(root: Path, leave_out: set[str] | None = None, register: Register | None = None) -> list[Finding]:
    """Every place where kit material for a country uses a source unsafe there."""
    root = Path(root)
    register = register or load_register(root)
    findings = []
    for scope in scopes(root, leave_out):
        used = mentions(register, scope.text)
        for sid, how in used.items():
            for country in scope.countries:
                status = register.status(sid, country)
                if status["status"] == "do-not-use":
                    findings.append(Finding("error", scope.file, country, sid, how, status))
                elif status["status"] == "cite-not-distribute" and scope.printed:
                    findings.append(Finding("notice", scope.file, country, sid, how, status))
    return findings


def recommended_keys(root: Path) -> set[str]:
    """Bib keys the kit prints or recommends: kit pages, session data, case-chapter further reading."""
    keys: set[str] = set()
    for scope in scopes(root, set()):
        for match in CITE_ROLE.finditer(scope.text):
            keys |= {k.strip() for k in match.group(1).split(",")}
        keys |= set(re.findall(r'"source":\s*"([^"]+)"', scope.text))
    return keys


def formats_without_room_agreement(root: Path) -> list[str]:
    """Formats whose first session does not open with the room agreement (safety page)."""
    root = Path(root)
    sessions = root / "data" / "sessions"
    problems = []
    for path in sorted((sessions / "formats").glob("*.yaml")):
        fmt = _load_yaml(path)
        first = next((item["session"] for day in fmt["days"] for item in day["items"] if "session" in item), None)
        session_file = sessions / f"{first}.yaml"
        activities = _load_yaml(session_file).get("activities", []) if session_file.is_file() else []
        if not any(a.get("id") == "agreement" for a in activities):
            problems.append(f"data/sessions/formats/{path.name}: format {fmt['id']!r} has no room-agreement slot: its "
                            f"first session {first!r} needs an activity with id 'agreement' (see the safety page)")
    return problems


# --------------------------------------------------------------------------------------
# Sphinx: hooks, roles and the register page
# --------------------------------------------------------------------------------------

def _sphinx_logger():
    from sphinx.util import logging

    return logging.getLogger(__name__)


def _source_read(app, docname, source):
    leave_out = left_out(Path(app.srcdir))
    if leave_out:
        source[0] = filter_text(source[0], leave_out)


def _check(app):
    logger = _sphinx_logger()
    root = Path(app.srcdir)
    problems = register_errors(root) + adaptation_errors(root) + formats_without_room_agreement(root)
    for problem in problems:
        logger.warning(f"source safety: {problem}", type="course", subtype="source-safety")
    if problems:
        return
    register = load_register(root)
    adaptation = current_adaptation(root)
    if adaptation:
        print(f"kit adaptation {adaptation['id']!r}: {adaptation['country']}, format {adaptation['format']}, "
                    f"leaving out: {', '.join(adaptation.get('leave_out', [])) or 'nothing'}", file=sys.stderr)
    for finding in check_sources(root, register=register):
        if finding.level == "error":
            logger.warning(f"unsafe source: {finding.message(register)}", type="course", subtype="unsafe-source")
        elif app.config.course_safety_strict:
            logger.warning(f"safety notice: {finding.message(register)}", type="course", subtype="source-notice")
        else:
            # stderr, not a Sphinx warning: -W counts every warning record (see kit_freshness).
            print(f"safety notice (not an error): {finding.message(register)}", file=sys.stderr)


def _outdated(app, env, added, changed, removed):
    """Re-read every page when the build's adaptation changed (the saved doctrees hold the old cut)."""
    current = os.environ.get("COURSE_ADAPTATION", "").strip()
    previous = getattr(env, "course_adaptation", None)
    env.course_adaptation = current
    if previous is not None and previous != current:
        return sorted(env.found_docs)
    return []


def _unsafe_source_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    from docutils import nodes

    env = inliner.document.settings.env
    register = load_register(Path(env.srcdir))
    sid = text.strip()
    if sid not in register.sources:
        msg = inliner.reporter.error(f"unsafe-source: {sid!r} is not in data/source_safety.yaml", line=lineno)
        return [inliner.problematic(rawtext, rawtext, msg)], [msg]
    entry = register.sources[sid]
    warnings = [f"{STATUS_TEXT[register.status(sid, c)['status']]} in {title}" for c, title in COUNTRIES.items()
                if register.status(sid, c)["status"] != "safe-to-cite"]
    short = (entry.get("names") or [entry["name"]])[0]
    node = nodes.inline(rawtext, "", classes=["kit-unsafe-source"])
    node += nodes.strong(short, short)
    if warnings:
        node += nodes.Text(f" ({'; '.join(warnings)})")
    return [node], []


def _sensitive_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    # Kept material: the marker itself prints nothing (participants see the handout).
    return [], []


def _render_register(root: Path) -> list[str]:
    register = load_register(root)
    out = [":::{list-table} Source-safety register (data/source_safety.yaml)", ":header-rows: 1",
           ":class: kit-agenda", ":widths: 22 26 26 26", ""]
    out += ["* - Source"] + [f"  - {title}" for title in COUNTRIES.values()]
    for sid, entry in sorted(register.sources.items(), key=lambda kv: kv[1]["name"].lower()):
        out.append(f"* - {entry['name']}")
        for country in COUNTRIES:
            status = register.status(sid, country)
            if isinstance(entry["status"][country], str):
                out.append(f"  - {STATUS_TEXT[status['status']]} (checked {status['date']})")
            else:
                cites = ",".join(status["sources"])
                out.append(f"  - **{STATUS_TEXT[status['status']]}** since {status['date']}: "
                           f"{' '.join(status['reason'].split())} {{cite:p}}`{cites}`")
    out += [":::", ""]
    out += ["**What \"checked\" means.** " + " ".join(
        f"{COUNTRIES[c]}: {' '.join(check['method'].split())} (checked {check['checked']}; "
        f"{{cite:p}}`{','.join(check['sources'])}`)." for c, check in register.checks.items()), ""]
    sensitive = load_sensitive(root)
    out += [":::{list-table} Sensitive items (data/sensitive_items.yaml)", ":header-rows: 1", ":class: kit-agenda",
            ":widths: 25 15 60", ""]
    out += ["* - Item", "  - Country", "  - Why it can be left out"]
    for item in sensitive.values():
        out += [f"* - {item['title']} (`{item['id']}`)", f"  - {COUNTRIES[item['country']]}",
                f"  - {' '.join(item['why'].split())} {{cite:p}}`{','.join(item['sources'])}`"]
    out += [":::", ""]
    out += [":::{list-table} Adaptations (data/sessions/adaptations/)", ":header-rows: 1", ":class: kit-agenda",
            ":widths: 25 15 20 40", ""]
    out += ["* - Adaptation", "  - Country", "  - Format", "  - Leaves out"]
    for aid, data in load_adaptations(root).items():
        out += [f"* - {data['title']} (`{aid}`)", f"  - {COUNTRIES[data['country']]}",
                f"  - {{doc}}`/book/instructor/formats/{data['format']}`",
                f"  - {', '.join(sensitive[i]['title'] for i in data.get('leave_out', [])) or 'nothing'}"]
    out += [":::", ""]
    return out


def setup(app):
    from docutils.parsers.rst import directives as rst_directives
    from sphinx.util.docutils import SphinxDirective
    from docutils import nodes
    from docutils.statemachine import StringList

    class SourceRegister(SphinxDirective):
        has_content = False

        def run(self):
            root = Path(self.env.srcdir)
            for path in (root / REGISTER, root / SENSITIVE, *(root / ADAPTATIONS).glob("*.yaml")):
                self.env.note_dependency(str(path))
            holder = nodes.container()
            self.state.nested_parse(StringList(_render_register(root), source=str(REGISTER)), self.content_offset, holder)
            return list(holder.children)

    class SensitiveBlock(SphinxDirective):
        """A block of kit material a host may ask to leave out; kept, it renders its content."""
        required_arguments = 1
        has_content = True

        def run(self):
            holder = nodes.container(classes=["kit-sensitive"])
            self.state.nested_parse(self.content, self.content_offset, holder)
            return list(holder.children)

    app.add_config_value("course_safety_strict", False, "env")
    app.connect("builder-inited", _check)
    app.connect("source-read", _source_read)
    app.connect("env-get-outdated", _outdated)
    app.add_role("unsafe-source", _unsafe_source_role)
    app.add_role("sensitive", _sensitive_role)
    app.add_directive("sensitive", SensitiveBlock)
    app.add_directive("course-source-register", SourceRegister)
    del rst_directives
    return {"parallel_read_safe": True, "parallel_write_safe": True}
