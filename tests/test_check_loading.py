"""`course check N` reads only chapter N's spec, and reuses a passed sandbox test (issue 16, item 5).

Speed itself is measured by benchmarks/check.py, not here: these tests prove the
behaviour that makes it fast, and that the probe cache can never switch the sandbox off.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from course.grading import probe_cache, runner
from course.grading import sandbox as sandbox_mod
from course.grading.sandbox import Sandbox, SandboxUnavailable

ROOT = Path(__file__).resolve().parents[1]


def test_one_chapter_loads_one_spec(monkeypatch):
    loaded = []
    real = runner.load_spec_module
    monkeypatch.setattr(runner, "load_spec_module", lambda path: loaded.append(path.name) or real(path))
    chapters = runner.load_chapters(ROOT, ["ch7"])
    assert list(chapters) == ["ch07_export_controls"]
    assert loaded == ["ch07_export_controls.py"]


def test_no_words_loads_every_chapter_and_unknown_word_is_refused():
    assert len(runner.load_chapters(ROOT)) == len(runner.chapter_slugs(ROOT)) == 17
    with pytest.raises(KeyError):
        runner.load_chapters(ROOT, ["99"])


@pytest.fixture
def fake_bwrap(tmp_path, monkeypatch):
    """A bwrap binary that exists (its tests are replaced by counters), and an empty cache."""
    binary = tmp_path / "bwrap"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sandbox_mod.shutil, "which", lambda name: str(binary) if name == "bwrap" else None)
    monkeypatch.setattr(sandbox_mod.sys, "platform", "linux")
    monkeypatch.setattr(sandbox_mod, "_bwrap_has_size", lambda bwrap: True)
    monkeypatch.setattr(probe_cache, "_IN_PROCESS", {})
    calls = {"probes": 0, "works": True}

    def probe(self):
        calls["probes"] += 1
        return calls["works"]

    monkeypatch.setattr(Sandbox, "_bwrap_works", probe)
    return binary, calls


def test_a_passed_test_is_reused_in_a_new_process(fake_bwrap, monkeypatch):
    binary, calls = fake_bwrap
    first = Sandbox(use_cgroups=False, probe_cache=True)
    assert first.bwrap and not first.probe_cached and calls["probes"] == 1
    monkeypatch.setattr(probe_cache, "_IN_PROCESS", {})   # as a new `course check` process would start
    second = Sandbox(use_cgroups=False, probe_cache=True)
    assert second.bwrap and second.probe_cached and second.private_tmp and calls["probes"] == 1


def test_grading_without_the_cache_always_tests(fake_bwrap):
    binary, calls = fake_bwrap
    Sandbox(use_cgroups=False, probe_cache=True)
    Sandbox(use_cgroups=False)
    assert calls["probes"] == 2


def test_a_failed_test_is_never_remembered(fake_bwrap):
    binary, calls = fake_bwrap
    calls["works"] = False
    with pytest.raises(SandboxUnavailable):
        Sandbox(use_cgroups=False, probe_cache=True)
    assert not probe_cache.cache_file().exists()
    calls["works"] = True
    assert not Sandbox(use_cgroups=False, probe_cache=True).probe_cached   # tested again, not skipped


def test_a_changed_bwrap_binary_is_tested_again(fake_bwrap):
    binary, calls = fake_bwrap
    Sandbox(use_cgroups=False, probe_cache=True)
    stat = binary.stat()
    os.utime(binary, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert not Sandbox(use_cgroups=False, probe_cache=True).probe_cached
    assert calls["probes"] == 2


def test_a_cached_success_that_no_longer_holds_is_forgotten(fake_bwrap, monkeypatch):
    binary, calls = fake_bwrap
    Sandbox(use_cgroups=False, probe_cache=True)
    monkeypatch.setattr(probe_cache, "_IN_PROCESS", {})
    cached = Sandbox(use_cgroups=False, probe_cache=True)
    calls["works"] = False   # user namespaces switched off since
    assert cached.recheck_cached_probe() is False
    monkeypatch.setattr(probe_cache, "_IN_PROCESS", {})
    with pytest.raises(SandboxUnavailable):
        Sandbox(use_cgroups=False, probe_cache=True)


def test_a_garbled_cache_file_is_ignored(fake_bwrap):
    binary, calls = fake_bwrap
    probe_cache.cache_file().parent.mkdir(parents=True)
    probe_cache.cache_file().write_text("{not json")
    assert not Sandbox(use_cgroups=False, probe_cache=True).probe_cached
    assert calls["probes"] == 1
