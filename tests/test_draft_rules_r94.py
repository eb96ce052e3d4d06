"""Round 94 of learning: an agency's local office is a party, and "ändå" tells no party.

On the blind rounds 144-147 most missed relations were pairs of partners. A page names an
agency by its local office ("Arbetsförmedlingen i Kil är samverkanspart och anvisar
deltagare"): the office is a party as the agency would be, in every pass that reads parties
and recipients. Under a heading of the parties, a body that does something "ändå" (all the
same), after the paragraph has said it is no party, is no party. The sentences are our own
(invented associations in Värmland).
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Kils kommun › Nyheter\n\nPublicerad 4 mars 2026\n\n"


def _with(members: list[set[str]], iri: str) -> set[str]:
    return next((m for m in members if iri in m), set())


def test_a_local_office_as_a_party() -> None:
    d = draft(
        "Jobbsteget är kommunens projekt för nyanlända som vill börja arbeta. Projektet drivs "
        "av Kils kommun via arbetsmarknadsenheten.\n\n"
        "Arbetsförmedlingen i Kil är samverkanspart och anvisar deltagare till projektet.",
        HEAD,
    )
    members = _with(partners(d), "org/arbetsformedlingen/kil")
    assert "kommun/1715" in members, partners(d)


def test_a_local_office_after_the_verb() -> None:
    d = draft(
        "Yrkesspåret är en utbildning i trä och bygg för unga som är nya i Sverige. "
        "Yrkesspåret ägs av Föreningen Vänkraft. Även Arbetsförmedlingen i Kil är part i "
        "Yrkesspåret och ordnar informationsträffar om yrken för eleverna.",
        HEAD,
    )
    members = _with(partners(d), "org/foreningen-vankraft")
    assert "org/arbetsformedlingen/kil" in members, partners(d)


def test_not_a_local_office_that_is_no_party() -> None:
    d = draft(
        "Föreningen Vänkraft ordnar språkcaféer tillsammans med Studieförbundet "
        "Värmlandsljus. Arbetsförmedlingen i Kil är inte part i språkcaféerna.",
        HEAD,
    )
    assert not any("org/arbetsformedlingen/kil" in m for m in partners(d)), partners(d)


def test_not_a_body_that_helps_all_the_same() -> None:
    d = draft(
        "Kils kommun har tecknat en överenskommelse om mottagandet av nyanlända.\n\n"
        "Parterna\n"
        "Kils kommun samordnar överenskommelsen. Föreningen Vänkraft ordnar kontaktpersoner "
        "för familjerna.\n\n"
        "Studieförbundet Värmlandsljus är inte part i överenskommelsen. Studieförbundet "
        "Värmlandsljus har ändå lovat att ordna en kurs i svenska för föräldrarna.",
        HEAD,
    )
    members = _with(partners(d), "org/foreningen-vankraft")
    assert "kommun/1715" in members, partners(d)
    assert "org/studieforbundet-varmlandsljus" not in members, partners(d)
