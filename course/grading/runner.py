"""Grade one submission: ask the sandbox for values, judge them here, add up points.

This is the trusted side. It loads the chapter specs (full ones from the question
bank in a course checkout, public ones from a learner release's public checks; see
``course.paths.Layout``), sends only *requests* to the sandboxed worker, and judges the plain JSON
answers it gets back.
"""
from __future__ import annotations

import builtins
import functools
import importlib.util
import json
import re
import tempfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from course.grading.answers_file import SUFFIX as ANSWERS_SUFFIX, AnswersFileError, page_answerable, read_answers_file
from course.grading.advice import MAX_DECODE_BYTES, import_advice, readable_source, source_line
from course.grading import memo
from course.grading.points import total as points_total
from course.grading.sandbox import TRUSTED_ERROR_KINDS, Sandbox
from course.grading.spec import Chapter, Check, checks_from_public, same_answer_message
from course.grading.feedback import current_language, feedback
from course.i18n.item_messages import localised_public, translated_chapter
from course.paths import Layout


@dataclass
class ChapterChecks:
    slug: str
    title: str
    checks: list[Check]
    spec: Chapter | None = None   # the full spec, when grading from a course checkout
    sources: list[Path] = field(default_factory=list)   # files the checks are built from (for the key fingerprint)
    answerable: dict[str, str] = field(default_factory=dict)   # {name: kind} of items answerable on the page

    @property
    def short(self) -> str:
        return self.slug[:4]

    @functools.cached_property
    def possible_by_item(self) -> dict[str, Fraction]:
        """Each item's automatic points: the same for every learner, so added up once.
        (The checks are not changed after the chapter is loaded.)"""
        by_item: dict[str, list[Fraction]] = {}
        for check in self.checks:
            if not check.manual:
                by_item.setdefault(check.item_id, []).append(check.points)
        return {item_id: points_total(points) for item_id, points in by_item.items()}

    @functools.cached_property
    def possible(self) -> Fraction:
        return points_total(self.possible_by_item.values())


@dataclass
class CheckResult:
    check: Check
    awarded: Fraction
    passed: bool
    message: str
    error_kind: str | None = None
    error_line: int | None = None
    value: object = None   # kept only for checks that ask for it (written answers)
    raw: object = None     # the plain value the learner's code gave (None if it failed)
    answer: dict | None = None   # the worker's answer it was judged from (see memo.derived)


@dataclass
class ChapterResult:
    chapter: ChapterChecks
    results: list[CheckResult] = field(default_factory=list)
    file_problem: str | None = None   # one message when the whole file could not be used
    file: Path | None = None          # the file that was graded
    notes: list[str] = field(default_factory=list)   # warnings about how the file was read

    @property
    def awarded(self) -> Fraction:
        return points_total(r.awarded for r in self.results)

    @property
    def possible(self) -> Fraction:
        return self.chapter.possible

    def items(self) -> dict[str, list[CheckResult]]:
        grouped: dict[str, list[CheckResult]] = {}
        for result in self.results:
            grouped.setdefault(result.check.item_id, []).append(result)
        return grouped


class SpecError(Exception):
    """A chapter spec could not be loaded (a course bug, not a learner's)."""


