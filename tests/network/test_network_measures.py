"""Measures on small hand-made graphs, each checked by hand or against igraph (said per test)."""

from __future__ import annotations

import itertools
import math
import random

import igraph as ig
import networkx as nx
import pytest

from samverkan.errors import SamverkanError
from samverkan.network import (
    ROLES,
    _fast,
    brokerage,
    collaboration,
    communities,
    community_anchors,
    cut_points,
    ei_index,
    group_density,
    measure_table,
    node_ei_index,
    summary,
)


def _to_igraph(G: nx.Graph, weight: str | None = None) -> tuple[ig.Graph, list]:
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(
        n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()], directed=G.is_directed()
    )
    if weight:
        g.es["weight"] = [d[weight] for _, _, d in G.edges(data=True)]
    return g, nodes


@pytest.fixture
def kite() -> nx.Graph:
    """Krackhardt's kite with integer tie strengths and sector groups."""
    G = nx.krackhardt_kite_graph()
    rng = random.Random(7)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = rng.randint(1, 4)
    for n in G:
        G.nodes[n]["sector"] = ["kommunal", "civilsamhalle", "statlig"][n % 3]
    return G


# -- centrality: against igraph ------------------------------------------------------------


def test_centrality_against_igraph(kite):
    """Betweenness, closeness (unweighted, normalised) and weighted eigenvector vs igraph."""
    table = measure_table(kite)
    g, nodes = _to_igraph(kite, "weight")
    n = len(nodes)
    betweenness = g.betweenness(directed=False)
    closeness = g.closeness(normalized=True)
    eigen = g.eigenvector_centrality(scale=True, weights="weight")
    top = table["eigenvector"].max()
    for i, node in enumerate(nodes):
        row = table.loc[node]
        assert row["betweenness"] == pytest.approx(betweenness[i] * 2 / ((n - 1) * (n - 2)))
        assert row["closeness"] == pytest.approx(closeness[i])
        assert row["eigenvector"] / top == pytest.approx(eigen[i], rel=1e-5)
        assert row["degree"] == g.degree(i)
        assert row["weighted_degree"] == g.strength(i, weights="weight")


def test_constraint_against_igraph(kite):
    """Burt's constraint, weighted, vs igraph's Graph.constraint."""
    table = measure_table(kite)
    g, nodes = _to_igraph(kite, "weight")
    for i, c in enumerate(g.constraint(weights="weight")):
        assert table.loc[nodes[i], "constraint"] == pytest.approx(c)


def test_constraint_and_effective_size_by_hand():
    """Triangle a-b-c with a pendant d on a, computed by hand after Burt (1992).

    p_ab = p_ac = p_ad = 1/3, p_bc = p_ba = p_ca = p_cb = 1/2.
    c_a = (1/3 + 1/3*1/2)^2 + (1/3 + 1/3*1/2)^2 + (1/3)^2 = 1/4 + 1/4 + 1/9 = 11/18.
    Effective size of a = n - 2t/n = 3 - 2*1/3 = 7/3 (one tie, b-c, among its 3 contacts).
    """
    G = nx.Graph([("a", "b"), ("a", "c"), ("a", "d"), ("b", "c")])
    nx.set_edge_attributes(G, 1, "weight")
    nx.set_node_attributes(G, "x", "sector")
    table = measure_table(G)
    assert table.loc["a", "constraint"] == pytest.approx(11 / 18)
    assert table.loc["a", "effective_size"] == pytest.approx(7 / 3)
    assert table.loc["d", "constraint"] == pytest.approx(1.0)


# -- brokerage -------------------------------------------------------------------------------


def _directed_example() -> nx.DiGraph:
    """Broker b (group A) between senders {a1: A, x1: X, z: Z} and receivers {a2: A, x2: X, y: Y}.

    z -> a2 is a direct tie, so the path z -> b -> a2 is closed and not brokered.
    """
    G = nx.DiGraph()
    groups = {"b": "A", "a1": "A", "a2": "A", "x1": "X", "x2": "X", "y": "Y", "z": "Z"}
    for n, g in groups.items():
        G.add_node(n, sector=g)
    G.add_edges_from([("a1", "b"), ("x1", "b"), ("z", "b")])
    G.add_edges_from([("b", "a2"), ("b", "x2"), ("b", "y")])
    G.add_edge("z", "a2")
    return G


