"""Round 88 of learning: fewer actors no key holds. A post without a holder named only as
the staff of a body the page says is not in the work ("X är inte part, men myndighetens
handläggare ...") gets no node."""

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
