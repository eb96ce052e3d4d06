"""A kept answer patched after a change (:func:`samverkan.query.patch.patched_answer`) is
the whole answer of the changed store: the reference is ``run_query`` on the store the
incremental build made, after edits of each kind (a member, a funding removed, labels, a
document removed or added back, a statement of cooperation) and random edits of synthetic
builds. Each test also checks that the patch was made (not left to the query) and that
the rows joined again are fewer than the answer's."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from edits import edit, member_and_national
from samverkan.bench import _edit_document
from samverkan.build import MARKER, build
from samverkan.incremental import rebuild
from samverkan.query import run_query
from samverkan.query.cooperation import cooperation_answer
from samverkan.query.patch import PATCHED, patched_answer, reach
from samverkan.store import open_store
from samverkan.synth import synthesize


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, dict]:
    """A synthetic build (8 municipalities) without views, and its answers."""
    root = tmp_path_factory.mktemp("patch")
    graph, corpus, out = root / "graph", root / "corpus", root / "out"
    synthesize(8, seed=5, graph_dir=graph, corpus_dir=corpus)
    build(graph, corpus, out, views=False)
    store = open_store(out)
    answers = {name: run_query(store, name) for name in sorted(PATCHED)}
    return graph, corpus, out, answers


def _changed(built: tuple[Path, Path, Path, dict], tmp_path: Path, change) -> tuple:
    """The store and the triples changed after ``change(graph)`` on the build's graph files,
    rebuilt incrementally from the build into a directory of its own (the build is only
    read); the files are put back as they were afterwards."""
    graph, corpus, out, answers = built
    before = {p.name: p.read_bytes() for p in graph.glob("*.ttl")}
    staging = tmp_path / "staging"
    staging.mkdir()
    (staging / MARKER).write_text("samverkan build directory\n", encoding="utf-8")
    said: list[str] = []
    try:
        change(graph)
        _report, store, _touched, changed = rebuild(
            graph, corpus, out, staging, views=False, say=said.append
        )
    finally:
        for path in graph.glob("*.ttl"):
            if path.name not in before:
                path.unlink()
        for name, data in before.items():
            if not (graph / name).is_file() or (graph / name).read_bytes() != data:
                (graph / name).write_bytes(data)
    assert any(m.startswith("incremental build") for m in said), said
    return store, changed, answers


def _check(store, changed: list, answers: dict, *, moves: bool = True) -> None:
    for name in sorted(PATCHED):
        patched = patched_answer(store, name, answers[name], reach(store, changed))
        assert patched is not None, name
        pd.testing.assert_frame_equal(patched, run_query(store, name))
        if moves and name == "cooperation":
            assert not patched.equals(answers[name])
    again = cooperation_answer(store, reach(store, changed))
    assert again is not None and len(again) < len(answers["cooperation"]) / 4


def _first(graph: Path, pattern: str) -> Path:
    return next(p for p in sorted(graph.glob("*.ttl")) if re.search(pattern, p.read_text()))


def test_a_member_moved_to_a_national_actor(built, tmp_path: Path) -> None:
    def change(graph: Path) -> None:
        path = sorted(graph.glob("*.ttl"))[3]
        member, national = member_and_national(path)
        edit(path, f"org:member {member} ;", f"org:member {national} ;")

    _check(*_changed(built, tmp_path, change))


def test_a_funding_removed_and_a_label_changed(built, tmp_path: Path) -> None:
    def change(graph: Path) -> None:
        files = sorted(graph.glob("*.ttl"))
        assert _edit_document(files[5], "funding removed", 0) == "funding removed"
        # a funding's Swedish label: the label of the ``via`` of its rows
        path = _first(graph, r'rdfs:label "medel för [^"]+"@sv')
        edit(
            path,
            r'rdfs:label "medel för ([^"]+)"@sv',
            r'rdfs:label "pengar till \1"@sv',
            regex=True,
        )

    _check(*_changed(built, tmp_path, change))


def test_a_document_removed(built, tmp_path: Path) -> None:
    def change(graph: Path) -> None:
        sorted(graph.glob("*.ttl"))[7].unlink()

    _check(*_changed(built, tmp_path, change))


def test_a_document_added(built, tmp_path: Path) -> None:
    graph, corpus, _out, _answers = built
    path = sorted(graph.glob("*.ttl"))[2]
    # the build without one document, then that document added back
    without = tmp_path / "without"
    shutil.copytree(graph, without / "graph")
    (without / "graph" / path.name).unlink()
    build(without / "graph", corpus, without / "out", views=False)
    store = open_store(without / "out")
    answers = {name: run_query(store, name) for name in sorted(PATCHED)}
    del store
    _check(*_changed((without / "graph", corpus, without / "out", answers), tmp_path,
                     lambda g: shutil.copy(path, g / path.name)))  # fmt: skip


def test_nothing_changed_but_a_title(built, tmp_path: Path) -> None:
    def change(graph: Path) -> None:
        path = sorted(graph.glob("*.ttl"))[1]
        edit(path, r'(dcterms:title "[^"]+)"', r'\1 (rev.)"', regex=True)

    _check(*_changed(built, tmp_path, change))


def test_a_network_renamed(built, tmp_path: Path) -> None:
    # the network's partners keep their ties: only the label beside them moves
    def change(graph: Path) -> None:
        texts = {p: p.read_text(encoding="utf-8") for p in sorted(graph.glob("*.ttl"))}
        typed = re.compile(
            r'^(<initiativ/[^>]+>) a sam:Network ;\n    rdfs:label "([^"]+)"@sv', re.M
        )
        for path, text in texts.items():
            for found in typed.finditer(text):
                if sum(t.count(found.group(1)) for t in texts.values()) == text.count(
                    found.group(1)
                ):
                    edit(path, found.group(0), found.group(0).replace('"@sv', ' (nytt namn)"@sv'))
                    return
        raise AssertionError("no network defined in one document alone")

    store, changed, answers = _changed(built, tmp_path, change)
    _check(store, changed, answers)
    triples = patched_answer(
        store, "construct-cooperation", answers["construct-cooperation"], reach(store, changed)
    )
    assert triples["objectLabel"].str.endswith("(nytt namn)").sum() > 1


@pytest.mark.parametrize("seed", range(4))
def test_random_edits(built, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)

    def change(graph: Path) -> None:
        files = sorted(graph.glob("*.ttl"))
        for number, path in enumerate(rng.sample(files, rng.choice([1, 2, 3]))):
            kind = rng.choice(["label and relation", "funding removed"])
            _edit_document(path, kind, number)

    _check(*_changed(built, tmp_path, change), moves=False)


def test_an_answer_with_a_blank_node_is_not_patched(built, tmp_path: Path) -> None:
    store, changed, answers = _changed(
        built, tmp_path, lambda g: _edit_document(sorted(g.glob("*.ttl"))[4], "funding removed", 0)
    )
    found = reach(store, changed)
    old = answers["cooperation"].copy()
    old.loc[0, "via"] = "_:b0"
    assert patched_answer(store, "cooperation", old, found) is None
    old = answers["construct-cooperation"].copy()
    old.loc[0, "object"] = "_:b0"
    assert patched_answer(store, "construct-cooperation", old, found) is None
    assert patched_answer(store, "cooperation", None, found) is None
    assert patched_answer(store, "actors", answers["cooperation"], found) is None


def test_a_sector_renamed_in_the_store(built) -> None:
    # a sector's label lies in the ontology, which an incremental build never changes;
    # changed in a store of its own, the rows of every actor of the sector move
    import pyoxigraph as ox

    from samverkan.namespaces import LABEL_PROPERTIES

    _graph, _corpus, out, answers = built
    store = ox.Store()
    store.load(path=str(out / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    old = answers["construct-cooperation"]
    sector = old.loc[old["predicate"].str.endswith("#sector"), "object"].iloc[0]
    node = ox.NamedNode(sector)
    changed = []
    for prop in LABEL_PROPERTIES:
        for quad in list(store.quads_for_pattern(node, ox.NamedNode(str(prop)), None)):
            store.remove(quad)
            name = ox.Literal(f"{quad.object.value} (ny)", language=quad.object.language)
            store.add(ox.Quad(node, quad.predicate, name, quad.graph_name))
            changed += [quad.triple, ox.Triple(node, quad.predicate, name)]
    patched = patched_answer(store, "construct-cooperation", old, reach(store, changed))
    pd.testing.assert_frame_equal(patched, run_query(store, "construct-cooperation"))
    assert patched["objectLabel"].str.endswith("(ny)").sum() > 1


def _loaded(out: Path):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(out / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    return store


def test_a_tie_between_co_members_comes_back(built) -> None:
    # in a store of its own: two co-members lose their sam:cooperatesWith, then get it back
    import pyoxigraph as ox

    from samverkan.namespaces import SAM

    _graph, _corpus, out, answers = built
    rows = answers["cooperation"]
    a, b = rows.loc[rows["basis"] == "co-member", ["a", "b"]].iloc[0]
    store = _loaded(out)
    ties = [
        q
        for x, y in ((a, b), (b, a))
        for q in store.quads_for_pattern(
            ox.NamedNode(x), ox.NamedNode(str(SAM.cooperatesWith)), ox.NamedNode(y)
        )
    ]
    changed = [q.triple for q in ties]
    for quad in ties:
        store.remove(quad)
    old = run_query(store, "cooperation")
    gone = patched_answer(store, "cooperation", rows, reach(store, changed))
    pd.testing.assert_frame_equal(gone, old)
    assert len(gone) < len(rows)
    store.extend(ties)
    patched = patched_answer(store, "cooperation", old, reach(store, changed))
    pd.testing.assert_frame_equal(patched, run_query(store, "cooperation"))
    pd.testing.assert_frame_equal(patched, rows)


def test_a_funded_post_moved_to_another_unit(build_dir: Path) -> None:
    # the seed's funded post (the synthetic corpora fund none), moved in a store of its
    # own: the rows through the funding of the post move with it
    import pyoxigraph as ox

    from samverkan.namespaces import ORG

    store = _loaded(build_dir)
    rows = run_query(store, "cooperation")
    funding = rows.loc[rows["basis"] == "co-funded post", "via"].iloc[0]
    post_in = ox.NamedNode(str(ORG.postIn))
    item = next(
        q.object
        for q in store.quads_for_pattern(ox.NamedNode(funding), None, None)
        if any(True for _ in store.quads_for_pattern(q.object, post_in, None))
    )
    units = {q.object for q in store.quads_for_pattern(None, post_in, None)}
    moved = [q for q in store.quads_for_pattern(item, post_in, None)]
    other = sorted(units - {q.object for q in moved}, key=str)[0]
    changed = []
    for quad in moved:
        store.remove(quad)
        store.add(ox.Quad(item, post_in, other, quad.graph_name))
        changed += [quad.triple, ox.Triple(item, post_in, other)]
    patched = patched_answer(store, "cooperation", rows, reach(store, changed))
    pd.testing.assert_frame_equal(patched, run_query(store, "cooperation"))
    assert not patched.equals(rows)
