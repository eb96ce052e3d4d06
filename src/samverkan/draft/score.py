"""Score a draft against a curated graph: precision and recall of actors and relations.

Both sides are read from Turtle with the same function, :func:`facts`, so a draft is scored
exactly as it would be loaded. An *actor* is an agent the graph names: anything typed with
one of :data:`ACTOR_CLASSES` (units, the local offices of agencies included, companies,
associations and groups, agencies, funds, posts, people) and every municipality, county board
and region the graph refers to (reference data).
A *relation* is a pair of actors and a kind:

- ``funding``: funder -> recipient, and funder -> funded item when that item is an actor
  (a co-funded post);
- ``partner``: two members of the same collaboration (unordered);
- ``unit``: a unit or post -> the organisation it belongs to (``org:unitOf``, ``org:postIn``);
- ``holder``: a post -> the person who holds it (``org:heldBy``).

A *count* is a ``schema:QuantitativeValue`` the graph states (``sam:quantity``: "cirka 120
personer", "drygt 300 medlemmar"), compared by its bounds: a value v is (v, v), a minimum
alone (min, None), a maximum alone (None, max); what it is attached to is not compared.

A predicted actor matches a curated one with the same IRI, or else with the same Swedish
label once case, parenthesised asides and a trailing "i <place>" are set aside. Relations
match when their kind and both (matched) actors agree.

Examples
--------
>>> from rdflib import Graph
>>> ttl = '''@base <https://w3id.org/samverkan/id/> .
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... @prefix org: <http://www.w3.org/ns/org#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <kommun/1281/socialforvaltningen> a sam:Department ; rdfs:label "socialförvaltningen"@sv ;
...     org:unitOf <kommun/1281> .
... <finansiering/x> a sam:Funding ; sam:funder <lansstyrelse/12> ; sam:recipient <kommun/1281> .
... '''
>>> f = facts(Graph().parse(data=ttl, format="turtle"))
>>> sorted(f.actors)
['kommun/1281', 'kommun/1281/socialforvaltningen', 'lansstyrelse/12']
>>> for relation in sorted(f.relations):
...     print(relation)
('funding', 'lansstyrelse/12', 'kommun/1281')
('unit', 'kommun/1281/socialforvaltningen', 'kommun/1281')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from samverkan.namespaces import FOAF, ID, ORG, RDF, RDFS, SAM, SCHEMA

__all__ = [
    "ACTOR_CLASSES",
    "Differences",
    "Facts",
    "Miss",
    "Score",
    "differences",
    "facts",
    "normalise_label",
    "score",
    "score_counts",
]

ACTOR_CLASSES = frozenset(
    {
        SAM.Municipality,
        SAM.CountyAdministrativeBoard,
        SAM.Region,
        SAM.StateAgency,
        SAM.Department,
        SAM.AgencyUnit,  # "Arbetsförmedlingen i Kumla": a unit of the state agency
        SAM.CentralAdministration,
        SAM.MunicipalUnit,
        SAM.MunicipalAssociation,
        SAM.MunicipalCompany,
        SAM.PrivateCompany,
        SAM.EUFund,
        SAM.CivilSocietyOrganization,
        SAM.CivilSocietyGroup,
        ORG.Post,
        SAM.CoordinatorPost,
        FOAF.Person,
    }
)
_REFERENCE_ACTOR = re.compile(r"^(kommun/\d{4}|lansstyrelse/\d{2}|region/\d{2})$")
_ID = str(ID)


@dataclass
class Facts:
    """The actors (relative IRI -> Swedish labels) and relations of one graph."""

    actors: dict[str, set[str]] = field(default_factory=dict)
    relations: set[tuple[str, str, str]] = field(default_factory=set)
    counts: set[tuple[int | None, int | None]] = field(default_factory=set)


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall of one comparison."""

    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.expected + other.expected,
        )


def normalise_label(label: str) -> str:
    """A label folded for matching.

    Examples
    --------
    >>> normalise_label("Föreningslivet i Lund")
    'föreningslivet'
    >>> normalise_label("Sveriges Kommuner och Regioner (SKR)")
    'sveriges kommuner och regioner'
    """
    text = re.sub(r"\([^)]*\)", " ", label.lower())
    text = re.sub(r"\s+(i|på)\s+\w+(\s+(kommun|stad|län))?\s*$", " ", text)
    return " ".join(text.split())


