"""Render NetworkX graphs as self-contained interactive HTML (vis-network through pyvis).

pyvis assembles the vis-network node and edge records; the page around them is our own
(``templates/network.html``), because pyvis's templates fetch Bootstrap and tom-select from
a CDN, garble non-ASCII in their menus and switch tooltips to raw HTML.
"""

from __future__ import annotations

import contextlib
import html
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.views._encoding import edge_style, sector_style, type_style
from samverkan.views._page import asset, csp, embed_json, fill

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

__all__ = [
    "display",
    "municipality_subgraph",
    "network_html",
    "render_network",
    "render_timeline",
    "timeline_html",
]

Measures = Mapping[str, Mapping[Any, Any]]
"""Measures as ``{measure name: {node: value}}`` (a DataFrame indexed by node also works)."""

_MIN_SIZE = 9.0
_MAX_SIZE = 30.0
_DEFAULT_SEED = 7
#: Above this many nodes the browser lays the graph out (seeded physics that stabilises and
#: then stops): the Python layout is dense, quadratic in time and memory.
_MAX_PYTHON_LAYOUT = 2000

_MEASURE_LABELS = {
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
}


#: Columns of a measure table that repeat node attributes: not shown twice in a tooltip.
_ATTRIBUTE_COLUMNS = frozenset(
    {
        "label",
        "label_en",
        "type",
        "sector",
        "sector_label",
        "municipality",
        "municipality_code",
        "documents",
        "iri",
        "holder",
        "bipartite",
    }
)

# ---------------------------------------------------------------------------- helpers


def _measure_table(measures: Measures | pd.DataFrame | None) -> dict[str, dict[Any, Any]]:
    """Normalise measures to ``{name: {node: value}}``."""
    if measures is None:
        return {}
    if hasattr(measures, "to_dict") and hasattr(measures, "columns"):
        return {str(k): dict(v) for k, v in measures.to_dict(orient="dict").items()}
    return {str(k): dict(v) for k, v in measures.items()}


