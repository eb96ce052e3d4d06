"""Round 54 of learning (from the blind rounds 62-64).

The sentences are our own (invented units, firms and people in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Mora kommun › Arbete › Nyheter\n\nPublicerad 4 mars 2026\n\n"


def test_a_post_for_a_named_unit_is_the_units_post() -> None:
    # "säger NAME, enhetschef för Xenheten": the post is the unit's, not a post for a project
    # named "Xenheten"; so is "vd för Yskolan Z AB", the company's
    d = draft(
        "Kursen i svenska för föräldrar börjar i april.\n\n"
        "– Vi har väntat länge på det här, säger Lina Ekström, enhetschef för "
        "Vägledningsenheten.\n\n"
        "– Det blir bra, säger Omar Dahl, vd för Körskolan Ratten i Dalarna AB.\n",
        HEAD,
    )
    posts = {a.label_sv: a for a in d.actors.values() if a.cls == "org:Post"}
    assert "enhetschef" in posts, sorted(posts)
    assert posts["enhetschef"].holder == "person/lina-ekstrom"
    assert posts["enhetschef"].parent.endswith("/vagledningsenheten")
    assert "vd" in posts, sorted(posts)
    assert posts["vd"].holder == "person/omar-dahl"


def test_a_list_that_says_too_joins_the_body_that_runs_the_work() -> None:
    # "X drivs av A, som hör till B. Med i arbetet är också: - C - D": A, C and D are the
    # parties (B is A's department, no party); the colon line's "också" says the list goes
    # on from the lead
    d = draft(
        "Språkcaféet Mötesplatsen drivs av Vägledningsenheten, som hör till "
        "Socialförvaltningen. Med i arbetet är också:\n"
        "- Föreningen Sländan i Mora, som ordnar samtalsgrupper\n"
        "- Studieförbundet Fyrljuset, som lånar ut lokaler\n\n"
        "Caféet har öppet på tisdagar.\n",
        HEAD,
    )
    unit = next(a.iri for a in d.actors.values() if a.iri.endswith("/vagledningsenheten"))
    assert together(d, unit, "org/foreningen-slandan-i-mora", "org/studieforbundet-fyrljuset"), (
        partners(d)
    )
    assert not any(any(m.endswith("/socialforvaltningen") for m in group) for group in partners(d))


def test_other_members_of_a_network_join_the_one_that_coordinates_it() -> None:
    # "Det samordnas av A. Andra medlemmar i nätverket är:" after a blank line: the list
    d = draft(
        "Nätverket Välkommen Mora bildades 2024. Det samordnas av Mottagningsenheten. Andra "
        "medlemmar i nätverket är:\n\n"
        "- Arbetsförmedlingen\n"
        "- Idrottsföreningen Forsen\n"
        "- Föreningen Kvinnokraft i Mora\n\n"
        "Nätverket träffas fyra gånger om året.\n",
        HEAD,
    )
    unit = next(a.iri for a in d.actors.values() if a.iri.endswith("/mottagningsenheten"))
    assert together(
        d,
        unit,
        "org/arbetsformedlingen",
        "org/idrottsforeningen-forsen",
        "org/foreningen-kvinnokraft-i-mora",
    ), partners(d)


def test_a_board_post_in_a_committee_is_the_committees_post() -> None:
    # "NAME, ordförande i barn- och utbildningsnämnden": the committee's chair, as
    # "barn- och utbildningsnämndens ordförande" is, not a post of the municipality
    d = draft(
        "Nämnden beslutade att ge föreningen lokaler i Noretskolan.\n\n"
        "– Det är ett bra beslut, säger Karin Sjöberg, ordförande i barn- och "
        "utbildningsnämnden.\n",
        HEAD,
    )
    posts = {a.label_sv: a for a in d.actors.values() if a.cls == "org:Post"}
    assert "ordförande" in posts, sorted(posts)
    assert posts["ordförande"].parent == "kommun/2062/barn-och-utbildningsnamnden"
    assert posts["ordförande"].holder == "person/karin-sjoberg"
