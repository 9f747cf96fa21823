"""pytest plugin (auto-loaded through the `pytest11` entry point): points on tests.

`@pytest.mark.points(n)` says what a graded check is worth; at the end of a session
that ran any, the terminal summary shows the points earned out of those possible.
"""
from __future__ import annotations

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "points(n): points a graded check is worth")
    config.addinivalue_line("markers", "item(id): the exercise item a graded check belongs to")
    config._course_points = {"earned": 0.0, "possible": 0.0}


@pytest.hookimpl(trylast=True)
def pytest_runtest_logreport(report):
    if report.when != "call":
        return
    points = dict(report.user_properties).get("points")
    if points is None:
        return
    tally = _CONFIG[0]._course_points
    tally["possible"] += points
    if report.passed:
        tally["earned"] += points


_CONFIG: list = []


def pytest_sessionstart(session):
    _CONFIG[:] = [session.config]


def pytest_collection_modifyitems(items):
    for item in items:
        marker = item.get_closest_marker("points")
        if marker is not None:
            item.user_properties.append(("points", float(marker.args[0])))


def pytest_terminal_summary(terminalreporter, config):
    tally = getattr(config, "_course_points", None)
    if tally and tally["possible"]:
        terminalreporter.write_line(f"graded points: {tally['earned']:g} / {tally['possible']:g}")
