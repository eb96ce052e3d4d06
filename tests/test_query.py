"""The query library on the embedded store: answers, parameters, bad input, expected results.

Most tests run on ``tests/data/mini.trig``, a small hand-made dataset (three of the corpus
documents in part, with real quotes and offsets, and the reasoner's closure; see
``tests/data/make_mini.py``), whose answers were checked by hand against the documents. The
expected-results tests run every library query on the real build (the ``built`` fixture)
and compare with ``tests/expected/NAME.csv``; after an intended change of the graph,
regenerate them with ``python tests/regenerate_expected.py`` and read the diff.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from samverkan.cli import main
from samverkan.errors import SamverkanError
from samverkan.namespaces import ONTOLOGY_GRAPH
from samverkan.query import (
    _bindings,
    _inject_values,
    _rows_from_result,
    canonical_csv,
    format_results,
    list_queries,
    load_query,
    run_query,
)
from samverkan.validate import run_violations

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXPECTED = Path(__file__).resolve().parent / "expected"
ID = "https://w3id.org/samverkan/id/"
LIBRARY = [q.name for q in list_queries()]


def load_mini(store: ox.Store | None = None) -> ox.Store:
    """Ontology (in its graph) plus the hand-made dataset."""
    store = store if store is not None else ox.Store()
    for name in ("samverkan.ttl", "concepts.ttl"):
        store.load(
            path=str(ROOT / "ontology" / name),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)),
        )
    store.load(path=str(DATA / "mini.trig"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def mini() -> ox.Store:
    return load_mini()


def rows(df, *columns):
    return {tuple(r) for r in df[list(columns)].itertuples(index=False, name=None)}


# --------------------------------------------------------------------------- the library


def test_library_size_and_headers():
    queries = list_queries()
    reports = [q for q in queries if q.kind != "violation"]
    violations = [q for q in queries if q.kind == "violation"]
    assert len(reports) >= 15
    assert len(violations) >= 6
    for q in queries:
        assert q.title and q.description, q.name
        assert q.text.lstrip().startswith("# title:"), q.name
        for p in q.params:
            assert p.description, (q.name, p.name)
            assert p.default is not None or not p.required, (q.name, p.name)


@pytest.mark.parametrize("name", LIBRARY)
def test_every_query_runs_with_labels(mini, name):
    df = run_query(mini, name)
    info = load_query(name)
    for param in info.params:  # substitution needs the variable in the projection
        assert param.name in df.columns or info.kind == "construct", param.name
    for column in df.columns:
        values = [v for v in df[column] if isinstance(v, str)]
        if values and all(v.startswith("https://w3id.org/samverkan/id/") for v in values):
            assert any(f"{column}{s}" in df.columns for s in ("Label", "Title", "Name")), (
                f"{name}: no label beside {column}"
            )


def test_violations_pass_on_mini(mini):
    found = run_violations(mini)
    assert set(found) == {n for n in LIBRARY if n.endswith("-violation")}
    assert {n: len(df) for n, df in found.items() if len(df)} == {}


# --------------------------------------------------------------------------- answers (hand-checked)


def test_cooperation_with_facts_and_documents(mini):
    df = run_query(mini, "cooperation")
    doc2 = ID + "dokument/002_fd765e7f231a0a5d"
    assert (
        ID + "kommun/1231",
        ID + "kommun/1262",
        "co-member",
        ID + "initiativ/lis",
        doc2,
    ) in rows(df, "a", "b", "basis", "via", "document")
    # kultur- och fritidsförvaltningen hosts the inclusion coordinator,
    # which socialförvaltningen co-funds
    assert (
        ID + "kommun/1281/kultur-och-fritidsforvaltningen",
        ID + "kommun/1281/socialforvaltningen",
        "co-funded post",
    ) in rows(df, "a", "b", "basis")
    assert (df["a"] < df["b"]).all()


def test_cooperation_explain_has_quotes(mini):
    df = run_query(mini, "cooperation-explain", {"actor": f"<{ID}kommun/1281>"})
    assert set(df["partner"]) == {ID + "lansstyrelse/12", ID + "initiativ/lund-samverkansmodell"}
    funding = df[df["basis"] == "funding"].iloc[0]
    assert funding["quote"].startswith("Under 2017 fick Lunds kommun")
    assert funding["end"] - funding["start"] == len(funding["quote"])


def test_funding_scheme_and_period(mini):
    df = run_query(mini, "funding", {"funder": "id:org/europeiska-socialfonden"})
    assert set(df["recipient"]) == {ID + "kommun/1230", ID + "kommun/1231", ID + "kommun/1262"}
    assert set(df["schemeLabel"]) == {"ESF-medel"}
    assert set(zip(df["start"], df["end"], strict=True)) == {("2017-03", "2019-02")}


def test_cross_municipal_and_posts(mini):
    df = run_query(mini, "cross-municipal")
    assert set(df["collaboration"]) == {ID + "initiativ/lis"}
    assert set(df["municipalities"]) == {3}
    posts = run_query(mini, "posts")
    coordinator = posts[posts["post"] == ID + "kommun/1281/tjanst/inkluderingskoordinator"]
    assert list(coordinator["holderName"]) == ["Oliwer Karlsson"]
    assert list(coordinator["coFunderLabel"]) == ["socialförvaltningen"]
    assert list(coordinator["unitLabel"]) == ["kultur- och fritidsförvaltningen"]


@pytest.mark.parametrize(
    ("year", "present", "absent"),
    [
        (2016, {"initiativ/lund-handlingsplan/arbetsgrupp/bostadsforsorjning"}, {"initiativ/lis"}),
        (
            2018,
            {"initiativ/lis", "kommun/1281/tjanst/inkluderingskoordinator"},
            {"initiativ/lund-enkat"},
        ),
        (
            2019,
            {"initiativ/lis", "initiativ/lund-samverkansmodell"},
            {"finansiering/lund-utvecklingsmedel-2017"},
        ),
        # ongoing as of 2019-04-08 claims nothing about 2020; LIS ended 2019-02
        (2020, set(), {"initiativ/lis", "initiativ/lund-samverkansmodell"}),
    ],
)
def test_active_in_year(mini, year, present, absent):
    things = set(run_query(mini, "active-in-year", {"year": year})["thing"])
    assert {ID + p for p in present} <= things
    assert not {ID + a for a in absent} & things


def test_evidence_multi_document_and_summary(mini):
    df = run_query(mini, "evidence", {"resource": f"{ID}finansiering/lis-esf"})
    assert list(df["quote"]) == ["medel från Europeiska Socialfonden"]
    multi = run_query(mini, "multi-document-actors")
    assert {ID + "kommun/1281/tjanst/inkluderingskoordinator", ID + "org/skr"} <= set(
        multi["actor"]
    )
    summary = run_query(mini, "document-summary")
    assert len(summary) == 3 and set(summary["fundings"]) == {0, 1, 2}


def test_evidence_offsets_match_the_corpus(mini, corpus_dir):
    df = run_query(mini, "evidence", {"resource": f"{ID}kommun/1281"})
    assert len(df) > 0
    for row in df.itertuples():
        text = (corpus_dir / (row.document.rsplit("/", 1)[1] + ".txt")).read_text(encoding="utf-8")
        assert text[row.start : row.end] == row.quote


def test_sectors_and_civil_society(mini):
    ties = run_query(mini, "cross-sector-ties")
    assert (ID + "kommun/1281", ID + "lansstyrelse/12") in rows(ties, "a", "b")
    assert ID + "sektor/samverkan" not in set(ties["sectorA"]) | set(ties["sectorB"])
    with_collabs = run_query(mini, "cross-sector-ties", {"collaborations": "true"})
    assert len(with_collabs) > len(ties)
    cs = run_query(mini, "civil-society", {"municipality": "id:kommun/1281"})
    assert set(cs["actor"]) == {ID + "kommun/1281/grupp/foreningslivet"}
    assert run_query(mini, "civil-society", {"municipality": "id:kommun/1231"}).empty
    # A municipality's official code stands for its IRI, as the README writes it.
    by_code = run_query(mini, "civil-society", {"municipality": "1281"})
    assert list(by_code["actor"]) == list(cs["actor"])
    posts = run_query(mini, "posts", {"municipality": "1281"})
    assert posts.equals(run_query(mini, "posts", {"municipality": "id:kommun/1281"}))


# --------------------------------------------------------------------------- parameter binding


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("active-in-year", {}),
        ("active-in-year", {"year": 2016}),
        ("evidence", {"resource": f"{ID}initiativ/lis"}),
        ("cooperation-explain", {}),
        ("funding", {"funder": f"{ID}lansstyrelse/12"}),
        ("funding", {}),
        ("posts", {"municipality": f"{ID}kommun/1281"}),
        ("collaboration-members", {"sector": f"{ID}sektor/kommunal"}),
        ("initiative-themes", {"concept": f"{ID}malgrupp/nyanlanda"}),
        ("cross-sector-ties", {"collaborations": "yes"}),
    ],
)
def test_values_injection_equals_substitution(mini, name, params):
    """run_query binds parameters with a VALUES clause of serialised terms (for the embedded
    store and endpoints alike); a second, independent mechanism, pyoxigraph's own
    substitutions, gives exactly the same answers."""
    import pandas as pd
    import pyoxigraph as ox

    from samverkan.query import _python_value

    info = load_query(name)
    terms = _bindings(info, params)
    via_values = run_query(mini, info, params, labels=False)
    assert "VALUES" in _inject_values(info.text, terms) or not terms
    result = mini.query(
        info.text,
        use_default_graph_as_union=True,
        substitutions={ox.Variable(k): v for k, v in terms.items()},
    )
    names, rows = _rows_from_result(result)
    values = [[_python_value(t) for t in r] for r in rows]
    native = pd.DataFrame(values, columns=names, dtype=object)
    assert canonical_csv(native[list(via_values.columns)]) == canonical_csv(via_values)


def test_parameter_is_never_pasted_into_text(mini):
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    info = load_query("active-in-year")
    with pytest.raises(SamverkanError, match="not a valid integer"):
        run_query(mini, info, {"year": hostile})
    with pytest.raises(SamverkanError, match="not an IRI"):
        run_query(mini, "evidence", {"resource": hostile})


# --------------------------------------------------------------------------- bad input


def test_syntax_error_names_line_column_and_text(mini):
    text = "SELECT ?x\nWHERE {\n  ?x ?p ?o .\n  FILTER(?x = )\n}"
    with pytest.raises(SamverkanError) as err:
        run_query(mini, text)
    message = str(err.value)
    assert message.startswith("<query>:5: column ")  # where the parser gave up
    assert "FILTER(?x = )" in message and "SPARQL syntax error" in message


def test_syntax_error_in_a_file(mini, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: broken\nSELECT * WHERE { ?s ?p }\n", encoding="utf-8")
    with pytest.raises(
        SamverkanError, match=r"bad.rq:\d+: column \d+: SPARQL syntax error.*WHERE \{ \?s \?p \}"
    ):
        run_query(mini, bad)


def test_unknown_query_lists_close_matches():
    with pytest.raises(SamverkanError) as err:
        load_query("cooperaton")
    assert "did you mean cooperation" in str(err.value)
    with pytest.raises(SamverkanError, match="no such query file"):
        load_query("nowhere/missing.rq")


def test_missing_and_unknown_parameters(mini):
    with pytest.raises(SamverkanError, match="needs parameter 'resource' \\(iri\\)"):
        run_query(mini, DATA / "needs-param.rq")
    assert len(run_query(mini, DATA / "needs-param.rq", {"resource": f"{ID}initiativ/lis"})) > 0
    with pytest.raises(SamverkanError, match=r"has no parameter 'yeer'.*year"):
        run_query(mini, "active-in-year", {"yeer": 2018})


def test_update_is_refused(mini):
    before = len(mini)
    with pytest.raises(SamverkanError, match="SPARQL update"):
        run_query(mini, "PREFIX ex: <http://ex/>\nINSERT DATA { ex:a ex:b ex:c }")
    assert len(mini) == before


def test_runaway_query_is_stopped_by_the_timeout():
    store = ox.Store()
    for i in range(300):
        store.add(
            ox.Quad(ox.NamedNode(f"http://ex/{i}"), ox.NamedNode("http://ex/p"), ox.Literal(str(i)))
        )
    heavy = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(STR(?b) < STR(?d)) }"
    )
    started = time.monotonic()
    with pytest.raises(SamverkanError, match=r"timeout of 0\.3 s"):
        run_query(store, heavy, timeout=0.3)
    assert time.monotonic() - started < 2


def test_format_results(mini):
    df = run_query(mini, "funding", {"funder": f"{ID}lansstyrelse/12"})
    assert format_results(df, "csv").splitlines()[0].startswith("funding,fundingLabel,funder")
    assert "| funding | fundingLabel |" in format_results(df, "md")
    assert '"funderLabel": "Länsstyrelsen i Skåne län"' in format_results(df, "json")
    assert "Länsstyrelsen i Skåne län" in format_results(df, "table")
    with pytest.raises(SamverkanError, match="unknown format"):
        format_results(df, "xml")


# --------------------------------------------------------------------------- command line


@pytest.fixture(scope="module")
def mini_build(tmp_path_factory) -> Path:
    """A build directory whose samverkan.trig is the mini dataset (with the ontology)."""
    out = tmp_path_factory.mktemp("mini-query") / "out"
    out.mkdir()
    store = load_mini()
    (out / "samverkan.trig").write_bytes(
        ox.serialize(store, format=ox.RdfFormat.TRIG)  # type: ignore[arg-type]
    )
    return out


def test_cli_list(capsys):
    assert main(["query", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(LIBRARY)
    assert any(line.split()[0] == "active-in-year" and "given year" in line for line in lines)


def test_cli_run_and_sparql(capsys, mini_build, tmp_path):
    args = ["--out", str(mini_build), "--format", "csv"]
    assert main(["query", "run", "active-in-year", "--param", "year=2016", *args]) == 0
    out = capsys.readouterr().out
    assert "arbetsgruppen för bostadsförsörjning" in out and "initiativ/lis," not in out
    assert (
        main(
            [
                "query",
                "run",
                str(DATA / "needs-param.rq"),
                "--param",
                f"resource={ID}initiativ/lis",
                *args,
            ]
        )
        == 0
    )
    assert "Projektet har pågått" in capsys.readouterr().out
    assert (
        main(
            [
                "sparql",
                "SELECT ?m WHERE { ?m a <https://w3id.org/samverkan/ontology#Municipality> }",
                *args,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "m,mLabel" and f"{ID}kommun/1281,Lunds kommun" in out
    assert (
        main(
            [
                "query",
                "run",
                "funding",
                "--out",
                str(mini_build),
                "--format",
                "md",
                "--save",
                str(tmp_path),
            ]
        )
        == 0
    )
    assert (tmp_path / "funding.md").read_text(encoding="utf-8").startswith("| funding |")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["query", "run", "fundng"], "unknown query 'fundng'; did you mean funding"),
        (["query", "run", "evidence", "--param", "resource=not an iri"], "is not an IRI"),
        (["query", "run", str(DATA / "needs-param.rq")], "needs parameter 'resource'"),
        (["sparql", "SELECT * WHERE { ?s ?p }"], "<query>:1: column"),
        (["sparql", "DELETE WHERE { ?s ?p ?o }"], "SPARQL update"),
        (["query", "run", "funding", "--param", "funder"], "expected KEY=VALUE"),
    ],
)
def test_cli_bad_input_is_one_line(capsys, mini_build, argv, expected):
    assert main([*argv, "--out", str(mini_build)]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert captured.err.startswith("samverkan: error: ") and expected in captured.err


def test_cli_missing_build(capsys, tmp_path):
    assert main(["query", "run", "funding", "--out", str(tmp_path / "nowhere")]) == 1
    assert "run `samverkan build`" in capsys.readouterr().err


# --------------------------------------------------------------------------- expected results


@pytest.mark.parametrize("name", LIBRARY)
def test_expected_results_on_the_built_graph(built, name):
    """Every library query answers on the real build exactly as stored (sorted rows).

    A failure means an answer changed. If the change is intended (the graph changed),
    regenerate with ``python tests/regenerate_expected.py`` and review the diff.
    """
    expected = EXPECTED / f"{name}.csv"
    assert expected.is_file(), f"no stored result for {name}: run the regeneration"
    actual = canonical_csv(run_query(built, name))
    assert actual == expected.read_text(encoding="utf-8")


def test_violations_pass_on_the_built_graph(built):
    assert {n: len(df) for n, df in run_violations(built).items() if len(df)} == {}


def test_regeneration_script_reproduces_the_stored_answers(built, tmp_path, capsys):
    """``tests/regenerate_expected.py`` writes exactly the stored files from the same build."""
    from regenerate_expected import main as regenerate_main
    from regenerate_expected import regenerate_expected

    (tmp_path / "stale.csv").write_text("gone\n", encoding="utf-8")
    written = regenerate_expected(built, tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == sorted(
        p.name for p in EXPECTED.glob("*.csv")
    )
    for path in written:
        assert path.read_text(encoding="utf-8") == (EXPECTED / path.name).read_text(
            encoding="utf-8"
        )
    assert regenerate_main(["--out", str(tmp_path / "nowhere"), "--expected", str(tmp_path)]) == 1
    assert "run `samverkan build`" in capsys.readouterr().err
