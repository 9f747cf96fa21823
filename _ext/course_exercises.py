"""The ``course-exercises`` directive: a chapter's exercise page, from its graded spec.

    ```{course-exercises} ch07_export_controls
    ```

renders every item of ``tests/graded/ch07_export_controls.py`` as a sphinx-exercise
``exercise`` block (prompt, options, public examples, structure rules and rubric).
In the instructor edition each item also gets a ``solution`` block with the answer,
the reasoning and, for functions, the reference code from ``solutions/``. In the
learner edition no solution text is generated at all, so none can leak.
"""
from __future__ import annotations

import ast
import json
import pprint
import sys
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from course_quiz import QUIZ_KINDS, chapter_bar, elsewhere_note, item_form
from course_runner import RUNNER_KINDS, function_form

KIND_NAMES = {"choice": "choose one", "multi": "choose all that apply", "ordering": "put in order",
              "matching": "match", "number": "number", "function": "write a function",
              "written": "written answer", "structured": "structured answer"}


def _spec(root: Path, slug: str):
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from course.grading.runner import SpecError, load_spec_module

    try:
        return load_spec_module(root / "tests" / "graded" / f"{slug}.py")
    except (SpecError, FileNotFoundError) as exc:
        raise ExtensionError(f"course-exercises: {exc}") from exc


