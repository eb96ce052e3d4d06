"""Reconciliation: actors already in the build keep their IRIs.

The index holds every actor the build (or a set of graph files) describes, keyed by its
municipality and its folded Swedish label; the reference data's 290 municipalities and 21
county boards are never in it, because the drafter never mints them (it recognises them by
their official codes, see :mod:`samverkan.draft.nlp`).

Examples
--------
>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... @prefix org: <http://www.w3.org/ns/org#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/samverkan/id/kommun/1281/kulturforvaltningen> a sam:Department ;
...     rdfs:label "kulturförvaltningen"@sv , "Culture Department"@en ;
...     org:unitOf <https://w3id.org/samverkan/id/kommun/1281> .
... ''')
>>> index = index_graphs([g])
>>> index.find("kommun/1281/x", "Kulturförvaltningen", "1281").iri
'kommun/1281/kulturforvaltningen'
>>> index.find("kommun/0125/x", "kulturförvaltningen", "0125") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from samverkan.draft.score import ACTOR_CLASSES, normalise_label
from samverkan.namespaces import ID, ORG, PREFIXES, RDF, RDFS, sparql_prefixes

__all__ = ["Index", "KnownActor", "index_graphs", "index_store"]

_ID = str(ID)


@dataclass(frozen=True)
class KnownActor:
    """An actor of the build: IRI (relative), class (CURIE), labels and parent unit."""

    iri: str
    cls: str
    label_sv: str
    label_en: str
    parent: str | None


@dataclass
class Index:
    """Known actors by IRI and by (municipality code, folded label)."""

    by_iri: dict[str, KnownActor] = field(default_factory=dict)
    by_label: dict[tuple[str | None, str], KnownActor] = field(default_factory=dict)

    def add(self, actor: KnownActor) -> None:
        self.by_iri.setdefault(actor.iri, actor)
        code = actor.iri.split("/")[1] if actor.iri.startswith("kommun/") else None
        self.by_label.setdefault((code, normalise_label(actor.label_sv)), actor)

    def find(self, iri: str, label: str, code: str | None) -> KnownActor | None:
        """The known actor with this IRI, or else this label in this municipality."""
        if iri in self.by_iri:
            return self.by_iri[iri]
        return self.by_label.get((code, normalise_label(label)))

    def __len__(self) -> int:
        return len(self.by_iri)


def _curie(term: URIRef) -> str:
    text = str(term)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _rel(term: object) -> str | None:
    text = str(term)
    return text[len(_ID) :] if text.startswith(_ID) else None


def index_graphs(graphs: Iterable[Graph]) -> Index:
    """An index of the actors described in ``graphs`` (document graphs)."""
    index = Index()
    union = Graph()
    for graph in graphs:
        union += graph
    rows = []
    for cls in ACTOR_CLASSES:
        for subject in union.subjects(RDF.type, cls):
            rel = _rel(subject)
            labels = {lit.language: str(lit) for lit in union.objects(subject, RDFS.label)}
            if rel is None or "sv" not in labels:
                continue
            parent = union.value(subject, ORG.unitOf) or union.value(subject, ORG.postIn)
            rows.append(
                KnownActor(
                    rel,
                    _curie(cls),
                    labels["sv"],
                    labels.get("en", labels["sv"]),
                    _rel(parent) if parent is not None else None,
                )
            )
    for row in sorted(rows, key=lambda r: (r.iri, r.cls)):
        index.add(row)
    return index


def index_store(out: Path) -> Index:
    """An index of the actors in the build directory ``out`` (its pyoxigraph store)."""
    from samverkan.store import open_store

    store = open_store(out)
    classes = " ".join(f"<{c}>" for c in sorted(ACTOR_CLASSES))
    query = f"""
        {sparql_prefixes("rdfs", "org", "sam")}
        SELECT ?s ?cls ?sv ?en ?parent WHERE {{
          ?doc a sam:SourceDocument .
          GRAPH ?doc {{ ?s a ?cls ; rdfs:label ?sv . FILTER(LANG(?sv) = "sv")
            VALUES ?cls {{ {classes} }}
            OPTIONAL {{ ?s rdfs:label ?en . FILTER(LANG(?en) = "en") }}
            OPTIONAL {{ ?s org:unitOf|org:postIn ?parent }} }}
        }} ORDER BY ?s ?cls"""
    index = Index()
    for row in store.query(query):
        rel = _rel(row["s"].value)
        if rel is None:
            continue
        en = row["en"].value if row["en"] is not None else row["sv"].value
        parent = _rel(row["parent"].value) if row["parent"] is not None else None
        index.add(KnownActor(rel, _curie(URIRef(row["cls"].value)), row["sv"].value, en, parent))
    return index
