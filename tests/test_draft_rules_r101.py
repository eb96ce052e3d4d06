"""Round 101 of learning: parties of a collaboration told in a sentence of their own.

A body that opens a sentence and "håller i" one of the work's activities ("X håller i
språkträffarna") or "ansvarar för" one of its courses ("X ansvarar för
truckutbildningen") is a party of the work the page told before. A board that
"ansvarar för mottagandet" by its remit, or a body that "håller i pengarna", is none.
A table under a first header cell "Utställare" lists exhibitors of a job day or a fair
the work arranges: parties of it, unless the table is one of money.
The sentences are our own (invented associations and companies in Dalarna).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Leksands kommun › Integration\n\nPublicerad 9 februari 2026\n\n"


def _members(d) -> list[set[str]]:
    return [set(r.members) for r in d.relations if r.kind == "collaboration"]


def _in_a_collaboration(d, label: str) -> bool:
    iri = next(i for i, a in d.actors.items() if a.label_sv == label)
    return any(iri in m for m in _members(d))


def test_a_body_that_holds_an_activity_joins_the_work() -> None:
    d = draft(
        "Språkvänner i Leksand drivs av Leksands kommun tillsammans med Röda Korset. "
        "Studieförbundet Siljansljus håller i språkträffarna varje tisdag.\n",
        HEAD,
    )
    assert _in_a_collaboration(d, "Studieförbundet Siljansljus"), _members(d)


def test_a_body_responsible_for_a_course_joins_the_work() -> None:
    d = draft(
        "Jobbspåret drivs av Leksands kommun i samarbete med Arbetsförmedlingen. "
        "Insjöns Lager AB ansvarar för truckutbildningen under våren.\n",
        HEAD,
    )
    assert _in_a_collaboration(d, "Insjöns Lager AB"), _members(d)


def test_a_body_that_holds_the_money_or_has_a_remit_joins_nothing() -> None:
    d = draft(
        "Språkvänner i Leksand drivs av Leksands kommun tillsammans med Röda Korset. "
        "Föreningen Tällbergsbron håller i pengarna för fikat. "
        "Stiftelsen Dalabryggan ansvarar för mottagandet av nyanlända.\n",
        HEAD,
    )
    labels = {a.label_sv for a in d.actors.values()}
    for label in ("Föreningen Tällbergsbron", "Stiftelsen Dalabryggan"):
        if label in labels:
            assert not _in_a_collaboration(d, label), _members(d)


JOB_DAY = (
    "Yrkesdagen på Leksands gymnasium ordnas av Leksands kommun tillsammans med "
    "Röda Korset.\n\n"
    "Utställare\n\n"
)


def test_the_exhibitors_of_a_table_join_the_work() -> None:
    d = draft(
        JOB_DAY + "Utställare | Bransch\n|---|---|\n| Insjöns Lager AB | lager |\n"
        "| Siljansbyggen AB | bygg |\n\nVälkomna!\n",
        HEAD,
    )
    assert _in_a_collaboration(d, "Insjöns Lager AB"), _members(d)
    assert _in_a_collaboration(d, "Siljansbyggen AB"), _members(d)


def test_a_table_of_what_exhibitors_paid_joins_nothing() -> None:
    d = draft(
        JOB_DAY + "Utställare | Monterhyra kr\n|---|---|\n| Insjöns Lager AB | 500 |\n"
        "| Siljansbyggen AB | 500 |\n\nVälkomna!\n",
        HEAD,
    )
    labels = {a.label_sv for a in d.actors.values()}
    for label in ("Insjöns Lager AB", "Siljansbyggen AB"):
        if label in labels:
            assert not _in_a_collaboration(d, label), _members(d)
