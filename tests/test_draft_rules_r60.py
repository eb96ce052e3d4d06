"""Round 60 of learning (actors the drafter did not find, from rounds 50-68).

The sentences are our own (an invented choir and dental project in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Mora kommun › Integration › Kören\n\nSenast uppdaterad 4 mars 2026\n\n"


def test_a_compounded_teachers_post_with_its_holder_is_drafted() -> None:
    # "säger NAME, sfi-lärare på X": the post and the person who holds it
    d = draft(
        "Kören Sångfåglarna övar varje tisdag i Mora.\n\n"
        "– Eleverna lär sig nya ord när de sjunger, säger Linnea Strömgren, sfi-lärare "
        "på Vuxenutbildningen i Mora.\n",
        HEAD,
    )
    posts = [a for a in d.actors.values() if a.label_sv == "sfi-lärare"]
    assert posts, sorted(d.actors)
    assert posts[0].holder == "person/linnea-stromgren", posts[0]


def test_a_compounded_teachers_post_without_a_holder_is_none() -> None:
    # "fråga din sfi-lärare": a task many share, not one post
    d = draft(
        "Kören Sångfåglarna övar varje tisdag i Mora. Anmäl dig till din sfi-lärare eller "
        "till föreningen Sångfåglarna Mora.\n",
        HEAD,
    )
    assert not [a for a in d.actors.values() if "lärare" in a.label_sv], sorted(d.actors)


def test_care_units_on_a_page_that_names_no_region_are_its_municipalitys_regions() -> None:
    # "Folktandvården Orsa", "Barnavårdscentralen i Mora" without "Region Dalarna" on the page
    d = draft(
        "Tandkollen är ett samarbete mellan Folktandvården Orsa, Barnavårdscentralen i Mora "
        "och föreningen Sångfåglarna Mora.\n",
        HEAD,
    )
    units = sorted(i for i in d.actors if i.startswith("region/20/"))
    assert units == ["region/20/barnavardscentralen-i-mora", "region/20/folktandvarden-orsa"], (
        sorted(d.actors)
    )


def test_a_culture_school_named_by_its_town_is_the_municipalitys_unit() -> None:
    # "Orsa kulturskola", as "Orsa bibliotek": a unit of Orsa's municipality
    d = draft(
        "Kören Sångfåglarna driver projektet tillsammans med Orsa kulturskola, som lånar ut "
        "sina lokaler.\n",
        HEAD,
    )
    assert "kommun/2034/orsa-kulturskola" in d.actors, sorted(d.actors)
