"""The `course` command: build the book, check your work, grade a class, release."""
from __future__ import annotations

import os
import sys

import click

from course.paths import SPECS_FOLDER, Layout, course_root


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="prc-surveillance-course")
def main():
    """Course tools: build the book, check exercises, grade, release."""


@main.command()
@click.option("--edition", type=click.Choice(["learner", "instructor", "both"]), default="both", show_default=True)
@click.option("--out", "out_root", type=click.Path(file_okay=False), default=None, help="Output folder (default: _build).")
@click.option("--adaptation", default=None, metavar="ID",
              help="Build for one delivery of the kit (data/sessions/adaptations/ID.yaml): leaves out the "
                   "sensitive items it names (default output: _build/adaptations/ID).")
def build(edition, out_root, adaptation):
    """Build the book (both editions by default) and say where to open it."""
    from course.build import EDITIONS
    from course.i18n.build import build_every_language

    root = course_root()
    if adaptation:
        known = sorted(p.stem for p in (Layout(root).data / "sessions" / "adaptations").glob("*.yaml"))
        if adaptation not in known:
            raise click.ClickException(f"--adaptation {adaptation!r}: no file data/sessions/adaptations/{adaptation}.yaml; "
                                       f"use one of: {', '.join(known) or 'none'}")
        os.environ["COURSE_ADAPTATION"] = adaptation  # read by _ext/kit_safety.py in each build process
        out_root = out_root or str(Layout(root).build / "adaptations" / adaptation)
    else:
        os.environ.pop("COURSE_ADAPTATION", None)
    editions = EDITIONS if edition == "both" else (edition,)
    # Translations marked `publish: true` in locales/<lang>/status.yaml build too, and then
    # every page gets a language switcher (course/i18n/switcher.py).
    languages = [] if adaptation else _published_languages(root)
    click.echo(f"Building the {' and '.join(editions)} edition(s)"
               f"{' in ' + ', '.join(['en', *languages]) if languages else ''} ...")
    failed = False
    results = build_every_language(root, editions, out_root=out_root, languages=languages)
    for result in results:
        name = f"{result.language} {result.edition}"
        if result.up_to_date:
            click.echo(f"  {name:<13} up to date (nothing changed) -> open {result.output / 'index.html'}")
        elif result.returncode == 0:
            click.echo(f"  {name:<13} built in {result.seconds:5.1f} s -> open {result.output / 'index.html'}")
            # Stale facts and safety notices do not fail the build; show them anyway.
            notes = [l for l in result.log.splitlines() if "stale fact (warning)" in l or "safety notice" in l]
            if notes:
                click.echo("\n".join(f"    {l}" for l in notes[:40]), err=True)
        else:
            failed = True
            click.echo(f"  {name:<13} FAILED after {result.seconds:.1f} s; the build log follows", err=True)
            tail = [l for l in result.log.splitlines() if "WARNING" in l or "ERROR" in l or "rror" in l]
            click.echo("\n".join((tail or result.log.splitlines())[-40:]), err=True)
    if failed:
        sys.exit(1)
    click.echo(f"To read it in a browser: python -m http.server -d {results[0].output} 8000")


@main.command()
@click.argument("chapters", nargs=-1)
@click.option("--folder", type=click.Path(file_okay=False), default=None,
              help="Folder with your exercise files (default: exercises/).")
@click.option("--verbose", "-v", is_flag=True, help="List every missed check, not just the first per item.")
@click.option("--unsafe-no-sandbox", "unsafe", is_flag=True,
              help="Instructors: grade with the full checks even without bubblewrap (learner code is not isolated).")
