"""Round 80 of learning (from the misses of blind rounds 60-97 together): named works whose
parties were drafted but never joined in one collaboration, on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Integration › Läxhjälp\n\nPublicerad 3 juni 2026\n\n"


def test_a_list_under_run_together_by_is_one_collaboration() -> None:
    # "Programmet drivs tillsammans av:" over a dash list, a clause after each name
    d = draft(
        "Pennan är ett program för nya läsare. Det startade i maj 2025.\n\n"
        "Programmet drivs tillsammans av:\n"
        "- Föreningen Pennvässaren (ledare)\n"
        "- Schackklubben Löparen, som ordnar turneringar\n"
        "- Simklubben Vågen, som lånar ut lokaler\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-pennvassaren", "org/schackklubben-loparen", "org/simklubben-vagen"
    ), partners(d)


def test_a_list_under_in_cooperation_between_is_one_collaboration() -> None:
    # "Sommarlovet görs i samarbete mellan:" over a dash list
    d = draft(
        "Sommarlovet i Tibro är öppet för alla unga.\n\n"
        "Sommarlovet görs i samarbete mellan:\n"
        "- Schackklubben Löparen\n"
        "- Simklubben Vågen\n",
        HEAD,
    )
    assert together(d, "org/schackklubben-loparen", "org/simklubben-vagen"), partners(d)


def test_a_list_under_with_in_the_named_work_is_one_collaboration() -> None:
    # "Med i Läsbron är:" names the work between "Med i" and "är"
    d = draft(
        "Läsbron startade 2025 och ger barn böcker på sitt eget språk.\n\n"
        "Med i Läsbron är:\n"
        "- Schackklubben Löparen\n"
        "- Simklubben Vågen\n",
        HEAD,
    )
    assert together(d, "org/schackklubben-loparen", "org/simklubben-vagen"), partners(d)


def test_following_employers_join_the_one_leading_the_work() -> None:
    # "X leder arbetet." then "I år tog följande arbetsgivare emot praktikanter:"
    d = draft(
        "Satsningen heter Första steget och är till för dem som har kommit till Sverige "
        "och vill ha ett jobb. Föreningen Pennvässaren leder arbetet och hjälper alla.\n"
        "I år tog följande arbetsgivare emot praktikanter:\n"
        "- Bageriet Limpan AB\n"
        "- Åkeriet Hjulet AB\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-pennvassaren", "org/bageriet-limpan-ab", "org/akeriet-hjulet-ab"
    ), partners(d)


def test_a_list_of_those_paid_is_no_collaboration() -> None:
    d = draft(
        "Kommunen ger varje år pengar till de föreningar som gör något för dem som är nya "
        "i Sverige och som har ett öppet hus för alla.\n\n"
        "I år fick följande föreningar bidrag:\n"
        "- Schackklubben Löparen\n"
        "- Simklubben Vågen\n",
        HEAD,
    )
    assert not together(d, "org/schackklubben-loparen", "org/simklubben-vagen"), partners(d)
