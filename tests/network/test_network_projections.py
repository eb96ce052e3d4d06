"""Projections of the example dataset (hand-written, see samverkan/network/example.trig).

Expected nodes, edges and kinds are read off the dataset by hand; the hand-written inferred
graph is checked against owlrl's closure of the asserted graphs and the ontology.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from samverkan.errors import SamverkanError
from samverkan.namespaces import ORG
from samverkan.network import (
    EDGE_ATTRIBUTES,
    KINDS,
    NODE_ATTRIBUTES,
    PROJECTIONS,
    actor_initiative,
    attributes,
    co_participation,
    collaboration,
    funding,
    hierarchy,
    municipality_nodes,
    municipality_subgraph,
    project,
)
from samverkan.network.example import EXAMPLE_TRIG

POST = "kommun/1281/tjanst/inkluderingskoordinator"
KULTUR = "kommun/1281/kultur-och-fritidsforvaltningen"
SOCIAL = "kommun/1281/socialforvaltningen"
NATVERK = "initiativ/lund-natverk"
X, Y = "org/forening-x", "org/forening-y"
ESF, LST = "org/europeiska-socialfonden", "lansstyrelse/12"

# read off example.trig by hand (its header lists the same 17 edges)
EXPECTED_KINDS = {
    frozenset((POST, NATVERK)): ["membership"],
    frozenset((X, NATVERK)): ["membership"],
    frozenset((Y, NATVERK)): ["membership"],
    frozenset(("kommun/1231", "initiativ/lis")): ["membership"],
    frozenset(("kommun/1262", "initiativ/lis")): ["membership"],
    frozenset((POST, X)): ["co-membership"],
    frozenset((POST, Y)): ["co-membership"],
    frozenset((X, Y)): ["co-membership"],
    frozenset(("kommun/1231", "kommun/1262")): ["co-membership"],
    frozenset(("kommun/1281", LST)): ["funding"],
    frozenset((POST, SOCIAL)): ["funding"],
    frozenset(("kommun/1231", ESF)): ["funding"],
    frozenset(("kommun/1262", ESF)): ["funding"],
    frozenset(("initiativ/lis", ESF)): ["funding"],
    frozenset((NATVERK, KULTUR)): ["hosting"],
    frozenset((POST, KULTUR)): ["hosting"],
    frozenset((KULTUR, SOCIAL)): ["co-funding"],
}


def test_hand_written_inferred_graph_matches_owlrl():
    """The example's inferred sam:cooperatesWith and sam:sector equal owlrl's closure."""
    import owlrl
    import rdflib

    from samverkan.paths import project_dir

    ds = rdflib.Dataset()
    ds.parse(EXAMPLE_TRIG, format="trig")
    inferred = rdflib.URIRef("https://w3id.org/samverkan/graph/inferred")
    g = rdflib.Graph()
    for ctx in ds.graphs():
        if ctx.identifier != inferred:
            for t in ctx:
                g.add(t)
    g.parse(project_dir("ontology") / "samverkan.ttl")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    sam = rdflib.Namespace("https://w3id.org/samverkan/ontology#")
    hand = ds.graph(inferred)
    for prop in (
        sam.cooperatesWith,
        sam.sector,
        rdflib.URIRef("http://www.w3.org/ns/org#memberOf"),
    ):
        assert set(hand.subject_objects(prop)) == set(g.subject_objects(prop)), prop


def test_collaboration_nodes_and_edges(example):
    G = collaboration(example)
    assert {frozenset(e): d["kinds"] for *e, d in G.edges(data=True)} == EXPECTED_KINDS
    # persons, initiatives that are not collaborations, documents: not nodes
    assert "person/anna-andersson" not in G
    assert "initiativ/lis-utbildning" not in G
    assert "kommun/0125" not in G  # reference data no document mentions
    assert G.number_of_nodes() == 12
    assert all(set(d["kinds"]) <= set(KINDS) for *_, d in G.edges(data=True))
    assert G.graph["unexplained"] == 0


def test_collaboration_node_attributes(example):
    G = collaboration(example)
    post = G.nodes[POST]
    assert post == {
        "label": "inkluderingskoordinator",
        "label_en": "inclusion coordinator",
        "type": "CoordinatorPost",
        "sector": "kommunal",  # from its unit
        "sector_label": "kommunal",
        "municipality": "Lunds kommun",  # through org:postIn and org:unitOf
        "municipality_code": "1281",
        "municipality_codes": ["1281"],
        "documents": ["test_a"],
        "iri": "https://w3id.org/samverkan/id/" + POST,
        "holder": "Anna Andersson",
    }
    assert G.nodes[NATVERK]["type"] == "Network"
    assert G.nodes[NATVERK]["documents"] == ["test_a", "test_c"]
    assert G.nodes["initiativ/lis"]["type"] == "Project"  # Project is Initiative and Collaboration
    assert G.nodes[ESF]["sector"] == "eu" and G.nodes[ESF]["sector_label"] == "EU"
    assert G.nodes[LST]["municipality_code"] == ""
    assert G.nodes[Y]["municipality"] == ""  # nothing places Förening Y
    assert G.nodes[X]["municipality_code"] == "1281"  # stated sam:municipality


def test_collaboration_edge_facts(example):
    G = collaboration(example)
    # one membership stated by two documents: one fact, two documents, two quotes
    e = G.edges[X, NATVERK]
    assert e["weight"] == 1
    assert e["documents"] == ["test_a", "test_c"]
    assert e["evidence"] == [
        {"document": "test_a", "quote": "Förening X är med i nätverket"},
        {"document": "test_c", "quote": "föreningen X deltar i Lunds nätverk"},
    ]
    # co-funding: the post's placement and the funding of the post
    e = G.edges[KULTUR, SOCIAL]
    assert [q["quote"] for q in e["evidence"]] == [
        "inkluderingskoordinator placerad på kultur- och fritidsförvaltningen",
        "medfinansieras av socialförvaltningen",
    ]
    # co-membership: the evidence of both memberships
    assert {q["quote"] for q in G.edges[POST, Y]["evidence"]} == {
        "koordinatorn leder nätverket",
        "Förening Y är med i nätverket",
    }


def test_collaboration_with_initiatives(example):
    G = collaboration(example, initiatives=True)
    # the training is an initiative, but the reasoner derives no cooperation for
    # prov:wasAssociatedWith, so it is an isolated node
    assert "initiativ/lis-utbildning" in G and G.degree("initiativ/lis-utbildning") == 0


def test_filter_document(example):
    G = collaboration(example, document="test_c")
    assert list(G.edges) == [(NATVERK, X)]
    e = G.edges[NATVERK, X]
    assert e["documents"] == ["test_c"]
    assert e["evidence"] == [{"document": "test_c", "quote": "föreningen X deltar i Lunds nätverk"}]
    # co-membership of X and Y rests on test_a's membership of Y: not stated by test_c alone
    assert not G.has_edge(X, Y)
    with pytest.raises(SamverkanError, match="no document 'test_z'"):
        collaboration(example, document="test_z")
    assert collaboration(example, document="test_b.txt").number_of_edges() == 6


def test_filter_year(example):
    """Hand-read periods: LIS 2017-03..2019-02, Lund funds 2017, post from 2018 (no end and
    not said to be ongoing, so known active in 2018 only), the Lund network ongoing as of
    2019-04-08 (document test_a). A fact counts in a year when every dated thing in it is
    active then, so in 2019 the post's ties and its co-funding drop out."""
    edges = {
        y: {frozenset(e) for e in collaboration(example, year=y).edges} for y in (2017, 2018, 2019)
    }
    lis = {k for k in EXPECTED_KINDS if k & {"initiativ/lis", "kommun/1231", "kommun/1262"}}
    assert edges[2017] == lis | {frozenset(("kommun/1281", LST))}
    assert edges[2018] == lis | {
        frozenset((KULTUR, SOCIAL)),
        frozenset((POST, KULTUR)),
        frozenset((POST, SOCIAL)),
    }
    post_ties = {k for k in EXPECTED_KINDS if POST in k} | {frozenset((KULTUR, SOCIAL))}
    assert edges[2019] == set(EXPECTED_KINDS) - {frozenset(("kommun/1281", LST))} - post_ties
    with pytest.raises(SamverkanError, match="no collaboration facts are dated to the year 2010"):
        collaboration(example, year=2010)
    with pytest.raises(SamverkanError, match="year must be a number"):
        collaboration(example, year="last year")


