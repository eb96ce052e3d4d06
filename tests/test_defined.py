"""The silent mistakes of issue 13 now stop the build, each with file, line and the fix.

Each test edits a copy of the small document of our own (tests/fixtures/mini) the way an
author would get it wrong, runs the real command line, and checks the message, the exit
status, that there is no traceback and that the previous good build is untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samverkan.build import build
from samverkan.cli import main
from test_build import Result, assert_fails_cleanly, digest, edit, line_of
from testpaths import MINI_CORPUS, MINI_GRAPH


@pytest.fixture(scope="module")
def good_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The previous good build, which every failed build must leave as it was."""
    out = tmp_path_factory.mktemp("defined") / "out"
    build(MINI_GRAPH, MINI_CORPUS, out, views=False)
    return out


@pytest.fixture
def bad_graph(tmp_path: Path) -> Path:
    """A copy of the small document of our own, to get wrong."""
    shutil.copytree(MINI_GRAPH, tmp_path / "graph")
    return tmp_path / "graph"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """``samverkan build`` in this process, with the full reference data (the suggestions
    name real municipalities) and the mini corpus."""
    monkeypatch.setenv("SAMVERKAN_CORPUS", str(MINI_CORPUS))

    def build_cli(graph: Path, out: Path) -> Result:
        capsys.readouterr()
        code = main(["build", "--graph", str(graph), "--out", str(out), "--no-views"])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return build_cli


def test_municipality_code_that_does_not_exist(good_out: Path, bad_graph: Path, run) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "org:member <kommun/1262>", "org:member <kommun/1268>")
    line = line_of(ttl, "<kommun/1268>")
    result = run(bad_graph, good_out)
    assert_fails_cleanly(
        result,
        good_out,
        before,
        f"mini.ttl:{line}: <kommun/1268> is not defined in any graph",
        # the codes one digit away, nearest last digit first, with their names
        "did you mean <kommun/1260> (Bjuvs kommun) or <kommun/1261> (Kävlinge kommun) or "
        "<kommun/1262> (Lomma kommun)",
        "reference/municipalities.csv",
    )


def test_county_board_without_leading_zero(good_out: Path, bad_graph: Path, run) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "sam:funder <lansstyrelse/12>", "sam:funder <lansstyrelse/1>")
    line = line_of(ttl, "<lansstyrelse/1>")
    result = run(bad_graph, good_out)
    assert_fails_cleanly(
        result,
        good_out,
        before,
        f"mini.ttl:{line}: <lansstyrelse/1> is not defined",
        "did you mean <lansstyrelse/01> (Länsstyrelsen i Stockholms län)?",
    )


def test_mistyped_concept(good_out: Path, bad_graph: Path, run) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, 'schema:startDate "2018"^^xsd:gYear ;\n    sam:hostedBy',
         'schema:startDate "2018"^^xsd:gYear ;\n    sam:targetGroup <malgrupp/nyanlande> ;\n'
         "    sam:hostedBy")
    line = line_of(ttl, "<malgrupp/nyanlande>")
    result = run(bad_graph, good_out)
    assert_fails_cleanly(
        result,
        good_out,
        before,
        f"mini.ttl:{line}: <malgrupp/nyanlande> is not defined",
        "did you mean <malgrupp/nyanlanda> (nyanlända)?",
        "ontology/concepts.ttl",
    )


def test_actor_used_but_defined_nowhere(good_out: Path, bad_graph: Path, run) -> None:
    """An actor whose type and label live in no graph of this build (the subset mistake)."""
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "sam:funder <lansstyrelse/12>", "sam:funder <org/arbetsformedlingen-malmo>")
    line = line_of(ttl, "<org/arbetsformedlingen-malmo>")
    result = run(bad_graph, good_out)
    assert_fails_cleanly(
        result,
        good_out,
        before,
        f"mini.ttl:{line}: <org/arbetsformedlingen-malmo> is not defined",
        "did you mean <org/arbetsformedlingen> (Arbetsförmedlingen)?",
        "reference/registry.ttl",
    )


def test_concept_defined_in_a_document_with_evidence(good_out: Path, bad_graph: Path, run) -> None:
    """The workaround the issue found: a new concept given evidence in the document."""
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "sam:fundingScheme <finansieringsform/utvecklingsmedel>",
         "sam:fundingScheme <finansieringsform/amif>")
    with ttl.open("a", encoding="utf-8") as handle:
        handle.write(
            "\n<finansieringsform/amif> a <http://www.w3.org/2004/02/skos/core#Concept> ;\n"
            '    rdfs:label "AMIF"@sv ; sam:evidence <dokument/mini/belagg/medel> .\n'
        )
    line = line_of(ttl, "<finansieringsform/amif> a ")
    result = run(bad_graph, good_out)
    assert_fails_cleanly(
        result,
        good_out,
        before,
        f"mini.ttl:{line}: <finansieringsform/amif> is a concept and is defined in a document",
        "ontology/concepts.ttl",
    )


def test_every_undefined_iri_is_counted(good_out: Path, bad_graph: Path, run) -> None:
    before = digest(good_out / "samverkan.trig")
    ttl = bad_graph / "mini.ttl"
    edit(ttl, "org:member <kommun/1262>", "org:member <kommun/1268>")
    edit(ttl, "sam:funder <lansstyrelse/12>", "sam:funder <lansstyrelse/1>")
    result = run(bad_graph, good_out)
    assert_fails_cleanly(result, good_out, before, "(and 1 more undefined IRIs)")
