"""The resource pages and document readers of a real build (``OUT/views/site/``).

Checked from the files (every link resolves, the SPARQL shown reruns to the rows shown, each
derived tie of Lund is explained as the ``cooperation`` library query explains it, the
reader holds the document's text) and in a real headless Chromium (offline, no console
error, hostile labels shown as text, a click on a node opens its page, the language switch
changes every visible text).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pyoxigraph as ox
import pytest
from views_helpers import HOSTILE_IMG, HOSTILE_SCRIPT, screenshot

from samverkan.query import run_query
from samverkan.site import _queries as Q
from samverkan.site import write_site

pytestmark = pytest.mark.browser

ID = "https://w3id.org/samverkan/id/"
LUND = ID + "kommun/1281"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.pres: list[str] = []
        self._pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("href"):
            self.hrefs.append(str(a["href"]))
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "pre":
            self._pre = True
            self.pres.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._pre = False

    def handle_data(self, data: str) -> None:
        if self._pre:
            self.pres[-1] += data


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(build_dir: Path) -> Path:
    return build_dir / "views" / "site"


def test_every_link_of_every_page_resolves(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        parsed = _parse(page)
        for href in parsed.hrefs:
            assert not re.match(r"^[a-z]+:", href), (page, href)  # no request beyond file:
            target, _, fragment = href.partition("#")
            file = (page.parent / unquote(target)).resolve() if target else page
            assert file.is_file(), (page, href)
            if fragment and file.suffix == ".html":
                assert fragment in _parse(file).ids, (page, href)


def test_each_resource_has_its_data_as_turtle_and_json_ld(site: Path, built: Any) -> None:
    ttl = site / "kommun" / "1281.ttl"
    graph = ox.Store()
    graph.load(ttl.read_bytes(), format=ox.RdfFormat.TURTLE)
    expected = {
        (q.predicate, q.object)
        for q in built.quads_for_pattern(ox.NamedNode(LUND), None, None, None)
    }
    assert {(q.predicate, q.object) for q in graph} == expected
    graph = ox.Store()
    graph.load((site / "kommun" / "1281.jsonld").read_bytes(), format=ox.RdfFormat.JSON_LD)
    assert len(graph) == len(expected)


_MEASURE_ROWS = """() => Array.from(document.querySelectorAll('#measures tr')).map((tr) => [
  tr.cells[0].innerText, tr.cells[1].innerText,
  Array.from(tr.cells[1].querySelectorAll('a')).map((a) => a.href)])"""


def test_a_page_names_its_community_by_a_link_to_its_anchor(
    site: Path, built: Any, visit: Any, tmp_path: Path
) -> None:
    """The measure panel of Lund's page, filled in the browser from the file of measures
    beside the pages (written by every build, so that a change elsewhere in the network
    does not write the page again): betweenness as the measure table gives it to three
    digits, and the community as the anchor's name, linked to the anchor's page. Without
    that file the page says the measures are missing."""
    from samverkan.network import collaboration, measure_table
    from samverkan.views._format import fmt

    table = measure_table(collaboration(built))
    anchor = table.loc["kommun/1281", "community"]
    assert table.loc[anchor, "community"] == anchor
    page = site / "kommun" / "1281.html"
    assert "Mellanhet" not in page.read_text(encoding="utf-8")  # the values are not in it
    v = visit(page, ready=False)
    rows = {name: (value, links) for name, value, links in v.eval(_MEASURE_ROWS)}
    assert rows["Mellanhet"] == (fmt(table.loc["kommun/1281", "betweenness"]), [])
    name, links = rows["Gemenskap"]
    assert len(links) == 1
    target = Path(unquote(urlparse(links[0]).path)).resolve()
    assert target == (site / (anchor + ".html")).resolve() and target.is_file()
    assert str(table.loc[anchor, "label"]) in name
    assert v.eval("() => document.getElementById('sv-measures-missing')") is None
    v.assert_clean()

    alone = tmp_path / "kommun" / "1281.html"
    alone.parent.mkdir()
    alone.write_bytes(page.read_bytes())
    w = visit(alone, ready=False)
    assert w.eval(_MEASURE_ROWS) == []
    note = w.eval("() => document.getElementById('sv-measures-missing').innerText")
    assert "saknas" in note and "measures/" in note
    assert w.errors == []


def test_every_link_of_the_measures_resolves(site: Path) -> None:
    """The files of measures beside the pages: every page with a measure panel has its rows
    in the file it loads, and every link of a row (a community's anchor) is a page."""
    shards = {}
    for path in sorted((site / "measures").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        prefix = "window.svMeasures = "
        assert text.startswith(prefix) and text.endswith(";\n")
        shards[path.relative_to(site).as_posix()] = json.loads(text[len(prefix) : -2])
    assert len(shards) > 10
    panels = 0
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        found = re.search(r'data-key="([^"]+)" data-root="([^"]*)" data-file="', html)
        if not found:
            continue
        panels += 1
        key, root = found.groups()
        src = re.search(r'<script src="([^"]+)"></script></section>', html)
        assert src and src.group(1).startswith(root), page
        shard = shards[src.group(1)[len(root) :]]
        for measure, _sv, _en, link in shard["rows"][key]:
            assert measure in shard["terms"]
            assert link is None or (site / link).is_file(), (page, link)
    assert panels == sum(len(s["rows"]) for s in shards.values()) > 10


def test_the_query_shown_reruns_to_the_rows_shown(site: Path, built: Any) -> None:
    page = site / "kommun" / "1281.html"
    text = page.read_text(encoding="utf-8")
    shown = _parse(page).pres
    stated = next(q for q in shown if q.startswith("# title: Stated facts"))
    rows = run_query(built, stated, labels=False)
    assert f'Utsagda fakta</span><span class="en">Stated facts</span> ({len(rows)})' in text
    quotes = next(q for q in shown if q.startswith("# title: The exact words"))
    assert f"Quotes</span> ({len(run_query(built, quotes, labels=False))})" in text


def test_each_derived_tie_of_lund_is_explained(site: Path, built: Any) -> None:
    """Every partner the ``cooperation`` library query gives Lund appears with its reason."""
    page = (site / "kommun" / "1281.html").read_text(encoding="utf-8")
    derived = page[page.index('id="derived"') : page.index('id="quotes"')]
    library = run_query(built, "cooperation")
    mine = library[(library["a"] == LUND) | (library["b"] == LUND)]
    assert len(mine) > 5
    for row in mine.itertuples(index=False):
        other = row.bLabel if row.a == LUND else row.aLabel
        assert other.replace("&", "&amp;") in derived, other
    # the words behind a co-membership: both members of the action plan's network
    assert "båda medlemmar i" in derived and "both members of" in derived
    assert "<q>" in derived


def test_the_reader_holds_the_text_and_marks_every_quote(
    site: Path, built: Any, corpus_dir: Path, visit: Any
) -> None:
    key = "000_1c1bf7a317be8ad1"
    path = site / "text" / f"{key}.html"
    v = visit(path, ready=False)
    body = (corpus_dir / f"{key}.txt").read_bytes().decode("utf-8")
    assert v.eval("() => document.querySelector('.reader .text').textContent") == body
    spans = run_query(built, Q.ANNOTATIONS, labels=False)
    spans = spans[spans["document"] == ID + "dokument/" + key]
    marked = v.eval("() => Array.from(document.querySelectorAll('mark[id]')).map(m => m.id)")
    assert sorted(marked) == sorted(
        {f"q-{int(s)}-{int(e)}" for s, e in zip(spans["start"], spans["end"], strict=True)}
    )
    screenshot(v, "site-reader", docs=True)
    v.assert_clean()


def test_pages_open_offline_and_switch_language(site: Path, visit: Any) -> None:
    v = visit(site / "kommun" / "1281.html", ready=False)
    v.page.wait_for_function("() => window.samverkanLang")
    assert v.eval("() => document.querySelector('h1').innerText") == "Lunds kommun"
    sv_text = v.eval("() => document.body.innerText")
    screenshot(v, "site-lund", docs=True)
    v.page.click("#sv-lang")
    assert v.eval("() => document.documentElement.lang") == "en"
    assert v.eval("() => document.querySelector('h1').innerText") == "Lund Municipality"
    # every element of the other language is hidden, and every pair changed
    visible_sv = v.eval(
        "() => Array.from(document.querySelectorAll('.sv')).filter(e => e.offsetParent).length"
    )
    hidden_en = v.eval(
        "() => Array.from(document.querySelectorAll('.en'))"
        ".filter(e => !e.offsetParent && !e.closest('details, svg')).length"
    )
    assert (visible_sv, hidden_en) == (0, 0)
    en_text = v.eval("() => document.body.innerText")
    for word in (
        "Stated facts",
        "Derived facts",
        "Quotes",
        "Neighbours",
        "Betweenness",
        "member ←",
    ):
        assert word in en_text and word not in sv_text
    for word in ("Utsagda fakta", "Härledda fakta", "Citat", "Mellanhet", "medlem ←"):
        assert word in sv_text and word not in en_text
    v.assert_clean()
    # the choice follows the reader to the next page
    v.page.goto((site / "index.html").as_uri())
    assert v.eval("() => document.documentElement.lang") == "en"
    assert "All resources" in v.eval("() => document.body.innerText")
    v.page.click("#sv-lang")
    assert "Alla resurser" in v.eval("() => document.body.innerText")
    v.assert_clean()


def test_a_click_on_a_node_opens_its_page(build_dir: Path, visit: Any) -> None:
    v = visit(build_dir / "views" / "network.html")
    node = "kommun/1281"
    point = v.eval(
        "(id) => samverkan.network.canvasToDOM(samverkan.network.getPositions([id])[id])", node
    )
    box = v.eval("() => document.getElementById('sv-network').getBoundingClientRect().toJSON()")
    with v.page.expect_navigation():
        v.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert v.page.url.endswith("/views/site/kommun/1281.html")
    assert "Lunds kommun" in v.page.inner_text("h1")
    v.assert_clean()


def test_hostile_labels_are_shown_as_text(tmp_path: Path, visit: Any) -> None:
    from samverkan.network import example_store

    store = example_store()
    graph = next(g for g in store.named_graphs() if "/dokument/" in g.value)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.add(ox.Quad(ox.NamedNode(LUND), label, ox.Literal(HOSTILE_IMG, language="sv"), graph))
    store.add(ox.Quad(ox.NamedNode(LUND), label, ox.Literal(HOSTILE_SCRIPT, language="en"), graph))
    write_site(store, tmp_path)
    v = visit(tmp_path / "kommun" / "1281.html", ready=False)
    assert v.eval("() => document.querySelectorAll('img, main script').length") == 0
    assert HOSTILE_IMG in v.eval("() => document.body.innerText")
    v.page.click("#sv-lang")
    assert HOSTILE_SCRIPT in v.eval("() => document.body.innerText")
    v.assert_clean()


def _panel_rows(page: Path, panel: str) -> list[str]:
    """The table rows of a page's panel (its header row left out)."""
    html = page.read_text(encoding="utf-8")
    start = html.index(f'<section id="{panel}"')
    section = html[start : html.index("</section>", start)]
    return re.findall(r"<tr(?: class=\"derived\")?><td>.*?</tr>", section, re.S)


def test_a_panel_of_many_rows_lists_them_in_parts(
    built: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, visit: Any
) -> None:
    # A national actor's tens of thousands of derived rows took half a minute to open in
    # Chromium: past PART_ROWS, a panel's rows go on pages of their own beside the page.
    # Here PART_ROWS is 4, so that Lund's panels have parts: their rows, one part after
    # another, are the rows of the page written whole; every other page is the same file.
    from samverkan.site import _write_resource

    whole, split = tmp_path / "whole", tmp_path / "split"
    write_site(built, whole)
    # in the module that writes the pages (a doctest run may import its file again)
    monkeypatch.setitem(_write_resource.__globals__, "PART_ROWS", 4)
    write_site(built, split)
    lund = Path("kommun") / "1281.html"
    for panel in ("stated", "derived"):
        rows = _panel_rows(whole / lund, panel)
        parts = sorted(
            (split / "kommun").glob(f"1281.{panel}-*.html"),
            key=lambda p: int(p.stem.rsplit("-", 1)[1]),
        )
        assert len(rows) > 8 and len(parts) == -(-len(rows) // 4)
        assert [row for part in parts for row in _panel_rows(part, panel)] == rows
        assert _panel_rows(split / lund, panel) == []
        listed = _parse(split / lund).hrefs
        assert [p.name for p in parts] == [h for h in listed if f".{panel}-" in h]
    files = {p.relative_to(whole) for p in whole.rglob("*") if p.is_file()}
    added = {p.relative_to(split) for p in split.rglob("*") if p.is_file()} - files
    assert all(re.fullmatch(r"[^.]+\.(stated|derived)-\d+\.html", p.name) for p in added)
    with_parts = {p.with_name(p.name.split(".")[0] + ".html") for p in added}
    assert lund in with_parts
    assert {p for p in files if (whole / p).read_bytes() != (split / p).read_bytes()} == with_parts
    test_every_link_of_every_page_resolves(split)
    # in Chromium: a part opens offline with its rows, and its first link is Lund's panel
    v = visit(split / "kommun" / "1281.derived-2.html", ready=False)
    v.page.wait_for_function("() => window.samverkanLang")
    assert v.eval("() => document.querySelectorAll('#derived tr.derived').length") == 4
    sub = "() => [...document.querySelectorAll('.sub span')].map(e => e.textContent)"
    assert any("rader 5–8" in t for t in v.eval(sub)) and any("rows 5–8" in t for t in v.eval(sub))
    v.page.click("nav a")
    v.page.wait_for_url("**/1281.html#derived")
    assert v.eval("() => document.querySelector('h1').innerText") == "Lunds kommun"
    v.assert_clean()
