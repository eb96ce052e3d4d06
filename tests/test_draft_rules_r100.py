"""Round 100 of learning: actors the pages name that the rules did not draft.

- A county board named by its county without "i" ("Länsstyrelsen Kronoberg", "Länsstyrelsen
  Hallands län") is named in full, as "Länsstyrelsen i Hallands län" is: the page refers to
  it. Not where the page only says someone applied to it and no decision has come.
- The municipality's budget and debt counselling and its energy and climate advice are its
  units, named by their service ("budget- och skuldrådgivningen").
- A one-word post with the field it serves after it, between a contact line's commas or a
  table's bars ("Anna Ek, handläggare integration, Region X"), is that post: the field is
  part of its name. Not in running text, nor with a unit's name after it.

The sentences are our own (invented people and associations in Kronoberg and Halland).
"""

from __future__ import annotations

from drafthelpers import draft
from samverkan.draft.turtle import to_turtle

HEAD = "Nyheter från Alvesta kommun › Integration\n\nPublicerad 12 mars 2026\n\n"


def _labels(d) -> set[str]:
    return {a.label_sv for a in d.actors.values()}


def _references(body: str) -> str:
    d = draft(body, HEAD)
    return to_turtle(d, HEAD + body)


def test_a_county_board_named_by_its_county_without_i_is_referred_to() -> None:
    ttl = _references(
        "Läxhjälpen på biblioteket drivs av föreningen Bokbron. Länsstyrelsen Kronoberg "
        "beviljade 80 000 kronor till läxhjälpen för 2026.\n"
    )
    assert "dcterms:references <lansstyrelse/07>" in ttl, ttl


def test_a_county_board_only_applied_to_is_not_referred_to() -> None:
    ttl = _references(
        "Föreningen Bokbron har sökt pengar från Länsstyrelsen Kronoberg för en sommarskola. "
        "Något besked har ännu inte kommit.\n"
    )
    assert "dcterms:references <lansstyrelse/07>" not in ttl, ttl


def test_budget_and_debt_counselling_is_a_unit_of_the_municipality() -> None:
    d = draft(
        "Alvesta kommun ordnar en kurs om privatekonomi för deltagare i sfi. Kursen leds av "
        "budget- och skuldrådgivningen tillsammans med Studieförbundet Vidåsen.\n",
        HEAD,
    )
    assert "kommun/0764/budget-och-skuldradgivningen" in d.actors, sorted(d.actors)


def test_a_post_with_its_field_in_a_contact_line_keeps_the_field() -> None:
    d = draft(
        "Alvesta kommun startar en ny mötesplats för föräldrar.\n\n"
        "Kontakt: Ingrid Holmström, samordnare föräldraskapsstöd, Alvesta kommun\n",
        HEAD,
    )
    labels = _labels(d)
    assert "samordnare föräldraskapsstöd" in labels, labels


def test_a_post_in_running_text_or_before_a_unit_keeps_its_bare_name() -> None:
    d = draft(
        "Alvesta kommun startar en ny mötesplats för föräldrar. Kommunens samordnare "
        "berättar att mötesplatsen öppnar i april.\n\n"
        "Kontakt: Ingrid Holmström, enhetschef integrationsenheten, Alvesta kommun\n",
        HEAD,
    )
    labels = _labels(d)
    assert not any(label.startswith("samordnare ") for label in labels), labels
    assert "enhetschef integrationsenheten" not in labels, labels


def test_a_county_board_named_with_i_and_only_applied_to_is_not_referred_to() -> None:
    ttl = _references(
        "Alvesta kommun ansökte i oktober om 120 000 kronor från Länsstyrelsen i Kronobergs "
        "län för en mötesplats i Moheda.\n"
    )
    assert "dcterms:references <lansstyrelse/07>" not in ttl, ttl
