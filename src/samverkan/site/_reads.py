"""What the site reads of the whole store, kept between builds and patched after a change.

Every page names other resources, so the site reads once, for the whole store: the
resources that get pages and their classes, the labels of everything (by language), the
few properties a page or a name shows (types, sector, municipality, the member and
organisation of a membership), each document's row, every quote and the statements still
marked as drafts. At a million quads these reads take about ten seconds, also in a
rebuild whose change touched a few dozen resources. :class:`Reads` holds them;
:meth:`Reads.patch` reads again only the rows a change can have moved, and
:meth:`Reads.save` and :meth:`Reads.load` keep them in the build's cache.

Each read is kept per key, and a key's rows depend only on triples that the change
reports (:func:`samverkan.incremental.touched_iris`, the IRIs of every triple a changed
document lost or gained and of every derived triple that went or came):

- the classes, properties and labels of a resource, on the triples whose subject it is
  (a class also on the ontology's ``rdfs:subClassOf``, and a change of the ontology makes
  a full build), and whether it is a node of a document's graph;
- a document's row, on the triples whose subject it is;
- a document's quotes and drafts, on the triples of its own graph (the annotations are
  blank nodes of that graph).

So the rows of the touched IRIs and of the touched documents are read again (the same
queries, bound by ``VALUES``) and every other key keeps its rows. A build with the
patched reads writes the same files as one with fresh reads, and keeps the same reads:
``tests/test_incremental_views.py`` compares both with a full build's after every edit.

Blank nodes (the annotations' parts, the ontology's axioms) have no page and no name of
their own, and their labels are not kept (their labels from one build cannot be told
apart from another's).

Examples
--------
>>> from samverkan.network import example_store
>>> store = example_store()
>>> reads = Reads.read(store)
>>> reads.labels["https://w3id.org/samverkan/id/kommun/1281"]["sv"]
'Lunds kommun'
>>> reads.patch(store, {"https://w3id.org/samverkan/id/kommun/1281"}) == reads
True
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from samverkan.namespaces import DCTERMS, RDF, RDFS, SAM
from samverkan.site import _queries as Q
from samverkan.site._names import page_path

__all__ = ["READS_NAME", "Reads"]

#: The file of the kept reads (in the views' cache directory).
READS_NAME = "site-reads.pickle"
_RDFS_LABEL = str(RDFS.label)
_RDF_TYPE = str(RDF.type)
_SUBCLASS_OF = str(RDFS.subClassOf)
_SOURCE_DOCUMENT = str(SAM.SourceDocument)
_TITLE = str(DCTERMS.title)
#: The labels of a resource, by language (a query's rows drop the language tag).
LABELS_BY_LANGUAGE = (
    "SELECT ?resource ?label WHERE {\n  { ?resource <"
    + _RDFS_LABEL
    + "> ?label } UNION { ?resource <"
    + _TITLE
    + "> ?label }\n}"
)
#: The statements each document marks as drafts.
DRAFTS_OF = Q.DRAFTS.replace(
    "SELECT DISTINCT ?statement", "SELECT DISTINCT ?document ?statement"
).replace("ORDER BY ?statement", "ORDER BY ?document ?statement")
#: The most IRIs one patching query binds by ``VALUES``.
_CHUNK = 400


def _rows_of(
    store: Any, query: str, variable: str, iris: list[str]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows of ``query`` with ``?variable`` bound to the sorted ``iris``,
    :data:`_CHUNK` at a time, or (without ``iris``) of the whole query."""
    if not iris:
        return Q.select(store, query)
    return Q.chunked(iris, _CHUNK, lambda part: Q.select(store, Q.restrict(query, part, variable)))


def _classes_of(store: Any, iris: Iterable[str]) -> list[tuple[str, str]]:
    """Each of ``iris`` with each class of :data:`Q.PAGE_CLASSES` that one of its types is
    a subclass of (or is), over every graph, sorted as :data:`Q.RESOURCES`'s ``ORDER BY
    ?resource ?class``: that query's rows for ``iris`` without its test that a document
    names them (:func:`_in_documents`), read from the store's quads. A rebuild read them
    with the query bound by ``VALUES`` and a ``FILTER EXISTS`` over every document graph:
    about 20 ms a resource at a million quads on disk, and more than ten CPU minutes for 23
    resources on a store in memory; ``tests/test_site_reads.py`` checks both give the same
    rows.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> _classes_of(example_store(), ["https://w3id.org/samverkan/id/kommun/1281"])
    [('https://w3id.org/samverkan/id/kommun/1281', 'http://www.w3.org/ns/org#Organization')]
    """
    import pyoxigraph as ox

    sub, kind = ox.NamedNode(_SUBCLASS_OF), ox.NamedNode(_RDF_TYPE)
    # every class below each page class (itself included), as rdfs:subClassOf* reads them
    below: dict[str, set[str]] = {}
    for target in Q.PAGE_CLASSES:
        seen, todo = {target}, [target]
        while todo:
            node = ox.NamedNode(todo.pop())
            for quad in store.quads_for_pattern(None, sub, node, None):
                child = quad.subject
                if isinstance(child, ox.NamedNode) and child.value not in seen:
                    seen.add(child.value)
                    todo.append(child.value)
        for cls in seen:
            below.setdefault(cls, set()).add(target)
    rows = set()
    for iri in iris:
        for quad in store.quads_for_pattern(ox.NamedNode(iri), kind, None, None):
            if isinstance(quad.object, ox.NamedNode):
                rows.update((iri, target) for target in below.get(quad.object.value, ()))
    return sorted(rows)


