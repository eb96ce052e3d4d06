"""Round 91 of learning: newspapers, Leader areas and free schools named by what they are.

Over the blind rounds 90-131, 85 named organisations the keys hold were never drafted; among
them the local newspapers whose pages they were ("Malmkullens Tidning › Nyheter › Norberg"),
the Leader areas that granted the money ("Leader Gränsskogen har beviljat 420 000 kronor")
and a free school heading its own site. Each kind is named by what it is, as banks and
agencies are. The sentences are our own (invented names in Jämtland).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Bergs kommun › Nyheter\n\nPublicerad 2 mars 2026\n\n"


def test_a_local_newspaper_is_a_company() -> None:
    d = draft(
        "Det berättade Myrviksbygdens Tidning i veckan. Även Ljungdalsposten skrev om det.", HEAD
    )
    assert d.actors["org/myrviksbygdens-tidning"].cls == "sam:PrivateCompany", sorted(d.actors)
    assert "org/ljungdalsposten" in d.actors, sorted(d.actors)


def test_a_hyphenated_newspaper_name() -> None:
    d = draft(
        "Intervjun med de nya eleverna publicerades först i Svenstaviks-Kuriren "
        "och det var den som fick många att höra av sig.",
        HEAD,
    )
    assert "org/svenstaviks-kuriren" in d.actors, sorted(d.actors)


def test_a_newsletter_of_ones_own_is_no_newspaper() -> None:
    # common nouns: the pupils' and the staff's papers are no organisations
    d = draft("Elevtidningen och Personaltidningen skrev om Bergs kommun.", HEAD)
    assert not [i for i in d.actors if "tidningen" in i], sorted(d.actors)


def test_a_leader_area_that_grants_money_is_an_association() -> None:
    d = draft("Leader Fjällsjöbygden har beviljat 300 000 kronor till projektet Bygdebron.", HEAD)
    assert d.actors["org/leader-fjallsjobygden"].cls == "sam:CivilSocietyOrganization"


def test_a_free_school_by_its_name() -> None:
    d = draft("Klövsjödalens friskola tar emot elever från hela Bergs kommun.", HEAD)
    assert d.actors["org/klovsjodalens-friskola"].cls == "sam:PrivateCompany", sorted(d.actors)
