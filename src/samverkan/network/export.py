"""Exports of the projections: GraphML, GEXF (Gephi), CSV node and edge lists, node-link JSON.

Every node keeps its attributes (``label``, ``type``, ``sector``, ``municipality``,
``documents``, ...) and every edge its ``kinds``, ``weight``, ``documents`` and
``evidence``. JSON holds lists as lists; GraphML, GEXF and CSV cannot, so there a list
becomes one string with the items joined by ``"; "`` (see :func:`flatten`), and an
evidence entry becomes ``"document: quote"``.

The GEXF is made for Gephi (:func:`write_gexf`): the colours, sizes and positions of the
interactive views, labels and attribute names in Swedish or English, and with yearly
snapshots one dynamic file whose timeline plays the years. The GraphML gives every node a
``name`` (its key), the vertex name igraph uses.
"""

from __future__ import annotations

import csv
import json
from os import PathLike
from pathlib import Path
from typing import Any

import networkx as nx

from samverkan.errors import SamverkanError

__all__ = [
    "FORMATS",
    "SEPARATOR",
    "VIEW_SEED",
    "flatten",
    "gexf_graph",
    "spells",
    "tie_ids",
    "write",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
]

#: Export formats and their file suffixes.
FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv", "json": ".json"}

#: How list values are joined where a format cannot hold a list.
SEPARATOR = "; "


def _flat_value(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"document", "quote"}:
            return f"{value['document']}: {value['quote']}"
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return SEPARATOR.join(str(_flat_value(v)) for v in items)
    if value is None:
        return ""
    return value


