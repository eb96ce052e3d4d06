"""The answers a build keeps (samverkan.query.stored): the same frames as evaluated, read
without the store, and never those of another build, query text or parameters."""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from edits import edit
from samverkan.build import build
from samverkan.errors import SamverkanError
from samverkan.query import load_query, run_query, stored
from samverkan.query.stored import STORED, decode, encode, read_answer, write_answer


def _no_store(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Count the build directories whose dataset a query asks for from here on (loaded, or
    the one already in memory): a kept answer asks for none."""
    from samverkan.query import run

    asked: list[Path] = []
    real = run.build_store

    def counting(build_dir: Path):
        asked.append(build_dir)
        return real(build_dir)

    monkeypatch.setattr(run, "build_store", counting)
    return asked


def _copy(build_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(build_dir, out, ignore=shutil.ignore_patterns("views"))
    return out


def test_the_build_keeps_the_largest_answers_and_a_query_reads_them(
    build_dir: Path, built, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert {"cooperation", "construct-cooperation"} == STORED
    opened = _no_store(monkeypatch)
    for name in sorted(STORED):
        assert (build_dir / ".cache" / "answers" / f"{name}.json").is_file()
        kept = run_query(build_dir, name)
        # evaluated on the dataset loaded from the TriG, where the build kept the answer of
        # its own store: a CONSTRUCT's triples come sorted, so the two are the same
        evaluated = run_query(built, name)
        assert len(kept) > 50
        pd.testing.assert_frame_equal(kept, evaluated)
    assert opened == []  # read from the kept files alone


def test_an_answer_of_another_build_or_query_is_never_read(
    build_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _copy(build_dir, tmp_path)
    info = load_query("cooperation")
    whole = run_query(out, info)
    planted = whole.head(3).copy()
    assert write_answer(out, info, None, True, planted) is not None
    opened = _no_store(monkeypatch)
    pd.testing.assert_frame_equal(run_query(out, "cooperation"), planted)
    assert opened == []

    # no label columns, a file of the same name with another text: evaluated
    assert len(run_query(out, "cooperation", labels=False)) == len(whole)
    edited = tmp_path / "cooperation.rq"
    edited.write_text(info.text.replace("ORDER BY ?a ?b", "ORDER BY ?b ?a"), encoding="utf-8")
    assert len(run_query(out, edited)) == len(whole)
    assert len(opened) == 2
    # a parameter the query does not declare is refused, kept answer or not
    with pytest.raises(SamverkanError, match="parameter"):
        run_query(out, "cooperation", {"year": "2018"})

    # another build: the manifest names other inputs, so the key no longer holds
    manifest = out / ".cache" / "manifest.json"
    manifest.write_bytes(manifest.read_bytes() + b" ")
    assert read_answer(out, info, None, True) is None
    pd.testing.assert_frame_equal(run_query(out, "cooperation"), whole)
    assert len(opened) == 3
    # ... and the answer evaluated is kept under the new key
    pd.testing.assert_frame_equal(read_answer(out, info, None, True), whole)
    key = json.loads((out / ".cache" / "answers" / "cooperation.json").read_text())["key"]
    assert key == stored.answer_key(info, manifest.read_bytes())


def test_a_build_directory_that_cannot_be_written_is_answered_all_the_same(
    build_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _copy(build_dir, tmp_path)
    shutil.rmtree(out / ".cache" / "answers")

    def refuse(self: Path, *args: object, **kw: object) -> int:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_text", refuse)
    assert len(run_query(out, "construct-cooperation")) > 50
    monkeypatch.undo()
    assert not (out / ".cache" / "answers").exists() or not any(
        (out / ".cache" / "answers").iterdir()
    )


def test_a_rebuild_keeps_the_answers_of_its_own_data(
    synthetic: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out)
    before = run_query(out, "cooperation")
    first = sorted(graph.glob("*.ttl"))[0]
    text = first.read_text(encoding="utf-8")
    member = re.search(r"org:member (<org/[^>]+>) ; org:organization", text)
    national = re.search(r"org:member (<org/[a-z-]+>) ; org:organization", text)
    assert member and national and member.group(1) != national.group(1)
    edit(first, f"org:member {member.group(1)} ;", f"org:member {national.group(1)} ;")

    said: list[str] = []
    build(graph, corpus, out, progress=said.append)  # incremental, with views
    assert any(m.startswith("incremental build") for m in said), said
    from samverkan.store import open_store

    store = open_store(out)
    for name in sorted(STORED):
        opened = _no_store(monkeypatch)
        kept = run_query(out, name)
        assert opened == []
        pd.testing.assert_frame_equal(kept, run_query(store, name))
        monkeypatch.undo()
    assert not run_query(out, "cooperation").equals(before)

    # without views the build keeps nothing; the first query keeps its answer
    edit(first, f"org:member {national.group(1)} ;", f"org:member {member.group(1)} ;")
    build(graph, corpus, out, views=False)
    assert not (out / ".cache" / "answers").exists()
    pd.testing.assert_frame_equal(run_query(out, "cooperation"), before)
    assert (out / ".cache" / "answers" / "cooperation.json").is_file()


def test_a_frame_is_kept_with_its_types_or_not_at_all() -> None:
    frame = pd.DataFrame(
        {
            "text": ["a", "1", "", None],
            "number": [1, 1.0, -0.0, 0.0],
            "flag": [True, 1, False, 0],
        },
        dtype=object,
    )
    back = decode(json.loads(json.dumps(encode(frame))))
    pd.testing.assert_frame_equal(back, frame)
    assert [type(v) for v in back["flag"]] == [bool, int, bool, int]
    assert [repr(v) for v in back["number"]] == ["1", "1.0", "-0.0", "0.0"]
    dated = pd.DataFrame({"issued": [datetime.date(2019, 4, 8)]}, dtype=object)
    assert encode(dated) is None


def test_a_build_directory_is_loaded_once_while_its_build_is_the_same(
    synthetic: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import samverkan.store
    from samverkan.query import run

    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    loads: list[Path] = []
    real = samverkan.store.open_store
    monkeypatch.setattr(
        samverkan.store, "open_store", lambda d, **kw: loads.append(d) or real(d, **kw)
    )
    run._LOADED.clear()
    first = run_query(out, "funding")
    assert run_query(out, "actors") is not None and run_query(out, "funding").equals(first)
    assert len(loads) == 1
    edit(sorted(graph.glob("*.ttl"))[0], r'"funding of [^"]+"@en', '"renamed"@en', regex=True)
    build(graph, corpus, out, views=False)  # a new samverkan.trig: loaded again
    english = run_query(out, 'SELECT ?l WHERE { ?f a sam:Funding ; rdfs:label ?l }')
    assert "renamed" in set(english["l"])
    assert len(loads) == 2
