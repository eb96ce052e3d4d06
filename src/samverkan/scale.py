"""Scaling benchmark: every step at growing sizes, with time and peak memory, beside the
plain stack.

For each target size (in quads) :func:`run_scale` writes a synthetic corpus
(:func:`samverkan.synth.synthesize`), then runs each measured step in a fresh Python process
so that its peak resident memory is its own (``os.wait4`` reports it), and reads the child's
timings:

====================  =========================================================================
``build``             the build without views; its own timing of each step (load, evidence,
                      reasoning, SHACL, writing the TriG, writing the store, the violation
                      queries, the ontology's page)
``reason-owlrl``      the plain stack's reasoning: owlrl over the same sources (skipped above
                      ``plain_max`` quads, where it takes hours)
``queries``           every library query on the built store (median and slowest)
``network``           the collaboration projection and every measure (``measure_table``), with
                      the four slowest measures
``network-networkx``  the plain stack's measures on the same network: networkx's betweenness,
                      closeness, eigenvector, and (up to 300 nodes) constraint and effective
                      size (skipped above ``plain_max`` quads)
``network-xK``        the same measures on K copies of the network joined at their shared
                      actors (:func:`replicate`; with ``network_copies=K``)
``views``             every interactive view (``write_all``)
====================  =========================================================================

Speed is measured here and printed, never asserted by a test.

Examples
--------
>>> municipalities_for(10_000)
1
>>> municipalities_for(1_000_000) > 400
True
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["QUADS_PER_MUNICIPALITY", "municipalities_for", "parse_size", "run_scale"]

BASE_QUADS = 8_000
"""Quads of the ontology and the reference data, present at any size."""

QUADS_PER_MUNICIPALITY = 2_200
"""Quads a synthetic municipality adds (documents and inferences), measured on seed 1."""


def parse_size(text: str) -> int:
    """``"10k"`` -> 10000, ``"1M"`` -> 1000000, ``"2500"`` -> 2500.

    >>> [parse_size(s) for s in ("10k", "1M", "2500", "0.5m")]
    [10000, 1000000, 2500, 500000]
    """
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = float(text[:-1] if factor != 1 else text)
    return int(number * factor)


def municipalities_for(quads: int) -> int:
    """How many synthetic municipalities give about ``quads`` quads (at least one)."""
    return max(1, round((quads - BASE_QUADS) / QUADS_PER_MUNICIPALITY))


def _child(step: str, work: Path) -> dict[str, Any]:
    """Run one step in a fresh process; return its JSON answer with seconds and peak MB."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "samverkan.scale", step, str(work)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:]
        return {"error": last[0] if last else f"exit {proc.returncode}", "seconds": seconds}
    answer = json.loads(out.decode("utf-8").strip().splitlines()[-1])
    answer["seconds"] = seconds
    answer["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return answer


def run_scale(
    sizes: Sequence[int],
    workdir: Path | None = None,
    *,
    plain_max: int = 150_000,
    seed: int = 1,
    views: bool = True,
    network_copies: int = 1,
) -> list[dict[str, Any]]:
    """Measure every step at each size; return one row per (size, step).

    Parameters
    ----------
    sizes : sequence of int
        Target sizes in quads.
    workdir : Path, optional
        Where corpora and builds go (default: a new temporary directory).
    plain_max : int
        Largest size at which the plain stack's owlrl is run.
    seed : int
        Seed of the synthetic corpora.
    views : bool
        Also time the views.
    network_copies : int
        Above 1, also time the measures on this many copies of the collaboration network
        joined at their shared actors (:func:`replicate`), a stand-in for a national one.

    Returns
    -------
    list of dict
        ``size``, ``quads`` (measured), ``step``, ``seconds``, ``peak_mb`` and details.
    """
    from samverkan.synth import synthesize

    root = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="samverkan-scale-"))
    rows: list[dict[str, Any]] = []
    for size in sizes:
        work = root / f"size-{size}"
        if not (work / "graph").is_dir():
            synthesize(
                municipalities_for(size),
                seed=seed,
                graph_dir=work / "graph",
                corpus_dir=work / "corpus",
            )
        steps = ["build", "queries", "network"] + (["views"] if views else [])
        if network_copies > 1:
            steps.append(f"network-x{network_copies}")
        results = {step: _child(step, work) for step in steps}
        quads = results["build"].get("quads")
        if quads is not None and quads <= plain_max:
            results["reason-owlrl"] = _child("reason-owlrl", work)
            results["network-networkx"] = _child("network-networkx", work)
        for step, result in results.items():
            rows.append({"size": size, "quads": quads, "step": step, **result})
    return rows


# --- the child side -------------------------------------------------------------------------


def _do_build(work: Path) -> dict[str, Any]:
    from samverkan.build import build

    marks: list[tuple[str, float]] = []
    report = build(
        work / "graph",
        work / "corpus",
        work / "out",
        views=False,
        full=True,
        progress=lambda msg: marks.append((msg, time.perf_counter())),
    )
    marks.append(("end", time.perf_counter()))
    steps = {
        name.split(" (")[0].split(" against")[0]: round(t1 - t0, 3)
        for (name, t0), (_, t1) in itertools.pairwise(marks)
    }
    return {"quads": sum(report.graphs.values()), "steps": steps}


