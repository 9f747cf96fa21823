"""Kit safety (issue 14): the source-safety register, the build check for unsafe sources,
sensitive-item switches, freshness dates and the safety slots in the plans.

Fast checks call ``_ext/kit_safety.py`` directly on the real data or on a copy with one thing
planted. The build checks run a small Sphinx project (in a subprocess, so each build starts
clean) made of the real kit pages and data, with warnings as errors like the real build.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import kit_freshness as kf  # noqa: E402
import kit_safety as ks  # noqa: E402

KIT = ROOT / "book" / "instructor"


def copy_project(tmp_path: Path) -> Path:
    """The parts of the repository the safety checks read, copied so a test can plant a defect."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "data", root / "data")
    shutil.copytree(KIT, root / "book" / "instructor")
    shutil.copy(ROOT / "book" / "references.bib", root / "book" / "references.bib")
    shutil.copy(ROOT / "_toc.yml", root / "_toc.yml")
    for chapter in ks.CASE_CHAPTERS:
        shutil.copy(ROOT / "book" / f"{chapter}.md", root / "book" / f"{chapter}.md")
    return root


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def errors(root: Path, leave_out=frozenset()) -> list[ks.Finding]:
    return [f for f in ks.check_sources(root, set(leave_out)) if f.level == "error"]


# ----------------------------------------------------------------------------- the register

def test_register_and_adaptations_match_their_schemas():
    assert ks.register_errors(ROOT) == []
    assert ks.adaptation_errors(ROOT) == []
    register = ks.load_register(ROOT)
    assert len(register.sources) >= 30
    for sid in register.sources:
        for country in ks.COUNTRIES:
            status = register.status(sid, country)
            assert status["status"] in ks.STATUSES and status["date"] and status["reason"] and status["sources"]


def test_the_schema_rejects_a_status_without_reason_or_an_unknown_status():
    data = yaml.safe_load((ROOT / ks.REGISTER).read_text(encoding="utf-8"))
    kloop = next(s for s in data["entries"] if s["id"] == "kloop")
    kloop["status"]["kyrgyzstan"].pop("reason")
    assert any("status/kyrgyzstan" in p for p in ks.register_errors(ROOT, data))
    data = yaml.safe_load((ROOT / ks.REGISTER).read_text(encoding="utf-8"))
    data["entries"][0]["status"]["malaysia"] = "probably fine"
    assert ks.register_errors(ROOT, data)
    data = yaml.safe_load((ROOT / ks.REGISTER).read_text(encoding="utf-8"))
    data["entries"][1]["works"] = ["no_such_key_2099"]
    assert any("no_such_key_2099" in p for p in ks.register_errors(ROOT, data))


def test_every_source_the_kit_prints_or_recommends_is_in_the_register(tmp_path):
    register = ks.load_register(ROOT)
    keys = ks.recommended_keys(ROOT)
    assert len(keys) >= 90
    assert not keys - set(register.works), f"not in data/source_safety.yaml: {sorted(keys - set(register.works))}"
    # A new citation in a handout that nobody classified is caught.
    root = copy_project(tmp_path)
    page = root / "book" / "instructor" / "handouts" / "case_malaysia.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee {cite:p}`ambato2024contraloria`.\n", encoding="utf-8")
    assert "ambato2024contraloria" in ks.recommended_keys(root) - set(register.works)


def test_kloop_is_marked_do_not_use_in_kyrgyzstan_with_both_court_dates():
    register = ks.load_register(ROOT)
    status = register.status("kloop", "kyrgyzstan")
    assert status["status"] == "do-not-use" and status["date"] == "2025-10-27"
    assert "27 October 2025" in status["reason"] and "9 March 2026" in status["reason"]
    assert {"kg24_2025kloopextremist", "kg24_2026kloopsupreme"} <= set(status["sources"])
    assert register.status("kloop", "ecuador")["status"] == "safe-to-cite"


# ----------------------------------------------------------------------------- the check

