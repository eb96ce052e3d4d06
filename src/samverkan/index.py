"""The index graph: which documents name each actor, materialised at build time.

Two library queries (``actors``, ``multi-document-actors``) count, for every agent and
post, the source documents whose graph names it as subject or object. Computed at query
time that meant reading every quad of every document graph twice (1-1.7 s at a million
quads); the build computes the pairs once, after reasoning (an actor's class may be
inferred), as ``?actor sam:namedIn ?document`` triples in their own named graph,
:data:`samverkan.namespaces.INDEX_GRAPH` (22k triples at a million quads).

The pairs of a document depend on its own graph and on which IRIs are agents or posts, so
an incremental build (:mod:`samverkan.incremental`) computes them again only for the
documents that changed and for the documents that name an IRI whose class changed
(:func:`maintain_index`). The reasoner never sees the index: a full build computes it after
reasoning, and an incremental build takes it out of the store before maintaining the
closure and puts the new one back afterwards.

Examples
--------
>>> import pyoxigraph as ox
>>> from samverkan.namespaces import FOAF, RDF, SAM, RDFS
>>> doc, actor = ox.NamedNode("urn:doc"), ox.NamedNode("urn:actor")
>>> store = ox.Store()
>>> store.extend([
...     ox.Quad(doc, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SAM.SourceDocument)), doc),
...     ox.Quad(actor, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(FOAF.Agent)), doc),
...     ox.Quad(actor, ox.NamedNode(str(RDFS.label)), ox.Literal("A"), doc),
... ])
>>> [str(t) for t in named_in(store)]
['<urn:actor> <https://w3id.org/samverkan/ontology#namedIn> <urn:doc>']
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from samverkan.namespaces import FOAF, ORG, RDF, SAM

__all__ = ["actors", "documents", "maintain_index", "named_in"]

_NAMED_IN = ox.NamedNode(str(SAM.namedIn))
_TYPE = ox.NamedNode(str(RDF.type))


def _typed(store: ox.Store, classes: Iterable[object]) -> set[ox.NamedNode]:
    """The IRIs typed with any of ``classes`` in any graph (the type triples of each class,
    read by index)."""
    return {
        quad.subject
        for cls in classes
        for quad in store.quads_for_pattern(None, _TYPE, ox.NamedNode(str(cls)), None)
        if isinstance(quad.subject, ox.NamedNode)
    }


def actors(store: ox.Store) -> set[ox.NamedNode]:
    """The IRIs the index is about: every ``foaf:Agent`` and ``org:Post`` (in any graph,
    the inferred one included)."""
    return _typed(store, (FOAF.Agent, ORG.Post))


def documents(store: ox.Store) -> set[ox.NamedNode]:
    """The source documents (``sam:SourceDocument``); each names a graph."""
    return _typed(store, (SAM.SourceDocument,))


def named_in(
    store: ox.Store,
    only: Iterable[ox.NamedNode] | None = None,
    *,
    agents: set[ox.NamedNode] | None = None,
) -> list[ox.Triple]:
    """The ``?actor sam:namedIn ?document`` triples, sorted.

    Parameters
    ----------
    store : pyoxigraph.Store
        The dataset with its inferred graph.
    only : iterable of NamedNode, optional
        Only these documents (default: every source document). A document that is not a
        source document (or no longer one) gives no triples.
    agents : set of NamedNode, optional
        :func:`actors` of the store, when the caller has it already.

    Returns
    -------
    list of pyoxigraph.Triple
        One triple per agent or post and source document whose graph has it as subject or
        object, sorted as the TriG writer sorts.
    """
    agents = actors(store) if agents is None else agents
    sources = documents(store)
    wanted = sources if only is None else set(only) & sources
    pairs: set[tuple[ox.NamedNode, ox.NamedNode]] = set()
    for doc in wanted:
        for quad in store.quads_for_pattern(None, None, None, doc):
            if quad.subject in agents:
                pairs.add((quad.subject, doc))
            if quad.object in agents:
                pairs.add((quad.object, doc))
    return sorted((ox.Triple(a, _NAMED_IN, d) for a, d in pairs), key=str)


def maintain_index(
    store: ox.Store,
    old: list[ox.Triple],
    changed: set[ox.NamedNode],
    before: tuple[set[ox.NamedNode], set[ox.NamedNode]],
) -> list[ox.Triple]:
    """The index after a change, from the previous one: :func:`named_in` of the whole
    store, computed again only where it can differ.

    Parameters
    ----------
    store : pyoxigraph.Store
        The dataset after the change (documents replaced, closure maintained), without
        an index graph.
    old : list of pyoxigraph.Triple
        The index before the change.
    changed : set of NamedNode
        The documents whose graphs changed, were added or removed.
    before : (set, set)
        :func:`actors` and :func:`documents` of the store before the change.

    Returns
    -------
    list of pyoxigraph.Triple
        The index, sorted: the previous pairs of the documents not reached, and the pairs
        of the documents that changed, are or were source documents only on one side, or
        name an IRI that became or ceased to be an agent or post, computed again.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> maintain_index(ox.Store(), [], set(), (set(), set()))
    []
    """
    agents, sources = actors(store), documents(store)
    reached = set(changed) | (sources ^ before[1])
    retyped = agents ^ before[0]
    for iri in retyped:
        for quad in store.quads_for_pattern(iri, None, None, None):
            reached.add(quad.graph_name)
        for quad in store.quads_for_pattern(None, None, iri, None):
            reached.add(quad.graph_name)
    # An IRI that is no longer an agent is dropped from every document it was paired with
    # (a document that named it and does not any more has changed, and is reached).
    for triple in old:
        if triple.subject in retyped:
            reached.add(triple.object)
    kept = [t for t in old if t.object not in reached]
    fresh = named_in(store, {g for g in reached if isinstance(g, ox.NamedNode)}, agents=agents)
    return sorted(kept + fresh, key=str)
