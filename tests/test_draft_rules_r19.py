"""Rules of round 19 of learning (from rounds 18 and 19 together), one short text each.

Each test drafts a few lines of our own in the genre (minutes of an association, a
municipality's report, a list of grants) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 april 2026\n\nProtokoll och rapporter om samverkan\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------------------------- lists of members


def test_a_genitive_members_line_with_a_qualifier_opens_a_member_list() -> None:
    body = (
        "Årsmötet hölls i Vara.\n\n"
        "Rådets medlemmar efter årsmötet (bilaga 3):\n"
        "- Vara Brukshundklubb\n"
        "- Föreningen Grannar i Vara\n"
        "- Kvinnoföreningen Solrosen\n\n"
        "Mötet avslutades.\n"
    )
    draft = _draft(body)
    assert _together(
        draft,
        "org/vara-brukshundklubb",
        "org/foreningen-grannar-i-vara",
        "org/kvinnoforeningen-solrosen",
    )


# ------------------------------------------------------------------ signatures and posts


def test_a_post_signed_for_a_county_board_is_the_board_s() -> None:
    body = (
        "Vara kommun och länsstyrelsen följer upp arbetet varje år.\n\n"
        "Underskrifter\n\n"
        "För Länsstyrelsen i Västra Götalands län\n"
        "Karin Ek, länsråd\n"
    )
    draft = _draft(body)
    post = next(a for a in draft.actors.values() if a.holder == "person/karin-ek")
    assert post.parent == "lansstyrelse/14"


def test_a_post_after_a_blank_line_is_not_the_signing_body_s() -> None:
    body = (
        "Underskrifter\n\n"
        "För Länsstyrelsen i Västra Götalands län\n"
        "Karin Ek, länsråd\n\n"
        "Frågor besvaras av Sara Lind, integrationssamordnare, Vara kommun.\n"
    )
    draft = _draft(body)
    post = next(a for a in draft.actors.values() if a.holder == "person/sara-lind")
    assert not post.parent.startswith("lansstyrelse/")


# ------------------------------------------------------------------------ money paid


def test_a_municipality_paying_another_a_fee_funds_it() -> None:
    body = (
        "Sedan 2023 samverkar Vara kommun och Essunga kommun om sfi, där Vara kommun är "
        "huvudman. Essunga betalar Vara en ersättning per elevplats enligt avtalet.\n"
    )
    draft = _draft(body)
    assert ("kommun/1445", "kommun/1470") in _funding(draft)


def test_paying_the_rent_of_a_room_is_no_grant() -> None:
    body = "Vara kommun och Essunga kommun samverkar om sfi. Essunga betalar hyran för lokalen.\n"
    assert _funding(_draft(body)) == set()


def test_a_share_of_a_shared_coordinator_funds_the_post() -> None:
    body = (
        "Vara kommun och Essunga kommun har sedan 2024 en gemensam integrationssamordnare. "
        "Tjänsten är placerad på socialförvaltningen i Vara, och Essunga kommun betalar 30 "
        "procent av kostnaden. Integrationssamordnaren Lina Falk är kontaktperson.\n"
    )
    draft = _draft(body)
    grants = [r for r in draft.relations if r.kind == "funding"]
    assert [(r.funder, r.funded_items) for r in grants] == [
        ("kommun/1445", ["kommun/1470/tjanst/integrationssamordnare"])
    ]


def test_a_municipality_paying_a_share_of_its_own_post_funds_nothing_new() -> None:
    body = (
        "Vara kommun har en integrationssamordnare, Lina Falk. Vara kommun betalar hälften "
        "av lönekostnaden själv.\n"
    )
    draft = _draft(body)
    assert not any(r.funded_items for r in draft.relations if r.kind == "funding")


# ------------------------------------------------------------- units in running text


def test_a_department_named_by_its_own_name_after_foervaltningen() -> None:
    body = (
        "Vara kommun har en tydlig organisation för mottagandet. Arbetet leds av "
        "förvaltningen Omsorg och stöd. Vi har intervjuat förvaltningschefen för Omsorg och "
        "stöd om rutinerna.\n"
    )
    draft = _draft(body)
    department = draft.actors["kommun/1470/omsorg-och-stod"]
    assert (department.cls, department.parent) == ("sam:Department", "kommun/1470")
    post = next(a for a in draft.actors.values() if a.label_sv == "förvaltningschef")
    assert post.parent == "kommun/1470/omsorg-och-stod"


def test_a_unit_that_belongs_to_a_department_named_by_its_own_name() -> None:
    body = (
        "Vara kommun har en tydlig organisation. Arbetet görs av enheten Stöd och "
        "etablering, som hör till förvaltningen Omsorg och stöd.\n"
    )
    draft = _draft(body)
    assert draft.actors["kommun/1470/stod-och-etablering"].parent == "kommun/1470/omsorg-och-stod"


# ------------------------------------------------------------- local bodies by name


def test_a_national_body_in_a_part_of_a_province_is_its_local_body() -> None:
    body = (
        "Vara kommun och Essunga kommun samarbetar med Svenska kyrkan i Västra Skaraborg "
        "om språkcaféet.\n"
    )
    draft = _draft(body)
    assert "org/svenska-kyrkan-i-vastra-skaraborg" in draft.actors
    assert "org/svenska-kyrkan" not in draft.actors
    assert _together(draft, "kommun/1470", "org/svenska-kyrkan-i-vastra-skaraborg")


# ------------------------------------------------------- members spread over sentences


def test_members_added_to_a_platform_named_again_by_its_noun() -> None:
    body = (
        "Sedan 2024 finns Samverkansplattform Skaraborg. Plattformen leds gemensamt av "
        "Vara kommun och Essunga kommun. I plattformen ingår också Arbetsförmedlingen och "
        "Högskolan i Skövde.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, "kommun/1470", "kommun/1445", "org/arbetsformedlingen", "org/hogskolan-i-skovde"
    )
