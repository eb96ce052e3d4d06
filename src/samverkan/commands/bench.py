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
    parser.add_argument(
        "--check",
        action="store_true",
        help="also time `samverkan check` on each document file against the build in --out",
    )
    parser.add_argument(
        "--only-check", action="store_true", help="time `samverkan check` only (no build steps)"
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from samverkan.bench import benchmark_check, benchmark_queries, benchmark_steps
    from samverkan.errors import SamverkanError
    from samverkan.paths import default_corpus

    if args.repeat < 1:
        raise SamverkanError("--repeat must be at least 1")
    corpus = args.corpus if args.corpus is not None else default_corpus()
    built = (args.out / "samverkan.trig").is_file()
    rows = [] if args.only_check else benchmark_steps(args.graph, corpus, repeat=args.repeat)
    if not args.no_queries and not args.only_check and built:
        rows += benchmark_queries(args.out, repeat=max(args.repeat, 3))
    if args.check or args.only_check:
        if not built:
            raise SamverkanError(
                "no build to check against: run `samverkan build` first", path=args.out
            )
        rows += benchmark_check(args.out, corpus, args.graph, repeat=args.repeat)
    print(f"{'step':<44} {'median s':>9} {'min s':>9} {'runs':>5}")
    for row in rows:
        extra = f"  ({row['rows']} rows)" if row.get("rows") is not None else ""
        print(
            f"{row['step']:<44} {row['median_s']:9.3f} {row['min_s']:9.3f} {row['runs']:5d}{extra}"
        )
    return 0
