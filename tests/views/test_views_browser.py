"""The views in a real headless Chromium, opened from file:// with no network.

For every view: no request leaves the page (only file: and data: URLs), no console error,
the nodes and edges drawn are those of the graph, the legend is there, and the hostile
strings planted in the graph (tests/views/views_helpers.py) are shown as text and run
nothing, also when their tooltip opens under the mouse.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from views_helpers import (
    HOSTILE_HREF,
    HOSTILE_IMG,
    HOSTILE_NODE,
    HOSTILE_SCRIPT,
    ID,
    Visit,
    bipartite_graph,
    collaboration_graph,
    funding_graph,
    screenshot,
    snapshots,
)

from samverkan.views import (
    municipality_subgraph,
    render_network,
    render_timeline,
    write_index,
)

pytestmark = pytest.mark.browser

TOOLTIP_VISIBLE = """(parts) => {
  const t = document.querySelector('div.vis-tooltip');
  const h = t && t.querySelector('.sv-tip-heading');
  return t !== null && t.style.visibility === 'visible' && h !== null
    && parts.every((part) => h.textContent.includes(part));
}"""


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Any]]:
    """Every kind of view, rendered from the hand-made graphs."""
    out = tmp_path_factory.mktemp("views")
    C = collaboration_graph()
    made = {
        "network": (
            render_network(
                C, out / "network.html", title="Samverkan – hela nätverket", back_href="index.html"
            ),
            C,
        ),
        "funding": (
            render_network(funding_graph(), out / "funding.html", title="Finansieringsflöden"),
            funding_graph(),
        ),
        "ego": (
            render_network(
                municipality_subgraph(C, "1280"), out / "ego-malmo.html", title="Malmö stad"
            ),
            municipality_subgraph(C, "1280"),
        ),
        "bipartite": (
            render_network(
                bipartite_graph(), out / "bipartite.html", title="Aktörer och initiativ"
            ),
            bipartite_graph(),
        ),
        "timeline": (
            render_timeline(snapshots(), out / "timeline.html", title="Nätverket år för år"),
            snapshots(),
        ),
    }
    table = {n: {"label": d["label"], "degree": C.degree(n)} for n, d in C.nodes(data=True)}
    import pandas as pd

    frame = pd.DataFrame.from_dict(table, orient="index")
    links = [(title, path.name) for title, (path, _) in made.items()]
    made["index"] = (write_index(out, links, frame), frame)
    return made


def counts(v: Visit) -> list[int]:
    """Nodes and edges in the page's vis DataSets, and those the network body draws."""
    return v.eval(
        """() => {
          const body = samverkan.network.body;
          return [samverkan.nodes.length, samverkan.edges.length,
                  body.nodeIndices.length, body.edgeIndices.length];
        }"""
    )


def screen_point(v: Visit, node_ids: list[str]) -> tuple[float, float]:
    """Centre the view on the mean position of ``node_ids``; return that point on screen."""
    return tuple(
        v.eval(
            """(ids) => {
              const net = samverkan.network;
              const pos = net.getPositions(ids);
              const p = {x: 0, y: 0};
              ids.forEach((id) => {
                p.x += pos[id].x / ids.length;
                p.y += pos[id].y / ids.length;
              });
              net.moveTo({position: p, scale: 1.5, animation: false});
              const d = net.canvasToDOM(p);
              const r = document.querySelector('#sv-network canvas').getBoundingClientRect();
              return [r.left + d.x, r.top + d.y];
            }""",
            node_ids,
        )
    )


def hover(v: Visit, node_ids: list[str], *heading: str) -> dict[str, Any]:
    """Rest the mouse on a node (one id) or an edge's midpoint (two ids) until the tooltip
    whose heading contains every string of ``heading`` opens; return its text and elements."""
    x, y = screen_point(v, node_ids)
    v.page.mouse.move(x, y + 2)
    v.page.mouse.move(x, y, steps=2)
    v.page.wait_for_function(TOOLTIP_VISIBLE, arg=list(heading), timeout=5_000)
    v.page.wait_for_timeout(200)  # an onerror handler would have fired by now
    return v.eval(
        """() => {
          const t = document.querySelector('div.vis-tooltip');
          return {text: t.textContent,
                  elements: Array.from(t.querySelectorAll('*')).map((e) => e.tagName),
                  pwned: window.__pwned === undefined ? null : window.__pwned};
        }"""
    )


@pytest.mark.parametrize("name", ["network", "funding", "ego", "bipartite", "timeline"])
def test_view_is_offline_complete_and_has_a_legend(visit, views, name: str) -> None:
    path, graph = views[name]
    v = visit(path)
    if name == "timeline":
        # the year view opens on the richest year (most nodes, then ties)
        first = graph[max(graph, key=lambda y: (len(graph[y]), graph[y].number_of_edges(), y))]
        expected = [len(first), first.number_of_edges()]
    else:
        expected = [len(graph), graph.number_of_edges()]
    assert counts(v) == expected * 2
    legend = v.eval("() => document.getElementById('sv-legend').innerText")
    assert "Sektor" in legend and "Aktörstyp" in legend and "Relation" in legend
    assert v.page.is_visible("#sv-legend")
    screenshot(v, f"handmade-{name}")
    v.assert_clean()