def test_brokerage_directed_every_role_by_hand():
    """Open paths through b, classified by hand (Gould & Fernandez 1989, table 1):

    a1->b->a2 coordinator (A A A); x1->b->x2 itinerant (X A X);
    a1->b->x2, a1->b->y representative (A A X, A A Y); x1->b->a2 gatekeeper (X A A);
    x1->b->y, z->b->x2, z->b->y liaison (all differ); z->b->a2 closed by z->a2.
    """
    roles = brokerage(_directed_example(), "sector")
    assert roles["b"] == {
        "coordinator": 1,
        "itinerant": 1,
        "representative": 2,
        "gatekeeper": 1,
        "liaison": 3,
        "total": 8,
    }
    # nobody else lies on an open two-path
    assert all(r["total"] == 0 for n, r in roles.items() if n != "b")


def test_brokerage_undirected_by_hand():
    """Star around k (kommunal): k's neighbours d (kommunal), c1, c2 (civilsamhalle), s (statlig).

    Pairs (6, none tied): c1-c2 itinerant; d-c1, d-c2, d-s representative = gatekeeper;
    c1-s, c2-s liaison.
    """
    G = nx.star_graph(["k", "d", "c1", "c2", "s"])
    nx.set_node_attributes(
        G, {"k": "kommunal", "d": "kommunal", "c1": "civ", "c2": "civ", "s": "statlig"}, "sector"
    )
    assert brokerage(G, "sector")["k"] == {
        "coordinator": 0,
        "itinerant": 1,
        "representative": 3,
        "gatekeeper": 3,
        "liaison": 2,
        "total": 6,
    }


def _brute_force(G: nx.Graph, attribute: str) -> dict:
    """Second implementation: every ordered triple (a, b, c), classified by a lookup table."""
    role_of = {
        (True, True, True): "coordinator",  # (A(a)==A(b), A(b)==A(c), A(a)==A(c))
        (False, False, True): "itinerant",
        (True, False, False): "representative",
        (False, True, False): "gatekeeper",
        (False, False, False): "liaison",
    }
    grp = {n: G.nodes[n][attribute] for n in G}
    out = {n: dict.fromkeys((*ROLES, "total"), 0) for n in G}
    for a, b, c in itertools.permutations(G, 3):
        if G.has_edge(a, b) and G.has_edge(b, c) and not G.has_edge(a, c):
            if not G.is_directed() and str(a) > str(c):
                continue
            key = (grp[a] == grp[b], grp[b] == grp[c], grp[a] == grp[c])
            role = role_of[key]
            out[b]["total"] += 1
            if not G.is_directed() and role in ("representative", "gatekeeper"):
                out[b]["representative"] += 1
                out[b]["gatekeeper"] += 1
            else:
                out[b][role] += 1
    return out


@pytest.mark.parametrize("directed", [True, False])
@pytest.mark.parametrize("seed", range(5))
def test_brokerage_against_brute_force(directed, seed):
    G = nx.gnp_random_graph(14, 0.25, seed=seed, directed=directed)
    rng = random.Random(seed)
    for n in G:
        G.nodes[n]["sector"] = rng.choice("ABC")
    assert brokerage(G, "sector") == _brute_force(G, "sector")


def test_brokerage_missing_groups():
    """A node without a group is its own group ("distinct") or not counted ("ignore")."""
    G = nx.path_graph(["a", "b", "c"])
    nx.set_node_attributes(G, {"a": "", "b": "K", "c": ""}, "municipality_code")
    assert brokerage(G, "municipality_code")["b"]["liaison"] == 1
    assert brokerage(G, "municipality_code", missing="ignore")["b"]["total"] == 0
    with pytest.raises(SamverkanError):
        brokerage(G, "municipality_code", missing="drop")


# -- E-I index ---------------------------------------------------------------------------------


