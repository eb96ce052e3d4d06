"""Round 59 of learning (from the blind rounds 69 and 70).

The sentences are our own (an invented holiday group and clubs in Hälsingland), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Ljusdals kommun > Fritid > Lov\n\nPublicerad 4 mars 2025\n\n"


def test_a_group_that_seats_bodies_makes_them_partners() -> None:
    # "I gruppen sitter i dag A, B och C": the group named back seats its members
    d = draft(
        "Lovet planeras av Lovgruppen. I gruppen sitter i dag Kanotklubben Forsen, "
        "Orienteringsklubben Stigen och Föreningen Solrosen.\n",
        HEAD,
    )
    assert together(
        d, "org/kanotklubben-forsen", "org/orienteringsklubben-stigen", "org/foreningen-solrosen"
    ), partners(d)


def test_den_that_seats_bodies_names_the_group_just_named() -> None:
    # "Projektet har en referensgrupp. I den sitter A och B": the members of that group
    d = draft(
        "Projektet har en referensgrupp som träffas varje månad. I den sitter Kanotklubben "
        "Forsen och Föreningen Solrosen.\n",
        HEAD,
    )
    assert together(d, "org/kanotklubben-forsen", "org/foreningen-solrosen"), partners(d)
