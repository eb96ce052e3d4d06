"""``samverkan build``: build the graph and every output."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from samverkan.commands._options import add_out

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build",
        help="build the graph and every output",
        description=(
            "Load the ontology, the reference data and the document graphs; verify the "
            "evidence against the texts; reason; validate; write the build directory."
        ),
    )
    parser.add_argument(
        "--graph",
        type=Path,
        default=None,
        help="directory of document Turtle files (default: graph/)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="directory of the source texts; every quote, offset and checksum is verified "
        "(default: $SAMVERKAN_CORPUS, else ../shared/corpus beside a checkout, if present)",
    )
    add_out(parser, help="build directory, replaced only by a good build (default: out)")
    parser.add_argument("--no-views", action="store_true", help="skip the interactive views")
    parser.add_argument(
        "--reasoner",
        choices=("rules", "owlrl"),
        default="rules",
        help="rules: the OWL 2 RL rules the ontology uses, run in pyoxigraph (default, fast); "
        "owlrl: every OWL 2 RL rule, the reference (slow); both give the same inferred graph",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="build everything afresh (default: rebuild only what depends on the document "
        "files and texts changed since the previous build in --out, when it can vouch for it)",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from samverkan.build import build
    from samverkan.lifetime import lingering
    from samverkan.paths import default_corpus

    corpus = args.corpus if args.corpus is not None else default_corpus()
    started = time.perf_counter()
    # one build: where the process ends right after (samverkan.cli.entry), what the build
    # is done with is left for the end instead of being freed before it returns
    with lingering():
        report = build(
            args.graph,
            corpus,
            args.out,
            views=not args.no_views,
            reasoner=args.reasoner,
            full=args.full,
            progress=lambda msg: print(f"  {msg} ...", file=sys.stderr),
        )
    out = args.out
    quotes = sum((report.evidence or {}).values())
    print(f"Built {out}/ in {time.perf_counter() - started:.1f} s")
    for name, count in report.graphs.items():
        print(f"  {count:6d} triples  {name}")
    if report.evidence is None:
        print("  evidence NOT verified: no corpus given (--corpus DIR)")
    else:
        print(f"  {quotes} evidence quotes verified in {len(report.evidence)} documents")
    print(f"  SHACL: 0 violations, {len(report.warnings)} warnings")
    print(f"  {report.drafts} unreviewed draft statements (sam:reviewStatus \"draft\")")
    print("Outputs:")
    print(f"  {out / 'samverkan.trig'}   all named graphs (TriG)")
    print(f"  {out / 'store'}/            pyoxigraph store (samverkan query, samverkan serve)")
    print(f"  {out / 'report.md'}         counts, validation, evidence")
    print(f"  {out / 'ontology' / 'index.html'}  ontology documentation")
    if report.views:
        print(f"  {out / 'views' / 'index.html'}    interactive network diagrams")
    return 0
