"""The inferred graph's TriG block patched with the subjects a change touched
(:func:`samverkan.incremental._inferred_block`) is the block the TriG writer gives for the
whole graph, byte for byte: the reference is the writer's own serialisation of the store
after the change (:func:`samverkan.store.serialize_graph`, as a full build writes it)."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from samverkan.incremental import _inferred_block, _key_place
from samverkan.namespaces import INFERRED_GRAPH, SAM
from samverkan.store import serialize_graph

GRAPH = ox.NamedNode(str(INFERRED_GRAPH))
P = [ox.NamedNode(str(SAM.cooperatesWith)), ox.NamedNode("https://example.org/p")]


def _whole(store: ox.Store) -> bytes:
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, GRAPH)]
    return serialize_graph(sorted(triples, key=str), INFERRED_GRAPH)[1] if triples else b""


def _subject(rng: random.Random) -> ox.NamedNode:
    # prefixed names (sam:, with a character the writer escapes) and full IRIs, so that the
    # keys read back from the block take both forms
    number = rng.randrange(400)
    if rng.random() < 0.5:
        return ox.NamedNode(f"{SAM._NS}x{number}")
    return ox.NamedNode(f"https://example.org/{'a' if number % 2 else 'z'}/{number}")


@pytest.mark.parametrize("seed", range(12))
def test_the_patched_block_is_the_whole_graphs_block(seed: int) -> None:
    rng = random.Random(seed)
    store = ox.Store()
    for _ in range(rng.choice([0, 1, 30, 300])):
        s, o = _subject(rng), _subject(rng)
        store.add(ox.Quad(s, rng.choice(P), o, GRAPH))
    old = _whole(store)
    subjects = sorted({q.subject for q in store}, key=str)
    touched: set = set()
    for _ in range(rng.choice([0, 1, 3, 40])):
        kind = rng.random()
        if subjects and kind < 0.4:  # a subject loses some or all of its triples
            s = rng.choice(subjects)
            for q in list(store.quads_for_pattern(s, None, None, GRAPH)):
                if rng.random() < 0.7:
                    store.remove(q)
        else:  # an old or a new subject (before or after every other) gains a triple
            s = rng.choice([*subjects, _subject(rng), ox.NamedNode("a://first")])
            store.add(ox.Quad(s, rng.choice(P), _subject(rng), GRAPH))
        touched.add(s)
    if subjects:  # a subject touched whose triples stay as they were
        touched.add(rng.choice(subjects))
    assert _inferred_block(store, old, touched) == _whole(store)


def test_the_place_of_a_key_is_that_of_the_first_sub_block_at_or_after_it() -> None:
    store = ox.Store()
    names = [f"https://example.org/{c}" for c in "bdfh"]
    for name in names:
        store.add(ox.Quad(ox.NamedNode(name), P[1], ox.Literal("line\nbreak\tand tab"), GRAPH))
    block = _whole(store)
    body = block[block.index(b" {\n") + 3 : -2]
    starts = [body.index(f"\t<{name}>".encode()) for name in names]
    for key, place in [
        ("<https://example.org/a> ", starts[0]),
        ("<https://example.org/b> ", starts[0]),
        ("<https://example.org/c> ", starts[1]),
        ("<https://example.org/h> ", starts[3]),
        ("<https://example.org/i> ", len(body)),
    ]:
        assert _key_place(body, key) == place, key
