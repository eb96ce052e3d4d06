"""What makes the views fast at national size changes nothing they show.

- the views written by two worker processes are the same files, byte for byte, as those
  written in one process (the municipalities' views and the second measure table are made
  in forked workers);
- a municipality's part of the network, made directly, is the subgraph networkx makes
  (nodes, edges and every attribute), on the real projections and on random graphs;
- projections made while the data is kept (:func:`samverkan.network._data.reused`, as the
  views make one per year) equal those made from the store each time;
- an error in a worker reaches the caller as the same :class:`SamverkanError`;
- the address of each resource's page, known before the site is written (the site is
  written in a worker while the other views are drawn), is the page the site writes;
- the site given its measure tables late (its worker starts beside them) writes the same
  files as with the tables at once, and refuses tables that hold other nodes than it was
  told; a worker waiting for a value the build never sends ends with the build;
- the site told late which nodes have measures (its worker starts before the networks
  are projected) writes again the pages whose measures panel moved.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from samverkan.errors import SamverkanError
from samverkan.network import _data, example_store, projections
from samverkan.network.projections import _induced
from samverkan.views import write_all
from samverkan.views._parallel import Handoff, background, background_each, can_fork, run_each


@pytest.fixture(scope="module")
def store() -> Any:
    return example_store()


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _plain(G: nx.Graph) -> tuple[Any, Any, Any]:
    """Nodes, edges (undirected ones with their ends in one order) and graph attributes."""
    nodes = sorted((repr(n), repr(sorted(d.items()))) for n, d in G.nodes(data=True))
    edges = []
    for u, v, d in G.edges(data=True):
        a, b = (repr(u), repr(v))
        if not G.is_directed():
            a, b = sorted((a, b))
        edges.append((a, b, repr(sorted((k, x) for k, x in d.items() if k != "_facts"))))
    return nodes, sorted(edges), repr(sorted(G.graph.items()))


@pytest.mark.parametrize("threshold", [500, 5])
def test_workers_write_the_same_files(store: Any, tmp_path: Path, threshold: int) -> None:
    one = write_all(store, tmp_path / "one", workers=1, threshold=threshold)
    two = write_all(store, tmp_path / "two", workers=2, threshold=threshold)
    assert [p.relative_to(tmp_path / "one") for p in one] == [
        p.relative_to(tmp_path / "two") for p in two
    ]
    a, b = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert sorted(a) == sorted(b)
    assert sum(name.startswith("ego-") for name in a) >= 3
    assert [name for name in a if a[name] != b[name]] == []


def test_a_failure_of_the_paths_worker_fails_the_build_and_does_not_hang(
    store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The collaboration network's betweenness and closeness are computed in a worker of
    # their own and sent to its table's worker; when they cannot be computed, the table's
    # worker is told so, computes them itself and fails the same way: the views fail with
    # the error, the build does not wait for ever.
    from samverkan.network import _fast

    def broken(G: Any) -> Any:
        raise SamverkanError("betweenness cannot be computed here")

    monkeypatch.setattr(_fast, "betweenness", broken)
    with pytest.raises(SamverkanError, match="betweenness cannot be computed here"):
        write_all(store, tmp_path / "views", workers=2)


def test_the_pages_known_before_the_site_is_written_are_those_it_writes(
    store: Any, tmp_path: Path
) -> None:
    from samverkan.site import BASE, page_path
    from samverkan.views._build import _site, _site_pages

    files = _site(store, tmp_path, [], None, None)
    # the pages the site wrote, by the IRI their path names
    written = {}
    for path in files:
        target = path.relative_to(tmp_path / "site").as_posix()
        iri = BASE + target.removesuffix(".html")
        if target.endswith(".html") and page_path(iri) == target:
            written[iri] = f"site/{target}"
    from samverkan.site._reads import Reads

    known = _site_pages(Reads.read(store))
    assert len(known) > 20
    # every page known before is written, at that address, and every resource page
    # written was known
    assert {iri: written.get(iri) for iri in known} == known
    assert all((tmp_path / page).is_file() for page in known.values())
    # what the site writes besides (its index, the measures) is the page of no node
    nodes = {
        str(d.get("iri"))
        for make in (projections.collaboration, projections.funding, projections.actor_initiative)
        for _, d in make(store).nodes(data=True)
    }
    assert len(nodes) > 10
    assert nodes - {"None"} <= set(known)
    assert not (set(written) - set(known)) & nodes


def test_a_municipality_subgraph_is_the_networkx_subgraph(store: Any) -> None:
    C = projections.collaboration(store)
    F = projections.funding(store)
    for G in (C, F):
        codes = sorted({c for _, cs in G.nodes(data="municipality_codes") for c in cs or ()})
        assert codes
        for code in codes:
            keep = set(projections.municipality_nodes(G, code))
            for n in list(keep):
                keep.update(nx.all_neighbors(G, n))
            made = projections.municipality_subgraph(G, code)
            assert _plain(made) == _plain(G.subgraph(keep).copy())
            # a copy: changing it leaves the network as it was
            node = next(iter(made))
            made.nodes[node]["label"] = "changed"
            assert G.nodes[node].get("label") != "changed"


def _check_ego_parts(C: nx.Graph) -> int:
    """For each municipality with a view: the nodes and ties ``_ego_parts`` reads are those
    of its part of the network without isolates (the actors tied in it), and the graph
    ``_ego_graph`` makes of them is that part, in its order, with copies of the
    attributes; the nodes of each municipality found in one pass (``_members``) are
    ``municipality_nodes``'. Returns how many."""
    from samverkan.views._build import _ego_codes, _ego_graph, _ego_parts, _members

    codes = sorted(_ego_codes(C))
    members = _members(C)
    for code in codes:
        assert members[code] == projections.municipality_nodes(C, code)
        drawn = projections.municipality_subgraph(C, code)
        drawn.remove_nodes_from(list(nx.isolates(drawn)))
        nodes, ties = _ego_parts(C, code)
        assert (nodes, ties) == _ego_parts(C, code, members[code])
        assert nodes == list(drawn)
        assert sorted(ties, key=repr) == sorted(drawn.edges, key=repr)
        made = _ego_graph(C, nodes, ties)
        assert _plain(made) == _plain(drawn)
        assert list(made) == list(drawn) and list(made.edges) == list(drawn.edges)
        if len(made):  # a copy: changing it leaves the network as it was
            node = next(iter(made))
            made.nodes[node]["label"] = "changed"
            assert C.nodes[node].get("label") != "changed"
    return len(codes)


