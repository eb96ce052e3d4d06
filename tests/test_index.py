"""The index graph (``sam:namedIn``): which documents name each actor, as the build writes it.

Its content is checked against a second computation, a SPARQL query over the document
graphs (every agent or post that a source document's graph has as subject or object), on
the seed build and on a synthetic build; an incremental build keeps it equal to a full
build's (also when an IRI becomes an agent through another document, so that a document
that did not change gains a pair), and the queries that read it give their stored answers
(``tests/test_query.py``) and the rows of their old texts (``tests/test_query_scale.py``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from samverkan.build import build
from samverkan.namespaces import INDEX_GRAPH
from samverkan.store import open_store
from testpaths import ROOT

# The second computation: from the document graphs, at query time (what the queries did).
FROM_DOCUMENTS = """
PREFIX sam: <https://w3id.org/samverkan/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?actor ?document WHERE {
  ?document a sam:SourceDocument .
  { GRAPH ?document { ?actor ?p ?o } } UNION { GRAPH ?document { ?s ?q ?actor } }
  { ?actor a foaf:Agent } UNION { ?actor a org:Post }
  FILTER(isIRI(?actor))
}
"""
IN_INDEX = f"""
SELECT ?actor ?predicate ?document WHERE {{
  GRAPH <{INDEX_GRAPH}> {{ ?actor ?predicate ?document }}
}}
"""
NAMED_IN = "https://w3id.org/samverkan/ontology#namedIn"


def _pairs(store: ox.Store, text: str) -> set[tuple[str, str]]:
    rows = list(store.query(text, use_default_graph_as_union=True))
    if "?predicate" in text:
        assert {r["predicate"].value for r in rows} <= {NAMED_IN}
    return {(r["actor"].value, r["document"].value) for r in rows}


def _index_equals_the_documents(store: ox.Store) -> set[tuple[str, str]]:
    index = _pairs(store, IN_INDEX)
    assert index == _pairs(store, FROM_DOCUMENTS)
    return index


def test_the_seed_build_indexes_every_actor_of_every_document(built: ox.Store) -> None:
    index = _index_equals_the_documents(built)
    documents = {d for _a, d in index}
    assert len(documents) == 5  # every document of the seed names some actor
    # Lunds kommun (reference data) is named in the documents about Lund, not in all five.
    lund = {d for a, d in index if a.endswith("/kommun/1281")}
    assert 2 <= len(lund) < 5


def test_a_synthetic_build_indexes_every_actor_of_every_document(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    graph, corpus = synthetic
    build(graph, corpus, tmp_path / "out", views=False)
    store = open_store(tmp_path / "out")
    index = _index_equals_the_documents(store)
    assert len(index) > 200
    # Small beside the data: a few percent of its quads.
    assert len(index) < 0.05 * len(store)


def test_an_iri_that_becomes_an_agent_elsewhere_is_indexed_in_a_document_not_changed(
    tmp_path: Path,
) -> None:
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out, views=False)
    # An initiative that two documents name; typed as an agent by one of them.
    initiative = "initiativ/lund-inkluderingskoordinator-breddning"
    files = [p for p in sorted(graph.glob("*.ttl")) if f"<{initiative}>" in p.read_text()]
    assert len(files) == 2
    text = files[0].read_text(encoding="utf-8")
    files[0].write_text(
        text + f"\n<{initiative}> a <http://xmlns.com/foaf/0.1/Agent> .\n", encoding="utf-8"
    )
    said: list[str] = []
    build(graph, None, out, views=False, progress=said.append)
    assert any(m.startswith("incremental build") for m in said), said
    assert not any(m.startswith("full build") for m in said), said
    store = open_store(out)
    named = {d for a, d in _index_equals_the_documents(store) if a.endswith(initiative)}
    assert len(named) == 2  # the document that did not change included

    reference = tmp_path / "full"
    build(graph, None, reference, views=False, full=True)
    assert (out / "samverkan.trig").read_bytes() == (reference / "samverkan.trig").read_bytes()

    # And back: it is no longer an agent, in neither document.
    files[0].write_text(text, encoding="utf-8")
    said.clear()
    build(graph, None, out, views=False, progress=said.append)
    assert not any(m.startswith("full build") for m in said), said
    store = open_store(out)
    assert not {d for a, d in _index_equals_the_documents(store) if a.endswith(initiative)}
    shutil.rmtree(reference)
    build(graph, None, reference, views=False, full=True)
    assert (out / "samverkan.trig").read_bytes() == (reference / "samverkan.trig").read_bytes()


@pytest.mark.parametrize("name", ["actors", "multi-document-actors"])
def test_the_queries_read_the_index_not_the_documents(built: ox.Store, name: str) -> None:
    """Without the index graph the counting queries find nothing: they read the index."""
    from samverkan.query import run_query

    copy = ox.Store()
    copy.extend(q for q in built if q.graph_name != ox.NamedNode(str(INDEX_GRAPH)))
    assert len(run_query(built, name)) > 0
    assert len(run_query(copy, name)) == 0
