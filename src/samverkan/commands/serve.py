"""``samverkan serve`` and ``samverkan push``: the built graph behind a real SPARQL server."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from samverkan.commands._options import add_out, add_timeout, positive_number

__all__ = ["register"]


def _megabytes(text: str) -> float:
    """An argparse type: a positive, finite number of megabytes."""
    return positive_number(text, "megabytes", "50")


def _serve(args: argparse.Namespace) -> int:
    from samverkan.server import serve

    return serve(
        Path(args.out),
        host=args.host,
        port=args.port,
        timeout_s=args.timeout,
        max_result_mb=args.max_result_mb,
        public=args.public,
    )


def _push(args: argparse.Namespace) -> int:
    from samverkan.server import credentials_from_env, push

    credentials = credentials_from_env(user=args.user)
    sent = push(Path(args.out), args.endpoint, timeout=args.timeout, credentials=credentials)
    for graph, count in sent.items():
        print(f"{count:>7} triples  {graph}")
    print(f"{len(sent)} graphs loaded into {args.endpoint}")
    return 0


def register(subparsers: Any) -> None:
    """Add ``serve`` and ``push`` to the command line."""
    from samverkan.server import (
        DEFAULT_HOST,
        DEFAULT_MAX_RESULT_MB,
        DEFAULT_PORT,
        DEFAULT_TIMEOUT_S,
    )

    serve = subparsers.add_parser(
        "serve",
        help="serve the built graph read-only: a query page and a SPARQL endpoint",
        description=(
            "Serve the built graph read-only: a query page made for this graph at / and a "
            "SPARQL 1.1 endpoint at /query (the project's prefixes need no PREFIX line; "
            "SERVICE, LOAD, remote FROM, nesting deeper than 64 and updates are refused). "
            "Loopback only unless --public. Stops on Ctrl-C, SIGTERM or SIGHUP."
        ),
    )
    add_out(serve)
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default: {DEFAULT_HOST}); non-loopback needs --public",
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default: {DEFAULT_PORT}")
    serve.add_argument(
        "--public",
        action="store_true",
        help="allow a --host that other machines can reach (prints what it exposes)",
    )
    add_timeout(serve, DEFAULT_TIMEOUT_S, "stop queries running longer than S seconds")
    serve.add_argument(
        "--max-result-mb",
        type=_megabytes,
        default=DEFAULT_MAX_RESULT_MB,
        metavar="MB",
        help=f"refuse answers larger than MB megabytes (default: {DEFAULT_MAX_RESULT_MB:g})",
    )
    serve.set_defaults(handler=_serve)
    push = subparsers.add_parser(
        "push",
        help="load the named graphs into a server (SPARQL Graph Store Protocol)",
        description=(
            "Load the build's named graphs into a server, one PUT per graph. If the server "
            "asks for authentication (Digest or Basic), give --user (or SAMVERKAN_PUSH_USER) "
            "and set SAMVERKAN_PUSH_PASSWORD; nothing is stored."
        ),
    )
    push.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="Graph Store endpoint, e.g. http://localhost:7878/store or "
        "http://localhost:8890/sparql-graph-crud-auth (Virtuoso)",
    )
    add_out(push)
    push.add_argument(
        "--user", default=None, help="user name (default: $SAMVERKAN_PUSH_USER, or none)"
    )
    add_timeout(push, 60.0, "give up on a request after S seconds")
    push.set_defaults(handler=_push)