def test_filter_municipality_and_sector(example):
    G = collaboration(example, municipality="1281")
    assert set(G) == {"kommun/1281", KULTUR, SOCIAL, POST, NATVERK, X}
    G = collaboration(example, sector=["kommunal", "eu"])
    assert {d["sector"] for _, d in G.nodes(data=True)} == {"kommunal", "eu"}
    assert G.has_edge("kommun/1231", ESF)
    with pytest.raises(SamverkanError, match="no municipality with code '9999'"):
        collaboration(example, municipality="9999")
    with pytest.raises(SamverkanError, match="unknown sector 'foo'"):
        collaboration(example, sector="foo")
    with pytest.raises(SamverkanError, match="projection is empty for municipality '0125'"):
        collaboration(example, municipality="0125")


def test_no_inferred_graph():
    store = ox.Store()
    store.load(path=str(EXAMPLE_TRIG), format=ox.RdfFormat.TRIG)
    store.remove_graph(ox.NamedNode("https://w3id.org/samverkan/graph/inferred"))
    with pytest.raises(SamverkanError, match="no inferred graph"):
        collaboration(store)


def test_empty_store():
    with pytest.raises(SamverkanError, match="empty"):
        funding(ox.Store())


def test_funding(example):
    G = funding(example)
    assert G.is_directed()
    assert set(G.edges) == {
        (LST, "kommun/1281"),
        (SOCIAL, POST),
        (ESF, "kommun/1231"),
        (ESF, "kommun/1262"),
        (ESF, "initiativ/lis"),
    }
    e = G.edges[LST, "kommun/1281"]
    assert (e["scheme"], e["start"], e["end"], e["amount"], e["roles"]) == (
        "utvecklingsmedel",
        "2017",
        "2017",
        500000.0,
        ["recipient"],
    )
    e = G.edges[SOCIAL, POST]
    assert (e["scheme"], e["start"], e["end"], e["roles"]) == (
        "samfinansiering",
        "2018-01-01",
        "",
        ["funded item"],
    )
    assert e["amount"] is None  # the funding of the post states no amount
    assert set(funding(example, year=2018).edges) == {
        (SOCIAL, POST),
        (ESF, "kommun/1231"),
        (ESF, "kommun/1262"),
        (ESF, "initiativ/lis"),
    }


