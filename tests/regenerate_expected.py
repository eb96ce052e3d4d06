"""Rewrite the stored expected answers of the query library: ``tests/expected/NAME.csv``.

Run it when the graph changes on purpose, then read the diff::

    python tests/regenerate_expected.py               # builds the graph afresh from the corpus
    python tests/regenerate_expected.py --out out     # or uses an existing build directory

Without ``--out`` the project's graph is built afresh (from the corpus, as the tests'
``built`` fixture does) into a temporary directory, so that a stale ``out/`` never ends up
in the expected answers. Each file holds one query's answer with its default parameters,
rows sorted (:func:`samverkan.query.canonical_csv`); ``test_query.py`` compares every
library query's answer on the built graph with it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from samverkan.build import build
from samverkan.errors import SamverkanError
from samverkan.paths import default_corpus
from samverkan.query import canonical_csv, list_queries, run_query
from samverkan.store import open_store

EXPECTED = Path(__file__).resolve().parent / "expected"


def regenerate_expected(source: object, expected_dir: Path) -> list[Path]:
    """Write ``NAME.csv`` (sorted rows, default parameters) for every library query.

    Files of queries that no longer exist are removed. Returns the files written.
    """
    expected_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for info in list_queries():
        path = expected_dir / f"{info.name}.csv"
        path.write_text(canonical_csv(run_query(source, info)), encoding="utf-8")
        written.append(path)
    for stale in expected_dir.glob("*.csv"):
        if stale not in written:
            stale.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tests/regenerate_expected.py",
        description="Rewrite tests/expected/*.csv from the answers of the query library.",
    )
    parser.add_argument("--out", type=Path, help="use this existing build directory")
    parser.add_argument("--corpus", type=Path, help="corpus for a fresh build")
    parser.add_argument(
        "--expected",
        type=Path,
        default=EXPECTED,
        help="where the expected results go (default: tests/expected)",
    )
    args = parser.parse_args(argv)
    try:
        if args.out is not None:
            written = regenerate_expected(open_store(args.out), args.expected)
        else:
            corpus = args.corpus or default_corpus()
            if corpus is None:
                raise SamverkanError("no corpus: give --corpus DIR or set SAMVERKAN_CORPUS")
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "out"
                build(None, corpus, out, views=False)
                written = regenerate_expected(open_store(out), args.expected)
    except SamverkanError as exc:
        print(f"samverkan: error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} expected results to {args.expected}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