def _do_reason_owlrl(work: Path) -> dict[str, Any]:
    from samverkan.load import load_sources
    from samverkan.reason import infer

    sources = load_sources(work / "graph")
    started = time.perf_counter()
    inferred = infer(
        sources.asserted(),
        ontology=sources.ontology,
        reasoner="owlrl",
    )
    return {"reasoning_s": round(time.perf_counter() - started, 3), "triples": len(inferred)}


def _do_queries(work: Path) -> dict[str, Any]:
    import statistics

    from samverkan.bench import benchmark_queries

    # Every library query (parameters at their defaults), median of 3 runs each.
    rows = benchmark_queries(work / "out", repeat=3)
    times = {str(row["step"]).removeprefix("query "): round(row["median_s"], 3) for row in rows}
    slowest = max(times, key=times.__getitem__)
    return {
        "p50_s": round(statistics.median(times.values()), 3),
        "max_s": times[slowest],
        "slowest": slowest,
        "queries": len(times),
        "over_1s": {name: t for name, t in sorted(times.items()) if t > 1},
    }


def replicate(G: nx.Graph, copies: int) -> nx.Graph:
    """``copies`` copies of a network, joined at the actors without a municipality.

    A stand-in for a larger network of the same make: each copy's municipal actors are its
    own (``node#k``), while county boards, funds, agencies and other actors without a
    ``municipality_code`` are shared by all copies, as national actors are.

    >>> import networkx as nx
    >>> G = nx.Graph([("kommun/1", "lan"), ("kommun/1", "kommun/1/x")])
    >>> nx.set_node_attributes(G, {"kommun/1": "1", "kommun/1/x": "1"}, "municipality_code")
    >>> sorted(replicate(G, 2))
    ['kommun/1#0', 'kommun/1#1', 'kommun/1/x#0', 'kommun/1/x#1', 'lan']
    """
    import networkx as nx

    def name(node: Any, k: int) -> Any:
        return f"{node}#{k}" if G.nodes[node].get("municipality_code") else node

    H = nx.Graph()
    for k in range(copies):
        H.add_nodes_from((name(n, k), data) for n, data in G.nodes(data=True))
        H.add_edges_from((name(u, k), name(v, k), data) for u, v, data in G.edges(data=True))
    return H


def _do_network(work: Path, copies: int = 1) -> dict[str, Any]:
    from samverkan.network.measures import measure_table
    from samverkan.network.projections import project
    from samverkan.store import open_store

    store = open_store(work / "out")
    started = time.perf_counter()
    G = project(store, "collaboration")
    if copies > 1:
        G = replicate(G, copies)
    projected = time.perf_counter() - started
    timings: dict[str, float] = {}
    cpu = time.process_time()
    measure_table(G, timings=timings)
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "projection_s": round(projected, 3),
        "measures_s": round(time.perf_counter() - started - projected, 3),
        "measures_cpu_s": round(time.process_time() - cpu, 3),
        "slowest": {k: round(v, 2) for k, v in sorted(timings.items(), key=lambda kv: -kv[1])[:4]},
    }


PLAIN_CONSTRAINT_MAX_NODES = 300
"""Largest network on which the plain stack's constraint and effective size are timed: their
pure-Python networkx code grows with the cube of the degree (80-90 s each at 220 nodes)."""


def _do_network_networkx(work: Path) -> dict[str, Any]:
    """The plain stack's measures on the same projection: networkx's defaults."""
    import networkx as nx

    from samverkan.network.projections import project
    from samverkan.store import open_store

    G = nx.Graph(project(open_store(work / "out"), "collaboration"))
    G.remove_edges_from(nx.selfloop_edges(G))
    steps = {
        "betweenness": lambda: nx.betweenness_centrality(G),
        "closeness": lambda: nx.closeness_centrality(G),
        "eigenvector": lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=10_000),
    }
    if G.number_of_nodes() <= PLAIN_CONSTRAINT_MAX_NODES:
        steps["constraint"] = lambda: nx.constraint(G, weight="weight")
        steps["effective_size"] = lambda: nx.effective_size(G, weight="weight")
    times = {}
    for name, run in steps.items():
        started = time.perf_counter()
        with contextlib.suppress(nx.PowerIterationFailedConvergence):  # timed all the same
            run()
        times[name] = round(time.perf_counter() - started, 2)
    return {"nodes": G.number_of_nodes(), "measures_s": round(sum(times.values()), 2), **times}


def _do_views(work: Path) -> dict[str, Any]:
    from samverkan.store import open_store
    from samverkan.views import write_all

    store = open_store(work / "out")
    target = Path(tempfile.mkdtemp(prefix="samverkan-scale-views-"))
    files = write_all(store, target)
    size = sum(p.stat().st_size for p in files if p.is_file())
    return {"files": len(files), "mb": round(size / 1e6, 1)}


_STEPS = {
    "build": _do_build,
    "reason-owlrl": _do_reason_owlrl,
    "queries": _do_queries,
    "network": _do_network,
    "network-networkx": _do_network_networkx,
    "views": _do_views,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Child entry point: ``python -m samverkan.scale STEP WORKDIR`` prints one JSON line."""
    step, work = argv if argv is not None else sys.argv[1:]
    if step.startswith("network-x"):
        print(json.dumps(_do_network(Path(work), int(step.removeprefix("network-x")))))
        return 0
    print(json.dumps(_STEPS[step](Path(work))))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
