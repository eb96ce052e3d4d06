"""Exports round-trip: written by samverkan.network.export, read back with networkx / csv."""

from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest

from samverkan.errors import SamverkanError
from samverkan.network import collaboration, flatten, funding, measure_table, write
from samverkan.network.export import SEPARATOR, csv_paths, write_gexf
from samverkan.network.projections import years


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
    """In English the attribute names are the projection's; the label is label_en."""
    path = write_gexf(G, tmp_path / "c.gexf", lang="en")
    H = nx.read_gexf(path)
    flat = flatten(G)
    assert set(H) == set(flat)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in flat.edges}
    for n, attrs in flat.nodes(data=True):
        assert H.nodes[n]["label"] == attrs["label_en"]
        for key in ("type", "sector", "municipality", "municipality_code", "iri", "documents"):
            assert H.nodes[n][key] == attrs[key], (n, key)
    for u, v, attrs in flat.edges(data=True):
        for key in ("kinds", "documents", "evidence"):
            assert H.edges[u, v][key] == attrs[key], (u, v, key)
        assert H.edges[u, v]["weight"] == attrs["weight"]


def test_gexf_swedish_labels_and_attribute_names(G, tmp_path):
    H = nx.read_gexf(write_gexf(G, tmp_path / "sv.gexf", lang="sv"))
    lund = H.nodes["kommun/1281"]
    assert lund["label"] == "Lunds kommun"
    assert lund["kommunkod"] == "1281" and lund["sektor"] == "kommunal"
    assert "sector" not in lund
    with pytest.raises(SamverkanError, match="unknown language"):
        write_gexf(G, tmp_path / "de.gexf", lang="de")


def _view_nodes(G: nx.Graph) -> dict:
    """The vis-network node records of the network view of ``G`` (size by betweenness)."""
    from samverkan.views import network_html

    page = network_html(G, title="t", measures=measure_table(G), size_by="betweenness")
    match = re.search(r'<script type="application/json" id="sv-data">(.*?)</script>', page, re.S)
    assert match
    return {n["id"]: n for n in json.loads(match.group(1))["nodes"]}


def test_gexf_has_the_views_colours_sizes_and_positions(G, tmp_path):
    """Compared with what the real network view of the same graph embeds in its page."""
    H = nx.read_gexf(write_gexf(G, tmp_path / "c.gexf"))
    view = _view_nodes(G)
    assert set(view) == set(H)
    for n, attrs in H.nodes(data=True):
        viz, shown = attrs["viz"], view[n]
        colour = shown["color"]["background"]
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == tuple(
            int(colour[i : i + 2], 16) for i in (1, 3, 5)
        )
        assert viz["size"] == pytest.approx(shown["size"])
        # Gephi's y axis points up, the browser's down
        assert (viz["position"]["x"], -viz["position"]["y"]) == pytest.approx(
            (shown["x"], shown["y"])
        )
    # the largest broker is drawn largest (30 px), as betweenness says
    top = max(G, key=lambda n: H.nodes[n]["mellanhet"])
    assert H.nodes[top]["viz"]["size"] == 30.0
    assert top == measure_table(G).index[0]


def test_dynamic_gexf_plays_the_years(built, tmp_path):
    """Each year's snapshot is exactly the nodes and edges whose spells cover that year."""
    C = collaboration(built)
    snapshots = {y: collaboration(built, year=y) for y in years(built)}
    path = write_gexf(C, tmp_path / "dyn.gexf", snapshots=snapshots)
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert "lastmodifieddate" not in text  # same bytes for the same graph
    H = nx.read_gexf(path)

    def covers(spells, year):
        return any(s[:4] <= str(year) <= e[:4] for s, e in spells)

    for year, S in snapshots.items():
        present = {n for n, sp in H.nodes(data="spells") if sp and covers(sp, year)}
        assert present == set(S), year
        ties = {frozenset((u, v)) for u, v, sp in H.edges(data="spells") if sp and covers(sp, year)}
        assert ties == {frozenset(e) for e in S.edges}, year
    # Ekerö kommun: first dated 2016 (the §37a funding), still active in 2019
    assert H.nodes["kommun/0125"]["spells"] == [("2016-01-01", "2019-12-31")]
    assert H.nodes["kommun/0125"]["kommunkod"] == "0125"
    assert path.read_bytes() == write_gexf(C, tmp_path / "again.gexf", snapshots=snapshots
                                           ).read_bytes()


def test_graphml_into_igraph_has_name(G, tmp_path):
    import igraph as ig

    [path] = write(G, "graphml", tmp_path / "c.graphml")
    g = ig.Graph.Read_GraphML(str(path))
    assert sorted(g.vs["name"]) == sorted(G)
    lund = g.vs.find(name="kommun/1281")
    assert lund["label"] == "Lunds kommun"
    assert {g.vs[e.source]["name"] for e in g.es} <= set(G)


def test_directed_gexf_round_trip(example, tmp_path):
    F = funding(example)
    [path] = write(F, "gexf", tmp_path / "f.gexf")
    H = nx.read_gexf(path)
    assert H.is_directed()
    assert set(H.edges) == set(F.edges)
    assert H.edges["org/europeiska-socialfonden", "initiativ/lis"]["finansieringsform"] == "esf"


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
