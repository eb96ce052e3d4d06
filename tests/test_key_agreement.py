"""The keys of the blind rounds are reproducible: a second curator's annotation of rounds 96
and 97 (``tests/fixtures/agreement``, made without sight of the first) agrees with the first
as the README of that folder says, scored with the drafter's own scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.draft.score import Score, facts, score
from samverkan.load import load_reference, parse_turtle

FIXTURES = Path(__file__).parent / "fixtures"
AGREEMENT = FIXTURES / "agreement"
# round -> (actors right, second, first), (relations right, second, first), as the README says
TABLE = {96: ((66, 66, 66), (81, 82, 81)), 97: ((77, 78, 78), (113, 118, 115))}


def _agreement(round_: int) -> tuple[Score, Score]:
    reference = load_reference()
    actors, relations = Score(0, 0, 0), Score(0, 0, 0)
    second = sorted((AGREEMENT / f"round{round_}").glob("*.expected.ttl"))
    assert len(second) == 5
    for path in second:
        first = FIXTURES / f"pages-round{round_}" / path.name
        a, r = score(facts(parse_turtle(path), reference), facts(parse_turtle(first), reference))
        actors, relations = actors + a, relations + r
    return actors, relations


@pytest.mark.parametrize("round_", sorted(TABLE))
def test_second_annotation_agrees_with_the_first_as_the_readme_says(round_: int) -> None:
    actors, relations = _agreement(round_)
    got = (
        (actors.true_positives, actors.predicted, actors.expected),
        (relations.true_positives, relations.predicted, relations.expected),
    )
    assert got == TABLE[round_]
    assert relations.recall >= 0.95 and relations.precision >= 0.95


def test_the_folder_readme_gives_the_same_totals() -> None:
    text = (AGREEMENT / "README.md").read_text(encoding="utf-8")
    actors = [sum(t[0][i] for t in TABLE.values()) for i in range(3)]
    relations = [sum(t[1][i] for t in TABLE.values()) for i in range(3)]
    assert "| both | {}/{}/{} ".format(*actors) in text
    assert "| {}/{}/{} (precision".format(*relations) in text
