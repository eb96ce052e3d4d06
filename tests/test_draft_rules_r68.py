"""Round 68 of learning (from blind rounds 76 and 77): a list's cue whose subject names the
parties in any form.

"De andra parterna är:", "Andra medlemmar i nätverket är:": the line over a list of bullets
names the parties as the subject of "är", definite ("parterna", "medlemmarna") or followed by
the work they belong to; such a line was read as a list's cue only when the party word stood
right before the verb in its bare form ("Övriga parter är:"). The sentences are our own, not
from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Tibro kommun › Integration › Nyheter\n\nPublicerad 12 maj 2026\n\n"

LISTED = ("org/arbetsformedlingen", "org/roda-korset", "org/studieforbundet-vuxenskolan")


def test_a_cue_naming_the_parties_definite_or_before_the_work_opens_a_list() -> None:
    for cue in (
        "De andra parterna är:",
        "Andra medlemmar i nätverket är:",
        "Medlemmarna i rådet är:",
    ):
        d = draft(
            "Tibro kommun har startat nätverket Välkommen hit för nyanlända. "
            f"{cue}\n- Arbetsförmedlingen\n- Röda Korset\n- Studieförbundet Vuxenskolan\n",
            HEAD,
        )
        groups = partners(d)
        assert any(set(LISTED) <= group for group in groups), (cue, groups)


def test_the_bodies_told_before_a_list_of_the_other_parties_are_parties() -> None:
    for before in (
        "Kommunens part är Socialförvaltningen, som samordnar arbetet.",
        "Socialförvaltningen leder arbetet.",
    ):
        d = draft(
            "Tibro kommun har startat Välkommen hit för nyanlända. "
            f"{before} Övriga parter är:\n- Arbetsförmedlingen\n- Röda Korset\n"
            "- Studieförbundet Vuxenskolan\n",
            HEAD,
        )
        groups = partners(d)
        whole = {"kommun/1472/socialforvaltningen", *LISTED}
        assert any(whole <= group for group in groups), (before, groups)


def test_the_coordinator_before_a_list_of_the_other_members_is_one_of_them() -> None:
    d = draft(
        "Nätverket Välkommen Hit bildades 2025. Nätverket samordnas av Röda Korset, som har "
        "ett kontor i Tibro. De andra medlemmarna är:\n- Arbetsförmedlingen\n"
        "- socialförvaltningen\n- Studieförbundet Vuxenskolan\n",
        HEAD,
    )
    groups = partners(d)
    whole = {"kommun/1472/socialforvaltningen", *LISTED}
    assert any(whole <= group for group in groups), groups
    assert not any(any("valkommen-hit" in m for m in group) for group in groups), groups


def test_the_leader_told_before_a_list_of_parties_is_one_of_them() -> None:
    for before in (
        "Välkommen hit startade i maj och leds av socialförvaltningen.",
        "Socialförvaltningen, som hör till kommunen, driver Välkommen hit.",
    ):
        d = draft(
            f"{before} Parterna i projektet är:\n- Arbetsförmedlingen\n- Röda Korset\n"
            "- Studieförbundet Vuxenskolan\n",
            HEAD,
        )
        groups = partners(d)
        whole = {"kommun/1472/socialforvaltningen", *LISTED}
        assert any(whole <= group for group in groups), (before, groups)
