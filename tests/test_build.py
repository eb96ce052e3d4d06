"""The build command: its outputs, determinism, and every kind of bad input.

Bad input ends with one clear message naming the file (and line), exit status 1, no
traceback, and the previous good output left as it was.

The command runs in this process (``samverkan.cli.main``) on the mini corpus and the small
reference (tests/fixtures/reference-small); one test runs the real entry point in a
subprocess, where the exit status and the absence of a traceback are the process's own.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import samverkan.build
from samverkan.cli import main
from testpaths import MINI_CORPUS, MINI_GRAPH, SMALL_REFERENCE


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """``run_cli(*args)`` runs ``samverkan *args`` in this process and returns its result.

    The corpus is the mini corpus (``SAMVERKAN_CORPUS``, as a user would set it) and the
    build reads the small reference: the command line has no option for the reference
    directory, so the default of ``build(reference_dir=...)`` is set for this test.
    """
    monkeypatch.setenv("SAMVERKAN_CORPUS", str(MINI_CORPUS))
    monkeypatch.setitem(samverkan.build.build.__kwdefaults__, "reference_dir", SMALL_REFERENCE)

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def good_out(mini_build_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good build (a copy of the session's mini build) that every bad build must leave intact."""
    out = tmp_path_factory.mktemp("good") / "out"
    shutil.copytree(mini_build_dir, out)
    return out


@pytest.fixture
def bad_graph(tmp_path: Path) -> Path:
    graph = tmp_path / "graph"
    shutil.copytree(MINI_GRAPH, graph)
    return graph


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def assert_fails_cleanly(
    result: Result | subprocess.CompletedProcess[str], out: Path, before: str, *needles: str
) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("samverkan: error:")]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)
    assert digest(out / "samverkan.trig") == before
    assert not list(out.parent.glob(".out.*")), "staging directory left behind"


def test_outputs(mini_build_dir: Path) -> None:
    for name in ("samverkan.trig", "report.md", "report.json", "ontology/index.html", "store"):
        assert (mini_build_dir / name).exists(), name
    report = (mini_build_dir / "report.md").read_text(encoding="utf-8")
    assert "3 quotes verified against the texts in 1 documents" in report
    with (SMALL_REFERENCE / "municipalities.csv").open(encoding="utf-8") as handle:
        municipalities = len(list(csv.DictReader(handle)))
    assert municipalities == 6
    assert f"| `sam:Municipality` | {municipalities} |" in report
    assert "SHACL: 0 violations" in report


def test_real_build_reports_every_municipality(build_dir: Path) -> None:
    """The session build reads the full reference data: 290 municipalities, 21 counties."""
    report = (build_dir / "report.md").read_text(encoding="utf-8")
    assert "| `sam:Municipality` | 290 |" in report
    assert "| `sam:County` | 21 |" in report
    assert "SHACL: 0 violations" in report


def test_ontology_documentation_loads_nothing_from_outside(mini_build_dir: Path) -> None:
    html = (mini_build_dir / "ontology" / "index.html").read_text(encoding="utf-8")
    assert "Municipality" in html
    assert "<script src=" not in html
    assert '<link rel="stylesheet" href="http' not in html


def test_cli_build_says_where_and_repeats_the_library_build_byte_for_byte(
    run_cli: RunCli, mini_build_dir: Path, tmp_path: Path
) -> None:
    """A second build of the same input (here through the command line) gives the same bytes
    as the session's mini build (made by ``build()``): builds are deterministic."""
    result = run_cli(
        "build", "--graph", str(MINI_GRAPH), "--out", str(tmp_path / "o"), "--no-views"
    )
    assert result.returncode == 0, result.stderr
    assert "3 evidence quotes verified" in result.stdout
    assert "samverkan.trig" in result.stdout
    for name in ("samverkan.trig", "report.md", "report.json", "ontology/index.html"):
        assert (tmp_path / "o" / name).read_bytes() == (mini_build_dir / name).read_bytes(), name


def test_malformed_turtle(run_cli: RunCli, good_out: Path, bad_graph: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "org:unitOf <kommun/1281> ;", "org:unitOf <kommun/1281> ;;; [[")
    result = run_cli("build", "--graph", str(bad_graph), "--out", str(good_out), "--no-views")
    assert_fails_cleanly(result, good_out, before, "mini.ttl:", "invalid Turtle")


def test_malformed_turtle_through_the_real_entry_point(good_out: Path, bad_graph: Path) -> None:
    """``python -m samverkan.cli`` in its own process: exit status 1, no traceback."""
    before = digest(good_out / "samverkan.trig")
    edit(bad_graph / "mini.ttl", "org:unitOf <kommun/1281> ;", "org:unitOf <kommun/1281> ;;; [[")
    result = subprocess.run(
        [sys.executable, "-m", "samverkan.cli", "build", "--graph", str(bad_graph),
         "--out", str(good_out), "--no-views"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "SAMVERKAN_CORPUS": str(MINI_CORPUS)},
    )  # fmt: skip
    assert_fails_cleanly(result, good_out, before, "mini.ttl:", "invalid Turtle")


def test_unknown_term(run_cli: RunCli, good_out: Path, bad_graph: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "sam:hostedBy", "sam:hostedByy")
    line = line_of(ttl, "sam:hostedByy")
    result = run_cli("build", "--graph", str(bad_graph), "--out", str(good_out), "--no-views")
    assert_fails_cleanly(result, good_out, before, f"mini.ttl:{line}:", "sam:hostedByy")


