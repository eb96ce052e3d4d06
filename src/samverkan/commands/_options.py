"""What every sub-command shares: option types, common options, safe writing, standard input.

One way to check a value: each option's type is a function here, so argparse refuses a bad
value before the command starts. A refused value is a usage error: one line on standard
error and exit status 2 (see :mod:`samverkan.cli`). Errors about the data (an unknown query,
a missing build, an unwritable file) are :class:`~samverkan.errors.SamverkanError`, exit 1.

Examples
--------
>>> positive_float("2.5"), positive_int("3"), year("2018")
(2.5, 3, 2018)
>>> positive_float("nan")
Traceback (most recent call last):
...
argparse.ArgumentTypeError: must be a positive number of seconds such as 30, not 'nan'
>>> one_of("format", ("csv", "json"))("xml")
Traceback (most recent call last):
...
argparse.ArgumentTypeError: unknown format 'xml'; choose one of: csv, json
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from samverkan.errors import SamverkanError
from samverkan.paths import DEFAULT_OUT

__all__ = [
    "add_out",
    "add_timeout",
    "key_values",
    "one_of",
    "positive_float",
    "positive_int",
    "read_stdin",
    "write_files",
    "year",
]

_NAME_RE = re.compile(r"\w+")


def positive_float(text: str) -> float:
    """An argparse type: a finite number above 0 (``nan``, ``inf``, ``1e309``, ``0`` refused).

    Examples
    --------
    >>> positive_float("0.5"), positive_float("1e3")
    (0.5, 1000.0)
    >>> for bad in ("inf", "1e309", "0", "-1", "soon"):
    ...     try:
    ...         positive_float(bad)
    ...     except argparse.ArgumentTypeError as exc:
    ...         print(exc)
    must be a positive number of seconds such as 30, not 'inf'
    must be a positive number of seconds such as 30, not '1e309'
    must be a positive number of seconds such as 30, not '0'
    must be a positive number of seconds such as 30, not '-1'
    must be a positive number of seconds such as 30, not 'soon'
    """
    return positive_number(text, "seconds", "30")


def positive_number(text: str, unit: str, example: str) -> float:
    """``text`` as a finite number above 0, or an argparse error naming ``unit``.

    >>> positive_number("50", "megabytes", "50")
    50.0
    """
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(
            f"must be a positive number of {unit} such as {example}, not {text!r}"
        )
    return value


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1.

    Examples
    --------
    >>> positive_int("5")
    5
    >>> positive_int("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a whole number of at least 1, not '0'
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def year(text: str) -> int:
    """An argparse type: a year of four digits, such as 2018.

    Examples
    --------
    >>> year(" 2017")
    2017
    >>> year("nineteen")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a year such as 2018, not 'nineteen'
    """
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"must be a year such as 2018, not {text!r}")
    return int(text)


def one_of(what: str, choices: Sequence[str] | Callable[[], Iterable[str]]) -> Callable[[str], str]:
    """An argparse type that accepts one of ``choices`` (a sequence, or a function giving one).

    A function is called only when a value is checked, so that a list kept in a heavy module
    (the network projections) is not imported by ``samverkan --help``.

    Examples
    --------
    >>> check = one_of("projection", lambda: ("funding", "hierarchy"))
    >>> check("funding")
    'funding'
    >>> check("friends")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: unknown projection 'friends'; choose one of: funding, hierarchy
    """

    def check(text: str) -> str:
        known = tuple(choices() if callable(choices) else choices)
        if text not in known:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {text!r}; choose one of: {', '.join(known)}"
            )
        return text

    check.__name__ = what
    return check


def add_out(parser: argparse.ArgumentParser, help: str = "build directory (default: out)") -> None:
    """Add ``--out DIR``, the build directory, to ``parser`` (the same option everywhere)."""
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR", help=help)


def add_timeout(parser: argparse.ArgumentParser, default: float, help: str) -> None:
    """Add ``--timeout S`` (a positive number of seconds) to ``parser``."""
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=default,
        metavar="S",
        help=f"{help} (default: {default:g})",
    )


def key_values(items: Iterable[str] | None) -> dict[str, str]:
    """``KEY=VALUE`` strings (``--param``) as a dict; a KEY is letters, digits and ``_``.

    Examples
    --------
    >>> key_values(["year=2017", "resource=https://x.org/a=b"])
    {'year': '2017', 'resource': 'https://x.org/a=b'}
    >>> key_values(["a b=1"])
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: --param 'a b=1': 'a b' is not a parameter name (letters, digits and _ only)
    """  # noqa: E501
    params: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise SamverkanError(f"--param {item!r}: expected KEY=VALUE")
        if not _NAME_RE.fullmatch(key.strip()):
            raise SamverkanError(
                f"--param {item!r}: {key.strip()!r} is not a parameter name "
                "(letters, digits and _ only)"
            )
        params[key.strip()] = value
    return params


def read_stdin() -> str:
    """All of standard input as UTF-8 text (a byte-order mark is dropped).

    Raises
    ------
    SamverkanError
        ``<stdin>: not UTF-8 ...`` naming the first bad byte and its offset.
    """
    stream = sys.stdin
    if stream is None:
        raise SamverkanError("no standard input to read", path="<stdin>")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (a notebook, a test)
        return stream.read()
    data = buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SamverkanError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}", path="<stdin>"
        ) from None


def write_files(target: Path, write: Callable[[Path], Iterable[Path]]) -> list[Path]:
    """Let ``write`` write files named after ``target``, then move them beside it atomically.

    ``write`` gets a path with ``target``'s name in a fresh directory beside ``target`` and
    returns the files it wrote there (one, or several such as the CSV node and edge lists).
    Each is then renamed over its final name: a file that exists is replaced whole, never
    left half-written, and nothing is replaced when ``write`` fails.

    Returns
    -------
    list of Path
        The final paths, in the order ``write`` returned them.

    Raises
    ------
    SamverkanError
        One line naming the path that cannot be written, for any OSError.

    Examples
    --------
    >>> def one(path):
    ...     _ = path.write_text("new", encoding="utf-8")
    ...     return [path]
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("old", encoding="utf-8")
    >>> [p.name for p in write_files(folder / "a.txt", one)], (folder / "a.txt").read_text()
    (['a.txt'], 'new')
    >>> sorted(p.name for p in folder.iterdir())  # nothing else left behind
    ['a.txt']
    >>> write_files(Path("/proc/x/a.txt"), one)
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: /proc/x: cannot create the directory: No such file or directory
    """
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise SamverkanError("cannot write here: not a directory", path=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SamverkanError(
            f"cannot create the directory: {exc.strerror or exc}", path=exc.filename or folder
        ) from None
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=folder))
    except OSError as exc:
        raise SamverkanError(f"cannot write here: {exc.strerror or exc}", path=folder) from None
    try:
        try:
            written = list(write(staging / target.name))
        except OSError as exc:
            raise SamverkanError(f"cannot write: {exc.strerror or exc}", path=target) from None
        final = [folder / path.name for path in written]
        for path, destination in zip(written, final, strict=True):
            try:
                os.replace(path, destination)
            except OSError as exc:
                raise SamverkanError(
                    f"cannot write: {exc.strerror or exc}", path=destination
                ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return final
