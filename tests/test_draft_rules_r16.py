"""Rules of round 16 of learning (from the blind round 15), one short text each.

Each test drafts a few lines of our own in the genre (a municipal page, a county board's
press release, an association's letter) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 2 oktober 2025\n\nNytt om samverkan i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------------------ a later member joins


def test_a_municipality_that_joined_later_is_a_member() -> None:
    draft = _draft(
        "Språkporten drivs av Ludvika kommun tillsammans med Smedjebackens kommun. "
        "Avesta kommun anslöt hösten 2023.\n"
    )
    assert _together(draft, "kommun/2085", "kommun/2061", "kommun/2084")
    draft = _draft(
        "Språkporten drivs av Ludvika kommun tillsammans med Smedjebackens kommun. "
        "Även Avesta kommun har anslutit sig till arbetet.\n"
    )
    assert _together(draft, "kommun/2085", "kommun/2061", "kommun/2084")


def test_a_municipality_that_only_wants_to_join_is_none() -> None:
    draft = _draft(
        "Språkporten drivs av Ludvika kommun tillsammans med Smedjebackens kommun. "
        "Avesta kommun vill ansluta nästa år.\n"
    )
    assert _together(draft, "kommun/2085", "kommun/2061")
    assert not any("kommun/2084" in group for group in _partners(draft))

