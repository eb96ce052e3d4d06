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
