"""Round 76 of learning (from the misses of blind rounds 60-89 together: bodies the drafter
finds but does not join to the work they belong to): rules on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Fritid › Läsglädje\n\nPublicerad 3 juni 2026\n\n"


def test_the_body_that_runs_a_named_work_joins_the_members_told_after_it() -> None:
    # "W drivs av X. W samordnas av Y. Arbetet görs tillsammans med:" and a list
    d = draft(
        "Bokbussen startade i maj 2024 och drivs av Föreningen Läslyktan. "
        "Bokbussen samordnas av Kultur- och fritidsförvaltningen. "
        "Arbetet görs tillsammans med:\n"
        "- Tibro Brukshundklubb Vovven, som läser med barnen\n"
        "- Studieförbundet Pennvässaren, som ordnar bokcirklar\n",
        HEAD,
    )
    assert together(
        d,
        "org/foreningen-laslyktan",
        "kommun/1472/kultur-och-fritidsforvaltningen",
        "org/tibro-brukshundklubb-vovven",
        "org/studieforbundet-pennvassaren",
    ), partners(d)


def test_the_coordinator_of_a_council_joins_its_members_in_a_later_section() -> None:
    # "Rådet samordnas av X." and, under a heading of its own, "I rådet ingår:"
    d = draft(
        "Tibro kommun inrättade Läsrådet 2023. Rådet samordnas av "
        "Kultur- och fritidsförvaltningen.\n\nLedamöter\n\n"
        "I rådet ingår:\n"
        "- Föreningen Läslyktan\n"
        "- Studieförbundet Pennvässaren\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/1472/kultur-och-fritidsforvaltningen",
        "org/foreningen-laslyktan",
        "org/studieforbundet-pennvassaren",
    ), partners(d)


def test_a_network_run_by_a_county_board_joins_its_members_after_it() -> None:
    # "Nätverket X startade 2022 och samordnas av Länsstyrelsen. I nätverket ingår A och B."
    d = draft(
        "Nätverket Läsa i Skaraborg startade 2022 och samordnas av Länsstyrelsen i "
        "Västra Götalands län. I nätverket ingår Föreningen Läslyktan och "
        "Studieförbundet Pennvässaren.\n",
        HEAD,
    )
    assert together(
        d, "lansstyrelse/14", "org/foreningen-laslyktan", "org/studieforbundet-pennvassaren"
    ), partners(d)


def test_a_work_that_is_not_run_by_the_body_is_not_joined() -> None:
    d = draft(
        "Bokbussen drivs inte av Föreningen Läslyktan. Arbetet görs tillsammans med:\n"
        "- Tibro Brukshundklubb Vovven\n"
        "- Studieförbundet Pennvässaren\n",
        HEAD,
    )
    assert not together(d, "org/foreningen-laslyktan", "org/studieforbundet-pennvassaren"), (
        partners(d)
    )


BLOCK = (
    "Läsglädje drivs av Tibro kommun tillsammans med Föreningen Läslyktan och "
    "Studieförbundet Pennvässaren.\n\n"
)


def test_a_later_party_whatever_it_does_joins_the_work() -> None:
    # "Sedan DATE är även X medarrangör": the date first, "även" before the body
    d = draft(BLOCK + "Sedan mars 2025 är även Tibro Brukshundklubb Vovven medarrangör.\n", HEAD)
    assert together(d, "org/foreningen-laslyktan", "org/tibro-brukshundklubb-vovven"), partners(d)


def test_a_future_party_that_will_take_on_a_task_joins_the_work() -> None:
    # "Från DATE kommer också X att ...": one more party, told by what it will do
    d = draft(
        BLOCK + "Från januari 2027 kommer också Tibro Brukshundklubb Vovven att läsa med barnen.\n",
        HEAD,
    )
    assert together(d, "org/studieforbundet-pennvassaren", "org/tibro-brukshundklubb-vovven"), (
        partners(d)
    )


def test_a_past_party_that_left_the_group_joins_the_work() -> None:
    # "X lämnade gruppen i juni 2024": a past party
    d = draft(BLOCK + "Tibro Brukshundklubb Vovven lämnade gruppen i juni 2024.\n", HEAD)
    assert together(d, "org/foreningen-laslyktan", "org/tibro-brukshundklubb-vovven"), partners(d)


def test_a_past_party_no_longer_with_us_joins_the_work() -> None:
    # "X var med 2021-2022 men har inte varit med sedan dess": the negation after "men"
    d = draft(
        BLOCK
        + "Tibro Brukshundklubb Vovven var med 2021–2022 men har inte varit med sedan dess.\n",
        HEAD,
    )
    assert together(d, "org/foreningen-laslyktan", "org/tibro-brukshundklubb-vovven"), partners(d)


def test_a_body_that_was_never_with_us_is_not_joined() -> None:
    d = draft(BLOCK + "Tibro Brukshundklubb Vovven var inte med 2024, men kanske 2027.\n", HEAD)
    assert not together(d, "org/foreningen-laslyktan", "org/tibro-brukshundklubb-vovven"), partners(
        d
    )


def test_a_guest_at_a_meeting_is_no_past_party() -> None:
    d = draft(
        BLOCK + "Tibro Brukshundklubb Vovven var med på förra årets träff men inte i år.\n", HEAD
    )
    assert not together(d, "org/foreningen-laslyktan", "org/tibro-brukshundklubb-vovven"), partners(
        d
    )
