"""Build the knowledge graph and every output into one build directory.

The steps follow the data flow: load (ontology, reference data, documents) -> verify the
evidence against the texts -> reason (OWL 2 RL) -> index (:mod:`samverkan.index`) ->
validate (SHACL, then the violation queries) -> write. Each file is parsed once, by
pyoxigraph, into checked triples whose blank nodes are named after their file
(:func:`samverkan.turtle.read_turtle`); from there the data stays in one in-memory
pyoxigraph store: reasoning adds the inferred graph to it, then the index graph, SHACL and
the violation queries run on it, and the TriG is written from the same triples, sorted.
Everything is written to a fresh directory beside the target and moved into place only
when every step has passed, so a failed build leaves the previous good output as it was.

Outputs (``OUT`` is ``out/`` by default):

- ``OUT/samverkan.trig``: every named graph (ontology, reference, one per document,
  inferred, and the index of the documents that name each actor, :mod:`samverkan.index`);
  byte-identical for the same input.
- ``OUT/store/``: a persistent pyoxigraph store of the same data, for queries and the server.
- ``OUT/report.md`` and ``OUT/report.json``: counts per class and per graph, the validation
  result and the evidence verified.
- ``OUT/ontology/index.html``: the ontology's documentation (pyLODE; copied from the
  previous build when ``samverkan.ttl`` and the versions are the same, see
  ``OUT/ontology/.pylode-key``).
- ``OUT/views/``: the interactive network diagrams (unless ``views=False``).
- ``OUT/.cache/``: what the next build needs to rebuild only what depends on the document
  files that changed (:mod:`samverkan.incremental`; ``full=True`` builds afresh).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from samverkan.defined import require_defined
from samverkan.errors import SamverkanError
from samverkan.evidence import verify_evidence
from samverkan.index import named_in
from samverkan.lifetime import linger
from samverkan.load import Sources, load_sources
from samverkan.namespaces import (
    INDEX_GRAPH,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    REGISTRY_GRAPH,
    SAM,
)
from samverkan.paths import project_dir
from samverkan.reason import infer_triples
from samverkan.report import BuildReport
from samverkan.report import count_classes as _count_classes
from samverkan.report import prefixed as _prefixed
from samverkan.store import STORE_NAME, TRIG_NAME, serialize_graph, write_store
from samverkan.terms import to_ox
from samverkan.turtle import statement_line
from samverkan.validate import load_shapes, run_violations, validate

if TYPE_CHECKING:  # pragma: no cover
    from samverkan.site._incremental import PreLinked
    from samverkan.views._incremental import Kept

__all__ = [
    "MARKER",
    "PAUSE_POINTS",
    "PAUSE_VARIABLE",
    "REMOVE_VARIABLE",
    "BuildReport",
    "build",
    "dataset_graphs",
    "serialize_graph",
    "write_trig",
]

MARKER = ".samverkan-build"


def dataset_graphs(
    sources: Sources, inferred: Graph | list, index: list | None = None
) -> dict[URIRef, Graph | list]:
    """Named graph IRI -> its triples (pyoxigraph), in the order they are written (the
    index graph, :mod:`samverkan.index`, last, when given)."""
    graphs: dict[URIRef, Graph | list] = {
        ONTOLOGY_GRAPH: sources.triples[ONTOLOGY_GRAPH],
        REFERENCE_GRAPH: sources.triples[REFERENCE_GRAPH],
        REGISTRY_GRAPH: sources.triples[REGISTRY_GRAPH],
    }
    for doc in sorted(sources.document_triples):
        graphs[doc] = sources.document_triples[doc]
    graphs[INFERRED_GRAPH] = inferred
    if index is not None:
        graphs[INDEX_GRAPH] = index
    return graphs


def write_trig(graphs: dict[URIRef, Graph | list], path: Path) -> dict[str, tuple[int, int]]:
    """Write the named graphs as TriG, deterministically.

    Quads are sorted by graph (in the order of ``graphs``), subject, predicate and object.
    The blank nodes of checked triples already carry labels scoped to their file
    (:func:`samverkan.turtle.read_turtle`), the same for the same input; only when an
    rdflib graph is given (whose parser names blank nodes at random) are they renamed
    canonically (pyoxigraph's canonicalisation) first.

    Parameters
    ----------
    graphs : dict
        Graph IRI -> a list of pyoxigraph triples, or an rdflib graph.
    path : Path
        The TriG file to write.

    Returns
    -------
    dict
        Graph IRI -> (byte offset, length) of its block in the file (for
        :mod:`samverkan.incremental`).
    """
    quads: list[tuple[int, object, object]] = []
    canonical = False
    for order, (name, graph) in enumerate(graphs.items()):
        graph_name = ox.NamedNode(str(name))
        if isinstance(graph, Graph):
            canonical = True
            graph = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
        quads += [(order, triple, graph_name) for triple in graph]
    if canonical:
        dataset = ox.Dataset(ox.Quad(*t, g) for _n, t, g in quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        order = {str(name): i for i, name in enumerate(graphs)}
        quads = [(order[q.graph_name.value], q.triple, q.graph_name) for q in dataset]
    # "<s> <p> o" orders as (s, p, o) would: a subject or predicate is an IRI in <> or a
    # blank node label, so no term's text is a prefix of another's before the space.
    quads.sort(key=lambda q: (q[0], str(q[1])))
    header, chunks = b"", []
    names = list(graphs)
    start = 0
    for order, name in enumerate(names):
        end = start
        while end < len(quads) and quads[end][0] == order:
            end += 1
        if end > start:
            header, chunk = serialize_graph([q[1] for q in quads[start:end]], name)
            chunks.append((str(name), chunk))
        start = end
    offsets: dict[str, tuple[int, int]] = {}
    position = len(header)
    with path.open("wb") as handle:
        handle.write(header)
        for name, chunk in chunks:
            handle.write(chunk)
            offsets[name] = (position, len(chunk))
            position += len(chunk)
    return offsets


def _locate(
    focus: str, sources: Sources, value: str | None = None
) -> tuple[Path | None, int | None]:
    """The graph file and line that describe ``focus`` (or give it ``value``).

    A blank node has no name in the file: it is placed at the statement of the nearest
    named node that holds it (``<x> sam:evidence [ ... ]``).
    """
    import pyoxigraph as ox

    for doc in sorted(sources.document_triples):
        triples = sources.document_triples[doc]
        node = next((t.subject for t in triples if t.subject.value == focus), None)
        if node is None:
            continue
        path = sources.files[doc]
        seen = {node}
        while isinstance(node, ox.BlankNode):
            parent = next(
                (t.subject for t in triples if t.object == node and t.subject not in seen), None
            )
            if parent is None:
                return path, None
            seen.add(parent)
            node, value = parent, None
        return path, statement_line(path, URIRef(node.value), value)
    return None, None


def _count_drafts_of(triples: list) -> int:
    status = str(SAM.reviewStatus)
    return len({t.subject for t in triples if t.predicate.value == status})


def _count_drafts(sources: Sources) -> int:
    return sum(_count_drafts_of(triples) for triples in sources.document_triples.values())


PAUSE_VARIABLE = "SAMVERKAN_TEST_PAUSE_AT"
"""Environment variable naming a point where the build stops and waits (for kill tests)."""

PAUSE_POINTS = (
    "load",
    "evidence",
    "reasoning",
    "validation",
    "writing",
    "swap",
    "swap-between",
    "swap-done",
)
"""The points :data:`PAUSE_VARIABLE` can name, in the order the build passes them."""


def _pause(point: str) -> None:
    """Wait forever at ``point`` if :data:`PAUSE_VARIABLE` names it (a test then kills us)."""
    if os.environ.get(PAUSE_VARIABLE) == point:
        print(f"samverkan: paused at {point}", file=sys.stderr, flush=True)
        while True:
            time.sleep(3600)


REMOVE_VARIABLE = "SAMVERKAN_REMOVE_PREVIOUS"
"""Environment variable: ``wait`` removes the previous build before the build returns (the
tests set it); by default a process of its own removes it afterwards (:func:`_remove_later`)."""

_REMOVER = (
    "import shutil, sys\nfor path in sys.argv[1:]:\n    shutil.rmtree(path, ignore_errors=True)"
)
#: a directory being removed this long (seconds) was left by a remover that never finished
_STALE_REMOVAL = 3600


def _previous(out: Path) -> Path:
    return out.parent / f".{out.name}.previous"


def _remove_later(path: Path, out: Path) -> None:
    """Remove ``path``, the previous build once the new one is in place at ``out``, without
    making the command wait for it.

    At a million quads the previous build is 75,000 files, and unlinking them took 3.7-8.8 s
    of waiting on the file system at the end of each build (docs/scale.md), after the new
    build was whole. ``path`` is renamed ``.OUT.removing-...`` beside ``out`` and a process
    of its own, which outlives this one, removes it (with any such directory a remover left
    more than an hour ago, say after a reboot). ``out`` itself is never touched.
    With :data:`REMOVE_VARIABLE` set to ``wait``, or where no process can be started, it is
    removed here.
    """
    import subprocess

    if os.environ.get(REMOVE_VARIABLE) == "wait":
        shutil.rmtree(path, ignore_errors=True)
        return
    prefix = f".{out.name}.removing-"
    gone = out.parent / f"{prefix}{os.getpid()}-{time.time_ns()}"
    try:
        path.rename(gone)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
        return
    now = time.time()
    stale = [
        str(p)
        for p in out.parent.glob(f"{prefix}*")
        if p != gone and p.is_dir() and not p.is_symlink()
        and now - p.lstat().st_ctime > _STALE_REMOVAL
    ]
    try:
        subprocess.Popen(
            [sys.executable, "-c", _REMOVER, str(gone), *stale],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    except OSError:
        shutil.rmtree(gone, ignore_errors=True)


def _recover(out: Path) -> None:
    """Undo what a build killed in the middle of a swap left behind.

    Where renames cannot be exchanged atomically, the swap renames ``out`` to
    ``.out.previous`` and then the new build to ``out``. Killed between the two, ``out`` is
    missing and its good copy is ``.out.previous``: it is moved back. Killed after them, the
    copy is stale and removed.
    """
    previous = _previous(out)
    if not previous.is_dir() or previous.is_symlink():
        return
    if not out.exists() and not out.is_symlink() and (previous / MARKER).exists():
        previous.rename(out)
    else:
        shutil.rmtree(previous)


def _check_out(out: Path) -> Path:
    """Make sure ``out`` can be replaced, and return a fresh staging directory beside it."""
    if out.is_symlink() and not out.exists():
        raise SamverkanError(
            f"output path is a symbolic link to {os.readlink(out)}, which does not exist; "
            "remove the link or point --out elsewhere",
            path=out,
        )
    out = out.resolve() if out.exists() else out.absolute()
    try:
        _recover(out)
    except OSError as exc:
        raise SamverkanError(
            f"cannot recover the previous build from {_previous(out)}: {exc.strerror}", path=out
        ) from None
    if out.exists():
        if not out.is_dir():
            raise SamverkanError("output path exists and is not a directory", path=out)
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise SamverkanError(
                "output directory is not empty and not a samverkan build directory; "
                "refusing to replace it",
                path=out,
            )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = out.parent / f".{out.name}.building"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir()
        (staging / MARKER).write_text("samverkan build directory\n", encoding="utf-8")
    except OSError as exc:
        raise SamverkanError(
            f"cannot write the output directory: {exc.strerror}", path=out
        ) from None
    return staging


def _exchange(first: Path, second: Path) -> bool:
    """Swap two directories in one atomic step; False where the system cannot.

    Linux's ``renameat2(..., RENAME_EXCHANGE)``: at every instant each path holds a
    complete directory, one of the two.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange):
        code = ctypes.get_errno()
        if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            return False
        raise OSError(code, os.strerror(code), str(second))
    return True


