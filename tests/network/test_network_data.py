"""What the projections read of a store, kept by a build and patched by the next.

A rebuild does not read the whole store for the projections: it takes what the previous
build read (kept in its cache) and reads again only the rows a change can have moved
(:meth:`samverkan.network._data.Data.patch`). After each kind of edit, the data the rebuild
used and kept must be what a fresh read of the rebuilt store gives, field by field.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from edits import edit, member_and_national
from samverkan.build import build
from samverkan.incremental import CACHE
from samverkan.network import _data
from samverkan.store import STORE_NAME
from samverkan.views._incremental import VIEWS_CACHE
from testpaths import ROOT


def _plain(value: Any) -> Any:
    """``value`` with every list sorted: the order in which a store gives a thing's names
    or dates is not part of the data (the projections pick and sort)."""
    if isinstance(value, dict):
        return {key: _plain(v) for key, v in value.items()}
    if isinstance(value, list):
        return sorted(_plain(v) for v in value)
    return value


def _fields(data: _data.Data) -> dict[str, Any]:
    return {name: _plain(value) for name, value in data.__getstate__().items()}


def _check(out: Path) -> _data.Data:
    """The data the build in ``out`` kept, checked against a fresh read of its store."""
    kept = _data.kept(out / CACHE / VIEWS_CACHE / _data.DATA_NAME)
    assert kept is not None
    fresh = _data.load(ox.Store.read_only(str(out / STORE_NAME)))
    assert fresh.memberships and fresh.inferred_pairs and fresh.evidence
    ours, theirs = _fields(kept), _fields(fresh)
    assert ours.keys() == theirs.keys()
    for name in theirs:
        assert ours[name] == theirs[name], name
    return kept


@pytest.fixture
def patches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of touched IRIs of each patch a build made (in this process)."""
    made: list[int] = []
    patch = _data.Data.patch

    def counting(self: _data.Data, store: Any, touched: Any) -> bool:
        made.append(len(set(touched)))
        return patch(self, store, touched)

    monkeypatch.setattr(_data.Data, "patch", counting)
    return made


def test_seed_edits_are_patched_as_a_fresh_read(tmp_path: Path, patches: list[int]) -> None:
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out)
    assert patches == []
    _check(out)
    lund = graph / "000_1c1bf7a317be8ad1.ttl"
    steps = [
        # a label
        (lund, '"Culture and Leisure Department"@en', '"Department of Culture and Leisure"@en'),
        # a membership's member: the ties, their facts and the inferred pairs move
        (
            lund,
            "org:member <kommun/1281/tjanst/inkluderingskoordinator> ;",
            "org:member <kommun/1281/socialforvaltningen> ;",
        ),
        # a post holder's name, which the post's row shows (the holder is touched, not
        # the post)
        (lund, 'foaf:name "Oliwer Karlsson" ;', 'foaf:name "Oliwer K. Karlsson" ;'),
    ]
    for path, old, new in steps:
        edit(path, old, new)
        build(graph, None, out)
        assert len(patches) == 1 and patches[0] > 0
        patches.clear()
        _check(out)
    data = _check(out)
    assert "Oliwer K. Karlsson" in set().union(*data.holders.values())


def test_synthetic_removals_and_additions_are_patched_as_a_fresh_read(
    synthetic: tuple[Path, Path], tmp_path: Path, patches: list[int]
) -> None:
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    files = sorted(graph.glob("*.ttl"))
    member, national = member_and_national(files[0])
    before = _check(out)
    # a funding fact removed: its funder, recipient and the fund's ties
    edit(files[1], r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", regex=True)
    build(graph, corpus, out)
    after = _check(out)
    assert len(after.fundings) < len(before.fundings)
    # a project's member replaced by a national actor
    edit(files[0], f"org:member {member} ;", f"org:member {national} ;")
    build(graph, corpus, out)
    _check(out)
    # a whole document removed (its graph and every fact it alone states go), then added
    kept = files[2].read_bytes()
    files[2].unlink()
    build(graph, corpus, out)
    gone = _check(out)
    assert len(gone.documents) == len(files) - 1
    files[2].write_bytes(kept)
    build(graph, corpus, out)
    assert len(_check(out).documents) == len(files)
    assert len(patches) == 4


def test_a_build_without_kept_data_reads_the_store(tmp_path: Path, patches: list[int]) -> None:
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out)
    (out / CACHE / VIEWS_CACHE / _data.DATA_NAME).write_bytes(b"not a pickle")
    edit(
        graph / "000_1c1bf7a317be8ad1.ttl",
        '"Culture and Leisure Department"@en',
        '"Department of Culture and Leisure"@en',
    )
    build(graph, None, out)
    assert patches == []
    _check(out)


def test_a_change_with_blank_node_facts_is_not_patched() -> None:
    # A membership that is a blank node: its rows are keyed by the store's name for it,
    # which the kept rows of other things do not know. The patch says so and changes
    # nothing; the caller reads the store.
    from samverkan.network import example_store

    store = example_store()
    data = _data.load(store)
    document = next(iter(sorted(data.documents)))
    member = ox.NamedNode("http://www.w3.org/ns/org#member")
    organization = ox.NamedNode("http://www.w3.org/ns/org#organization")
    lund = ox.NamedNode("https://w3id.org/samverkan/id/kommun/1281")
    before = copy.deepcopy(_fields(data))  # the patch changes the data in place
    assert data.patch(store, {document}) is True  # nothing blank yet: patched as read
    assert _fields(data) == before
    blank, graph = ox.BlankNode(), ox.NamedNode(document)
    store.extend([ox.Quad(blank, member, lund, graph), ox.Quad(blank, organization, lund, graph)])
    assert data.patch(store, {document, lund.value}) is False
    assert _fields(data) == before
