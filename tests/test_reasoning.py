"""Reasoning on a small graph of our own (tests/fixtures/mini): derived cooperation.

Expected values by hand from the fixture: Lund and Lomma are both members of
Testnätverket, so they cooperate with each other and with the network; the county board
funds the network; the network is hosted by Lund's culture department, so it lies in Lund.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from samverkan.load import load_sources
from samverkan.reason import infer
from testpaths import MINI_GRAPH, SMALL_REFERENCE

INFERRED = ox.NamedNode("https://w3id.org/samverkan/graph/inferred")
ID = "https://w3id.org/samverkan/id/"
SAM = "https://w3id.org/samverkan/ontology#"


def inferred_pairs(store: ox.Store, prop: str) -> set[tuple[str, str]]:
    query = f"SELECT ?a ?b WHERE {{ GRAPH {INFERRED} {{ ?a <{SAM}{prop}> ?b }} }}"
    rows = store.query(query)
    return {(r["a"].value.removeprefix(ID), r["b"].value.removeprefix(ID)) for r in rows}


def test_two_members_of_one_network_cooperate(mini_built: ox.Store) -> None:
    pairs = inferred_pairs(mini_built, "cooperatesWith")
    assert ("kommun/1281", "kommun/1262") in pairs
    assert ("kommun/1262", "kommun/1281") in pairs
    assert ("kommun/1281", "initiativ/testnatverket") in pairs
    assert ("initiativ/testnatverket", "lansstyrelse/12") in pairs  # funding
    assert ("initiativ/testnatverket", "kommun/1281/kultur-och-fritidsforvaltningen") in pairs
    assert all(a != b for a, b in pairs), "reflexive cooperation is noise"
    assert inferred_pairs(mini_built, "coMemberOf") == {
        ("kommun/1281", "kommun/1262"),
        ("kommun/1262", "kommun/1281"),
    }


def test_places_and_sectors_are_derived(mini_built: ox.Store) -> None:
    municipality = inferred_pairs(mini_built, "municipality")
    assert ("initiativ/testnatverket", "kommun/1281") in municipality
    assert ("kommun/1281/kultur-och-fritidsforvaltningen", "kommun/1281") in municipality
    sectors = inferred_pairs(mini_built, "sector")
    assert ("kommun/1262", "sektor/kommunal") in sectors
    assert ("lansstyrelse/12", "sektor/statlig") in sectors
    assert ("initiativ/testnatverket", "sektor/samverkan") in sectors


def test_no_noise_in_the_inferred_graph(mini_built: ox.Store) -> None:
    rows = list(
        mini_built.query(
            f"""SELECT ?s ?p ?o WHERE {{ GRAPH {INFERRED} {{ ?s ?p ?o }}
               FILTER(isBlank(?o) || isLiteral(?s)
                      || (?p = <http://www.w3.org/2002/07/owl#sameAs> && ?s = ?o)
                      || STRSTARTS(STR(?s), "http://www.w3.org/2002/07/owl#")
                      || STRSTARTS(STR(?s), "https://w3id.org/samverkan/ontology")
                      || ?o = <http://www.w3.org/2002/07/owl#Thing>) }}"""
        )
    )
    assert rows == []


def test_asserted_graphs_do_not_change() -> None:
    sources = load_sources(MINI_GRAPH, reference_dir=SMALL_REFERENCE)
    before = {name: set(g) for name, g in sources.documents.items()}
    reference_before = set(sources.reference)
    inferred = infer(
        [sources.ontology, sources.reference, *sources.documents.values()],
        ontology=sources.ontology,
    )
    assert len(inferred) > 0
    assert {name: set(g) for name, g in sources.documents.items()} == before
    assert set(sources.reference) == reference_before


def test_document_graph_in_the_build_equals_the_file(mini_build_dir: Path) -> None:
    store = ox.Store()
    store.bulk_load(path=str(mini_build_dir / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    doc = ox.NamedNode(ID + "dokument/mini")
    in_build = Graph()
    n_build = sum(1 for _ in store.quads_for_pattern(None, None, None, doc))
    in_build.parse(MINI_GRAPH / "mini.ttl")
    assert n_build == len(in_build)
