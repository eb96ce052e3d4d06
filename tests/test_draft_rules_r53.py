"""Round 53 of learning (from the blind round 61).

The sentences are our own (invented associations, firms and places in Värmland), not from
any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Kils kommun › Arbete › Projekt\n\nPublicerad 4 mars 2026\n\n"


def test_the_owner_of_a_genitive_unit_is_the_unit() -> None:
    # "Projektägare är FÖRVALTNINGENS ENHET": the unit owns the project, and it is the owner
    # that "Övriga parter är:" adds to the list that follows
    d = draft(
        "Projektet Vägen in\n\n"
        "Projektägare är Socialförvaltningens integrationsenhet i Kils kommun. Övriga parter "
        "är:\n\n"
        "- Arbetsförmedlingen, som anvisar deltagare\n"
        "- Föreningen Bron i Kil, som ordnar läxhjälp\n\n"
        "Projektet pågår till 2027.\n",
        HEAD,
    )
    assert together(
        d, "kommun/1715/integrationsenheten", "org/arbetsformedlingen", "org/foreningen-bron-i-kil"
    )
    assert not any("kommun/1715/socialforvaltningen" in group for group in partners(d))


def test_the_other_parties_list_joins_the_owner_named_just_before() -> None:
    # "Projektägare är A. Övriga parter är: B, C": B and C are the others beside A
    d = draft(
        "Projektet Vägen in\n\n"
        "Projektägare är Kils kommun. Övriga parter är:\n\n"
        "- Arbetsförmedlingen, som anvisar deltagare\n"
        "- Föreningen Bron i Kil, som ordnar läxhjälp\n",
        HEAD,
    )
    assert together(d, "kommun/1715", "org/arbetsformedlingen", "org/foreningen-bron-i-kil")


def test_also_with_after_a_list_joins_the_list_of_the_paragraph_before() -> None:
    # "Sedan mars är också X med": the paragraph before is the list's, counted from its end,
    # though its items stand in a paragraph of their own after "Parter är:"
    d = draft(
        "Projektet Vägen in\n\n"
        "Parter i projektet är:\n\n"
        "- Arbetsförmedlingen, som anvisar deltagare\n"
        "- Föreningen Bron i Kil, som ordnar läxhjälp\n\n"
        "Från mars 2026 är också Vuxenutbildningen med och ansvarar för svenskan.\n",
        HEAD,
    )
    assert together(
        d, "org/arbetsformedlingen", "org/foreningen-bron-i-kil", "kommun/1715/vuxenutbildningen"
    )


def test_a_congregation_a_scout_troop_and_a_choir_are_named_by_their_head_word() -> None:
    # "Församlingen NAME", "Scoutkåren NAME", "Kören NAME": the head word and a capitalised
    # name after it make an association's name, as "Föreningen NAME" does
    d = draft(
        "Sommarläger i Kil\n\n"
        "Lägret ordnas av Församlingen Ljusglimten tillsammans med Scoutkåren Tallbacken och "
        "Kören Sånglärkan.\n",
        HEAD,
    )
    assert together(
        d, "org/forsamlingen-ljusglimten", "org/scoutkaren-tallbacken", "org/koren-sanglarkan"
    )


def test_a_units_indefinite_word_after_a_departments_genitive_is_the_unit() -> None:
    # "Kulturförvaltningens bibliotek", the unit the page calls "Biblioteket" elsewhere: the
    # indefinite word names that unit, a party of the sentence
    d = draft(
        "Språkcafé i Kil\n\n"
        "Caféet drivs av Föreningen Bron i Kil tillsammans med Kulturförvaltningens bibliotek "
        "i Kils kommun. Biblioteket lånar ut rummet.\n",
        HEAD,
    )
    assert together(d, "org/foreningen-bron-i-kil", "kommun/1715/biblioteket")



def test_a_table_of_who_is_responsible_and_whom_with_pairs_both_columns() -> None:
    # "Åtgärd | Ansvarig | Tillsammans med | När": the row's responsible body and the bodies
    # it works with, companies too, are partners of one another
    d = draft(
        "Handlingsplan\n\n"
        "| Åtgärd | Ansvarig | Tillsammans med | När |\n"
        "|---|---|---|---|\n"
        "| Läxhjälp | Socialförvaltningen | Föreningen Bron i Kil | 2026 |\n"
        "| Praktik | Arbetsmarknadsenheten | Kilverken AB, Frykens Bygg AB | 2027 |\n",
        HEAD,
    )
    assert together(d, "kommun/1715/socialforvaltningen", "org/foreningen-bron-i-kil")
    assert together(
        d, "kommun/1715/arbetsmarknadsenheten", "org/kilverken-ab", "org/frykens-bygg-ab"
    )


def test_a_column_whom_with_on_an_associations_own_page_pairs_the_association() -> None:
    # an association's own programme, "Datum | Aktivitet | Tillsammans med": each row's body
    # is the association's partner
    d = draft(
        "Föreningen Bron i Kil\nHem > Program\n\nPublicerad 4 mars 2026\n\n"
        "Vi ordnar vandringar för nya i Kils kommun.\n\n"
        "| Datum | Aktivitet | Tillsammans med |\n"
        "|---|---|---|\n"
        "| 5 maj | Vårvandring | Kils Orienteringsklubb |\n",
        "",
    )
    assert together(d, "org/foreningen-bron-i-kil", "org/kils-orienteringsklubb")