def test_ei_index_by_hand():
    """Krackhardt & Stern (1988): EI = (E - I) / (E + I), by hand.

    Ties: a1-a2 (I, w 3), a1-b1 (E, w 1), a2-b1 (E, w 1), b1-b2 (I, w 1).
    Unweighted: E = 2, I = 2 -> 0. Weighted: E = 2, I = 4 -> -1/3.
    Node b1: E = 2, I = 1 -> 1/3; node a1: E = 1, I = 1 -> 0 (weighted: E 1, I 3 -> -1/2).
    """
    G = nx.Graph()
    G.add_edge("a1", "a2", weight=3)
    G.add_edge("a1", "b1", weight=1)
    G.add_edge("a2", "b1", weight=1)
    G.add_edge("b1", "b2", weight=1)
    G.add_node("lonely")
    nx.set_node_attributes(G, {"a1": "A", "a2": "A", "b1": "B", "b2": "B", "lonely": "B"}, "s")
    assert ei_index(G, "s") == 0
    assert ei_index(G, "s", weight="weight") == pytest.approx(-1 / 3)
    per_node = node_ei_index(G, "s")
    assert per_node["b1"] == pytest.approx(1 / 3)
    assert per_node["a1"] == 0
    assert per_node["b2"] == -1
    assert math.isnan(per_node["lonely"])
    assert node_ei_index(G, "s", weight="weight")["a1"] == pytest.approx(-0.5)
    assert math.isnan(ei_index(nx.empty_graph(3), "s"))


# -- communities, cut points, density ------------------------------------------------------------


def test_communities_two_cliques():
    """Two 4-cliques joined by one tie: by hand, two communities; Louvain and Leiden agree."""
    G = nx.union(nx.complete_graph(4), nx.complete_graph(range(4, 8)))
    G.add_edge(3, 4)
    expected = [{0, 1, 2, 3}, {4, 5, 6, 7}]
    assert communities(G, weight=None) == expected
    assert communities(G, method="leiden", weight=None) == expected
    with pytest.raises(SamverkanError, match="unknown community method"):
        communities(G, method="walktrap")


def test_louvain_against_igraph():
    """On Zachary's karate club, the modularity of our Louvain partition (fixed seed) is
    within 0.01 of the best of igraph's multilevel (Louvain) runs, and the same seed gives
    the same partition. igraph draws its random node order from Python's ``random``, so its
    runs are seeded here: one unseeded run may stop in a poorer local optimum (0.398)."""
    G = nx.karate_club_graph()
    parts = communities(G, weight=None, seed=3)
    assert parts == communities(G, weight=None, seed=3)
    ours = nx.community.modularity(G, parts, weight=None)
    g, _ = _to_igraph(G)
    state = random.getstate()
    try:
        runs = []
        for seed in range(10):
            random.seed(seed)
            runs.append(g.community_multilevel().modularity)
    finally:
        random.setstate(state)
    assert ours == pytest.approx(max(runs), abs=0.01)


def test_community_anchors_by_hand():
    """A triangle a-b-c with a tail c-d: c has 3 ties, the others 1-2, so c names the
    community; two members of equal degree: the smaller name."""
    G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("x", "y")])
    anchors = community_anchors(G, [{"a", "b", "c", "d"}, {"y", "x"}])
    assert anchors == {"a": "c", "b": "c", "c": "c", "d": "c", "x": "x", "y": "x"}


def test_community_names_stay_when_another_community_grows():
    """Four 5-cliques in a ring, one tie between neighbours. Two nodes join the last
    clique: by size it becomes community 0 and every other community's index moves; by
    anchor every node of the first three cliques keeps its name, as the partition does."""
    G = nx.Graph()
    for k in range(4):
        G.add_edges_from(itertools.combinations(range(10 * k, 10 * k + 5), 2))
        G.add_edge(10 * k + 4, (10 * k + 10) % 40)
    before = measure_table(G, weight=None)["community"]
    H = G.copy()
    H.add_edges_from([(35, 30), (35, 31), (36, 32), (36, 33), (35, 36)])
    after = measure_table(H, weight=None)["community"]
    assert communities(H, weight=None)[0] == set(range(30, 35)) | {35, 36}
    assert [set(c) for c in communities(G, weight=None)] == [
        set(range(10 * k, 10 * k + 5)) for k in range(4)
    ]
    first_three = [n for n in G if n < 30]
    assert all(after[n] == before[n] for n in first_three)

    def by_size(graph: nx.Graph) -> dict:
        return {n: i for i, part in enumerate(communities(graph, weight=None)) for n in part}

    assert all(by_size(H)[n] != by_size(G)[n] for n in first_three)
    # each name is a member of the community it names, with the most ties
    for n, anchor in after.items():
        assert after[anchor] == anchor and H.degree(anchor) >= H.degree(n)


