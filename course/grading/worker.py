"""The sandboxed worker: imports a learner's exercise files and answers requests.

This file runs *inside* the sandbox, in a separate process, with the standard library
only (it may run on a different Python than the course). It never decides a score:
it says "ready", reads one document of requests from stdin (written with `marshal`
by the grader, which this process trusts) and writes one JSON line per request, in
order, to its protocol channel. The trusted grader compares the values.

One worker starts per learner (and per retry), so its start-up is most of the cost
of grading a class: it imports nothing it can do without. `json` and `importlib.util`
(which pull in `re`, `enum`, `functools` and more) would more than double the
processor time of starting Python here; `dumps` below writes the same text as
`json.dumps` with the C string quoting that `json` itself uses.

Requests:
    {"op": "import", "module": "ch07_export_controls"}
    {"op": "value",  "module": "ch07_export_controls", "name": "Q7_1"}
    {"op": "call",   "module": "ch07_export_controls", "name": "f", "args": [...]}
Answers (one line each):
    {"i": 3, "ok": <plain JSON value>}
    {"i": 3, "err": {"kind": "...", "message": "...", "line": 12}}

Everything this process says is untrusted (learner code runs here and can rewrite
it), so the grader treats each answer as no more than a value the learner returned.
"""
import marshal
import math
import os
import sys

try:
    from _json import encode_basestring_ascii as _quote
except ImportError:  # a Python without the C accelerator: the json module's own
    from json.encoder import py_encode_basestring_ascii as _quote

MAX_NODES = 100_000
MAX_DEPTH = 50


class NotPlain(Exception):
    pass


def dumps(value, sort_keys=False):
    """Plain data (as `to_plain` makes it) as the text `json.dumps` gives for it."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _quote(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return float.__repr__(value)
    if kind is list:
        return "[" + ", ".join([dumps(item, sort_keys) for item in value]) + "]"
    if kind is dict:
        items = sorted(value.items()) if sort_keys else value.items()
        return "{" + ", ".join([_quote(key) + ": " + dumps(item, sort_keys) for key, item in items]) + "}"
    raise TypeError(f"cannot write a {kind.__name__} as JSON")


def load_module(name, filename):
    """Run a learner's file as module `name` (what importlib's file loader does, without
    importing importlib.util): compiled from its bytes, so a coding line is honoured."""
    module = type(sys)(name)
    module.__file__ = filename
    sys.modules[name] = module
    with open(filename, "rb") as handle:
        source = handle.read()
    exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)
    return module


def to_plain(value, depth=0, budget=None):
    """Turn a learner's value into plain JSON data, or raise NotPlain saying why."""
    if budget is None:
        budget = [MAX_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        raise NotPlain("the value is too large")
    if depth > MAX_DEPTH:
        raise NotPlain("the value is nested too deeply")
    if value is None or type(value) is bool:
        return value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotPlain("the number is not finite (nan or infinity)")
        return float(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, (list, tuple)):
        return [to_plain(v, depth + 1, budget) for v in value]
    if isinstance(value, (set, frozenset)):
        items = [to_plain(v, depth + 1, budget) for v in value]
        return {"__set__": sorted(items, key=lambda v: dumps(v, sort_keys=True))}
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotPlain(f"dictionary keys must be strings, found {type(key).__name__} {key!r}")
            out[str.__str__(key)] = to_plain(item, depth + 1, budget)
        return out
    raise NotPlain(
        f"it is a {type(value).__name__} object; use plain values "
        "(str, int, float, bool, None, list, dict, set)"
    )


def learner_line(exc, filename):
    """The line number in the learner's file where an exception happened, if any."""
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        return exc.lineno
    import traceback  # only when a learner's code failed: most workers never need it

    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == filename:
            line = lineno
    return line


def describe(exc, filename):
    if isinstance(exc, SyntaxError):
        text = (exc.text or "").strip()
        message = f"SyntaxError: {exc.msg}" + (f": {text}" if text else "")
        return {"kind": "syntax", "message": message, "line": exc.lineno}
    message = f"{type(exc).__name__}: {exc}"
    return {"kind": "exception", "message": message[:500], "line": learner_line(exc, filename)}


def apply_limits(limits):
    """Set this process's rlimits (children inherit them) before any learner code loads.

    Done here rather than between fork and exec in the grader (preexec_fn is unsafe in
    a threaded grader). Inside bubblewrap's user namespace the process count is counted
    for this sandbox alone.
    """
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the grader's deadlines still apply
        return
    for name, value in limits.items():
        kind = getattr(resource, "RLIMIT_" + name.upper(), None)
        if kind is None:
            continue
        try:
            resource.setrlimit(kind, (value, value))
        except (ValueError, OSError):
            pass


def main():
    # The protocol goes to a private copy of stdout; the learner's prints go nowhere.
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    # Started (often ahead of time, before the grader knows which learner this sandbox is
    # for): say so, then wait. The grader moves this sandbox into its cgroup and sends the
    # requests; no learner code has run before that.
    channel.write("ready\n")
    channel.flush()
    document = marshal.loads(sys.stdin.buffer.read())
    apply_limits(document.get("limits", {}))
    folder = document["folder"]
    requests = document["requests"]
    sys.setrecursionlimit(3000)
    sys.path.insert(0, folder)
    modules, failures = {}, {}

    def answer(index, payload):
        channel.write(dumps({"i": index, **payload}) + "\n")
        channel.flush()

    for index, request in enumerate(requests):
        op, module_name = request.get("op"), request.get("module")
        filename = os.path.join(folder, module_name + ".py")
        try:
            if op == "import":
                try:
                    module = load_module(module_name, filename)
                except BaseException as exc:  # SystemExit and KeyboardInterrupt too
                    failures[module_name] = describe(exc, filename)
                    answer(index, {"err": failures[module_name]})
                    continue
                modules[module_name] = module
                answer(index, {"ok": True})
                continue
            if module_name in failures:
                answer(index, {"err": {**failures[module_name], "kind": "import"}})
                continue
            module = modules[module_name]
            name = request["name"]
            if not hasattr(module, name):
                answer(index, {"err": {"kind": "missing", "message": f"{name} is not defined", "line": None}})
                continue
            target = getattr(module, name)
            if op == "value":
                value = target
            elif op == "call":
                if not callable(target):
                    answer(index, {"err": {"kind": "type", "message": f"{name} is not a function", "line": None}})
                    continue
                value = target(*marshal.loads(marshal.dumps(request.get("args", []))))  # a fresh copy for each call
            else:
                answer(index, {"err": {"kind": "type", "message": f"unknown op {op!r}", "line": None}})
                continue
            answer(index, {"ok": to_plain(value)})
        except NotPlain as exc:
            answer(index, {"err": {"kind": "type", "message": f"returned a value that is not plain data: {exc}", "line": None}})
        except BaseException as exc:
            answer(index, {"err": describe(exc, filename)})
    channel.close()
    os._exit(0)


if __name__ == "__main__":
    main()
