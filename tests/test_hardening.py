"""Hostile and clumsy input to the build, one test per repro of issue 11.

Every repro is run as a user would meet it (the real command in a subprocess, on a copy of
the small fixture document) and must end with one line naming the file and place, exit
status 1, no traceback, no hang, and the previous good output left as it was.
"""

from __future__ import annotations

import errno
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.build import build
from samverkan.errors import SamverkanError
from samverkan.turtle import MAX_LITERAL_CHARS, MAX_NESTING, parse_turtle
from test_build import assert_fails_cleanly, digest, edit, line_of
from testpaths import MINI_CORPUS, MINI_GRAPH

SECRET = "TOPSECRET line that must never be printed"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``samverkan *args`` in a real process, as a user runs it (a hang would time out)."""
    return subprocess.run(
        [sys.executable, "-m", "samverkan.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "SAMVERKAN_CORPUS": str(MINI_CORPUS)},
    )


@pytest.fixture(scope="module")
def good_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good build whose output every bad build below must leave intact."""
    out = tmp_path_factory.mktemp("good") / "out"
    build(MINI_GRAPH, MINI_CORPUS, out, views=False)
    return out


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    copy = tmp_path / "graph"
    shutil.copytree(MINI_GRAPH, copy)
    return copy


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(MINI_CORPUS, copy)
    return copy


def build_cli(
    graph: Path, out: Path, corpus: Path = MINI_CORPUS
) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "build", "--graph", str(graph), "--corpus", str(corpus), "--out", str(out), "--no-views"
    )


def fails(graph: Path, out: Path, *needles: str, corpus: Path = MINI_CORPUS) -> str:
    before = digest(out / "samverkan.trig")
    result = build_cli(graph, out, corpus)
    assert_fails_cleanly(result, out, before, *needles)
    return result.stderr


# --- Files outside the corpus ---------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../secret/mini.txt", "ABSOLUTE", "./mini.txt", "sub/mini.txt", "mini.txt/", "-mini.txt"],
)
def test_file_name_outside_the_corpus_is_refused_unread(
    good_out: Path, graph: Path, corpus: Path, name: str
) -> None:
    secret = corpus.parent / "secret" / "mini.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", encoding="utf-8")
    if name == "ABSOLUTE":
        name = str(secret)
    ttl = graph / "mini.ttl"
    real = digest(MINI_CORPUS / "mini.txt")
    edit(ttl, real, hashlib.sha256(secret.read_bytes()).hexdigest())
    edit(ttl, 'sam:fileName "mini.txt"', f'sam:fileName "{name}"')
    stderr = fails(
        graph, good_out, f"mini.ttl:{line_of(ttl, 'sam:fileName')}:", "sam:fileName", corpus=corpus
    )
    assert "TOPSECRET" not in stderr


def test_fifo_graph_file_is_refused_without_blocking(good_out: Path, graph: Path) -> None:
    os.mkfifo(graph / "waiting.ttl")
    fails(graph, good_out, "waiting.ttl: not a regular file (a FIFO)")


def test_graph_file_linked_to_dev_zero_is_refused(good_out: Path, graph: Path) -> None:
    (graph / "zero.ttl").symlink_to("/dev/zero")
    fails(graph, good_out, "zero.ttl: not a regular file (a character device)")


def test_graph_file_over_the_size_limit_is_refused_unread(good_out: Path, graph: Path) -> None:
    with (graph / "huge.ttl").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: reading it would take 50 MiB
    fails(graph, good_out, "huge.ttl: the graph file is 52,428,801 bytes; the limit is")


def test_corpus_text_that_is_a_fifo_is_refused(good_out: Path, corpus: Path) -> None:
    (corpus / "mini.txt").unlink()
    os.mkfifo(corpus / "mini.txt")
    fails(MINI_GRAPH, good_out, "mini.txt: not a regular file (a FIFO)", corpus=corpus)


def test_corpus_text_linked_to_dev_zero_is_refused(good_out: Path, corpus: Path) -> None:
    (corpus / "mini.txt").unlink()
    (corpus / "mini.txt").symlink_to("/dev/zero")
    fails(MINI_GRAPH, good_out, "mini.txt: not a regular file (a character device)", corpus=corpus)


# --- Crashes and hangs -----------------------------------------------------------------


@pytest.mark.parametrize("depth", [1_000, 10_000])
def test_deeply_nested_blank_nodes_are_refused_before_parsing(
    good_out: Path, graph: Path, depth: int
) -> None:
    ttl = graph / "mini.ttl"
    nested = "[ rdfs:comment " * depth + '"x"' + " ]" * depth
    with ttl.open("a", encoding="utf-8") as handle:
        handle.write(f"\n\n<initiativ/testnatverket> rdfs:seeAlso {nested} .\n")
    line = len(ttl.read_text(encoding="utf-8").splitlines())
    fails(graph, good_out, f"mini.ttl:{line}:", f"nested more than {MAX_NESTING} levels")


