"""Incremental builds with views: every view and resource page is a full build's, byte for byte.

Each test builds with views, edits document files (labels, relations, a funding fact, a
whole file removed and added back), rebuilds into the same directory, builds the same input
in full into a fresh one, and compares every file under ``views/`` (and the TriG and
report) with :func:`samverkan.bench.different_files`. The rebuild must also have written
fewer resource pages than there are: the rest are the previous build's files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from edits import edit, member_and_national
from samverkan.bench import different_files
from samverkan.build import build
from samverkan.incremental import CACHE
from samverkan.site._panels import measures_shard
from samverkan.site._reads import READS_NAME, Reads
from samverkan.synth import synthesize
from samverkan.views._incremental import VIEWS_CACHE
from testpaths import ROOT

_COUNTS = re.compile(
    r"views: (\d+) of (\d+) drawn again, (\d+) of (\d+) resource pages written again, "
    r"(\d+) of (\d+) measure tables computed again"
)


def _rebuild(
    graph: Path, corpus: Path | None, out: Path, tables: list[int] | None = None
) -> tuple[int, int, int, int]:
    """An incremental build with views; the views drawn and pages written, of how many
    (and in ``tables``, the measure tables computed, of how many)."""
    said: list[str] = []
    build(graph, corpus, out, progress=said.append)
    assert any(m.startswith("incremental build") for m in said), said
    assert not any(m.startswith("full build") for m in said), said
    found = [_COUNTS.match(m) for m in said if m.startswith("views:")]
    assert len(found) == 1 and found[0], said
    drawn, views, written, pages, computed, count = (int(g) for g in found[0].groups())
    if tables is not None:
        tables[:] = [computed, count]
    return drawn, views, written, pages


def _same_as_full(graph: Path, corpus: Path | None, out: Path, tmp: Path) -> None:
    reference = tmp / "full"
    if reference.exists():
        shutil.rmtree(reference)
    build(graph, corpus, reference, full=True)
    assert different_files(out, reference) == []
    # the site's whole-store reads, patched with the change, are a fresh read's
    kept, fresh = (Reads.load(d / CACHE / VIEWS_CACHE / READS_NAME) for d in (out, reference))
    assert kept is not None and kept == fresh
    pages = sorted(p.relative_to(out) for p in (out / "views").rglob("*.html"))
    assert len(pages) > 10
    assert pages == sorted(p.relative_to(reference) for p in (reference / "views").rglob("*.html"))


# A membership of Lund's document whose member, the coordinator's post, becomes a
# department: the ties, their reasons and the measures change.
_POST_TO_DEPARTMENT = (
    "org:member <kommun/1281/tjanst/inkluderingskoordinator> ;\n"
    "    org:organization <initiativ/lund-samverkan-foreningslivet> ;",
    "org:member <kommun/1281/socialforvaltningen> ;\n"
    "    org:organization <initiativ/lund-samverkan-foreningslivet> ;",
)


def test_seed_label_and_membership_edits_give_the_full_build(tmp_path: Path) -> None:
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out)
    lund = graph / "000_1c1bf7a317be8ad1.ttl"
    page = out / "views" / "site" / "kommun" / "1281" / "kultur-och-fritidsforvaltningen.html"
    # A department's English label: its own page and every page naming it change.
    named_by = [
        p
        for p in (out / "views" / "site").rglob("*.html")
        if "Culture and Leisure Department" in p.read_text(encoding="utf-8") and p != page
    ]
    assert named_by, "other pages name the department"
    edit(lund, '"Culture and Leisure Department"@en', '"Department of Culture and Leisure"@en')
    _drawn, _views, written, pages = _rebuild(graph, None, out)
    assert 0 < written < pages
    assert "Department of Culture and Leisure" in page.read_text(encoding="utf-8")
    for other in named_by:
        assert "Department of Culture and Leisure" in other.read_text(encoding="utf-8"), other
    _same_as_full(graph, None, out, tmp_path)

    # A membership's member replaced (the coordinator's post by a department): ties,
    # their reasons and the measures change.
    edit(lund, *_POST_TO_DEPARTMENT)
    drawn, _views, written, pages = _rebuild(graph, None, out)
    assert 0 < written < pages and drawn > 0
    _same_as_full(graph, None, out, tmp_path)


def test_the_kept_reads_are_unpickled_beside_the_load_and_used_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rebuild unpickles the projections' data and the site's reads the previous build
    # kept in a thread of its own, started as the previous dataset loads; the views take
    # them from there, nothing reads them again, and the rebuild is a full build's.
    import threading

    from samverkan.network import _data
    from samverkan.site._reads import Reads

    calls: list[tuple[str, str]] = []
    kept_data, load_reads = _data.kept, Reads.load.__func__  # type: ignore[attr-defined]

    def data(path: Path) -> Any:
        calls.append(("data", threading.current_thread().name))
        return kept_data(path)

    def reads(cls: type, path: Path) -> Any:
        calls.append(("reads", threading.current_thread().name))
        return load_reads(cls, path)

    monkeypatch.setattr(_data, "kept", data)
    monkeypatch.setattr(Reads, "load", classmethod(reads))
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    assert calls == []  # a full build reads the store
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"kultur- och fritidsförvaltningen"@sv',
        '"fritids- och kulturförvaltningen"@sv',
    )
    _rebuild(graph, None, out)
    assert calls == [("data", "samverkan-kept"), ("reads", "samverkan-kept")]
    _same_as_full(graph, None, out, tmp_path)


def _calls(
    monkeypatch: pytest.MonkeyPatch, owner: type, name: str, noted: Any
) -> list[Any]:
    """A list that gets ``noted(self)`` each time the method ``name`` of ``owner`` is
    called (which then runs as before)."""
    calls: list[Any] = []
    method = getattr(owner, name)

    def recorded(self: Any) -> None:
        calls.append(noted(self))
        method(self)

    monkeypatch.setattr(owner, name, recorded)
    return calls


def test_a_rebuild_that_falls_back_before_the_load_unpickles_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the previous build's cache the rebuild falls back at once: the kept reads are
    # neither unpickled nor waited for, and the full build it becomes is a full build.
    from samverkan.views._incremental import Kept

    unpickled = _calls(monkeypatch, Kept, "_read", lambda kept: kept.cache_dir)
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    (out / CACHE / "manifest.json").unlink()
    said: list[str] = []
    build(graph, None, out, progress=said.append)
    assert "full build: no cache of a previous build" in said, said
    assert unpickled == []
    _same_as_full(graph, None, out, tmp_path)


def test_a_second_copy_of_the_views_module_keeps_no_municipality_view_of_the_last_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pytest's importlib import mode, collecting the doctests of a module that the package
    # has already imported, runs it a second time and puts the copy in sys.modules
    # (pytest-dev/pytest#11306): a module that imported it before holds the first copy, an
    # import inside a function gets the second. A digest cached by one copy and cleared in
    # the other outlived its build, and a municipality's view whose node had changed was
    # taken from the previous build. Here the copy is made on purpose.
    import importlib.util
    import sys

    name = "samverkan.views._incremental"
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None
    copy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(copy)
    monkeypatch.setitem(sys.modules, name, copy)
    monkeypatch.setenv("SAMVERKAN_VIEW_WORKERS", "1")  # the views of the municipalities here
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"kultur- och fritidsförvaltningen"@sv',
        '"fritids- och kulturförvaltningen"@sv',
    )
    drawn, views, _, _ = _rebuild(graph, None, out)
    assert 0 < drawn < views
    assert "fritids- och kulturförvaltningen" in (out / "views" / "ego-1281.html").read_text()
    _same_as_full(graph, None, out, tmp_path)


_KEPT_POSITIONS = re.compile(r"; (\d+) of the municipalities' views drawn again kept the positions")


def _positions_kept(said: list[str]) -> int:
    """How many municipalities' views a rebuild drew with the previous positions."""
    line = next(m for m in said if m.startswith("views:"))
    found = _KEPT_POSITIONS.search(line)
    return int(found.group(1)) if found else 0


