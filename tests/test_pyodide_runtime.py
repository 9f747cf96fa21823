"""The Pyodide runtime fetched at build time (course/pyodide_runtime.py): pinned, checked,
packed for file:// pages; a tampered or missing runtime is refused and the book says so."""
from __future__ import annotations

import base64
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest

from course import pyodide_runtime as rt

MODULE = ('async function _createPyodideModule(moduleArg={}){var require=createRequire(import.meta.url);'
          'var _scriptName=import.meta.url;function f(){return new URL("pyodide.asm.wasm",import.meta.url).href}'
          'return moduleArg}export default _createPyodideModule;\n')


def _tarball(path: Path, members: dict[str, bytes], link: str | None = None) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        if link:
            info = tarfile.TarInfo(f"package/{link}")
            info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
            archive.addfile(info)
    return path


FILES = {"pyodide.js": b"var loadPyodide;", "pyodide.asm.mjs": MODULE.encode(), "pyodide-lock.json": b"{}",
         "pyodide.asm.wasm": bytes(range(256)) * 4, "python_stdlib.zip": b"PK\x03\x04zip"}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv(rt.SKIP_ENV, raising=False)
    return tmp_path / "cache"


def test_the_module_becomes_a_classic_script_and_an_unknown_shape_is_refused():
    script = rt.classic_script(MODULE)
    assert "export" not in script and "import.meta" not in script
    assert script.rstrip().endswith("self._createPyodideModule = _createPyodideModule;")
    with pytest.raises(rt.RuntimeUnavailable, match="one default export"):
        rt.classic_script(MODULE + "export const x = 1;\n")
    with pytest.raises(rt.RuntimeUnavailable, match="import.meta"):
        rt.classic_script(MODULE.replace("function f()", "var u=import.meta.resolve('x');function f()"))


def test_the_packed_script_holds_every_file_byte_for_byte():
    script = rt.bundle_script(FILES)
    document = json.loads(script.split("self.coursePyodideFiles = ", 1)[1].rstrip().rstrip(";"))
    assert base64.b64decode(document["base64"]["pyodide.asm.wasm"]) == FILES["pyodide.asm.wasm"]
    assert base64.b64decode(document["base64"]["python_stdlib.zip"]) == FILES["python_stdlib.zip"]
    assert set(document["text"]) == {"pyodide.js", "pyodide.asm.js", "pyodide-lock.json"}
    assert script.isascii()


def test_a_tarball_that_does_not_match_the_pinned_integrity_is_refused(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(rt, "_npm_pack", lambda into: _tarball(into / "pyodide-9.tgz", FILES))
    with pytest.raises(rt.RuntimeUnavailable, match="does not match the pinned integrity"):
        rt.fetch()
    assert not rt.bundle_path().exists() and not list(cache.rglob("*.tgz"))
    assert rt.available(try_fetch=True)[0] is None


def test_a_matching_tarball_is_packed_once(cache, tmp_path, monkeypatch):
    good = _tarball(tmp_path / "good.tgz", FILES)
    monkeypatch.setattr(rt, "INTEGRITY", rt.integrity_of(good))
    calls = []

    def pack(into):
        calls.append(into)
        return Path(shutil.copy(good, into / "pyodide.tgz"))

    monkeypatch.setattr(rt, "_npm_pack", pack)
    path = rt.fetch()
    assert path == rt.bundle_path() and path.is_file() and rt.fetch() == path and len(calls) == 1
    assert rt.available(try_fetch=False) == (rt.site_root(), "")


def test_a_tarball_missing_a_file_or_holding_a_link_is_refused(tmp_path):
    partial = {k: v for k, v in FILES.items() if k != "python_stdlib.zip"}
    with pytest.raises(rt.RuntimeUnavailable, match="lacks python_stdlib.zip"):
        rt._files_from_tarball(_tarball(tmp_path / "a.tgz", partial))
    with pytest.raises(rt.RuntimeUnavailable, match="not a plain file"):
        rt._files_from_tarball(_tarball(tmp_path / "b.tgz", partial, link="python_stdlib.zip"))


def test_without_npm_or_when_told_to_skip_the_runtime_is_missing_with_a_reason(cache, monkeypatch):
    monkeypatch.setattr(rt.shutil, "which", lambda name: None)
    folder, why = rt.available(try_fetch=True)
    assert folder is None and "npm is not installed" in why
    monkeypatch.setenv(rt.SKIP_ENV, "1")
    assert rt.available(try_fetch=True) == (None, f"{rt.SKIP_ENV} is set")
    assert rt.main(["fetch"]) == 0   # make install goes on: the book builds without it
