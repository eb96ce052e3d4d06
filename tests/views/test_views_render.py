"""The HTML the views write, checked without a browser: offline, escaped, deterministic."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from views_helpers import (
    HOSTILE_HREF,
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    collaboration_graph,
    funding_graph,
    snapshots,
)

from samverkan.errors import SamverkanError
from samverkan.views import (
    display,
    municipality_subgraph,
    network_html,
    render_network,
    timeline_html,
    write_all,
    write_index,
)


def _payload(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="sv-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def _pages() -> list[str]:
    C = collaboration_graph()
    return [
        network_html(C, title=HOSTILE_SCRIPT),
        network_html(funding_graph(), title="Finansiering"),
        timeline_html(snapshots(), title="År"),
    ]


def test_import_is_cheap() -> None:
    """Importing samverkan.views loads neither pyvis, networkx nor pandas."""
    import subprocess

    code = (
        "import sys, samverkan.views; "
        "print(sorted(m for m in ('pyvis', 'networkx', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("page", _pages())
def test_page_asks_for_nothing_outside_itself(page: str) -> None:
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert "cdn" not in page.lower().replace("cdnjs", "")  # no CDN reference at all
    assert "sourceMappingURL" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "connect-src &#x27;none&#x27;" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize("page", _pages())
def test_hostile_strings_never_appear_raw(page: str) -> None:
    for hostile in (HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_HREF):
        assert hostile not in page
    # the data block cannot be closed early: no '<' at all inside it
    block = page.split('id="sv-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block


def test_hostile_strings_survive_as_data() -> None:
    payload = _payload(network_html(collaboration_graph(), title="x"))
    labels = {n["label"] for n in payload["nodes"]}
    assert HOSTILE_IMG in labels
    quotes = [q["quote"] for e in payload["edges"] for q in e["tip"]["quotes"]]
    assert HOSTILE_SCRIPT + " " + HOSTILE_IMG in quotes
    assert all("title" not in n for n in payload["nodes"])  # tooltips are built as Elements


def test_two_renders_are_identical_whatever_the_insertion_order(tmp_path: Path) -> None:
    C = collaboration_graph()
    shuffled = nx.Graph()
    shuffled.add_nodes_from(reversed(list(C.nodes(data=True))))
    shuffled.add_edges_from(reversed([(v, u, d) for u, v, d in C.edges(data=True)]))
    a = render_network(C, tmp_path / "a.html", title="t").read_bytes()
    b = render_network(C, tmp_path / "b.html", title="t").read_bytes()
    c = render_network(shuffled, tmp_path / "c.html", title="t").read_bytes()
    assert a == b
    pa, pc = _payload(a.decode()), _payload(c.decode())
    assert {n["id"]: (n["x"], n["y"]) for n in pa["nodes"]} == {
        n["id"]: (n["x"], n["y"]) for n in pc["nodes"]
    }
    assert timeline_html(snapshots(), title="t") == timeline_html(snapshots(), title="t")


@pytest.mark.parametrize("marked", [False, True])
def test_views_drawn_with_shared_records_are_the_views_drawn_alone(marked: bool) -> None:
    """The municipalities' views share the records of their ties, each encoded once per
    process: every view is the page drawn on its own, hostile strings escaped alike, and
    so when the data holds the marks the encoding uses (``marked``: they are then
    encoded with the rest)."""
    from samverkan.views._page import _ID

    C = collaboration_graph()
    if marked:
        u, v = next(iter(C.edges))
        C.edges[u, v]["evidence"] = [_ID, HOSTILE_SCRIPT]
        C.nodes[u]["label_en"] = "\0samverkan-encoded:edges\0"
    kept: dict = {}
    for code in ("1281", "1280", "2182", "1281"):
        view = municipality_subgraph(C, code)
        shared = network_html(view, title=code, measures_file="m.js", kept=kept)
        alone = network_html(view, title=code, measures_file="m.js")
        assert shared == alone
        assert len(_payload(shared)["edges"]) == view.number_of_edges() > 0
    assert kept  # the records were kept, and taken by the views after the first


def test_encoding_colour_shape_size_and_legend() -> None:
    C = collaboration_graph()
    betweenness = nx.betweenness_centrality(C)
    payload = _payload(
        network_html(C, title="t", measures={"betweenness": betweenness}, size_by="betweenness")
    )
    nodes = {n["id"]: n for n in payload["nodes"]}
    top = max(betweenness, key=betweenness.get)
    assert nodes[top]["size"] == max(n["size"] for n in nodes.values())
    lund = nodes["https://w3id.org/samverkan/id/kommun/1281"]
    assert (lund["shape"], lund["color"]["background"]) == ("square", "#0072B2")
    assert {s["key"] for s in payload["legend"]["sectors"]} == {
        d["sector"] for _, d in C.nodes(data=True)
    }
    kinds = {e["kind"] for e in payload["legend"]["edges"]}
    assert {"funding", "membership", "hosting", "co-funding", "co-membership"} <= kinds
    assert payload["options"]["physics"]["enabled"] is False
    assert payload["filters"]["municipalities"][:2] == ["Lunds kommun", "Malmö stad"]
    assert payload["filters"]["municipalities"][-1] == "Västerås stad"


def test_measures_as_a_dataframe_show_in_tooltips() -> None:
    C = collaboration_graph()
    frame = pd.DataFrame(
        {
            "label": [d["label"] for _, d in C.nodes(data=True)],
            "betweenness": list(nx.betweenness_centrality(C).values()),
        },
        index=list(C),
    )
    payload = _payload(network_html(C, title="t", measures=frame, size_by="betweenness"))
    rows = {r[0]: r[1] for r in payload["nodes"][0]["tip"]["rows"]}
    assert "Mellanhet" in rows and "label" not in rows


def test_unknown_size_measure_is_an_error() -> None:
    with pytest.raises(SamverkanError, match="closeness"):
        network_html(collaboration_graph(), title="t", size_by="closeness")


def test_municipality_subgraph_keeps_partners() -> None:
    C = collaboration_graph()
    ego = municipality_subgraph(C, "1280")
    assert {C.nodes[n]["label"] for n in ego} == {"Malmö stad", HOSTILE_IMG, "Projekt Återstart"}


def test_display_is_a_sandboxed_srcdoc_iframe() -> None:
    frame = display(collaboration_graph(), title="Malmö").data
    assert frame.startswith('<iframe sandbox="allow-scripts" srcdoc="')
    assert "<script" not in frame and HOSTILE_IMG not in frame
    assert display(snapshots(), title="År").data.count("&quot;years&quot;") == 1


def test_index_escapes_titles_and_table(tmp_path: Path) -> None:
    table = pd.DataFrame({"label": [HOSTILE_IMG], "degree": [3]}, index=[HOSTILE_SCRIPT])
    page = write_index(tmp_path, [(HOSTILE_SCRIPT, "a b.html")], table).read_text("utf-8")
    assert HOSTILE_IMG not in page and HOSTILE_SCRIPT not in page
    assert 'href="a%20b.html"' in page


def test_write_all_on_the_example_store(tmp_path: Path) -> None:
    from samverkan.network import example_store

    out = tmp_path / "views"
    (out).mkdir()
    stale = out / "ego-9999.html"
    stale.write_text('<meta name="generator" content="samverkan">', encoding="utf-8")
    mine = out / "notes.html"
    mine.write_text("<p>mine</p>", encoding="utf-8")
    written = write_all(example_store(), out)
    assert written[0].name == "index.html" and written[-1].name == "manifest.json"
    assert not stale.exists() and mine.exists()
    assert all(p.is_file() for p in written)


def test_cli_writes_views_and_opens_the_index(tmp_path: Path, monkeypatch) -> None:
    from samverkan.commands import views as command
    from samverkan.network import example_store

    monkeypatch.setattr("samverkan.store.open_store", lambda out: example_store())
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(["views", "--out", str(tmp_path), "--open"])
    assert args.handler(args) == 0
    index = tmp_path / "views" / "index.html"
    assert index.is_file()
    assert opened == [index.resolve().as_uri()]


def test_identical_html_from_separate_processes(tmp_path: Path) -> None:
    """String hashing is salted per process (PYTHONHASHSEED): nothing in the layout may
    depend on set or dict-of-set order, so two processes give byte-identical pages."""
    import hashlib
    import os
    import subprocess

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from samverkan.network import example_store\n"
        "from samverkan.views import write_all\n"
        "write_all(example_store(), Path(sys.argv[1]))\n"
    )
    pages = []
    for hash_seed in ("1", "2", "3"):
        out = tmp_path / f"p{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, timeout=120)
        pages.append(
            {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.glob("*.html")}
        )
    assert len(pages[0]) >= 5  # network, funding, actors-initiatives, timeline, ego, index
    assert pages[0] == pages[1] == pages[2]


def _example_without(predicate) -> object:
    """The example store with every quad for which ``predicate(quad)`` holds removed."""
    import pyoxigraph as ox

    from samverkan.network import example_store

    store = example_store()
    doomed = [q for q in store.quads_for_pattern(None, None, None, None) if predicate(q)]
    for quad in doomed:
        store.remove(quad)
    assert doomed
    assert isinstance(store, ox.Store)
    return store


def test_a_view_with_nothing_to_show_is_reported_as_skipped(tmp_path: Path) -> None:
    """No funding in the data: no funding view, and the manifest and index say why."""
    import pyoxigraph as ox

    from samverkan.namespaces import SAM
    from samverkan.network import example_store

    funding_class = ox.NamedNode(str(SAM.Funding))
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    example = example_store().quads_for_pattern(None, rdf_type, funding_class, None)
    fundings = {q.subject for q in example}
    assert len(fundings) == 3  # example.trig types three things sam:Funding
    store = _example_without(lambda q: q.subject in fundings or q.object in fundings)
    written = write_all(store, tmp_path)
    names = [p.name for p in written]
    assert "funding.html" not in names and "network.html" in names
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["skipped"] == [
        {
            "file": "funding.html",
            "title": "Finansieringsflöden",
            "reason": "the funding projection is empty",
        }
    ]
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert (
        'Finansieringsflöden <span><span class="sv">ingen vy</span><span class="en">no view</span>'
        ": the funding projection is empty</span>" in index
    )


def test_a_view_that_cannot_be_made_is_an_error(tmp_path: Path) -> None:
    """A store without the inferred graph is a mistake, not an empty view: it says so."""
    import pyoxigraph as ox

    from samverkan.network import example_store

    store = example_store()
    store.remove_graph(ox.NamedNode("https://w3id.org/samverkan/graph/inferred"))
    with pytest.raises(SamverkanError, match="no inferred graph"):
        write_all(store, tmp_path / "views")
    assert not (tmp_path / "views" / "index.html").exists()


def test_an_unwritable_view_is_a_samverkan_error() -> None:
    with pytest.raises(SamverkanError, match=r"^/proc/samverkan/g\.html: cannot write the view: "):
        render_network(collaboration_graph(), "/proc/samverkan/g.html", title="t")


def test_the_example_views_skip_nothing(tmp_path: Path) -> None:
    from samverkan.network import example_store

    write_all(example_store(), tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["skipped"] == []
    assert {e["file"] for e in manifest["views"]} >= {"network.html", "funding.html"}
