"""A post's scope is part of its name: "lokal samordnare", "bibliotekarie med ansvar för
språkstöd" (round 22 of learning). Sentences of our own; each test fails without the
qualified forms of the POST shape (:mod:`samverkan.draft.nlp`, ``lexicon.POST_QUALIFIERS``).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Publicerad 9 mars 2026\n\nSamverkan om bostäder i Arvika\n\n"


def _posts(body: str) -> dict[str, str | None]:
    d = draft(body, HEAD)
    return {
        a.label_sv: a.holder
        for a in d.actors.values()
        if a.cls in {"org:Post", "sam:CoordinatorPost"}
    }


def test_an_adjective_of_scope_is_part_of_the_post_s_name() -> None:
    posts = _posts(
        "Arvika kommun har en lokal samordnare på halvtid, Lina Sand. Arvikahem AB har "
        "anställt en bosocial samordnare, Karim Said.\n"
    )
    assert posts == {
        "lokal samordnare": "person/lina-sand",
        "bosocial samordnare": "person/karim-said",
    }


def test_a_post_with_responsibility_for_a_field_is_named_in_full() -> None:
    posts = _posts(
        "Frågor besvaras av Ida Ström, bibliotekarie med ansvar för lättläst, Arvika kommun.\n"
    )
    assert posts == {"bibliotekarie med ansvar för lättläst": "person/ida-strom"}


def test_a_word_of_time_is_no_part_of_the_post() -> None:
    posts = _posts("Arvika kommun har en ny samordnare sedan januari, Lina Sand.\n")
    assert "ny samordnare" not in posts
