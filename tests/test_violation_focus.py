"""The violation queries on the nodes a change reaches give the rows of the whole queries.

A rebuild runs most violation queries on the quads around the nodes its change can reach
(:mod:`samverkan.violation_focus`). Starting from the seed build, which has no violations,
each change here (any fact removed, faults planted near and far from the node they are
about) is checked both ways: the rows found there must be the rows of the queries run on
the whole dataset.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from samverkan.validate import violation_queries
from samverkan.violation_focus import MAX_CHANGED, READS, reached_rows, split

SAM = "https://w3id.org/samverkan/ontology#"
ID = "https://w3id.org/samverkan/id/"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
INFERRED = "https://w3id.org/samverkan/graph/inferred"
SCHEMA_END = ox.NamedNode("https://schema.org/endDate")
YEAR = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


@pytest.fixture(scope="module")
def queries() -> list:
    return split(violation_queries())[0]


@pytest.fixture()
def store(built: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.extend(built)
    return copy


def _rows(rows: list) -> list[tuple[str, ...]]:
    return sorted(tuple(str(term) for term in row) for row in rows)


def _whole(store: ox.Store, queries: list) -> dict[str, list[tuple[str, ...]]]:
    return {
        info.name: _rows(store.query(info.text, use_default_graph_as_union=True))
        for info in queries
    }


def _reached(store: ox.Store, changed: list, queries: list) -> dict[str, list[tuple[str, ...]]]:
    """The rows of each query reached alone (what each entry of READS says it reads), and
    of all together (as a rebuild runs them)."""
    together = reached_rows(store, changed, queries)
    assert together is not None
    found = {name: _rows(rows) for name, rows in together.items()}
    for info in queries:
        alone = reached_rows(store, changed, [info])
        assert alone is not None
        assert _rows(alone[info.name]) == found[info.name], info.name
    return found


def test_every_violation_query_runs_on_what_a_change_reaches() -> None:
    queries = violation_queries()
    found, whole = split(queries)
    assert whole == []
    assert {q.name for q in found} == set(READS)
    # a query whose text changed runs whole until its entry is read again
    edited = [type(q)(q.name, q.title, q.description, q.params, q.text + " ") for q in found]
    assert split(edited) == ([], edited)
    with pytest.raises(ValueError, match="not a query whose reads are known"):
        reached_rows(ox.Store(), [], edited[:1])


def _sample(store: ox.Store) -> list[ox.Quad]:
    """For every predicate, the first and last quads with it (sorted), of a document
    graph, of the inferred graph and of the reference data."""
    by_kind: dict[tuple[str, str], list[ox.Quad]] = {}
    for quad in store:
        graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        kind = "document" if graph.startswith(ID) else graph
        if kind.endswith(("ontology", "registry")):
            continue
        by_kind.setdefault((quad.predicate.value, kind), []).append(quad)
    chosen = []
    for quads in by_kind.values():
        quads.sort(key=str)
        chosen += [quads[0], quads[-1]] if len(quads) > 1 else quads
    return chosen


def test_after_removing_any_fact_the_rows_reached_are_the_whole_rows(
    store: ox.Store, queries: list
) -> None:
    assert _whole(store, queries) == {q.name: [] for q in queries}  # the seed is clean
    quads = _sample(store)
    assert len(quads) > 150
    faults = set()
    for quad in quads:
        store.remove(quad)
        try:
            expected = _whole(store, queries)
            assert _reached(store, [quad], queries) == expected, quad
            faults |= {name for name, rows in expected.items() if rows}
        finally:
            store.add(quad)
    # the removals make rows of most queries, so the check above can fail
    assert len(faults) >= 6, faults


def _planted(store: ox.Store) -> list[tuple[list[ox.Quad], list[ox.Quad]]]:
    """Faults, each a few quads added after some that make none: some about the node the
    row is about, others one or two steps away from it (a selector of its target, the type
    of its unit, of the graph it is stated in, a statement naming it as evidence)."""
    documents = sorted(
        q.subject
        for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(SAM + "SourceDocument"))
    )
    doc, other = documents[0], documents[1]

    def first(p: str, graph: ox.NamedNode | None = None) -> ox.Quad:
        return next(iter(store.quads_for_pattern(None, ox.NamedNode(p), None, graph)))

    target = first(OA + "hasTarget", doc).object
    # its selector of offsets
    selector = next(
        q.object
        for q in store.quads_for_pattern(target, ox.NamedNode(OA + "hasSelector"), None)
        if next(iter(store.quads_for_pattern(q.object, ox.NamedNode(OA + "start"), None)), None)
    )
    annotation = first(OA + "hasTarget", other).subject
    unit = first(ORG + "unitOf").subject
    county = next(iter(store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(SAM + "County"))))
    actor = first(SAM + "evidence", doc).subject
    started = first("https://schema.org/startDate", doc)
    new, graph = ox.NamedNode(ID + "planterad"), ox.NamedNode(ID + "graf/planterad")
    # a node of a class that gives it a sector
    typed, sectored, sector = next(
        iter(
            store.query(
                "SELECT ?node ?class ?sector WHERE { ?class rdfs:subClassOf [ owl:onProperty"
                " sam:sector ; owl:hasValue ?sector ] . ?node a ?class } ORDER BY ?node LIMIT 1",
                use_default_graph_as_union=True,
                prefixes={"rdfs": RDFS, "owl": OWL, "sam": SAM},
            )
        )
    )
    # a second selector of a quote's target, as the first (no fault)
    same = ox.NamedNode(ID + "selektor/planterad")
    second = [
        ox.Quad(target, ox.NamedNode(OA + "hasSelector"), same, doc),
        *(
            ox.Quad(same, q.predicate, q.object, doc)
            for q in store.quads_for_pattern(selector, None, None)
            if q.predicate != RDF_TYPE
        ),
    ]
    return [
        # about the focus itself
        ([], [ox.Quad(new, RDF_TYPE, ox.NamedNode(OA + "Annotation"), doc)]),
        (
            [],
            [
                ox.Quad(
                    actor, ox.NamedNode("https://schema.org/startDate"), ox.Literal("snart"), doc
                )
            ],
        ),
        ([], [ox.Quad(started.subject, SCHEMA_END, ox.Literal("1990", datatype=YEAR), doc)]),
        ([], [ox.Quad(actor, ox.NamedNode(SAM + "ongoingAsOf"), ox.Literal("igår"), doc)]),
        ([], [ox.Quad(new, RDF_TYPE, ox.NamedNode(SAM + "Funding"), doc)]),
        ([], [ox.Quad(actor, RDFS_LABEL, ox.Literal("Ett andra namn", language="sv"), doc)]),
        ([], [ox.Quad(actor, ox.NamedNode(ORG + "memberOf"), new, doc)]),
        ([], [ox.Quad(actor, RDFS_LABEL, ox.Literal("ring 070-123 45 67", language="en"), doc)]),
        ([], [ox.Quad(new, RDF_TYPE, ox.NamedNode(ORG + "Membership"), doc)]),
        # the second selector gets an end of its own: two steps from the annotation
        (second, [ox.Quad(same, ox.NamedNode(OA + "end"), ox.Literal("3", datatype=INTEGER), doc)]),
        # a unit of a municipality is a unit of a county too (no fault), and the county
        # becomes a municipality: one step from the unit
        (
            [ox.Quad(unit, ox.NamedNode(ORG + "unitOf"), county.subject, doc)],
            [ox.Quad(county.subject, RDF_TYPE, ox.NamedNode(SAM + "Municipality"), doc)],
        ),
        # a graph that is no document states a derived property (no fault), then becomes a
        # document: the fault is about the node its statement is about
        (
            [ox.Quad(actor, ox.NamedNode(SAM + "fundedBy"), new, graph)],
            [ox.Quad(graph, RDF_TYPE, ox.NamedNode(SAM + "SourceDocument"), doc)],
        ),
        # a node states the sector that its class already gives
        ([], [ox.Quad(typed, ox.NamedNode(SAM + "sector"), sector, doc)]),
        # a node states a sector (no fault), and in another graph becomes of a class
        # that gives it one: the fault is in the first graph
        (
            [ox.Quad(actor, ox.NamedNode(SAM + "sector"), sector, doc)],
            [ox.Quad(actor, RDF_TYPE, sectored, ox.NamedNode(INFERRED))],
        ),
        # a tie nothing explains
        ([], [ox.Quad(actor, ox.NamedNode(SAM + "cooperatesWith"), new, ox.NamedNode(INFERRED))]),
        # a statement of one document names the annotation of another as its evidence
        ([], [ox.Quad(actor, ox.NamedNode(SAM + "evidence"), annotation, doc)]),
    ]


def test_after_planted_faults_the_rows_reached_are_the_whole_rows(
    store: ox.Store, queries: list
) -> None:
    clean = _whole(store, queries)
    caught = set()
    for setup, change in _planted(store):
        store.extend(setup)
        assert _whole(store, queries) == clean, setup
        store.extend(change)
        expected = _whole(store, queries)
        assert _reached(store, change, queries) == expected, change
        new = {name for name in expected if expected[name]}
        assert new, change  # each planted fault makes a row
        caught |= new
        for quad in [*setup, *change]:
            store.remove(quad)
    assert caught == set(READS), set(READS) - caught


def test_a_change_to_the_schema_or_of_many_documents_runs_the_queries_whole(
    store: ox.Store, queries: list
) -> None:
    sub = ox.Quad(
        ox.NamedNode(SAM + "Planted"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
        ox.NamedNode(SAM + "Department"),
    )
    assert reached_rows(store, [sub], queries) is None
    term = ox.Quad(ox.NamedNode(SAM + "Funding"), RDFS_LABEL, ox.Literal("bidrag", language="sv"))
    assert reached_rows(store, [term], queries) is None  # a term of the ontology
    label = next(
        q for q in store.quads_for_pattern(None, RDFS_LABEL, None) if q.subject.value.startswith(ID)
    )
    assert reached_rows(store, [label], queries) == {q.name: [] for q in queries}
    # a change of many documents: the queries run whole
    assert reached_rows(store, [label] * (MAX_CHANGED + 1), queries) is None


def test_ties_explained_and_explanations_taken_away_give_the_whole_rows(
    store: ox.Store, queries: list
) -> None:
    # a tie's explanation can be far from it: a post in the partner funded by the other,
    # the graph it is stated in. Each change here (after quads that make no fault) adds or
    # removes one, and the rows found are the whole queries' rows, a fault or none.
    clean = _whole(store, queries)
    doc = sorted(
        q.subject
        for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(SAM + "SourceDocument"))
    )[0]
    actor = next(iter(store.quads_for_pattern(None, ox.NamedNode(SAM + "evidence"), None, doc)))
    actor = actor.subject
    tie, inferred = ox.NamedNode(SAM + "cooperatesWith"), ox.NamedNode(INFERRED)
    new, unit = ox.NamedNode(ID + "planterad"), ox.NamedNode(ID + "enhet/planterad")
    post, fund = ox.NamedNode(ID + "uppdrag/planterat"), ox.NamedNode(ID + "finansiering/p")
    graph, document = ox.NamedNode(ID + "graf/planterad"), ox.NamedNode(SAM + "SourceDocument")
    elsewhere = ox.NamedNode(ID + "graf/annan")  # no document: no evidence asked for
    funded_post = [
        ox.Quad(post, ox.NamedNode(ORG + "postIn"), unit, elsewhere),
        ox.Quad(fund, ox.NamedNode(SAM + "fundedItem"), post, elsewhere),
        ox.Quad(fund, ox.NamedNode(SAM + "funder"), actor, elsewhere),
    ]
    quote, target = ox.NamedNode(ID + "belagg/planterat"), ox.NamedNode(ID + "mal/planterat")
    stated = [
        ox.Quad(graph, RDF_TYPE, document, doc),
        ox.Quad(actor, tie, new, graph),
        # with its evidence, as a document states a relation
        ox.Quad(actor, ox.NamedNode(SAM + "evidence"), quote, graph),
        ox.Quad(quote, ox.NamedNode(OA + "hasTarget"), target, graph),
        ox.Quad(target, ox.NamedNode(OA + "hasSource"), graph, graph),
    ]
    # the tie both ways, as the reasoner derives it (a row is about the pair in order)
    ties = [ox.Quad(actor, tie, unit, inferred), ox.Quad(unit, tie, actor, inferred)]
    cases = [
        # (quads first, quads added, quads removed, whether a row comes)
        ([], [ox.Quad(actor, tie, new, doc)], [], False),
        (funded_post, ties, [], False),
        ([*funded_post, *ties], [], funded_post[:1], True),
        (stated, [], stated[:1], True),
    ]
    for setup, added, removed, fault in cases:
        store.extend(setup)
        assert _whole(store, queries) == clean, setup
        store.extend(added)
        for quad in removed:
            store.remove(quad)
        expected = _whole(store, queries)
        assert _reached(store, [*added, *removed], queries) == expected, (added, removed)
        assert any(expected.values()) == fault, expected
        for quad in [*setup, *added]:
            store.remove(quad)