def test_a_municipality_view_drawn_again_for_its_tooltips_keeps_its_positions(
    tmp_path: Path,
) -> None:
    # A document's title is in the tooltips of its ties (their reasons) but not in what
    # the layout reads (nodes, their labels, ties and weights): the views that show those
    # ties are drawn again with the previous positions, and equal a full build's.
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    layouts = out / CACHE / VIEWS_CACHE / "layouts"
    assert (layouts / "ego-1281.pkl").is_file()
    lund = graph / "000_1c1bf7a317be8ad1.ttl"
    title = "Inkluderingskoordinator stärker samverkan med civilsamhället i Lund"
    edit(lund, f'"{title}"@sv', f'"{title} (ny titel)"@sv')
    said: list[str] = []
    build(graph, None, out, progress=said.append)
    assert "(ny titel)" in (out / "views" / "ego-1281.html").read_text(encoding="utf-8")
    kept = _positions_kept(said)
    drawn = int(_COUNTS.match(next(m for m in said if m.startswith("views:"))).group(1))
    assert 1 <= kept < drawn, said  # the network, funding and timeline views are laid out
    _same_as_full(graph, None, out, tmp_path)

    # A damaged file of positions is laid out again, and so is a view whose ties change.
    (layouts / "ego-1281.pkl").write_bytes(b"not a pickle")
    edit(lund, f'"{title} (ny titel)"@sv', f'"{title} (ännu en titel)"@sv')
    said = []
    build(graph, None, out, progress=said.append)
    assert _positions_kept(said) == kept - 1, said
    _same_as_full(graph, None, out, tmp_path)
    edit(lund, *_POST_TO_DEPARTMENT)
    said = []
    build(graph, None, out, progress=said.append)
    assert _positions_kept(said) < kept, said
    _same_as_full(graph, None, out, tmp_path)


def _ego_edges(page: Path) -> list[dict[str, Any]]:
    """The tie records of a municipality's view."""
    found = re.search(
        r'<script type="application/json" id="sv-data">(.*?)</script>',
        page.read_text(encoding="utf-8"),
        re.S,
    )
    assert found
    return json.loads(found.group(1))["edges"]


def test_a_view_drawn_again_takes_the_texts_of_its_unchanged_ties_from_the_previous_build(
    tmp_path: Path,
) -> None:
    # Every text the full build kept is marked; after a document's title changes, the
    # view drawn again shows the mark on the ties that did not change (their texts came
    # from the previous build) and never on those whose tooltip names the new title.
    import pickle

    from samverkan.views._incremental import EdgeTexts

    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    edges = out / CACHE / VIEWS_CACHE / "edges"
    kept = EdgeTexts(out / CACHE / VIEWS_CACHE, None).found()
    drawn_ties = {
        (e["from"], e["to"])
        for page in (out / "views").glob("ego-*.html")
        for e in _ego_edges(page)
    }
    assert len(kept) == len(drawn_ties) > 10  # each tie of every municipality's view, once
    mark = '"heading":"MARKED '
    marked = {
        digest: tuple(part.replace('"heading":"', mark) for part in text)
        for digest, text in kept.items()
    }
    for path in edges.glob("*.pkl"):
        path.unlink()
    (edges / "base-1.pkl").write_bytes(pickle.dumps(marked))

    lund = graph / "000_1c1bf7a317be8ad1.ttl"
    title = "Inkluderingskoordinator stärker samverkan med civilsamhället i Lund"
    edit(lund, f'"{title}"@sv', f'"{title} (ny titel)"@sv')
    build(graph, None, out)
    ties = _ego_edges(out / "views" / "ego-1281.html")
    taken = [e for e in ties if e["tip"]["heading"].startswith("MARKED ")]
    renamed = [e for e in ties if "(ny titel)" in json.dumps(e, ensure_ascii=False)]
    assert taken and renamed
    assert not any(e["tip"]["heading"].startswith("MARKED ") for e in renamed)
    # the next build keeps the full build's file (a link) and the texts made here
    assert (edges / "base-1.pkl").stat().st_ino == (
        out / CACHE / VIEWS_CACHE / "edges" / "base-1.pkl"
    ).stat().st_ino
    made = {}
    for path in (out / CACHE / VIEWS_CACHE / "edges").glob("delta-*.pkl"):
        made.update(pickle.loads(path.read_bytes()))
    assert len(made) >= len(renamed)
    assert all(
        "(ny titel)" in "".join(text) or "MARKED" not in "".join(text) for text in made.values()
    )
    # a full build makes every text afresh
    build(graph, None, out, full=True)
    assert not any(
        e["tip"]["heading"].startswith("MARKED ")
        for e in _ego_edges(out / "views" / "ego-1281.html")
    )
    edit(lund, f'"{title} (ny titel)"@sv', f'"{title} (ännu en titel)"@sv')
    _rebuild(graph, None, out)
    _same_as_full(graph, None, out, tmp_path)


