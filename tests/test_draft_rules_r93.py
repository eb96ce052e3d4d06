"""Round 93 of learning: the unit a party takes part through is a party too.

On the blind rounds 144-147 most missed relations were pairs of partners, many with a
municipality's unit the page names right after the municipality and "genom": "tillsammans
med X kommun genom fritidsenheten, ...", "i samarbete med X kommun genom sin
arbetsmarknadsenhet". The unit joins the collaboration its body is a member of (not an
owner's: "ägs av X kommun genom ..."). The sentences are our own (invented associations in
Värmland).
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Kils kommun › Nyheter\n\nPublicerad 4 mars 2026\n\n"


def _with(members: list[set[str]], iri: str) -> set[str]:
    return next((m for m in members if iri in m), set())


def test_a_unit_named_after_genom_in_a_list_of_partners() -> None:
    d = draft(
        "Föreningen Vänkraft ordnar läxhjälp för nyanlända barn tillsammans med Kils kommun "
        "genom fritidsenheten, Studieförbundet Värmlandsljus och Kils församling.",
        HEAD,
    )
    members = _with(partners(d), "org/foreningen-vankraft")
    assert {"kommun/1715", "kommun/1715/fritidsenheten"} <= members, partners(d)


def test_a_unit_after_genom_sin() -> None:
    d = draft(
        "Språkvänner drivs av Föreningen Vänkraft i samarbete med Kils kommun genom sin "
        "arbetsmarknadsenhet och Arbetsförmedlingen.",
        HEAD,
    )
    members = _with(partners(d), "org/foreningen-vankraft")
    assert "kommun/1715/arbetsmarknadsenheten" in members, partners(d)


def test_not_a_party_through_its_unit() -> None:
    d = draft(
        "Föreningen Vänkraft ordnar läxhjälp tillsammans med Studieförbundet Värmlandsljus. "
        "Kils kommun är inte med genom fritidsenheten i år, men lånar ut lokalen.",
        HEAD,
    )
    assert not any("kommun/1715/fritidsenheten" in m for m in partners(d)), partners(d)


def test_not_the_unit_an_owner_acts_through() -> None:
    d = draft(
        "Läxhjälpen ägs av Kils kommun genom fritidsenheten och genomförs tillsammans med "
        "Föreningen Vänkraft och Studieförbundet Värmlandsljus.",
        HEAD,
    )
    assert not any("kommun/1715/fritidsenheten" in m for m in partners(d)), partners(d)
