"""Exercise items: what the learner writes, how it is checked, what it is worth.

A chapter's graded spec (``chNN_slug.py`` in the question bank, ``Layout.specs`` in
``course/paths.py``) is a ``Chapter`` holding a list of items. Each item turns into one
or more *checks*; a check is one scoring unit (one test in ``tests/test_graded.py``) with its points, the request it needs from the
sandboxed worker, and a judge that decides from plain JSON values only.

Each item kind is one class, registered in ``KINDS`` by its ``kind`` name, and owns
everything about that kind: its checks; its *public* form in a learner release
(``public``: discrete answers as salted hashes, function items with their public
example cases only, written items with their structure rules) and the way back from it
(``public_checks``); its exercise-page rendering (``page_lines``, ``solution_lines``,
``form_html``, ``page_data``: Markdown and HTML strings, no Sphinx here); and the shape
of its answer in an answers file (``answer_schema``). Adding a kind means adding one
class here and its widget in ``_ext/quiz_static/course-quiz.js``.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Callable

from course.grading.feedback import feedback
from course.grading.markup import (ENGLISH, FormText, dom_id, elsewhere_note, fence, option_text, page_label,
                                   print_only, python_source, quiz_form)

LEVELS = ("recall", "apply", "analyse", "evaluate")
# The two routes through the exercises (CONTRIBUTING, "Exercise sets"): the subject route
# needs no code (the exercise page has a form for it); the data-skills route is writing
# Python. An item's route is a property of its kind (`Item.route`); the kinds the page
# answers (`PAGE_KINDS`, below the kinds) are derived from it.
ROUTES = ("subject", "data")
JUDGEMENT_LEVELS = ("analyse", "evaluate")

# ---------------------------------------------------------------- checks


@dataclass
class Check:
    """One scoring unit: ask the worker for one value, judge it, award points."""

    item_id: str
    label: str
    points: Fraction
    request: dict
    judge: Callable[[Any], tuple[bool, str]]
    hint: str
    manual: bool = False  # rubric points graded by a person, never automatically
    keeps_value: bool = False  # the grader keeps the learner's value (answers a rubric grader reads)
    hidden: bool = False  # an instructor's hidden case: its inputs never appear in feedback
    expected_json: str | None = None  # function cases: the expected value, for the same-answer rule

    @property
    def check_id(self) -> str:
        return f"{self.item_id} {self.label}"


class Wrong(Exception):
    """The learner's value has the wrong shape; the message says what was expected."""


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _unset(value) -> bool:
    return value is None or value == "" or value == [] or value == {} or value == {"__set__": []}


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def salted_hash(salt: str, item_id: str, canonical) -> str:
    return hashlib.sha256(f"{salt}|{item_id}|{canonical_json(canonical)}".encode()).hexdigest()


