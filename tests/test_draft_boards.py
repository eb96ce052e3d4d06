"""A board's members listed together hold one post (round 22 of learning). Each test drafts
a few lines of our own and fails without :mod:`samverkan.draft.actors.boards`.
"""

from __future__ import annotations

from drafthelpers import draft
from samverkan.draft.turtle import to_turtle

HEAD = "Föreningen Ljusglimten i Kil\n\nVerksamhetsberättelse för året 2025\n\n"


def _holders(body: str, post: str) -> list[str]:
    d = draft(body, HEAD)
    actor = d.actors.get(post)
    return [] if actor is None else [actor.holder, *actor.holders]


def test_a_line_of_members_gives_one_post_several_holders_in_the_turtle() -> None:
    body = (
        "Styrelse\nOrdförande: Eva Lund\nKassör: Bo Stark\n"
        "Ledamöter: Omar Ali, Siv Berg och Jan-Erik Ek\n\n"
        "Föreningen ordnar läxhjälp tillsammans med Röda Korset.\n"
    )
    post = "org/foreningen-ljusglimten-i-kil/tjanst/ledamot"
    assert _holders(body, post) == ["person/omar-ali", "person/siv-berg", "person/jan-erik-ek"]
    turtle = to_turtle(draft(body, HEAD), HEAD + body)
    assert "org:heldBy <person/omar-ali> , <person/siv-berg> , <person/jan-erik-ek>" in turtle


def test_members_named_after_the_board_s_other_posts_in_a_sentence() -> None:
    body = (
        "Styrelsen har under året bestått av Eva Lund (ordförande), Bo Stark (kassör) "
        "samt ledamöterna Omar Ali och Siv Berg.\n"
    )
    post = "org/foreningen-ljusglimten-i-kil/tjanst/ledamot"
    assert _holders(body, post) == ["person/omar-ali", "person/siv-berg"]


def test_members_elected_at_an_annual_meeting_with_asides() -> None:
    body = (
        "Till ordförande för ett år valdes Eva Lund.\n"
        "Till ledamöter för två år valdes Omar Ali (omval) och Siv Berg (nyval).\n"
        "Till suppleanter valdes Jan Ek och Lisa Holm.\n"
    )
    assert _holders(body, "org/foreningen-ljusglimten-i-kil/tjanst/ledamot") == [
        "person/omar-ali",
        "person/siv-berg",
    ]
    assert _holders(body, "org/foreningen-ljusglimten-i-kil/tjanst/suppleant") == [
        "person/jan-ek",
        "person/lisa-holm",
    ]


def test_members_without_names_or_without_an_organisation_give_no_post() -> None:
    unnamed = draft("Styrelsens ledamöter träffas en gång i månaden.\n", HEAD)
    assert not any(i.endswith("/tjanst/ledamot") for i in unnamed.actors)
    municipal = draft(
        "Kils kommun har en grupp för frågor om integration och samverkan med "
        "föreningarna.\nLedamöter: Omar Ali och Siv Berg\n",
        "Publicerad 2 mars 2026\n\nKils kommun\n\n",
    )
    assert not any(i.endswith("/tjanst/ledamot") for i in municipal.actors)
