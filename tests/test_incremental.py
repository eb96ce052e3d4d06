"""Incremental builds give what a full build of the same input gives, byte for byte.

Each test edits document files (a label, a relation, a funding fact removed, a file removed
and added back), runs the incremental build into the previous build's directory, runs a full
build of the same input into a fresh one, and compares ``samverkan.trig`` (bytes),
``report.json`` and the store's quads. The reference is the full build, the same code path
every other test of the build checks.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from edits import edit
from samverkan.build import build
from samverkan.errors import SamverkanError
from testpaths import ROOT


def _quads(store_dir: Path) -> list[str]:
    # Loading TriG names blank nodes afresh (two full builds' stores differ in those names
    # only): compare the canonical form (RDF Dataset Canonicalization).
    dataset = ox.Dataset(ox.Store.read_only(str(store_dir)))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return sorted(str(q) for q in dataset)


def _incremental(graph: Path, corpus: Path | None, out: Path) -> list[str]:
    said: list[str] = []
    build(graph, corpus, out, views=False, progress=said.append)
    return said


def _same_as_full(graph: Path, corpus: Path | None, out: Path, tmp: Path) -> None:
    reference = tmp / "full"
    if reference.exists():
        shutil.rmtree(reference)
    build(graph, corpus, reference, views=False, full=True)
    assert (out / "samverkan.trig").read_bytes() == (reference / "samverkan.trig").read_bytes()
    assert json.loads((out / "report.json").read_text()) == json.loads(
        (reference / "report.json").read_text()
    )
    assert _quads(out / "store") == _quads(reference / "store")


def _was_incremental(said: list[str]) -> bool:
    return any(m.startswith("incremental build") for m in said) and not any(
        m.startswith("full build") for m in said
    )


def test_edits_removals_and_additions_give_the_full_build(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    files = sorted(graph.glob("*.ttl"))
    inferred_before = (out / "samverkan.trig").read_bytes()

    # A label and a relation: a member of a project becomes another organisation (its
    # cooperation through this project goes; a national organisation keeps what other
    # documents give it).
    first = files[0].read_text(encoding="utf-8")
    member = re.search(r"org:member (<org/[^>]+>) ; org:organization", first)
    national = re.search(r"org:member (<org/[a-z-]+>) ; org:organization", first)
    assert member and national
    edit(files[0], r'"funding of [^"]+"@en', '"the funding, renamed"@en', regex=True)
    edit(files[0], f"org:member {member.group(1)} ;", f"org:member {national.group(1)} ;")
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    assert (out / "samverkan.trig").read_bytes() != inferred_before
    _same_as_full(graph, corpus, out, tmp_path)

    # A funding fact removed: what it alone derived goes, what others derive stays.
    edit(files[1], r"<finansiering/[^>]+> a sam:Funding ;.*?\n\n", "", regex=True)
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    _same_as_full(graph, corpus, out, tmp_path)

    # A whole document removed, then added back.
    kept = files[2].read_bytes()
    files[2].unlink()
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    _same_as_full(graph, corpus, out, tmp_path)
    files[2].write_bytes(kept)
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    _same_as_full(graph, corpus, out, tmp_path)


def test_edits_that_make_and_mend_warnings_give_the_full_build(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    # A rebuild checks the shapes only on the nodes its change can reach, and keeps the
    # previous build's results for the others: the report's warnings are a full build's.
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    assert json.loads((out / "report.json").read_text())["validation"]["warnings"] == []
    files = sorted(graph.glob("*.ttl"))
    original = files[0].read_bytes()
    # a membership without its role, a funding without its scheme: two warnings
    edit(files[0], r" org:role <[^>]+> ;", "", regex=True)
    edit(files[0], r"sam:fundingScheme <[^>]+> ;\s*", "", regex=True)
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    assert any("nodes the change can reach" in m for m in said), said
    warnings = json.loads((out / "report.json").read_text())["validation"]["warnings"]
    assert len(warnings) == 2 and any("org#role" in w for w in warnings), warnings
    _same_as_full(graph, corpus, out, tmp_path)
    # another document's edit keeps them; mending the first removes them
    edit(files[1], r'"funding of [^"]+"@en', '"the funding, renamed"@en', regex=True)
    said = _incremental(graph, corpus, out)
    assert any("nodes the change can reach" in m for m in said), said
    assert json.loads((out / "report.json").read_text())["validation"]["warnings"] == warnings
    _same_as_full(graph, corpus, out, tmp_path)
    files[0].write_bytes(original)
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    assert json.loads((out / "report.json").read_text())["validation"]["warnings"] == []
    _same_as_full(graph, corpus, out, tmp_path)


@pytest.mark.parametrize(
    "damage",
    ["not json {", '{"focus": "x"}', '[{"focus": "x"}]', "[1, 2]", '"results"'],
    ids=["not-json", "an-object", "a-result-without-fields", "numbers", "a-string"],
)
def test_a_damaged_shacl_cache_checks_every_node(
    synthetic: tuple[Path, Path], tmp_path: Path, damage: str
) -> None:
    # The SHACL results the previous build kept (.cache/shacl.json) are damaged, or were
    # written by something else: the rebuild does not stop on them, checks every node and
    # gives a full build's report.
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    (out / ".cache" / "shacl.json").write_text(damage, encoding="utf-8")
    files = sorted(graph.glob("*.ttl"))
    edit(files[0], r" org:role <[^>]+> ;", "", regex=True)  # a warning
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    assert "validating (SHACL) and running the violation queries, side by side" in said, said
    warnings = json.loads((out / "report.json").read_text())["validation"]["warnings"]
    assert len(warnings) == 1 and "org#role" in warnings[0], warnings
    _same_as_full(graph, corpus, out, tmp_path)
    # and the rebuild wrote a sound cache, which the next one uses
    assert isinstance(json.loads((out / ".cache" / "shacl.json").read_text()), list)
    edit(files[1], r'"funding of [^"]+"@en', '"the funding, renamed"@en', regex=True)
    said = _incremental(graph, corpus, out)
    assert any("nodes the change can reach" in m for m in said), said
    _same_as_full(graph, corpus, out, tmp_path)


def test_a_removed_fact_whose_consequences_have_other_derivations(tmp_path: Path) -> None:
    # In the seed graph, removing one membership of an organisation that cooperates through
    # other initiatives too: DRed over-deletes its cooperation and must rederive what the
    # other memberships still give.
    graph = tmp_path / "graph"
    shutil.copytree(ROOT / "graph", graph)
    out = tmp_path / "out"
    build(graph, None, out, views=False)
    store = ox.Store.read_only(str(out / "store"))
    rows = list(
        store.query(
            "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?m ?a (COUNT(?o) AS ?n) WHERE { "
            "GRAPH ?g { ?m org:member ?a ; org:organization ?i } "
            "GRAPH ?h { ?x org:member ?a ; org:organization ?o } FILTER(?o != ?i) "
            "FILTER(isIRI(?m)) } GROUP BY ?m ?a ORDER BY DESC(?n) ?m LIMIT 1"
        )
    )
    del store
    assert rows, "the seed graph has an actor in two collaborations"
    membership = rows[0]["m"].value.removeprefix("https://w3id.org/samverkan/id/")
    path = next(p for p in sorted(graph.glob("*.ttl")) if f"<{membership}>" in p.read_text())
    text = path.read_text(encoding="utf-8")
    start = text.index(f"<{membership}>")
    part = text[start:]
    cut = re.sub(r"org:member <[^>]+> ;\s*", "", part, count=1)
    path.write_text(text[:start] + cut, encoding="utf-8")
    said = _incremental(graph, None, out)
    assert _was_incremental(said), said
    _same_as_full(graph, None, out, tmp_path)


def _files(out: Path) -> dict[Path, bytes]:
    """Every file of a build but its on-disk store, by path: what a failed build must keep."""
    return {
        p.relative_to(out): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and "store" not in p.parts
    }


def test_a_bad_edit_leaves_the_previous_build_and_the_next_good_one_works(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    before = _files(out)
    target = sorted(graph.glob("*.ttl"))[3]
    good = target.read_text(encoding="utf-8")

    target.write_text(good.replace(" ;\n", " ;;\n(", 1), encoding="utf-8")
    with pytest.raises(SamverkanError) as broken:
        _incremental(graph, corpus, out)
    assert str(broken.value).startswith(f"{target}:")
    assert "invalid Turtle" in str(broken.value)

    quote = re.search(r'oa:exact "([^"]+)"', good)
    assert quote
    target.write_text(good.replace(quote.group(0), 'oa:exact "nowhere in the text"'), "utf-8")
    with pytest.raises(SamverkanError) as wrong:
        _incremental(graph, corpus, out)
    assert str(wrong.value).startswith(f"{target}:")
    assert "nowhere in the text" in str(wrong.value)

    after = _files(out)
    assert after == before
    assert not any(p.name.startswith(".out.") for p in tmp_path.iterdir())

    target.write_text(re.sub(r'"funding of ([^"]+)"@en', r'"funds for \1"@en', good), "utf-8")
    said = _incremental(graph, corpus, out)
    assert _was_incremental(said), said
    _same_as_full(graph, corpus, out, tmp_path)


@pytest.mark.parametrize(
    ("pattern", "fault", "query"),
    [
        # a second Swedish name of the same node
        (r'(rdfs:label "[^"]+"@sv)', r'\1, "Ett andra namn"@sv', "label-duplicate"),
        # a property the reasoner derives, stated
        (
            r"(org:unitOf <kommun/\d+>)",
            r"\1 ; org:memberOf <kommun/0114>",
            "derived-property-asserted",
        ),
    ],
)
def test_an_edit_a_violation_query_finds_stops_the_build_and_keeps_the_previous(
    synthetic: tuple[Path, Path], tmp_path: Path, pattern: str, fault: str, query: str
) -> None:
    # the rebuild runs the query on the nodes the change reaches, finds the row, and the
    # full build that follows says where it is
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    before = _files(out)
    target = sorted(graph.glob("*.ttl"))[3]
    edit(target, pattern, fault, regex=True)
    said: list[str] = []
    with pytest.raises(SamverkanError, match=f"violation query {query}-violation"):
        build(graph, corpus, out, views=False, progress=said.append)
    assert "full build: a violation query returned rows (located by the full build)" in said
    assert _files(out) == before


def test_other_inputs_or_full_build_everything(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    graph, corpus = synthetic
    out = tmp_path / "out"
    build(graph, corpus, out, views=False)
    said: list[str] = []
    build(graph, corpus, out, views=False, full=True, progress=said.append)
    assert not any(m.startswith("incremental build") for m in said)
    said = []
    build(graph, None, out, views=False, progress=said.append)
    assert any(m.startswith("full build: changed since the previous build: corpus") for m in said)
    shutil.rmtree(out / ".cache")
    said = []
    build(graph, None, out, views=False, progress=said.append)
    assert "full build: no cache of a previous build" in said
    _same_as_full(graph, None, out, tmp_path)


def _inodes(out: Path) -> dict[str, tuple[int, int]]:
    """Every file of a build directory: its inode and time of last change."""
    return {
        str(p.relative_to(out)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def test_nothing_changed_leaves_the_build_as_it_is(
    synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    """A build whose inputs are those of the previous one, byte for byte, writes nothing
    (every file keeps its inode and time) and returns the previous report; a text saved
    again unchanged is no change; a view removed, views no longer asked for or --full
    build again."""
    graph, corpus = synthetic
    out = tmp_path / "out"
    first = build(graph, corpus, out)
    before = _inodes(out)
    text = sorted(corpus.glob("*.txt"))[2]
    text.write_bytes(text.read_bytes())  # saved again, the same words
    said: list[str] = []
    again = build(graph, corpus, out, progress=said.append)
    assert said and said[-1].startswith("up to date: no document file, text or other input")
    assert _inodes(out) == before
    assert again.to_json() == first.to_json() == json.loads((out / "report.json").read_text())
    assert again.corpus == str(corpus) and len(again.warnings) == len(first.warnings)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "graph", "out"]  # no staging

    saved = text.read_bytes()
    text.write_bytes(saved + b"\nEn rad till.\n")  # a text changed under its graph
    with pytest.raises(SamverkanError):
        build(graph, corpus, out)
    assert _inodes(out) == before
    text.write_bytes(saved)

    (out / "views" / "index.html").unlink()
    said = []
    build(graph, corpus, out, progress=said.append)
    assert _was_incremental(said), said
    assert (out / "views" / "index.html").is_file()

    said = []
    build(graph, corpus, out, views=False, progress=said.append)
    assert _was_incremental(said), said
    assert not (out / "views").exists()
    said = []
    build(graph, corpus, out, views=False, full=True, progress=said.append)
    assert any(m.startswith("loading ontology") for m in said), said
    said = []
    build(graph, corpus, out, views=False, progress=said.append)
    assert said[-1].startswith("up to date"), said


def test_the_drafter_is_no_input_of_a_build(tmp_path: Path) -> None:
    """The code key leaves out the drafter (:data:`samverkan.incremental.NOT_BUILD_CODE`):
    a change there keeps the key, a change anywhere else changes it; and that is sound only
    while no other module of the package imports ``samverkan.draft``, which the source's
    syntax trees show."""
    import ast

    import samverkan
    from samverkan.incremental import NOT_BUILD_CODE, _hash_tree

    tree = tmp_path / "pkg"
    (tree / "draft").mkdir(parents=True)
    (tree / "commands").mkdir()
    for name in ("build.py", "draft/rules.py", "commands/draft.py", "commands/build.py"):
        (tree / name).write_text("x = 1\n", encoding="utf-8")
    key = _hash_tree(tree, NOT_BUILD_CODE)
    for name in ("draft/rules.py", "commands/draft.py"):
        (tree / name).write_text("x = 2\n", encoding="utf-8")
        assert _hash_tree(tree, NOT_BUILD_CODE) == key, name
    for name in ("build.py", "commands/build.py"):
        (tree / name).write_text("x = 2\n", encoding="utf-8")
        assert _hash_tree(tree, NOT_BUILD_CODE) != key, name
        key = _hash_tree(tree, NOT_BUILD_CODE)

    root = Path(samverkan.__file__).parent
    importers = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name.startswith(NOT_BUILD_CODE):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(m == "samverkan.draft" or m.startswith("samverkan.draft.") for m in modules):
                importers.append(f"{name}:{node.lineno}")
    assert importers == []
    # the check finds such an import
    bad = ast.parse("from samverkan import draft\n")
    node = bad.body[0]
    assert isinstance(node, ast.ImportFrom)
    assert "samverkan.draft" in [f"{node.module}.{a.name}" for a in node.names]
