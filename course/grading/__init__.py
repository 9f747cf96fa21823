"""Grading: item specs, the sandboxed worker, and the trusted runner."""
