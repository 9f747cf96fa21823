"""The `course` command: build the book, check your work, grade a class, release."""
from __future__ import annotations

import sys

import click

from course.paths import course_root


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="prc-surveillance-course")
def main():
    """Course tools: build the book, check exercises, grade, release."""


@main.command()
@click.option("--edition", type=click.Choice(["learner", "instructor", "both"]), default="both", show_default=True)
@click.option("--out", "out_root", type=click.Path(file_okay=False), default=None, help="Output folder (default: _build).")
def build(edition, out_root):
    """Build the book (both editions by default) and say where to open it."""
    from course.build import EDITIONS, build as run_build

    root = course_root()
    editions = EDITIONS if edition == "both" else (edition,)
    click.echo(f"Building the {' and '.join(editions)} edition(s) ...")
    failed = False
    for result in run_build(root, editions, out_root=out_root):
        if result.returncode == 0:
            click.echo(f"  {result.edition:<10} built in {result.seconds:5.1f} s -> open {result.output / 'index.html'}")
        else:
            failed = True
            click.echo(f"  {result.edition:<10} FAILED after {result.seconds:.1f} s; the build log follows", err=True)
            tail = [l for l in result.log.splitlines() if "WARNING" in l or "ERROR" in l or "rror" in l]
            click.echo("\n".join((tail or result.log.splitlines())[-40:]), err=True)
    if failed:
        sys.exit(1)
    click.echo(f"To read it in a browser: python -m http.server -d {result.output.parent.parent / 'learner' / 'html'} 8000")
