"""Round 72 of learning (from the misses of blind rounds 60-83 together): rules on invented
sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, parent, post_parent

HEAD = "Tibro kommun › Hälsa › Samtalsgrupper\n\nPublicerad 3 juni 2026\n\n"


def test_a_unit_after_regionens_is_the_regions_unit() -> None:
    # "Regionens tolkcentral": the unit of the municipality's region, in the definite form
    d = draft(
        "Tibro kommun ordnar samtalsgrupper för nyanlända föräldrar.\n\n"
        "Regionens tolkcentral har ändå lånat ut tolkar till grupperna.\n",
        HEAD,
    )
    assert parent(d, "region/14/tolkcentralen") == "region/14", d.actors


def test_a_unit_after_a_named_regions_genitive_with_its_town() -> None:
    # "Region Hallands ungdomsmottagning i Falkenberg": the town part of the name
    d = draft(
        "Falkenbergs kommun ordnar samtalsgrupper för nyanlända föräldrar.\n\n"
        "Region Hallands ungdomsmottagning i Falkenberg besöker grupperna varje vår.\n",
        "Falkenbergs kommun › Hälsa › Samtalsgrupper\n\nPublicerad 3 juni 2026\n\n",
    )
    iri = "region/13/ungdomsmottagningen-i-falkenberg"
    assert parent(d, iri) == "region/13", sorted(d.actors)
    # "regionens avdelning för ...": left to the older rule, no unit "avdelningen" alone
    d = draft(
        "Tibro kommun ordnar samtalsgrupper.\n\n"
        "Regionens avdelning för folkhälsa har skrivit materialet.\n",
        HEAD,
    )
    assert "region/14/avdelningen" not in d.actors


def test_the_title_of_one_quoted_at_a_care_unit_is_its_post() -> None:
    # "säger NAME, TITLE på Vårdcentralen X": the care unit is drafted after the posts were
    d = draft(
        "Tibro kommun ordnar samtalsgrupper för nyanlända föräldrar.\n\n"
        "– Många frågar om vaccinationer, säger Greta Lundvik, distriktssköterska på "
        "Vårdcentralen Tallbacken.\n",
        HEAD,
    )
    assert post_parent(d, "distriktssköterska") == "region/14/vardcentralen-tallbacken", sorted(
        d.actors
    )
    assert "person/greta-lundvik" in d.actors


def test_the_title_of_one_quoted_with_a_double_name() -> None:
    # "säger Ann-Britt Holm-Berg, tränare i Klätterklubben Fästet": a name with hyphens
    d = draft(
        "Tibro kommun ordnar klättring för nyanlända barn.\n\n"
        "– Barnen lär sig fort, säger Ann-Britt Holm-Berg, tränare i Klätterklubben Fästet.\n",
        HEAD,
    )
    assert post_parent(d, "tränare") == "org/klatterklubben-fastet", sorted(d.actors)
    assert "person/ann-britt-holm-berg" in d.actors
