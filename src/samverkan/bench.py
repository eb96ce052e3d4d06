"""Benchmark: how long each step of the data flow takes, printed as numbers.

Speed is measured here, never asserted in a test. Each step runs ``repeat`` times on the
project's graph (or ``graph_dir``) and the median and minimum wall-clock times are reported.

Examples
--------
>>> rows = benchmark_steps(repeat=1, steps=("load",))
>>> rows[0]["step"], rows[0]["runs"]
('load', 1)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["STEPS", "benchmark_check", "benchmark_queries", "benchmark_steps"]

STEPS = ("load", "evidence", "reason", "reason-owlrl", "validate", "write", "store", "build")


def _time(func: Callable[[], object], repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": repeat}


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
        Runs per step.
    steps : sequence of str
        A subset of :data:`STEPS`.
    """
    from rdflib import Graph

    from samverkan.build import build, dataset_graphs, write_trig
    from samverkan.evidence import verify_evidence
    from samverkan.load import load_sources
    from samverkan.reason import infer
    from samverkan.store import load_trig
    from samverkan.validate import load_shapes, validate

    sources = load_sources(graph_dir)
    asserted = sources.asserted()
    state: dict[str, object] = {}
    tmp = Path(tempfile.mkdtemp(prefix="samverkan-bench-"))

    def do_reason() -> None:
        state["inferred"] = infer(asserted, ontology=sources.ontology)

    def do_validate() -> None:
        union = Graph()
        for g in [*asserted, state["inferred"]]:
            union += g
        validate(union, load_shapes())

    def do_write() -> None:
        write_trig(dataset_graphs(sources, state["inferred"]), tmp / "samverkan.trig")

    actions: dict[str, Callable[[], object]] = {
        "load": lambda: load_sources(graph_dir),
        "evidence": lambda: verify_evidence(sources.documents, sources.files, corpus),
        "reason": do_reason,
        "reason-owlrl": lambda: infer(asserted, ontology=sources.ontology, reasoner="owlrl"),
        "validate": do_validate,
        "write": do_write,
        "store": lambda: load_trig(tmp / "samverkan.trig"),
        "build": lambda: build(graph_dir, corpus, tmp / "out", views=False),
    }
    rows: list[dict[str, object]] = []
    for step in steps:
        if step == "evidence" and corpus is None:
            continue
        if step in ("validate", "write") and "inferred" not in state:
            do_reason()
        if step == "store" and not (tmp / "samverkan.trig").exists():
            if "inferred" not in state:
                do_reason()
            do_write()
        rows.append({"step": step, **_time(actions[step], repeat)})
    return rows


def benchmark_queries(
    build_dir: Path, *, repeat: int = 5, names: Sequence[str] | None = None
) -> list[dict[str, object]]:
    """Time every library query on the built dataset (embedded store).

    Each run is :func:`samverkan.query.run_query` as a user calls it (parameters at their
    defaults, label columns added, a DataFrame returned); the store is loaded once first.
    ``sparql_s`` is the median of the query's evaluation alone (every answer read from
    pyoxigraph, no labels and no DataFrame).

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

        timing = _time(run, repeat)
        sparql = _time(evaluate, repeat)["median_s"]
        rows.append(
            {"step": f"query {info.name}", **timing, "sparql_s": sparql, "rows": result.get("rows")}
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
