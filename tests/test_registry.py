"""The registry of shared actors (reference/registry.ttl) and builds of document subsets.

Agencies, EU funds and SKR are defined once, in their own named graph, so that any subset
of the documents builds with the same actors, typed and labelled, and with their sector.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

from clirun import run_cli
from samverkan.load import load_ontology, load_registry, parse_turtle
from samverkan.namespaces import ID, REGISTRY_GRAPH, SAM
from samverkan.store import open_store
from testpaths import ROOT

REGISTRY = load_registry()
ACTORS = sorted(s for s in set(REGISTRY.subjects(RDF.type, None)) if isinstance(s, URIRef))


def test_registry_holds_the_shared_actors_of_the_documents() -> None:
    local = {str(a)[len(str(ID)) :] for a in ACTORS}
    assert {"org/skr", "org/arbetsformedlingen", "org/europeiska-socialfonden"} <= local


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: str(a).rsplit("/", 1)[-1])
def test_every_entry_is_typed_by_the_ontology_and_labelled_in_both_languages(
    actor: URIRef,
) -> None:
    ontology = load_ontology()
    for cls in REGISTRY.objects(actor, RDF.type):
        assert (cls, RDF.type, None) in ontology, cls
    languages = {label.language for label in REGISTRY.objects(actor, RDFS.label)}
    assert {"sv", "en"} <= languages


def test_no_document_file_types_a_registry_actor() -> None:
    """The definitions moved: documents keep only their evidence for the actors."""
    for path in sorted((ROOT / "graph").glob("*.ttl")):
        graph = parse_turtle(path)
        for actor in ACTORS:
            assert (actor, RDF.type, None) not in graph, (path.name, actor)
            assert (actor, RDFS.label, None) not in graph, (path.name, actor)
    # ... while 001 still gives Arbetsförmedlingen the words that name it
    g001 = parse_turtle(ROOT / "graph" / "001_897b9f3742f7adc5.ttl")
    assert (ID["org/arbetsformedlingen"], SAM.evidence, None) in g001


SUBSETS = {
    "002": ("002_fd765e7f231a0a5d",),
    "003": ("003_db4b1ce949ee5551",),
    "000+004": ("000_1c1bf7a317be8ad1", "004_5f6dc90bef4f063d"),
}


@pytest.fixture(scope="module", params=sorted(SUBSETS))
def subset_build(request, tmp_path_factory, corpus_dir: Path) -> tuple[str, Path]:
    name = request.param
    tmp = tmp_path_factory.mktemp(f"subset-{name.replace('+', '-')}")
    graph = tmp / "graph"
    graph.mkdir()
    for stem in SUBSETS[name]:
        shutil.copy(ROOT / "graph" / f"{stem}.ttl", graph)
    result = run_cli(
        "build", "--graph", str(graph), "--corpus", str(corpus_dir),
        "--out", str(tmp / "out"), "--no-views",
    )
    assert result.returncode == 0, result.stderr
    return name, tmp / "out"


_PREFIXES = (
    "PREFIX sam: <https://w3id.org/samverkan/ontology#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
)


def test_any_subset_builds_with_every_registry_actor(subset_build) -> None:
    _name, out = subset_build
    store = open_store(out)
    rows = {
        (r["actor"].value, r["type"].value, r["sector"].value if r["sector"] else None)
        for r in store.query(
            _PREFIXES
            + f"""SELECT ?actor ?type ?sector WHERE {{
                GRAPH <{REGISTRY_GRAPH}> {{
                    ?actor a ?type ; rdfs:label ?label FILTER(lang(?label) = "sv") }}
                OPTIONAL {{ GRAPH ?inferred {{ ?actor sam:sector ?sector }} }}
            }}"""
        )
    }
    for actor in ACTORS:
        types = {t for a, t, _s in rows if a == str(actor)}
        assert set(map(str, REGISTRY.objects(actor, RDF.type))) <= types, actor
        # the sector comes from the class by reasoning, in every subset
        assert any(a == str(actor) and s for a, _t, s in rows), actor


def test_esf_funding_tie_is_there_exactly_when_002_is(subset_build) -> None:
    """Without 001 or 004, the ESF of 002 is still a typed EU fund that funds LIS."""
    name, out = subset_build
    store = open_store(out)
    esf = ID["org/europeiska-socialfonden"]
    ask = store.query(
        _PREFIXES
        + f"ASK {{ GRAPH ?g {{ ?f sam:funder <{esf}> ; sam:fundedItem ?item }} "
        f"GRAPH ?r {{ <{esf}> a sam:EUFund }} GRAPH ?i {{ <{esf}> sam:cooperatesWith ?x }} }}"
    )
    assert bool(ask) == ("002" in name)
