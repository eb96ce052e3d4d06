"""``samverkan bench``: time each step of the data flow and every library query."""

from __future__ import annotations

import argparse
from pathlib import Path

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "bench", help="time each build step and every library query (prints numbers)"
    )
    parser.add_argument("--graph", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("out"), help="build directory to query")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-queries", action="store_true")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from samverkan.bench import benchmark_queries, benchmark_steps
    from samverkan.errors import SamverkanError
    from samverkan.paths import default_corpus

    if args.repeat < 1:
        raise SamverkanError("--repeat must be at least 1")
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
