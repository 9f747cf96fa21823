"""Checks every translated message must pass against its English source.

Each check takes (source, translation, language) and returns a list of problems, one
short sentence each. They look only at what must survive translation unchanged:

* numbers (the digits, so 1,000 -> 1.000 and 2.5 -> 2,5 are fine) and the months of dates;
* cross-references and citations: MyST roles such as {cite:p}`key` and {doc}`page`
  keep their role and target (a glossary {term} may show other words, but stays a term);
* URLs, inline code and the {placeholders} of program messages, character for character;
* text in another script (a Russian or Chinese source title): kept as it is, a
  translation may follow in brackets;
* no line may start a Markdown block ("1. ", "- ", "# "...): Sphinx would keep the English.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from babel.dates import get_month_names

NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
ROLE = re.compile(r"\{(?P<role>[a-z:-]+)\}`(?P<body>[^`]*)`")   # role names may hold "-": {unsafe-source}
INLINE_CODE = re.compile(r"(?<![}`])`(?P<code>[^`\n]+)`(?!`)")
URL = re.compile(r"(?:https?|mailto|ftp)://[^\s<>)\]\"'`]+|mailto:[^\s<>)\]\"'`]+")
# Scripts a source title may be written in; Latin text is what translators change.
OTHER_SCRIPT = re.compile(r"[\u0400-\u04FF\u0500-\u052F\u4E00-\u9FFF\u3400-\u4DBF\u0600-\u06FF]"
                          r"[\u0400-\u04FF\u0500-\u052F\u4E00-\u9FFF\u3400-\u4DBF\u0600-\u06FF\s\-«»\"'.,:;!?()0-9]*")
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
# A month name counts as a date only next to a day or a year ("20 May 2021", "May 2021").
MONTH_IN_DATE = re.compile(r"\b(?:\d{1,2}\s+)?(" + "|".join(ENGLISH_MONTHS) + r")\b(?=\s+\d{1,4}\b)|\b\d{1,2}\s+("
                           + "|".join(ENGLISH_MONTHS) + r")\b")
# Roles whose target must stay character for character. {term} is checked by count only,
# because a translated glossary term is a new target (Sphinx warns on a count mismatch too).
EXACT_TARGET_ROLES = ("cite", "doc", "ref", "numref", "eq", "download", "verified", "kit",
                      "sensitive", "unsafe-source")


@dataclass(frozen=True)
class Problem:
    catalog: str
    msgid: str
    what: str

    def __str__(self) -> str:
        short = self.msgid if len(self.msgid) <= 70 else self.msgid[:67] + "..."
        return f"{self.catalog}: {self.what} (source: {short!r})"


def _without_roles_urls_code(text: str) -> str:
    text = ROLE.sub(" ", text)
    text = URL.sub(" ", text)
    return INLINE_CODE.sub(" ", text)


def _digits(text: str) -> list[str]:
    return sorted(re.sub(r"\D", "", n) for n in NUMBER.findall(_without_roles_urls_code(text)))


def check_numbers(source: str, translation: str, language: str) -> list[str]:
    missing = _multiset_missing(_digits(source), _digits(translation))
    extra = _multiset_missing(_digits(translation), _digits(source))
    problems = []
    if missing:
        problems.append(f"number(s) {', '.join(missing)} of the source are missing")
    if extra:
        problems.append(f"number(s) {', '.join(extra)} are not in the source")
    return problems


def _multiset_missing(wanted: list[str], have: list[str]) -> list[str]:
    pool = list(have)
    missing = []
    for item in wanted:
        if item in pool:
            pool.remove(item)
        else:
            missing.append(item)
    return missing


def _month_forms(language: str) -> dict[int, tuple[str, str]]:
    """Each month's format and stand-alone names ("мая", "май"); KeyError-free for Babel's locales."""
    wide = get_month_names("wide", locale=language)
    alone = get_month_names("wide", context="stand-alone", locale=language)
    return {n: (wide[n].casefold(), alone[n].casefold()) for n in wide}


def _names_month(word: str, number: int, forms: dict[int, tuple[str, str]]) -> bool:
    """Whether a word is a form of the month: one of its two Babel names, or, where those
    two differ (languages that inflect months: Russian "мая"/"май", so also "в мае",
    "в декабре"), their common stem plus one letter, unless the word is another month's
    name ("март" is not a form of "май")."""
    if word in forms[number]:
        return True
    if forms[number][0] == forms[number][1] or any(word in names for n, names in forms.items() if n != number):
        return False
    stem = os.path.commonprefix(list(forms[number]))
    return len(stem) >= 2 and word.startswith(stem) and len(word) - len(stem) <= 1


def check_dates(source: str, translation: str, language: str) -> list[str]:
    """A month in a source date must appear as that month in the target language."""
    try:
        forms = _month_forms(language)
    except (ValueError, LookupError):   # a locale Babel does not know: only the numbers are checked
        return []
    words = re.findall(r"\w+", translation.casefold())
    problems = []
    for match in MONTH_IN_DATE.finditer(_without_roles_urls_code(source)):
        english = match.group(1) or match.group(2)
        number = ENGLISH_MONTHS.index(english) + 1
        if english.casefold() not in words and not any(_names_month(w, number, forms) for w in words):
            problems.append(f"the date's month {english} is not in the translation (expected {forms[number][0]!r})")
    return problems


def _roles(text: str) -> list[tuple[str, str]]:
    found = []
    for match in ROLE.finditer(text):
        role, body = match.group("role"), match.group("body")
        target = body.rsplit("<", 1)[1].rstrip(">").strip() if body.endswith(">") and "<" in body else body.strip()
        found.append((role, target))
    return found


def check_references(source: str, translation: str, language: str) -> list[str]:
    source_roles, target_roles = _roles(source), _roles(translation)
    problems = []
    exact = [r for r in source_roles if r[0].split(":")[0] in EXACT_TARGET_ROLES]
    for role, target in _multiset_missing(exact, target_roles):
        problems.append(f"{{{role}}}`{target}` is missing or its target was changed")
    for role in sorted({r for r, _ in source_roles}):
        if sum(r == role for r, _ in source_roles) != sum(r == role for r, _ in target_roles):
            problems.append(f"the number of {{{role}}} references differs from the source")
    return problems


LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)")   # [text](target): the target of a Markdown link


def check_urls(source: str, translation: str, language: str) -> list[str]:
    missing = _multiset_missing(sorted(URL.findall(source)), sorted(URL.findall(translation)))
    problems = [f"URL {url} is missing or changed" for url in missing]
    local = [t for t in LINK_TARGET.findall(source) if not URL.fullmatch(t)]
    problems += [f"link target {t} is missing or changed"
                 for t in _multiset_missing(sorted(local), sorted(LINK_TARGET.findall(translation)))]
    return problems


def check_inline_code(source: str, translation: str, language: str) -> list[str]:
    source_code = sorted(m.group("code") for m in INLINE_CODE.finditer(ROLE.sub(" ", source)))
    target_code = sorted(m.group("code") for m in INLINE_CODE.finditer(ROLE.sub(" ", translation)))
    return [f"inline code `{code}` is missing or changed" for code in _multiset_missing(source_code, target_code)]


def check_original_script(source: str, translation: str, language: str) -> list[str]:
    """Text in Cyrillic, Chinese or Arabic script (a source title) stays as written."""
    problems = []
    for run in OTHER_SCRIPT.findall(_without_roles_urls_code(source)):
        run = run.strip(" -\"'.,:;!?()«»")
        if run and run not in translation:
            problems.append(f"the original-script text {run!r} is not kept as written")
    return problems


PLACEHOLDER = re.compile(r"(?<![`}])\{[a-z_][a-z0-9_]*\}(?!`)")


def check_placeholders(source: str, translation: str, language: str) -> list[str]:
    """The {name} slots of a `course check` message are filled in by the program: keep them all."""
    missing = _multiset_missing(sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(translation)))
    extra = _multiset_missing(sorted(PLACEHOLDER.findall(translation)), sorted(PLACEHOLDER.findall(source)))
    return ([f"placeholder {p} is missing" for p in missing] + [f"placeholder {p} is not in the source" for p in extra])


# Sphinx parses each translation again as Markdown. A line that opens a Markdown block
# (a list item, a heading, a quotation, a rule, a MyST comment or fence) turns the
# paragraph into something else, and Sphinx then silently keeps the English. The first
# line of a message can open any block; a later line only those that interrupt a
# paragraph in CommonMark (an ordered list there must start at 1).
FIRST_LINE_BLOCK = re.compile(r"^ {0,3}(?:\d{1,9}[.)](?:\s|$)|[-+*](?:\s|$)|#{1,6}(?:\s|$)|>|%|```|~~~|:::"
                              r"|(?:[-*_][ \t]*){3,}$)")
LATER_LINE_BLOCK = re.compile(r"^ {0,3}(?:1[.)]\s+\S|[-+*]\s+\S|#{1,6}(?:\s|$)|>|%|```|~~~|:::|(?:[-*_=][ \t]*){3,}$)")


def check_markdown_blocks(source: str, translation: str, language: str) -> list[str]:
    """A translation must stay one paragraph: no line may start a list, heading or other block.

    A numbered title such as "1. Welcome" is the usual trap: write "1\\. Bienvenida".
    A translation identical to its source is left alone (Sphinx shows the same English).
    """
    if translation == source:
        return []
    problems = []
    for number, line in enumerate(translation.split("\n")):
        pattern = FIRST_LINE_BLOCK if number == 0 else LATER_LINE_BLOCK
        if pattern.match(line):
            start = line.strip()[:12]
            problems.append(f"line {number + 1} starts with {start!r}, which Markdown reads as a list, heading or "
                            "other block, so the English is shown instead; escape the mark with a backslash "
                            "(1\\. or \\- or \\#) or reword")
    return problems


MESSAGE_CHECKS = (check_placeholders, check_numbers, check_dates, check_references, check_urls, check_inline_code,
                  check_original_script, check_markdown_blocks)


# Catalogs whose messages are program text, never parsed as Markdown.
PLAIN_TEXT_CATALOGS = ("messages/",)


def check_message(catalog: str, source: str, translation: str, language: str) -> list[Problem]:
    if not translation:
        return []
    checks = [c for c in MESSAGE_CHECKS if not (c is check_markdown_blocks and catalog.startswith(PLAIN_TEXT_CATALOGS))]
    return [Problem(catalog, source, what) for check in checks for what in check(source, translation, language)]