_SPLICED = re.compile(r", (\d+) of them the previous file with the records of their ties written")

# One quote fewer behind Burlöv's membership of LIS: the ties of the three municipalities
# show one quote fewer; their nodes, their positions and the kinds of their ties stay.
_ONE_QUOTE_FEWER = (
    "org:member <kommun/1231> ; org:organization <initiativ/lis> ; org:role <roll/part> ;\n"
    '    schema:startDate "2017-03"^^xsd:gYearMonth ; schema:endDate "2019-02"^^xsd:gYearMonth ;'
    "\n    sam:evidence <dokument/002_fd765e7f231a0a5d/belagg/lis-parter> ,\n"
    "        <dokument/002_fd765e7f231a0a5d/belagg/esf-ansokan> .",
    "org:member <kommun/1231> ; org:organization <initiativ/lis> ; org:role <roll/part> ;\n"
    '    schema:startDate "2017-03"^^xsd:gYearMonth ; schema:endDate "2019-02"^^xsd:gYearMonth ;'
    "\n    sam:evidence <dokument/002_fd765e7f231a0a5d/belagg/lis-parter> .",
)


def test_a_view_whose_ties_alone_changed_is_the_previous_file_with_its_ties_written_anew(
    tmp_path: Path,
) -> None:
    # The previous views are marked where a splice keeps their bytes (the generator, in
    # the head): the views whose ties alone changed carry the mark and the new ties; a
    # view whose entry of offsets is damaged, or whose nodes change, is drawn whole.
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    views, spliced = out / "views", out / CACHE / VIEWS_CACHE / "spliced"
    plain, marked = b'content="samverkan">', b'content="SAMVERKAN">'

    def mark() -> None:
        for page in views.glob("ego-*.html"):
            data = page.read_bytes()
            page.unlink()  # a file of its own: never written through a link
            page.write_bytes(data.replace(plain, marked, 1))

    def quotes(page: str) -> int:
        return sum(len(e["tip"]["quotes"]) for e in _ego_edges(views / page))

    before = {p: quotes(p) for p in ("ego-1230.html", "ego-1231.html", "ego-1262.html")}
    mark()
    lis = graph / "002_fd765e7f231a0a5d.ttl"
    edit(lis, *_ONE_QUOTE_FEWER)
    said: list[str] = []
    build(graph, None, out, progress=said.append)
    line = next(m for m in said if m.startswith("views:"))
    found = _SPLICED.search(line)
    assert found and int(found.group(1)) == len(before), line
    for page, count in before.items():
        assert marked in (views / page).read_bytes()
        assert quotes(page) < count
    # the same edit undone, with the entries of two views damaged (another shape; the
    # right shape with offsets one byte off): the third is spliced from the file just
    # written, and the damaged ones drawn whole
    (spliced / "ego-1231.json").write_text('["x", 1, 2]', encoding="utf-8")
    shape, start, end = json.loads((spliced / "ego-1262.json").read_text(encoding="utf-8"))
    (spliced / "ego-1262.json").write_text(json.dumps([shape, start + 1, end]), "utf-8")
    edit(lis, _ONE_QUOTE_FEWER[1], _ONE_QUOTE_FEWER[0])
    said = []
    build(graph, None, out, progress=said.append)
    found = _SPLICED.search(next(m for m in said if m.startswith("views:")))
    assert found and int(found.group(1)) == len(before) - 2
    assert marked not in (views / "ego-1231.html").read_bytes()
    assert marked not in (views / "ego-1262.html").read_bytes()
    assert marked in (views / "ego-1230.html").read_bytes()
    assert {p: quotes(p) for p in before} == before
    # unmarked, the rebuilds give the full build, spliced or not
    build(graph, None, out, full=True)
    edit(lis, *_ONE_QUOTE_FEWER)
    said = []
    build(graph, None, out, progress=said.append)
    assert _SPLICED.search(next(m for m in said if m.startswith("views:")))
    _same_as_full(graph, None, out, tmp_path)


