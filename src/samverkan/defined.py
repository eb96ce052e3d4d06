"""No undefined IRI: every IRI a document uses in the data namespace is defined somewhere.

An IRI under ``https://w3id.org/samverkan/id/`` is *defined* when some graph of the build
types it and labels it: the reference data (municipalities, counties, county boards), the
ontology and its concept schemes, the registry of shared actors, or a document. Relation
nodes (memberships, fundings, evidence annotations, quantities) need a type only. A typo
such as ``<kommun/0185>``, ``<lansstyrelse/1>`` or ``<malgrupp/nyanlande>`` would otherwise
pass the build silently and drop a tie from the network; here it is an error that names the
file, the line and the IRIs the author probably meant.

Examples
--------
>>> from rdflib import Graph
>>> from samverkan.load import load_ontology, load_reference
>>> context = [load_ontology(), load_reference()]
>>> doc = Graph().parse(format="turtle", data='''
... @base <https://w3id.org/samverkan/id/> .
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... <initiativ/x> sam:targetGroup <malgrupp/nyanlande> ; sam:municipality <kommun/1281> .
... ''')
>>> [str(u.iri) for u in undefined_iris(doc, context + [doc])]
['https://w3id.org/samverkan/id/initiativ/x', 'https://w3id.org/samverkan/id/malgrupp/nyanlande']
>>> suggest(URIRef(ID["malgrupp/nyanlande"]), context)
['<malgrupp/nyanlanda> (nyanlända)']
>>> suggest(URIRef(ID["lansstyrelse/1"]), context)[0]
'<lansstyrelse/01> (Länsstyrelsen i Stockholms län)'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from samverkan.errors import SamverkanError, line_of
from samverkan.namespaces import DCTERMS, FOAF, ID, OA, ORG, PROV, RDF, RDFS, SAM, SCHEMA, SKOS
from samverkan.turtle import as_triples

__all__ = [
    "RELATION_CLASSES",
    "DefinedIndex",
    "Undefined",
    "defined_iris",
    "misplaced_definitions",
    "require_defined",
    "suggest",
    "undefined_in",
    "undefined_iris",
    "used_iris",
]

_ID = str(ID)
_LABELS = (RDFS.label, SKOS.prefLabel, DCTERMS.title, FOAF.name)
_LABEL_RANK = {str(p): i for i, p in enumerate(_LABELS)}
_TYPE = str(RDF.type)

#: Classes of relation nodes, which need a type but no label.
RELATION_CLASSES = frozenset(
    {
        OA.Annotation,
        OA.SpecificResource,
        ORG.Membership,
        SAM.Funding,
        SCHEMA.QuantitativeValue,
        PROV.Association,
    }
)

_RELATION_IRIS = frozenset(str(c) for c in RELATION_CLASSES)

_REFERENCE_PREFIXES = ("kommun", "lan", "lansstyrelse", "region")
_CONCEPT_PREFIXES = (
    "sektor",
    "malgrupp",
    "tema",
    "aktivitetstyp",
    "roll",
    "finansieringsform",
    "sidtyp",
    "sasong",
)


def _local(iri: URIRef) -> str:
    return str(iri)[len(_ID) :]


@dataclass(frozen=True)
class Undefined:
    """An IRI of the data namespace that no graph defines, where it is used, and the fix."""

    iri: URIRef
    reason: str
    path: Path | None = None
    line: int | None = None
    suggestions: tuple[str, ...] = ()

    @property
    def fix(self) -> str:
        """What to do about it, in one sentence."""
        local = _local(self.iri)
        head = local.split("/", 1)[0]
        meant = ""
        if self.suggestions:
            meant = "did you mean " + " or ".join(self.suggestions) + "? "
        if head in _REFERENCE_PREFIXES and local.count("/") == 1:
            return meant + (
                "municipalities, counties, county boards and regions come from the official "
                "codes in reference/municipalities.csv, counties.csv and regions.csv"
            )
        if head in _CONCEPT_PREFIXES:
            return meant + "a new concept goes into ontology/concepts.ttl (docs/modelling.md)"
        return meant + (
            "otherwise define it with a type and rdfs:label in this file, or in "
            "reference/registry.ttl when several documents share it"
        )

    def message(self) -> str:
        """The whole message without the place."""
        return f"<{_local(self.iri)}> {self.reason}; {self.fix}"

    def __str__(self) -> str:
        return str(SamverkanError(self.message(), self.path, self.line))


class DefinedIndex:
    """What a set of graphs types and labels, read in one pass over their triples.

    The incremental build keeps one for the unchanged graphs and checks only the changed
    documents against it (see :func:`undefined_in`).

    Parameters
    ----------
    graphs : iterable
        rdflib graphs or lists of pyoxigraph triples.

    Attributes
    ----------
    typed : dict
        Each IRI of the data namespace to the classes some graph gives it.
    labels : dict
        Each IRI to its labels (graph number, rank of the property, language, text).
    defined : set of str
        The IRIs that are defined: typed as a relation, or labelled.

    Examples
    --------
    >>> from samverkan.load import load_reference
    >>> index = DefinedIndex([load_reference()])
    >>> str(ID["kommun/1281"]) in index.defined
    True
    >>> index.label(str(ID["kommun/1281"]))
    'Lunds kommun'
    """

    def __init__(self, graphs: Iterable[Graph | list]) -> None:
        self.typed: dict[str, set[str]] = {}
        self.labels: dict[str, list[tuple[int, int, str, str]]] = {}
        for number, graph in enumerate(graphs):
            for s, p, o in as_triples(graph):
                if not isinstance(s, ox.NamedNode) or not s.value.startswith(_ID):
                    continue
                prop = p.value
                if prop == _TYPE:
                    self.typed.setdefault(s.value, set()).add(o.value)
                elif prop in _LABEL_RANK:
                    language = getattr(o, "language", None) or ""
                    self.labels.setdefault(s.value, []).append(
                        (number, _LABEL_RANK[prop], language, o.value)
                    )
        self.defined = {
            iri
            for iri, classes in self.typed.items()
            if not classes.isdisjoint(_RELATION_IRIS) or iri in self.labels
        }

    def label(self, iri: str) -> str:
        """The IRI's label: Swedish first, then the first graph's, else ``""``."""
        found = sorted(self.labels.get(iri, ()), key=lambda c: (c[0], c[1]))
        swedish = [c for c in found if c[2] == "sv"]
        return (swedish or found or [(0, 0, "", "")])[0][3]


def _index(graphs: Iterable[Graph | list] | DefinedIndex) -> DefinedIndex:
    return graphs if isinstance(graphs, DefinedIndex) else DefinedIndex(graphs)


def defined_iris(graphs: Iterable[Graph | list]) -> set[URIRef]:
    """IRIs of the data namespace that some graph types and (unless a relation) labels.

    Parameters
    ----------
    graphs : iterable
        rdflib graphs or lists of pyoxigraph triples.

    Examples
    --------
    >>> from samverkan.load import load_reference
    >>> ID["kommun/1281"] in defined_iris([load_reference()])
    True
    """
    return {URIRef(iri) for iri in _index(graphs).defined}


def used_iris(triples: list) -> set[str]:
    """Every IRI of the data namespace that the triples use as subject or object.

    Parameters
    ----------
    triples : list of pyoxigraph triples

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> t = ox.Triple(ox.NamedNode(str(ID["kommun/1281"])), ox.NamedNode(str(RDFS.label)),
    ...               ox.Literal("Lund"))
    >>> sorted(used_iris([t]))
    ['https://w3id.org/samverkan/id/kommun/1281']
    """
    used = set()
    for s, _p, o in triples:
        for term in (s, o):
            if isinstance(term, ox.NamedNode) and term.value.startswith(_ID):
                used.add(term.value)
    return used


def undefined_iris(
    graph: Graph | list,
    context: Sequence[Graph | list],
    path: Path | None = None,
    *,
    defined: set[URIRef] | None = None,
) -> list[Undefined]:
    """Every IRI of the data namespace that ``graph`` uses and ``context`` does not define.

    Parameters
    ----------
    graph : rdflib.Graph or list of pyoxigraph triples
        One document's graph.
    context : sequence of rdflib.Graph or of lists of pyoxigraph triples
        Every graph of the build (ontology, reference, registry, documents), ``graph``
        included.
    path : Path, optional
        The Turtle file of ``graph``: each result gets the line that first names the IRI.
    defined : set, optional
        Ignored (kept for callers that computed :func:`defined_iris` already): the
        context is read once either way.

    Returns
    -------
    list of Undefined
        Sorted by line, then IRI.
    """
    return undefined_in(as_triples(graph), _index(context), path)


def undefined_in(triples: list, index: DefinedIndex, path: Path | None) -> list[Undefined]:
    """:func:`undefined_iris` against an index already built (see :class:`DefinedIndex`).

    Parameters
    ----------
    triples : list of pyoxigraph triples
        One document's triples.
    index : DefinedIndex
        What every graph of the build defines.
    path : Path or None
        The document's Turtle file, for the line of each IRI.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> from samverkan.load import load_reference
    >>> t = ox.Triple(ox.NamedNode(str(ID["org/ingen"])), ox.NamedNode(str(RDFS.label)),
    ...               ox.Literal("Ingen"))
    >>> [u.reason[:29] for u in undefined_in([t], DefinedIndex([load_reference()]), None)]
    ['is not defined in any graph (']
    """
    found = []
    for iri in sorted(used_iris(triples) - index.defined):
        typed = iri in index.typed
        reason = (
            "has a type but no label (rdfs:label)"
            if typed
            else "is not defined in any graph (reference data, ontology, concept schemes, "
            "registry or a document)"
        )
        line = None
        if path is not None:
            line = line_of(path, f"<{iri[len(_ID) :]}>") or line_of(path, iri)
        found.append(
            Undefined(
                URIRef(iri), reason, path, line, () if typed else tuple(suggest(URIRef(iri), index))
            )
        )
    return sorted(found, key=lambda u: (u.line or 0, str(u.iri)))


def suggest(
    iri: URIRef, graphs: Sequence[Graph | list] | DefinedIndex, *, limit: int = 5
) -> list[str]:
    """Defined IRIs close to ``iri``, each as ``<local> (label)``.

    A number padded with zeros (``lansstyrelse/1`` -> ``lansstyrelse/01``) comes first; a
    municipality code is matched against the official codes one digit away; anything else
    against the IRIs of the same kind (``malgrupp/...``) by similarity of spelling.

    Examples
    --------
    >>> from samverkan.load import load_reference
    >>> for line in suggest(ID["kommun/0185"], [load_reference()], limit=3):
    ...     print(line)
    <kommun/0180> (Stockholms stad)
    <kommun/0181> (Södertälje kommun)
    <kommun/0182> (Nacka kommun)
    """
    index = _index(graphs)
    defined = index.defined
    local = _local(iri)
    head, _, rest = local.partition("/")
    found: list[str] = []
    parts = local.split("/")
    for width in (2, 4):
        padded = "/".join(p.zfill(width) if p.isdigit() else p for p in parts)
        candidate = _ID + padded
        if padded != local and candidate in defined and candidate not in found:
            found.append(candidate)
    siblings = sorted(d for d in defined if d[len(_ID) :].split("/", 1)[0] == head)
    if head == "kommun" and rest.isdigit() and len(rest) == 4:
        near = []
        for sibling in siblings:
            code = sibling[len(_ID) :].split("/", 1)[1]
            if len(code) != 4:
                continue
            differ = [i for i, (a, b) in enumerate(zip(code, rest, strict=True)) if a != b]
            if len(differ) == 1:
                near.append((-differ[0], code, sibling))
        found += [sibling for _i, _c, sibling in sorted(near)]
    names = {s[len(_ID) :].partition("/")[2]: s for s in siblings}
    for match in difflib.get_close_matches(rest, list(names), n=limit, cutoff=0.75):
        if names[match] not in found:
            found.append(names[match])
    return [_named(f, index) for f in found[:limit]]


def _named(iri: str, index: DefinedIndex) -> str:
    label = index.label(iri)
    return f"<{iri[len(_ID) :]}>" + (f" ({label})" if label else "")


def misplaced_definitions(graph: Graph | list, path: Path | None = None) -> list[Undefined]:
    """IRIs that a document types but that belong elsewhere.

    Concepts (``<malgrupp/...>``, ``<tema/...>``, ``<finansieringsform/...>``, ...) live in
    the concept schemes, ``ontology/concepts.ttl``; municipalities, counties and county
    boards in the reference data. A document that types one of them (even with evidence)
    would define a concept or a municipality for itself alone.

    Examples
    --------
    >>> g = Graph().parse(format="turtle", data='''
    ... @base <https://w3id.org/samverkan/id/> .
    ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... <finansieringsform/amif> a skos:Concept .
    ... ''')
    >>> found = misplaced_definitions(g)
    >>> "move its type, labels and definition to ontology/concepts.ttl" in found[0].message()
    True
    """
    found = []
    typed = {
        t.subject.value
        for t in as_triples(graph)
        if t.predicate.value == _TYPE and isinstance(t.subject, ox.NamedNode)
    }
    for iri in sorted(URIRef(s) for s in typed):
        if not str(iri).startswith(_ID):
            continue
        local = _local(iri)
        head = local.split("/", 1)[0]
        if head in _CONCEPT_PREFIXES:
            reason = (
                "is a concept and is defined in a document; concepts are shared by every "
                "document: move its type, labels and definition to ontology/concepts.ttl"
            )
        elif head in _REFERENCE_PREFIXES and local.count("/") == 1:
            reason = (
                "is reference data and is defined in a document; use the official code "
                "from reference/municipalities.csv or reference/counties.csv instead"
            )
        else:
            continue
        line = None
        if path is not None:
            line = line_of(path, f"<{local}> a ") or line_of(path, f"<{local}>")
        found.append(_Misplaced(iri, reason, path, line))
    return found


@dataclass(frozen=True)
class _Misplaced(Undefined):
    def message(self) -> str:
        return f"<{_local(self.iri)}> {self.reason}"


def require_defined(sources: object) -> None:
    """Raise on the first document that uses an undefined IRI, naming file, line and fix.

    Parameters
    ----------
    sources : samverkan.load.Sources
        What the build loaded.

    Raises
    ------
    SamverkanError
        For the first undefined IRI (by file, then line), saying how many more there are.
    """
    triples = getattr(sources, "triples", None)
    if triples is None:  # anything with rdflib graphs and files
        triples = {i: g for i, g in enumerate(sources.asserted())}
        documents = sources.documents
    else:
        documents = sources.document_triples
    index = DefinedIndex(triples.values())
    problems: list[Undefined] = []
    for doc in sorted(documents):
        graph = as_triples(documents[doc])
        problems += misplaced_definitions(graph, sources.files[doc])
        problems += undefined_in(graph, index, sources.files[doc])
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more undefined IRIs)" if len(problems) > 1 else ""
        raise SamverkanError(first.message() + more, first.path, first.line)
