"""The synthetic corpus generator: what it writes builds cleanly, the same seed gives the same
bytes, and the national actors' degrees grow with the corpus (preferential attachment)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from samverkan.build import build
from samverkan.cli import main
from samverkan.errors import SamverkanError
from samverkan.synth import synthesize


def _digest(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_a_synthetic_corpus_builds_with_every_quote_verified(tmp_path: Path) -> None:
    stats = synthesize(4, seed=7, graph_dir=tmp_path / "g", corpus_dir=tmp_path / "c")
    report = build(tmp_path / "g", tmp_path / "c", tmp_path / "out", views=False)
    # Evidence verified against the generated texts, SHACL and violation queries passed.
    assert sum(report.evidence.values()) == stats["quotes"]
    assert len(report.evidence) == stats["documents"]
    # Every text is the generator's own: none of the real corpus' first lines.
    for text in (tmp_path / "c").iterdir():
        assert text.read_text(encoding="utf-8").splitlines()[0].endswith(("kommun", "stad"))


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    synthesize(3, seed=5, graph_dir=tmp_path / "g1", corpus_dir=tmp_path / "c1")
    synthesize(3, seed=5, graph_dir=tmp_path / "g2", corpus_dir=tmp_path / "c2")
    synthesize(3, seed=6, graph_dir=tmp_path / "g3", corpus_dir=tmp_path / "c3")
    assert _digest(tmp_path / "g1") == _digest(tmp_path / "g2")
    assert _digest(tmp_path / "c1") == _digest(tmp_path / "c2")
    assert _digest(tmp_path / "c1") != _digest(tmp_path / "c3")


def _national_degrees(graph_dir: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in graph_dir.glob("*.ttl"):
        counts.update(set(re.findall(r"org:member (<org/[a-z-]+>)", path.read_text())))
    return counts


def test_hub_degrees_grow_with_the_corpus(tmp_path: Path) -> None:
    synthesize(3, seed=2, graph_dir=tmp_path / "gs", corpus_dir=tmp_path / "cs")
    synthesize(40, seed=2, graph_dir=tmp_path / "gl", corpus_dir=tmp_path / "cl")
    small, large = _national_degrees(tmp_path / "gs"), _national_degrees(tmp_path / "gl")
    assert max(large.values()) > 5 * max(small.values())
    # Preferential attachment: the top hub holds more than an equal share.
    assert max(large.values()) > sum(large.values()) / len(large)


def test_synth_refuses_a_directory_with_files(tmp_path: Path) -> None:
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "keep.ttl").write_text("# mine")
    with pytest.raises(SamverkanError, match="not empty"):
        synthesize(1, graph_dir=tmp_path / "g", corpus_dir=tmp_path / "c")
    assert (tmp_path / "g" / "keep.ttl").read_text() == "# mine"


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["synth", "--municipalities", "2", "--graph", str(tmp_path / "g")]
    assert main([*argv, "--corpus", str(tmp_path / "c")]) == 0
    assert "documents" in capsys.readouterr().out
    assert main([*argv, "--corpus", str(tmp_path / "c")]) == 1
    assert "not empty" in capsys.readouterr().err
