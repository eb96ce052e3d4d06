"""Reference data: 290 municipalities and 21 counties from the official codes.

Checked against the original files beside the corpus (``../data``, a second source), and
against facts known by hand (Lund in Skåne, Ekerö in Stockholm). The small reference of the
test builds (tests/fixtures/reference-small) is checked to be rows of the same files.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from samverkan.errors import SamverkanError
from samverkan.load import load_reference
from samverkan.namespaces import (
    SAM,
    county_board_iri,
    county_iri,
    municipality_iri,
    region_iri,
)
from samverkan.paths import project_dir
from testpaths import SMALL_REFERENCE


@pytest.fixture(scope="module")
def reference() -> Graph:
    return load_reference()


def test_counts(reference: Graph) -> None:
    assert len(set(reference.subjects(RDF.type, SAM.Municipality))) == 290
    assert len(set(reference.subjects(RDF.type, SAM.County))) == 21
    assert len(set(reference.subjects(RDF.type, SAM.CountyAdministrativeBoard))) == 21


def test_regions_keyed_by_their_county(reference: Graph) -> None:
    # 21 regions, one per county, Gotland's being the municipality itself (Region Gotland)
    regions = set(reference.subjects(RDF.type, SAM.Region))
    assert len(regions) == 20
    assert region_iri("09") not in regions
    assert str(reference.value(municipality_iri("0980"), RDFS.label)) == "Region Gotland"
    assert reference.value(region_iri("12"), SAM.county) == county_iri("12")
    skane = set(reference.objects(region_iri("12"), RDFS.label))
    assert Literal("Region Skåne", lang="sv") in skane
    vgr = set(reference.objects(region_iri("14"), RDFS.label))
    assert Literal("Västra Götalandsregionen", lang="sv") in vgr
    assert {str(reference.value(r, SAM.county))[-2:] for r in regions} == {
        str(c)[-2:] for c in reference.subjects(RDF.type, SAM.County)
    } - {"09"}


def test_known_municipalities(reference: Graph) -> None:
    lund, ekero = municipality_iri("1281"), municipality_iri("0125")
    assert reference.value(lund, SAM.county) == county_iri("12")
    assert reference.value(ekero, SAM.county) == county_iri("01")
    assert Literal("Lunds kommun", lang="sv") in set(reference.objects(lund, RDFS.label))
    assert Literal("Ekerö kommun", lang="sv") in set(reference.objects(ekero, RDFS.label))
    assert reference.value(county_board_iri("12"), SAM.county) == county_iri("12")


def test_every_municipality_in_the_right_county(
    reference: Graph, original_reference_dir: Path
) -> None:
    with (original_reference_dir / "municipalities.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 290
    for row in rows:
        m = municipality_iri(row["municipality_code"])
        county = reference.value(m, SAM.county)
        assert county == county_iri(row["county_code"]), row
        assert Literal(row["county"], lang="sv") in set(reference.objects(county, RDFS.label))
        assert str(reference.value(m, SAM.municipalityCode)) == row["municipality_code"]


def test_bad_reference_row_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "counties.csv").write_text("county_code,county\n12,Skåne län\n", encoding="utf-8")
    (tmp_path / "municipalities.csv").write_text(
        "municipality_code,municipality,county_code,county\n1281,Lund,12,Skåne län\n"
        "0125,Ekerö,01,Stockholms län\n",
        encoding="utf-8",
    )
    with pytest.raises(SamverkanError) as err:
        load_reference(tmp_path)
    assert err.value.line == 3
    assert "municipalities.csv" in str(err.value)


@pytest.mark.parametrize("name", ["counties.csv", "municipalities.csv"])
def test_small_reference_is_rows_of_the_real_files(name: str) -> None:
    small = (SMALL_REFERENCE / name).read_text(encoding="utf-8").splitlines()
    full = (project_dir("reference") / name).read_text(encoding="utf-8").splitlines()
    assert small[0] == full[0]
    assert 1 < len(small) - 1 < len(full) - 1
    assert set(small[1:]) <= set(full[1:])


def test_small_reference_graph_is_part_of_the_real_one(reference: Graph) -> None:
    small = load_reference(SMALL_REFERENCE)
    assert len(set(small.subjects(RDF.type, SAM.Municipality))) == 6
    assert set(small) <= set(reference)


def test_small_reference_holds_the_real_registry() -> None:
    # The registry of shared actors is not cut down: small builds keep every shared actor.
    small = (SMALL_REFERENCE / "registry.ttl").read_bytes()
    assert small == (project_dir("reference") / "registry.ttl").read_bytes()
