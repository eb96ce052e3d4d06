"""Round 63 of learning: a refugee reception named bare, and a region's clinics by their name.

Over the blind rounds 40-72, the municipal and regional units the drafts never found took part
in 530 expected relations; these two kinds recur. The sentences are our own (invented
clinics and a week in Västra Götaland), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = (
    "Tibro kommun › Integration › Nyheter\n\nPublicerad 12 maj 2026\n\n"
    "Familjeveckan är ett samarbete för nyanlända familjer i kommunen. "
)


def test_the_refugee_reception_named_bare_is_the_municipalitys_unit() -> None:
    d = draft("Bakom veckan står Flyktingmottagningen och Röda Korset.", HEAD)
    assert "kommun/1472/flyktingmottagningen" in d.actors, sorted(d.actors)
    assert {"kommun/1472/flyktingmottagningen", "org/roda-korset"} in partners(d), partners(d)


def test_a_regions_clinic_named_by_its_own_name_is_the_regions_unit() -> None:
    d = draft(
        "Med i arbetet är Barnmorskemottagningen Ekbacken och Ungdomsmottagningen Kompassen.",
        HEAD,
    )
    assert {
        "region/14/barnmorskemottagningen-ekbacken",
        "region/14/ungdomsmottagningen-kompassen",
    } <= set(d.actors), sorted(d.actors)
