"""Find the things already in the graph by name, so that a new document reuses their IRIs.

A person adding a document reads "i Lund", "Lundabor" or "Arbetsförmedlingen" and needs
the IRI the graph already uses. :func:`search` compares the words with every label
(``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``, ``foaf:name``) of the build, with
case and accents folded (å, ä -> a, ö -> o) and the common Swedish inflections of a place
name removed: the genitive ``-s`` ("Lunds"), "i X" (and "med", "från", "för", "till",
"av", "på"), "X kommun", "X stad", and the
inhabitants "X-bor" ("Lundabor", "Ekeröbor").

Examples
--------
>>> fold("Ekerö KOMMUN")
'ekero kommun'
>>> sorted(variants("Lundabor"))
['lund', 'lunda', 'lundabor']
>>> sorted(variants("i Lunds kommun"))
['i lunds', 'i lunds kommun', 'lund', 'lunds', 'lunds kommun']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from samverkan.namespaces import ID, INFERRED_GRAPH, ONTOLOGY_IRI, PREFIXES, sparql_prefixes

__all__ = ["Entity", "fold", "search", "variants"]

_SUFFIXES = (" kommun", " stad", " kommuns", " stads")
# "i Lund", "med Hörby", "från Eslöv", "för Höör", "till Lomma", "av Ekerö", "på Ekerö" (folded)
_PREPOSITIONS = ("i ", "med ", "fran ", "for ", "till ", "av ", "pa ")
_INHABITANTS = re.compile(r"^(?P<stem>\w+?)(?:a|e)?bor(?:na)?$")


def fold(text: str) -> str:
    """Lower case without accents and with single spaces.

    Examples
    --------
    >>> fold("  Österåker  ")
    'osteraker'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def variants(text: str) -> set[str]:
    """The folded forms of ``text`` with the place-name inflections taken off.

    Parameters
    ----------
    text : str
        What the user typed: "Lunds kommun", "i Lund", "Lundabor", "Arbetsförmedlingen".

    Returns
    -------
    set of str
        ``fold(text)`` and the base forms it may stand for.
    """
    forms = {fold(text)}
    for form in list(forms):
        for preposition in _PREPOSITIONS:
            if form.startswith(preposition) and len(form) > len(preposition):
                forms.add(form[len(preposition) :])
    for form in list(forms):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) > len(suffix):
                forms.add(form[: -len(suffix)])
    for form in list(forms):
        match = _INHABITANTS.match(form)
        if match and " " not in form:
            forms.add(match.group("stem"))
            if form.endswith(("abor", "aborna")):
                forms.add(form[: form.rindex("bor")])
    for form in list(forms):
        if form.endswith("s") and len(form) > 3 and " " not in form:
            forms.add(form[:-1])
    return {f for f in forms if f}


def _keys(label: str) -> set[str]:
    """The forms under which a label is found by an exact match."""
    folded = fold(label)
    keys = {folded}
    for suffix in (" kommun", " stad"):
        if folded.endswith(suffix):
            stem = folded[: -len(suffix)]
            keys.add(stem)
            if stem.endswith("s") and len(stem) > 3:
                keys.add(stem[:-1])
    bracket = re.search(r"\(([^)]+)\)\s*$", folded)
    if bracket:
        keys.add(bracket.group(1).strip())
    return keys


@dataclass
class Entity:
    """One thing found: its IRI, best label, types and where it comes from."""

    iri: str
    label: str
    score: int
    types: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def short(self) -> str:
        """The IRI as written in a document file: ``<kommun/1281>``."""
        return f"<{self.iri[len(str(ID)) :]}>" if self.iri.startswith(str(ID)) else self.iri


def _prefixed(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if prefix != "id" and iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


_LABELS_QUERY = (
    sparql_prefixes("rdfs", "skos", "foaf")
    + f"""
SELECT DISTINCT ?s ?label ?lang WHERE {{
  GRAPH ?g {{ ?s rdfs:label|skos:prefLabel|skos:altLabel|foaf:name ?label }}
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ID}"))
  BIND(LANG(?label) AS ?lang)
}}
"""
)

_DETAILS_QUERY = f"""
SELECT DISTINCT ?s ?kind ?value WHERE {{
  {{
    GRAPH ?g {{ ?s a ?value }}
    FILTER(?g != <{INFERRED_GRAPH}>)
    BIND("type" AS ?kind)
  }} UNION {{
    GRAPH ?value {{ {{ ?s ?p ?o }} UNION {{ ?o2 ?p2 ?s }} }}
    BIND("graph" AS ?kind)
  }}
}}
"""


def _source_name(graph: str) -> str | None:
    if graph.endswith("/graph/reference"):
        return "reference"
    if graph.endswith("/graph/registry"):
        return "registry"
    if graph.startswith(str(ID) + "dokument/"):
        return graph.rsplit("/", 1)[-1]
    if graph.startswith(ONTOLOGY_IRI):
        return "concept schemes"
    return None


def search(store: object, text: str, *, limit: int = 10) -> list[Entity]:
    """Things in ``store`` whose labels match ``text``; exact matches first.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset (:func:`samverkan.store.open_store`).
    text : str
        A name as a text writes it.
    limit : int
        At most this many results.

    Returns
    -------
    list of Entity
        Score 2: a form of ``text`` equals a form of a label ("i Lund" and "Lunds kommun");
        score 1: it begins a word of a label ("Lund" in "Lunds kommuns behovsanalys").
        Sorted by score, then label.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> [e.short for e in search(example_store(), "Lundabor")][:1]
    ['<kommun/1281>']
    """
    import pyoxigraph as ox

    forms = variants(text)
    best: dict[str, tuple[int, str]] = {}
    labels: dict[str, str] = {}
    for row in store.query(_LABELS_QUERY):
        iri, label, lang = row["s"].value, row["label"].value, row["lang"].value
        if lang in ("sv", "") and iri not in labels:
            labels[iri] = label
        keys = _keys(label)
        score = 0
        if forms & keys:
            score = 2
        elif any(len(f) >= 3 and re.search(r"(?<!\w)" + re.escape(f), fold(label)) for f in forms):
            score = 1
        if score and score > best.get(iri, (0, ""))[0]:
            best[iri] = (score, label)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], fold(labels.get(kv[0], kv[1][1]))))
    found = []
    for iri, (score, label) in ranked[:limit]:
        entity = Entity(iri, labels.get(iri, label), score)
        types, sources = set(), set()
        for row in store.query(_DETAILS_QUERY, substitutions={ox.Variable("s"): ox.NamedNode(iri)}):
            value = row["value"].value
            if row["kind"].value == "type":
                types.add(_prefixed(value))
            else:
                name = _source_name(value)
                if name:
                    sources.add(name)
        entity.types = sorted(types)
        entity.sources = sorted(sources)
        found.append(entity)
    return found
