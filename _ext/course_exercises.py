"""The ``course-exercises`` directive: a chapter's exercise page, from its graded spec.

    ```{course-exercises} ch07_export_controls
    ```

renders every item of the chapter's graded spec (``Layout.spec``, ``course/paths.py``) as a sphinx-exercise
``exercise`` block (prompt, options, public examples, structure rules and rubric).
What each item shows is its kind's business (``Item.page_lines``, ``form_html`` and
``solution_lines`` in ``course/grading/spec.py``); this directive only places it.
In the instructor edition each item also gets a ``solution`` block with the answer,
the reasoning and, for functions, the reference code from the reference solution. In the
learner edition no solution text is generated at all, so none can leak.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from course.i18n.item_messages import item_catalog_file, translated_chapter
from course.i18n.messages import exercise_form_catalogs, exercise_form_text, page_text, script_labels
from course_quiz import chapter_bar


def _layout(root: Path):
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from course.paths import Layout

    return Layout(root)


def _spec(root: Path, slug: str):
    from course.grading.runner import SpecError, load_spec_module

    try:
        return load_spec_module(_layout(root).spec(slug))
    except (SpecError, FileNotFoundError) as exc:
        raise ExtensionError(f"course-exercises: {exc}") from exc


def _raw_html(lines: list[str], html: str) -> None:
    """HTML for the web page only (the PDF leaves it out): the answer-on-the-page forms."""
    lines += ["```{raw} html", html, "```", ""]


class CourseExercises(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self):
        root = Path(self.env.srcdir)
        slug = self.arguments[0]
        spec, layout = _spec(root, slug), _layout(root)
        self.env.note_dependency(str(layout.spec(slug)))
        self.env.note_dependency(str(layout.solution(slug)))
        instructor = self.env.config.course_edition == "instructor"
        total_auto = sum(i.points for i in spec.items)
        manual = sum(i.manual_points for i in spec.items)
        stub = layout.exercise(slug).relative_to(root).as_posix()
        lines = [f"Your exercise file is `{stub}`. Edit it, then run `course check {spec.number}` "
                 f"for your score and a hint for each miss. {len(spec.items)} items, {total_auto} points checked "
                 "automatically" + (f", {manual} more graded by your instructor." if manual else "."), ""]
        # The forms are HTML no catalog sees: their words come in the build's language here.
        language = self.env.config.language
        text = exercise_form_text(language, slug, root)
        for catalog in exercise_form_catalogs(language, slug, root):
            self.env.note_dependency(str(catalog))
        items_catalog = item_catalog_file(language, root)
        if items_catalog is not None:
            self.env.note_dependency(str(items_catalog))
        if any(item.on_page for item in spec.items):
            # The page's self-check data: hints and sealed reasons in the build's language.
            _raw_html(lines, chapter_bar(translated_chapter(spec, language, root), text=text,
                                         labels=script_labels(language, root)))
        for item in spec.items:
            label = f"ex-{slug[:4]}-{item.id.replace('.', '-')}"
            title = page_text("{item} ({kind}, {points} points)", language, root).format(
                item=item.id, kind=text.page_text(item.title or item.kind), points=item.points)
            lines += ["````{exercise} " + title, f":label: {label}", ":nonumber:", "", *item.page_lines()]
            _raw_html(lines, item.form_html(slug, text))
            lines += ["````", ""]
            if instructor:
                lines += [f"````{{solution}} {label}", f":label: sol-{label[3:]}", ":class: dropdown", "",
                          *item.solution_lines(layout.solution(slug)), "````", ""]
        holder = nodes.container()
        source = layout.spec(slug).relative_to(root).as_posix()
        self.state.nested_parse(StringList(lines, source=source), self.content_offset, holder)
        return list(holder.children)


def setup(app):
    app.add_directive("course-exercises", CourseExercises)
    app.setup_extension("course_quiz")
    app.setup_extension("course_runner")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
