"""Network measures for the projections: brokerage, cross-sector ties, communities, cut points.

Centrality (degree, betweenness, closeness, eigenvector) and Burt's structural-hole
measures (constraint, effective size) have NetworkX's definitions and values, computed by
the faster code of :mod:`samverkan.network._fast` (igraph, arrays, common neighbours), so
that a national network of about 9,000 actors takes well under a minute of CPU; this module adds
what NetworkX lacks (Gould and Fernandez's brokerage roles, Krackhardt and Stern's E-I
index, size and density per group), gathers every measure per actor in one table
(:func:`measure_table`), and writes a short text on the top brokers with the facts behind
their position (:func:`summary`).

Grouping attributes are node attributes of the projections: ``"sector"`` (cross-sector
analysis) or ``"municipality_code"``. A node whose attribute is missing or ``""`` (a
county board has no municipality) is by default a group of its own (``missing="distinct"``);
with ``missing="ignore"`` the ties and triads that involve it are not counted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from samverkan.errors import SamverkanError
from samverkan.network import _fast
from samverkan.network.groups import communities, community_anchors, cut_points, group_density

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "LOCAL_MEASURES",
    "PATH_MEASURES",
    "ROLES",
    "Earlier",
    "brokerage",
    "communities",
    "community_anchors",
    "cut_points",
    "ei_index",
    "group_density",
    "measure_table",
    "node_ei_index",
    "simple_graph",
    "summary",
    "ties_of",
]

#: Gould and Fernandez's five brokerage roles, in their order.
ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def _groups(G: nx.Graph, attribute: str, missing: str) -> dict[Hashable, Hashable | None]:
    """Node -> group; a node without a value is its own group, or None to ignore it."""
    if missing not in ("distinct", "ignore"):
        raise SamverkanError(f"missing must be 'distinct' or 'ignore', not {missing!r}")
    out: dict[Hashable, Hashable | None] = {}
    for n, value in G.nodes(data=attribute):
        if value is None or value == "":
            out[n] = None if missing == "ignore" else ("(none)", n)
        else:
            out[n] = value
    return out


def brokerage(
    G: nx.Graph,
    attribute: str,
    *,
    nodes: Iterable[Hashable] | None = None,
    missing: str = "distinct",
) -> dict[Hashable, dict[str, int]]:
    """Gould and Fernandez's brokerage roles of each node, with groups from a node attribute.

    A node ``b`` brokers an open two-path ``a -> b -> c``: ``a`` and ``c`` are distinct,
    both tied to ``b``, and ``a`` has no tie to ``c``. With ``A(x)`` the group of ``x``,
    the path gives ``b`` one of five roles [1]_:

    ============== ======================== =====================================
    role           groups                   ``b`` ...
    ============== ======================== =====================================
    coordinator    A(a) = A(b) = A(c)       mediates within its own group
    itinerant      A(a) = A(c) != A(b)      mediates within another group
                                            (also called consultant)
    representative A(a) = A(b) != A(c)      speaks for its group to another
    gatekeeper     A(a) != A(b) = A(c)      lets another group into its own
    liaison        A(a), A(b), A(c) differ  mediates between two other groups
    ============== ======================== =====================================

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        In a directed graph the paths follow the edges. An undirected graph counts each
        unordered pair ``{a, c}`` once; a pair in which one end shares ``b``'s group and
        the other does not counts once as representative and once as gatekeeper (the two
        are the same pair read in opposite directions), so the two roles coincide.
        Self-loops are ignored.
    attribute : str
        The node attribute whose values are the groups (``"sector"``,
        ``"municipality_code"``).
    nodes : iterable, optional
        Compute only for these nodes (default: all).
    missing : {"distinct", "ignore"}, optional (default "distinct")
        A node without a value is a group of its own, or its paths are not counted.

    Returns
    -------
    roles : dict
        Node -> ``{role: count}`` for the five :data:`ROLES` and ``"total"``, the number of
        open two-paths (pairs, if undirected) the node brokers.

    Notes
    -----
    These are the raw counts of [1]_; their normalisation by the counts expected under a
    random assignment of groups is not done here. The same counts come from UCINET's
    brokerage routine and statnet's ``brokerage()`` for directed graphs.

    The pairs are not enumerated: each node's contacts are counted by group, which gives
    the number of pairs in each role by formula, and the closed pairs (a tie between the
    two contacts) are then taken off, found by one set intersection per contact. The cost
    is the number of ties times the smaller degree, not the square of each degree; the
    tests check the counts against a brute force over all triples.

    References
    ----------
    .. [1] Gould, R. V. and Fernandez, R. M. (1989). Structures of mediation: A formal
       approach to brokerage in transaction networks. *Sociological Methodology* 19,
       89-126. https://doi.org/10.2307/270949

    Examples
    --------
    A municipal coordinator between two associations and a state agency:

    >>> import networkx as nx
    >>> G = nx.Graph([("coordinator", "assoc1"), ("coordinator", "assoc2"),
    ...               ("coordinator", "agency"), ("coordinator", "department")])
    >>> nx.set_node_attributes(G, {"coordinator": "kommunal", "department": "kommunal",
    ...     "assoc1": "civilsamhalle", "assoc2": "civilsamhalle", "agency": "statlig"}, "sector")
    >>> b = brokerage(G, "sector")["coordinator"]
    >>> b["liaison"], b["itinerant"], b["representative"], b["gatekeeper"], b["total"]
    (2, 1, 3, 3, 6)
    """
    group = _groups(G, attribute, missing)
    directed = G.is_directed()
    succ = {n: {m for m in G.successors(n) if m != n} for n in G} if directed else None
    pred = {n: {m for m in G.predecessors(n) if m != n} for n in G} if directed else None
    nbrs = None if directed else {n: {m for m in G[n] if m != n} for n in G}
    result: dict[Hashable, dict[str, int]] = {}
    for b in G if nodes is None else nodes:
        if group[b] is None:
            result[b] = dict.fromkeys((*ROLES, "total"), 0)
        elif directed:
            result[b] = _directed_roles(b, group, pred, succ)
        else:
            result[b] = _undirected_roles(b, group, nbrs)
    return result


def _role(ga: Hashable, gb: Hashable, gc: Hashable) -> str:
    """The role of ``b`` on the path ``a -> b -> c``, from the three groups."""
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def _group_counts(members: Iterable[Hashable], group: dict) -> dict[Hashable, int]:
    counts: dict[Hashable, int] = {}
    for n in members:
        counts[group[n]] = counts.get(group[n], 0) + 1
    return counts


def _undirected_roles(b: Hashable, group: dict, nbrs: dict) -> dict[str, int]:
    """Roles of ``b``: every pair of its contacts counted by group, less the tied pairs.

    With :math:`k_g` contacts in group :math:`g` (:math:`k` in all, :math:`s` in ``b``'s):
    coordinator :math:`\\binom{s}{2}`, itinerant :math:`\\sum_{g \\ne A(b)} \\binom{k_g}{2}`,
    representative (= gatekeeper) :math:`s (k - s)`, liaison the rest of
    :math:`\\binom{k}{2}`; then each tied pair of contacts (a triangle through ``b``) is
    taken off its role. The cost is the degree plus, for each contact, one set
    intersection: no loop over pairs.
    """
    gb = group[b]
    contacts = {n for n in nbrs[b] if group[n] is not None}
    k_g = _group_counts(contacts, group)
    k, s = len(contacts), k_g.get(gb, 0)
    counts = dict.fromkeys((*ROLES, "total"), 0)
    counts["coordinator"] = s * (s - 1) // 2
    counts["itinerant"] = sum(c * (c - 1) // 2 for g, c in k_g.items() if g != gb)
    counts["representative"] = s * (k - s)
    closed = dict.fromkeys(ROLES, 0)
    for a in contacts:  # each tied pair is met from both ends: halved below
        for c in nbrs[a] & contacts:
            closed[_role(group[a], gb, group[c])] += 1
    closed["representative"] += closed.pop("gatekeeper")
    pairs = k * (k - 1) // 2
    counts["liaison"] = pairs - counts["coordinator"] - counts["itinerant"]
    counts["liaison"] -= counts["representative"]
    for role, twice in closed.items():
        counts[role] -= twice // 2
    counts["gatekeeper"] = counts["representative"]
    counts["total"] = pairs - sum(closed.values()) // 2
    return counts


def _directed_roles(b: Hashable, group: dict, pred: dict, succ: dict) -> dict[str, int]:
    """Roles of ``b``: every (sender, receiver) pair counted by group, less the closed ones.

    With :math:`P_g` senders and :math:`S_g` receivers in group :math:`g` (:math:`P`,
    :math:`S` in all): coordinator :math:`P_{A(b)} S_{A(b)}`, itinerant
    :math:`\\sum_{g \\ne A(b)} P_g S_g`, representative :math:`P_{A(b)} (S - S_{A(b)})`,
    gatekeeper :math:`(P - P_{A(b)}) S_{A(b)}`, liaison the rest of :math:`P S`; then the
    pairs that are no open path are taken off: a node both sender and receiver
    (``a -> b -> a``) and each pair with an arc ``a -> c``.
    """
    gb = group[b]
    senders = {n for n in pred[b] if group[n] is not None}
    receivers = {n for n in succ[b] if group[n] is not None}
    p_g, s_g = _group_counts(senders, group), _group_counts(receivers, group)
    p, s = len(senders), len(receivers)
    p_b, s_b = p_g.get(gb, 0), s_g.get(gb, 0)
    counts = dict.fromkeys((*ROLES, "total"), 0)
    counts["coordinator"] = p_b * s_b
    counts["itinerant"] = sum(c * s_g.get(g, 0) for g, c in p_g.items() if g != gb)
    counts["representative"] = p_b * (s - s_b)
    counts["gatekeeper"] = (p - p_b) * s_b
    counts["liaison"] = p * s - sum(counts[r] for r in ROLES[:4])
    closed = 0
    for a in senders:
        ga = group[a]
        if a in receivers:
            counts[_role(ga, gb, ga)] -= 1
            closed += 1
        for c in succ[a] & receivers:  # no self-loops in succ: c != a
            counts[_role(ga, gb, group[c])] -= 1
            closed += 1
    counts["total"] = p * s - closed
    return counts


def _tie_counts(
    G: nx.Graph, attribute: str, weight: str | None, missing: str
) -> dict[Hashable, list[float]]:
    """Node -> [external, internal] tie counts (or weights)."""
    group = _groups(G, attribute, missing)
    counts: dict[Hashable, list[float]] = {n: [0.0, 0.0] for n in G}
    for u, v, w in G.edges(data=weight, default=1):
        if u == v or group[u] is None or group[v] is None:
            continue
        w = 1 if weight is None else w
        k = 1 if group[u] == group[v] else 0
        counts[u][k] += w
        counts[v][k] += w
    return counts


def ei_index(
    G: nx.Graph, attribute: str, *, weight: str | None = None, missing: str = "distinct"
) -> float:
    """Krackhardt and Stern's E-I index of the whole network.

    .. math:: EI = \\frac{E - I}{E + I}

    where :math:`E` is the number of ties between groups (external) and :math:`I` the
    number within groups (internal) [1]_. It runs from -1 (all ties within groups) to +1
    (all ties across groups). With ``attribute="sector"`` it measures how much of the
    collaboration crosses sector lines.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Self-loops are ignored; in a digraph each arc is a tie.
    attribute : str
        Node attribute with the groups.
    weight : str, optional
        Edge attribute to sum instead of counting ties.
    missing : {"distinct", "ignore"}, optional
        See :func:`brokerage`.

    Returns
    -------
    ei : float
        ``nan`` if there is no tie to count.

    References
    ----------
    .. [1] Krackhardt, D. and Stern, R. N. (1988). Informal networks and organizational
       crises: An experimental simulation. *Social Psychology Quarterly* 51(2), 123-140.
       https://doi.org/10.2307/2786835

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a1", "a2"), ("a1", "b1"), ("a2", "b1"), ("b1", "b2")])
    >>> nx.set_node_attributes(G, {"a1": "A", "a2": "A", "b1": "B", "b2": "B"}, "sector")
    >>> ei_index(G, "sector")  # E = 2, I = 2
    0.0
    """
    group = _groups(G, attribute, missing)
    external = internal = 0.0
    for u, v, w in G.edges(data=weight, default=1):
        if u == v or group[u] is None or group[v] is None:
            continue
        w = 1 if weight is None else w
        if group[u] == group[v]:
            internal += w
        else:
            external += w
    total = external + internal
    return (external - internal) / total if total else math.nan


def node_ei_index(
    G: nx.Graph, attribute: str, *, weight: str | None = None, missing: str = "distinct"
) -> dict[Hashable, float]:
    """Krackhardt and Stern's E-I index of each node's own ties.

    For node :math:`i` with :math:`E_i` ties to other groups and :math:`I_i` ties within
    its group, :math:`EI_i = (E_i - I_i) / (E_i + I_i)` [1]_; ``nan`` for a node without
    ties. Parameters as in :func:`ei_index`.

    Returns
    -------
    ei : dict
        Node -> E-I index.

    References
    ----------
    .. [1] Krackhardt, D. and Stern, R. N. (1988). Informal networks and organizational
       crises: An experimental simulation. *Social Psychology Quarterly* 51(2), 123-140.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a1", "a2"), ("a1", "b1"), ("a2", "b1"), ("b1", "b2")])
    >>> nx.set_node_attributes(G, {"a1": "A", "a2": "A", "b1": "B", "b2": "B"}, "sector")
    >>> node_ei_index(G, "sector")["b1"]  # two ties out (a1, a2), one in (b2)
    0.3333333333333333
    """
    out = {}
    for n, (e, i) in _tie_counts(G, attribute, weight, missing).items():
        out[n] = (e - i) / (e + i) if e + i else math.nan
    return out


def _eigenvector(G: nx.Graph, weight: str | None) -> dict[Hashable, float]:
    """Eigenvector centrality, per connected component for an undirected graph.

    On a disconnected network the leading eigenvector of the whole adjacency matrix puts
    (almost) all weight on one component, so the others' values say nothing. Each component
    is therefore normalised on its own (unit Euclidean norm, as networkx does); an isolate
    gets 0. A directed graph is measured as a whole.
    """
    try:
        if G.is_directed() or nx.is_connected(G):
            return _fast.eigenvector(G, weight, max_iter=10_000, tol=1e-9)
        out: dict[Hashable, float] = {}
        for nodes in nx.connected_components(G):
            if len(nodes) == 1:
                out.update(dict.fromkeys(nodes, 0.0))
                continue
            out.update(_fast.eigenvector(G.subgraph(nodes), weight, max_iter=10_000, tol=1e-9))
        return out
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException, ZeroDivisionError):
        return dict.fromkeys(G, math.nan)


def _stable(value: object) -> object:
    """A float rounded to 10 significant digits; anything else as it is.

    networkx sums over sets of neighbours, whose order follows Python's per-process string
    hashing, so the last bits of a float can differ between two runs; rounding removes
    that noise, and a value on a display boundary (9.975) no longer prints differently.
    """
    if isinstance(value, float) and math.isfinite(value):
        return float(f"{value:.10g}")
    return value


#: The measures of :func:`measure_table` on unweighted shortest paths: they depend on the
#: nodes and ties of the network (:func:`simple_graph`), not on weights or attributes.
PATH_MEASURES = ("betweenness", "closeness")


def simple_graph(G: nx.Graph, *, copy: bool = True) -> nx.Graph:
    """``G`` as :func:`measure_table` measures it: a plain graph (or digraph) with its
    nodes and ties in ``G``'s order, without self-loops.

    With ``copy=False``, ``G`` itself when it is one already (not a multigraph, no
    self-loops), for a caller that only reads it: on the collaboration network of a
    million quads (6,823 nodes, 58,051 ties) the copy takes 0.4 s.

    Examples
    --------
    >>> G = nx.MultiGraph([("a", "b"), ("a", "b"), ("b", "b")])
    >>> list(simple_graph(G).edges())
    [('a', 'b')]
    >>> H = nx.Graph([("a", "b")])
    >>> simple_graph(H, copy=False) is H, simple_graph(H) is H
    (True, False)
    >>> simple_graph(G, copy=False) is G
    False
    """
    if not copy and not G.is_multigraph() and nx.number_of_selfloops(G) == 0:
        return G
    simple = nx.DiGraph(G) if G.is_directed() else nx.Graph(G)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    return simple


#: The measures of :func:`measure_table` that depend on a node's ties, its contacts' ties
#: and their groups alone (Burt's, Gould and Fernandez's): after an edit, only the nodes
#: within one step of a changed tie or group can have other values.
LOCAL_MEASURES = ("constraint", "effective_size", *ROLES, "brokerage")


def ties_of(
    G: nx.Graph, group: str = "sector", weight: str | None = "weight"
) -> dict[Hashable, tuple]:
    """What the :data:`LOCAL_MEASURES` of each node read of it: its group, and the weight of
    each of its ties (out and in, for a digraph). Compared with an earlier network's by
    :func:`measure_table` (``earlier``).

    Examples
    --------
    >>> G = nx.Graph([("a", "b", {"weight": 2})]); G.nodes["a"]["sector"] = "public"
    >>> ties_of(G)
    {'a': ('public', {'b': 2}), 'b': (None, {'a': 2})}
    """
    groups = dict(G.nodes(data=group))
    if G.is_directed():
        return {
            n: (
                groups[n],
                {v: d.get(weight, 1) if weight else 1 for v, d in G.succ[n].items()},
                {u: d.get(weight, 1) if weight else 1 for u, d in G.pred[n].items()},
            )
            for n in G
        }
    return {
        n: (groups[n], {v: d.get(weight, 1) if weight else 1 for v, d in G.adj[n].items()})
        for n in G
    }


@dataclass
class Earlier:
    """An earlier table of a network and the ties it was measured on, for
    :func:`measure_table`'s ``earlier``; ``table`` and ``ties`` None for none. The
    function sets ``now`` to the ties of the network it measures (to keep for the next
    table) and ``measured`` to how many nodes' local measures it computed."""

    table: pd.DataFrame | None = None
    ties: dict[Hashable, tuple] | None = None
    now: dict[Hashable, tuple] = field(default_factory=dict)
    measured: int = 0

    def changed(self, simple: nx.Graph, now: dict[Hashable, tuple]) -> set[Hashable] | None:
        """The nodes of ``simple`` (ties ``now``) whose local measures may differ from the
        earlier table's: those whose group or ties changed, and their contacts; None when
        there is no earlier table to take the others from."""
        if self.table is None or self.ties is None:
            return None
        kept = set(self.table.index)
        before = self.ties
        moved = {n for n, t in now.items() if n not in kept or before.get(n) != t}
        found = set(moved)
        for n in moved:
            found.update(nx.all_neighbors(simple, n))
        return found


@contextmanager
def _timed(timings: dict[str, float] | None, name: str) -> Iterator[None]:
    """Add the seconds the ``with`` block takes to ``timings[name]`` (if ``timings``)."""
    started = time.perf_counter()
    yield
    if timings is not None:
        timings[name] = time.perf_counter() - started


def measure_table(
    G: nx.Graph,
    *,
    group: str = "sector",
    weight: str | None = "weight",
    seed: int = 0,
    timings: dict[str, float] | None = None,
    known: Mapping[str, Mapping[Hashable, Any]]
    | Callable[[], Mapping[str, Mapping[Hashable, Any]] | None]
    | None = None,
    earlier: Earlier | None = None,
) -> pd.DataFrame:
    """Every measure of this module, one row per node.

    Columns, in order:

    ``label``, ``type``, ``sector``, ``municipality``
        from the node attributes (``""`` if absent);
    ``degree``, ``weighted_degree``
        number of ties and sum of their ``weight`` (also ``in_degree``, ``out_degree``
        for a digraph);
    ``betweenness``, ``closeness``
        Freeman's betweenness and closeness [1]_ [2]_, normalised, on unweighted
        shortest paths (tie weight is a strength, not a distance); computed by igraph,
        normalised as NetworkX (:func:`~samverkan.network._fast.betweenness`,
        :func:`~samverkan.network._fast.closeness`);
    ``eigenvector``
        Bonacich's eigenvector centrality [3]_, with tie weights; on an undirected
        network, computed per connected component (each normalised on its own, isolates
        0), since on a disconnected network the whole-graph vector leaves every component
        but one near 0; ``nan`` where the power iteration does not converge (a directed
        acyclic graph);
    ``constraint``, ``effective_size``
        Burt's structural-hole measures [4]_, with tie weights; ``nan`` for isolates;
    ``coordinator`` ... ``liaison``, ``brokerage``
        Gould and Fernandez's roles with ``group`` as grouping, and their total
        (:func:`brokerage`);
    ``ei_index``
        the node's E-I index with ``group`` as grouping (:func:`node_ei_index`);
    ``community``
        its Louvain community (:func:`communities`), named by the community's member of
        highest degree (:func:`community_anchors`): a name that stays when an edit
        elsewhere in the network moves other communities, which an index by size does not;
    ``articulation_point``
        whether removing it splits the network (:func:`cut_points`);
    ``bridges``
        how many of its ties are bridges.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        A projection.
    group : str, optional (default "sector")
        Node attribute for brokerage and E-I (``"sector"`` or ``"municipality_code"``).
    weight : str or None, optional (default "weight")
        Edge attribute with tie strength.
    seed : int, optional (default 0)
        Seed of the community detection.
    timings : dict, optional
        If given, filled with the seconds each measure took (``"betweenness"``,
        ``"constraint"``, ...), for the scaling benchmark (``samverkan bench --scale``).
    known : dict, optional
        Columns already known, taken as they are instead of computed: only those of
        :data:`PATH_MEASURES` (``"betweenness"``, ``"closeness"``), node -> value, which
        depend on the nodes and ties alone, not on the weights. An incremental build
        gives the previous build's values when its network has the same nodes and ties in
        the same order (an edit that changed only weights or attributes,
        :func:`samverkan.views._incremental.paths_key`); they are then the values this
        function computes. Or a function that gives them (or None), called once the other
        measures are computed: a build computes them in another process meanwhile; a
        column it does not give is computed here.
    earlier : Earlier, optional
        A table of an earlier version of the network, with the ties it was measured on:
        the :data:`LOCAL_MEASURES` of each node whose group and ties, and whose contacts'
        groups and ties, are the same are taken from it, the others computed (the same
        values: each is computed from those alone). ``earlier.now`` is set to this
        network's ties, for the next time (:func:`ties_of`).

    Returns
    -------
    table : pandas.DataFrame
        Indexed by node, sorted by betweenness, then brokerage, then node (descending,
        descending, ascending). Floats are rounded to 10 significant digits, so that the
        table is the same in every run (networkx sums over sets of neighbours, whose order
        follows Python's per-process string hashing).

    Raises
    ------
    SamverkanError
        If ``G`` has no nodes.

    References
    ----------
    .. [1] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
       *Sociometry* 40(1), 35-41. https://doi.org/10.2307/3033543
    .. [2] Freeman, L. C. (1979). Centrality in social networks: Conceptual clarification.
       *Social Networks* 1(3), 215-239. https://doi.org/10.1016/0378-8733(78)90021-7
    .. [3] Bonacich, P. (1987). Power and centrality: A family of measures. *American
       Journal of Sociology* 92(5), 1170-1182. https://doi.org/10.1086/228631
    .. [4] Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.*
       Harvard University Press.

    Examples
    --------
    >>> from samverkan.network import collaboration, example_store
    >>> table = measure_table(collaboration(example_store()))
    >>> table.loc["kommun/1281/tjanst/inkluderingskoordinator", ["degree", "brokerage"]].tolist()
    [5, 5]
    >>> table.index[0]
    'kommun/1281/tjanst/inkluderingskoordinator'
    >>> same = measure_table(collaboration(example_store()), known={
    ...     "betweenness": table["betweenness"].to_dict(),
    ...     "closeness": table["closeness"].to_dict()})
    >>> same.equals(table)
    True
    >>> measure_table(collaboration(example_store()), known=lambda: None).equals(table)
    True
    """
    import pandas as pd

    if G.number_of_nodes() == 0:
        raise SamverkanError("the network has no nodes to measure")
    later = known if callable(known) else None

    def given(found: Mapping[str, Mapping[Hashable, Any]] | None) -> dict[str, Any]:
        found = dict(found or {})
        if not set(found) <= set(PATH_MEASURES):
            raise ValueError(
                f"only {', '.join(PATH_MEASURES)} can be given, not {sorted(found)}"
            )
        return found

    known = {} if later is not None else given(known)  # type: ignore[arg-type]
    nodes = list(G)
    directed = G.is_directed()
    simple = simple_graph(G, copy=False)  # only read
    columns: dict[str, dict[Hashable, Any]] = {}
    for attr in ("label", "type", "sector", "municipality"):
        columns[attr] = {n: G.nodes[n].get(attr, "") for n in nodes}
    with _timed(timings, "degree"):
        columns["degree"] = dict(simple.degree())
        if directed:
            columns["in_degree"] = dict(simple.in_degree())
            columns["out_degree"] = dict(simple.out_degree())
        columns["weighted_degree"] = dict(simple.degree(weight=weight))

    def paths() -> None:
        with _timed(timings, "betweenness"):
            columns["betweenness"] = dict(known.get("betweenness") or _fast.betweenness(simple))
        with _timed(timings, "closeness"):
            columns["closeness"] = dict(known.get("closeness") or _fast.closeness(simple))

    columns["betweenness"] = columns["closeness"] = {}  # their place among the columns
    if later is None:
        paths()
    with _timed(timings, "eigenvector"):
        columns["eigenvector"] = _eigenvector(simple, weight)
    todo: Iterable[Hashable] | None = None  # the nodes whose local measures are computed
    if earlier is not None:
        earlier.now = ties_of(simple, group, weight)
        changed = earlier.changed(simple, earlier.now)
        if changed is not None:
            todo = [n for n in nodes if n in changed]
        earlier.measured = len(nodes) if todo is None else len(todo)
    with _timed(timings, "constraint"):
        columns["constraint"] = _fast.constraint(simple, weight=weight, nodes=todo)
    with _timed(timings, "effective_size"):
        columns["effective_size"] = _fast.effective_size(simple, weight=weight, nodes=todo)
    with _timed(timings, "brokerage"):
        roles = brokerage(simple, group, nodes=todo)
        for role in ROLES:
            columns[role] = {n: roles[n][role] for n in roles}
        columns["brokerage"] = {n: roles[n]["total"] for n in roles}
    if todo is not None:  # the others' from the earlier table, which changed() found
        assert earlier is not None and earlier.table is not None
        before = earlier.table
        for column in LOCAL_MEASURES:
            taken = before[column].to_dict()
            computed = columns[column]
            columns[column] = {n: computed[n] if n in computed else taken[n] for n in nodes}
    with _timed(timings, "ei_index"):
        columns["ei_index"] = node_ei_index(simple, group)
    with _timed(timings, "community"):
        columns["community"] = community_anchors(
            simple, communities(simple, weight=weight, seed=seed)
        )
    with _timed(timings, "cut_points"):
        cuts = cut_points(simple)
        points = set(cuts["articulation_points"])
        columns["articulation_point"] = {n: n in points for n in nodes}
        bridge_count = dict.fromkeys(nodes, 0)
        for u, v in cuts["bridges"]:
            bridge_count[u] += 1
            bridge_count[v] += 1
        columns["bridges"] = bridge_count
    if later is not None:
        known = given(later())
        paths()
    table = pd.DataFrame(
        {name: [_stable(col.get(n)) for n in nodes] for name, col in columns.items()},
        index=pd.Index(nodes, name="node"),
    )
    table["_key"] = table.index.map(str)
    table = table.sort_values(
        ["betweenness", "brokerage", "_key"], ascending=[False, False, True], kind="stable"
    )
    return table.drop(columns="_key")


def summary(
    G: nx.Graph,
    *,
    top: int = 5,
    group: str = "sector",
    weight: str | None = "weight",
    seed: int = 0,
    table: pd.DataFrame | None = None,
    max_ties: int = 8,
) -> str:
    """A short text on the network and its top brokers, with the facts behind each position.

    The brokers are the ``top`` nodes by betweenness (then brokerage) with a
    betweenness or brokerage above zero. For each it names its type, sector and
    municipality, its betweenness, its Gould-Fernandez roles, its constraint, and the
    ties that put it there: each neighbour with the kinds of facts behind the tie and the
    documents that state them, and one quote.

    Parameters
    ----------
    G : networkx.Graph
        A projection (edges with ``kinds``, ``documents`` and ``evidence``, as the
        projections make them; other graphs work, with less to say).
    top : int, optional (default 5)
    group, weight, seed
        As in :func:`measure_table`.
    table : pandas.DataFrame, optional
        The result of :func:`measure_table`, if already computed.
    max_ties : int, optional (default 8)
        How many ties to name per broker.

    Returns
    -------
    text : str

    Examples
    --------
    >>> from samverkan.network import collaboration, example_store
    >>> print(summary(collaboration(example_store()), top=1))  # doctest: +ELLIPSIS
    collaboration network: 12 actors, 17 ties, 3 components; E-I index (sector) 0.41.
    Top brokers (betweenness, Freeman 1977; roles by sector, Gould & Fernandez 1989):
    1. inkluderingskoordinator [CoordinatorPost, kommunal, Lunds kommun; held by Anna ...]: ...
       ties: Lunds föreningsnätverk (membership: test_a); ...; Förening Y (co-membership: test_a)
       e.g. "koordinatorn leder nätverket" (test_a)
    """
    if table is None:
        table = measure_table(G, group=group, weight=weight, seed=seed)
    name = G.graph.get("projection", "network")
    n, m = G.number_of_nodes(), G.number_of_edges()
    components = nx.number_connected_components(G.to_undirected() if G.is_directed() else G)
    ei = ei_index(G, group)
    ei_text = "n/a" if math.isnan(ei) else f"{ei:.2f}"
    lines = [
        f"{name} network: {n} actors, {m} ties, {components} component"
        f"{'s' if components != 1 else ''}; E-I index ({group}) {ei_text}.",
        f"Top brokers (betweenness, Freeman 1977; roles by {group}, Gould & Fernandez 1989):",
    ]
    brokers = table[(table["betweenness"] > 0) | (table["brokerage"] > 0)].head(top)
    if brokers.empty:
        lines.append("(no node lies between two others)")
    for rank, (node, row) in enumerate(brokers.iterrows(), start=1):
        attrs = G.nodes[node]
        about = ", ".join(
            str(x) for x in (attrs.get("type"), attrs.get("sector"), attrs.get("municipality")) if x
        )
        if attrs.get("holder"):
            about += f"; held by {attrs['holder']}"
        shown = {r: int(row[r]) for r in ROLES if row[r]}
        if not G.is_directed() and "representative" in shown:
            shown["representative/gatekeeper"] = shown.pop("representative")
            shown.pop("gatekeeper", None)
        roles = ", ".join(f"{count} {role}" for role, count in shown.items())
        pairs = int(row["brokerage"])
        c = row["constraint"]
        constraint = "" if math.isnan(c) else f", constraint {c:.2f}"
        lines.append(
            f"{rank}. {attrs.get('label', node)} [{about}]: betweenness "
            f"{row['betweenness']:.3f}, brokers {pairs} pair{'' if pairs == 1 else 's'}"
            f"{f' ({roles})' if roles else ''}{constraint}"
        )
        ties = []
        quote = None
        neighbours = (
            set(G.predecessors(node)) | set(G.successors(node)) if G.is_directed() else set(G[node])
        )
        for other in sorted(neighbours, key=str):
            data = G.edges[node, other] if G.has_edge(node, other) else G.edges[other, node]
            kinds = ", ".join(data.get("kinds", [])) or "tie"
            docs = ", ".join(data.get("documents", []))
            label = G.nodes[other].get("label", other)
            ties.append(f"{label} ({kinds}{': ' + docs if docs else ''})")
            if quote is None and data.get("evidence"):
                quote = data["evidence"][0]
        if len(ties) > max_ties:
            ties = [*ties[:max_ties], f"and {len(ties) - max_ties} more"]
        lines.append("   ties: " + "; ".join(ties))
        if quote is not None:
            lines.append(f'   e.g. "{quote["quote"]}" ({quote["document"]})')
    return "\n".join(lines)