def _swap(staging: Path, out: Path) -> None:
    """Put the finished build ``staging`` in place of ``out``, safe at every instant.

    Where the system can, the two directories are exchanged atomically and the old build
    (now at ``staging``) is removed, after the build returns (:func:`_remove_later`).
    Elsewhere ``out`` is renamed to ``.out.previous``
    and ``staging`` to ``out``; a kill between the two is undone by the next build
    (:func:`_recover`), and a failed second rename puts the old build back at once.
    """
    _pause("swap")
    if not out.exists():
        staging.rename(out)
        return
    if _exchange(staging, out):
        _pause("swap-done")
        _remove_later(staging, out)
        return
    previous = _previous(out)
    out.rename(previous)
    _pause("swap-between")
    try:
        staging.rename(out)
    except OSError:
        previous.rename(out)
        raise
    _pause("swap-done")
    _remove_later(previous, out)


_DOCS_KEY = ".pylode-key"


def _write_ontology_docs(ontology_dir: Path, out: Path, previous: Path | None = None) -> Path:
    """Write ``out/ontology/index.html`` with pyLODE, or copy it from the previous build.

    pyLODE takes about a second and its page depends only on ``samverkan.ttl`` and the
    versions of pyLODE and samverkan: when the previous build ``previous`` made its page
    from the same bytes with the same versions (the key in ``ontology/.pylode-key``), the
    page is copied instead.
    """
    import hashlib
    import logging
    from importlib.metadata import version

    source = ontology_dir / "samverkan.ttl"
    key = "\n".join(
        (
            hashlib.sha256(source.read_bytes()).hexdigest(),
            version("pylode"),
            version("samverkan"),
            "OntPub(sort_subjects=True).make_html",
        )
    )
    target = out / "ontology"
    target.mkdir()
    if previous is not None:
        old = previous / "ontology"
        try:
            if (old / _DOCS_KEY).read_text(encoding="utf-8") == key:
                shutil.copyfile(old / "index.html", target / "index.html")
                (target / _DOCS_KEY).write_text(key, encoding="utf-8")
                return target / "index.html"
        except OSError:
            pass  # no usable page in the previous build: make it afresh
    # pyLODE configures the root logger when imported; keep its chatter off the terminal.
    root = logging.getLogger()
    level = root.level
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    root.setLevel(logging.WARNING)
    try:
        from pylode import OntPub

        OntPub(str(source), sort_subjects=True).make_html(destination=target / "index.html")
    finally:
        root.setLevel(level)
    (target / _DOCS_KEY).write_text(key, encoding="utf-8")
    return target / "index.html"


