"""Terms new pages of the genre need (issue 13): support that is not money, a grant against a
project's total budget, and units of state agencies.

A small page of our own (invented, not a real page) says that a municipality backs a group
of volunteers with premises and contacts, and gives the homework club's total budget and one
grant to it, and names a local office of Arbetsförmedlingen (a unit of a state agency).
The test writes the page into a corpus and a graph file in a temporary
directory, builds it with :func:`samverkan.build.build` and reads the answers of the library
queries; each mistake is planted in a copy of the graph file and the build must refuse it.
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
    "Sjöbo kommun stöttar gruppen med lokaler på biblioteket och med kontakter till skolorna. "
    "Läxhjälpen har en total budget på 1 200 000 kronor för 2022, "
    "varav Länsstyrelsen Skåne bidrar med 300 000 kronor. "
    "Arbetsförmedlingen i Ystad berättar om feriejobb för de äldre eleverna.\n"
)
STEM = "000_sjobo_laxhjalp"
DOC = f"https://w3id.org/samverkan/id/dokument/{STEM}"
ID = "https://w3id.org/samverkan/id/"


def _quote(name: str, words: str) -> str:
    start = TEXT.index(words)
    return (
        f"<dokument/{STEM}/belagg/{name}> a oa:Annotation ;\n"
        f"  oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <dokument/{STEM}> ;\n"
        f'  oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "{words}" ] ,\n'
        f"    [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {start + len(words)} ] ] .\n"
    )


def graph_file() -> str:
    """The graph file an author writes for the page (every fact with its quote)."""
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    return f"""@base <https://w3id.org/samverkan/id/> .
@prefix sam: <https://w3id.org/samverkan/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
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
    sam:supportKind <stodform/lokaler> , <stodform/kontakter> ;
    sam:evidence <dokument/{STEM}/belagg/stod> .

<initiativ/laxhjalpen-i-sjobo> a sam:Activity ;
    rdfs:label "Läxhjälpen i Sjöbo"@sv , "Homework help in Sjöbo"@en ;
    prov:wasAssociatedWith <grupp/laxhjalpen-i-sjobo> ;
    sam:totalBudget [ a schema:MonetaryAmount ;
        schema:value 1200000.0 ; schema:currency "SEK" ;
        sam:evidence <dokument/{STEM}/belagg/budget> ] ;
    sam:evidence <dokument/{STEM}/belagg/grupp> .

<finansiering/laxhjalpen-i-sjobo-lansstyrelsen> a sam:Funding ;
    rdfs:label "Länsstyrelsens bidrag till Läxhjälpen i Sjöbo"@sv ,
        "The county board's grant to Homework help in Sjöbo"@en ;
    sam:funder <lansstyrelse/12> ;
    sam:fundedItem <initiativ/laxhjalpen-i-sjobo> ;
    sam:amount 300000 ;
    sam:evidence <dokument/{STEM}/belagg/bidrag> .

<org/arbetsformedlingen/ystad> a sam:AgencyUnit ;
    rdfs:label "Arbetsförmedlingen i Ystad"@sv , "Public Employment Service, Ystad"@en ;
    org:unitOf <org/arbetsformedlingen> ;
    sam:municipality <kommun/1286> ;
    sam:evidence <dokument/{STEM}/belagg/af-ystad> .