def test_an_edit_that_keeps_the_ties_keeps_betweenness_and_closeness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A Swedish label edit changes no node or tie: the measure tables are computed again
    # (the label is in them) with the previous build's betweenness and closeness, which
    # cost most, and the rebuild is a full build's. A membership edit changes the ties:
    # they are computed.
    from samverkan.network import _fast

    monkeypatch.setenv("SAMVERKAN_VIEW_WORKERS", "1")  # the measures in this process
    measured: list[int] = []
    betweenness = _fast.betweenness
    monkeypatch.setattr(_fast, "betweenness", lambda G: measured.append(len(G)) or betweenness(G))
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    # the two tables (the collaboration network, then the two-mode one), and the funding
    # network's, which its view computes in every build
    assert len(measured) == 3
    funding = measured[2:]
    lund = graph / "000_1c1bf7a317be8ad1.ttl"
    edit(lund, '"kultur- och fritidsförvaltningen"@sv', '"fritids- och kulturförvaltningen"@sv')
    said: list[str] = []
    measured.clear()
    build(graph, None, out, progress=said.append)
    assert measured == funding
    counts = next(m for m in said if m.startswith("views:"))
    assert (
        "2 of 2 measure tables computed again (the others are the previous build's), 2 of "
        "them with the betweenness and closeness of the previous build (the same nodes and "
        "ties); the constraint, effective size and brokerage of 0 of their " in counts
    ), counts  # a label is no tie: the local measures are all the previous build's
    _same_as_full(graph, None, out, tmp_path)

    edit(lund, *_POST_TO_DEPARTMENT)
    said.clear()
    measured.clear()
    build(graph, None, out, progress=said.append)
    assert len(measured) == 3
    counts = next(m for m in said if m.startswith("views:"))
    local = re.search(
        r"measure tables computed again \(the others are the previous build's\); the "
        r"constraint, effective size and brokerage of (\d+) of their (\d+) nodes computed",
        counts,
    )
    assert local, counts
    # a post moved: its ties, and its contacts', are measured again, not the others
    assert 0 < int(local.group(1)) < int(local.group(2)) / 2, counts
    _same_as_full(graph, None, out, tmp_path)


def test_synthetic_edits_removals_and_additions_give_the_full_build(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    files = sorted(graph.glob("*.ttl"))

    # A funding's label alone: the networks are the same, so are their measure tables.
    edit(files[3], r'"funding of [^"]+"@en', '"the funding, named anew"@en', regex=True)
    tables: list[int] = []
    drawn, views, written, pages = _rebuild(graph, corpus, out, tables)
    assert tables == [0, 2] and 0 < written < pages and drawn < views
    _same_as_full(graph, corpus, out, tmp_path)

    # A funding's label and a member of a project.
    member, national = member_and_national(files[0])
    edit(files[0], r'"funding of [^"]+"@en', '"the funding, renamed"@en', regex=True)
    edit(files[0], f"org:member {member} ;", f"org:member {national} ;")
    _drawn, _views, written, pages = _rebuild(graph, corpus, out, tables)
    assert 0 < written < pages and tables == [2, 2]
    _same_as_full(graph, corpus, out, tmp_path)

    # A funding fact removed.
    edit(files[1], r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", regex=True)
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)

    # A whole document removed (its pages and reader go), then added back.
    kept = files[2].read_bytes()
    files[2].unlink()
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    files[2].write_bytes(kept)
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)


