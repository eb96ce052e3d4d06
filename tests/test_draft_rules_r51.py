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


def test_members_among_those_a_network_counts_by_their_kind() -> None:
    # "I nätverket finns 15 föreningar. Bland dem är A, B och C": counted as "föreningar",
    # not as "medlemmar"; the coordinator named before ("Det samordnas av E") is one of them
    d = draft(
        "Nätverket Möten i Mora startade 2023. Det samordnas av Föreningen Dutar. "
        "I nätverket finns i dag 15 föreningar. Bland dem är Schackklubben Löparen, "
        "Spelmanslaget Forsen och Bridgeklubben Ruter.\n"
    )
    assert together(
        d,
        "org/foreningen-dutar",
        "org/schackklubben-loparen",
        "org/spelmanslaget-forsen",
        "org/bridgeklubben-ruter",
    )


def test_a_name_drafted_elsewhere_is_one_of_the_list_among_them() -> None:
    # a name no rule finds in the list itself, but the page drafted in another sentence
    d = draft(
        "Nätverket Möten i Mora har tio medlemmar. Bland dem finns Schackklubben Löparen, "
        "Föreningen Dutar i Mora och Syjuntan Nålen.\n\n"
        "Sommaren 2025 ordnade nätverket Föreningsdagen i Mora tillsammans med "
        "Schackklubben Löparen och Syjuntan Nålen. Ett hundratal föreningar visade upp sig.\n"
    )
    assert together(
        d, "org/schackklubben-loparen", "org/foreningen-dutar-i-mora", "org/syjuntan-nalen"
    )


def test_one_more_party_said_in_a_paragraph_of_its_own() -> None:
    # "Sedan mars 2025 är också X med." opening the next paragraph: one more of the
    # collaboration told just before, not a pair with the page's municipality
    d = draft(
        "Läxhjälpen i Mora drivs av Fritidsgården Ljuset tillsammans med Föreningen Dutar.\n\n"
        "Sedan mars 2025 är också Schackklubben Löparen med.\n"
    )
    assert together(
        d, "kommun/2062/fritidsgarden-ljuset", "org/foreningen-dutar", "org/schackklubben-loparen"
    )
    assert not together(d, "kommun/2062", "org/schackklubben-loparen")
