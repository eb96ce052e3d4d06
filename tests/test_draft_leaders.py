"""The post that leads, coordinates or convenes a collaboration is one of its members (round
22 of learning). Each test drafts a few lines of our own and fails without
:mod:`samverkan.draft.relations.leaders`.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together


def test_a_network_coordinated_by_a_post_s_holder_has_the_post_as_member() -> None:
    d = draft(
        "Nätverket Välkommen till Kil består av Kils kommun, Röda Korset och Kils "
        "församling. Nätverket samordnas av Lena Holm, integrationssamordnare på Kils "
        "kommun.\n"
    )
    assert together(d, "kommun/1715/tjanst/integrationssamordnare", "org/roda-korset")


def test_a_group_convened_by_a_post_has_the_post_as_member() -> None:
    d = draft(
        "Arbetsgruppen består av Grums kommun, Arbetsförmedlingen och Försäkringskassan. "
        "Gruppen sammankallas av kommunens arbetsmarknadschef.\n"
    )
    assert together(d, "kommun/1764/tjanst/arbetsmarknadschef", "org/arbetsformedlingen")


def test_a_project_manager_named_as_the_subject_joins_the_project_of_the_paragraph() -> None:
    d = draft(
        "Projektet Läslust drivs av Säffle kommun tillsammans med ABF Värmland. "
        "Projektledare är sedan 2025 Jonas Ek, anställd på kultur- och "
        "fritidsförvaltningen.\n"
    )
    assert together(d, "kommun/1785/tjanst/projektledare", "org/abf-varmland")


def test_a_leader_in_another_paragraph_joins_nothing() -> None:
    d = draft(
        "Projektet Läslust drivs av Säffle kommun tillsammans med ABF Värmland.\n\n"
        "Projektledare är sedan 2025 Jonas Ek, anställd på kultur- och "
        "fritidsförvaltningen.\n"
    )
    assert not any("kommun/1785/tjanst/projektledare" in group for group in partners(d))


def test_an_organisation_that_leads_adds_no_post() -> None:
    d = draft(
        "Nätverket består av Arvika kommun och Röda Korset. Nätverket samordnas av Arvika "
        "kommun.\n"
    )
    assert all(not any("/tjanst/" in m for m in group) for group in partners(d))


def test_a_role_held_by_a_post_named_elsewhere_gives_that_post() -> None:
    d = draft(
        "Projektet Språkbron drivs av Arvika kommun tillsammans med Röda Korset. "
        "Projektledare är kommunens samordnare.\n\n"
        "Frågor: Maja Berg, samordnare, Arvika kommun\n"
    )
    assert together(d, "kommun/1784/tjanst/samordnare", "org/roda-korset")
    assert not any("kommun/1784/tjanst/projektledare" in group for group in partners(d))
