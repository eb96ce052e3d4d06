"""Every view ``write_all`` makes of the built dataset, in a real headless Chromium.

The counts drawn are compared with ``manifest.json`` and the manifest with the projections
computed again here; screenshots of the main views go to tests/artifacts/ (and to docs/img/
with ``SAMVERKAN_UPDATE_DOCS_IMG=1``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_views_browser import counts, hover
from views_helpers import HOSTILE_IMG, HOSTILE_SCRIPT, screenshot

from samverkan.views import render_network, write_all
from samverkan.views._build import MANIFEST

pytestmark = pytest.mark.browser

MAIN_VIEWS = {"network.html", "funding.html", "timeline.html", "actors-initiatives.html"}


@pytest.fixture(scope="module")
def real_views(built: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("real") / "views"
    write_all(built, out)
    return out


def _manifest(out: Path) -> list[dict[str, Any]]:
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))["views"]


def test_manifest_matches_the_projections(built: Any, real_views: Path) -> None:
    from samverkan.network import projections

    entries = {e["file"]: e for e in _manifest(real_views)}
    assert set(entries) >= MAIN_VIEWS
    for name, G in [
        ("network.html", projections.collaboration(built)),
        ("funding.html", projections.funding(built)),
        ("actors-initiatives.html", projections.actor_initiative(built)),
    ]:
        assert (entries[name]["nodes"], entries[name]["edges"]) == (len(G), G.number_of_edges())
    assert any(name.startswith("ego-") for name in entries)
    years = entries["timeline.html"]["years"]
    for year, numbers in years.items():
        G = projections.collaboration(built, year=int(year))
        assert (numbers["nodes"], numbers["edges"]) == (len(G), G.number_of_edges())


def test_real_views_per_municipality(built: Any, real_views: Path) -> None:
    """One view per municipality, its part of the network by code and its partners: the
    joint project LIS (Burlöv 1231, Lomma 1262, Staffanstorp 1230) is in each of the three."""
    from samverkan.network import municipality_subgraph, projections

    C = projections.collaboration(built)
    manifest = json.loads((real_views / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["skipped"] == []  # the real build has something in every view
    egos = {e["file"]: e for e in manifest["views"] if e["file"].startswith("ego-")}
    codes = {c for _, c in C.nodes(data="municipality_code") if c}
    assert set(egos) == {f"ego-{code}.html" for code in codes}
    for code in codes:
        ego = municipality_subgraph(C, code)
        tied = {n for n in ego if ego.degree(n) > 0}
        entry = egos[f"ego-{code}.html"]
        assert (entry["nodes"], entry["edges"]) == (len(tied), ego.number_of_edges())
        # LIS is tied only to things of its three municipalities or of none
        assert ("initiativ/lis" in ego) == (code in {"1230", "1231", "1262"}), code
        page = (real_views / entry["file"]).read_text(encoding="utf-8")
        # an actor with no tie in the municipality's view is not drawn in it
        for node in ego:
            assert (f'"id":"{node}"' in page) == (node in tied), (code, node)
    lund = (real_views / "ego-1281.html").read_text(encoding="utf-8")
    assert "Lunds kommun" in lund and "samlad bostadsorganisation" not in lund
    for code in ("1230", "1231", "1262"):
        assert "initiativ/lis" in municipality_subgraph(C, code, partners=False)


def test_every_real_view_in_the_browser(visit, real_views: Path) -> None:
    for entry in _manifest(real_views):
        v = visit(real_views / entry["file"])
        assert counts(v) == [entry["nodes"], entry["edges"]] * 2, entry["file"]
        assert v.page.is_visible("#sv-legend")
        assert "Sektor" in v.eval("() => document.getElementById('sv-legend').textContent")
        if entry["kind"] == "timeline":
            for year in sorted(entry["years"], key=int):
                v.eval(f"() => samverkan.showYear({int(year)})")
                numbers = entry["years"][year]
                assert counts(v) == [numbers["nodes"], numbers["edges"]] * 2, year
        stem = Path(entry["file"]).stem
        screenshot(v, f"view-{stem}", docs=entry["file"] in MAIN_VIEWS)
        v.assert_clean()
        v.page.close()


def test_real_index_links_every_view(visit, real_views: Path) -> None:
    v = visit(real_views / "index.html", ready=False)
    links = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-views a:not(#sv-site)'))"
        ".map((a) => a.getAttribute('href'))"
    )
    assert sorted(links) == sorted(e["file"] for e in _manifest(real_views))
    site = v.eval("() => document.getElementById('sv-site').getAttribute('href')")
    assert site == "site/index.html" and (real_views / site).is_file()
    assert v.eval("() => document.querySelectorAll('#sv-measures tbody tr').length") > 0
    # the community column names each community by its anchor, linked to the anchor's page
    column = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-measures thead th'))"
        ".findIndex((th) => th.innerText.trim() === 'Gemenskap')"
    )
    assert column > 0
    cells = v.eval(
        f"() => Array.from(document.querySelectorAll('#sv-measures tbody tr'))"
        f".map((tr) => [tr.cells[0].innerText, tr.cells[{column}].innerText,"
        f" tr.cells[{column}].querySelector('a')?.getAttribute('href') || null])"
    )
    names = {name for name, _, _ in cells}
    assert all(community in names for _, community, _ in cells), cells[:5]
    linked = [href for _, _, href in cells if href]
    assert linked and all((real_views / href).is_file() for href in linked)
    screenshot(v, "view-index", docs=True)
    v.assert_clean()


def test_search_finds_a_real_swedish_label(visit, real_views: Path, built: Any) -> None:
    from samverkan.network import projections

    G = projections.collaboration(built)
    label = next(
        d["label"] for _, d in sorted(G.nodes(data=True)) if any(c in d["label"] for c in "åäöÅÄÖ")
    )
    v = visit(real_views / "network.html")
    v.page.fill("#sv-search", label.upper())
    found = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-results button'))"
        ".map((b) => b.textContent)"
    )
    assert label in found
    v.assert_clean()


def test_hostile_label_planted_in_the_real_projection(visit, built: Any, tmp_path: Path) -> None:
    from samverkan.network import projections

    G = projections.collaboration(built)
    target = max(G, key=G.degree)
    G.nodes[target]["label"] = HOSTILE_IMG
    G.nodes[target]["label_en"] = HOSTILE_SCRIPT
    u, w = next(iter(G.edges(target)))
    G.edges[u, w]["evidence"] = [{"document": HOSTILE_SCRIPT, "quote": HOSTILE_IMG}]
    path = render_network(G, tmp_path / "hostile.html", title=HOSTILE_SCRIPT)
    v = visit(path)
    assert v.eval("() => document.title") == HOSTILE_SCRIPT
    tip = hover(v, [target], HOSTILE_IMG)
    assert HOSTILE_IMG in tip["text"] and HOSTILE_SCRIPT in tip["text"]
    assert {"IMG", "SCRIPT"}.isdisjoint(tip["elements"])
    assert tip["pwned"] is None
    screenshot(v, "view-hostile-tooltip")
    v.assert_clean()


_NODE_VIEW = """(id) => {
  const n = samverkan.nodes.get(id);
  return {size: n.size, tip: n.title.textContent};
}"""


def test_a_municipality_view_reads_its_measures_beside_it(
    visit, built: Any, real_views: Path, tmp_path: Path
) -> None:
    """Lund's view holds its network alone; the size of each node (by betweenness) and the
    measures of its tooltip come from ego-1281.measures.js, which every build writes, so
    that an edit elsewhere in the country does not draw the page again. Copied without that
    file, the page says so and shows no measure."""
    from samverkan.network import measure_table, municipality_subgraph, projections
    from samverkan.views._format import fmt

    C = projections.collaboration(built)
    table = measure_table(C)
    ego = [n for n, d in municipality_subgraph(C, "1281").degree() if d > 0]
    entry = next(e for e in _manifest(real_views) if e["file"] == "ego-1281.html")
    assert entry["measures_file"] == "ego-1281.measures.js"
    assert (real_views / "ego-1281.measures.js").is_file()
    between = {n: float(table.loc[n, "betweenness"]) for n in ego}
    top, low = max(between, key=between.get), min(between, key=between.get)
    assert between[top] > between[low]

    v = visit(real_views / "ego-1281.html")
    shown = {n: v.eval(_NODE_VIEW, n) for n in (top, low)}
    # sized from the smallest betweenness of the view (9 px) to the largest (30 px)
    assert (shown[top]["size"], shown[low]["size"]) == (30, 9)
    assert f"Mellanhet{fmt(between[top])}" in shown[top]["tip"]
    assert shown[top]["tip"].endswith(top)  # the IRI stays the last row
    assert v.eval("() => document.getElementById('sv-measures-missing')") is None
    v.assert_clean()

    alone = tmp_path / "ego-1281.html"
    alone.write_bytes((real_views / "ego-1281.html").read_bytes())
    w = visit(alone)
    note = w.eval("() => document.getElementById('sv-measures-missing').innerText")
    assert "ego-1281.measures.js" in note and "saknas" in note
    bare = {n: w.eval(_NODE_VIEW, n) for n in (top, low)}
    assert bare[top]["size"] == bare[low]["size"]
    assert "Mellanhet" not in bare[top]["tip"] and bare[top]["tip"].endswith(top)
    assert w.errors == []


def test_measure_rows_made_once_are_those_each_view_makes() -> None:
    # A node's rows are kept (measures_beside's ``made``) by the node, the name its
    # community shows and its degree: a view without the community's anchor shows the
    # anchor's key, one with it its name, and a degree that sizes the nodes is the view's.
    import networkx as nx

    from samverkan.views._records import measures_beside

    columns = {
        "betweenness": {"a": 0.5, "b": 0.25, "k": 0.0},
        "community": {"a": "k", "b": "k", "k": "k"},
        "label": {"a": "A", "b": "B", "k": "Lunds kommun"},
    }
    views = [nx.path_graph(["a", "b", "k"]), nx.path_graph(["a", "b"]), nx.Graph([("a", "b")])]
    made: dict[tuple[Any, ...], list[list[str]]] = {}
    for size_by in ("betweenness", "degree", None):
        for G in views:
            shown = {name: {n: c[n] for n in G if n in c} for name, c in columns.items()}
            alone = measures_beside(G, shown, size_by)
            assert measures_beside(G, shown, size_by, made=made) == alone
    with_anchor = measures_beside(views[0], columns, "betweenness")["rows"]["a"]
    shown = {name: {n: c[n] for n in "ab"} for name, c in columns.items()}
    without = measures_beside(views[1], shown, "betweenness")["rows"]["a"]
    assert ["Gemenskap", "Lunds kommun"] in with_anchor
    assert ["Gemenskap", "k"] in without
