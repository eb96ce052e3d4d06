"""Exports round-trip: written by samverkan.network.export, read back with networkx / csv."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from samverkan.errors import SamverkanError
from samverkan.network import collaboration, flatten, funding, write
from samverkan.network.export import SEPARATOR, csv_paths


@pytest.fixture(scope="module")
def G(example) -> nx.Graph:
    return collaboration(example)


def _same_flat(H: nx.Graph, G: nx.Graph) -> None:
    """H (read back) holds every node, edge and attribute of G, lists as '; '-joined text."""
    flat = flatten(G)
    assert set(H) == set(flat)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in flat.edges}
    for n, attrs in flat.nodes(data=True):
        for key, value in attrs.items():
            assert H.nodes[n][key] == value, (n, key)
    for u, v, attrs in flat.edges(data=True):
        for key, value in attrs.items():
            assert H.edges[u, v][key] == value, (u, v, key)


def test_graphml_round_trip(G, tmp_path):
    [path] = write(G, "graphml", tmp_path / "c.graphml")
    H = nx.read_graphml(path)
    _same_flat(H, G)
    post = H.nodes["kommun/1281/tjanst/inkluderingskoordinator"]
    assert post["label"] == "inkluderingskoordinator" and post["municipality"] == "Lunds kommun"
    assert H.edges["org/forening-x", "initiativ/lund-natverk"]["documents"] == "test_a; test_c"


def test_gexf_round_trip(G, tmp_path):
    [path] = write(G, "gexf", tmp_path / "c.gexf")
    H = nx.read_gexf(path)
    _same_flat(H, G)


def test_directed_gexf_round_trip(example, tmp_path):
    F = funding(example)
    [path] = write(F, "gexf", tmp_path / "f.gexf")
    H = nx.read_gexf(path)
    assert H.is_directed()
    assert set(H.edges) == set(F.edges)
    assert H.edges["org/europeiska-socialfonden", "initiativ/lis"]["scheme"] == "esf"


def test_json_round_trip_keeps_lists(G, tmp_path):
    [path] = write(G, "json", tmp_path / "c.json")
    H = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert set(H) == set(G)
    for n, attrs in G.nodes(data=True):
        assert H.nodes[n] == attrs
    for u, v, attrs in G.edges(data=True):
        assert H.edges[u, v] == attrs


def test_csv_round_trip(G, tmp_path):
    nodes_path, edges_path = write(G, "csv", tmp_path / "c.csv")
    assert (nodes_path, edges_path) == csv_paths(tmp_path / "c.csv")
    with nodes_path.open(encoding="utf-8", newline="") as f:
        nodes = {row.pop("id"): row for row in csv.DictReader(f)}
    with edges_path.open(encoding="utf-8", newline="") as f:
        edges = {frozenset((r.pop("source"), r.pop("target"))): r for r in csv.DictReader(f)}
    flat = flatten(G)
    assert set(nodes) == set(G)
    for n, attrs in flat.nodes(data=True):
        for key, value in attrs.items():
            assert nodes[n][key] == str(value)
    for u, v, attrs in flat.edges(data=True):
        row = edges[frozenset((u, v))]
        assert row["kinds"] == SEPARATOR.join(G.edges[u, v]["kinds"])
        assert int(row["weight"]) == attrs["weight"]
    # an evidence entry becomes "document: quote"
    row = edges[frozenset(("org/forening-x", "initiativ/lund-natverk"))]
    assert row["evidence"] == (
        "test_a: Förening X är med i nätverket; test_c: föreningen X deltar i Lunds nätverk"
    )


def test_export_bad_input(tmp_path):
    with pytest.raises(SamverkanError, match="unknown export format 'dot'"):
        write(nx.Graph([(1, 2)]), "dot", tmp_path / "g.dot")
    with pytest.raises(SamverkanError, match="empty"):
        write(nx.Graph(), "graphml", tmp_path / "g.graphml")
    assert not (tmp_path / "g.graphml").exists()
