"""``samverkan check FILE.ttl``: one document file against the current build, every error."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan.commands._options import add_out

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``check`` sub-command to ``sub``."""
    parser = sub.add_parser(
        "check",
        help="check one document file in seconds: syntax, terms, every quote and offset, "
        "undefined IRIs, shapes, near-duplicate names",
        description="Check one document's Turtle file against the current build and print "
        "every problem at once, each with FILE:LINE. Exit status 1 when there are errors.",
    )
    parser.add_argument(
        "file", metavar="FILE.ttl", type=Path, help="the document's graph file to check"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="directory of the source texts (default: $SAMVERKAN_CORPUS, else "
        "../shared/corpus beside a checkout, if present)",
    )
    add_out(parser, help="the current build (default: out)")
    parser.add_argument(
        "--fix-offsets",
        action="store_true",
        help="rewrite wrong offsets in place when the quote occurs exactly once in the text",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    import sys

    from samverkan.check import check_file
    from samverkan.paths import default_corpus

    corpus = args.corpus if args.corpus is not None else default_corpus()
    if not (args.out / "samverkan.trig").is_file():
        print(
            f"samverkan: note: no build in {args.out}; checking against the reference data "
            "and the registry only",
            file=sys.stderr,
        )
    result = check_file(args.file, corpus=corpus, build=args.out, fix=args.fix_offsets)
    for quote, start, end in result.fixed:
        print(
            f"{args.file}: fixed offsets of {quote.exact!r}: {quote.start}-{quote.end} -> "
            f"{start}-{end}"
        )
    for problem in result.problems:
        print(problem)
    errors, warnings = len(result.errors), len(result.warnings)
    print(f"{args.file}: {errors} errors, {warnings} warnings, {result.quotes} quotes verified")
    return 1 if errors else 0
