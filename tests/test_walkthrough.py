"""The walk-through of docs/modelling.md, as a new user runs it, on a test page of our own.

tests/fixtures/walkthrough/sprakvanner-mittskane.txt is a realistic but invented municipal news
page (an AMIF project of Höör, Hörby and Eslöv); 000_c89728165ec7144b.ttl is the graph file
a user writes for it. Everything happens in temporary directories, through the command
line: corpus add -> entities search -> write the file -> check (and --fix-offsets) -> build.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from clirun import run_cli
from samverkan.query import run_query
from samverkan.store import open_store
from test_build import edit
from testpaths import FIXTURES

PAGES = FIXTURES / "walkthrough"
PAGE = PAGES / "sprakvanner-mittskane.txt"
URL = "https://www.example.org/hoor/nyheter/sprakvanner-i-mittskane"
GRAPH_FILE = PAGES / "000_c89728165ec7144b.ttl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Step 1: the page taken into a corpus of one's own."""
    corpus = tmp_path_factory.mktemp("walk") / "corpus"
    result = run_cli(
        "corpus",
        "add",
        str(PAGE),
        "--url",
        URL,
        "--corpus",
        str(corpus),
        "--title",
        "Språkvänner i Mittskåne ger nyanlända nya kontakter",
        "--publisher",
        "Höörs kommun",
        "--retrieved",
        "2021-10-20",
    )
    assert result.returncode == 0, result.stderr
    return corpus


def test_step1_corpus_add_names_the_file_and_gives_the_checksum(corpus: Path) -> None:
    (text,) = corpus.glob("*.txt")
    assert text.stem == GRAPH_FILE.stem  # the graph file is named after the text
    digest = hashlib.sha256(text.read_bytes()).hexdigest()
    assert f'sam:sha256 "{digest}"' in GRAPH_FILE.read_text(encoding="utf-8")
    listing = run_cli("corpus", "list", "--corpus", str(corpus)).stdout
    assert f"{text.name}   2021-10-20" in listing and URL in listing


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("Höörs kommun", "<kommun/1267>"),
        ("med Hörby", "<kommun/1266>"),
        ("Eslövs kommun", "<kommun/1285>"),
        ("AMIF", "<org/asyl-migrations-och-integrationsfonden>"),
        ("Arbetsförmedlingen", "<org/arbetsformedlingen>"),
    ],
)
def test_step2_entities_search_gives_the_iris_the_file_reuses(
    mini_full_build_dir: Path, name: str, iri: str
) -> None:
    result = run_cli("entities", "search", name, "--out", str(mini_full_build_dir), "--limit", "3")
    assert result.returncode == 0, result.stderr
    assert iri in result.stdout, result.stdout
    assert iri in GRAPH_FILE.read_text(encoding="utf-8")


def test_step3_check_finds_a_slip_and_fix_offsets_repairs_it(
    tmp_path: Path, corpus: Path, mini_full_build_dir: Path
) -> None:
    ttl = tmp_path / GRAPH_FILE.name
    shutil.copy(GRAPH_FILE, ttl)
    text = (corpus / f"{GRAPH_FILE.stem}.txt").read_text(encoding="utf-8")
    start = text.index("Amina Berg, projektledare")
    edit(
        ttl,
        f"oa:start {start} ; oa:end {start + 40}",
        f"oa:start {start + 2} ; oa:end {start + 42}",
    )
    args = ["check", str(ttl), "--corpus", str(corpus), "--out", str(mini_full_build_dir)]
    result = run_cli(*args)
    assert result.returncode == 1
    assert f"it is at {start}-{start + 40}" in result.stdout
    fixed = run_cli(*args, "--fix-offsets")
    assert fixed.returncode == 0, fixed.stdout
    assert ttl.read_bytes() == GRAPH_FILE.read_bytes()
    assert ", 10 quotes verified" in fixed.stdout.splitlines()[-1]


