"""Fast versions of NetworkX's centrality and structural-hole measures, same values.

NetworkX's betweenness and closeness run a breadth-first search from every node in
Python, and its pure-Python ``constraint`` and ``effective_size`` recompute each node's
normalised tie weights for every pair of neighbours (a cost that grows with the cube of
the degree). On the national collaboration network (9k actors) that takes minutes. Here:

- :func:`betweenness` and :func:`closeness` run igraph's C code and rescale its values to
  NetworkX's normalisation, so the numbers are NetworkX's (to rounding);
- :func:`eigenvector` runs NetworkX's own power iteration, step for step, on arrays;
- :func:`cuts` finds articulation points and bridges by igraph's depth-first search;
- :func:`constraint` and :func:`effective_size` compute Burt's formulas once per tie from
  adjacency sets: the indirect part of a tie ``u - v`` sums over the common neighbours of
  ``u`` and ``v`` only (a set intersection), so the cost is the number of ties times the
  smaller degree, not the cube of the degree.

Each function takes a simple graph (no self-loops) and returns a dict keyed by node, as
NetworkX's function of the same name does.

igraph's searches run in a thread of their own (:func:`own_heap`): in a process that holds
a large Oxigraph store, as a build does, they took more than twice as long in the thread
that loaded it.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

import networkx as nx

if TYPE_CHECKING:  # pragma: no cover
    import igraph as ig

__all__ = [
    "betweenness",
    "closeness",
    "constraint",
    "cuts",
    "effective_size",
    "eigenvector",
    "own_heap",
]

T = TypeVar("T")


def own_heap(call: Callable[[], T]) -> T:
    """``call()`` run in a new thread, so that the C code it runs allocates from a heap of
    its own; its result, or its exception.

    glibc's ``malloc`` gives a new thread its own arena. igraph builds its adjacency lists
    with many small allocations; in the thread that loaded a large Oxigraph store (or a
    process forked from it, as the views' workers are), they are scattered over that
    store's heap and every search misses the cache. Measured on the collaboration network
    of the 1.03M-quad synthetic build (6,823 actors, 58,044 ties): igraph's betweenness
    2.7 s wall in a fresh process, 5.4-6.3 s in the thread that loaded the store or a
    fork of it, 2.6-2.8 s in a new thread of either. The values are the same; only where
    the memory lies changes.

    Examples
    --------
    >>> own_heap(lambda: sum(range(4)))
    6
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(call).result()


@contextlib.contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Within the block, igraph draws its random numbers in this thread from a
    ``random.Random`` seeded with ``seed``; after it, from Python's ``random``.

    igraph keeps a generator per thread, and only the thread that imported it draws from
    Python's ``random``: a build imports igraph in a thread of its own
    (:func:`samverkan.views._parallel.preload`), after which seeding ``random`` no longer
    reaches igraph in the others.

    Examples
    --------
    >>> import igraph as ig
    >>> g = ig.Graph.Ring(12)
    >>> with seeded(7):
    ...     a = g.community_leiden(objective_function="modularity").membership
    >>> with seeded(7):
    ...     a == g.community_leiden(objective_function="modularity").membership
    True
    """
    import random

    import igraph as ig

    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def _igraph(G: nx.Graph) -> tuple[ig.Graph, list[Hashable]]:
    """``G`` as an igraph graph with vertex ``i`` the ``i``-th node of ``G``."""
    try:
        import igraph as ig
    except ImportError:  # pragma: no cover - igraph is a dependency
        from samverkan.errors import SamverkanError

        raise SamverkanError("network measures need the igraph package") from None
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(
        n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()], directed=G.is_directed()
    )
    return g, nodes


def betweenness(G: nx.Graph) -> dict[Hashable, float]:
    """Freeman's betweenness on unweighted shortest paths, normalised as NetworkX does.

    For node :math:`v`, :math:`\\sum_{s \\ne v \\ne t} \\sigma_{st}(v) / \\sigma_{st}`
    over ordered pairs (directed) or unordered pairs (undirected) [1]_, where
    :math:`\\sigma_{st}` is the number of shortest paths from :math:`s` to :math:`t` and
    :math:`\\sigma_{st}(v)` those through :math:`v`. Brandes' algorithm [2]_ in igraph; the
    result is divided by :math:`(n-1)(n-2)/2` (undirected) or :math:`(n-1)(n-2)`
    (directed), with :math:`n` the nodes of the whole graph, as
    ``networkx.betweenness_centrality(G, normalized=True)`` does (no scaling for
    :math:`n \\le 2`).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Without self-loops.

    Returns
    -------
    betweenness : dict
        Node -> betweenness.

    See Also
    --------
    networkx.betweenness_centrality : the reference, same values.

    References
    ----------
    .. [1] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
       *Sociometry* 40(1), 35-41. https://doi.org/10.2307/3033543
    .. [2] Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
       Mathematical Sociology* 25(2), 163-177. https://doi.org/10.1080/0022250X.2001.9990249

    Examples
    --------
    >>> import networkx as nx
    >>> betweenness(nx.path_graph(3)) == nx.betweenness_centrality(nx.path_graph(3))
    True
    """
    g, nodes = _igraph(G)
    n = len(nodes)
    raw = own_heap(lambda: g.betweenness(directed=G.is_directed())) if n else []
    scale = 1.0
    if n > 2:
        scale = (1 if G.is_directed() else 2) / ((n - 1) * (n - 2))
    return {node: value * scale for node, value in zip(nodes, raw, strict=True)}


def closeness(G: nx.Graph) -> dict[Hashable, float]:
    """Closeness on unweighted shortest paths, scaled for disconnected graphs as NetworkX.

    For node :math:`u` reached from :math:`r - 1` other nodes (those that can reach it, in
    a digraph) at total distance :math:`d(u)` [1]_ [2]_:

    .. math:: C(u) = \\frac{r - 1}{d(u)} \\cdot \\frac{r - 1}{n - 1}

    and 0 if nothing reaches :math:`u`: ``networkx.closeness_centrality`` with its default
    ``wf_improved=True`` (Wasserman and Faust's correction for a disconnected graph).
    igraph gives the first factor (its closeness over the reachable nodes, mode ``"in"``
    for a digraph as NetworkX measures incoming distance); :math:`r` is the size of the
    component (undirected) or of the set of nodes that reach :math:`u` (directed).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Without self-loops.

    Returns
    -------
    closeness : dict
        Node -> closeness.

    See Also
    --------
    networkx.closeness_centrality : the reference, same values.

    References
    ----------
    .. [1] Freeman, L. C. (1979). Centrality in social networks: Conceptual clarification.
       *Social Networks* 1(3), 215-239. https://doi.org/10.1016/0378-8733(78)90021-7
    .. [2] Wasserman, S. and Faust, K. (1994). *Social Network Analysis: Methods and
       Applications.* Cambridge University Press.

    Examples
    --------
    Two dyads: each node reaches 1 of 3 others at distance 1, so (1/1) * (1/3):

    >>> import networkx as nx
    >>> closeness(nx.Graph([(0, 1), (2, 3)]))
    {0: 0.3333333333333333, 1: 0.3333333333333333, 2: 0.3333333333333333, 3: 0.3333333333333333}
    """
    g, nodes = _igraph(G)
    n = len(nodes)
    if n <= 1:
        return dict.fromkeys(nodes, 0.0)
    mode = "in" if G.is_directed() else "all"
    inverse = own_heap(lambda: g.closeness(mode=mode, normalized=True))
    if G.is_directed():
        reached = g.neighborhood_size(order=n, mode=mode)
    else:
        membership = g.connected_components().membership
        sizes: dict[int, int] = {}
        for c in membership:
            sizes[c] = sizes.get(c, 0) + 1
        reached = [sizes[c] for c in membership]
    out = {}
    for node, value, r in zip(nodes, inverse, reached, strict=True):
        out[node] = 0.0 if r <= 1 or math.isnan(value) else value * (r - 1) / (n - 1)
    return out


def cuts(G: nx.Graph) -> tuple[list[Hashable], list[tuple[Hashable, Hashable]]]:
    """The articulation points and the bridges of an undirected simple graph, by igraph's
    depth-first search (Hopcroft and Tarjan's linear algorithm): the same sets as
    ``networkx.articulation_points`` and ``networkx.bridges``, in no particular order.

    On the collaboration network of the 1.01M-quad synthetic build (6,823 actors, 58,044
    ties) NetworkX's pure-Python searches take 0.36 CPU s, igraph's 0.04 (0.10 and 0.015 on
    the actors-and-initiatives network), once igraph is imported.

    Examples
    --------
    >>> import networkx as nx
    >>> points, bridges = cuts(nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))
    >>> points, bridges
    (['c'], [('c', 'd')])
    """
    g, nodes = _igraph(G)
    points = [nodes[i] for i in g.articulation_points()]
    bridges = [(nodes[g.es[i].source], nodes[g.es[i].target]) for i in g.bridges()]
    return points, bridges


def _mutual(G: nx.Graph, weight: str | None) -> dict[Hashable, dict[Hashable, float]]:
    """Node -> {neighbour: mutual weight}: the weights of the arcs both ways, summed.

    NetworkX counts an undirected tie twice (``u -> v`` and ``v -> u``); that factor
    cancels in every proportion taken of it, so a tie counts once here.
    """
    mutual: dict[Hashable, dict[Hashable, float]] = {n: {} for n in G}
    for u, v, w in G.edges(data=weight, default=1):
        w = 1 if weight is None else w
        mutual[u][v] = mutual[u].get(v, 0) + w
        mutual[v][u] = mutual[v].get(u, 0) + w
    return mutual


def _proportions(mutual: dict, norm) -> dict[Hashable, dict[Hashable, float]]:
    """Each node's mutual weights divided by ``norm`` of them (0 if that is 0)."""
    out = {}
    for u, ties in mutual.items():
        scale = norm(ties.values()) if ties else 0
        out[u] = {v: (w / scale if scale else 0) for v, w in ties.items()}
    return out


def constraint(
    G: nx.Graph, weight: str | None = None, nodes: Iterable[Hashable] | None = None
) -> dict[Hashable, float]:
    """Burt's constraint of every node, from its ties and its contacts' ties only.

    .. math:: c_i = \\sum_{j \\in N(i)} \\Big(p_{ij} + \\sum_{q \\in N(i) \\cap N(j)}
              p_{iq} p_{qj}\\Big)^2

    with :math:`p_{ij}` the share of :math:`i`'s (mutual) tie weight that goes to
    :math:`j` [1]_. :math:`p_{iq} p_{qj}` is zero unless :math:`q` is a contact of both,
    so the inner sum runs over the common neighbours of :math:`i` and :math:`j` (a set
    intersection) instead of over all of :math:`i`'s contacts: the cost is the number of
    ties times the smaller degree, not the cube of the degree. Same values as
    ``networkx.constraint(G, weight=weight)``: ``nan`` for an isolate and, as in NetworkX's
    pure-Python code, for a node of a digraph without an outgoing arc (NetworkX's SciPy
    code gives that node a value instead).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Without self-loops. In a digraph a tie is an arc either way (mutual weight).
    weight : str, optional
        Edge attribute with tie strength (1 if absent).
    nodes : iterable, optional
        Only these nodes (default: all); each value is the one of the whole computation.

    Returns
    -------
    constraint : dict
        Node -> constraint.

    See Also
    --------
    effective_size, networkx.constraint

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.*
       Harvard University Press, pp. 54-55.

    Examples
    --------
    A triangle a-b-c with d hanging on a: :math:`p_{ab} = 1/3`, :math:`p_{bc} = 1/2`, so
    :math:`c_a = 2 (1/3 + 1/6)^2 + (1/3)^2 = 11/18`:

    >>> import networkx as nx
    >>> round(constraint(nx.Graph([("a", "b"), ("a", "c"), ("a", "d"), ("b", "c")]))["a"], 6)
    0.611111
    """
    p = _proportions(_mutual(G, weight), sum)
    adjacent = {u: set(ties) for u, ties in p.items()}
    out: dict[Hashable, float] = {}
    for i in p if nodes is None else nodes:
        ties = p[i]
        if not G[i]:
            out[i] = math.nan
            continue
        total = 0.0
        for j, p_ij in ties.items():
            indirect = sum(ties[q] * p[q][j] for q in adjacent[i] & adjacent[j])
            total += (p_ij + indirect) ** 2
        out[i] = total
    return out


def effective_size(
    G: nx.Graph, weight: str | None = None, nodes: Iterable[Hashable] | None = None
) -> dict[Hashable, float]:
    """Burt's effective size of every node, from its ties and its contacts' ties only.

    .. math:: e_i = \\sum_{j \\in N(i)} \\Big(1 - \\sum_{q \\in N(i) \\cap N(j)}
              p_{iq} m_{jq}\\Big)

    with :math:`p_{iq}` the share of :math:`i`'s tie weight that goes to :math:`q` and
    :math:`m_{jq}` the weight of :math:`j`'s tie to :math:`q` over :math:`j`'s strongest
    tie [1]_: the number of contacts less their redundancy. Without weights it is
    Borgatti's :math:`n - 2t/n` for :math:`n` contacts with :math:`t` ties among them [2]_.
    The inner sum runs over common neighbours only (a set intersection). Same values as
    ``networkx.effective_size(G, weight=weight)``: ``nan`` for an isolate and, as in
    NetworkX's pure-Python code, for a node of a digraph without an outgoing arc.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Without self-loops. In a digraph a tie is an arc either way (mutual weight).
    weight : str, optional
        Edge attribute with tie strength (1 if absent).
    nodes : iterable, optional
        Only these nodes (default: all); each value is the one of the whole computation.

    Returns
    -------
    effective_size : dict
        Node -> effective size.

    See Also
    --------
    constraint, networkx.effective_size

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.*
       Harvard University Press, pp. 51-54.
    .. [2] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures.
       *Connections* 20(1), 35-38.

    Examples
    --------
    The triangle with a pendant: a has 3 contacts with 1 tie among them, 3 - 2/3:

    >>> import networkx as nx
    >>> round(effective_size(nx.Graph([("a", "b"), ("a", "c"), ("a", "d"), ("b", "c")]))["a"], 6)
    2.333333
    """
    mutual = _mutual(G, weight)
    p = _proportions(mutual, sum)
    m = _proportions(mutual, max)
    adjacent = {u: set(ties) for u, ties in p.items()}
    out: dict[Hashable, float] = {}
    for i in p if nodes is None else nodes:
        ties = p[i]
        if not G[i]:
            out[i] = math.nan
            continue
        total = 0.0
        for j in ties:
            m_j = m[j]
            total += 1 - sum(ties[q] * m_j[q] for q in adjacent[i] & adjacent[j])
        out[i] = total
    return out


def eigenvector(
    G: nx.Graph, weight: str | None = None, *, max_iter: int = 100, tol: float = 1e-6
) -> dict[Hashable, float]:
    """Eigenvector centrality by NetworkX's power iteration, on arrays instead of dicts.

    The leading eigenvector of the adjacency matrix :math:`A` [1]_, found as
    ``networkx.eigenvector_centrality`` finds it: start from the uniform vector, repeat
    :math:`x \\leftarrow (A^T + I) x / \\lVert (A^T + I) x \\rVert_2` (the identity
    keeps the iteration from oscillating on a bipartite graph) until the summed change is
    below :math:`n \\cdot tol`. The same steps and stopping rule give the same vector, to
    rounding; each step is one ``numpy.bincount`` over the edges instead of a loop in
    Python.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Not empty. In a digraph a node's score comes from its predecessors.
    weight : str, optional
        Edge attribute with tie strength (1 if absent).
    max_iter : int, optional (default 100)
    tol : float, optional (default 1e-6)

    Returns
    -------
    eigenvector : dict
        Node -> centrality, of unit Euclidean norm.

    Raises
    ------
    networkx.PowerIterationFailedConvergence
        If ``max_iter`` steps do not converge (a directed acyclic graph), as NetworkX.
    networkx.NetworkXPointlessConcept
        If ``G`` has no nodes.

    See Also
    --------
    networkx.eigenvector_centrality : the reference, same values.

    References
    ----------
    .. [1] Bonacich, P. (1987). Power and centrality: A family of measures. *American
       Journal of Sociology* 92(5), 1170-1182. https://doi.org/10.1086/228631

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.krackhardt_kite_graph()
    >>> ours, theirs = eigenvector(G), nx.eigenvector_centrality(G)
    >>> max(abs(ours[n] - theirs[n]) for n in G) < 1e-12
    True
    """
    import numpy as np

    n = G.number_of_nodes()
    if n == 0:
        raise nx.NetworkXPointlessConcept("cannot compute centrality for the null graph")
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    sources, targets, weights = [], [], []
    for u, v, w in G.edges(data=weight, default=1):
        w = 1 if weight is None else w
        sources.append(index[u])
        targets.append(index[v])
        weights.append(w)
        if not G.is_directed():
            sources.append(index[v])
            targets.append(index[u])
            weights.append(w)
    src = np.asarray(sources, dtype=np.intp)
    dst = np.asarray(targets, dtype=np.intp)
    wts = np.asarray(weights, dtype=float)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = last + np.bincount(dst, weights=last[src] * wts, minlength=n)
        norm = float(np.sqrt(np.dot(x, x))) or 1.0
        x = x / norm
        if float(np.abs(x - last).sum()) < n * tol:
            return dict(zip(nodes, x.tolist(), strict=True))
    raise nx.PowerIterationFailedConvergence(max_iter)
