"""The views of a real build as a researcher reads them at 1400×900, in a real Chromium.

No two labels drawn overlap (checked on the label boxes vis-network computed when it drew
them, mapped to the screen), the legend lies beside the drawing, the language switch changes
the labels, the legend and the controls, search folds case and accents, and a tie's
tooltip says why it exists, naming documents by title.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from views_helpers import screenshot

pytestmark = pytest.mark.browser

#: The label boxes vis-network drew (its own measurement), in page coordinates, of the
#: labelled nodes on screen (vis-network does not draw, nor measure again, those off it).
LABEL_BOXES = """() => {
  const net = samverkan.network, body = net.body, out = [];
  const frame = document.getElementById('sv-network').getBoundingClientRect();
  for (const id of body.nodeIndices) {
    const n = body.nodes[id];
    if (!n.options.label || n.options.hidden) continue;
    const at = net.canvasToDOM({x: n.x, y: n.y});
    if (at.x < 0 || at.y < 0 || at.x > frame.width || at.y > frame.height) continue;
    const s = n.labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top});
    const b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    out.push({id: String(id), label: n.options.label, x0: a.x, y0: a.y, x1: b.x, y1: b.y});
  }
  return out;
}"""


def _overlaps(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (a["label"], b["label"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]
    ]


@pytest.fixture
def big(browser: Any):
    pages = []

    def open_(path: Path) -> Any:
        from views_helpers import Visit

        page = browser.new_page(viewport={"width": 1400, "height": 900})
        pages.append(page)
        v = Visit(page)
        page.on("request", lambda r: v.requests.append(r.url))
        page.on("console", lambda m: v.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: v.errors.append(str(e)))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => window.samverkan && window.samverkan.ready")
        page.wait_for_timeout(300)  # the labels are drawn once more after the first frame
        return v

    yield open_
    for page in pages:
        page.close()


@pytest.mark.parametrize("name", ["network", "actors-initiatives"])
def test_no_two_labels_overlap_at_1400_by_900(big: Any, build_dir: Path, name: str) -> None:
    v = big(build_dir / "views" / f"{name}.html")
    boxes = v.eval(LABEL_BOXES)
    total = v.eval("() => samverkan.nodes.length")
    assert len(boxes) >= total // 3, (len(boxes), total)  # most names stay readable
    assert _overlaps(boxes) == []
    # isolates lie apart, in a band below every tied node, each with its label shown
    tied = v.eval(
        """() => { const ids = new Set();
                   samverkan.edges.get().forEach((e) => { ids.add(String(e.from));
                                                          ids.add(String(e.to)); });
                   return Array.from(ids); }"""
    )
    pos = v.eval("() => samverkan.network.getPositions()")
    isolates = set(pos) - set(tied)
    assert isolates, name  # the real build has isolates in both views
    assert isolates <= {b["id"] for b in boxes}
    assert min(pos[n]["y"] for n in isolates) > max(pos[n]["y"] for n in tied)
    legend = v.eval("() => document.getElementById('sv-legend').getBoundingClientRect().toJSON()")
    canvas = v.eval("() => document.getElementById('sv-network').getBoundingClientRect().toJSON()")
    assert canvas["right"] <= legend["left"]  # the legend lies beside the drawing
    screenshot(v, f"readable-{name}", docs=True)
    # zooming in makes room: more labels, still none over another
    v.eval(
        "() => { samverkan.network.moveTo({scale: samverkan.network.getScale() * 2}); "
        "samverkan.declutter(); samverkan.network.redraw(); }"
    )
    v.page.wait_for_timeout(300)
    closer = v.eval(LABEL_BOXES)
    assert closer and _overlaps(closer) == []
    v.assert_clean()


def test_the_language_switch_changes_the_view(big: Any, build_dir: Path) -> None:
    v = big(build_dir / "views" / "network.html")
    before = v.eval("() => document.body.innerText")
    lund = v.eval("() => samverkan.nodes.get('kommun/1281').fullLabel")
    assert lund == "Lunds kommun"
    v.page.click("#sv-lang")
    after = v.eval("() => document.body.innerText")
    assert v.eval("() => samverkan.nodes.get('kommun/1281').fullLabel") == "Lund Municipality"
    for sv, en in [
        ("Teckenförklaring", "Legend"),
        ("Sektor (färg)", "Sector (colour)"),
        ("Alla sektorer", "All sectors"),
        ("aktörer visas", "actors shown"),
        ("Storlek: Mellanhet", "Size: Betweenness"),
        ("Alla vyer", "All views"),
    ]:
        assert sv in before and en not in before, sv
        assert en in after and sv not in after, en
    assert v.eval("() => document.getElementById('sv-search').placeholder").startswith("actor")
    screenshot(v, "view-network-en", docs=True)
    v.assert_clean()


def test_search_folds_case_and_accents_and_finds_holders(big: Any, build_dir: Path) -> None:
    v = big(build_dir / "views" / "network.html")
    found = v.eval("() => samverkan.search('oar utan')")
    assert "initiativ/oar-utan-granser" in found
    assert "org/europeiska-socialfonden" in v.eval("() => samverkan.search('esf')")
    holders = v.eval(
        "() => samverkan.nodes.get().flatMap(n => n.tip.rows)"
        ".filter(r => r[0] === 'Innehavare').map(r => r[1])"
    )
    assert holders, "no post holder in the network"
    assert v.eval(f"() => samverkan.search({holders[0].upper()!r})")
    v.assert_clean()


def test_a_tie_says_why_it_exists_and_names_documents_by_title(big: Any, build_dir: Path) -> None:
    v = big(build_dir / "views" / "network.html")
    rows = v.eval("() => samverkan.edges.get().flatMap(e => e.tip.rows)")
    why = [r for r in rows if r[0] == "Varför"]
    assert any(r[1].startswith("båda medlemmar i Öar utan gränser") for r in why)
    assert any(r[2].startswith("both members of") for r in why)
    documents = [r[1] for r in rows if r[0] == "Dokument"]
    assert documents and not any("000_1c1bf7a317be8ad1" in d for d in documents)
    quotes = v.eval("() => samverkan.nodes.get().filter(n => n.tip.quotes.length).length")
    assert quotes > 25  # nodes carry the quotes about them
    v.assert_clean()


def test_from_the_index_an_actor_is_one_click_away_in_either_language(
    big: Any, build_dir: Path
) -> None:
    from views_helpers import Visit

    v = Visit(big(build_dir / "views" / "network.html").page)
    v.page.on("request", lambda r: v.requests.append(r.url))
    v.page.on("pageerror", lambda e: v.errors.append(str(e)))
    v.page.goto((build_dir / "views" / "index.html").resolve().as_uri())
    v.page.click("#sv-lang")
    text = v.eval("() => document.body.innerText")
    assert "Measures per actor" in text and "Betweenness" in text and "Mellanhet" not in text
    hidden = v.eval(
        "() => Array.from(document.querySelectorAll('.sv')).filter(e => e.offsetParent).length"
    )
    assert hidden == 0
    with v.page.expect_navigation():
        v.page.click("#sv-measures a:text-is('Lunds kommun')")
    assert v.page.url.endswith("/views/site/kommun/1281.html")
    assert v.eval("() => document.querySelector('h1').innerText") == "Lund Municipality"
    assert "both members of" in v.eval("() => document.getElementById('derived').innerText")
    v.assert_clean()


def test_a_joint_project_shows_under_each_of_its_municipalities(big: Any, build_dir: Path) -> None:
    """LIS (Burlöv, Lomma, Staffanstorp) stays visible whichever of the three is chosen,
    and its tooltip names all three."""
    from test_views_browser import hover

    v = big(build_dir / "views" / "network.html")
    lis = "initiativ/lis"
    names = v.eval(f"() => samverkan.nodes.get({lis!r}).municipalities")
    assert sorted(names) == ["Burlövs kommun", "Lomma kommun", "Staffanstorps kommun"]
    label = v.eval(f"() => samverkan.nodes.get({lis!r}).label")
    tip = hover(v, [lis], label)
    assert "KommunerBurlövs kommun, Lomma kommun, Staffanstorps kommun" in tip["text"]
    for name in names:
        v.page.select_option("#sv-municipality", label=name)
        assert v.eval(f"() => samverkan.nodes.get({lis!r}).hidden") is False, name
    v.page.select_option("#sv-municipality", label="Lunds kommun")
    assert v.eval(f"() => samverkan.nodes.get({lis!r}).hidden") is True
    v.assert_clean()


def test_the_measure_table_fits_the_page_at_1400(browser: Any, build_dir: Path) -> None:
    """The index's measure table, wider than the page, scrolls inside it: the page itself
    does not scroll sideways, and the actor column stays in view while the table scrolls."""
    from views_helpers import Visit

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    v = Visit(page)
    page.on("pageerror", lambda e: v.errors.append(str(e)))
    page.on("console", lambda m: v.console.append((m.type, m.text)))
    page.goto((build_dir / "views" / "index.html").resolve().as_uri())
    sizes = v.eval(
        """() => { const w = document.getElementById('sv-measures-wrap');
                   const t = document.getElementById('sv-measures');
                   return {page: document.documentElement.scrollWidth,
                           view: document.documentElement.clientWidth,
                           wrap: w.getBoundingClientRect().right,
                           table: t.getBoundingClientRect().width,
                           inner: w.clientWidth}; }"""
    )
    assert sizes["page"] <= sizes["view"] == 1400, sizes
    # actor types by their Swedish names on the Swedish page, not their class names
    lund = v.eval(
        """() => Array.from(document.querySelectorAll('#sv-measures tbody tr'))
                 .find((r) => r.cells[0].innerText === 'Lunds kommun').cells[1].innerText"""
    )
    assert lund == "Kommun"
    assert sizes["wrap"] <= 1400
    assert sizes["table"] > sizes["inner"]  # there is more to see: the box scrolls
    before = v.eval(
        "() => document.querySelector('#sv-measures tbody td').getBoundingClientRect().left"
    )
    v.eval("() => { const w = document.getElementById('sv-measures-wrap'); w.scrollLeft = 10000; }")
    after = v.eval(
        """() => { const w = document.getElementById('sv-measures-wrap');
                   const c = document.querySelector('#sv-measures tbody td');
                   const last = document.querySelector('#sv-measures tbody td:last-child');
                   return {scrolled: w.scrollLeft, left: c.getBoundingClientRect().left,
                           last: last.getBoundingClientRect().right,
                           right: w.getBoundingClientRect().right}; }"""
    )
    assert after["scrolled"] > 0
    assert abs(after["left"] - before) < 1  # the actor column stays put
    assert after["last"] <= after["right"] + 1  # the last column came into view
    screenshot(v, "index-table")
    v.assert_clean()
    page.close()
