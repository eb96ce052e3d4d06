"""Node positions for the views: deterministic, component by component, in pixels.

Layouts are computed in Python with a fixed seed so that two renders of the same graph are
byte-identical, and the browser only draws (physics off). Components of more than
:data:`MAX_PYTHON_LAYOUT` nodes are laid out by igraph's grid Fruchterman-Reingold, whose
time grows about linearly with the graph, instead of the dense (quadratic) one.

Examples
--------
>>> import networkx as nx
>>> pos = layout([nx.path_graph(3)], seed=7)
>>> sorted(pos), pos == layout([nx.path_graph(3)], seed=7)
([0, 1, 2], True)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from samverkan.views._format import numeric

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = [
    "MAX_PYTHON_LAYOUT",
    "SMALL",
    "dense_fruchterman_reingold",
    "grid_fruchterman_reingold",
    "layout",
    "layout_key",
    "spring",
]

#: Above this many nodes a component is laid out by igraph's grid layout
#: (:func:`grid_fruchterman_reingold`): the dense layout is quadratic in time and memory.
MAX_PYTHON_LAYOUT = 2000


def layout(graphs: Iterable[nx.Graph], seed: int) -> dict[Any, tuple[float, float]]:
    """Deterministic positions (pixels) for the union of ``graphs``.

    A spring layout with a fixed seed on a copy whose nodes and edges are sorted, so the
    insertion order of the input does not matter. Each connected component is laid out on
    its own and the components are packed in rows, largest first; isolates and
    components of up to :data:`SMALL` nodes are set apart in a band below, spaced to fit
    their labels. Positions are rounded to 0.1 px.

    Parameters
    ----------
    graphs : iterable of networkx.Graph
        One graph, or the snapshots of a timeline (a node keeps one position in all).
    seed : int
        Seed of the spring layout.

    Returns
    -------
    dict
        ``{node: (x, y)}``; empty when there are no nodes.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("b", "a")]); G.add_node("c")
    >>> pos = layout([G], seed=7)
    >>> sorted(pos)
    ['a', 'b', 'c']
    >>> H = nx.Graph(); H.add_node("c"); H.add_edge("a", "b")  # other insertion order
    >>> layout([H], seed=7) == pos
    True
    """
    import networkx as nx

    graphs = list(graphs)
    H = nx.Graph()
    names, weights = _inputs(graphs)
    if not names:
        return {}
    H.add_nodes_from(sorted(names))
    ordered = sorted(weights.items())
    H.add_weighted_edges_from((a, b, w) for (a, b), w in ordered)
    # Each connected component is laid out on its own and the components are packed in
    # rows, largest first: a spring layout of the whole graph would push the components
    # apart and squeeze every one of them into a corner. Isolates and components of up to
    # SMALL nodes go to a band below, apart from the main ones (see _band).
    components = sorted(
        (sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0])
    )
    boxes = [(c, 140.0 * math.sqrt(len(c)) + (0.0 if len(c) == 1 else 60.0)) for c in components]
    row_width = max(math.sqrt(sum(side * side for _, side in boxes)) * 1.6, boxes[0][1])
    main = [(c, side) for c, side in boxes if len(c) > SMALL]
    small = [c for c, _ in boxes if len(c) <= SMALL]
    labels = {key: _label(graphs, names[key]) for c in small for key in c}
    band, rows = _band(small, labels, H) if small else ({}, 0)
    # the height on screen left to the main components above the band's rows
    room = max(_HEIGHT - rows * _ROW, _HEIGHT / 3)
    if main:
        area = sum(side * side for _, side in main)
        # rows as wide as the room left is low: the drawing keeps the window's proportions
        row_width = max(math.sqrt(area) * 1.6, math.sqrt(area * _SCREEN / room) * 1.2, main[0][1])
    gap = 60.0
    out: dict[Any, tuple[float, float]] = {}
    # the edges of each main component, in the sorted order (one pass over all edges)
    where = {key: i for i, (c, _) in enumerate(main) for key in c}
    inside: list[list[tuple[str, str, float]]] = [[] for _ in main]
    for (a, b), w in ordered:
        if a in where and where[a] == where.get(b):
            inside[where[a]].append((a, b, w))
    x = y = row_height = 0.0
    for (component, side), edges in zip(main, inside, strict=True):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        # A fresh graph with sorted nodes, not H.subgraph(): a subgraph view may iterate
        # its node filter (a set) in hash order, which changes between processes, and
        # the spring layout's seeded start positions follow the node order.
        sub = nx.Graph()
        sub.add_nodes_from(component)
        sub.add_weighted_edges_from(edges)
        local = spring(sub, seed)
        for key in component:
            lx, ly = local[key]
            out[names[key]] = (
                round(x + side / 2 + float(lx) * side / 2, 1),
                round(y + side / 2 + float(ly) * side / 2, 1),
            )
        x += side + gap
        row_height = max(row_height, side)
    if small:
        height = y + row_height if main else 0.0
        # pixels on screen per unit of the drawing when the view fits it in the window:
        # the main components and the band, whose rows keep their size on screen
        scale = min(_SCREEN / row_width, room / (height + 2 * gap)) if main else 1.0
        top = height + 2 * gap if main else 0.0
        for key, (bx, by) in band.items():
            out[names[key]] = (round(bx / scale, 1), round(top + by / scale, 1))
    return out


def _inputs(graphs: list[nx.Graph]) -> tuple[dict[str, Any], dict[tuple[str, str], float]]:
    """What :func:`layout` reads of the ties of ``graphs``: each node by its ``repr``, and
    each tie between two nodes (their reprs, sorted; self-loops left out) with its weight
    summed over the graphs (at least 0.1 from each)."""
    weights: dict[tuple[str, str], float] = {}
    names: dict[str, Any] = {}
    for G in graphs:
        for node in G.nodes:
            names.setdefault(repr(node), node)
        for u, v, data in G.edges(data=True):
            a, b = sorted((repr(u), repr(v)))
            if a == b:
                continue
            w = numeric(data.get("weight", 1)) or 1.0
            weights[(a, b)] = weights.get((a, b), 0.0) + max(w, 0.1)
    return names, weights


def layout_key(graphs: Iterable[nx.Graph], seed: int) -> str:
    """The digest of all that :func:`layout` reads: the nodes (by ``repr``) with the
    label drawn under each (:func:`_label`: those of small components space the band),
    the ties with their summed weights, and ``seed``. Two calls with the same digest give
    the same positions, which a rebuild therefore keeps
    (:class:`samverkan.views._incremental.Layouts`).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_edge("a", "b", weight=2); G.nodes["a"]["label"] = "A"
    >>> key = layout_key([G], 7)
    >>> H = G.copy(); H.edges["a", "b"]["kinds"] = ["funding"]  # not read by the layout
    >>> layout_key([H], 7) == key
    True
    >>> H.edges["a", "b"]["weight"] = 3
    >>> layout_key([H], 7) == key, layout_key([G], 8) == key
    (False, False)
    """
    import hashlib
    import json

    graphs = list(graphs)
    names, weights = _inputs(graphs)
    nodes = [[key, _label(graphs, node)] for key, node in sorted(names.items())]
    ties = [[a, b, w] for (a, b), w in sorted(weights.items())]
    text = json.dumps([seed, nodes, ties], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


#: Components of at most this many nodes (isolates, pairs, triples) are drawn in a band
#: below the main ones, in rows spaced to fit their labels.
SMALL = 3

#: Width and height in screen pixels that a view's drawing is made to fit (a 1400×900
#: window less the legend and the controls), the width of one character of a 14 px label
#: and the height of a row of the band, in screen pixels.
_SCREEN = 1100.0
_HEIGHT = 740.0
_CHAR = 8.0
_ROW = 44.0


def _label(graphs: Iterable[nx.Graph], node: Any) -> str:
    """The label a view draws under ``node``: its ``label`` attribute in the first graph
    that has one, else its text."""
    for G in graphs:
        if node in G and G.nodes[node].get("label"):
            return str(G.nodes[node]["label"])
    return str(node)


def _band(
    components: list[list[str]], labels: dict[str, str], H: nx.Graph
) -> tuple[dict[str, tuple[float, float]], int]:
    """Positions, in screen pixels, for the small components: each a short line of nodes,
    its labels side by side, packed left to right in rows :data:`_SCREEN` pixels wide.

    Labels keep one size on screen whatever the zoom, so the band is reckoned in screen
    pixels; :func:`layout` scales it to the drawing.

    Returns
    -------
    positions : dict
        ``{node: (x, y)}`` in screen pixels from the band's top left corner.
    rows : int
        The number of rows.

    Examples
    --------
    >>> import networkx as nx
    >>> H = nx.Graph([("a", "b")]); H.add_node("c")
    >>> pos, rows = _band([["a", "b"], ["c"]], {"a": "A", "b": "B", "c": "C"}, H)
    >>> pos["a"][0] < pos["b"][0] < pos["c"][0], pos["a"][1] == pos["c"][1], rows
    (True, True, 1)
    """
    out: dict[str, tuple[float, float]] = {}
    x = y = 0.0
    rows = 1
    for component in components:
        # a line: the node with most ties in the middle of a triple
        order = sorted(component, key=lambda k: (H.degree(k), k))
        if len(order) == 3:
            order = [order[0], order[2], order[1]]
        cells = [max(len(labels[k]) * _CHAR + 24.0, 50.0) for k in order]
        if x > 0 and x + sum(cells) > _SCREEN:
            x, y, rows = 0.0, y + _ROW, rows + 1
        for i, (key, cell) in enumerate(zip(order, cells, strict=True)):
            # the middle of a triple sits a little higher: its two ties do not cross it
            lift = -12.0 if len(order) == 3 and i == 1 else 0.0
            out[key] = (x + cell / 2, y + lift)
            x += cell
        x += 16.0
    return out, rows


def spring(H: nx.Graph, seed: int) -> dict[Any, Any]:
    """Fruchterman-Reingold with a fixed seed, positions in [-1, 1]; numpy only.

    Below 500 nodes this is networkx's ``spring_layout`` (100 iterations); above,
    :func:`dense_fruchterman_reingold` (networkx would need scipy there); above
    :data:`MAX_PYTHON_LAYOUT`, :func:`grid_fruchterman_reingold`.

    Parameters
    ----------
    H : networkx.Graph
        One connected component, nodes in a fixed order, edges weighted by ``weight``.
    seed : int
        Seed of the start positions.

    Returns
    -------
    dict
        ``{node: array([x, y])}``.

    Examples
    --------
    >>> import networkx as nx
    >>> pos = spring(nx.path_graph(3), seed=7)
    >>> bool(abs(pos[1]).max() <= 1.0)
    True
    """
    import networkx as nx

    if len(H) < 500:
        return nx.spring_layout(H, seed=seed, weight="weight", iterations=100)
    import numpy as np

    if len(H) > MAX_PYTHON_LAYOUT:
        return dict(zip(H, grid_fruchterman_reingold(H, seed), strict=True))
    A = nx.to_numpy_array(H, weight="weight", dtype=np.float32)
    return dict(zip(H, dense_fruchterman_reingold(A, np.random.RandomState(seed)), strict=True))


def grid_fruchterman_reingold(H: nx.Graph, seed: int) -> Any:
    """Fruchterman & Reingold with igraph's grid: repulsion only between nearby nodes, so
    that an iteration costs about the number of nodes and edges, not its square.

    Deterministic: the start positions come from ``seed`` (numpy), and igraph's random
    numbers from a ``random.Random`` seeded with ``seed``
    (:func:`samverkan.network._fast.seeded`): seeding Python's ``random`` reaches igraph
    only in the thread that imported it, and after a build had imported it in a thread of
    its own two calls gave two layouts.

    Parameters
    ----------
    H : networkx.Graph
        One component, nodes in a fixed order, edges weighted by ``weight``.
    seed : int
        Seed of the start positions and of igraph's random numbers.

    Returns
    -------
    numpy.ndarray
        ``n x 2`` positions centred on 0 with the largest coordinate at 1, in the order
        of ``H``'s nodes.

    Examples
    --------
    >>> import networkx as nx
    >>> pos = grid_fruchterman_reingold(nx.path_graph(4), seed=7)
    >>> pos.shape, float(abs(pos).max())
    ((4, 2), 1.0)
    >>> bool((pos == grid_fruchterman_reingold(nx.path_graph(4), seed=7)).all())
    True
    """
    import igraph as ig
    import numpy as np

    from samverkan.network._fast import seeded

    index = {node: i for i, node in enumerate(H)}
    edges = [(index[u], index[v]) for u, v in H.edges()]
    weights = [float(numeric(d.get("weight", 1)) or 1.0) for _, _, d in H.edges(data=True)]
    g = ig.Graph(n=len(index), edges=edges)
    start = np.random.RandomState(seed).uniform(-1, 1, (len(index), 2)) * len(index) ** 0.5
    with seeded(seed):
        placed = g.layout_fruchterman_reingold(
            weights=weights or None, seed=start.tolist(), niter=300, grid=True
        )
    pos = np.array(placed.coords, dtype=float)
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max()
    return pos / extent if extent > 0 else pos


def dense_fruchterman_reingold(A: Any, rng: Any, iterations: int = 50) -> Any:
    """Fruchterman & Reingold (1991) force-directed placement on an adjacency matrix.

    The algorithm of networkx's ``spring_layout`` for small graphs, vectorised with plain
    numpy arrays (networkx needs scipy above 500 nodes). Time and memory are quadratic in
    the number of nodes, which is why very large graphs are laid out in the browser.

    Parameters
    ----------
    A : numpy.ndarray
        Weighted adjacency matrix, ``n x n``.
    rng : numpy.random.RandomState
        Source of the start positions.
    iterations : int
        Number of cooling steps.

    Returns
    -------
    numpy.ndarray
        ``n x 2`` positions centred on 0 with the largest coordinate at 1.

    References
    ----------
    .. [1] Fruchterman, T. M. J. and Reingold, E. M. (1991). Graph drawing by
       force-directed placement. Software: Practice and Experience 21(11), 1129-1164.

    Examples
    --------
    >>> import numpy as np
    >>> A = np.array([[0, 1], [1, 0]], dtype=np.float32)
    >>> pos = dense_fruchterman_reingold(A, np.random.RandomState(7))
    >>> pos.shape, float(abs(pos).max())
    ((2, 2), 1.0)
    """
    import numpy as np

    n = A.shape[0]
    pos = rng.rand(n, 2).astype(np.float32)
    k = math.sqrt(1.0 / n)
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        dist = np.hypot(dx, dy)
        np.clip(dist, 0.01, None, out=dist)
        force = k * k / (dist * dist) - A * dist / k
        disp = np.stack([(dx * force).sum(axis=1), (dy * force).sum(axis=1)], axis=1)
        length = np.hypot(disp[:, 0], disp[:, 1])
        length = np.where(length < 0.01, 0.1, length)
        pos += (disp * (t / length)[:, None]).astype(np.float32)
        t -= dt
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max()
    return pos / extent if extent > 0 else pos
