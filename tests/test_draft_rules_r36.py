"""Rules of round 36 of learning (from the blind round 37), one short text each.

Each test drafts a few lines of our own (Dalarna's municipalities and region, invented
associations, clubs, study associations and companies) and checks what the rule is for.
None of the sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 mars 2026\n\nNytt om samverkan i Dalarna\n\n"

BORLANGE, LUDVIKA = "kommun/2081", "kommun/2085"
REGION = "region/20"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


def _with(draft: Draft, iri: str) -> bool:
    return any(iri in group and len(group) > 1 for group in _partners(draft))


# ------------------------------------- a list's cue that names some members only


def test_a_cue_hedged_with_bland_andra_opens_the_list() -> None:
    body = (
        "Mötesplats Dalälven i Borlänge kommun\n\n"
        "Mötesplatsen är ett nätverk för dem som vill hjälpa nyanlända att hitta en fritid. "
        "I nätverket ingår bland andra:\n"
        "- Föreningen Broslaget\n"
        "- Kvarnsvedens IF\n"
        "- Studieförbundet Älvdalsljus\n\n"
        "Nätverket träffas varannan månad.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/foreningen-broslaget", "org/kvarnsvedens-if", "org/studieforbundet-alvdalsljus"
    )


def test_the_body_said_to_coordinate_a_hedged_list_is_a_member() -> None:
    body = (
        "Mötesplats Dalälven\n\n"
        "Mötesplatsen är ett nätverk för dem som vill hjälpa nyanlända att hitta en fritid. "
        "Nätverket samordnas av Borlänge kommun. I nätverket ingår till exempel:\n"
        "- Föreningen Broslaget\n"
        "- Kvarnsvedens IF\n\n"
        "Nätverket träffas varannan månad.\n"
    )
    draft = _draft(body)
    assert _together(draft, BORLANGE, "org/foreningen-broslaget", "org/kvarnsvedens-if")


def test_a_body_said_not_to_coordinate_it_is_no_member() -> None:
    body = (
        "Mötesplats Dalälven\n\n"
        "Nätverket samordnas inte av Borlänge kommun. I nätverket ingår bland andra:\n"
        "- Föreningen Broslaget\n"
        "- Kvarnsvedens IF\n\n"
        "Nätverket träffas varannan månad.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/foreningen-broslaget", "org/kvarnsvedens-if")
    assert not _together(draft, BORLANGE, "org/foreningen-broslaget")


# ------------------------------------- the applicant of a project and its partner list


def test_the_one_applicant_is_a_party_of_the_project_s_partner_list() -> None:
    body = (
        "Projektnamn: Steget vidare\n"
        "Sökande: Ludvika kommun\n"
        "Program: Europeiska socialfonden+\n\n"
        "Samverkansparter\n\n"
        "I projektet ingår följande samverkansparter:\n"
        "- Region Dalarna\n"
        "- Föreningen Broslaget\n"
        "- Studieförbundet Älvdalsljus\n\n"
        "Projektet pågår i tre år.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, LUDVIKA, REGION, "org/foreningen-broslaget", "org/studieforbundet-alvdalsljus"
    )


def test_the_applicant_named_in_a_sentence_is_a_party_too() -> None:
    body = (
        "Samverkan i projektet Steget vidare\n\n"
        "Sökande organisation är Ludvika kommun. I projektet ingår dessutom:\n"
        "- Föreningen Broslaget\n"
        "- Kvarnsvedens IF\n\n"
        "Projektet pågår i tre år.\n"
    )
    draft = _draft(body)
    assert _together(draft, LUDVIKA, "org/foreningen-broslaget", "org/kvarnsvedens-if")


def test_several_applicants_of_a_list_of_grants_are_no_party_of_a_list() -> None:
    body = (
        "Beviljade bidrag\n\n"
        "Sökande: Ludvika kommun\n"
        "Beviljat belopp: 200 000 kronor\n\n"
        "Sökande: Borlänge kommun\n"
        "Beviljat belopp: 150 000 kronor\n\n"
        "I projektet ingår följande parter:\n"
        "- Föreningen Broslaget\n"
        "- Kvarnsvedens IF\n\n"
        "Projektet pågår i tre år.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/foreningen-broslaget", "org/kvarnsvedens-if")
    assert not _together(draft, LUDVIKA, "org/foreningen-broslaget")
    assert not _together(draft, BORLANGE, "org/foreningen-broslaget")
