"""``samverkan bench``: time each step of the data flow and every library query."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan.commands._options import add_out, positive_int

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``bench`` to the command line."""
    parser = sub.add_parser(
        "bench", help="time each build step and every library query (prints numbers)"
    )
    parser.add_argument(
        "--graph",
        type=Path,
        default=None,
        help="directory of document Turtle files to build (default: graph/)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="directory of the source texts (default: as for `samverkan build`)",
    )
    add_out(parser, help="build directory whose queries are timed (default: out)")
    parser.add_argument(
        "--repeat", type=positive_int, default=3, help="runs of each step (default: 3)"
    )
    parser.add_argument(
        "--no-queries", action="store_true", help="time the build steps only, not the queries"
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from samverkan.bench import benchmark_queries, benchmark_steps
    from samverkan.paths import default_corpus

    corpus = args.corpus if args.corpus is not None else default_corpus()
    rows = benchmark_steps(args.graph, corpus, repeat=args.repeat)
    if not args.no_queries and (args.out / "samverkan.trig").is_file():
        rows += benchmark_queries(args.out, repeat=max(args.repeat, 3))
    print(f"{'step':<44} {'median s':>9} {'min s':>9} {'runs':>5}")
    for row in rows:
        extra = f"  ({row['rows']} rows)" if row.get("rows") is not None else ""
        print(
            f"{row['step']:<44} {row['median_s']:9.3f} {row['min_s']:9.3f} {row['runs']:5d}{extra}"
        )
    medians = {row["step"]: row["median_s"] for row in rows}
    if medians.get("reason") and medians.get("reason-owlrl"):
        print(
            f"reasoning: the default rules {medians['reason']:.3f} s, owlrl "
            f"{medians['reason-owlrl']:.3f} s (median, same run): "
            f"{medians['reason-owlrl'] / medians['reason']:.1f} times faster"
        )
    return 0
