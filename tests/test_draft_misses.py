"""``samverkan draft --evaluate --misses``: what a draft missed and drafted wrongly, each
relation with its reason, adding up to the scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.cli import main
from samverkan.draft.evaluate import evaluate_pages, format_misses
from samverkan.draft.score import Facts, Miss, differences, facts, score
from testpaths import FIXTURES

LUND, MALMO = "kommun/1281", "kommun/1280"
SOC = "kommun/1281/socialforvaltningen"
KULTUR = "kommun/1281/kulturforvaltningen"
BOARD = "lansstyrelse/12"
ASSOC = "org/foreningen-bron"
PERSON = "person/eva-berg"
POST = "kommun/1281/tjanst/samordnare"


def _gold() -> Facts:
    return Facts(
        {
            LUND: {"Lunds kommun"},
            MALMO: {"Malmö stad"},
            SOC: {"socialförvaltningen"},
            KULTUR: {"kulturförvaltningen"},
            BOARD: {"Länsstyrelsen Skåne"},
            ASSOC: {"Föreningen Bron"},
            PERSON: {"Eva Berg"},
            POST: {"samordnare"},
        },
        {
            ("partner", LUND, ASSOC),  # drafted as funding: another kind
            ("partner", MALMO, BOARD),  # both drafted, no relation
            ("funding", BOARD, LUND),  # right
            ("unit", SOC, LUND),  # drafted under the culture department: another parent
            ("unit", POST, LUND),  # right
            ("holder", POST, PERSON),  # the person is not drafted
        },
    )


def _draft() -> Facts:
    return Facts(
        {
            LUND: set(),
            MALMO: set(),
            "org/sok": {"Socialförvaltningen"},  # matched to SOC by its label
            KULTUR: set(),
            BOARD: set(),
            ASSOC: set(),
            POST: set(),
            "org/bron-2": {"Föreningen Bron"},  # a second draft of the same association
            "org/ny": {"Nya föreningen"},  # not expected
        },
        {
            ("funding", LUND, ASSOC),  # expected as a partner pair
            ("funding", BOARD, LUND),  # right
            ("unit", "org/sok", KULTUR),  # expected under Lund
            ("unit", POST, LUND),  # right
            ("partner", MALMO, "org/ny"),  # an end not expected
            ("partner", KULTUR, MALMO),  # both expected, no such pair
            ("funding", BOARD, "org/bron-2"),  # both expected, no such funding
        },
    )


def test_each_relation_gets_the_reason_a_reader_sees_in_it() -> None:
    d = differences(_draft(), _gold())
    assert d.missed == [
        Miss("holder", POST, PERSON, "an end not drafted"),
        Miss("partner", MALMO, BOARD, "both ends drafted, no relation"),
        Miss("partner", LUND, ASSOC, "drafted as another kind"),
        Miss("unit", SOC, LUND, "drafted under another parent"),
    ]
    assert sorted(d.wrong) == sorted(
        [
            Miss("funding", BOARD, "org/bron-2", "both ends expected, no such relation"),
            Miss("funding", LUND, ASSOC, "expected as another kind"),
            Miss("partner", KULTUR, MALMO, "both ends expected, no such relation"),
            Miss("partner", MALMO, "org/ny", "an end not expected"),
            Miss("unit", "org/sok", KULTUR, "expected under another parent"),
        ]
    )
    assert d.missed_actors == [PERSON]
    # the association drafted twice counts once right and once wrong, as the score counts it
    assert d.wrong_actors == ["org/bron-2", "org/ny"]
    assert d.label(PERSON) == "Eva Berg (person/eva-berg)"


def test_the_lists_add_up_to_the_scores_on_blind_pages() -> None:
    """On every page of two blind rounds, missed = expected - right and wrong = drafted -
    right, for actors and relations: the lists explain the figures, no more, no less."""
    rows = [
        *evaluate_pages(FIXTURES / "pages-round33", model=False),
        *evaluate_pages(FIXTURES / "pages-round34", model=False),
    ]
    assert len(rows) == 10
    for row in rows:
        d = row.differences
        assert d is not None
        assert len(d.missed_actors) == row.actors.expected - row.actors.true_positives
        assert len(d.wrong_actors) == row.actors.predicted - row.actors.true_positives
        assert len(d.missed) == row.relations.expected - row.relations.true_positives
        assert len(d.wrong) == row.relations.predicted - row.relations.true_positives
        assert {m.kind for m in d.missed + d.wrong} <= {"partner", "funding", "unit", "holder"}
    table = format_misses(rows).split("\n\n")[0]
    cells = [line.split(" | ") for line in table.splitlines()[2:]]
    missed = sum(int(c[-1].rstrip(" |")) for c in cells if c[0] == "| missed")
    assert missed == sum(r.relations.expected - r.relations.true_positives for r in rows)


def test_the_scores_are_unchanged_by_the_lists() -> None:
    actors, relations = score(_draft(), _gold())
    assert (actors.true_positives, actors.predicted, actors.expected) == (7, 9, 8)
    assert (relations.true_positives, relations.predicted, relations.expected) == (2, 7, 6)


def test_the_command_prints_the_table_and_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for source in sorted((FIXTURES / "pages-round34").glob("29[12]_*")):
        (pages / source.name).write_bytes(source.read_bytes())
    assert main(["draft", "--evaluate", "--pages", str(pages), "--no-model", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "| relations | reason | partner | funding | unit | holder | all |" in out
    assert out.count("\n### 29") == 2
    assert "- relations missed (" in out and ": an end not drafted" in out
    assert main(["draft", "--misses"]) == 1
    assert "--misses goes with --evaluate" in capsys.readouterr().err


def test_an_agency_office_is_an_actor_with_its_agency() -> None:
    """A local office of a state agency (``sam:AgencyUnit``) is an actor like a municipal
    unit: a draft that names only the agency misses the office, its tie to the agency and
    the office's partner pairs, and its pair with the agency (an actor the page holds, as
    the office's parent) is no relation the page states."""
    from rdflib import Graph

    ttl = """@base <https://w3id.org/samverkan/id/> .
@prefix sam: <https://w3id.org/samverkan/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<org/arbetsformedlingen> a sam:StateAgency ; rdfs:label "Arbetsförmedlingen"@sv .
<org/arbetsformedlingen/kumla> a sam:AgencyUnit ; rdfs:label "Arbetsförmedlingen i Kumla"@sv ;
    org:unitOf <org/arbetsformedlingen> .
<initiativ/x> a sam:Collaboration .
<medlemskap/x/1> a org:Membership ; org:member <org/arbetsformedlingen/kumla> ;
    org:organization <initiativ/x> .
<medlemskap/x/2> a org:Membership ; org:member <kommun/1881> ; org:organization <initiativ/x> .
"""
    gold = facts(Graph().parse(data=ttl, format="turtle"))
    office = "org/arbetsformedlingen/kumla"
    assert office in gold.actors
    assert ("unit", office, "org/arbetsformedlingen") in gold.relations
    assert ("partner", "kommun/1881", office) in gold.relations
    draft = Facts(
        {"org/arbetsformedlingen": set(), "kommun/1881": set()},
        {("partner", "kommun/1881", "org/arbetsformedlingen")},
    )
    d = differences(draft, gold)
    assert d.missed_actors == [office]
    assert d.wrong == [
        Miss(
            "partner",
            "kommun/1881",
            "org/arbetsformedlingen",
            "both ends expected, no such relation",
        )
    ]