def _plain(value: Any) -> Any:
    """A JSON-able Python value (numpy scalars, NaN and containers handled)."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        with contextlib.suppress(TypeError, ValueError):
            value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return items if not isinstance(value, set | frozenset) else sorted(items, key=str)
    return str(value)


def _fmt(value: Any) -> str:
    """Format a measure for a tooltip.

    Examples
    --------
    >>> _fmt(0.123456), _fmt(3), _fmt(1234.5), _fmt(["a", "b"])
    ('0.123', '3', '1234', 'a, b')
    """
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    if isinstance(value, list):
        return ", ".join(_fmt(v) for v in value)
    return str(value)


def _numeric(value: Any) -> float | None:
    value = _plain(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _node_id(node: Any) -> str | int:
    return node if isinstance(node, str) or type(node) is int else str(node)


def _sv_key(text: str) -> str:
    """Sort key in Swedish alphabetical order (å, ä, ö after z).

    Examples
    --------
    >>> sorted(["Örebro", "Ale", "Åre", "Älmhult", "Lund"], key=_sv_key)
    ['Ale', 'Lund', 'Åre', 'Älmhult', 'Örebro']
    """
    return text.casefold().translate({ord("å"): "z{", ord("ä"): "z|", ord("ö"): "z}"})


def _label(node: Any, attrs: Mapping[str, Any]) -> str:
    for key in ("label", "label_en"):
        value = attrs.get(key)
        if value:
            return str(value)
    text = str(node)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or text


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _layout(graphs: Iterable[nx.Graph], seed: int) -> dict[Any, tuple[float, float]]:
    """Deterministic positions (pixels) for the union of ``graphs``.

    A spring layout with a fixed seed on a copy whose nodes and edges are sorted, so the
    insertion order of the input does not matter. Positions are rounded to 0.1 px.
    """
    import networkx as nx

    H = nx.Graph()
    weights: dict[tuple[str, str], float] = {}
    names: dict[str, Any] = {}
    for G in graphs:
        for node in G.nodes:
            names.setdefault(repr(node), node)
        for u, v, data in G.edges(data=True):
            a, b = sorted((repr(u), repr(v)))
            if a == b:
                continue
            w = _numeric(data.get("weight", 1)) or 1.0
            weights[(a, b)] = weights.get((a, b), 0.0) + max(w, 0.1)
    if not names:
        return {}
    H.add_nodes_from(sorted(names))
    H.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    if H.number_of_nodes() > _MAX_PYTHON_LAYOUT:
        return {}
    # Each connected component is laid out on its own and the components are packed in
    # rows, largest first: a spring layout of the whole graph would push the components
    # apart and squeeze every one of them into a corner.
    components = sorted(
        (sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0])
    )
    boxes = [(c, 140.0 * math.sqrt(len(c)) + (0.0 if len(c) == 1 else 60.0)) for c in components]
    row_width = max(math.sqrt(sum(side * side for _, side in boxes)) * 1.6, boxes[0][1])
    gap = 60.0
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component, side in boxes:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        if len(component) == 1:
            local = {component[0]: (0.0, 0.0)}
        else:
            # A fresh graph with sorted nodes, not H.subgraph(): a subgraph view may iterate
            # its node filter (a set) in hash order, which changes between processes, and
            # the spring layout's seeded start positions follow the node order.
            members = set(component)
            sub = nx.Graph()
            sub.add_nodes_from(component)
            sub.add_weighted_edges_from(
                (a, b, w) for (a, b), w in sorted(weights.items()) if a in members and b in members
            )
            local = _spring(sub, seed)
        for key in component:
            lx, ly = local[key]
            out[names[key]] = (
                round(x + side / 2 + float(lx) * side / 2, 1),
                round(y + side / 2 + float(ly) * side / 2, 1),
            )
        x += side + gap
        row_height = max(row_height, side)
    return out


def _spring(H: nx.Graph, seed: int) -> dict[Any, Any]:
    """Fruchterman-Reingold with a fixed seed, positions in [-1, 1]; numpy only."""
    import networkx as nx

    if len(H) < 500:
        return nx.spring_layout(H, seed=seed, weight="weight", iterations=100)
    import numpy as np

    A = nx.to_numpy_array(H, weight="weight", dtype=np.float32)
    return dict(zip(H, _dense_fruchterman_reingold(A, np.random.RandomState(seed)), strict=True))


def _dense_fruchterman_reingold(A: Any, rng: Any, iterations: int = 50) -> Any:
    """Fruchterman & Reingold (1991) force-directed placement on an adjacency matrix.

    The algorithm of networkx's ``spring_layout`` for small graphs, vectorised with plain
    numpy arrays (networkx needs scipy above 500 nodes). Time and memory are quadratic in
    the number of nodes, which is why very large graphs are laid out in the browser.
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


# ---------------------------------------------------------------------------- payload


def _sizes(G: nx.Graph, size_by: str | None, table: dict[str, dict[Any, Any]]) -> dict:
    if size_by is None:
        return {node: (_MIN_SIZE + _MAX_SIZE) / 3 for node in G}
    values = table.get(size_by)
    if values is None:
        if size_by != "degree":
            known = ", ".join(sorted(table)) or "none"
            raise ValueError(f"size_by={size_by!r} is not among the measures given ({known})")

        values = dict(G.degree())
        table["degree"] = values
    numbers = {node: _numeric(values.get(node)) for node in G}
    present = [v for v in numbers.values() if v is not None]
    low, high = (min(present), max(present)) if present else (0.0, 0.0)
    span = high - low
    sizes = {}
    for node, v in numbers.items():
        share = 0.0 if v is None or span == 0 else (v - low) / span
        sizes[node] = round(_MIN_SIZE + share * (_MAX_SIZE - _MIN_SIZE), 2)
    return sizes


