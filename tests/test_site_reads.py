"""The site's patched read of the resources and their classes, against the query it replaces.

A rebuild reads the classes of the resources a change touched. That read was the site's
query :data:`samverkan.site._queries.RESOURCES` bound by ``VALUES`` (with a ``FILTER
EXISTS`` over every document graph, about 20 ms a resource at a million quads); it is now
read from the store's quads (:func:`_classes_of`, :func:`_in_documents`). Both must give the
query's rows for any IRIs: resources with pages, resources no document names, classes,
predicates and IRIs the store lacks.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from samverkan.network import example_store
from samverkan.site import _queries as Q
from samverkan.site._reads import Reads, _classes_of, _in_documents


def _query_rows(store: ox.Store, iris: list[str]) -> list[tuple[object, ...]]:
    return Q.chunked(
        iris, 7, lambda part: Q.select(store, Q.restrict(Q.RESOURCES, part, "resource"))
    )[1]


def _read_rows(store: ox.Store, iris: list[str]) -> list[tuple[str, str]]:
    rows = _classes_of(store, iris)
    named = _in_documents(store, {resource for resource, _cls in rows})
    return [row for row in rows if row[0] in named]


def _every_iri(store: ox.Store) -> list[str]:
    found = set()
    for quad in store:
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode):
                found.add(term.value)
    return sorted(found)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = example_store()
    # a resource typed in a graph that is no source document, named by no document: the
    # query gives it no row, so neither may the read
    alone = ox.NamedNode("https://w3id.org/samverkan/id/org/ingen-namner")
    store.add(
        ox.Quad(
            alone,
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("http://www.w3.org/ns/org#Organization"),
            ox.NamedNode("https://x/other-graph"),
        )
    )
    return store


def test_the_read_gives_the_query_s_rows_for_every_iri_of_the_store(store: ox.Store) -> None:
    iris = [*_every_iri(store), "https://x/not-in-the-store"]
    expected = _query_rows(store, iris)
    assert len(expected) > 20  # the example has actors, posts, memberships, documents
    assert _read_rows(store, iris) == expected


def test_a_resource_no_document_names_has_no_row(store: ox.Store) -> None:
    alone = "https://w3id.org/samverkan/id/org/ingen-namner"
    assert _classes_of(store, [alone]) == [(alone, "http://www.w3.org/ns/org#Organization")]
    assert _in_documents(store, [alone]) == set()
    assert _read_rows(store, [alone]) == _query_rows(store, [alone]) == []


def test_patched_reads_equal_fresh_ones_after_touching_everything(store: ox.Store) -> None:
    fresh = Reads.read(store)
    assert fresh.patch(store, _every_iri(store)) == fresh


def test_derived_rows_are_the_query_s_for_every_iri_of_the_store() -> None:
    # The derived panel's rows of a few resources: the inferred graph's facts read by the
    # query, those a document states dropped in Python (the query drops them by MINUS).
    # The example's inferred graph holds no stated fact; here it repeats some, in both
    # directions of the panel. Both must give the same rows in the same order.
    store = example_store()
    inferred = ox.NamedNode("https://w3id.org/samverkan/graph/inferred")
    documents = {
        q.subject
        for q in store.quads_for_pattern(
            None,
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("https://w3id.org/samverkan/ontology#SourceDocument"),
            None,
        )
    }
    stated = [
        q
        for q in store
        if q.graph_name in documents
        and isinstance(q.subject, ox.NamedNode)
        and isinstance(q.object, ox.NamedNode)
    ]
    assert len(stated) > 20
    store.extend([ox.Quad(*q.triple, inferred) for q in stated[::5]])
    iris = [*_every_iri(store), "https://x/not-in-the-store"]
    plain = Q.select(store, Q.restrict(Q.DERIVED_INFERRED, iris))[1]
    for size in (1, 7, len(iris)):
        expected = Q.chunked(
            iris, size, lambda part: Q.select(store, Q.restrict(Q.DERIVED_EVERY, part))
        )
        found = Q.chunked(iris, size, lambda part: Q.derived_rows(store, part))
        assert 50 < len(expected[1]) < len(plain)  # facts stated too were dropped
        assert found == expected