def test_measure_table_names_communities_by_anchor(example):
    """On the example: each node's community is a node of the same Louvain community, its
    member with the most ties (checked against the partition itself)."""
    G = collaboration(example)
    table = measure_table(G)
    simple = nx.Graph(G)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    for part in communities(simple):
        best = max(simple.degree(n) for n in part)
        anchor = min((n for n in part if simple.degree(n) == best), key=str)
        assert {table.loc[n, "community"] for n in part} == {anchor}


def test_cut_points_against_networkx():
    """Articulation points and bridges (igraph's search) on sparse random graphs, with
    isolates, trees and several components, vs NetworkX's, the reference."""
    for seed in range(8):
        G = nx.gnp_random_graph(40, 0.06, seed=seed)
        G.add_node("alone")
        cuts = cut_points(G)
        assert cuts["articulation_points"] == sorted(nx.articulation_points(G), key=str)
        theirs = {frozenset(e) for e in nx.bridges(G)}
        assert theirs and {frozenset(e) for e in cuts["bridges"]} == theirs


def test_group_density_by_hand():
    """1281: 3 nodes, 2 of 3 possible ties -> 2/3; 1231: 2 nodes, 1 tie -> 1; "" left out."""
    G = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "x")])
    codes = {"a": "1281", "b": "1281", "c": "1281", "d": "1231", "e": "1231", "x": ""}
    nx.set_node_attributes(G, codes, "municipality_code")
    nx.set_node_attributes(G, {n: f"kommun {c}" for n, c in codes.items()}, "municipality")
    assert group_density(G) == {
        "1231": {"label": "kommun 1231", "nodes": 2, "edges": 1, "density": 1.0},
        "1281": {"label": "kommun 1281", "nodes": 3, "edges": 2, "density": 2 / 3},
    }


# -- the table and the summary -----------------------------------------------------------------


def test_measure_table_on_example(example):
    """Hand-read from the example: the coordinator post ties to the network (samverkan),
    its unit and the co-funding department (kommunal), and two associations (civilsamhalle);
    of its 5 neighbour pairs none is closed across a group, so 5 representative/gatekeeper;
    E-I = (3 - 2) / 5."""
    table = measure_table(collaboration(example))
    row = table.loc["kommun/1281/tjanst/inkluderingskoordinator"]
    assert row["degree"] == 5 and row["brokerage"] == 5
    assert row["representative"] == row["gatekeeper"] == 5
    assert row["ei_index"] == pytest.approx(0.2)
    assert table.index[0] == "kommun/1281/tjanst/inkluderingskoordinator"
    assert list(table.columns[:4]) == ["label", "type", "sector", "municipality"]
    # the isolated dyad Lund - county board is a bridge
    assert table.loc["lansstyrelse/12", "bridges"] == 1


def test_measure_table_directed_and_empty():
    G = nx.DiGraph([("funder", "a"), ("funder", "b")])
    table = measure_table(G)
    assert table.loc["funder", "out_degree"] == 2 and table.loc["a", "in_degree"] == 1
    assert table["eigenvector"].isna().all()  # no convergence on a DAG: nan, not a crash
    with pytest.raises(SamverkanError, match="no nodes"):
        measure_table(nx.Graph())


def test_summary_names_facts(example):
    text = summary(collaboration(example), top=2)
    assert "1. inkluderingskoordinator" in text
    assert "held by Anna Andersson" in text
    assert "Förening X (co-membership: test_a, test_c)" in text
    assert '"koordinatorn leder nätverket" (test_a)' in text
    assert "2. Lunds föreningsnätverk" in text


