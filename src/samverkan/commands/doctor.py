"""``samverkan doctor``: check the environment and say what is missing and how to fix it."""

from __future__ import annotations

import argparse
from pathlib import Path

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``doctor`` sub-command to ``sub``."""
    parser = sub.add_parser(
        "doctor",
        help="check Python, packages, oxigraph, Chromium, the corpus and a free port",
        description=(
            "Check the environment: the Python version, the required packages, the "
            "`oxigraph` server binary, Chromium for the browser tests, the corpus and a free "
            "loopback port. Says what is missing and how to fix it; exit status 0 when all "
            "is well, 1 otherwise."
        ),
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="corpus directory to check (default: $SAMVERKAN_CORPUS, else ../shared/corpus)",
    )
    parser.add_argument(
        "--port", type=int, default=7878, help="loopback port to check (default: 7878)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("out"),
        help="build directory, accepted as by every command; doctor checks the environment, "
        "not a build",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from samverkan.doctor import check_environment, report
    from samverkan.paths import default_corpus

    corpus = args.corpus if args.corpus is not None else default_corpus()
    checks = check_environment(corpus, port=args.port)
    print(report(checks))
    return 0 if all(c.ok for c in checks) else 1
