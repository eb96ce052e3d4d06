"""How long the page per resource takes: :func:`samverkan.site.write_site` alone on a build.

A benchmark, not a test: it opens a build directory (``samverkan build --no-views`` is
enough), makes the collaboration network and its measure tables as the views do (not
timed; skip with ``--no-measures``), then writes the site ``--repeat`` times into a
scratch directory and prints, for each run and as medians, the wall and CPU seconds of
reading everything once (the panel queries) and of writing the pages, the pages per
second, and the peak memory of the process.

Usage::

    python -m samverkan.site.bench out [--corpus ../shared/corpus] [--repeat 3]

Examples
--------
>>> _median([3.0, 1.0, 2.0])
2.0
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samverkan.errors import SamverkanError

__all__ = ["main", "time_site"]


def _median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


class _Clock:
    """Wall and CPU seconds since the last call."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        lap = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return lap


def time_site(
    store: Any,
    out: Path,
    *,
    network: Any = None,
    measures: list[Any] | None = None,
    corpus: Path | None = None,
) -> dict[str, float]:
    """Write the site of ``store`` into ``out`` (emptied first) as the views do; return the
    wall and CPU seconds of reading (``read_*``) and of writing the pages (``pages_*``),
    and the numbers of pages and files.

    Examples
    --------
    >>> import tempfile
    >>> from samverkan.network import example_store
    >>> times = time_site(example_store(), Path(tempfile.mkdtemp()) / "site")
    >>> times["pages"] > 10, times["files"] == 3 * (times["pages"] - 1) + 1
    (True, True)
    """
    from samverkan.site import _panels, _site

    if out.exists():
        shutil.rmtree(out)
    clock = _Clock()
    site = _site.Site(store, out, network, list(measures or []), corpus)
    read_wall, read_cpu = clock.lap()
    written = []
    for iri in site.resources:
        written.extend(_panels.write_resource(site, iri, "../index.html"))
    written.append(_panels.write_index(site, "../index.html"))
    if corpus is not None:
        from samverkan.site._reader import write_readers

        written.extend(write_readers(site, "../index.html"))
    pages_wall, pages_cpu = clock.lap()
    return {
        "read_wall": read_wall,
        "read_cpu": read_cpu,
        "pages_wall": pages_wall,
        "pages_cpu": pages_cpu,
        "pages": float(sum(1 for p in written if p.suffix == ".html")),
        "files": float(len(written)),
    }


def _networks(store: Any) -> tuple[Any, list[Any]]:
    """The collaboration network and the measure tables the views give the site."""
    from samverkan.network import _data, measures, projections

    with _data.reused(store):
        C = projections.collaboration(store)
        B = projections.actor_initiative(store)
    tables = [measures.measure_table(G) for G in (C, B) if G is not None and len(G)]
    return C, tables


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m samverkan.site.bench BUILD [--corpus DIR] [--repeat N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m samverkan.site.bench",
        description="Time the page per resource (write_site) on a build directory.",
    )
    parser.add_argument("build", type=Path, help="a build directory (samverkan build)")
    parser.add_argument("--corpus", type=Path, help="the texts, for the document readers")
    parser.add_argument("--repeat", type=int, default=3, help="runs (default: 3)")
    parser.add_argument("--no-measures", action="store_true", help="no network measures")
    parser.add_argument("--out", type=Path, help="where to write (default: a scratch dir)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    from samverkan.store import open_store

    try:
        clock = _Clock()
        store = open_store(args.build)
        load_wall, _ = clock.lap()
        C, tables = (None, []) if args.no_measures else _networks(store)
        prep_wall, _ = clock.lap()
        print(
            f"{args.build}: {len(store)} quads loaded in {load_wall:.1f} s; network and "
            f"measures {prep_wall:.1f} s (not counted)",
            flush=True,
        )
        scratch = Path(tempfile.mkdtemp(prefix="samverkan-site-"))
        out = args.out or scratch / "site"
        runs = []
        try:
            for i in range(args.repeat):
                t = time_site(store, out, network=C, measures=tables, corpus=args.corpus)
                runs.append(t)
                print(_line(f"run {i + 1}", t), flush=True)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    except SamverkanError as error:
        print(f"samverkan: error: {error}", file=sys.stderr)
        return 1
    median = {key: _median([r[key] for r in runs]) for key in runs[0]}
    print(_line(f"median of {len(runs)}", median))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    print(f"peak memory {peak:.2f} GB")
    return 0


def _line(name: str, t: dict[str, float]) -> str:
    wall = t["read_wall"] + t["pages_wall"]
    cpu = t["read_cpu"] + t["pages_cpu"]
    rate = t["pages"] / t["pages_wall"] if t["pages_wall"] else float("inf")
    return (
        f"{name}: site {wall:.1f} s wall, {cpu:.1f} s CPU (reading {t['read_wall']:.1f} s / "
        f"{t['read_cpu']:.1f} s CPU, pages {t['pages_wall']:.1f} s / {t['pages_cpu']:.1f} s "
        f"CPU); {t['pages']:.0f} pages, {t['files']:.0f} files, {rate:.0f} pages/s"
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
