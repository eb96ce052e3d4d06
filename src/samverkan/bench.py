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

__all__ = [
    "STEPS",
    "benchmark_check",
    "benchmark_incremental",
    "benchmark_queries",
    "benchmark_steps",
    "different_files",
]

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
                full=True,
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
    A query whose answer the build keeps (:data:`samverkan.query.stored.STORED`) has a
    second row, ``query NAME (kept)``: the same call on the build directory, which reads
    the kept answer (kept first if the build has not kept it yet).

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
    from samverkan.query.stored import STORED
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
        if info.name in STORED:
            rows.append(_kept(build_dir, info.name, repeat))
    return rows


def _kept(build_dir: Path, name: str, repeat: int) -> dict[str, object]:
    """The row of ``query NAME (kept)``: :func:`run_query` on the build directory."""
    from samverkan.query import run_query

    found = len(run_query(build_dir, name))  # evaluated and kept unless the build has it
    cpu: list[float] = []

    def run() -> None:
        started = time.process_time()
        run_query(build_dir, name)
        cpu.append(time.process_time() - started)

    timing = _time(run, repeat)
    return {"step": f"query {name} (kept)", **timing, "cpu_s": statistics.median(cpu),
            "rows": found}


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


_EDITS = ("label and relation", "funding removed")


def _edit_document(path: Path, kind: str, number: int) -> str:
    """Edit one document file as a curator would; what was done, in a few words.

    ``label and relation``: an English label gets new words (a funding's, else the
    document's title) and the first membership of a collaboration gets another member (one
    the document names); ``funding removed``: the document's first funding node goes.
    """
    import re

    text = path.read_text(encoding="utf-8")
    if kind == "funding removed":
        edited = re.sub(
            r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", text, count=1, flags=re.S
        )
    else:
        edited = re.sub(
            r'"funding of ([^"]+)"@en', rf'"funds for \1 (edit {number})"@en', text, count=1
        )
        if edited == text:  # no funding label: the document's title instead
            edited = re.sub(r'(dcterms:title "[^"]+)"', rf'\1 (edit {number})"', text, count=1)
        members = re.findall(r"org:member (<org/[^>]+>) ; org:organization", edited)
        if len(set(members)) > 1:
            edited = edited.replace(f"org:member {members[0]} ;", f"org:member {members[-1]} ;", 1)
    if edited == text:
        return "no edit found"
    path.write_text(edited, encoding="utf-8")
    return kind


def different_files(first: Path, second: Path) -> list[str]:
    """The files of two build directories that differ: ``samverkan.trig``, ``report.json``
    and every file under ``views/``, byte for byte (a file in one only counts too).

    Examples
    --------
    >>> import tempfile
    >>> a, b = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> for d, text in ((a, "x"), (b, "y")):
    ...     _ = (d / "views").mkdir(), (d / "views" / "p.html").write_text(text)
    >>> different_files(a, b)
    ['views/p.html']
    """

    def files(root: Path) -> set[str]:
        found = {n for n in ("samverkan.trig", "report.json") if (root / n).is_file()}
        found.update(
            p.relative_to(root).as_posix() for p in (root / "views").rglob("*") if p.is_file()
        )
        return found

    mine, theirs = files(first), files(second)
    return sorted(
        name
        for name in mine | theirs
        if name not in mine
        or name not in theirs
        or (first / name).read_bytes() != (second / name).read_bytes()
    )


def _build_timed(
    graph: Path, corpus: Path | None, out: Path, views: bool, full: bool
) -> dict[str, object]:
    """Build ``graph`` into ``out`` in this process; the progress marks, CPU and workers' CPU.

    ``marks`` are ``(message, wall, cpu)`` with the seconds since the call; ``workers_cpu``
    counts the finished child processes (the views' forked workers), which ``cpu`` does not;
    ``pid`` is the process that built.
    """
    import os

    from samverkan.build import build

    def children_cpu() -> float:
        times = os.times()
        return times.children_user + times.children_system

    marks: list[tuple[str, float, float]] = []
    wall, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()

    def mark(msg: str) -> None:
        marks.append((msg, time.perf_counter() - wall, time.process_time() - cpu))

    build(graph, corpus, out, views=views, progress=mark, full=full)
    mark("end")
    return {
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "workers_cpu": children_cpu() - workers,
        "marks": marks,
        "pid": os.getpid(),
    }


