"""``samverkan synth``: write a synthetic corpus and its graph files for benchmarks."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan.commands._options import positive_int

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "synth",
        help="write a synthetic corpus (texts and graph files) for benchmarks",
        description=(
            "Write generated Swedish texts in the genre and their graph files, with evidence "
            "quotes and offsets, for N real municipalities. The result builds like the real "
            "corpus: samverkan build --graph DIR --corpus DIR."
        ),
    )
    parser.add_argument(
        "--municipalities",
        type=positive_int,
        required=True,
        help="how many municipalities (N >= 1)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument(
        "--graph", type=Path, required=True, help="new directory for the graph files"
    )
    parser.add_argument("--corpus", type=Path, required=True, help="new directory for the texts")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from samverkan.synth import synthesize

    stats = synthesize(
        args.municipalities, seed=args.seed, graph_dir=args.graph, corpus_dir=args.corpus
    )
    print(
        f"Wrote {stats['documents']} documents ({stats['characters']:,} characters, "
        f"{stats['quotes']} evidence quotes): texts in {args.corpus}/, graphs in {args.graph}/"
    )
    return 0
