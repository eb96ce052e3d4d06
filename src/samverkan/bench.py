"""Benchmark: how long each step of the data flow takes, printed as numbers.

Speed is measured here, never asserted in a test. The build runs ``repeat`` times on the
project's graph (or ``graph_dir``), exactly as ``samverkan build --no-views`` runs it, and
each step is timed from the build's own progress marks; the median and minimum wall-clock
times are reported. ``reason-owlrl`` times the reference reasoner on the same sources.

Examples
--------
>>> rows = benchmark_steps(repeat=1, steps=("load", "build"))
>>> [row["step"] for row in rows], rows[0]["runs"]
(['load', 'build'], 1)
"""

from __future__ import annotations

import itertools
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["STEPS", "benchmark_check", "benchmark_queries", "benchmark_steps"]

_MARKS = {
    "loading": "load",
    "verifying evidence": "evidence",
    "reasoning": "reason",
    "validating": "validate",
    "writing the dataset": "write",
    "writing the store": "store",
    "running the violation queries": "violations",
    "writing the ontology documentation": "ontology-page",
}
"""The start of each progress line of :func:`samverkan.build.build` -> its step here."""

STEPS = (*_MARKS.values(), "build", "reason-owlrl")
"""Every step :func:`benchmark_steps` can report, in the order of the build."""


def _times(func: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return times


def _time(func: Callable[[], object], repeat: int) -> dict[str, float]:
    return _summary(_times(func, repeat))


def _summary(times: Sequence[float]) -> dict[str, float]:
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": len(times)}


def _step(message: str) -> str:
    return next((step for start, step in _MARKS.items() if message.startswith(start)), message)


def benchmark_steps(
    graph_dir: Path | None = None,
    corpus: Path | None = None,
    *,
    repeat: int = 3,
    steps: Sequence[str] = STEPS,
) -> list[dict[str, object]]:
    """Time each step of the build; return one row per step.

    Parameters
    ----------
    graph_dir : Path, optional
        Document graphs (default: the project's ``graph/``).
    corpus : Path, optional
        Source texts; the ``evidence`` step is skipped without them.
    repeat : int
        Builds (and owlrl runs) timed.
    steps : sequence of str
        A subset of :data:`STEPS`; ``build`` is the whole build (without views).
    """
    from samverkan.build import build

    runs: dict[str, list[float]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    try:
        for _ in range(repeat):
            marks: list[tuple[str, float]] = []
            build(
                graph_dir,
                corpus,
                tmp / "out",
                views=False,
                progress=lambda msg, marks=marks: marks.append((_step(msg), time.perf_counter())),
            )
            marks.append(("end", time.perf_counter()))
            for (step, t0), (_, t1) in itertools.pairwise(marks):
                runs.setdefault(step, []).append(t1 - t0)
            runs.setdefault("build", []).append(marks[-1][1] - marks[0][1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if "reason-owlrl" in steps:
        from samverkan.load import load_sources
        from samverkan.reason import infer

        sources = load_sources(graph_dir)
        asserted = sources.asserted()

        def owlrl() -> None:
            infer(asserted, ontology=sources.ontology, reasoner="owlrl")

        runs["reason-owlrl"] = _times(owlrl, repeat)
    return [{"step": step, **_summary(runs[step])} for step in steps if step in runs]


def benchmark_queries(
    build_dir: Path, *, repeat: int = 5, names: Sequence[str] | None = None
) -> list[dict[str, object]]:
    """Time every library query on the built dataset (embedded store).

    Each run is :func:`samverkan.query.run_query` as a user calls it (parameters at their
    defaults, label columns added, a DataFrame returned); the store is loaded once first.
    ``cpu_s`` is the median CPU time of the process during those runs (on a shared machine
    the wall time also holds the time waited for a core). ``sparql_s`` is the median of the
    query's evaluation alone (every answer read from pyoxigraph, no labels and no DataFrame).

    Parameters
    ----------
    build_dir : Path
        A build directory (``samverkan.trig`` is loaded into memory).
    repeat : int
        Runs per query; the rows give the median and the fastest.
    names : sequence of str, optional
        Only these library queries (default: all, violation queries included).
    """
    from samverkan.errors import SamverkanError
    from samverkan.query import list_queries, run_query
    from samverkan.query.params import bindings, inject_values
    from samverkan.store import open_store

    library = {info.name: info for info in list_queries()}
    unknown = sorted(set(names or ()) - set(library))
    if unknown:
        raise SamverkanError(f"no library query named {', '.join(unknown)}")
    store = open_store(build_dir)
    rows: list[dict[str, object]] = []
    for info in library.values():
        if names and info.name not in names:
            continue
        result: dict[str, object] = {}

        def run(info=info, result=result) -> None:
            result["rows"] = len(run_query(store, info.name))

        # The SPARQL evaluation alone: every answer read from the store, no labels, no
        # DataFrame (what a query costs in Oxigraph, apart from the Python around it).
        text = inject_values(info.text, bindings(info, None))

        def evaluate(text=text) -> None:
            for _ in store.query(text, use_default_graph_as_union=True):
                pass

        cpu: list[float] = []

        def run_cpu(run=run, cpu=cpu) -> None:
            started = time.process_time()
            run()
            cpu.append(time.process_time() - started)

        timing = _time(run_cpu, repeat)
        sparql = _time(evaluate, repeat)["median_s"]
        rows.append(
            {
                "step": f"query {info.name}",
                **timing,
                "cpu_s": statistics.median(cpu),
                "sparql_s": sparql,
                "rows": result.get("rows"),
            }
        )
    return rows


def benchmark_check(
    build_dir: Path, corpus: Path | None, graph_dir: Path | None = None, *, repeat: int = 3
) -> list[dict[str, object]]:
    """Time ``samverkan check`` on each document file against the build in ``build_dir``.

    Two figures per file: the whole command as a user runs it (a new Python process,
    imports included) and :func:`samverkan.check.check_file` alone, in this process.
    """
    import subprocess
    import sys

    from samverkan.check import check_file
    from samverkan.paths import project_dir

    rows: list[dict[str, object]] = []
    for path in sorted((graph_dir or project_dir("graph")).glob("*.ttl")):
        command = [
            sys.executable,
            "-m",
            "samverkan.cli",
            "check",
            str(path),
            "--out",
            str(build_dir),
        ]
        if corpus is not None:
            command += ["--corpus", str(corpus)]
        timing = _time(lambda command=command: subprocess.run(command, capture_output=True), repeat)
        rows.append({"step": f"check {path.name} (command)", **timing})
        timing = _time(lambda path=path: check_file(path, corpus=corpus, build=build_dir), repeat)
        rows.append({"step": f"check {path.name} (function)", **timing})
    return rows