def _build_child() -> None:
    """Entry of the fresh process of :func:`_build_fresh`: the arguments as JSON on stdin,
    :func:`_build_timed`'s answer as JSON on the last line of stdout."""
    import json
    import os
    import sys

    from samverkan.lifetime import ends_at_once, lingering

    args = json.loads(sys.stdin.read())
    corpus = Path(args["corpus"]) if args["corpus"] is not None else None
    # as ``samverkan build`` runs (samverkan.cli.entry): the process ends at once
    ends_at_once()
    with lingering():
        answer = _build_timed(
            Path(args["graph"]), corpus, Path(args["out"]), args["views"], args["full"]
        )
    sys.stdout.write("\n" + json.dumps(answer) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _wait_for_removal(out: Path, limit: float = 600.0) -> float:
    """Wait until no previous build of ``out`` is being removed beside it (the hidden
    ``.OUT.removing-...`` directories of :func:`samverkan.build._remove_later`), at most
    ``limit`` seconds; the seconds waited.

    Examples
    --------
    >>> import tempfile
    >>> _wait_for_removal(Path(tempfile.mkdtemp()) / "out") < 1
    True
    """
    started = time.perf_counter()
    while any(out.parent.glob(f".{out.name}.removing-*")):
        if time.perf_counter() - started > limit:
            break
        time.sleep(0.05)
    return time.perf_counter() - started


def _build_fresh(
    graph: Path, corpus: Path | None, out: Path, views: bool, full: bool
) -> dict[str, object]:
    """:func:`_build_timed` in a new Python process, as ``samverkan build`` runs: its wall
    time from the process's start to its end (interpreter and imports included), and its
    peak resident memory in MB (``os.wait4``: the largest of it and its workers)."""
    import json
    import os
    import subprocess
    import sys

    from samverkan.errors import SamverkanError

    request = {
        "graph": str(graph), "corpus": None if corpus is None else str(corpus),
        "out": str(out), "views": views, "full": full,
    }
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, "-c", "from samverkan.bench import _build_child; _build_child()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(request).encode("utf-8"))
        proc.stdin.close()
        said = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        errors.seek(0)
        err = errors.read()
    if proc.returncode != 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        raise SamverkanError(
            "the build in a fresh process failed: "
            + (lines[-1] if lines else f"exit status {proc.returncode}"),
            path=out,
        )
    answer = json.loads(said.decode("utf-8").strip().splitlines()[-1])
    answer["process_wall"] = seconds
    answer["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return answer


def benchmark_incremental(
    graph_dir: Path,
    corpus: Path | None,
    workdir: Path,
    *,
    repeat: int = 3,
    verify: bool = False,
    views: bool = True,
    same_process: bool = False,
    say: Callable[[str], None] = print,
) -> dict[str, object]:
    """Time a full build, then incremental rebuilds after editing one document file each.

    The graph files are copied to ``workdir/graph`` (the input is never changed); the full
    build and every rebuild go to ``workdir/out``, with the views and resource pages unless
    ``views`` is false. Run ``i`` edits the
    ``i``-th document file (spread over the corpus): a label and a relation, and on the
    last run a funding fact removed (:func:`_edit_document`). Each build runs in a new
    Python process, as ``samverkan build`` does (with ``same_process``, all in this one,
    one after the other: a process that has held a full build's store builds more slowly,
    docs/scale.md). Each step of a build is timed from its progress lines; wall and CPU
    seconds of the build's process (pyoxigraph's threads included) are measured for the
    whole build, and ``process_wall`` from the start of the new process to its end; a
    rebuild's line on the views says how many views and pages it drew again. With
    ``verify``, a full build of the last input goes to ``workdir/full`` and its TriG,
    report and every file of its views and resource pages are compared with the last
    rebuild's, byte for byte.

    Returns
    -------
    dict
        ``full`` and ``rebuilds`` (per run: the edit, wall, cpu, steps, and
        ``workers_cpu``: the CPU seconds of the views' forked workers, which ``cpu`` does not
        count), ``median`` of the rebuilds (wall, cpu, workers_cpu, and per step), and
        ``same_as_full`` with ``verify``.
    """
    import os

    from samverkan.build import build

    workdir.mkdir(parents=True, exist_ok=True)
    graph = workdir / "graph"
    if graph.exists():
        shutil.rmtree(graph)
    shutil.copytree(graph_dir, graph)
    out = workdir / "out"
    run_build = _build_timed if same_process else _build_fresh

    def timed(full: bool = False) -> dict[str, object]:
        answer = run_build(graph, corpus, out, views, full)
        # the previous build goes after the build returns (build._remove_later): the next
        # build starts once it is gone, as it would for a researcher who reads the output
        # first, and the wait is reported, not counted in the build's time
        answer["removal_wait"] = _wait_for_removal(out)
        marks = [tuple(m) for m in answer["marks"]]
        steps: dict[str, float] = {}
        cpu_steps: dict[str, float] = {}
        for (name, t0, c0), (_, t1, c1) in itertools.pairwise(marks):
            step = name.split(" (")[0].split(" against")[0].split(":")[0]
            steps[step] = steps.get(step, 0.0) + t1 - t0
            cpu_steps[step] = cpu_steps.get(step, 0.0) + c1 - c0
        return {
            **{k: v for k, v in answer.items() if k != "marks"},
            "steps": steps,
            "cpu_steps": cpu_steps,
            "incremental": any(m[0].startswith("incremental build") for m in marks)
            and not any(m[0].startswith("full build") for m in marks),
            "views": [m[0] for m in marks if m[0].startswith("views:")],
        }

    def process(run: dict[str, object]) -> str:
        if "process_wall" not in run:
            return ""
        wall, peak = run["process_wall"], run["peak_mb"]
        return f" ({wall:.1f} s with the process's start, peak {peak:.0f} MB)"

    result: dict[str, object] = {"full": timed(full=True)}
    say(
        f"full build: wall {result['full']['wall']:.1f} s{process(result['full'])}, "
        f"cpu {result['full']['cpu']:.1f} s "
        f"(+ {result['full']['workers_cpu']:.1f} s in the views' workers)"
    )
    files = sorted(graph.glob("*.ttl"))
    rebuilds = []
    for number in range(repeat):
        path = files[(number * 7919) % len(files)]
        kind = _EDITS[1] if number == repeat - 1 and repeat > 1 else _EDITS[0]
        edit = _edit_document(path, kind, number)
        run = timed()
        run["edit"] = f"{path.name}: {edit}"
        rebuilds.append(run)
        load = os.getloadavg()[0]
        say(
            f"rebuild {number + 1} ({run['edit']}; "
            f"{'incremental' if run['incremental'] else 'FULL'}): wall {run['wall']:.1f} s"
            f"{process(run)}, "
            f"cpu {run['cpu']:.1f} s (+ {run['workers_cpu']:.1f} s in the views' workers), "
            f"load average {load:.1f}; the previous build gone {run['removal_wait']:.1f} s after"
        )
        for step, seconds in run["steps"].items():
            say(f"    {seconds:7.2f} s wall {run['cpu_steps'][step]:7.2f} s cpu  {step}")
        for line in run["views"]:
            say(f"    {line}")
    result["rebuilds"] = rebuilds
    steps = {s for run in rebuilds for s in run["steps"]}
    result["median"] = {
        "wall": statistics.median(r["wall"] for r in rebuilds),
        "cpu": statistics.median(r["cpu"] for r in rebuilds),
        "workers_cpu": statistics.median(r["workers_cpu"] for r in rebuilds),
        "steps": {
            s: statistics.median(r["steps"].get(s, 0.0) for r in rebuilds) for s in sorted(steps)
        },
    }
    if all("process_wall" in r for r in rebuilds):
        result["median"]["process_wall"] = statistics.median(r["process_wall"] for r in rebuilds)
    say(
        f"median of {len(rebuilds)} rebuilds: wall {result['median']['wall']:.1f} s"
        + (
            f" ({result['median']['process_wall']:.1f} s with the process's start)"
            if "process_wall" in result["median"]
            else ""
        )
        + f", "
        f"cpu {result['median']['cpu']:.1f} s (+ {result['median']['workers_cpu']:.1f} s in the "
        "views' workers)"
    )
    if verify:
        reference = workdir / "full"
        if reference.exists():
            shutil.rmtree(reference)
        build(graph, corpus, reference, views=views, full=True)
        differ = different_files(out, reference)
        same = not differ
        result["same_as_full"] = same
        result["differ"] = differ
        checked = "TriG, report" + (", views and resource pages" if views else "")
        say(
            f"the last rebuild {'equals' if same else 'DIFFERS FROM'} a full build ({checked})"
            + ("" if same else ": " + ", ".join(differ[:10]))
        )
    return result
