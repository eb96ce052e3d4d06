"""The real Oxigraph server: every library query through the SPARQL protocol, push, bad input.

Each test starts the ``oxigraph`` binary of the virtual environment on a free loopback port;
fixtures stop every server they start (also when a test fails).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest

from samverkan.cli import main
from samverkan.errors import SamverkanError
from samverkan.query import (
    _bindings,
    _inject_values,
    canonical_csv,
    list_queries,
    load_query,
    run_query,
)
from samverkan.server import (
    exposure,
    free_port,
    port_is_free,
    push,
    start_front,
    start_server,
)
from samverkan.server.front import MAX_CONNECTIONS

pytestmark = pytest.mark.server

ID = "https://w3id.org/samverkan/id/"
LIBRARY = [q.name for q in list_queries()]
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) < STR(?f)) }"


def _load_mini() -> ox.Store:
    from test_query import load_mini

    return load_mini()


@pytest.fixture(scope="module")
def mini_build(tmp_path_factory) -> Path:
    """A build directory of the mini dataset: samverkan.trig and a persistent store/."""
    out = tmp_path_factory.mktemp("mini-server") / "out"
    out.mkdir()
    memory = _load_mini()
    (out / "samverkan.trig").write_bytes(ox.serialize(memory, format=ox.RdfFormat.TRIG))
    disk = ox.Store(str(out / "store"))
    disk.bulk_load(path=str(out / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    disk.flush()
    del disk
    return out


@pytest.fixture(scope="module")
def mini_server(mini_build):
    server = start_server(mini_build / "store", port=0, timeout_s=2)
    yield server
    server.close()


@pytest.fixture(scope="module")
def built_server(build_dir):
    server = start_server(Path(build_dir) / "store", port=0)
    yield server
    server.close()


def _wrapper_rows(url: str, text: str) -> list[tuple]:
    """Run a SELECT with SPARQLWrapper (a standard client) and return sorted value tuples."""
    from SPARQLWrapper import JSON, POST, SELECT, SPARQLWrapper

    client = SPARQLWrapper(url)
    client.setMethod(POST)
    client.setQuery(text)
    client.queryType = SELECT  # its keyword sniffing takes words like "address" for ADD
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    names = answer["head"]["vars"]
    return sorted(
        tuple(b.get(n, {}).get("value", "") for n in names) for b in answer["results"]["bindings"]
    )


def _embedded_rows(store: ox.Store, text: str, terms: dict) -> list[tuple]:
    result = store.query(
        text,
        use_default_graph_as_union=True,
        substitutions={ox.Variable(k): v for k, v in terms.items()} or None,
    )
    names = [v.value for v in result.variables]
    return sorted(tuple("" if s[n] is None else s[n].value for n in names) for s in result)


# --------------------------------------------------------------------------- same answers


@pytest.mark.parametrize("name", LIBRARY)
def test_library_through_the_protocol_equals_embedded(built_server, built, name):
    """SPARQLWrapper over HTTP (parameters as VALUES) == the embedded store (substitutions)."""
    info = load_query(name)
    terms = _bindings(info, None)
    if info.kind == "construct":
        remote = canonical_csv(run_query(built_server.query_url, info))
        assert remote == canonical_csv(run_query(built, info))
        return
    remote = _wrapper_rows(built_server.query_url, _inject_values(info.text, terms))
    assert remote == _embedded_rows(built, info.text, terms)
    assert canonical_csv(run_query(built_server.query_url, info)) == canonical_csv(
        run_query(built, info)
    )


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("active-in-year", {"year": "2016"}),
        ("evidence", {"resource": f"{ID}initiativ/lis"}),
        ("civil-society", {"municipality": f"{ID}kommun/1281"}),
        ("cross-sector-ties", {"collaborations": "true"}),
    ],
)
def test_parameters_through_the_protocol(mini_server, name, params):
    store = _load_mini()
    remote = run_query(mini_server.query_url, name, params)
    assert len(remote) > 0
    assert canonical_csv(remote) == canonical_csv(run_query(store, name, params))


def test_cli_query_run_with_endpoint(mini_server, capsys):
    argv = ["query", "run", "funding", "--endpoint", mini_server.query_url, "--format", "csv"]
    assert main(argv) == 0
    assert "ESF-medel till LIS" in capsys.readouterr().out


# --------------------------------------------------------------------------- bad input


def test_update_is_refused_over_http(mini_server):
    update = "INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }"
    request = urllib.request.Request(
        mini_server.update_url,
        data=update.encode(),
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert 400 <= err.value.code < 500
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(mini_server.query_url, updateEndpoint=mini_server.update_url)
    client.setMethod(POST)
    client.setQuery(update)
    with pytest.raises(Exception):  # noqa: B017 (SPARQLWrapper's error class varies by status)
        client.query()
    ask = run_query(mini_server.query_url, "ASK { <http://ex/a> ?p ?o }", labels=False)
    assert ask["ask"].tolist() == [False]
    with pytest.raises(SamverkanError, match="SPARQL update"):
        run_query(mini_server.query_url, update)


def test_busy_port_is_reported(mini_server, mini_build):
    port = int(mini_server.url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(SamverkanError, match=f"port {port} on 127.0.0.1 is already in use"):
        start_server(mini_build / "store", port=port)


def test_unreachable_endpoint_names_the_url():
    url = f"http://127.0.0.1:{free_port()}/query"
    started = time.monotonic()
    with pytest.raises(SamverkanError, match=f"cannot reach the endpoint {url}"):
        run_query(url, "funding", timeout=3)
    assert time.monotonic() - started < 5


def test_silent_endpoint_times_out():
    """An endpoint that accepts the connection but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
    started = time.monotonic()
    try:
        with pytest.raises(SamverkanError, match=f"{url} did not answer within 1 s"):
            run_query(url, "funding", timeout=1)
        assert time.monotonic() - started < 4
    finally:
        for conn in accepted:
            conn.close()
        listener.close()


