"""Rules of round 112 of learning, one short text each.

Each test parses a sentence of our own in the genre (a school's news on work placements)
and checks what the rule is for. None of the sentences comes from a real page or from a
fixture page.
"""

from __future__ import annotations

# ------------------------------------- "och" inside a name of a coordination of names


def test_och_before_the_next_comma_of_a_coordination_keeps_one_name() -> None:
    from samverkan.draft.nlp import name_spans, parse

    doc = parse(
        "Eleverna gör prao hos Norrvik Kajakklubb, Stugbyn Kök och Bageri, "
        "Norrvikens Snickeri och Gårdsbutiken Ängen."
    )
    spans = [doc[s:e].text for s, e in name_spans(doc)]
    assert "Stugbyn Kök och Bageri" in spans
    assert "Stugbyn Kök" not in spans


def test_the_last_och_of_a_coordination_still_parts_two_names() -> None:
    # must not fire: the "och" before the last item, with no comma after it
    from samverkan.draft.nlp import name_spans, parse

    doc = parse("Kursen ges av Norrvik Kajakklubb, Studiecirkeln Ljus och Nordsjö Konst.")
    spans = [doc[s:e].text for s, e in name_spans(doc)]
    assert spans == ["Norrvik Kajakklubb", "Studiecirkeln Ljus", "Nordsjö Konst"]
