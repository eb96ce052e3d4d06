"""The data bundle of the real build, opened as R, Python, Excel and Frictionless users do.

Expected measures come from the project's own measure table (samverkan.network); the R
example computes them a second time with igraph, the Python example with networkx from the
CSVs alone. Quotes and offsets are checked against the corpus texts.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.bundle import FILES, write_bundle
from samverkan.bundle._schema import TABLES
from samverkan.cli import main
from samverkan.network import collaboration, measure_table


@pytest.fixture(scope="module")
def bundle(built, tmp_path_factory) -> Path:
    return write_bundle(built, tmp_path_factory.mktemp("bundle") / "bundle")


@pytest.fixture(scope="module")
def measures(built):
    return measure_table(collaboration(built))


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no byte-order mark"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_files(bundle):
    names = {p.name for p in bundle.iterdir()}
    assert set(FILES) <= names
    assert {f"{t.name}.csv" for t in TABLES} <= names
    assert not [n for n in names if n.startswith(".bundle-")]


def test_frictionless_validates_the_package(bundle, tmp_path):
    exe = shutil.which("frictionless") or str(Path(sys.executable).with_name("frictionless"))
    run = subprocess.run(
        [exe, "validate", "--json", "datapackage.json"],
        cwd=bundle, capture_output=True, text=True, timeout=300,
    )
    report = json.loads(run.stdout)
    assert run.returncode == 0 and report["valid"], run.stdout[-2000:]
    assert len(report["tasks"]) == len(TABLES)
    # the validator does check the keys: a tie to an unknown node fails it
    broken = tmp_path / "broken"
    shutil.copytree(bundle, broken)
    ties = (broken / "ties.csv").read_bytes().replace(b",kommun/1281,", b",kommun/9999,", 1)
    (broken / "ties.csv").write_bytes(ties)
    run = subprocess.run(
        [exe, "validate", "--json", "datapackage.json"],
        cwd=broken, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode != 0 and "foreign-key" in run.stdout


def test_nodes_carry_every_measure_of_the_project(bundle, measures):
    nodes = {r["id"]: r for r in _rows(bundle / "nodes.csv")}
    assert set(nodes) == set(measures.index)
    for column in measures.columns.drop(["label", "type", "sector", "municipality"]):
        for n, value in measures[column].items():
            cell = nodes[n][column]
            if isinstance(value, bool) or str(value) in ("True", "False"):
                assert cell == str(bool(value)).lower(), (n, column)
            elif value != value:  # NaN: an empty cell
                assert cell == "", (n, column)
            elif isinstance(value, str):  # the community: the id of its anchor, a node
                assert cell == value and cell in nodes, (n, column)
            else:
                assert float(cell) == pytest.approx(float(value), abs=1e-12), (n, column)
    assert nodes["kommun/0125"]["municipality_code"] == "0125"
    assert nodes["kommun/1281"]["name"] == "Lunds kommun"


def test_ties_match_the_network(bundle, built):
    G = collaboration(built)
    ties = _rows(bundle / "ties.csv")
    assert len(ties) == G.number_of_edges() == len({r["tie_id"] for r in ties})
    kinds = {}
    for row in _rows(bundle / "tie_kinds.csv"):
        kinds.setdefault(row["tie_id"], set()).add(row["kind"])
    for row in ties:
        attrs = G.edges[row["source"], row["target"]]
        assert int(row["weight"]) == attrs["weight"]
        assert kinds[row["tie_id"]] == set(attrs["kinds"])
        assert row["kind"] in attrs["kinds"]
    # a tie's years are the years its yearly snapshot holds it (the year rule)
    lis = next(r for r in ties if {r["source"], r["target"]} == {"initiativ/lis", "kommun/1231"})
    assert (lis["start_year"], lis["end_year"]) == ("2017", "2019")
    snapshot_2016 = collaboration(built, year=2016)
    for row in ties:
        if row["start_year"] and int(row["start_year"]) <= 2016 <= int(row["end_year"]):
            assert snapshot_2016.has_edge(row["source"], row["target"])


def test_evidence_quotes_are_the_documents_words(bundle, corpus_dir):
    rows = _rows(bundle / "evidence.csv")
    assert len({r["evidence_id"] for r in rows}) == 136  # the README's count of quotes
    texts = {}
    for row in rows:
        doc = row["document_id"]
        if doc not in texts:
            texts[doc] = (corpus_dir / f"{doc}.txt").read_text(encoding="utf-8")
        start, end = int(row["start"]), int(row["end"])
        assert texts[doc][start:end] == row["quote"], row["evidence_id"]
    ids = {r["evidence_id"] for r in rows}
    assert {r["evidence_id"] for r in _rows(bundle / "tie_evidence.csv")} <= ids


def test_documents_fundings_memberships(bundle):
    docs = {r["document_id"]: r for r in _rows(bundle / "documents.csv")}
    assert len(docs) == 5
    burlov = docs["002_fd765e7f231a0a5d"]
    assert (burlov["publisher"], burlov["date"]) == ("Burlövs kommun", "2019-03-12")
    assert docs["003_db4b1ce949ee5551"]["date_kind"] == "modified"
    fundings = _rows(bundle / "fundings.csv")
    assert len({r["funding_id"] for r in fundings}) == 5  # the README's count
    esf = [r for r in fundings if r["funding_id"] == "finansiering/lis-esf"]
    assert {r["party_id"] for r in esf if r["role"] == "recipient"} == {
        "kommun/1230", "kommun/1231", "kommun/1262"
    }
    assert {r["scheme"] for r in esf} == {"esf"}
    members = _rows(bundle / "memberships.csv")
    assert len({r["membership_id"] for r in members}) == 32  # the README's count
    assert all(r["member_id"] and r["collaboration_id"] for r in members)


def test_codebook_explains_every_column_in_both_languages(bundle):
    text = (bundle / "CODEBOOK.md").read_text(encoding="utf-8")
    swedish, english = text.split("## English")
    for t in TABLES:
        for c in t.fields:
            assert f"| `{c.name}` |" in swedish and f"| `{c.name}` |" in english, c.name
    assert "Årsregeln" in swedish and "The year rule" in english


def test_workbook_keeps_codes_as_text(bundle, measures):
    import openpyxl

    wb = openpyxl.load_workbook(bundle / "samverkan.xlsx")
    assert [t.name for t in TABLES] == wb.sheetnames[1:]
    ws = wb["nodes"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2)}
    ekero = rows["kommun/0125"]["municipality_code"]
    assert (ekero.value, ekero.data_type) == ("0125", "s")
    assert rows["kommun/0125"]["name"].value == "Ekerö kommun"
    assert rows["kommun/1281"]["betweenness"].value == pytest.approx(
        measures.loc["kommun/1281", "betweenness"]
    )


def test_same_bytes_for_the_same_build(built, bundle, tmp_path):
    again = write_bundle(built, tmp_path / "again")
    for path in sorted(bundle.iterdir()):
        if path.name.startswith("example-"):  # what the example scripts wrote
            continue
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def _run_example(bundle: Path, tmp_path: Path, command: list[str]) -> Path:
    """Run an example from a fresh copy of the bundle's directory; return that directory."""
    copy = tmp_path / "copy"
    shutil.copytree(bundle, copy)
    run = subprocess.run(command, cwd=copy, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "top broker: Lunds kommun" in run.stdout
    return copy


def _check_result(path: Path, measures) -> None:
    rows = {r["id"]: r for r in csv.DictReader(path.open(encoding="utf-8"))}
    assert set(rows) == set(measures.index)
    for n, row in rows.items():
        assert int(row["degree"]) == measures.loc[n, "degree"], n
        assert float(row["betweenness"]) == pytest.approx(
            measures.loc[n, "betweenness"], abs=1e-9
        ), n
    assert rows["kommun/0125"]["municipality_code"] == "0125"


def test_r_example(bundle, measures, tmp_path):
    if shutil.which("Rscript") is None and os.environ.get("CI") != "true":
        pytest.skip("R is missing (apt-get install r-base-core r-cran-igraph r-cran-jsonlite)")
    copy = _run_example(bundle, tmp_path, ["Rscript", "example.R"])
    _check_result(copy / "example-r-measures.csv", measures)
    assert (copy / "example-r.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_python_example(bundle, measures, tmp_path):
    copy = _run_example(bundle, tmp_path, [sys.executable, "example.py"])
    _check_result(copy / "example-python-measures.csv", measures)


def test_cli(build_dir, tmp_path, capsys):
    target = tmp_path / "b"
    assert main(["export", "bundle", str(target), "--out", str(build_dir)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert (target / "datapackage.json").is_file()
    before = (target / "nodes.csv").read_bytes()
    assert main(["export", "bundle", str(target), "--out", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("samverkan: error: ")
    assert (target / "nodes.csv").read_bytes() == before  # the earlier bundle is intact
    (tmp_path / "file").write_text("x")
    assert main(["export", "bundle", str(tmp_path / "file"), "--out", str(build_dir)]) == 1
    assert "not a directory" in capsys.readouterr().err