def _reason_stream(salt: str, item_id: str, letter: str, length: int, language: str = "") -> bytes:
    # Each language has its own keystream: two texts sealed with one stream would give away
    # their XOR, and with it much of both.
    key = f"why:{letter}:{language}" if language else f"why:{letter}"
    blocks = (hashlib.sha256(f"{salt}|{item_id}|{key}|{n}".encode("utf-8")).digest()
              for n in range((length + 31) // 32))
    return b"".join(blocks)[:length]


def seal_reason(salt: str, item_id: str, letter: str, text: str, language: str = "") -> str:
    """A scenario option's reason, XOR-ed with a SHA-256 keystream of (salt, item, letter
    and, for a translation, its language), as hex.

    The same secrecy as the salted answer hash, no more: whoever tries a letter reads its
    reason. ``_static/course-quiz.js`` (``openReason``) undoes it the same way."""
    data = text.encode("utf-8")
    return bytes(a ^ b for a, b in zip(data, _reason_stream(salt, item_id, letter, len(data), language))).hex()


def open_reason(salt: str, item_id: str, letter: str, sealed: str | None, language: str = "") -> str:
    if not sealed:
        return ""
    try:
        data = bytes.fromhex(sealed)
    except ValueError:
        return ""
    plain = bytes(a ^ b for a, b in zip(data, _reason_stream(salt, item_id, letter, len(data), language)))
    return plain.decode("utf-8", errors="replace")


def _as_set(value, what: str) -> list[str]:
    if isinstance(value, dict) and set(value) == {"__set__"}:
        value = value["__set__"]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Wrong(feedback("{name} should be a set of letters in quotes, like {example}").format(
            name=what, example='{"a", "c"}'))
    return sorted({v.strip().lower() for v in value})


# ---------------------------------------------------------------- items

# One function item's code answered on the page (page_runner.MAX_CODE_CHARS, the answers file).
MAX_CODE_CHARS = 20_000

# Every item kind by its name ("choice", "function" ...): filled in by each kind's class.
KINDS: dict[str, type["Item"]] = {}

# What an answer on the page may hold (answers files): see ``Item.answer_schema``.
MAX_PAGE_LETTERS = 40   # options, entries or matching keys an item can have
_LETTER = {"type": "string", "minLength": 1, "maxLength": 40}


def kind_class(kind: str, where: str = "") -> type["Item"]:
    """The class of an item kind, or a one-line error naming the kind and where it was found."""
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown item kind {kind!r}" + (f" in {where}" if where else "")) from None


def _public_fields(data: dict) -> dict:
    """The fields every item's public form carries, as keyword arguments of its class."""
    return {k: data[k] for k in ("id", "name", "points", "prompt", "hint", "level")}


@dataclass
class Item:
    """Fields every item has. Subclasses say what the learner writes and how it is judged."""

    id: str                      # "7.3"
    name: str                    # the variable or function the learner defines
    points: int
    prompt: str                  # Markdown, shown in the book and in the learner's file
    hint: str                    # shown on a miss; helps without giving the answer away
    level: str = "apply"         # recall / apply / analyse / evaluate
    explanation: str = ""        # worked reasoning, instructor edition only
    teaches: str = ""            # one line: what the item teaches
    uses: list = field(default_factory=list)  # ids of items whose functions this one calls

    kind = "item"
    route = "subject"            # answered on the exercise page, no code; a kind written in Python says "data"
    title = ""                   # what the exercise page calls the kind: "choose one"
    on_page = True               # has a form on the exercise page, so an answers file may answer it
    runs_code = False            # its answer is code, run on the page (Pyodide) and by the grader's sandbox
    discrete = False             # one right value: the class report counts its wrong answers
    answer_schema = None         # JSON Schema of its answer in an answers file (kinds answerable on the page)
    answer_words = ""            # that shape in words, for the answers file's error message
    answer_is_set = False        # the answer is a set of letters (written back as a Python set)
    answer_is_nested = False     # the answer nests lists and objects (written back piece by piece)
    answer_is_code = False       # the answer is code: written into the generated file as a string, run by its loader
    public_extras: tuple = ()    # fields of the public form that rebuild the item (`from_public`)
    page_keys = ("id", "name", "kind", "hint")  # fields of the public form the page's script reads

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__:
            KINDS[cls.kind] = cls

    def __post_init__(self):
        if self.level not in LEVELS:
            raise ValueError(f"item {self.id}: level must be one of {LEVELS}")
        if not self.hint:
            raise ValueError(f"item {self.id}: every item needs a hint")

    def request(self) -> dict:
        return {"op": "value", "name": self.name}

    def checks(self) -> list[Check]:
        raise NotImplementedError

    def public(self, salt: str) -> dict:
        raise NotImplementedError

    def mutants(self) -> list[str]:
        """Plausible wrong answers, as code appended to the reference solution."""
        return []

    @property
    def manual_points(self) -> int:
        """Points a person grades (a rubric); none unless the kind has a rubric."""
        return 0

    def base(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "points": self.points,
                "hint": self.hint, "prompt": self.prompt, "level": self.level}

    # ---- the public form, read back: what a learner release checks with

    @classmethod
    def from_public(cls, data: dict, salt: str | None = None) -> "Item":
        """The item as far as its public form (made with `salt`) tells: no answer, no hidden cases."""
        return cls(**_public_fields(data), **{k: data[k] for k in cls.public_extras if k in data})

    @classmethod
    def public_checks(cls, data: dict, salt: str | None) -> list[Check]:
        """The checks a learner release runs from this kind's public form."""
        return cls.from_public(data, salt).checks()

    # ---- the exercise page (Markdown and HTML strings; _ext/course_exercises.py places them)

    def page_lines(self) -> list[str]:
        """The item on its exercise page: prompt, what the learner works with, where to answer."""
        footer = f"*In your file:* `{self.name}` · *Skill:* {self.level}" + (f" · *Teaches:* {self.teaches}" if self.teaches else "")
        return [self.prompt, "", *self.detail_lines(), footer, ""]

    def detail_lines(self) -> list[str]:
        """The kind's own part of the page, between the prompt and the footer."""
        return []

    def solution_lines(self, solution_file: Path) -> list[str]:
        """The instructor edition's solution: the answer (from the spec or the reference
        solution in `solution_file`), then the worked reasoning."""
        lines = self.answer_lines(solution_file)
        if self.explanation:
            lines += [self.explanation, ""]
        return lines

    def answer_lines(self, solution_file: Path) -> list[str]:
        return []

    def blind_guesses(self) -> dict[str, str]:
        """{description: module source} for the answers a learner could give without
        understanding anything (``course/grading/guesses.py`` grades them): none by default.
        A single-answer choice has none: any one letter is a fair 1-in-N chance."""
        return {}

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        """The answer-on-the-page form (HTML), or a note saying where the item is answered,
        in the language `text` gives (English by default)."""
        return elsewhere_note(text)

    def page_data(self, salt: str | None) -> dict:
        """What the page's script needs to check this item: public fields only."""
        public = self.public(salt)
        return {k: public[k] for k in self.page_keys if k in public}


def _missing_message(name: str, value) -> str | None:
    if _unset(value):
        return feedback("{name} has no answer yet").format(name=name)
    return None


@dataclass
class _Discrete(Item):
    """An item with one right value, compared after canonicalising (choice, number ...)."""

    answer: Any = None
    wrong: list = field(default_factory=list)
    discrete = True
    page_keys = (*Item.page_keys, "hash")

    def canon(self, value):
        raise NotImplementedError

    def checks(self) -> list[Check]:
        expected = self.canon(self.answer)
        return [Check(self.id, "answer", Fraction(self.points), self.request(),
                      self._judge(lambda c: c == expected), self.hint)]

    def _judge(self, accept: Callable[[Any], bool]):
        def judge(value):
            missing = _missing_message(self.name, value)
            if missing:
                return False, missing
            try:
                canon = self.canon(value)
            except Wrong as exc:
                return False, str(exc)
            return (True, "") if accept(canon) else (False, self.miss(canon))
        return judge

    def miss(self, canon) -> str:
        """Feedback on a wrong answer: the hint (kinds with per-option reasons add the reason)."""
        return self.hint

    def public(self, salt: str | None) -> dict:
        """With a salt, the answer's salted hash (a practice release); without, no trace of it (an exam)."""
        answer = {"hash": salted_hash(salt, self.id, self.canon(self.answer))} if salt is not None else {}
        extra = self.public_extra()
        reasons = extra.pop("why", None)
        if reasons and salt is not None:
            # Sealed, one key per option: a reason can be read only by trying its letter, as
            # the salted hash can. In plain text the "Right: ..." reason would name the answer.
            # An exam release (no salt) carries no reasons at all.
            language = getattr(self, "why_language", "")
            extra["why_sealed"] = {letter: seal_reason(salt, self.id, letter, text, language)
                                   for letter, text in reasons.items()}
            if language:   # an English form stays as it always was
                extra["why_language"] = language
        return {**self.base(), **answer, **extra}

    def public_extra(self) -> dict:
        return {}

    def mutants(self) -> list[str]:
        return [f"{self.name} = {value!r}\n" for value in self.wrong]

    @classmethod
    def public_checks(cls, data: dict, salt: str | None) -> list[Check]:
        item = cls.from_public(data, salt)
        if not item.has_answer_checks(data):
            return item.format_only_checks()
        return item.hashed_checks(data, salt)

    @staticmethod
    def has_answer_checks(data: dict) -> bool:
        """A practice release carries the answer's salted hash; an exam release does not."""
        return "hash" in data

    def hashed_checks(self, data: dict, salt: str) -> list[Check]:
        judge = self._judge(lambda c, h=data["hash"], i=data["id"]: salted_hash(salt, i, c) == h)
        return [Check(self.id, "answer", Fraction(self.points), self.request(), judge, self.hint)]

    def format_only_checks(self) -> list[Check]:
        """An exam release's checks: is the answer's form right (0 points), and the item's
        points, which only the instructor's grading awards."""
        return [Check(self.id, "format", Fraction(0), self.request(), self._judge(lambda c: True), self.hint),
                Check(self.id, EXAM_LABEL, Fraction(self.points), self.request(),
                      lambda v: (False, feedback("graded by your instructor")), self.hint, manual=True)]

    def answer_lines(self, solution_file: Path) -> list[str]:
        answer = sorted(self.answer) if isinstance(self.answer, set) else self.answer
        return [f"**Answer:** `{python_source(answer)}`", ""]

    def detail_lines(self) -> list[str]:
        listed = self.listed_lines()
        return print_only(listed) if listed else []

    def listed_lines(self) -> list[str]:
        """What the page's form lists (options, entries), as Markdown for print."""
        return []


@dataclass
class Choice(_Discrete):
    """One option, written as its letter: Q7_1 = "c".

    A scenario item gives ``why``: for every option, one or two sentences on why it is
    right or wrong. A learner who picks a wrong option reads its reason before the hint;
    the instructor edition shows every reason.
    """

    options: dict = field(default_factory=dict)
    why: dict = field(default_factory=dict)
    # In a learner release the reasons are sealed (seal_reason); the salt opens the picked one.
    why_sealed: dict = field(default_factory=dict)
    why_salt: str = ""
    why_language: str = ""   # the language of `why` ("" for English): its reasons have their own keystream
    kind = "choice"
    title = page_label("choose one")
    answer_schema = _LETTER
    answer_words = "one letter in quotes"
    public_extras = ("options",)
    page_keys = (*_Discrete.page_keys, "why_sealed", "why_language")

    def __post_init__(self):
        super().__post_init__()
        if self.why and set(self.why) != set(self.options):
            raise ValueError(f"item {self.id}: `why` must give a reason for every option and no other "
                             f"(options {sorted(self.options)}, reasons {sorted(self.why)})")

    def miss(self, canon) -> str:
        reason = self.why.get(canon, "") or open_reason(self.why_salt, self.id, canon, self.why_sealed.get(canon),
                                                        self.why_language)
        return f"{reason} {self.hint}" if reason else self.hint

    def canon(self, value):
        if not isinstance(value, str):
            raise Wrong(feedback("{name} should be one letter in quotes, like {example}").format(name=self.name, example='"b"'))
        letter = value.strip().lower()
        if self.options and letter not in self.options:
            raise Wrong(feedback("{name} should be one of {letters}").format(name=self.name, letters=", ".join(sorted(self.options))))
        return letter

    def public_extra(self):
        return {"options": self.options, **({"why": self.why} if self.why else {})}

    @classmethod
    def from_public(cls, data: dict, salt: str | None = None) -> "Choice":
        item = super().from_public(data, salt)
        if "why_sealed" in data:   # a practice release's reasons: the salt opens the picked one
            item.why_sealed, item.why_salt = data["why_sealed"], salt
            item.why_language = data.get("why_language", "")
        return item

    def answer_lines(self, solution_file: Path) -> list[str]:
        lines = super().answer_lines(solution_file)
        if self.why:   # a scenario item: the reason for every option
            lines += ["Why each option is right or wrong:", ""]
            lines += [f"- **{letter}**: {self.why[letter]}" for letter in self.options if letter in self.why] + [""]
        return lines

    def listed_lines(self):
        return [f"- **{k}**: {v}" for k, v in self.options.items()] + [""] if self.options else []

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        return _option_boxes(self, slug, "radio", text.page_text("Choose one"), text)


def _option_boxes(item, slug: str, box_type: str, legend: str, text: FormText) -> str:
    """A form of radio buttons or tick boxes, one per option (choice and multi-choice). An
    option's text is the translation of its line in the printed list (``listed_lines``)."""
    base = dom_id(slug, item.id)
    rows = []
    for letter, option in item.options.items():
        box = dom_id(slug, item.id, letter)
        rows.append(f'<div class="course-quiz-option"><input type="{box_type}" id="{box}" name="{base}" '
                    f'value="{escape(letter.lower())}"><label for="{box}"><b>{escape(letter)}</b> {option_text(text.entry(f"**{letter}**", option))}</label></div>')
    return quiz_form(slug, item.id, legend, rows, text)


@dataclass
class MultiChoice(_Discrete):
    """Every option that applies, as a set of letters: Q7_2 = {"a", "d"}.

    By default the item is right or wrong as a whole. With ``partial=True`` each letter
    of the key is one check worth its share of the points, earned when the learner picks
    it; a learner who picks more letters than the key holds earns none of them (without
    this, ticking every option would earn every letter).
    """

    options: dict = field(default_factory=dict)
    partial: bool = False
    kind = "multi"
    title = page_label("choose all that apply")
    answer_schema = {"type": "array", "items": _LETTER, "maxItems": MAX_PAGE_LETTERS, "uniqueItems": True}
    answer_words = "a list of letters"
    answer_is_set = True
    public_extras = ("options", "partial")
    page_keys = (*_Discrete.page_keys, "letters")

    def canon(self, value):
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        letters = _as_set(value, self.name)
        unknown = [v for v in letters if self.options and v not in self.options]
        if unknown:
            raise Wrong(feedback("{name} has letters that are not options: {letters}").format(name=self.name, letters=", ".join(unknown)))
        return letters

    def public_extra(self):
        return {"options": self.options, **({"partial": True} if self.partial else {})}

    def public(self, salt: str | None) -> dict:
        public = super().public(salt)
        if self.partial and salt is not None:
            public["letters"] = [salted_hash(salt, f"{self.id}:letter", letter) for letter in self.canon(self.answer)]
        return public

    def checks(self) -> list[Check]:
        if not self.partial:
            return super().checks()
        key = self.canon(self.answer)
        return self._letter_checks([lambda c, letter=letter: letter in c for letter in key], len(key))

    def hashed_checks(self, data: dict, salt: str) -> list[Check]:
        if not self.partial:
            return super().hashed_checks(data, salt)
        hashes = data["letters"]
        return self._letter_checks(
            [lambda c, h=h: any(salted_hash(salt, f"{self.id}:letter", letter) == h for letter in c) for h in hashes],
            len(hashes))

    def _letter_checks(self, picked: list, most: int) -> list[Check]:
        """Partial credit: one check per letter of the key ("letter 1" ...: the label never
        names the letter), each passed when that letter is picked among at most `most`."""
        share = Fraction(self.points, len(picked))

        def judge_for(has_letter):
            def accept(canon):
                return has_letter(canon) and len(canon) <= most
            inner = self._judge(accept)

            def judge(value):
                ok, message = inner(value)
                if not ok and message == self.hint and len(self.canon(value)) > most:
                    return False, feedback("{name} picks more letters than apply: choose only the options that apply. {hint}").format(
                        name=self.name, hint=self.hint)
                return ok, message
            return judge
        return [Check(self.id, f"letter {n}", share, self.request(), judge_for(has), self.hint)
                for n, has in enumerate(picked, 1)]

    def mutants(self) -> list[str]:
        return [f"{self.name} = {set(value)!r}\n" for value in self.wrong]

    def blind_guesses(self) -> dict[str, str]:
        return {"every option": f"{self.name} = {set(self.options)!r}\n"} if self.options else {}

    def listed_lines(self):
        return [f"- **{k}**: {v}" for k, v in self.options.items()] + [""] if self.options else []

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        return _option_boxes(self, slug, "checkbox", text.page_text("Choose all that apply"), text)


@dataclass
class Ordering(_Discrete):
    """Put labelled things in order: Q12_2 = ["B", "A", "D", "C"]."""

    entries: dict = field(default_factory=dict)
    kind = "ordering"
    title = page_label("put in order")
    answer_schema = {"type": "array", "items": _LETTER, "maxItems": MAX_PAGE_LETTERS}
    answer_words = "a list of letters"
    public_extras = ("entries",)

    def canon(self, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise Wrong(feedback("{name} should be a list of letters in quotes, like {example}").format(name=self.name, example='["b", "a"]'))
        order = [v.strip().lower() for v in value]
        if self.entries and sorted(order) != sorted(k.lower() for k in self.entries):
            raise Wrong(feedback("{name} should list each of {letters} exactly once").format(
                name=self.name, letters=", ".join(sorted(self.entries))))
        return order

    def public_extra(self):
        return {"entries": self.entries}

    def listed_lines(self):
        return [f"- **{k}**: {v}" for k, v in self.entries.items()] + [""] if self.entries else []

    def blind_guesses(self) -> dict[str, str]:
        if not self.entries:
            return {}
        keys = list(self.entries)
        return {"the order printed": f"{self.name} = {keys!r}\n",
                "the order printed, reversed": f"{self.name} = {keys[::-1]!r}\n",
                "alphabetical order": f"{self.name} = {sorted(keys, key=str.lower)!r}\n"}

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        choices = "".join(f'<option value="{escape(k.lower())}">{escape(k)}: {option_text(text.entry(f"**{k}**", v))}</option>'
                          for k, v in self.entries.items())
        choose, rows = text.page_text("(choose)"), []
        for n in range(1, len(self.entries) + 1):
            box = dom_id(slug, self.id, str(n))
            place = text.page_text("Earliest") if n == 1 else text.page_text("Place {n}").format(n=n)
            rows.append(f'<div class="course-quiz-row"><label for="{box}">{place}</label>'
                        f'<select id="{box}"><option value="">{choose}</option>{choices}</select></div>')
        return quiz_form(slug, self.id, text.page_text("Put in order, first at the top"), rows, text)


@dataclass
class Matching(_Discrete):
    """Match each left key to a right key: Q9_1 = {"hikvision": "b", ...}. One check per key."""

    left: dict = field(default_factory=dict)
    right: dict = field(default_factory=dict)
    kind = "matching"
    title = page_label("match")
    answer_schema = {"type": "object", "maxProperties": MAX_PAGE_LETTERS,
                     "propertyNames": {"maxLength": 60}, "additionalProperties": _LETTER}
    answer_words = "an object of key: letter pairs"
    public_extras = ("left", "right")
    page_keys = (*Item.page_keys, "pairs", "most_per_letter")

    def canon(self, value):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise Wrong(feedback("{name} should be a dict like {example}").format(name=self.name, example='{"key": "letter"}'))
        # Where a right-hand option is a word ("finding"), the word itself counts as its letter.
        words, letters = _right_options(tuple(self.right.items()))
        return {str(k).strip().lower(): (v.strip().lower() if v.strip().lower() in letters or not words
                                         else words.get(label_key(v), v.strip().lower()))
                for k, v in value.items()}

    @property
    def most_per_letter(self) -> int:
        """How many keys share the most-used right letter in the key: the overuse limit."""
        return max(Counter(self.canon(self.answer).values()).values())

    def pair_judge(self, key: str, right: Callable[[dict], bool], limit: int):
        """Judge one pair. A letter given to more keys than any letter fits earns none of
        its pairs: without this, the same letter for every key would earn each pair
        whose answer happens to be that letter."""
        def judge(value):
            ok, message = self._judge(right)(value)
            if not ok:
                return ok, message
            canon = self.canon(value)
            letter = canon[key]
            uses = sum(1 for v in canon.values() if v == letter)
            if uses > limit:
                if limit == 1:
                    template = feedback('{name} gives "{letter}" to {uses} keys, but each letter fits one key here: '
                                        'match each key on its own. {hint}')
                else:
                    template = feedback('{name} gives "{letter}" to {uses} keys, but each letter fits at most {limit} '
                                        'keys here: match each key on its own. {hint}')
                return False, template.format(name=self.name, letter=letter, uses=uses, limit=limit, hint=self.hint)
            return True, ""
        return judge

    def checks(self) -> list[Check]:
        expected = self.canon(self.answer)
        share = Fraction(self.points, len(expected))
        limit = self.most_per_letter
        return [Check(self.id, f"pair {key}", share, self.request(),
                      self.pair_judge(key, lambda c, key=key, want=want: c.get(key) == want, limit), self.hint)
                for key, want in expected.items()]

    def public(self, salt: str | None) -> dict:
        expected = self.canon(self.answer)
        if salt is None:
            return {**self.base(), "left": self.left, "right": self.right}
        return {**self.base(), "left": self.left, "right": self.right, "most_per_letter": self.most_per_letter,
                "pairs": {key: salted_hash(salt, f"{self.id}:{key}", want) for key, want in expected.items()}}

    @staticmethod
    def has_answer_checks(data: dict) -> bool:
        return "pairs" in data

    def hashed_checks(self, data: dict, salt: str) -> list[Check]:
        share = Fraction(self.points, len(data["pairs"]))
        limit = data.get("most_per_letter", len(data["pairs"]))
        return [Check(self.id, f"pair {key}", share, self.request(),
                      self.pair_judge(key, lambda c, key=key, h=h, i=data["id"]: key in c and salted_hash(salt, f"{i}:{key}", c[key]) == h, limit),
                      self.hint) for key, h in data["pairs"].items()]

    def blind_guesses(self) -> dict[str, str]:
        if not (self.left and self.right):
            return {}
        return {f"every key matched to {letter!r}": f"{self.name} = {dict.fromkeys(self.left, letter)!r}\n"
                for letter in self.right}

    def detail_lines(self) -> list[str]:
        if not self.left:
            return []
        return (["Match each of these:", ""] + [f"- `{k}`: {v}" for k, v in self.left.items()] + [""]
                + ["to one of these:", ""] + [f"- **{k}**: {v}" for k, v in self.right.items()] + [""])

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        # Both lists' texts are translated as detail_lines prints them: "`key`: text" and "**k**: text".
        choices = "".join(f'<option value="{escape(k.lower())}">{escape(k)}: {option_text(text.entry(f"**{k}**", str(v)))}'
                          '</option>' for k, v in self.right.items())
        choose = text.page_text("(choose)")
        rows = []
        for key, shown in self.left.items():
            box = dom_id(slug, self.id, key)
            rows.append(f'<div class="course-quiz-row"><label for="{box}">{option_text(text.entry(f"`{key}`", str(shown)))}</label>'
                        f'<select id="{box}" data-key="{escape(str(key).strip().lower())}"><option value="">{choose}</option>{choices}</select></div>')
        return quiz_form(slug, self.id, text.page_text("Match each one"), rows, text)


@dataclass
class Number(_Discrete):
    """A number, compared after rounding to `places` decimals: Q7_3 = 32."""

    places: int = 0
    kind = "number"
    title = page_label("number")
    answer_schema = {"type": "number", "minimum": -1e15, "maximum": 1e15}
    answer_words = "a number (not in quotes)"
    public_extras = ("places",)
    page_keys = (*Item.page_keys, "places", "hash")

    def canon(self, value):
        if isinstance(value, list) and len(value) >= 2 and all(_is_number(v) for v in value):
            raise Wrong(comma_advice(self.name, value))
        if isinstance(value, str):
            raise Wrong(feedback("{name} should be a number without quotes, like {name} = 42").format(name=self.name))
        if not _is_number(value):
            raise Wrong(feedback("{name} should be a number, like {name} = 42").format(name=self.name))
        return f"{round(float(value), self.places):.{self.places}f}"

    def public_extra(self):
        return {"places": self.places}

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        box, label = dom_id(slug, self.id, "n"), text.page_text("Your number")
        return quiz_form(slug, self.id, text.page_text("Give a number"), [
            f'<div class="course-quiz-row"><label for="{box}">{label}</label>'
            f'<input type="text" inputmode="decimal" id="{box}" autocomplete="off" size="12"></div>'], text)


def comma_advice(name: str, parts: list) -> str:
    """What to say when `Q = 8,149` arrives as the tuple (8, 149): Python read the comma
    as separating values, not as a thousands separator (or a decimal comma)."""
    written = ",".join(str(p) for p in parts)
    pair = feedback("a pair") if len(parts) == 2 else feedback("{count} separate numbers").format(count=len(parts))
    shown = "(" + ", ".join(str(p) for p in parts) + ")"
    # 8,149 arrives as (8, 149). A group after a thousands comma has three digits, and
    # Python refuses leading zeros (8,049 is a syntax error), so 100-999 means thousands.
    thousands = isinstance(parts[0], int) and all(isinstance(p, int) and 100 <= p <= 999 for p in parts[1:])
    if thousands:
        joined = str(parts[0]) + "".join(str(p) for p in parts[1:])
        # Translators: {pair} is "a pair" or "{count} separate numbers"; {shown} is like (8, 149).
        return feedback("no comma in numbers: Python reads {written} as {pair} {shown}; write {name} = {joined}").format(
            written=written, pair=pair, shown=shown, name=name, joined=joined)
    return feedback("no comma in numbers: Python reads {written} as {pair} {shown}; write one number, "
                    "with a dot for decimals (3.5) and no comma for thousands (8149)").format(
        written=written, pair=pair, shown=shown)


class Case:
    """One call of a learner function: positional arguments and the expected result.

    `weight` (default 1) is the case's share of the item's points relative to the
    other cases: a case that catches a misconception the item teaches (rule order,
    who reported a claim) can weigh more, so that the misconception cannot keep most
    of the points by getting the easy cases right.
    """

    def __init__(self, *args, expect, note: str = "", weight: int = 1):
        if not isinstance(weight, int) or weight < 1:
            raise ValueError("a case's weight is a whole number of at least 1")
        self.args, self.expect, self.note, self.weight = args, expect, note, weight

    def __repr__(self):
        return f"Case({', '.join(map(repr, self.args))}, expect={self.expect!r})"


def _close(got, want, rel: float, abs_tol: float, loose_labels: bool = True) -> bool:
    if _is_number(want) and _is_number(got):
        return math.isclose(got, want, rel_tol=rel, abs_tol=abs_tol)
    if isinstance(want, dict) and set(want) == {"__set__"}:
        return isinstance(got, dict) and set(got) == {"__set__"} and sorted(map(canonical_json, got["__set__"])) == sorted(map(canonical_json, want["__set__"]))
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(_close(g, w, rel, abs_tol, loose_labels) for g, w in zip(got, want))
    if isinstance(want, dict):
        return isinstance(got, dict) and set(got) == set(want) and all(_close(got[k], want[k], rel, abs_tol, loose_labels) for k in want)
    if loose_labels and isinstance(want, str) and isinstance(got, str) and is_label(want):
        return label_key(got) == label_key(want)
    if isinstance(want, bool) or want is None or isinstance(want, str):
        return type(got) is type(want) and got == want
    return got == want


@lru_cache(maxsize=256)
def _right_options(right: tuple) -> tuple[dict, set]:
    """A matching item's ({word: letter} for options that are words, {letters}); made once
    per item, not for each of its pairs and each learner."""
    words = {label_key(text): letter.lower() for letter, text in right if isinstance(text, str) and is_label(text)}
    return words, {letter.lower() for letter, _ in right}


_LABEL = re.compile(r"[A-Za-z]+(?:[ _-][A-Za-z]+)*")
_SEPARATORS = re.compile(r"[\s_-]+")


def is_label(text: str) -> bool:
    """A label is a short word or phrase of letters ("finding", "self-claim", "one-to-many"):
    compared without regard to case, spacing or the choice of hyphen, underscore or space."""
    return len(text) <= 40 and _LABEL.fullmatch(text) is not None


def label_key(text: str) -> str:
    """"Self claim", " SELF_CLAIM " and "self-claim" all give "self-claim"."""
    if len(text) > 200:  # no label is this long; compare it as it is
        return text
    return "-".join(part for part in _SEPARATORS.split(text.strip().lower()) if part)


def plain(value):
    """The JSON form of a Python value as the worker would send it (sets tagged)."""
    if isinstance(value, (set, frozenset)):
        return {"__set__": sorted((plain(v) for v in value), key=canonical_json)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@dataclass
class Function(Item):
    """A function the learner writes. Each case is worth an equal share of the points.

    Public cases appear in the book and the learner's release; hidden cases only in
    the instructor's grading. Practice cases (inputs unlike any hidden or public case)
    go to the learner's release only: there they stand in for the hidden share, with
    full feedback, so no part of a learner's self-check is silent. The instructor's
    grading never scores them. `mutant_code` holds plausible wrong implementations.
    """

    signature: str = ""
    public_cases: list = field(default_factory=list)
    hidden_cases: list = field(default_factory=list)
    practice_cases: list = field(default_factory=list)
    rel_tol: float = 1e-6
    abs_tol: float = 1e-9
    mutant_code: list = field(default_factory=list)
    # The misconceptions the item teaches against, {what it is: code that has it}. Each
    # must earn at most half the item (tests/test_guess_resistance.py); each is a mutant too.
    misconception_code: dict = field(default_factory=dict)
    # Labels in results ("finding", "one-to-many") are compared without regard to case and
    # spacing. An item that teaches exact text (normalising names) sets exact_text.
    exact_text: bool = False
    kind = "function"
    route = "data"
    title = page_label("write a function")
    runs_code = True
    answer_schema = {"type": "string", "maxLength": MAX_CODE_CHARS}
    answer_words = f"the function's code as text, at most {MAX_CODE_CHARS:,} characters"
    answer_is_code = True
    # Its cases load with the runner, on the first Run (_ext/course_runner.py), not with the page.
    page_keys = ("id", "name", "kind")

    def __post_init__(self):
        super().__post_init__()
        if not self.public_cases or not self.hidden_cases:
            raise ValueError(f"item {self.id}: a function item needs public and hidden cases")

    def _case_checks(self, cases, label: str, share: Fraction) -> list[Check]:
        """One check per case, worth `share` points per unit of the case's weight.
        Examples and practice cases say what was expected; hidden cases ("case") never do."""
        out = []
        public = label in ("example", "practice")
        for n, case in enumerate(cases, 1):
            want = plain(case.expect)
            shown = f"{self.name}({', '.join(_short(a) for a in case.args)})"

            def judge(value, want=want, shown=shown, public=public):
                if _close(value, want, self.rel_tol, self.abs_tol, not self.exact_text):
                    return True, ""
                if isinstance(want, bool) and _is_number(value) and value in (0, 1):
                    # 1 and 0 are not True and False: say so, without revealing which was wanted
                    if public:
                        return False, feedback("{shown} returned {value}: a yes/no function returns True or False, "
                                               "not 1 or 0. {hint}").format(shown=shown, value=_short(value), hint=self.hint)
                    return False, feedback("a further test case returned a number: a yes/no function returns True or "
                                           "False, not 1 or 0. {hint}").format(hint=self.hint)
                if public:
                    return False, feedback("{shown} returned {value}, expected {want}. {hint}").format(
                        shown=shown, value=_short(value), want=_short(want), hint=self.hint)
                return False, feedback("a further test case gave a wrong result. {hint}").format(hint=self.hint)

            out.append(Check(self.id, f"{label} {n}", share * case.weight,
                             {"op": "call", "name": self.name, "args": plain(list(case.args))}, judge, self.hint,
                             hidden=not public, expected_json=canonical_json(want)))
        return out

    def checks(self) -> list[Check]:
        share = Fraction(self.points, sum(c.weight for c in self.public_cases + self.hidden_cases))
        return self._case_checks(self.public_cases, "example", share) + self._case_checks(self.hidden_cases, "case", share)

    def public(self, salt: str) -> dict:
        return {**self.base(), "signature": self.signature, "rel_tol": self.rel_tol, "abs_tol": self.abs_tol,
                "exact_text": self.exact_text,
                "hidden_case_count": len(self.hidden_cases),
                "hidden_weight": sum(c.weight for c in self.hidden_cases),
                "cases": [{"args": plain(list(c.args)), "expect": plain(c.expect), "weight": c.weight}
                          for c in self.public_cases],
                "practice_cases": [{"args": plain(list(c.args)), "expect": plain(c.expect), "weight": c.weight}
                                   for c in self.practice_cases]}

    def mutants(self) -> list[str]:
        return list(self.mutant_code) + list(self.misconception_code.values())

    @classmethod
    def from_public(cls, data: dict, salt: str | None = None) -> "Function":
        cases = [Case(*c["args"], expect=c["expect"], weight=c.get("weight", 1)) for c in data["cases"]]
        return cls(**_public_fields(data), signature=data["signature"], public_cases=cases, hidden_cases=[None],
                   rel_tol=data["rel_tol"], abs_tol=data["abs_tol"], exact_text=data.get("exact_text", False))

    @classmethod
    def public_checks(cls, data: dict, salt: str | None) -> list[Check]:
        item = cls.from_public(data, salt)
        cases = item.public_cases
        hidden_weight = data.get("hidden_weight", data["hidden_case_count"])
        share = Fraction(item.points, sum(c.weight for c in cases) + hidden_weight)
        checks = item._case_checks(cases, "example", share)
        practice = [Case(*c["args"], expect=c["expect"], weight=c.get("weight", 1))
                    for c in data.get("practice_cases", [])]
        if practice:
            # The practice cases carry the hidden share here, with full feedback; the
            # instructor's grading runs its own, different cases for these points.
            per_weight = share * hidden_weight / sum(c.weight for c in practice)
            checks += item._case_checks(practice, "practice", per_weight)
        else:
            checks.append(Check(item.id, "further test cases", share * hidden_weight, item.request(),
                                lambda v: (False, feedback("run by your instructor")), item.hint, manual=True))
        return checks

    def detail_lines(self) -> list[str]:
        examples = [f"{self.name}({', '.join(python_source(a) for a in case.args)})\n# returns {python_source(case.expect)}"
                    for case in self.public_cases]
        return [*fence("python", f"def {self.signature}: ..."),
                "Examples you can check against (your instructor runs further cases):", "",
                *fence("python", "\n\n".join(examples))]

    def blind_guesses(self) -> dict[str, str]:
        from course.grading.guesses import function_guesses

        return function_guesses(self)

    def starter_code(self) -> str:
        return f"def {self.signature}:\n    ...\n"

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        """The code box and Run button (_ext/course_runner.py loads the runner on the first Run)."""
        box = dom_id(slug, self.id, "code")
        # The same words whether or not this copy has the runtime: a page cached from another
        # build must not promise or deny it. Run says plainly when code cannot run here.
        legend = text.page_text("Write the function (item {item})").format(item=escape(self.id))
        note = text.page_text("Press <em>Run</em> to try your code on the examples above and on further practice "
                              "cases, in this browser, offline (the first run starts Python and takes a while).")
        code_label = text.page_text("Your code for {name}").format(name=f"<code>{escape(self.name)}</code>")
        run = text.page_text("Run {item}").format(item=escape(self.id))
        return (f'<form class="course-quiz course-runner" data-chapter="{escape(slug)}" data-item="{escape(self.id)}">'
                f'<fieldset><legend>{legend}</legend>'
                f'<p class="course-runner-note">{note}</p>'
                f'<label for="{box}">{code_label}</label>'
                f'<textarea id="{box}" class="course-runner-code" rows="12" wrap="off" spellcheck="false" autocapitalize="off" '
                f'autocomplete="off">{escape(self.starter_code())}</textarea>'
                f'</fieldset><button type="submit" class="course-quiz-check">{run}</button>'
                f'<p class="course-quiz-feedback" role="status" aria-live="polite"></p>'
                f'<ul class="course-runner-cases"></ul></form>')

    def answer_lines(self, solution_file: Path) -> list[str]:
        code = reference_code(solution_file, self.name)
        return ["Reference code:", "", *fence("python", code)] if code else []


def reference_code(solution_file: Path, name: str) -> str:
    """The source of function `name` in a reference solution file ("" if it has none)."""
    import ast

    source = solution_file.read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return ast.get_source_segment(source, node) or ""
    return ""


def same_answer_message(name: str, answered: list[tuple[Check, Any]]) -> str | None:
    """The same-answer rule: a function that gives one answer to cases that need
    different answers ignores its input, so it earns nothing on any of them.

    `answered` holds (check, learner value) for the function item's cases that the
    worker answered. Returns the message to show, or None when the rule does not apply.
    Without it a function that returns a constant (`return False`) would earn every
    case whose answer happens to be that constant.
    """
    cases = [(check, value) for check, value in answered if check.expected_json is not None]
    if len(cases) < 2:
        return None
    expected = {check.expected_json for check, _ in cases}
    if len(expected) < 2:
        return None
    first = canonical_json(cases[0][1])
    if any(canonical_json(value) != first for _, value in cases[1:]):
        return None   # it gave different answers (usually seen at the second case: no need to write them all)
    return feedback("{name} returned {value} for every case, but the cases need different answers: "
                    "a function that ignores its input earns no points here. Apply the rule to each case.").format(
        name=name, value=_short(cases[0][1]))


def python_text(value) -> str:
    """A plain JSON value as a learner would write it in Python: True, None, {"a", "b"}."""
    if isinstance(value, dict) and set(value) == {"__set__"}:
        members = value["__set__"]
        return "{" + ", ".join(python_text(v) for v in members) + "}" if members else "set()"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_text(k)}: {python_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(python_text(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # double quotes, as the prompts write text
    return repr(value)


def _short(value, limit: int = 80) -> str:
    text = python_text(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ---------------------------------------------------------------- written and structured answers


@dataclass
class Criterion:
    """One rubric row for a person to grade: name, points, what full marks look like."""

    key: str
    points: int
    description: str
    levels: dict = field(default_factory=dict)  # e.g. {"full": "...", "half": "...", "none": "..."}


# Written answers are checked in the grader's own process: cap what it reads. The
# longest memo asked for is a few hundred words; 20,000 characters is ten times that.
MAX_WRITTEN_CHARS = 20_000


def word_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text))


RULES: dict[str, Callable[..., tuple[bool, str]]] = {}


def rule(fn):
    RULES[fn.__name__] = fn
    return fn


@rule
def words_between(text, low: int, high: int):
    n = word_count(text)
    # Translators: completes "Your answer ...".
    return (low <= n <= high), feedback("has {count} words; write between {low} and {high}").format(count=n, low=low, high=high)


_HEADING_MARKS = re.compile(r"^(?:#+|\d+[.)]|[-*+](?=\s))?\s*")   # "## ", "1. ", "2) ", "- "
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.*)\1$")                    # **Who and when**, _Perspective_


def heading_key(line: str) -> str:
    """A line as a heading: "## 1. **Who and when:**" and "Who and when" both give "who and when"."""
    text = line.strip()
    for _ in range(3):  # marks can nest: "## 1. **Who and when**"
        text = _HEADING_MARKS.sub("", text, count=1).strip()
        emphasis = _EMPHASIS.match(text)
        if emphasis:
            text = emphasis.group(2).strip()
        text = text.rstrip(":").strip()
    return " ".join(text.lower().split())


@rule
def has_headings(text, headings: list):
    # One pass over the lines (linear time); Markdown heading marks, numbering, bold or
    # italics and a closing colon do not matter, nor does case.
    found = {heading_key(line) for line in text.splitlines() if len(line) <= 200}
    missing = [h for h in headings if heading_key(h) not in found]
    # Translators: completes "Your answer ...".
    return (not missing), feedback("add these headings, each on its own line: {headings}").format(headings=", ".join(missing))


@rule
def cites_sources(text, minimum: int):
    # Bounded, so an unclosed "[source:" costs at most 300 characters, not the rest of the text.
    found = {" ".join(f.split()) for f in re.findall(r"\[(?:source|src):\s{0,20}([^\]]{1,300})\]", text, flags=re.I)}
    # Translators: completes "Your answer ...". Keep [source: ...] as it is: the check looks for it.
    return (len(found) >= minimum), feedback("cites {count} distinct sources as [source: ...]; cite at least {minimum}").format(
        count=len(found), minimum=minimum)


@rule
def mentions_dates(text, minimum: int):
    years = set(re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", text))
    # Translators: completes "Your answer ...".
    return (len(years) >= minimum), feedback("mentions {count} distinct years; date your claims (at least {minimum})").format(
        count=len(years), minimum=minimum)


@dataclass
class Written(Item):
    """A written answer (a string). Its structure is checked automatically by named
    rules; its content is graded by a person against the rubric."""

    rules: list = field(default_factory=list)        # [("words_between", {"low": 150, "high": 400}), ...]
    rubric: list = field(default_factory=list)       # [Criterion, ...]
    model_answer: str = ""
    read_with: list = field(default_factory=list)    # ids of other answers the rubric grader reads beside this one
    kind = "written"
    title = page_label("written answer")
    answer_schema = {"type": "string", "maxLength": MAX_WRITTEN_CHARS}
    answer_words = f"text of at most {MAX_WRITTEN_CHARS:,} characters"
    page_keys = (*Item.page_keys, "rules")

    @property
    def manual_points(self) -> int:
        return sum(c.points for c in self.rubric)

    def checks(self) -> list[Check]:
        share = Fraction(self.points, len(self.rules))
        out = [Check(self.id, f"structure: {name}", share, self.request(), self._rule_judge(name, params), self.hint,
                     keeps_value=True)
               for name, params in self.rules]
        out += [Check(self.id, f"rubric: {c.key}", Fraction(c.points), self.request(),
                      lambda v: (False, feedback("graded by your instructor")), c.description, manual=True)
                for c in self.rubric]
        return out

    def _rule_judge(self, name, params):
        def judge(value):
            if not isinstance(value, str) or not value.strip():
                return False, feedback("{name} should be your answer as text in quotes").format(name=self.name)
            if len(value) > MAX_WRITTEN_CHARS:
                return False, feedback("Your answer is {length} characters long; the checks read at most {limit}. "
                                       "Shorten it.").format(length=f"{len(value):,}", limit=f"{MAX_WRITTEN_CHARS:,}")
            ok, message = RULES[name](value, **params)
            return ok, ("" if ok else feedback("Your answer {problem}. {hint}").format(problem=message, hint=self.hint))
        return judge

    def public(self, salt: str) -> dict:
        return {**self.base(), "rules": [[n, p] for n, p in self.rules],
                "rubric": [{"key": c.key, "points": c.points, "description": c.description} for c in self.rubric]}

    def mutants(self) -> list[str]:
        return [f'{self.name} = "I think surveillance is bad."\n']

    @classmethod
    def from_public(cls, data: dict, salt: str | None = None) -> "Written":
        return cls(**_public_fields(data), rules=[tuple(r) for r in data["rules"]],
                   rubric=[Criterion(**c) for c in data["rubric"]])

    # How the page describes each structure rule (a rule not listed here is checked but not described).
    RULE_WORDS = {
        "words_between": lambda p: f"length: {p['low']} to {p['high']} words",
        "has_headings": lambda p: "headings, each on its own line: " + ", ".join(f"`{h}`" for h in p["headings"]),
        "cites_sources": lambda p: f"at least {p['minimum']} sources cited as `[source: ...]`",
        "mentions_dates": lambda p: f"at least {p['minimum']} different years mentioned",
    }

    def detail_lines(self) -> list[str]:
        lines = ["Checked automatically:", ""]
        lines += [f"- {self.RULE_WORDS[name](params)}" for name, params in self.rules if name in self.RULE_WORDS]
        lines += ["", "Graded by your instructor with this rubric:", ""]
        if any(c.levels for c in self.rubric):
            lines += ["| criterion | points | full marks | half marks | no marks |", "|---|---|---|---|---|"]
            lines += [f"| {c.key} | {c.points} | {c.levels.get('full', c.description)} | {c.levels.get('half', '')} "
                      f"| {c.levels.get('none', '')} |" for c in self.rubric] + [""]
        else:
            lines += ["| criterion | points | what full marks look like |", "|---|---|---|"]
            lines += [f"| {c.key} | {c.points} | {c.description} |" for c in self.rubric] + [""]
        return lines

    def answer_lines(self, solution_file: Path) -> list[str]:
        from course.grading.source import literal

        model = self.model_answer or literal(solution_file, self.name, default="") or ""
        if not (isinstance(model, str) and model.strip()):
            return []
        return ["A model answer:", "", *[f"> {l}" if l.strip() else ">" for l in model.strip().splitlines()], ""]

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        box = dom_id(slug, self.id, "text")
        label = text.page_text("Your answer (the structure is checked here; your instructor grades the content)")
        return quiz_form(slug, self.id, text.page_text("Write your answer"), [
            f'<label for="{box}">{label}</label><textarea id="{box}" rows="12" spellcheck="true"></textarea>'], text)


# A structured item (the country assessment of 17.7) answered on the page is a JSON object
# of top fields and sections; a section is a list of rows; a row maps field names to text,
# numbers, null, a short list (ids, vendors) or a small object (sub-scores). Nothing
# deeper: the schema spells out every level, so a value nested further, a longer list or
# a longer text is refused before the validators see it. Booleans are refused (the
# template has none).
MAX_STRUCTURED_ROWS = 200       # rows per section; the validators look at 500 at most
MAX_FIELD_TEXT = 4_000          # one field's text: a few sentences, or a long address
_SCALAR = {"type": ["string", "number", "null"], "maxLength": MAX_FIELD_TEXT, "minimum": -1e15, "maximum": 1e15}
_NAMES = {"maxLength": 60}
_FIELD = {"anyOf": [_SCALAR,
                    {"type": "array", "maxItems": 50, "items": _SCALAR},
                    {"type": "object", "maxProperties": 20, "propertyNames": _NAMES, "additionalProperties": _SCALAR}]}
_ROW = {"type": "object", "maxProperties": 30, "propertyNames": _NAMES, "additionalProperties": _FIELD}
STRUCTURED_SCHEMA = {"type": "object", "maxProperties": 30, "propertyNames": _NAMES,
                     "additionalProperties": {"anyOf": [_SCALAR, {"type": "array", "maxItems": MAX_STRUCTURED_ROWS,
                                                                  "items": _ROW}]}}


@dataclass
class Structured(Item):
    """A structured answer (dict or list) checked by named validators in
    `course.grading.validators` (completeness, consistency, sourcing)."""

    validators: list = field(default_factory=list)   # [("complete", {...}), ...]
    wrong_code: list = field(default_factory=list)
    model_answer: str = ""   # a reference answer as a fenced code block, for the instructor edition
    kind = "structured"
    # Answered on the exercise page as a form (course/grading/structured_form.py draws it,
    # the answers file carries it as JSON capped by `answer_schema`), or as a Python dict
    # in the exercise file: no code is needed, so it is on the subject route.
    route = "subject"
    title = page_label("structured answer")
    answer_schema = STRUCTURED_SCHEMA
    answer_words = (f"an object of fields and sections like the template (at most {MAX_STRUCTURED_ROWS} "
                    f"rows a section, {MAX_FIELD_TEXT:,} characters a field, nothing nested deeper)")
    answer_is_nested = True

    def checks(self) -> list[Check]:
        from course.grading import validators

        share = Fraction(self.points, len(self.validators))
        return [Check(self.id, f"check: {name}", share, self.request(),
                      self._judge(getattr(validators, name), params), self.hint, keeps_value=True)
                for name, params in self.validators]

    def _judge(self, fn, params):
        def judge(value):
            if _unset(value):
                return False, feedback("{name} has no answer yet").format(name=self.name)
            problems = fn(value, **params)
            if not problems:
                return True, ""
            shown = "; ".join(problems[:3])
            if len(problems) > 3:
                return False, feedback("{problems} (and {count} more). {hint}").format(
                    problems=shown, count=len(problems) - 3, hint=self.hint)
            return False, feedback("{problems}. {hint}").format(problems=shown, hint=self.hint)
        return judge

    def public(self, salt: str) -> dict:
        return {**self.base(), "validators": [[n, p] for n, p in self.validators]}

    @classmethod
    def from_public(cls, data: dict, salt: str | None = None) -> "Structured":
        return cls(**_public_fields(data), validators=[tuple(v) for v in data["validators"]])

    def detail_lines(self) -> list[str]:
        return ["Checked automatically: " + ", ".join(name.replace("_", " ") for name, _ in self.validators) + ".", ""]

    def answer_lines(self, solution_file: Path) -> list[str]:
        return ["A reference answer:", "", self.model_answer.strip(), ""] if self.model_answer else []

    def form_html(self, slug: str, text: FormText = ENGLISH) -> str:
        from course.grading.structured_form import structured_fields

        return quiz_form(slug, self.id, text.page_text("Fill in the assessment"), [structured_fields(slug, self, text)], text)

    def mutants(self) -> list[str]:
        return list(self.wrong_code)


# ---------------------------------------------------------------- chapters and public form


@dataclass
class Chapter:
    slug: str          # "ch07_export_controls": also the exercise file's name
    title: str
    items: list

    @property
    def number(self) -> int:
        return int(self.slug[2:4])

    @property
    def short(self) -> str:
        return self.slug[:4]

    def checks(self) -> list[Check]:
        out = []
        for item in self.items:
            for check in item.checks():
                check.request = {**check.request, "module": self.slug}
                out.append(check)
        return out

    @property
    def auto_points(self) -> int:
        return sum(item.points for item in self.items)

    def public(self, salt: str) -> dict:
        return {"slug": self.slug, "title": self.title, "salt": salt,
                "items": [item.public(salt) for item in self.items]}


# Every item kind, in the order they are defined (the registry: see KINDS).
ITEM_KINDS = tuple(KINDS.values())
# The subject route's kinds: answered without writing code (the route decides; see ROUTES).
PAGE_KINDS = tuple(kind for kind, cls in KINDS.items() if cls.route == "subject")

EXAM_LABEL = "answer, graded by your instructor"


def checks_from_public(document: dict) -> list[Check]:
    """Checks a learner can run from a release: no answers in plain text."""
    salt, slug, out = document["salt"], document["slug"], []
    for data in document["items"]:
        checks = kind_class(data["kind"], slug).public_checks(data, salt)
        for check in checks:
            check.request = {**check.request, "module": slug}
        out.extend(checks)
    return out
