"""Rules of round 41 of learning (from the blind round 42), one short text each.

Each test drafts a few lines of our own (Västerbotten, Jämtland and Kalmar län, invented
councils, networks and associations) and checks what the rule is for. None of the sentences
comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 november 2026\n\nEtt nytt råd för integration i länet\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------- a state agency's local office and regional unit


def test_an_agency_office_in_a_town_is_a_unit_of_the_agency() -> None:
    body = (
        "Lycksele kommun startar en språkpraktik för nyanlända tillsammans med "
        "Arbetsförmedlingen i Storuman.\n"
    )
    draft = _draft(body)
    unit = "org/arbetsformedlingen/storuman"
    assert unit in draft.actors
    assert _parent(draft, unit) == "org/arbetsformedlingen"
    assert _together(draft, "kommun/2481", unit)


def test_an_agency_named_with_a_compass_word_is_its_region_and_alone_the_agency() -> None:
    body = (
        "I rådet sitter Nybro kommun, Försäkringskassan Syd och Region Kalmar län. "
        "Försäkringskassan bjuds in när frågor om ersättningar tas upp.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "org/forsakringskassan/syd") == "org/forsakringskassan"
    assert "org/forsakringskassan" in draft.actors
    assert "org/forsakringskassan-syd" not in draft.actors


def test_the_head_of_an_agency_s_region_is_the_region_s_post() -> None:
    body = (
        "Rådet i Umeå kommun består av kommunalrådet och regionchefen för Migrationsverkets "
        "region Syd.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "org/migrationsverket/region-syd") == "org/migrationsverket"
    post = "org/migrationsverket/region-syd/tjanst/regionchef"
    assert _parent(draft, post) == "org/migrationsverket/region-syd"


def test_a_local_police_area_and_its_community_officer() -> None:
    body = (
        "Trygghetsvandringarna i Östersund ordnas av kommunen och lokalpolisområde "
        "Östersund.\n\n"
        "– Vi ser färre bränder i området, säger Jonas Berglund, kommunpolis i Östersund.\n"
    )
    draft = _draft(body)
    area = "org/polisen/lokalpolisomrade-ostersund"
    assert _parent(draft, area) == "org/polisen"
    assert _parent(draft, f"{area}/tjanst/kommunpolis") == area


def test_a_place_that_is_a_municipality_keeps_naming_the_municipality() -> None:
    # the control: "i Storumans kommun" is the municipality, no office of the agency
    body = "Arbetsförmedlingen har ett kontor i Storumans kommun sedan 2024.\n"
    draft = _draft(body)
    assert not any(iri.startswith("org/arbetsformedlingen/") for iri in draft.actors)


# ------------------------------- the posts of a county's bodies and whose they are


def test_a_post_before_its_holder_takes_the_organisation_after_the_comma() -> None:
    body = (
        "Rådet för integration i Västerbotten har sex ledamöter:\n"
        "- regionråd Sara Nyström, Region Västerbotten\n"
        "- landshövdingen, som leder rådet\n"
        "- kommunalrådet i Skellefteå kommun\n"
    )
    draft = _draft(body, "Länsstyrelsen i Västerbottens län\n\n" + DATE)
    assert _parent(draft, "region/24/tjanst/regionrad") == "region/24"
    assert _parent(draft, "lansstyrelse/24/tjanst/landshovding") == "lansstyrelse/24"


def test_a_federation_s_chair_named_before_the_federation() -> None:
    body = (
        "I styrgruppen ingår förbundsordförande Olof Lindqvist, Jämtlands Kommunförbund, "
        "Region Jämtland Härjedalen och Krokoms kommun.\n"
    )
    draft = _draft(body)
    post = next((i for i in draft.actors if i.endswith("/tjanst/forbundsordforande")), None)
    assert post is not None
    assert not post.startswith("kommun/")


# ------------------------------- a county board's and a region's units


def test_a_region_s_department_in_the_genitive() -> None:
    body = (
        "Nätverket samordnas av Umeå kommun. I arbetsgruppen ingår Region Västerbottens "
        "avdelning för regional utveckling.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "region/24/avdelningen-for-regional-utveckling") == "region/24"


def test_a_region_taking_part_through_a_unit_stays_the_member() -> None:
    # the control: "deltar genom enheten för ..." keeps the region the party (round 7)
    body = (
        "Umeå kommun leder projektet. Region Västerbotten deltar i referensgruppen genom "
        "enheten för folkhälsa.\n"
    )
    draft = _draft(body)
    assert not any(i.startswith("region/24/enhet") for i in draft.actors)


def test_a_county_board_s_unit_in_the_genitive() -> None:
    body = (
        "Länsstyrelsen i Jämtlands län ansvarar för samordningen. Arbetsgruppen består av "
        "Länsstyrelsens enhet för social hållbarhet och Östersunds kommun.\n"
    )
    draft = _draft(body)
    unit = "lansstyrelse/23/enheten-for-social-hallbarhet"
    assert _parent(draft, unit) == "lansstyrelse/23"


def test_a_municipality_s_unit_stays_the_municipality_s() -> None:
    # the control: the municipality's own "enheten för ..." is not the county board's
    body = (
        "Länsstyrelsen i Jämtlands län ger bidrag till projektet. Östersunds kommun leder "
        "arbetet genom enheten för social hållbarhet.\n"
    )
    draft = _draft(body)
    assert not any(i.startswith("lansstyrelse/23/enheten") for i in draft.actors), sorted(
        draft.actors
    )
