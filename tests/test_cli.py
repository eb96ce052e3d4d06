"""The command line's one contract, checked across every sub-command.

Every mistake of the same kind ends the same way, without a traceback:

- a usage error (an unknown option or choice, a value of the wrong type) is refused by
  argparse before anything runs: exit status 2 and one line ``samverkan: error: ...``;
- an error in the data or the environment (an unknown query, a missing build, a path that
  cannot be written, bytes that are not UTF-8): exit status 1 and one line naming the thing;
- output piped into a reader that stops (``samverkan query list | head -1``): exit status
  141 and nothing on standard error.

The table runs in-process through :func:`samverkan.cli.main` on a small build of our own
(the ``mini_build_dir`` fixture); only the closed pipe needs a real process.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.cli import build_parser, main
from samverkan.server import free_port
from testpaths import MINI_CORPUS, MINI_GRAPH, ROOT

QUERY = "SELECT ?m WHERE { ?m a sam:Municipality }"
URL = "http://127.0.0.1:9/store"  # never contacted: every row fails before any request

# Sub-commands that take --timeout. A bad value is refused before the build is looked for.
TIMED = {
    "query run": ["query", "run", "funding", "--out", "{tmp}/nowhere"],
    "sparql": ["sparql", QUERY, "--out", "{tmp}/nowhere"],
    "serve": ["serve", "--out", "{tmp}/nowhere", "--port", "{port}"],
    "push": ["push", "--endpoint", URL, "--out", "{tmp}/nowhere"],
}
BAD_TIMEOUTS = ["nan", "inf", "-inf", "1e309", "0", "-1", "soon", ""]
NETWORK = ["metrics", "summary", "export"]

# fmt: off
# (id, argv, exit status, a fragment of the one line on standard error)
ROWS: list[tuple[str, list[str], int, str]] = [
    # usage errors: argparse, exit 2
    ("no command", [], 2, "the following arguments are required: COMMAND"),
    ("unknown command", ["frobnicate"], 2, "invalid choice: 'frobnicate'"),
    ("no network action", ["network"], 2, "the following arguments are required: ACTION"),
    ("unknown option", ["query", "list", "--bogus"], 2, "unrecognized arguments: --bogus"),
    ("old --timeout-s", ["serve", "--timeout-s", "5"], 2, "unrecognized arguments: --timeout-s"),
    *[
        (f"bad format: {' '.join(argv[:2])}", argv, 2, message)
        for argv, message in [
            (["query", "run", "funding", "--format", "xml"], "unknown format 'xml'"),
            (["sparql", QUERY, "--format", "xml"], "unknown format 'xml'"),
            (["network", "metrics", "--format", "md"], "unknown format 'md'"),
            (["network", "export", "--format", "pajek"], "unknown export format 'pajek'"),
        ]
    ],
    *[
        (f"bad year {value!r}: network {action}", ["network", action, "--year", value], 2, msg)
        for action in NETWORK
        for value in ("nineteen", "20.5", "18")
        for msg in [f"argument --year: must be a year such as 2018, not {value!r}"]
    ],
    *[
        (f"bad projection: network {action}", ["network", action, "--projection", "friends"], 2,
         "argument --projection: unknown projection 'friends'; choose one of: collaboration")
        for action in NETWORK
    ],
    *[
        (f"bad group: network {action}", ["network", action, "--group", "county"], 2,
         "argument --group: unknown group 'county'; choose one of: sector, municipality")
        for action in ("metrics", "summary")
    ],
    ("--top 0", ["network", "summary", "--top", "0"], 2, "argument --top: must be a whole"),
    ("--repeat 0", ["bench", "--repeat", "0"], 2, "argument --repeat: must be a whole"),
    ("--repeat x", ["bench", "--repeat", "x"], 2, "argument --repeat: must be a whole"),
    ("--port x", ["serve", "--port", "x"], 2, "argument --port: invalid int value: 'x'"),
    *[
        (f"timeout {value!r}: {name}", [*argv, f"--timeout={value}"], 2,
         f"argument --timeout: must be a positive number of seconds such as 30, not {value!r}")
        for name, argv in TIMED.items()
        for value in BAD_TIMEOUTS
    ],
    # errors in the data or the environment: exit 1
    ("unknown query", ["query", "run", "fundng", "--out", "{out}"], 1, "unknown query 'fundng'"),
    ("query name too long", ["query", "run", "x" * 300, "--out", "{out}"], 1,
     "unknown query '" + "x" * 50),
    *[
        (f"missing build: {' '.join(argv[:2])}", [*argv, "--out", "{tmp}/nowhere"], 1,
         "{tmp}/nowhere")
        for argv in [
            ["query", "run", "funding"],
            ["sparql", QUERY],
            ["network", "metrics"],
            ["network", "summary"],
            ["network", "export", "--format", "gexf"],
            ["views"],
            ["push", "--endpoint", URL],
            ["serve", "--port", "{port}"],
        ]
    ],
    *[
        (f"unwritable --save: {argv[0]}", [*argv, "--out", "{out}", "--save", "/proc/nope"], 1,
         "/proc/nope: cannot create the directory")
        for argv in (["query", "run", "funding"], ["sparql", QUERY])
    ],
    ("--save to an existing file",
     ["query", "run", "funding", "--out", "{out}", "--save", "{tmp}/a-file"], 1,
     "{tmp}/a-file: cannot write here: not a directory"),
    *[
        (f"unwritable --file {fmt}",
         ["network", "export", "--format", fmt, "--out", "{out}", "--file", f"/proc/x/y.{fmt}"], 1,
         "/proc/x: cannot create the directory")
        for fmt in ("gexf", "graphml", "csv", "json")
    ],
    ("--file is a directory",
     ["network", "export", "--format", "gexf", "--out", "{out}", "--file", "{tmp}/a-dir"], 1,
     "{tmp}/a-dir: cannot write: Is a directory"),
    ("unwritable build --out",
     ["build", "--graph", str(MINI_GRAPH), "--corpus", str(MINI_CORPUS), "--out", "/proc/nope",
      "--no-views"], 1, "/proc/nope: cannot write"),
    ("unwritable views", ["views", "--out", "{tmp}/views-blocked"], 1,
     "{tmp}/views-blocked/views: cannot write the views"),
    *[
        (f"parameter name with a space: {argv[0]}", [*argv, "--out", "{out}", "--param", "a b=1"],
         1, "--param 'a b=1': 'a b' is not a parameter name")
        for argv in (["query", "run", "funding"], ["sparql", QUERY])
    ],
    ("parameter without a value", ["sparql", QUERY, "--out", "{out}", "--param", "year"], 1,
     "--param 'year': expected KEY=VALUE"),
    ("non-UTF-8 on stdin", ["sparql", "-", "--out", "{out}"], 1,
     "<stdin>: not UTF-8: byte 0xff at offset 7"),
    ("empty query on stdin", ["sparql", "-", "--out", "{out}"], 1, "empty query"),
]
# fmt: on

STDIN = {"non-UTF-8 on stdin": b"SELECT \xff WHERE {}", "empty query on stdin": b"  \n"}


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


@pytest.mark.parametrize(("name", "argv", "status", "message"), ROWS, ids=[r[0] for r in ROWS])
def test_bad_input_is_one_line(
    name: str,
    argv: list[str],
    status: int,
    message: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "a-file").write_text("not a directory\n", encoding="utf-8")
    (tmp_path / "a-dir").mkdir()
    values = {"tmp": str(tmp_path), "port": str(free_port())}
    built: Path | None = None
    if any("{out}" in arg or "views-blocked" in arg for arg in argv):  # usage rows need none
        built = request.getfixturevalue("mini_build_dir")
        values["out"] = str(built)
        blocked = tmp_path / "views-blocked"  # a build whose views/ cannot be made: a file
        blocked.mkdir()
        (blocked / "samverkan.trig").write_bytes((built / "samverkan.trig").read_bytes())
        (blocked / "views").write_text("in the way\n", encoding="utf-8")
        trig_before = (built / "samverkan.trig").read_bytes()
    if name in STDIN:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STDIN[name])))

    assert main([_fill(arg, values) for arg in argv]) == status
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("samverkan: error: ")
    assert _fill(message, values) in lines[0]
    assert captured.out == ""
    if status == 2:
        assert lines[0].endswith("--help`)")  # says where the usage is explained
    if built is not None:  # the build read is left as it was
        assert (built / "samverkan.trig").read_bytes() == trig_before
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "not a directory\n"
    assert list((tmp_path / "a-dir").iterdir()) == []


# --------------------------------------------------------------------------- a closed pipe


def test_a_closed_pipe_ends_quietly() -> None:
    """``samverkan query list | head -1``: the reader is gone before anything is written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "samverkan.cli", "query", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `head` does once it has its line
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) == 141, stderr
    assert stderr == ""


