"""Swedish and English names of the properties from other vocabularies (W3C ORG, Dublin
Core, PROV, schema.org, Web Annotation, FOAF, SKOS, RDF), which carry no Swedish label:
the resource pages name every property in the reader's language; and the address of each
resource's page (:func:`page_path`).

Examples
--------
>>> PROPERTY_NAMES["http://www.w3.org/ns/org#member"]
('medlem', 'member')
"""

from __future__ import annotations

from samverkan.namespaces import DCTERMS, FOAF, ID, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS

__all__ = ["BASE", "PROPERTY_NAMES", "page_path"]

#: Namespace of the resources that get pages.
BASE = str(ID)
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


def page_path(iri: str) -> str | None:
    """The page of ``iri`` relative to the site directory, or None if it gets none.

    Examples
    --------
    >>> page_path("https://w3id.org/samverkan/id/kommun/1281")
    'kommun/1281.html'
    >>> page_path("https://example.org/x") is None, page_path(BASE + "a/../b") is None
    (True, True)
    """
    if not iri.startswith(BASE):
        return None
    parts = iri[len(BASE) :].split("/")
    if not parts or any(not p or p in {".", ".."} or set(p) - _SAFE for p in parts):
        return None
    return "/".join(parts) + ".html"


_ORG = str(ORG)
_DC = str(DCTERMS)
_PROV = str(PROV)
_SCHEMA = str(SCHEMA)
_OA = str(OA)

#: Property IRI -> (Swedish name, English name).
PROPERTY_NAMES: dict[str, tuple[str, str]] = {
    str(RDF.type): ("typ", "type"),
    str(RDFS.label): ("namn", "label"),
    str(RDFS.comment): ("kommentar", "comment"),
    str(SKOS.altLabel): ("annat namn", "alternative name"),
    str(FOAF.name): ("namn", "name"),
    _ORG + "holds": ("innehar", "holds"),
    _ORG + "linkedTo": ("länkad till", "linked to"),
    _ORG + "hasPost": ("har tjänsten", "has post"),
    _ORG + "memberOf": ("medlem av", "member of"),
    _ORG + "hasUnit": ("har enheten", "has unit"),
    _ORG + "hasMember": ("har medlemmen", "has member"),
    _ORG + "postIn": ("tjänst i", "post in"),
    _ORG + "heldBy": ("innehas av", "held by"),
    _ORG + "role": ("roll", "role"),
    _ORG + "organization": ("organisation", "organization"),
    _ORG + "member": ("medlem", "member"),
    _ORG + "unitOf": ("enhet i", "unit of"),
    _DC + "source": ("källa", "source"),
    _DC + "type": ("slag", "type"),
    _DC + "date": ("datum", "date"),
    _DC + "spatial": ("plats", "place"),
    _DC + "subject": ("ämne", "subject"),
    _DC + "audience": ("målgrupp", "audience"),
    _DC + "extent": ("omfattning", "extent"),
    _DC + "isReplacedBy": ("ersatt av", "replaced by"),
    _DC + "identifier": ("identifierare", "identifier"),
    _DC + "title": ("titel", "title"),
    _DC + "references": ("hänvisar till", "references"),
    _DC + "publisher": ("utgivare", "publisher"),
    _DC + "language": ("språk", "language"),
    _DC + "issued": ("utgiven", "issued"),
    _DC + "modified": ("ändrad", "modified"),
    _DC + "isPartOf": ("del av", "part of"),
    _DC + "description": ("beskrivning", "description"),
    _PROV + "wasAssociatedWith": ("knuten till", "associated with"),
    _PROV + "wasDerivedFrom": ("härledd från", "derived from"),
    _PROV + "wasAttributedTo": ("tillskriven", "attributed to"),
    _PROV + "qualifiedAssociation": ("preciserad koppling", "qualified association"),
    _PROV + "hadRole": ("hade rollen", "had role"),
    _PROV + "agent": ("aktör", "agent"),
    _PROV + "used": ("använde", "used"),
    _PROV + "generated": ("gav upphov till", "generated"),
    _PROV + "wasInformedBy": ("byggde på", "informed by"),
    _SCHEMA + "location": ("plats", "location"),
    _SCHEMA + "identifier": ("identifierare", "identifier"),
    _SCHEMA + "funder": ("finansiär", "funder"),
    _SCHEMA + "fundedItem": ("finansierat", "funded item"),
    _SCHEMA + "recipient": ("mottagare", "recipient"),
    _SCHEMA + "startDate": ("startdatum", "start date"),
    _SCHEMA + "endDate": ("slutdatum", "end date"),
    _SCHEMA + "unitText": ("enhet", "unit"),
    _SCHEMA + "minValue": ("minst", "minimum"),
    _SCHEMA + "maxValue": ("högst", "maximum"),
    _SCHEMA + "encodingFormat": ("format", "format"),
    _SCHEMA + "repeatFrequency": ("återkommer", "repeat frequency"),
    _OA + "hasBody": ("innehåll", "body"),
    _OA + "hasSource": ("källa", "source"),
    _OA + "hasSelector": ("väljare", "selector"),
    _OA + "hasTarget": ("mål", "target"),
    _OA + "start": ("start", "start"),
    _OA + "end": ("slut", "end"),
    _OA + "exact": ("exakt text", "exact text"),
}
