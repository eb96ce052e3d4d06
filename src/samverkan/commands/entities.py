"""``samverkan entities search TEXT``: find the IRI the graph already uses for a name."""

from __future__ import annotations

import argparse
import json

from samverkan.commands._options import add_out, positive_int

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``entities`` sub-command to ``sub``."""
    parser = sub.add_parser(
        "entities",
        help="find existing actors and other things of the build by name",
        description="Look up the things of the built graph by label, so that a new "
        "document reuses their IRIs.",
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, help="search"
    )
    search = actions.add_parser(
        "search",
        help="things whose labels match TEXT (case and accents folded; 'i Lund', "
        "'Lunds kommun' and 'Lundabor' find Lund)",
    )
    search.add_argument("text", metavar="TEXT", help="a name as the text writes it")
    add_out(search)
    search.add_argument(
        "--limit", type=positive_int, default=10, help="at most N results (default 10)"
    )
    search.add_argument(
        "--format", choices=("table", "json"), default="table", help="table (default) or json"
    )
    search.set_defaults(handler=_search)


def _search(args: argparse.Namespace) -> int:
    import sys

    from samverkan.entities import search
    from samverkan.errors import SamverkanError
    from samverkan.store import open_store

    if args.limit < 1:
        raise SamverkanError("--limit must be at least 1")
    if not args.text.strip():
        raise SamverkanError("TEXT is empty: give a name to look for")
    found = search(open_store(args.out), args.text, limit=args.limit)
    if args.format == "json":
        rows = [
            {
                "iri": e.iri,
                "short": e.short,
                "label": e.label,
                "types": e.types,
                "sources": e.sources,
                "exact": e.score == 2,
            }
            for e in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"nothing in {args.out} is named like {args.text!r}", file=sys.stderr)
        return 0
    for e in found:
        match = "exact" if e.score == 2 else "partial"
        print(f"{e.short}  {e.label}  [{', '.join(e.types)}]  ({match})")
        print(f"    in: {', '.join(e.sources)}")
    return 0
