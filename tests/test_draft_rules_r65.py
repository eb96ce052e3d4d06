"""Round 65 of learning: the municipal board's office named in the genitive.

"Kommunstyrelsens förvaltning" is the municipality's central administration, as
"kommunstyrelseförvaltningen" is; over the blind rounds it took part in 16 expected relations
the drafts missed (round 51's page alone in 10). The sentence is our own, not from any page.
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
