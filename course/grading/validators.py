"""Validators for structured answers (the `Structured` items of the graded specs).

A `Structured` item names validators from this module with their parameters, e.g.
``("complete", {"top": [...], "sections": {...}})``. Each validator is called as
``fn(value, **params)`` with the learner's answer as plain JSON data (dicts, lists,
strings, numbers, booleans, None; a Python set arrives as ``{"__set__": [...]}``) and
returns a list of problems, each a sentence saying what is wrong and where. An empty
list means the answer passes that check.

These functions run in the trusted grading process on values that came from learner
code, so they treat the value as untrusted data: they check every type before using
it, never evaluate anything, never raise, and stop after a fixed amount of work.
Their messages quote the learner's own values and name rows and fields; they never
say what a right answer would contain. Standard library only: this module also ships
in the learner release, where `course check` uses it.

The validators written for the country assessment of chapter 17:

- ``complete``: the required top-level fields and sections are there, each section
  has enough rows, and every required field of every row is filled in;
- ``consistent``: dates are real ISO dates at a stated precision, no event is dated
  after its own source or after the file was prepared, a project does not end before
  it starts, index values fit their edition (sub-scores add up to the total, a
  Freedom on the Net status matches the score band of its edition), row ids are unique;
- ``sourced``: every row names a source, a claim type and a source date, and every key
  judgement cites existing rows, not only self-claims;
- ``no_contact_details``: no e-mail address or telephone number anywhere in the file.
"""
from __future__ import annotations

import re
from datetime import date

from course.grading.vocabulary import CLAIM_TYPES, SELF_CLAIM, normalise_claim_type
from course.grading.feedback import feedback

# ---------------------------------------------------------------- vocabulary

# CLAIM_TYPES and SELF_CLAIM come from the course's one vocabulary (course/grading/vocabulary.py).

# Fields that hold dates. Event fields say when something happened; `source_date` says
# when the source was published or accessed; `prepared` (top level) when the file was
# finished.
DATE_FIELDS = ("date", "start", "end", "source_date")
EVENT_FIELDS = ("date", "start", "end")

# Values that fill a field without saying anything.
PLACEHOLDERS = {"?", "-", "--", "...", "n/a", "na", "none", "tbd", "todo", "xxx", "source", "unknown", "see above"}

# Freedom House indices, as the learner may write their names.
FIW, FOTN = "Freedom in the World", "Freedom on the Net"
INDEX_NAMES = {"freedom in the world": FIW, "fiw": FIW, "freedom on the net": FOTN, "fotn": FOTN}
STATUSES = ("Free", "Partly Free", "Not Free")

# Sub-scores and their maxima. FIW: political rights 0-40 plus civil liberties 0-60.
# FOTN: A obstacles to access 0-25, B limits on content 0-35, C violations of user
# rights 0-40. In both, the sub-scores add up to the total score.
PART_MAXIMA = {
    FIW: {"political_rights": 40, "civil_liberties": 60},
    FOTN: {"A": 25, "B": 35, "C": 40},
}

# Freedom on the Net status bands. The scale was turned round in the 2019 edition:
# since then 100 is the freest (Free 70-100, Partly Free 40-69, Not Free 0-39); before
# it, 0 was the freest (Free 0-30, Partly Free 31-60, Not Free 61-100). Freedom in the
# World status is not a band of its total score (it comes from the political-rights
# and civil-liberties ratings), so no band is checked for it.
FOTN_SCALE_TURNED = 2019


def fotn_status(score: float, edition: int) -> str:
    """The status a Freedom on the Net score has in the given edition."""
    if edition >= FOTN_SCALE_TURNED:
        return "Free" if score >= 70 else "Partly Free" if score >= 40 else "Not Free"
    return "Free" if score <= 30 else "Partly Free" if score <= 60 else "Not Free"


# ---------------------------------------------------------------- small helpers

MAX_ROWS = 500          # rows looked at per section: enough for any real assessment
MAX_STRINGS = 20_000    # strings scanned by no_contact_details


def _unset(value) -> bool:
    """True for a field left empty: None, blank text, or an empty list or dict."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return len(_as_list(value)) == 0 if _is_set(value) else len(value) == 0
    return False


def _is_set(value) -> bool:
    return isinstance(value, dict) and set(value) == {"__set__"} and isinstance(value["__set__"], list)


def _as_list(value) -> list:
    """A list, or a set sent as {"__set__": [...]}, as a list; anything else as []."""
    if _is_set(value):
        return value["__set__"]
    return value if isinstance(value, list) else []


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _show(value, limit: int = 40) -> str:
    """The learner's value, short enough for a message: text in quotes, anything else as written."""
    text = value[: limit * 4] if isinstance(value, str) else repr(value)[: limit * 4]
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 3] + "..."
    return f'"{text}"' if isinstance(value, str) else text


