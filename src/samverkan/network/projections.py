"""Projections of the samverkan dataset to NetworkX graphs.

A projection is an explicit choice of which things become nodes and which relations become
edges; nothing else in the graph (literals, classes, concepts, documents, evidence) turns
into a node. Every projection reads a built dataset (a :class:`pyoxigraph.Store` holding
the document graphs, the reference graph, the ontology and the inferred graph) with
SPARQL, and returns a NetworkX graph whose nodes are keyed by the IRI relative to
``https://w3id.org/samverkan/id/`` (``"kommun/1281"``).

Every node and every edge of a projection carries the same attributes, a contract that
:mod:`samverkan.views`, the exports and the tests read off one place:
:data:`~samverkan.network.attributes.NODE_ATTRIBUTES` and
:data:`~samverkan.network.attributes.EDGE_ATTRIBUTES` (name -> meaning, and which
projections carry it). In short, nodes have
``label``, ``label_en``, ``type``, ``sector``, ``sector_label``, ``municipality``,
``municipality_code``, ``municipality_codes``, ``documents``, ``iri``, ``holder`` (and
``bipartite`` in the two-mode projections); edges have ``kinds``, ``weight``,
``documents`` and ``evidence`` (and the funding details in :func:`funding`).

A municipality's part of a network is the nodes whose ``municipality_codes`` hold its code
(:func:`municipality_nodes`): its own organisation, units and posts, and the things that
belong to several municipalities at once, such as a project the municipalities run
together. :func:`municipality_subgraph` adds their partners.

Filters (keywords of every projection):

``document``
    Keep the facts the document states (stem such as ``"002_fd765e7f231a0a5d"`` or the
    document IRI). A fact that joins statements of several documents (two memberships of
    the same collaboration) is kept when the document states every part of it.
``municipality``
    A municipality code: keep the nodes of that municipality.
``sector``
    A sector key or a list of keys: keep the nodes of those sectors.
``year``
    A snapshot: keep the facts active in that year. Dates (``schema:startDate``,
    ``schema:endDate``, ``sam:ongoingAsOf``) count at any precision (``xsd:gYear``,
    ``xsd:gYearMonth``, ``xsd:date``) and are compared by year. A thing is active from its
    start (else the date it was reported ongoing, else its end) to its end (else the date
    it was reported ongoing, else the date of the document that dates it): what the
    documents show, never extrapolated beyond them.
    A fact is active when at least one of the things it involves (the membership or
    funding node, the collaboration, the post, the two ends) is dated and every dated one
    is active; a fact that nothing dates is left out of a snapshot.

A projection that comes out empty raises :class:`EmptyProjectionError`, a
:class:`~samverkan.errors.SamverkanError` that a caller may take as "nothing to show"
rather than a mistake.
"""

from __future__ import annotations

import functools
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from samverkan.errors import SamverkanError
from samverkan.namespaces import ORG, SAM
from samverkan.network import _data
from samverkan.network._data import DOCUMENT_PREFIX, SECTOR_PREFIX, Data, local_name, node_id

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = [
    "KINDS",
    "PROJECTIONS",
    "EmptyProjectionError",
    "actor_initiative",
    "co_participation",
    "collaboration",
    "collaboration_years",
    "funding",
    "hierarchy",
    "municipality_nodes",
    "municipality_subgraph",
    "project",
]

#: The kinds of asserted facts that explain a cooperation edge.
KINDS = (
    "membership",
    "co-membership",
    "funding",
    "hosting",
    "co-funding",
    "shared post holder",
    "statement",
)

#: Projection names, as the command line knows them.
PROJECTIONS = ("collaboration", "actor-initiative", "co-participation", "funding", "hierarchy")


class EmptyProjectionError(SamverkanError):
    """A projection has no node (for the filters given): nothing to show, not a mistake.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> try:
    ...     collaboration(example_store(), year=1990)
    ... except EmptyProjectionError as error:
    ...     print(error)
    no collaboration facts are dated to the year 1990 (the dataset's dates run from 2017 to 2019)
    """


@dataclass(frozen=True)
class _Fact:
    """One asserted fact behind an edge ``u -> v`` (IRIs)."""

    u: str
    v: str
    kind: str
    key: str
    parts: tuple[frozenset[str], ...]  # for each statement it rests on: the graphs stating it
    involved: tuple[str, ...]  # the things whose periods bound it
    evidence: tuple[tuple[str, str], ...]
    role: str = ""  # funding: "recipient" or "funded item"

    @property
    def graphs(self) -> frozenset[str]:
        """The graphs that state a part of the fact (read about once per fact: Python
        3.11's ``cached_property`` takes a lock on every read, more than this union)."""
        return frozenset().union(*self.parts)

    def stated_in(self, graph: str) -> bool:
        return all(graph in part for part in self.parts)

    def active_in(self, data: Data, year: int) -> bool:
        """Whether every dated thing the fact involves is active in ``year`` (and one is):
        ``year`` within the fact's span, made once for ``data`` (the views ask for every
        year: 820,000 times at a million quads)."""
        span = self.span(data)
        return span is not None and span[0] <= year <= span[1]

    def span(self, data: Data) -> tuple[int, int] | None:
        """:meth:`_span`, made once for ``data``."""
        kept = self.__dict__.get("_span_of")  # (a weak reference to data, the span)
        if kept is None or kept[0]() is not data:
            kept = self.__dict__["_span_of"] = (weakref.ref(data), self._span(data))
        return kept[1]

    def _span(self, data: Data) -> tuple[int, int] | None:
        """From the latest start to the earliest end of the dated things the fact involves
        (an empty span when they never overlap); None when none is dated."""
        periods = [p for x in self.involved if (p := data.period(x)) is not None]
        if not periods:
            return None
        return max(lo for lo, _ in periods), min(hi for _, hi in periods)


