"""Rules of round 32 of learning (from the blind round 33), one short text each.

Each test drafts a few lines of our own (Västerbotten's municipalities, invented projects,
associations and companies) and checks what the rule is for. None of the sentences comes
from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 april 2026\n\nNytt om samverkan i Västerbotten\n\n"

LYCKSELE, VILHELMINA = "kommun/2481", "kommun/2462"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------- the owner's sentence and the owner's paragraph


def test_the_body_that_leads_the_owners_work_is_a_party() -> None:
    body = (
        "Fjällvägen startade i mars 2025. Projektägare är Lycksele kommun, och arbetet "
        "leds av kommunens arbetsmarknadsenhet.\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, f"{LYCKSELE}/arbetsmarknadsenheten")


def test_a_body_that_leads_before_the_owner_is_named_is_no_extra_party() -> None:
    body = (
        "Fjällvägen leds av Lycksele kommun, där projektägare är "
        "arbetsmarknadsförvaltningen.\n"
    )
    draft = _draft(body)
    assert not _together(draft, LYCKSELE, f"{LYCKSELE}/arbetsmarknadsforvaltningen")


def test_bodies_told_one_a_sentence_in_the_owners_paragraph_are_parties() -> None:
    body = (
        "Fjällvägen startade i mars 2025. Projektägare är Lycksele kommun. Röda Korset "
        "ordnar språkcaféer för deltagarna. Arbetsförmedlingen anvisar deltagare varje "
        "månad.\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, "org/roda-korset", "org/arbetsformedlingen")


def test_a_body_in_another_paragraph_than_the_owners_is_no_party() -> None:
    body = (
        "Fjällvägen startade i mars 2025. Projektägare är Lycksele kommun, och arbetet "
        "leds av kommunens arbetsmarknadsenhet.\n\n"
        "Röda Korset ordnar språkcaféer i hela länet.\n"
    )
    draft = _draft(body)
    assert not _together(draft, LYCKSELE, "org/roda-korset")


def test_a_funder_or_a_denied_body_in_the_owners_paragraph_is_no_party() -> None:
    body = (
        "Fjällvägen startade i mars 2025. Projektägare är Lycksele kommun, och arbetet "
        "leds av kommunens arbetsmarknadsenhet. Allmänna arvsfonden beviljade kommunen "
        "2 miljoner kronor för projektet. Röda Korset ordnar inte några aktiviteter.\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, f"{LYCKSELE}/arbetsmarknadsenheten")
    assert not _together(draft, LYCKSELE, "org/allmanna-arvsfonden")
    assert not _together(draft, LYCKSELE, "org/roda-korset")


def test_a_body_with_us_through_its_own_unit_is_a_party() -> None:
    body = (
        "Projektägare är Lycksele kommun, och arbetet leds av kommunens "
        "arbetsmarknadsenhet.\n\n"
        "Vilhelmina kommun är med genom sin vuxenutbildning, som ordnar kurser i "
        "yrkessvenska.\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, VILHELMINA)


# ------------------------------------- a list of demands


def test_a_body_demanded_as_a_party_is_no_party() -> None:
    body = (
        "Projektägare är Lycksele kommun, och arbetet leds av kommunens "
        "arbetsmarknadsenhet.\n\n"
        "Vi kräver därför två saker:\n\n"
        "– att Region Västerbotten går in som part i projektet,\n"
        "– att staten ger kommunerna långsiktiga pengar.\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, f"{LYCKSELE}/arbetsmarknadsenheten")
    assert not _together(draft, LYCKSELE, "region/24")


def test_a_party_listed_without_att_is_still_a_party() -> None:
    body = (
        "Projektägare är Lycksele kommun.\n\n"
        "– Region Västerbotten är samverkanspart sedan starten.\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, "region/24")


# ------------------------------------- a partner table names companies too


def test_a_company_in_a_partner_table_is_a_partner() -> None:
    body = (
        "Projektets partner och deras roller:\n\n"
        "Partner | Roll i projektet\n"
        "Lycksele kommun | Projektägare och coacher\n"
        "Arbetsförmedlingen | Anvisning av deltagare\n"
        "Umeälvens Snickeri AB | Praktikplatser\n"
    )
    draft = _draft(body)
    assert _together(draft, LYCKSELE, "org/arbetsformedlingen", "org/umealvens-snickeri-ab")


# ------------------------------------- a name that ends in the part of a place


def test_a_name_ending_in_a_part_of_a_province_keeps_it() -> None:
    body = (
        "Samordningsförbundet Västerbottens inland finansierar kursen, som Lycksele "
        "kommun ordnar tillsammans med Arbetsförmedlingen.\n"
    )
    draft = _draft(body)
    labels = {a.label_sv for a in draft.actors.values()}
    assert "Samordningsförbundet Västerbottens inland" in labels
    assert "Samordningsförbundet Västerbottens" not in labels
