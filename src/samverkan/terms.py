"""RDF terms between rdflib and pyoxigraph, and the one rule for a resource's label.

rdflib is the Python-side API (loading, reasoning, SHACL); pyoxigraph is the store and the
TriG writer. :func:`to_ox` and :func:`to_rdflib` are the only converters between the two.
:func:`pick_label` is the only rule for which of a resource's names to show: the query
library's label columns and the network projections both use it.

Examples
--------
>>> from rdflib import Literal, URIRef
>>> to_ox(Literal("Lunds kommun", lang="sv"))
<Literal value=Lunds kommun language=sv>
>>> to_rdflib(to_ox(URIRef("https://w3id.org/samverkan/id/kommun/1281")))
rdflib.term.URIRef('https://w3id.org/samverkan/id/kommun/1281')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import BNode, Literal, URIRef

from samverkan.errors import SamverkanError
from samverkan.namespaces import LABEL_PROPERTIES

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

__all__ = ["label_rank", "pick_label", "to_ox", "to_rdflib"]

_PROPERTY_RANK = {str(p): i for i, p in enumerate(LABEL_PROPERTIES)}


def to_ox(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term of an rdflib term.

    Raises
    ------
    SamverkanError
        For anything that is not an IRI, a blank node or a literal.

    Examples
    --------
    >>> from rdflib import Literal
    >>> from samverkan.namespaces import XSD
    >>> to_ox(Literal("2017", datatype=XSD.gYear))
    <Literal value=2017 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>

    See Also
    --------
    to_rdflib : the other way.
    """
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise SamverkanError(f"unsupported RDF term {term!r}")


def to_rdflib(term: object) -> URIRef | BNode | Literal:
    """The rdflib term of a pyoxigraph term.

    Raises
    ------
    SamverkanError
        For anything that is not an IRI, a blank node or a literal.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> to_rdflib(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    rdflib.term.Literal('3', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))

    See Also
    --------
    to_ox : the other way.
    """
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise SamverkanError(f"unsupported RDF term {term!r}")


def label_rank(prop: str, lang: str, value: str, prefer: str = "sv") -> tuple[int, int, str]:
    """Sort key of a candidate label: lower is better.

    The language comes first (``prefer``, then the other of Swedish and English, then
    untagged, then any other language), then the property in the order of
    :data:`samverkan.namespaces.LABEL_PROPERTIES` (``rdfs:label``, ``skos:prefLabel``,
    ``foaf:name``, ``dcterms:title``), then the text itself, so that the choice never
    depends on the order in which a store returns the candidates.

    Examples
    --------
    >>> from samverkan.namespaces import RDFS, SKOS
    >>> english = label_rank(str(RDFS.label), "en", "Lund Municipality")
    >>> english < label_rank(str(SKOS.prefLabel), "", "Lund")
    True
    """
    other = "en" if prefer == "sv" else "sv"
    lang_rank = {prefer: 0, other: 1, "": 2}.get(lang, 3)
    return (lang_rank, _PROPERTY_RANK.get(prop, len(_PROPERTY_RANK)), value)


def pick_label(candidates: Iterable[tuple[str, str, str]], prefer: str = "sv") -> str | None:
    """The label to show for a resource, from its ``(property IRI, language, text)`` names.

    Parameters
    ----------
    candidates : iterable of (str, str, str)
        Every name of the resource: the property that gives it, its language tag (``""``
        when untagged) and its text.
    prefer : str
        The language to show (``"sv"`` or ``"en"``).

    Returns
    -------
    str or None
        The best candidate by :func:`label_rank`, or None when there is none.

    Examples
    --------
    >>> from samverkan.namespaces import FOAF, RDFS
    >>> names = [(str(RDFS.label), "en", "Lund Municipality"),
    ...          (str(RDFS.label), "sv", "Lunds kommun"), (str(FOAF.name), "", "Lund")]
    >>> pick_label(names), pick_label(names, prefer="en")
    ('Lunds kommun', 'Lund Municipality')
    >>> pick_label([]) is None
    True
    """
    best = min(candidates, key=lambda c: label_rank(*c, prefer=prefer), default=None)
    return None if best is None else best[2]