def test_long_chain_of_labelled_blank_nodes_is_refused(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    chain = "".join(f"_:n{i} rdfs:seeAlso _:n{i + 1} .\n" for i in range(1_000))
    with ttl.open("a", encoding="utf-8") as handle:
        handle.write(f"\n<initiativ/testnatverket> rdfs:seeAlso _:n0 .\n{chain}")
    line = line_of(ttl, f"_:n{MAX_NESTING} ")
    fails(graph, good_out, f"mini.ttl:{line}:", f"blank nodes chained more than {MAX_NESTING}")


def test_nesting_at_the_limit_loads(tmp_path: Path) -> None:
    ttl = tmp_path / "deep.ttl"
    depth = MAX_NESTING
    ttl.write_text(
        "<http://a> <http://p> " + "[ <http://p> " * depth + "1" + " ]" * depth + " .",
        encoding="utf-8",
    )
    assert len(parse_turtle(ttl)) == depth + 1


def test_invalid_utf8_in_a_comment(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    ttl.write_bytes(ttl.read_bytes() + b"\n# caf\xe9 latin-1\n")
    line = ttl.read_bytes().count(b"\n")
    fails(graph, good_out, f"mini.ttl:{line}:", "not UTF-8: byte 0xe9")


def test_literal_over_16_mb(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    with ttl.open("a", encoding="utf-8") as handle:
        handle.write('\n<initiativ/testnatverket> rdfs:comment "' + "x" * (17 << 20) + '" .\n')
    line = ttl.read_bytes().count(b"\n")
    fails(graph, good_out, f"mini.ttl:{line}:", f"the limit is {MAX_LITERAL_CHARS:,}")


def test_byte_order_mark_is_read(tmp_path: Path, good_out: Path) -> None:
    graph = tmp_path / "graph"
    graph.mkdir()
    (graph / "mini.ttl").write_bytes(b"\xef\xbb\xbf" + (MINI_GRAPH / "mini.ttl").read_bytes())
    build(graph, MINI_CORPUS, tmp_path / "out", views=False)
    assert digest(tmp_path / "out" / "samverkan.trig") == digest(good_out / "samverkan.trig")


def test_ill_typed_date_is_an_error_with_its_line(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    edit(ttl, '"2020-03-01"^^xsd:date', '"2019-02-30"^^xsd:date')
    stderr = fails(graph, good_out, f"mini.ttl:{line_of(ttl, '2019-02-30')}:", "xsd:date")
    assert "Failed to convert" not in stderr


def test_month_13_is_not_a_gyearmonth(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    edit(ttl, 'schema:startDate "2019"^^xsd:gYear', 'schema:startDate "2017-13"^^xsd:gYearMonth')
    fails(graph, good_out, f"mini.ttl:{line_of(ttl, '2017-13')}:", "not a valid xsd:gYearMonth")


def test_second_start_date_from_another_document(good_out: Path, graph: Path, corpus: Path) -> None:
    shutil.copy(corpus / "mini.txt", corpus / "mini2.txt")
    second = graph / "mini2.ttl"
    text = (graph / "mini.ttl").read_text(encoding="utf-8")
    head = text.split("<initiativ/testnatverket>")[0].replace("dokument/mini>", "dokument/mini2>")
    second.write_text(
        head.replace('"mini.txt"', '"mini2.txt"')
        + '<initiativ/testnatverket> schema:startDate "2016"^^xsd:gYear .\n',
        encoding="utf-8",
    )
    first_line = line_of(graph / "mini.ttl", 'schema:startDate "2018"')
    fails(
        graph,
        good_out,
        f"mini2.ttl:{line_of(second, '2016')}:",
        f"mini.ttl:{first_line} gives '2018'",
        "second schema:startDate",
        corpus=corpus,
    )


# --- The output directory ----------------------------------------------------------------


def test_dangling_out_link_fails_before_the_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.symlink_to(tmp_path / "gone")
    result = build_cli(MINI_GRAPH, out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{out}: output path is a symbolic link" in result.stderr
    assert "loading" not in result.stderr, "the build ran before the check"


def _limit_file_size() -> None:  # runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_write_failure_leaves_the_previous_output(good_out: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    command = [sys.executable, "-m", "samverkan.cli", "build", "--graph", str(MINI_GRAPH)]
    command += ["--corpus", str(MINI_CORPUS), "--out", str(good_out), "--no-views", "--full"]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size,  # the kernel refuses writes past 64 KiB, as a full disk
    )
    assert_fails_cleanly(result, good_out, before, "cannot write the build: File too large")


def test_disk_full_while_writing_leaves_the_previous_output(
    good_out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import samverkan.build

    real = samverkan.build.write_trig

    def full(graphs: object, path: Path) -> None:
        real(graphs, path)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    before = digest(good_out / "samverkan.trig")
    monkeypatch.setattr(samverkan.build, "write_trig", full)
    with pytest.raises(SamverkanError, match="No space left on device; the previous output"):
        build(MINI_GRAPH, MINI_CORPUS, good_out, views=False, full=True)
    assert digest(good_out / "samverkan.trig") == before
    assert not list(good_out.parent.glob(".out.*"))


def test_output_that_cannot_be_renamed(good_out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import samverkan.build

    def busy(first: Path, second: Path) -> bool:
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(second))

    before = digest(good_out / "samverkan.trig")
    monkeypatch.setattr(samverkan.build, "_exchange", busy)
    with pytest.raises(SamverkanError, match="cannot move the new build into place"):
        build(MINI_GRAPH, MINI_CORPUS, good_out, views=False, full=True)  # not up to date
    assert digest(good_out / "samverkan.trig") == before
    assert not list(good_out.parent.glob(".out.*"))


def test_failed_second_rename_puts_the_previous_output_back(
    good_out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import samverkan.build

    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if self.name == ".out.building":
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(target))
        return real_rename(self, target)

    before = digest(good_out / "samverkan.trig")
    monkeypatch.setattr(samverkan.build, "_exchange", lambda first, second: False)
    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(SamverkanError, match="cannot move the new build into place"):
        build(MINI_GRAPH, MINI_CORPUS, good_out, views=False, full=True)  # not up to date
    assert digest(good_out / "samverkan.trig") == before
    assert not list(good_out.parent.glob(".out.*"))


# --- Where a failure is ------------------------------------------------------------------


def test_violation_query_names_the_graph_file_and_line(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    edit(ttl, 'schema:endDate "2019"^^xsd:gYear', 'schema:endDate "2018"^^xsd:gYear')
    fails(
        graph,
        good_out,
        f"mini.ttl:{line_of(ttl, 'schema:endDate')}:",
        "violation query date-violation",
        "end 2018 before start 2019",
    )


def test_incomplete_annotation_names_the_graph_file_and_line(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    edit(ttl, "[ a oa:TextPositionSelector ; oa:start 184 ; oa:end 244 ]", "[ a oa:Foo ]")
    fails(
        graph,
        good_out,
        f"mini.ttl:{line_of(ttl, '<dokument/mini/belagg/medel> a oa:Annotation')}:",
        "needs oa:hasSource",
    )


# --- Privacy -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("literal", "kind"),
    [
        ("kontakt: anna.andersson@lund.se", "an e-mail address"),
        ("skriv till anna.andersson (at) lund.se", "an e-mail address"),
        ("ring 046-35 96 365 för mer", "a phone number"),
        ("mobil 0701234567", "a phone number"),
        ("+46 8 124 57 065", "a phone number"),
    ],
)
def test_contact_data_in_any_literal_is_refused(
    good_out: Path, graph: Path, literal: str, kind: str
) -> None:
    ttl = graph / "mini.ttl"
    edit(
        ttl,
        "    sam:funder <lansstyrelse/12> ;",
        f'    rdfs:comment "{literal}" ;\n    sam:funder <lansstyrelse/12> ;',
    )
    stderr = fails(graph, good_out, f"mini.ttl:{line_of(ttl, literal)}:", f"looks like {kind}")
    assert literal not in stderr


def test_quote_from_a_contact_block_is_refused(good_out: Path, graph: Path, corpus: Path) -> None:
    text = (corpus / "mini.txt").read_text(encoding="utf-8")
    contact = "\n\nKontaktpersoner\n\nAnna Andersson\n046- 359 63 65anna.andersson@lund.se\n"
    (corpus / "mini.txt").write_text(text + contact, encoding="utf-8")
    ttl = graph / "mini.ttl"
    edit(ttl, digest(MINI_CORPUS / "mini.txt"), digest(corpus / "mini.txt"))
    quote = "anna.andersson"  # part of the address: no literal pattern sees it
    start = (text + contact).index(quote)
    edit(
        ttl,
        'oa:exact "Länsstyrelsen gav utvecklingsmedel till nätverket under 2019"',
        f'oa:exact "{quote}"',
    )
    edit(ttl, "oa:start 184 ; oa:end 244", f"oa:start {start} ; oa:end {start + len(quote)}")
    fails(
        graph,
        good_out,
        f"mini.ttl:{line_of(ttl, quote)}:",
        "overlaps a phone number or e-mail address",
        corpus=corpus,
    )


def test_shacl_violation_on_a_blank_node_names_its_holder(good_out: Path, graph: Path) -> None:
    ttl = graph / "mini.ttl"
    edit(
        ttl,
        "<initiativ/testnatverket> a sam:Network ;",
        "<initiativ/testnatverket> a sam:Network ;\n    rdfs:seeAlso [ a sam:Funding ;"
        " sam:fundedItem <initiativ/testnatverket> ;"
        " sam:evidence <dokument/mini/belagg/medel> ] ;",
    )
    line = line_of(ttl, "<initiativ/testnatverket> a sam:Network")
    fails(graph, good_out, f"mini.ttl:{line}:", "SHACL violation", "A funding has a funder")
