"""Round 59 of learning (from the blind rounds 69 and 70).

The sentences are our own (an invented holiday group and clubs in Hälsingland), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Ljusdals kommun > Fritid > Lov\n\nPublicerad 4 mars 2025\n\n"


def test_a_group_that_seats_bodies_makes_them_partners() -> None:
    # "I gruppen sitter i dag A, B och C": the group named back seats its members
    d = draft(
        "Lovet planeras av Lovgruppen. I gruppen sitter i dag Kanotklubben Forsen, "
        "Orienteringsklubben Stigen och Föreningen Solrosen.\n",
        HEAD,
    )
    assert together(
        d, "org/kanotklubben-forsen", "org/orienteringsklubben-stigen", "org/foreningen-solrosen"
    ), partners(d)


def test_den_that_seats_bodies_names_the_group_just_named() -> None:
    # "Projektet har en referensgrupp. I den sitter A och B": the members of that group
    d = draft(
        "Projektet har en referensgrupp som träffas varje månad. I den sitter Kanotklubben "
        "Forsen och Föreningen Solrosen.\n",
        HEAD,
    )
    assert together(d, "org/kanotklubben-forsen", "org/foreningen-solrosen"), partners(d)


PROJECT = (
    "Fritidsenheten driver projektet Paddla mera tillsammans med Kanotklubben Forsen och "
    "Föreningen Solrosen.\n\n"
)


def test_one_with_us_who_drew_out_is_a_past_partner() -> None:
    # "X var med under våren men drog sig ur i juni": a past party, kept
    d = draft(
        PROJECT
        + "Orienteringsklubben Stigen var med under våren 2025 men drog sig ur i juni 2025.\n",
        HEAD,
    )
    assert together(d, "org/kanotklubben-forsen", "org/orienteringsklubben-stigen"), partners(d)


def test_one_with_us_who_left_the_meeting_place_is_a_past_partner() -> None:
    # "X var med under hösten men lämnade mötesplatsen": left whatever the body is called
    d = draft(
        "Mötesplatsen drivs av Fritidsenheten tillsammans med Kanotklubben Forsen och "
        "Föreningen Solrosen. "
        "Orienteringsklubben Stigen var med under hösten 2024 men lämnade mötesplatsen i "
        "december 2024.\n",
        HEAD,
    )
    assert together(d, "org/foreningen-solrosen", "org/orienteringsklubben-stigen"), partners(d)


def test_one_who_left_joins_the_work_its_paragraph_told() -> None:
    # "A drev projektet med B. C var med i början men klev av": C is a past party of that
    # project, not of the page's own work
    d = draft(
        PROJECT + "Förut\n\nÅren 2021-2022 drev Bygdegårdsföreningen Ängen projektet Språkstigen "
        "tillsammans med Studieförbundet Lärkan. Orienteringsklubben Stigen var med i början men "
        "klev av efter det första året.\n",
        HEAD,
    )
    assert together(
        d,
        "org/bygdegardsforeningen-angen",
        "org/studieforbundet-larkan",
        "org/orienteringsklubben-stigen",
    ), partners(d)
    assert not together(d, "org/kanotklubben-forsen", "org/orienteringsklubben-stigen"), partners(d)


def test_the_leader_of_the_sentence_before_is_one_of_the_parties() -> None:
    # "X leder projektet. Parter är A, B och C": the leader is a party with them
    d = draft(
        "Fritidsenheten leder projektet. Parter är Kanotklubben Forsen, Föreningen Solrosen "
        "och Orienteringsklubben Stigen.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2161/fritidsenheten", "org/kanotklubben-forsen", "org/orienteringsklubben-stigen"
    ), partners(d)


def test_a_unit_for_a_participle_and_its_noun_is_named_whole() -> None:
    # "Enheten för förebyggande arbete": the participle's noun is part of the unit's name
    d = draft(
        "Mötesplatsen drivs av Socialförvaltningens Enhet för förebyggande arbete tillsammans "
        "med Föreningen Solrosen.\n",
        HEAD,
    )
    assert "kommun/2161/enheten-for-forebyggande-arbete" in d.actors, sorted(d.actors)
    # not before a verb: "Enheten för mottagande tar emot ..."
    d = draft(
        "Kommunens enhet för mottagande tar emot alla nya familjer i kommunen och "
        "hjälper dem med bostad och skola.\n",
        HEAD,
    )
    assert not any(iri.endswith("-tar") for iri in d.actors), sorted(d.actors)
