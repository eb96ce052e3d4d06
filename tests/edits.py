"""Editing a document file in place for the incremental-build tests (tests/ is on sys.path)."""

import re
from pathlib import Path


def edit(path: Path, old: str, new: str, *, regex: bool = False) -> None:
    """Replace the first ``old`` in ``path`` by ``new`` (a regular expression with ``regex``);
    fail when the edit changes nothing, so a test never rebuilds an unchanged input."""
    text = path.read_text(encoding="utf-8")
    edited = re.sub(old, new, text, count=1, flags=re.S) if regex else text.replace(old, new, 1)
    assert edited != text, f"the edit of {path.name} changed nothing"
    path.write_text(edited, encoding="utf-8")