def test_the_parts_of_a_municipality_view_are_those_of_its_drawn_graph(store: Any) -> None:
    assert _check_ego_parts(projections.collaboration(store)) >= 3
    # on random networks with municipalities, isolates and self-loops too
    rng = random.Random(5)
    for trial in range(20):
        G = nx.gnp_random_graph(rng.randint(2, 60), rng.random() * 0.2, seed=trial)
        G.add_edges_from((i, i) for i in range(0, len(G), 9))
        for node in G:
            codes = rng.sample(["0114", "1281", "2480"], rng.randint(0, 2))
            G.nodes[node].update(municipality_codes=codes, label=f"n{node}")
            if codes:
                G.nodes[node].update(municipality=f"kommun/{codes[0]}", municipality_code=codes[0])
        nx.relabel_nodes(G, {n: f"org/{n}" for n in G}, copy=False)
        _check_ego_parts(G)


def test_views_drawn_with_the_edge_records_of_earlier_views_are_the_same(store: Any) -> None:
    """The municipalities' views of one process share their ties' records (``kept``): each
    page is the one drawn alone, and a tie in several views is recorded once."""
    from samverkan.views._build import _ego_codes, _ego_graph, _ego_parts
    from samverkan.views._render import network_html

    C = projections.collaboration(store)
    kept: dict[Any, Any] = {}
    drawn = 0
    for code in sorted(_ego_codes(C)):
        ego = _ego_graph(C, *_ego_parts(C, code))
        options = {"title": code, "size_by": "betweenness", "measures_file": "m.js"}
        assert network_html(ego, **options, kept=kept) == network_html(ego, **options)
        drawn += ego.number_of_edges()
    assert 0 < len(kept) < drawn
    # a directed network, and views with their measures in the page
    F = projections.funding(store)
    kept = {}
    for code in sorted({c for _, cs in F.nodes(data="municipality_codes") for c in cs or ()}):
        part = projections.municipality_subgraph(F, code)
        options = {"title": code, "size_by": "degree"}
        assert network_html(part, **options, kept=kept) == network_html(part, **options)
    assert kept


