"""Add up a figure over a process and all its descendants, read from Linux /proc.

The sandbox uses it for the processor time of a whole sandbox (an endless loop is
stopped by CPU used, not by wall time), the grading benchmark for the memory of the
whole grading tree.
"""
from __future__ import annotations

import os
from typing import Callable


def tree_total(root: int, figure: Callable[[list[bytes]], int]) -> int | None:
    """The sum of `figure(fields)` over `root` and its descendants, where `fields` are the
    /proc/PID/stat fields after the command name (state, ppid, ...). None where there
    is no /proc or `root` is gone."""
    try:
        names = os.listdir("/proc")
    except OSError:
        return None
    children: dict[int, list[int]] = {}
    value: dict[int, int] = {}
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) < 22:
            continue
        pid = int(name)
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
