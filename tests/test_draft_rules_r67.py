"""Round 67 of learning: frames of who carries out, stands behind or takes part in a work.

A probe of 38 sentences of the genre, each naming three parties of one piece of work, found
these frames drafting no collaboration at all; none of them occurs in that form on the
fixture pages, so no figure there moves (docs/drafter.md). The sentences are our own.
"""

from __future__ import annotations

import pytest

from drafthelpers import draft, partners

HEAD = (
    "Tibro kommun › Integration › Nyheter\n\nPublicerad 12 maj 2026\n\n"
    "Familjeveckan är en vecka för nyanlända familjer. "
)
PARTIES = "socialförvaltningen, Röda Korset och Studieförbundet Vuxenskolan"
MEMBERS = {"kommun/1472/socialforvaltningen", "org/roda-korset", "org/studieforbundet-vuxenskolan"}


@pytest.mark.parametrize(
    "sentence",
    [
        f"Veckan genomförs av {PARTIES}.",
        f"Träffarna hålls av {PARTIES}.",
        f"{PARTIES[0].upper()}{PARTIES[1:]} står bakom veckan.",
        f"Vi som står bakom veckan är {PARTIES}.",
        f"Veckan är ett gemensamt initiativ av {PARTIES}.",
        f"Deltagande organisationer: {PARTIES}.",
        f"Medverkande: {PARTIES}.",
        f"Organisatörer är {PARTIES}.",
        f"Huvudmän för veckan är {PARTIES}.",
    ],
)
def test_the_listed_parties_of_the_work_are_one_collaboration(sentence: str) -> None:
    assert MEMBERS in partners(draft(sentence, HEAD)), partners(draft(sentence, HEAD))


def test_one_agent_and_a_body_named_later_in_the_clause_are_no_list() -> None:
    # "hålls av A i lokalen, som B lånar ut": A carries it out, B only lends the room
    d = draft(
        "Kursen hålls av Studieförbundet Vuxenskolan i konferensrummet, som Tibro Energi AB "
        "lånar ut.",
        HEAD,
    )
    assert not any("org/tibro-energi-ab" in group for group in partners(d)), partners(d)
