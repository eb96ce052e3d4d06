"""Checks every document graph must pass, whatever the document says.

Each test runs once per document, on the built dataset. They check the data from the
other side of the build's own verification (which reads the Turtle files): the quotes as
they stand in the built named graphs, against the text files of the corpus; and each
document's own description (title, publisher, dates, kind of page), against what the text
says about itself.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from sparqlhelpers import ask, select

STEMS = (
    "000_1c1bf7a317be8ad1",
    "001_897b9f3742f7adc5",
    "002_fd765e7f231a0a5d",
    "003_db4b1ce949ee5551",
    "004_5f6dc90bef4f063d",
)
ID = "https://w3id.org/samverkan/id/"
DOC = ID + "dokument/"
# Phone numbers as the contact blocks write them: "046- 359 63 65", "08-124 57 065".
PHONE = re.compile(r"\d{2,4}-\s?\d{2,3}(\s\d{2,3})+")
# How the pages date themselves: "Publicerad 8 april 2019", "Publiceringsdatum: 2019-03-12",
# "Senast uppdaterad: 19 december 2019" (the date may stand on the next line).
PUBLISHED = re.compile(r"^(?:Publicerad|Publiceringsdatum:)\s*(\S.*)$", re.M)
UPDATED = re.compile(r"^Senast uppdaterad:\s*(\S.*)$", re.M)
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


def literals(built: object, stem: str) -> list[str]:
    rows = select(
        built, f"SELECT ?o WHERE {{ GRAPH <{DOC}{stem}> {{ ?s ?p ?o }} FILTER(isLiteral(?o)) }}"
    )
    return [r["o"] for r in rows]


def iso_date(stated: str) -> str:
    """A date as a page writes it, in ISO form: ``8 april 2019`` -> ``2019-04-08``."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stated):
        return stated
    day, month, year = stated.split()
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


def test_iso_date() -> None:
    assert iso_date("8 april 2019") == "2019-04-08"
    assert iso_date("19 december 2019") == "2019-12-19"
    assert iso_date("2019-03-12") == "2019-03-12"


def municipality_labels(built: object) -> dict[str, str]:
    """Swedish name -> IRI of every municipality of the reference data."""
    rows = select(
        built,
        """SELECT ?m ?label WHERE { ?m a sam:Municipality ; rdfs:label ?label .
           FILTER(LANG(?label) = "sv") }""",
    )
    return {r["label"]: r["m"] for r in rows}


def stated_publisher(text: str, municipalities: dict[str, str]) -> tuple[str, str]:
    """The publisher and kind of page, as the text gives them.

    An SKR learning example says so in its footer ("SKR:s lärande exempel"); a municipal
    news page is the page of the first municipality the text names (Burlöv's page opens
    with its name; Söderhamn's names it in the first paragraph).
    """
    if "\nSKR:s lärande exempel" in text:
        return ID + "org/skr", ID + "sidtyp/larande-exempel"
    first = min((text.find(name), name) for name in municipalities if name in text)
    return municipalities[first[1]], ID + "sidtyp/nyhet"


def stated_title(text: str, municipalities: dict[str, str]) -> str:
    """The page's heading: its first line that is neither a date line nor a masthead name."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return next(
        line
        for line in lines
        if not PUBLISHED.match(line) and not UPDATED.match(line) and line not in municipalities
    )


@pytest.mark.parametrize("stem", STEMS)
def test_document_metadata(built: object, corpus_dir: Path, stem: str) -> None:
    """Title, publisher, dates and kind of page are those the text gives for itself."""
    path = corpus_dir / f"{stem}.txt"
    text = path.read_text(encoding="utf-8")
    rows = select(
        built,
        f"""SELECT ?title ?publisher ?kind ?issued ?modified ?lang ?file ?sha
            WHERE {{ GRAPH <{DOC}{stem}> {{
            <{DOC}{stem}> a sam:SourceDocument ; dcterms:title ?title ;
                dcterms:publisher ?publisher ; dcterms:language ?lang ; sam:pageKind ?kind ;
                sam:fileName ?file ; sam:sha256 ?sha .
            OPTIONAL {{ <{DOC}{stem}> dcterms:issued ?issued }}
            OPTIONAL {{ <{DOC}{stem}> dcterms:modified ?modified }} }} }}""",
    )
    assert len(rows) == 1
    row = rows[0]
    municipalities = municipality_labels(built)
    assert row["title"] == stated_title(text, municipalities)
    assert (row["publisher"], row["kind"]) == stated_publisher(text, municipalities)
    published, updated = PUBLISHED.findall(text), UPDATED.findall(text)
    assert published or updated, "every page dates itself"
    assert row.get("issued") == (iso_date(published[0]) if published else None)
    assert row.get("modified") == (iso_date(updated[0]) if updated else None)
    assert row["lang"] == "sv"
    assert row["file"] == path.name
    assert row["sha"] == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_is_short_and_at_its_offsets(
    built: object, corpus_dir: Path, stem: str
) -> None:
    text = (corpus_dir / f"{stem}.txt").read_bytes().decode("utf-8")
    rows = select(
        built,
        f"""SELECT ?exact ?start ?end WHERE {{ GRAPH <{DOC}{stem}> {{
            ?a a oa:Annotation ; oa:hasTarget ?t .
            ?t oa:hasSource <{DOC}{stem}> ; oa:hasSelector ?q , ?p .
            ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end . }} }}""",
    )
    assert len(rows) >= 20
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["exact"]
        assert len(row["exact"]) <= 200, "a quote is the few words that state a fact"


@pytest.mark.parametrize("stem", STEMS)
def test_no_phone_numbers_or_email_addresses(built: object, corpus_dir: Path, stem: str) -> None:
    found = literals(built, stem)
    assert found
    assert not [o for o in found if "@" in o or PHONE.search(o)]
    # the pattern is real: it finds the contact block's numbers in the texts that have one
    text = (corpus_dir / f"{stem}.txt").read_text(encoding="utf-8")
    if "Kontaktpersoner" in text:
        assert PHONE.search(text)


@pytest.mark.parametrize("stem", STEMS)
def test_people_carry_name_and_post_only(built: object, stem: str) -> None:
    assert not ask(
        built,
        f"""ASK {{ GRAPH <{DOC}{stem}> {{ ?p a foaf:Person ; ?prop ?v .
            FILTER(?prop NOT IN (rdf:type, foaf:name, rdfs:label, skos:altLabel,
                                 sam:evidence)) }} }}""",
    )