def test_the_kept_rows_of_large_pages_give_the_full_build(
    synthetic: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stated and derived rows of the large pages are kept between builds and not read
    # again while the change does not touch them; here every page with 5 rows or more is
    # "large", so that the small corpus has many, and the pages written again with kept
    # rows (the partners of a touched resource) must be a full build's.
    from samverkan.site import _incremental, _site

    monkeypatch.setenv("SAMVERKAN_VIEW_WORKERS", "1")  # the site in this process
    monkeypatch.setattr(_incremental, "KEEP_ROWS_FROM", 5)
    used: list[int] = []
    load_rows = _site.Site.load_rows

    def counting(self: Any, only: Any = None, kept: Any = None) -> None:
        used.append(len(set(only or ()) & set((kept or {}).get("derived", {}))))
        load_rows(self, only, kept)

    monkeypatch.setattr(_site.Site, "load_rows", counting)
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    files = sorted(graph.glob("*.ttl"))
    member, national = member_and_national(files[0])
    steps = [
        lambda: edit(
            files[0], f"org:member {member} ;", f"org:member {national} ;"
        ),
        lambda: edit(files[1], r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", regex=True),
        lambda: edit(
            files[3], r'"funding of [^"]+"@en', '"the funding, named anew"@en', regex=True
        ),
    ]
    with_kept = []
    for step in steps:
        used.clear()
        step()
        _rebuild(graph, corpus, out)
        _same_as_full(graph, corpus, out, tmp_path)
        with_kept.append(used[0])
    # the national member's partners whose ties have other reasons
    assert with_kept[0] > 0, "pages written again with kept rows"
    # a whole document removed and added back: the set of documents changes, no row is kept
    kept = files[2].read_bytes()
    files[2].unlink()
    used.clear()
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    assert used[0] == 0
    files[2].write_bytes(kept)
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)


def test_a_touched_funder_writes_only_the_partners_whose_reasons_changed(
    synthetic: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A funding removed touches its funder, a national actor that cooperates with many
    # resources (8 here, 514 in a national corpus). Their pages show the reasons of their
    # tie with it, which changed for the funded initiative alone: with the funder's tie
    # rows kept (every page of 5 rows or more here), the rebuild writes fewer pages than
    # the funder has partners (3, against 17 without), and every file is a full build's;
    # without them, every partner's page again.
    from samverkan.site import _incremental
    from samverkan.store import open_store

    monkeypatch.setattr(_incremental, "KEEP_ROWS_FROM", 5)
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    funder = "https://w3id.org/samverkan/id/org/europeiska-socialfonden"
    store = open_store(out)
    coop = "<https://w3id.org/samverkan/ontology#cooperatesWith>"
    partners = {
        str(row[0].value)
        for row in store.query(
            f"SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ {{ <{funder}> {coop} ?x }}"
            f" UNION {{ ?x {coop} <{funder}> }} }} }}"
        )
    }
    del store
    assert len(partners) >= 8
    funded = next(
        f
        for f in sorted(graph.glob("*.ttl"))
        if "sam:funder <org/europeiska-socialfonden>" in f.read_text(encoding="utf-8")
    )
    original = funded.read_bytes()
    block = (
        r"<finansiering/[^>]+> a sam:Funding ;\n[^\n]*\n"
        r"    sam:funder <org/europeiska-socialfonden>.*?\n\n"
    )
    edit(funded, block, "", regex=True)
    _, _, written, pages = _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    assert written < len(partners) < pages
    # the same change without the kept tie rows: the funder's partners are written again
    funded.write_bytes(original)
    monkeypatch.setattr(_incremental, "KEEP_ROWS_FROM", 10**9)
    build(graph, corpus, out, full=True)
    edit(funded, block, "", regex=True)
    _, _, without, _ = _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    assert without >= len(partners) > written


def test_a_large_partner_of_a_touched_resource_is_written_where_their_reasons_changed(
    synthetic: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A project with a national member, and a department that is a member too: the
    # project and the department have pages too small for their rows to be kept, the
    # national actor's page is large and its rows are kept. Its page shows the reasons of
    # its ties with both. A funding of the project removed leaves those reasons as they
    # were: the national actor's page is the previous build's file. The department's
    # membership stated in a second document gives their tie one more reason: the page is
    # written again, found by its kept rows alone. Each rebuild is a full build's, file
    # for file.
    import pickle

    from samverkan.site import _incremental

    graph, corpus = synthetic
    files = sorted(graph.glob("*.ttl"))
    text = files[0].read_text(encoding="utf-8")
    membership, member, project = re.search(
        r"(<medlemskap/[^>]+>) a org:Membership ;\s+org:member (<kommun/\d{4}/[^>]+>) ;"
        r" org:organization (<initiativ/[^>]+>)",
        text,
    ).groups()
    national = re.search(rf"org:member (<org/[a-z-]+>) ; org:organization {project}", text)[1]
    funder = re.search(rf"sam:funder (<[^>]+>) ;\s+sam:fundedItem {project}", text)[1]
    base = "https://w3id.org/samverkan/id/"
    iri = {name: base + name.strip("<>") for name in (member, project, national, funder)}

    out = tmp_path / "out"
    monkeypatch.setattr(_incremental, "KEEP_ROWS_FROM", 1)
    build(graph, corpus, out)
    with next(out.rglob(_incremental.ROWS_NAME)).open("rb") as f:
        _names, rows = pickle.load(f)
    size = {i: len(rows["stated"][i]) + len(rows["derived"][i]) for i in rows["stated"]}
    small = max(size[iri[member]], size[iri[project]])
    assert size[iri[national]] > small + 1, "the national actor's page is the larger"
    monkeypatch.setattr(_incremental, "KEEP_ROWS_FROM", small + 1)
    build(graph, corpus, out, full=True)
    page = out / "views" / "site" / (national.strip("<>") + ".html")

    before = page.stat().st_ino
    edit(files[0], r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", regex=True)
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    assert page.stat().st_ino == before, "the national actor's page was written again"

    # The membership's role stated in a second document, with one of its quotes, then
    # its member and organisation there too: a new reason of the tie between the national
    # actor and the department, where every name and quote its page shows is the same.
    quote = re.search(r"sam:evidence (<dokument/[^>]+>)", files[1].read_text(encoding="utf-8"))[1]
    with files[1].open("a", encoding="utf-8") as f:
        f.write(f"\n{membership} org:role <roll/part> ; sam:evidence {quote} .\n")
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    before = page.stat().st_ino
    with files[1].open("a", encoding="utf-8") as f:
        f.write(f"{membership} org:member {member} ; org:organization {project} .\n")
    _rebuild(graph, corpus, out)
    _same_as_full(graph, corpus, out, tmp_path)
    assert page.stat().st_ino != before, "the national actor's page was not written again"


def test_unchanged_pages_are_the_previous_files(tmp_path: Path) -> None:
    # A label edit: the pages it does not reach are the previous build's files (linked:
    # the same inode), the others written again; the views it does not reach are too.
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out)
    views = out / "views"
    before = {p: os.stat(p).st_ino for p in views.rglob("*.html")}
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )
    drawn, count, written, pages = _rebuild(graph, None, out)
    site = views / "site"
    kept = [p for p in site.rglob("*.html") if before.get(p) == os.stat(p).st_ino]
    assert len(kept) == pages - written > 0
    assert not any(b"Department of Culture and Leisure" in p.read_bytes() for p in kept)
    same_views = [p for p in views.glob("*.html") if before.get(p) == os.stat(p).st_ino]
    assert len(same_views) == count - drawn


def test_the_previous_site_linked_during_the_load_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rebuild links every file of the previous site into the new build while the
    # dataset loads; a page written again replaces its link. Every file of the previous
    # build keeps its bytes (links of them taken before the rebuild show them), the pages
    # of resources that are gone go, and what the rebuild does not use is removed.
    import hashlib

    from samverkan.site._incremental import PRELINKED, PreLinked

    started = _calls(monkeypatch, PreLinked, "start", lambda linked: linked.target)
    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    snapshot = tmp_path / "snapshot"
    digests = {}
    for path in (out / "views" / "site").rglob("*"):
        if path.is_file():
            copy = snapshot / path.relative_to(out)
            copy.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, copy)
            digests[copy] = hashlib.sha256(path.read_bytes()).hexdigest()
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )
    _drawn, _views, written, pages = _rebuild(graph, None, out)
    assert 0 < written < pages and len(started) == 1
    changed = [p for p, d in digests.items() if hashlib.sha256(p.read_bytes()).hexdigest() != d]
    assert changed == []
    assert not (out / "views" / PRELINKED).exists()
    _same_as_full(graph, None, out, tmp_path)
    # a funding removed: its page and data files go
    ekero = graph / "004_5f6dc90bef4f063d.ttl"
    funding = re.search(r"<(finansiering/[^>]+)> a sam:Funding ;", ekero.read_text("utf-8"))[1]
    page = out / "views" / "site" / f"{funding}.html"
    assert page.is_file()
    edit(ekero, r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", regex=True)
    _rebuild(graph, None, out)
    assert not page.exists() and not page.with_suffix(".ttl").exists()
    _same_as_full(graph, None, out, tmp_path)


def test_a_rebuild_that_falls_back_after_the_load_leaves_no_linked_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samverkan import shacl_sparql
    from samverkan.incremental import Fallback
    from samverkan.site._incremental import PRELINKED

    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )

    def planted(*_args: Any) -> None:
        raise Fallback("planted after the load")

    monkeypatch.setattr(shacl_sparql, "affected_focus", planted)
    said: list[str] = []
    build(graph, None, out, progress=said.append)
    assert "full build: planted after the load" in said, said
    assert not (out / "views" / PRELINKED).exists()
    _same_as_full(graph, None, out, tmp_path)


