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


def member_and_national(path: Path) -> tuple[str, str]:
    """A synthetic document's first project member and its first national member (a
    member whose IRI names no municipality), as ``<org/...>``: the edit that replaces the
    one by the other ties a national actor to one more project."""
    text = path.read_text(encoding="utf-8")
    member = re.search(r"org:member (<org/[^>]+>) ; org:organization", text)
    national = re.search(r"org:member (<org/[a-z-]+>) ; org:organization", text)
    assert member and national, f"{path.name} has no project member and national member"
    return member.group(1), national.group(1)
