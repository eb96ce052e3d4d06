"""Round 81 of learning (from the misses of blind rounds 60-99 together): partner pairs lost
because one end, a past or a later party named in a form no finder knows, was never drafted;
on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Integration › Läxhjälp\n\nPublicerad 3 juni 2026\n\n"
WORK = (
    "Läxbron är ett samarbete om läxhjälp. Parter i Läxbron är Schackklubben Löparen och "
    "Simklubben Vågen.\n\n"
)


def labels(d) -> set[str]:
    return {a.label_sv for a in d.actors.values()}


def test_a_past_party_of_any_head_word_is_drafted_and_joined() -> None:
    # "X var part under 2025 men lämnade": the frame, not the head word, says X is a body
    d = draft(
        WORK + "Caféet Kanelbullen var part under 2025 men lämnade Läxbron i januari.\n", HEAD
    )
    assert "Caféet Kanelbullen" in labels(d), labels(d)
    assert together(
        d, "org/cafeet-kanelbullen", "org/schackklubben-loparen", "org/simklubben-vagen"
    ), partners(d)


def test_a_past_party_that_dropped_out_with_lower_case_words_in_its_name() -> None:
    # "var med från starten men hoppade av": a name with a lower-case word inside
    d = draft(
        WORK + "Hamnens ungdomsråd Fyrljuset var med från starten men hoppade av i maj.\n",
        HEAD,
    )
    assert "Hamnens ungdomsråd Fyrljuset" in labels(d), labels(d)
    assert together(d, "org/hamnens-ungdomsrad-fyrljuset", "org/simklubben-vagen"), partners(d)


def test_a_later_party_after_also_is_drafted_and_joined() -> None:
    # "Sedan mars 2026 deltar också X som part": the name between "också" and "som"
    d = draft(WORK + "Sedan mars 2026 deltar också Sygruppen Fingerborgen som part.\n", HEAD)
    assert "Sygruppen Fingerborgen" in labels(d), labels(d)
    assert together(d, "org/sygruppen-fingerborgen", "org/schackklubben-loparen"), partners(d)


def test_a_town_in_the_name_of_a_past_party_stays_in_the_name() -> None:
    # "Ekumeniska kören i Tibro var med ... men lämnade": the town is part of the name
    d = draft(
        WORK + "Ekumeniska kören i Tibro var med under 2024 men lämnade samarbetet i juni.\n",
        HEAD,
    )
    assert "Ekumeniska kören i Tibro" in labels(d), labels(d)


def test_a_capitalised_housing_company_keeps_its_word_and_is_named_again() -> None:
    # "Bostadsbolaget X AB", capitalised, is the company's own name; "X" later is the same
    d = draft(
        "Läxbron är ett samarbete om läxhjälp. Parter är:\n"
        "- Schackklubben Löparen\n"
        "- Bostadsbolaget Granåsen AB\n\n"
        "Granåsen lånar ut en lokal i Centrum.\n",
        HEAD,
    )
    assert "Bostadsbolaget Granåsen AB" in labels(d), labels(d)
    iri = next(a.iri for a in d.actors.values() if a.label_sv == "Bostadsbolaget Granåsen AB")
    mentions = d.actors[iri].mentions
    assert len(mentions) == 2, mentions
    assert together(d, iri, "org/schackklubben-loparen"), partners(d)
    # "bostadsbolaget X AB", in lower case, is what the company is: no part of its name
    d = draft("Läxbron görs med det kommunala bostadsbolaget Granåsen AB och Röda Korset.\n", HEAD)
    assert "Granåsen AB" in labels(d), labels(d)


def test_a_past_party_whose_time_ended_is_drafted_and_joined() -> None:
    # "X var part i samarbetet till och med 2024": an end to its time, no "men lämnade"
    d = draft(WORK + "Caféet Blåbärsriset var part i samarbetet till och med 2024.\n", HEAD)
    assert "Caféet Blåbärsriset" in labels(d), labels(d)
    assert together(d, "org/cafeet-blabarsriset", "org/simklubben-vagen"), partners(d)