def load_spec_module(path: Path) -> Chapter:
    spec = importlib.util.spec_from_file_location(f"course_spec_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a broken spec is the course's fault: say which file
        raise SpecError(f"{path}: {type(exc).__name__}: {exc}") from exc
    chapter = getattr(module, "CHAPTER", None)
    if not isinstance(chapter, Chapter):
        raise SpecError(f"{path} defines no CHAPTER = Chapter(...)")
    return chapter


def _spec_files(root: Path) -> tuple[dict[str, Path], bool]:
    """Each chapter's spec file by slug, and whether they are full specs (a course
    checkout's question bank) rather than a learner release's public checks."""
    layout = Layout(root)
    graded = layout.specs
    full = {path.stem: path for path in sorted(graded.glob("ch[0-9][0-9]_*.py"))} if graded.is_dir() else {}
    if full:
        return full, True
    return {path.stem: path for path in sorted(layout.public_checks.glob("ch[0-9][0-9]_*.json"))}, False


def chapter_slugs(root: Path) -> list[str]:
    """Every chapter's slug, without loading any spec."""
    return list(_spec_files(root)[0])


def load_chapters(root: Path, wanted: list[str] | None = None) -> dict[str, ChapterChecks]:
    """Chapters with graded items, keyed by slug, in chapter order: all of them, or only
    the `wanted` ones (words as `select_chapters` takes them). Only the chosen chapters'
    spec files are read, so `course check 7` does not load all 17. Raises KeyError for
    a word that names no chapter."""
    paths, full = _spec_files(root)
    chapters: dict[str, ChapterChecks] = {}
    # Hints and option reasons in the learner's language (COURSE_LANGUAGE), looked up once
    # here; the spec itself stays English (a release is made from it).
    language = current_language()
    if full:
        # Files a spec may share with others (helpers, the pytest module): part of every chapter's key.
        layout = Layout(root)
        shared = sorted(p for p in layout.specs.glob("*.py") if not re.match(r"ch\d\d_", p.name))
        for stem in _pick(list(paths), wanted):
            chapter = load_spec_module(paths[stem])
            sources = [paths[stem], layout.solution(chapter.slug), layout.exercise(chapter.slug), *shared]
            checks = translated_chapter(chapter, language, root).checks()
            chapters[chapter.slug] = ChapterChecks(chapter.slug, chapter.title, checks, chapter, sources,
                                                   page_answerable(chapter.items))
        return chapters
    for stem in _pick(list(paths), wanted):
        document = json.loads(paths[stem].read_text(encoding="utf-8"))
        checks = checks_from_public(localised_public(document, language, root))
        chapters[document["slug"]] = ChapterChecks(document["slug"], document["title"], checks,
                                                   sources=[paths[stem]], answerable=page_answerable(document["items"]))
    return chapters


def answerable_of(chapters: dict[str, ChapterChecks]) -> dict[str, dict[str, str]]:
    """{slug: {name: kind}}: what an answers file for each chapter may hold."""
    return {slug: chapter.answerable for slug, chapter in chapters.items()}


def _files_in_folder(folder: Path, chapters: dict[str, ChapterChecks], converted: Path) -> tuple[dict[str, Path], dict[str, str], dict[str, str]]:
    """Each chapter's file in `folder`: its Python file, else its answers file turned into
    Python (written under `converted`). Returns (files, notes by slug, problems by slug)."""
    files, notes, problems = {}, {}, {}
    for slug, chapter in chapters.items():
        python, answers = folder / f"{slug}.py", folder / f"{slug}{ANSWERS_SUFFIX}"
        if python.is_file():
            files[slug] = python
            if answers.is_file():
                notes[slug] = f"{answers.name} was not used: {python.name} is checked instead (one file per chapter)"
        elif answers.is_file():
            try:
                source = read_answers_file(answers, slug, chapter.answerable)
            except AnswersFileError as exc:
                problems[slug] = str(exc)
                continue
            files[slug] = converted / f"{slug}.py"
            files[slug].write_bytes(source)
            notes[slug] = f"checked {answers.name} (answers from the exercise page)"
        else:
            files[slug] = python
    return files, notes, problems


def _pick(slugs: list[str], wanted: list[str] | None) -> list[str]:
    """The slugs that '7', '07', 'ch7', 'ch07', 'ch07_export_controls' or a file name
    name, in the order given (all of them when nothing is wanted). Raises KeyError."""
    if not wanted:
        return slugs
    picked: list[str] = []
    for word in wanted:
        key = Path(word.strip()).stem.lower()
        number = re.fullmatch(r"(?:ch)?0*(\d{1,2})", key)
        if number:
            key = f"ch{int(number.group(1)):02d}"
        matches = [slug for slug in slugs if slug == key or slug[:4] == key]
        if not matches:
            raise KeyError(word)
        picked += [slug for slug in matches if slug not in picked]
    return picked


def select_chapters(chapters: dict[str, ChapterChecks], wanted: list[str]) -> dict[str, ChapterChecks]:
    """Pick chapters by '7', '07', 'ch7', 'ch07', 'ch07_export_controls' or a file name. Raises KeyError."""
    return {slug: chapters[slug] for slug in _pick(list(chapters), wanted)}


# Names a hidden case's message may carry: only Python's own exception classes, so a
# learner's function cannot smuggle the case's inputs out through a made-up class name.
_BUILTIN_EXCEPTIONS = {name for name, value in vars(builtins).items()
                       if isinstance(value, type) and issubclass(value, BaseException)}


def _hidden_case_message(err: dict, file_name: str, name: str) -> str:
    """An error in a hidden case, built from nothing the learner's code could choose.

    The worker's text is never used: learner code there received the hidden inputs
    and could write them into any message. Only errors the trusted side reports
    itself (timeouts, crashes, budgets) keep their text.
    """
    kind, message, line = err.get("kind"), err.get("message", ""), err.get("line")
    where = _line_prefix(file_name, line)
    if kind in TRUSTED_ERROR_KINDS:
        return _error_message(err, file_name)
    if kind == "exception":
        exception = message.split(":", 1)[0].strip()
        if exception == "NotImplementedError":
            return where + _not_written()
        if exception in _BUILTIN_EXCEPTIONS:
            return where + feedback("a further test case raised {exception}").format(exception=exception)
        return where + feedback("a further test case raised an exception")
    if kind == "missing":
        return feedback("{name} is not defined in {file}").format(name=name, file=file_name)
    if kind == "syntax":
        return where + feedback("{file} has a syntax error").format(file=file_name)
    if kind == "import":
        return feedback("{file} could not be loaded").format(file=file_name)
    return where + feedback("a further test case returned a value that is not plain data")


def _line_prefix(file_name: str, line) -> str:
    # Translators: starts a message about one line of the learner's file ("ch07_export_controls.py, line 12: ").
    return feedback("{file}, line {line}: ").format(file=file_name, line=line) if line else ""


def _not_written() -> str:
    return feedback("this function is not written yet")


def _error_message(err: dict, file_name: str, source: str | None = None) -> str:
    kind, message, line = err.get("kind"), err.get("message", ""), err.get("line")
    where = _line_prefix(file_name, line)
    if kind == "missing":
        return f"{message} in {file_name}"
    if kind == "syntax":
        return f"{where}{message}"
    if message.startswith("NotImplementedError"):
        return where + _not_written()
    if kind == "import":
        advice = import_advice(message, source_line(source, line))
        return feedback("{file} could not be loaded: {problem}").format(file=file_name, problem=where + (advice or message))
    return f"{where}{message}"


def _readable_copies(present: dict[str, Path], folder: Path) -> tuple[dict[str, Path], dict[str, str], dict[str, str]]:
    """UTF-8 copies (in `folder`) of files saved in another encoding, with a warning for each.

    Returns (the files to grade, warnings by slug, each file's text by slug for advice)."""
    files, notes, texts = dict(present), {}, {}
    for slug, path in present.items():
        try:
            if path.stat().st_size > MAX_DECODE_BYTES:
                continue  # far beyond any exercise file: the sandbox's own limits deal with it
            data = path.read_bytes()
        except OSError:
            continue
        text, warning = readable_source(data, path.name)
        if text is not None:
            copy = folder / f"{slug}.py"
            copy.write_text(text, encoding="utf-8")
            files[slug], notes[slug] = copy, warning
        texts[slug] = text if text is not None else data.decode("utf-8", errors="replace")
    return files, notes, texts


def _apply_same_answer_rule(outcome: ChapterResult, returned: dict[int, object]) -> None:
    """Take the points back from a function that gave one answer to every case (see spec)."""
    by_item: dict[str, list[CheckResult]] = {}
    for result in outcome.results:
        if result.check.expected_json is not None and id(result.check) in returned:
            by_item.setdefault(result.check.item_id, []).append(result)
    for results in by_item.values():
        name = results[0].check.request.get("name", "your function")
        message = same_answer_message(name, [(r.check, returned[id(r.check)]) for r in results])
        if message is None:
            continue
        for result in results:
            result.awarded, result.passed, result.message = Fraction(0), False, message


def _judgment(check: Check, answer: dict) -> tuple[bool, str]:
    """(passed, message) for this answer; reused when the same answer object was judged
    by the same check before (see `memo`: identical answer lines share one object)."""
    remembered = isinstance(answer, memo.RememberedAnswer)
    key = (id(check), id(answer))
    seen = memo.JUDGMENTS.get(key) if remembered else None
    if seen is not None and seen[0] is check and seen[1] is answer:
        return seen[2]
    try:
        result = check.judge(answer["ok"])
    except Exception as exc:  # a judge must never crash the batch; report it as a course bug
        result = False, feedback("could not be judged ({error}); please tell your instructor").format(
            error=type(exc).__name__)
    if remembered:
        memo.JUDGMENTS.put(key, (check, answer, result))
    return result


def grade_submission(folder: Path, chapters: dict[str, ChapterChecks], sandbox: Sandbox,
                     slot: int = 0, files: dict[str, Path] | None = None) -> list[ChapterResult]:
    """Grade the exercise files in `folder` (or the given `files`) against `chapters`.

    Without `files`, a chapter whose Python file is absent is graded from its answers
    file (chNN_slug.answers.json, exported from the exercise page), if there is one."""
    with tempfile.TemporaryDirectory(prefix="course-decoded-", dir=sandbox.temp_root) as decoded:   # in the run's scratch area: a killed run's copies are removed by the next
        file_notes, file_problems = {}, {}
        if files is None:
            files, file_notes, file_problems = _files_in_folder(folder, chapters, Path(decoded))
        present = {slug: path for slug, path in files.items() if slug in chapters and path.is_file()}
        auto = [(slug, check) for slug, chapter in chapters.items() if slug in present
                for check in chapter.checks if not check.manual]
        graded_files, notes, texts = _readable_copies(present, Path(decoded))
        answers = sandbox.run(graded_files, [check.request for _, check in auto], slot=slot) if auto else []
    by_check = {id(check): answer for (_, check), answer in zip(auto, answers)}

    results = []
    for slug, chapter in chapters.items():
        outcome = ChapterResult(chapter, file=present.get(slug))
        if slug in notes:
            outcome.notes.append(notes[slug])
        if slug in file_notes:
            outcome.notes.append(file_notes[slug])
        file_name = f"{slug}.py"
        returned: dict[int, object] = {}   # values the learner's functions returned, by check
        if slug in file_problems:
            outcome.file_problem = file_problems[slug]
        elif slug not in present:
            outcome.file_problem = feedback("{file} was not found").format(file=file_name)
        for check in chapter.checks:
            if check.manual:
                outcome.results.append(CheckResult(check, Fraction(0), False, feedback("graded by your instructor")))
                continue
            answer = by_check.get(id(check))
            if answer is None:
                outcome.results.append(CheckResult(check, Fraction(0), False, outcome.file_problem or feedback("not graded")))
                continue
            if "err" in answer:
                err = answer["err"]
                message = _hidden_case_message(err, file_name, check.request.get("name", "")) if check.hidden else _error_message(err, file_name, texts.get(slug))
                outcome.results.append(CheckResult(check, Fraction(0), False, message, err.get("kind"), err.get("line")))
                continue
            passed, message = _judgment(check, answer)
            kept = answer["ok"] if check.keeps_value else None
            outcome.results.append(CheckResult(check, check.points if passed else Fraction(0), passed, message,
                                               value=kept, raw=answer["ok"], answer=answer))
            returned[id(check)] = answer["ok"]
        _apply_same_answer_rule(outcome, returned)
        kinds = {r.error_kind for r in outcome.results if not r.check.manual}
        if outcome.file_problem is None and len(kinds) == 1 and kinds & {"syntax", "import"}:
            first = next(r for r in outcome.results if r.error_kind in ("syntax", "import"))
            outcome.file_problem = first.message
        results.append(outcome)
    return results
