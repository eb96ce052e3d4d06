"""Rules of round 46 of learning (a list under "tillsammans med" and a number of bodies, a
unit named after its owner in the genitive on a list line, the page's own heading "Våra
partner" over a list), one short text each.

Each test drafts a few lines of our own (Dalarna and Värmland; invented associations,
companies and projects) and checks what the rule is for. None of the sentences comes from a
real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Falu kommun\n\nPublicerad 3 december 2026\n\nLovaktiviteter i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------- "tillsammans med" a number of bodies, then the list


def test_a_list_under_together_with_a_number_of_bodies_is_one_collaboration() -> None:
    body = (
        "Röda Korset ordnar kursen tillsammans med tre arbetsgivare, som tar emot "
        "praktikanterna:\n\n"
        "- Dala Bygg AB, som bygger bostäder\n"
        "- Falu Städ AB\n"
        "- Tjärna Vård AB\n\n"
        "Kursen pågår i tio veckor.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/roda-korset", "org/dala-bygg-ab", "org/falu-stad-ab", "org/tjarna-vard-ab"
    )


def test_together_with_several_others_opens_a_list_too() -> None:
    body = (
        "Röda Korset ordnar sommarlovet tillsammans med flera andra:\n\n"
        "- Falu IK – fotboll\n"
        "- ABF Dalarna – musik\n\n"
        "Anmälan görs på plats.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/roda-korset", "org/falu-ik", "org/abf-dalarna")


def test_together_with_a_named_body_before_a_colon_opens_no_list() -> None:
    # the control: "tillsammans med" names a body, and the lines are places to visit
    body = (
        "Röda Korset har tillsammans med ABF Dalarna tagit fram tips om utflykter:\n\n"
        "- Falu IK:s skidspår vid Lugnet\n"
        "- Dalarnas museum\n"
    )
    draft = _draft(body)
    assert not _together(draft, "org/roda-korset", "org/falu-ik")


# ------------------------------- a unit after its owner in the genitive on a list line


def test_a_list_line_with_a_municipalitys_unit_names_the_unit() -> None:
    body = (
        "Röda Korset ordnar sommarlovet tillsammans med flera andra:\n\n"
        "- Falu kommuns arbetsmarknadsenhet, som rekryterar ungdomarna\n"
        "- ABF Dalarna, som ordnar musik\n\n"
        "Anmälan görs på plats.\n"
    )
    draft = _draft(body)
    parties = next(p for p in _partners(draft) if "org/abf-dalarna" in p)
    assert "kommun/2080/arbetsmarknadsenheten" in parties
    assert "kommun/2080" not in parties


# ------------------------------- the page's own heading over the list


HEAD = (
    "Dalaenergi AB\n\nStart > Om oss > Sommarjobb\n\nSommarjobb i Tjärna ängar\n\n"
    "Publicerad 3 maj 2027\n\n"
    "Dalaenergi AB ägs av Falu kommun och levererar fjärrvärme.\n\n"
)


def test_our_partners_over_a_list_makes_the_page_organisation_a_party() -> None:
    body = (
        "Våra partner\n\n"
        "Sommarjobben görs tillsammans med flera andra:\n"
        "- Falu IK, vars ledare är handledare\n"
        "- ABF Dalarna, som ordnar en kursdag\n\n"
        "Ansökan är öppen i maj.\n"
    )
    draft = _draft(body, HEAD)
    assert _together(draft, "org/dalaenergi-ab", "org/falu-ik", "org/abf-dalarna")


def test_a_heading_that_is_not_our_own_adds_no_page_organisation() -> None:
    # the control: the heading names no work of the page's own
    body = (
        "Sommarens aktiviteter\n\n"
        "Sommarjobben görs tillsammans med flera andra:\n"
        "- Falu IK, vars ledare är handledare\n"
        "- ABF Dalarna, som ordnar en kursdag\n\n"
        "Ansökan är öppen i maj.\n"
    )
    draft = _draft(body, HEAD)
    assert _together(draft, "org/falu-ik", "org/abf-dalarna")
    assert not _together(draft, "org/dalaenergi-ab", "org/falu-ik")
