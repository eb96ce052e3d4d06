"""Round 85 of learning (from the partner pairs blind rounds 60-107 lose where one end is in
a drafted collaboration and the other in none): the bodies of a table of the bodies that take
part in the page's work, and a body whose sentence names the work by its definite noun, join
the work's collaboration; on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Arbete › Sommarjobb\n\nPublicerad 3 juni 2026\n\n"
WORK = (
    "Sommarbryggan är en satsning på sommarjobb för unga. Sommarbryggan drivs av Tibro "
    "kommun tillsammans med Röda Korset.\n\n"
)
TIBRO, RED_CROSS = "kommun/1472", "org/roda-korset"


def test_the_bodies_of_a_table_of_employers_join_the_work() -> None:
    d = draft(
        WORK + "Dessa tar emot unga i år:\n\n| Arbetsgivare | Ort | Platser |\n|---|---|---|\n"
        "| Tibro Snickeri AB | Tibro | 3 |\n| Föreningen Ekbacken | Tibro | 2 |\n",
        HEAD,
    )
    assert together(d, TIBRO, RED_CROSS, "org/tibro-snickeri-ab", "org/foreningen-ekbacken"), (
        partners(d)
    )


def test_the_clubs_of_a_table_of_clubs_join_the_work() -> None:
    d = draft(
        WORK + "Klubbarna i år\n\n| Klubb | Idrott | Nya deltagare |\n|---|---|---|\n"
        "| Simklubben Vågen | Simning | 12 |\n| Schackklubben Löparen | Schack | 7 |\n",
        HEAD,
    )
    assert together(d, RED_CROSS, "org/simklubben-vagen", "org/schackklubben-loparen"), partners(d)


def test_a_body_that_coordinates_the_project_joins_the_work() -> None:
    d = draft(
        WORK + "Ungdomarna får en handledare.\n\nStudieförbundet Ljuset samordnar projektet "
        "och håller kursen om arbetslivet.\n",
        HEAD,
    )
    assert together(d, TIBRO, RED_CROSS, "org/studieforbundet-ljuset"), partners(d)


def test_a_body_with_a_clause_that_leads_the_project_joins_it_one_with_no_role_not() -> None:
    d = draft(
        WORK + "Ungdomarna går en kurs först.\n\nStudieförbundet Ljuset, som har lokaler vid "
        "torget, leder projektet. Simklubben Vågen har ingen roll i projektet.\n",
        HEAD,
    )
    assert together(d, TIBRO, RED_CROSS, "org/studieforbundet-ljuset"), partners(d)
    assert not any("org/simklubben-vagen" in group for group in partners(d)), partners(d)


def test_the_clubs_of_a_table_join_the_work_the_associations_of_a_table_of_grants_not() -> None:
    d = draft(
        WORK + "| Klubb | Idrott |\n|---|---|\n| Simklubben Vågen | Simning |\n\n"
        "Bidrag i år\n\n| Förening | Aktivitet | Beviljat belopp |\n|---|---|---|\n"
        "| Föreningen Ekbacken | Odling | 12 000 |\n| Schackklubben Löparen | Schack | 7 000 |\n",
        HEAD,
    )
    assert together(d, TIBRO, RED_CROSS, "org/simklubben-vagen"), partners(d)
    assert not any("org/foreningen-ekbacken" in group for group in partners(d)), partners(d)
