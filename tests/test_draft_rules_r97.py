"""Round 97 of learning: association names that go on past their first capitalised word,
and posts whose field is an adjective and its noun.

An association written with its capitalised word for what it is ("Föreningen", "Syföreningen",
"Hembygdsföreningen") has a name that can go on over a little word: "vid" or "för" and a
capitalised word, "över" and a lower-case word after "Föreningen" itself, or "och" and one
capitalised word that ends the clause. Not over "och" and another body ("och
Arbetsförmedlingen", "och Studieförbundet X") nor over a lower-case word after a compound
("Bygdegårdsföreningen X utan kostnad"). A name after lower-case "föreningen" goes on over
"i" and a hyphenated place ("i Öster-Malma").
A post's field after "för" or "med ansvar för" can be an adjective and its noun ("strateg
för social hållbarhet", "bibliotekarie med ansvar för digital delaktighet"): the post is
named with both. A trade or title ("kock", "lagledare", "doktorand") is a post only where the
text names who holds it.
The sentences are our own (invented associations in Södermanland and Västmanland).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Flens kommun › Föreningsliv\n\nPublicerad 12 februari 2026\n\n"


def _labels(d) -> set[str]:
    return {a.label_sv for a in d.actors.values()}


def test_association_name_goes_on_over_vid() -> None:
    d = draft(
        "Föreningen Grannar vid Båven har ordnat språkcafé i Flen sedan hösten. "
        "Kommunen lånar ut lokalen.\n",
        HEAD,
    )
    assert "Föreningen Grannar vid Båven" in _labels(d), _labels(d)


def test_association_name_goes_on_over_och_a_capitalised_word() -> None:
    d = draft(
        "Språkcaféet drivs av Flens kommun tillsammans med Stickföreningen Garn och Prat. "
        "Träffarna är gratis.\n",
        HEAD,
    )
    assert "Stickföreningen Garn och Prat" in _labels(d), _labels(d)


def test_association_name_goes_on_over_over_after_foreningen() -> None:
    d = draft(
        "Föreningen Vänskap över haven har under våren hållit läxhjälp i Flen.\n",
        HEAD,
    )
    assert "Föreningen Vänskap över haven" in _labels(d), _labels(d)


def test_lower_case_foreningen_and_a_hyphenated_place() -> None:
    d = draft(
        "I projektet deltar Flens kommun och föreningen Systrar i Öster-Malma. "
        "Projektet pågår till december.\n",
        HEAD,
    )
    assert "Systrar i Öster-Malma" in _labels(d), _labels(d)


def test_association_name_stops_before_another_body() -> None:
    d = draft(
        "Föreningen Grannband och Arbetsförmedlingen ordnar tillsammans en jobbmässa i Flen. "
        "Hembygdsföreningen Malma och Studieförbundet Vuxenskolan står för fikat.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "Föreningen Grannband" in labels, labels
    assert "Hembygdsföreningen Malma" in labels, labels
    assert not any(" och " in label for label in labels), labels


def test_compound_association_stops_before_a_lower_case_word() -> None:
    d = draft(
        "Flens kommun hyr ut lokalen till Bygdegårdsföreningen Skogstorp utan kostnad. "
        "Pengarna till Seglarföreningen Båven för kurserna kommer från kommunen.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "Bygdegårdsföreningen Skogstorp" in labels, labels
    assert not any("utan" in label or "kurserna" in label for label in labels), labels


def test_post_for_an_adjective_and_its_noun() -> None:
    d = draft(
        "Flens kommun har anställt en strateg för integration och social hållbarhet som ska "
        "samordna arbetet med föreningarna.\n",
        HEAD,
    )
    assert "strateg för integration och social hållbarhet" in _labels(d), _labels(d)


def test_post_with_responsibility_for_an_adjective_and_its_noun() -> None:
    d = draft(
        "Flens kommun har en bibliotekarie med ansvar för digital delaktighet som håller "
        "drop-in varje tisdag.\n",
        HEAD,
    )
    assert "bibliotekarie med ansvar för digital delaktighet" in _labels(d), _labels(d)


def test_post_for_a_noun_alone_is_unchanged() -> None:
    d = draft(
        "Flens kommun har en samordnare för integration som ska samordna arbetet.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "samordnare för integration" in labels, labels


def test_a_trade_is_the_post_of_the_person_it_is_told_of() -> None:
    d = draft(
        "Maten på träffarna lagas av Jonas Lindkvist, kock på Flens kommun, tillsammans med "
        "deltagarna. Träningen leds av Maria Sundqvist, lagledare i tjejlaget.\n",
        HEAD,
    )
    labels = {a.label_sv.lower() for a in d.actors.values()}
    assert {"kock", "lagledare"} <= labels, labels
    holders = {a.label_sv.lower(): a.holder for a in d.actors.values() if a.holder}
    assert holders.get("kock") == "person/jonas-lindkvist", holders


def test_a_trade_no_one_holds_is_no_post() -> None:
    d = draft(
        "Flens kommun söker en kock och en lagledare till sommarens läger för nyanlända unga.\n",
        HEAD,
    )
    labels = {a.label_sv.lower() for a in d.actors.values()}
    assert not {"kock", "lagledare"} & labels, labels
