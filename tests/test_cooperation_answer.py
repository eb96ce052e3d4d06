"""The answer of ``cooperation`` joined in Python is the query's.

:func:`samverkan.query.cooperation.cooperation_answer` replaces, in the build, the library
query ``cooperation`` (the reasons of the ties in the views, and the answer the build
keeps). The query is the reference: both are compared, as whole frames (values, order,
types), on the planted store of ``tests/test_query_scale.py`` (every basis, a fact without
a derived pair, labels and titles stated in several graphs), on that store with the corners
a join could miss added, on the seed build and on a synthetic build.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from samverkan.query import run_query
from samverkan.query.cooperation import COLUMNS, cooperation_answer
from test_query_scale import ID, PREFIXES, _store

INFERRED = ox.NamedNode("https://w3id.org/samverkan/graph/inferred")


def _same(store: ox.Store) -> object:
    """The joined answer, asserted equal to the query's (and not empty): the same columns,
    the same rows in the query's order of ``a``, ``b``, basis, ``via`` and document, and rows
    that differ only in a label or title (two Swedish labels, two titles) in any order (the
    query does not order them)."""
    joined = cooperation_answer(store)
    assert joined is not None
    queried = run_query(store, "cooperation")
    assert list(joined.columns) == list(COLUMNS) == list(queried.columns)
    assert {str(t) for t in joined.dtypes} == {str(t) for t in queried.dtypes} == {"object"}

    def rows(frame: object) -> list[tuple[object, ...]]:
        return list(frame.itertuples(index=False, name=None))  # type: ignore[attr-defined]

    keys = ["a", "b", "basis", "via", "document"]
    assert rows(joined[keys]) == rows(queried[keys])
    assert sorted(rows(joined), key=repr) == sorted(rows(queried), key=repr)
    assert len(joined) > 0
    return joined


def _add(store: ox.Store, graph: str, text: str) -> None:
    store.load(input=PREFIXES + text, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph))


def test_the_planted_store_gives_the_querys_answer() -> None:
    joined = _same(_store())
    assert set(joined["basis"]) == {
        "co-member",
        "member",
        "funding",
        "hosting",
        "co-funded post",
        "stated",
    }
    # the stated cooperation has no via, and org/a's two Swedish labels give two rows
    stated = joined[joined["basis"] == "stated"]
    assert stated["via"].isna().all() and sorted(stated["aLabel"]) == ["A", "A-kommun"]


def _cornered() -> ox.Store:
    """The planted store with the corners a join could get wrong."""
    store = _store()
    _add(
        store,
        f"{ID}dokument/c",
        """
<dokument/c> a sam:SourceDocument .
# a membership told across two documents: member here, organisation in document a
<m/5> org:member <org/h> .
# a membership as a blank node, and a blank node as a member (STR() fails: no row)
[] org:member <org/b> ; org:organization <net/q> .
[] org:member <org/h> ; org:organization <net/q> .
[] org:member [] ; org:organization <net/q> .
# a funding of a post placed only in the inferred graph
<f/3> sam:funder <org/h> ; sam:fundedItem <post/r> .
# a pair derived one way only (no row), and a cooperation stated in a document without title
<org/h> sam:hostedBy <org/k> .
<org/h> sam:cooperatesWith <org/b> .
<org/h> rdfs:label "H"@sv , "H"@en , "Hå"@sv .
<net/q> rdfs:label "Q"@sv .
""",
    )
    _add(store, f"{ID}dokument/a", "<m/5> org:organization <net/n> .")
    # a graph that is not a source document: its facts give no row
    _add(store, f"{ID}annat/z", "<org/b> sam:hostedBy <org/h> . <org/h> org:member <org/b> .")
    pairs = [("org/b", "org/h"), ("org/a", "org/h"), ("org/h", "net/q"), ("org/b", "net/q")]
    pairs.append(("org/h", "post/r"))
    text = "".join(
        f"<{x}> sam:cooperatesWith <{y}> . <{y}> sam:cooperatesWith <{x}> .\n" for x, y in pairs
    )
    text += "<org/k> sam:cooperatesWith <org/h> .\n<post/r> org:postIn <org/b> .\n"
    _add(store, INFERRED.value, text)
    return store


def test_the_corners_give_the_querys_answer() -> None:
    joined = _same(_cornered())
    rows = {tuple(r) for r in joined[["a", "b", "basis", "document"]].itertuples(index=False)}
    # the membership across documents: org/h co-member of net/n, stated by document c
    assert (f"{ID}org/a", f"{ID}org/h", "co-member", f"{ID}dokument/c") in rows
    # the post placed in the inferred graph only: a co-funded post
    assert (f"{ID}org/b", f"{ID}org/h", "co-funded post", f"{ID}dokument/c") in rows
    # org/h hosted by org/k: the pair is derived k -> h only, and h < k: no row
    assert not [r for r in rows if f"{ID}org/k" in r]
    # nothing from the graph that is not a source document
    assert not [r for r in rows if r[3] == f"{ID}annat/z"]


def test_a_term_the_join_does_not_give_as_text_leaves_it_to_the_query() -> None:
    store = _store()
    _add(store, f"{ID}dokument/a", "[] sam:funder <org/d> ; sam:recipient <org/b> .")
    assert cooperation_answer(store) is None
    funding = run_query(store, "cooperation").query("basis == 'funding'")
    assert any(str(v).startswith("_:") for v in funding["via"])


def test_the_seed_build_gives_the_querys_answer(built: ox.Store) -> None:
    joined = _same(built)
    assert len(joined) > 100


@pytest.fixture(scope="module")
def synthetic_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of a synthetic corpus of 5 municipalities (about 13k quads), with views."""
    from samverkan.build import build
    from samverkan.synth import synthesize

    work = tmp_path_factory.mktemp("synthetic")
    synthesize(5, seed=3, graph_dir=work / "graph", corpus_dir=work / "corpus")
    build(work / "graph", work / "corpus", work / "out", views=False)
    return work / "out"


def test_a_synthetic_build_gives_the_querys_answer(synthetic_build: Path) -> None:
    from samverkan.store import open_store

    store = open_store(synthetic_build)
    joined = _same(store)
    assert len(set(joined["document"])) > 10