def test_a_bad_edit_in_a_rebuild_ends_the_threads_it_started_before_it_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The previous dataset loads, the views' kept reads are read and the previous site is
    # linked into the new build before the changed files are read: bad input found then
    # stops the build only once those threads have ended, and leaves the previous build
    # as it was and no new one half made. The linking is slowed here so that it is still
    # going when the error is found.
    import threading
    import time

    from samverkan.errors import SamverkanError
    from samverkan.site._incremental import PreLinked

    graph = _seed_graph(tmp_path)
    out = tmp_path / "out"
    build(graph, None, out)
    before = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.html")}
    link = PreLinked._link

    def slow(self: PreLinked) -> None:
        time.sleep(1.0)
        link(self)

    monkeypatch.setattr(PreLinked, "_link", slow)
    target = graph / "000_1c1bf7a317be8ad1.ttl"
    target.write_text(target.read_text("utf-8").replace(" ;\n", " ;;\n(", 1), "utf-8")
    with pytest.raises(SamverkanError) as broken:
        build(graph, None, out)
    assert str(broken.value).startswith(f"{target}:")
    running = [
        t.name for t in threading.enumerate()
        if t.name.startswith(("samverkan-link", "samverkan-kept", "samverkan-load"))
    ]  # fmt: skip
    assert not running
    assert not any(p.name.startswith(".out.") for p in tmp_path.iterdir())
    after = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.html")}
    assert after == before


def test_the_parts_of_a_page_go_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A panel of many rows lists them in parts, pages of their own beside the page (here
    # every panel of more than 4 rows). A rebuild that does not write a page links its
    # parts with it; one that writes it writes its parts; the build is a full build's.
    from samverkan.site import _write_resource

    # in the module that writes the pages (a doctest run may import its file again)
    monkeypatch.setitem(_write_resource.__globals__, "PART_ROWS", 4)
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out)
    site = out / "views" / "site"
    before = {p: os.stat(p).st_ino for p in site.rglob("*.html")}
    parts = [p for p in before if re.search(r"\.(stated|derived)-\d+\.html$", p.name)]
    assert len(parts) > 20
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )
    _drawn, _count, written, pages = _rebuild(graph, None, out)
    assert 0 < written < pages
    _same_as_full(graph, None, out, tmp_path)
    kept = [p for p in parts if p.exists() and os.stat(p).st_ino == before[p]]
    assert 0 < len(kept) < len(parts)
    for part in parts:  # a part is linked when its page is, else written again
        page = part.with_name(part.name.split(".")[0] + ".html")
        assert (os.stat(page).st_ino == before[page]) == (part in kept), part


def test_a_page_whose_previous_files_are_incomplete_is_written_again(tmp_path: Path) -> None:
    # A rebuild links the pages the change does not reach; where the previous build lacks
    # one of a page's files, none of them is linked and the page is written afresh.
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out)
    site = out / "views" / "site"
    data = sorted(site.rglob("*.jsonld"))
    assert len(data) > 10
    lacking = data[len(data) // 2]  # a page the edit below does not reach
    page = lacking.with_suffix(".html")
    kept = os.stat(page).st_ino
    lacking.unlink()
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )
    _rebuild(graph, None, out)
    assert lacking.is_file() and os.stat(page).st_ino != kept
    _same_as_full(graph, None, out, tmp_path)


def test_readers_are_written_again_only_where_the_change_reaches(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    # A funding's label: the reader of its document is written again (and any other that
    # names the funding); the other readers are the previous build's files.
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    files = sorted(graph.glob("*.ttl"))
    text = out / "views" / "site" / "text"

    def inodes() -> dict[str, int]:
        return {p.name: os.stat(p).st_ino for p in text.glob("*.html")}

    before = inodes()
    assert len(before) == len(files)
    edit(files[3], r'"funding of [^"]+"@en', '"the funding, named anew"@en', regex=True)
    _rebuild(graph, corpus, out)
    after = inodes()
    again = {name for name, inode in after.items() if before.get(name) != inode}
    assert f"{files[3].stem}.html" in again and len(again) < len(after)
    _same_as_full(graph, corpus, out, tmp_path)



def test_views_are_taken_over_by_a_build_in_another_process(tmp_path: Path) -> None:
    # A view's digest must not depend on the order of sets, which differs between
    # processes (PYTHONHASHSEED): a rebuild in a new process takes over the views a
    # label edit does not reach.
    import subprocess
    import sys

    graph = tmp_path / "graph"
    synthesize(8, seed=5, graph_dir=graph, corpus_dir=tmp_path / "corpus")
    out = tmp_path / "out"
    command = [str(Path(sys.executable).parent / "samverkan"), "build", "--graph", str(graph)]
    command += ["--corpus", str(tmp_path / "corpus"), "--out", str(out)]

    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        return done.stdout + done.stderr

    run("1")
    before = {p.name: p.read_bytes() for p in (out / "views").glob("*.html")}
    edit(
        sorted(graph.glob("*.ttl"))[0],
        r'"funding of [^"]+"@en',
        '"the funding, named anew"@en',
        regex=True,
    )
    said = run("2")
    found = _COUNTS.search(said)
    assert found, said
    drawn = int(found.group(1))
    changed = [p for p in (out / "views").glob("*.html") if before.get(p.name) != p.read_bytes()]
    assert drawn == len(changed) < len(before)


def _seed_graph(tmp_path: Path) -> Path:
    """A copy of the project's graph files to edit."""
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    return graph


def _html_inodes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): os.stat(p).st_ino for p in out.rglob("*.html")}


