"""``samverkan views``: write or refresh the interactive views of the built graph.

Reads the build directory (``--out``, default ``out``), writes ``OUT/views/`` (one
self-contained HTML file per view and an index) and, with ``--open``, opens the index in
the default browser.
"""

from __future__ import annotations

import argparse

from samverkan.commands._options import add_out
from samverkan.errors import SamverkanError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``views`` sub-command to ``sub``."""
    parser = sub.add_parser(
        "views",
        help="write the interactive network views (OUT/views/index.html)",
        description="Write the interactive network views of the built graph under "
        "OUT/views/: every page works from disk with no network.",
    )
    add_out(parser)
    parser.add_argument(
        "--open", action="store_true", help="open the index in the default web browser"
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    import webbrowser

    from samverkan.store import open_store
    from samverkan.views import write_all

    store = open_store(args.out)
    try:
        written = write_all(store, args.out / "views")
    except OSError as exc:
        raise SamverkanError(
            f"cannot write the views: {exc.strerror or exc}",
            path=exc.filename or args.out / "views",
        ) from None
    index = written[0]
    print(f"wrote {len(written)} files under {args.out / 'views'}; open {index}")
    if args.open:
        webbrowser.open(index.resolve().as_uri())
    return 0