def test_hierarchy(example):
    G = hierarchy(example)
    assert {(u, v, d["kinds"][0]) for u, v, d in G.edges(data=True)} == {
        (KULTUR, "kommun/1281", "unitOf"),
        (SOCIAL, "kommun/1281", "unitOf"),
        (POST, KULTUR, "postIn"),
        (NATVERK, KULTUR, "hostedBy"),
    }


def test_actor_initiative_and_projection(example):
    from networkx.algorithms import bipartite

    B = actor_initiative(example)
    assert bipartite.is_bipartite(B)
    sides = dict(B.nodes(data="bipartite"))
    assert {n for n, s in sides.items() if s == 1} == {
        "initiativ/lis",
        NATVERK,
        "initiativ/lis-utbildning",
    }
    assert B.edges["kommun/1231", "initiativ/lis-utbildning"]["kinds"] == ["association"]
    assert B.edges[KULTUR, NATVERK]["kinds"] == ["hosting"]
    assert B.edges[ESF, "initiativ/lis"]["kinds"] == ["funding"]
    P = co_participation(example)
    assert set(P) == {n for n, s in sides.items() if s == 0}
    assert P.edges[POST, X]["initiatives"] == [NATVERK] and P.edges[POST, X]["weight"] == 1
    # filters select actors; an initiative stays while tied to a kept actor
    B = actor_initiative(example, municipality="1231")
    assert set(B) == {"kommun/1231", "initiativ/lis", "initiativ/lis-utbildning"}


def test_project_unknown(example):
    with pytest.raises(SamverkanError, match="unknown projection 'friends'"):
        project(example, "friends")
    assert project(example, "funding").number_of_edges() == 5


def test_real_build(built):
    """On the built dataset: every node has the attribute contract, every edge its facts."""
    G = collaboration(built)
    assert G.number_of_edges() > 0
    assert G.graph["unexplained"] == 0
    for _, attrs in G.nodes(data=True):
        assert attrs["documents"], attrs["iri"]
    for u, v, attrs in G.edges(data=True):
        assert attrs["kinds"] and set(attrs["kinds"]) <= set(KINDS), (u, v)
        assert attrs["weight"] >= 1 and attrs["documents"], (u, v)
        assert attrs["evidence"] and all(e["quote"] for e in attrs["evidence"]), (u, v)
    for name in ("actor-initiative", "co-participation", "funding", "hierarchy"):
        assert project(built, name).number_of_nodes() > 0


