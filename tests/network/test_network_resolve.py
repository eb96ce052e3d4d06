"""Filters by what people write: names, labels and codes, on the real build and the CLI."""

from __future__ import annotations

import pytest

from samverkan.cli import main
from samverkan.errors import SamverkanError
from samverkan.network import collaboration
from samverkan.network.resolve import fold, resolve_municipality, resolve_sector


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1281", "1281"),
        ("Lund", "1281"),
        ("Lunds kommun", "1281"),
        ("lunds KOMMUN", "1281"),
        ("Lund Municipality", "1281"),
        ("0125", "0125"),
        ("Ekerö", "0125"),
        ("ekero", "0125"),
        ("Burlöv", "1231"),
        ("Söderhamns kommun", "2182"),
        ("Staffans", "1230"),  # the start of one name only
        ("Håbo", "0305"),  # the accents the user typed tell Håbo (0305) from Habo (0643)
        ("Habo", "0643"),
    ],
)
def test_resolve_municipality(built, text, code):
    assert resolve_municipality(built, text) == code


def test_ambiguous_municipality_lists_the_candidates(built):
    with pytest.raises(SamverkanError) as err:
        resolve_municipality(built, "Upplands")
    message = str(err.value)
    assert "ambiguous" in message
    assert "0114 Upplands Väsby kommun" in message and "0139 Upplands-Bro kommun" in message


def test_unknown_municipality_lists_close_ones(built):
    with pytest.raises(SamverkanError, match=r"unknown municipality 'Lundd'.*1281 Lunds kommun"):
        resolve_municipality(built, "Lundd")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("civilsamhälle", "civilsamhalle"),
        ("Civilsamhälle", "civilsamhalle"),
        ("civil society", "civilsamhalle"),
        ("civilsamhalle", "civilsamhalle"),
        ("kommunalt bolag", "kommunalt-bolag"),
        ("Municipal company", "kommunalt-bolag"),
        ("statlig", "statlig"),
        ("EU", "eu"),
    ],
)
def test_resolve_sector(built, text, key):
    assert resolve_sector(built, text) == key


def test_ambiguous_and_unknown_sector(built):
    with pytest.raises(SamverkanError, match="ambiguous: it could be kommunal or kommunalt-bolag"):
        resolve_sector(built, "kommun")
    with pytest.raises(SamverkanError, match="unknown sector 'adel'; choose from: civilsamhalle"):
        resolve_sector(built, "adel")


def test_fold_is_what_the_matching_ignores():
    assert fold("Civilsamhälle") == fold("civilsamhalle") == "civilsamhalle"
    assert fold("Upplands-Bro") == "upplands bro"


def test_cli_filters_by_name_equal_filters_by_code(build_dir, built, capsys):
    """`--municipality Lund` and `--sector "civil society"` select what the codes select."""
    expected = collaboration(built, municipality="1281")
    for name in ("Lund", "Lunds kommun", "1281"):
        assert main(["network", "metrics", "--out", str(build_dir), "--municipality", name,
                     "--format", "csv"]) == 0
        lines = capsys.readouterr().out.splitlines()[1:]
        assert {line.split(",")[0] for line in lines} == set(expected), name
    civil = collaboration(built, sector="civilsamhalle")
    for name in ("civilsamhälle", "civil society", "civilsamhalle"):
        assert main(["network", "metrics", "--out", str(build_dir), "--sector", name,
                     "--format", "csv"]) == 0
        lines = capsys.readouterr().out.splitlines()[1:]
        assert {line.split(",")[0] for line in lines} == set(civil), name


def test_cli_ambiguity_is_one_line(build_dir, capsys):
    argv = ["network", "metrics", "--out", str(build_dir), "--municipality", "Upplands"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert captured.out == "" and len(lines) == 1
    assert lines[0].startswith("samverkan: error: municipality 'Upplands' is ambiguous")