# ----------------------------------------------------------------------------------------
# public projections
# ----------------------------------------------------------------------------------------


def collaboration(
    store: pyoxigraph.Store,
    *,
    document: str | None = None,
    municipality: str | None = None,
    sector: str | Iterable[str] | None = None,
    year: int | None = None,
    initiatives: bool = False,
) -> nx.Graph:
    """The actor collaboration network: who cooperates with whom, and why.

    Nodes are the actors that a document mentions: organisations (municipalities, state
    agencies, county boards, EU funds, municipal companies, associations), units
    (departments), civil-society groups, collaborations (networks, projects, working
    groups, meeting places) and posts; with ``initiatives=True`` also initiatives and
    plans. Persons are not nodes: a post's holder is its ``holder`` attribute. Reference
    data that no document mentions (the other municipalities) is left out.

    Edges are the derived ``sam:cooperatesWith`` pairs of the inferred graph (and any that
    a document states), undirected and without self-loops, each explained by the asserted
    facts the rules derive it from:

    ``membership``
        a member and the collaboration (``org:Membership``: ``org:member`` /
        ``org:organization``), one fact per membership;
    ``co-membership``
        two members of the same collaboration, one fact per shared collaboration;
    ``funding``
        funder and recipient or funded item (``sam:Funding``), one fact per funding;
    ``hosting``
        a collaboration, initiative or post and the unit it sits in (``sam:hostedBy``,
        ``org:postIn``), one fact per triple;
    ``co-funding``
        the unit a post sits in and the funder of the post, one fact per funding;
    ``statement``
        a ``sam:cooperatesWith`` (or sub-property) a document states outright.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset.
    document, municipality, sector, year
        Filters, see the module documentation.
    initiatives : bool, optional (default False)
        Also keep initiatives and plans (``sam:Initiative``, ``prov:Plan``) as nodes.

    Returns
    -------
    G : networkx.Graph
        Weighted by ``weight``, the number of facts behind an edge.

    Raises
    ------
    SamverkanError
        If the dataset has no inferred graph, a filter names something the dataset does not
        have, or nothing is left.

    Notes
    -----
    A derived edge whose facts the rules above do not find (a rule this module does not
    know) is kept with ``kinds == ["inferred"]`` and weight 1, and counted in
    ``G.graph["unexplained"]``; such an edge cannot be dated or assigned to a document, so
    a ``document`` or ``year`` filter leaves it out.

    Examples
    --------
    >>> from samverkan.network.projections import collaboration
    >>> from samverkan.network import example_store
    >>> G = collaboration(example_store())
    >>> G.edges["kommun/1281/kultur-och-fritidsforvaltningen",
    ...         "kommun/1281/socialforvaltningen"]["kinds"]
    ['co-funding']
    >>> G.nodes["kommun/1281/tjanst/inkluderingskoordinator"]["holder"]
    'Anna Andersson'
    """
    data = _inferred_data(store)

    facts, unexplained, nodes = _collaboration_parts(data, initiatives)
    G = _assemble(
        nx.Graph(),
        "collaboration",
        data,
        list(facts),
        set(nodes),
        document=document,
        municipality=municipality,
        sector=sector,
        year=year,
        extra_edges=list(unexplained),
    )
    return G


def collaboration_years(store: pyoxigraph.Store, years: Iterable[int]) -> dict[int, nx.Graph]:
    """The actors and ties of ``collaboration(store, year=y)`` for each of ``years`` that
    has any: the same nodes with the same attributes and the same edges, but no edge
    attributes (kinds, weight, documents, evidence), which are most of a yearly
    projection's cost. What an overview per municipality or county of each year needs
    (:func:`samverkan.views._overview.aggregate` reads the nodes and the ties alone).

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> store = example_store()
    >>> skeletons = collaboration_years(store, [1990, 2018])
    >>> sorted(skeletons)
    [2018]
    >>> G = collaboration(store, year=2018)
    >>> H = skeletons[2018]
    >>> dict(H.nodes(data=True)) == dict(G.nodes(data=True)), set(H.edges) == set(G.edges)
    (True, True)
    """
    data = _inferred_data(store)
    facts, _, nodes = _collaboration_parts(data, False)
    periods = {x: p for x in nodes if (p := data.period(x)) is not None}
    # each fact's tie and span once, not once a year (facts times years: 820,000 at a
    # million quads)
    spans = [(tuple(sorted((f.u, f.v))), span) for f in facts if (span := f.span(data))]
    made: dict[int, nx.Graph] = {}
    for year in years:
        pairs = {pair for pair, (lo, hi) in spans if lo <= year <= hi}
        active = {x for x, (lo, hi) in periods.items() if lo <= year <= hi}
        if not pairs and not active:
            continue  # collaboration(store, year=year) raises EmptyProjectionError
        for u, v in pairs:
            active.update((u, v))
        G = nx.Graph()
        for iri in sorted(active):
            G.add_node(node_id(iri), **_node_attributes(data, iri))
        G.add_edges_from((node_id(u), node_id(v)) for u, v in sorted(pairs))
        G.graph.update(projection="collaboration", year=year)
        made[year] = G
    return made


