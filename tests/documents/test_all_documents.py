"""Checks every document graph must pass, whatever the document says.

Each test runs once per document, on the built dataset. They check the data from the
other side of the build's own verification (which reads the Turtle files): the quotes as
they stand in the built named graphs, against the text files of the corpus.
"""

from __future__ import annotations

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
DOC = "https://w3id.org/samverkan/id/dokument/"
# Phone numbers as the contact blocks write them: "046- 359 63 65", "08-124 57 065".
PHONE = re.compile(r"\d{2,4}-\s?\d{2,3}(\s\d{2,3})+")


def literals(built: object, stem: str) -> list[str]:
    rows = select(
        built, f"SELECT ?o WHERE {{ GRAPH <{DOC}{stem}> {{ ?s ?p ?o }} FILTER(isLiteral(?o)) }}"
    )
    return [r["o"] for r in rows]


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
