"""Round 79 of learning (from the misses of blind rounds 60-95 together): one work drafted as
several collaborations, on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Integration › Läxhjälp\n\nPublicerad 3 juni 2026\n\n"


def test_the_parties_of_an_agreement_join_the_work_its_lead_sentence_told() -> None:
    # "A driver kursen tillsammans med B" and "Kursen bygger på ett avtal med två parter:"
    d = draft(
        "Föreningen Pennvässaren driver kursen sedan maj 2025 tillsammans med Tibro kommun.\n\n"
        "Kursen bygger på ett avtal med två parter:\n"
        "- Schackklubben Löparen, som ordnar turneringar\n"
        "- Simklubben Vågen, som lånar ut lokaler\n",
        HEAD,
    )
    assert together(
        d,
        "org/foreningen-pennvassaren",
        "kommun/1472",
        "org/schackklubben-loparen",
        "org/simklubben-vagen",
    ), partners(d)


def test_a_list_of_the_works_parties_joins_its_lead_sentence() -> None:
    # "C leder läxklubben" and, in a paragraph of its own, "Övriga parter är:" with a list
    d = draft(
        "Föreningen Pennvässaren leder läxklubben tillsammans med Tibro kommun.\n\n"
        "Eleverna kommer från tre skolor.\n\n"
        "Övriga parter är:\n"
        "- Schackklubben Löparen, som ordnar turneringar\n"
        "- Studieförbundet Bokstaven, som lånar ut lokaler\n",
        HEAD,
    )
    assert together(
        d,
        "org/foreningen-pennvassaren",
        "kommun/1472",
        "org/schackklubben-loparen",
        "org/studieforbundet-bokstaven",
    ), partners(d)


def test_a_body_run_by_another_in_a_relative_clause_is_no_lead() -> None:
    # "Y, som drivs av Z": the verb tells of Y, not of the work; the list of parties joins
    # the work's own lead sentence after it
    d = draft(
        "Eleverna får mat av Studieförbundet Bokstaven, som drivs av Föreningen Lodet "
        "tillsammans med Röda Korset.\n\n"
        "Föreningen Pennvässaren leder läxklubben tillsammans med Tibro kommun.\n\n"
        "Läxklubben arbetar med dessa parter:\n"
        "- Schackklubben Löparen, som ordnar turneringar\n"
        "- Simklubben Vågen, som lånar ut lokaler\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-pennvassaren", "org/schackklubben-loparen", "org/simklubben-vagen"
    ), partners(d)
    assert not together(d, "org/foreningen-lodet", "org/schackklubben-loparen"), partners(d)
