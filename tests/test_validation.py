"""SHACL shapes: what a complete record is, with messages in Swedish and English."""

from __future__ import annotations

from rdflib import Graph

from samverkan.load import load_ontology
from samverkan.validate import validate

PREFIXES = """
@base <https://w3id.org/samverkan/id/> .
@prefix sam: <https://w3id.org/samverkan/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def violations(turtle: str) -> dict[str, set[str]]:
    data = Graph().parse(data=PREFIXES + turtle, format="turtle")
    data += load_ontology()
    found: dict[str, set[str]] = {}
    for r in validate(data):
        if r.severity == "Violation":
            assert r.message_sv and r.message_en
            found.setdefault(r.focus.removeprefix("https://w3id.org/samverkan/id/"), set()).add(
                r.message_en
            )
    return found


def test_department_is_a_unit_of_exactly_one_municipality() -> None:
    found = violations(
        """<kommun/1281/x> a sam:Department ; rdfs:label "x"@sv ;
           org:unitOf <kommun/1281> , <kommun/1262> ."""
    )
    assert (
        "A department is a unit of exactly one municipality (org:unitOf)." in found["kommun/1281/x"]
    )


def test_every_stated_thing_has_evidence_and_a_swedish_label() -> None:
    found = violations("""<initiativ/y> a sam:Network ; rdfs:label "y"@en .""")
    assert found["initiativ/y"] >= {
        "Has no Swedish label (rdfs:label with @sv).",
        "Has no evidence: sam:evidence with an oa:Annotation that quotes the source.",
    }


def test_person_has_name_only() -> None:
    found = violations(
        """<person/p> a foaf:Person ; foaf:name "P" ; schema:telephone "046-00 00 00" ."""
    )
    assert "Personal data: no phone numbers or e-mail addresses." in found["person/p"]


def test_dates_have_a_date_type() -> None:
    found = violations("""<initiativ/z> schema:startDate "mars 2017" .""")
    assert "A start date is an xsd:gYear, xsd:gYearMonth or xsd:date." in found["initiativ/z"]


def test_funding_needs_something_funded() -> None:
    found = violations("""<finansiering/f> a sam:Funding ; sam:funder <lansstyrelse/12> .""")
    assert "A funding has a recipient or something funded." in found["finansiering/f"]