def test_summary_real_build(built):
    """The top brokers of the built graph, printed for the record (pytest -s)."""
    G = collaboration(built)
    text = summary(G, top=5)
    print(text)
    assert text.count("\n1. ") == 1


def test_eigenvector_per_component():
    """Second implementation: igraph's eigenvector centrality on each component alone.

    Two disjoint copies of Krackhardt's kite and a triangle: on the whole graph the leading
    eigenvector would leave one copy at 0; per component, both copies get the kite's own
    values (rescaled to unit norm as networkx does) and the isolate gets 0.
    """
    kite = nx.krackhardt_kite_graph()
    G = nx.disjoint_union_all([kite, kite, nx.complete_graph(3)])
    G.add_node("isolate")
    table = measure_table(G, weight=None)
    ref = ig.Graph.from_networkx(kite).eigenvector_centrality(scale=False)
    norm = math.sqrt(sum(v * v for v in ref))
    for offset in (0, 10):
        for i in range(10):
            assert table.loc[offset + i, "eigenvector"] == pytest.approx(ref[i] / norm, abs=1e-6)
    assert table.loc["isolate", "eigenvector"] == 0.0
    assert table.loc[20, "eigenvector"] == pytest.approx(1 / math.sqrt(3), abs=1e-6)


# -- the fast implementations against networkx's own -------------------------------------------


