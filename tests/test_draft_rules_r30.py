"""Rules of round 30 of learning (from the blind round 31), one short text each.

Each test drafts a few lines of our own (Jämtland's municipalities, invented networks,
associations, companies and committees) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 mars 2026\n\nNytt om samverkan i Jämtland\n\n"

OSTERSUND, KROKOM, STROMSUND, ARE = "kommun/2380", "kommun/2309", "kommun/2313", "kommun/2321"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------- members named "among them" after a count


def test_members_among_them_after_a_count_are_partners() -> None:
    body = (
        "Fjällbron är ett nätverk för föreningar i Krokom.\n\n"
        "Nätverket har nio medlemsorganisationer. Bland dem finns Röda Korset Krokom, "
        "Kulturföreningen Polstjärnan och Föreningen Nya Vänner.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/roda-korset-krokom", "org/kulturforeningen-polstjarnan",
        "org/foreningen-nya-vanner",
    )


def test_a_member_added_in_the_next_sentence_joins_the_list() -> None:
    body = (
        "Fjällbron är ett nätverk för föreningar i Krokom.\n\n"
        "Nätverket har sju medlemmar. Bland dem finns Röda Korset Krokom och "
        "Kulturföreningen Polstjärnan. Till och med 2023 var även Föreningen Nya Vänner med, "
        "men den har upphört.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/roda-korset-krokom", "org/kulturforeningen-polstjarnan",
        "org/foreningen-nya-vanner",
    )


def test_the_body_that_coordinates_the_network_is_one_of_its_members() -> None:
    body = (
        "Fjällbron är ett nätverk för föreningar i Krokom.\n\n"
        "Nätverket har åtta medlemsföreningar. Bland dem finns Röda Korset Krokom och "
        "Kulturföreningen Polstjärnan.\n\n"
        "Nätverket samordnas av Föreningen Nya Vänner, som har en anställd.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "org/roda-korset-krokom", "org/kulturforeningen-polstjarnan",
        "org/foreningen-nya-vanner",
    )


def test_among_them_without_a_count_of_members_lists_nobody() -> None:
    body = (
        "Många besökare kom till mässan i Krokom. Bland dem fanns Röda Korset Krokom och "
        "Kulturföreningen Polstjärnan.\n"
    )
    draft = _draft(body)
    assert not _together(draft, "org/roda-korset-krokom", "org/kulturforeningen-polstjarnan")


def test_the_town_of_a_member_s_name_is_no_member() -> None:
    body = (
        "Nätverket har sex medlemmar. Bland dem finns Svenska kyrkan i Krokom och "
        "Kulturföreningen Polstjärnan.\n"
    )
    draft = _draft(body)
    assert _together(draft, "org/svenska-kyrkan-i-krokom", "org/kulturforeningen-polstjarnan")
    assert not _together(draft, KROKOM, "org/kulturforeningen-polstjarnan")


def test_a_compound_association_word_and_its_name_are_one_name() -> None:
    body = (
        "Fjällbron är ett nätverk för föreningar i Krokom.\n\n"
        "Nätverket har fem medlemmar. Bland dem finns Idrottsföreningen Fjällräven och "
        "läxhjälpsföreningen Kompassen.\n"
    )
    draft = _draft(body)
    assert "org/idrottsforeningen-fjallraven" in draft.actors
    assert "org/laxhjalpsforeningen-kompassen" in draft.actors
    assert "org/idrottsforeningen" not in draft.actors


# --------------------------------------------------- hosts denied a part after them


def test_hosts_denied_a_part_by_the_next_sentence_join_nothing() -> None:
    body = (
        "Projektet Vägen in ägs av Östersunds kommun och drivs tillsammans med "
        "Arbetsförmedlingen.\n\n"
        "Åkeriet Fjällfrakt AB i Krokom tar emot praktikanter från projektet. "
        "Ingen av dem är projektpart.\n"
    )
    draft = _draft(body)
    assert _together(draft, OSTERSUND, "org/arbetsformedlingen")
    assert not _together(draft, OSTERSUND, "org/akeriet-fjallfrakt-ab")
    assert not _together(draft, OSTERSUND, KROKOM)


def test_hosts_not_denied_still_join() -> None:
    body = (
        "Projektet Vägen in ägs av Östersunds kommun och drivs tillsammans med "
        "Arbetsförmedlingen.\n\n"
        "Åkeriet Fjällfrakt AB tar emot praktikanter från projektet. Det har gått bra.\n"
    )
    draft = _draft(body)
    assert _together(draft, OSTERSUND, "org/arbetsformedlingen", "org/akeriet-fjallfrakt-ab")


# -------------------------------------------- parties through their units and shares


def test_co_owners_of_the_project_are_parties() -> None:
    body = (
        "Projektet Vägen in ägs av Östersunds kommun.\n\n"
        "Krokoms kommun och Strömsunds kommun är med som delprojektägare. "
        "Arbetsförmedlingen är samverkanspart.\n"
    )
    draft = _draft(body)
    assert _together(draft, OSTERSUND, KROKOM, STROMSUND, "org/arbetsformedlingen")


def test_a_body_that_takes_part_through_its_unit_is_a_party_with_it() -> None:
    body = (
        "Projektet Vägen in ägs av Östersunds kommun. Arbetsförmedlingen är samverkanspart.\n\n"
        "Krokoms kommun deltar genom sin arbetsmarknadsenhet.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, OSTERSUND, "org/arbetsformedlingen", KROKOM, f"{KROKOM}/arbetsmarknadsenheten"
    )


def test_a_body_that_does_not_take_part_through_its_unit_is_no_party() -> None:
    body = (
        "Projektet Vägen in ägs av Östersunds kommun. Arbetsförmedlingen är samverkanspart.\n\n"
        "Krokoms kommun deltar inte genom sin arbetsmarknadsenhet.\n"
    )
    draft = _draft(body)
    assert not _together(draft, OSTERSUND, KROKOM)


def test_a_cleft_unit_with_the_town_s_share_is_that_town_s_party() -> None:
    body = (
        "Projektet Vägen in ägs av Östersunds kommun. Arbetsförmedlingen är samverkanspart.\n\n"
        "I Krokom är det vuxenutbildningen som ansvarar för kommunens del, medan Åre kommun "
        "har en egen coach.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{KROKOM}/vuxenutbildningen") == KROKOM
    assert _together(draft, OSTERSUND, f"{KROKOM}/vuxenutbildningen")
    assert f"{ARE}/vuxenutbildningen" not in draft.actors


# ------------------------------------- the grants of the committee whose decision it is

NAMND = f"{KROKOM}/kultur-och-fritidsnamnden"


def test_the_deciding_committee_gives_what_each_association_gets() -> None:
    body = (
        "Kultur- och fritidsnämnden i Krokoms kommun beslutade i går hur årets "
        "föreningsbidrag ska fördelas.\n\n"
        "Kulturföreningen Polstjärnan får 45 000 kronor för sin sånggrupp. Det största "
        "bidraget, 90 000 kronor, går till Föreningen Nya Vänner.\n"
    )
    draft = _draft(body)
    assert (NAMND, "org/kulturforeningen-polstjarnan") in _funding(draft)
    assert (NAMND, "org/foreningen-nya-vanner") in _funding(draft)


def test_a_grant_of_last_year_with_its_subject_after_the_verb_is_the_committee_s() -> None:
    body = (
        "Kultur- och fritidsnämnden i Krokoms kommun har fördelat årets bidrag till "
        "föreningar.\n\n"
        "Förra året fick Kulturföreningen Polstjärnan 20 000 kronor.\n"
    )
    draft = _draft(body)
    assert (NAMND, "org/kulturforeningen-polstjarnan") in _funding(draft)


def test_a_grant_to_an_activity_that_others_run_goes_to_none_of_them() -> None:
    body = (
        "Kultur- och fritidsnämnden i Krokoms kommun beslutade i går hur årets "
        "föreningsbidrag ska fördelas.\n\n"
        "Sommarkollot Fjällsjön, som Röda Korset Krokom och Föreningen Nya Vänner ordnar, "
        "får 50 000 kronor.\n"
    )
    draft = _draft(body)
    assert not any(funder == NAMND for funder, _ in _funding(draft))
    assert (NAMND, KROKOM) not in _funding(draft)


def test_without_a_committee_s_decision_money_got_is_nobody_s_grant() -> None:
    body = (
        "Kulturföreningen Polstjärnan ordnar sånggrupper i Krokom.\n\n"
        "Kulturföreningen Polstjärnan får 45 000 kronor för sin sånggrupp.\n"
    )
    draft = _draft(body)
    assert not any("namnd" in funder for funder, _ in _funding(draft))


# ------------------------------------------------------- arranged together by several


def test_what_several_arrange_together_makes_them_partners() -> None:
    body = (
        "Samhällsorienteringen ordnas sedan 2024 gemensamt av Östersunds kommun, "
        "Krokoms kommun och Åre kommun.\n"
    )
    draft = _draft(body)
    assert _together(draft, OSTERSUND, KROKOM, ARE)


def test_a_common_material_makes_no_partners() -> None:
    body = (
        "Östersunds kommun har tagit fram ett gemensamt material. Krokoms kommun och Åre "
        "kommun har fått det.\n"
    )
    draft = _draft(body)
    assert not _together(draft, KROKOM, ARE)
