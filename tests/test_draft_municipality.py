"""A page that never names its municipality (only its town, its bath or its school) is
drafted when the reviewer names it: ``samverkan draft DOC --municipality NAME|CODE``, or the
publisher the corpus index gives the page (``samverkan corpus add --publisher``). Without
either the drafter refuses the page, and says how to go on.

The page is our own, not from any page: "Sjövik" is no Swedish municipality.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clirun import run_cli
from samverkan.corpus import add_text
from samverkan.draft import draft_file, draft_text, index_municipality, municipality_code
from samverkan.draft.reconcile import Index
from samverkan.errors import SamverkanError

PAGE = (
    "Startsida > Bad > Simskola för vuxna\n\n"
    "Simskola för vuxna i Sjöviksbadet\n\n"
    "Publicerad: 12 mars 2026\n\n"
    "Varje tisdag kväll har Sjöviksbadet simskola för vuxna som är nya i Sverige. "
    "Simskolan är ett samarbete mellan Kultur- och fritidsförvaltningen och "
    "Simsällskapet Tärnan, som ordnar lektionerna med tre ledare.\n"
)


def test_a_page_without_its_municipality_is_refused_with_the_way_on() -> None:
    with pytest.raises(SamverkanError, match="--municipality"):
        draft_text(PAGE, "sim.txt", Index())


def test_the_municipality_given_is_the_publisher_and_the_owner_of_the_units() -> None:
    d = draft_text(PAGE, "sim.txt", Index(), municipality="0305")
    assert d.publisher == "kommun/0305"
    assert d.publisher_unsure  # no words of the page say so: the reviewer confirms it
    unit = d.actors["kommun/0305/kultur-och-fritidsforvaltningen"]
    assert unit.parent == "kommun/0305"
    members = [set(r.members) for r in d.relations if r.kind == "collaboration"]
    assert {"kommun/0305/kultur-och-fritidsforvaltningen", "org/simsallskapet-tarnan"} in members


def test_a_municipality_the_text_names_comes_before_the_one_given() -> None:
    d = draft_text(
        PAGE.replace("Sjöviksbadet simskola", "Sjöviksbadet i Lund simskola"),
        "s.txt",
        Index(),
        municipality="0305",
    )
    assert d.publisher == "kommun/1281"


def test_names_and_codes_of_municipalities() -> None:
    assert municipality_code("Håbo kommun") == municipality_code("håbo") == "0305"
    assert municipality_code("1281") == "1281"
    with pytest.raises(SamverkanError, match="Håbo kommun"):
        municipality_code("Hbo")  # the message proposes the closest names


def test_the_corpus_index_gives_the_municipality(tmp_path: Path) -> None:
    (tmp_path / "sim.txt").write_text(PAGE, encoding="utf-8")
    corpus = tmp_path / "corpus"
    entry = add_text(
        tmp_path / "sim.txt",
        corpus,
        url="https://example.org/sim",
        title="Simskola för vuxna",
        publisher="Håbo kommun",
        retrieved="2026-03-13",
    )
    source = corpus / entry.file
    assert index_municipality(source) == "0305"
    d = draft_file(source, Index(), tmp_path / "draft.ttl")
    assert d.publisher == "kommun/0305"
    assert "kommun/0305" in (tmp_path / "draft.ttl").read_text(encoding="utf-8")
    # a publisher that names no municipality gives none, and the page is refused as before
    (tmp_path / "sim2.txt").write_text(PAGE.replace("tisdag", "onsdag"), encoding="utf-8")
    other = add_text(
        tmp_path / "sim2.txt",
        corpus,
        url="https://example.org/sim2",
        title="Simskola",
        publisher="Simsällskapet Tärnan",
        retrieved="2026-03-13",
    )
    assert index_municipality(corpus / other.file) is None
    with pytest.raises(SamverkanError, match="no publisher found"):
        draft_file(corpus / other.file, Index(), tmp_path / "other.ttl")
    assert not (tmp_path / "other.ttl").exists()


def test_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "sim.txt"
    page.write_text(PAGE, encoding="utf-8")
    target = tmp_path / "sim.ttl"
    refused = run_cli("draft", str(page), "--file", str(target), "--out", str(tmp_path / "no"))
    assert refused.returncode == 1 and "--municipality" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not target.exists()
    wrong = run_cli("draft", str(page), "--municipality", "Hbo", "--file", str(target))
    assert wrong.returncode == 1 and "unknown municipality 'Hbo'" in wrong.stderr
    assert not target.exists()
    made = run_cli(
        "draft",
        str(page),
        "--municipality",
        "Håbo",
        "--file",
        str(target),
        "--out",
        str(tmp_path / "no"),
    )
    assert made.returncode == 0, made.stderr
    assert "dcterms:publisher <kommun/0305>" in target.read_text(encoding="utf-8")
    both = run_cli("draft", "--evaluate", "--municipality", "Håbo")
    assert both.returncode == 1 and "not --evaluate" in both.stderr


UNITS_ONLY = (
    "Startsida > Kultur > Läsfrämjande\n\n"
    "Läsombud i Sjövik\n\n"
    "Publicerad: 2 april 2026\n\n"
    "Tyresö bibliotek samarbetar med Föreningen Bokbussen om läsombud på äldreboenden. "
    "Länsstyrelsen i Stockholms län har beviljat 40 000 kronor till arbetet.\n"
)


def test_the_municipality_the_units_name_is_the_page_s_when_none_other_is() -> None:
    # "Tyresö bibliotek": no words name Tyresö as a place, but its library does; the county
    # board's "Stockholms län" names a county, not the municipality of Stockholm
    d = draft_text(UNITS_ONLY, "las.txt", Index())
    assert d.publisher == "kommun/0138" and d.publisher_unsure
    # a second municipality in the units' names leaves the page without one
    two = UNITS_ONLY.replace("Föreningen Bokbussen", "Nacka bibliotek")
    with pytest.raises(SamverkanError, match="no publisher found"):
        draft_text(two, "las.txt", Index())
