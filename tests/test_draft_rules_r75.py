"""Round 75 of learning: a body named only in a refused application or a bare negation
("X är inte heller med") gets no node; a negation followed by help keeps it."""

from __future__ import annotations

import pytest

from samverkan.draft import draft_text
from samverkan.draft.reconcile import Index

HEAD = "Publicerad 8 april 2026\n\nLäxhjälp för nya elever i Lund\n\n"
BODY = "Lunds kommun driver läxhjälpen tillsammans med Föreningen Solgläntan i Lund. "


def _actors(text: str) -> set[str]:
    return set(draft_text(HEAD + BODY + text + "\n", "ny_sida.txt", Index()).actors)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Föreningen sökte också pengar från Tillväxtverket för en resa, "
            "men fick avslag i maj 2026.",
            "org/tillvaxtverket",
        ),
        (
            "En ansökan till Boverket om pengar till nya lokaler avslogs i juni 2026.",
            "org/boverket",
        ),
        ("Kommunen sökte pengar från Skolverket, men ansökan beviljades inte.", "org/skolverket"),
        ("Vi sökte pengar från Boverket för en utflykt men fick nej i mars.", "org/boverket"),
    ],
)
def test_a_body_asked_only_in_a_refused_application_gets_no_node(sentence, body):
    assert body not in _actors(sentence)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Försäkringskassan är inte heller med.", "org/forsakringskassan"),
        ("Migrationsverket deltar inte.", "org/migrationsverket"),
        ("\n- Skatteverket är inte part i läxhjälpen.", "org/skatteverket"),
    ],
)
def test_a_body_only_in_a_bare_negation_gets_no_node(sentence, body):
    assert body not in _actors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Migrationsverket är inte part, men myndighetens handläggare tipsar om läxhjälpen.",
        "Migrationsverket är inte part. Myndighetens handläggare kommer ändå på besök ibland.",
        "Migrationsverket deltar inte i år. Migrationsverket bjuder in till ett möte i maj.",
    ],
)
def test_a_negation_followed_by_help_or_another_mention_keeps_the_body(sentence):
    assert "org/migrationsverket" in _actors(sentence)


def test_a_funder_granted_in_another_sentence_keeps_its_node():
    text = (
        "Boverket gav föreningen 50 000 kronor till läxhjälpen 2025. "
        "En ansökan till Boverket om mer pengar avslogs i juni 2026."
    )
    assert "org/boverket" in _actors(text)


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("Anmäl dig senast i maj och berätta om du behöver tolk.", "kommun/1281/tjanst/tolk"),
        ("Läxhjälparna är volontärer, ofta pensionerade lärare.", "kommun/1281/tjanst/larare"),
    ],
)
def test_a_post_named_only_by_a_bare_noun_gets_no_node(sentence, post):
    assert post not in _actors(sentence)


def test_a_counted_or_owned_post_keeps_its_node():
    text = "Kommunen bidrar med två studievägledare. Kommunens studievägledare bokar tider."
    assert "kommun/1281/tjanst/studievagledare" in _actors(text)


def test_the_bodies_left_out_are_named_to_the_reviewer(tmp_path, capsys):
    """A body the draft leaves out is not dropped in silence: `samverkan draft` names it."""
    from samverkan.cli import main

    page = tmp_path / "ny_sida.txt"
    page.write_text(
        HEAD + BODY + "En ansökan till Boverket om pengar till nya lokaler avslogs i juni "
        "2026.\n",
        encoding="utf-8",
    )
    target = tmp_path / "ny_sida.ttl"
    assert main(["draft", str(page), "--file", str(target), "--out", str(tmp_path / "out")]) == 0
    said = capsys.readouterr().out
    assert "left out, named only in a refused application" in said
    assert "Boverket" in said.split("left out", 1)[1].splitlines()[0]
    assert "boverket" not in target.read_text(encoding="utf-8")