def test_the_kit_as_it_stands_recommends_no_unsafe_source():
    assert errors(ROOT) == []
    for adaptation in ks.load_adaptations(ROOT).values():
        assert errors(ROOT, adaptation["leave_out"]) == []


def test_kloop_is_not_recommended_anywhere_in_kyrgyzstan_material():
    register = ks.load_register(ROOT)
    kyrgyz = [s for s in ks.scopes(ROOT, set()) if "kyrgyzstan" in s.countries]
    assert any("adapting.md" in s.file and s.countries == ("kyrgyzstan",) for s in kyrgyz)
    assert any("ch13_kyrgyzstan.yaml (adaptation: kyrgyzstan)" in s.file for s in kyrgyz)
    assert any("ch17_research_a_country.yaml (adaptation: kyrgyzstan)" in s.file for s in kyrgyz)
    for scope in kyrgyz:
        assert "kloop" not in ks.mentions(register, scope.text), scope.file
        plain = ks.CITE_ROLE.sub(" ", ks.UNSAFE_ROLE.sub(" ", scope.text))  # bib keys may contain the name
        assert not re.search(r"kloop", plain, re.I), f"{scope.file} names Kloop outside a safety warning"
    # The warning itself is there, and says why.
    adapting = (KIT / "adapting.md").read_text(encoding="utf-8")
    assert "{unsafe-source}`kloop`" in adapting and "kg24_2026kloopsupreme" in adapting


@pytest.mark.parametrize("where", ["handout", "session-note", "page-section", "deck-card"])
def test_a_planted_unsafe_recommendation_is_caught(tmp_path, where):
    root = copy_project(tmp_path)
    if where == "handout":
        page = root / "book" / "instructor" / "handouts" / "case_kyrgyzstan.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nFor more, read Kloop's reporting.\n", encoding="utf-8")
        expected = "handouts/case_kyrgyzstan.md"
    elif where == "session-note":
        edit_yaml(root / "data" / "sessions" / "ch14_malaysia.yaml",
                  lambda d: d["adaptation"].update(kyrgyzstan=d["adaptation"]["kyrgyzstan"] + " Bring kloop.kg stories."))
        expected = "ch14_malaysia.yaml (adaptation: kyrgyzstan)"
    elif where == "page-section":
        page = root / "book" / "instructor" / "adapting.md"
        text = page.read_text(encoding="utf-8").replace("**Local sources.** The public-procurement portal zakupki.gov.kg;",
                                                        "**Local sources.** Temirov Live; the public-procurement portal zakupki.gov.kg;")
        page.write_text(text, encoding="utf-8")
        expected = "adapting.md"
    else:
        edit_yaml(root / "data" / "sessions" / "decks" / "kyrgyzstan.yaml",
                  lambda d: d["cards"][0].update(text=d["cards"][0]["text"] + " (as Kloop reported)"))
        expected = "event_cards_kyrgyzstan.md (deck kyrgyzstan)"
    found = errors(root)
    assert found and all(f.country == "kyrgyzstan" for f in found), found
    assert any(expected in f.file for f in found), [f.file for f in found]
    assert "do not use" in found[0].message(ks.load_register(root))


def test_the_same_source_is_fine_for_a_country_where_it_is_safe(tmp_path):
    root = copy_project(tmp_path)
    edit_yaml(root / "data" / "sessions" / "ch12_ecuador.yaml",
              lambda d: d["adaptation"].update(ecuador=d["adaptation"]["ecuador"] + " Compare Kloop's data journalism."))
    assert errors(root) == []
    # ...but the same words in a text for every country are caught for Kyrgyzstan.
    edit_yaml(root / "data" / "sessions" / "ch12_ecuador.yaml",
              lambda d: d.update(before="Read Kloop's data journalism before the session."))
    assert [f.country for f in errors(root)] == ["kyrgyzstan"]


def test_a_deliberate_warning_is_not_a_recommendation(tmp_path):
    root = copy_project(tmp_path)
    page = root / "book" / "instructor" / "handouts" / "case_kyrgyzstan.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nDo not share {unsafe-source}`kloop` material.\n", encoding="utf-8")
    assert errors(root) == []


