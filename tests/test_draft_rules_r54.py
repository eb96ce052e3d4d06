"""Round 54 of learning (from the blind rounds 62-64).

The sentences are our own (invented units, firms and people in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft

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