def test_pages_and_views_follow_the_measures_as_shown_not_their_last_digits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A change of the network moves every actor's betweenness and closeness in its last
    # digits, while pages and views show three significant digits and node sizes to
    # 0.01 px. Three rebuilds after the same label edit, each from a copy of one full
    # build, with the measure tables computed again: as they are (the control), every
    # value moved in its last digits (nothing shown changes: the same files are written
    # as in the control), and one actor's closeness changed as shown (its page and the
    # views that show it are written too, and only they).
    import pandas as pd

    from samverkan.views import _build
    from samverkan.views._format import fmt

    graph = _seed_graph(tmp_path)
    first = tmp_path / "first"
    build(graph, None, first)
    tables_dir = Path(".cache") / "views" / "tables"
    before = pd.read_pickle(first / tables_dir / "collaboration.pkl")
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )
    computed = _build._table
    # the class the build uses (a second import of the module, as --doctest-modules can
    # make, has its own)
    monkeypatch.setattr(_build.Memo, "table", lambda self, name, key: None)

    def rebuild(name: str, change: Any = None) -> tuple[Path, set[str]]:
        out = tmp_path / name
        shutil.copytree(first, out)
        inodes = _html_inodes(out)

        def table(G: Any, known: Any = None, earlier: Any = None) -> Any:
            made = computed(G, known, earlier)
            if made is not None and change is not None:
                change(made)
            return made

        with monkeypatch.context() as patch:
            patch.setattr(_build, "_table", table)
            tables: list[int] = []
            _rebuild(graph, None, out, tables)
            # a full build given the same tables writes the same files
            _same_as_full(graph, None, out, tmp_path)
        assert tables == [2, 2]
        return out, {f for f, ino in _html_inodes(out).items() if inodes.get(f) != ino}

    control, written = rebuild("control")
    assert 0 < len(written) < len(_html_inodes(control))

    def last_digits(table: Any) -> None:
        for column in table.columns:
            if table[column].dtype.kind == "f":
                # as measure_table gives them: ten significant digits
                moved = (table[column] * (1 + 1e-8)).map(lambda v: float(f"{v:.10g}"))
                same = [fmt(a) == fmt(b) for a, b in zip(table[column], moved, strict=True)]
                table[column] = moved.where(same, table[column])

    tiny, written_tiny = rebuild("tiny", last_digits)
    after = pd.read_pickle(tiny / tables_dir / "collaboration.pkl")
    assert (after["betweenness"] != before["betweenness"]).sum() > 5
    assert (after["closeness"] != before["closeness"]).sum() > 5
    # the index, written whole by every build, sorts its table on the values themselves
    # (one file, not a page per actor)
    assert different_files(control, tiny) == ["views/index.html"]
    assert written_tiny == written

    # an actor that the edit does not reach, tied in a municipality's view it leaves alone
    def shows(view: str, node: str) -> bool:
        return f'"id":"{node}"' in (control / view).read_text(encoding="utf-8")

    kept_views = [f for f in _html_inodes(control) if "/ego-" in f and f not in written]
    actor = next(
        node
        for node, row in before.iterrows()
        if row["closeness"] > 0
        and f"views/site/{node}.html" not in written
        and any(shows(view, node) for view in kept_views)
    )

    def one_closeness(table: Any) -> None:
        if actor in table.index and "closeness" in table.columns:
            table.loc[actor, "closeness"] = table.loc[actor, "closeness"] / 2

    shown, written_shown = rebuild("shown", one_closeness)
    moved = set(different_files(control, shown))
    changed = {f for f in moved if f.endswith(".html")}
    assert "views/index.html" in written
    # the actor's page is the same file, not written again: its measures are in the file
    # beside the pages that every build writes (site/measures/XX.js), which shows the change
    assert f"views/site/{actor}.html" not in changed
    assert f"views/site/{measures_shard(actor)}" in moved
    # nor is a municipality's view that shows the actor drawn again: the measures beside
    # it (ego-CODE.measures.js), written by every build, show the change
    showing = [f for f in kept_views if shows(f, actor)]
    assert showing and not any(f in changed for f in showing)
    assert all(f.removesuffix(".html") + ".measures.js" in moved for f in showing)
    assert written_shown == written | changed


def test_panel_rows_read_whole_or_bound_give_the_same_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pages written again read their panels' rows by queries bound to them while they
    # are few (samverkan.site._site.BOUND_AT_MOST), a few at a time (CHUNK: here two),
    # else by the queries of a full build, keeping their rows: both ways give a full
    # build's pages.
    from samverkan.site import _site

    graph = _seed_graph(tmp_path)
    lund = graph / "000_1c1bf7a317be8ad1.ttl"
    for bound in (0, 10**9):
        out = tmp_path / f"out-{bound}"
        build(graph, None, out)
        edit(lund, "org:member <kommun/1281/tjanst/inkluderingskoordinator> ;",
             "org:member <kommun/1281/socialforvaltningen> ;")
        with monkeypatch.context() as patch:
            patch.setattr(_site, "BOUND_AT_MOST", dict.fromkeys(_site.BOUND_AT_MOST, bound))
            patch.setattr(_site, "CHUNK", dict.fromkeys(_site.CHUNK, 2))
            _drawn, _views, written, pages = _rebuild(graph, None, out)
        assert 0 < written < pages
        _same_as_full(graph, None, out, tmp_path)
        edit(lund, "org:member <kommun/1281/socialforvaltningen> ;",
             "org:member <kommun/1281/tjanst/inkluderingskoordinator> ;")


