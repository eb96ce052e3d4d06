"""Blank-node labels are scoped to their file (issue 12, item 8).

pyoxigraph keeps an explicit label such as ``_:x`` as written, so two document files that
both write ``_:x`` would share one node. Each file's blank nodes are renamed by
:func:`samverkan.turtle.read_turtle` to labels made from the file's name, so they stay
apart, and the same input always gives the same labels (and TriG bytes).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from samverkan.load import load_sources
from samverkan.turtle import read_turtle
from testpaths import ROOT

FIRST, SECOND = "000_1c1bf7a317be8ad1", "001_897b9f3742f7adc5"


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    """The project's graph files, two of which say something about their own ``_:x``."""
    copy = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", copy)
    for stem, words in ((FIRST, "first file"), (SECOND, "second file")):
        with (copy / f"{stem}.ttl").open("a", encoding="utf-8") as handle:
            handle.write(
                f"\n<dokument/{stem}> <http://www.w3.org/2000/01/rdf-schema#seeAlso> _:x .\n"
                f'_:x <http://www.w3.org/2000/01/rdf-schema#comment> "{words}" .\n'
            )
    return copy


def test_two_files_using_the_same_label_keep_two_nodes(graph: Path) -> None:
    store = load_sources(graph).store()
    rows = store.query(
        "SELECT ?g ?node ?comment WHERE { GRAPH ?g { ?doc "
        "<http://www.w3.org/2000/01/rdf-schema#seeAlso> ?node . ?node "
        "<http://www.w3.org/2000/01/rdf-schema#comment> ?comment } }"
    )
    found = {(row["g"].value.rsplit("/", 1)[1], row["comment"].value, row["node"]) for row in rows}
    assert {(g, c) for g, c, _n in found} == {(FIRST, "first file"), (SECOND, "second file")}
    nodes = {n for _g, _c, n in found}
    assert len(nodes) == 2 and all(isinstance(n, ox.BlankNode) for n in nodes)
    # Each node has exactly one comment: nothing of one file's _:x reached the other's.
    for node in nodes:
        comments = list(store.quads_for_pattern(node, None, None))
        assert len(comments) == 1


def test_labels_are_the_same_for_the_same_file(graph: Path) -> None:
    path = graph / f"{FIRST}.ttl"
    first, again = read_turtle(path), read_turtle(path)
    assert first == again
    labels = {t.object.value for t in first if isinstance(t.object, ox.BlankNode)}
    assert labels and all(label.startswith(FIRST.replace("_", "")) for label in labels)


def test_a_build_loaded_twice_keeps_its_blank_node_labels(tmp_path: Path) -> None:
    """Two loads of one TriG give the same blank nodes, so pages showing them do not change.

    ``Store.bulk_load`` draws fresh random labels on every load; before the fix two
    ``samverkan views`` runs on one build wrote different resource pages.
    """
    from samverkan.store import load_trig

    trig = tmp_path / "samverkan.trig"
    trig.write_text(
        "<http://ex/g> { <http://ex/a> <http://ex/p> _:node_1 . _:node_1 <http://ex/q> 1 . }",
        encoding="utf-8",
    )
    first, second = set(load_trig(trig)), set(load_trig(trig))
    assert first == second
    assert {q.object.value for q in first if isinstance(q.object, ox.BlankNode)} == {"node_1"}
    assert set(load_trig(trig, tmp_path / "store")) == first
