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

from rdflib import Graph, URIRef

from samverkan.errors import SamverkanError, line_of
from samverkan.namespaces import DCTERMS, FOAF, ID, OA, ORG, PROV, RDF, RDFS, SAM, SCHEMA, SKOS

__all__ = [
    "RELATION_CLASSES",
    "Undefined",
    "defined_iris",
    "misplaced_definitions",
    "require_defined",
    "suggest",
    "undefined_iris",
]

_ID = str(ID)
_LABELS = (RDFS.label, SKOS.prefLabel, DCTERMS.title, FOAF.name)

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

_REFERENCE_PREFIXES = ("kommun", "lan", "lansstyrelse")
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
                "municipalities, counties and county boards come from the official codes "
                "in reference/municipalities.csv and reference/counties.csv"
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


def _is_labelled(iri: URIRef, graphs: Sequence[Graph]) -> bool:
    return any((iri, p, None) in g for g in graphs for p in _LABELS)


def defined_iris(graphs: Iterable[Graph]) -> set[URIRef]:
    """IRIs of the data namespace that some graph types and (unless a relation) labels.

    Examples
    --------
    >>> from samverkan.load import load_reference
    >>> ID["kommun/1281"] in defined_iris([load_reference()])
    True
    """
    graphs = list(graphs)
    typed: dict[URIRef, set] = {}
    for graph in graphs:
        for s, o in graph.subject_objects(RDF.type):
            if isinstance(s, URIRef) and str(s).startswith(_ID):
                typed.setdefault(s, set()).add(o)
    return {
        iri
        for iri, classes in typed.items()
        if classes & RELATION_CLASSES or _is_labelled(iri, graphs)
    }


def _used(graph: Graph) -> set[URIRef]:
    used = set()
    for s, _p, o in graph:
        for term in (s, o):
            if isinstance(term, URIRef) and str(term).startswith(_ID):
                used.add(term)
    return used


def undefined_iris(
    graph: Graph,
    context: Sequence[Graph],
    path: Path | None = None,
    *,
    defined: set[URIRef] | None = None,
) -> list[Undefined]:
    """Every IRI of the data namespace that ``graph`` uses and ``context`` does not define.

    Parameters
    ----------
    graph : rdflib.Graph
        One document's graph.
    context : sequence of rdflib.Graph
        Every graph of the build (ontology, reference, registry, documents), ``graph``
        included.
    path : Path, optional
        The Turtle file of ``graph``: each result gets the line that first names the IRI.
    defined : set, optional
        :func:`defined_iris` of ``context``, when the caller has it already.

    Returns
    -------
    list of Undefined
        Sorted by line, then IRI.
    """
    defined = defined if defined is not None else defined_iris(context)
    found = []
    for iri in sorted(_used(graph) - defined):
        typed = any((iri, RDF.type, None) in g for g in context)
        reason = (
            "has a type but no label (rdfs:label)"
            if typed
            else "is not defined in any graph (reference data, ontology, concept schemes, "
            "registry or a document)"
        )
        line = None
        if path is not None:
            line = line_of(path, f"<{_local(iri)}>") or line_of(path, str(iri))
        found.append(
            Undefined(iri, reason, path, line, () if typed else tuple(suggest(iri, context)))
        )
    return sorted(found, key=lambda u: (u.line or 0, str(u.iri)))


def _label(iri: URIRef, graphs: Sequence[Graph]) -> str:
    for graph in graphs:
        for p in _LABELS:
            for label in graph.objects(iri, p):
                if getattr(label, "language", None) == "sv":
                    return str(label)
    for graph in graphs:
        for p in _LABELS:
            value = graph.value(iri, p)
            if value is not None:
                return str(value)
    return ""


def _named(iri: URIRef, graphs: Sequence[Graph]) -> str:
    label = _label(iri, graphs)
    return f"<{_local(iri)}>" + (f" ({label})" if label else "")


def suggest(iri: URIRef, graphs: Sequence[Graph], *, limit: int = 5) -> list[str]:
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
    defined = defined_iris(graphs)
    local = _local(iri)
    head, _, rest = local.partition("/")
    found: list[URIRef] = []
    parts = local.split("/")
    for width in (2, 4):
        padded = "/".join(p.zfill(width) if p.isdigit() else p for p in parts)
        candidate = URIRef(_ID + padded)
        if padded != local and candidate in defined and candidate not in found:
            found.append(candidate)
    siblings = sorted(d for d in defined if _local(d).split("/", 1)[0] == head)
    if head == "kommun" and rest.isdigit() and len(rest) == 4:
        near = []
        for sibling in siblings:
            code = _local(sibling).split("/", 1)[1]
            if len(code) != 4:
                continue
            differ = [i for i, (a, b) in enumerate(zip(code, rest, strict=True)) if a != b]
            if len(differ) == 1:
                near.append((-differ[0], code, sibling))
        found += [sibling for _i, _c, sibling in sorted(near)]
    names = {_local(s).partition("/")[2]: s for s in siblings}
    for match in difflib.get_close_matches(rest, list(names), n=limit, cutoff=0.75):
        if names[match] not in found:
            found.append(names[match])
    return [_named(f, graphs) for f in found[:limit]]


def misplaced_definitions(graph: Graph, path: Path | None = None) -> list[Undefined]:
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
    for iri in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
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
    context = sources.asserted()
    defined = defined_iris(context)
    problems: list[Undefined] = []
    for doc in sorted(sources.documents):
        problems += misplaced_definitions(sources.documents[doc], sources.files[doc])
        problems += undefined_iris(
            sources.documents[doc], context, sources.files[doc], defined=defined
        )
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more undefined IRIs)" if len(problems) > 1 else ""
        raise SamverkanError(first.message() + more, first.path, first.line)