def test_the_incremental_benchmark_counts_the_views_workers(tmp_path, corpus_dir, monkeypatch):
    """``samverkan bench --incremental`` on the seed graph: a full build, one edit rebuilt
    incrementally and equal to a full build, each in a new process of its own (as
    ``samverkan build`` runs), and the CPU seconds of the views' forked workers reported
    beside the main process's (which does not count them)."""
    from samverkan.bench import benchmark_incremental
    from samverkan.paths import project_dir
    from samverkan.views._parallel import can_fork

    monkeypatch.setenv("SAMVERKAN_VIEW_WORKERS", "2")
    # the default: the previous build goes after each build returns, and the benchmark
    # starts the next build once it is gone
    monkeypatch.delenv("SAMVERKAN_REMOVE_PREVIOUS")
    said: list[str] = []
    removing: list[list[Path]] = []  # what is being removed beside out/ as each line is said

    def say(line: str) -> None:
        said.append(line)
        removing.append(list(tmp_path.glob(".out.removing-*")))

    result = benchmark_incremental(
        project_dir("graph"), corpus_dir, tmp_path, repeat=1, verify=True, say=say
    )
    (rebuild,) = result["rebuilds"]
    assert said[1].startswith("rebuild 1") and "the previous build gone" in said[1]
    # nothing is being removed when the rebuild's line is said (the wait itself:
    # test_the_benchmark_waits_until_the_previous_build_is_gone)
    assert removing[1] == [] and "removal_wait" in rebuild

    assert rebuild["incremental"] and result["same_as_full"], result.get("differ")
    assert said[0].startswith("full build:") and "in the views' workers" in said[0]
    if can_fork():  # the municipalities' views are drawn by two forked workers
        assert result["full"]["workers_cpu"] > 0
    assert result["median"]["workers_cpu"] == rebuild["workers_cpu"] >= 0
    # the build ran in another process: this one's children include it, and its time
    # from the process's start covers the build's own
    assert os.getpid() not in (rebuild["pid"], result["full"]["pid"])
    assert rebuild["process_wall"] > rebuild["wall"] > 0 and rebuild["peak_mb"] > 50
    assert result["median"]["process_wall"] == rebuild["process_wall"]


def test_the_benchmark_waits_until_the_previous_build_is_gone(tmp_path):
    """The benchmark's next build starts once the previous one is removed: a removal that
    takes half a second is waited for, and then gone."""
    import threading

    from samverkan.bench import _wait_for_removal

    gone = tmp_path / ".out.removing-1-2"
    (gone / "views").mkdir(parents=True)
    timer = threading.Timer(0.5, shutil.rmtree, args=(gone,))
    timer.start()
    try:
        waited = _wait_for_removal(tmp_path / "out")
    finally:
        timer.join()
    assert waited >= 0.5 and not gone.exists()


def test_the_incremental_benchmark_can_build_in_its_own_process(tmp_path, corpus_dir):
    """``--same-process``: every build in the benchmark's process, one after the other (how
    the benchmark ran before each build had a process of its own); no process's start is
    timed then."""
    from samverkan.bench import benchmark_incremental
    from samverkan.paths import project_dir

    result = benchmark_incremental(
        project_dir("graph"), corpus_dir, tmp_path, repeat=1, views=False, same_process=True,
        say=lambda _line: None,
    )
    (rebuild,) = result["rebuilds"]
    assert rebuild["incremental"] and rebuild["pid"] == result["full"]["pid"] == os.getpid()
    assert "process_wall" not in rebuild and "process_wall" not in result["median"]


_FORKS = """
import json, os, sys
from pathlib import Path
from samverkan.build import build

graph, corpus, out = (Path(a) for a in sys.argv[1:4])
forks, said, real = [], [], os.fork

def fork():
    # what this process has imported as it forks a worker: a module still being imported
    # (by another thread) is inherited half done, with its lock held by no thread
    busy = sorted(
        name for name, module in list(sys.modules.items())
        if getattr(getattr(module, "__spec__", None), "_initializing", False)
    )
    forks.append({"pandas": "pandas" in sys.modules, "busy": busy})
    return real()

os.fork = fork
build(graph, corpus, out, progress=said.append)
print(json.dumps({"forks": forks, "said": said}))
"""


def test_a_rebuild_forks_its_workers_with_pandas_imported(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    # The pools' threads in the build's process unpickle the data frames the workers send
    # back; a worker forked while such a thread imports pandas inherits pandas half
    # imported, and waits for ever on its lock (at a million quads the measure tables'
    # workers did, once a rebuild no longer ran a query through pandas before its views).
    # A fresh interpreter rebuilds, as `samverkan build` does; at each fork pandas is
    # imported and no module is being imported.
    import subprocess
    import sys

    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    target = next(p for p in sorted(graph.glob("*.ttl")) if '"funding of ' in p.read_text())
    edit(target, r'"funding of ([^"]+)"@en', r'"funds for \1"@en', regex=True)
    done = subprocess.run(
        [sys.executable, "-c", _FORKS, str(graph), str(corpus), str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert any(m.startswith("incremental build") for m in found["said"]), found["said"]
    assert len(found["forks"]) >= 4  # the site, the answers, the tables, the views ...
    assert all(f["pandas"] and not f["busy"] for f in found["forks"]), found["forks"]
