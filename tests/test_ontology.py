"""The ontology parses; every own term is documented in sv and en and refines a standard term."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from samverkan.load import load_ontology
from samverkan.namespaces import SAM

SAM_NS = str(SAM._NS)
LINKS = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, OWL.equivalentClass)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def own_terms(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {
        s
        for kind in kinds
        for s in g.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(SAM_NS)
    }


def languages(g: Graph, term: URIRef, prop: URIRef) -> set[str]:
    return {o.language for o in g.objects(term, prop) if isinstance(o, Literal)}


def test_ontology_has_version_iri(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/samverkan/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionIRI) is not None
    assert ontology.value(onto, OWL.versionInfo) is not None


def test_every_own_term_is_labelled_and_defined_in_swedish_and_english(ontology: Graph) -> None:
    terms = own_terms(ontology)
    assert len(terms) > 40
    for term in terms:
        assert languages(ontology, term, RDFS.label) >= {"sv", "en"}, term
        assert languages(ontology, term, SKOS.definition) >= {"sv", "en"}, term
        assert ontology.value(term, RDFS.isDefinedBy) == URIRef(
            "https://w3id.org/samverkan/ontology"
        ), term


def test_every_own_term_refines_a_standard_term(ontology: Graph) -> None:
    def reaches_standard(term: URIRef, seen: set[URIRef]) -> bool:
        for link in LINKS:
            for parent in ontology.objects(term, link):
                if not isinstance(parent, URIRef):
                    continue
                if not str(parent).startswith(SAM_NS):
                    return True
                if parent not in seen and reaches_standard(parent, seen | {parent}):
                    return True
        return False

    missing = sorted(t for t in own_terms(ontology) if not reaches_standard(t, {t}))
    assert missing == []


def test_python_vocabulary_matches_the_ontology(ontology: Graph) -> None:
    in_python = {URIRef(SAM_NS + name) for name in SAM.__annotations__}
    assert in_python == own_terms(ontology)
    with pytest.raises(AttributeError):
        _ = SAM.Municipalty  # a typo is an error, not an empty query


def test_concepts_have_labels_and_definitions_in_both_languages(ontology: Graph) -> None:
    concepts = set(ontology.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) > 40
    for concept in concepts:
        assert languages(ontology, concept, SKOS.prefLabel) >= {"sv", "en"}, concept
        assert languages(ontology, concept, SKOS.definition) >= {"sv", "en"}, concept
        assert ontology.value(concept, SKOS.inScheme) is not None, concept


def test_every_sector_named_by_a_class_restriction_exists(ontology: Graph) -> None:
    sectors = set(ontology.objects(None, OWL.hasValue))
    assert sectors
    for sector in sectors:
        assert (sector, RDF.type, SKOS.Concept) in ontology
