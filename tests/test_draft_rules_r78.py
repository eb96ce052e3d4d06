"""Round 78 of learning (from the misses of blind rounds 60-94 together: names of
associations, parishes and companies the drafter did not find at all): rules on invented
sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Fritid › Läsglädje\n\nPublicerad 3 juni 2026\n\n"


def _labels(d) -> dict[str, str]:
    return {a.label_sv: a.cls for a in d.actors.values()}


def test_an_unread_item_of_a_dash_list_of_bodies_is_a_name() -> None:
    # an item without a head word, before ", som ..." or at the line's end
    d = draft(
        "Läsgården drivs av Kultur- och fritidsförvaltningen tillsammans med:\n"
        "- Studieförbundet Pennvässaren, som ordnar bokcirklar\n"
        "- Grannar i Hagen, som läser med barnen\n"
        "- Tibro Pappersverkstad AB\n",
        HEAD,
    )
    labels = _labels(d)
    assert labels.get("Grannar i Hagen") == "sam:CivilSocietyOrganization", labels
    assert labels.get("Tibro Pappersverkstad AB") == "sam:PrivateCompany", labels
    assert together(d, "org/grannar-i-hagen", "org/studieforbundet-pennvassaren"), partners(d)


def test_a_person_in_a_dash_list_is_no_association() -> None:
    d = draft(
        "Läsgården drivs av Kultur- och fritidsförvaltningen tillsammans med:\n"
        "- Studieförbundet Pennvässaren, som ordnar bokcirklar\n"
        "- Grannar i Hagen, som läser med barnen\n"
        "- Lina Bergkvist, bibliotekarie\n",
        HEAD,
    )
    labels = _labels(d)
    assert "Grannar i Hagen" in labels, labels
    assert "Lina Bergkvist" not in labels or labels["Lina Bergkvist"] == "foaf:Person", labels


def test_a_name_in_apposition_with_what_it_is() -> None:
    # "NAME, en förening för ...", "NAME, en ideell förening som ..."
    d = draft(
        "Läsfesten ordnas av Tibro Bokring, en förening för stadens läsare, och av "
        "Teater Fyren, en ideell förening som spelar sagor.",
        HEAD,
    )
    labels = _labels(d)
    assert labels.get("Tibro Bokring") == "sam:CivilSocietyOrganization", labels
    assert labels.get("Teater Fyren") == "sam:CivilSocietyOrganization", labels


def test_an_unread_item_of_a_sentences_list_after_a_colon() -> None:
    # "tillsammans med tre föreningar: A, B och C" with A's town read as a municipality
    d = draft(
        "Kultur- och fritidsförvaltningen driver Läsgården tillsammans med tre föreningar: "
        "SPF Lärkan i Tibro, Föreningen Bokstugan och Studieförbundet Pennvässaren.",
        HEAD,
    )
    labels = _labels(d)
    assert labels.get("SPF Lärkan i Tibro") == "sam:CivilSocietyOrganization", labels
    assert together(d, "org/spf-larkan-i-tibro", "org/foreningen-bokstugan"), partners(d)


def test_a_name_after_foreningen_goes_on_over_a_link() -> None:
    d = draft(
        "Läscaféet startade i maj 2024, som föreningen Läsare i Tiveden Norra startade. "
        "Sedan 2025 är också föreningen Böcker utan gränser, som lånar ut böcker, med.",
        HEAD,
    )
    labels = _labels(d)
    assert "Läsare i Tiveden Norra" in labels, labels
    assert "Böcker utan gränser" in labels, labels


def test_a_local_body_with_an_adjective_before_its_head_word() -> None:
    d = draft(
        "Läscaféet drivs av Tibro östra församling tillsammans med Hjo kyrkliga "
        "samfällighet och Tibro scoutkår Tallkotten.",
        HEAD,
    )
    labels = _labels(d)
    for name in (
        "Tibro östra församling",
        "Hjo kyrkliga samfällighet",
        "Tibro scoutkår Tallkotten",
    ):
        assert labels.get(name) == "sam:CivilSocietyOrganization", labels