def test_head_gets_its_line_and_nothing_is_reported() -> None:
    """The same through a real shell pipe into ``head -1`` (whichever side finishes first)."""
    result = subprocess.run(
        f"'{sys.executable}' -m samverkan.cli query list | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.split()[0] == "active-in-year"
    assert result.stderr == ""


def test_a_closed_pipe_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["query", "list"]) == 141
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------- options


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser that runs a command, with the words that reach it."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _leaves(sub, (*path, name))
    if parser.get_default("handler") is not None:
        found.append((path, parser))
    return found


LEAVES = _leaves(build_parser())


def test_the_walk_finds_every_command() -> None:
    names = {" ".join(path) for path, _ in LEAVES}
    assert names == {
        "build", "query list", "query run", "sparql", "serve", "push",
        "network metrics", "network summary", "network export", "views", "bench",
        "export bundle", "synth", "draft", "entities search", "corpus add", "corpus list", "check",
        "doctor",
    }  # fmt: skip


def test_every_option_and_command_has_help() -> None:
    def walk(parser: argparse.ArgumentParser, path: str) -> list[str]:
        missing = []
        for action in parser._actions:
            if not (action.help or "").strip():
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
            if isinstance(action, argparse._SubParsersAction):
                helped = {choice.dest for choice in action._choices_actions if choice.help}
                missing += [f"{path} {name}" for name in action.choices if name not in helped]
                for name, sub in action.choices.items():
                    missing += walk(sub, f"{path} {name}")
        return missing

    assert walk(build_parser(), "samverkan") == []


