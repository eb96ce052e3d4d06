"""``samverkan network``: the commands on a build of the example, and their bad input.

Bad input exits with status 1 and one line on standard error, never a traceback, never a
silent empty file.
"""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest

from samverkan.cli import main


def test_metrics_table(example_build, capsys):
    assert main(["network", "metrics", "--out", str(example_build)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2].startswith("kommun/1281/tjanst/inkluderingskoordinator")
    assert "betweenness" in out.splitlines()[0]


def test_metrics_json_and_csv(example_build, capsys):
    args = ["network", "metrics", "--out", str(example_build), "--year", "2018"]
    assert main([*args, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["node"] for r in rows} >= {"kommun/1281/tjanst/inkluderingskoordinator"}
    assert main([*args, "--format", "csv", "--group", "municipality"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("node,label,type,sector,municipality,degree")
    assert len(lines) == 1 + len(rows)


def test_summary(example_build, capsys):
    assert main(["network", "summary", "--out", str(example_build), "--top", "1"]) == 0
    assert "1. inkluderingskoordinator" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_export(example_build, tmp_path, capsys, fmt):
    target = tmp_path / f"funding.{fmt}"
    argv = ["network", "export", "--out", str(example_build), "--format", fmt,
            "--projection", "funding", "--file", str(target)]  # fmt: skip
    assert main(argv) == 0
    written = capsys.readouterr().out
    if fmt == "graphml":
        assert set(nx.read_graphml(target).edges) == {
            ("lansstyrelse/12", "kommun/1281"),
            ("kommun/1281/socialforvaltningen", "kommun/1281/tjanst/inkluderingskoordinator"),
            ("org/europeiska-socialfonden", "kommun/1231"),
            ("org/europeiska-socialfonden", "kommun/1262"),
            ("org/europeiska-socialfonden", "initiativ/lis"),
        }
    if fmt == "csv":
        assert "funding.nodes.csv" in written and "funding.edges.csv" in written
    else:
        assert target.stat().st_size > 0


def test_export_default_path(example_build, capsys):
    argv = ["network", "export", "--out", str(example_build), "--format", "gexf"]
    assert main(argv) == 0
    assert (example_build / "network" / "collaboration.gexf").is_file()


BAD = [  # (arguments, exit status: 2 for a usage error argparse refuses, 1 for the data, message)
    (["metrics", "--projection", "friends"], 2, "unknown projection 'friends'"),
    (["metrics", "--format", "xml"], 2, "unknown format 'xml'"),
    (["metrics", "--year", "2010"], 1, "no collaboration facts are dated to the year 2010"),
    (["metrics", "--year", "nineteen"], 2, "argument --year: must be a year"),
    (["metrics", "--group", "county"], 2, "unknown group 'county'"),
    (["metrics", "--municipality", "0125"], 1, "projection is empty"),
    (["metrics", "--sector", "adel"], 1, "unknown sector 'adel'"),
    (["metrics", "--document", "nope"], 1, "no document 'nope'"),
    (["summary", "--top", "0"], 2, "argument --top: must be a whole number of at least 1"),
    (["export", "--format", "pajek"], 2, "unknown export format 'pajek'"),
    (["export", "--format", "gexf", "--projection", "funding", "--year", "2010"], 1, "no funding"),
]


@pytest.mark.parametrize(("args", "status", "message"), BAD, ids=[" ".join(a) for a, *_ in BAD])
def test_bad_input(example_build, tmp_path, capsys, args, status, message):
    target = tmp_path / "x.gexf"
    extra = ["--file", str(target)] if args[0] == "export" else []
    assert main(["network", *args, "--out", str(example_build), *extra]) == status
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("samverkan: error: ")
    assert message in lines[0]
    assert not target.exists()


def test_no_build(tmp_path, capsys):
    assert main(["network", "metrics", "--out", str(tmp_path / "nowhere")]) == 1
    assert "run `samverkan build`" in capsys.readouterr().err


def test_subprocess_no_traceback(example_build):
    """The real command line: exit status 2 for a usage error, one message, no traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "samverkan.cli", "network", "metrics", "--out",
         str(example_build), "--projection", "nope"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr == (
        "samverkan: error: argument --projection: unknown projection 'nope'; choose one of: "
        "collaboration, actor-initiative, co-participation, funding, hierarchy "
        "(see `samverkan network metrics --help`)\n"
    )