def _random_graph(n: int, p: float, seed: int, *, directed: bool, weighted: bool) -> nx.Graph:
    """A seeded random graph of several components: two G(n, p) parts, a path, isolates."""
    rng = random.Random(seed)
    parts = [
        nx.gnp_random_graph(n, p, seed=seed, directed=directed),
        nx.gnp_random_graph(n // 2, 2 * p, seed=seed + 100, directed=directed),
        nx.path_graph(4, create_using=nx.DiGraph if directed else nx.Graph),
        nx.empty_graph(2, create_using=nx.DiGraph if directed else nx.Graph),
    ]
    G = nx.disjoint_union_all(parts)
    for u, v in G.edges():
        if weighted:
            G.edges[u, v]["weight"] = rng.choice([1, 2, 3, 0.5])
    for node in G:
        G.nodes[node]["sector"] = rng.choice("ABC")
    return G


GRAPHS = [
    pytest.param(
        n,
        p,
        seed,
        directed,
        weighted,
        id=f"n{n}-s{seed}-{'d' if directed else 'u'}{'-w' if weighted else ''}",
    )
    for n, p in ((12, 0.3), (30, 0.15))
    for seed in (1, 2)
    for directed in (False, True)
    for weighted in (False, True)
]


def _close(ours: dict, theirs: dict) -> None:
    assert ours.keys() == theirs.keys()
    for node, value in theirs.items():
        if math.isnan(value):
            assert math.isnan(ours[node]), node
        else:
            assert ours[node] == pytest.approx(value, abs=1e-9, rel=1e-9), node


@pytest.mark.parametrize(("n", "p", "seed", "directed", "weighted"), GRAPHS)
def test_fast_measures_equal_networkx(n, p, seed, directed, weighted):
    """Second implementation: networkx's own functions, on seeded random graphs of several
    components (and isolates), directed or not, with or without tie weights, to 1e-9."""
    G = _random_graph(n, p, seed, directed=directed, weighted=weighted)
    weight = "weight" if weighted else None
    _close(_fast.betweenness(G), nx.betweenness_centrality(G, normalized=True))
    _close(_fast.closeness(G), nx.closeness_centrality(G))
    _close(_fast.constraint(G, weight), nx.constraint(G, weight=weight))
    _close(_fast.effective_size(G, weight), nx.effective_size(G, weight=weight))
    giant = G.subgraph(
        max(nx.weakly_connected_components(G) if directed else nx.connected_components(G), key=len)
    )
    if not directed:  # a random digraph's power iteration need not converge
        _close(
            _fast.eigenvector(giant, weight, max_iter=10_000, tol=1e-9),
            nx.eigenvector_centrality(giant, weight=weight, max_iter=10_000, tol=1e-9),
        )


@pytest.mark.parametrize(("n", "p", "seed", "directed", "weighted"), GRAPHS)
def test_brokerage_counts_equal_brute_force(n, p, seed, directed, weighted):
    """The counting formulas of :func:`brokerage` against the brute force over all ordered
    triples (``_brute_force`` above), on the same random graphs, with groups and with a
    node left without a group (its own group, or ignored)."""
    G = _random_graph(n, p, seed, directed=directed, weighted=weighted)
    assert brokerage(G, "sector") == _brute_force(G, "sector")
    G.nodes[0]["sector"] = ("(none)", 0)  # what missing="distinct" makes of a missing group
    expected = _brute_force(G, "sector")
    G.nodes[0]["sector"] = ""
    assert brokerage(G, "sector") == expected
    ignored = brokerage(G, "sector", missing="ignore")
    H = G.copy()
    H.remove_node(0)
    kept = _brute_force(H, "sector")
    assert ignored[0] == dict.fromkeys((*ROLES, "total"), 0)
    assert {k: v for k, v in ignored.items() if k != 0} == kept


def test_fast_closeness_directed_counts_incoming():
    """By hand: in a -> b -> c, c is reached from 2 nodes at total distance 3, so
    (2/3) * (2/2) = 2/3; a is reached by none: 0 (networkx measures incoming distance)."""
    G = nx.DiGraph([("a", "b"), ("b", "c")])
    assert _fast.closeness(G) == {"a": 0.0, "b": 0.5, "c": pytest.approx(2 / 3)}


def test_fast_measures_small_and_self_loops():
    """Graphs of one and two nodes: no scaling of betweenness for n <= 2 (as networkx)."""
    one = nx.Graph()
    one.add_node("x")
    assert _fast.betweenness(one) == {"x": 0.0} and _fast.closeness(one) == {"x": 0.0}
    assert math.isnan(_fast.constraint(one)["x"]) and math.isnan(_fast.effective_size(one)["x"])
    two = nx.Graph([("x", "y")])
    assert _fast.closeness(two) == nx.closeness_centrality(two)
    assert _fast.constraint(two) == nx.constraint(two) == {"x": 1.0, "y": 1.0}


def test_measure_table_equals_networkx_reference():
    """The table's columns are networkx's functions (the reference the fast code replaced),
    rounded to 10 significant digits, on a weighted random graph of several components."""
    G = _random_graph(30, 0.15, 3, directed=False, weighted=True)
    table = measure_table(G)
    reference = {
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "constraint": nx.constraint(G, weight="weight"),
        "effective_size": nx.effective_size(G, weight="weight"),
    }
    for column, values in reference.items():
        for node, value in values.items():
            if math.isnan(value):
                assert math.isnan(table.loc[node, column])
            else:
                assert table.loc[node, column] == pytest.approx(value, rel=1e-9), (column, node)
    for nodes in nx.connected_components(G):
        if len(nodes) > 1:
            ref = nx.eigenvector_centrality(
                G.subgraph(nodes), weight="weight", max_iter=10_000, tol=1e-9
            )
            for node in nodes:
                assert table.loc[node, "eigenvector"] == pytest.approx(ref[node], rel=1e-9)


def test_the_key_of_the_shortest_path_measures_lists_the_ties_as_measured() -> None:
    # views._incremental.paths_key reads a graph's nodes and ties without the copy that
    # measure_table measures (measures.simple_graph): the two must list the same ties in
    # the same order, or a rebuild could keep betweenness and closeness computed from
    # another order. Random graphs with self-loops, both kinds, and a multigraph.
    from samverkan.network.measures import simple_graph
    from samverkan.views._incremental import digest, paths_key

    rng = random.Random(7)
    for directed in (False, True):
        for _ in range(20):
            G = nx.DiGraph() if directed else nx.Graph()
            G.add_nodes_from(rng.sample(range(40), 30))
            for _ in range(80):
                G.add_edge(rng.randrange(40), rng.randrange(40), weight=rng.randint(1, 3))
            simple = simple_graph(G)
            kind = "DiGraph" if directed else "Graph"
            expected = digest("paths", kind, list(simple), list(simple.edges()))
            assert paths_key(G) == expected
    M = nx.MultiGraph([(1, 2), (2, 1), (2, 2), (2, 3)])
    assert paths_key(M) == paths_key(nx.Graph([(1, 2), (2, 3)]))


def test_igraph_searches_run_in_a_thread_of_their_own(monkeypatch):
    """Betweenness and closeness call igraph from a new thread (``_fast.own_heap``: glibc
    gives it an arena of its own, away from a loaded store's heap), with the same values
    as networkx; an error in that thread reaches the caller."""
    import threading

    seen: dict[str, int] = {}
    for name in ("betweenness", "closeness"):
        original = getattr(ig.Graph, name)

        def spy(self, *args, _name=name, _original=original, **kwargs):
            seen[_name] = threading.get_ident()
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(ig.Graph, name, spy)
    G = nx.karate_club_graph()
    _close(_fast.betweenness(G), nx.betweenness_centrality(G, normalized=True))
    _close(_fast.closeness(G), nx.closeness_centrality(G))
    assert set(seen) == {"betweenness", "closeness"}
    assert threading.get_ident() not in seen.values()

    def fails():
        raise ValueError("in the thread")

    with pytest.raises(ValueError, match="in the thread"):
        _fast.own_heap(fails)


def _edited(G: nx.Graph, rng: random.Random) -> nx.Graph:
    """A copy of ``G`` after a few edits of the kinds an edited document makes: a tie
    removed, added or reweighted, a node's sector changed, a node added or removed."""
    H = G.copy()
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["remove", "add", "weight", "sector", "node", "drop"])
        edges, nodes = sorted(H.edges(), key=str), sorted(H.nodes(), key=str)
        if kind == "remove" and edges:
            H.remove_edge(*rng.choice(edges))
        elif kind == "add":
            u, v = rng.sample(nodes, 2)
            H.add_edge(u, v, weight=rng.randint(1, 4))
        elif kind == "weight" and edges:
            u, v = rng.choice(edges)
            H.edges[u, v]["weight"] += 1
        elif kind == "sector":
            H.nodes[rng.choice(nodes)]["sector"] = rng.choice(["public", "civil", "private"])
        elif kind == "node":
            H.add_edge(f"new{rng.random():.6f}", rng.choice(nodes), weight=1)
        elif kind == "drop":
            H.remove_node(rng.choice(nodes))
    return H