def flatten(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose attribute values are all strings, numbers or booleans.

    Lists are joined with ``"; "``, an evidence entry ``{"document": d, "quote": q}``
    becomes ``"d: q"``, other dicts become JSON, ``None`` becomes ``""``; private
    attributes (names starting with ``_``) are dropped.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", kinds=["funding", "hosting"],
    ...            evidence=[{"document": "d1", "quote": "medel från ESF"}])
    >>> flatten(G).edges["a", "b"]
    {'kinds': 'funding; hosting', 'evidence': 'd1: medel från ESF'}
    """
    H = G.__class__()
    H.graph.update({k: _flat_value(v) for k, v in G.graph.items() if not str(k).startswith("_")})
    for n, attrs in G.nodes(data=True):
        H.add_node(n, **{k: _flat_value(x) for k, x in attrs.items() if not k.startswith("_")})
    for u, v, attrs in G.edges(data=True):
        H.add_edge(u, v, **{k: _flat_value(x) for k, x in attrs.items() if not k.startswith("_")})
    return H


def _check(G: nx.Graph) -> None:
    if G.number_of_nodes() == 0:
        raise SamverkanError("refusing to export an empty network")


def write_graphml(G: nx.Graph, path: str | PathLike[str]) -> Path:
    """Write ``G`` as GraphML (lists joined, see :func:`flatten`); return the path.

    Every node carries ``name``, its key (``kommun/1281``): igraph takes ``name`` as the
    vertex name, so ``V(g)["kommun/1281"]`` in R and ``g.vs.find(name=...)`` in Python work;
    ``label`` is the Swedish display name.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"]["documents"] = ["d1", "d2"]
    >>> path = write_graphml(G, pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> nx.read_graphml(path).nodes["a"]["documents"], nx.read_graphml(path).nodes["a"]["name"]
    ('d1; d2', 'a')
    """
    _check(G)
    path = Path(path)
    H = flatten(G)
    for n, attrs in H.nodes(data=True):
        attrs["name"] = str(n)
    nx.write_graphml(H, path, encoding="utf-8", named_key_ids=True)
    return path


#: Attribute names of the GEXF in each language (the node key is the GEXF id).
_GEXF_NAMES = {
    "sv": {
        "type": "typ",
        "sector": "sektor",
        "sector_label": "sektornamn",
        "municipality": "kommun",
        "municipality_code": "kommunkod",
        "documents": "dokument",
        "iri": "iri",
        "holder": "innehavare",
        "degree": "grad",
        "betweenness": "mellanhet",
        "kind": "slag",
        "kinds": "slag_alla",
        "evidence": "belagg",
        "bipartite": "tvadelad",
        "scheme": "finansieringsform",
        "role": "roll",
    },
    "en": {
        "type": "type",
        "sector": "sector",
        "sector_label": "sector_label",
        "municipality": "municipality",
        "municipality_code": "municipality_code",
        "documents": "documents",
        "iri": "iri",
        "holder": "holder",
        "degree": "degree",
        "betweenness": "betweenness",
        "kind": "kind",
        "kinds": "kinds",
        "evidence": "evidence",
        "bipartite": "bipartite",
        "scheme": "scheme",
        "role": "role",
    },
}

#: Seed of the layout: the one the views use, so Gephi opens with the views' picture.
VIEW_SEED = 7


def tie_ids(G: nx.Graph) -> dict[tuple[Any, Any], str]:
    """An id per edge, ``t001``, ``t002``, ... in the order of the sorted node pairs.

    The same ids name the ties in the data bundle and the edges of the GEXF.

    Examples
    --------
    >>> import networkx as nx
    >>> tie_ids(nx.Graph([("b", "c"), ("b", "a")]))
    {('a', 'b'): 't001', ('b', 'c'): 't002'}
    """
    pairs = sorted(
        (u, v) if G.is_directed() or str(u) <= str(v) else (v, u) for u, v in G.edges()
    )
    width = max(3, len(str(len(pairs))))
    return {pair: f"t{i:0{width}d}" for i, pair in enumerate(pairs, 1)}


def spells(years: list[int]) -> list[tuple[str, str]]:
    """Runs of consecutive years as GEXF date spells (from 1 January to 31 December).

    Examples
    --------
    >>> spells([2015, 2016, 2018])
    [('2015-01-01', '2016-12-31'), ('2018-01-01', '2018-12-31')]
    """
    out: list[tuple[str, str]] = []
    for year in sorted(set(years)):
        if out and int(out[-1][1][:4]) == year - 1:
            out[-1] = (out[-1][0], f"{year}-12-31")
        else:
            out.append((f"{year}-01-01", f"{year}-12-31"))
    return out


def _view_layout(G: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """The positions the views give ``G`` (the same function, the same seed)."""
    from samverkan.views._layout import layout

    return layout([G], seed)


def _view_sizes(G: nx.Graph, table: dict[str, dict[Any, Any]], size_by: str) -> dict[Any, float]:
    """The node sizes the views give ``G`` for the measure ``size_by``."""
    from samverkan.views._records import node_sizes

    return node_sizes(G, size_by, table)


def _rgb(color: str) -> dict[str, int]:
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16)}


def gexf_graph(
    G: nx.Graph,
    *,
    lang: str = "sv",
    snapshots: dict[int, nx.Graph] | None = None,
    size_by: str = "betweenness",
    seed: int = VIEW_SEED,
    sector_labels: dict[str, str] | None = None,
) -> nx.Graph:
    """A copy of ``G`` ready for :func:`networkx.write_gexf`: viz, labels, time spells.

    Nodes get ``viz`` colour (the views' sector colour), size (the views' size for
    ``size_by``) and position (the views' layout, y pointing up as in Gephi); edges the
    views' colour of their kind and an ``id`` from :func:`tie_ids`. Labels and attribute
    names are in ``lang`` (``"sv"`` or ``"en"``). With ``snapshots`` (``{year: graph}``),
    every node and edge present in a snapshot gets ``spells``: the runs of years in which
    it is present, so Gephi's timeline plays the years; one that no snapshot holds (nothing
    dates it) has no spell and shows at all times.
    """
    from samverkan.network.measures import measure_table
    from samverkan.views._encoding import edge_style, sector_style

    if lang not in _GEXF_NAMES:
        raise SamverkanError(f"unknown language {lang!r}; choose sv or en")
    names = _GEXF_NAMES[lang]
    table = measure_table(G)
    columns = {c: table[c].to_dict() for c in ("degree", "betweenness") if c in table}
    sizes = _view_sizes(G, columns, size_by)
    pos = _view_layout(G, seed)
    node_years: dict[Any, list[int]] = {}
    edge_years: dict[tuple[Any, Any], list[int]] = {}
    ids = tie_ids(G)
    for year, S in sorted((snapshots or {}).items()):
        for n in S:
            node_years.setdefault(n, []).append(year)
        for u, v in S.edges():
            key = (u, v) if (u, v) in ids else (v, u)
            edge_years.setdefault(key, []).append(year)
    H = G.__class__()
    for n in sorted(G, key=str):
        attrs = G.nodes[n]
        label = attrs.get("label_en" if lang == "en" else "label") or attrs.get("label") or n
        out: dict[str, Any] = {"label": str(label)}
        for key in ("type", "sector", "municipality", "municipality_code", "holder", "iri"):
            if key in attrs:
                out[names[key]] = _flat_value(attrs[key])
        if attrs.get("sector"):
            sector_label = (sector_labels or {}).get(attrs["sector"], attrs.get("sector_label"))
            out[names["sector_label"]] = sector_label or ""
        if "bipartite" in attrs:
            out[names["bipartite"]] = attrs["bipartite"]
        out[names["documents"]] = _flat_value(attrs.get("documents", []))
        for key, values in columns.items():
            value = values.get(n)
            out[names[key]] = float(value) if key == "betweenness" else int(value)
        x, y = pos.get(n, (0.0, 0.0))
        out["viz"] = {
            "color": _rgb(sector_style(attrs.get("sector"))["color"]),
            "size": float(sizes[n]),
            "position": {"x": float(x), "y": -float(y), "z": 0.0},
        }
        if n in node_years:
            out["spells"] = spells(node_years[n])
        H.add_node(n, **out)
    for (u, v), tid in sorted(ids.items(), key=lambda item: item[1]):
        attrs = G.edges[u, v]
        kinds = list(attrs.get("kinds", []))
        style = edge_style(kinds)
        out = {
            "id": tid,
            "weight": float(attrs.get("weight", 1)),
            names["kind"]: str(style["kind"]),
            names["kinds"]: _flat_value(kinds),
            names["documents"]: _flat_value(attrs.get("documents", [])),
            names["evidence"]: _flat_value(attrs.get("evidence", [])),
            "viz": {"color": _rgb(str(style["color"]))},
        }
        for key in ("scheme", "role"):
            if key in attrs:
                out[names[key]] = _flat_value(attrs[key])
        if (u, v) in edge_years:
            out["spells"] = spells(edge_years[(u, v)])
        H.add_edge(u, v, **out)
    return H


def write_gexf(
    G: nx.Graph,
    path: str | PathLike[str],
    *,
    lang: str = "sv",
    snapshots: dict[int, nx.Graph] | None = None,
    size_by: str = "betweenness",
    seed: int = VIEW_SEED,
    sector_labels: dict[str, str] | None = None,
) -> Path:
    """Write ``G`` as GEXF 1.2 for Gephi, with the views' look and, given years, a timeline.

    See :func:`gexf_graph` for what the file holds. With ``snapshots`` the graph is
    ``mode="dynamic"`` with ``timeformat="date"``: one file whose timeline plays the years.
    Lists are joined (:func:`flatten`). The bytes are the same for the same graph (the
    file carries no date of writing).

    Parameters
    ----------
    G : networkx.Graph
        A projection.
    path : str or path-like
        The file to write.
    lang : {"sv", "en"}
        Language of the labels and attribute names.
    snapshots : dict of int to networkx.Graph, optional
        The projection year by year (``project(store, name, year=y)``).
    size_by : str
        The measure that sizes the nodes (``"betweenness"`` as in the network view, or
        ``"degree"``).
    seed : int
        Seed of the layout (the views' seed by default).
    sector_labels : dict, optional
        Sector key -> label in ``lang`` (the Swedish label of ``G`` is used otherwise).

    Returns
    -------
    Path
        ``path``.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"]["label"] = "Lunds kommun"
    >>> S = nx.Graph([("a", "b")])
    >>> path = write_gexf(G, pathlib.Path(tempfile.mkdtemp()) / "g.gexf", snapshots={2018: S})
    >>> H = nx.read_gexf(path)
    >>> H.nodes["a"]["label"], H.nodes["a"]["spells"], H.graph["mode"]
    ('Lunds kommun', [('2018-01-01', '2018-12-31')], 'dynamic')
    >>> sorted(H.nodes["a"]["viz"])
    ['color', 'position', 'size']
    """
    from networkx.readwrite.gexf import GEXFWriter

    _check(G)
    path = Path(path)
    H = gexf_graph(
        G, lang=lang, snapshots=snapshots, size_by=size_by, seed=seed, sector_labels=sector_labels
    )
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(H)
    with path.open("wb") as f:
        writer.write(f)
    return path


def write_json(G: nx.Graph, path: str | PathLike[str]) -> Path:
    """Write ``G`` as node-link JSON (``networkx.node_link_data``, lists kept); return the path.

    Examples
    --------
    >>> import networkx as nx, json, tempfile, pathlib
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"]["documents"] = ["d1", "d2"]
    >>> path = write_json(G, pathlib.Path(tempfile.mkdtemp()) / "g.json")
    >>> H = nx.node_link_graph(json.loads(path.read_text()), edges="edges")
    >>> H.nodes["a"]["documents"]
    ['d1', 'd2']
    """
    _check(G)
    path = Path(path)
    H = G.copy()
    for _, _, attrs in H.edges(data=True):
        for key in [k for k in attrs if k.startswith("_")]:
            del attrs[key]
    data = nx.node_link_data(H, edges="edges")
    path.write_text(
        json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )
    return path


def csv_paths(path: str | PathLike[str]) -> tuple[Path, Path]:
    """The node and edge list files for ``path`` (``x.csv`` -> ``x.nodes.csv``, ``x.edges.csv``).

    >>> [p.name for p in csv_paths("out/collaboration.csv")]
    ['collaboration.nodes.csv', 'collaboration.edges.csv']
    """
    path = Path(path)
    stem = path.name.removesuffix(".csv")
    return path.with_name(stem + ".nodes.csv"), path.with_name(stem + ".edges.csv")


def write_csv(G: nx.Graph, path: str | PathLike[str]) -> tuple[Path, Path]:
    """Write a node list and an edge list as CSV (UTF-8, lists joined); return both paths.

    The node list has a column ``id`` and one per node attribute; the edge list has
    ``source``, ``target`` and one column per edge attribute, the form R (igraph,
    ``graph_from_data_frame``), Python igraph and UCINET's DL import read. The files are
    named after ``path`` by :func:`csv_paths`.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph(); G.add_edge("a", "b", weight=2, kinds=["funding", "hosting"])
    >>> nodes, edges = write_csv(G, pathlib.Path(tempfile.mkdtemp()) / "g.csv")
    >>> print(edges.read_text(encoding="utf-8").strip())
    source,target,weight,kinds
    a,b,2,funding; hosting
    """
    _check(G)
    H = flatten(G)
    nodes_path, edges_path = csv_paths(path)
    node_fields: list[str] = []
    for _, attrs in H.nodes(data=True):
        node_fields += [k for k in attrs if k not in node_fields and k != "id"]
    edge_fields: list[str] = []
    for _, _, attrs in H.edges(data=True):
        edge_fields += [k for k in attrs if k not in edge_fields and k not in ("source", "target")]
    with nodes_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", *node_fields])
        for n, attrs in H.nodes(data=True):
            writer.writerow([n, *(attrs.get(k, "") for k in node_fields)])
    with edges_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["source", "target", *edge_fields])
        for u, v, attrs in H.edges(data=True):
            writer.writerow([u, v, *(attrs.get(k, "") for k in edge_fields)])
    return nodes_path, edges_path


def write(G: nx.Graph, fmt: str, path: str | PathLike[str]) -> list[Path]:
    """Write ``G`` in format ``fmt`` (one of :data:`FORMATS`); return the files written.

    Raises
    ------
    SamverkanError
        If ``fmt`` is not a known format or ``G`` is empty.

    Examples
    --------
    >>> import networkx as nx
    >>> write(nx.Graph([(1, 2)]), "pajek", "g.net")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: unknown export format 'pajek'; choose one of: ...
    """
    writers = {"graphml": write_graphml, "gexf": write_gexf, "json": write_json}
    if fmt not in FORMATS:
        raise SamverkanError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return list(write_csv(G, path))
    return [writers[fmt](G, path)]
