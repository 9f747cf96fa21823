"""Add up a figure over a process and all its descendants, read from Linux /proc.

`tree_pids` lists the processes themselves (the sandbox moves them into a cgroup).
The sandbox uses `tree_total` for the processor time of a whole sandbox (an endless loop is
stopped by CPU used, not by wall time), the grading benchmark for the memory of the
whole grading tree.
"""
from __future__ import annotations

import os
from typing import Callable


def _stat_fields() -> dict[int, list[bytes]] | None:
    """Every process's /proc/PID/stat fields after the command name, or None without /proc."""
    try:
        names = os.listdir("/proc")
    except OSError:
        return None
    found: dict[int, list[bytes]] = {}
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue   # ended while we looked
        found[int(name)] = stat[stat.rfind(b")") + 2:].split()
    return found


def tree_total(root: int, figure: Callable[[list[bytes]], int]) -> int | None:
    """The sum of `figure(fields)` over `root` and its descendants, where `fields` are the
    /proc/PID/stat fields after the command name (state, ppid, ...). None where there
    is no /proc or `root` is gone."""
    stats = _stat_fields()
    if stats is None:
        return None
    children: dict[int, list[int]] = {}
    value: dict[int, int] = {}
    for pid, fields in stats.items():
        if len(fields) < 22:
            continue
        children.setdefault(int(fields[1]), []).append(pid)
        value[pid] = figure(fields)
    if root not in value:
        return None
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += value.get(pid, 0)
        stack += children.get(pid, [])
    return total


def tree_pids(root: int) -> list[int] | None:
    """`root` and its descendants, or None where they cannot be listed.

    Reads each process's list of children (/proc/PID/task/PID/children: cheap, no scan
    of every process on the machine); a process with more than one thread may have
    children the main thread did not start, so where that list is missing or a process
    has threads, every process's parent is looked up instead."""
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        try:
            if len(os.listdir(f"/proc/{pid}/task")) != 1:
                return _tree_pids_by_scan(root)
            with open(f"/proc/{pid}/task/{pid}/children", "rb") as handle:
                children = [int(child) for child in handle.read().split()]
        except OSError:
            if pid == root:
                return _tree_pids_by_scan(root)
            continue   # ended while we looked: nothing under it either
        found.append(pid)
        stack += children
    return found


def _tree_pids_by_scan(root: int) -> list[int] | None:
    stats = _stat_fields()
    if stats is None:
        return None
    parent = {pid: int(fields[1]) for pid, fields in stats.items() if len(fields) > 1}
    if root not in parent:
        return None
    children: dict[int, list[int]] = {}
    for pid, ppid in parent.items():
        children.setdefault(ppid, []).append(pid)
    pids: list[int] = []
    stack = [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack += children.get(pid, [])
    return pids