@pytest.mark.parametrize("directed", [False, True])
def test_local_measures_taken_from_an_earlier_table_are_those_computed_afresh(
    directed: bool,
) -> None:
    # An edit elsewhere leaves a node's constraint, effective size and brokerage as they
    # were: a table made with the earlier one's (measure_table's earlier) equals one made
    # from scratch, after every kind of edit.
    from samverkan.network.measures import LOCAL_MEASURES, Earlier

    rng = random.Random(11)
    sectors = ["public", "civil", "private"]
    G = nx.gnm_random_graph(60, 150, seed=5, directed=directed)
    G = nx.relabel_nodes(G, {n: f"n{n:02d}" for n in G})
    for n in G:
        G.nodes[n]["sector"] = rng.choice(sectors)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = rng.randint(1, 4)
    first = Earlier()
    table = measure_table(G, earlier=first)
    assert first.measured == len(G) and set(first.now) == set(G)
    ties, reused = first.now, 0
    for _ in range(12):
        H = _edited(G, rng)
        earlier = Earlier(table, ties)
        fresh = measure_table(H)
        again = measure_table(H, earlier=earlier)
        assert again.equals(fresh)
        assert earlier.measured < len(H)  # the rest was taken from the earlier table
        reused += len(H) - earlier.measured
        # each table was checked against a fresh one: the next edit starts from it
        G, table, ties = H, again, earlier.now
    assert reused > 12 * 20
    # a label is no tie: all taken
    G.nodes[next(iter(G))]["label"] = "renamed"
    same = Earlier(table, ties)
    measure_table(G, earlier=same)
    assert same.measured == 0
    assert set(LOCAL_MEASURES) < set(table.columns)
