"""The overview a network gets above the threshold: one node per municipality.

The example dataset (12 actors; LIS belongs to three municipalities) is written with the
threshold lowered to 5 nodes, so that its collaboration, funding and actor-initiative
networks are drawn per municipality. The sizes and weights the pages show are checked
against counts made a second way, pair by pair, from the full network; a real headless
Chromium opens the overview, shows one node per municipality, requests nothing, and a
click on a municipality opens its view.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from samverkan.network import example_store, projections
from samverkan.views import write_all
from samverkan.views._build import MANIFEST
from samverkan.views._overview import NO_MUNICIPALITY, aggregate, level_for

THRESHOLD = 5


@pytest.fixture(scope="module")
def store() -> Any:
    return example_store()


@pytest.fixture(scope="module")
def views(store: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("overview") / "views"
    write_all(store, out, threshold=THRESHOLD)
    return out


def _payload(page: Path) -> dict[str, Any]:
    text = page.read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="sv-data">(.*?)</script>', text, re.S)
    assert found, page
    return json.loads(found.group(1))


def _row(tip: dict[str, Any], name: str) -> str:
    return next(row[1] for row in tip["rows"] if row[0] == name)


def _members(G: nx.Graph) -> dict[str, set[Any]]:
    """Each group's actors, the second way: the project's own municipality_nodes for each
    municipality, and the actors that belong to none."""
    codes = {str(c) for _, cs in G.nodes(data="municipality_codes") for c in cs or ()}
    groups = {code: projections.municipality_nodes(G, code) for code in codes}
    placed = set().union(*groups.values()) if groups else set()
    rest = {n for n in G if n not in placed}
    if rest:
        groups[NO_MUNICIPALITY] = rest
    return groups


def _ties_between(G: nx.Graph, a: set[Any], b: set[Any]) -> int:
    """Ties of ``G`` with one end in ``a`` and the other in ``b`` (either way round)."""
    return sum(1 for u, v in G.edges() if (u in a and v in b) or (u in b and v in a))


@pytest.mark.parametrize(
    ("file", "make"),
    [
        ("network.html", projections.collaboration),
        ("actors-initiatives.html", projections.actor_initiative),
    ],
)
def test_the_overview_counts_what_the_full_network_holds(
    views: Path, store: Any, file: str, make: Any
) -> None:
    G = make(store)
    assert len(G) > THRESHOLD
    payload = _payload(views / file)
    shown = {n["id"]: n for n in payload["nodes"]}
    groups = _members(G)
    assert set(shown) == set(groups)
    for key, members in groups.items():
        assert _row(shown[key]["tip"], "Aktörer") == str(len(members)), key
    weights = {
        frozenset((e["from"], e["to"])): int(_row(e["tip"], "Vikt")) for e in payload["edges"]
    }
    expected = {
        frozenset((a, b)): _ties_between(G, groups[a], groups[b])
        for a, b in combinations(sorted(groups), 2)
    }
    assert weights == {pair: w for pair, w in expected.items() if w}
    # the larger group is drawn no smaller
    by_size = sorted(shown.values(), key=lambda n: len(groups[n["id"]]))
    assert [n["size"] for n in by_size] == sorted(n["size"] for n in by_size)


def test_an_actor_of_several_municipalities_counts_in_each(store: Any) -> None:
    G = projections.collaboration(store)
    # LIS, the joint project of Burlöv, Lomma and Staffanstorp (as in the seed build)
    G.nodes["initiativ/lis"]["municipality_codes"] = ["1231", "1262", "1281"]
    A = aggregate(G)
    groups = _members(G)
    assert all("initiativ/lis" in groups[c] for c in ("1231", "1262", "1281"))
    assert {n: A.nodes[n]["actors"] for n in A} == {k: len(m) for k, m in groups.items()}
    expected = {
        frozenset((a, b)): _ties_between(G, groups[a], groups[b])
        for a, b in combinations(sorted(groups), 2)
    }
    got = {frozenset((a, b)): w for a, b, w in A.edges(data="weight")}
    assert got == {pair: w for pair, w in expected.items() if w}
    # a tie inside one municipality is no edge: it is counted with the municipality
    for key, members in groups.items():
        inside = sum(1 for u, v in G.edges() if u in members and v in members)
        assert A.nodes[key]["internal_ties"] == inside, key


def test_directed_ties_are_counted_from_funder_to_funded(store: Any) -> None:
    F = projections.funding(store)
    A = aggregate(F)
    groups = _members(F)
    for a in groups:
        for b in groups:
            ties = sum(1 for u, v in F.edges() if u in groups[a] and v in groups[b])
            if a != b:
                assert (A.edges[a, b]["weight"] if A.has_edge(a, b) else 0) == ties, (a, b)


def test_every_drill_down_link_opens_a_written_view(views: Path, store: Any) -> None:
    manifest = json.loads((views / MANIFEST).read_text(encoding="utf-8"))
    overviews = [e for e in manifest["views"] if e["kind"] == "overview"]
    assert {e["file"] for e in overviews} == {
        "network.html",
        "funding.html",
        "actors-initiatives.html",
    }
    linked = set()
    for entry in overviews:
        for node in _payload(views / entry["file"])["nodes"]:
            if "page" in node:
                assert (views / node["page"]).is_file(), node["page"]
                linked.add(node["page"])
    egos = {p.name for p in views.glob("ego-*.html")}
    assert egos and linked == egos
    # the municipality views stay actor by actor
    actors = set(projections.collaboration(store))
    for name in egos:
        assert {n["id"] for n in _payload(views / name)["nodes"]} <= actors


def test_the_index_says_which_drawings_are_left_out_and_why(views: Path) -> None:
    manifest = json.loads((views / MANIFEST).read_text(encoding="utf-8"))
    left_out = {e["file"]: e["reason"] for e in manifest["skipped"]}
    assert "network.html (detail)" in left_out
    assert f"more than {THRESHOLD}" in left_out["network.html (detail)"]
    index = (views / "index.html").read_text(encoding="utf-8")
    assert "Samverkan: hela nätverket: varje aktör" in index
    assert f"12 nodes, more than {THRESHOLD}" in index


def test_the_timeline_is_aggregated_year_by_year(views: Path, store: Any) -> None:
    payload = _payload(views / "timeline.html")
    for snapshot in payload["snapshots"]:
        G = projections.collaboration(store, year=snapshot["year"])
        assert {n["id"] for n in snapshot["nodes"]} == set(_members(G))


def test_below_the_threshold_nothing_is_aggregated(store: Any) -> None:
    C = projections.collaboration(store)
    assert level_for(C) is None
    assert level_for(C, threshold=len(C)) is None
    assert level_for(C, threshold=len(C) - 1) == "municipality"
    # more municipalities than the threshold: per county (the first two digits)
    assert level_for(C, threshold=2) == "county"
    counties = aggregate(C, level="county")
    assert set(counties) == {"12", NO_MUNICIPALITY}
    assert counties.nodes["12"]["actors"] == len(_members(C)["1281"] | _members(C)["1262"]
                                                 | _members(C)["1231"])


@pytest.mark.browser
def test_chromium_draws_one_node_per_municipality(views: Path, visit: Any) -> None:
    v = visit(views / "network.html")
    shown = v.page.evaluate(
        "() => window.samverkan.nodes.get().map(n => [n.id, n.fullLabel || n.label])"
    )
    payload = _payload(views / "network.html")
    assert sorted(map(tuple, shown)) == sorted((n["id"], n["label"]) for n in payload["nodes"])
    assert ("1281", "Lunds kommun") in {tuple(s) for s in shown}
    # placed by Python, physics off: what the browser draws is where the build put it
    positions = v.page.evaluate("() => window.samverkan.network.getPositions()")
    for node in payload["nodes"]:
        at = positions[node["id"]]  # getPositions rounds to whole pixels
        assert abs(at["x"] - node["x"]) <= 1 and abs(at["y"] - node["y"]) <= 1
    v.assert_clean()
    own = [u for u in v.requests if not u.startswith("data:")]
    assert own == [(views / "network.html").resolve().as_uri()]
    # a click on Lund opens Lund's view
    point = v.page.evaluate(
        "() => window.samverkan.network.canvasToDOM("
        "window.samverkan.network.getPositions(['1281'])['1281'])"
    )
    box = v.page.locator("#sv-network").bounding_box()
    v.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    v.page.wait_for_url(re.compile(r".*/ego-1281\.html$"), timeout=20_000)


def test_a_long_measure_table_shows_its_first_rows_and_links_the_whole(tmp_path: Path) -> None:
    import pandas as pd

    from samverkan.views import index_html

    table = pd.DataFrame(
        {"label": ["Åre kommun", "Malmö stad", "Lunds kommun"], "betweenness": [0.5, 0.2, 0.1]},
        index=["a", "b", "c"],
    )
    page = index_html(tmp_path, [], table, rows=2, whole="measures.csv")
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr>") == 2 and "Lunds kommun" not in body
    assert "De 2 första av 3" in page and 'href="measures.csv"' in page
    assert index_html(tmp_path, [], table, rows=3).count("<tr>") == 4  # heading and 3 rows


def test_a_tie_with_many_quotes_shows_eight_and_says_how_many() -> None:
    from samverkan.views._records import edge_tip

    evidence = [{"document": f"d{i}", "quote": f"citat {i}"} for i in range(20)]
    tip = edge_tip("A", "B", False, {"documents": [f"d{i}" for i in range(20)],
                                     "evidence": evidence})
    assert [q["quote"] for q in tip["quotes"]] == [f"citat {i}" for i in range(8)]
    assert ["Citat", "8 av 20", "8 of 20"] in tip["rows"]
    assert ["Dokument", "d0, d1, d2, d3, d4, d5, d6, d7 … (+12)"] in tip["rows"]
    few = edge_tip("A", "B", False, {"documents": ["d0"], "evidence": evidence[:8]})
    assert len(few["quotes"]) == 8 and [r[0] for r in few["rows"]] == ["Dokument"]
