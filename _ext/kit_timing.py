"""Two timing rules for the facilitator kit: every participatory activity is debriefed, and a
format can be re-timed for an interpreted workshop.

* ``debrief_problems(kit)``: a participatory activity (pairs, groups, teams, role-play, or any
  practice or analysis task) must be followed in its session by a ``phase: debrief`` activity or
  carry its own ``debrief`` text (run inside its minutes). Individual opening and closing tasks
  (filling a form, writing a personal plan) are exempt: there is nothing to debrief together.
* ``fit_format(...)``: multiplies each activity's minutes by the factor for its kind (talk,
  discussion, group work) in ``data/sessions/kit/interpretation.yaml``, rounds each session up
  to 5 minutes, keeps the breaks, and drops sessions in the format's ``cut_first`` order until
  each day fits its time box again; what still does not fit is reported, never hidden.

``course_sessions`` stays the one loader of session data; this module only reads a ``Kit``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml

INTERPRETATION_FILE = Path("data") / "sessions" / "kit" / "interpretation.yaml"
GROUP_GROUPINGS = {"pairs", "small-groups", "role-play", "teams", "individual"}
TASK_PHASES = {"practice", "analysis"}
TALK_PHASES = {"opening", "input", "closing"}


# ---------------------------------------------------------------------------- debriefs

def is_participatory(activity: dict) -> bool:
    if activity["phase"] == "debrief":
        return False
    if activity["grouping"] == "individual" and activity["phase"] in {"opening", "closing"}:
        return False
    return activity["grouping"] in GROUP_GROUPINGS or activity["phase"] in TASK_PHASES


def debrief_problems(kit) -> list[str]:
    """One line per participatory activity with no debrief after it (file, session, activity)."""
    problems = []
    for sid, session in sorted(kit.sessions.items()):
        path = kit.files.get(("session", sid))
        name = path.relative_to(kit.root) if path and path.is_relative_to(kit.root) else path
        activities = session["activities"]
        for n, activity in enumerate(activities):
            if not is_participatory(activity) or activity.get("debrief"):
                continue
            if any(later["phase"] == "debrief" for later in activities[n + 1:]):
                continue
            problems.append(
                f"{name}: session {sid!r}: activity {activity['id']!r} ({activity['grouping']}, "
                f"{activity['phase']}) has no debrief: add a later activity with phase: debrief, "
                f"or a 'debrief' text on the activity")
    return problems


# ---------------------------------------------------------------------------- interpretation

def load_interpretation(root: Path) -> dict:
    return yaml.safe_load((Path(root) / INTERPRETATION_FILE).read_text(encoding="utf-8"))


def activity_kind(activity: dict) -> str:
    if activity["grouping"] != "plenary":
        return "group_work"
    return "talk" if activity["phase"] in TALK_PHASES else "discussion"


def round_up(minutes: float, step: int = 5) -> int:
    return int(math.ceil(round(minutes, 6) / step) * step)


def scaled_session_minutes(session: dict, factors: dict) -> int:
    """The session's length under interpretation: every activity scaled, the sum rounded up to 5."""
    return round_up(sum(a["minutes"] * factors[activity_kind(a)] for a in session["activities"]))


@dataclass
class FittedDay:
    label: str
    start: int
    day_minutes: int
    latest_end: int | None
    items: list[dict] = field(default_factory=list)     # kept sessions and breaks, scaled, with clock times
    dropped: list[dict] = field(default_factory=list)   # sessions cut to fit, with planned and scaled minutes

    @property
    def span(self) -> int:
        return sum(i["minutes"] for i in self.items)

    @property
    def end(self) -> int:
        return self.start + self.span

    @property
    def limit(self) -> int:
        """The last minute the day may end: the time box, or the latest end if that is earlier."""
        box_end = self.start + self.day_minutes
        return min(box_end, self.latest_end) if self.latest_end is not None else box_end

    @property
    def overrun(self) -> int:
        return max(0, self.end - self.limit)


def _clock(text: str) -> int:
    hours, minutes = str(text).split(":")
    return int(hours) * 60 + int(minutes)


def fit_format(kit, fid: str, mode: str, config: dict) -> list[FittedDay]:
    """Scale a format for an interpretation mode and re-fit each day to the format's time box."""
    fmt = kit.formats[fid]
    factors = config["modes"][mode]["factors"]
    cut_order = list(config.get("cut_first", {}).get(fid, []))
    box = fmt["time_box"]
    latest = _clock(box["latest_end"]) if box.get("latest_end") else None
    days = []
    for spec in fmt["days"]:
        day = FittedDay(spec["label"], _clock(spec["start"]), box["day_minutes"], latest)
        for item in spec["items"]:
            if "session" in item:
                session = kit.sessions[item["session"]]
                day.items.append({"kind": "session", "id": session["id"], "title": session["title"],
                                  "planned": session["duration"],
                                  "minutes": scaled_session_minutes(session, factors)})
            else:
                day.items.append({"kind": "break", "title": item["break"]["title"],
                                  "planned": item["break"]["minutes"], "minutes": item["break"]["minutes"]})
        for sid in cut_order:
            if day.overrun == 0:
                break
            for n, item in enumerate(day.items):
                if item["kind"] == "session" and item["id"] == sid:
                    day.dropped.append(day.items.pop(n))
                    break
        _drop_orphan_breaks(day)
        clock = day.start
        for item in day.items:
            item["start"], item["end"] = clock, clock + item["minutes"]
            clock = item["end"]
        days.append(day)
    return days


def _drop_orphan_breaks(day: FittedDay) -> None:
    """A break left at the end of a day (its session was cut) is not needed."""
    while day.items and day.items[-1]["kind"] == "break":
        day.items.pop()


def hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def render_interpretation(kit, fid: str, config: dict) -> list[str]:
    """MyST for a format page: the agenda re-timed for each interpretation mode, with cuts stated."""
    out = []
    for mode, spec in config["modes"].items():
        f = spec["factors"]
        out += [f"**With {spec['label']}** (talk × {f['talk']}, discussion × {f['discussion']}, "
                f"group work × {f['group_work']}; each session rounded up to 5 minutes):", ""]
        for day in fit_format(kit, fid, mode, config):
            out += [f":::{{list-table}} {day.label}: "
                    f"{hm(day.start)}–{hm(day.end)} with {mode} interpretation",
                    ":header-rows: 1", ":class: kit-agenda", ":widths: 18 14 14 54", ""]
            out += ["* - Time", "  - Planned", "  - Interpreted", "  - Session or break"]
            for item in day.items:
                title = f"*{item['title']}*" if item["kind"] == "break" else item["title"].replace("*", "\\*")
                out += [f"* - {hm(item['start'])}–{hm(item['end'])}", f"  - {item['planned']} min",
                        f"  - {item['minutes']} min", f"  - {title}"]
            out += [":::", ""]
            if day.dropped:
                cut = "; ".join(f"{d['title']} ({d['planned']} min planned, {d['minutes']} interpreted)"
                                for d in day.dropped)
                out += [f"To fit the day, cut: {cut}.", ""]
            if day.overrun:
                out += [f"**Still {day.overrun} min over** the {day.day_minutes}-minute box (ends "
                        f"{hm(day.end)}, limit {hm(day.limit)}): book a longer slot, split the programme "
                        f"over two sittings, or shorten the inputs and keep every debrief.", ""]
            elif not day.dropped:
                out += ["It still fits the time box.", ""]
    return out