def _node_tip(node: Any, attrs: Mapping[str, Any], table: dict[str, dict[Any, Any]]) -> dict:
    t = type_style(attrs.get("type"))
    s = sector_style(attrs.get("sector"))
    rows: list[list[str]] = []
    if attrs.get("label_en") and attrs.get("label_en") != attrs.get("label"):
        rows.append(["Engelska", str(attrs["label_en"])])
    rows.append(["Typ", f"{t['label']} ({t['key']})" if t["key"] else t["label"]])
    rows.append(["Sektor", str(attrs.get("sector_label") or s["label"])])
    if attrs.get("municipality"):
        code = attrs.get("municipality_code")
        rows.append(
            ["Kommun", f"{attrs['municipality']} ({code})" if code else str(attrs["municipality"])]
        )
    if attrs.get("holder"):
        rows.append(["Innehavare", str(attrs["holder"])])
    documents = _as_list(attrs.get("documents"))
    if documents:
        rows.append(["Dokument", ", ".join(str(d) for d in documents)])
    for name in sorted(table):
        if name in _ATTRIBUTE_COLUMNS:
            continue
        if node in table[name]:
            text = _fmt(table[name][node])
            if text:
                rows.append([_MEASURE_LABELS.get(name, name), text])
    rows.append(["IRI", str(attrs.get("iri") or node)])
    return {"heading": _label(node, attrs), "rows": rows, "quotes": []}


def _edge_tip(label_u: str, label_v: str, directed: bool, attrs: Mapping[str, Any]) -> dict:
    kinds = [str(k) for k in _as_list(attrs.get("kinds"))]
    arrow = " → " if directed else " – "
    rows: list[list[str]] = []
    if kinds:
        names = [str(edge_style([k])["label"]) if edge_style([k])["kind"] else k for k in kinds]
        rows.append(["Relation", ", ".join(names)])
    weight = _plain(attrs.get("weight"))
    if weight is not None:
        rows.append(["Vikt", _fmt(weight)])
    if attrs.get("scheme") or attrs.get("scheme_label"):
        rows.append(["Medel", str(attrs.get("scheme_label") or attrs["scheme"])])
    if _plain(attrs.get("amount")) is not None:
        rows.append(["Belopp", _fmt(attrs["amount"])])
    start, end = attrs.get("start"), attrs.get("end")
    if start or end:
        rows.append(["Period", f"{start or '?'}–{end or 'pågående'}"])
    documents = _as_list(attrs.get("documents"))
    if documents:
        rows.append(["Dokument", ", ".join(str(d) for d in documents)])
    quotes = []
    for item in _as_list(attrs.get("evidence")):
        if isinstance(item, Mapping):
            quotes.append(
                {"document": str(item.get("document", "")), "quote": str(item.get("quote", ""))}
            )
        else:
            quotes.append({"document": "", "quote": str(item)})
    return {"heading": f"{label_u}{arrow}{label_v}", "rows": rows, "quotes": quotes}