@pytest.fixture(scope="module")
def built_page(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    """Step 5: the build of a graph directory holding the page's file."""
    tmp = tmp_path_factory.mktemp("walk-build")
    (tmp / "graph").mkdir()
    shutil.copy(GRAPH_FILE, tmp / "graph")
    result = run_cli(
        "build",
        "--graph",
        str(tmp / "graph"),
        "--corpus",
        str(corpus),
        "--out",
        str(tmp / "out"),
        "--no-views",
    )
    assert result.returncode == 0, result.stderr
    assert "10 evidence quotes verified in 1 documents" in result.stdout
    return tmp / "out"


def test_step5_the_page_builds_and_joins_the_network(built_page: Path) -> None:
    out = built_page
    store = open_store(out)
    funding = run_query(store, "funding")
    row = funding[funding["funding"].str.endswith("sprakvanner-mittskane-amif")].iloc[0]
    assert row["funder"].endswith("org/asyl-migrations-och-integrationsfonden")
    assert row["scheme"].endswith("finansieringsform/amif")
    pairs = {
        (r["a"].value.rsplit("/", 1)[-1], r["b"].value.rsplit("/", 1)[-1])
        for r in store.query(
            "SELECT ?a ?b WHERE { GRAPH <https://w3id.org/samverkan/graph/inferred> "
            "{ ?a <https://w3id.org/samverkan/ontology#cooperatesWith> ?b } }"
        )
    }
    # the three municipalities are co-members; the project is funded by the fund
    assert {("1267", "1266"), ("1267", "1285"), ("1266", "1285")} <= pairs
    assert ("sprakvanner-mittskane", "asyl-migrations-och-integrationsfonden") in pairs


def test_step5_a_person_with_two_posts_bridges_their_organisations(built_page: Path) -> None:
    """Amina Berg leads the project for Höör and chairs an association: a tie, explained."""
    from samverkan.network import collaboration

    out = built_page
    store = open_store(out)
    bridges = run_query(store, "person-bridges")
    assert len(bridges) == 1
    row = bridges.iloc[0]
    assert (row["unitLabel"], row["partnerLabel"], row["personName"]) == (
        "Höörs kommun",
        "föreningen Vänskap i Höör",
        "Amina Berg",
    )
    G = collaboration(store)
    edge = G.edges["kommun/1267", "org/foreningen-vanskap-i-hoor"]
    assert edge["kinds"] == ["shared post holder"]
    assert G.graph["unexplained"] == 0


def test_step5_planned_and_seasonal_work_keeps_its_status(built_page: Path) -> None:
    """ "Under hösten" is the year and the season; "ska" is planned, not ongoing."""
    status = run_query(open_store(built_page), "initiative-status")
    by_label = {row["initiativeLabel"]: row for _i, row in status.iterrows()}
    autumn = by_label["cykelkurser och datorkurs hösten 2021 (Språkvänner i Mittskåne)"]
    assert (autumn["status"], autumn["start"], autumn["startSeasonLabel"]) == (
        "ongoing",
        "2021",
        "hösten",
    )
    planned = by_label["körkortsteori på lätt svenska (Språkvänner i Mittskåne)"]
    assert (planned["status"], planned["asOf"]) == ("planned", "2021-10-14")
    project = by_label["Språkvänner i Mittskåne"]
    assert (project["status"], project["start"], project["end"]) == ("ended", "2020-09", "2022-08")


def test_season_and_planned_mistakes_are_errors(
    tmp_path: Path, corpus: Path, mini_full_build_dir: Path
) -> None:
    ttl = tmp_path / GRAPH_FILE.name
    shutil.copy(GRAPH_FILE, ttl)
    # a season needs a year-precision date; what is planned is not also ongoing
    edit(
        ttl,
        'schema:startDate "2021"^^xsd:gYear ; sam:startSeason',
        'schema:startDate "2021-09"^^xsd:gYearMonth ; sam:startSeason',
    )
    edit(
        ttl,
        'sam:plannedAsOf "2021-10-14"^^xsd:date ;',
        'sam:plannedAsOf "2021-10-14"^^xsd:date ; sam:ongoingAsOf "2021-10-14"^^xsd:date ;',
    )
    result = run_cli("check", str(ttl), "--corpus", str(corpus), "--out", str(mini_full_build_dir))
    assert result.returncode == 1
    assert (
        "A start season belongs to a start year: schema:startDate as an xsd:gYear." in result.stdout
    )
    assert "What is planned is not ongoing" in result.stdout


def test_an_undated_page_is_dated_by_its_retrieval(
    tmp_path: Path, corpus: Path, mini_full_build_dir: Path
) -> None:
    """An EU project page without a date passes the shapes with the date it was read."""
    ttl = tmp_path / GRAPH_FILE.name
    shutil.copy(GRAPH_FILE, ttl)
    edit(ttl, 'dcterms:issued "2021-10-14"^^xsd:date ;\n', "")
    edit(ttl, "sam:pageKind <sidtyp/nyhet>", "sam:pageKind <sidtyp/eu-projektsida>")
    args = ["check", str(ttl), "--corpus", str(corpus), "--out", str(mini_full_build_dir)]
    undated = run_cli(*args)
    assert undated.returncode == 1
    assert "A document has a date published or updated, or (when the page carries none)" in (
        undated.stdout
    )
    edit(
        ttl,
        "sam:pageKind <sidtyp/eu-projektsida>",
        'sam:pageKind <sidtyp/eu-projektsida> ; sam:retrievedOn "2021-10-20"^^xsd:date',
    )
    dated = run_cli(*args)
    assert dated.returncode == 0, dated.stdout
