"""Namespaces and the names of the named graphs.

``SAM`` is a closed vocabulary (rdflib ``DefinedNamespace`` with ``_fail = True``): a
mistyped term is an error at import, not an empty query result. The test suite checks that
every term listed here is defined in ``ontology/samverkan.ttl`` and the other way round.

Examples
--------
>>> from samverkan.namespaces import SAM, ID, municipality_iri
>>> str(SAM.Municipality)
'https://w3id.org/samverkan/ontology#Municipality'
>>> str(municipality_iri("1281"))
'https://w3id.org/samverkan/id/kommun/1281'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "DCTERMS",
    "FOAF",
    "ID",
    "INFERRED_GRAPH",
    "OA",
    "ONTOLOGY_GRAPH",
    "ORG",
    "PREFIXES",
    "PROV",
    "REFERENCE_GRAPH",
    "REGISTRY_GRAPH",
    "SAM",
    "SCHEMA",
    "SKOS",
    "county_board_iri",
    "county_iri",
    "document_iri",
    "municipality_iri",
]

ONTOLOGY_IRI = "https://w3id.org/samverkan/ontology"


class SAM(DefinedNamespace):
    """The samverkan ontology (``https://w3id.org/samverkan/ontology#``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Municipality: URIRef
    County: URIRef
    StateAgency: URIRef
    CountyAdministrativeBoard: URIRef
    Department: URIRef
    CentralAdministration: URIRef
    MunicipalUnit: URIRef
    MunicipalAssociation: URIRef
    MunicipalCompany: URIRef
    EUFund: URIRef
    PrivateCompany: URIRef
    CivilSocietyOrganization: URIRef
    CivilSocietyGroup: URIRef
    Collaboration: URIRef
    Network: URIRef
    WorkingGroup: URIRef
    MeetingPlace: URIRef
    Initiative: URIRef
    Project: URIRef
    Activity: URIRef
    Training: URIRef
    Survey: URIRef
    Plan: URIRef
    CollaborationModel: URIRef
    Publication: URIRef
    CoordinatorPost: URIRef
    Funding: URIRef
    SourceDocument: URIRef
    # properties
    sector: URIRef
    targetGroup: URIRef
    theme: URIRef
    activityType: URIRef
    pageKind: URIRef
    municipality: URIRef
    county: URIRef
    municipalityCode: URIRef
    countyCode: URIRef
    hasMembership: URIRef
    hostedBy: URIRef
    funder: URIRef
    recipient: URIRef
    fundedItem: URIRef
    fundingScheme: URIRef
    amount: URIRef
    replacedBy: URIRef
    receivesFunding: URIRef
    fundedThrough: URIRef
    ongoingAsOf: URIRef
    plannedAsOf: URIRef
    retrievedOn: URIRef
    startSeason: URIRef
    endSeason: URIRef
    quantity: URIRef
    evidence: URIRef
    sha256: URIRef
    fileName: URIRef
    cooperatesWith: URIRef
    coMemberOf: URIRef
    fundedBy: URIRef
    hostsPostFundedBy: URIRef
    sharesPostHolderWith: URIRef


ID = Namespace("https://w3id.org/samverkan/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI)
REFERENCE_GRAPH = URIRef("https://w3id.org/samverkan/graph/reference")
REGISTRY_GRAPH = URIRef("https://w3id.org/samverkan/graph/registry")
INFERRED_GRAPH = URIRef("https://w3id.org/samverkan/graph/inferred")

PREFIXES: dict[str, str] = {
    "sam": str(SAM._NS),
    "id": str(ID),
    "org": str(ORG),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "time": "http://www.w3.org/2006/time#",
}


def municipality_iri(code: str) -> URIRef:
    """IRI of the municipality with the official four-digit ``code``."""
    return ID[f"kommun/{code}"]


def county_iri(code: str) -> URIRef:
    """IRI of the county with the official two-digit ``code``."""
    return ID[f"lan/{code}"]


def county_board_iri(code: str) -> URIRef:
    """IRI of the county administrative board of the county with ``code``."""
    return ID[f"lansstyrelse/{code}"]


def document_iri(stem: str) -> URIRef:
    """IRI (and named-graph name) of the source document whose file is ``stem + '.txt'``."""
    return ID[f"dokument/{stem}"]