def test_shacl_violation(run_cli: RunCli, good_out: Path, bad_graph: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "    sam:funder <lansstyrelse/12> ;\n", "")
    line = line_of(ttl, "<finansiering/testnatverket-lansstyrelsen> a sam:Funding")
    result = run_cli("build", "--graph", str(bad_graph), "--out", str(good_out), "--no-views")
    assert_fails_cleanly(
        result, good_out, before, f"mini.ttl:{line}:", "SHACL violation", "A funding has a funder"
    )


def test_wrong_offset(run_cli: RunCli, good_out: Path, bad_graph: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    text = ttl.read_text(encoding="utf-8")
    start = int(text.split("oa:start ")[1].split(" ")[0])
    edit(ttl, f"oa:start {start} ;", f"oa:start {start + 1} ;")
    result = run_cli("build", "--graph", str(bad_graph), "--out", str(good_out), "--no-views")
    assert_fails_cleanly(result, good_out, before, "mini.ttl:", f"it occurs at {start}-")


def test_wrong_quote(run_cli: RunCli, good_out: Path, bad_graph: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, '"leds av kultur- och fritidsförvaltningen i Lund"', '"leds av socialförvaltningen"')
    line = line_of(ttl, "leds av socialförvaltningen")
    result = run_cli("build", "--graph", str(bad_graph), "--out", str(good_out), "--no-views")
    assert_fails_cleanly(
        result, good_out, before, f"mini.ttl:{line}:", "does not occur in the text"
    )


def test_wrong_checksum(run_cli: RunCli, good_out: Path, bad_graph: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    real = digest(MINI_CORPUS / "mini.txt")
    edit(ttl, real, "0" * 64)
    line = line_of(ttl, "sam:sha256")
    result = run_cli("build", "--graph", str(bad_graph), "--out", str(good_out), "--no-views")
    assert_fails_cleanly(result, good_out, before, f"mini.ttl:{line}:", real)


def test_missing_corpus_directory(run_cli: RunCli, good_out: Path, tmp_path: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    missing = tmp_path / "no-such-corpus"
    result = run_cli(
        "build", "--graph", str(MINI_GRAPH), "--corpus", str(missing), "--out", str(good_out)
    )
    assert_fails_cleanly(result, good_out, before, str(missing), "corpus directory does not exist")


def test_wrong_corpus_directory(run_cli: RunCli, good_out: Path, tmp_path: Path) -> None:
    before = digest(good_out / "samverkan.trig")
    result = run_cli(
        "build", "--graph", str(MINI_GRAPH), "--corpus", str(tmp_path), "--out", str(good_out)
    )
    assert_fails_cleanly(result, good_out, before, "mini.ttl:", "mini.txt is not in the corpus")


def test_unwritable_output_directory(run_cli: RunCli, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    result = run_cli("build", "--graph", str(MINI_GRAPH), "--out", str(blocker / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot write the output directory" in result.stderr
    assert str(blocker / "out") in result.stderr


def test_refuses_to_replace_a_directory_that_is_not_a_build(
    run_cli: RunCli, tmp_path: Path
) -> None:
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.tex").write_text("years of work", encoding="utf-8")
    result = run_cli("build", "--graph", str(MINI_GRAPH), "--out", str(precious), "--no-views")
    assert result.returncode == 1
    assert "refusing to replace it" in result.stderr
    assert (precious / "chapter1.tex").read_text(encoding="utf-8") == "years of work"


def test_the_previous_build_goes_after_the_build_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default a process of its own removes the previous build once the new one is in
    place (:func:`samverkan.build._remove_later`), and with it a removal a remover left
    unfinished: the build returns with ``out/`` whole, and soon nothing else is left."""
    import time

    from samverkan.build import MARKER, REMOVE_VARIABLE, build

    monkeypatch.delenv(REMOVE_VARIABLE)
    monkeypatch.setattr(samverkan.build, "_STALE_REMOVAL", -1)  # any leftover is stale
    out = tmp_path / "out"
    kwargs = {"views": False, "reference_dir": SMALL_REFERENCE, "full": True}
    build(MINI_GRAPH, MINI_CORPUS, out, **kwargs)
    first = (out / "samverkan.trig").stat().st_ino
    left = tmp_path / ".out.removing-1-1"  # a remover killed half-way, say by a reboot
    (left / "views").mkdir(parents=True)
    (left / "views" / "page.html").write_text("old", encoding="utf-8")
    build(MINI_GRAPH, MINI_CORPUS, out, **kwargs)
    assert (out / MARKER).is_file() and (out / "report.json").is_file()
    assert (out / "samverkan.trig").stat().st_ino != first  # the new build is in place
    assert not (tmp_path / ".out.building").exists()
    deadline = time.monotonic() + 120
    while len(list(tmp_path.iterdir())) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_collector_runs_over_every_object_rarely_during_a_build_only(
    good_out: Path, bad_graph: Path, tmp_path: Path
) -> None:
    """A build sets the collector's oldest threshold (its millions of objects live until
    it ends) and puts it back after, when it fails too."""
    import gc

    from samverkan.build import FULL_COLLECTION_EVERY, build

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    build(MINI_GRAPH, MINI_CORPUS, tmp_path / "out", reference_dir=SMALL_REFERENCE,
          views=False, progress=lambda _: seen.append(gc.get_threshold()))  # fmt: skip
    assert seen and all(t == (*before[:2], FULL_COLLECTION_EVERY) for t in seen)
    assert gc.get_threshold() == before
    edit(bad_graph / "mini.ttl", "org:unitOf <kommun/1281> ;", "org:unitOf <kommun/1281> ;;; [[")
    with pytest.raises(samverkan.build.SamverkanError):
        build(bad_graph, None, good_out, reference_dir=SMALL_REFERENCE, views=False)
    assert gc.get_threshold() == before
