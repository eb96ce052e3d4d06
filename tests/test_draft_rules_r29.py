"""Rules of round 29 of learning (from the blind rounds 29 and 30), one short text each.

Each test drafts a few lines of our own (Västerbotten's municipalities, invented projects,
associations and health centres) and checks what the rule is for. None of the sentences
comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 april 2026\n\nNytt om samverkan i Västerbotten\n\n"

VANNAS, BJURHOLM, NORDMALING = "kommun/2460", "kommun/2403", "kommun/2401"
REGION = "region/24"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------- a heading that asks who takes part


def test_a_heading_asking_who_takes_part_lists_the_parties() -> None:
    body = (
        "Vägen fram är ett projekt för unga vuxna.\n\n"
        "Vilka är med?\n\n"
        "- Vännäs kommun, projektägare\n"
        "- Bjurholms kommun, delar på en coach\n"
        "- Arbetsförmedlingen, med en handläggare\n"
    )
    draft = _draft(body)
    assert _together(draft, VANNAS, BJURHOLM, "org/arbetsformedlingen")


def test_an_interviewer_s_question_lists_no_parties() -> None:
    body = (
        "Vi träffade en integrationssamordnare i Vännäs.\n\n"
        "Vilka samarbetar du mest med?\n\n"
        "– Bjurholms kommun, mest om bostäder.\n"
        "– Arbetsförmedlingen, varje vecka.\n"
    )
    draft = _draft(body)
    assert not _together(draft, BJURHOLM, "org/arbetsformedlingen")


# ------------------------------------------------ a party counted among the others


def test_a_third_party_joins_the_page_s_collaboration() -> None:
    body = (
        "Projektet Nya vägar ägs av Vännäs kommun.\n\n"
        "Bjurholms kommun är samverkanspart. Region Västerbotten är tredje part.\n"
    )
    draft = _draft(body)
    assert _together(draft, VANNAS, BJURHOLM, REGION)


def test_a_third_party_denied_joins_nothing() -> None:
    body = (
        "Projektet Nya vägar ägs av Vännäs kommun och drivs tillsammans med Bjurholms kommun.\n\n"
        "Region Västerbotten är inte tredje part i samarbetet.\n"
    )
    draft = _draft(body)
    assert not _together(draft, VANNAS, REGION)


def test_a_listed_body_with_a_party_word_joins_the_page_s_collaboration() -> None:
    body = (
        "Nya vägar ägs av Vännäs kommun. Bjurholms kommun är samverkanspart.\n\n"
        "Med i projektet är också:\n\n"
        "- Nordmalings kommun, samverkanspart från 2026\n"
    )
    draft = _draft(body)
    assert _together(draft, VANNAS, BJURHOLM, NORDMALING)


# ------------------------------------------- a unit "i de båda kommunerna": one of each


def test_a_unit_in_both_municipalities_is_a_unit_of_each() -> None:
    body = (
        "Vännäs kommun och Bjurholms kommun startar en gemensam sfi-klass. "
        "Bakom satsningen står integrationsenheten i de båda kommunerna.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{VANNAS}/integrationsenheten") == VANNAS
    assert _parent(draft, f"{BJURHOLM}/integrationsenheten") == BJURHOLM
    assert _together(draft, f"{VANNAS}/integrationsenheten", f"{BJURHOLM}/integrationsenheten")


def test_a_cleft_unit_in_both_municipalities_is_a_unit_of_each() -> None:
    body = (
        "Vännäs kommun driver projektet tillsammans med Bjurholms kommun, och i båda "
        "kommunerna är det integrationsenheten som har hand om det dagliga arbetet.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{VANNAS}/integrationsenheten") == VANNAS
    assert _parent(draft, f"{BJURHOLM}/integrationsenheten") == BJURHOLM


def test_people_from_a_unit_in_the_municipalities_make_no_units() -> None:
    body = (
        "Vännäs kommun, Bjurholms kommun och Nordmalings kommun har en språkgrupp. "
        "Gruppen samlar lärare från integrationsenheten i de tre kommunerna.\n"
    )
    draft = _draft(body)
    assert f"{BJURHOLM}/integrationsenheten" not in draft.actors
    assert f"{NORDMALING}/integrationsenheten" not in draft.actors


# ---------------------------------------------------------------- joining forces


def test_municipalities_that_join_forces_collaborate() -> None:
    body = "Nu slår Vännäs kommun och Bjurholms kommun ihop sina resurser för nyanlända.\n"
    draft = _draft(body)
    assert _together(draft, VANNAS, BJURHOLM)


def test_a_body_that_merges_groups_of_its_own_collaborates_with_nobody() -> None:
    body = "Vännäs kommun slår ihop två grupper i sfi. Bjurholms kommun har en grupp.\n"
    draft = _draft(body)
    assert not _together(draft, VANNAS, BJURHOLM)


# ----------------------------------------- the page's work named by its word is one work


def test_who_stands_behind_the_project_joins_the_page_s_collaboration() -> None:
    body = (
        "Projektet Nya vägar ägs av Vännäs kommun. Region Västerbotten är samverkanspart.\n\n"
        "Projektet genomförs tillsammans med Bjurholms kommun och Vännäs kommuns "
        "integrationsenhet.\n"
    )
    draft = _draft(body)
    assert _together(draft, VANNAS, REGION, BJURHOLM)


def test_another_project_named_before_stays_apart() -> None:
    body = (
        "Projektet Nya vägar ägs av Vännäs kommun. Region Västerbotten är samverkanspart.\n\n"
        "Nordmalings kommun har fått pengar för projektet Hemma. Projektet genomförs "
        "tillsammans med Föreningen Norrsken.\n"
    )
    draft = _draft(body)
    assert not _together(draft, REGION, "org/foreningen-norrsken")


# --------------------------------------------------------- the region's care units


def test_health_centres_named_on_a_region_s_page_are_the_region_s_units() -> None:
    body = (
        "Region Västerbotten ordnar hälsosamtal för nyanlända. Samtalen hålls på "
        "Vårdcentralen Granen i Vännäs och på Barnmorskemottagningen i Bjurholm.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{REGION}/vardcentralen-granen") == REGION
    assert _parent(draft, f"{REGION}/barnmorskemottagningen-i-bjurholm") == REGION


def test_health_centres_with_two_regions_named_are_nobody_s() -> None:
    body = (
        "Region Västerbotten och Region Norrbotten ordnar hälsosamtal för nyanlända "
        "i Vännäs kommun på Vårdcentralen Granen.\n"
    )
    draft = _draft(body)
    assert not any("vardcentralen-granen" in iri for iri in draft.actors)


# ------------------------------------------------ a preposition opening a sentence


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    body = (
        "Vännäs kommun ordnar språkträffar. Med Kurdiska kulturföreningen har vi en "
        "överenskommelse om att föreningen bjuder in.\n"
    )
    draft = _draft(body)
    assert not any(iri.startswith("org/med-") for iri in draft.actors)
    assert "org/kurdiska-kulturforeningen" in draft.actors


# ------------------------------------------------------------ a region's own page


def test_a_region_at_the_head_of_the_breadcrumb_owns_the_page() -> None:
    body = (
        "Region Västerbotten – Folkhälsa – Språkstöd\n\n"
        "Vi ordnar samtal om hälsa för nyanlända i Vännäs och Bjurholm. Vi samarbetar med "
        "Röda Korset i Vännäs, som bjuder in deltagarna.\n"
    )
    draft = _draft(body, head="Språkstöd i vården\n\n")
    assert draft.publisher == REGION
    assert _together(draft, REGION, "org/roda-korset-i-vannas")
