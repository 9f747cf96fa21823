"""Where things live in a course checkout (or in a learner release)."""
from __future__ import annotations

import os
from pathlib import Path


def course_root(start: Path | None = None) -> Path:
    """The folder holding `_config.yml` or `course-release.json`, searched upward.

    COURSE_ROOT overrides the search (used by tests and by releases).
    """
    env = os.environ.get("COURSE_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "_config.yml").is_file() or (folder / "course-release.json").is_file():
            return folder
    # Fall back to the checkout this package was installed from (editable install).
    return Path(__file__).resolve().parent.parent


ROOT = course_root()
