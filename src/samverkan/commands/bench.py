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
    parser.add_argument(
        "--only-queries",
        nargs="?",
        const="",
        default=None,
        metavar="NAMES",
        help="time the library queries on the build in --out only (no build): every query, "
        "or those named, comma-separated; median of --repeat runs",
    )
    parser.add_argument(
        "--scale",
        default=None,
        metavar="SIZES",
        help="instead: the scaling benchmark at these sizes in quads, e.g. 10k,100k,1M "
        "(synthetic corpora; each step in its own process, with its peak memory)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="--scale: where the corpora and builds go, kept for reruns (default: a temp dir)",
    )
    parser.add_argument(
        "--plain-max",
        default="150k",
        metavar="SIZE",
        help="--scale: largest size at which owlrl, the plain stack's reasoner, runs "
        "(default: 150k; it takes hours at 1M)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="also time `samverkan check` on each document file against the build in --out",
    )
    parser.add_argument(
        "--only-check", action="store_true", help="time `samverkan check` only (no build steps)"
    )
    parser.add_argument(
        "--network-copies",
        type=positive_int,
        default=1,
        metavar="K",
        help="--scale: also time the network measures on K copies of the collaboration "
        "network joined at their shared actors (a stand-in for a national network)",
    )
    parser.add_argument(
        "--incremental",
        action="store_true",
        help="instead: a full build of --graph into --workdir, then --repeat incremental "
        "rebuilds, each after editing one document file (a label and a relation; on the last "
        "run a funding fact removed); wall and CPU seconds per step, and the medians",
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="--incremental: also build the last input in full and compare TriG, report, "
        "views and resource pages, byte for byte",
    )
    parser.add_argument(
        "--no-views",
        action="store_true",
        help="--incremental: build without the views and resource pages",
    )
    parser.add_argument(
        "--same-process",
        action="store_true",
        help="--incremental: every build in this process, one after the other (by default "
        "each runs in a new process, as `samverkan build` does)",
    )
    parser.set_defaults(handler=_run)


def _scale(args: argparse.Namespace) -> int:
    from samverkan.errors import SamverkanError
    from samverkan.scale import parse_size, run_scale

    try:
        sizes = [parse_size(s) for s in args.scale.split(",")]
        plain_max = parse_size(args.plain_max)
    except ValueError:
        raise SamverkanError(
            f"--scale takes sizes such as 10k,100k,1M, not {args.scale!r}"
        ) from None
    rows = run_scale(sizes, args.workdir, plain_max=plain_max, network_copies=args.network_copies)
    print(f"{'quads':>9} {'step':<16} {'seconds':>9} {'peak MB':>8}  details")
    for row in rows:
        details = {
            k: v for k, v in row.items() if k not in ("size", "quads", "step", "seconds", "peak_mb")
        }
        print(
            f"{row['quads'] or 0:9,d} {row['step']:<16} {row['seconds']:9.2f} "
            f"{row.get('peak_mb', 0):8.0f}  {details}"
        )
    by = {(row["size"], row["step"]): row for row in rows}
    for size in sorted({row["size"] for row in rows}):
        ours = by[(size, "build")].get("steps", {}).get("reasoning")
        plain = by.get((size, "reason-owlrl"), {}).get("reasoning_s")
        if ours and plain:
            print(
                f"{by[(size, 'build')]['quads']:9,d} reasoning: rules {ours:.2f} s, owlrl "
                f"{plain:.2f} s: {plain / ours:.1f} times faster (same run)"
            )
    return 0


def _run(args: argparse.Namespace) -> int:
    from samverkan.bench import benchmark_check, benchmark_queries, benchmark_steps
    from samverkan.errors import SamverkanError

    if args.scale is not None:
        return _scale(args)
    from samverkan.paths import default_corpus, project_dir

    corpus = args.corpus if args.corpus is not None else default_corpus()
    if args.incremental:
        import tempfile

        from samverkan.bench import benchmark_incremental

        workdir = args.workdir or Path(tempfile.mkdtemp(prefix="samverkan-incremental-"))
        result = benchmark_incremental(
            args.graph or project_dir("graph"), corpus, workdir, repeat=args.repeat,
            verify=args.verify, views=not args.no_views, same_process=args.same_process,
        )
        return 0 if result.get("same_as_full", True) else 1
    built = (args.out / "samverkan.trig").is_file()
    if args.only_queries is not None:
        if not built:
            raise SamverkanError("no build to query: run `samverkan build` first", path=args.out)
        names = [n for n in args.only_queries.split(",") if n] or None
        rows = benchmark_queries(args.out, repeat=args.repeat, names=names)
    elif args.only_check:
        rows = []
    else:
        rows = benchmark_steps(args.graph, corpus, repeat=args.repeat)
    if not args.no_queries and not args.only_check and args.only_queries is None and built:
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
        if row.get("sparql_s") is not None:
            extra += f"  SPARQL alone {row['sparql_s']:.3f} s"
        if row.get("cpu_s") is not None:
            extra += f"  CPU {row['cpu_s']:.3f} s"
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
