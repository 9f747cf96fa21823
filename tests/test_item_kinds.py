"""Item kinds: one class per kind owns its checks, public form, page and answer shape.

The registry (``KINDS``) is the only place a kind's name is looked up, so a new kind is
one class: the last test adds one and walks it through a release and a page without
touching any other module. ``MultiChoice(partial=True)`` gives each letter of the key
its share of the points.
"""
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

from course.grading.answers_file import AnswersFileError, page_answerable, parse_answers
from course.grading.runner import load_chapters
from course.grading.spec import KINDS, Chapter, Item, MultiChoice, checks_from_public, kind_class

ROOT = Path(__file__).resolve().parents[1]


def earned(checks, value) -> Fraction:
    return sum((c.points for c in checks if not c.manual and c.judge(value)[0]), Fraction(0))


def multi(**overrides) -> MultiChoice:
    fields = dict(id="7.2", name="Q7_2", points=4, prompt="Which apply?", hint="Read Art. 5 again.",
                  options={"a": "one", "b": "two", "c": "three", "d": "four", "e": "five"}, answer={"a", "c"})
    return MultiChoice(**{**fields, **overrides})


def test_every_kind_in_the_specs_is_registered_with_a_page_title():
    used = {item.kind for chapter in load_chapters(ROOT).values() for item in chapter.spec.items}
    assert used <= set(KINDS)
    for kind, cls in KINDS.items():
        assert cls.kind == kind and cls.title, kind
        assert (cls.answer_schema is not None) == cls.on_page, f"{kind}: a kind answered on the page needs an answer schema"


def page_widgets(script: str) -> set[str]:
    """The kinds with a widget in the page's script (the keys of its WIDGETS table)."""
    table = script[script.index("var WIDGETS = {"):]
    table = table[: table.index("\n  };\n")]
    return set(re.findall(r"^    \"?([a-z_]+)\"?: \{$", table, flags=re.M))


def test_every_kind_answered_on_the_page_has_a_widget_and_no_other():
    script = (ROOT / "_ext" / "quiz_static" / "course-quiz.js").read_text(encoding="utf-8")
    assert page_widgets(script) == {kind for kind, cls in KINDS.items() if cls.on_page}
    assert page_widgets(script.replace("    written: {", "    essay: {")) != page_widgets(script)
    assert not re.search(r"kind\s*===?\s*[\"']", script), "the script switches on a kind name outside WIDGETS"


def test_an_unknown_kind_in_a_release_is_a_one_line_error():
    with pytest.raises(ValueError, match="unknown item kind 'essay' in ch07_x"):
        kind_class("essay", "ch07_x")
    document = {"slug": "ch07_x", "title": "t", "salt": "s", "items": [{"kind": "essay"}]}
    with pytest.raises(ValueError, match="unknown item kind 'essay'"):
        checks_from_public(document)


def test_multi_choice_is_all_or_nothing_by_default():
    checks = multi().checks()
    assert [c.label for c in checks] == ["answer"]
    assert earned(checks, ["a", "c"]) == 4
    assert earned(checks, ["a"]) == 0


def test_partial_multi_choice_gives_each_letter_its_share():
    checks = multi(partial=True).checks()
    assert [c.label for c in checks] == ["letter 1", "letter 2"]   # labels never name a letter
    assert earned(checks, {"__set__": ["a", "c"]}) == 4
    assert earned(checks, ["A "]) == 2
    assert earned(checks, ["a", "b"]) == 2      # one right, one wrong: still within the key's size
    assert earned(checks, ["b", "d"]) == 0


def test_partial_multi_choice_refuses_ticking_every_option():
    checks = multi(partial=True).checks()
    assert earned(checks, ["a", "b", "c", "d", "e"]) == 0
    assert earned(checks, ["a", "b", "c"]) == 0
    ok, message = checks[0].judge(["a", "b", "c"])
    assert not ok and "more letters than apply" in message and message.endswith("Read Art. 5 again.")


def test_partial_multi_choice_scores_the_same_from_a_practice_release_and_keeps_no_plain_answer():
    chapter = Chapter(slug="ch07_export_controls", title="t", items=[multi(partial=True)])
    practice = chapter.public("salt")
    public = practice["items"][0]
    assert public["partial"] is True and len(public["letters"]) == 2
    assert "['a', 'c']" not in str(public) and '"a"' not in str(public["letters"])
    released = checks_from_public(practice)
    full = chapter.checks()
    for value in (["a", "c"], ["c"], ["a", "b"], ["b"], ["a", "b", "c", "d", "e"], "a", None):
        assert earned(released, value) == earned(full, value), value
    exam = checks_from_public(chapter.public(None))
    assert "letters" not in chapter.public(None)["items"][0]
    assert [c.label for c in exam] == ["format", "answer, graded by your instructor"]


def test_the_default_public_form_of_a_multi_choice_is_unchanged():
    public = Chapter(slug="ch07_export_controls", title="t", items=[multi()]).public("salt")["items"][0]
    assert "partial" not in public and "letters" not in public


def test_a_new_kind_is_one_class():
    """A yes/no kind written here, and nothing else: the registry, a release, the answers
    file and the exercise page all take it."""

    @dataclass
    class YesNo(Item):
        answer: bool = False
        kind = "yesno-test"
        title = "yes or no"       # answered on the page: the default route, "subject"
        answer_schema = {"type": "boolean"}
        answer_words = "true or false"

        def checks(self):
            from course.grading.spec import Check
            return [Check(self.id, "answer", Fraction(self.points), self.request(),
                          lambda v: (v is self.answer, "" if v is self.answer else self.hint), self.hint)]

        def public(self, salt):
            return self.base()

        @classmethod
        def public_checks(cls, data, salt):
            return cls.from_public(data).checks()

        def form_html(self, slug):
            return f'<form class="course-quiz" data-item="{self.id}"></form>'

    try:
        item = YesNo(id="7.9", name="Q7_9", points=1, prompt="Is it dual-use?", hint="Read 7.2.", answer=False)
        chapter = Chapter(slug="ch07_export_controls", title="t", items=[item])
        assert KINDS["yesno-test"] is YesNo
        (check,) = checks_from_public(chapter.public("salt"))
        assert check.judge(False)[0] and not check.judge(True)[0]
        assert page_answerable(chapter.public("salt")["items"]) == {"Q7_9": "yesno-test"}
        data = b'{"format": "course-answers/1", "chapter": "ch07_export_controls", "answers": {"Q7_9": "no"}}'
        with pytest.raises(AnswersFileError, match="Q7_9 should be true or false"):
            parse_answers(data, "ch07_export_controls", {"Q7_9": "yesno-test"})
        assert item.page_lines()[0] == "Is it dual-use?" and item.form_html("ch07").startswith("<form")
    finally:
        KINDS.pop("yesno-test", None)