def _in_documents(store: Any, iris: Iterable[str]) -> set[str]:
    """The IRIs of ``iris`` that a source document's graph names, as subject or object (the
    test of :data:`Q.RESOURCES`, read from the store's quads, one lookup at a time).

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> lund = "https://w3id.org/samverkan/id/kommun/1281"
    >>> sorted(_in_documents(example_store(), [lund, "https://x/none"])) == [lund]
    True
    """
    import pyoxigraph as ox

    documents = {
        quad.subject
        for quad in store.quads_for_pattern(
            None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(_SOURCE_DOCUMENT), None
        )
    }
    found = set()
    for iri in iris:
        node = ox.NamedNode(iri)
        if any(
            quad.graph_name in documents
            for pattern in ((node, None, None, None), (None, None, node, None))
            for quad in store.quads_for_pattern(*pattern)
        ):
            found.add(iri)
    return found


def _iri(value: Any) -> bool:
    return isinstance(value, str) and not value.startswith("_:")


@dataclass
class Reads:
    """The site's reads of the whole store (see the module documentation)."""

    #: resource with a page -> its classes, in the order of :data:`Q.RESOURCES`
    classes: dict[str, list[str]] = field(default_factory=dict)
    #: IRI -> property -> values (:data:`Q.LABELS`)
    props: dict[str, dict[str, set[Any]]] = field(default_factory=dict)
    #: IRI -> language ("sv", "en") -> label (the least, where there are several)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    #: document -> its row of :data:`Q.DOCUMENTS` (a tuple in its columns)
    documents: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    #: document -> its rows of :data:`Q.ANNOTATIONS`, in that query's order
    annotations: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    #: document -> the statements it marks as drafts
    drafts: dict[str, list[str]] = field(default_factory=dict)
    #: the columns of :data:`Q.DOCUMENTS` and :data:`Q.ANNOTATIONS`
    columns: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Any) -> Reads:
        """Every read, of the whole store."""
        reads = cls()
        reads._read(store, [])
        reads._read_documents(store, [])
        return reads

    def patch(self, store: Any, touched: Iterable[str]) -> Reads:
        """The reads after a change that touched the IRIs ``touched``: the rows of those
        IRIs and of the documents among them read again, every other row kept."""
        iris = sorted(i for i in set(touched) if _iri(i))
        new = Reads(**{f.name: dict(getattr(self, f.name)) for f in fields(self)})
        if not iris:
            return new
        for table in (new.classes, new.props, new.labels, new.documents):
            for iri in iris:
                table.pop(iri, None)
        new._read(store, iris)
        # the quotes and drafts of the touched documents, and of those the change made
        before = self.documents.keys() | self.annotations.keys()
        documents = {iri for iri in iris if iri in before} | (new.documents.keys() - before)
        if documents:
            new._read_documents(store, sorted(documents))
        new._order()
        return new

    def _read(self, store: Any, iris: list[str]) -> None:
        """Read the classes, properties, labels and document rows of ``iris`` (of every
        resource when there are none)."""
        if iris:
            rows = _classes_of(store, iris)
            named = _in_documents(store, {resource for resource, _cls in rows})
            rows = [row for row in rows if row[0] in named]
        else:
            rows = _rows_of(store, Q.RESOURCES, "resource", iris)[1]
        for resource, cls in rows:
            if page_path(resource):
                self.classes.setdefault(resource, []).append(cls)
        props: dict[str, dict[str, set[Any]]] = {}
        for resource, prop, value in _rows_of(store, Q.LABELS, "resource", iris)[1]:
            if _iri(resource):
                props.setdefault(resource, defaultdict(set))[prop].add(value)
        for resource, found in props.items():
            self.props[resource] = dict(found)
        self._read_labels(store, iris)
        names, rows = _rows_of(store, Q.DOCUMENTS, "document", iris)
        self.columns["documents"] = names
        for row in rows:
            self.documents[row[0]] = row

    def _read_labels(self, store: Any, iris: list[str]) -> None:
        import pyoxigraph as ox

        queries = [
            Q.restrict(LABELS_BY_LANGUAGE, iris[i : i + _CHUNK])
            for i in range(0, len(iris), _CHUNK)
        ] or [LABELS_BY_LANGUAGE]
        for query in queries:
            for solution in store.query(query, use_default_graph_as_union=True):
                resource, label = solution["resource"], solution["label"]
                if not isinstance(resource, ox.NamedNode) or not isinstance(label, ox.Literal):
                    continue
                lang = label.language or "sv"
                if lang in ("sv", "en"):
                    found = self.labels.setdefault(resource.value, {})
                    if lang not in found or label.value < found[lang]:
                        found[lang] = label.value

    def _read_documents(self, store: Any, documents: list[str]) -> None:
        """The quotes and drafts of ``documents`` (of every document when empty)."""
        for document in documents:
            self.annotations.pop(document, None)
            self.drafts.pop(document, None)
        names, rows = _rows_of(store, Q.ANNOTATIONS, "document", documents)
        self.columns["annotations"] = names
        at = names.index("document")
        for row in rows:
            self.annotations.setdefault(row[at], []).append(row)
        for document, statement in _rows_of(store, DRAFTS_OF, "document", documents)[1]:
            self.drafts.setdefault(document, []).append(statement)

    def _order(self) -> None:
        """Every table in the order a whole read gives (the queries' ``ORDER BY``)."""
        self.classes = dict(sorted(self.classes.items()))
        self.documents = dict(sorted(self.documents.items()))
        self.annotations = dict(sorted(self.annotations.items()))

    # ---------------------------------------------------------------- keeping

    def save(self, path: Path) -> None:
        """Keep the reads in ``path`` (a pickle in the build's own cache)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(self, f, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: Path) -> Reads | None:
        """The reads kept in ``path``, or None when there are none."""
        try:
            with path.open("rb") as f:
                found = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        return found if isinstance(found, cls) else None
