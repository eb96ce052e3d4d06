"""Namespaces, fixed IRIs and the names of the named graphs: the one place for every IRI.

No other module of the package writes an IRI of a vocabulary as a string (a test in
``tests/test_architecture.py`` greps for them). ``SAM`` is a closed vocabulary (rdflib
``DefinedNamespace`` with ``_fail = True``): a mistyped term is an error at import, not an
empty query result. The test suite checks that every term listed here is defined in
``ontology/samverkan.ttl`` and the other way round. ORG, PROV, FOAF, SKOS, DCTERMS, SH, RDF,
RDFS and OWL are rdflib's closed namespaces too; schema.org and Web Annotation (``OA``) are
open ``Namespace``s (rdflib's schema.org is not closed and it has no Web Annotation), and XSD
and OWL-Time are rdflib's open ones.

Examples
--------
>>> from samverkan.namespaces import SAM, ID, municipality_iri
>>> str(SAM.Municipality)
'https://w3id.org/samverkan/ontology#Municipality'
>>> str(municipality_iri("1281"))
'https://w3id.org/samverkan/id/kommun/1281'
>>> ORG.memberOff
Traceback (most recent call last):
...
AttributeError: term 'memberOff' not in namespace 'http://www.w3.org/ns/org#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SH,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

__all__ = [
    "BASE",
    "DCTERMS",
    "DOCUMENT_PREFIX",
    "FOAF",
    "ID",
    "INDEX_GRAPH",
    "INFERRED_GRAPH",
    "LABEL_PROPERTIES",
    "OA",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "REFERENCE_GRAPH",
    "REGISTRY_GRAPH",
    "SAM",
    "SCHEMA",
    "SECTOR_PREFIX",
    "SH",
    "SKOS",
    "TIME",
    "XSD",
    "county_board_iri",
    "county_iri",
    "document_iri",
    "municipality_iri",
    "region_iri",
    "sparql_prefixes",
]

#: Everything of the project lives under this IRI (ontology, data, named graphs).
BASE = "https://w3id.org/samverkan/"
ONTOLOGY_IRI = BASE + "ontology"


class SAM(DefinedNamespace):
    """The samverkan ontology (``https://w3id.org/samverkan/ontology#``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Municipality: URIRef
    County: URIRef
    StateAgency: URIRef
    CountyAdministrativeBoard: URIRef
    Region: URIRef
    AgencyUnit: URIRef
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
    Support: URIRef
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
    totalBudget: URIRef
    replacedBy: URIRef
    receivesFunding: URIRef
    fundedThrough: URIRef
    supporter: URIRef
    supported: URIRef
    supportKind: URIRef
    givesSupport: URIRef
    receivesSupport: URIRef
    ongoingAsOf: URIRef
    plannedAsOf: URIRef
    retrievedOn: URIRef
    startSeason: URIRef
    endSeason: URIRef
    quantity: URIRef
    evidence: URIRef
    sha256: URIRef
    fileName: URIRef
    reviewStatus: URIRef
    cooperatesWith: URIRef
    coMemberOf: URIRef
    fundedBy: URIRef
    hostsPostFundedBy: URIRef
    sharesPostHolderWith: URIRef
    supportedBy: URIRef
    namedIn: URIRef


ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")

#: IRIs of the source documents (and their named graphs) start with this.
DOCUMENT_PREFIX = ID["dokument/"]
#: IRIs of the sector concepts start with this.
SECTOR_PREFIX = ID["sektor/"]

ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI)
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
REGISTRY_GRAPH = URIRef(BASE + "graph/registry")
INFERRED_GRAPH = URIRef(BASE + "graph/inferred")
#: Derived by the build after reasoning, for the queries: the documents that name each actor
#: (``sam:namedIn``, :mod:`samverkan.index`).
INDEX_GRAPH = URIRef(BASE + "graph/index")

#: The namespace of inline SVG drawings (an XML namespace, not a vocabulary).
SVG_NS = "http://www.w3.org/2000/svg"

#: The properties that name a resource, best first (see :func:`samverkan.terms.pick_label`).
LABEL_PROPERTIES = (RDFS.label, SKOS.prefLabel, FOAF.name, DCTERMS.title)

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
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "time": str(TIME),
}


def sparql_prefixes(*names: str) -> str:
    """``PREFIX`` lines for the given prefixes of :data:`PREFIXES` (all when none is given).

    Examples
    --------
    >>> print(sparql_prefixes("org", "foaf"), end="")
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    """
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names or PREFIXES)


def municipality_iri(code: str) -> URIRef:
    """IRI of the municipality with the official four-digit ``code``."""
    return ID[f"kommun/{code}"]


def county_iri(code: str) -> URIRef:
    """IRI of the county with the official two-digit ``code``."""
    return ID[f"lan/{code}"]


def county_board_iri(code: str) -> URIRef:
    """IRI of the county administrative board of the county with ``code``."""
    return ID[f"lansstyrelse/{code}"]


def region_iri(code: str) -> URIRef:
    """IRI of the region (the county-level self-governing body) of the county with ``code``."""
    return ID[f"region/{code}"]


def document_iri(stem: str) -> URIRef:
    """IRI (and named-graph name) of the source document whose file is ``stem + '.txt'``."""
    return ID[f"dokument/{stem}"]
