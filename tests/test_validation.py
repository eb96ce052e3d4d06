"""SHACL shapes: what a complete record is, with messages in Swedish and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from samverkan.errors import SamverkanError
from samverkan.load import load_ontology
from samverkan.paths import project_dir
from samverkan.validate import load_shapes, validate

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


# --- The SPARQL validator against pySHACL, the reference ---------------------------------

PLANTED = """
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<planted/unit> a org:OrganizationalUnit ; rdfs:label "Unit"@en ; sam:evidence <planted/unit> .
<planted/group> a sam:CivilSocietyGroup ; rdfs:label "grupp"@sv .
<planted/membership> a org:Membership ; org:organization <planted/unit> , <planted/group> .
<planted/department> a sam:Department ; rdfs:label "f"@sv ;
    org:unitOf <kommun/1281> , <planted/unit> .
<planted/post> a org:Post ; rdfs:label "t"@sv ; org:heldBy <planted/unit> .
<planted/person> a foaf:Person ; foaf:name "A"@sv , "B" ;
    foaf:phone "046-00 00 00" ; schema:email "a@example.org" .
<planted/funding> a sam:Funding .
<planted/dated> schema:startDate "2020" , "2021"^^xsd:gYear ; schema:endDate 2022 .
<planted/annotation> a oa:Annotation ; oa:hasTarget [
    oa:hasSource <planted/unit> ;
    oa:hasSelector [ oa:exact "%s"@sv ; oa:start "1" ] ] .
<planted/document> a sam:SourceDocument ; sam:sha256 "ABC" .
<planted/municipality> a sam:Municipality ; sam:municipalityCode "12" ;
    sam:county <planted/unit> ; rdfs:label "K"@en .
<planted/initiative> a sam:Initiative ; rdfs:label "i"@sv .
<planted/planned> sam:plannedAsOf "2020" , "2021-01-01"^^xsd:date ;
    sam:ongoingAsOf "2020-01-01"^^xsd:date .
<planted/season> sam:startSeason <planted/unit> ; sam:endSeason <sasong/host> , <planted/unit> .
<planted/retrieved> sam:retrievedOn "igår" .
<planted/support> a sam:Support ; sam:supportKind <planted/unit> .
<planted/budgeted> sam:totalBudget <planted/unit> , <planted/budget> .
<planted/budget> schema:value "x" ; schema:currency "kr" .
<planted/agencyunit> a sam:AgencyUnit ; org:unitOf <kommun/1281> .
<planted/region> a sam:Region ; sam:county <planted/unit> ; rdfs:label "R"@en .
""" % ("x" * 301)


def _key(r: object) -> tuple[str, ...]:
    return (r.severity, r.focus, r.path, r.value, r.message_sv, r.message_en, r.shape)


def _every_message(shapes: Graph) -> set[str]:
    from samverkan.namespaces import SH

    return {str(m) for m in shapes.objects(None, SH.message) if m.language == "en"}


def _union(graph_dir: Path) -> Graph:
    from samverkan.load import load_sources
    from samverkan.reason import infer

    sources = load_sources(graph_dir)
    asserted = sources.asserted()
    union = Graph()
    for graph in [*asserted, infer(asserted, ontology=sources.ontology)]:
        union += graph
    return union


@pytest.fixture(scope="module")
def synthetic_union(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    from samverkan.synth import synthesize

    work = tmp_path_factory.mktemp("synth")
    synthesize(2, seed=3, graph_dir=work / "graph", corpus_dir=work / "corpus")
    return _union(work / "graph")


def test_sparql_validator_equals_pyshacl_on_the_seed_graph() -> None:
    union = _union(project_dir("graph"))
    fast = validate(union, engine="sparql")
    reference = validate(union, engine="pyshacl")
    assert not [r for r in reference if r.severity == "Violation"]
    assert len([r for r in reference if r.severity == "Warning"]) >= 5  # the seed has some
    assert sorted(map(_key, fast)) == sorted(map(_key, reference))


def test_sparql_validator_equals_pyshacl_on_a_clean_synthetic_graph(
    synthetic_union: Graph,
) -> None:
    fast = validate(synthetic_union, engine="sparql")
    reference = validate(synthetic_union, engine="pyshacl")
    assert sorted(map(_key, fast)) == sorted(map(_key, reference))


def test_sparql_validator_equals_pyshacl_on_every_planted_violation(
    synthetic_union: Graph,
) -> None:
    data = Graph() + synthetic_union
    data.parse(data=PREFIXES + PLANTED, format="turtle")
    fast = validate(data, engine="sparql")
    reference = validate(data, engine="pyshacl")
    assert sorted(map(_key, fast)) == sorted(map(_key, reference))
    # every shape of required.ttl, recommended.ttl and intake.ttl (each message) fails at
    # least once (sh:in and sh:targetSubjectsOf included)
    shapes = load_shapes()
    assert {r.message_en for r in reference} == _every_message(shapes)
    planted = [r for r in fast if "/planted/" in r.focus]
    assert {r.severity for r in planted} == {"Violation", "Warning"}
    paths = {r.path for r in planted}
    assert "(<http://xmlns.com/foaf/0.1/phone>|<http://xmlns.com/foaf/0.1/mbox>|" in "".join(paths)
    assert "(<http://www.w3.org/ns/oa#hasTarget>/<http://www.w3.org/ns/oa#hasSource>)" in paths


def test_both_validators_read_a_store_as_the_union_of_its_graphs(synthetic_union: Graph) -> None:
    import pyoxigraph as ox

    from samverkan.shacl_sparql import to_store

    data = Graph().parse(data=PREFIXES + PLANTED, format="turtle")
    store = to_store(synthetic_union)
    store.load(input=PREFIXES + PLANTED, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:g"))
    from_store = [(r.focus, r.message_en) for r in validate(store) if "/planted/" in r.focus]
    from_graph = validate(synthetic_union + data, engine="pyshacl")
    assert from_store == [(r.focus, r.message_en) for r in from_graph if "/planted/" in r.focus]
    assert len(from_store) > 20


def test_sparql_validator_refuses_a_constraint_it_does_not_compile() -> None:
    shapes = load_shapes()
    shapes.parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:property [ sh:path <urn:p> ; sh:minLength 3 ] .""",
        format="turtle",
    )
    with pytest.raises(SamverkanError, match="minLength"):
        validate(Graph(), shapes, engine="sparql")
    with pytest.raises(SamverkanError, match="unknown validation engine"):
        validate(Graph(), engine="fast")