def _rel(iri: object) -> str | None:
    text = str(iri)
    return text[len(_ID) :] if isinstance(iri, URIRef) and text.startswith(_ID) else None


def facts(graph: Graph, reference: Graph | None = None) -> Facts:
    """The actors and relations that ``graph`` states (see the module docstring).

    Parameters
    ----------
    graph : rdflib.Graph
        One document's graph (curated or drafted).
    reference : rdflib.Graph, optional
        The reference data, for the labels of municipalities and county boards.
    """
    out = Facts()
    for cls in ACTOR_CLASSES:
        for subject in graph.subjects(RDF.type, cls):
            rel = _rel(subject)
            if rel is not None:
                out.actors.setdefault(rel, set())
    for obj in set(graph.objects()):
        rel = _rel(obj)
        if rel is not None and _REFERENCE_ACTOR.match(rel):
            out.actors.setdefault(rel, set())
    for rel in out.actors:
        for source in (graph, reference):
            if source is None:
                continue
            for label in source.objects(ID[rel], RDFS.label):
                if getattr(label, "language", None) == "sv":
                    out.actors[rel].add(str(label))

    def actor(node: object) -> str | None:
        rel = _rel(node)
        return rel if rel in out.actors else None

    for funding in graph.subjects(RDF.type, SAM.Funding):
        for funder in map(actor, graph.objects(funding, SAM.funder)):
            targets = [
                *graph.objects(funding, SAM.recipient),
                *graph.objects(funding, SAM.fundedItem),
            ]
            for target in map(actor, targets):
                if funder and target and funder != target:
                    out.relations.add(("funding", funder, target))
    members: dict[object, set[str]] = {}
    for membership in graph.subjects(RDF.type, ORG.Membership):
        member = actor(graph.value(membership, ORG.member))
        collaboration = graph.value(membership, ORG.organization)
        if member and collaboration is not None:
            members.setdefault(collaboration, set()).add(member)
    for group in members.values():
        for a in group:
            for b in group:
                if a < b:
                    out.relations.add(("partner", a, b))
    for prop in (ORG.unitOf, ORG.postIn):
        for s, o in graph.subject_objects(prop):
            if actor(s) and actor(o):
                out.relations.add(("unit", actor(s), actor(o)))
    for s, o in graph.subject_objects(ORG.heldBy):
        if actor(s) and actor(o):
            out.relations.add(("holder", actor(s), actor(o)))
    for q in graph.subjects(RDF.type, SCHEMA.QuantitativeValue):
        value, low, high = (
            graph.value(q, p) for p in (SCHEMA.value, SCHEMA.minValue, SCHEMA.maxValue)
        )
        if value is not None:
            out.counts.add((int(value), int(value)))
        elif low is not None or high is not None:
            out.counts.add(
                (int(low) if low is not None else None, int(high) if high is not None else None)
            )
    return out


def score_counts(predicted: Facts, expected: Facts) -> Score:
    """Precision and recall of the counts of people (see the module docstring).

    Examples
    --------
    >>> drafted = Facts(counts={(120, 120), (2016, 2016)})
    >>> score_counts(drafted, Facts(counts={(120, 120), (300, None)}))
    Score(true_positives=1, predicted=2, expected=2)
    """
    return Score(
        len(predicted.counts & expected.counts), len(predicted.counts), len(expected.counts)
    )


def _matcher(predicted: Facts, expected: Facts) -> dict[str, str]:
    by_label: dict[str, str] = {}
    for iri, labels in sorted(expected.actors.items()):
        for label in labels:
            by_label.setdefault(normalise_label(label), iri)
    mapping: dict[str, str] = {}
    for iri, labels in predicted.actors.items():
        if iri in expected.actors:
            mapping[iri] = iri
            continue
        for label in sorted(labels):
            hit = by_label.get(normalise_label(label))
            if hit is not None:
                mapping[iri] = hit
                break
    return mapping


