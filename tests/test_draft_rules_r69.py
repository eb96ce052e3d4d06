"""Round 69 of learning (from blind rounds 78 and 79): rules on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Tibro kommun › Fritid › Sommar\n\nPublicerad 3 juni 2026\n\n"

LISTED = ("org/arbetsformedlingen", "org/roda-korset", "org/studieforbundet-vuxenskolan")


def test_the_leader_before_a_list_of_those_the_work_is_done_with_is_a_party() -> None:
    # "Den samordnas av X." ends the paragraph before "Tjänsten drivs i samverkan med:"
    for before, cue in (
        (
            "Språkvännerna startade 2024. Den samordnas av Fritidsenheten.\n\n",
            "Tjänsten drivs i samverkan med:",
        ),
        (
            "Språkvännerna startade 2024 och samordnas av Fritidsenheten, som hör till "
            "Kultur- och fritidsförvaltningen. ",
            "I år deltar tre organisationer:",
        ),
    ):
        d = draft(
            f"{before}{cue}\n- Arbetsförmedlingen\n- Röda Korset\n- Studieförbundet Vuxenskolan\n",
            HEAD,
        )
        groups = partners(d)
        assert any({*LISTED, "kommun/1472/fritidsenheten"} <= g for g in groups), (cue, groups)


def test_a_later_party_told_as_with_in_the_work_named_back_joins_the_list() -> None:
    # "Från 2025 är även X med i tjänsten och ...": "med i" the work named back, then what the
    # party does; a company too
    for later, iri in (
        (
            "Från januari 2025 är även Föreningen Gröna Vågen med i tjänsten och ordnar läxhjälp.",
            "org/foreningen-grona-vagen",
        ),
        (
            "Från januari 2025 är även Hyrbolaget Norrhult AB med i tjänsten och använder "
            "tolkar vid nya avtal.",
            "org/hyrbolaget-norrhult-ab",
        ),
    ):
        d = draft(
            "Tjänsten drivs i samverkan med:\n"
            "- Arbetsförmedlingen\n- Röda Korset\n- Studieförbundet Vuxenskolan\n\n"
            f"{later}\n",
            HEAD,
        )
        groups = partners(d)
        assert any({*LISTED, iri} <= g for g in groups), (later, groups)


def test_a_body_that_was_with_for_a_while_but_stopped_is_a_past_party_of_the_list() -> None:
    # "X var med 2023 men ...", "X var med under det första året men ..." after a list
    for past in (
        "Föreningen Gröna Vågen var med 2023 och 2024 men hade inga ledare i år.",
        "Föreningen Gröna Vågen var med under det första året men har inte kunnat fortsätta.",
    ):
        d = draft(
            "Tjänsten drivs i samverkan med:\n"
            "- Arbetsförmedlingen\n- Röda Korset\n- Studieförbundet Vuxenskolan\n\n"
            f"{past}\n",
            HEAD,
        )
        groups = partners(d)
        assert any({*LISTED, "org/foreningen-grona-vagen"} <= g for g in groups), (past, groups)

    # but not "var med i planeringen" (a part of the work), which names no time
    d = draft(
        "Tjänsten drivs i samverkan med:\n"
        "- Arbetsförmedlingen\n- Röda Korset\n- Studieförbundet Vuxenskolan\n\n"
        "Föreningen Gröna Vågen var med i planeringen men valde att inte bli part.\n",
        HEAD,
    )
    assert not any("org/foreningen-grona-vagen" in g for g in partners(d))


def test_a_county_board_named_in_full_is_referred_to_unless_the_sentence_says_no() -> None:
    # "Länsstyrelsen i X län gav 200 000 kronor till starten": the board is one of the page's
    # actors, as a region named in full is, even where no relation of it is drafted
    from samverkan.draft.turtle import to_turtle

    body = (
        "Språkvännerna startade 2024. Länsstyrelsen i Hallands län gav 200 000 kronor till "
        "starten.\n"
    )
    assert "<lansstyrelse/13>" in to_turtle(draft(body, HEAD), HEAD + body)
    body = "Länsstyrelsen i Hallands län är inte part i Språkvännerna.\n"
    assert "<lansstyrelse/13>" not in to_turtle(draft(body, HEAD), HEAD + body)