@pytest.mark.parametrize("name", PROJECTIONS)
def test_real_build_attribute_contract(built, name):
    """Every node and edge of each projection of the real build carries exactly the keys
    that NODE_ATTRIBUTES and EDGE_ATTRIBUTES name for that projection."""
    G = project(built, name)
    node_keys, edge_keys = attributes(name)
    assert set(node_keys) <= set(NODE_ATTRIBUTES) and set(edge_keys) <= set(EDGE_ATTRIBUTES)
    assert {"label", "sector", "municipality_codes", "iri"} <= set(node_keys)
    assert {"kinds", "weight", "documents", "evidence"} <= set(edge_keys)
    for node, attrs in G.nodes(data=True):
        assert set(attrs) == set(node_keys), node
        code = attrs["municipality_code"]
        assert (code in attrs["municipality_codes"]) if code else attrs["municipality"] == ""
        assert bool(attrs["holder"]) <= (attrs["type"].endswith("Post")), node
    for u, v, attrs in G.edges(data=True):
        assert set(attrs) == set(edge_keys), (u, v)


def test_attributes_of_an_unknown_projection():
    with pytest.raises(SamverkanError, match="unknown projection 'friends'"):
        attributes("friends")


# LIS (document 002): an ESF project of Burlöv (1231), Lomma (1262) and Staffanstorp (1230)
LIS = "initiativ/lis"
LIS_CODES = ["1230", "1231", "1262"]


def test_a_joint_project_belongs_to_each_municipality(built):
    """The real build: LIS is in the part of each of its three municipalities, by the
    projections' municipality filter and by municipality_subgraph alike."""
    G = collaboration(built)
    assert G.nodes[LIS]["municipality_codes"] == LIS_CODES
    for code in LIS_CODES:
        assert LIS in municipality_nodes(G, code)
        assert LIS in collaboration(built, municipality=code)
        assert set(collaboration(built, municipality=code)) == municipality_nodes(G, code)
        assert f"kommun/{code}" in municipality_nodes(G, code)
        ego = municipality_subgraph(G, code)
        assert set(G[LIS]) <= set(ego)  # the project's partners are the municipality's too
        assert set(municipality_subgraph(G, code, partners=False)) == municipality_nodes(G, code)
    assert LIS not in municipality_nodes(G, "1281")  # Lund has no part in LIS
    assert LIS in actor_initiative(built, municipality="1262")


def test_municipality_subgraph_on_a_directed_graph(example):
    F = funding(example)
    ego = municipality_subgraph(F, "1262")
    assert set(ego) == {"kommun/1262", ESF}  # ESF funds Lomma: a predecessor is a partner
    with pytest.raises(SamverkanError, match="municipality 0000"):
        municipality_subgraph(F, "0000")


def _same_as_each_year(store) -> set[int]:
    """collaboration_years(store) against collaboration(store, year=y) for every year the
    dataset dates, and one before: the same years, nodes with their attributes, and ties."""
    from samverkan.network.projections import EmptyProjectionError, collaboration_years

    years = range(2005, 2030)
    skeletons = collaboration_years(store, years)
    for year in years:
        try:
            G = collaboration(store, year=year)
        except EmptyProjectionError:
            assert year not in skeletons
            continue
        H = skeletons[year]
        assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
        assert set(H.edges) == set(G.edges) and H.number_of_edges() == G.number_of_edges()
    return set(skeletons)


def test_collaboration_years_are_the_yearly_projections_without_edge_attributes(
    example, tmp_path
):
    """What the timeline's overview reads (its nodes and ties per year), made in one pass,
    equals the yearly projections: on the example and on a synthetic build of 5
    municipalities over ten years."""
    from samverkan.build import build
    from samverkan.store import open_store
    from samverkan.synth import synthesize

    assert _same_as_each_year(example) == {2017, 2018, 2019}
    # an actor dated 2016-2020 with no tie: a node of those years, alone in 2016 and 2020
    alone = ox.Store()
    alone.extend(example)
    doc = ox.NamedNode("https://w3id.org/samverkan/id/dokument/test_a")
    org = ox.NamedNode("https://w3id.org/samverkan/id/org/ensamma-foreningen")
    xsd_date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    for p, o in (
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(str(ORG.Organization))),
        ("http://www.w3.org/2000/01/rdf-schema#label", ox.Literal("Ensam", language="sv")),
        ("https://schema.org/startDate", ox.Literal("2016-03-01", datatype=xsd_date)),
        ("https://schema.org/endDate", ox.Literal("2020-06-30", datatype=xsd_date)),
    ):
        alone.add(ox.Quad(org, ox.NamedNode(p), o, doc))
    assert _same_as_each_year(alone) == {2016, 2017, 2018, 2019, 2020}
    synthesize(5, seed=3, graph_dir=tmp_path / "graph", corpus_dir=tmp_path / "corpus")
    build(tmp_path / "graph", tmp_path / "corpus", tmp_path / "out", views=False)
    assert len(_same_as_each_year(open_store(tmp_path / "out"))) >= 5
