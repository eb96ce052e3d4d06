"""Rules of round 43 of learning (one initiative's members told across sentences), one short
text each.

Each test drafts a few lines of our own (Dalarna, Jämtland, Småland; invented associations,
activities and people) and checks what the rule is for. None of the sentences comes from a
real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Falu kommun\n\nPublicerad 3 december 2026\n\nLovaktiviteter i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------- a list under a cue ending "tillsammans med:"


def test_a_list_under_together_with_is_one_collaboration_with_the_coordinator() -> None:
    body = (
        "Vem står bakom höstlovet?\n\n"
        "Höstlovsaktiviteterna samordnas av Röda Korset. I år görs aktiviteterna "
        "tillsammans med:\n\n"
        "- Falu IK – innebandy för alla åldrar\n"
        "- Studieförbundet Bilda – musikverkstad\n"
        "- ABF Dalarna – filmkväll och fika\n\n"
        "Anmälan görs på plats.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/roda-korset", "org/falu-ik", "org/studieforbundet-bilda", "org/abf-dalarna"
    )


def test_a_list_under_in_cooperation_with_keeps_the_subject_of_its_cue() -> None:
    body = (
        "Rädda Barnen ordnar språkcafé i samarbete med:\n\n"
        "- ABF Jämtland\n"
        "- Studieförbundet Vuxenskolan\n\n"
        "Caféet är öppet varje tisdag.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/radda-barnen", "org/abf-jamtland", "org/studieforbundet-vuxenskolan"
    )


def test_a_cue_that_only_mentions_together_with_inside_opens_no_list() -> None:
    # the control: "tillsammans med" not at the end of the cue, which lists places to visit
    body = (
        "Tillsammans med ABF Dalarna har Röda Korset tagit fram tips om utflykter:\n\n"
        "- Falu IK:s skidspår vid Lugnet\n"
        "- Dalarnas museum\n"
    )
    draft = _draft(body)
    assert not _together(draft, "org/roda-korset", "org/falu-ik")


# ------------------------------- one more (a past) party told after the list


def test_a_past_party_told_after_the_list_is_one_of_them() -> None:
    body = (
        "Sportlovsaktiviteterna samordnas av Röda Korset. Aktiviteterna ordnas i år "
        "tillsammans med:\n\n"
        "- Falu IK – skridskodag\n"
        "- ABF Dalarna – bokcirkel\n\n"
        "Fram till 2024 var även Svenska kyrkan i Falun med och ordnade pyssel.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/roda-korset", "org/falu-ik", "org/abf-dalarna", "org/svenska-kyrkan-i-falun"
    )


def test_a_body_also_in_another_group_after_the_list_is_not_one_of_them() -> None:
    # the control: "även med i styrgruppen" names another body
    body = (
        "Sportlovsaktiviteterna samordnas av Röda Korset. Aktiviteterna ordnas i år "
        "tillsammans med:\n\n"
        "- Falu IK – skridskodag\n"
        "- ABF Dalarna – bokcirkel\n\n"
        "Svenska kyrkan i Falun är även med i styrgruppen för fritidsgården.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/roda-korset", "org/falu-ik", "org/abf-dalarna")
    assert not _together(draft, "org/falu-ik", "org/svenska-kyrkan-i-falun")


# ------------------------------- the organisation that runs the collaboration of its paragraph


def test_the_organisation_that_coordinates_the_work_is_one_of_its_members() -> None:
    body = (
        "Falu kommun driver läxhjälpen tillsammans med ABF Dalarna och Falu IK. "
        "Verksamheten samordnas av Röda Korset.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/2080", "org/abf-dalarna", "org/falu-ik", "org/roda-korset")


def test_an_organisation_that_does_not_coordinate_it_is_no_member() -> None:
    # the control: a negation
    body = (
        "Falu kommun driver läxhjälpen tillsammans med ABF Dalarna och Falu IK. "
        "Verksamheten samordnas inte av Röda Korset.\n"
    )
    draft = _draft(body)
    assert not _together(draft, "org/abf-dalarna", "org/roda-korset")


def test_a_party_that_left_the_programme_was_one_of_its_parties() -> None:
    body = (
        "Mentorsprogrammet görs av Falu kommun tillsammans med ABF Dalarna. "
        "Studieförbundet Bilda var med och startade programmet men lämnade programmet 2024.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/2080", "org/abf-dalarna", "org/studieforbundet-bilda")
