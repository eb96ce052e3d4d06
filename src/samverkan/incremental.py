"""Incremental builds: rebuild only what depends on the document files that changed.

A build (full or incremental) leaves a cache in ``OUT/.cache/``: a manifest
(``manifest.json``) with the content hashes of every input, one entry per document file
(its sha256, the sha256 of its text, its document IRI, triples, quotes and drafts
counted), the byte range of each named graph's block in ``samverkan.trig``, and
``noise.nq``, the derived triples the inferred graph leaves out (the reasoner's closure is
the inferred graph plus these), and ``shacl.json``, the SHACL results of the dataset (its
warnings; null when one is about a blank node).

The next build into the same ``OUT`` leaves it as it is when nothing changed
(:func:`up_to_date`). Else (:func:`rebuild`), when everything but some document
files (and their texts) is the same, reads and checks only the changed, added and removed
files and verifies their evidence, while the previous ``samverkan.trig`` loads into an
in-memory store in a thread of its own (SPARQL there is 2-3 times faster than in the
on-disk store; the load uses one processor and releases the interpreter):

1. the document graphs that changed are replaced in it, and the closure is maintained
   by DRed (:func:`samverkan.rules.maintain`: over-delete, rederive, insert); the index
   graph, out of the store meanwhile, is computed again for the documents it can differ in
   (:func:`samverkan.index.maintain_index`);
2. the on-disk store is a copy of the previous one (``pyoxigraph.Store.backup``, a
   RocksDB checkpoint made of hard links) with the same diff applied;
3. the cross-document checks (undefined IRIs, single dates) look at what changed;
4. SHACL checks the focus nodes the change can reach
   (:func:`samverkan.shacl_sparql.affected_focus`; every node after a change to the
   subclasses, or when one of them is a blank node), and the previous results stand for
   the others; the violation queries on the nodes the change can reach
   (:mod:`samverkan.violation_focus`: the rows of a query that gave none before the
   change, as on the whole dataset; the queries it cannot place run whole), in
   two threads while the report and the dataset are written;
5. ``samverkan.trig`` is written from the blocks of the previous one: the changed
   documents serialised, in the inferred graph the subjects whose inferred triples
   changed (:func:`_inferred_block`), and the (small) index graph whole.

Anything the cache cannot vouch for (another ontology, reference data, registry, query
library, reasoner, package, corpus directory or graph directory; no cache; a check that
fails, which a full build reports with its usual message and place) raises
:class:`Fallback`, and the build runs in full. The results are the same as a full build's:
``tests/test_incremental.py`` compares TriG bytes, report and store.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import stat
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from samverkan.namespaces import (
    INDEX_GRAPH,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    REGISTRY_GRAPH,
)
from samverkan.paths import BUILD_CACHE, BUILD_MANIFEST, VIEWS_CACHE, project_dir
from samverkan.report import BuildReport, count_classes, prefixed
from samverkan.store import STORE_NAME, TRIG_NAME, serialize_graph
from samverkan.turtle import MAX_FILE_BYTES

__all__ = [
    "CACHE",
    "Fallback",
    "input_key",
    "rebuild",
    "scan_documents",
    "touched_iris",
    "up_to_date",
    "write_cache",
]

CACHE = BUILD_CACHE
"""The cache directory inside a build directory."""

_FORMAT = 1
_NOISE_GRAPH = "urn:samverkan:noise"
_MANIFEST, _NOISE, _SHACL = BUILD_MANIFEST, "noise.nq", "shacl.json"
_RESULT_FIELDS = ("severity", "focus", "path", "value", "shape", "message_sv", "message_en")


class Fallback(Exception):
    """The incremental build cannot vouch for its result: build in full (says why)."""


#: the package's files no build reads: the drafter (its code and its trained models, 3 MB),
#: which only ``samverkan draft`` imports (``tests/test_incremental.py`` checks that no other
#: module does); a change there leaves a build's cache usable
NOT_BUILD_CODE = ("draft/", "commands/draft.py")


def _hash_tree(directory: Path, leave_out: tuple[str, ...] = ()) -> str:
    """The sha256 of the names and contents of the files under ``directory`` (caches left
    out, and the files whose path relative to it starts with one of ``leave_out``)."""
    digest = hashlib.sha256()
    if directory.is_dir():
        for path in sorted(directory.rglob("*")):
            name = path.relative_to(directory).as_posix()
            if leave_out and name.startswith(leave_out):
                continue
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(name.encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def input_key(
    graph_dir: Path,
    corpus: Path | None,
    *,
    ontology_dir: Path | None = None,
    reference_dir: Path | None = None,
    reasoner: str = "rules",
) -> dict[str, str | None]:
    """What must be the same for a build to start from the previous one's cache.

    Everything but the document files and the texts: the ontology and shapes, the
    reference data and registry, the query library (its violation queries), the source of
    the package (but the drafter's, :data:`NOT_BUILD_CODE`) and the versions of pyoxigraph,
    the reasoner, and the directories read.
    """
    from importlib.metadata import version

    return {
        "format": str(_FORMAT),
        "samverkan": version("samverkan"),
        "code": _hash_tree(Path(__file__).parent, NOT_BUILD_CODE),
        "pyoxigraph": ox.__version__,
        "reasoner": reasoner,
        "graph_dir": str(Path(graph_dir).resolve()),
        "corpus": None if corpus is None else str(Path(corpus).resolve()),
        "ontology": _hash_tree(ontology_dir or project_dir("ontology")),
        "reference": _hash_tree(reference_dir or project_dir("reference")),
        "queries": _hash_tree(project_dir("queries")),
    }


def _sha256(path: Path) -> str | None:
    """The sha256 of a regular file of at most 50 MiB; None for anything else.

    A FIFO, device or directory is never opened (it could block); the build's own checks
    then refuse it with their usual message.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def scan_documents(graph_dir: Path, corpus: Path | None) -> dict[str, dict]:
    """File name -> the sha256 of each document file and of its text (``stem.txt``)."""
    return {
        path.name: {
            "sha256": _sha256(path),
            "text": None if corpus is None else _sha256(Path(corpus) / f"{path.stem}.txt"),
        }
        for path in sorted(Path(graph_dir).glob("*.ttl"))
    }


def write_cache(
    staging: Path,
    *,
    key: dict,
    documents: dict[str, dict],
    offsets: dict[str, tuple[int, int]],
    noise: list,
    warnings: list | None = None,
) -> None:
    """Write the cache of the build in ``staging`` (see the module documentation).

    Parameters
    ----------
    key : dict
        :func:`input_key` of the build.
    documents : dict
        File name -> ``sha256``, ``text``, ``doc`` (IRI), ``triples``, ``quotes``, ``drafts``.
    offsets : dict
        Graph IRI -> (offset, length) of its block in ``samverkan.trig``.
    noise : list of pyoxigraph.Triple
        The derived triples the inferred graph leaves out.
    warnings : list of ShapeResult, optional
        The SHACL results of the dataset (it has no violations), which a rebuild keeps
        where its change does not reach (:func:`samverkan.shacl_sparql.affected_focus`);
        None, or one about a blank node, and a rebuild checks every node.
    """
    cache = staging / CACHE
    cache.mkdir(exist_ok=True)
    graph = ox.NamedNode(_NOISE_GRAPH)
    (cache / _NOISE).write_bytes(
        ox.serialize((ox.Quad(*t, graph) for t in noise), format=ox.RdfFormat.N_QUADS)
    )
    kept = None
    if warnings is not None and not any(w.blank for w in warnings):
        kept = [{f: getattr(w, f) for f in _RESULT_FIELDS} for w in warnings]
    (cache / _SHACL).write_text(json.dumps(kept, ensure_ascii=False) + "\n", encoding="utf-8")
    manifest = {"key": key, "documents": documents, "trig": offsets}
    (cache / _MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def _kept_results(out: Path) -> list | None:
    """The SHACL results the previous build in ``out`` kept (:func:`write_cache`), or None."""
    from samverkan.shacl_sparql import ShapeResult

    try:
        kept = json.loads((out / CACHE / _SHACL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        return [ShapeResult(**{f: str(r[f]) for f in _RESULT_FIELDS}) for r in kept]
    except (KeyError, TypeError):  # not a list of results (null: none kept): check all
        return None


def _read_manifest(out: Path) -> dict:
    try:
        manifest = json.loads((out / CACHE / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise Fallback("no cache of a previous build") from None
    if not (out / STORE_NAME).is_dir() or not (out / TRIG_NAME).is_file():
        raise Fallback("the previous build is incomplete")
    return manifest


def _drafts(triples: list) -> int:
    from samverkan.namespaces import SAM

    status = str(SAM.reviewStatus)
    return len({t.subject for t in triples if t.predicate.value == status})


def _load_previous(store: ox.Store, out: Path) -> None:
    """Load the previous build's dataset and the closure's noise into ``store``."""
    # load, not bulk_load: into memory it is the faster (at 1.03M quads 3.6 s against
    # 4.3, and 400 MB at most against 610); both name blank nodes afresh. Lenient: the
    # files are the previous build's, written by the store from checked terms, and
    # their IRIs need no second check (at 1.03M quads 2.7 s against 2.9).
    store.load(path=str(out / TRIG_NAME), format=ox.RdfFormat.TRIG, lenient=True)
    store.load(path=str(out / CACHE / _NOISE), format=ox.RdfFormat.N_QUADS, lenient=True)


def up_to_date(
    graph_dir: Path | None,
    corpus: Path | None,
    out: Path,
    *,
    ontology_dir: Path | None = None,
    reference_dir: Path | None = None,
    views: bool = True,
    reasoner: str = "rules",
    seen: dict[str, Any] | None = None,
) -> BuildReport | None:
    """The report of the previous build in ``out`` when a build would write it again as
    it is: the same inputs (:func:`input_key`: ontology, reference data, queries, package,
    reasoner, directories), the same document files and texts byte for byte, views asked
    for as they were, and the build whole (its cache, store, TriG, report and every view
    file its report lists). Else None, and the build goes on.

    A rebuild with nothing changed would only write every file again (at a million quads,
    34 s with the views); the hashes of the inputs take 0.1 s.

    ``seen``, if given, is filled with the input key (``"key"``) and the document files'
    hashes (``"scanned"``, :func:`scan_documents`) once they are computed, for
    :func:`rebuild` to use instead of hashing every file again.

    Examples
    --------
    >>> import tempfile
    >>> up_to_date(None, None, Path(tempfile.mkdtemp())) is None  # no previous build
    True
    """
    try:
        manifest = _read_manifest(out)
        report = BuildReport.read(out)
    except (Fallback, OSError, ValueError, KeyError, TypeError):
        return None
    graph_dir = Path(graph_dir or project_dir("graph"))
    key = input_key(
        graph_dir, corpus, ontology_dir=ontology_dir, reference_dir=reference_dir,
        reasoner=reasoner,
    )
    if seen is not None:
        seen["key"] = key
    if manifest.get("key") != key or bool(report.views) != views:
        return None
    if views and not (out / CACHE / VIEWS_CACHE).exists():
        return None
    if not all((out / name).is_file() for name in report.views):
        return None
    old = manifest.get("documents") or {}
    scanned = scan_documents(graph_dir, corpus)
    if seen is not None:
        seen["scanned"] = scanned
    if not scanned or set(scanned) != set(old):
        return None
    if any(
        (old[name].get("sha256"), old[name].get("text")) != (entry["sha256"], entry["text"])
        for name, entry in scanned.items()
    ):
        return None
    report.corpus = None if corpus is None else str(corpus)
    return report


def rebuild(
    graph_dir: Path,
    corpus: Path | None,
    out: Path,
    staging: Path,
    *,
    ontology_dir: Path | None = None,
    reference_dir: Path | None = None,
    views: bool = True,
    reasoner: str = "rules",
    say: Callable[[str], None] = lambda _msg: None,
    pause: Callable[[str], None] = lambda _point: None,
    meanwhile: Callable[[], None] = lambda: None,
    timings: dict[str, float] | None = None,
    seen: dict[str, Any] | None = None,
) -> tuple[BuildReport, object, set[str], list[Any]]:
    """Build into ``staging`` from the previous build ``out`` and the files that changed.

    Parameters
    ----------
    graph_dir, corpus, ontology_dir, reference_dir, views, reasoner
        As for :func:`samverkan.build.build`.
    out : Path
        The previous build (its cache, store and TriG are read, never changed).
    staging : Path
        The new build directory (empty but for its marker).
    say : callable
        Called with a short line before each step.
    pause : callable
        Called with the name of each point the build passes (a kill test waits there).
    meanwhile : callable
        Called as the previous dataset starts loading, a load that releases the GIL and
        leaves a processor idle: it may start a thread (the views' kept reads,
        :class:`samverkan.views._incremental.Kept`).
    timings : dict, optional
        Filled with the seconds of each step.
    seen : dict, optional
        What :func:`up_to_date` computed of the same inputs a moment before (its ``seen``):
        the input key and the document files' hashes are not computed again.

    Returns
    -------
    (BuildReport, pyoxigraph.Store, set of str, list of pyoxigraph.Triple)
        The report so far (the caller adds the views and writes it), the dataset in
        memory, for the views, the IRIs the change touched (:func:`touched_iris`), for
        the views' incremental update (:mod:`samverkan.views._incremental`), and the
        triples it changed (those the documents lost or gained, those derived anew or no
        longer), whose reach the kept answers are patched by
        (:func:`samverkan.query.patch.reach`).

    Raises
    ------
    Fallback
        When the result might differ from a full build's: build in full.
    SamverkanError
        On bad input in a changed file, with the message of a full build.
    """
    import time

    from samverkan.defined import DefinedIndex, misplaced_definitions, undefined_in, used_iris
    from samverkan.evidence import verify_evidence
    from samverkan.index import actors as index_actors
    from samverkan.index import documents as index_documents
    from samverkan.index import maintain_index
    from samverkan.load import check_single_dates, ontology_terms, ontology_triples, read_document
    from samverkan.namespaces import SCHEMA
    from samverkan.query import run_query
    from samverkan.reason import useful_triples
    from samverkan.rules import compile_rules, maintain
    from samverkan.shacl_sparql import affected_focus
    from samverkan.turtle import to_graph
    from samverkan.validate import in_order, load_shapes, validate, violation_queries
    from samverkan.violation_focus import split

    clock = {"t": time.perf_counter()}
    timings = timings if timings is not None else {}

    def lap(step: str) -> None:
        now = time.perf_counter()
        timings[step] = timings.get(step, 0.0) + now - clock["t"]
        clock["t"] = now

    if reasoner != "rules":
        raise Fallback(f"the {reasoner} reasoner is not incremental")
    graph_dir = Path(graph_dir or project_dir("graph"))
    manifest = _read_manifest(out)
    seen = seen or {}
    key = seen.get("key") or input_key(
        graph_dir,
        corpus,
        ontology_dir=ontology_dir,
        reference_dir=reference_dir,
        reasoner=reasoner,
    )
    changed_inputs = sorted(k for k in key if manifest["key"].get(k) != key[k])
    if changed_inputs:
        raise Fallback(f"changed since the previous build: {', '.join(changed_inputs)}")
    noise_graph = ox.NamedNode(_NOISE_GRAPH)
    if b"_:" in (out / CACHE / _NOISE).read_bytes():
        # A store names blank nodes afresh when it loads the TriG: the cache's names
        # would not meet them.
        raise Fallback("the closure has blank nodes")
    # The previous dataset in memory (queries there are 2-3 times faster than in the
    # on-disk store), and the closure's noise back in it, loaded in a thread from here:
    # pyoxigraph's load releases the interpreter and uses one processor, and the other
    # was idle while the document files were compared and the changed ones read (at a
    # million quads the load takes 3.4 s, the rest 0.5-0.7).
    say("loading the previous dataset (meanwhile: the document files compared, the changed read)")
    store = ox.Store()
    meanwhile()
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="samverkan-load")
    loading = loader.submit(_load_previous, store, out)
    try:
        old_docs: dict[str, dict] = manifest["documents"]
        scanned = seen.get("scanned") or scan_documents(graph_dir, corpus)
        if not scanned:
            raise Fallback("no document files")
        changed = sorted(
            name
            for name, entry in scanned.items()
            if name not in old_docs
            or old_docs[name]["sha256"] != entry["sha256"]
            or old_docs[name]["text"] != entry["text"]
        )
        removed = sorted(set(old_docs) - set(scanned))
        say(
            f"incremental build: {len(changed)} document files changed or added,"
            f" {len(removed)} removed"
        )
        lap("scan")
        # Read and check the changed files, as a full build does.
        pause("load")
        ontology = ontology_triples(ontology_dir)
        defined_terms = ontology_terms(ontology)
        new_triples: dict[URIRef, list] = {}
        files: dict[URIRef, Path] = {}
        entries: dict[str, dict] = {n: dict(old_docs[n]) for n in scanned if n not in changed}
        owner = {URIRef(e["doc"]): n for n, e in entries.items()}
        for name in changed:
            path = graph_dir / name
            doc, triples = read_document(path, defined_terms)
            if doc in owner or doc in new_triples:
                raise Fallback(f"document {doc} is described in two files")
            new_triples[doc], files[doc] = triples, path
        lap("load")
        counts: dict[URIRef, int | None] = {}
        if corpus is not None and new_triples:
            say(f"verifying evidence against {corpus}")
            pause("evidence")
            counts = {
                URIRef(d): n for d, n in verify_evidence(new_triples, files, Path(corpus)).items()
            }
        lap("evidence")
        for name in changed:
            doc = next(d for d, p in files.items() if p.name == name)
            entries[name] = {
                **scanned[name],
                "doc": str(doc),
                "triples": len(new_triples[doc]),
                "quotes": counts.get(doc),
                "drafts": _drafts(new_triples[doc]),
            }
        say("waiting for the previous dataset to load")
        loading.result()
    finally:
        # nothing goes on (a full build forks its workers) while the thread loads
        loader.shutdown(wait=True)
    # The index (sam:namedIn) out of the store while the closure is maintained: a full
    # build computes it after reasoning, so the reasoner never sees it.
    index_graph = ox.NamedNode(str(INDEX_GRAPH))
    old_index = [q.triple for q in store.quads_for_pattern(None, None, None, index_graph)]
    store.remove_graph(index_graph)
    before_index = (index_actors(store), index_documents(store))
    lap("load previous")
    # The asserted diff.
    say("reasoning (OWL 2 RL, rules, incrementally: DRed)")
    pause("reasoning")
    old_graphs = {URIRef(old_docs[n]["doc"]) for n in changed + removed if n in old_docs}
    old_triples = {
        doc: [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(doc))]
        for doc in old_graphs
    }
    docs_touched = old_graphs | set(new_triples)
    lost, gained = {}, {}
    for doc in docs_touched:
        before, after = set(old_triples.get(doc, ())), set(new_triples.get(doc, ()))
        lost[doc], gained[doc] = before - after, after - before
    gained_all = set().union(*gained.values()) if gained else set()
    touched_names = {str(d) for d in docs_touched} | {str(INFERRED_GRAPH), _NOISE_GRAPH}

    def still_asserted(triple: object) -> bool:
        if triple in gained_all:
            return True
        for quad in store.quads_for_pattern(*triple, None):
            name = quad.graph_name.value
            if name not in touched_names:
                return True
            if name in {str(d) for d in docs_touched} and triple not in lost.get(URIRef(name), ()):
                return True
        return False

    removed_triples = (
        [t for t in set().union(*lost.values()) if not still_asserted(t)] if lost else []
    )

    def change() -> None:
        for doc in docs_touched:
            graph = ox.NamedNode(str(doc))
            if doc not in new_triples:  # a document removed: its graph goes, not only its triples
                store.remove_graph(graph)
                continue
            for triple in lost[doc]:
                store.remove(ox.Quad(*triple, graph))
            store.extend([ox.Quad(*t, graph) for t in gained[doc]])

    rules = compile_rules(to_graph(ontology))
    gone, more = maintain(
        store,
        rules,
        removed=removed_triples,
        added=sorted(gained_all, key=str),
        derived=[str(INFERRED_GRAPH), _NOISE_GRAPH],
        change=change,
    )
    if any(isinstance(term, ox.BlankNode) for t in (*gone, *more) for term in t):
        raise Fallback("derived triples about blank nodes changed")
    useful = set(useful_triples(more, ontology=ontology))
    inferred_graph = ox.NamedNode(str(INFERRED_GRAPH))
    store.extend([ox.Quad(*t, inferred_graph if t in useful else noise_graph) for t in more])
    noise = [q.triple for q in store.quads_for_pattern(None, None, None, noise_graph)]
    store.remove_graph(noise_graph)
    lap("reasoning")
    say("updating the index of the documents that name each actor")
    named = maintain_index(
        store, old_index, {ox.NamedNode(str(d)) for d in docs_touched}, before_index
    )
    store.extend([ox.Quad(*t, index_graph) for t in named])
    kept_index = set(old_index) & set(named)
    index_diff = (
        [t for t in old_index if t not in kept_index],
        [t for t in named if t not in kept_index],
    )
    lap("index")
    say("updating a copy of the previous store")
    _update_store(
        out / STORE_NAME, staging / STORE_NAME, new_triples, docs_touched, gone, more, useful,
        index_diff,
    )
    lap("store")
    # The checks across documents, on what changed.
    say("checking the changed documents against the others")
    index_triples: list = []
    used = set()
    for doc, triples in new_triples.items():
        problems = misplaced_definitions(triples, files[doc])
        if problems:
            raise Fallback("a document defines a term of another")
        used |= used_iris(triples)
    lost_terms = {
        t.subject.value for doc in lost for t in lost[doc] if isinstance(t.subject, ox.NamedNode)
    }
    for iri in sorted(used | lost_terms):
        for quad in store.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            if quad.graph_name.value != str(INFERRED_GRAPH):
                index_triples.append(quad.triple)
    index = DefinedIndex([index_triples])
    for doc, triples in new_triples.items():
        if undefined_in(triples, index, None):
            raise Fallback(f"{files[doc]} uses an IRI no graph defines")
    if any(iri in index.typed or iri in index.labels for iri in lost_terms - index.defined):
        raise Fallback("an IRI lost its definition")
    if lost_terms - index.defined:
        # No longer typed nor labelled anywhere: is it used by another document?
        for iri in lost_terms - index.defined:
            node = ox.NamedNode(iri)
            if next(iter(store.quads_for_pattern(None, None, node, None)), None) is not None:
                raise Fallback("an IRI lost its definition")
    by_doc: dict[URIRef, list] = {}
    doc_files = {URIRef(e["doc"]): graph_dir / n for n, e in entries.items()}
    for prop in (SCHEMA.startDate, SCHEMA.endDate):
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, None):
            doc = URIRef(quad.graph_name.value)
            if doc in doc_files:
                by_doc.setdefault(doc, []).append(quad.triple)
    check_single_dates(by_doc, doc_files)
    lap("checks")
    shapes = load_shapes((ontology_dir or project_dir("ontology")) / "shapes")
    kept_results = _kept_results(out)
    changed_triples = [
        *(t for triples in lost.values() for t in triples),
        *(t for triples in gained.values() for t in triples),
        *gone, *more, *index_diff[0], *index_diff[1],
    ]  # fmt: skip
    focus = None if kept_results is None else affected_focus(shapes, store, changed_triples)
    # the same with their graphs, for the violation queries (a triple derived no longer
    # is put in the inferred graph: a removed quad is read for its subject only)
    changed_quads = [
        *(ox.Quad(*t, ox.NamedNode(str(doc))) for doc in lost for t in lost[doc]),
        *(ox.Quad(*t, ox.NamedNode(str(doc))) for doc in gained for t in gained[doc]),
        *(ox.Quad(*t, inferred_graph) for t in gone),
        *(ox.Quad(*t, inferred_graph if t in useful else noise_graph) for t in more),
        *(ox.Quad(*t, index_graph) for t in (*index_diff[0], *index_diff[1])),
    ]
    if focus is None:
        say("validating (SHACL) and running the violation queries, side by side")
    else:
        say(
            f"validating (SHACL) the {len(focus)} nodes the change can reach, and running"
            " the violation queries"
        )
    pause("validation")
    # Read-only queries on one store, in two threads (pyoxigraph releases the GIL while it
    # evaluates): the shapes first, then the violation queries, which go on while the
    # report and the dataset are written here: on the nodes the change can reach (at a
    # million quads 0.33 CPU s after the benchmark's edit, 3.2 whole), and any query that
    # violation_focus cannot place whole, one by one.
    pool = ThreadPoolExecutor(max_workers=2)
    try:
        shacl = pool.submit(validate, store, shapes, focus=focus)
        queries = violation_queries()
        placed, whole = split(queries)
        reached = pool.submit(_any_reached, store, changed_quads, placed)
        violations = {info.name: pool.submit(run_query, store, info) for info in whole}
        results = shacl.result()
        if focus is not None and kept_results is not None:
            # the results of the nodes the change cannot reach are the previous build's
            names = {term.value for term in focus}
            results = in_order([*(r for r in kept_results if r.focus not in names), *results])
        if any(r.severity == "Violation" for r in results):
            raise Fallback("SHACL violations (located by the full build)")
        report = BuildReport(out=out)
        report.warnings = [r for r in results if r.severity != "Violation"]
        report.violation_queries = sorted(info.name for info in queries)
        lap("SHACL")
        # The report.
        docs_sorted = sorted(doc_files)
        name_of = {URIRef(e["doc"]): n for n, e in entries.items()}
        # counted in the store (at a million quads 0.08 s, where iterating the 533,000
        # quads in Python took 0.26)
        count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"
        inferred_count = int(next(iter(store.query(count)))["n"].value)
        report.graphs = {
            prefixed(ONTOLOGY_GRAPH): len(ontology),
            **{
                prefixed(g): manifest_count
                for g, manifest_count in _fixed_counts(out, manifest).items()
            },
        }
        report.graphs.update({prefixed(d): entries[name_of[d]]["triples"] for d in docs_sorted})
        report.graphs[prefixed(INFERRED_GRAPH)] = inferred_count
        report.graphs[prefixed(INDEX_GRAPH)] = len(named)
        report.classes = count_classes(store)
        report.drafts = sum(e["drafts"] for e in entries.values())
        if corpus is not None:
            report.evidence = {str(d): entries[name_of[d]]["quotes"] for d in docs_sorted}
            report.corpus = str(corpus)
        lap("report")
        say("writing the dataset")
        old_trig = (out / TRIG_NAME).read_bytes()
        offsets: dict[str, tuple[int, int]] = {}
        header = old_trig[: min(o for o, _n in manifest["trig"].values())]
        chunks = [header]
        position = len(header)
        order = [
            ONTOLOGY_GRAPH, REFERENCE_GRAPH, REGISTRY_GRAPH,
            *docs_sorted, INFERRED_GRAPH, INDEX_GRAPH,
        ]  # fmt: skip
        touched = {t.subject for t in gone} | {t.subject for t in more}
        for graph in order:
            name = str(graph)
            if graph == INFERRED_GRAPH:
                old = manifest["trig"].get(name)
                chunk = _inferred_block(
                    store,
                    b"" if old is None else old_trig[old[0] : old[0] + old[1]],
                    touched,
                )
                if not chunk:
                    continue
            elif graph == INDEX_GRAPH:
                if not named:
                    continue
                _head, chunk = serialize_graph(named, INDEX_GRAPH)
            elif graph in new_triples:
                _head, chunk = serialize_graph(sorted(new_triples[graph], key=str), graph)
            else:
                start, length = manifest["trig"][name]
                chunk = old_trig[start : start + length]
            chunks.append(chunk)
            offsets[name] = (position, len(chunk))
            position += len(chunk)
        (staging / TRIG_NAME).write_bytes(b"".join(chunks))
        pause("writing")
        lap("TriG")
        if reached.result() or any(len(future.result()) for future in violations.values()):
            raise Fallback("a violation query returned rows (located by the full build)")
        lap("violation queries (the rest)")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    write_cache(
        staging, key=key, documents=entries, offsets=offsets, noise=noise,
        warnings=report.warnings,
    )  # fmt: skip
    # The index's changes too: a resource's data files hold its sam:namedIn triples.
    touched_set = touched_iris(
        old_triples, new_triples, docs_touched, [*gone, *index_diff[0]], [*more, *index_diff[1]]
    )
    # what the kept answers read of the change (samverkan.query.patch.reach): the triples
    # the documents lost or gained and those derived anew or no longer
    changed = [*{t for part in (*lost.values(), *gained.values()) for t in part}, *gone, *more]
    lap("writing")
    return report, store, touched_set, changed


def _any_reached(store: ox.Store, changed: list, queries: list) -> bool:
    """Whether any of the violation ``queries`` gives a row after the ``changed`` quads
    (:func:`samverkan.violation_focus.reached_rows`; run whole after a change to the
    schema, of too many quads or reaching too many pairs of partners)."""
    from samverkan.query import run_query
    from samverkan.violation_focus import reached_rows

    rows = reached_rows(store, changed, queries)
    if rows is None:
        return any(len(run_query(store, info)) for info in queries)
    return any(rows.values())


def touched_iris(
    old: dict, new: dict, documents: set, gone: list, more: list
) -> set[str]:
    """The IRIs a change touched: what the views of a resource can depend on directly.

    Every IRI (subject or object) of a triple a changed document lost or gained, of a
    derived triple that went or came, and the changed documents themselves. A changed
    triple about a blank node (an annotation, its target and selectors) touches the IRIs
    that hold that blank node, up the chain, in the old or the new graph of its document.

    Examples
    --------
    >>> a, b = ox.NamedNode("https://x/a"), ox.NamedNode("https://x/b")
    >>> n, p = ox.BlankNode("n"), ox.NamedNode("https://x/p")
    >>> old = {"d": [ox.Triple(a, p, n), ox.Triple(n, p, ox.Literal("old"))]}
    >>> new = {"d": [ox.Triple(a, p, n), ox.Triple(n, p, ox.Literal("new"))]}
    >>> sorted(touched_iris(old, new, set(), [], []))
    ['https://x/a']
    """
    out = {str(d) for d in documents}
    for doc in set(old) | set(new):
        before, after = set(old.get(doc, ())), set(new.get(doc, ()))
        parents: dict[object, set] = {}
        for triple in before | after:
            if isinstance(triple.object, ox.BlankNode):
                parents.setdefault(triple.object, set()).add(triple.subject)
        for triple in before ^ after:
            for term in (triple.subject, triple.object):
                if isinstance(term, ox.NamedNode):
                    out.add(term.value)
            todo, seen = [triple.subject], set()
            while todo:
                node = todo.pop()
                if isinstance(node, ox.NamedNode):
                    out.add(node.value)
                elif node not in seen:
                    seen.add(node)
                    todo.extend(parents.get(node, ()))
    for triple in itertools.chain(gone, more):
        for term in (triple.subject, triple.object):
            if isinstance(term, ox.NamedNode):
                out.add(term.value)
    return out


def _fixed_counts(out: Path, manifest: dict) -> dict[URIRef, int]:
    """The triple counts of the reference data and registry (unchanged), from the report."""
    graphs = json.loads((out / "report.json").read_text(encoding="utf-8"))["graphs"]
    return {g: graphs[prefixed(g)] for g in (REFERENCE_GRAPH, REGISTRY_GRAPH)}


_BLOCK = re.compile(rb"^\t(?!\t)", re.M)
_ESCAPED = re.compile(r"\\(.)")


def _subject_key(token: bytes) -> str:
    """The sort key (``str(subject) + " "``) of a subject as the TriG writes it."""
    from samverkan.namespaces import PREFIXES

    text = token.decode("utf-8")
    if text.startswith(("<", "_:")):
        return text + " "
    prefix, _, local = text.partition(":")
    if prefix not in PREFIXES:
        raise Fallback(f"cannot read the subject {text} of the inferred graph")
    local = _ESCAPED.sub(lambda m: m.group(1), local)
    return f"<{PREFIXES[prefix]}{local}> "


def _block_start(body: bytes, position: int) -> int:
    """The first sub-block of ``body`` (an inferred graph's block, see
    :func:`_inferred_block`) that starts at ``position`` or after, or ``len(body)``."""
    if position <= 0:
        return 0
    found = _BLOCK.search(body, position)
    return len(body) if found is None else found.start()


def _block_key(body: bytes, start: int) -> str:
    """The sort key of the sub-block of ``body`` that starts at ``start``."""
    return _subject_key(body[start + 1 : body.index(b" ", start)])


def _key_place(body: bytes, key: str) -> int:
    """Where the first sub-block of ``body`` whose key is ``key`` or after begins (the
    sub-blocks are in the order of their keys), or ``len(body)``: found by bisecting the
    bytes, so that a few keys are read, not every sub-block's.

    Examples
    --------
    >>> body = b"\\t<a> x\\n\\t\\t.\\n\\t<c> y\\n"
    >>> [_key_place(body, k) for k in ("<a> ", "<b> ", "<c> ", "<d> ")]
    [0, 11, 11, 18]
    """
    low, high = 0, len(body)
    while low < high:
        middle = (low + high) // 2
        start = _block_start(body, middle)
        if start == len(body) or _block_key(body, start) >= key:
            high = middle
        else:
            low = middle + 1
    return _block_start(body, low)


def _inferred_block(store: object, old: bytes, touched: set) -> bytes:
    """The inferred graph's TriG block: the previous one, with the subjects ``touched`` anew.

    A graph's block is one sub-block per subject, in the order of the subjects (as
    :func:`samverkan.build.write_trig` sorts), each beginning with a line that starts
    with one tab; a subject's sub-block depends on its triples only. The sub-blocks of the
    subjects whose inferred triples changed are serialised from the store again and put in
    their places (found by bisection, :func:`_key_place`: at a million quads the block has
    48,000 sub-blocks, whose keys all read took 0.13 s), the bytes between copied.
    """
    graph = ox.NamedNode(str(INFERRED_GRAPH))

    def whole() -> bytes:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
        return serialize_graph(sorted(triples, key=str), INFERRED_GRAPH)[1] if triples else b""

    opening = old.find(b" {\n") + 3
    if not old or opening < 3 or not old.endswith(b"}\n"):
        return whole()
    body = old[opening:-2]
    parts = []
    done = 0  # the bytes of body before it are in parts
    for subject in sorted(touched, key=lambda s: str(s) + " "):
        key = str(subject) + " "
        place = max(_key_place(body, key), done)
        parts.append(body[done:place])
        done = place
        if place < len(body) and _block_key(body, place) == key:
            done = _block_start(body, place + 1)  # its previous sub-block goes
        triples = sorted(
            (q.triple for q in store.quads_for_pattern(subject, None, None, graph)), key=str
        )
        if triples:
            part = serialize_graph(triples, INFERRED_GRAPH)[1]
            parts.append(part[part.index(b" {\n") + 3 : -2])
    parts.append(body[done:])
    new = b"".join(parts)
    if not new:
        return b""
    return old[:opening] + new + b"}\n"


def _update_store(
    previous: Path,
    target: Path,
    documents: dict,
    touched: set,
    gone: list,
    more: list,
    useful: set,
    index: tuple[list, list],
) -> None:
    """Copy the previous on-disk store (a checkpoint of hard links) and apply the diff.

    The graphs of the documents ``touched`` are replaced by ``documents`` (or removed);
    the inferred graph loses ``gone`` and gains what ``more`` has in ``useful``; the index
    graph loses ``index[0]`` and gains ``index[1]``.
    """
    try:
        ox.Store.read_only(str(previous)).backup(str(target))
        store = ox.Store(str(target))
    except OSError as exc:
        raise Fallback(f"cannot copy the previous store: {exc}") from None
    for doc in touched:
        graph = ox.NamedNode(str(doc))
        store.remove_graph(graph)
        if doc in documents:
            store.extend([ox.Quad(*t, graph) for t in documents[doc]])
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    for triple in gone:
        store.remove(ox.Quad(*triple, inferred))
    store.extend([ox.Quad(*t, inferred) for t in more if t in useful])
    index_graph = ox.NamedNode(str(INDEX_GRAPH))
    for triple in index[0]:
        store.remove(ox.Quad(*triple, index_graph))
    store.extend([ox.Quad(*t, index_graph) for t in index[1]])
    store.flush()
