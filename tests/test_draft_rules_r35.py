"""Rules of round 35 of learning (from the blind round 36), one short text each.

Each test drafts a few lines of our own (Västernorrland's municipalities and region,
invented associations, clubs, companies and schools) and checks what the rule is for. None
of the sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 2 februari 2026\n\nNytt om samverkan i Västernorrland\n\n"

TIMRA, HARNOSAND, SUNDSVALL, KRAMFORS = "kommun/2262", "kommun/2280", "kommun/2281", "kommun/2282"
REGION = "region/22"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------- those present at a meeting, under sub-headings

MINUTES = "Anteckningar från samrådsgruppens möte i Timrå\n\n"


def test_those_present_under_sub_headings_are_members_together() -> None:
    body = MINUTES + (
        "Närvarande\n\n"
        "Från föreningarna:\n"
        "- Sara Lind, ordförande i Föreningen Brofästet\n"
        "- Omar Ali, tränare i Söråkers IK\n\n"
        "Från regionen:\n"
        "- Eva Berg, samordnare i Region Västernorrland\n\n"
        "1. Mötet öppnas\n\nOrdföranden hälsade alla välkomna.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/foreningen-brofastet", "org/sorakers-ik", REGION)


def test_a_person_line_names_the_body_not_the_town_after_it() -> None:
    body = MINUTES + (
        "Närvarande\n\n"
        "- Sara Lind, ordförande i Föreningen Brofästet\n"
        "- Anna Holm, diakon i Svenska kyrkan i Timrå\n"
        "- Eva Berg, samordnare i Region Västernorrland\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/foreningen-brofastet", REGION)
    assert not any(TIMRA in group for group in _partners(draft))


def test_a_heading_that_is_a_sentence_opens_no_list() -> None:
    body = (
        "Deltagarna trivdes på kursen i Timrå\n\n"
        "Från föreningarna:\n"
        "- Föreningen Brofästet\n"
        "- Söråkers IK\n"
    )
    draft = _draft(body)
    assert not _together(draft, "org/foreningen-brofastet", "org/soraker-ik")


# ------------------------------------- a heading of partners, sub-headed by place; companies


def test_partners_listed_by_place_under_a_heading_are_partners_companies_too() -> None:
    body = (
        "Projektet Bygdeväven drivs av Föreningen Älvdalsbygd.\n\n"
        "Samarbetsparter i kommunerna\n\n"
        "I Härnösand:\n"
        "- Härnösands kommuns arbetsmarknadsenhet\n"
        "- Viskans IF, som ordnar träningar tillsammans med fritidsenheten\n\n"
        "I Kramfors:\n"
        "- Nordins Bygg AB, som tar emot praktikanter\n"
    )
    draft = _draft(body)
    assert _together(
        draft,
        f"{HARNOSAND}/arbetsmarknadsenheten",
        "org/viskans-if",
        "org/nordins-bygg-ab",
    )


def test_what_a_listed_body_does_after_som_names_no_party() -> None:
    body = (
        "Samarbetsparter\n\n"
        "- Viskans IF, som ordnar träningar tillsammans med Sundsvalls kommun\n"
        "- Föreningen Brofästet\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/viskans-if", "org/foreningen-brofastet")
    # the list's group has no Sundsvall (the bullet's own sentence may pair it with the club)
    assert not _together(draft, "org/foreningen-brofastet", SUNDSVALL)


# ------------------------------------- a school's own site: "Skolnamn – X kommun"


def test_a_school_in_gymnasiet_heading_its_site_is_the_page_s_own() -> None:
    head = "Norrvikgymnasiet – Härnösands kommun\n\nStart > Program > Språkintroduktion\n\n"
    body = (
        "Praktik\n\n"
        "Vi samarbetar med dessa arbetsgivare:\n"
        "- Nordins Bygg AB\n"
        "- Restaurang Fyren AB\n"
    )
    draft = _draft(body, head)
    school = f"{HARNOSAND}/norrvikgymnasiet"
    assert school in draft.actors
    assert _together(draft, school, "org/nordins-bygg-ab", "org/restaurang-fyren-ab")


def test_a_kind_of_school_is_no_school_of_its_own() -> None:
    draft = _draft("Gymnasiet i Timrå erbjuder språkintroduktion.\n")
    assert not any(iri.endswith("/gymnasiet") for iri in draft.actors)


# ------------------------------------- a party listed with the unit it takes part through


def test_a_party_and_the_unit_it_takes_part_through_are_both_parties() -> None:
    body = (
        "Projektet Nystart Höga kusten har fyra parter:\n\n"
        "- Kramfors kommun genom arbetsmarknadsenheten\n"
        "- Föreningen Brofästet\n"
        "- Region Västernorrland\n"
    )
    draft = _draft(body)
    assert _together(
        draft, KRAMFORS, f"{KRAMFORS}/arbetsmarknadsenheten", "org/foreningen-brofastet", REGION
    )


def test_who_signs_for_a_party_is_still_no_party() -> None:
    body = (
        "Avtalet undertecknas av:\n\n"
        "- Timrå kommun, genom kommunstyrelsens ordförande Per Ek\n"
        "- Föreningen Brofästet\n"
    )
    draft = _draft(body)
    assert _together(draft, TIMRA, "org/foreningen-brofastet")
