"""The one exception type the command line turns into a clear message.

Examples
--------
>>> str(SamverkanError("unknown term sam:Foo", path="graph/x.ttl", line=12))
'graph/x.ttl:12: unknown term sam:Foo'
>>> str(SamverkanError("no corpus directory", path="/nowhere"))
'/nowhere: no corpus directory'
"""

from __future__ import annotations

from os import PathLike

__all__ = ["SamverkanError", "line_of"]


class SamverkanError(Exception):
    """An error in the user's input or environment, reported without a traceback.

    Parameters
    ----------
    message : str
        What is wrong, in one sentence.
    path : str or path-like, optional
        The file or directory the error is about.
    line : int, optional
        The line in ``path``, where there is one.
    """

    def __init__(
        self, message: str, path: str | PathLike[str] | None = None, line: int | None = None
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        return where + self.message


def line_of(path: str | PathLike[str], needle: str) -> int | None:
    """The first line (1-based) of ``path`` that contains ``needle``, or None.

    Used to point an error message at the line of a Turtle file that states the fact.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.ttl"
    >>> _ = p.write_text("a\\nsam:fileName 1\\n", encoding="utf-8")
    >>> line_of(p, "sam:fileName")
    2
    """
    from pathlib import Path

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, start=1) if needle in line), None)