def _reference_code(root: Path, slug: str, name: str) -> str:
    source = (root / "solutions" / f"{slug}.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return ast.get_source_segment(source, node) or ""
    return ""


def _python(value) -> str:
    """A value as Python source (True, None, 'text'), wrapped when long."""
    text = pprint.pformat(value, width=88, sort_dicts=False)
    return text


def _raw_html(lines: list[str], html: str) -> None:
    """HTML for the web page only (the PDF leaves it out): the answer-on-the-page forms."""
    lines += ["```{raw} html", html, "```", ""]


def _fence(lines: list[str], language: str, body: str) -> None:
    lines += [f"```{language}", *body.rstrip().splitlines(), "```", ""]


def _item_lines(item, slug: str) -> list[str]:
    from course.grading.spec import RULES  # noqa: F401  (names shown below)

    lines = [item.prompt, ""]
    # On the web page the answer form lists the options and entries; print keeps the list.
    listed = ["```{only} not html", ""] if item.kind in QUIZ_KINDS else []
    if getattr(item, "options", None):
        listed += [f"- **{k}**: {v}" for k, v in item.options.items()] + [""]
    if getattr(item, "entries", None):
        listed += [f"- **{k}**: {v}" for k, v in item.entries.items()] + [""]
    if item.kind in QUIZ_KINDS and len(listed) > 2:
        lines += listed + ["```", ""]
    elif item.kind not in QUIZ_KINDS:
        lines += listed
    if getattr(item, "left", None):
        lines += ["Match each of these:", ""] + [f"- `{k}`: {v}" for k, v in item.left.items()] + [""]
        lines += ["to one of these:", ""] + [f"- **{k}**: {v}" for k, v in item.right.items()] + [""]
    if item.kind == "function":
        _fence(lines, "python", f"def {item.signature}: ...")
        lines += ["Examples you can check against (your instructor runs further cases):", ""]
        examples = []
        for case in item.public_cases:
            call = f"{item.name}({', '.join(_python(a) for a in case.args)})"
            examples.append(f"{call}\n# returns {_python(case.expect)}")
        _fence(lines, "python", "\n\n".join(examples))
    if item.kind == "written":
        lines += ["Checked automatically:", ""]
        for name, params in item.rules:
            if name == "words_between":
                lines.append(f"- length: {params['low']} to {params['high']} words")
            elif name == "has_headings":
                lines.append("- headings, each on its own line: " + ", ".join(f"`{h}`" for h in params["headings"]))
            elif name == "cites_sources":
                lines.append(f"- at least {params['minimum']} sources cited as `[source: ...]`")
            elif name == "mentions_dates":
                lines.append(f"- at least {params['minimum']} different years mentioned")
        lines += ["", "Graded by your instructor with this rubric:", ""]
        if any(c.levels for c in item.rubric):
            lines += ["| criterion | points | full marks | half marks | no marks |", "|---|---|---|---|---|"]
            lines += [f"| {c.key} | {c.points} | {c.levels.get('full', c.description)} | {c.levels.get('half', '')} "
                      f"| {c.levels.get('none', '')} |" for c in item.rubric] + [""]
        else:
            lines += ["| criterion | points | what full marks look like |", "|---|---|---|"]
            lines += [f"| {c.key} | {c.points} | {c.description} |" for c in item.rubric] + [""]
    if item.kind == "structured":
        lines += ["Checked automatically: " + ", ".join(name.replace("_", " ") for name, _ in item.validators) + ".", ""]
    lines += [f"*In your file:* `{item.name}` · *Skill:* {item.level}" + (f" · *Teaches:* {item.teaches}" if item.teaches else ""), ""]
    return lines


def _solution_lines(item, root: Path, slug: str) -> list[str]:
    from course.grading.source import literal

    lines = []
    if item.kind == "function":
        code = _reference_code(root, slug, item.name)
        if code:
            lines.append("Reference code:")
            lines.append("")
            _fence(lines, "python", code)
    elif item.kind == "structured":
        if getattr(item, "model_answer", ""):  # already a fenced code block
            lines += ["A reference answer:", "", item.model_answer.strip(), ""]
    elif item.kind == "written":
        model = getattr(item, "model_answer", "") or literal(root / "solutions" / f"{slug}.py", item.name, default="") or ""
        if isinstance(model, str) and model.strip():
            lines += ["A model answer:", "", *[f"> {l}" if l.strip() else ">" for l in model.strip().splitlines()], ""]
    else:
        answer = item.answer
        if isinstance(answer, set):
            answer = sorted(answer)
        lines += [f"**Answer:** `{_python(answer)}`", ""]
        if getattr(item, "why", None):   # a scenario item: the reason for every option
            lines += ["Why each option is right or wrong:", ""]
            lines += [f"- **{letter}**: {item.why[letter]}" for letter in item.options if letter in item.why] + [""]
    if item.explanation:
        lines += [item.explanation, ""]
    return lines


class CourseExercises(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self):
        root = Path(self.env.srcdir)
        slug = self.arguments[0]
        spec = _spec(root, slug)
        self.env.note_dependency(str(root / "tests" / "graded" / f"{slug}.py"))
        self.env.note_dependency(str(root / "solutions" / f"{slug}.py"))
        instructor = self.env.config.course_edition == "instructor"
        total_auto = sum(i.points for i in spec.items)
        manual = sum(sum(c.points for c in getattr(i, "rubric", [])) for i in spec.items)
        lines = [f"Your exercise file is `exercises/{slug}.py`. Edit it, then run `course check {spec.number}` "
                 f"for your score and a hint for each miss. {len(spec.items)} items, {total_auto} points checked "
                 "automatically" + (f", {manual} more graded by your instructor." if manual else "."), ""]
        if any(item.kind in QUIZ_KINDS + RUNNER_KINDS for item in spec.items):
            _raw_html(lines, chapter_bar(spec))
        for item in spec.items:
            label = f"ex-{slug[:4]}-{item.id.replace('.', '-')}"
            title = f"{item.id} ({KIND_NAMES.get(item.kind, item.kind)}, {item.points} points)"
            lines += ["````{exercise} " + title, f":label: {label}", ":nonumber:", "", *_item_lines(item, slug)]
            _raw_html(lines, item_form(slug, item) if item.kind in QUIZ_KINDS
                      else function_form(slug, item) if item.kind in RUNNER_KINDS else elsewhere_note(item))
            lines += ["````", ""]
            if instructor:
                lines += [f"````{{solution}} {label}", f":label: sol-{label[3:]}", ":class: dropdown", "",
                          *_solution_lines(item, root, slug), "````", ""]
        holder = nodes.container()
        self.state.nested_parse(StringList(lines, source=f"tests/graded/{slug}.py"), self.content_offset, holder)
        return list(holder.children)


def setup(app):
    app.add_directive("course-exercises", CourseExercises)
    app.setup_extension("course_quiz")
    app.setup_extension("course_runner")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