def test_every_drawn_node_carries_its_label_and_sector(visit, views) -> None:
    path, G = views["network"]
    v = visit(path)
    drawn = v.eval("() => samverkan.nodes.get().map((n) => [n.id, n.fullLabel, n.sector])")
    assert sorted(drawn) == sorted([n, d["label"], d["sector"]] for n, d in G.nodes(data=True))
    v.assert_clean()


def test_hostile_strings_are_text_when_the_page_loads(visit, views) -> None:
    v = visit(views["network"][0])
    page = v.eval(
        """() => ({
          imgs: document.querySelectorAll('img').length,
          scripts: document.querySelectorAll('script').length,
          anchors: Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href')),
          label: samverkan.nodes.get(%r).fullLabel,
          municipalities: Array.from(document.querySelectorAll('#sv-municipality option'))
                               .map((o) => o.textContent),
          legend: document.getElementById('sv-legend').textContent,
        })""".replace("%r", repr(HOSTILE_NODE))
    )
    assert page["imgs"] == 0
    assert page["scripts"] == 4  # data, vis-network, views.js, lang.js: nothing planted
    assert page["anchors"] == ["index.html"]
    assert page["label"] == HOSTILE_IMG
    assert "Malmö stad" in page["municipalities"]
    v.assert_clean()


def test_hostile_node_tooltip_is_text_and_runs_nothing(visit, views) -> None:
    v = visit(views["network"][0])
    tip = hover(v, [HOSTILE_NODE], HOSTILE_IMG)
    assert HOSTILE_IMG in tip["text"]
    assert HOSTILE_SCRIPT in tip["text"]  # English label and document name
    assert HOSTILE_HREF in tip["text"]  # sector label: contains href, still text
    assert {"IMG", "SCRIPT", "A"}.isdisjoint(tip["elements"])
    assert tip["pwned"] is None
    screenshot(v, "handmade-hostile-tooltip")
    v.assert_clean()


def test_hostile_edge_quote_is_text_and_runs_nothing(visit, views) -> None:
    v = visit(views["network"][0])
    tip = hover(v, [HOSTILE_NODE, ID + "kommun/1280"], HOSTILE_IMG, " – ", "Malmö stad")
    assert HOSTILE_SCRIPT + " " + HOSTILE_IMG in tip["text"]
    assert "Medlemskap" in tip["text"]
    assert {"IMG", "SCRIPT", "A"}.isdisjoint(tip["elements"])
    assert tip["pwned"] is None
    v.assert_clean()


def test_funding_edge_tooltip_names_scheme_and_period(visit, views) -> None:
    v = visit(views["funding"][0])
    v.eval("() => samverkan.network.setOptions({edges: {smooth: false}})")
    tip = hover(v, [ID + "esf", ID + "projekt/aterstart"], "Europeiska socialfonden")
    assert "ESF" in tip["text"] and "2017-01–2019-12" in tip["text"]
    assert "Europeiska socialfonden → Projekt Återstart" in tip["text"]
    v.assert_clean()


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("malmö", "Malmö stad"),
        ("ÄLVÅKER", "Vänföreningen Älvåker"),
        (unicodedata.normalize("NFD", "Söderhamns"), "Söderhamns kommun"),
        ("återstart", "Projekt Återstart"),
        ("city of malm", "Malmö stad"),  # the English label is searched too
    ],
)
def test_search_box_finds_swedish_letters(visit, views, query: str, label: str) -> None:
    v = visit(views["network"][0])
    v.page.fill("#sv-search", query)
    results = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-results button'))"
        ".map((b) => b.textContent)"
    )
    assert label in results
    v.page.press("#sv-search", "Enter")
    selected = v.eval(
        "() => samverkan.network.getSelectedNodes().map((id) => samverkan.nodes.get(id).label)"
    )
    assert label in selected
    v.assert_clean()


def test_filters_by_sector_and_municipality(visit, views) -> None:
    path, G = views["network"]
    v = visit(path)
    v.page.select_option("#sv-sector", "civilsamhalle")
    civil = [n for n, d in G.nodes(data=True) if d["sector"] == "civilsamhalle"]
    assert counts(v)[2] == len(civil)
    v.page.select_option("#sv-sector", "")
    v.page.select_option("#sv-municipality", "Söderhamns kommun")
    soder = {n for n, d in G.nodes(data=True) if d["municipality"] == "Söderhamns kommun"}
    shown = v.eval("() => samverkan.nodes.get({filter: (n) => !n.hidden}).map((n) => n.id)")
    assert set(shown) == soder
    assert counts(v)[3] == G.subgraph(soder).number_of_edges()
    status = v.eval("() => document.getElementById('sv-status').textContent")
    assert status == f"{len(soder)} av {len(G)} aktörer visas"
    v.assert_clean()


