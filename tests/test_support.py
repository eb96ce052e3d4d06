"""Non-monetary support (sam:Support): its own relation, not a funding.

A small page of our own (invented, not a real page) says that a municipality backs a group
of volunteers with premises and contacts. The test writes it into a corpus and a graph file
in a temporary directory, builds it with :func:`samverkan.build.build` and reads the answer
of the library query ``support`` and the derived ``sam:supportedBy``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from samverkan.build import build
from samverkan.errors import SamverkanError
from samverkan.query import run_query
from samverkan.store import open_store

TEXT = (
    "Publicerad 3 mars 2022\n\n"
    "Läxhjälpen i Sjöbo växer\n\n"
    "Volontärerna i Läxhjälpen i Sjöbo hjälper barn med skolarbetet varje tisdag. "
    "Sjöbo kommun stöttar gruppen med lokaler på biblioteket och med kontakter till skolorna.\n"
)
STEM = "000_sjobo_laxhjalp"


def _quote(words: str) -> str:
    start = TEXT.index(words)
    return (
        f"oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <dokument/{STEM}> ;\n"
        f'  oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "{words}" ] ,\n'
        f"    [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {start + len(words)} ] ] ."
    )


def _graph(support: str) -> str:
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    return f"""@base <https://w3id.org/samverkan/id/> .
@prefix sam: <https://w3id.org/samverkan/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<dokument/{STEM}> a sam:SourceDocument ;
    dcterms:title "Läxhjälpen i Sjöbo växer"@sv ;
    dcterms:publisher <kommun/1265> ;
    dcterms:issued "2022-03-03"^^xsd:date ;
    dcterms:language "sv" ;
    sam:pageKind <sidtyp/nyhet> ;
    sam:fileName "{STEM}.txt" ;
    sam:sha256 "{digest}" .

<grupp/laxhjalpen-i-sjobo> a sam:CivilSocietyGroup ;
    rdfs:label "volontärerna i Läxhjälpen i Sjöbo"@sv , "the volunteers of Läxhjälpen i Sjöbo"@en ;
    sam:municipality <kommun/1265> ;
    sam:evidence <dokument/{STEM}/belagg/grupp> .

<stod/sjobo-laxhjalpen> a sam:Support ;
    rdfs:label "Sjöbo kommuns stöd till Läxhjälpen i Sjöbo"@sv ,
        "Sjöbo municipality's support for Läxhjälpen i Sjöbo"@en ;
    sam:supporter <kommun/1265> ;
    sam:supported <grupp/laxhjalpen-i-sjobo> ;
{support}

<dokument/{STEM}/belagg/grupp> a oa:Annotation ;
    {_quote("Volontärerna i Läxhjälpen i Sjöbo")}

<dokument/{STEM}/belagg/stod> a oa:Annotation ;
    {_quote("Sjöbo kommun stöttar gruppen med lokaler på biblioteket och med kontakter")}
"""


GOOD = (
    "    sam:supportKind <stodform/lokaler> , <stodform/kontakter> ;\n"
    f"    sam:evidence <dokument/{STEM}/belagg/stod> ."
)


def _build(tmp: Path, support: str) -> Path:
    (tmp / "corpus").mkdir()
    (tmp / "graph").mkdir()
    (tmp / "corpus" / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
    (tmp / "graph" / f"{STEM}.ttl").write_text(_graph(support), encoding="utf-8")
    build(tmp / "graph", tmp / "corpus", tmp / "out", views=False)
    return tmp / "out"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("support"), GOOD)


def test_support_query_gives_supporter_supported_and_kinds(built: Path) -> None:
    rows = run_query(open_store(built), "support")
    assert sorted(
        (r["supporterLabel"], r["supportedLabel"], r["kindLabel"]) for _i, r in rows.iterrows()
    ) == [
        ("Sjöbo kommun", "volontärerna i Läxhjälpen i Sjöbo", "kontakter"),
        ("Sjöbo kommun", "volontärerna i Läxhjälpen i Sjöbo", "lokaler"),
    ]
    assert set(rows["document"]) == {f"https://w3id.org/samverkan/id/dokument/{STEM}"}


def test_support_is_not_funding_and_not_cooperation(built: Path) -> None:
    """Support derives sam:supportedBy (an org:linkedTo), never a funding or cooperation."""
    store = open_store(built)
    assert run_query(store, "funding").empty

    def ask(prop: str) -> bool:
        return store.query(
            "ASK { GRAPH <https://w3id.org/samverkan/graph/inferred> { "
            "<https://w3id.org/samverkan/id/grupp/laxhjalpen-i-sjobo> "
            f"<{prop}> <https://w3id.org/samverkan/id/kommun/1265> }} }}"
        ).__bool__()

    assert ask("https://w3id.org/samverkan/ontology#supportedBy")
    assert ask("http://www.w3.org/ns/org#linkedTo")
    assert not ask("https://w3id.org/samverkan/ontology#cooperatesWith")
    assert not ask("https://w3id.org/samverkan/ontology#fundedBy")


@pytest.mark.parametrize(
    ("support", "message"),
    [
        (f"    sam:evidence <dokument/{STEM}/belagg/stod> .", "A support has a kind"),
        (
            "    sam:supportKind <finansieringsform/kommunala-medel> ;\n"
            f"    sam:evidence <dokument/{STEM}/belagg/stod> .",
            "money is sam:Funding",
        ),
        ("    sam:supportKind <stodform/lokaler> .", "The support has no evidence"),
    ],
)
def test_support_shape_refuses_what_is_missing(tmp_path: Path, support: str, message: str) -> None:
    with pytest.raises(SamverkanError, match=message):
        _build(tmp_path, support)
