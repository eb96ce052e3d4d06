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
>>> from rdflib import Graph
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

from rdflib import BNode, Graph, Literal, URIRef

from samverkan.errors import SamverkanError
from samverkan.namespaces import ORG, OWL, RDF, RDFS, SAM, XSD

__all__ = ["NOISE_TYPES", "REASONERS", "REFLEXIVE_NOISE", "infer", "useful"]

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
        SAM.fundedBy,
        ORG.linkedTo,
    }
)


def _is_vocab(term: object) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(_VOCAB_PREFIXES)


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


def useful(derived: Iterable[tuple[object, object, object]], *, ontology: Graph) -> Graph:
    """The derived triples a user would query: ``derived`` without the noise.

    See the module documentation for what counts as noise.
    """
    ontology_subjects = set(ontology.subjects())
    inferred = Graph()
    for s, p, o in derived:
        if isinstance(s, Literal) or _is_vocab(s) or s in ontology_subjects:
            continue
        if isinstance(s, BNode) and (s, None, None) in ontology:
            continue
        if isinstance(o, BNode) and (o, None, None) in ontology:
            continue
        if p in REFLEXIVE_NOISE and s == o:
            continue
        if p == RDF.type and (o in NOISE_TYPES or _is_vocab(o)):
            continue
        if _is_vocab(p) and p not in (RDF.type, RDFS.label):
            continue
        inferred.add((s, p, o))
    return inferred
