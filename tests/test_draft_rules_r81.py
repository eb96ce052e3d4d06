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
