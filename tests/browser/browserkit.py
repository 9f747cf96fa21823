"""The browser harness shared by the browser tests and benchmarks/page_weight.py.

Playwright drives the system Chromium (Debian's build, installed by
scripts/system-deps.sh) through ``executable_path``: ``playwright install`` downloads
a browser of its own, which this project never does. Every request that is not a
``file://`` URL is aborted and recorded, so a page that would fetch anything from
the network fails the tests instead of quietly working online.
"""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1280, "height": 900}
CHAPTER_RE = re.compile(r"^book/ch\d\d_[a-z0-9_]+\.html$")
REFRESH = re.compile(r"<meta[^>]+http-equiv=[\"']?refresh", re.I)


def chromium_path() -> str | None:
    """The system Chromium, or None when there is none (the tests then skip)."""
    env = os.environ.get("COURSE_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)


def site_pages(html_dir: Path) -> list[str]:
    """Every page of a built site, as paths relative to it (theme files excluded)."""
    return sorted(p.relative_to(html_dir).as_posix() for p in html_dir.rglob("*.html")
                  if not p.relative_to(html_dir).parts[0].startswith("_"))


def is_chapter(rel: str) -> bool:
    """A chapter page, book/chNN_slug.html (not its exercise page)."""
    return bool(CHAPTER_RE.match(rel))


def file_of(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


@dataclass
class Watch:
    """What one page did: console errors, uncaught exceptions, requests."""
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)   # file:// URL (no query) -> resource type

    def problems(self) -> list[str]:
        return ([f"console error: {m}" for m in self.console_errors]
                + [f"uncaught exception: {m}" for m in self.page_errors]
                + [f"request leaving the machine (blocked): {u}" for u in self.blocked]
                + [f"failed to load: {u}" for u in self.failed])


def offline_context(browser, blocked_sink: list[str] | None = None):
    """A browser context in which only file:// requests are allowed."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    sink = blocked_sink if blocked_sink is not None else []

    def handle(route):
        url = route.request.url
        if url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            sink.append(url)
            route.abort()

    context.route("**/*", handle)
    context.blocked = sink
    return context


def watch(page) -> Watch:
    """Start recording what `page` does (call before goto)."""
    w = Watch()
    page.on("console", lambda m: w.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: w.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: w.failed.append(f"{r.url} ({r.failure})") if r.url.startswith("file://") else None)
    page.on("requestfinished", lambda r: w.files.__setitem__(r.url.split("?")[0].split("#")[0], r.resource_type)
            if r.url.startswith("file://") else None)
    return w


SETTLE_JS = """async () => {
  // Lazy images load only when scrolled to: load them all, as a reader would.
  const imgs = Array.from(document.images);
  imgs.forEach(i => { i.loading = 'eager'; });
  await Promise.all(imgs.map(i => i.complete ? null :
      new Promise(r => { i.addEventListener('load', r, {once: true}); i.addEventListener('error', r, {once: true}); })));
  await document.fonts.ready;
  return true;
}"""


def open_page(page, url: str) -> None:
    """Go to `url`, wait for the load event, every image and every web font.

    A page that redirects (the site's index.html) is followed to its target."""
    from playwright.sync_api import Error

    source = file_of(url)
    redirects = url.startswith("file://") and source.is_file() and bool(
        REFRESH.search(source.read_text(encoding="utf-8", errors="ignore")[:4000]))
    page.goto(url, wait_until="load")
    if redirects:          # read from the file, so no race with the redirect itself
        page.wait_for_url(lambda u: u.split("#")[0] != url, wait_until="load")
    for attempt in range(3):
        try:
            page.evaluate(SETTLE_JS)
            return
        except Error as exc:
            if "context was destroyed" not in str(exc) or attempt == 2:
                raise
            page.wait_for_load_state("load")


KINDS = {
    ".html": "html", ".htm": "html", ".css": "css", ".js": "js", ".mjs": "js",
    ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts", ".otf": "fonts", ".eot": "fonts",
    ".png": "images", ".jpg": "images", ".jpeg": "images", ".gif": "images", ".svg": "images", ".webp": "images",
}


def weigh(files) -> dict[str, int]:
    """Bytes on disk of the file:// URLs a page loaded, by kind, plus 'total'."""
    out = {"html": 0, "css": 0, "js": 0, "fonts": 0, "images": 0, "other": 0}
    for url in set(files):
        path = file_of(url)
        if path.is_file():
            out[KINDS.get(path.suffix.lower(), "other")] += path.stat().st_size
    out["total"] = sum(out.values())
    return out


def measure_page(browser, url: str) -> tuple[dict[str, int], Watch]:
    """Load one page in a fresh context (nothing cached) and weigh what it loaded."""
    context = offline_context(browser)
    try:
        page = context.new_page()
        w = watch(page)
        open_page(page, url)
        w.blocked.extend(context.blocked)
        return weigh(w.files), w
    finally:
        context.close()


def search(browser, html_dir: Path, query: str):
    """Type `query` into the book's search box on the home page and return the
    results page (the search runs in the browser, from the local index)."""
    context = offline_context(browser)
    page = context.new_page()
    w = watch(page)
    open_page(page, (html_dir / "index.html").as_uri())
    page.locator("button.search-button-field:visible").first.click()
    field = page.locator("#pst-search-dialog input[name=q]")
    field.fill(query)
    with page.expect_navigation(wait_until="load"):
        field.press("Enter")
    page.wait_for_selector("#search-results ul.search li a", timeout=15000)
    return context, page, w


# What the tests read from a page, in one pass. "Content" is the page's article.
PAGE_FACTS_JS = """() => {
  const main = document.querySelector('article.bd-article') || document.querySelector('main') || document.body;
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const images = Array.from(main.querySelectorAll('img')).map(i => ({
    src: i.currentSrc || i.src, alt: i.getAttribute('alt'), complete: i.complete,
    width: i.naturalWidth, height: i.naturalHeight, shown: visible(i),
    role: i.getAttribute('role') || '', figure: (i.closest('figure') || {}).id || ''}));
  const figures = Array.from(main.querySelectorAll('figure')).map(f => ({
    id: f.id, images: f.querySelectorAll('img, svg, canvas').length,
    caption: (f.querySelector('figcaption') || {textContent: ''}).textContent.trim().slice(0, 120)}));
  const headings = Array.from(main.querySelectorAll('h1, h2, h3, h4, h5, h6')).map(h => ({
    level: Number(h.tagName[1]), text: h.textContent.replace(/[#¶]\\s*$/, '').trim().slice(0, 90)}));
  const links = Array.from(main.querySelectorAll('a[href]'))
    .filter(a => !a.classList.contains('headerlink'))
    .map(a => ({href: a.getAttribute('href'), text: (a.textContent || '').replace(/\\s+/g, ' ').trim(),
                label: a.getAttribute('aria-label') || '', cls: a.className,
                img: a.querySelector('img[alt]') ? a.querySelector('img[alt]').getAttribute('alt') : ''}));
  const text = main.textContent;
  return {url: location.href, title: document.title, images, figures, headings, links,
          solutions: main.querySelectorAll('.solution').length,
          math: main.querySelectorAll('math').length,
          facilitator: /Facilitator notes|Solution to|Reference code/.test(text)};
}"""

AXE_RUN_JS = """async () => {
  // preload: false, or axe fetches every stylesheet again (blocked from file://).
  const res = await axe.run(document, {resultTypes: ['violations'], preload: false});
  return res.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => {
      let el = null;
      try { el = document.querySelector(String(n.target[0])); } catch (e) {}
      return {target: n.target.map(String).join(' >>> '), html: n.html.slice(0, 200),
              content: !!(el && el.closest('article.bd-article'))};
    })}));
}"""


def axe_source() -> str:
    """axe-core as bundled by the axe-playwright-python package (no npm needed)."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def audit_page(context, page, url: str, axe: str | None):
    """Open `url` in `page`; return (problems, facts, axe violations).

    Problems are the page's own (console errors, exceptions, blocked or failed
    requests), recorded before axe runs. axe is skipped on a page that redirects
    (its target is audited as a page of its own) and when `axe` is None."""
    w = watch(page)
    before = len(context.blocked)
    open_page(page, url)
    w.blocked.extend(context.blocked[before:])
    facts = page.evaluate(PAGE_FACTS_JS)
    problems = w.problems()
    violations = []
    if axe and facts["url"].split("#")[0] == url:
        page.evaluate(axe)
        violations = page.evaluate(AXE_RUN_JS)
    return problems, facts, violations


def grade_chapter(root: Path, folder: Path, out: Path, chapter: str) -> dict:
    """`course grade` one learner's folder for one chapter: {item id: Fraction awarded}."""
    import json
    import subprocess
    import sys
    from fractions import Fraction

    run = subprocess.run([sys.executable, "-m", "course.cli", "grade", str(folder), "--out", str(out),
                          "--chapters", chapter, "--quiet"], capture_output=True, text=True, cwd=root, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    [record] = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "records").glob("*.json")]
    assert record["status"] == "graded", record
    return {i["item"]: Fraction(i["awarded"]) for i in record["items"]}
