"""The course package: checks, grading, releases and builds for the course book."""

__version__ = "0.1.0"
