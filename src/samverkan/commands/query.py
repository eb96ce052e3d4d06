"""``samverkan query list``, ``samverkan query run`` and ``samverkan sparql``.

Thin layer over :mod:`samverkan.query`: the embedded store of the build directory by default,
any SPARQL 1.1 endpoint with ``--endpoint``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from samverkan.commands._options import (
    add_out,
    add_timeout,
    key_values,
    one_of,
    read_stdin,
    write_files,
)
from samverkan.errors import SamverkanError

__all__ = ["register"]

_DEFAULT_TIMEOUT = 120.0
_SUFFIX = {"table": "txt", "csv": "csv", "json": "json", "md": "md"}


def _formats() -> tuple[str, ...]:
    from samverkan.query import FORMATS

    return tuple(FORMATS)


def _source(args: argparse.Namespace) -> Any:
    if args.endpoint is not None:  # an empty one is refused by run_query, not ignored
        return args.endpoint
    # the build directory: run_query reads the answer the build keeps, or opens its store
    return Path(args.out)


def _emit(df: Any, args: argparse.Namespace, name: str) -> None:
    from samverkan.query import format_results

    text = format_results(df, args.format)
    if args.save is None:
        print(text, end="" if text.endswith("\n") else "\n")
        return
    text = text if text.endswith("\n") else text + "\n"

    def write(path: Path) -> list[Path]:
        path.write_text(text, encoding="utf-8")
        return [path]

    (target,) = write_files(args.save / f"{Path(name).stem}.{_SUFFIX[args.format]}", write)
    print(f"{len(df)} row{'' if len(df) == 1 else 's'} written to {target}")


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

    params = key_values(args.param)
    info = load_query(args.query)  # an unknown name fails before the store is opened
    df = run_query(_source(args), info, params, timeout=args.timeout)
    _emit(df, args, args.query)
    return 0


def _sparql(args: argparse.Namespace) -> int:
    from samverkan.query import run_query

    params = key_values(args.param)
    text = read_stdin() if args.text == "-" else args.text
    if not text.strip():
        raise SamverkanError("empty query")
    df = run_query(_source(args), text, params, timeout=args.timeout)
    _emit(df, args, "sparql")
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--param",
        action="append",
        metavar="KEY=VALUE",
        help="bind the query's parameter KEY to VALUE (may repeat)",
    )
    parser.add_argument(
        "--format",
        type=one_of("format", _formats),
        default="table",
        metavar="F",
        help="output format: table (default), csv, json or md",
    )
    add_out(parser)
    parser.add_argument(
        "--save",
        type=Path,
        metavar="DIR",
        help="write the result to DIR/NAME.<format> instead of printing (DIR is created; "
        "an existing result file is replaced whole)",
    )
    parser.add_argument(
        "--endpoint", metavar="URL", help="query this SPARQL 1.1 endpoint instead of the build"
    )
    add_timeout(parser, _DEFAULT_TIMEOUT, "give up after S seconds")


def register(subparsers: Any) -> None:
    """Add ``query`` (with ``list`` and ``run``) and ``sparql`` to the command line."""
    query = subparsers.add_parser("query", help="run the SPARQL query library")
    sub = query.add_subparsers(
        dest="query_command", metavar="ACTION", required=True, help="list or run"
    )
    listing = sub.add_parser("list", help="one line per library query: name and title")
    listing.add_argument("-v", "--verbose", action="store_true", help="also show parameters")
    add_out(listing, help="build directory (accepted for uniformity; the list does not read it)")
    listing.set_defaults(handler=_list)
    run = sub.add_parser("run", help="run a library query by NAME or a FILE.rq")
    run.add_argument(
        "query", metavar="NAME|FILE.rq", help="a library query (see `query list`) or a file"
    )
    _common(run)
    run.set_defaults(handler=_run)
    sparql = subparsers.add_parser("sparql", help="run a SPARQL query given as text ('-': stdin)")
    sparql.add_argument(
        "text", metavar="QUERY", help="the query text; '-' reads it from standard input (UTF-8)"
    )
    _common(sparql)
    sparql.set_defaults(handler=_sparql)
