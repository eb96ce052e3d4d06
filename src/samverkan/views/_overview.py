"""An overview of a network too large to draw actor by actor: one node per municipality.

Above :data:`OVERVIEW_THRESHOLD` nodes a drawing of every actor is neither readable nor
quick to open, so a view shows the network aggregated: one node per municipality (per
county when even the municipalities are more than the threshold), sized by its number of
actors, and one edge between two municipalities weighted by the number of ties between
their actors. An actor belongs to every municipality in its ``municipality_codes`` (as in
:func:`samverkan.network.municipality_nodes`: a joint project belongs to each of its
municipalities); actors of no municipality (state agencies, EU funds, national
associations) form one node of their own. A click on a municipality opens its view.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("a", municipality="Lunds kommun", municipality_code="1281",
...            municipality_codes=["1281"])
>>> G.add_node("b", municipality="Malmö stad", municipality_code="1280",
...            municipality_codes=["1280"])
>>> G.add_node("lis", municipality_codes=["1280", "1281"])
>>> G.add_node("esf")
>>> G.add_edges_from([("a", "b"), ("a", "lis"), ("b", "esf")])
>>> A = aggregate(G)
>>> sorted(A.nodes(data="actors"))
[('1280', 2), ('1281', 2), ('utan-kommun', 1)]
>>> sorted((u, v, w) for u, v, w in A.edges(data="weight"))
[('1280', '1281', 2), ('1280', 'utan-kommun', 1)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["NO_MUNICIPALITY", "OVERVIEW_THRESHOLD", "aggregate", "county_of", "level_for"]

#: A network with more nodes than this is drawn as an overview per municipality. Measured
#: (``python -m samverkan.views.pagebench``, 2 shared cores): a page of 373 actors is drawn
#: in headless Chromium in 1.8 s, one of 1,963 actors in 13.7 s; the target is 3 s.
OVERVIEW_THRESHOLD = 500

#: The node of the actors that belong to no municipality.
NO_MUNICIPALITY = "utan-kommun"


def county_of(code: str) -> str:
    """The county code of a municipality code: its first two digits (SCB's scheme).

    Examples
    --------
    >>> county_of("1281")
    '12'
    """
    return str(code)[:2]


def _codes(attrs: Mapping[str, Any]) -> list[str]:
    codes = [str(c) for c in attrs.get("municipality_codes") or () if c]
    if not codes and attrs.get("municipality_code"):
        codes = [str(attrs["municipality_code"])]
    return codes


def level_for(
    G: nx.Graph, threshold: int = OVERVIEW_THRESHOLD, *, drawn: int | None = None
) -> str | None:
    """How ``G`` is drawn: None (actor by actor), ``"municipality"`` or ``"county"``.

    Actor by actor up to ``threshold`` nodes (or ``drawn``, the nodes a page would hold,
    when given: a timeline holds every year's); above, per municipality, or per county
    when the municipalities too are more than ``threshold``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_nodes_from((i, {"municipality_codes": [str(i % 3)]}) for i in range(5))
    >>> level_for(G), level_for(G, threshold=4), level_for(G, threshold=1)
    (None, 'municipality', 'county')
    """
    if (len(G) if drawn is None else drawn) <= threshold:
        return None
    codes = {code for _, attrs in G.nodes(data=True) for code in _codes(attrs)}
    return "municipality" if len(codes) + 1 <= threshold else "county"


def aggregate(
    G: nx.Graph,
    *,
    level: str = "municipality",
    page: Callable[[str], str | None] | None = None,
) -> nx.Graph:
    """``G`` aggregated per municipality (or county): the graph an overview draws.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        A projection; node attributes ``municipality``, ``municipality_code``,
        ``municipality_codes`` are used.
    level : {"municipality", "county"}
        What a node of the overview stands for.
    page : callable, optional
        ``page(code)`` gives the address of the view of the municipality ``code``, or
        None; a node gets it as ``page`` (a click opens it). Counties get none.

    Returns
    -------
    networkx.Graph or networkx.DiGraph
        Directed when ``G`` is. Nodes: municipality codes (county codes), and
        :data:`NO_MUNICIPALITY` when some actor belongs to none; attributes ``label``,
        ``label_en``, ``type``, ``sector``, ``municipality``, ``municipality_code``,
        ``municipality_codes``, ``actors`` (the number of actors that belong to it) and
        ``internal_ties`` (ties between two of its own actors). Edges: ``weight`` is the
        number of ties of ``G`` between an actor of one end and an actor of the other
        (each tie counted once per pair of groups it joins), ``kinds`` is
        ``["aggregated"]``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("x", municipality="Lunds kommun", municipality_codes=["1281"])
    >>> G.add_node("y", municipality="Malmö stad", municipality_codes=["1280"])
    >>> G.add_edge("x", "y")
    >>> list(aggregate(G, level="county").edges(data="weight"))
    []
    >>> aggregate(G, level="county").nodes["12"]["internal_ties"]
    1
    """
    import networkx as nx

    if level not in ("municipality", "county"):
        from samverkan.errors import SamverkanError

        raise SamverkanError(f"level={level!r}: an overview is per 'municipality' or 'county'")
    names: dict[str, str] = {}
    for _, attrs in G.nodes(data=True):
        code, name = attrs.get("municipality_code"), attrs.get("municipality")
        if code and name:
            names.setdefault(str(code), str(name))

    def key(code: str) -> str:
        return county_of(code) if level == "county" else code

    groups: dict[Any, frozenset[str]] = {}
    actors: Counter[str] = Counter()
    for node, attrs in G.nodes(data=True):
        codes = _codes(attrs)
        own = frozenset(key(c) for c in codes) or frozenset([NO_MUNICIPALITY])
        groups[node] = own
        actors.update(own)
    directed = G.is_directed()
    weights: Counter[tuple[str, str]] = Counter()
    internal: Counter[str] = Counter()
    for u, v in G.edges():
        gu, gv = groups[u], groups[v]
        pairs = {(a, b) if directed or a < b else (b, a) for a in gu for b in gv if a != b}
        weights.update(pairs)
        internal.update(gu & gv)
    A = nx.DiGraph() if directed else nx.Graph()
    for group in sorted(actors):
        if group == NO_MUNICIPALITY:
            label, label_en, type_, name = "Utan kommun", "No municipality", "", ""
        elif level == "county":
            label, label_en, type_, name = f"Län {group}", f"County {group}", "County", ""
        else:
            name = names.get(group, group)
            label, label_en, type_ = name, name, "Municipality"
        attrs: dict[str, Any] = {
            "label": label,
            "label_en": label_en,
            "type": type_,
            "sector": "kommunal" if type_ else "",
            "municipality": name,
            "municipality_code": group if name else "",
            "municipality_codes": [group] if name else [],
            "actors": actors[group],
            "internal_ties": internal[group],
        }
        target = page(group) if page is not None and name else None
        if target:
            attrs["page"] = target
        A.add_node(group, **attrs)
    for (a, b), weight in sorted(weights.items()):
        A.add_edge(a, b, weight=weight, kinds=["aggregated"])
    return A
