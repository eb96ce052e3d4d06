"""``samverkan entities search``: the IRIs a new document should reuse, found by name.

Run on the build of the small document of our own (tests/fixtures/mini), which holds the
reference data, the registry and a network of Lund and Lomma.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli
from samverkan.entities import search
from samverkan.store import open_store


@pytest.fixture(scope="module")
def store(mini_full_build_dir: Path):
    return open_store(mini_full_build_dir)


@pytest.mark.parametrize(
    "text", ["Lunds kommun", "i Lund", "Lund", "Lundabor", "LUNDS", "lunds kommuns"]
)
def test_inflected_forms_of_a_municipality_find_it_first(store, text: str) -> None:
    first = search(store, text)[0]
    assert (first.short, first.label, first.score) == ("<kommun/1281>", "Lunds kommun", 2)
    assert first.types == ["sam:Municipality"]
    # defined by the reference data, used by the document
    assert first.sources == ["mini", "reference"]


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Ekeröbor", "<kommun/0125>"),  # accents folded, inhabitants
        ("i Göteborg", "<kommun/1480>"),  # official name "Göteborgs Stad"
        ("Västerås", "<kommun/1980>"),  # a name that ends in s: "Västerås stad"
        ("Lomma", "<kommun/1262>"),
    ],
)
def test_other_names(store, text: str, iri: str) -> None:
    assert search(store, text)[0].short == iri


def test_registry_actor_by_name_and_by_former_short_name(store) -> None:
    for text in ("Arbetsförmedlingen", "arbetsformedlingen"):
        (found,) = search(store, text)
        assert (found.short, found.types, found.sources) == (
            "<org/arbetsformedlingen>",
            ["sam:StateAgency"],
            ["registry"],
        )
    # SKL, SKR's name before 2019, is an alternative label in the registry
    assert search(store, "SKL")[0].short == "<org/skr>"


def test_partial_matches_come_after_exact_ones(store) -> None:
    found = search(store, "Testnät")
    assert [(e.short, e.score) for e in found] == [("<initiativ/testnatverket>", 1)]
    lund = search(store, "Lund", limit=50)
    scores = [e.score for e in lund]
    assert scores == sorted(scores, reverse=True)
    assert "<initiativ/testnatverket>" not in {e.short for e in lund}


def test_cli_prints_iri_label_type_and_documents(mini_full_build_dir: Path) -> None:
    result = run_cli(
        "entities", "search", "i Lund", "--out", str(mini_full_build_dir), "--limit", "1"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "<kommun/1281>  Lunds kommun  [sam:Municipality]  (exact)",
        "    in: mini, reference",
    ]
    result = run_cli(
        "entities", "search", "Lomma", "--out", str(mini_full_build_dir), "--format", "json"
    )
    rows = json.loads(result.stdout)
    assert rows[0]["iri"] == "https://w3id.org/samverkan/id/kommun/1262" and rows[0]["exact"]


def test_cli_without_a_build_says_so(tmp_path: Path) -> None:
    result = run_cli("entities", "search", "Lund", "--out", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("samverkan: error: ")
    assert "run `samverkan build`" in result.stderr