def test_runaway_query_is_stopped_by_the_server(mini_server):
    started = time.monotonic()
    with pytest.raises(SamverkanError, match="stopped the query: it ran longer than the server"):
        run_query(mini_server.query_url, HEAVY, timeout=60)
    assert time.monotonic() - started < 15  # the server's --timeout-s is 2


# --------------------------------------------------------------------------- push and serve


def test_push_loads_every_named_graph(mini_build, tmp_path):
    store = ox.Store()
    store.load(path=str(mini_build / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    with start_server(None, port=0, read_only=False) as target:
        sent = push(mini_build, target.url)  # a bare server URL means its /store endpoint
        graphs = {g.value for g in store.named_graphs()}
        assert set(sent) == graphs
        for graph, count in sent.items():
            remote = run_query(
                target.query_url,
                f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                labels=False,
            )
            assert remote["n"].tolist() == [count]
        # the default graph of this server is not the union: library queries still agree when
        # they are evaluated over the union of the pushed graphs
        assert run_query(target.query_url, "ASK { GRAPH ?g { ?s ?p ?o } }")["ask"].tolist() == [
            True
        ]
        again = push(mini_build, target.store_url)  # PUT replaces: pushing twice is idempotent
        assert again == sent
        total = run_query(
            target.query_url,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            labels=False,
        )
        assert total["n"].tolist() == [sum(sent.values())]


def test_push_to_unreachable_server(mini_build):
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(SamverkanError, match=f"cannot reach the Graph Store endpoint {url}"):
        push(mini_build, url, timeout=3)


def test_push_is_refused_by_a_read_only_server(mini_server, mini_build):
    with pytest.raises(SamverkanError, match="refused graph"):
        push(mini_build, mini_server.store_url)


def test_a_private_port_taken_before_the_bind_is_chosen_again(mini_build, monkeypatch):
    """Port 0: a port that another process takes between the choice and the bind is
    replaced by a fresh one (the race that made a server test fail now and then)."""
    from samverkan.server import oxigraph as module

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    taken = busy.getsockname()[1]
    offered = iter([taken])
    real = module.free_port
    monkeypatch.setattr(
        module, "free_port", lambda host="127.0.0.1": next(offered, None) or real(host)
    )
    try:
        with start_server(mini_build / "store", port=0) as server:
            assert not server.url.endswith(f":{taken}/")
            assert run_query(server.query_url, "posts").shape[0] > 0
    finally:
        busy.close()


def test_serve_command_reports_a_busy_port(mini_server, mini_build, capsys):
    port = mini_server.url.rsplit(":", 1)[1].strip("/")
    assert main(["serve", "--out", str(mini_build), "--port", port]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"port {port} on 127.0.0.1 is already in use" in err


def test_serve_refuses_a_host_beyond_loopback_without_public(mini_build, capsys):
    port = free_port()
    argv = ["serve", "--out", str(mini_build), "--host", "0.0.0.0", "--port", str(port)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--host 0.0.0.0 is not a loopback address" in err and "--public" in err
    assert port_is_free("0.0.0.0", port)  # nothing was started


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "1e309", "abc"])
def test_serve_timeout_must_be_a_positive_number(mini_build, value, capsys):
    assert main(["serve", "--out", str(mini_build), "--timeout", value]) == 2
    err = capsys.readouterr().err
    assert "--timeout" in err and err.count("\n") == 1


def test_exposure_names_what_public_serving_shows():
    text = exposure("0.0.0.0", 8080, 30, 5)
    assert "port 8080 (all interfaces)" in text and "names and posts of the people" in text
    assert "30 s" in text and "5 MB" in text and "Updates\nare refused" in text


# --------------------------------------------------------------------------- the process tree


def _children(pid: int) -> list[int]:
    """Process ids of the children of ``pid`` (Linux /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def _alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _gone(pid: int, wait: float = 5.0) -> bool:
    """Wait up to ``wait`` seconds for ``pid`` to end; True if it did."""
    deadline = time.monotonic() + wait
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not _alive(pid)


def _freed(port: int, wait: float = 5.0) -> bool:
    """Wait up to ``wait`` seconds for ``127.0.0.1:port`` to be free; True if it is.

    A killed process whose main thread is already a zombie may still be closing its
    other threads, and with them its sockets, for a few milliseconds.
    """
    deadline = time.monotonic() + wait
    while not port_is_free("127.0.0.1", port) and time.monotonic() < deadline:
        time.sleep(0.05)
    return port_is_free("127.0.0.1", port)


def _start_serve(build: Path, port: int) -> tuple[subprocess.Popen, int, int]:
    """``samverkan serve`` as a real process; (process, oxigraph pid, oxigraph port)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "samverkan.cli", "serve", "--out", str(build), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    first = process.stdout.readline() if process.stdout else ""
    assert first.strip() == f"SPARQL query page: http://127.0.0.1:{port}/", first
    children = _children(process.pid)
    assert len(children) == 1
    cmdline = Path(f"/proc/{children[0]}/cmdline").read_bytes().split(b"\0")
    assert Path(cmdline[0].decode()).name == "oxigraph"
    bind = cmdline[cmdline.index(b"--bind") + 1].decode()
    assert bind.startswith("127.0.0.1:")  # the private port is loopback too
    return process, children[0], int(bind.rsplit(":", 1)[1])


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_serve_command_stops_its_oxigraph_child_on_every_stop_signal(mini_build, sig):
    port = free_port()
    process, child, private = _start_serve(mini_build, port)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert 'id="sv-query"' in page.read().decode("utf-8")
        df = run_query(f"http://127.0.0.1:{port}/query", "posts")
        assert "Oliwer Karlsson" in set(df["holderName"])
        assert not port_is_free("127.0.0.1", private)
        process.send_signal(sig)
        assert process.wait(timeout=15) == 0
        out = process.stdout.read() if process.stdout else ""
        assert f"server stopped ({sig.name})" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert _gone(child)
    assert _freed(port) and _freed(private)


def test_oxigraph_child_ends_with_a_killed_serve(mini_build):
    """SIGKILL cannot be handled; the kernel stops the child (PR_SET_PDEATHSIG)."""
    port = free_port()
    process, child, private = _start_serve(mini_build, port)
    process.kill()
    process.wait()
    assert _gone(child)
    assert _freed(private)


# --------------------------------------------------------------------------- the front server


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it is offered."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture(scope="module")
def front(built_server):
    """The front server over the real build's Oxigraph, on a free loopback port."""
    server = start_front(built_server.query_url, port=0, timeout_s=30)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def mini_front(mini_server):
    """A front with a short timeout, a 2 kB result limit and a 2 s request deadline."""
    server = start_front(
        mini_server.query_url, port=0, timeout_s=2, max_result_mb=0.002, request_deadline_s=2
    )
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def _http(url: str, *, data: bytes | None = None, headers: dict | None = None, method=None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def _get(front, text: str, **headers):
    query = urllib.parse.urlencode({"query": text})
    return _http(f"{front.query_url}?{query}", headers=headers)


def _alive_front(front) -> bool:
    status, _, body = _get(front, "ASK { ?s ?p ?o }", Accept="application/sparql-results+json")
    return status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("name", LIBRARY)
def test_library_through_the_front_equals_embedded(front, built, name):
    info = load_query(name)
    assert canonical_csv(run_query(front.query_url, info)) == canonical_csv(run_query(built, info))


def _readme_commands() -> list[list[str]]:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    commands = []
    for line in readme.splitlines():
        line = line.split("  #")[0].strip()
        # commands for another server (--endpoint URL) are run against Virtuoso below
        if line.startswith(("samverkan sparql ", "samverkan query run ")) and (
            "--endpoint" not in line
        ):
            commands.append(shlex.split(line)[1:])
    return commands


README_COMMANDS = _readme_commands()


def test_the_readme_has_example_queries():
    assert ["sparql", "SELECT ?post ?name WHERE { ?post org:heldBy/foaf:name ?name }"] in (
        README_COMMANDS
    )
    assert sum(c[0] == "query" for c in README_COMMANDS) >= 3


@pytest.mark.parametrize("argv", README_COMMANDS, ids=lambda a: " ".join(a)[:60])
def test_readme_examples_give_the_same_rows_at_the_endpoint(front, build_dir, argv, capsys):
    """The README's command as written, and again with ``--endpoint`` the front's /query."""
    args = [*argv, "--out", str(build_dir)]
    assert main(args) == 0
    local = capsys.readouterr().out
    assert main([*args, "--endpoint", front.query_url]) == 0
    remote = capsys.readouterr().out
    assert sorted(remote.splitlines()) == sorted(local.splitlines())
    assert len(local.splitlines()) > 3
    if argv[0] == "sparql":
        # as any SPARQL client sends it: the text as typed, no PREFIX lines added
        rows = _wrapper_rows(front.query_url, argv[1])
        assert main(["sparql", argv[1], "--out", str(build_dir), "--format", "csv"]) == 0
        frame = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
        names = [c for c in frame.columns if not c.endswith("Label")]
        assert rows == sorted(tuple(r) for r in frame[names].itertuples(index=False))
        assert len(rows) > 3


REFUSED = [
    ("SERVICE", "SELECT * WHERE { SERVICE <{url}sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SERVICE SILENT", "ASK { SERVICE SILENT <{url}x> { ?s ?p ?o } }", "SERVICE is refused"),
    (
        "SERVICE ?var",
        "SELECT * WHERE { VALUES ?e { <{url}x> } SERVICE ?e { ?s ?p ?o } }",
        "SERVICE is refused",
    ),
    ("escaped SERVICE", "SELECT * WHERE { \\u0053ERVICE <{url}x> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD", "LOAD <{url}data.ttl>", "LOAD is refused"),
    ("FROM", "SELECT * FROM <{url}data.ttl> WHERE { ?s ?p ?o }", "is refused"),
    ("FROM NAMED", "SELECT * FROM NAMED <{url}g.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }", "refused"),
    ("nesting", "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000, "nested more than 64"),
    (
        "nesting ()",
        "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
        "nested",
    ),
]


@pytest.mark.parametrize(("text", "reason"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
@pytest.mark.parametrize("method", ["GET", "POST form", "POST sparql-query"])
def test_the_endpoint_refuses_what_reaches_the_network(front, listener, text, reason, method):
    text = text.replace("{url}", listener.url)
    if method == "GET":
        status, _, body = _get(front, text)
    elif method == "POST form":
        status, _, body = _http(
            front.query_url,
            data=urllib.parse.urlencode({"query": text}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    else:
        status, _, body = _http(
            front.query_url,
            data=text.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
    line = body.decode("utf-8")
    assert status == 400 and reason in line and line.count("\n") == 1
    assert listener.connections == 0
    assert _alive_front(front)


def test_default_graph_uri_outside_the_build_is_refused(front, listener):
    query = urllib.parse.urlencode({"query": "ASK {?s ?p ?o}", "default-graph-uri": listener.url})
    status, _, body = _http(f"{front.query_url}?{query}")
    assert status == 400 and b"only the build's own named graphs" in body
    assert listener.connections == 0


def test_the_page_api_refuses_service_too(front, listener):
    payload = {"query": f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"}
    status, _, body = _http(
        front.url + "api/run",
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert status == 400 and "SERVICE is refused" in json.loads(body)["error"]
    assert listener.connections == 0


UPDATE = "INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }"


@pytest.mark.parametrize(
    ("path", "data", "kind", "method"),
    [
        (
            "query",
            urllib.parse.urlencode({"update": UPDATE}),
            "application/x-www-form-urlencoded",
            "POST",
        ),
        ("query", UPDATE, "application/sparql-update", "POST"),
        ("query", UPDATE, "application/sparql-query", "POST"),
        (
            "update",
            urllib.parse.urlencode({"update": UPDATE}),
            "application/x-www-form-urlencoded",
            "POST",
        ),
        ("query", "DROP ALL", "application/sparql-query", "POST"),
        (
            "store?default",
            "<http://ex/a> <http://ex/b> <http://ex/c> .",
            "application/n-triples",
            "PUT",
        ),
        ("store?default", "", "text/plain", "DELETE"),
    ],
)
def test_updates_are_refused_with_403(front, path, data, kind, method):
    status, _, body = _http(
        front.url + path, data=data.encode(), headers={"Content-Type": kind}, method=method
    )
    assert status == 403 and body == b"updates are refused: this endpoint is read-only\n"
    status, _, body = _get(
        front, "ASK { <http://ex/a> ?p ?o }", Accept="application/sparql-results+json"
    )
    assert json.loads(body)["boolean"] is False


def test_a_syntax_error_points_into_the_text_as_sent(front):
    text = "SELECT ?post WHERE { ?post org:heldBy ?x "  # 41 characters, the brace unclosed
    status, _, body = _get(front, text)
    assert status == 400 and body.decode().startswith("error at 1:42: ")
    assert _get(front, "SELECT ?x WHERE { ?x ?p }")[2].decode().startswith("error at 1:")


def test_prefixes_are_declared_and_own_prefixes_win(front):
    rows = _wrapper_rows(front.query_url, "SELECT ?m WHERE { ?m a sam:Municipality } LIMIT 1")
    assert rows[0][0].startswith("https://w3id.org/samverkan/id/kommun/")
    own = "PREFIX sam: <urn:nothing#> SELECT ?m WHERE { ?m a sam:Municipality }"
    assert _wrapper_rows(front.query_url, own) == []


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://127.0.0.1:8888", True),
        ("http://localhost:5173", True),
        ("http://localhost", True),
        ("http://[::1]:3000", True),
        ("null", True),
        ("https://example.org", False),
        ("http://127.0.0.1.example.org", False),
        ("http://localhost.evil:80", False),
    ],
)
def test_cors_allows_loopback_and_file_pages_only(front, origin, allowed):
    status, headers, _ = _get(front, "ASK {}", Origin=origin)
    assert status == 200
    assert headers.get("Access-Control-Allow-Origin") == (origin if allowed else None)
    status, headers, _ = _http(
        front.query_url,
        method="OPTIONS",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert status == 204
    assert headers.get("Access-Control-Allow-Origin") == (origin if allowed else None)
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_a_foreign_host_name_is_refused(front):
    """A page of another site whose name resolves to 127.0.0.1 (DNS rebinding)."""
    port = front.server_address[1]
    status, _, body = _http(front.url, headers={"Host": f"rebind.example:{port}"})
    assert status == 421 and b"answers only as" in body
    assert _http(front.url, headers={"Host": f"localhost:{port}"})[0] == 200


def test_the_timeout_stops_a_runaway_query(mini_front):
    started = time.monotonic()
    status, _, body = _get(mini_front, HEAVY)
    assert status == 504 and b"longer than the timeout of 2 s" in body
    assert time.monotonic() - started < 10
    assert _alive_front(mini_front)


def test_the_result_limit_refuses_a_large_answer(mini_front):
    status, _, body = _get(mini_front, "SELECT * WHERE { ?s ?p ?o }", Accept="text/csv")
    assert status == 422 and b"larger than the result limit of 0.002 MB" in body
    status, _, body = _get(mini_front, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2", Accept="text/csv")
    assert status == 200 and body.count(b"\n") == 3


def _raw(front, data: bytes, *, read: bool = True, wait: float = 10.0) -> bytes:
    """Send bytes on a fresh connection; return what comes back until it closes."""
    with socket.create_connection(front.server_address[:2], timeout=wait) as sock:
        with contextlib.suppress(OSError):
            sock.sendall(data)
        if not read:
            return b""
        chunks = []
        with contextlib.suppress(OSError):
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)


def test_an_oversized_body_is_refused_unread(mini_front):
    port = mini_front.server_address[1]
    head = (
        f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/sparql-query\r\nContent-Length: 9000000000\r\n\r\n"
    )
    answer = _raw(mini_front, head.encode() + b"{" * 100_000)
    assert answer.startswith(b"HTTP/1.0 413")
    assert _alive_front(mini_front)


@pytest.mark.parametrize(
    "garbage",
    [
        b"\x00\xff\xfe garbage \r\n\r\n",
        b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 200 + b"\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
        b"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n0\r\n\r\n",
        b"GET /query?query=%FF%FE HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n",
        b"BREW /pot HTTP/1.1\r\n\r\n",
    ],
    ids=["binary", "too many headers", "long line", "chunked", "not utf-8", "bad method"],
)
def test_garbage_gets_an_error_and_the_server_lives(mini_front, garbage):
    port = mini_front.server_address[1]
    answer = _raw(mini_front, garbage.replace(b"{port}", str(port).encode()))
    if answer.startswith(b"HTTP/"):
        status = int(answer.split(b" ", 2)[1])
    else:  # a request line of two words is HTTP/0.9: the answer has no status line
        status = int(re.search(rb"Error code: (\d+)", answer).group(1))
    assert 400 <= status < 500 or status == 501
    assert _alive_front(mini_front)


def test_a_slow_client_is_cut_off_and_blocks_no_one(mini_front):
    with socket.create_connection(mini_front.server_address[:2], timeout=20) as slow:
        slow.sendall(b"GET / HTTP/1.1\r\n")
        started = time.monotonic()
        assert _alive_front(mini_front)  # others are served meanwhile
        for _ in range(30):  # one header line a second: each read is quick, the whole is not
            try:
                slow.sendall(b"X-Slow: 1\r\n")
                if slow.recv(1, socket.MSG_DONTWAIT) == b"":
                    break
            except BlockingIOError:
                pass
            except OSError:
                break
            time.sleep(0.5)
        assert time.monotonic() - started < 8  # cut at the 2 s request deadline
    assert _alive_front(mini_front)


def test_too_many_connections_are_answered_503(mini_server):
    front = start_front(mini_server.query_url, port=0, request_deadline_s=60)
    idle = [socket.create_connection(front.server_address[:2]) for _ in range(MAX_CONNECTIONS)]
    try:
        deadline = time.monotonic() + 20
        while front._active < MAX_CONNECTIONS and time.monotonic() < deadline:
            time.sleep(0.05)
        answer = _raw(front, b"GET / HTTP/1.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 503")
    finally:
        for sock in idle:
            sock.close()
    deadline = time.monotonic() + 20
    while front._active and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert _alive_front(front)
    finally:
        front.shutdown()
        front.server_close()


def test_the_page_api_binds_parameters_and_labels(front, built):
    payload = {"query": load_query("active-in-year").text, "params": {"year": "2017"}}
    status, _, body = _http(
        front.url + "api/run",
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert status == 200
    answer = json.loads(body)
    expected = run_query(built, "active-in-year", {"year": "2017"})
    assert answer["columns"] == list(expected.columns)
    assert sorted(map(json.dumps, answer["rows"])) == sorted(
        json.dumps(list(r)) for r in expected.itertuples(index=False)
    )
    bad = {"query": load_query("active-in-year").text, "params": {"a) SERVICE": "1"}}
    status, _, body = _http(
        front.url + "api/run",
        data=json.dumps(bad).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert status == 400 and json.loads(body)["error"].count("\n") == 0


def _page_answer(front, payload) -> tuple[int, dict]:
    status, _, body = _http(
        front.url + "api/run",
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    return status, json.loads(body)


def test_the_page_api_answers_kept_queries_from_the_build(built_server, build_dir, tmp_path):
    """The page's kept library queries (its start query ``cooperation``) come from the
    answers the build keeps, the same as through the endpoint; an edited text and an answer
    of another build are evaluated."""
    import shutil

    from samverkan.paths import BUILD_CACHE, BUILD_MANIFEST
    from samverkan.query import stored

    cache, mine = Path(build_dir) / BUILD_CACHE, tmp_path / "out" / BUILD_CACHE
    (mine / stored.ANSWERS).mkdir(parents=True)
    shutil.copy(cache / BUILD_MANIFEST, mine / BUILD_MANIFEST)
    for name in stored.STORED:
        shutil.copy(cache / stored.ANSWERS / f"{name}.json", mine / stored.ANSWERS)
    plain = start_front(built_server.query_url, port=0, timeout_s=30)
    kept = start_front(built_server.query_url, port=0, timeout_s=30, build_dir=tmp_path / "out")
    try:
        for name in sorted(stored.STORED):
            payload = {"query": load_query(name).text, "params": {}}
            status, answer = _page_answer(kept, payload)
            assert status == 200 and answer["rows"]
            assert answer == _page_answer(plain, payload)[1]
        # a planted label shows that the kept file answers, not the endpoint
        path = mine / stored.ANSWERS / "cooperation.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        first = next(i for i, v in enumerate(data["values"]) if isinstance(v, str) and " " in v)
        data["values"][first] += " (kept)"
        path.write_text(json.dumps(data), encoding="utf-8")
        text = load_query("cooperation").text
        assert "(kept)" in json.dumps(_page_answer(kept, {"query": text})[1])
        # an edited text is another query: evaluated
        status, answer = _page_answer(kept, {"query": text + "\n# edited\n"})
        assert status == 200 and answer["rows"] and "(kept)" not in json.dumps(answer)
        # an answer kept by a build written after the server opened the store: evaluated
        info = load_query("cooperation")
        data["key"] = stored.answer_key(info, b"a later build")
        path.write_text(json.dumps(data), encoding="utf-8")
        status, answer = _page_answer(kept, {"query": text})
        assert status == 200 and answer == _page_answer(plain, {"query": text})[1]
    finally:
        for server in (plain, kept):
            server.shutdown()
            server.server_close()


def test_the_serve_command_answers_the_page_from_the_kept_answers(build_dir, tmp_path):
    """``samverkan serve`` gives its query page the build directory it serves: a value
    planted in the kept answer of ``cooperation`` reaches the page."""
    import shutil

    from samverkan.paths import BUILD_CACHE
    from samverkan.query import stored

    out = tmp_path / "out"
    shutil.copytree(Path(build_dir) / "store", out / "store")
    shutil.copytree(Path(build_dir) / BUILD_CACHE, out / BUILD_CACHE)
    path = out / BUILD_CACHE / stored.ANSWERS / "cooperation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    first = next(i for i, v in enumerate(data["values"]) if isinstance(v, str) and " " in v)
    data["values"][first] += " (kept)"
    path.write_text(json.dumps(data), encoding="utf-8")
    port = free_port()
    process, _child, _private = _start_serve(out, port)
    try:
        status, _, body = _http(
            f"http://127.0.0.1:{port}/api/run",
            data=json.dumps({"query": load_query("cooperation").text}).encode(),
            headers={"Content-Type": "application/json"},
        )
        assert status == 200 and "(kept)" in body.decode("utf-8")
    finally:
        process.terminate()
        process.wait(timeout=15)


# --------------------------------------------------------------------------- a second store

VIRTUOSO_INI = """\
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
AllowOSCalls = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = .
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
; 0: no refusal from the cost estimate (its default of 400 s refuses document-summary on a
; fresh database: "estimated execution time 2750 (sec)"; the query answers in about 1 s)
MaxQueryCostEstimationTime = 0
"""
VIRTUOSO_ADMIN = ("dba", "dba")  # the administrator of a fresh Virtuoso database


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> str:
    """A Virtuoso server of Debian's virtuoso-opensource on free loopback ports; its URL."""
    import shutil

    binary = shutil.which("virtuoso-t")
    if binary is None:
        message = "virtuoso-t is missing (apt-get install virtuoso-opensource)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    home = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    (home / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(http_port=http_port, sql_port=sql_port), encoding="utf-8"
    )
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", "virtuoso.ini"],
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}/"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, (home / "virtuoso.log").read_text()[-2000:]
            try:
                run_query(url + "sparql", "ASK {}", timeout=2, labels=False)
                break
            except SamverkanError:
                assert time.monotonic() < deadline, "Virtuoso did not start within 120 s"
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def virtuoso_loaded(virtuoso, build_dir) -> dict[str, int]:
    """The build pushed into Virtuoso by the real command, the password from the environment."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "samverkan.cli",
            "push",
            "--out",
            str(build_dir),
            "--endpoint",
            virtuoso + "sparql-graph-crud-auth",
            "--user",
            VIRTUOSO_ADMIN[0],
        ],
        env={**os.environ, "SAMVERKAN_PUSH_PASSWORD": VIRTUOSO_ADMIN[1]},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    sent = {}
    for line in result.stdout.splitlines()[:-1]:
        count, _, graph = line.split()
        sent[graph] = int(count)
    assert result.stdout.splitlines()[-1] == f"{len(sent)} graphs loaded into {virtuoso}" + (
        "sparql-graph-crud-auth"
    )
    return sent


def test_push_into_virtuoso_loads_every_named_graph(virtuoso_loaded, virtuoso, built):
    local = {
        g.value: len(list(built.quads_for_pattern(None, None, None, g)))
        for g in built.named_graphs()
    }
    assert virtuoso_loaded == local
    remote = run_query(
        virtuoso + "sparql",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/samverkan/')) } GROUP BY ?g",
        labels=False,
    )
    assert dict(zip(remote["g"], remote["n"], strict=True)) == local


def test_push_into_virtuoso_needs_the_password(virtuoso, build_dir):
    url = virtuoso + "sparql-graph-crud-auth"
    with pytest.raises(SamverkanError, match=r"HTTP 401.*give --user and set SAMVERKAN_PUSH"):
        push(build_dir, url)
    with pytest.raises(SamverkanError, match=r"HTTP 401.*the user or password is wrong"):
        push(build_dir, url, credentials=("dba", "not-the-password"))


# What Virtuoso 7.2 (Debian's virtuoso-opensource) answers differently; the README says why.
VIRTUOSO_BOOLEANS = {"posts", "cross-sector-ties"}  # true/false come back as 1/0
VIRTUOSO_DUPLICATES: set[str] = set()  # SELECT DISTINCT kept duplicate rows (none now)
# Virtuoso 7.2 dropped one "hosting" row of cooperation (a working group of Lund's action
# plan, via itself) until the build wrote its index graph (sam:namedIn): with one more graph
# in the store its plan keeps the row. Narrowed down then, not explained: the pair is the
# only one with two bases (member, hosting) that share ?via and ?document, and Virtuoso's
# answer to the inner SELECT DISTINCT alone had both rows. Kept for such a query: the rows
# it gives must be the embedded store's, one "hosting" row fewer.
VIRTUOSO_FEWER_ROWS: set[str] = set()
VIRTUOSO_BIND_IN_OPTIONAL = {"construct-owl-time"}  # IRI(CONCAT(STR(?thing), ...)) is "<#...>"


def _as_virtuoso_booleans(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.map(lambda v: int(v) if isinstance(v, bool) else v)


@pytest.mark.parametrize("name", LIBRARY)
def test_library_on_virtuoso_equals_embedded(virtuoso_loaded, virtuoso, built, name):
    endpoint = virtuoso + "sparql"
    if name in VIRTUOSO_BIND_IN_OPTIONAL:
        with pytest.raises(SamverkanError, match="No scheme found in an absolute IRI"):
            run_query(endpoint, name, timeout=60)
        return
    remote = canonical_csv(run_query(endpoint, name, timeout=60))
    local_frame = run_query(built, name)
    if name in VIRTUOSO_BOOLEANS:
        assert canonical_csv(local_frame) != remote
        local_frame = _as_virtuoso_booleans(local_frame)
    local = canonical_csv(local_frame)
    if name in VIRTUOSO_DUPLICATES:
        assert len(remote.splitlines()) > len(local.splitlines())
        assert set(remote.splitlines()) == set(local.splitlines())
        return
    if name in VIRTUOSO_FEWER_ROWS:
        missing = set(local.splitlines()) - set(remote.splitlines())
        assert set(remote.splitlines()) < set(local.splitlines())
        assert len(missing) == 1 and ",hosting," in next(iter(missing))
        return
    assert remote == local


def test_push_learns_why_a_server_cut_it_off(mini_build):
    """A server that answers 401 before reading the body and closes: the reason is found."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    answer = (
        b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="x"\r\n'
        b"Content-Length: 0\r\nConnection: close\r\n\r\n"
    )
    methods: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            method = conn.recv(8).split(b" ")[0]
            methods.append(method)
            if method == b"PUT":  # refuse at once: reset while the body is being sent
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                with contextlib.suppress(OSError):
                    conn.sendall(answer)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/store"
    try:
        with pytest.raises(SamverkanError, match=r"HTTP 401 Unauthorized \(the server asks"):
            push(mini_build, url, timeout=10)
    finally:
        listener.close()
    assert methods == [b"PUT", b"HEAD"]
