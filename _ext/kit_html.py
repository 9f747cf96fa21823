"""Standalone HTML files for the room: one slide set per format, the web pre/post checks and
the web feedback form.

Why plain HTML and not a slide framework (reveal.js and the like): a single file with its CSS
and a few lines of JavaScript inline opens from a USB stick on any laptop with no network, no
CDN and nothing to install; without JavaScript it is still a readable page of slides; printed
from the browser it gives one slide per landscape page (A4 or Letter) for a PDF or a paper
backup. The keyboard moves between slides (arrows, Page Up/Down, space, Home, End).

The web forms send nothing and store nothing: there is no ``<form action>``, no request and no
browser storage. A participant sees their own answers as a short text to copy onto a slip (the
check) or to save as a file on their own device (the feedback form).

Everything is generated from ``data/sessions/`` by ``write_all``; text from the YAML is escaped,
and MyST roles inside it ({cite}, {term}, {doc}) become plain text and numbered sources.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from course.i18n.kit_text import kit_text, slide_text
from course.i18n.messages import page_text

import course_sessions as cs
from course_bibliography import bibliography_lang, lang_spans
import kit_materials as km

ROLE = re.compile(r"\{([a-z]+)(?::([a-z]+))?\}`([^`]*)`")
LINK_TEXT = re.compile(r"^(.*?)\s*<([^>]+)>$", re.S)


def esc(text) -> str:
    return html.escape(str(text), quote=True)


def framed(template: str, value: str, language: str | None, root: Path) -> str:
    """A label around a data string ("Five questions: {format}"). A page may hold the whole
    English line, with its translation worded as a whole; otherwise the translated label
    around the translated value."""
    whole = template.format(format=value)
    translated = kit_text(whole, language, root)
    if translated != whole:
        return translated
    return page_text(template, language, root).format(format=kit_text(value, language, root))


class Sources:
    """Numbers the works cited on the slides, in order of first use."""

    def __init__(self, root: Path):
        from pybtex.database import parse_file

        self.entries = parse_file(str(root / "book" / "references.bib")).entries
        self.keys: list[str] = []

    def number(self, key: str) -> int:
        if key not in self.keys:
            self.keys.append(key)
        return self.keys.index(key) + 1

    def listing(self) -> list[str]:
        return [cs.format_reference(self.entries[k]) if k in self.entries else k for k in self.keys]

    def spanish_titles(self) -> dict[str, str]:
        """{title as printed: "es"} for the listed works with a Spanish title, so each is
        marked lang="es" and a screen reader reads it with a Spanish voice (Chinese and
        Cyrillic runs are marked by ``lang_spans`` wherever they are)."""
        from course_bibliography import title_language
        from pybtex.richtext import Text

        found = {}
        for key in self.keys:
            entry = self.entries.get(key)
            raw = entry.fields.get("title", "") if entry else ""
            title = Text.from_latex(raw).render_as("text") if raw else ""
            if title and title_language(title, entry.fields.get("langid", "")) == "es":
                found[title.split(" [", 1)[0].strip()] = "es"
        return found


def inline(text: str, sources: Sources, language: str | None = None, root: Path | None = None) -> str:
    """MyST text from the session data as safe inline HTML (the verified-date label in the
    build's language when ``language`` and ``root`` are given)."""
    out, pos = [], 0
    for match in ROLE.finditer(text):
        out.append(_emphasis(esc(text[pos:match.start()])))
        role, _, body = match.groups()
        if role in ("cite", "footcite"):
            numbers = [sources.number(k.strip()) for k in body.split(",") if k.strip()]
            out.append(f"<sup>[{', '.join(str(n) for n in numbers)}]</sup>")
        elif role == "sensitive":
            pass            # a marker for the kit's sensitive-item switch (kit_safety), not text
        elif role == "verified":
            label = page_text("(verified {date})", language, root) if root else "(verified {date})"
            out.append(esc(label.format(date=body)))
        else:
            shown = LINK_TEXT.match(body)
            label = shown.group(1) if shown else body.rsplit("/", 1)[-1].replace("_", " ")
            out.append(esc(label))
        pos = match.end()
    out.append(_emphasis(esc(text[pos:])))
    return " ".join("".join(out).split()).replace("\\", "")


def _emphasis(escaped: str) -> str:
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", escaped)


# --------------------------------------------------------------------------------------
# Page shell
# --------------------------------------------------------------------------------------

BASE_CSS = """
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#111;background:#fff;margin:0;line-height:1.4}
a{color:#0b4f8a}
.stamp{font-size:.8rem;color:#444}
"""

SLIDE_CSS = """
.slide{min-height:100vh;padding:5vh 6vw 8vh;border-bottom:2px solid #ccc;position:relative;display:flex;flex-direction:column}
.slide h1{font-size:2.4rem;margin:0 0 .5em}.slide h2{font-size:2rem;margin:0 0 .6em}
.slide p,.slide li{font-size:1.45rem}.slide .meta{font-size:1.2rem;color:#333}
.slide .sources li{font-size:.95rem}
.slide footer{position:absolute;left:6vw;right:6vw;bottom:2.5vh;display:flex;justify-content:space-between;font-size:.85rem;color:#444}
.slide table{border-collapse:collapse;font-size:1.2rem}.slide td{padding:.15em .8em;border-bottom:1px solid #ddd}
.kind-break{background:#f3f3f3}
.help{font-size:.9rem;color:#444}
:focus{outline:3px solid #0b4f8a}
@media print{
  @page{size:landscape;margin:12mm}
  .slide{min-height:0;height:auto;border:0;padding:0 0 14mm;break-after:page;page-break-after:always;break-inside:avoid}
  .slide:last-child{break-after:auto;page-break-after:auto}
  .slide h1{font-size:28pt}.slide h2{font-size:24pt}.slide p,.slide li{font-size:17pt}
  .slide .sources li{font-size:8.5pt}.slide table{font-size:13pt}
  .slide footer{position:static;margin-top:8mm;font-size:8.5pt}
  .help{display:none}
}
"""

SLIDE_JS = """
(function(){
  var slides=[].slice.call(document.querySelectorAll('.slide'));
  function current(){var y=window.scrollY+10,i=0;slides.forEach(function(s,n){if(s.offsetTop<=y)i=n;});return i;}
  function go(i){i=Math.max(0,Math.min(slides.length-1,i));slides[i].scrollIntoView();slides[i].focus({preventScroll:true});
    history.replaceState(null,'','#'+slides[i].id);}
  document.addEventListener('keydown',function(e){
    if(e.altKey||e.ctrlKey||e.metaKey)return;
    var k=e.key,i=current();
    if(k==='ArrowRight'||k==='ArrowDown'||k==='PageDown'||k===' '){go(i+1);e.preventDefault();}
    else if(k==='ArrowLeft'||k==='ArrowUp'||k==='PageUp'){go(i-1);e.preventDefault();}
    else if(k==='Home'){go(0);e.preventDefault();}
    else if(k==='End'){go(slides.length-1);e.preventDefault();}
  });
})();
"""


def page(title: str, lang_body: str, css: str, script: str = "", language: str | None = None) -> str:
    js = f"<script>{script}</script>" if script else ""
    return (f"<!DOCTYPE html>\n<html lang=\"{esc(language or 'en')}\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{BASE_CSS}{css}</style></head>"
            f"<body>{lang_body}{js}</body></html>\n")


# --------------------------------------------------------------------------------------
# Slides
# --------------------------------------------------------------------------------------

def slide_plan(kit: cs.Kit, fid: str) -> list[dict]:
    """The slides of a format, as data: what each slide is for (tests read this)."""
    fmt = kit.formats[fid]
    slides = [{"kind": "title"}]
    # One agenda slide per day, so a three-day agenda still fits a printed page.
    slides += [{"kind": "agenda", "day": n} for n in range(len(fmt["days"]))]
    for day in cs.format_days(kit, fmt):
        for item in day["items"]:
            if item["kind"] == "break":
                slides.append({"kind": "break", "item": item})
                continue
            session = item["session"]
            slides.append({"kind": "session", "session": session, "item": item})
            for n, activity in enumerate(session["activities"], 1):
                slides.append({"kind": "activity", "session": session, "activity": activity, "n": n})
            for n, prompt in enumerate(session.get("prompts", []), 1):
                slides.append({"kind": "prompt", "session": session, "prompt": prompt, "n": n})
    return slides


def render_slides(kit: cs.Kit, fid: str, meta: dict, root: Path, language: str | None = None) -> str:
    """The slide deck of a format; in ``language`` (Sphinx's language) where the catalogs
    translate the text, English otherwise."""
    from course.meta import stamp

    def data(text: str) -> str:
        return kit_text(text, language, root)

    def html_of(text: str) -> str:
        return inline(data(text), sources, language, root)

    fmt = kit.formats[fid]
    sources = Sources(root)
    minutes = page_text("{minutes} min", language, root)
    bodies = []
    days = cs.format_days(kit, fmt)
    for spec in slide_plan(kit, fid):
        kind = spec["kind"]
        if kind == "title":
            audience = esc(page_text("For: {audience}", language, root)).format(
                audience=esc(' '.join(data(fmt['audience']).split())))
            body = (f"<h1>{esc(data(fmt['title']))}</h1><p class=\"meta\">{esc(data(meta['title']))}</p>"
                    f"<p>{audience}</p>"
                    "<p class=\"help\">"
                    + esc(page_text("Keys: → or space for the next slide, ← back, Home and End. "
                                    "Print (Ctrl+P) for one slide per landscape page.", language, root))
                    + "</p>")
        elif kind == "agenda":
            day = days[spec["day"]]
            rows = []
            for item in day["items"]:
                name = item["title"] if item["kind"] == "break" else item["session"]["title"]
                rows.append(f"<tr><td>{cs.clock(item['start'])}–{cs.clock(item['end'])}</td>"
                            f"<td>{html_of(name)}</td></tr>")
            heading = (esc(page_text("Agenda: {day}", language, root).format(day=data(day['label'])))
                       if len(days) > 1 else esc(page_text("Agenda", language, root)))
            focus = f"<p class=\"meta\">{esc(data(day['focus']))}</p>" if day.get("focus") else ""
            body = f"<h2>{heading}</h2>{focus}<table>{''.join(rows)}</table>"
        elif kind == "break":
            item = spec["item"]
            again = page_text("{minutes} minutes. We start again at {time}.", language, root)
            body = (f"<h2>{esc(data(item['title']))}</h2>"
                    f"<p>{esc(again.format(minutes=item['minutes'], time=cs.clock(item['end'])))}</p>")
        elif kind == "session":
            s, item = spec["session"], spec["item"]
            objectives = "".join(f"<li>{html_of(o)}</li>" for o in s["objectives"])
            able = esc(page_text("By the end you will be able to:", language, root))
            body = (f"<h2>{html_of(s['title'])}</h2><p class=\"meta\">{cs.clock(item['start'])}–"
                    f"{cs.clock(item['end'])} · {esc(minutes.format(minutes=s['duration']))}</p><p>{able}</p>"
                    f"<ul>{objectives}</ul>")
        elif kind == "activity":
            a = spec["activity"]
            grouping = data(cs.GROUPING_LABELS.get(a["grouping"], a["grouping"]))
            # Participant-facing text when the plan has it; debrief notes stay in the plan. No page
            # prints the slide wording, so its translation is in the page-label catalog (slide_text).
            text = (inline(slide_text(a["slide"], language, root), sources, language, root) if a.get("slide")
                    else html_of(a["instructions"]))
            body = (f"<h2>{spec['n']}. {html_of(a['title'])}</h2>"
                    f"<p class=\"meta\">{esc(minutes.format(minutes=a['minutes']))} · {esc(grouping)}</p>"
                    f"<p>{text}</p>")
        else:
            p = spec["prompt"]
            discuss = esc(page_text("Discuss", language, root))
            body = f"<h2>{discuss}</h2><p>{html_of(p['prompt'])}</p>"
        bodies.append((kind, body))
    listing = sources.listing()
    sources_heading = esc(page_text("Sources", language, root))
    for start in range(0, len(listing), 8):
        spanish = sources.spanish_titles()
        items = "".join(f"<li value=\"{start + i + 1}\">{bibliography_lang(lang_spans(esc(ref), language or 'en'), spanish)}</li>"
                        for i, ref in enumerate(listing[start:start + 8]))
        bodies.append(("sources", f"<h2>{sources_heading}</h2>"
                                  f"<ol class=\"sources\">{items}</ol>"))
    imprint = esc(stamp(meta, language, root))
    total = len(bodies)
    sections = []
    slide_of = page_text("Slide {n} of {total}", language, root)
    for n, (kind, body) in enumerate(bodies, 1):
        sections.append(f"<section class=\"slide kind-{kind}\" id=\"s{n}\" tabindex=\"-1\" "
                        f"aria-label=\"{esc(slide_of.format(n=n, total=total))}\">{body}"
                        f"<footer><span class=\"stamp\">{imprint}</span><span>{n} / {total}</span></footer></section>")
    # Translators: {format} is the workshop format's title.
    title = framed(page_text("Slides: {format}", None, root), fmt["title"], language, root)
    return page(title, "<main>" + "".join(sections) + "</main>", SLIDE_CSS, SLIDE_JS, language)


# --------------------------------------------------------------------------------------
# Web check and web feedback form
# --------------------------------------------------------------------------------------

FORM_CSS = """
main{max-width:46rem;margin:0 auto;padding:1.5rem}
fieldset{border:1px solid #bbb;margin:0 0 1rem;padding:.6rem 1rem}
legend{font-weight:bold}label{display:block;padding:.25rem 0}
textarea{width:100%;min-height:4.5rem;font:inherit}
button{font:inherit;padding:.4rem 1rem;margin:.3rem .5rem .3rem 0}
.notice{background:#eef5fb;border-left:4px solid #0b4f8a;padding:.6rem 1rem}
#result{font-size:1.6rem;font-weight:bold;letter-spacing:.05em}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:center}
@media print{button,.notice{display:none}}
"""

# Marked for extraction here; each page shows it in its own language (``page_text``).
NOTHING_STORED = page_text("This page sends nothing and stores nothing: it works without a network, and your "
                           "answers vanish when you close it. Do not write your name anywhere.", None, Path("."))

CHECK_JS = """
document.getElementById('show').addEventListener('click',function(){
  var when=document.querySelector('input[name=when]:checked');
  var parts=[when?when.value:'?'];
  for(var i=1;i<=%d;i++){var c=document.querySelector('input[name=q'+i+']:checked');parts.push(i+(c?c.value:'-'));}
  document.getElementById('result').textContent=parts.join(' ');
});
"""


def render_web_check(check: dict, fmt: dict, meta: dict, language: str | None = None, root: Path = Path(".")) -> str:
    """The web version of a five-question check, in ``language`` where the catalogs under
    ``root`` translate it. The answer letters and BEFORE/AFTER stay as they are: the
    facilitator tallies the slips whatever the language."""
    from course.meta import stamp

    def data(text: str) -> str:
        return " ".join(kit_text(text, language, root).split())

    items = []
    for n, item in enumerate(check["items"], 1):
        options = "".join(f"<label><input type=\"radio\" name=\"q{n}\" value=\"{esc(letter)}\"> "
                          f"{esc(letter)}) {esc(data(text))}</label>"
                          for letter, text in item["options"].items())
        items.append(f"<fieldset><legend>{n}. {esc(data(item['question']))}</legend>{options}</fieldset>")
    # Translators: {format} is the workshop format's title.
    heading = framed(page_text("{format}: five questions", None, root), fmt["title"], language, root)
    # Labels set apart from the markup so `course translations extract` finds them.
    label = {"when": page_text("When are you answering?", language, root),
             "before": page_text("Before the session", language, root),
             "after": page_text("After the session", language, root),
             "show": page_text("Show my answers", language, root)}
    label = {key: esc(text) for key, text in label.items()}
    notice = esc(page_text(NOTHING_STORED, language, root))
    body = (f"<main><h1>{esc(heading)}</h1><p class=\"stamp\">{esc(stamp(meta, language, root))}</p>"
            f"<p class=\"notice\">{notice}</p>"
            f"<fieldset><legend>{label['when']}</legend>"
            "<label><input type=\"radio\" name=\"when\" value=\"BEFORE\"> "
            f"{label['before']}</label>"
            "<label><input type=\"radio\" name=\"when\" value=\"AFTER\"> "
            f"{label['after']}</label></fieldset>"
            + "".join(items) +
            f"<p><button type=\"button\" id=\"show\">{label['show']}</button></p>"
            "<p>" + esc(page_text("Copy this line onto the paper slip the facilitator gives you (no name):",
                                  language, root)) + "</p>"
            "<p id=\"result\" aria-live=\"polite\"></p></main>")
    # Translators: {format} is the workshop format's title.
    page_title = framed(page_text("Five questions: {format}", None, root), fmt["title"], language, root)
    return page(page_title, body, FORM_CSS, CHECK_JS % len(check["items"]), language)


FEEDBACK_JS = """
function collect(){
  var lines=[document.title,''];
  document.querySelectorAll('tr[data-q]').forEach(function(r){
    var c=r.querySelector('input:checked');lines.push(r.dataset.q+': '+(c?c.value:'%(no_answer)s'));});
  document.querySelectorAll('textarea').forEach(function(t){lines.push('');lines.push(t.dataset.q);lines.push(t.value||'%(blank)s');});
  return lines.join('\\n');
}
document.getElementById('show').addEventListener('click',function(){document.getElementById('out').value=collect();});
document.getElementById('save').addEventListener('click',function(){
  var a=document.createElement('a');a.href=URL.createObjectURL(new Blob([collect()],{type:'text/plain'}));
  a.download='feedback.txt';document.body.appendChild(a);a.click();a.remove();});
"""


def _js_text(text: str) -> str:
    """Text for a single-quoted JavaScript string inside <script> (a translation may hold quotes)."""
    return text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\x3c")


def render_web_feedback(feedback: dict, meta: dict, language: str | None = None, root: Path = Path(".")) -> str:
    """The web feedback form, in ``language`` where the catalogs under ``root`` translate it."""
    from course.meta import stamp

    def data(text: str) -> str:
        return kit_text(text, language, root)

    scale = feedback["scale"]
    labels = [data(label) for label in scale["labels"]]
    head = "".join(f"<th scope=\"col\">{esc(label)}</th>" for label in labels)
    rows = []
    for n, statement in enumerate(scale["items"], 1):
        statement = data(statement)
        cells = "".join(f"<td><input type=\"radio\" name=\"s{n}\" value=\"{esc(label)}\" "
                        f"aria-label=\"{esc(label)}\"></td>" for label in labels)
        rows.append(f"<tr data-q=\"{esc(statement)}\"><th scope=\"row\" style=\"text-align:left\">"
                    f"{esc(statement)}</th>{cells}</tr>")
    questions = "".join(f"<p><label>{esc(q)}<textarea data-q=\"{esc(q)}\"></textarea></label></p>"
                        for q in (data(q) for q in feedback["open"]))
    title = data(feedback["title"])
    show = esc(page_text("Show my answers as text", language, root))
    save = esc(page_text("Save them as a file on this device", language, root))
    notice = esc(page_text(NOTHING_STORED, language, root))
    body = (f"<main><h1>{esc(title)}</h1><p class=\"stamp\">{esc(stamp(meta, language, root))}</p>"
            f"<p class=\"notice\">{notice}</p>"
            f"<p>{esc(' '.join(data(feedback['intro']).split()))}</p>"
            f"<table><caption>{esc(data(scale['question']))}</caption><tr><td></td>{head}</tr>{''.join(rows)}</table>"
            f"{questions}<p><button type=\"button\" id=\"show\">"
            f"{show}</button>"
            "<button type=\"button\" id=\"save\">"
            f"{save}</button></p>"
            "<p><label>" + esc(page_text("Your answers (copy them into the channel the facilitator named, "
                                         "or print this page):", language, root)) +
            "<textarea id=\"out\" readonly></textarea></label></p></main>")
    script = FEEDBACK_JS % {"no_answer": _js_text(page_text("(no answer)", language, root)),
                            "blank": _js_text(page_text("(blank)", language, root))}
    return page(title, body, FORM_CSS, script, language)


def file_names(fid: str) -> dict[str, str]:
    return {"slides": f"slides_{fid}.html", "check": f"check_{fid}.html"}


FEEDBACK_FILE = "feedback.html"


def write_all(kit: cs.Kit, materials: "km.Materials", meta: dict, root: Path, out: Path,
              language: str | None = None) -> list[Path]:
    """Write the kit's standalone files; ``language`` is the build's (None or "en": English)."""
    from course.meta import course_title

    meta = {**meta, "title": course_title(meta, language, root)}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fid, fmt in kit.formats.items():
        names = file_names(fid)
        files = {names["slides"]: render_slides(kit, fid, meta, root, language)}
        if fid in materials.checks:
            files[names["check"]] = render_web_check(materials.checks[fid], fmt, meta, language, root)
        for name, text in files.items():
            (out / name).write_text(text, encoding="utf-8")
            written.append(out / name)
    if materials.feedback:
        (out / FEEDBACK_FILE).write_text(render_web_feedback(materials.feedback, meta, language, root),
                                         encoding="utf-8")
        written.append(out / FEEDBACK_FILE)
    return written
