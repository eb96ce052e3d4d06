"""``samverkan serve`` and ``samverkan push``: the built graph behind a real SPARQL server."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from samverkan.commands._options import add_timeout
from samverkan.paths import DEFAULT_OUT

__all__ = ["register"]


def _serve(args: argparse.Namespace) -> int:
    from samverkan.server import serve

    timeout_s = math.ceil(args.timeout)  # oxigraph takes whole seconds
    return serve(Path(args.out), host=args.host, port=args.port, timeout_s=timeout_s)


def _push(args: argparse.Namespace) -> int:
    from samverkan.server import push

    sent = push(Path(args.out), args.endpoint, timeout=args.timeout)
    for graph, count in sent.items():
        print(f"{count:>7} triples  {graph}")
    print(f"{len(sent)} graphs loaded into {args.endpoint}")
    return 0


def register(subparsers: Any) -> None:
    """Add ``serve`` and ``push`` to the command line."""
    from samverkan.server import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_S

    serve = subparsers.add_parser(
        "serve", help="serve the built graph read-only over SPARQL, with a YASGUI query page"
    )
    serve.add_argument("--out", default=str(DEFAULT_OUT), metavar="DIR", help="build directory")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"default: {DEFAULT_HOST}")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default: {DEFAULT_PORT}")
    add_timeout(
        serve,
        DEFAULT_TIMEOUT_S,
        "stop queries running longer than S seconds (rounded up to whole seconds)",
    )
    serve.set_defaults(handler=_serve)
    push = subparsers.add_parser(
        "push", help="load the named graphs into a server (SPARQL Graph Store Protocol)"
    )
    push.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="Graph Store endpoint, e.g. http://localhost:7878/store or http://host:3030/ds/data",
    )
    push.add_argument("--out", default=str(DEFAULT_OUT), metavar="DIR", help="build directory")
    add_timeout(push, 60.0, "give up on a request after S seconds")
    push.set_defaults(handler=_push)
