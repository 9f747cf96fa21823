"""Work the grader has done for one learner's answer, kept for the next learner who sends the same.

In a class most answers repeat: every correct solution returns the same value, and a
discrete item has a handful of different answers. Reading an answer line from the
sandbox (parsing its JSON and cleaning every string in it) and judging it are most of
the grader's own processor time (benchmarks/grading.py). Both are pure functions of the
line's bytes (and of the check), so doing them once per distinct answer and reusing the
result gives exactly what doing them again would give.

Each memo is bounded: when it is full it is emptied and fills again, so the grader's
memory stays flat however large the class. Lookups need no lock (a dict read is atomic
under the GIL); a race between two grading threads can only cost a second computation.
"""
from __future__ import annotations

import threading


class BoundedMemo:
    """A dict that is emptied when it holds more than `max_entries` or `max_bytes` of keys."""

    def __init__(self, max_entries: int, max_bytes: int | None = None):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: dict = {}
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key):
        value = self._items.get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, key, value, size: int = 0) -> None:
        if self.max_entries <= 0:
            return   # switched off (the tests compare a class graded with and without)
        with self._lock:
            if len(self._items) >= self.max_entries or (self.max_bytes is not None and self._bytes + size > self.max_bytes):
                self._items.clear()
                self._bytes = 0
            self._items[key] = value
            self._bytes += size

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)


class RememberedAnswer(dict):
    """An answer held by ANSWERS. Only these are judged once for all: a judgment keeps its
    answer alive, and keeping one-off answers alive would make memory grow with the class.

    What is worked out from the answer alone (its text for the rubric sheet, its
    canonical form for the class report) is kept on it, and goes when it goes."""

    def derived(self, key, compute):
        cache = self.__dict__.setdefault("_derived", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]


def derived(answer, key, compute):
    """`compute()`, done once per remembered answer (every time for any other answer)."""
    if isinstance(answer, RememberedAnswer):
        return answer.derived(key, compute)
    return compute()


# Answer lines by their bytes after the request number (a structured answer of a correct
# solution runs to a few kB and recurs; longer lines are parsed each time). At most 8 MB
# of line text is kept, with the values parsed from it.
MAX_REMEMBERED_LINE = 64 * 1024
ANSWERS = BoundedMemo(max_entries=60_000, max_bytes=8 * 1024 * 1024)

# Judgments by (check, answer object): the answer object is the one ANSWERS handed out,
# so an identical line gives the identical object, and the entry keeps it alive (its id
# cannot be reused while the entry exists).
JUDGMENTS = BoundedMemo(max_entries=50_000)


def clear() -> None:
    ANSWERS.clear()
    JUDGMENTS.clear()
