"""Round 66 of learning: lists whose lead is told in the active voice, and their items.

A page says who runs a piece of work with the body first ("Polisen i Tierp leder dialogen
sedan 2024", "Fritidsenheten samordnar arbetet") and then lists the others under a line
ending in a colon ("Med i dialogen är:", "... och har de här parterna:", or, on a line of its
own after that paragraph, "Andra parter i projektet:"): the lead and the items are one
collaboration. An item "Tierps kommun genom Socialförvaltningen" takes part through the
unit; one said after the list to have been with the work from the start but to have left it
was a party too. A colon after a number of employers or companies ("ett samarbete mellan
skolan och tre arbetsgivare:") opens a list of parties as a number of associations does. The
sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Tierps kommun › Trygghet › Dialog\n\nPublicerad 12 maj 2026\n\n"


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
