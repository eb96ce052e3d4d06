"""Round 51 of learning (from the blind rounds 57 and 58).

The sentences are our own (invented clubs and places in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, together


def test_a_party_after_a_relative_clause_in_the_list_behind_a_work() -> None:
    # "Bakom den står A, som hör till X, och B, ...": the clause ends at ", och"; X is no party
    d = draft(
        "Läxhjälpen startade 2024. Bakom den står Fritidsgården Ljuset, som hör till Mora "
        "kommuns kultur- och fritidsförvaltning, och Föreningen Dutar, en förening för unga.\n"
    )
    assert together(d, "kommun/2062/fritidsgarden-ljuset", "org/foreningen-dutar")
    assert not together(d, "kommun/2062/kultur-och-fritidsforvaltningen", "org/foreningen-dutar")
