"""Run LinkChecker over a built site, in the background, and read its findings.

LinkChecker 10.6 follows every link between the local pages and, with its
``[AnchorCheck]`` plugin, checks that each ``#anchor`` exists in its target page.
Links to other sites are not fetched (CI has no network); they are checked only for
syntax. With ``-v`` its CSV output lists every URL checked, so the count is known.

Run as root, LinkChecker switches to the user ``nobody``, who cannot read pytest's
private temporary folders: the site is checked from a world-readable copy.
AnchorCheck fetches a page again for every anchor it checks (about a minute for the
learner edition), so both editions are started at once, before the browser tests,
and read when their test runs.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LCRC = """[filtering]
checkextern=0
[AnchorCheck]
"""


def linkchecker_bin() -> str | None:
    found = Path(sys.executable).with_name("linkchecker")
    return str(found) if found.exists() else shutil.which("linkchecker")


class LinkCheck:
    def __init__(self, html_dir: Path):
        self.workdir = Path(tempfile.mkdtemp(prefix="course-links-"))
        os.chmod(self.workdir, 0o755)
        self.site = self.workdir / "site"
        shutil.copytree(html_dir, self.site)
        for folder, _dirs, files in os.walk(self.site):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        rc = self.workdir / "lcrc"
        rc.write_text(LCRC, encoding="utf-8")
        os.chmod(rc, 0o644)
        starts = [p.as_uri() for p in sorted(self.site.rglob("*.html"))
                  if not p.relative_to(self.site).parts[0].startswith("_")]
        self.out = open(self.workdir / "out.csv", "w+", encoding="utf-8")
        self.err = open(self.workdir / "err.txt", "w+", encoding="utf-8")
        self.proc = subprocess.Popen([linkchecker_bin(), "--no-status", "-v", "-f", str(rc), "-o", "csv", *starts],
                                     stdout=self.out, stderr=self.err, cwd=self.workdir, stdin=subprocess.DEVNULL)

    def result(self, timeout: float = 900) -> tuple[list[dict], int]:
        """(problems, number of URLs checked); problems are broken local links or anchors."""
        try:
            self.proc.wait(timeout=timeout)
            self.out.seek(0)
            self.err.seek(0)
            lines = [l for l in self.out.read().splitlines() if l and not l.startswith("#")]
            rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
            if not rows:
                raise RuntimeError(f"LinkChecker printed no results (exit {self.proc.returncode}): {self.err.read()[-2000:]}")
            problems = []
            for row in rows:
                url = row.get("urlname") or ""
                if url.startswith(("http://", "https://", "mailto:", "data:")):
                    continue   # other sites: syntax only, never fetched
                if row.get("valid") != "True" or (row.get("warningstring") or "").strip():
                    problems.append({"url": url.replace(self.site.as_uri(), ""),
                                     "on": (row.get("parentname") or "").replace(self.site.as_uri(), ""),
                                     "result": row.get("result"), "warning": row.get("warningstring")})
            return problems, len(rows)
        finally:
            self.close()

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.out.close()
        self.err.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
