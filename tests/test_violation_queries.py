"""Violation queries catch what they are for: planted faults give rows, explained facts none.

The two queries rewritten for scale (``unexplained-cooperation-violation`` with MINUS,
``derived-property-asserted-violation`` with each branch joined in order) are checked here
against hand-made stores, one fault at a time.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from samverkan.paths import project_dir
from samverkan.query import run_query

PREFIXES = """
@prefix sam: <https://w3id.org/samverkan/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@base <https://w3id.org/samverkan/id/> .
"""
DOC = "https://w3id.org/samverkan/id/dokument/t"
INFERRED = "https://w3id.org/samverkan/graph/inferred"


def _store(document: str, inferred: str = "") -> ox.Store:
    store = ox.Store()
    store.load(
        path=str(project_dir("ontology") / "samverkan.ttl"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode("https://w3id.org/samverkan/ontology"),
    )
    store.load(
        input=PREFIXES + "<dokument/t> a sam:SourceDocument .\n" + document,
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(DOC),
    )
    if inferred:
        store.load(
            input=PREFIXES + inferred, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(INFERRED)
        )
    return store


def _rows(store: ox.Store, name: str) -> list[tuple[str, ...]]:
    frame = run_query(store, name, labels=False)
    return [tuple(str(v) for v in row) for row in frame.itertuples(index=False)]


COOPERATION = "<org/a> sam:cooperatesWith <org/b> . <org/b> sam:cooperatesWith <org/a> ."


@pytest.mark.parametrize(
    ("facts", "unexplained"),
    [
        ("", True),
        (
            "<m/1> org:member <org/a> ; org:organization <n> . "
            "<m/2> org:member <org/b> ; org:organization <n> .",
            False,
        ),
        (
            "<m/1> org:member <org/a> ; org:organization <n> . "
            "<m/2> org:member <org/b> ; org:organization <other> .",
            True,
        ),
        ("<m/1> org:member <org/b> ; org:organization <org/a> .", False),
        ("<f> sam:funder <org/a> ; sam:fundedItem <org/b> .", False),
        ("<f> sam:funder <org/b> ; sam:recipient <org/a> .", False),
        ("<org/a> sam:hostedBy <org/b> .", False),
        ("<p> org:postIn <org/b> . <f> sam:fundedItem <p> ; sam:funder <org/a> .", False),
        ("<org/b> sam:cooperatesWith <org/a> .", False),
    ],
)
def test_unexplained_cooperation(facts: str, unexplained: bool) -> None:
    store = _store(facts, inferred=COOPERATION)
    rows = _rows(store, "unexplained-cooperation-violation")
    if unexplained:
        assert [r[:2] for r in rows] == [
            ("https://w3id.org/samverkan/id/org/a", "https://w3id.org/samverkan/id/org/b")
        ]
    else:
        assert rows == []


@pytest.mark.parametrize(
    ("statement", "caught"),
    [
        ("<org/a> org:memberOf <n> .", True),
        ("<org/a> sam:coMemberOf <org/b> .", True),
        ("<org/a> sam:fundedBy <org/b> .", True),
        ("<org/a> sam:supportedBy <org/b> .", True),
        ("<org/a> a sam:Municipality ; sam:sector <sektor/kommunal> .", True),
        ("<org/a> sam:sector <sektor/privat> .", False),  # no class gives it a sector
        ("<org/a> sam:cooperatesWith <org/b> .", False),  # may be stated
    ],
)
def test_derived_property_asserted(statement: str, caught: bool) -> None:
    rows = _rows(_store(statement), "derived-property-asserted-violation")
    assert bool(rows) is caught
    if caught:
        assert rows[0][0] == "https://w3id.org/samverkan/id/org/a"
        assert rows[0][3] == DOC


def test_derived_property_in_the_inferred_graph_is_fine() -> None:
    store = _store("", inferred="<org/a> org:memberOf <n> . <org/a> sam:coMemberOf <org/b> .")
    assert _rows(store, "derived-property-asserted-violation") == []