{_quote("grupp", "Volontärerna i Läxhjälpen i Sjöbo")}
{_quote("stod", "Sjöbo kommun stöttar gruppen med lokaler på biblioteket och med kontakter")}
{_quote("budget", "Läxhjälpen har en total budget på 1 200 000 kronor")}
{_quote("bidrag", "Länsstyrelsen Skåne bidrar med 300 000 kronor")}
{_quote("af-ystad", "Arbetsförmedlingen i Ystad")}
""".replace("@prefix org:", "@prefix prov: <http://www.w3.org/ns/prov#> .\n@prefix org:")


def _build(tmp: Path, ttl: str) -> Path:
    (tmp / "corpus").mkdir()
    (tmp / "graph").mkdir()
    (tmp / "corpus" / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
    (tmp / "graph" / f"{STEM}.ttl").write_text(ttl, encoding="utf-8")
    build(tmp / "graph", tmp / "corpus", tmp / "out", views=False)
    return tmp / "out"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("genre"), graph_file())


def _inferred(built: Path, s: str, prop: str, o: str) -> bool:
    query = (
        f"ASK {{ GRAPH <https://w3id.org/samverkan/graph/inferred> {{ <{s}> <{prop}> <{o}> }} }}"
    )
    return bool(open_store(built).query(query))


def test_support_query_gives_supporter_supported_and_kinds(built: Path) -> None:
    rows = run_query(open_store(built), "support")
    assert sorted(
        (r["supporterLabel"], r["supportedLabel"], r["kindLabel"]) for _i, r in rows.iterrows()
    ) == [
        ("Sjöbo kommun", "volontärerna i Läxhjälpen i Sjöbo", "kontakter"),
        ("Sjöbo kommun", "volontärerna i Läxhjälpen i Sjöbo", "lokaler"),
    ]
    assert set(rows["document"]) == {DOC}


def test_support_is_not_funding_and_not_cooperation(built: Path) -> None:
    """Support derives sam:supportedBy (an org:linkedTo), never a funding or cooperation."""
    group, municipality = ID + "grupp/laxhjalpen-i-sjobo", ID + "kommun/1265"
    sam = "https://w3id.org/samverkan/ontology#"
    assert _inferred(built, group, sam + "supportedBy", municipality)
    assert _inferred(built, group, "http://www.w3.org/ns/org#linkedTo", municipality)
    assert not _inferred(built, group, sam + "cooperatesWith", municipality)
    assert not _inferred(built, group, sam + "fundedBy", municipality)
    funders = set(run_query(open_store(built), "funding")["funder"])
    assert municipality not in funders


def test_budget_query_sets_the_grant_against_the_total_budget(built: Path) -> None:
    rows = run_query(open_store(built), "total-budget")
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["initiativeLabel"] == "Läxhjälpen i Sjöbo"
    assert (float(row["budget"]), row["currency"]) == (1200000.0, "SEK")
    assert (int(row["grant"]), row["funderLabel"]) == (300000, "Länsstyrelsen i Skåne län")
    assert float(row["share"]) == 0.25  # 300 000 of 1 200 000, checked by hand
    assert row["document"] == DOC


def test_agency_unit_is_a_unit_of_its_agency_and_of_the_state_sector(built: Path) -> None:
    rows = run_query(open_store(built), "agency-units")
    assert [
        (r["unitLabel"], r["agencyLabel"], r["sector"], r["municipalityLabel"], r["document"])
        for _i, r in rows.iterrows()
    ] == [
        (
            "Arbetsförmedlingen i Ystad",
            "Arbetsförmedlingen",  # from the registry
            ID + "sektor/statlig",  # from the class, by reasoning
            "Ystads kommun",
            DOC,
        )
    ]
    org = "http://www.w3.org/ns/org#"
    assert _inferred(
        built, ID + "org/arbetsformedlingen", org + "hasUnit", ID + "org/arbetsformedlingen/ystad"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    sam:supportKind <stodform/lokaler> , <stodform/kontakter> ;\n",
            "",
            "A support has a kind",
        ),
        (
            "<stodform/lokaler> , <stodform/kontakter>",
            "<stodform/lokaler> , <finansieringsform/kommunala-medel>",
            "money is sam:Funding",
        ),
        (
            f"    sam:evidence <dokument/{STEM}/belagg/stod> .",
            "    .",
            "The support has no evidence",
        ),
        (
            "schema:value 1200000.0",
            'schema:value "1,2 miljoner"',
            "one schema:value as an xsd:decimal",
        ),
        ('schema:currency "SEK"', 'schema:currency "kronor"', "an ISO 4217 code"),
        (
            f";\n        sam:evidence <dokument/{STEM}/belagg/budget> ]",
            " ]",
            "The budget has no evidence",
        ),
        (
            "org:unitOf <org/arbetsformedlingen>",
            "org:unitOf <kommun/1286>",
            "An agency unit is a unit of exactly one state agency",
        ),
    ],
)
def test_shapes_refuse_what_is_missing(tmp_path: Path, old: str, new: str, message: str) -> None:
    ttl = graph_file()
    assert old in ttl
    with pytest.raises(SamverkanError, match=message):
        _build(tmp_path, ttl.replace(old, new, 1))
