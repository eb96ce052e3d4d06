"""Rules of round 44 of learning (from the first runs of the blind rounds 44-47), one short
text each.

Each test drafts a few lines of our own (Östergötland and Södermanland; invented units,
people and schools) and checks what the rule is for. None of the sentences comes from a
real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 3 december 2026\n\nNytt om mottagandet i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------- a department in the genitive


def test_a_coordinated_department_in_the_genitive_keeps_its_first_part() -> None:
    body = (
        "Lovaktiviteterna i Ödeshögs kommun samordnas av Kultur- och "
        "fritidsförvaltningens ungdomsenhet.\n"
    )
    draft = _draft(body)
    department = "kommun/0509/kultur-och-fritidsforvaltningen"
    assert draft.actors[department].label_sv == "kultur- och fritidsförvaltningen"
    assert _parent(draft, "kommun/0509/ungdomsenheten") == department
    assert "kommun/0509/fritidsforvaltningen" not in draft.actors


def test_a_department_in_the_genitive_before_what_it_gives_is_named() -> None:
    # no unit after the genitive: until round 44 the department was not drafted at all
    body = (
        "I Ödeshögs kommun betalas språkcaféet med 80 000 kronor ur kultur- och "
        "fritidsnämndens egen budget.\n"
    )
    draft = _draft(body)
    assert "kommun/0509/kultur-och-fritidsnamnden" in draft.actors


def test_a_committee_in_the_genitive_before_what_it_decided_is_named() -> None:
    # "socialnämndens ordförande" was read before round 44 (as the post's committee);
    # before a word that is no unit and no post the committee was not drafted
    body = (
        "I Ödeshögs kommun fick Föreningen Brobron 40 000 kronor. Det var socialnämndens "
        "beslut i mars.\n"
    )
    draft = _draft(body)
    assert draft.actors["kommun/0509/socialnamnden"].parent == "kommun/0509"


# ------------------------------- the page's organisation named again in full


def test_a_page_whose_organisation_is_named_again_with_its_town_is_drafted() -> None:
    # the header names the school, a sentence names it with its town: one organisation,
    # and the page is its own (the drafter failed with a KeyError before round 44)
    text = (
        "Tallmora folkhögskola\nKurser för nyanlända vuxna\n\n"
        "Tallmora folkhögskola i Vingåker är en rörelsefolkhögskola med Föreningen "
        "Tallmora som huvudman. Kursen ges i samverkan med Arbetsförmedlingen och "
        "Vingåkers kommun.\n\n"
        "– Vi har lärare i svenska och samhällskunskap, säger Eva Lind, rektor på "
        "Tallmora folkhögskola.\n"
    )
    draft = _draft(text, head="")
    school = "org/tallmora-folkhogskola-i-vingaker"
    assert school in draft.actors
    assert "org/tallmora-folkhogskola" not in draft.actors
    assert _parent(draft, "org/tallmora-folkhogskola/tjanst/rektor") == school


# ------------------------------- a council's members "företrädare för" a list


def test_members_listed_under_representatives_of_are_one_group() -> None:
    body = (
        "Kommunstyrelsen i Vingåkers kommun har bildat ett integrationsråd.\n\n"
        "Rådet består av företrädare för:\n"
        "- socialförvaltningen\n"
        "- Arbetsförmedlingen\n"
        "- Röda Korset i Vingåker\n"
        "- Föreningen Nya Grannar\n\n"
        "Rådet träffas fyra gånger om året.\n"
    )
    draft = _draft(body)
    assert _together(
        draft,
        "kommun/0428/socialforvaltningen",
        "org/arbetsformedlingen",
        "org/foreningen-nya-grannar",
    )
