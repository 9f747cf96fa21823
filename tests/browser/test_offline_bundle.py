"""The offline bundle: a zip of the learner edition that works from file:// alone."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

import browserkit as bk
from course.publish import BUNDLE_FOLDER, PublishError, make_bundle

# The first test of the session also waits for the book build and the page audit.
pytestmark = pytest.mark.timeout(1800)

MATH_JS = """() => Array.from(document.querySelectorAll('article math')).map(m => {
  const box = m.getBoundingClientRect();
  return {display: getComputedStyle(m).display, width: box.width, height: box.height,
          rows: m.querySelectorAll('mn, mi, mo').length};
})"""


@pytest.fixture(scope="module")
def bundle(request, tmp_path_factory, artifacts):
    # COURSE_TEST_LEARNER_HTML: an already built learner edition (skips the session's build).
    given = os.environ.get("COURSE_TEST_LEARNER_HTML")
    learner = Path(given) if given else request.getfixturevalue("built_book")["learner"]
    folder = tmp_path_factory.mktemp("bundle")
    zip_path = make_bundle(learner, folder / f"{BUNDLE_FOLDER}.zip")
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        zf.extractall(folder / "unzipped")
    (artifacts / zip_path.name).write_bytes(zip_path.read_bytes())
    return zip_path, names, folder / "unzipped" / BUNDLE_FOLDER


def test_bundle_is_the_learner_edition_in_one_folder(bundle):
    zip_path, names, top = bundle
    assert all(n.startswith(BUNDLE_FOLDER + "/") for n in names)
    assert f"{BUNDLE_FOLDER}/index.html" in names and f"{BUNDLE_FOLDER}/README.txt" in names
    assert not any("/book/instructor/" in n or "/_sources/" in n or "/." in n for n in names)
    # The Python runtime for the Run buttons (about 7.5 MB zipped) is counted on its own.
    with zipfile.ZipFile(zip_path) as zf:
        runtime = sum(i.compress_size for i in zf.infolist() if "/_static/course-pyodide/" in i.filename)
    assert runtime > 0, "the offline zip should carry the Python runtime, so Run works offline"
    assert runtime < 8_000_000, "the packed Python runtime grew: check what course/pyodide_runtime.py packs"
    assert zip_path.stat().st_size - runtime < 10_000_000, "the offline zip should stay small for slow links"


def test_every_bundle_page_works_offline(browser, bundle):
    _, _, top = bundle
    context = bk.offline_context(browser)
    problems, figures, math = {}, 0, []
    try:
        for rel in bk.site_pages(top):
            page = context.new_page()
            w = bk.watch(page)
            bk.open_page(page, (top / rel).as_uri())
            images = page.evaluate("() => Array.from(document.querySelectorAll('article img'))"
                                   ".map(i => i.complete && i.naturalWidth > 0)")
            figures += len(images)
            if not all(images):
                w.failed.append("an image did not load")
            math += [(rel, m) for m in page.evaluate(MATH_JS)]
            if w.problems():
                problems[rel] = w.problems()[:3]
            page.close()
        assert not context.blocked, f"requests that left the machine: {context.blocked[:5]}"
    finally:
        context.close()
    assert not problems, problems
    assert figures > 0, "no figures in the bundle"
    assert math, "no formula found: the math check could not fail"
    for rel, m in math:
        # Rendered by the browser as MathML (display "math"/"block math"), with a real size.
        assert "math" in m["display"] and m["width"] > 20 and m["height"] > 8 and m["rows"] > 0, (rel, m)


def test_bundle_search_works_offline(browser, bundle):
    _, _, top = bundle
    context, page, w = bk.search(browser, top, "ECU-911")
    try:
        hrefs = page.locator("#search-results ul.search li a").evaluate_all("els => els.map(e => e.href)")
        assert any("/book/ch12_ecuador.html" in h for h in hrefs), hrefs
        assert all(h.startswith("file://") for h in hrefs)
        assert not w.problems() and not context.blocked
    finally:
        context.close()


def test_bundle_refuses_the_instructor_edition(built_book, tmp_path):
    with pytest.raises(PublishError, match="not the learner edition"):
        make_bundle(built_book["instructor"], tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_a_function_item_runs_on_python_in_the_unzipped_bundle(browser, bundle):
    """The Run button works from the unzipped folder, offline: Pyodide comes from the zip."""
    import ast

    from course.grading.runner import load_chapters

    _, _, top = bundle
    root = Path(__file__).resolve().parents[2]
    slug = "ch07_export_controls"
    item = next(i for i in load_chapters(root, ["7"])[slug].spec.items if i.kind == "function")
    source = (root / "solutions" / f"{slug}.py").read_text(encoding="utf-8")
    body = ast.parse(source).body
    keep = [n for n in body if (isinstance(n, ast.Assign) and not n.targets[0].id.startswith("Q"))
            or (isinstance(n, ast.FunctionDef) and n.name == item.name)]
    code = "\n".join(ast.get_source_segment(source, n) for n in keep) + "\n"
    context = bk.offline_context(browser)
    try:
        page = context.new_page()
        w = bk.watch(page)
        bk.open_page(page, (top / "book" / "exercises" / f"{slug}.html").as_uri())
        form = page.locator(f'form.course-quiz[data-item="{item.id}"]')
        form.locator("textarea").fill(code)
        form.get_by_role("button", name=f"Run {item.id}").click()
        page.wait_for_function("id => { const s = document.querySelector(`form.course-quiz[data-item='${id}'] "
                               ".course-quiz-feedback`).dataset.state; return s && s !== 'busy'; }",
                               arg=item.id, timeout=300_000)
        feedback = form.locator(".course-quiz-feedback")
        total = len(item.public_cases) + len(item.practice_cases)
        assert feedback.get_attribute("data-state") == "right", feedback.inner_text()
        assert feedback.inner_text().startswith(f"{total} of {total} cases right")
        assert not w.problems() and not context.blocked
    finally:
        context.close()
