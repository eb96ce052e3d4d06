"""Round 71 of learning (from the misses of blind rounds 60-82 together): rules on invented
sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, funding, together

HEAD = "Tibro kommun › Föreningar › Bidrag\n\nPublicerad 3 juni 2026\n\n"


def test_a_sum_given_with_to_after_an_adverb_is_a_grant() -> None:
    # "X gav dessutom 60 000 kronor till Y för ...": the sum before "till" and the receiver
    for verb in ("gav dessutom", "beviljade i maj", "betalade"):
        d = draft(
            "Simkurserna hålls i badhuset under sommaren.\n\n"
            f"Tibro kommun {verb} 60 000 kronor till Simklubben Vågen för kurserna.\n",
            HEAD,
        )
        assert ("kommun/1472", "org/simklubben-vagen") in funding(d), (verb, funding(d))


def test_a_unit_that_pays_a_club_a_sum_is_its_funder() -> None:
    # "Fritidsenheten betalar Y 450 kronor per lektion": a unit as the one that pays
    d = draft(
        "Fritidsenheten i Tibro kommun ordnar simskola för nyanlända barn.\n\n"
        "Fritidsenheten betalar Simklubben Vågen 450 kronor per lektion.\n",
        HEAD,
    )
    assert ("kommun/1472/fritidsenheten", "org/simklubben-vagen") in funding(d), funding(d)
    # a room given, the sum told in another sentence: no grant
    d = draft(
        "Fritidsenheten i Tibro kommun ordnar simskola för nyanlända barn.\n\n"
        "Fritidsenheten ger i år Schackklubben Löparen en lokal. Kaffet kostar 10 kronor.\n",
        HEAD,
    )
    assert ("kommun/1472/fritidsenheten", "org/schackklubben-loparen") not in funding(d)


def test_two_bodies_as_the_one_subject_of_running_the_work_are_partners() -> None:
    # "I fjol ordnade A och B en lovskola", "A och B ordnade ...", "som drevs 2020-2022 av A
    # och B": two bodies joined by "och" as the one subject of the act
    for line in (
        "Sommaren 2024 ordnade Fritidsenheten och Föreningen Solvarvet en lovskola i parken.",
        "Fritidsenheten och Föreningen Solvarvet ordnade en lovskola i parken sommaren 2024.",
        "Förr fanns Läsfika, som drevs 2019–2021 av Fritidsenheten och Föreningen Solvarvet.",
    ):
        d = draft("Fritidsenheten i Tibro kommun har öppet hela sommaren.\n\n" + line + "\n", HEAD)
        assert together(d, "kommun/1472/fritidsenheten", "org/foreningen-solvarvet"), line
    # one body runs the work for another: no partners
    d = draft(
        "Fritidsenheten i Tibro kommun har öppet hela sommaren.\n\n"
        "Fritidsenheten ordnade en lovskola för Föreningen Solvarvet.\n",
        HEAD,
    )
    assert not together(d, "kommun/1472/fritidsenheten", "org/foreningen-solvarvet")
