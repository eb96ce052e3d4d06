"""Rules of round 45 of learning (from the blind rounds 47 and 48, built for what recurs
over rounds 7-48), one short text each.

Each test drafts a few lines of our own (Blekinge and Halland; invented centres, clubs and
activities) and checks what the rule is for. None of the sentences comes from a real page
or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from samverkan.draft.model import Draft

DATE = "Publicerad 3 december 2026\n\nNytt om mottagandet i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


def _groups(draft: Draft) -> set[str]:
    return {i for i in draft.actors if "/grupp/" in i}


# ------------------------------- a plural of bodies is no group of its own


def test_associations_who_may_apply_are_no_group() -> None:
    body = (
        "Ronneby kommun ger i år 200 000 kronor i bidrag till föreningar som ordnar "
        "läxhjälp och språkträning för nyanlända barn på höstlovet.\n"
    )
    assert not _groups(_draft(body))


def test_faith_communities_invited_to_a_dialogue_are_no_group() -> None:
    body = (
        "Kommunstyrelsen i Olofströms kommun ger kommunledningskontoret i uppdrag att bjuda "
        "in föreningar och trossamfund till ett samråd om mottagandet under våren.\n"
    )
    assert not _groups(_draft(body))


def test_the_municipality_collaborating_with_associations_makes_no_group() -> None:
    # "samverkar med föreningar": the plural after "med" is whom it works with, no party
    body = (
        "Ronneby kommun samverkar med föreningar, studieförbund och trossamfund för att "
        "nya invånare ska hitta en fritid i kommunen.\n"
    )
    assert not _groups(_draft(body))


def test_associations_that_collaborate_are_still_a_group() -> None:
    # control: the plural as the subject of "samverkar" is kept (passes before round 45 too)
    body = (
        "I Olofströms kommun samverkar föreningar, volontärer och nätverk kring "
        "mottagandet av nyanlända familjer.\n"
    )
    assert "kommun/1060/grupp/foreningar" in _groups(_draft(body))


# ------------------------------- a region's health centre in lower case or indefinite


def test_a_health_centre_in_lower_case_is_the_regions_unit() -> None:
    body = (
        "Region Blekinge deltar i projektet genom hälsocentralen i Kallinge, som håller "
        "hälsosamtal med deltagarna i Ronneby kommun.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "region/10/halsocentralen-i-kallinge") == "region/10"


def test_a_health_centre_in_the_indefinite_with_its_town_is_the_regions_unit() -> None:
    body = (
        "Laholms kommun driver Steget tillsammans med Arbetsförmedlingen. Region Hallands "
        "vårdcentral i Knäred är också med och tar emot deltagare för hälsosamtal.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "region/13/vardcentral-i-knared") == "region/13"


# ------------------------------- a youth centre in the indefinite with its name


def test_a_youth_centre_in_the_indefinite_is_named_in_the_definite() -> None:
    body = (
        "I Laholms kommun ordnas läxhjälpen av Föreningen Nya Vänner tillsammans med "
        "fritidsgård Kompassen varje tisdag.\n"
    )
    draft = _draft(body)
    assert "kommun/1381/fritidsgarden-kompassen" in draft.actors


def test_a_youth_centre_named_by_its_village_keeps_its_name() -> None:
    # control: "Knäreds fritidsgård", the name first, is not made definite
    body = (
        "I Laholms kommun ordnas läxhjälpen av Föreningen Nya Vänner på Knäreds fritidsgård "
        "varje tisdag.\n"
    )
    draft = _draft(body)
    assert "kommun/1381/knareds-fritidsgard" in draft.actors
    assert "kommun/1381/knareds-fritidsgarden" not in draft.actors
