"""Sphinx side of the language switcher; the code lives in course/i18n/switcher.py."""
from course.i18n.switcher import setup  # noqa: F401
