"""A team list: each heading "Name – post" is a person holding a post in the workplace the
entry's text names, and the post takes part in the page's main collaboration (round 24 of
learning). Each test drafts lines of our own and fails without
:mod:`samverkan.draft.actors.team` and :mod:`samverkan.draft.relations.team`.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Sunne kommun – Språngbrädan – Vi som jobbar här\n\n"
INTRO = (
    "Språngbrädan är ett projekt för unga vuxna som står långt från arbetsmarknaden. "
    "Sunne kommun driver Språngbrädan tillsammans med Torsby kommun.\n\n"
)
TEAM = (
    "Maja Lindqvist – projektledare\n"
    "Maja är anställd på Sunne kommuns arbetsmarknadsenhet och har lett arbetet sedan "
    "hösten.\n\n"
    "Karim Haddad – jobbcoach i Torsby\n"
    "Karim kommer från Torsby kommun och träffar deltagarna tre dagar i veckan.\n\n"
)


def _post(d, iri: str):
    return d.actors.get(iri)


def test_each_heading_is_a_person_holding_the_post_at_the_named_workplace() -> None:
    d = draft(INTRO + TEAM, HEAD)
    coach = _post(d, "kommun/1737/tjanst/jobbcoach")
    assert coach is not None and coach.holder == "person/karim-haddad"
    assert coach.parent == "kommun/1737"
    lead = _post(d, "kommun/1766/tjanst/projektledare")
    assert lead is not None and lead.holder == "person/maja-lindqvist"
    assert lead.parent == "kommun/1766/arbetsmarknadsenheten"


def test_the_team_s_posts_are_members_of_the_project() -> None:
    d = draft(INTRO + TEAM, HEAD)
    assert any(
        {"kommun/1766", "kommun/1737", "kommun/1737/tjanst/jobbcoach",
         "kommun/1766/tjanst/projektledare"} <= group
        for group in partners(d)
    )


def test_an_entry_whose_body_is_no_party_gives_a_holder_but_no_member() -> None:
    entry = (
        "Leo Ström – hälsopedagog\n"
        "Leo är hälsopedagog på Region Värmland. Region Värmland är inte projektpart, men "
        "regionen låter Leo hålla träffar i projektet.\n\n"
    )
    d = draft(INTRO + TEAM + entry, HEAD)
    post = _post(d, "region/17/tjanst/halsopedagog")
    assert post is not None and post.holder == "person/leo-strom"
    assert not any("region/17/tjanst/halsopedagog" in group for group in partners(d))


def test_a_title_with_a_dash_or_a_lone_entry_is_no_team() -> None:
    title = "Grannskap Solhöjden – tillsammans för ett tryggare område\nVi bor här.\n\n"
    lone = "Maja Lindqvist – projektledare\nMaja arbetar på arbetsmarknadsenheten.\n\n"
    for body in (title, INTRO + lone):
        d = draft(body, HEAD)
        assert not any(a.iri.startswith("person/") for a in d.actors.values())
