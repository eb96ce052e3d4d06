"""Exports of the projections: GraphML, GEXF (Gephi), CSV node and edge lists, node-link JSON.

Every node keeps its attributes (``label``, ``type``, ``sector``, ``municipality``,
``documents``, ...) and every edge its ``kinds``, ``weight``, ``documents`` and
``evidence``. JSON holds lists as lists; GraphML, GEXF and CSV cannot, so there a list
becomes one string with the items joined by ``"; "`` (see :func:`flatten`), and an
evidence entry becomes ``"document: quote"``.
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
    "flatten",
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

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"]["documents"] = ["d1", "d2"]
    >>> path = write_graphml(G, pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> nx.read_graphml(path).nodes["a"]["documents"]
    'd1; d2'
    """
    _check(G)
    path = Path(path)
    nx.write_graphml(flatten(G), path, encoding="utf-8", named_key_ids=True)
    return path


def write_gexf(G: nx.Graph, path: str | PathLike[str]) -> Path:
    """Write ``G`` as GEXF 1.2 for Gephi (lists joined, see :func:`flatten`); return the path.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"]["label"] = "Lunds kommun"
    >>> path = write_gexf(G, pathlib.Path(tempfile.mkdtemp()) / "g.gexf")
    >>> nx.read_gexf(path).nodes["a"]["label"]
    'Lunds kommun'
    """
    _check(G)
    path = Path(path)
    H = flatten(G)
    for n, attrs in H.nodes(data=True):
        attrs.setdefault("label", str(n))
    nx.write_gexf(H, path, encoding="utf-8")
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
