"""``samverkan check FILE.ttl``: one file against the current build, every error at once.

The small document of our own (tests/fixtures/mini) is checked against its own build; each
test gets a copy of it wrong in known ways and reads the report the user would read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clirun import run_cli
from test_build import edit, line_of
from testpaths import MINI_CORPUS, MINI_GRAPH


@pytest.fixture
def ttl(tmp_path: Path) -> Path:
    shutil.copytree(MINI_GRAPH, tmp_path / "graph")
    return tmp_path / "graph" / "mini.ttl"


def _check(path: Path, build: Path, *extra: str):
    return run_cli("check", str(path), "--corpus", str(MINI_CORPUS), "--out", str(build), *extra)


def _reported(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if ": error: " in line]


def test_a_good_file_passes(ttl: Path, mini_full_build_dir: Path) -> None:
    result = _check(ttl, mini_full_build_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == f"{ttl}: 0 errors, 0 warnings, 3 quotes verified"


def test_every_error_at_once_each_with_its_line(ttl: Path, mini_full_build_dir: Path) -> None:
    # 1. an unknown term; 2. an undefined municipality; 3. a department with no municipality
    # (a SHACL violation); 4. a quote moved by three characters; 5. a quote that is not in
    # the text at all.
    edit(ttl, "sam:hostedBy", "sam:hostedByy")
    edit(ttl, "org:member <kommun/1262>", "org:member <kommun/1268>")
    edit(ttl, "    org:unitOf <kommun/1281> ;\n", "")
    edit(ttl, "oa:start 135 ; oa:end 182", "oa:start 138 ; oa:end 185")
    edit(ttl, '"Länsstyrelsen gav utvecklingsmedel', '"Länsstyrelsen gav projektmedel')
    result = _check(ttl, mini_full_build_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = _reported(result)
    expected = [
        (
            line_of(ttl, "sam:hostedByy"),
            "unknown term sam:hostedByy: not in the ontology; did you mean sam:hostedBy?",
        ),
        (
            line_of(ttl, "<kommun/1281/kultur-och-fritidsforvaltningen> a"),
            "SHACL: <kommun/1281/kultur-och-fritidsforvaltningen> http://www.w3.org/ns/org#unitOf: "
            "A department is a unit of exactly one municipality (org:unitOf).",
        ),
        (line_of(ttl, "<kommun/1268>"), "<kommun/1268> is not defined in any graph"),
        (
            line_of(ttl, '"leds av kultur'),
            "quote 'leds av kultur- och fritidsförvaltningen i Lund' is not at 138-185 of "
            "mini.txt; it is at 135-182 (--fix-offsets writes that)",
        ),
        (
            line_of(ttl, "gav projektmedel"),
            "quote 'Länsstyrelsen gav projektmedel till nätverket under 2019' is not at 184-244 "
            "of mini.txt; it does not occur in the text: copy the words exactly",
        ),
    ]
    assert len(errors) == len(expected), result.stdout
    for number, message in expected:
        assert any(e.startswith(f"{ttl}:{number}: error: {message}") for e in errors), (
            number,
            message,
            result.stdout,
        )
    assert result.stdout.splitlines()[-1].startswith(f"{ttl}: 5 errors,")


def test_fix_offsets_rewrites_only_the_numbers(ttl: Path, mini_full_build_dir: Path) -> None:
    original = ttl.read_text(encoding="utf-8")
    edit(ttl, "oa:start 135 ; oa:end 182", "oa:start 13 ; oa:end 18")
    edit(ttl, "oa:start 56 ; oa:end 123", "oa:start 0 ; oa:end 67")
    result = _check(ttl, mini_full_build_dir, "--fix-offsets")
    assert result.returncode == 0, result.stdout
    assert (
        "fixed offsets of 'leds av kultur- och fritidsförvaltningen i Lund': 13-18 -> 135-182"
        in (result.stdout)
    )
    assert ttl.read_text(encoding="utf-8") == original  # formatting kept, byte for byte


def test_fix_offsets_leaves_a_missing_quote_for_the_author(
    ttl: Path, mini_full_build_dir: Path
) -> None:
    edit(ttl, '"Länsstyrelsen gav utvecklingsmedel', '"Länsstyrelsen gav projektmedel')
    before = ttl.read_bytes()
    result = _check(ttl, mini_full_build_dir, "--fix-offsets")
    assert result.returncode == 1
    assert len(_reported(result)) == 1
    assert ttl.read_bytes() == before


def test_near_duplicate_name_is_a_warning(ttl: Path, mini_full_build_dir: Path) -> None:
    with ttl.open("a", encoding="utf-8") as handle:
        handle.write(
            "\n<initiativ/testnatverk> a sam:Network ;\n"
            '    rdfs:label "Testnätverket "@sv , "The test network"@en ;\n'
            "    sam:evidence <dokument/mini/belagg/medlemmar> .\n"
        )
    result = _check(ttl, mini_full_build_dir)
    assert result.returncode == 0, result.stdout
    line = line_of(ttl, "<initiativ/testnatverk> a")
    assert (
        f"{ttl}:{line}: warning: <initiativ/testnatverk> is named 'testnatverket' like "
        "<initiativ/testnatverket>: if they are the same thing, use that IRI"
    ) in result.stdout


def test_invalid_turtle_is_one_clear_error(ttl: Path, mini_full_build_dir: Path) -> None:
    edit(ttl, "org:unitOf <kommun/1281> ;", "org:unitOf <kommun/1281> ;;; [[")
    result = _check(ttl, mini_full_build_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"samverkan: error: {ttl}:")
    assert "invalid Turtle" in result.stderr
