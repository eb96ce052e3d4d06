"""Round 88 of learning: fewer actors no key holds. A post without a holder named only as
the staff of a body the page says is not in the work ("X är inte part, men myndighetens
handläggare ...") gets no node; nor does a group of a town's people ("föreningslivet",
"volontärer") that no relation ties to the work, nor a municipality's library named only
as the place where things happen ("anmäl dig på biblioteket")."""

from __future__ import annotations

import pytest

from samverkan.draft import draft_text
from samverkan.draft.reconcile import Index

HEAD = "Publicerad 8 april 2026\n\nLäxhjälp för nya elever i Lund\n\n"
BODY = "Lunds kommun driver läxhjälpen tillsammans med Föreningen Solgläntan i Lund. "


def _actors(text: str) -> dict[str, str]:
    draft = draft_text(HEAD + BODY + text + "\n", "ny_sida.txt", Index())
    return {a.label_sv: iri for iri, a in draft.actors.items()}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Försäkringskassan är inte part i läxhjälpen, men myndighetens handläggare "
            "berättar om den för familjerna.",
            "handläggare",
        ),
        (
            "Lunds kommuns Mottagningsenhet är inte heller part. Enhetens samhällsvägledare "
            "kommer ändå till läxhjälpen en gång i månaden.",
            "samhällsvägledare",
        ),
        (
            "Vuxenutbildningen är inte med i arbetet. Skolans lärare tipsar dock sina "
            "elever om läxhjälpen.",
            "lärare",
        ),
    ],
)
def test_the_staff_of_a_body_that_is_not_a_party_get_no_node(text, post):
    assert post not in _actors(text)


def test_only_the_staff_named_in_the_denial_lose_their_node():
    # the same body's named post holder, and staff outside the denial, stay
    actors = _actors(
        "Enhetens samhällsvägledare kommer till läxhjälpen en gång i månaden. "
        "Försäkringskassan är inte part i läxhjälpen, men myndighetens handläggare "
        "berättar om den för familjerna."
    )
    assert "samhällsvägledare" in actors
    assert "handläggare" not in actors


@pytest.mark.parametrize(
    "text",
    [
        "Läxhjälpen vill öppna dörren till föreningslivet för fler unga.",
        "Föreningen rekryterar volontärer bland sina medlemmar varje höst.",
    ],
)
def test_a_group_named_in_passing_gets_no_node(text):
    assert not any("/grupp/" in iri for iri in _actors(text).values())


def test_a_group_opening_a_sentence_keeps_its_node_where_a_passing_one_does_not():
    actors = _actors(
        "Läxhjälpen vill öppna dörren till föreningslivet för fler unga. "
        "Volontärer hade tid men ingen lokal."
    )
    groups = sorted(iri.split("/grupp/")[1] for iri in actors.values() if "/grupp/" in iri)
    assert groups == ["volontarer"]


@pytest.mark.parametrize(
    "text",
    [
        "Du anmäler dig på biblioteket eller hos föreningen.",
        "Läxhjälpen flyttade till biblioteket i januari.",
    ],
)
def test_a_library_named_only_as_a_venue_gets_no_node(text):
    assert "biblioteket" not in _actors(text)


def test_a_library_that_lends_a_room_keeps_its_node_where_a_venue_does_not():
    kept = _actors("Kommunen upplåter ett rum i biblioteket till läxhjälpen.")
    gone = _actors("Läxhjälpen hålls varje tisdag på biblioteket.")
    assert "biblioteket" in kept
    assert "biblioteket" not in gone