def test_timeline_steps_through_every_year(visit, views) -> None:
    path, snaps = views["timeline"]
    v = visit(path)
    years = sorted(snaps)
    richest = max(years, key=lambda y: (len(snaps[y]), snaps[y].number_of_edges(), y))
    assert v.eval("() => document.getElementById('sv-year-label').textContent") == str(richest)
    assert "2019" in v.eval("() => document.getElementById('sv-yearrule').innerText")
    v.eval(f"() => samverkan.showYear({years[0]})")
    for i, year in enumerate(years):
        if i:
            v.page.click("#sv-next")
        assert v.eval("() => document.getElementById('sv-year-label').textContent") == str(year)
        assert counts(v) == [len(snaps[year]), snaps[year].number_of_edges()] * 2
    v.page.click("#sv-prev")
    assert counts(v)[:2] == [len(snaps[years[-2]]), snaps[years[-2]].number_of_edges()]
    # a node keeps its place from one year to the next
    node = sorted(snaps[years[0]])[0]
    where = f"() => samverkan.network.getPositions([{node!r}])"
    late = v.eval(where)
    assert v.eval(f"() => samverkan.showYear({years[0]})") is True
    assert v.eval(where) == late
    screenshot(v, "handmade-timeline-first-year")
    v.assert_clean()


def test_index_links_every_view_and_shows_the_table(visit, views) -> None:
    path, frame = views["index"]
    v = visit(path, ready=False)
    links = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-views a'))"
        ".map((a) => a.getAttribute('href'))"
    )
    assert sorted(links) == sorted(p.name for name, (p, _) in views.items() if name != "index")
    assert all((path.parent / link).is_file() for link in links)
    rows = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-measures tbody tr'))"
        ".map((r) => r.cells[0].textContent)"
    )
    assert len(rows) == len(frame)
    assert HOSTILE_IMG in rows
    assert v.eval("() => document.querySelectorAll('img').length") == 0
    headers = v.eval(
        "() => Array.from(document.querySelectorAll('#sv-measures th')).map((h) => h.innerText)"
    )
    # headings in the interface's language (Swedish first), never raw keys
    assert headers[0] == "Aktör" and headers[-1] == "IRI"
    assert "degree" not in headers and "betweenness" not in headers
    column = headers.index("Grad")
    button = f"#sv-measures th:nth-child({column + 1}) button"
    v.page.click(button)
    v.page.click(button)  # degree, descending then ascending
    first = v.eval(
        f"() => document.querySelector('#sv-measures tbody tr').cells[{column}].dataset.sort"
    )
    assert float(first) == min(frame["degree"])
    screenshot(v, "handmade-index")
    v.assert_clean()


def test_a_large_graph_is_laid_out_in_python(visit, tmp_path: Path) -> None:
    """Above networkx's 500-node limit for its numpy layout: our own, physics off."""
    G = nx.barabasi_albert_graph(600, 2, seed=1)
    nx.set_node_attributes(G, "kommunal", "sector")
    path = render_network(G, tmp_path / "large.html", title="Stort nätverk")
    assert path.read_text(encoding="utf-8").count('"x":') == 600
    v = visit(path)
    assert counts(v) == [600, G.number_of_edges()] * 2
    assert v.eval("() => samverkan.network.physics.physicsEnabled") is False
    v.assert_clean()


@pytest.mark.parametrize("timeline", [False, True])
def test_a_very_large_graph_is_laid_out_in_python_too(
    visit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, timeline: bool
) -> None:
    """Beyond the dense layout's limit (lowered here to keep the test fast), igraph's grid
    layout places every node at build time: the browser only draws, physics off."""
    from samverkan.views import _layout

    monkeypatch.setattr(_layout, "MAX_PYTHON_LAYOUT", 100)
    G = nx.barabasi_albert_graph(300, 2, seed=1)
    if timeline:
        snaps = {2020: G.subgraph(range(150)).copy(), 2021: G}
        path = render_timeline(snaps, tmp_path / "t.html", title="Stort")
        again = render_timeline(snaps, tmp_path / "t2.html", title="Stort")
    else:
        path = render_network(G, tmp_path / "g.html", title="Stort")
        again = render_network(G, tmp_path / "g2.html", title="Stort")
    assert path.read_bytes() == again.read_bytes()
    placed = path.read_text(encoding="utf-8").count('"x":')
    assert placed == (150 + len(G) if timeline else len(G))
    assert '"physics":{"enabled":false}' in path.read_text(encoding="utf-8")
    v = visit(path)
    assert counts(v) == [len(G), G.number_of_edges()] * 2  # a timeline opens on its richest year
    assert v.eval("() => samverkan.network.physics.physicsEnabled") is False
    if timeline:
        v.eval("() => samverkan.showYear(2020)")
        where = "() => samverkan.network.getPositions([7])[7]"
        before = v.eval(where)
        v.page.click("#sv-next")
        assert counts(v)[:2] == [len(G), G.number_of_edges()]
        assert v.eval(where) == before
    v.assert_clean()
