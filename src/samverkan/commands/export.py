"""``samverkan export``: data out of the build for other tools.

``samverkan export bundle DIR`` writes the data bundle (:func:`samverkan.bundle.write_bundle`):
a Frictionless Data Package with a codebook, an Excel workbook, a GEXF for Gephi and
example scripts for R and Python.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan.commands._options import add_out

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="data out: a bundle for R, Python, Excel and Gephi",
        description="Write the build's data for other tools.",
    )
    actions = parser.add_subparsers(
        dest="export_command", metavar="ACTION", required=True, help="bundle"
    )
    bundle = actions.add_parser(
        "bundle",
        help="a Frictionless Data Package with codebook, workbook, GEXF, R and Python examples",
        description="Write the data bundle of the build to DIR (created if missing).",
    )
    bundle.add_argument("directory", type=Path, metavar="DIR", help="where to write the bundle")
    add_out(bundle)
    bundle.set_defaults(handler=_bundle)


def _bundle(args: argparse.Namespace) -> int:
    from samverkan.bundle import write_bundle
    from samverkan.store import open_store

    directory = write_bundle(open_store(args.out), args.directory)
    files = sorted(p.name for p in directory.iterdir() if not p.name.startswith("."))
    print(f"wrote {directory}/ ({len(files)} files: datapackage.json, CODEBOOK.md, ...)")
    return 0
