"""pytest runs the examples of these pages as doctests; Sphinx's own files are not tests."""

collect_ignore = ["conf.py", "_ext"]
