"""``samverkan query list``, ``samverkan query run`` and ``samverkan sparql``.

Thin layer over :mod:`samverkan.query`: the embedded store of the build directory by default,
any SPARQL 1.1 endpoint with ``--endpoint``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from samverkan.errors import SamverkanError
from samverkan.paths import DEFAULT_OUT

__all__ = ["register"]

_DEFAULT_TIMEOUT = 120.0


def _params(items: list[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise SamverkanError(f"--param {item!r}: expected KEY=VALUE")
        params[key.strip()] = value
    return params


def _source(args: argparse.Namespace) -> Any:
    if args.endpoint is not None:  # an empty one is refused by run_query, not ignored
        return args.endpoint
    from samverkan.query import _open_build_store

    return _open_build_store(Path(args.out))


def _emit(df: Any, args: argparse.Namespace, name: str) -> None:
    from samverkan.query import format_results

    text = format_results(df, args.format)
    if args.save:
        directory = Path(args.save)
        directory.mkdir(parents=True, exist_ok=True)
        suffix = {"table": "txt", "csv": "csv", "json": "json", "md": "md"}[args.format]
        target = directory / f"{Path(name).stem}.{suffix}"
        target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"{len(df)} rows written to {target}")
    else:
        print(text)


def _list(args: argparse.Namespace) -> int:
    from samverkan.query import list_queries

    queries = list_queries()
    width = max(len(q.name) for q in queries)
    for q in queries:
        params = ", ".join(
            p.name + ("" if p.required or p.default is None else f"={p.default}") for p in q.params
        )
        print(
            f"{q.name:<{width}}  {q.title}" + (f"  [{params}]" if params and args.verbose else "")
        )
    return 0


def _run(args: argparse.Namespace) -> int:
    from samverkan.query import load_query, run_query

    info = load_query(args.query)  # an unknown name fails before the store is opened
    df = run_query(_source(args), info, _params(args.param), timeout=args.timeout)
    _emit(df, args, args.query)
    return 0


def _sparql(args: argparse.Namespace) -> int:
    from samverkan.query import run_query

    text = args.text
    if text == "-":
        import sys

        text = sys.stdin.read()
    if not text.strip():
        raise SamverkanError("empty query")
    df = run_query(_source(args), text, _params(args.param), timeout=args.timeout)
    _emit(df, args, "sparql")
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--param", action="append", metavar="KEY=VALUE", help="bind a parameter")
    parser.add_argument(
        "--format", choices=("table", "csv", "json", "md"), default="table", help="output format"
    )
    parser.add_argument(
        "--out", default=str(DEFAULT_OUT), metavar="DIR", help="build directory (default: out)"
    )
    parser.add_argument(
        "--save", metavar="DIR", help="write the result to DIR/NAME.<format> instead of printing"
    )
    parser.add_argument("--endpoint", metavar="URL", help="a SPARQL 1.1 query endpoint instead")
    parser.add_argument(
        "--timeout",
        type=float,
        default=_DEFAULT_TIMEOUT,
        metavar="S",
        help=f"give up after S seconds (default: {_DEFAULT_TIMEOUT:g})",
    )


def register(subparsers: Any) -> None:
    """Add ``query`` (with ``list`` and ``run``) and ``sparql`` to the command line."""
    query = subparsers.add_parser("query", help="run the SPARQL query library")
    sub = query.add_subparsers(dest="query_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="one line per library query: name and title")
    listing.add_argument("-v", "--verbose", action="store_true", help="also show parameters")
    listing.set_defaults(handler=_list)
    run = sub.add_parser("run", help="run a library query by NAME or a FILE.rq")
    run.add_argument("query", metavar="NAME|FILE.rq")
    _common(run)
    run.set_defaults(handler=_run)
    sparql = subparsers.add_parser("sparql", help="run a SPARQL query given as text ('-': stdin)")
    sparql.add_argument("text", metavar="QUERY")
    _common(sparql)
    sparql.set_defaults(handler=_sparql)
