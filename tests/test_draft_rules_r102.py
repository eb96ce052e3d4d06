"""Round 102 of learning: an association's name that ends in a genitive and a lower-case word.

"Stiftelsen Åsbygdens fond", "Föreningen Lindängens vänner" and "föreningen Norrbackens
flerspråkiga familjer" are names whole: the genitive is a place's or a name's, and the
lower-case word after it says what the foundation is for or whom the association gathers.
The rule used to cut the name at the genitive. After a word for what the association does
("Föreningen Kustbrons årsmöte") the name is not longer.
The sentences are our own (invented associations in Värmland).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Sunne kommun › Föreningsliv\n\nPublicerad 12 mars 2026\n\n"


def _labels(d) -> set[str]:
    return {a.label_sv for a in d.actors.values()}


def test_a_foundation_named_after_a_place_keeps_its_last_word() -> None:
    d = draft(
        "Läxhjälpen på biblioteket får 40 000 kronor från Stiftelsen Åsbygdens fond "
        "för 2026. Pengarna går till fika och material.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "Stiftelsen Åsbygdens fond" in labels, labels
    assert "Stiftelsen Åsbygdens" not in labels, labels


def test_an_association_of_people_keeps_its_last_words() -> None:
    d = draft(
        "Språkcaféet drivs av Föreningen Lindängens vänner tillsammans med Sunne kommun. "
        "Även föreningen Norrbackens flerspråkiga familjer hjälper till på lördagarna.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "Föreningen Lindängens vänner" in labels, labels
    assert "Norrbackens flerspråkiga familjer" in labels, labels


def test_a_house_named_after_its_village() -> None:
    d = draft(
        "Kursen hålls i stora salen. Föreningen Västra Ämtervik Folkets hus lånar ut "
        "lokalen utan kostnad.\n",
        HEAD,
    )
    assert "Föreningen Västra Ämtervik Folkets hus" in _labels(d), _labels(d)


def test_what_the_association_does_is_no_part_of_its_name() -> None:
    d = draft(
        "Föreningen Kustbrons årsmöte hölls i mars i Sunne. Ordförande valdes om.\n",
        HEAD,
    )
    labels = _labels(d)
    assert not any(label.endswith("årsmöte") for label in labels), labels


# A post named in the definite right after a unit of the municipality ("... genom
# vuxenutbildningen. SFI-läraren NAME ...") is the post of that unit: the definite refers
# back to it. An indefinite post ("en handläggare") stays the municipality's.


def _post_iris(d) -> set[str]:
    return {iri for iri in d.actors if "/tjanst/" in iri}


def test_a_definite_post_after_its_unit_is_the_units() -> None:
    d = draft(
        "Sångcirkeln är ett samarbete mellan Sunne församling och Sunne kommun, som är med "
        "genom vuxenutbildningen. SFI-läraren Amira Holm kommer till övningarna varannan "
        "vecka.\n",
        HEAD,
    )
    posts = _post_iris(d)
    assert any(iri.endswith("/vuxenutbildningen/tjanst/sfi-larare") for iri in posts), posts


def test_an_indefinite_post_stays_the_municipalitys() -> None:
    d = draft(
        "Sångcirkeln är ett samarbete mellan Sunne församling och Sunne kommun, som är med "
        "genom vuxenutbildningen. En handläggare från kommunen kommer ibland.\n",
        HEAD,
    )
    posts = _post_iris(d)
    assert not any("/vuxenutbildningen/tjanst/" in iri for iri in posts), posts