def test_a_municipality_view_key_follows_its_nodes_and_ties_only(store: Any) -> None:
    """The digest of a municipality's view changes with an attribute of one of its nodes
    or ties, and with a tie added in it; not with a change outside it."""
    from samverkan.views._build import _ego_digests, _ego_parts

    C = projections.collaboration(store)

    def key(G: nx.Graph, code: str) -> str:
        return _ego_digests(G, f"ego-{code}.html", code, 7, *_ego_parts(G, code))[0]

    before = {code: key(C, code) for code in ("1281", "1262")}
    nodes, ties = _ego_parts(C, "1262")
    outside = next(n for n in C if n not in set(_ego_parts(C, "1262")[0]))
    for change in ("node", "tie", "outside", "new tie"):
        G = C.copy()
        if change == "node":
            G.nodes[nodes[0]]["label"] = "ändrad"
        elif change == "tie":
            G.edges[ties[0]]["weight"] = 99
        elif change == "outside":
            G.nodes[outside]["label"] = "ändrad"
        else:  # the outside node becomes a partner of the municipality's own
            G.add_edge(min(projections.municipality_nodes(C, "1262")), outside)
        assert (key(G, "1262") != before["1262"]) == (change != "outside"), change
    assert key(C, "1262") == before["1262"] and key(C, "1281") == before["1281"]
    # the digests of the nodes and ties, kept for the next view of the same network
    pieces: dict[Any, bytes] = {}
    kept = [_ego_digests(C, f"ego-{c}.html", c, 7, *_ego_parts(C, c), pieces)[0] for c in before]
    assert kept == list(before.values()) and pieces


@pytest.mark.parametrize("directed", [False, True])
def test_induced_equals_networkx_on_random_graphs(directed: bool) -> None:
    rng = random.Random(12)
    for trial in range(30):
        n = rng.randint(1, 40)
        G = nx.gnp_random_graph(n, rng.random() * 0.3, seed=trial, directed=directed)
        G.add_edges_from((i, i) for i in range(0, n, 7))  # self-loops too
        for i, (u, v) in enumerate(G.edges()):
            G.edges[u, v]["weight"] = i
        for node in G:
            G.nodes[node]["label"] = f"n{node}"
        G.graph["projection"] = "test"
        keep = {node for node in G if rng.random() < 0.5}
        assert _plain(_induced(G, keep)) == _plain(G.subgraph(keep).copy())


def test_projections_with_kept_data_equal_fresh_ones(store: Any) -> None:
    years = projections.years(store)
    fresh = {y: _plain(projections.collaboration(store, year=y)) for y in years}
    fresh["all"] = _plain(projections.collaboration(store))
    fresh["funding"] = _plain(projections.funding(store))
    fresh["bipartite"] = _plain(projections.actor_initiative(store))
    with _data.reused(store):
        kept = {y: _plain(projections.collaboration(store, year=y)) for y in years}
        kept["all"] = _plain(projections.collaboration(store))
        kept["funding"] = _plain(projections.funding(store))
        kept["bipartite"] = _plain(projections.actor_initiative(store))
        # and once more: what is kept is not changed by a projection made from it
        again = _plain(projections.collaboration(store))
    assert kept == fresh
    assert again == fresh["all"]
    assert len(years) == 3 and all(fresh[y][1] for y in years)


