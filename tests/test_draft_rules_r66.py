"""Round 66 of learning: lists whose lead is told in the active voice, and their items.

A page says who runs a piece of work with the body first ("Polisen i Tierp leder dialogen
sedan 2024", "Fritidsenheten samordnar arbetet") and then lists the others under a line
ending in a colon ("Med i dialogen är:", "... och har de här parterna:", or, on a line of its
own after that paragraph, "Andra parter i projektet:"): the lead and the items are one
collaboration. An item "Tierps kommun genom Socialförvaltningen" takes part through the
unit; one said after the list to have been with the work from the start but to have left it
was a party too. A colon after a number of employers or companies ("ett samarbete mellan
skolan och tre arbetsgivare:") opens a list of parties as a number of associations does, and
one more party or a past one told after a counted list ("Sedan 2025 är även X med", "Y var med
från starten men lämnade ...") joins it. The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tierps kommun › Trygghet › Dialog\n\nPublicerad 12 maj 2026\n\n"


def test_a_body_that_leads_the_work_joins_the_list_after_it() -> None:
    d = draft(
        "Trygghetsforum\n\nSocialförvaltningen leder Trygghetsforum Tierp sedan mars 2024. "
        "Forumet träffas fyra gånger om året. Med i forumet är:\n"
        "- Röda Korset\n- Studieförbundet Vuxenskolan\n- Tierps Schackklubb\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/0360/socialforvaltningen",
        "org/roda-korset",
        "org/studieforbundet-vuxenskolan",
        "org/tierps-schackklubb",
    ), partners(d)


def test_the_parties_named_by_the_definite_word_over_a_list() -> None:
    d = draft(
        "Vem samordnar?\n\nFritidsenheten samordnar Sommarjobb Tierp sedan 2023. Samverkan "
        "kallas Sommarbron och har de här parterna:\n"
        "- Röda Korset\n- Studieförbundet Vuxenskolan\n- Tierps Schackklubb\n",
        HEAD,
    )
    assert together(d, "kommun/0360/fritidsenheten", "org/roda-korset", "org/tierps-schackklubb"), (
        partners(d)
    )


def test_other_parties_on_a_line_of_their_own_join_the_lead_of_the_paragraph_before() -> None:
    d = draft(
        "Om projektet\n\nProjektet Vågbrytaren startade i januari 2025. Projektet leds av "
        "Fritidsenheten tillsammans med Region Uppsala.\n\nAndra parter i Vågbrytaren:\n"
        "- Röda Korset, som ordnar läxhjälp\n- Tierps Schackklubb, som lånar ut sin lokal\n",
        HEAD,
    )
    assert together(d, "kommun/0360/fritidsenheten", "org/roda-korset", "org/tierps-schackklubb"), (
        partners(d)
    )


def test_an_item_through_its_unit_and_one_that_left_after_the_list() -> None:
    d = draft(
        "Trygghetsforum\n\nPolisen leder Trygghetsforum Tierp sedan mars 2024. Med i forumet "
        "är:\n- Tierps kommun genom Socialförvaltningen, som skriver protokollen\n"
        "- Röda Korset\n- Studieförbundet Vuxenskolan\n\n"
        "Tierps Schackklubb var med från starten men lämnade forumet i maj 2025.\n",
        HEAD,
    )
    group = next((g for g in partners(d) if "org/roda-korset" in g), set())
    assert "kommun/0360/socialforvaltningen" in group, partners(d)
    assert "kommun/0360" not in group, partners(d)
    assert "org/tierps-schackklubb" in group, partners(d)


def test_a_number_of_employers_before_a_colon_opens_a_list_of_parties() -> None:
    d = draft(
        "Praktikspåret\n\nPraktikspåret startade i augusti 2025. Det är ett samarbete mellan "
        "Tierpsskolan och tre arbetsgivare:\n"
        "- Bruksgårdens Bageri AB, som tar emot elever\n- Tierps Snickeri AB\n"
        "- Röda Korset, som har en second hand-butik\n",
        HEAD,
    )
    assert any(
        {"org/bruksgardens-bageri-ab", "org/tierps-snickeri-ab", "org/roda-korset"} <= g
        and len(g) >= 4
        for g in partners(d)
    ), partners(d)


def test_a_later_and_a_past_party_told_after_a_counted_list() -> None:
    d = draft(
        "Mötesplatsen\n\nMötesplats Solbacken öppnade i januari 2024. Mötesplatsen drivs av "
        "Fritidsenheten tillsammans med tre föreningar:\n"
        "- Röda Korset\n- Studieförbundet Vuxenskolan\n- Tierps Schackklubb\n\n"
        "Sedan mars 2025 är även Rädda Barnen med. Tierps Bridgeklubb var med från starten men "
        "lämnade mötesplatsen i juni 2024.\n",
        HEAD,
    )
    group = next((g for g in partners(d) if "org/roda-korset" in g), set())
    assert {"org/radda-barnen", "org/tierps-bridgeklubb"} <= group, partners(d)


def test_a_past_party_told_after_any_list_of_parties() -> None:
    d = draft(
        "Arbetsgruppen\n\nLäxhjälpen Solbacken startade 2024. Arbetsgruppen består av:\n"
        "- Röda Korset\n- Studieförbundet Vuxenskolan\n- Tierps Schackklubb\n\n"
        "Tierps Bridgeklubb var med från starten men lämnade arbetsgruppen i juni 2024.\n",
        HEAD,
    )
    group = next((g for g in partners(d) if "org/roda-korset" in g), set())
    assert "org/tierps-bridgeklubb" in group, partners(d)
