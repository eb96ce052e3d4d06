"""A decision list (a mend after the privacy fix of 3ea84dd), one short text each.

In minutes, decisions and proposals a committee or board "beslutar", "har beslutat" or
"föreslår kommunfullmäktige besluta" and the numbered or dashed items below it start with
"att ...": the body that acts in each item is that committee or board, not the page's
municipality. Each test drafts a few lines of our own (Karlstad's committees, invented
partnerships); none comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

HEAD = "Karlstads kommun, protokoll från nämndens sammanträde\n\nPublicerad 3 mars 2026\n\n"

KARLSTAD = "kommun/1780"


def _draft(body: str) -> Draft:
    return draft_under(body, HEAD)


def _with_the_municipality(draft: Draft, *others: str) -> bool:
    """True if a collaboration drafted has the page's municipality beside ``others``."""
    return _together(draft, KARLSTAD, *others)


def test_the_committee_that_decides_is_the_party_of_a_numbered_item() -> None:
    body = (
        "Beslut\n"
        "Arbetsmarknadsnämnden beslutar\n"
        "1. att ingå idéburet offentligt partnerskap med Rädda Barnen och Studiefrämjandet "
        "om läxhjälp för nyanlända elever,\n"
        "2. att avsätta 300 000 kronor för partnerskapet.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "kommun/1780/arbetsmarknadsnamnden", "org/radda-barnen", "org/studieframjandet"
    )
    assert not _with_the_municipality(draft, "org/radda-barnen")


def test_a_board_that_has_decided_is_the_party_of_a_dashed_item() -> None:
    body = (
        "Kommunstyrelsen har beslutat:\n\n"
        "– att ingå ett samarbete med Röda Korset och Rädda Barnen om språkvänner,\n"
        "– att följa upp samarbetet i december.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/1780/kommunstyrelsen", "org/roda-korset", "org/radda-barnen")
    assert not _with_the_municipality(draft, "org/roda-korset")


def test_a_board_that_proposes_the_council_s_decision_is_the_party() -> None:
    body = (
        "Förslag till beslut\n"
        "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
        "1. att ingå ett partnerskap med Röda Korset och Rädda Barnen om en mötesplats,\n"
        "2. att uppdra åt kommundirektören att teckna avtalet.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/1780/kommunstyrelsen", "org/roda-korset", "org/radda-barnen")
    assert not _with_the_municipality(draft, "org/roda-korset")


def test_items_under_no_decision_keep_the_page_s_municipality() -> None:
    body = (
        "Bakgrund\n"
        "Frågan har beretts under hösten.\n\n"
        "I korthet:\n"
        "1. att ingå ett partnerskap med Röda Korset och Rädda Barnen om en mötesplats,\n"
    )
    draft = _draft(body)
    assert _with_the_municipality(draft, "org/roda-korset", "org/radda-barnen")


def test_a_demand_in_dashes_is_still_no_collaboration() -> None:
    body = (
        "Våra krav\n"
        "Vi kräver:\n"
        "– att ingå ett partnerskap med Röda Korset och Rädda Barnen om en mötesplats.\n"
    )
    assert not _partners(_draft(body))