def build(
    graph_dir: Path | None = None,
    corpus: Path | None = None,
    out: Path = Path("out"),
    *,
    ontology_dir: Path | None = None,
    reference_dir: Path | None = None,
    views: bool = True,
    reasoner: str = "rules",
    full: bool = False,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the dataset and its outputs into ``out``.

    Parameters
    ----------
    graph_dir : Path, optional
        Directory of document Turtle files (default: the project's ``graph/``).
    corpus : Path, optional
        Directory of the source texts; when given, every quote, offset and checksum is
        verified. Without it the report says that the evidence was not verified.
    out : Path
        The build directory. It is replaced only when the whole build succeeds.
    ontology_dir, reference_dir : Path, optional
        Override the project's ``ontology/`` and ``reference/``.
    views : bool
        Also write the interactive views.
    reasoner : {"rules", "owlrl"}
        The reasoner (see :func:`samverkan.reason.infer`): the compiled OWL 2 RL rules
        (default) or owlrl, the reference; both give the same inferred graph.
    full : bool
        Build everything afresh. By default a build into a directory that holds a previous
        build with its cache rebuilds only what depends on the document files (and texts)
        that changed (:mod:`samverkan.incremental`), and builds in full whenever it cannot
        vouch for the result (the progress line says why); when nothing changed
        (:func:`samverkan.incremental.up_to_date`) the previous build stays as it is and its
        report is returned.
    progress : callable, optional
        Called with a short line before each step.

    Returns
    -------
    BuildReport

    Raises
    ------
    SamverkanError
        On bad input (the message names the file and line) or an unwritable output.
    """
    from samverkan.incremental import up_to_date

    say = progress or (lambda _msg: None)
    out = Path(out)
    staging = _check_out(out)
    seen: dict[str, Any] = {}  # the inputs' hashes, computed once for both
    if not full:
        kept = up_to_date(
            graph_dir, corpus, out.resolve() if out.exists() else out.absolute(),
            ontology_dir=ontology_dir, reference_dir=reference_dir, views=views,
            reasoner=reasoner, seen=seen,
        )
        if kept is not None:
            shutil.rmtree(staging, ignore_errors=True)
            say("up to date: no document file, text or other input changed since the previous "
                "build, which stays as it is (--full builds afresh)")
            return kept
    with fewer_full_collections():
        try:
            report = None
            if not full:
                report = _incremental(
                    graph_dir, corpus, out, staging, ontology_dir=ontology_dir,
                    reference_dir=reference_dir, views=views, reasoner=reasoner, say=say,
                    seen=seen,
                )
            if report is None:
                report = _full_build(
                    graph_dir, corpus, out, staging, ontology_dir=ontology_dir,
                    reference_dir=reference_dir, views=views, reasoner=reasoner, say=say,
                )
            target = out.resolve() if out.exists() else out.absolute()
            try:
                _swap(staging, target)
            except OSError as exc:
                raise SamverkanError(
                    f"cannot move the new build into place: {exc.strerror or exc}; the previous "
                    "output is unchanged",
                    path=target,
                ) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return report


#: The number of the collector's middle-generation runs (700 x 10 objects made each, by
#: default) before a run over every object, during a build (:func:`fewer_full_collections`).
FULL_COLLECTION_EVERY = 100_000


@contextlib.contextmanager
def fewer_full_collections() -> Iterator[None]:
    """Within the block, the cyclic garbage collector looks at every object only after
    :data:`FULL_COLLECTION_EVERY` runs over the young objects, not 10 (the threshold of
    its oldest generation, :func:`gc.set_threshold`); the young are collected as before,
    and the thresholds are put back after.

    A build holds millions of objects that live until it ends (the dataset's reads, the
    networks, the pages' rows) and makes garbage cycles only among young objects. Python
    3.11 looks at every object each time the objects that have grown old since its last
    full run are a quarter of those before: in a rebuild of a million quads (every
    view), 50 such runs took 8.4 CPU s over the process and its workers, which inherit
    the thresholds, and freed no object in the main process and the resource pages'
    worker (about 10,000 each, of 1-2 million, in the municipalities' views' workers).

    Examples
    --------
    >>> import gc
    >>> before = gc.get_threshold()
    >>> with fewer_full_collections():
    ...     gc.get_threshold()[2] == FULL_COLLECTION_EVERY
    True
    >>> gc.get_threshold() == before
    True
    """
    import gc

    before = gc.get_threshold()
    gc.set_threshold(before[0], before[1], max(before[2], FULL_COLLECTION_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _incremental(
    graph_dir: Path | None,
    corpus: Path | None,
    out: Path,
    staging: Path,
    *,
    say: Callable[[str], None],
    **options: object,
) -> BuildReport | None:
    """The incremental build (:mod:`samverkan.incremental`), or None: build in full."""
    import gc

    from samverkan.incremental import CACHE, Fallback, rebuild
    from samverkan.site._incremental import PRELINKED, PreLinked
    from samverkan.views._incremental import VIEWS_CACHE, Kept
    from samverkan.views._parallel import preload

    previous = out.resolve() if out.exists() else out.absolute()
    if not (previous / MARKER).exists():
        return None
    ready = preload(wanted=bool(options.get("views")))
    # the views' reads the previous build kept, unpickled while its dataset loads, and
    # its resource pages linked into the new build meanwhile
    reads = Kept(previous / CACHE / VIEWS_CACHE) if options.get("views") else None
    linked = None
    if options.get("views"):
        linked = PreLinked(previous / "views" / "site", staging / "views" / PRELINKED)

    def meanwhile() -> None:
        if reads is not None:
            reads.start()
        if linked is not None:
            linked.start()

    try:
        try:
            report, store, touched, changed = rebuild(
                graph_dir, corpus, previous, staging, say=say, pause=_pause,
                meanwhile=meanwhile, **options,
            )  # fmt: skip
            ready()
            say("writing the ontology documentation")
            ontology_dir = options.get("ontology_dir") or project_dir("ontology")
            _write_ontology_docs(ontology_dir, staging, out)
            if options.get("views"):
                kept: dict[str, object] = {}
                # the answers are kept while the views' workers draw: the manifest their
                # key reads is written
                _write_views(
                    store, staging, report, say, (previous, touched, reads, linked, changed),
                    kept,
                    meanwhile=lambda: _keep_answers(store, staging, kept),
                )  # fmt: skip
            _write_report(report, staging)
            # the dataset and the kept reads: freed as the function returns, unless the
            # process ends right after the build (0.6 s at a million quads)
            linger(store, reads, linked)
            return report
        except OSError as exc:
            raise SamverkanError(
                f"cannot write the build: {exc.strerror or exc}; the previous output is unchanged",
                path=exc.filename or staging,
            ) from None
    except Fallback as why:
        ready()
        if reads is not None:
            reads.wait()  # the thread ends before a full build forks its workers
        if linked is not None:
            linked.wait()  # and before its links are removed with the rest
        say(f"full build: {why}")
        gc.collect()  # the copy of the store is closed before it is removed
        for child in staging.iterdir():
            if child.name != MARKER:
                if child.is_dir():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        return None
    except BaseException:
        # bad input, or an interrupt: the threads end before the new build is removed
        if reads is not None:
            with contextlib.suppress(Exception):
                reads.wait()
        if linked is not None:
            linked.wait()
        raise


def _write_report(report: BuildReport, staging: Path) -> None:
    (staging / "report.md").write_text(report.to_markdown(), encoding="utf-8")
    (staging / "report.json").write_text(
        json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def _derive(store: object, ontology: list, reasoner: str) -> tuple[list, list | None]:
    """The inferred triples, and the rest of the closure (the noise; None for owlrl)."""
    if reasoner != "rules":
        return infer_triples(store, ontology=ontology, reasoner=reasoner), None
    from samverkan.reason import useful_triples
    from samverkan.rules import compile_rules, derive_in_store
    from samverkan.turtle import to_graph

    derived = derive_in_store(store, compile_rules(to_graph(ontology)))
    inferred = useful_triples(derived, ontology=ontology)
    kept = set(inferred)
    return inferred, [t for t in derived if t not in kept]


def _full_build(
    graph_dir: Path | None,
    corpus: Path | None,
    out: Path,
    staging: Path,
    *,
    ontology_dir: Path | None,
    reference_dir: Path | None,
    views: bool,
    reasoner: str,
    say: Callable[[str], None],
) -> BuildReport:
    from samverkan.incremental import input_key, scan_documents, write_cache
    from samverkan.views._parallel import preload

    ready = preload(wanted=views)  # the modules the views' workers use, meanwhile
    resolved_graph_dir = Path(graph_dir) if graph_dir is not None else project_dir("graph")
    key = input_key(
        resolved_graph_dir, corpus, ontology_dir=ontology_dir, reference_dir=reference_dir,
        reasoner=reasoner,
    )
    scanned = scan_documents(resolved_graph_dir, corpus)
    say("loading ontology, reference data and document graphs")
    _pause("load")
    sources = load_sources(graph_dir, ontology_dir=ontology_dir, reference_dir=reference_dir)
    require_defined(sources)
    report = BuildReport(out=out)
    report.drafts = _count_drafts(sources)
    if corpus is not None:
        say(f"verifying evidence against {corpus}")
        _pause("evidence")
        report.evidence = verify_evidence(sources.document_triples, sources.files, Path(corpus))
        report.corpus = str(corpus)
    say(f"reasoning (OWL 2 RL, {reasoner})")
    _pause("reasoning")
    store = sources.store()
    inferred, noise = _derive(store, sources.triples[ONTOLOGY_GRAPH], reasoner)
    say("validating (SHACL)")
    _pause("validation")
    inferred_graph = ox.NamedNode(str(INFERRED_GRAPH))
    store.extend(ox.Quad(t.subject, t.predicate, t.object, inferred_graph) for t in inferred)
    index = named_in(store)  # after reasoning: an actor's class may be inferred
    index_graph = ox.NamedNode(str(INDEX_GRAPH))
    store.extend(ox.Quad(t.subject, t.predicate, t.object, index_graph) for t in index)
    shapes_dir = (ontology_dir or project_dir("ontology")) / "shapes"
    results = validate(store, load_shapes(shapes_dir))
    violations = [r for r in results if r.severity == "Violation"]
    if violations:
        first = violations[0]
        path, line = _locate(first.focus, sources)
        more = f" (and {len(violations) - 1} more violations)" if len(violations) > 1 else ""
        raise SamverkanError(f"SHACL violation: {first}{more}", path=path, line=line)
    report.warnings = [r for r in results if r.severity != "Violation"]
    graphs = dataset_graphs(sources, inferred, index)
    report.graphs = {_prefixed(name): len(g) for name, g in graphs.items()}
    report.classes = _count_classes(store)
    say("writing the dataset")
    try:
        trig = staging / TRIG_NAME
        offsets = write_trig(graphs, trig)
        _pause("writing")
        say("writing the store")
        write_store(trig, staging / STORE_NAME)
        say("running the violation queries")
        _run_violation_queries(store, report, sources)
        say("writing the ontology documentation")
        _write_ontology_docs(ontology_dir or project_dir("ontology"), staging, out)
        kept: dict[str, object] = {}
        if views:
            ready()
            _write_views(store, staging, report, say, answers=kept)
        _write_report(report, staging)
        if noise is not None:
            names = {path.name: doc for doc, path in sources.files.items()}
            documents = {
                name: {
                    **entry,
                    "doc": str(names[name]),
                    "triples": len(sources.document_triples[names[name]]),
                    "quotes": (report.evidence or {}).get(str(names[name])),
                    "drafts": _count_drafts_of(sources.document_triples[names[name]]),
                }
                for name, entry in scanned.items()
                if name in names
            }
            if len(documents) == len(scanned):
                write_cache(
                    staging, key=key, documents=documents, offsets=offsets, noise=noise,
                    warnings=report.warnings,
                )  # fmt: skip
                if views:
                    _keep_answers(store, staging, kept)
    except OSError as exc:
        raise SamverkanError(
            f"cannot write the build: {exc.strerror or exc}; the previous output is unchanged",
            path=exc.filename or staging,
        ) from None
    linger(store, sources)  # freed as the function returns, unless the process ends then
    return report


def _run_violation_queries(store: object, report: BuildReport, sources: Sources) -> None:
    results = run_violations(store)
    report.violation_queries = sorted(results)
    failed = {name: frame for name, frame in results.items() if len(frame)}
    if failed:
        name, frame = sorted(failed.items())[0]
        row = frame.iloc[0]
        focus = str(row["focus"]) if "focus" in frame.columns else ""
        value = row["value"] if "value" in frame.columns else None
        path, line = _locate(focus, sources, value) if focus else (None, None)
        detail = "; ".join(
            f"{column} {row[column]}"
            for column in frame.columns
            if column != "focus" and not str(column).endswith("Label") and row[column] is not None
        )
        more = f" (and {len(frame) - 1} more rows)" if len(frame) > 1 else ""
        query = project_dir("queries") / f"{name}.rq"
        raise SamverkanError(
            f"violation query {name}" + ("" if path is None else f" ({query})") + f": <{focus}> "
            f"{detail}{more}",
            path=query if path is None else path,
            line=line,
        )


def _write_views(
    store: object,
    staging: Path,
    report: BuildReport,
    say: Callable[[str], None],
    previous: tuple[Path, set[str], Kept | None, PreLinked | None, list[Any]] | None = None,
    answers: dict[str, object] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> None:
    """Write the views; with ``previous`` (the previous build's directory, the IRIs the
    change touched, the reads it kept, being unpickled, its site being linked in, and the
    triples the change made or unmade), only what the change reaches
    (:mod:`samverkan.views._incremental`);
    ``answers`` is filled with the library answers the views ran; ``meanwhile`` is
    called with them while the views' workers draw
    (:func:`samverkan.views.write_all`).
    """
    from samverkan.incremental import CACHE
    from samverkan.views import write_all
    from samverkan.views._incremental import VIEWS_CACHE, Previous

    before = None
    if previous is not None:
        before = Previous.read(*previous)
        linked = previous[3]
        if before is None and linked is not None:  # no previous views: no use for its site
            linked.wait()
            shutil.rmtree(linked.target, ignore_errors=True)
    say("writing the interactive views" + (" (what changed)" if before is not None else ""))
    stats: dict[str, int] = {}
    written = write_all(
        store,
        staging / "views",
        corpus=report.corpus,
        previous=before,
        cache=staging / CACHE / VIEWS_CACHE,
        stats=stats,
        answers=answers,
        meanwhile=meanwhile,
    )
    if before is not None:
        say(
            f"views: {stats.get('views drawn', 0)} of {stats.get('views', 0)} drawn again, "
            f"{stats.get('pages written', 0)} of {stats.get('pages', 0)} resource pages "
            f"written again, {stats.get('tables computed', 0)} of {stats.get('tables', 0)} "
            "measure tables computed again (the others are the previous build's)"
            + (
                f", {reused} of them with the betweenness and closeness of the previous "
                "build (the same nodes and ties)"
                if (reused := stats.get("tables with paths kept", 0))
                else ""
            )
            + (
                f"; the constraint, effective size and brokerage of {local} of their "
                f"{stats['nodes measured']} nodes computed (the others' are the same)"
                if (local := stats.get("local measures computed")) is not None
                and stats.get("nodes measured")
                else ""
            )
            + (
                f"; {placed} of the municipalities' views drawn again kept the positions of"
                " their nodes (the same nodes and ties)"
                if (placed := stats.get("views drawn with their previous positions"))
                else ""
            )
            + (
                f", {spliced} of them the previous file with the records of their ties "
                "written anew (only those changed)"
                if (spliced := stats.get("views with their ties written anew"))
                else ""
            )
        )
    report.views = [str(Path(p).relative_to(staging)) for p in written]


def _keep_answers(store: object, staging: Path, answers: dict[str, object]) -> None:
    """Keep, in the build's cache, the answers of the library's largest queries
    (:data:`samverkan.query.stored.STORED`): those the views ran as they were, the others
    evaluated now; a query on the build directory then reads them
    (:mod:`samverkan.query.stored`). Written after the manifest, whose digest they carry.
    """
    from samverkan.query import load_query, run_query
    from samverkan.query.stored import STORED, write_answer

    for name in sorted(STORED):
        frame = answers.get(name)
        if frame is None:
            frame = run_query(store, name)  # type: ignore[arg-type]
        write_answer(staging, load_query(name), None, True, frame)
