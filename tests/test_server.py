"""The real Oxigraph server: every library query through the SPARQL protocol, push, bad input.

Each test starts the ``oxigraph`` binary of the virtual environment on a free loopback port;
fixtures stop every server they start (also when a test fails).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

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
from samverkan.server import free_port, port_is_free, push, start_server

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
    server = start_server(mini_build / "store", port=free_port(), timeout_s=2)
    yield server
    server.close()


@pytest.fixture(scope="module")
def built_server(build_dir):
    server = start_server(Path(build_dir) / "store", port=free_port())
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
    with start_server(None, port=free_port(), read_only=False) as target:
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


def test_serve_command_prints_the_url_and_stops_on_ctrl_c(mini_build):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "samverkan.cli",
            "serve",
            "--out",
            str(mini_build),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first = process.stdout.readline() if process.stdout else ""
        assert first.strip() == f"SPARQL query page (YASGUI): http://127.0.0.1:{port}/"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert "yasgui" in page.read().decode("utf-8").lower()
        df = run_query(f"http://127.0.0.1:{port}/query", "posts")
        assert "Oliwer Karlsson" in set(df["holderName"])
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert port_is_free("127.0.0.1", port)  # the oxigraph child process is gone too


def test_serve_command_reports_a_busy_port(mini_server, mini_build, capsys):
    port = mini_server.url.rsplit(":", 1)[1].strip("/")
    assert main(["serve", "--out", str(mini_build), "--port", port]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"port {port} on 127.0.0.1 is already in use" in err