def _fail(shared: Any, item: int) -> int:
    if item == 2:
        raise SamverkanError("no such page", path="/x/ego-2.html")
    return item


def test_an_error_in_a_worker_is_raised_here() -> None:
    with pytest.raises(SamverkanError) as caught:
        run_each(_fail, [1, 2, 3], None, workers=2)
    assert str(caught.value) == "/x/ego-2.html: no such page"
    with (
        pytest.raises(SamverkanError, match="no such page"),
        background(_fail, None, [1, 2], workers=2) as (first, second),
    ):
        assert first.get() == 1
        second.get()


def _niceness(shared: Any, item: int) -> tuple[int, int]:
    return os.nice(0), item


def test_workers_that_nothing_waits_for_soon_yield_the_processor() -> None:
    # background and background_each start their workers at the niceness asked for
    # (os.nice adds to the parent's), the results in order; an error still comes back here
    here = os.nice(0)
    with background(_niceness, None, [1], workers=2, nice=5) as (job,):
        assert job.get() == (min(here + 5, 19), 1)
    with background_each(_niceness, [1, 2, 3], None, workers=2, nice=3) as each:
        assert each.get() == [(min(here + 3, 19), i) for i in (1, 2, 3)]
    with background(_niceness, None, [1], workers=2) as (job,):
        assert job.get() == (here, 1)
    with (
        pytest.raises(SamverkanError, match="no such page"),
        background_each(_fail, [1, 2], None, workers=2) as each,
    ):
        each.get()


_KILLED_PARENT = """
import os, sys, time
from pathlib import Path
from samverkan.views._parallel import run_each

def work(folder, item):
    (Path(folder) / f"{os.getpid()}.pid").write_text("")
    time.sleep(60)

run_each(work, [1, 2], sys.argv[1], workers=2)
"""