def check(chapters, folder, verbose, unsafe):
    """Score your exercise files: `course check` (all) or `course check 7`."""
    from pathlib import Path

    from course.grading.report import chapter_report, summary
    from course.grading.runner import SpecError, chapter_slugs, grade_submission, load_chapters
    from course.grading.sandbox import Sandbox, SandboxUnavailable

    root = course_root()
    from course.grading.answers_file import SUFFIX as ANSWERS_SUFFIX

    # `course check ch07_export_controls.answers.json`: an answers file exported from the page.
    answer_paths = {Path(word): Path(word).name[: -len(ANSWERS_SUFFIX)] for word in chapters
                    if word.endswith(ANSWERS_SUFFIX)}
    wanted = [w for w in chapters if not w.endswith(ANSWERS_SUFFIX)] + list(answer_paths.values())
    try:
        # Only the chapters asked for are loaded: `course check 7` reads one spec, not 17.
        picked = load_chapters(root, wanted)
    except SpecError as exc:
        raise click.ClickException(f"the course's own checks are broken: {exc}")
    except KeyError as exc:
        names = ", ".join(slug[:4] for slug in chapter_slugs(root))
        if not names:
            raise click.ClickException(f"no exercise checks found under {root}")
        raise click.ClickException(f"no chapter {exc.args[0]!r}; choose from {names}")
    if not picked:
        raise click.ClickException(f"no exercise checks found under {root}")
    for path in answer_paths:
        if not path.is_file():
            raise click.ClickException(f"file not found: {path}")
    folder_path = Path(folder) if folder else Layout(root).exercises
    if not folder_path.is_dir() and not answer_paths:
        raise click.ClickException(f"folder not found: {folder_path}")
    # With the instructor's full checks (hidden cases, answer keys) this is grading and
    # needs the sandbox; a learner checking their own files in a release may go without.
    grading = any(c.spec is not None for c in picked.values())
    try:
        # A learner runs `course check` again and again: reuse an earlier successful sandbox test.
        sandbox = Sandbox(allow_unsandboxed=unsafe or not grading, probe_cache=True)
    except SandboxUnavailable as exc:
        raise click.ClickException(str(exc))
    if not sandbox.bwrap:
        click.echo("Note: no sandbox here, so these files run as ordinary Python on this computer. "
                   "Only check files you wrote yourself." if not grading else f"WARNING: {sandbox.description}")
    from course.release import practice_notice

    notice = practice_notice(root)
    if notice:
        click.echo(notice)
    if answer_paths:
        results = _check_answers_files(answer_paths, picked, sandbox)
    else:
        results = grade_submission(folder_path, picked, sandbox)
    crashed = any(r.error_kind == "crash" for outcome in results for r in outcome.results)
    if crashed and not sandbox.recheck_cached_probe():
        raise click.ClickException("the sandbox stopped working since the last check (are user namespaces "
                                   "disabled now?); nothing was scored. Run the check again")
    for result in results:
        click.echo("\n".join(chapter_report(result, verbose)))
    click.echo(summary(results))


def _check_answers_files(answer_paths, picked, sandbox):
    """Check answers files named on the command line, each as its chapter's Python file would be."""
    import tempfile
    from pathlib import Path

    from course.grading.answers_file import AnswersFileError, read_answers_file
    from course.grading.runner import grade_submission

    with tempfile.TemporaryDirectory(prefix="course-answers-") as tmp:
        files = {}
        for path, slug in answer_paths.items():
            try:
                source = read_answers_file(path, slug, picked[slug].answerable)
            except AnswersFileError as exc:
                raise click.ClickException(str(exc))
            files[slug] = Path(tmp) / f"{slug}.py"
            files[slug].write_bytes(source)
            click.echo(f"Checking {path} (answers from the exercise page)")
        chosen = {slug: picked[slug] for slug in files}
        return grade_submission(Path(tmp), chosen, sandbox, files=files)
# Translations live in their own module (course/i18n/); this only registers the group.
from course.i18n.cli import translations as _translations  # noqa: E402

main.add_command(_translations)


