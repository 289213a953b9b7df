"""Sphinx configuration for the quotekit documentation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

from quotekit import __version__  # noqa: E402

project = "quotekit"
author = "quotekit developers"
copyright = "2026, quotekit developers"
release = __version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx_copybutton",
    "lexicon_table",
    "bidi_code",
]

# Links into the Python and attrs documentation need their inventories from the web: on
# Read the Docs (or with QUOTEKIT_DOCS_ONLINE=1) they are fetched; offline builds, as in
# CI, leave those names as plain text instead of failing.
if os.environ.get("READTHEDOCS") or os.environ.get("QUOTEKIT_DOCS_ONLINE"):
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
    }

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "reference/lexicon-generated.md"]

html_theme = "furo"
html_title = f"quotekit {release}"
html_static_path = ["_static"]
html_css_files = ["rtl.css"]
language = "en"
# Curly English quotes would turn round inside Arabic text: keep the marks as written.
smartquotes = False

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
nitpicky = False

copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