def _where(section: str, number: int, row) -> str:
    """How a message names a row: 'projects row 2 (id "P2")'."""
    rid = row.get("id") if isinstance(row, dict) else None
    if isinstance(rid, str) and rid.strip():
        return feedback("{section} row {number} (id {id})").format(section=section, number=number, id=_show(rid, 20))
    return _row_name(section, number)


def _row_name(section: str, number: int) -> str:
    return feedback("{section} row {number}").format(section=section, number=number)


def _rows(value: dict, skip=()):
    """Every (section, row number from 1, row) for the list sections of the answer."""
    for section, rows in value.items():
        if section in skip or not isinstance(rows, list):
            continue
        for number, row in enumerate(rows[:MAX_ROWS], 1):
            yield section, number, row


def _norm_claim(value):
    """'Self-claim', 'self claim' and 'self_claim' all mean self-claim."""
    return normalise_claim_type(value)


def _has_evidence(value, judgements="judgements") -> bool:
    """True once at least one evidence row names a source: before that there is
    nothing for a consistency or safety check to pass."""
    return any(isinstance(row, dict) and not _unset(row.get("source"))
               for _, _, row in _rows(value, skip=(judgements,)))


def _nothing_yet() -> str:
    return feedback("the assessment has no rows with a source yet, so there is nothing to check")


def _not_a_dict() -> str:
    return feedback("the assessment should be a dict like the template on the exercise page")


def _index_name(value):
    return INDEX_NAMES.get(value.strip().lower()) if isinstance(value, str) else None


# ---------------------------------------------------------------- dates

ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


class Period:
    """An ISO date at the precision it was written: '2023' is the whole of 2023,
    '2023-09' the whole of September 2023, '2023-09-23' that one day."""

    def __init__(self, text: str, first: date, last: date):
        self.text, self.first, self.last = text, first, last

    @property
    def is_day(self) -> bool:
        return self.first == self.last

    def after(self, other: "Period") -> bool:
        """Certainly later: this period starts after the other one ends."""
        return self.first > other.last

    def before(self, other: "Period") -> bool:
        """Certainly earlier: this period ends before the other one starts."""
        return self.last < other.first