@main.command()
def stats():
    """Items and automatic points of every chapter, by route (no code / Python) and by level."""
    from collections import Counter

    from course.grading.balance import JUDGEMENT_MIN, SUBJECT_ROUTE_MIN, Balance, total
    from course.grading.runner import SpecError, load_chapters
    from course.grading.spec import LEVELS

    try:
        chapters = load_chapters(course_root())
    except SpecError as exc:
        raise click.ClickException(f"the course's own checks are broken: {exc}")
    specs = [c.spec for c in chapters.values() if c.spec is not None]
    if not specs:
        raise click.ClickException("no graded specs here (a learner release has no answers to count)")

    def row(label, items, rubric, balance):
        routes = f"{balance.by_route['subject']:>8}{balance.subject_share:>6.0%}{balance.by_route['data']:>6}"
        levels = "".join(f"{balance.by_level[level]:>9}" for level in LEVELS)
        return (f"{label:<26}{items:>6}{balance.points:>7}{rubric:>7}{routes}{levels}"
                f"{balance.judgement_share:>7.0%}")

    header = (f"{'chapter':<26}{'items':>6}{'auto':>7}{'rubric':>7}{'no code':>8}{'':>6}{'Python':>6}"
              + "".join(f"{level:>9}" for level in LEVELS) + f"{'an+ev':>7}")
    click.echo("Automatic points by route (no code = the subject route, Python = the data-skills route)")
    click.echo("and by level (CONTRIBUTING, \"Exercise sets\"); rubric points are graded by a person.")
    click.echo(header)
    click.echo("-" * len(header))
    balances, kinds, items, rubric_total = [], Counter(), 0, 0
    for spec in specs:
        balance = Balance.of(spec)
        rubric = sum(c.points for i in spec.items for c in getattr(i, "rubric", []))
        balances.append(balance)
        kinds.update(item.kind for item in spec.items)
        items += len(spec.items)
        rubric_total += rubric
        click.echo(row(spec.slug, len(spec.items), rubric, balance))
    click.echo("-" * len(header))
    course = total(balances)
    click.echo(row("total", items, rubric_total, course))
    click.echo("kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    below = [spec.slug for spec, b in zip(specs, balances) if b.subject_share < SUBJECT_ROUTE_MIN]
    click.echo(f"no-code route: {course.subject_share:.0%} of all automatic points; target {SUBJECT_ROUTE_MIN:.0%} "
               f"in every chapter ({'met' if not below else 'not met in ' + ', '.join(below)})")
    click.echo(f"analyse + evaluate: {course.judgement_share:.0%} of all automatic points; target "
               f"{JUDGEMENT_MIN:.0%} ({'met' if course.judgement_share >= JUDGEMENT_MIN else 'not met'})")


@main.command()
@click.argument("submissions", type=click.Path(path_type=__import__("pathlib").Path))
@click.option("--out", "out", required=True, type=click.Path(path_type=__import__("pathlib").Path),
              help="Folder for the gradebook, feedback pages and LMS files.")
@click.option("--jobs", default=None, type=click.IntRange(1, 32),
              help="Submissions graded at once. [default: one more than the number of processors]")
@click.option("--chapters", "chapter_list", default=None, metavar="7,12",
              help="Grade only these chapters (numbers or slugs, comma-separated): points, columns and LMS files "
                   "then count only them.")
@click.option("--shard", default=None, metavar="K/N",
              help="Grade only slice K of N (by a stable hash of the learner id); combine with `course grade-merge`.")
@click.option("--merge-manual", "manual_sheet", type=click.Path(path_type=__import__("pathlib").Path), default=None,
              help="A filled-in manual-grading.csv (the rubric sheet) to fold into the outputs (no regrading).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--unsafe-no-sandbox", "unsafe", is_flag=True,
              help="Grade even without bubblewrap: learner code then runs unisolated (recorded in grading-meta.json).")
def grade(submissions, out, jobs, chapter_list, shard, manual_sheet, quiet, unsafe):
    """Grade a class: SUBMISSIONS is a folder of learner folders or .zip files, or one zip of zips.

    Ctrl-C stops within seconds and keeps every learner already graded; run the same
    command again to finish. Grading is split over machines with --shard K/N.
    """
    import os
    import shlex
    import time

    from course.grading import sharding
    from course.grading.batch import Shard, grade_batch
    from course.grading.finish import PagesAsGraded, all_records, write_all
    from course.grading.intake import IntakeError, Submissions
    from course.grading.meta import write_grading_meta
    from course.grading.outputs import ManualSheetError, merge_manual, stale_rubric_scores
    from course.grading.sandbox import Sandbox, SandboxUnavailable

    all_chapters = _grading_chapters()
    chapters = all_chapters
    _check_writable(out)
    if manual_sheet is not None:
        records = _load_records(out)
        if not records:
            raise click.ClickException(f"no graded records in {out}; grade the class first")
        graded = sorted({c for r in records for c in r.chapters})   # the chapters these records were graded on
        if chapter_list or graded:
            chapters = _pick_chapters(chapters, _chapter_words(chapter_list) if chapter_list else graded)
        try:
            report = merge_manual(manual_sheet, out, records, chapters)
            del records   # the outputs read the records again, one at a time
            write_all(out, all_records(out), chapters)
        except ManualSheetError as exc:
            for problem in exc.problems[:30]:
                click.echo(f"  {problem}", err=True)
            if len(exc.problems) > 30:
                click.echo(f"  ... and {len(exc.problems) - 30} more", err=True)
            raise click.ClickException(str(exc))
        click.echo(f"merged {report.scores} rubric scores ({report.cleared} cleared) for {report.learners} learners "
                   f"into {out / 'gradebook.csv'}, the feedback pages and the LMS files")
        if report.ungraded:
            shown = ", ".join(report.ungraded[:5]) + (" ..." if len(report.ungraded) > 5 else "")
            cells = "1 score cell is" if len(report.ungraded) == 1 else f"{len(report.ungraded)} score cells are"
            click.echo(f"warning: {cells} blank, so not graded yet (not counted as 0): {shown}", err=True)
        return
    chapters = _pick_chapters(chapters, _chapter_words(chapter_list)) if chapter_list else chapters
    try:
        slice_ = Shard.parse(shard) if shard else None
    except ValueError as exc:
        raise click.ClickException(str(exc))
    try:
        sandbox = Sandbox(allow_unsandboxed=unsafe)
    except SandboxUnavailable as exc:
        raise click.ClickException(str(exc))
    click.echo(f"sandbox: {sandbox.description}", err=not sandbox.bwrap)
    started = time.perf_counter()
    try:
        from course.grading.runner import answerable_of

        listing = Submissions(submissions, {f"{slug}.py" for slug in chapters}, answerable_of(chapters))
    except IntakeError as exc:
        raise click.ClickException(str(exc))
    count = sum(1 for learner in listing.learners if slice_ is None or slice_.holds(learner))
    try:
        pages = PagesAsGraded(out, chapters) if slice_ is None else None
    except ManualSheetError:
        pages = None   # the stored rubric scores cannot be read: said after grading, pages written then
    label = f"grading {count} submissions" + (f" (shard {slice_} of a class of {len(listing)})" if slice_ else "")
    with click.progressbar(length=count, label=label, show_eta=True, show_pos=True,
                           file=None if not quiet else open(os.devnull, "w")) as bar:
        result = grade_batch(submissions, out, chapters, jobs=jobs, sandbox=sandbox, on_progress=bar.update,
                             shard=slice_, listing=listing, on_record=pages)
    seconds = time.perf_counter() - started
    resume = " ".join(["course grade", shlex.quote(str(submissions)), "--out", shlex.quote(str(out)),
                       *(["--chapters", shlex.quote(chapter_list)] if chapter_list else []),
                       *(["--shard", str(slice_)] if slice_ else [])])
    stale = []
    if slice_ is not None:
        sharding.write_manifest(out, result, slice_, chapters)
        written = {"records": out / "records", "shard manifest": out / sharding.MANIFEST}
    else:
        incomplete = None
        if not result.complete:
            incomplete = (f"This gradebook is incomplete: {len(result.records)} of {result.selected} learners are "
                          f"graded (the batch was stopped). To finish, run: {resume}")
        try:
            written = write_all(out, result.records, chapters, incomplete=incomplete, pages=pages)
            stale = stale_rubric_scores(out, result.records)
        except ManualSheetError as exc:
            raise click.ClickException(f"graded and kept every record in {out / 'records'}, but {exc}")
    written["metadata"] = write_grading_meta(out, sandbox)
    statuses = {}
    for record in result.records:
        statuses[record.status] = statuses.get(record.status, 0) + 1
    click.echo(f"graded {result.graded_now} submissions, reused {result.reused} earlier results, in {seconds:.1f} s "
               f"(sandbox: {sandbox.mode})")
    if len(chapters) < len(all_chapters):
        click.echo("chapters: " + ", ".join(c.short for c in chapters.values()))
    click.echo("status: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    for name, path in written.items():
        click.echo(f"  {name:<17} {path}")
    if stale:
        click.echo(f"warning: the rubric scores of {', '.join(stale)} were given to an earlier submission and are not "
                   "counted; grade their rows in manual-grading.csv again and merge it", err=True)
    if result.interrupted:
        click.echo(f"stopped: {len(result.records)} of {result.selected} learners graded and kept; "
                   f"to finish, run the same command again: {resume}", err=True)
        sys.exit(130)
    if slice_ is not None:
        click.echo(f"shard {slice_} done; when every shard is done: course grade-merge OUT {out} ...")


@main.command("grade-merge")
@click.argument("out", type=click.Path(path_type=__import__("pathlib").Path))
@click.argument("shards", nargs=-1, required=True, type=click.Path(path_type=__import__("pathlib").Path))
def grade_merge(out, shards):
    """Build one gradebook in OUT from the --out folders of every `course grade --shard K/N` run."""
    from course.grading import sharding
    from course.grading.finish import write_all
    from course.grading.outputs import ManualSheetError

    chapters = _grading_chapters()
    _check_writable(out)
    try:
        chapters = _pick_chapters(chapters, sharding.shard_chapters(list(shards)))
        records = sharding.merge_shards(out, list(shards), chapters)
        written = write_all(out, records, chapters)
    except sharding.ShardError as exc:
        raise click.ClickException(str(exc))
    except ManualSheetError as exc:
        raise click.ClickException(f"merged every record into {out / 'records'}, but {exc}")
    click.echo(f"merged {len(records)} learners from {len(shards)} shards")
    for name, path in written.items():
        click.echo(f"  {name:<17} {path}")


def _grading_chapters():
    from course.grading.runner import SpecError, load_chapters

    try:
        chapters = load_chapters(course_root())
    except SpecError as exc:
        raise click.ClickException(f"the course's own checks are broken: {exc}")
    if not chapters or any(c.spec is None for c in chapters.values()):
        raise click.ClickException(f"grading needs the instructor's course folder (with {SPECS_FOLDER}/)")
    return chapters


def _check_writable(out):
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise click.ClickException(f"cannot write to {out}: {exc.strerror or exc}")


def _chapter_words(text: str) -> list[str]:
    return [word.strip() for word in text.replace(" ", ",").split(",") if word.strip()]


def _pick_chapters(chapters, words):
    from course.grading.runner import select_chapters

    if not words:
        raise click.ClickException("--chapters needs chapter numbers, like --chapters 7,12")
    try:
        return select_chapters(chapters, words)
    except KeyError as exc:
        names = ", ".join(slug[:4] for slug in chapters)
        raise click.ClickException(f"--chapters: no chapter {exc.args[0]!r}; choose from {names}")


def _load_records(out):
    from course.grading.record import LearnerRecord, RecordError

    records = []
    for path in sorted((out / "records").glob("*.json")):
        try:
            records.append(LearnerRecord.read(path))
        except RecordError as exc:
            raise click.ClickException(str(exc))
    return records


@main.group()
def release():
    """Make a copy of the course for learners."""


@release.command("learner")
@click.argument("out", type=click.Path(path_type=__import__("pathlib").Path))
@click.option("--no-book", is_flag=True, help="Leave out the book (faster; exercises and checks only).")
@click.option("--exam", "--no-answer-checks", "exam", is_flag=True,
              help="An exam copy: self-checks test only the form of answers and carry no answer hashes.")
def release_learner(out, no_book, exam):
    """Write the learner release to OUT: learner book, exercises, data, public checks."""
    import tempfile

    from course.build import build as run_build
    from course.release import EXAM_NOTICE, PRACTICE_NOTICE, ReleaseError, make_learner_release

    root = course_root()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise click.ClickException(f"{out} already exists and is not an empty folder")
    with tempfile.TemporaryDirectory(prefix="course-release-book-") as tmp:
        book_html = None
        if not no_book:
            click.echo("building the learner edition ...")
            [result] = run_build(root, ("learner",), out_root=__import__("pathlib").Path(tmp))
            if result.returncode != 0:
                raise click.ClickException(f"the learner edition did not build; see {result.log.splitlines()[-1:]}")
            book_html = result.output
        try:
            manifest = make_learner_release(root, out, book_html, answer_checks=not exam)
        except (ReleaseError, OSError) as exc:
            raise click.ClickException(str(exc))
    click.echo(f"{manifest['release']} release written to {out}: {len(manifest['chapters'])} exercise sets"
               + ("" if manifest["book"] else " (no book)") + f"; stubs from {manifest['stubs_from']}, each scoring 0")
    click.echo(EXAM_NOTICE if exam else PRACTICE_NOTICE)


@main.group()
def export():
    """Export the autograder for a learning platform."""


@export.command("gradescope")
@click.argument("target", type=click.Path(dir_okay=False, path_type=__import__("pathlib").Path))
@click.option("--unsafe-no-sandbox", "unsafe", is_flag=True,
              help="Let the autograder grade when bubblewrap cannot run in Gradescope's container.")
def export_gradescope(target, unsafe):
    """Write a Gradescope autograder zip (setup.sh and run_autograder at its root)."""
    from course.gradescope import build_zip

    root = course_root()
    if not Layout(root).specs.is_dir():
        raise click.ClickException(f"the autograder is exported from the course folder (with {SPECS_FOLDER}/)")
    if target.suffix != ".zip":
        raise click.ClickException(f"{target} should end in .zip")
    try:
        members = build_zip(root, target, unsafe_no_sandbox=unsafe)
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}")
    click.echo(f"wrote {target} ({len(members)} files); upload it as the Gradescope autograder")
    if unsafe:
        click.echo("WARNING: this autograder grades without a sandbox when bubblewrap cannot run in the container",
                   err=True)


def _published_languages(root) -> list[str]:
    """The languages to build beside English; a language marked publish: true that breaks the
    publishing rule (README, "Translations") stops the build with a one-line reason."""
    from course.i18n.status import StatusError, publish_problems, published_languages

    try:
        languages = published_languages(root)
        for language in languages:
            problems = publish_problems(root, language)
            if problems:
                raise click.ClickException(
                    f"locales/{language}/status.yaml says publish: true, but {len(problems)} problem(s) stop it: "
                    f"{problems[0]}; run `course translations check {language}`, or set publish: false")
    except StatusError as exc:
        raise click.ClickException(str(exc))
    return languages


def _output_languages(root, language) -> list[str]:
    """--language X: that one (published or not); none given: English and every published language."""
    if language:
        from course.i18n.cli import _languages

        return ["en"] if language == "en" else _languages(root, [language])
    return ["en", *_published_languages(root)]


@main.command()
@click.option("--edition", type=click.Choice(["learner", "instructor", "both"]), default="both", show_default=True)
@click.option("--out", "out_root", type=click.Path(file_okay=False), default=None, help="Output folder (default: _build).")
@click.option("--language", default=None, metavar="LANG",
              help="Only this language (en, or one with locales/LANG/status.yaml). Default: English and every "
                   "published language.")
def pdf(edition, out_root, language):
    """Build a PDF of the book (LaTeX): contents, figures, bibliography; the learner PDF has no solutions."""
    from course.build import EDITIONS
    from course.publish import PublishError, build_pdfs, pdf_pages

    root = course_root()
    editions = EDITIONS if edition == "both" else (edition,)
    failed = False
    for lang in _output_languages(root, language):
        click.echo(f"Building the PDF of the {' and '.join(editions)} edition(s), language {lang} ...")
        try:
            results = build_pdfs(root, editions, out_root=out_root, language=lang)
        except PublishError as exc:
            raise click.ClickException(str(exc))
        for result in results:
            if result.pdf is not None:
                click.echo(f"  {result.edition:<10} {pdf_pages(result.pdf) or '?'} pages -> {result.pdf}")
            else:
                failed = True
                click.echo(f"  {result.edition:<10} FAILED: {result.error}\n  full log: {result.log}", err=True)
    if failed:
        sys.exit(1)


@main.command()
@click.option("--out", "zip_path", type=click.Path(dir_okay=False), default=None,
              help="The zip to write (default: _build/prc-surveillance-course-offline.zip; a translation: "
                   "_build/LANG/prc-surveillance-course-offline-LANG.zip).")
@click.option("--from", "html_dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="A learner edition already built (default: build it now). English only.")
@click.option("--language", default=None, metavar="LANG",
              help="Only this language. Default: English and every published language (each zip of a "
                   "translation holds the English site too, for the language switcher).")
def bundle(zip_path, html_dir, language):
    """Zip the learner edition for offline reading: unzip, open index.html, no network needed."""
    from pathlib import Path

    from course.build import build as run_build
    from course.i18n.build import build_language
    from course.i18n.paths import language_output_dir
    from course.publish import BUNDLE_FOLDER, PublishError, bundle_path, make_bundle

    root = course_root()
    languages = _output_languages(root, language)
    if (html_dir or zip_path) and len(languages) > 1:
        raise click.ClickException("--from and --out name one zip: add --language to say which")
    translations = [lang for lang in languages if lang != "en"]
    if translations:
        os.environ["COURSE_LANGUAGES"] = ",".join(["en", *dict.fromkeys([*_published_languages(root), *translations])])
    if html_dir is None:
        click.echo("Building the learner edition ...")
        (result,) = run_build(root, ("learner",))
        _stop_unless_built(result)
        html_dir = result.output
    for lang in languages:
        target = Path(zip_path) if zip_path else bundle_path(root, lang)
        site = None
        if lang != "en":
            click.echo(f"Building the {lang} learner edition ...")
            (result,) = build_language(root, lang, ["learner"], root / "_build", os.environ["COURSE_LANGUAGES"].split(","))
            _stop_unless_built(result)
            site = (lang, language_output_dir(root / "_build", lang, "learner"))
        try:
            make_bundle(Path(html_dir), target, site)
        except (PublishError, OSError) as exc:
            raise click.ClickException(str(exc))
        start = f"{BUNDLE_FOLDER}/index.html"
        click.echo(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB): unzip it and open "
                   f"{start} in a browser; it works with no internet connection")


def _stop_unless_built(result) -> None:
    if result.returncode != 0:
        tail = [l for l in result.log.splitlines() if "WARNING" in l or "ERROR" in l]
        raise click.ClickException("the learner edition did not build:\n" + "\n".join(tail[-20:]))


if __name__ == "__main__":
    main()


@main.command()
@click.option("--report", "report", envvar="COURSE_REPORT", required=True,
              type=click.Path(path_type=__import__("pathlib").Path),
              help="Your plain-text copy of the source report (or set COURSE_REPORT).")
@click.option("--words", "copy_words", type=click.IntRange(4), default=12, show_default=True,
              help="Shared words in a row, outside a quotation, that count as a copy.")
@click.option("--review", "review_words", type=click.IntRange(4), default=8, show_default=True,
              help="Shortest run listed for review (not a failure).")
@click.option("--quoted", "show_quoted", is_flag=True, help="Also list the runs inside quotations.")
def overlap(report, copy_words, review_words, show_quoted):
    """Find course text copied from the source report: exit 1 on a copied run."""
    from course.overlap import ReportError, check, render

    try:
        result = check(course_root(), report, copy_words, review_words)
    except ReportError as exc:
        error = click.ClickException(str(exc))
        error.exit_code = 2  # 1 means "copied text found"
        raise error
    for line in render(result, copy_words, review_words, show_quoted):
        click.echo(line)
    if result.copied:
        sys.exit(1)
