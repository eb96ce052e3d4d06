"""Rules of round 34 of learning (from the blind round 35), one short text each.

Each test drafts a few lines of our own (Jämtland's municipalities and region, invented
associations, clubs and agreements) and checks what the rule is for. None of the sentences
comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nNytt om samverkan i Jämtland\n\n"

KROKOM, STROMSUND, ARE, BERG = "kommun/2309", "kommun/2313", "kommun/2321", "kommun/2326"
REGION = "region/23"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------- a list of those who sign, and those who join later

SIGNED = (
    "Region Jämtland Härjedalen tecknar en ny överenskommelse med civilsamhället om "
    "mottagandet.\n\n"
    "Överenskommelsen undertecknas av:\n\n"
    "- Region Jämtland Härjedalen, genom regionrådet Anna Berglund\n"
    "- Föreningen Brobygget, genom ordföranden Sara Lind\n"
    "- Studieförbundet Fjällvind\n"
    "- Strömsunds kommun\n\n"
)


def test_the_bodies_listed_under_who_signs_are_the_parties() -> None:
    draft = _draft(SIGNED)
    assert _together(
        draft, REGION, "org/foreningen-brobygget", "org/studieforbundet-fjallvind", STROMSUND
    )


def test_bodies_that_join_the_agreement_named_back_are_its_parties() -> None:
    body = SIGNED + (
        "Bergs kommun och Åre kommun har beslutat att ansluta sig till överenskommelsen.\n"
    )
    draft = _draft(body)
    assert _together(draft, REGION, "org/foreningen-brobygget", BERG, ARE)


def test_a_body_that_chose_not_to_join_is_no_party() -> None:
    body = SIGNED + (
        "Åre kommun skriver också under som part. Krokoms kommun var med på "
        "dialogmötena men har valt att inte ansluta sig.\n"
    )
    draft = _draft(body)
    assert _together(draft, REGION, "org/studieforbundet-fjallvind", ARE)
    assert not any(KROKOM in group for group in _partners(draft))


def test_joining_a_new_network_is_no_joining_of_the_one_before() -> None:
    body = SIGNED + "Bergs kommun ansluter sig samtidigt till ett nytt nätverk för fjällbyarna.\n"
    draft = _draft(body)
    assert not _together(draft, REGION, BERG)


# ------------------------------------- a line with a colon naming whom its subject works with

OWN_PAGE = "Föreningen Nordljus\n\nStart > Om oss\n\nVåra samarbeten\n\n"


def test_the_bodies_listed_under_whom_we_work_with_are_our_partners() -> None:
    body = (
        "Vi samarbetar med flera föreningar som ordnar träffarna:\n\n"
        "- Kurdiska kulturföreningen Dilan, som har kvällsträffar i Krokom\n"
        "- Svegs IK\n"
    )
    draft = _draft(body, OWN_PAGE)
    assert _together(
        draft, "org/foreningen-nordljus", "org/kurdiska-kulturforeningen-dilan", "org/svegs-ik"
    )
    # one body a line: the town a bullet names is no party
    assert not any(KROKOM in group for group in _partners(draft) if len(group) > 2)


def test_a_list_cue_with_an_adverb_of_adding_still_opens_the_list() -> None:
    body = (
        "Strömsunds kommun har en trygghetsgrupp för Hissmofors. I gruppen ingår också\n"
        "- Föreningen Grannskap,\n- Hissmofors IK,\n- Svenska kyrkan i Strömsund.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/foreningen-grannskap", "org/hissmofors-ik")


# ------------------------------------- an association's compound word and its own name


def test_an_associations_compound_word_keeps_its_own_name_after_it() -> None:
    body = "Åre kommun ger i år stöd till Somaliska kulturföreningen Hiiraan i Järpen.\n"
    draft = _draft(body)
    assert "org/somaliska-kulturforeningen-hiiraan" in draft.actors
    assert "org/somaliska-kulturforeningen" not in draft.actors


def test_an_associations_compound_word_with_no_name_after_it_stays_as_it_is() -> None:
    body = "Åre kommun ger i år stöd till Somaliska kulturföreningen i Järpen.\n"
    draft = _draft(body)
    assert not any("hiiraan" in iri for iri in draft.actors)
    assert any(iri.startswith("org/somaliska-kulturforeningen") for iri in draft.actors)


# ------------------------------------- a list of who receives grants


def test_a_list_of_who_receives_grants_is_a_grant_to_each_bullet() -> None:
    body = (
        "Kultur- och fritidsnämnden i Bergs kommun har fördelat årets föreningsbidrag. "
        "Bidrag går till:\n\n"
        "- Föreningen Fjällvän, för en sommarkurs i svenska\n"
        "- Svegs IK, för en avgiftsfri fotbollsskola\n"
    )
    draft = _draft(body)
    committee = f"{BERG}/kultur-och-fritidsnamnden"
    assert {(committee, "org/foreningen-fjallvan"), (committee, "org/svegs-ik")} <= _funding(
        draft
    )
    assert not _together(draft, "org/foreningen-fjallvan", "org/svegs-ik")


def test_a_list_of_who_pays_is_no_list_of_who_receives() -> None:
    body = (
        "Bergs kommun driver projektet Fjällstigen. Projektet finansieras av:\n\n"
        "- Region Jämtland Härjedalen\n- Länsstyrelsen i Jämtlands län\n"
    )
    draft = _draft(body)
    assert not any(recipient == REGION for _f, recipient in _funding(draft))
