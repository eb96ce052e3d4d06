"""SHACL on the focus nodes a change can reach: with the other results kept, the results of
validating everything (:func:`samverkan.shacl_sparql.affected_focus`)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from samverkan.shacl_sparql import affected_focus, reads
from samverkan.validate import in_order, load_shapes, validate

SAM = "https://w3id.org/samverkan/ontology#"
ID = "https://w3id.org/samverkan/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
OA = "http://www.w3.org/ns/oa#"
INFERRED = "https://w3id.org/samverkan/graph/inferred"


def _full(result: object) -> tuple:
    return tuple(getattr(result, f) for f in ("severity", "focus", "path", "value", "shape"))


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


@pytest.fixture()
def store(built: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.extend(built)
    return copy


def _focused(shapes, store: ox.Store, before: list, changed: list) -> list | None:
    """The results after ``changed``: the previous ones where the change cannot reach,
    the focused validation's where it can (as a rebuild has them)."""
    focus = affected_focus(shapes, store, changed)
    if focus is None:
        return None
    names = {term.value for term in focus}
    fresh = validate(store, shapes, focus=focus)
    assert all(r.focus in names for r in fresh)
    return in_order([*(r for r in before if r.focus not in names), *fresh])


def _quads_read(store: ox.Store, shapes) -> list[ox.Quad]:
    """For every predicate the shapes read, the first and last quads with it (sorted), of
    a document graph and of the inferred graph."""
    predicates = sorted({p for sequence in reads(shapes) for p, _, _ in sequence})
    chosen = []
    for p in predicates:
        quads = sorted(
            (
                q
                for q in store.quads_for_pattern(None, ox.NamedNode(p), None)
                # a document's or the inferred graph (the ontology is no document)
                if q.graph_name.value == INFERRED or q.graph_name.value.startswith(ID)
            ),
            key=str,
        )
        for inferred in (False, True):
            some = [q for q in quads if (q.graph_name.value == INFERRED) == inferred]
            chosen += [some[0], some[-1]] if some else []
    return chosen


def test_after_removing_any_fact_the_shapes_read_the_focused_results_are_the_full_ones(
    shapes, store: ox.Store
) -> None:
    before = validate(store, shapes)
    quads = _quads_read(store, shapes)
    assert len(quads) > 50  # every kind of fact the shapes read, asserted and inferred
    changed_results = 0
    for quad in quads:
        store.remove(quad)
        try:
            expected = validate(store, shapes)
            found = _focused(shapes, store, before, [quad.triple])
            assert found is not None, quad
            assert [_full(r) for r in found] == [_full(r) for r in expected], quad
            changed_results += expected != before
        finally:
            store.add(quad)
    # the removals change the results, so the check above can fail
    assert changed_results > 20


def _planted(store: ox.Store) -> list[tuple[ox.Quad, bool]]:
    """Additions that make violations and warnings far from the nodes they are about:
    along the sequence paths of the quotes, through the types of values, as targets; each
    with whether it changes the results."""
    doc = next(iter(store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(SAM + "SourceDocument"))))
    graph = doc.graph_name
    annotation = next(iter(store.quads_for_pattern(None, ox.NamedNode(OA + "hasTarget"), None)))
    target = annotation.object
    unit = next(
        iter(store.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/ns/org#unitOf"), None))
    )
    selector = ox.NamedNode(ID + "selektor/planted")
    new = ox.NamedNode(ID + "finansiering/planted")
    planted_unit = ox.NamedNode(ID + "enhet/planted")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    return [
        # a selector on its own is nobody's concern
        (ox.Quad(selector, ox.NamedNode(OA + "start"), ox.Literal("5", datatype=integer)), False),
        # as a quote's second selector: the quote has two starts (a change one step away)
        (ox.Quad(target, ox.NamedNode(OA + "hasSelector"), selector, graph), True),
        # and two ends (a change two steps away from the quote)
        (ox.Quad(selector, ox.NamedNode(OA + "end"), ox.Literal("9", datatype=integer)), True),
        # the organisation a unit belongs to becomes a funding too (sh:class of values)
        (ox.Quad(unit.object, RDF_TYPE, ox.NamedNode(SAM + "Funding"), graph), True),
        # a new funding without funder and recipient
        (ox.Quad(new, RDF_TYPE, ox.NamedNode(SAM + "Funding"), graph), True),
        # a unit, then its Swedish label
        (ox.Quad(planted_unit, RDF_TYPE, ox.NamedNode(SAM + "Department"), graph), True),
        (ox.Quad(planted_unit, RDFS_LABEL, ox.Literal("planterad", language="sv"), graph), True),
    ]


def test_after_planted_additions_the_focused_results_are_the_full_ones(
    shapes, store: ox.Store
) -> None:
    before = validate(store, shapes)
    for quad, changes in _planted(store):
        store.add(quad)
        expected = validate(store, shapes)
        assert (expected != before) == changes, quad
        found = _focused(shapes, store, before, [quad.triple])
        assert found is not None
        assert [_full(r) for r in found] == [_full(r) for r in expected], quad
        before = expected


def test_a_change_to_the_subclasses_checks_every_node(shapes, store: ox.Store) -> None:
    triple = ox.Triple(
        ox.NamedNode(SAM + "Planted"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
        ox.NamedNode(SAM + "Department"),
    )
    assert affected_focus(shapes, store, [triple]) is None


def test_no_focus_checks_nothing_and_a_label_reaches_only_its_node(shapes, store: ox.Store) -> None:
    assert validate(store, shapes, focus=set()) == []
    label = next(iter(store.quads_for_pattern(None, RDFS_LABEL, None)))
    assert affected_focus(shapes, store, [label.triple]) == {label.subject}
