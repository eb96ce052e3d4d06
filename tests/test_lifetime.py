"""What a build is done with is kept until the process ends only where the process ends at
once after its one build (:mod:`samverkan.lifetime`): the command line, never a process that
goes on (a notebook, these tests, the benchmark's repeated builds)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from edits import edit
from samverkan import lifetime
from samverkan.build import build
from samverkan.network._data import Data
from testpaths import MINI_CORPUS, MINI_GRAPH, SMALL_REFERENCE


def _build(graph: Path, out: Path, *, full: bool = False) -> list[str]:
    said: list[str] = []
    build(graph, MINI_CORPUS, out, reference_dir=SMALL_REFERENCE, full=full, progress=said.append)
    return said


@pytest.fixture()
def graph(tmp_path: Path) -> Path:
    copy = tmp_path / "graph"
    shutil.copytree(MINI_GRAPH, copy)
    return copy


def test_a_process_that_goes_on_keeps_nothing(
    graph: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lifetime, "_KEPT", [])
    assert not lifetime._ENDS  # no test process declares it ends at once
    with lifetime.lingering():
        _build(graph, tmp_path / "out")
        edit(graph / "mini.ttl", '"The test network"@en', '"The test network, edited"@en')
        said = _build(graph, tmp_path / "out")
    assert any(m.startswith("incremental build") for m in said)
    assert lifetime._KEPT == []


def test_a_process_that_ends_at_once_keeps_the_dataset_and_builds_the_same(
    graph: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lifetime, "_ENDS", True)
    monkeypatch.setattr(lifetime, "_KEPT", [])
    out = tmp_path / "out"
    with lifetime.lingering():
        _build(graph, out)  # in full: nothing to rebuild from
        full_kept = len(lifetime._KEPT)
        edit(graph / "mini.ttl", '"The test network"@en', '"The test network, edited"@en')
        said = _build(graph, out)
    assert any(m.startswith("incremental build") for m in said)
    assert full_kept > 0
    stores = [x for x in lifetime._KEPT if isinstance(x, ox.Store)]
    assert len(stores) == 2  # the full build's dataset and the rebuild's
    # the data the projections read, once per build
    assert sum(isinstance(x, Data) for x in lifetime._KEPT) == 2
    # outside the block nothing more is kept
    before = len(lifetime._KEPT)
    lifetime.linger(object())
    assert len(lifetime._KEPT) == before
    # and the rebuild is the full build of the same input
    reference = tmp_path / "reference"
    _build(graph, reference, full=True)
    assert (out / "samverkan.trig").read_bytes() == (reference / "samverkan.trig").read_bytes()
    views = sorted(p.relative_to(out / "views") for p in (out / "views").rglob("*.html"))
    assert views == sorted(
        p.relative_to(reference / "views") for p in (reference / "views").rglob("*.html")
    )
    for name in views:
        assert (out / "views" / name).read_bytes() == (reference / "views" / name).read_bytes()


def test_the_command_line_declares_that_it_ends_at_once() -> None:
    script = (
        "import samverkan.cli as cli\n"
        "from samverkan import lifetime\n"
        "cli.main = lambda: print('ends at once:', lifetime._ENDS) or 3\n"
        "cli.entry()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 3, done.stderr
    assert done.stdout.strip() == "ends at once: True"
