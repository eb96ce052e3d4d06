"""The ``samverkan`` command: a thin layer over the library functions.

Every error in the user's input is a :class:`~samverkan.errors.SamverkanError`; the command
prints it as one line on standard error and exits with status 1, without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from samverkan import __version__
from samverkan.errors import SamverkanError

__all__ = ["build_parser", "main"]

_COMMAND_MODULES = ("build", "query", "serve", "network", "views", "bench", "doctor")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="samverkan",
        description="Knowledge graph of collaboration in Swedish municipal integration work.",
    )
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"samverkan.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"samverkan.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except SamverkanError as exc:
        print(f"samverkan: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("samverkan: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