def test_workers_end_when_the_build_is_killed(tmp_path: Path) -> None:
    """A build killed with SIGKILL (tests/test_kill.py) leaves no worker running."""
    import os
    import signal
    import subprocess
    import sys
    import time

    parent = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT, str(tmp_path)])
    deadline = time.monotonic() + 30
    while len(list(tmp_path.glob("*.pid"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [int(p.stem) for p in tmp_path.glob("*.pid")]
    assert len(workers) == 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        # a dead child not yet reaped by init is a zombie: it runs no more
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ")[1][0] != "Z"

    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)


def test_the_site_with_its_tables_given_late_writes_the_same_files(
    store: Any, tmp_path: Path
) -> None:
    from samverkan.network import measure_table
    from samverkan.site import write_site

    C = projections.collaboration(store)
    B = projections.actor_initiative(store)
    tables = [measure_table(C), measure_table(B)]
    measured = {str(n) for G in (C, B) for n in G}
    asked: list[str] = []

    def later() -> list[Any]:
        asked.append("tables")
        return tables

    write_site(store, tmp_path / "at-once", network=C, measures=tables)
    write_site(store, tmp_path / "late", network=C, measures=later, measured=measured)
    assert asked == ["tables"]
    at_once, late = _files(tmp_path / "at-once"), _files(tmp_path / "late")
    assert sorted(at_once) == sorted(late)
    assert [name for name in at_once if at_once[name] != late[name]] == []
    assert any(name.startswith("measures/") for name in late)
    fewer = measured - {str(next(iter(C)))}
    with pytest.raises(ValueError, match="other nodes"):
        write_site(store, tmp_path / "wrong", measures=later, measured=fewer)
    with pytest.raises(ValueError, match="need the nodes"):
        write_site(store, tmp_path / "none", measures=later)


def test_the_nodes_with_measures_given_late_give_the_same_pages(
    store: Any, tmp_path: Path
) -> None:
    """The site's worker starts before the networks are projected: which nodes have
    measures comes late, after the reads and the rows of the pages the change reaches. A
    rebuild told late that a node lost its measures writes that node's page again, as a
    site written with that set at once does; its other pages are the previous build's."""
    from samverkan.network import measure_table
    from samverkan.network._data import BASE
    from samverkan.site import write_site
    from samverkan.site._incremental import CACHE_NAME, Previous

    C = projections.collaboration(store)
    B = projections.actor_initiative(store)
    tables = [measure_table(C), measure_table(B)]
    measured = {str(n) for G in (C, B) for n in G}
    gone = "kommun/1281/tjanst/inkluderingskoordinator"
    assert gone in measured
    fewer = [t.drop(index=gone) if gone in t.index else t for t in tables]
    asked: list[str] = []

    def nodes() -> set[str]:
        asked.append("nodes")
        return measured - {gone}

    first, cache = tmp_path / "first", tmp_path / "cache"
    cache.mkdir()
    write_site(store, first, measures=tables, cache=cache / CACHE_NAME)
    full = tmp_path / "full"
    write_site(store, full, measures=lambda: fewer, measured=measured - {gone})
    # a touched resource: its page and its partners' are read before the nodes come, the
    # page of the node that lost its measures after them, and their rows joined
    touched = BASE + "initiativ/lis"  # with 3 partners, none of them the node below
    previous = Previous.read(first, cache, {touched})
    assert previous is not None
    again = tmp_path / "again"
    stats: dict[str, int] = {}
    write_site(
        store, again, measures=lambda: fewer, measured=nodes, previous=previous, stats=stats
    )
    assert asked == ["nodes"]
    page = BASE + gone
    from samverkan.site import page_path

    target = page_path(page)
    assert target is not None
    before, after, expected = (_files(d) for d in (first, again, full))
    assert after == expected
    assert before[target] != after[target]  # the page lost its measures panel
    assert stats["pages written"] == 5  # the touched page, its 3 partners, the node's


def _wait_for(handoff: Handoff, _: Any) -> Any:
    handoff.listen()
    return handoff()


@pytest.mark.skipif(not can_fork(), reason="workers are forked processes")
def test_a_worker_waiting_for_a_handoff_ends_with_the_build() -> None:
    handoff = Handoff()
    with background(_wait_for, handoff, [None], workers=2) as (job,):
        handoff.send({"a": 1})
        assert job.get() == {"a": 1}
    waiting = Handoff()
    # the build fails before it sends: leaving the block ends the worker, it does not hang
    with (
        pytest.raises(SamverkanError, match="the tables failed"),
        background(_wait_for, waiting, [None], workers=2),
    ):
        raise SamverkanError("the tables failed")


def test_kept_positions_are_taken_only_for_the_same_network(tmp_path: Path) -> None:
    """:class:`Layouts` gives the previous build's positions when the layout's inputs are
    the same, and lays the view out again otherwise: another network, a weight or a label
    changed, another seed, a damaged file, a file with the same digest but other nodes."""
    import pickle

    from samverkan.views._incremental import Layouts
    from samverkan.views._layout import layout, layout_key

    G = nx.les_miserables_graph()
    first, second = tmp_path / "first", tmp_path / "second"
    pos, kept = Layouts(None, first).positions(G, 7, "ego-x.html")
    assert not kept and pos == layout([G], 7)
    assert Layouts(first, second).positions(G, 7, "ego-x.html") == (pos, True)
    assert (second / "layouts" / "ego-x.pkl").is_file()  # kept for the next build
    H = G.copy()
    u, v = next(iter(H.edges))
    H.edges[u, v]["weight"] += 1
    L = G.copy()
    L.nodes[u]["label"] = "another label"
    for other, seed in ((H, 7), (L, 7), (G, 8)):
        assert Layouts(first, None).positions(other, seed, "ego-x.html") == (
            layout([other], seed),
            False,
        )
    path = first / "layouts" / "ego-x.pkl"
    damaged = [
        b"",
        b"not a pickle",
        pickle.dumps("text"),
        pickle.dumps((1, 2, 3)),
        pickle.dumps((layout_key([G], 7), ["a list"])),
        pickle.dumps((layout_key([G], 7), {"another node": (0.0, 0.0)})),
    ]
    for data in damaged:
        path.write_bytes(data)
        assert Layouts(first, None).positions(G, 7, "ego-x.html") == (pos, False), data
    # a view taken whole carries its positions over
    third = tmp_path / "third"
    Layouts(second, third).carry("ego-x.html")
    assert (third / "layouts" / "ego-x.pkl").read_bytes() == (
        second / "layouts" / "ego-x.pkl"
    ).read_bytes()


def test_a_large_component_is_laid_out_the_same_whatever_thread_imported_igraph() -> None:
    """igraph keeps a random generator per thread, and takes Python's ``random`` only in
    the thread that imported it. A build imports igraph in a thread of its own
    (``views._parallel.preload``); the layout of a component of more than
    ``MAX_PYTHON_LAYOUT`` nodes must still come from its seed alone: the same positions
    in a fresh interpreter, after igraph was imported in another thread, and twice in a
    row."""
    import json
    import subprocess
    import sys

    script = """
import json, sys, threading
if sys.argv[1] == "thread":
    t = threading.Thread(target=lambda: __import__("igraph")); t.start(); t.join()
import networkx as nx
from samverkan.views._layout import grid_fruchterman_reingold
G = nx.random_regular_graph(3, 40, seed=1)
runs = [grid_fruchterman_reingold(G, seed=7).round(12).tolist() for _ in range(2)]
print(json.dumps(runs))
"""

    def positions(how: str) -> list:
        done = subprocess.run(
            [sys.executable, "-c", script, how], capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout)

    plain, threaded = positions("main"), positions("thread")
    assert plain[0] == plain[1] == threaded[0] == threaded[1]


class _FakePools:
    """A context whose pools record when they are made and stopped (no process is forked)."""

    def __init__(self) -> None:
        import threading

        self.events: list[str] = []
        self.started: dict[str, threading.Event] = {}

    def context(self, name: str) -> Any:
        import threading

        fakes = self
        self.started[name] = threading.Event()

        class Pool:
            def terminate(self) -> None:
                fakes.started[name].set()
                # wait a little for every other pool's stop to start
                others = [e for n, e in fakes.started.items() if n != name]
                together = all(e.wait(2) for e in others)
                time.sleep(0.2)  # a worker ending: what a pool made meanwhile would not wait for
                fakes.events.append(f"{name} stopped{' together' if together else ''}")

        class Context:
            def Pool(self, *_args: Any, **_kwargs: Any) -> Pool:
                fakes.events.append(f"{name} made")
                return Pool()

        return Context()


def test_the_pools_of_a_block_are_stopped_together_and_nothing_forks_meanwhile() -> None:
    from samverkan.views._parallel import _pool, stopping_together

    fakes = _FakePools()
    with stopping_together():
        with _pool(fakes.context("a"), 1), _pool(fakes.context("b"), 1):
            pass
        # a pool made once these are done waits for their stops to end
        with _pool(fakes.context("c"), 1):
            pass
    assert fakes.events[:2] == ["a made", "b made"]
    assert sorted(fakes.events[2:4]) == ["a stopped together", "b stopped together"]
    assert fakes.events[4:] == ["c made", "c stopped together"]


def test_the_pools_outside_such_a_block_are_stopped_one_after_the_other() -> None:
    from samverkan.views._parallel import _pool

    fakes = _FakePools()
    with _pool(fakes.context("a"), 1), _pool(fakes.context("b"), 1):
        pass
    # b's stop ends (having waited for a's to start, in vain) before a's starts
    assert fakes.events == ["a made", "b made", "b stopped", "a stopped together"]
