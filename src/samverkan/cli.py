"""The ``samverkan`` command: a thin layer over the library functions.

One contract for every sub-command, so that a mistake of the same kind ends the same way:

- a usage error (an unknown option or choice, a value of the wrong type such as
  ``--timeout nan`` or ``--year nineteen``) is refused by argparse before anything runs:
  one line ``samverkan: error: ...`` on standard error, exit status 2;
- an error in the data or the environment (an unknown query, a missing build, a bad graph
  file, a path that cannot be written) is a :class:`~samverkan.errors.SamverkanError`, or
  as a last resort an ``OSError``: one line naming the file, exit status 1;
- output piped into a program that stops reading (``samverkan query list | head -1``) ends
  quietly with status 141, as a command killed by SIGPIPE does;
- Ctrl-C ends with one line and status 130.

None of them prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from samverkan import __version__
from samverkan.errors import SamverkanError

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_ERROR", "EXIT_USAGE", "build_parser", "entry", "main"]

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a command that a pipe ended
EXIT_INTERRUPTED = 130  # 128 + SIGINT

_COMMAND_MODULES = (
    "build",
    "query",
    "serve",
    "network",
    "views",
    "bench",
    "export",
    "synth",
    "draft",
    "entities",
    "corpus",
    "check",
    "doctor",
)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line (argparse prints two)."""

    def error(self, message: str) -> NoReturn:
        message = " ".join(message.splitlines())
        self.exit(EXIT_USAGE, f"samverkan: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered.

    Examples
    --------
    >>> parser = build_parser()
    >>> parser.parse_args(["query", "run", "funding", "--timeout", "5"]).timeout
    5.0
    """
    parser = _Parser(
        prog="samverkan",
        description="Knowledge graph of collaboration in Swedish municipal integration work.",
        epilog="Exit status: 0 done, 1 error in the data or a file, 2 usage error, "
        "141 output pipe closed, 130 interrupted.",
    )
    parser.add_argument(
        "--version", action="version", version=f"samverkan {__version__}", help="show the version"
    )
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, help="what to do (COMMAND --help: more)"
    )
    for name in _COMMAND_MODULES:
        importlib.import_module(f"samverkan.commands.{name}").register(sub)
    return parser


def _describe(exc: OSError) -> str:
    """One line for an OSError that no command turned into a SamverkanError."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return reason
    where = str(exc.filename)
    if exc.filename2 is not None:
        where += f" -> {exc.filename2}"
    return f"{where}: {reason}"


def _quiet_stdout() -> None:
    """Send what is left for standard output to /dev/null (the reader has gone).

    Python flushes standard output at exit; without this a second BrokenPipeError would be
    reported then (the recipe of the Python documentation, ``signal`` module, SIGPIPE).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test, a notebook)
        pass


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # a usage error (2), or --help and --version (0)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        raise
    except SamverkanError as exc:
        print(f"samverkan: error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"samverkan: error: {_describe(exc)}", file=sys.stderr)
    except KeyboardInterrupt:
        print("samverkan: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Examples
    --------
    >>> main(["query", "run", "funding", "--timeout", "nan"])
    2
    """
    try:
        status = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    return status


def entry() -> NoReturn:
    """The ``samverkan`` program: :func:`main`, then the process ends at once.

    Everything a command writes is closed by then, and its standard output and error are
    flushed here; what is left is the interpreter freeing the objects one by one, which
    after a build at a million quads (millions of them in its data, graphs and tables)
    took about a second of the command's time (docs/scale.md). mypy ends the same way.
    For use in this package, call :func:`main`, which returns.
    """
    from samverkan.lifetime import ends_at_once

    ends_at_once()
    status = main()
    for stream in (sys.stdout, sys.stderr):
        # a pipe closed by the reader, a stream closed
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    entry()