def parse_period(value):
    """A Period for 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' that names a real date, else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = ISO_DATE.fullmatch(text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        y = int(year)
        if y < 1900:
            return None
        if month is None:
            return Period(text, date(y, 1, 1), date(y, 12, 31))
        m = int(month)
        if day is None:
            first = date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return Period(text, first, date.fromordinal(nxt.toordinal() - 1))
        one = date(y, m, int(day))
        return Period(text, one, one)
    except ValueError:  # month 13, 30 February and the like
        return None


def date_forms() -> str:
    """The date forms a learner may write, for the messages that ask for one (translated:
    the forms stay as typed, the words around them follow the learner's language)."""
    return feedback('"YYYY", "YYYY-MM" or "YYYY-MM-DD" (for example "2019", "2019-10" or "2019-10-24")')


# ---------------------------------------------------------------- complete


def complete(value, top=(), sections=None):
    """Required top-level fields filled in; each section present with enough rows, and
    every required field of every row filled in.

    `top` lists the required top-level fields. `sections` maps each section name to
    ``{"min_rows": n, "fields": [...]}``.
    """
    if not isinstance(value, dict):
        return [_not_a_dict()]
    problems = []
    for name in top:
        if name not in value:
            problems.append(feedback('the field "{name}" is missing').format(name=name))
        elif _unset(value[name]):
            problems.append(feedback('the field "{name}" is empty').format(name=name))
    for section, rule in (sections or {}).items():
        minimum, fields = rule.get("min_rows", 1), rule.get("fields", [])
        if section not in value:
            problems.append(feedback('the section "{section}" is missing').format(section=section))
            continue
        rows = value[section]
        if not isinstance(rows, list):
            problems.append(feedback('the section "{section}" should be a list of rows, like {example}').format(
                section=section, example="[{...}, {...}]"))
            continue
        if len(rows) < minimum:
            problems.append(feedback('the section "{section}" has {count} row(s); it needs at least {minimum} '
                                     '(if you searched and found nothing, add a row that says where and when you looked)').format(
                section=section, count=len(rows), minimum=minimum))
        for number, row in enumerate(rows[:MAX_ROWS], 1):
            where = _row_name(section, number)
            if not isinstance(row, dict):
                problems.append(feedback("{where} should be a dict with the fields of the template").format(where=where))
                continue
            where = _where(section, number, row)
            for field in fields:
                if field not in row:
                    problems.append(feedback('{where}: the field "{field}" is missing').format(where=where, field=field))
                elif _unset(row[field]):
                    problems.append(feedback('{where}: the field "{field}" is empty').format(where=where, field=field))
    return problems


# ---------------------------------------------------------------- consistent


def consistent(value, judgements="judgements"):
    """Internal consistency: dates, date order, index values, unique ids.

    `judgements` names the section of key judgements (it holds no dates or sources).
    """
    if not isinstance(value, dict):
        return [_not_a_dict()]
    problems = [] if _has_evidence(value, judgements) else [_nothing_yet()]

    # The file's own date: a full day, the latest date anything in the file may have.
    prepared = parse_period(value.get("prepared"))
    if prepared is None or not prepared.is_day:
        problems.append(feedback('the field "prepared" should be the date you finished the file, as "YYYY-MM-DD"; '
                                 'it is {value}').format(value=_show(value.get("prepared"))))
        prepared = None

    seen_ids = {}
    for section, number, row in _rows(value):
        if not isinstance(row, dict):
            continue  # `complete` reports rows of the wrong shape
        where = _where(section, number, row)

        rid = row.get("id")
        if isinstance(rid, str) and rid.strip():
            key = rid.strip().lower()
            if key in seen_ids:
                problems.append(feedback("{where}: the id {id} is also used by {other}; give each row its own id").format(
                    where=where, id=_show(rid, 20), other=seen_ids[key]))
            else:
                seen_ids[key] = _row_name(section, number)
        if section == judgements:
            continue

        # Every date field that is filled in must be a real date at a stated precision.
        periods = {}
        for field in DATE_FIELDS:
            if field not in row or _unset(row[field]):
                continue
            period = parse_period(row[field])
            if period is None:
                problems.append(feedback('{where}: "{field}" is {value}; write it as {forms}, a real date').format(
                    where=where, field=field, value=_show(row[field]), forms=date_forms()))
                continue
            periods[field] = period
            if prepared and period.after(prepared):
                problems.append(feedback('{where}: "{field}" ({date}) is after the date the file was prepared '
                                         '({prepared})').format(where=where, field=field, date=period.text,
                                                                prepared=prepared.text))

        # An event cannot be later than the source that reports it.
        source = periods.get("source_date")
        for field in EVENT_FIELDS:
            if source and field in periods and periods[field].after(source):
                problems.append(feedback('{where}: "{field}" ({date}) is after the row\'s own source date '
                                         '({source_date}); a source cannot report a later event').format(
                    where=where, field=field, date=periods[field].text, source_date=source.text))

        # A project cannot end before it starts.
        if "start" in periods and "end" in periods and periods["end"].before(periods["start"]):
            problems.append(feedback('{where}: "end" ({end}) is before "start" ({start})').format(
                where=where, end=periods["end"].text, start=periods["start"].text))

        if "index" in row or "edition" in row or "score" in row:
            problems += _index_problems(where, row, source, prepared)
    return problems


def _index_problems(where: str, row: dict, source, prepared) -> list[str]:
    """An index row: its edition, score range, sub-scores and status."""
    problems = []
    index = _index_name(row.get("index"))
    edition, score, status = row.get("edition"), row.get("score"), row.get("status")

    if not _unset(edition):
        latest = prepared.first.year if prepared else date.today().year
        if not (isinstance(edition, int) and not isinstance(edition, bool) and 1970 <= edition <= latest):
            problems.append(feedback('{where}: "edition" is {value}; write the edition year as a number '
                                     '(for example 2025), no later than the year the file was prepared').format(
                where=where, value=_show(edition)))
            edition = None
        elif source and source.last.year < edition:
            problems.append(feedback('{where}: the {edition} edition cannot come from a source dated {source_date}; '
                                     'check the edition year and the source date').format(
                where=where, edition=edition, source_date=source.text))
    else:
        edition = None

    if not _unset(score) and not _is_number(score):
        problems.append(feedback('{where}: "score" is {value}; write it as a number, without quotes').format(
            where=where, value=_show(score)))
        score = None
    elif _unset(score):
        score = None
    if index and score is not None and not 0 <= score <= 100:
        problems.append(feedback('{where}: "score" ({score}) is outside the 0-100 scale of {index}').format(
            where=where, score=score, index=index))

    if index and not _unset(status) and status not in STATUSES:
        problems.append(feedback('{where}: "status" is {value}; {index} uses "Free", "Partly Free" or "Not Free"').format(
            where=where, value=_show(status), index=index))

    parts = row.get("parts")
    if index and isinstance(parts, dict) and parts:
        maxima = PART_MAXIMA[index]
        unknown = [k for k in parts if k not in maxima]
        if unknown:
            problems.append(feedback('{where}: "parts" has {unknown}; {index} sub-scores are {known}').format(
                where=where, unknown=", ".join(_show(k, 20) for k in unknown), index=index, known=", ".join(maxima)))
        for key, maximum in maxima.items():
            part = parts.get(key)
            if key in parts and not (_is_number(part) and 0 <= part <= maximum):
                problems.append(feedback('{where}: the sub-score "{key}" is {value}; it should be a number from 0 to '
                                         '{maximum}').format(where=where, key=key, value=_show(part), maximum=maximum))
        numbers = [p for p in parts.values() if _is_number(p)]
        if score is not None and not unknown and len(numbers) == len(maxima) and abs(sum(numbers) - score) > 1e-9:
            problems.append(feedback('{where}: the sub-scores in "parts" add up to {total}, '
                                     'but "score" is {score}; the total should equal their sum').format(
                where=where, total=f"{sum(numbers):g}", score=f"{score:g}"))
    elif index and not _unset(parts) and not isinstance(parts, dict):
        problems.append(feedback('{where}: "parts" should be a dict of sub-scores, like {example}').format(
            where=where, example='{"' + next(iter(PART_MAXIMA[index])) + '": 0, ...}'))

    if index == FOTN and score is not None and edition is not None and status in STATUSES:
        expected = fotn_status(score, edition)
        if status != expected:
            # Translators: {scale} is "100 is the freest" or "0 is the freest".
            scale = feedback("100 is the freest") if edition >= FOTN_SCALE_TURNED else feedback("0 is the freest")
            problems.append(feedback('{where}: "status" {value} does not match a score of {score} in the '
                                     '{edition} edition of Freedom on the Net (in that edition {scale}); check the '
                                     'edition\'s score bands').format(
                where=where, value=_show(status), score=f"{score:g}", edition=edition, scale=scale))
    return problems


# ---------------------------------------------------------------- sourced


def sourced(value, judgements="judgements", min_judgements=1):
    """Every evidence row names a source, a claim type and a source date; every key
    judgement cites existing rows, and not only self-claims.

    `judgements` names the section of key judgements; each judgement row has the text
    in "judgement" and the ids of the rows it rests on in "based_on".
    """
    if not isinstance(value, dict):
        return [_not_a_dict()]
    problems = []
    claim_of = {}  # row id (lower case) -> claim type, for the judgement check
    evidence_rows = 0
    for section, number, row in _rows(value, skip=(judgements,)):
        if not isinstance(row, dict):
            continue
        evidence_rows += 1
        where = _where(section, number, row)

        source = row.get("source")
        if not isinstance(source, str) or not source.strip():
            problems.append(feedback('{where}: "source" is empty; name the document, who published it and where to '
                                     'find it').format(where=where))
        elif source.strip().lower() in PLACEHOLDERS or len(source.strip()) < 8:
            problems.append(feedback('{where}: "source" is {value}; name the document, who published it and '
                                     'where to find it').format(where=where, value=_show(source)))

        claim = _norm_claim(row.get("claim_type"))
        if claim not in CLAIM_TYPES:
            problems.append(feedback('{where}: "claim_type" is {value}; use "finding", "allegation" or "self-claim"').format(
                where=where, value=_show(row.get("claim_type"))))
            claim = None

        if _unset(row.get("source_date")):
            problems.append(feedback('{where}: "source_date" is empty; give the date the source was published or, '
                                     'for an undated page, the date you accessed it').format(where=where))
        elif parse_period(row.get("source_date")) is None:
            problems.append(feedback('{where}: "source_date" is {value}; write it as {forms}').format(
                where=where, value=_show(row.get("source_date")), forms=date_forms()))

        rid = row.get("id")
        if isinstance(rid, str) and rid.strip():
            claim_of[rid.strip().lower()] = claim

    if evidence_rows == 0:
        problems.append(feedback("the assessment has no rows of evidence yet"))

    rows = value.get(judgements)
    if not isinstance(rows, list) or len(rows) < min_judgements:
        have = len(rows) if isinstance(rows, list) else 0
        problems.append(feedback('the section "{section}" has {count} key judgement(s); write at least {minimum}').format(
            section=judgements, count=have, minimum=min_judgements))
        rows = rows if isinstance(rows, list) else []
    for number, row in enumerate(rows[:MAX_ROWS], 1):
        if not isinstance(row, dict):
            problems.append(feedback('{where} should be a dict with "id", "judgement" and "based_on"').format(
                where=_row_name(judgements, number)))
            continue
        where = _where(judgements, number, row)
        cited = _as_list(row.get("based_on"))
        if isinstance(row.get("based_on"), str) and row["based_on"].strip():
            cited = [row["based_on"]]  # one id written without the list brackets
        if not cited:
            problems.append(feedback('{where}: "based_on" is empty; list the ids of the rows this judgement rests on').format(
                where=where))
            continue
        unknown = [c for c in cited if not (isinstance(c, str) and c.strip().lower() in claim_of)]
        if unknown:
            problems.append(feedback('{where}: "based_on" names {ids}, which is not the id of any evidence row').format(
                where=where, ids=", ".join(_show(c, 20) for c in unknown)))
        types = [claim_of[c.strip().lower()] for c in cited if isinstance(c, str) and c.strip().lower() in claim_of]
        if types and all(t == SELF_CLAIM for t in types):
            problems.append(feedback('{where}: rests only on self-claims ({ids}); add a row from a source other than '
                                     'the party concerned, or move the point to your memo as that party\'s own claim').format(
                where=where, ids=", ".join(c for c in cited if isinstance(c, str))))
    return problems


# ---------------------------------------------------------------- no_contact_details

# Patterns are applied so that the work stays linear in the length of the text: an
# e-mail address is looked for around each "@" only, and only the first MAX_CHARS
# characters of any one text are scanned.
MAX_CHARS = 20_000
EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+-]")
EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE = re.compile(r"\+\d[\d ().-]{6,}\d")