# synth and corpus write a corpus, not a build: they take --corpus (and --graph) instead.
BUILD_LEAVES = [p for p, _ in LEAVES if p[0] not in ("synth", "corpus")]


@pytest.mark.parametrize("path", BUILD_LEAVES, ids=[" ".join(p) for p in BUILD_LEAVES])
def test_every_command_takes_out(path: tuple[str, ...], tmp_path: Path) -> None:
    parser = dict(LEAVES)[path]
    extra = {
        "push": ["--endpoint", URL],
        "network export": ["--format", "csv"],
        "query run": ["funding"],
        "sparql": [QUERY],
        "export bundle": [str(tmp_path / "bundle")],
        "entities search": ["Lund"],
        "check": [str(tmp_path / "doc.ttl")],
        "draft": [str(tmp_path / "doc.txt")],
    }
    args = parser.parse_args(["--out", str(tmp_path), *extra.get(" ".join(path), [])])
    assert Path(args.out) == tmp_path


@pytest.mark.parametrize("name", TIMED)
def test_timeout_takes_a_positive_number(name: str) -> None:
    argv = [_fill(a, {"tmp": "out", "port": "1"}) for a in TIMED[name]]
    assert build_parser().parse_args([*argv, "--timeout", "0.5"]).timeout == 0.5
    assert build_parser().parse_args([*argv, "--timeout", "2"]).timeout == 2.0


def test_query_list_accepts_out_and_ignores_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "list"]) == 0
    plain = capsys.readouterr().out
    assert main(["query", "list", "--out", str(tmp_path / "nowhere")]) == 0
    assert capsys.readouterr().out == plain and plain.startswith("active-in-year")


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "Exit status: 0 done, 1 error" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("samverkan ")


# --------------------------------------------------------------------------- existing files


def test_save_replaces_an_earlier_result_whole(
    mini_build_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "results"
    saved.mkdir()
    (saved / "funding.csv").write_text("an earlier, longer result\n" * 100, encoding="utf-8")
    argv = ["query", "run", "funding", "--out", str(mini_build_dir), "--format", "csv"]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert main([*argv, "--save", str(saved)]) == 0
    assert capsys.readouterr().out == f"1 row written to {saved / 'funding.csv'}\n"
    assert (saved / "funding.csv").read_text(encoding="utf-8") == printed
    assert sorted(p.name for p in saved.iterdir()) == ["funding.csv"]  # no staging left


def test_export_replaces_an_earlier_file_whole(mini_build_dir: Path, tmp_path: Path) -> None:
    import networkx as nx

    target = tmp_path / "funding.graphml"
    target.write_text("stale", encoding="utf-8")
    argv = ["network", "export", "--out", str(mini_build_dir), "--format", "graphml",
            "--projection", "funding", "--file", str(target)]  # fmt: skip
    assert main(argv) == 0
    assert set(nx.read_graphml(target).edges) == {("lansstyrelse/12", "initiativ/testnatverket")}
    assert [p.name for p in tmp_path.iterdir()] == ["funding.graphml"]


def test_stdin_query_is_read_as_utf8(
    mini_build_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "\ufeffSELECT ?name WHERE { ?m a sam:Municipality ; rdfs:label ?name "
    text += 'FILTER(?name = "Lunds kommun"@sv) }'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert main(["sparql", "-", "--out", str(mini_build_dir), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["name", "Lunds kommun"]


def test_no_traceback_from_the_real_command(mini_build_dir: Path) -> None:
    """One row through a real process: the console script prints what main() does."""
    result = subprocess.run(
        [sys.executable, "-m", "samverkan.cli", "query", "run", "funding", "--timeout", "nan",
         "--out", str(mini_build_dir)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "samverkan: error: argument --timeout: must be a positive number of seconds such as "
        "30, not 'nan' (see `samverkan query run --help`)\n"
    )


def test_the_program_ends_at_once_with_everything_written(tmp_path: Path, capsys) -> None:
    """The ``samverkan`` program (``entry``) ends without freeing its objects one by one,
    after flushing: its output to a file (fully buffered) is all of main()'s, and its
    status main()'s."""
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert scripts["samverkan"] == "samverkan.cli:entry"
    assert main(["query", "list"]) == 0
    expected = capsys.readouterr().out
    assert expected.count("\n") > 10
    for argv, status in ((["query", "list"], 0), (["query", "run", "no-such-query"], 1)):
        target = tmp_path / "stdout.txt"
        with target.open("wb") as stdout:
            result = subprocess.run(
                [sys.executable, "-c", "from samverkan.cli import entry; entry()", *argv],
                stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
            )  # fmt: skip
        assert result.returncode == status, result.stderr
        if status == 0:
            assert target.read_text(encoding="utf-8") == expected
        else:
            assert result.stderr.startswith("samverkan: ") and "Traceback" not in result.stderr
