"""Round 86 of learning (from the actors blind rounds 60-107 miss that cost relations): a
region's care centre named by its town, and a company whose name a common noun for a firm
opens; on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, parent, partners, together

HEAD = "Mora kommun › Integration › Hälsa\n\nPublicerad 3 juni 2026\n\n"
WORK = "Hälsobron är ett samarbete om hälsa för nyanlända. Parter i Hälsobron är Mora kommun, "


def test_a_health_centre_named_by_its_town_is_a_unit_of_the_region() -> None:
    d = draft(WORK + "Hälsocentralen Mora och Simklubben Vågen.\n", HEAD)
    centre = "region/20/halsocentralen-mora"
    assert parent(d, centre) == "region/20", sorted(d.actors)
    assert together(d, centre, "org/simklubben-vagen"), partners(d)


def test_a_care_centre_named_by_its_town_takes_part_for_the_region() -> None:
    d = draft(
        WORK + "Region Dalarna och Simklubben Vågen. Regionen deltar genom Vårdcentralen "
        "Orsa, som ordnar hälsosamtal.\n",
        HEAD,
    )
    assert parent(d, "region/20/vardcentralen-orsa") == "region/20", sorted(d.actors)


def test_a_maternity_centre_in_a_town_is_a_unit_of_the_region() -> None:
    d = draft(WORK + "Simklubben Vågen och Mödravårdscentralen i Mora, som tar emot besök.\n", HEAD)
    centre = "region/20/modravardscentralen-i-mora"
    assert parent(d, centre) == "region/20", sorted(d.actors)


def test_the_firm_word_before_a_company_name_of_two_words_is_left_out() -> None:
    d = draft(
        WORK + "Simklubben Vågen och Entreprenadfirman Fjällkraft Norr AB.\n"
        "Transportfirman Orsa Frakt AB var med från starten men lämnade Hälsobron i maj 2025.\n",
        HEAD,
    )
    iris = set(d.actors)
    assert "org/fjallkraft-norr-ab" in iris, sorted(iris)
    assert "org/orsa-frakt-ab" in iris, sorted(iris)
    assert not any("entreprenadfirman" in i or "transportfirman" in i for i in iris)
    # a name of one word after the firm word keeps it: "Byggfirman Granbacken AB"
    d = draft(WORK + "Simklubben Vågen och Byggfirman Granbacken AB.\n", HEAD)
    assert "org/byggfirman-granbacken-ab" in set(d.actors)
