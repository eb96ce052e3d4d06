"""Drafts are visible to researchers: the drafts query, the actor pages, the network views.

The build here holds only drafts (three test pages drafted by ``samverkan draft``), so every
answer can be checked against the Turtle the drafter wrote, read independently with rdflib.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from samverkan.draft import draft_file
from samverkan.draft.reconcile import index_graphs
from samverkan.load import parse_turtle
from samverkan.namespaces import ID, ORG, SAM
from testpaths import FIXTURES, ROOT

PAGES = [
    FIXTURES / "pages" / "02_nyhet_borlange.txt",
    FIXTURES / "pages" / "03_eu_projekt_trollhattan.txt",
    FIXTURES / "pages-heldout" / "14_forening_sundsvall.txt",
]
DRAFT = Literal("draft")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Graph, dict[str, str]]:
    """Build the drafts of three pages (views and site included)."""
    from samverkan.build import build

    root = tmp_path_factory.mktemp("drafts")
    graph, corpus = root / "graph", root / "corpus"
    graph.mkdir()
    corpus.mkdir()
    index = index_graphs(parse_turtle(p) for p in sorted((ROOT / "graph").glob("*.ttl")))
    union, texts = Graph(), {}
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        shutil.copy(page, corpus)
        draft_file(corpus / page.name, index, graph / f"{page.stem}.ttl")
        union.parse(graph / f"{page.stem}.ttl", format="turtle")
        texts[f"{ID}dokument/{page.stem}"] = text
    build(graph, corpus, root / "out", views=True)
    return root / "out", union, texts


def test_the_drafts_query_lists_every_unreviewed_statement_with_its_quote(drafted) -> None:
    from samverkan.query import run_query
    from samverkan.store import open_store

    out, union, texts = drafted
    rows = run_query(open_store(out), "drafts", labels=False)
    marked = {str(s) for s in union.subjects(SAM.reviewStatus, DRAFT)}
    assert len(marked) > 20
    assert set(rows["statement"].astype(str)) == marked
    quoted = rows.dropna(subset=["quote"])
    assert len(quoted) > 20
    for row in quoted.itertuples(index=False):
        assert texts[str(row.document)][int(row.start) : int(row.end)] == row.quote
    # the association's page carries no date: the document itself awaits review, dated by
    # the day its text was read
    document = URIRef(f"{ID}dokument/14_forening_sundsvall")
    assert str(document) in marked
    assert union.value(document, SAM.retrievedOn) is not None


def test_actor_pages_mark_drafted_facts(drafted) -> None:
    from samverkan.site import page_path

    out, union, _texts = drafted
    marked = {s for s in union.subjects(SAM.reviewStatus, DRAFT)}
    site = out / "views" / "site"
    # a municipality is never a draft, but the memberships and fundings naming it are
    kommun = URIRef(f"{ID}kommun/2281")
    html = (site / page_path(str(kommun))).read_text(encoding="utf-8")
    stated = html[
        html.index('<section id="stated">') : html.index("</section>", html.index('id="stated"'))
    ]
    expected = {(p, s) for s, p in union.subject_predicates(kommun) if s in marked}
    expected |= {(p, o) for p, o in union.predicate_objects(kommun) if o in marked}
    assert len(expected) > 0
    assert stated.count('class="draft"') == len(expected)
    # a drafted actor says so at the top of its page
    actor = next(
        s
        for s in sorted(marked)
        if "/tjanst/" in str(s) and page_path(str(s)) and (site / page_path(str(s))).is_file()
    )
    page = (site / page_path(str(actor))).read_text(encoding="utf-8")
    summary = page[page.index('<section id="summary">') :]
    assert 'class="draft"' in summary[: summary.index("</section>")]


def test_drafted_ties_are_drawn_dotted(drafted) -> None:
    from samverkan.network import collaboration
    from samverkan.store import open_store
    from samverkan.views._records import records

    out, union, _texts = drafted
    marked = set(union.subjects(SAM.reviewStatus, DRAFT))
    G = collaboration(open_store(out))
    checked = 0
    for u, v, attrs in G.edges(data=True):
        a, b = URIRef(G.nodes[u]["iri"]), URIRef(G.nodes[v]["iri"])
        if set(attrs["kinds"]) <= {"membership", "co-membership"}:
            # the drafter marks every collaboration and membership it writes
            assert attrs["draft"], (a, b)
            checked += 1
        elif attrs["kinds"] == ["hosting"]:
            # a unit or post placed in its organisation: a draft when the placement is
            child = next(
                x
                for x, y in ((a, b), (b, a))
                for p in (ORG.unitOf, ORG.postIn)
                if (x, p, y) in union
            )
            assert attrs["draft"] == (child in marked), (a, b)
            checked += 1
    assert checked > 20
    assert {d["draft"] for _u, _v, d in G.edges(data=True)} == {True, False}
    pos = {n: (0.0, 0.0) for n in G}
    _nodes, edges, _legend = records(G, pos, None, None)
    dotted = sorted(e["id"] for e in edges if e["dashes"] == [2, 5])
    assert len(dotted) == sum(1 for _u, _v, d in G.edges(data=True) if d["draft"])
    # the collaboration view holds the same dotted ties
    html = (out / "views" / "network.html").read_text(encoding="utf-8")
    assert len(re.findall(r'"dashes":\s*\[\s*2,\s*5\s*\]', html)) == len(dotted)
