"""Round 109 of learning: units a municipality takes part through.

"Ydre kommun genom kulturskolan", "Kommunen är med genom fritidsenheten ... och genom
fältgruppen": the lower-case unit after "<municipality> genom" is the municipality's own
unit (or its department's, after "inom"). Not after another party ("Föreningen deltar genom
kulturskolan"), and not a means ("genom bidraget"). The sentences are our own (invented work
in Ydre and Bjuv).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Ydre kommun › Kultur och fritid\n\nPublicerad 12 mars 2026\n\n"


def test_a_unit_after_the_municipality_and_genom() -> None:
    d = draft(
        "Spelkvällarna görs tillsammans med Studieförbundet Bygdeton, Ydre kommun genom "
        "kulturskolan och Föreningen Nya Ydrebor. Alla är välkomna att spela med.\n",
        HEAD,
    )
    assert "kommun/0512/kulturskolan" in d.actors, sorted(d.actors)
    assert d.actors["kommun/0512/kulturskolan"].parent == "kommun/0512"


def test_a_unit_within_its_department() -> None:
    d = draft(
        "Nattvandringen är ett samarbete mellan Bjuvs kommun genom fältgruppen inom kultur- "
        "och fritidsförvaltningen, Ekebro församling och en idrottsklubb i orten.\n",
        "Nyheter från Bjuvs kommun › Trygghet\n\nPublicerad 2 april 2026\n\n",
    )
    iri = "kommun/1260/kultur-och-fritidsforvaltningen/faltgruppen"
    assert iri in d.actors, sorted(d.actors)


def test_a_second_unit_after_och_genom() -> None:
    d = draft(
        "Basketkvällarna ordnas av klubben. Kommunen är med genom fritidsenheten, som står "
        "för maten, och genom fältgruppen, som har fältassistenter på plats.\n",
        HEAD,
    )
    assert "kommun/0512/faltgruppen" in d.actors, sorted(d.actors)


def test_not_after_another_party() -> None:
    d = draft(
        "Föreningen Nya Ydrebor är en förening som deltar i projektet genom kulturskolan "
        "och genom bidraget från stiftelsen.\n",
        HEAD,
    )
    assert not any(i.endswith("/kulturskolan") for i in d.actors), sorted(d.actors)
