"""Round 94 of learning: an agency's local office is a party, "ändå" tells no party, and a
work that "has had" its parties joins them to its owner.

On the blind rounds 144-147 most missed relations were pairs of partners. A page names an
agency by its local office ("Arbetsförmedlingen i Kil är samverkanspart och anvisar
deltagare"): the office is a party as the agency would be, in every pass that reads parties
and recipients. Under a heading of the parties, a body that does something "ändå" (all the
same), after the paragraph has said it is no party, is no party. A final report that lists
its parties after a verb of having ("Projektet har haft följande samverkansparter: A, B och
C") tells the page's collaboration: the owner and a party that left later join that list.
The sentences are our own (invented associations in Värmland).
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


REPORT = (
    "Kils kommun\nArbetsmarknadsförvaltningen\n\nTjänsteskrivelse\n2026-02-10\n\n"
    "Slutredovisning av projektet Vägen in\n\n"
)


def test_the_parties_a_work_has_had_join_its_owner() -> None:
    d = draft(
        "Ärendet\nProjektägare har varit arbetsmarknadsenheten, som hör till förvaltningen.\n\n"
        "Projektet har haft följande samverkansparter: Arbetsförmedlingen, Studieförbundet "
        "Värmlandsljus och Kils församling. Föreningen Vänkraft var part från start men "
        "lämnade projektet i mars 2025.",
        REPORT,
    )
    members = _with(partners(d), "org/arbetsformedlingen")
    assert {
        "kommun/1715/arbetsmarknadsenheten",
        "org/studieforbundet-varmlandsljus",
        "org/foreningen-vankraft",
    } <= members, partners(d)


def test_not_parties_it_has_not_had() -> None:
    d = draft(
        "Ärendet\nProjektägare har varit arbetsmarknadsenheten, som hör till förvaltningen.\n\n"
        "Projektet har inte haft några samverkansparter utanför kommunen. Arbetsförmedlingen "
        "har informerats om projektet.",
        REPORT,
    )
    assert not any("org/arbetsformedlingen" in m for m in partners(d)), partners(d)
