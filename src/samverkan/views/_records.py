"""The vis-network records of a graph: nodes, edges, their tooltips, the legend, the filters.

pyvis assembles the node and edge records; colours, shapes and dashes come from
:mod:`samverkan.views._encoding`. Tooltips are data (a heading, rows of text, quotes), never
HTML: the page's script shows them as text.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("a", label="Malmö stad", sector="kommunal", type="Municipality")
>>> G.add_node("b", label="Föreningen", sector="civilsamhalle")
>>> G.add_edge("a", "b", kinds=["membership"], weight=1)
>>> nodes, edges, legend = records(G, {}, None, "degree")
>>> [n["label"] for n in nodes], [e["kinds"] for e in edges]
(['Malmö stad', 'Föreningen'], [['membership']])
>>> [s["key"] for s in legend["sectors"]]
['civilsamhalle', 'kommunal']
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.views._encoding import EDGE_LABELS_EN, edge_style, sector_style, type_style
from samverkan.views._format import as_list, fmt, numeric, plain, sv_key
from samverkan.views._format import label as node_label
from samverkan.views._page import encoded_with_id
from samverkan.views._terms import MEASURES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

__all__ = [
    "MEASURE_LABELS",
    "Measures",
    "edge_entry",
    "edge_style_of",
    "edge_tip",
    "filters",
    "measure_columns",
    "measure_rows",
    "measures_beside",
    "merge_legend",
    "node_id",
    "node_sizes",
    "node_tip",
    "records",
    "shown_measures",
]

Measures = Mapping[str, Mapping[Any, Any]]
"""Measures as ``{measure name: {node: value}}`` (a DataFrame indexed by node also works)."""

_NODE_QUOTES = 4
#: An edge's tooltip shows at most this many quotes and document titles, and says how
#: many more there are (a tie between two national actors can rest on a thousand).
_EDGE_QUOTES = 8
_MIN_SIZE = 9.0
_MAX_SIZE = 30.0

#: Swedish names of the measures, as tooltips and the size legend show them.
MEASURE_LABELS = {
    "degree": "Grad",
    "weighted_degree": "Viktad grad",
    "betweenness": "Mellanhet",
    "closeness": "Närhet",
    "eigenvector": "Egenvektor",
    "constraint": "Begränsning (Burt)",
    "effective_size": "Effektiv storlek",
    "community": "Gemenskap",
    "ei_index": "E-I-index",
    "brokerage_role": "Mäklarroll",
    "actors": "Aktörer",
    "internal_ties": "Band inom gruppen",
}


@functools.cache
def _attribute_columns() -> frozenset[str]:
    """Columns of a measure table that repeat node attributes: not shown twice in a tooltip.

    The node attributes of the projections (imported here, not at the top: importing
    :mod:`samverkan.network` imports networkx, and importing the views must stay cheap).
    """
    from samverkan.network.attributes import NODE_ATTRIBUTES

    return frozenset(NODE_ATTRIBUTES)


def measure_columns(measures: Measures | pd.DataFrame | None) -> dict[str, dict[Any, Any]]:
    """Normalise measures to ``{name: {node: value}}`` (a new dict the caller may extend).

    Parameters
    ----------
    measures : mapping, pandas.DataFrame or None
        ``{measure: {node: value}}`` or a DataFrame indexed by node, one column a measure.

    Returns
    -------
    dict

    Examples
    --------
    >>> import pandas as pd
    >>> measure_columns(pd.DataFrame({"degree": [2, 1]}, index=["a", "b"]))
    {'degree': {'a': 2, 'b': 1}}
    >>> measure_columns(None)
    {}
    """
    if measures is None:
        return {}
    if hasattr(measures, "to_dict") and hasattr(measures, "columns"):
        return {str(k): dict(v) for k, v in measures.to_dict(orient="dict").items()}
    return {str(k): dict(v) for k, v in measures.items()}


def acronym(label: str) -> str:
    """The initials of a name of three or more capitalised words, else ``""``: what a
    reader may search for ("ESF" for the European Social Fund).

    Examples
    --------
    >>> acronym("European Social Fund"), acronym("Lund Municipality"), acronym("")
    ('ESF', '', '')
    """
    words = [w for w in label.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def node_id(node: Any) -> str | int:
    """The vis-network id of ``node``: itself when it is text or an int, else its text.

    Examples
    --------
    >>> node_id("kommun/1281"), node_id(3), node_id(("a", 1))
    ('kommun/1281', 3, "('a', 1)")
    """
    return node if isinstance(node, str) or type(node) is int else str(node)


def node_sizes(
    G: nx.Graph, size_by: str | None, table: dict[str, dict[Any, Any]]
) -> dict[Any, float]:
    """Node sizes in pixels, scaled linearly from the smallest to the largest value.

    Parameters
    ----------
    G : networkx.Graph
        The graph drawn.
    size_by : str or None
        The measure that sizes the nodes; ``"degree"`` is computed (and added to ``table``)
        when ``table`` lacks it; None gives every node one size.
    table : dict
        Measures, as :func:`measure_columns` returns them.

    Returns
    -------
    dict
        ``{node: size}``, from 9 to 30 px; a node without a value gets the smallest.

    Raises
    ------
    SamverkanError
        If ``size_by`` is neither ``"degree"`` nor in ``table``.

    Examples
    --------
    >>> import networkx as nx
    >>> node_sizes(nx.star_graph(2), "degree", {})
    {0: 30.0, 1: 9.0, 2: 9.0}
    >>> node_sizes(nx.star_graph(2), "closeness", {})
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: size_by='closeness' is not among the measures given (none)
    """
    if size_by is None:
        return dict.fromkeys(G, (_MIN_SIZE + _MAX_SIZE) / 3)
    values = table.get(size_by)
    if values is None:
        if size_by != "degree":
            known = ", ".join(sorted(table)) or "none"
            raise SamverkanError(f"size_by={size_by!r} is not among the measures given ({known})")

        values = dict(G.degree())
        table["degree"] = values
    numbers = {node: numeric(values.get(node)) for node in G}
    present = [v for v in numbers.values() if v is not None]
    low, high = (min(present), max(present)) if present else (0.0, 0.0)
    span = high - low
    sizes = {}
    for node, v in numbers.items():
        share = 0.0 if v is None or span == 0 else (v - low) / span
        sizes[node] = round(_MIN_SIZE + share * (_MAX_SIZE - _MIN_SIZE), 2)
    return sizes


def measure_rows(node: Any, table: dict[str, dict[Any, Any]]) -> list[list[str]]:
    """The rows a node's tooltip shows of its measures: each measure's Swedish name and its
    value as text (:func:`samverkan.views._format.fmt`), in the order of the names; the
    measures that repeat a node attribute are left out, and so are empty values.

    What a view shows of the measures is these rows and the node sizes
    (:func:`node_sizes`); the digest of a view (:mod:`samverkan.views._incremental`) is
    made of them, not of the values, which move in their last digits when the network
    changes anywhere.

    Examples
    --------
    >>> measure_rows("a", {"betweenness": {"a": 0.1234567}, "label": {"a": "A"},
    ...                    "degree": {"b": 2}})
    [['Mellanhet', '0.123']]
    >>> measure_rows("a", {"community": {"a": "k"}, "label": {"a": "A", "k": "Lunds kommun"}})
    [['Gemenskap', 'Lunds kommun']]
    """
    rows = []
    for name in sorted(table):
        if name in _attribute_columns():
            continue
        if node in table[name]:
            value = table[name][node]
            if name == "community":  # its anchor, by name where the table has one
                value = table.get("label", {}).get(value) or value
            text = fmt(value)
            if text:
                term = MEASURES.get(name)
                rows.append([term.sv if term else MEASURE_LABELS.get(name, name), text])
    return rows


def shown_measures(
    G: nx.Graph, measures: Measures | pd.DataFrame | None, size_by: str | None
) -> tuple[dict[str, dict[Any, Any]], dict[Any, float]]:
    """The measures of a view of ``G`` as :func:`records` uses them: the table
    (:func:`measure_columns`, with ``degree`` added when it sizes the nodes and is not
    given) and the size of every node (:func:`node_sizes`).

    Examples
    --------
    >>> import networkx as nx
    >>> table, sizes = shown_measures(nx.path_graph(3), None, "degree")
    >>> table["degree"], sizes
    ({0: 1, 1: 2, 2: 1}, {0: 9.0, 1: 30.0, 2: 9.0})
    """
    table = measure_columns(measures)
    return table, node_sizes(G, size_by, table)


def measures_beside(
    G: nx.Graph,
    measures: Measures | pd.DataFrame | None,
    size_by: str | None,
    *,
    made: dict[tuple[Any, ...], list[list[str]]] | None = None,
) -> dict[str, Any]:
    """What a view of ``G`` shows of ``measures`` when they are kept beside its page: each
    node's size and the measure rows of its tooltip, by the node's id in the view
    (:func:`node_id`, as text).

    The view's HTML then holds the network alone, one size for every node and no measure
    rows; ``views.js`` puts these in when the page opens. A municipality's view is written
    this way (:func:`samverkan.views._build.write_all`): betweenness and closeness are
    global, so an edit anywhere in a national network moves them in every municipality,
    while each municipality's own network stays the same.

    Examples
    --------
    >>> import networkx as nx
    >>> beside = measures_beside(nx.path_graph(3), {"betweenness": {0: 0, 1: 1.0, 2: 0}},
    ...                          "betweenness")
    >>> beside["sizes"], beside["rows"]["1"]
    ({'0': 9.0, '1': 30.0, '2': 9.0}, [['Mellanhet', '1']])

    ``made``: the rows made for views of the same table before (a dict this function
    fills), by node, the name its community shows and its degree: what
    :func:`measure_rows` reads of a view's measures besides the node's own values (the
    anchor of its community is named where the view holds it; a degree that sizes the
    nodes and is not given is the view's). The municipalities' views of a national
    network share their national actors, whose rows are then made once.

    >>> made = {}
    >>> measures_beside(nx.path_graph(3), {"betweenness": {0: 0, 1: 1.0, 2: 0}},
    ...                 "betweenness", made=made) == beside, len(made)
    (True, 3)
    """
    table, sizes = shown_measures(G, measures, size_by)
    nodes = sorted(G, key=repr)
    if made is None:
        rows = {str(node_id(n)): measure_rows(n, table) for n in nodes}
    else:
        communities, labels = table.get("community", {}), table.get("label", {})
        degrees = table.get("degree", {})
        rows = {}
        for n in nodes:
            named = labels.get(communities[n]) if n in communities else None
            key = (n, named, degrees.get(n))
            found = made.get(key)
            if found is None:
                found = made[key] = measure_rows(n, table)
            rows[str(node_id(n))] = found
    return {
        "sizes": {str(node_id(n)): sizes[n] for n in nodes},
        "rows": {key: value for key, value in rows.items() if value},
    }


def node_tip(
    node: Any,
    attrs: Mapping[str, Any],
    table: dict[str, dict[Any, Any]],
    municipalities: Iterable[str] = (),
) -> dict[str, Any]:
    """The tooltip of a node: its label, rows of attributes and measures, as text.

    Parameters
    ----------
    node : hashable
        The node.
    attrs : mapping
        Its attributes (see :data:`samverkan.network.NODE_ATTRIBUTES`).
    table : dict
        Measures; those that repeat a node attribute are not shown twice.
    municipalities : iterable of str, optional
        Names of every municipality the node belongs to (``municipality_codes`` named): a
        joint project shows them all under "Kommuner", not only the one it is placed in.

    Returns
    -------
    dict
        ``{"heading": str, "rows": [[name, value], ...], "quotes": []}``.

    Examples
    --------
    >>> tip = node_tip("k", {"label": "Lunds kommun", "municipality": "Lunds kommun",
    ...                      "municipality_code": "1281"}, {"degree": {"k": 3}})
    >>> tip["heading"], tip["rows"][2:]
    ('Lunds kommun', [['Kommun', 'Lunds kommun (1281)'], ['Grad', '3'], ['IRI', 'k']])
    >>> lis = {"label": "LIS", "municipality": "Staffanstorps kommun"}
    >>> node_tip("lis", lis, {}, ["Burlövs kommun", "Lomma kommun", "Staffanstorps kommun"])[
    ...     "rows"][2]
    ['Kommuner', 'Burlövs kommun, Lomma kommun, Staffanstorps kommun']
    """
    t = type_style(attrs.get("type"))
    s = sector_style(attrs.get("sector"))
    rows: list[list[str]] = []
    if attrs.get("label_en") and attrs.get("label_en") != attrs.get("label"):
        rows.append(["Engelska", str(attrs["label_en"])])
    rows.append(["Typ", t["type_label"], t["type_label_en"]])
    rows.append(["Sektor", str(attrs.get("sector_label") or s["label"]), s["label_en"]])
    several = [str(m) for m in municipalities]
    if len(several) > 1:
        rows.append(["Kommuner", ", ".join(several)])
    elif attrs.get("municipality"):
        code = attrs.get("municipality_code")
        rows.append(
            ["Kommun", f"{attrs['municipality']} ({code})" if code else str(attrs["municipality"])]
        )
    if attrs.get("holder"):
        rows.append(["Innehavare", str(attrs["holder"])])
    documents = as_list(attrs.get("documents"))
    if documents:
        rows.append(["Dokument", ", ".join(str(d) for d in documents)])
    rows.extend(measure_rows(node, table))
    rows.append(["IRI", str(attrs.get("iri") or node)])
    quotes = [
        {"document": str(e.get("document", "")), "quote": str(e.get("quote", ""))}
        for e in as_list(attrs.get("evidence"))[:_NODE_QUOTES]
        if isinstance(e, Mapping)
    ]
    return {"heading": node_label(node, attrs), "rows": rows, "quotes": quotes}


@functools.lru_cache(maxsize=256)
def _kind_label(kind: str) -> str:
    """The Swedish name of one relation kind (the kind itself when it has none)."""
    style = edge_style([kind])
    return str(style["label"]) if style["kind"] else kind


@functools.lru_cache(maxsize=1024)
def edge_style_of(kinds: tuple[str, ...]) -> dict[str, object]:
    """:func:`edge_style` of ``kinds``, kept: a national view has hundreds of thousands of
    edges of a few kinds (the dict is shared: read it, do not change it)."""
    return edge_style(list(kinds))


def edge_tip(
    label_u: str, label_v: str, directed: bool, attrs: Mapping[str, Any]
) -> dict[str, Any]:
    """The tooltip of an edge: its two ends, the kinds of relation, and the quotes behind it.

    Parameters
    ----------
    label_u, label_v : str
        Labels of the two ends.
    directed : bool
        Whether the edge points from ``label_u`` to ``label_v``.
    attrs : mapping
        Its attributes (see :data:`samverkan.network.EDGE_ATTRIBUTES`).

    Returns
    -------
    dict
        ``{"heading": str, "rows": [[name, value], ...], "quotes": [{document, quote}]}``.

    Examples
    --------
    >>> tip = edge_tip("ESF", "LIS", True, {"kinds": ["funding"], "weight": 1,
    ...                "evidence": [{"document": "002", "quote": "medel från ESF"}]})
    >>> tip["heading"], tip["rows"][1], tip["quotes"]
    ('ESF → LIS', ['Vikt', '1'], [{'document': '002', 'quote': 'medel från ESF'}])
    """
    kinds = [str(k) for k in as_list(attrs.get("kinds"))]
    arrow = " → " if directed else " – "
    rows: list[list[str]] = []
    if kinds:
        names = [_kind_label(k) for k in kinds]
        names_en = [EDGE_LABELS_EN.get(k, k) for k in kinds]
        rows.append(["Relation", ", ".join(names), ", ".join(names_en)])
    for basis in as_list(attrs.get("basis")):
        if isinstance(basis, list | tuple) and len(basis) == 2:
            rows.append(["Varför", str(basis[0]), str(basis[1])])
    weight = plain(attrs.get("weight"))
    if weight is not None:
        rows.append(["Vikt", fmt(weight)])
    if attrs.get("scheme") or attrs.get("scheme_label"):
        rows.append(["Medel", str(attrs.get("scheme_label") or attrs["scheme"])])
    if plain(attrs.get("amount")) is not None:
        rows.append(["Belopp", fmt(attrs["amount"])])
    start, end = attrs.get("start"), attrs.get("end")
    if start or end:
        rows.append(["Period", f"{start or '?'}–{end or 'pågående'}"])
    documents = as_list(attrs.get("documents"))
    if documents:
        shown = ", ".join(str(d) for d in documents[:_EDGE_QUOTES])
        more = len(documents) - _EDGE_QUOTES
        if more > 0:
            rows.append(["Dokument", f"{shown} … (+{more})"])
        else:
            rows.append(["Dokument", shown])
    evidence = as_list(attrs.get("evidence"))
    if len(evidence) > _EDGE_QUOTES:
        rows.append(["Citat", f"{_EDGE_QUOTES} av {len(evidence)}",
                     f"{_EDGE_QUOTES} of {len(evidence)}"])
    quotes = []
    for item in evidence[:_EDGE_QUOTES]:
        if isinstance(item, Mapping):
            quotes.append(
                {"document": str(item.get("document", "")), "quote": str(item.get("quote", ""))}
            )
        else:
            quotes.append({"document": "", "quote": str(item)})
    return {"heading": f"{label_u}{arrow}{label_v}", "rows": rows, "quotes": quotes}


def records(
    G: nx.Graph,
    pos: Mapping,
    measures: Measures | pd.DataFrame | None,
    size_by: str | None,
    *,
    kept: dict[Any, Any] | None = None,
) -> tuple[list[dict], list[dict], dict]:
    """vis-network node and edge records for ``G`` (assembled by pyvis), and the legend.

    Nodes and edges come out in a fixed order (sorted by ``repr``), whatever the order in
    which they were added to ``G``.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph (directed and multigraphs too).
    pos : mapping
        ``{node: (x, y)}``; a node without a position is placed by the browser.
    measures : mapping, pandas.DataFrame or None
        Measures shown in the node tooltips.
    size_by : str or None
        The measure that sizes the nodes (see :func:`node_sizes`).
    kept : dict, optional
        The record of each edge made for a graph drawn before, and filled with those
        made here: for graphs cut from one network (the same edge has the same
        attributes, and its ends the same labels, in each). The municipalities' views
        share the ties between national actors, and each tie's record, most of the time
        of a view, is made once per process, and its text for the page too: the edges
        are then given as :class:`~samverkan.views._page.Encoded` texts, which
        :func:`~samverkan.views._page.embed_json` writes as the records they encode.

    Returns
    -------
    nodes, edges : list of dict
        The vis-network records, each with its tooltip under ``tip`` (the edges as their
        texts, :class:`~samverkan.views._page.Encoded`, when ``kept`` is given).
    legend : dict
        The sectors, actor types and edge kinds that occur.

    Raises
    ------
    SamverkanError
        If two nodes have the same text, or ``size_by`` is not a measure given.
    """
    from pyvis.network import Network

    table, sizes = shown_measures(G, measures, size_by)
    directed = G.is_directed()
    net = Network(directed=directed, cdn_resources="local")
    ids: dict[Any, str | int] = {}
    sectors: dict[str, dict[str, str]] = {}
    types: dict[str, dict[str, str]] = {}
    # every municipality a node belongs to (a joint project belongs to each of its own),
    # named as the graph names it: the municipality filter uses them all
    names = {
        str(d["municipality_code"]): str(d["municipality"])
        for _, d in G.nodes(data=True)
        if d.get("municipality_code") and d.get("municipality")
    }
    for node in sorted(G.nodes, key=repr):
        attrs = G.nodes[node]
        vid = node_id(node)
        belongs = sorted(
            {names[str(c)] for c in as_list(attrs.get("municipality_codes")) if str(c) in names}
            | ({str(attrs["municipality"])} if attrs.get("municipality") else set()),
            key=sv_key,
        )
        if vid in net.node_map:
            raise SamverkanError(f"two nodes have the same id when written as text: {vid!r}")
        ids[node] = vid
        s = sector_style(attrs.get("sector"))
        t = type_style(attrs.get("type"))
        sectors.setdefault(s["key"], {**s, "label": str(attrs.get("sector_label") or s["label"])})
        types.setdefault(t["key"], t)
        text = node_label(node, attrs)
        placed = {"x": pos[node][0], "y": pos[node][1]} if node in pos else {}
        net.add_node(
            vid,
            label=text,
            shape=t["shape"],
            color={
                "background": s["color"],
                "border": "#333333",
                "highlight": {"background": s["color"], "border": "#000000"},
                "hover": {"background": s["color"], "border": "#000000"},
            },
            size=sizes[node],
            **({"borderWidth": 3} if t["key"] == "civil" else {}),
            **placed,
            sector=s["key"],
            type=t["key"],
            municipality=str(attrs.get("municipality") or ""),
            municipalities=belongs,
            search=[
                text,
                *(str(attrs[k]) for k in ("label_en", "holder") if attrs.get(k)),
                *(str(a) for a in as_list(attrs.get("aliases"))),
                *filter(None, [acronym(str(attrs.get("label_en") or ""))]),
            ],
            tip=node_tip(node, attrs, table, belongs),
            **({"page": str(attrs["page"])} if attrs.get("page") else {}),
            label_en=str(attrs.get("label_en") or text),
        )
    kinds_seen: dict[str, dict[str, object]] = {}
    edge_items = (
        G.edges(keys=True, data=True)
        if G.is_multigraph()
        else ((u, v, None, d) for u, v, d in G.edges(data=True))
    )
    if not directed:
        # An undirected edge may come as (u, v) or (v, u), by the graph's (hash) order.
        edge_items = (
            (u, v, k, d) if repr(u) <= repr(v) else (v, u, k, d) for u, v, k, d in edge_items
        )
    edge_rows = sorted(edge_items, key=lambda e: (repr(e[0]), repr(e[1]), repr(e[2])))
    made = {} if kept is None else kept
    for index, (u, v, key, attrs) in enumerate(edge_rows):
        style, record, text = edge_entry(G, (u, v, key), attrs, ids, made, kept is not None)
        kinds_seen.setdefault(str(style["kind"]), style)
        net.edges.append({**record, "id": f"e{index}"} if text is None else text(f"e{index}"))
    nodes, edges, *_ = net.get_network_data()
    legend = {
        "sectors": sorted(sectors.values(), key=lambda s: sv_key(s["label"])),
        "types": sorted(types.values(), key=lambda t: sv_key(t["label"])),
        "edges": [
            {
                "kind": k,
                "label": s["label"],
                "label_en": EDGE_LABELS_EN.get(k, str(s["label"])),
                "color": s["color"],
                "dashes": bool(s["dashes"]),
            }
            for k, s in kinds_seen.items()
        ],
    }
    return nodes, edges, legend


def edge_entry(
    G: nx.Graph,
    edge: tuple[Any, Any, Any],
    attrs: Mapping[str, Any],
    ids: dict[Any, Any],
    made: dict[Any, Any],
    encode: bool,
) -> tuple[dict[str, object], dict[str, Any], Any]:
    """The style, the record without its id and (with ``encode``) the text of the
    ``edge`` ``(u, v, key)`` of ``G`` (its attributes ``attrs``; ``ids``: the ids of its
    ends), as :func:`records` draws it: from ``made``, the entries made before for graphs
    cut from the same network, else made and put there."""
    directed = G.is_directed()
    u, v, key = edge
    found = made.get((directed, u, v, key))
    if found is None:
        style, record = _edge_record(G, u, v, attrs, ids, directed)
        # the record's text too, where it is kept for other views: made once
        text = encoded_with_id(record) if encode else None
        found = made[(directed, u, v, key)] = (style, record, text)
    return found


def _edge_record(
    G: nx.Graph, u: Any, v: Any, attrs: Mapping[str, Any], ids: dict[Any, Any], directed: bool
) -> tuple[dict[str, object], dict[str, Any]]:
    """The style of the edge ``u`` - ``v`` of ``G`` (its attributes ``attrs``) and its
    vis-network record without its id (:func:`records` numbers the edges of each view)."""
    from pyvis.edge import Edge

    style = edge_style_of(tuple(as_list(attrs.get("kinds"))))
    weight = numeric(attrs.get("weight", 1)) or 1.0
    options: dict[str, Any] = {
        "color": {"color": style["color"], "highlight": "#000000", "hover": "#000000"},
        # an unreviewed draft (samverkan draft) is drawn dotted, whatever its kind
        "dashes": [2, 5] if attrs.get("draft") else style["dashes"],
        "width": round(min(1.0 + 2.0 * math.log1p(max(weight - 1.0, 0.0)), 8.0), 2),
        "kinds": [str(k) for k in as_list(attrs.get("kinds"))],
        "tip": edge_tip(node_label(u, G.nodes[u]), node_label(v, G.nodes[v]), directed, attrs),
    }
    if directed:
        options["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.6}}
    # pyvis's add_edge compares each new edge with every earlier one (quadratic) and
    # drops parallel edges of a multigraph; its Edge record is what we want.
    return style, Edge(ids[u], ids[v], directed, **options).options


def merge_legend(legends: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One legend for several graphs (the years of a timeline); the first entry of a key wins.

    Examples
    --------
    >>> a = {"sectors": [{"key": "eu", "label": "EU"}], "types": [], "edges": []}
    >>> b = {"sectors": [{"key": "statlig", "label": "Statlig"}, {"key": "eu", "label": "x"}],
    ...      "types": [], "edges": []}
    >>> [s["label"] for s in merge_legend([a, b])["sectors"]]
    ['EU', 'Statlig']
    """
    merged: dict[str, dict[str, dict]] = {"sectors": {}, "types": {}, "edges": {}}
    for legend in legends:
        for part, key in (("sectors", "key"), ("types", "key"), ("edges", "kind")):
            for entry in legend[part]:
                merged[part].setdefault(entry[key], entry)
    return {
        "sectors": sorted(merged["sectors"].values(), key=lambda s: sv_key(s["label"])),
        "types": sorted(merged["types"].values(), key=lambda t: sv_key(t["label"])),
        "edges": list(merged["edges"].values()),
    }


def filters(nodes: Iterable[Mapping[str, Any]], legend: dict[str, Any]) -> dict[str, Any]:
    """The choices of the page's filter menus: sectors of the legend, municipalities in order.

    Examples
    --------
    >>> legend = {"sectors": [{"key": "kommunal", "label": "Kommunal"}]}
    >>> filters([{"municipality": "Örebro kommun"}, {"municipality": "Ale kommun"},
    ...          {"municipality": ""}], legend)
    {'sectors': [['kommunal', 'Kommunal']], 'municipalities': ['Ale kommun', 'Örebro kommun']}
    """
    municipalities = sorted(
        {str(m) for n in nodes for m in [n.get("municipality"), *n.get("municipalities", [])] if m},
        key=sv_key,
    )
    return {
        "sectors": [[s["key"], s["label"]] for s in legend["sectors"]],
        "municipalities": municipalities,
    }
