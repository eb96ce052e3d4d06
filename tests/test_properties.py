"""Property-based tests (hypothesis) with hostile input, on a fixed budget.

Every test draws a fixed number of cases from a fixed seed (``derandomize=True``), so a
run is repeatable and CI time stays small; the budgets add up to :data:`TOTAL_CASES`
(the README states it). What must hold:

- graph loading: any bytes, any Turtle-like token soup and any nesting give a graph or one
  :class:`SamverkanError`, never another exception, a crash or a hang; nesting deeper than
  :data:`samverkan.turtle.MAX_NESTING` is refused, shallower loads; any string (control and
  bidirectional characters, quotes, markup) written as a Turtle literal reads back equal.
- ``samverkan sparql`` and :func:`samverkan.query.run_query`: any query text gives an
  answer or exit status 1 with one line; nothing reaches a listening socket; ``{`` nested
  up to 20,000 deep is refused.
- views: hostile labels, quotes and titles never add a ``<script>`` or markup to the page,
  and the page is valid UTF-8.
- privacy: the build's patterns (:mod:`samverkan.privacy`) and the
  ``personal-data-violation`` query flag exactly the same literals.
"""

from __future__ import annotations

import contextlib
import io
import socket
import tempfile
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan.errors import SamverkanError
from samverkan.turtle import MAX_NESTING, parse_turtle

BUDGETS = {
    "bytes": 150,
    "tokens": 200,
    "nesting": 40,
    "literal": 150,
    "run_query": 150,
    "sparql_cli": 60,
    "sparql_nesting": 20,
    "views": 20,
    "privacy_formats": 100,
    "privacy_agree": 60,
}
TOTAL_CASES = sum(BUDGETS.values())


def budget(name: str) -> settings:
    return settings(
        max_examples=BUDGETS[name],
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


PIECES = [
    "<", ">", "&", '"', "'", "`", "\\", "/", "<script>", "</script>", "<img src=x>",
    "\u202e", "\u202d", "\u2066", "\u200f", "\x00", "\x07", "\x1b", "\ufeff",
    "å", "ä", "ö", "\n", "\r", "\t", "{{", "}}", "${x}", "javascript:", "file:///",
]  # fmt: skip
HOSTILE = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(blacklist_categories=("Cs",))), max_size=40
).map("".join)
"""Markup, script, quotes, control and bidirectional characters, any other character."""


def _parse_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.ttl"
        path.write_bytes(data)
        try:
            graph = parse_turtle(path)
        except SamverkanError as exc:
            assert str(exc).startswith(str(path)), exc
            assert "\n" not in exc.message.strip() or "invalid Turtle" in exc.message
            return
        for triple in graph:
            for term in triple:
                str(term).encode("utf-8")  # every value is valid Unicode


# --- Graph loading ------------------------------------------------------------------------


@budget("bytes")
@given(st.binary(max_size=400), st.sampled_from([b"", b"\xef\xbb\xbf", b"<http://a> <http://b> "]))
def test_any_bytes_load_or_fail_cleanly(data: bytes, prefix: bytes) -> None:
    _parse_bytes(prefix + data)


TOKENS = [
    "<http://a>", "<http://b>", "[", "]", "(", ")", '"', "'", '"""', "#", "\n", " ", ".",
    ";", ",", "a", "_:b", "\\", "\\u0000", "\\uD800", "<", ">", "1", "-2.5e3", "true",
    "@prefix ex: <http://e/> .", "ex:x", "^^", "@sv", '"x"', '"2017-13"', "xsd:date",
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", "\xe9", "\u202e", "{", "}",
]  # fmt: skip


@budget("tokens")
@given(st.lists(st.sampled_from(TOKENS), max_size=200))
def test_turtle_token_soup_loads_or_fails_cleanly(tokens: list[str]) -> None:
    _parse_bytes(" ".join(tokens).encode("utf-8"))


@budget("nesting")
@given(st.integers(min_value=0, max_value=3_000), st.sampled_from(["[ <http://p> ", "( "]))
def test_nesting_is_refused_beyond_the_limit_and_loads_within(depth: int, opener: str) -> None:
    close = " ]" if opener.startswith("[") else " )"
    text = "<http://a> <http://p> " + opener * depth + "1" + close * depth + " ."
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deep.ttl"
        path.write_text(text, encoding="utf-8")
        if depth > MAX_NESTING:
            with pytest.raises(SamverkanError, match=f"nested more than {MAX_NESTING} levels"):
                parse_turtle(path)
        else:
            assert len(parse_turtle(path)) >= 1