def _inferred_data(store: pyoxigraph.Store) -> Data:
    """What the projections read of ``store``, which must hold its inferred graph."""
    data = _data.load(store)
    if not data.has_inferred:
        raise SamverkanError(
            f"the dataset has no inferred graph ({_data.INFERRED_GRAPH}); "
            "build it with reasoning first"
        )
    return data


def _collaboration_parts(
    data: Data, initiatives: bool
) -> tuple[tuple[_Fact, ...], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The facts, unexplained derived pairs and nodes of :func:`collaboration` before its
    filters: made once per ``data`` (the views make one projection per year)."""
    key = ("collaboration", initiatives)
    if key in data.cache:
        return data.cache[key]

    def keep(iri: str) -> bool:
        return data.is_actor(iri) or (initiatives and data.is_initiative(iri))

    facts = [f for f in _cooperation_facts(data) if keep(f.u) and keep(f.v)]
    explained = {frozenset((f.u, f.v)) for f in facts}
    facts = [f for f in facts if frozenset((f.u, f.v)) in data.inferred_pairs]
    unexplained = sorted(
        tuple(sorted(p))
        for p in data.inferred_pairs
        if p not in explained and len(p) == 2 and all(keep(x) for x in p)
    )
    nodes = frozenset(x for x in data.mentions if keep(x))
    data.cache[key] = parts = (tuple(facts), tuple(unexplained), nodes)
    return parts


def actor_initiative(
    store: pyoxigraph.Store,
    *,
    document: str | None = None,
    municipality: str | None = None,
    sector: str | Iterable[str] | None = None,
    year: int | None = None,
) -> nx.Graph:
    """The bipartite network of actors and the collaborations and initiatives they take part in.

    Nodes on one side (``bipartite=0``) are actors (organisations, units, groups, posts);
    on the other (``bipartite=1``) collaborations, initiatives and plans
    (``sam:Collaboration``, ``sam:Initiative``, ``prov:Plan``). A project is both a
    collaboration and an initiative and sits on side 1. Nodes are what a document mentions.

    Edges join an actor to a collaboration or initiative:

    ``membership``
        the actor is a member (``org:Membership``);
    ``association``
        the initiative ``prov:wasAssociatedWith`` the actor;
    ``hosting``
        the collaboration or initiative ``sam:hostedBy`` the actor;
    ``funding``
        the actor funds it (``sam:funder`` of a funding whose ``sam:fundedItem`` it is).

    A tie between two things of side 1 (a network that is a member of an umbrella
    network) has no place in a bipartite graph and is left out; their number is
    ``G.graph["dropped"]``. The ``municipality`` and ``sector`` filters select actors; a
    collaboration or initiative stays while it is tied to a kept actor.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset.
    document, municipality, sector, year
        Filters, see the module documentation.

    Returns
    -------
    B : networkx.Graph
        A bipartite graph (node attribute ``bipartite``), edges weighted by the number of
        facts.

    Examples
    --------
    >>> from networkx.algorithms import bipartite
    >>> from samverkan.network import example_store
    >>> B = actor_initiative(example_store())
    >>> bipartite.is_bipartite(B)
    True
    >>> sorted(B["initiativ/lis-utbildning"])
    ['kommun/1231']
    """
    data = _data.load(store)
    actor = {x for x in data.mentions if data.is_actor(x) and not data.is_initiative(x)}
    initiative = {x for x in data.mentions if data.is_initiative(x)}
    facts = []
    dropped = 0
    for f in _participation_facts(data):
        if f.u in actor and f.v in initiative:
            facts.append(f)
        elif f.u in initiative and f.v in initiative:
            dropped += 1
    B = _assemble(
        nx.Graph(),
        "actor-initiative",
        data,
        facts,
        actor | initiative,
        document=document,
        municipality=municipality,
        sector=sector,
        year=year,
        side=actor,
    )
    for _, attrs in B.nodes(data=True):
        attrs["bipartite"] = 1 if attrs["iri"] in initiative else 0
    B.graph["dropped"] = dropped
    return B


def co_participation(
    store: pyoxigraph.Store,
    *,
    document: str | None = None,
    municipality: str | None = None,
    sector: str | Iterable[str] | None = None,
    year: int | None = None,
) -> nx.Graph:
    """One-mode projection of :func:`actor_initiative` onto the actors.

    Two actors are joined when they take part in the same collaboration or initiative;
    ``weight`` is the number of them they share (``networkx.algorithms.bipartite.
    weighted_projected_graph``), ``initiatives`` lists them (node keys), ``kinds`` is
    ``["co-participation"]`` and ``documents`` / ``evidence`` are those of the ties behind
    the edge. Actors without any tie are kept.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset.
    document, municipality, sector, year
        Filters, see the module documentation; applied to the bipartite graph first.

    Returns
    -------
    G : networkx.Graph

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> G = co_participation(example_store())
    >>> G.edges["kommun/1231", "kommun/1262"]["initiatives"]
    ['initiativ/lis']
    """
    from networkx.algorithms import bipartite

    B = actor_initiative(
        store, document=document, municipality=municipality, sector=sector, year=year
    )
    actors = [n for n, side in B.nodes(data="bipartite") if side == 0]
    G = bipartite.weighted_projected_graph(B, actors)
    G.graph = {k: v for k, v in B.graph.items() if k != "dropped"}
    G.graph["projection"] = "co-participation"
    for u, v, attrs in G.edges(data=True):
        shared = sorted(set(B[u]) & set(B[v]))
        documents: set[str] = set()
        evidence: list[dict[str, str]] = []
        for i in shared:
            for end in (u, v):
                documents.update(B.edges[end, i]["documents"])
                for e in B.edges[end, i]["evidence"]:
                    if e not in evidence:
                        evidence.append(e)
        attrs.update(
            kinds=["co-participation"],
            draft=all(B.edges[end, i]["draft"] for i in shared for end in (u, v)),
            initiatives=shared,
            documents=sorted(documents),
            evidence=evidence,
        )
    return G


def funding(
    store: pyoxigraph.Store,
    *,
    document: str | None = None,
    municipality: str | None = None,
    sector: str | Iterable[str] | None = None,
    year: int | None = None,
) -> nx.DiGraph:
    """The funding network: an edge from each funder to what it funds.

    Nodes are the funders, recipients and funded items of ``sam:Funding`` relations
    (organisations, units, posts, projects, initiatives) and nothing else. Each funding
    relation gives an edge ``funder -> recipient`` for each ``sam:recipient`` and
    ``funder -> item`` for each ``sam:fundedItem``. Edges carry, besides ``kinds``
    (``["funding"]``), ``weight`` (number of funding relations), ``documents`` and
    ``evidence``:

    ``scheme``, ``scheme_label``
        key(s) and Swedish label(s) of the ``sam:fundingScheme``, ``"; "``-joined;
    ``start``, ``end``
        earliest start and latest end as the documents give them (``"2017-03"``), ``""``
        when not given;
    ``roles``
        ``"recipient"`` and/or ``"funded item"``;
    ``fundings``
        the funding relations (node keys such as ``"finansiering/lis-esf"``);
    ``amount``
        the sum of the ``sam:amount`` given, only when every funding behind the edge has one.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset.
    document, municipality, sector, year
        Filters, see the module documentation.

    Returns
    -------
    G : networkx.DiGraph

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> G = funding(example_store())
    >>> e = G.edges["org/europeiska-socialfonden", "initiativ/lis"]
    >>> e["scheme"], e["start"], e["end"], e["roles"]
    ('esf', '2017-03', '2019-02', ['funded item'])
    """
    data = _data.load(store)
    facts = list(_funding_facts(data))
    G = _assemble(
        nx.DiGraph(),
        "funding",
        data,
        facts,
        set(),
        document=document,
        municipality=municipality,
        sector=sector,
        year=year,
    )
    for _, _, attrs in G.edges(data=True):
        facts_here = attrs.pop("_facts")
        fundings = sorted({f.key for f in facts_here})
        schemes = sorted({s for f in fundings for s in data.schemes.get(f, ())})
        starts = sorted(d for f in fundings for d in data.dates.get(f, {}).get("startDate", []))
        ends = sorted(d for f in fundings for d in data.dates.get(f, {}).get("endDate", []))
        amounts = [data.amounts[f] for f in fundings if f in data.amounts]
        attrs.update(
            scheme="; ".join(local_name(s) for s in schemes),
            scheme_label="; ".join(data.label(s) for s in schemes),
            start=starts[0] if starts else "",
            end=ends[-1] if ends else "",
            fundings=[node_id(f) for f in fundings],
            roles=sorted({f.role for f in facts_here}),
        )
        attrs["amount"] = sum(amounts) if amounts and len(amounts) == len(fundings) else None
    return G


def hierarchy(
    store: pyoxigraph.Store,
    *,
    document: str | None = None,
    municipality: str | None = None,
    sector: str | Iterable[str] | None = None,
    year: int | None = None,
) -> nx.DiGraph:
    """The organisational hierarchy: an edge from each unit, post or hosted thing to its parent.

    Edges are the asserted ``org:unitOf`` (department to municipality), ``org:postIn``
    (post to unit) and ``sam:hostedBy`` (collaboration or initiative to the unit it sits
    under) triples, ``kinds`` naming which (``["unitOf"]``); nodes are their two ends.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset.
    document, municipality, sector, year
        Filters, see the module documentation.

    Returns
    -------
    G : networkx.DiGraph

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> G = hierarchy(example_store())
    >>> G.edges["kommun/1281/tjanst/inkluderingskoordinator",
    ...         "kommun/1281/kultur-och-fritidsforvaltningen"]["kinds"]
    ['postIn']
    >>> sorted(G.predecessors("kommun/1281"))
    ['kommun/1281/kultur-och-fritidsforvaltningen', 'kommun/1281/socialforvaltningen']
    """
    data = _data.load(store)
    facts = [
        _Fact(
            u=child,
            v=parent,
            kind=rel,
            key=f"{child} {rel} {parent}",
            parts=(frozenset(graphs),),
            involved=(child, parent),
            evidence=tuple(data.evidence_of(child, graphs)),
        )
        for (child, rel, parent), graphs in sorted(data.placements.items())
    ]
    return _assemble(
        nx.DiGraph(),
        "hierarchy",
        data,
        facts,
        set(),
        document=document,
        municipality=municipality,
        sector=sector,
        year=year,
    )


def municipality_nodes(G: nx.Graph, code: str) -> set[Any]:
    """The nodes of ``G`` that belong to the municipality with code ``code``.

    A node belongs to every municipality in its ``municipality_codes`` (see
    :data:`~samverkan.network.attributes.NODE_ATTRIBUTES`): its own organisation, units
    and posts, and a thing that belongs to several municipalities, such as their joint
    project, belongs to each. This is what the ``municipality`` filter of every
    projection keeps.

    Parameters
    ----------
    G : networkx.Graph
        A projection (or any graph whose nodes carry ``municipality_codes``).
    code : str
        The municipality's official code (``"1281"``).

    Returns
    -------
    set

    See Also
    --------
    municipality_subgraph : these nodes and their partners.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> G = collaboration(example_store())
    >>> sorted(municipality_nodes(G, "1281"))  # doctest: +NORMALIZE_WHITESPACE
    ['initiativ/lund-natverk', 'kommun/1281', 'kommun/1281/kultur-och-fritidsforvaltningen',
     'kommun/1281/socialforvaltningen', 'kommun/1281/tjanst/inkluderingskoordinator',
     'org/forening-x']
    """
    code = str(code)
    return {n for n, codes in G.nodes(data="municipality_codes") if code in (codes or ())}


def municipality_subgraph(G: nx.Graph, code: str, *, partners: bool = True) -> nx.Graph:
    """A municipality's part of the network: its nodes and, by default, their partners.

    Parameters
    ----------
    G : networkx.Graph
        A projection (directed graphs too).
    code : str
        The municipality's official code (``"1281"``); its nodes are
        :func:`municipality_nodes`.
    partners : bool, optional (default True)
        Also keep every node tied to one of them (in either direction): the ego network
        of the municipality. Without, the subgraph the ``municipality`` filter of the
        projections gives.

    Returns
    -------
    networkx.Graph
        A copy: the kept nodes with the edges among them, attributes included.

    Raises
    ------
    SamverkanError
        If no node of ``G`` belongs to the municipality.

    See Also
    --------
    municipality_nodes

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> G = collaboration(example_store())
    >>> sorted(municipality_subgraph(G, "1262"))
    ['initiativ/lis', 'kommun/1231', 'kommun/1262', 'org/europeiska-socialfonden']
    >>> sorted(municipality_subgraph(G, "1262", partners=False))
    ['kommun/1262']
    >>> municipality_subgraph(G, "9999")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: no node of the network belongs to the municipality 9999
    """
    core = municipality_nodes(G, code)
    if not core:
        raise SamverkanError(f"no node of the network belongs to the municipality {code}")
    keep = set(core)
    if partners:
        for node in core:
            keep.update(G.successors(node) if G.is_directed() else G.neighbors(node))
            if G.is_directed():
                keep.update(G.predecessors(node))
    return _induced(G, keep)


def _induced(G: nx.Graph, keep: set[Any]) -> nx.Graph:
    """``G.subgraph(keep).copy()``, made directly: the subgraph view checks every
    neighbour of every node through filters, which took most of the time of the views per
    municipality of a national network (each has the national actors among its partners).

    Nodes come in ``G``'s order; each node and edge gets a copy of its attribute dict.
    """
    if G.is_multigraph():
        return G.subgraph(keep).copy()
    H = G.__class__()
    H.graph.update(G.graph)
    nodes = [n for n in G if n in keep]
    H.add_nodes_from((n, G.nodes[n].copy()) for n in nodes)
    adj = G._succ if G.is_directed() else G._adj
    done: set[Any] = set()
    edges = []
    for u in nodes:
        nbrs = adj[u]
        if len(nbrs) > len(keep):
            pairs = ((v, nbrs[v]) for v in keep if v in nbrs)
        else:
            pairs = ((v, d) for v, d in nbrs.items() if v in keep)
        for v, d in pairs:
            if v not in done:
                edges.append((u, v, d.copy()))
        if not G.is_directed():
            done.add(u)
    H.add_edges_from(edges)
    return H


_BUILDERS: dict[str, Callable[..., nx.Graph]] = {
    "collaboration": collaboration,
    "actor-initiative": actor_initiative,
    "co-participation": co_participation,
    "funding": funding,
    "hierarchy": hierarchy,
}


def project(store: pyoxigraph.Store, name: str = "collaboration", **filters: Any) -> nx.Graph:
    """The projection called ``name`` (one of :data:`PROJECTIONS`), with ``filters``.

    Raises
    ------
    SamverkanError
        If ``name`` is not a projection.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> project(example_store(), "hierarchy").number_of_edges()
    4
    >>> project(example_store(), "friendship")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: unknown projection 'friendship'; choose one of: ...
    """
    try:
        builder = _BUILDERS[name]
    except KeyError:
        raise SamverkanError(
            f"unknown projection {name!r}; choose one of: {', '.join(PROJECTIONS)}"
        ) from None
    return builder(store, **filters)


# ----------------------------------------------------------------------------------------
# facts
# ----------------------------------------------------------------------------------------


def years(store: pyoxigraph.Store) -> list[int]:
    """Every year from the first to the last in which the documents date anything active.

    A thing's years follow the same rule as the ``year=`` filter of the projections and the
    ``active-in-year`` library query: from its start (else "ongoing as of", else its end)
    to its end (else "ongoing as of", else its start).

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> years(example_store())
    [2017, 2018, 2019]
    """
    data = _data.load(store)
    periods = [p for iri in data.mentions if (p := data.period(iri)) is not None]
    if not periods:
        return []
    return list(range(min(lo for lo, _ in periods), max(hi for _, hi in periods) + 1))


def _kept(make: Callable[[Data], list[_Fact]]) -> Callable[[Data], tuple[_Fact, ...]]:
    """``make(data)`` made once per ``data`` and kept in ``data.cache`` (as a tuple: the
    callers filter it, none changes it)."""

    @functools.wraps(make)
    def kept(data: Data) -> tuple[_Fact, ...]:
        key = ("facts", make.__name__)
        if key not in data.cache:
            data.cache[key] = tuple(make(data))
        return data.cache[key]

    return kept


def _membership_groups(data: Data) -> dict[tuple[str, str], dict[str, set[str]]]:
    """``(member, collaboration) -> {membership: graphs}``."""
    groups: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(dict)
    for (m, a, c), graphs in data.memberships.items():
        groups[(a, c)].setdefault(m, set()).update(graphs)
    return groups


@_kept
def _cooperation_facts(data: Data) -> list[_Fact]:
    facts: list[_Fact] = []
    groups = _membership_groups(data)
    for (a, c), ms in sorted(groups.items()):
        for m, graphs in sorted(ms.items()):
            facts.append(
                _Fact(
                    a,
                    c,
                    "membership",
                    m,
                    (frozenset(graphs),),
                    (m, a, c),
                    tuple(data.evidence_of(m, graphs)),
                )
            )
    members: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(dict)
    for (a, c), ms in groups.items():
        members[c][a] = ms
    for c, by_member in sorted(members.items()):
        names = sorted(by_member)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                ma, mb = by_member[a], by_member[b]
                ga = frozenset().union(*ma.values())
                gb = frozenset().union(*mb.values())
                evidence = [e for m, g in sorted(ma.items()) for e in data.evidence_of(m, g)]
                evidence += [e for m, g in sorted(mb.items()) for e in data.evidence_of(m, g)]
                facts.append(
                    _Fact(
                        a,
                        b,
                        "co-membership",
                        c,
                        (ga, gb),
                        (*sorted(ma), *sorted(mb), c, a, b),
                        tuple(evidence),
                    )
                )
    facts.extend(_funding_facts(data))
    for (x, rel, y), graphs in sorted(data.placements.items()):
        if rel in ("hostedBy", "postIn"):
            facts.append(
                _Fact(
                    x,
                    y,
                    "hosting",
                    f"{x} {rel} {y}",
                    (frozenset(graphs),),
                    (x, y),
                    tuple(data.evidence_of(x, graphs)),
                )
            )
    # co-funding: the unit a post sits in, and whoever funds the post
    funded: dict[str, list[tuple[tuple[str, str, str, str], set[str]]]] = defaultdict(list)
    for key, graphs in sorted(data.fundings.items()):
        if key[2] == "funded item":
            funded[key[3]].append((key, graphs))
    for (post, rel, unit), placed in sorted(data.placements.items()):
        if rel != "postIn":
            continue
        for (f, funder, _role, _item), graphs in funded.get(post, ()):
            if funder == unit:
                continue
            evidence = data.evidence_of(post, placed) + data.evidence_of(f, graphs)
            facts.append(
                _Fact(
                    unit,
                    funder,
                    "co-funding",
                    f"{f} {post}",
                    (frozenset(placed), frozenset(graphs)),
                    (post, f, unit, funder),
                    tuple(evidence),
                )
            )
    facts.extend(_shared_holder_facts(data))
    for (a, b), graphs in sorted(data.stated.items()):
        facts.append(
            _Fact(
                a,
                b,
                "statement",
                f"{a} {b}",
                (frozenset(graphs),),
                (a, b),
                tuple(data.evidence_of(a, graphs)),
            )
        )
    return facts


@_kept
def _shared_holder_facts(data: Data) -> list[_Fact]:
    """One person holds a post in each of two units: the person bridges them."""
    posts: dict[str, list[tuple[str, str, frozenset[str]]]] = defaultdict(list)
    for (post, person), held in sorted(data.held.items()):
        for rel, unit in data.placed().get(post, ()):
            if rel == "postIn":
                placed = data.placements[(post, rel, unit)]
                posts[person].append((post, unit, frozenset(held | placed)))
    facts = []
    for person, placed in sorted(posts.items()):
        for i, (p1, u1, g1) in enumerate(placed):
            for p2, u2, g2 in placed[i + 1 :]:
                if u1 == u2:
                    continue
                evidence = data.evidence_of(p1, g1) + data.evidence_of(p2, g2)
                facts.append(
                    _Fact(u1, u2, "shared post holder", person, (g1, g2), (p1, p2), tuple(evidence))
                )
    return facts


@_kept
def _funding_facts(data: Data) -> list[_Fact]:
    return [
        _Fact(
            funder,
            x,
            "funding",
            f,
            (frozenset(graphs),),
            (f, funder, x),
            tuple(data.evidence_of(f, graphs)),
            role,
        )
        for (f, funder, role, x), graphs in sorted(data.fundings.items())
        if funder != x
    ]


@_kept
def _participation_facts(data: Data) -> list[_Fact]:
    facts: list[_Fact] = []
    for (m, a, c), graphs in sorted(data.memberships.items()):
        facts.append(
            _Fact(
                a,
                c,
                "membership",
                m,
                (frozenset(graphs),),
                (m, a, c),
                tuple(data.evidence_of(m, graphs)),
            )
        )
    for (i, a), graphs in sorted(data.associations.items()):
        facts.append(
            _Fact(
                a,
                i,
                "association",
                f"{i} {a}",
                (frozenset(graphs),),
                (i, a),
                tuple(data.evidence_of(i, graphs)),
            )
        )
    for (x, rel, y), graphs in sorted(data.placements.items()):
        if rel == "hostedBy":
            facts.append(
                _Fact(
                    y,
                    x,
                    "hosting",
                    f"{x} {rel} {y}",
                    (frozenset(graphs),),
                    (x, y),
                    tuple(data.evidence_of(x, graphs)),
                )
            )
    for (f, funder, role, x), graphs in sorted(data.fundings.items()):
        if role == "funded item":
            facts.append(
                _Fact(
                    funder,
                    x,
                    "funding",
                    f,
                    (frozenset(graphs),),
                    (f, funder, x),
                    tuple(data.evidence_of(f, graphs)),
                )
            )
    return facts


# ----------------------------------------------------------------------------------------
# assembly and filters
# ----------------------------------------------------------------------------------------


def _node_attributes(data: Data, iri: str) -> dict[str, Any]:
    """The node attributes of ``iri`` (all of ``NODE_ATTRIBUTES`` but ``bipartite``): a
    new dict each time (its lists too), made once per ``data``."""
    kept = data.cache.setdefault("node attributes", {})
    attrs = kept.get(iri)
    if attrs is None:
        attrs = kept[iri] = _make_node_attributes(data, iri)
    return {
        **attrs,
        "municipality_codes": list(attrs["municipality_codes"]),
        "documents": list(attrs["documents"]),
    }


def _make_node_attributes(data: Data, iri: str) -> dict[str, Any]:
    sector = data.sector(iri)
    municipality = data.municipality_of(iri)
    holders = data.holders.get(iri, ()) if data.is_a(iri, (str(ORG.Post),)) else ()
    return {
        "label": data.label(iri, "sv"),
        "label_en": data.label(iri, "en"),
        "type": data.most_specific_type(iri),
        "sector": local_name(sector) if sector else "",
        "sector_label": data.label(sector, "sv") if sector else "",
        "municipality": data.label(municipality, "sv") if municipality else "",
        "municipality_code": data.codes.get(municipality, "") if municipality else "",
        "municipality_codes": sorted(
            {data.codes[m] for m in _municipalities(data, iri) if m in data.codes}
        ),
        "documents": sorted(data.documents[g] for g in data.mentions.get(iri, ())),
        "iri": iri,
        "holder": "; ".join(sorted(h for h in holders if h)),
    }


def _municipalities(data: Data, iri: str, _seen: frozenset[str] = frozenset()) -> set[str]:
    """Every municipality IRI ``iri`` belongs to (the rule of ``Data.municipality_of``, but
    all of them: a project of three municipalities belongs to each)."""
    if str(SAM.Municipality) in data.all_types(iri):
        return {iri}
    stated = data.municipality.get(iri)
    if stated:
        return set(stated)
    found: set[str] = set()
    for parent in data.parents(iri, ("unitOf", "postIn", "hostedBy")):
        if parent not in _seen:
            found |= _municipalities(data, parent, _seen | {iri})
    return found


def _document_graph(data: Data, document: str) -> str:
    graph = document if document.startswith(DOCUMENT_PREFIX) else DOCUMENT_PREFIX + document
    graph = graph.removesuffix(".txt").removesuffix(".ttl")
    if graph not in data.documents:
        known = ", ".join(sorted(data.documents.values())) or "none"
        raise SamverkanError(f"no document {document!r} in the dataset (documents: {known})")
    return graph


def _sector_keys(data: Data, sector: str | Iterable[str]) -> set[str]:
    wanted = {sector} if isinstance(sector, str) else set(sector)
    known = {local_name(s) for s in data.labels if s.startswith(SECTOR_PREFIX)}
    known |= {local_name(s) for ss in data.sectors.values() for s in ss}
    unknown = sorted(wanted - known)
    if unknown:
        raise SamverkanError(
            f"unknown sector {', '.join(map(repr, unknown))}; "
            f"choose from: {', '.join(sorted(known))}"
        )
    return wanted


def _describe(**filters: Any) -> str:
    said = [
        f"{k} {v!r}" if isinstance(v, str) else f"{k} {v}"
        for k, v in filters.items()
        if v is not None
    ]
    return (" for " + ", ".join(said)) if said else ""


def _assemble(
    G: nx.Graph,
    name: str,
    data: Data,
    facts: list[_Fact],
    nodes: set[str],
    *,
    document: str | None,
    municipality: str | None,
    sector: str | Iterable[str] | None,
    year: int | None,
    side: set[str] | None = None,
    extra_edges: list[tuple[str, ...]] | None = None,
) -> nx.Graph:
    """Filter ``facts`` and ``nodes``, then build ``G`` with attributes.

    ``side``: for a bipartite graph, the nodes the municipality and sector filters apply
    to; the others stay while tied to a kept one.
    """
    extra_edges = extra_edges or []
    sector_list = sorted(sector) if sector is not None and not isinstance(sector, str) else sector
    said = _describe(document=document, municipality=municipality, sector=sector_list, year=year)
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise SamverkanError(f"year must be a number such as 2018, not {year!r}") from None
    if document is not None:
        graph = _document_graph(data, document)
        facts = [f for f in facts if f.stated_in(graph)]
        nodes = {x for x in nodes if graph in data.mentions.get(x, ())}
        extra_edges = []
    if year is not None:
        facts = [f for f in facts if f.active_in(data, year)]
        periods = {x: p for x in nodes if (p := data.period(x)) is not None}
        nodes = {x for x, (lo, hi) in periods.items() if lo <= year <= hi}
        extra_edges = []
        if not facts and not nodes:
            years = sorted(
                {
                    y
                    for d in data.dates.values()
                    for vs in d.values()
                    for v in vs
                    if (y := _data.year_of(v)) is not None
                }
            )
            span = f" (the dataset's dates run from {years[0]} to {years[-1]})" if years else ""
            raise EmptyProjectionError(f"no {name} facts are dated to the year {year}{span}")

    edges: dict[tuple[str, str], list[_Fact]] = defaultdict(list)
    for f in facts:
        key = (f.u, f.v) if G.is_directed() else tuple(sorted((f.u, f.v)))
        edges[key].append(f)  # type: ignore[index]
    for u, v in edges:
        nodes.update((u, v))
    for u, v in extra_edges:
        nodes.update((u, v))

    for iri in sorted(nodes):
        G.add_node(node_id(iri), **_node_attributes(data, iri))
    only = data.documents[_document_graph(data, document)] if document is not None else None
    for (u, v), fs in sorted(edges.items()):
        documents = sorted({data.documents[g] for f in fs for g in f.graphs})
        evidence: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for f in fs:
            for doc, quote in f.evidence:
                if (doc, quote) not in seen and only in (None, doc):
                    seen.add((doc, quote))
                    evidence.append({"document": doc, "quote": quote})
        if only is not None:
            documents = [only]
        G.add_edge(
            node_id(u),
            node_id(v),
            kinds=sorted({f.kind for f in fs}),
            weight=len({(f.kind, f.key) for f in fs}),
            documents=documents,
            evidence=evidence,
            draft=all(f.key in data.drafts or f.involved[0] in data.drafts for f in fs),
            _facts=fs,
        )
    for u, v in extra_edges:
        G.add_edge(
            node_id(u),
            node_id(v),
            kinds=["inferred"],
            weight=1,
            documents=[],
            evidence=[],
            draft=False,
            _facts=[],
        )
    G.graph["unexplained"] = len(extra_edges)

    if municipality is not None:
        code = str(municipality)
        if code not in data.codes.values():
            raise SamverkanError(f"no municipality with code {code!r} in the dataset")
        G = _restrict(G, municipality_nodes(G, code), side)
    if sector is not None:
        wanted = _sector_keys(data, sector)
        keep = {n for n, s in G.nodes(data="sector") if s in wanted}
        G = _restrict(G, keep, side)

    if G.number_of_nodes() == 0:
        raise EmptyProjectionError(f"the {name} projection is empty{said}")
    if name != "funding":
        for _, _, attrs in G.edges(data=True):
            attrs.pop("_facts", None)
    G.graph.update(projection=name)
    for key, value in (("document", document), ("municipality", municipality), ("year", year)):
        if value is not None:
            G.graph[key] = value
    if sector is not None:
        G.graph["sector"] = sector if isinstance(sector, str) else "; ".join(sector_list)
    return G


def _restrict(G: nx.Graph, keep: set[str], side: set[str] | None) -> nx.Graph:
    """Induced subgraph on ``keep``; for a bipartite graph, on ``keep`` and its other side."""
    if side is not None:
        side_ids = {node_id(x) for x in side}
        keep = {n for n in G if n not in side_ids or n in keep}
        H = G.subgraph(keep).copy()
        H.remove_nodes_from([n for n in list(H) if n not in side_ids and H.degree(n) == 0])
        return H
    return G.subgraph(keep).copy()
