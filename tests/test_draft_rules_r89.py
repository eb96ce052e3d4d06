"""Round 89 of learning (from the partner pairs rounds 90-131 miss with both ends drafted):
a list of parties told after a colon inside a running sentence, under the words that cue a
list line by line ("I dag är dessa med i nätverket: A, B och C.", "Parterna i satsningen är:
A, B och C.", "Fem föreningar har anmält sig: ..."); on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Mora kommun › Integration › Nätverk\n\nPublicerad 3 juni 2026\n\n"


def test_the_bodies_listed_after_a_cue_and_a_colon_in_a_sentence_are_partners() -> None:
    d = draft(
        "Språkbron är ett nätverk för nyanlända föräldrar. I dag är dessa med i nätverket: "
        "Röda Korset, Studieförbundet Vuxenskolan, Simklubben Vågen och Hyresgästföreningen. "
        "Vid förra träffen kom 30 personer.\n",
        HEAD,
    )
    members = ("org/roda-korset", "org/simklubben-vagen", "org/hyresgastforeningen")
    assert together(d, *members), partners(d)


def test_the_parties_of_a_named_work_after_a_colon() -> None:
    d = draft(
        "Parterna i Sommarlyftet är: Mora kommun, Arbetsförmedlingen, Orsa Bygg AB och "
        "Föreningen Grannsämjan.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062", "org/arbetsformedlingen", "org/orsa-bygg-ab", "org/foreningen-grannsamjan"
    ), partners(d)


def test_bodies_counted_anywhere_before_the_colon() -> None:
    d = draft(
        "Fyra arbetsgivare har anmält sig till mässan och söker tillsammans 30 personer: "
        "Mora kommun, Dalaskog AB, Orsa Bygg AB och Siljans Vård AB.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062", "org/dalaskog-ab", "org/orsa-bygg-ab", "org/siljans-vard-ab"
    ), partners(d)


def test_a_colon_after_words_that_cue_no_list_makes_no_collaboration() -> None:
    # a programme line: the bodies after the colon only host the points of the day
    d = draft(
        "Program: fika med Röda Korset och samtal med Simklubben Vågen om sommaren.\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


def test_a_negated_cue_before_the_colon_makes_no_collaboration() -> None:
    d = draft(
        "Dessa är inte längre med i nätverket: Röda Korset och Simklubben Vågen.\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


def test_bodies_counted_before_a_colon_as_those_paid_are_no_partners() -> None:
    d = draft(
        "Under 2025 fick tre föreningar aktivitetsbidrag: Röda Korset, Simklubben Vågen och "
        "Föreningen Grannsämjan.\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


def test_bodies_listed_after_a_colon_that_the_next_sentence_denies_are_no_partners() -> None:
    d = draft(
        "Sommarlyftet ägs av Mora kommun. Tre företag har lovat att ta emot praktikanter: "
        "Dalaskog AB, Orsa Bygg AB och Siljans Vård AB. Företagen är inte parter i projektet.\n",
        HEAD,
    )
    assert not together(d, "org/dalaskog-ab", "org/orsa-bygg-ab"), partners(d)
