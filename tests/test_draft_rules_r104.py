"""Round 104 of learning: a region's care units named after their town, and its elected bodies.

"Arvidsjaurs hälsocentral", "Lindesbergs lasarett" and "Lasarettet i Mora" are the region's
units, named by the town in the genitive before the care word or after "i". "Region
Norrbottens hälsocentral" names the region, not a town, and is left to the older rules.
"Regionstyrelsen", "regionfullmäktige" and "Regionala utvecklingsnämnden" are the region's
bodies, not the municipality's committees; a page that names two regions says not whose.
The sentences are our own (invented work in Norrbotten and Dalarna).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD_BD = "Nyheter från Arvidsjaurs kommun › Folkhälsa\n\nPublicerad 4 februari 2026\n\n"
HEAD_W = "Nyheter från Mora kommun › Arbete\n\nPublicerad 9 april 2026\n\n"


def _iris(d) -> set[str]:
    return set(d.actors)


def test_a_health_centre_named_after_its_town_in_the_genitive() -> None:
    d = draft(
        "Region Norrbotten och kommunen ordnar hälsosamtal för nyanlända. "
        "Sjuksköterskor från Arvidsjaurs hälsocentral träffar deltagarna varje tisdag.\n",
        HEAD_BD,
    )
    assert "region/25/arvidsjaurs-halsocentral" in _iris(d), _iris(d)


def test_a_hospital_after_i_and_its_town() -> None:
    d = draft(
        "Praktikplatserna finns hos Region Dalarna. Fyra deltagare gör praktik på "
        "Lasarettet i Mora under våren.\n",
        HEAD_W,
    )
    assert "region/20/lasarettet-i-mora" in _iris(d), _iris(d)


def test_the_regions_genitive_is_no_town() -> None:
    d = draft(
        "Kommunen samarbetar med Region Norrbottens hälsocentral om hälsosamtal för "
        "nyanlända i höst.\n",
        HEAD_BD,
    )
    assert not any(i.startswith("region/25/norrbottens") for i in _iris(d)), _iris(d)


HEAD_K = "Nyheter från Karlshamns kommun › Politik\n\nPublicerad 2 mars 2026\n\n"


def test_the_regions_elected_bodies() -> None:
    d = draft(
        "En ledamot ställde en fråga i regionfullmäktige i Region Blekinge om tolkstödet. "
        "Regionstyrelsen svarade i april att stödet ska utredas.\n",
        HEAD_K,
    )
    iris = _iris(d)
    assert {"region/10/regionfullmaktige", "region/10/regionstyrelsen"} <= iris, iris
    assert not any(i.startswith("kommun/1082/region") for i in iris), iris


def test_a_regional_committee_is_no_municipal_committee() -> None:
    d = draft(
        "Region Blekinge stödjer projektet. Regionala utvecklingsnämnden beviljade "
        "300 000 kronor till språkcaféet i Karlshamn.\n",
        HEAD_K,
    )
    iris = _iris(d)
    assert "region/10/regionala-utvecklingsnamnden" in iris, iris
    assert "kommun/1082/utvecklingsnamnden" not in iris, iris


def test_two_regions_leave_the_body_unsaid() -> None:
    d = draft(
        "Region Blekinge och Region Kalmar län samarbetar om tolkning. "
        "Regionstyrelsen ska besluta i juni.\n",
        HEAD_K,
    )
    assert not any(i.endswith("/regionstyrelsen") and i.startswith("region/") for i in _iris(d))


def test_the_regional_boards_committee() -> None:
    d = draft(
        "Region Blekinge har gett stöd till föreningarnas språkcaféer. Frågan bereddes av "
        "regionstyrelsens arbetsutskott i februari.\n",
        HEAD_K,
    )
    iris = _iris(d)
    assert "region/10/regionstyrelsens-arbetsutskott" in iris, iris
    assert "kommun/1082/regionstyrelsens-arbetsutskott" not in iris, iris
