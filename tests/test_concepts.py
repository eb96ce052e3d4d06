"""The concepts that new pages of the genre need (issue 13), in the concept schemes."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF, SKOS

from samverkan.load import load_ontology
from samverkan.namespaces import ID, ORG

ONTOLOGY = load_ontology()


@pytest.mark.parametrize(
    ("concept", "scheme", "label_sv"),
    [
        ("finansieringsform/amif", "finansieringsform", "AMIF-medel"),
        ("roll/projektagare", "roll", "projektägare"),
        ("roll/ordforande", "roll", "ordförande"),
        ("aktivitetstyp/informationsmote", "aktivitetstyp", "informationsmöte"),
        ("aktivitetstyp/vanskapsmatchning", "aktivitetstyp", "vänskapsmatchning"),
        ("aktivitetstyp/sprakundervisning", "aktivitetstyp", "språkundervisning"),
        ("aktivitetstyp/simundervisning", "aktivitetstyp", "simundervisning"),
        ("aktivitetstyp/cykelkurs", "aktivitetstyp", "cykelkurs"),
        ("aktivitetstyp/datorkurs", "aktivitetstyp", "datorkurs"),
        ("aktivitetstyp/korkortsteori", "aktivitetstyp", "körkortsteori"),
        ("aktivitetstyp/cv-skrivning", "aktivitetstyp", "cv-skrivning"),
        ("tema/halsa", "tema", "hälsa"),
        ("tema/sprak", "tema", "språk"),
        ("stodform/lokaler", "stodform", "lokaler"),
        ("stodform/personal", "stodform", "personal"),
        ("stodform/kontakter", "stodform", "kontakter"),
    ],
)
def test_new_concept_in_its_scheme(concept: str, scheme: str, label_sv: str) -> None:
    iri = ID[concept]
    assert ONTOLOGY.value(iri, SKOS.inScheme) == ID[scheme]
    labels = {(str(v), v.language) for v in ONTOLOGY.objects(iri, SKOS.prefLabel)}
    assert (label_sv, "sv") in labels
    assert {lang for _l, lang in labels} == {"sv", "en"}
    definitions = {v.language for v in ONTOLOGY.objects(iri, SKOS.definition)}
    assert definitions == {"sv", "en"}
    if scheme == "roll":
        assert (iri, RDF.type, ORG.Role) in ONTOLOGY  # usable as org:role