def score(predicted: Facts, expected: Facts) -> tuple[Score, Score]:
    """(actor score, relation score) of ``predicted`` against ``expected``.

    Each expected actor or relation is found at most once.

    Examples
    --------
    Hand example: the draft finds two of three actors and names one by a label only,
    and finds one of two relations plus a wrong one.

    >>> gold = Facts({"kommun/1281": {"Lunds kommun"}, "person/a-b": {"A B"},
    ...               "kommun/1281/tjanst/x": {"x"}},
    ...              {("holder", "kommun/1281/tjanst/x", "person/a-b"),
    ...               ("unit", "kommun/1281/tjanst/x", "kommun/1281")})
    >>> draft = Facts({"kommun/1281": set(), "org/y": {"X"}, "org/z": {"z"}},
    ...               {("unit", "org/y", "kommun/1281"), ("unit", "org/z", "kommun/1281")})
    >>> actors, relations = score(draft, gold)
    >>> (actors.true_positives, actors.predicted, actors.expected)
    (2, 3, 3)
    >>> (relations.true_positives, relations.predicted, relations.expected)
    (1, 2, 2)
    """
    mapping = _matcher(predicted, expected)
    found_actors = {mapping[a] for a in predicted.actors if a in mapping}
    actor_score = Score(len(found_actors), len(predicted.actors), len(expected.actors))
    mapped = {_mapped(relation, mapping) for relation in predicted.relations}
    relation_score = Score(
        len(mapped & expected.relations), len(predicted.relations), len(expected.relations)
    )
    return actor_score, relation_score


@dataclass(frozen=True, order=True)
class Miss:
    """One relation missed (its expected actors) or drafted wrongly (its drafted actors),
    with the reason :func:`differences` gives."""

    kind: str
    a: str
    b: str
    why: str


@dataclass
class Differences:
    """What a draft missed and what it drafted that the expected graph does not hold: the
    actors and relations behind the precision and recall of :func:`score`."""

    missed_actors: list[str] = field(default_factory=list)
    wrong_actors: list[str] = field(default_factory=list)
    missed: list[Miss] = field(default_factory=list)
    wrong: list[Miss] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # an actor's Swedish label

    def label(self, iri: str) -> str:
        """``iri`` with its Swedish label, for a reader: ``Lunds kommun (kommun/1281)``."""
        name = self.labels.get(iri)
        return f"{name} ({iri})" if name else iri


#: The reasons :func:`differences` gives, in the order a summary lists them.
REASONS = (
    "an end not drafted",
    "drafted under another parent",
    "drafted as another kind",
    "both ends drafted, no relation",
    "an end not expected",
    "expected under another parent",
    "expected as another kind",
    "both ends expected, no such relation",
    "drafted twice",
)