def test_do_not_distribute_is_a_notice_for_handouts_only(tmp_path):
    root = copy_project(tmp_path)
    edit_yaml(root / "data" / "source_safety.yaml", lambda d: next(s for s in d["entries"] if s["id"] == "azattyk")["status"].update(
        kyrgyzstan={"status": "cite-not-distribute", "date": "2026-01-01", "reason": "Planted for a test of notices.",
                    "sources": ["cpj2023azattyk"]}))
    page = root / "book" / "instructor" / "handouts" / "case_kyrgyzstan.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nListen to Azattyk.\n", encoding="utf-8")
    findings = ks.check_sources(root, set())
    assert [f.level for f in findings if f.source == "azattyk" and "handouts/" in f.file] == ["notice"]
    assert not [f for f in findings if f.source == "azattyk" and "handouts/" not in f.file]


# ----------------------------------------------------------------------------- the build

def _mini_project(tmp_path: Path, pages: list[str], conf_extra: str = "", extensions=("kit_safety",),
                  root: Path | None = None) -> Path:
    """A small Sphinx project over (a copy of) the real data and kit pages."""
    root = root or copy_project(tmp_path)
    (root / "conf.py").write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT / '_ext')!r})
        extensions = ["myst_parser", "sphinxcontrib.bibtex", *{list(extensions)!r}]
        myst_enable_extensions = ["colon_fence", "deflist", "substitution", "attrs_inline"]
        bibtex_bibfiles = ["book/references.bib"]
        bibtex_reference_style = "author_year"
        include_patterns = {["index.md", "references.md", *[p + ".md" for p in pages]]!r}
        suppress_warnings = ["myst.xref_missing", "ref.doc", "ref.ref", "ref.term", "toc.not_included",
                             "bibtex.duplicate_citation", "ref.cite"]
        html_theme = "basic"
        html_copy_source = False   # as in the real build (_ext/edition.py)
    """) + conf_extra, encoding="utf-8")
    toctree = "\n".join([*pages, "references"])
    (root / "index.md").write_text(f"# Test\n\n```{{toctree}}\n{toctree}\n```\n", encoding="utf-8")
    # sphinxcontrib-bibtex resolves citations only when some page holds a bibliography.
    (root / "references.md").write_text("# References\n\n```{bibliography}\n```\n", encoding="utf-8")
    return root


def _sphinx(root: Path, out: Path, *, strict: bool, env=None, tags=()) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "sphinx", "-b", "html", "-q", str(root), str(out)]
    if strict:
        args[3:3] = ["-W", "--keep-going"]
    for tag in tags:
        args += ["-t", tag]
    return subprocess.run(args, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})},
                          cwd=root, timeout=600)


def test_a_planted_unsafe_source_fails_the_sphinx_build(tmp_path):
    root = _mini_project(tmp_path, [])
    ok = _sphinx(root, tmp_path / "ok", strict=True)
    assert ok.returncode == 0, ok.stderr[-2000:]
    page = root / "book" / "instructor" / "handouts" / "case_kyrgyzstan.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nFor more, read Kloop.\n", encoding="utf-8")
    bad = _sphinx(root, tmp_path / "bad", strict=True)
    assert bad.returncode != 0
    assert "unsafe source" in bad.stderr and "case_kyrgyzstan.md" in bad.stderr and "Kloop" in bad.stderr


# ----------------------------------------------------------------------------- sensitive switch

SENSITIVE_PHRASES = [
    # (page the phrase is printed on, distinctive words of the marked item)
    ("handouts/case_kyrgyzstan", "starts matching people against the cis interstate wanted list"),
    ("handouts/red_flag_checklist", "wanted list with more than 85 000 entries from russia"),
    ("handouts/roleplay_cards", "another kyrgyzstan s system began matching people"),
    ("handouts/event_cards_kyrgyzstan", "face recognition starts matching people in public places against the cis"),
    ("activities/timeline", "face recognition starts matching people in public places against the cis"),
    ("sessions/ch13_kyrgyzstan", "shows a documented use against people sought by another state"),
    ("sessions/ch08_digital_repression", "2023 system matched faces against a cis wanted list"),
    ("sessions/ch01_welcome", "risks travel through other partners too"),
    ("adapting", "face recognition has been used since june 2023"),
    ("sessions/ch13_kyrgyzstan", "if the host has agreed add the matching against a cis wanted list"),
    ("sessions/ch08_digital_repression", "add if the host agrees the kyrgyz interior ministry s statement"),
    ("sessions/ch02_key_concepts", "gives a second handle it with care"),
    ("handouts/glossary_card", "interstate wanted list a shared list of people sought"),
]
SPEKTR_TITLE_WORDS = None


def _words(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def _site(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _words(p.read_text(encoding="utf-8", errors="ignore"))
            for p in folder.rglob("*") if p.is_file() and p.suffix in {".html", ".js", ".txt", ".json"}}


@pytest.fixture(scope="module")
def switched_builds(tmp_path_factory):
    """The kit pages built with the wanted-list switch off and on (instructor tag set)."""
    base = tmp_path_factory.mktemp("switch")
    root = _mini_project(base, ["book/instructor/index", "book/instructor/adapting", "book/instructor/activities/timeline",
                                "book/instructor/sessions/ch01_welcome", "book/instructor/sessions/ch02_key_concepts",
                                "book/instructor/sessions/ch08_digital_repression",
                                "book/instructor/sessions/ch13_kyrgyzstan", *[f"book/instructor/handouts/{h}" for h in (
                                    "case_kyrgyzstan", "red_flag_checklist", "roleplay_cards", "event_cards_kyrgyzstan",
                                    "glossary_card")]],
                         extensions=("kit_safety", "kit_freshness", "course_sessions", "course_glossary"))
    out = {}
    for label, env in (("off", {}), ("on", {"COURSE_ADAPTATION": "bishkek_briefing"})):
        result = _sphinx(root, base / label, strict=False, env=env, tags=("instructor",))
        assert result.returncode == 0, result.stderr[-3000:]
        out[label] = _site(base / label)
        out[f"{label}-index"] = base / label / "searchindex.js"
    return out


def _kit_index_terms(path: Path) -> set[str]:
    """The (stemmed) words a Sphinx search index holds for kit pages. Only the wanted-list items
    use 'interstate' and '85,000' in the kit, so their stems stand for those items."""
    text = path.read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1:text.rindex(")")])
    kit_docs = {n for n, name in enumerate(index["docnames"]) if name.startswith("book/instructor/")}
    terms = set()
    for table in (index["terms"], index.get("titleterms", {})):
        for term, docs in table.items():
            docs = docs if isinstance(docs, list) else [docs]
            if kit_docs & set(docs):
                terms.add(term)
    return terms


def test_without_the_switch_every_sensitive_item_is_present(switched_builds):
    site = switched_builds["off"]
    for page, phrase in SENSITIVE_PHRASES:
        html_page = f"book/instructor/{page}.html"
        assert f" {phrase} " in site[html_page], (page, phrase)
    assert " spektr " in site["book/instructor/handouts/case_kyrgyzstan.html"]  # printed source list
    assert {"interst", "85"} <= _kit_index_terms(switched_builds["off-index"])


def test_with_the_switch_every_sensitive_item_is_gone_everywhere(switched_builds):
    site = switched_builds["on"]
    for page, phrase in SENSITIVE_PHRASES:
        leaked = [name for name, words in site.items() if f" {phrase} " in words]
        assert not leaked, f"{phrase!r} still in {leaked}"
    # The printed source lists of the handouts drop the item's source; the rest of each page stays.
    for handout in ("case_kyrgyzstan", "red_flag_checklist", "roleplay_cards"):
        words = site[f"book/instructor/handouts/{handout}.html"]
        assert " spektr " not in words, handout
        assert " sources " in words
    # The search index holds stemmed words: the item's own words are indexed for no kit page.
    # (The bibliography page still lists the Spektr article: chapters 8 and 13, which are not
    # printed material, cite the published facts.)
    assert not {"interst", "85"} & _kit_index_terms(switched_builds["on-index"])
    assert " open ended watch lists " in site["book/instructor/handouts/red_flag_checklist.html"]
    assert " may 2024 " in site["book/instructor/handouts/case_kyrgyzstan.html"]


def test_every_sensitive_marker_names_a_registered_item():
    markers = ks.sensitive_markers(ROOT)
    known = ks.load_sensitive(ROOT)
    assert len(markers) >= 8
    assert {item for _, item in markers} <= set(known)
    assert {f for f, _ in markers} >= {"book/instructor/handouts/case_kyrgyzstan.md",
                                       "book/instructor/handouts/red_flag_checklist.md",
                                       "book/instructor/handouts/roleplay_cards.md",
                                       "data/sessions/decks/kyrgyzstan.yaml", "data/glossary/ch12-14.yaml"}


def test_an_adaptation_that_leaves_out_an_unknown_item_is_reported(tmp_path):
    root = copy_project(tmp_path)
    edit_yaml(root / "data" / "sessions" / "adaptations" / "bishkek_briefing.yaml",
              lambda d: d.update(leave_out=["no-such-item"]))
    assert any("no-such-item" in p for p in ks.adaptation_errors(root))


def test_data_filter_drops_marked_cards_and_list_strings_only_when_left_out():
    data = {"cards": [{"id": "a", "text": "x"}, {"id": "b", "sensitive": "s1", "text": "y"}],
            "answers": ["{sensitive}`s1` secret answer", "open answer"]}
    assert ks.apply_to_data(data, set()) == {"cards": [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}],
                                             "answers": ["secret answer", "open answer"]}
    assert ks.apply_to_data(data, {"s1"}) == {"cards": [{"id": "a", "text": "x"}], "answers": ["open answer"]}


# ----------------------------------------------------------------------------- freshness

def test_age_in_months_and_staleness():
    import datetime as dt

    today = dt.date(2026, 12, 5)
    assert kf.age_in_months(dt.date(2026, 11, 28), today) == 0
    assert kf.age_in_months(dt.date(2025, 12, 5), today) == 12
    assert kf.age_in_months(dt.date(2025, 12, 6), today) == 11
    assert kf.is_stale(dt.date(2025, 12, 5), today, 12) and not kf.is_stale(dt.date(2025, 12, 6), today, 12)


def _freshness_project(tmp_path: Path, fact_line: str, conf_extra: str = "") -> Path:
    root = tmp_path / "fresh"
    (root / "book").mkdir(parents=True)
    shutil.copy(ROOT / "book" / "references.bib", root / "book" / "references.bib")
    root = _mini_project(tmp_path, ["facts", "freshness"], conf_extra=conf_extra,
                         extensions=("kit_freshness",), root=root)
    (root / "facts.md").write_text("# Facts\n\n- Fresh: Ecuador scores 65 {cite:p}`freedomhouse2025ecuador` "
                                   "{verified}`2026-11-28`.\n- " + fact_line + "\n", encoding="utf-8")
    (root / "freshness.md").write_text("# Freshness\n\n```{course-freshness}\n```\n", encoding="utf-8")
    return root


def test_freshness_page_lists_facts_and_an_old_date_warns_without_failing(tmp_path):
    root = _freshness_project(tmp_path, "Old: a planted 2020 fact {cite:p}`freedomhouse2021malaysia` {verified}`2020-01-15`.",
                              conf_extra='course_freshness_today = "2026-12-05"\n')
    result = _sphinx(root, tmp_path / "out", strict=True)
    assert result.returncode == 0, result.stderr[-2000:]
    log = result.stdout + result.stderr
    assert "stale fact (warning): last verified 2020-01-15, 82 months ago (limit 12)" in log
    assert "2026-11-28" not in re.findall(r"stale fact.*", log)[0]
    page = _words((tmp_path / "out" / "freshness.html").read_text(encoding="utf-8"))
    assert " 2 dated facts 1 older than 12 months " in page
    assert " 2020 01 15 stale 82 " in page and " 2026 11 28 0 " in page
    assert " freedomhouse2021malaysia " in page
    # Strict mode turns the same stale fact into a real warning, which fails the -W build.
    root2 = _freshness_project(tmp_path / "strict", "Old: a planted fact {cite:p}`freedomhouse2021malaysia` "
                               "{verified}`2020-01-15`.", conf_extra="course_freshness_strict = True\n")
    assert _sphinx(root2, tmp_path / "out2", strict=True).returncode != 0


def test_a_dated_fact_without_a_source_or_with_a_bad_date_fails_the_build(tmp_path):
    root = _freshness_project(tmp_path / "a", "No source here {verified}`2026-11-28`.")
    result = _sphinx(root, tmp_path / "a-out", strict=True)
    assert result.returncode != 0 and "needs a citation" in result.stderr
    root = _freshness_project(tmp_path / "b", "Bad date {cite:p}`freedomhouse2021malaysia` {verified}`2026-13-40`.")
    assert _sphinx(root, tmp_path / "b-out", strict=True).returncode != 0


def test_country_facts_in_the_kit_and_case_chapters_carry_dates():
    role = re.compile(r"\{verified\}`(\d{4}-\d{2}-\d{2})`")
    counts = {}
    for path in [*(ROOT / "book").glob("ch1[234]_*.md"), KIT / "safety.md", KIT / "adapting.md"]:
        counts[path.name] = len(role.findall(path.read_text(encoding="utf-8")))
    assert all(n >= 5 for n in counts.values()), counts
    safety = (KIT / "safety.md").read_text(encoding="utf-8")
    law = safety[safety.index("(kit-local-law)="):safety.index("## When a participant")]
    for needle in ("Organic Intelligence Law", "86-25-IN", "4 August 2025", "Amendment) Act 2024", "Law on Mass Media"):
        assert needle in law, needle
    # Every bullet of the legal section is dated.
    bullets = [b for b in re.split(r"\n- ", law)[1:]]
    assert bullets and all(role.search(b) for b in bullets), [b[:60] for b in bullets if not role.search(b)]
    toc = (ROOT / "_toc.yml").read_text(encoding="utf-8")
    assert "book/instructor/freshness" in toc and "book/instructor/source_safety" in toc
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["sphinx"]["config"]
    assert config["course_freshness_max_age_months"] == 12 and config["course_freshness_strict"] is False


# ----------------------------------------------------------------------------- safety in the plans

def test_every_format_opens_with_a_room_agreement(tmp_path):
    assert ks.formats_without_room_agreement(ROOT) == []
    root = copy_project(tmp_path)
    edit_yaml(root / "data" / "sessions" / "brief_landscape.yaml",
              lambda d: d.update(activities=[a for a in d["activities"] if a["id"] != "agreement"]))
    problems = ks.formats_without_room_agreement(root)
    assert len(problems) == 1 and "briefing" in problems[0]


def test_the_briefing_pair_task_is_hypothetical():
    session = yaml.safe_load((ROOT / "data" / "sessions" / "brief_landscape.yaml").read_text(encoding="utf-8"))
    pairs = next(a for a in session["activities"] if a["grouping"] == "pairs")
    text = " ".join(pairs["instructions"].split())
    assert "invented" in text and "Nobody says which systems their own institution runs" in text
    assert "already runs or has been offered, and who holds" not in text


def test_travel_guidance_and_journalists_annex_are_sourced():
    safety = (KIT / "safety.md").read_text(encoding="utf-8")
    travel = safety[safety.index("(kit-travel)="):safety.index("## Names, photos")]
    for needle in ("**Carry.**", "**Leave at home.**", "**Print locally.**", "eff2017border", "rorypeckndborder",
                   "accessnowndhelpline", "--adaptation"):
        assert needle in travel, needle
    annex = (KIT / "researching_vendors.md").read_text(encoding="utf-8")
    assert "tacticaltechndsafety" in annex and "ohchr2020berkeley" in annex
    assert "book/instructor/researching_vendors" in (ROOT / "_toc.yml").read_text(encoding="utf-8")
