"""One vocabulary: chapters 1, 8 and 17 use the same claim types, letters and rule.

The rule, labels and letters live in ``course/grading/vocabulary.py``. These tests
prove that the three chapters' specs import them, that every expected answer of the
claim-type functions follows the rule, that stubs and solutions use the same labels,
and that the three chapters' prose includes the same rule and links the glossary.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from course.grading.runner import load_chapters
from course.grading.spec import Function, Matching
from course.paths import Layout
from course.grading.vocabulary import (ALLEGATION, BOOK_SNIPPET, CLAIM_LETTERS, CLAIM_TYPES, FINDING, GLOSSARY_TERMS,
                                       SELF_CLAIM, book_snippet, classify_claim, claim_rule_markdown)

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = load_chapters(ROOT)
CLAIM_CHAPTERS = ["ch01_welcome", "ch08_digital_repression", "ch17_research_a_country"]
CLAIM_MATCHINGS = {"8.1", "17.1"}
CLAIM_FUNCTIONS = {"1.4": "statement", "8.2": "claim"}


def spec_item(item_id):
    return next(i for c in CHAPTERS.values() for i in c.spec.items if i.id == item_id)


# ------------------------------------------------ the checks, as functions, so they can be shown to fail

def matching_problems(item) -> list[str]:
    problems = []
    if item.right != CLAIM_LETTERS:
        problems.append(f"{item.id}: letters {item.right} are not the course's {CLAIM_LETTERS}")
    if any(letter not in CLAIM_LETTERS for letter in item.canon(item.answer).values()):
        problems.append(f"{item.id}: the key uses letters outside {sorted(CLAIM_LETTERS)}")
    return problems


def function_problems(item, facts) -> list[str]:
    """Every expected answer is a course label and is what the one rule gives for that case."""
    problems = []
    for case in item.public_cases + item.hidden_cases:
        if case.expect not in CLAIM_TYPES:
            problems.append(f"{item.id}: {case.expect!r} is not one of {CLAIM_TYPES}")
            continue
        ruled = classify_claim(**facts(case.args[0]))
        if ruled != case.expect:
            problems.append(f"{item.id}: {case.args[0]} expects {case.expect!r}, the course's rule gives {ruled!r}")
    return problems


def statement_facts(statement):  # 1.4's fields
    return {"about_itself": statement["claimant"] == statement["about"], "wrongdoing": statement["wrongdoing"],
            "established": statement["established"], "method_stated": statement["method"] is not None}


def claim_facts(claim):  # 8.2's fields
    return {"about_itself": claim["speaker"] in claim["subjects"], "wrongdoing": claim["about_wrongdoing"],
            "established": claim["independently_established"], "method_stated": claim["method_stated"]}


FACTS = {"1.4": statement_facts, "8.2": claim_facts}


# ------------------------------------------------ the three chapters agree

@pytest.mark.parametrize("slug", CLAIM_CHAPTERS)
def test_the_spec_imports_the_shared_vocabulary(slug):
    tree = ast.parse(Layout(ROOT).spec(slug).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "course.grading.vocabulary" for alias in node.names}
    assert imported, f"{slug} does not import course.grading.vocabulary"


@pytest.mark.parametrize("item_id", sorted(CLAIM_MATCHINGS))
def test_claim_matchings_use_the_course_letters(item_id):
    assert matching_problems(spec_item(item_id)) == []


@pytest.mark.parametrize("item_id", sorted(CLAIM_FUNCTIONS))
def test_claim_functions_follow_the_one_rule(item_id):
    assert function_problems(spec_item(item_id), FACTS[item_id]) == []


def test_the_newspaper_report_with_a_method_is_an_allegation_everywhere():
    """The case the chapters used to disagree on: a newspaper, a stated method, unestablished wrongdoing."""
    assert classify_claim(about_itself=False, wrongdoing=True, established=False, method_stated=True) == ALLEGATION
    one = [c for c in spec_item("1.4").hidden_cases if c.args[0]["claimant"] == "newspaper" and c.args[0]["method"]]
    eight = [c for c in spec_item("8.2").public_cases + spec_item("8.2").hidden_cases
             if c.args[0]["about_wrongdoing"] and c.args[0]["method_stated"] and c.args[0]["speaker"] not in c.args[0]["subjects"]
             and not c.args[0]["independently_established"]]
    assert one and eight
    assert {c.expect for c in one + eight} == {ALLEGATION}
    assert spec_item("8.1").answer["wsj_zambia"] == "a" and CLAIM_LETTERS["a"] == ALLEGATION


def test_the_prompts_state_the_rule():
    for item_id in ("1.3", "8.1", "17.1"):
        assert claim_rule_markdown() in spec_item(item_id).prompt, item_id


@pytest.mark.parametrize("slug", CLAIM_CHAPTERS)
def test_stubs_and_solutions_use_only_the_course_labels(slug):
    for folder in ("exercises", "solutions"):
        text = (ROOT / folder / f"{slug}.py").read_text(encoding="utf-8")
        assert "unclassified" not in text and "self_claim" not in text, f"{folder}/{slug}.py"
    assert "unclassified" not in Layout(ROOT).spec(slug).read_text(encoding="utf-8")


def test_solution_letters_match_the_course_letters():
    for slug, name in (("ch08_digital_repression", "Q8_1"), ("ch17_research_a_country", "Q17_1")):
        tree = ast.parse((ROOT / "solutions" / f"{slug}.py").read_text(encoding="utf-8"))
        value = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                     and any(getattr(t, "id", None) == name for t in node.targets))
        assert set(value.values()) <= set(CLAIM_LETTERS), (slug, value)


# ------------------------------------------------ the book says the same

def test_the_book_snippet_is_generated_from_the_vocabulary():
    assert BOOK_SNIPPET.read_text(encoding="utf-8") == book_snippet(), \
        "book/snippets/claim-types.md is stale: run python -m course.grading.vocabulary"


@pytest.mark.parametrize("slug", CLAIM_CHAPTERS)
def test_each_chapter_includes_the_rule_and_links_the_glossary(slug):
    text = (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8")
    assert re.search(r"```\{include\}\s+snippets/claim-types\.md", text), f"{slug} does not include the rule"
    for term in GLOSSARY_TERMS.values():
        assert f"{{term}}`{term}`" in text, f"{slug} does not link the glossary term {term}"
    assert "unclassified" not in text


def test_the_glossary_defines_the_three_types_by_the_rule():
    entries = {e["term"]: " ".join(e["definition"].split())
               for path in sorted((ROOT / "data" / "glossary").glob("*.yaml"))
               for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []}
    assert set(GLOSSARY_TERMS.values()) <= set(entries)
    assert "even when its author" in entries["Allegation"] and "independent process" in entries["Allegation"]
    assert "established" in entries["Finding"]
    assert "whatever method" in entries["Self-claim"]


# ------------------------------------------------ the checks can fail

def test_the_checks_catch_a_chapter_that_disagrees():
    """Letters of the old 17.1 and the old 1.4 rule (a newspaper with a method is a finding) are caught."""
    old = Matching("17.1", name="Q17_1", points=3, prompt="p", hint="h",
                   left={"x": ""}, right={"a": "finding", "b": "allegation", "c": "self_claim"}, answer={"x": "a"})
    assert matching_problems(old)
    from course.grading.spec import Case
    newspaper = {"claimant": "newspaper", "about": "police", "method": "interviews", "wrongdoing": True,
                 "established": False, "reported_by": None}
    old_rule = Function("1.4", name="claim_type", points=5, prompt="p", hint="h",
                        public_cases=[Case(newspaper, expect=FINDING)],
                        hidden_cases=[Case(newspaper, expect="unclassified")])
    problems = function_problems(old_rule, statement_facts)
    assert any("the course's rule gives 'allegation'" in p for p in problems)
    assert any("'unclassified' is not one of" in p for p in problems)
    assert SELF_CLAIM in CLAIM_TYPES
