"""The resource pages' panels read once for every resource equal the per-page queries.

The site runs each panel query once with ``?resource`` unbound (issue 12: at national size
a query per page made the pages the slowest step of the build). The reference here is the
query each page shows, run with its resource bound, as the site did before: for every
resource with a page of the project's build the rows must be the same, in the same order,
and a handful of pages rendered from the per-page rows must be byte for byte the pages
rendered from the rows read at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from samverkan.site import _queries as Q
from samverkan.site import _Site, _write_resource
from samverkan.site._site import _ties_in_order

ID = "https://w3id.org/samverkan/id/"
LUND = ID + "kommun/1281"


@pytest.fixture(scope="module")
def site(built: Any, tmp_path_factory: pytest.TempPathFactory) -> _Site:
    return _Site(built, tmp_path_factory.mktemp("site"), None, [], None)


def _per_page(site: _Site, query: str, iri: str) -> pd.DataFrame:
    """The rows of the panel query as the page shows it (its resource bound)."""
    frame = site.run(query, iri)
    return frame.drop(columns="resource") if "resource" in frame.columns else frame


def _rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in frame.itertuples(index=False)]


def _as_read(frame: pd.DataFrame) -> list[Any]:
    """The rows of ``frame`` as the site holds them (named tuples)."""
    return list(frame.itertuples(index=False, name="Row"))


_PANELS = {"stated": Q.STATED, "derived": Q.DERIVED, "ties": Q.TIES, "evidence": Q.EVIDENCE}


@pytest.mark.parametrize("panel", sorted(_PANELS))
def test_rows_read_at_once_equal_each_page_query(site: _Site, panel: str) -> None:
    query = _PANELS[panel]
    at_once: dict[str, list[Any]] = getattr(site, panel)
    assert set(at_once) <= set(site.resources)
    nonempty = 0
    for iri in site.resources:
        reference = _per_page(site, query, iri)
        expected = _rows(reference)
        if panel == "ties" and expected:
            # rows equal in every sort key come in the order of their facts (a total order
            # where SPARQL leaves one to the engine)
            expected = [tuple(r) for r in _ties_in_order({iri: _as_read(reference)})[iri]]
        mine = at_once.get(iri, [])
        if mine:
            assert list(mine[0]._fields) == list(reference.columns), (panel, iri)
        assert [tuple(row) for row in mine] == expected, (panel, iri)
        nonempty += bool(len(reference))
    # the comparison covers real rows: every panel has rows for several resources
    assert nonempty >= 5, (panel, nonempty)


@pytest.mark.parametrize("chunk", [1, 7])
def test_rows_read_bound_a_few_at_a_time_equal_the_rows_read_at_once(
    site: _Site, built: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    # an incremental build binds each panel's query to the pages it writes, CHUNK at a
    # time (the ties by their reasons alone, the cooperating pairs kept in Python)
    from samverkan.site import _site

    monkeypatch.setattr(_site, "BOUND_AT_MOST", dict.fromkeys(_site.BOUND_AT_MOST, 10**9))
    monkeypatch.setattr(_site, "CHUNK", dict.fromkeys(_site.CHUNK, chunk))
    bound = _Site(built, tmp_path, None, [], None, rows=False)
    bound.load_rows(only=site.resources)
    for panel in _PANELS:
        mine, whole = getattr(bound, panel), getattr(site, panel)
        assert sum(map(len, whole.values())) > 20, panel
        assert mine == whole, panel


def test_pages_from_rows_read_at_once_are_the_per_page_pages(site: _Site, tmp_path: Path) -> None:
    """Lund (stated facts, derived ties with their reasons, quotes) and a few others."""
    others = [iri for iri in site.resources if iri in site.ties and iri in site.evidence]
    chosen = [LUND, *[iri for iri in others if iri != LUND][:4]]
    chosen.append(next(iri for iri in site.resources if iri not in site.ties))
    assert len(chosen) == 6 and LUND in site.ties
    new = {iri: _write_resource(site, iri, "../index.html") for iri in chosen}
    pages = {iri: files[0].read_bytes() for iri, files in new.items()}
    site.out = tmp_path
    saved = {panel: getattr(site, panel) for panel in _PANELS}
    try:
        for panel, query in _PANELS.items():
            setattr(site, panel, {iri: _as_read(_per_page(site, query, iri)) for iri in chosen})
        for iri in chosen:
            files = _write_resource(site, iri, "../index.html")
            assert files[0].read_bytes() == pages[iri], iri
            assert b"<tr" in pages[iri]
    finally:
        for panel, value in saved.items():
            setattr(site, panel, value)


#: The query that chose the resources with a page before (a test per typed node), kept as
#: the reference for the one that reads the documents' graphs once.
_RESOURCES_BEFORE = Q._PREFIXES + (
    "SELECT DISTINCT ?resource ?class WHERE {\n"
    "  ?resource a/rdfs:subClassOf* ?class .\n"
    "  FILTER EXISTS { GRAPH ?document { { ?resource ?p ?o } UNION { ?s ?q ?resource } }\n"
    "                  ?document a sam:SourceDocument }\n"
    "  VALUES ?class { org:Organization org:Post org:Membership sam:Initiative "
    "sam:Collaboration\n"
    "                  sam:Funding sam:SourceDocument }\n"
    "}\nORDER BY ?resource ?class"
)


def test_the_resources_with_a_page_are_those_chosen_before(site: _Site) -> None:
    before = site.run(_RESOURCES_BEFORE)
    now = site.run(Q.RESOURCES)
    assert len(now) > 100
    assert _rows(now) == _rows(before)


def test_bound_ties_keep_only_the_pairs_that_cooperate() -> None:
    # A membership stated without the tie it would give (a store not reasoned over): the
    # reasons alone (TIES_BRANCHES) have a row, TIES has none, and neither way of reading
    # the ties keeps it; with the tie stated, both give the membership as its reason.
    import pyoxigraph as ox

    from samverkan.namespaces import ORG, RDF, SAM
    from samverkan.site._site import select
    from samverkan.site._ties import tie_rows

    sam, org = str(SAM._NS), str(ORG)
    doc, m = ox.NamedNode(ID + "dokument/d"), ox.NamedNode(ID + "medlemskap/m")
    a, b = ox.NamedNode(ID + "org/a"), ox.NamedNode(ID + "org/b")
    store = ox.Store()
    store.add(ox.Quad(doc, ox.NamedNode(str(RDF.type)), ox.NamedNode(sam + "SourceDocument"), doc))
    store.add(ox.Quad(m, ox.NamedNode(org + "member"), a, doc))
    store.add(ox.Quad(m, ox.NamedNode(org + "organization"), b, doc))
    reasons = select(store, Q.restrict(Q.TIES_BRANCHES, [a.value]))[1]
    assert [r[:3] for r in reasons] == [(a.value, b.value, "member")]
    assert select(store, Q.restrict(Q.every_resource(Q.TIES), [a.value]))[1] == []
    assert tie_rows(store, select, [a.value])[1] == []
    assert tie_rows(store, select, None)[1] == []
    store.add(ox.Quad(a, ox.NamedNode(sam + "cooperatesWith"), b, doc))
    bound, whole = tie_rows(store, select, [a.value])[1], tie_rows(store, select, None)[1]
    assert ("member", m.value) in {(r[2], r[5]) for r in bound}
    assert bound == [r for r in whole if r[0] == a.value]


def test_ties_read_whole_keep_only_reasons_a_source_document_states() -> None:
    # The reasons for every resource are read without the document's type in SPARQL and
    # kept in Python where the graph is a source document: a membership and a tie in a
    # graph that is none (as the inferred graph) give no reason, as in TIES itself.
    import pyoxigraph as ox

    from samverkan.namespaces import ORG, RDF, SAM
    from samverkan.site._site import select
    from samverkan.site._ties import _key, tie_rows

    sam, org = str(SAM._NS), str(ORG)
    doc, other = ox.NamedNode(ID + "dokument/d"), ox.NamedNode(ID + "graf/annan")
    a, b, c = (ox.NamedNode(ID + f"org/{x}") for x in "abc")
    m, n = ox.NamedNode(ID + "medlemskap/m"), ox.NamedNode(ID + "medlemskap/n")
    member, organization = ox.NamedNode(org + "member"), ox.NamedNode(org + "organization")
    cooperates = ox.NamedNode(sam + "cooperatesWith")
    store = ox.Store()
    store.add(ox.Quad(doc, ox.NamedNode(str(RDF.type)), ox.NamedNode(sam + "SourceDocument"), doc))
    for q in [(m, member, a, doc), (m, organization, b, doc), (a, cooperates, b, other)]:
        store.add(ox.Quad(*q))
    for q in [(n, member, c, other), (n, organization, b, other), (c, cooperates, b, other)]:
        store.add(ox.Quad(*q))
    whole = tie_rows(store, select, None)[1]
    expected = select(store, Q.every_resource(Q.TIES))[1]
    assert whole == sorted(expected, key=_key)
    assert {(r[0], r[1], r[2]) for r in whole} == {
        (a.value, b.value, "member"),
        (b.value, a.value, "member"),
    }


def test_a_link_made_once_per_directory_is_the_link_from_each_page(site: _Site) -> None:
    """:meth:`Site.link` keeps each link by the page's directory: from every page, the
    address is the relative path to the target's page, and a resource without a page is
    its name."""
    import os
    import re

    iris = [*sorted(site.pages)[:40], "http://example.org/no-page"]
    heres = ["index.html", "org/a.html", "org/b.html", "kommun/1281/x.html", "kommun/y.html"]
    for _round in range(2):  # made, then kept
        for here in heres:
            for iri in iris:
                made = site.link(iri, here)
                if iri not in site.pages:
                    assert made == site.named(iri)
                    continue
                href = re.match(r'<a href="([^"]+)">', made)
                assert href, made
                expected = os.path.relpath(site.pages[iri], os.path.dirname(here) or ".")
                assert href.group(1) == expected.replace("&", "&amp;"), (iri, here)


def test_each_tie_has_the_same_reasons_seen_from_either_end(site: _Site) -> None:
    # A rebuild compares a large page's kept tie rows about a touched resource with that
    # resource's rows now, seen from the page's end (samverkan.site._incremental.mirrored):
    # for every tie of the project's build, the rows of one end, mirrored, are the rows of
    # the other end (where it has a page), co-member reasons (their memberships in the
    # other order) among them.
    from samverkan.site._incremental import mirrored

    by_pair: dict[tuple[str, str], set[tuple[Any, ...]]] = {}
    for iri, rows in site.ties.items():
        for row in rows:
            by_pair.setdefault((iri, row.other), set()).add(tuple(row))
    assert by_pair
    bases = set()
    pages = set(site.resources)
    for (a, b), rows in by_pair.items():
        if b not in pages:  # the other end has no page, nor rows
            continue
        assert {mirrored(row, a) for row in rows} == by_pair.get((b, a)), (a, b)
        bases |= {row[1] for row in rows}
    assert {"co-member", "member"} <= bases, bases
