"""``samverkan network``: network measures and exports of the built graph.

``samverkan network metrics`` prints every measure per actor (a table, CSV or JSON);
``samverkan network summary`` the top brokers and the facts behind their position;
``samverkan network export`` writes GraphML, GEXF, CSV node and edge lists or node-link
JSON. All read the build directory (``--out``, default ``out``) and take the same
projection and filters.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from samverkan.commands._options import add_out, one_of, positive_int, write_files, year

__all__ = ["register"]

_GROUPS = {"sector": "sector", "municipality": "municipality_code"}
_TABLE_FORMATS = ("table", "csv", "json")


def _projections() -> Sequence[str]:
    from samverkan.network.projections import PROJECTIONS

    return PROJECTIONS


def _export_formats() -> Sequence[str]:
    from samverkan.network.export import FORMATS

    return tuple(FORMATS)


def _common(parser: argparse.ArgumentParser) -> None:
    add_out(parser)
    parser.add_argument(
        "--projection",
        type=one_of("projection", _projections),
        default="collaboration",
        metavar="NAME",
        help="collaboration (default), actor-initiative, co-participation, funding, hierarchy",
    )
    parser.add_argument(
        "--year", type=year, default=None, help="snapshot: keep what was active that year"
    )
    parser.add_argument("--document", default=None, help="keep what this document states (stem)")
    parser.add_argument(
        "--municipality",
        default=None,
        help='keep one municipality: a name, label or code (Lund, "Lunds kommun", 1281)',
    )
    parser.add_argument(
        "--sector",
        action="append",
        default=None,
        help='keep a sector: a key or a Swedish or English label (civilsamhälle, "civil '
        'society", civilsamhalle); may repeat',
    )


def _add_group(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group",
        type=one_of("group", tuple(_GROUPS)),
        default="sector",
        help="grouping for brokerage and the E-I index: sector (default) or municipality",
    )


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``network`` (with ``metrics``, ``summary`` and ``export``) to the command line."""
    parser = sub.add_parser(
        "network",
        help="network measures and exports (NetworkX)",
        description="Project the built graph to a network; measure it or export it.",
    )
    actions = parser.add_subparsers(
        dest="network_command", metavar="ACTION", required=True, help="metrics, summary or export"
    )

    metrics = actions.add_parser("metrics", help="print every measure per actor")
    _common(metrics)
    metrics.add_argument(
        "--format",
        type=one_of("format", _TABLE_FORMATS),
        default="table",
        help="table (default), csv or json",
    )
    _add_group(metrics)
    metrics.set_defaults(handler=_metrics)

    summary = actions.add_parser("summary", help="the top brokers and the facts behind them")
    _common(summary)
    summary.add_argument(
        "--top", type=positive_int, default=5, help="how many brokers to show (default: 5)"
    )
    _add_group(summary)
    summary.set_defaults(handler=_summary)

    export = actions.add_parser("export", help="write GraphML, GEXF, CSV or node-link JSON")
    _common(export)
    export.add_argument(
        "--format",
        type=one_of("export format", _export_formats),
        required=True,
        help="gexf, graphml, csv or json",
    )
    export.add_argument(
        "--lang",
        choices=("sv", "en"),
        default="sv",
        help="GEXF: language of the labels and attribute names (default sv)",
    )
    export.add_argument(
        "--file",
        type=Path,
        default=None,
        help="output file, replaced whole if it exists (default: OUT/network/PROJECTION.EXT; "
        "csv writes NAME.nodes.csv and NAME.edges.csv)",
    )
    export.set_defaults(handler=_export)


def _filters(store, args: argparse.Namespace) -> dict:
    """The projection filters of ``args``, names resolved to codes and sector keys."""
    from samverkan.network.resolve import resolve_municipality, resolve_sector

    return {
        "document": args.document,
        "municipality": (
            resolve_municipality(store, args.municipality)
            if args.municipality is not None
            else None
        ),
        "sector": (
            sorted({resolve_sector(store, s) for s in args.sector})
            if args.sector is not None
            else None
        ),
    }


def _graph(args: argparse.Namespace, store=None):  # -> networkx.Graph
    from samverkan.network.projections import project
    from samverkan.store import open_store

    store = store if store is not None else open_store(args.out)
    return project(store, args.projection, year=args.year, **_filters(store, args))


def _metrics(args: argparse.Namespace) -> int:
    import pandas as pd

    from samverkan.network.measures import measure_table

    table = measure_table(_graph(args), group=_GROUPS[args.group])
    if args.format == "csv":
        table.to_csv(sys.stdout, lineterminator="\n")
    elif args.format == "json":
        sys.stdout.write(
            table.reset_index().to_json(orient="records", force_ascii=False, indent=1) + "\n"
        )
    else:
        with pd.option_context(
            "display.width", 250,
            "display.max_columns", None,
            "display.max_rows", None,
            "display.max_colwidth", 40,
            "display.float_format", "{:.3f}".format,
        ):  # fmt: skip
            print(table.to_string())
    return 0


def _summary(args: argparse.Namespace) -> int:
    from samverkan.network.measures import summary

    print(summary(_graph(args), top=args.top, group=_GROUPS[args.group]))
    return 0


def _export(args: argparse.Namespace) -> int:
    from samverkan.network.export import FORMATS, write
    from samverkan.store import open_store

    store = open_store(args.out)
    G = _graph(args, store)
    path = args.file
    if path is None:
        path = args.out / "network" / f"{args.projection}{FORMATS[args.format]}"
    if args.format == "gexf":
        written_files = write_files(path, lambda staged: [_gexf(store, G, args, staged)])
    else:
        written_files = write_files(path, lambda staged: write(G, args.format, staged))
    for written in written_files:
        print(f"wrote {written} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
    return 0


def _gexf(store, G, args: argparse.Namespace, path: Path) -> Path:
    """One dynamic GEXF: the projection, and for a snapshot-free export its years."""
    import contextlib

    from samverkan.errors import SamverkanError
    from samverkan.network.export import write_gexf
    from samverkan.network.projections import project, years
    from samverkan.network.resolve import sector_labels

    snapshots = {}
    if args.year is None:
        filters = _filters(store, args)
        for year in years(store):
            with contextlib.suppress(SamverkanError):  # nothing active that year
                snapshots[year] = project(store, args.projection, year=year, **filters)
    path.parent.mkdir(parents=True, exist_ok=True)
    size_by = "betweenness" if args.projection == "collaboration" else "degree"
    return write_gexf(
        G,
        path,
        lang=args.lang,
        snapshots=snapshots or None,
        size_by=size_by,
        sector_labels=sector_labels(store, args.lang),
    )