def differences(predicted: Facts, expected: Facts) -> Differences:
    """The actors and relations that ``predicted`` misses or adds against ``expected``,
    each relation with the reason it is missed or wrong.

    A missed relation (its actors as the expected graph names them) has an end the draft
    did not find (``"an end not drafted"``), or both ends found and the pair drafted as
    another kind (``"drafted as another kind"``), or a unit or post drafted under another
    organisation (``"drafted under another parent"``), or both ends found and no relation
    between them (``"both ends drafted, no relation"``). A wrong relation (its actors as
    the draft names them) has an end the expected graph does not hold (``"an end not
    expected"``), or the pair expected as another kind or the unit under another parent,
    or both ends expected and no such relation between them; a relation drafted twice
    (two drafted actors matched to one expected) is counted wrong once more, as
    :func:`score` counts it. The numbers add up to the score's: missed = expected - right,
    wrong = drafted - right, for actors and relations alike.

    Examples
    --------
    The hand example of :func:`score`: the post's holder is missed because the person
    was not drafted, ``org/y`` (labelled as the expected post) is the post drafted under
    its municipality, and ``org/z`` is an actor the page does not hold.

    >>> gold = Facts({"kommun/1281": {"Lunds kommun"}, "person/a-b": {"A B"},
    ...               "kommun/1281/tjanst/x": {"x"}},
    ...              {("holder", "kommun/1281/tjanst/x", "person/a-b"),
    ...               ("unit", "kommun/1281/tjanst/x", "kommun/1281")})
    >>> draft = Facts({"kommun/1281": set(), "org/y": {"X"}, "org/z": {"z"}},
    ...               {("unit", "org/y", "kommun/1281"), ("unit", "org/z", "kommun/1281")})
    >>> d = differences(draft, gold)
    >>> d.missed_actors, d.wrong_actors
    (['person/a-b'], ['org/z'])
    >>> d.missed
    [Miss(kind='holder', a='kommun/1281/tjanst/x', b='person/a-b', why='an end not drafted')]
    >>> d.wrong
    [Miss(kind='unit', a='org/z', b='kommun/1281', why='an end not expected')]
    """
    mapping = _matcher(predicted, expected)
    found = {mapping[a] for a in predicted.actors if a in mapping}
    out = Differences(missed_actors=sorted(set(expected.actors) - found))
    for side in (expected, predicted):
        for iri, names in side.actors.items():
            if names and iri not in out.labels:
                out.labels[iri] = sorted(names)[0]
    claimed: set[str] = set()
    # an actor drafted with the expected IRI is the match; another that a label maps to the
    # same expected actor is one drafted twice, wrong as the score counts it
    for iri in sorted(predicted.actors, key=lambda iri: (mapping.get(iri) != iri, iri)):
        hit = mapping.get(iri)
        if hit is None or hit in claimed:
            out.wrong_actors.append(iri)
        else:
            claimed.add(hit)
    out.wrong_actors.sort()

    drafted = {relation: _mapped(relation, mapping) for relation in predicted.relations}
    right = set(drafted.values()) & expected.relations
    in_draft, in_expected = _shapes(drafted.values()), _shapes(expected.relations)
    for kind, a, b in sorted(expected.relations - right):
        ends = a in found and b in found
        out.missed.append(Miss(kind, a, b, _reason(kind, a, b, ends, in_draft, "drafted")))
    counted: set[tuple[str, str, str]] = set()
    for relation in sorted(predicted.relations):
        kind, a, b = drafted[relation]
        if (kind, a, b) in right:
            if (kind, a, b) not in counted:
                counted.add((kind, a, b))
                continue
            why = "drafted twice"
        else:
            ends = not (a.startswith("?") or b.startswith("?"))
            why = _reason(kind, a, b, ends, in_expected, "expected")
        out.wrong.append(Miss(*relation, why))
    return out


def _mapped(relation: tuple[str, str, str], mapping: dict[str, str]) -> tuple[str, str, str]:
    """A drafted relation with its actors mapped to the expected ones (``?IRI`` for an
    actor the expected graph does not hold), a partner pair in order."""
    kind, a, b = relation
    a2, b2 = mapping.get(a, "?" + a), mapping.get(b, "?" + b)
    if kind == "partner" and a2 > b2:
        a2, b2 = b2, a2
    return kind, a2, b2


_Shapes = tuple[dict[frozenset[str], set[str]], dict[str, set[str]]]


def _shapes(relations: Iterable[tuple[str, str, str]]) -> _Shapes:
    """The kinds of relation between each pair of actors, and the parents of each unit."""
    kinds: dict[frozenset[str], set[str]] = {}
    parents: dict[str, set[str]] = {}
    for kind, a, b in relations:
        kinds.setdefault(frozenset((a, b)), set()).add(kind)
        if kind == "unit":
            parents.setdefault(a, set()).add(b)
    return kinds, parents


def _reason(kind: str, a: str, b: str, ends: bool, other: _Shapes, side: str) -> str:
    """Why the relation is in one graph and not in the ``other`` (the ``side``, "drafted"
    or "expected"): ``ends`` says whether the other holds both actors."""
    kinds, parents = other
    if not ends:
        return f"an end not {side}"
    if kind == "unit" and parents.get(a, set()) - {b}:
        return f"{side} under another parent"
    if kinds.get(frozenset((a, b)), set()) - {kind}:
        return f"{side} as another kind"
    if side == "drafted":
        return "both ends drafted, no relation"
    return "both ends expected, no such relation"
