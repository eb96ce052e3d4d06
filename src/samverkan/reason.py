"""OWL 2 RL reasoning: the compiled rules by default, owlrl as the reference.

The closure is computed on a copy of the union of all asserted graphs; the asserted graphs
are never changed. What the closure adds is filtered to what a user would query and
returned as one graph, which the build writes to its own named graph.

Removed as noise: triples with a literal subject; reflexive ``owl:sameAs`` and
reflexive cooperation; triples about the vocabulary itself (any subject the ontology
describes, and terms of RDF, RDFS, OWL and XSD); ``rdf:type`` to ``owl:Thing``,
``rdfs:Resource`` and other universal or vocabulary classes; triples about blank nodes of
the ontology (restrictions and lists), and membership of those anonymous classes.

Examples
--------
>>> from rdflib import Graph, URIRef
>>> onto = Graph().parse("ontology/samverkan.ttl") + Graph().parse("ontology/concepts.ttl")
>>> data = Graph().parse(format="turtle", data='''
... @prefix org: <http://www.w3.org/ns/org#> .
... @base <https://w3id.org/samverkan/id/> .
... <medlemskap/n/a> a org:Membership ; org:member <org/a> ; org:organization <initiativ/n> .
... <medlemskap/n/b> a org:Membership ; org:member <org/b> ; org:organization <initiativ/n> .
... ''')
>>> inferred = infer([onto, data], ontology=onto)
>>> a, b = URIRef("https://w3id.org/samverkan/id/org/a"), URIRef("https://w3id.org/samverkan/id/org/b")
>>> (a, SAM.cooperatesWith, b) in inferred and (b, SAM.cooperatesWith, a) in inferred
True
>>> (a, SAM.cooperatesWith, a) in inferred
False
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Graph, Literal

from samverkan.errors import SamverkanError
from samverkan.namespaces import ORG, OWL, RDF, RDFS, SAM, XSD

__all__ = [
    "NOISE_TYPES",
    "REASONERS",
    "REFLEXIVE_NOISE",
    "infer",
    "infer_triples",
    "useful",
    "useful_triples",
]

_VOCAB_PREFIXES = (str(RDF), str(RDFS), str(OWL), str(XSD))

NOISE_TYPES = frozenset(
    {
        OWL.Thing,
        RDFS.Resource,
        OWL.NamedIndividual,
        RDFS.Class,
        OWL.Class,
        RDF.Property,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        RDFS.Datatype,
        RDFS.Literal,
    }
)

REFLEXIVE_NOISE = frozenset(
    {
        OWL.sameAs,
        SAM.cooperatesWith,
        SAM.coMemberOf,
        SAM.hostsPostFundedBy,
        SAM.sharesPostHolderWith,
        SAM.fundedBy,
        ORG.linkedTo,
    }
)


REASONERS = ("rules", "owlrl")
"""The reasoners :func:`infer` offers: ``rules`` (the default, :mod:`samverkan.rules`) and
``owlrl`` (the reference)."""


def infer(graphs: Iterable[Graph], *, ontology: Graph, reasoner: str = "rules") -> Graph:
    """Compute the OWL 2 RL closure of ``graphs`` and return only the useful new triples.

    Parameters
    ----------
    graphs : iterable of rdflib.Graph
        The asserted graphs (ontology, reference data, documents). They are copied, never
        changed.
    ontology : rdflib.Graph
        The ontology; triples about its terms are not kept as inferences.
    reasoner : {"rules", "owlrl"}
        ``rules`` runs the OWL 2 RL rules the ontology uses as SPARQL updates in pyoxigraph
        (:mod:`samverkan.rules`); ``owlrl`` runs every OWL 2 RL rule in Python, the reference
        the tests hold the default equal to.

    Returns
    -------
    rdflib.Graph
        The inferred triples, without owlrl's noise (see the module documentation).

    Raises
    ------
    SamverkanError
        For an unknown reasoner, or an ontology construct ``rules`` does not implement.

    Notes
    -----
    owlrl implements the OWL 2 RL/RDF rules of the W3C recommendation "OWL 2 Web Ontology
    Language Profiles", section 4.3, including ``prp-spo2`` for property chains, which the
    cooperation rules of the ontology rely on.
    """
    graphs = list(graphs)
    if reasoner == "owlrl":
        derived = _owlrl_closure(graphs)
    elif reasoner == "rules":
        from samverkan.rules import rule_closure

        derived = rule_closure(graphs, ontology=ontology)
    else:
        raise SamverkanError(
            f"unknown reasoner {reasoner!r}; choose one of: {', '.join(REASONERS)}"
        )
    return useful(derived, ontology=ontology)


def _owlrl_closure(graphs: list[Graph]) -> set[tuple[object, object, object]]:
    """Every triple owlrl adds to the union of ``graphs``."""
    import owlrl

    union = Graph()
    for graph in graphs:
        union += graph
    asserted = set(union)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(union)
    return {triple for triple in union if triple not in asserted}


_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_NOISE_TYPES = frozenset(str(t) for t in NOISE_TYPES)
_REFLEXIVE = frozenset(str(p) for p in REFLEXIVE_NOISE)


def useful(derived: Iterable[tuple[object, object, object]], *, ontology: Graph) -> Graph:
    """The derived triples a user would query: ``derived`` without the noise.

    See the module documentation for what counts as noise. The test is
    :func:`useful_triples`'; the rdflib triples that pass it are kept as they are.
    """
    from samverkan.terms import to_ox

    derived = [(s, p, o) for s, p, o in derived if not isinstance(s, Literal)]
    converted = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in derived]
    onto = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in ontology]
    kept = set(useful_triples(converted, ontology=onto))
    inferred = Graph()
    for triple, key in zip(derived, converted, strict=True):
        if key in kept:
            inferred.add(triple)
    return inferred


def useful_triples(derived: Iterable, *, ontology: list) -> list:
    """The derived pyoxigraph triples a user would query: ``derived`` without the noise.

    See the module documentation for what counts as noise.
    """
    ontology_subjects = {t.subject for t in ontology}
    kept = []
    for triple in derived:
        s, p, o = triple.subject, triple.predicate, triple.object
        if s in ontology_subjects:
            continue
        if isinstance(s, ox.NamedNode) and s.value.startswith(_VOCAB_PREFIXES):
            continue
        if isinstance(o, ox.BlankNode) and o in ontology_subjects:
            continue
        predicate = p.value
        if predicate in _REFLEXIVE and s == o:
            continue
        if (
            predicate == _TYPE
            and isinstance(o, ox.NamedNode)
            and (o.value in _NOISE_TYPES or o.value.startswith(_VOCAB_PREFIXES))
        ):
            continue
        if predicate.startswith(_VOCAB_PREFIXES) and predicate not in (_TYPE, _LABEL):
            continue
        kept.append(triple)
    return kept


def infer_triples(store: object, *, ontology: list, reasoner: str = "rules") -> list:
    """:func:`infer` for the build: the useful triples inferred from the graphs of ``store``.

    Parameters
    ----------
    store : pyoxigraph.Store
        The asserted graphs (ontology, reference data, registry, documents), each a named
        graph; unchanged on return.
    ontology : list of pyoxigraph.Triple
        The ontology.
    reasoner : {"rules", "owlrl"}
        As for :func:`infer`: ``rules`` run inside ``store``
        (:func:`samverkan.rules.derive_in_store`); ``owlrl`` converts to rdflib and back
        (only when chosen).

    Returns
    -------
    list of pyoxigraph.Triple
        The inferred triples, without the noise.
    """
    from samverkan.turtle import as_triples, to_graph

    if reasoner == "rules":
        from samverkan.rules import compile_rules, derive_in_store

        derived = derive_in_store(store, compile_rules(to_graph(ontology)))
        return useful_triples(derived, ontology=ontology)
    if reasoner == "owlrl":
        graphs: dict[str, list] = {}
        for quad in store:
            if isinstance(quad.graph_name, ox.NamedNode):
                graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
        graph = to_graph(ontology)
        return as_triples(
            infer([to_graph(g) for g in graphs.values()], ontology=graph, reasoner=reasoner)
        )
    raise SamverkanError(
        f"unknown reasoner {reasoner!r}; choose one of: {', '.join(REASONERS)}"
    )