def _records(
    G: nx.Graph, pos: Mapping, measures: Measures | pd.DataFrame | None, size_by: str | None
) -> tuple[list[dict], list[dict], dict]:
    """vis-network node and edge records for ``G`` (assembled by pyvis), and the legend."""
    from pyvis.edge import Edge
    from pyvis.network import Network

    table = _measure_table(measures)
    sizes = _sizes(G, size_by, table)
    directed = G.is_directed()
    net = Network(directed=directed, cdn_resources="local")
    ids: dict[Any, str | int] = {}
    sectors: dict[str, dict[str, str]] = {}
    types: dict[str, dict[str, str]] = {}
    for node in sorted(G.nodes, key=repr):
        attrs = G.nodes[node]
        vid = _node_id(node)
        if vid in net.node_map:
            raise ValueError(f"two nodes have the same id when written as text: {vid!r}")
        ids[node] = vid
        s = sector_style(attrs.get("sector"))
        t = type_style(attrs.get("type"))
        sectors.setdefault(s["key"], {**s, "label": str(attrs.get("sector_label") or s["label"])})
        types.setdefault(t["key"], t)
        label = _label(node, attrs)
        placed = {"x": pos[node][0], "y": pos[node][1]} if node in pos else {}
        net.add_node(
            vid,
            label=label,
            shape=t["shape"],
            color={
                "background": s["color"],
                "border": "#333333",
                "highlight": {"background": s["color"], "border": "#000000"},
                "hover": {"background": s["color"], "border": "#000000"},
            },
            size=sizes[node],
            **placed,
            sector=s["key"],
            type=t["key"],
            municipality=str(attrs.get("municipality") or ""),
            search=[label, *([str(attrs["label_en"])] if attrs.get("label_en") else [])],
            tip=_node_tip(node, attrs, table),
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
    for index, (u, v, _key, attrs) in enumerate(edge_rows):
        style = edge_style(_as_list(attrs.get("kinds")))
        kinds_seen.setdefault(str(style["kind"]), style)
        weight = _numeric(attrs.get("weight", 1)) or 1.0
        options: dict[str, Any] = {
            "id": f"e{index}",
            "color": {"color": style["color"], "highlight": "#000000", "hover": "#000000"},
            "dashes": style["dashes"],
            "width": round(min(1.0 + 2.0 * math.log1p(max(weight - 1.0, 0.0)), 8.0), 2),
            "kinds": [str(k) for k in _as_list(attrs.get("kinds"))],
            "tip": _edge_tip(_label(u, G.nodes[u]), _label(v, G.nodes[v]), directed, attrs),
        }
        if directed:
            options["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.6}}
        # pyvis's add_edge compares each new edge with every earlier one (quadratic) and
        # drops parallel edges of a multigraph; its Edge record is what we want.
        net.edges.append(Edge(ids[u], ids[v], directed, **options).options)
    nodes, edges, *_ = net.get_network_data()
    legend = {
        "sectors": sorted(sectors.values(), key=lambda s: _sv_key(s["label"])),
        "types": sorted(types.values(), key=lambda t: _sv_key(t["label"])),
        "edges": [
            {"kind": k, "label": s["label"], "color": s["color"], "dashes": bool(s["dashes"])}
            for k, s in kinds_seen.items()
        ],
    }
    return nodes, edges, legend


def _options(directed: bool, seed: int, placed: bool = True) -> dict[str, Any]:
    """vis-network options: physics stays off when the positions come from Python; else
    seeded physics stabilises in the browser and is then switched off (see views.js)."""
    physics: dict[str, Any] = {"enabled": False}
    if not placed:
        physics = {
            "enabled": True,
            "solver": "barnesHut",
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    return {
        "autoResize": True,
        "physics": physics,
        "layout": {"randomSeed": seed, "improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "multiselect": True,
            "navigationButtons": False,
            "keyboard": False,
            "hideEdgesOnDrag": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 14,
                "face": "sans-serif",
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "multi": False,
            },
        },
        "edges": {
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12}
            if directed
            else {"enabled": False},
            "font": {"multi": False},
        },
    }


def _merge_legend(legends: Iterable[dict]) -> dict:
    merged: dict[str, dict[str, dict]] = {"sectors": {}, "types": {}, "edges": {}}
    for legend in legends:
        for part, key in (("sectors", "key"), ("types", "key"), ("edges", "kind")):
            for entry in legend[part]:
                merged[part].setdefault(entry[key], entry)
    return {
        "sectors": sorted(merged["sectors"].values(), key=lambda s: _sv_key(s["label"])),
        "types": sorted(merged["types"].values(), key=lambda t: _sv_key(t["label"])),
        "edges": list(merged["edges"].values()),
    }


def _filters(nodes: Iterable[Mapping[str, Any]], legend: dict) -> dict:
    municipalities = sorted(
        {str(n["municipality"]) for n in nodes if n.get("municipality")}, key=_sv_key
    )
    return {
        "sectors": [[s["key"], s["label"]] for s in legend["sectors"]],
        "municipalities": municipalities,
    }


def _page(payload: dict[str, Any], title: str, subtitle: str, back_href: str | None) -> str:
    vis_js = asset("assets/vis-network.min.js")
    app_js = asset("assets/views.js")
    nav = ""
    if back_href:
        nav = f'<nav><a href="{html.escape(back_href, quote=True)}">Alla vyer</a></nav>\n'
    return fill(
        asset("templates/network.html"),
        {
            "CSP": html.escape(csp([vis_js, app_js]), quote=True),
            "TITLE": html.escape(title),
            "SUBTITLE": html.escape(subtitle),
            "NAV": nav,
            "CSS": asset("assets/views.css"),
            "DATA": embed_json(payload),
            "VIS": vis_js,
            "APP": app_js,
        },
    )


def _summary(n_nodes: int, n_edges: int) -> str:
    return f"{n_nodes} aktörer, {n_edges} relationer"


# ---------------------------------------------------------------------------- public API


def network_html(
    G: nx.Graph,
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Measures | pd.DataFrame | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
) -> str:
    """Return the interactive HTML page for one graph, as a string.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph (directed and multigraphs too). Node attributes used:
        ``label``, ``label_en``, ``type``, ``sector``, ``sector_label``, ``municipality``,
        ``municipality_code``, ``documents``, ``iri``; edge attributes: ``kinds``,
        ``weight``, ``documents``, ``evidence``, ``scheme``, ``start``, ``end``.
        Missing attributes are left out, never an error.
    title : str
        Page title, shown as text.
    size_by : str or None
        Measure that sizes the nodes. ``"degree"`` is computed (number of ties) when
        ``measures`` lacks it; any other name must be in ``measures``; None gives one size.
    measures : mapping or pandas.DataFrame, optional
        ``{measure: {node: value}}`` or a DataFrame indexed by node; every measure appears
        in the node tooltips.
    seed : int
        Seed of the spring layout. The same graph and seed give byte-identical HTML.
    subtitle : str, optional
        Line under the title (default: the numbers of actors and relations).
    back_href : str, optional
        Relative link to the index page.

    Returns
    -------
    str
        A complete HTML document that needs no network.

    Raises
    ------
    ValueError
        If ``size_by`` names a measure that is not given.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("a", label="Malmö stad", sector="kommunal", type="Municipality")
    >>> G.add_node("b", label="<b>Föreningen</b>", sector="civilsamhalle")
    >>> G.add_edge("a", "b", kinds=["membership"], weight=1)
    >>> page = network_html(G, title="Malmö & co")
    >>> page.startswith("<!DOCTYPE html>"), "<b>Föreningen" in page, "Malmö &amp; co" in page
    (True, False, True)
    >>> page == network_html(G, title="Malmö & co")
    True
    """
    pos = _layout([G], seed)
    nodes, edges, legend = _records(G, pos, measures, size_by)
    payload = {
        "kind": "network",
        "title": title,
        "directed": G.is_directed(),
        "sizeBy": _MEASURE_LABELS.get(size_by, size_by) if size_by else "",
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "filters": _filters(nodes, legend),
        "options": _options(G.is_directed(), seed, bool(pos) or not len(G)),
    }
    sub = subtitle if subtitle is not None else _summary(len(nodes), len(edges))
    return _page(payload, title, sub, back_href)


def render_network(
    G: nx.Graph,
    path: str | Path,
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Measures | pd.DataFrame | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
) -> Path:
    """Write the interactive view of ``G`` to ``path`` and return the path.

    Parameters are those of :func:`network_html`; parent directories are created.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.path_graph(3)
    >>> out = render_network(G, pathlib.Path(tempfile.mkdtemp()) / "g.html", title="P3")
    >>> "Content-Security-Policy" in out.read_text(encoding="utf-8")
    True
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = network_html(
        G,
        title=title,
        size_by=size_by,
        measures=measures,
        seed=seed,
        subtitle=subtitle,
        back_href=back_href,
    )
    path.write_text(page, encoding="utf-8", newline="\n")
    return path


def timeline_html(
    snapshots: Mapping[int, nx.Graph],
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Mapping[int, Measures | pd.DataFrame] | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
) -> str:
    """Return the year-by-year page: one graph per year and a control to step through them.

    Every node keeps one position across the years (the layout is computed on the union of
    the snapshots), so a reader sees the network grow rather than jump.

    Parameters
    ----------
    snapshots : mapping of int to networkx.Graph
        The network of each year.
    measures : mapping of int to measures, optional
        Measures per year (see :func:`network_html`); ``"degree"`` is computed per year.
    title, size_by, seed, subtitle, back_href
        As for :func:`network_html`.

    Examples
    --------
    >>> import networkx as nx
    >>> page = timeline_html({2016: nx.path_graph(2), 2017: nx.path_graph(3)}, title="År")
    >>> '"years":[2016,2017]' in page
    True
    """
    years = sorted(int(y) for y in snapshots)
    graphs = {int(y): g for y, g in snapshots.items()}
    pos = _layout([graphs[y] for y in years], seed)
    parts = []
    legends = []
    all_nodes: list[dict] = []
    directed = any(g.is_directed() for g in graphs.values())
    for year in years:
        year_measures = (measures or {}).get(year)
        nodes, edges, legend = _records(graphs[year], pos, year_measures, size_by)
        parts.append({"year": year, "nodes": nodes, "edges": edges})
        legends.append(legend)
        all_nodes.extend(nodes)
    legend = _merge_legend(legends)
    payload = {
        "kind": "timeline",
        "title": title,
        "directed": directed,
        "sizeBy": _MEASURE_LABELS.get(size_by, size_by) if size_by else "",
        "years": years,
        "snapshots": parts,
        "legend": legend,
        "filters": _filters(all_nodes, legend),
        "options": _options(directed, seed, bool(pos) or not all_nodes),
    }
    if subtitle is None:
        subtitle = f"{years[0]}–{years[-1]}, ett nätverk per år" if years else "inga år med data"
    return _page(payload, title, subtitle, back_href)


def render_timeline(
    snapshots: Mapping[int, nx.Graph],
    path: str | Path,
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Mapping[int, Measures | pd.DataFrame] | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
) -> Path:
    """Write the year-by-year view (see :func:`timeline_html`) to ``path``; return the path.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> out = render_timeline({2020: nx.path_graph(2)},
    ...                       pathlib.Path(tempfile.mkdtemp()) / "t.html", title="År")
    >>> out.suffix
    '.html'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = timeline_html(
        snapshots,
        title=title,
        size_by=size_by,
        measures=measures,
        seed=seed,
        subtitle=subtitle,
        back_href=back_href,
    )
    path.write_text(page, encoding="utf-8", newline="\n")
    return path


def municipality_subgraph(G: nx.Graph, municipality: str) -> nx.Graph:
    """The ego network of one municipality: its actors and everyone tied to them.

    Keeps the nodes whose ``municipality`` attribute (or ``label``, for the municipality
    node itself) equals ``municipality``, their neighbours (in either direction), and the
    edges among all of these.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("k", label="Söderhamns kommun", municipality="Söderhamns kommun")
    >>> G.add_node("f", label="Förening", municipality="")
    >>> G.add_node("x", label="Annan", municipality="Lunds kommun")
    >>> G.add_edges_from([("k", "f"), ("f", "x")])
    >>> sorted(municipality_subgraph(G, "Söderhamns kommun"))
    ['f', 'k']
    """
    core = {
        n
        for n, d in G.nodes(data=True)
        if d.get("municipality") == municipality or d.get("label") == municipality
    }
    keep = set(core)
    for node in core:
        keep.update(G.successors(node) if G.is_directed() else G.neighbors(node))
        if G.is_directed():
            keep.update(G.predecessors(node))
    return G.subgraph(keep).copy()


def display(
    graph: nx.Graph | Mapping[int, nx.Graph],
    *,
    title: str = "",
    height: int = 600,
    **options: Any,
) -> Any:
    """Show a view inline in Jupyter, with no server: an ``<iframe srcdoc=…>``.

    The page runs in a sandboxed frame (scripts allowed, no access to the notebook).

    Parameters
    ----------
    graph : networkx.Graph or mapping of int to networkx.Graph
        One graph, or snapshots per year for the timeline view.
    title : str
        Title of the view.
    height : int
        Height of the frame in pixels.
    **options
        Passed to :func:`network_html` or :func:`timeline_html`.

    Returns
    -------
    IPython.display.HTML

    Examples
    --------
    >>> import networkx as nx
    >>> frame = display(nx.path_graph(2), title="P2")
    >>> frame.data.startswith('<iframe sandbox="allow-scripts" srcdoc="&lt;!DOCTYPE html&gt;')
    True
    """
    import warnings

    from IPython.display import HTML

    if isinstance(graph, Mapping):
        page = timeline_html(graph, title=title, **options)
    else:
        page = network_html(graph, title=title, **options)
    frame = (
        f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(page, quote=True)}" '
        f'title="{html.escape(title, quote=True)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe>'
    )
    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a URL
        warnings.simplefilter("ignore", UserWarning)
        return HTML(frame)