def _has_email(text: str) -> bool:
    start = 0
    for _ in range(200):  # at most 200 "@" signs per text
        at = text.find("@", start)
        if at < 0:
            return False
        if at > 0 and EMAIL_LOCAL.match(text[at - 1]) and EMAIL_DOMAIN.match(text, at + 1, at + 256):
            return True
        start = at + 1
    return False


def _has_phone(text: str) -> bool:
    return PHONE.search(text) is not None


def no_contact_details(value):
    """No e-mail address or telephone number anywhere in the answer: the file names
    institutions and documents, never how to reach a person."""
    if not isinstance(value, dict):
        return [_not_a_dict()]
    problems = [] if _has_evidence(value) else [_nothing_yet()]
    budget = MAX_STRINGS
    stack = [(_whole(), value)]
    while stack and budget > 0:
        where, item = stack.pop()
        if isinstance(item, str):
            budget -= 1
            item = item[:MAX_CHARS]
            if _has_email(item):
                problems.append(feedback("{where} contains an e-mail address; keep contact details out of this file "
                                         "(cite the document or page instead)").format(where=where))
            elif _has_phone(item):
                problems.append(feedback("{where} contains what looks like a telephone number; keep contact details "
                                         "out of this file").format(where=where))
        elif _is_set(item):  # a set arrives as {"__set__": [...]}: name its items like a list's
            stack.append((where, item["__set__"]))
        elif isinstance(item, dict):
            children = []
            for key, child in item.items():
                if isinstance(key, str) and (_has_email(key[:MAX_CHARS]) or _has_phone(key[:MAX_CHARS])):
                    problems.append(feedback("a field name in {where} contains contact details; remove it").format(where=where))
                children.append((key, child))
            for key, child in reversed(children):
                stack.append((_child_where(where, key, child), child))
        elif isinstance(item, list):
            for number, child in reversed(list(enumerate(item[:MAX_ROWS], 1))):
                stack.append((_list_where(where, number, child), child))
    return problems


def _child_where(where: str, key, child) -> str:
    if where == _whole():
        return feedback('the field "{name}"').format(name=key) if not isinstance(child, list) else _section_name(key)
    return feedback('{where}, field "{name}"').format(where=where, name=key)


def _whole() -> str:
    return feedback("the assessment")


class _SectionName(str):
    """'the section "x"' in the learner's language, remembering x: its rows are named as any row is."""
    section: str = ""


def _section_name(key) -> str:
    name = _SectionName(feedback('the section "{name}"').format(name=key))
    name.section = str(key)
    return name


def _list_where(where: str, number: int, child) -> str:
    if isinstance(where, _SectionName):
        return _where(where.section, number, child)
    return feedback("{where}, item {number}").format(where=where, number=number)
