"""Round 65 of learning: the municipal board's office in the genitive, and who arranges.

"Kommunstyrelsens förvaltning" is the municipality's central administration, as
"kommunstyrelseförvaltningen" is; over the blind rounds it took part in 16 expected relations
the drafts missed (round 51's page alone in 10). And a sentence that says who arranges a
piece of work or who its partners are, with the list after the verb ("Veckan ordnas av A, B
och C", "Arrangörer är ...", "Samarbetspartner är ...", "Med i arbetet är ..."), names its
parties, as "drivs av" and "Parter är" do. The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = "Tibro kommun › Integration › Nyheter\n\nPublicerad 12 maj 2026\n\n"


def test_the_boards_office_in_the_genitive_is_the_central_administration() -> None:
    d = draft(
        "Familjeveckan är ett samarbete för nyanlända familjer. Arbetet samordnas av "
        "Kommunstyrelsens förvaltning tillsammans med Röda Korset.",
        HEAD,
    )
    office = d.actors.get("kommun/1472/kommunstyrelsens-forvaltning")
    assert office is not None and office.cls == "sam:CentralAdministration", sorted(d.actors)
    assert {"kommun/1472/kommunstyrelsens-forvaltning", "org/roda-korset"} in partners(d)


def test_who_arranges_the_work_or_partners_in_it_are_its_parties() -> None:
    intro = "Familjeveckan är en vecka för nyanlända familjer. "
    members = {
        "kommun/1472/socialforvaltningen",
        "org/roda-korset",
        "org/studieforbundet-vuxenskolan",
    }
    for cue in ("Veckan ordnas av", "Arrangörer är", "Samarbetspartner är", "Med i arbetet är"):
        d = draft(
            f"{intro}{cue} socialförvaltningen, Röda Korset och Studieförbundet Vuxenskolan.",
            HEAD,
        )
        assert members in partners(d), (cue, partners(d))