def _turtle_string(value: str) -> str:
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


@budget("literal")
@given(st.one_of(HOSTILE, st.text(min_size=5_000, max_size=10_000)))
def test_any_string_reads_back_equal(value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lit.ttl"
        path.write_text(f"<http://a> <http://p> {_turtle_string(value)} .", encoding="utf-8")
        graph = parse_turtle(path)
        assert [str(o) for o in graph.objects()] == [value]


# --- SPARQL -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def listener():
    """A local socket that counts every connection; no query may ever reach it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(conn)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join()
    server.close()


SPARQL_TOKENS = [
    "SELECT", "*", "WHERE", "{", "}", "(", ")", "[", "]", "?s", "?p", "?o", ".", ";",
    "SERVICE", "SILENT", "LOAD", "FROM", "NAMED", "GRAPH", "FILTER", "OPTIONAL", "UNION",
    "EXISTS", "VALUES", "BIND", "AS", '"x"', "'", '"', "#", "\n", "\\u0053ERVICE", "1",
    "<https://w3id.org/samverkan/id/x>", "INSERT DATA", "DROP ALL", "CONSTRUCT", "ASK",
    "sam:Funding", "a", "LIMIT 1", "REGEX(?o, \"(a+)+$\")",
]  # fmt: skip


def _query_text(tokens: list[str], port: int) -> str:
    url = f"<http://127.0.0.1:{port}/sparql>"
    body = " ".join(url if t == "SERVICE" else t for t in tokens)
    body = body.replace("SERVICE", f"SERVICE {url}") if "SERVICE" in tokens else body
    return "SELECT * WHERE { " + body + " }"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode("https://w3id.org/samverkan/id/dokument/x")
    subject = ox.NamedNode("https://w3id.org/samverkan/id/x")
    store.add(ox.Quad(subject, ox.NamedNode("http://p"), ox.Literal("x"), graph))
    return store


@budget("run_query")
@given(st.lists(st.sampled_from(SPARQL_TOKENS), max_size=40))
def test_run_query_answers_or_refuses(store: ox.Store, listener, tokens: list[str]) -> None:
    from samverkan.query import run_query

    port, hits = listener
    with contextlib.suppress(SamverkanError):
        run_query(store, _query_text(tokens, port), timeout=10)
    assert hits == []


@budget("sparql_cli")
@given(st.lists(st.sampled_from(SPARQL_TOKENS), max_size=30))
def test_sparql_command_answers_or_says_one_line(
    mini_build_dir: Path, listener, tokens: list[str]
) -> None:
    from samverkan.cli import main

    port, hits = listener
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main(["sparql", _query_text(tokens, port), "--out", str(mini_build_dir)])
    assert status in (0, 1)
    if status == 1:
        assert stderr.getvalue().startswith("samverkan: error: ")
        assert "Traceback" not in stderr.getvalue()
    assert hits == []


@budget("sparql_nesting")
@given(st.integers(min_value=65, max_value=20_000), st.sampled_from(["{", "(", "["]))
def test_deep_query_nesting_is_refused(store: ox.Store, depth: int, opener: str) -> None:
    from samverkan.query import run_query

    close = {"{": "}", "(": ")", "[": "]"}[opener]
    text = "SELECT * WHERE { ?s ?p " + opener * depth + "?o" + close * depth + " }"
    with pytest.raises(SamverkanError, match="nested more than"):
        run_query(store, text)


# --- Views ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def benign_page() -> str:
    return _page(["Lunds kommun", "Kollage", "Ekerö kommun"], "Titel", "ett citat")


def _page(labels: list[str], title: str, quote: str) -> str:
    import networkx as nx

    from samverkan.views import network_html

    G = nx.Graph()
    nodes = [f"https://w3id.org/samverkan/id/n{i}" for i in range(len(labels))]
    for node, label in zip(nodes, labels, strict=True):
        G.add_node(node, label=label, sector="kommunal", municipality=label, documents=[label])
    G.add_edge(nodes[0], nodes[1], kinds=["membership"], weight=1, evidence=[quote])
    G.add_edge(nodes[1], nodes[2], kinds=["funding"], weight=1, scheme=quote)
    return network_html(G, title=title, subtitle=quote)


@budget("views")
@given(st.lists(HOSTILE, min_size=3, max_size=3), HOSTILE, st.one_of(HOSTILE, st.just("x" * 5000)))
def test_hostile_labels_never_become_markup(
    benign_page: str, labels: list[str], title: str, quote: str
) -> None:
    page = _page(labels, title, quote)
    page.encode("utf-8")
    for tag in ("<script", "</script", "<img", "<iframe", "<object", "<a ", "<b>"):
        assert page.lower().count(tag) == benign_page.lower().count(tag), tag


# --- Privacy: the build's patterns and the violation query agree --------------------------

AREA = st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True)
GROUPS = st.lists(st.from_regex(r"[0-9]{2,3}", fullmatch=True), min_size=2, max_size=3)
SEPARATORS = st.sampled_from(["-", " - ", "- ", " ", "/", "", "\u00a0", "–"])


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["0", "+46 ", "+46 (0)", "0046 "]))
    number = prefix + draw(AREA) + draw(SEPARATORS) + " ".join(draw(GROUPS))
    return (
        draw(st.sampled_from(["", "Tel ", "ring "]))
        + number
        + draw(st.sampled_from(["", ".", "anna@x.se", " dagtid"]))
    )


EMAILS = st.from_regex(
    r"[a-z][a-z.]{0,10} ?(@|\(at\)|\[at\]) ?[a-z]{1,8}\.(se|com|nu)", fullmatch=True
)


def _flagged_by_query(values: list[str]) -> set[str]:
    from samverkan.query import run_query

    store = ox.Store()
    graph = ox.NamedNode("https://w3id.org/samverkan/id/dokument/t")
    for i, value in enumerate(values):
        subject = ox.NamedNode(f"https://w3id.org/samverkan/id/x{i}")
        store.add(ox.Quad(subject, ox.NamedNode("http://p"), ox.Literal(value), graph))
    frame = run_query(store, "personal-data-violation")
    return set(frame["value"])


@budget("privacy_formats")
@given(st.lists(st.one_of(phone_numbers(), EMAILS), min_size=1, max_size=10))
def test_every_contact_format_is_caught_by_both(values: list[str]) -> None:
    from samverkan.privacy import contact_data

    assert all(contact_data(v) for v in values), [v for v in values if not contact_data(v)]
    assert _flagged_by_query(values) == set(values)


NEAR_MISSES = st.text(
    alphabet=st.sampled_from(list("0123456789 -–/+()@.ase kr\nbcdf_")), min_size=1, max_size=30
)


@pytest.mark.parametrize(
    ("value", "flagged"),
    [
        ("s00249_054056e550172b3f.txt", False),  # a checksum in a file name
        ("054056e55", True),  # digits, then one hex letter and too few hex digits
        ("054056e550", False),
        ("ring 054056e", True),
    ],
)
def test_checksums_are_not_phone_numbers_in_either(value: str, flagged: bool) -> None:
    from samverkan.privacy import contact_data

    assert bool(contact_data(value)) is flagged
    assert _flagged_by_query([value]) == ({value} if flagged else set())


@pytest.mark.parametrize(
    ("value", "flagged"),
    [
        ("Projektperiod: 2024-01-01 – 2026-06-30", False),  # a range of ISO dates
        ("2019-01-01–2021-12-31", False),
        ("2024-01-01 - 2026-06-30", False),
        ("2024-01-01/2026-06-30", False),
        ("2024-01-01 – 2026-06-30, tel 046-35 50 00", True),  # a number after the range
        ("Tel:-046-35 50 00", True),  # a dash that follows no digit
    ],
)
def test_date_ranges_are_not_phone_numbers_in_either(value: str, flagged: bool) -> None:
    """The day and year of a range of ISO dates read like a number ("01 – 2026") but
    follow a digit and a dash; a real page of the genre gives its project period so."""
    from samverkan.privacy import contact_data

    assert bool(contact_data(value)) is flagged
    assert _flagged_by_query([value]) == ({value} if flagged else set())


@budget("privacy_agree")
@given(st.lists(st.one_of(NEAR_MISSES, HOSTILE), min_size=1, max_size=15))
def test_patterns_and_query_flag_the_same_literals(values: list[str]) -> None:
    from samverkan.privacy import contact_data

    assert _flagged_by_query(values) == {v for v in values if contact_data(v)}
