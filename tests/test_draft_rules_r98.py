"""Round 98 of learning: units placed in their department.

A unit named with its department before it, "förvaltningen och dess enhet" (or "med sin"),
belongs to that department; so does a unit whose place is a department, "enheten på/vid
förvaltningen". A unit "på" a municipality's place or another unit keeps its parent.
The sentences are our own (invented units in Gästrikland).
"""

from __future__ import annotations

from drafthelpers import draft, parent

HEAD = "Nyheter från Ockelbo kommun › Integration\n\nPublicerad 3 februari 2026\n\n"


def test_a_department_and_its_unit() -> None:
    d = draft(
        "Sorteringskurserna har tagits fram av Ockelbo kommun genom "
        "samhällsbyggnadsförvaltningen och dess återvinningsenhet. Kurserna är gratis.\n",
        HEAD,
    )
    assert parent(d, "kommun/2101/atervinningsenheten") == (
        "kommun/2101/samhallsbyggnadsforvaltningen"
    ), {a.iri: a.parent for a in d.actors.values()}


def test_a_unit_on_its_department() -> None:
    d = draft(
        "Läxhjälpen drivs av biblioteksenheten på kultur- och fritidsförvaltningen. "
        "Hjälpen ges på tisdagar.\n",
        HEAD,
    )
    assert parent(d, "kommun/2101/biblioteksenheten") == (
        "kommun/2101/kultur-och-fritidsforvaltningen"
    ), {a.iri: a.parent for a in d.actors.values()}


def test_a_unit_at_a_place_keeps_its_municipality() -> None:
    d = draft(
        "Läxhjälpen drivs av biblioteksenheten på Ockelbo bibliotek och Studieförbundet "
        "Gästrikebygd. Hjälpen ges på tisdagar.\n",
        HEAD,
    )
    assert parent(d, "kommun/2101/biblioteksenheten") == "kommun/2101", {
        a.iri: a.parent for a in d.actors.values()
    }
