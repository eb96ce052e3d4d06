"""Hostile and clumsy input to the query library: names, endpoints, paths, broken answers.

Each case is one a user or an attacker met (issue 11): a parameter *name* that smuggles a
SERVICE clause into the VALUES clause, an undeclared name that silently bound an internal
variable, ``--endpoint`` with ``file:``, ``data:``, ``ftp:`` or nothing, ``query run
/etc/shadow`` printing the file, a latin-1 ``.rq`` file, a 300-character query name, and an
endpoint that breaks off its answer. Every one must give one ``samverkan: error:`` line,
exit status 1 and no traceback; where a network is involved, a listener on 127.0.0.1 shows
that nothing was sent where nothing may go.
"""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from samverkan.cli import main
from samverkan.errors import SamverkanError
from samverkan.query import load_query, run_query
from samverkan.query.endpoint import check_endpoint
from samverkan.query.library import MAX_FILE_BYTES

DATA = Path(__file__).resolve().parent / "data"
ID = "https://w3id.org/samverkan/id/"


def _read_request(conn: socket.socket) -> bytes:
    """The whole HTTP request: its head, then as many body bytes as Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip() or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class Listener:
    """A TCP listener on 127.0.0.1 that records what it receives and sends a canned answer.

    ``answer`` is sent after the first chunk of a request arrives, then the connection is
    closed (so an answer shorter than its Content-Length is cut short).
    """

    def __init__(self, answer: bytes = b"") -> None:
        self.answer = answer
        self.received: list[bytes] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/query"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.received.append(_read_request(conn))
                    if self.answer:
                        conn.sendall(self.answer)
                        # Close our side only: unread bytes would turn the close into a
                        # reset, and the client would see "connection reset", not the answer.
                        conn.shutdown(socket.SHUT_WR)
                except OSError:
                    pass

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture(scope="module")
def mini() -> ox.Store:
    from test_query import load_mini

    return load_mini()


@pytest.fixture(scope="module")
def mini_build(tmp_path_factory) -> Path:
    """A build directory whose samverkan.trig is the mini dataset (with the ontology)."""
    from test_query import load_mini

    out = tmp_path_factory.mktemp("mini-security") / "out"
    out.mkdir()
    (out / "samverkan.trig").write_bytes(ox.serialize(load_mini(), format=ox.RdfFormat.TRIG))
    return out


def one_error_line(capsys, argv: list[str]) -> str:
    """Run the command line; check exit 1 and one clean error line; return that line."""
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("samverkan: error: "), captured.err
    return captured.err


# --------------------------------------------------------------------------- parameter names


def test_a_parameter_name_cannot_smuggle_a_service_clause(mini, capsys, mini_build):
    with Listener() as listener:
        name = f"a) {{(1)}} SERVICE <{listener.url}> {{?x ?y ?z}} VALUES (?b"
        with pytest.raises(SamverkanError) as err:
            run_query(mini, "document-summary", {name: "1"})
        message = str(err.value)
        assert message.startswith("query document-summary has no parameter 'a) {(1)} SERVICE")
        assert message.endswith("(it takes no parameters)")
        with pytest.raises(SamverkanError) as err:
            run_query(mini, "funding", {name: "1"})
        declared = [p.name for p in load_query("funding").params]
        assert str(err.value).endswith(f"(parameters: {', '.join(declared)})")
        line = one_error_line(
            capsys,
            ["query", "run", "document-summary", "--param", f"{name}=1", "--out", str(mini_build)],
        )
        # The command line refuses it first, as a malformed name; the library (above) as an
        # undeclared one. Either way nothing reaches the listener.
        assert "is not a parameter name" in line
    assert listener.received == []


def test_an_undeclared_name_is_an_error_not_zero_rows(capsys, mini_build, mini):
    assert len(run_query(mini, "cooperation")) > 0  # the query has answers ...
    line = one_error_line(
        capsys, ["query", "run", "cooperation", "--param", "a=1", "--out", str(mini_build)]
    )
    # ... so an unknown name must not quietly bind ?a and give none
    assert "query cooperation has no parameter 'a' (it takes no parameters)" in line
    with pytest.raises(SamverkanError, match=r"needs-param has no parameter 'other' .*resource"):
        run_query(mini, DATA / "needs-param.rq", {"resource": f"{ID}initiativ/lis", "other": 1})


def test_a_query_typed_as_text_binds_only_its_own_variables(mini, capsys, mini_build):
    text = "SELECT ?m ?name WHERE { ?m rdfs:label ?name FILTER(lang(?name) = 'sv') }"
    df = run_query(mini, text, {"m": f"{ID}kommun/1281"}, labels=False)
    assert list(df["name"]) == ["Lunds kommun"]
    with pytest.raises(SamverkanError, match=r"the query has no variable \?x"):
        run_query(mini, text, {"x": "1"})
    line = one_error_line(
        capsys, ["sparql", text, "--param", "my name=1", "--out", str(mini_build)]
    )
    assert "'my name' is not a parameter name" in line
    with pytest.raises(SamverkanError, match="'my name' is not a SPARQL variable name"):
        run_query(mini, text, {"my name": "1"})


# --------------------------------------------------------------------------- endpoints


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "data:text/plain,hello",
        "ftp://127.0.0.1/query",
        "garbage",
        "http:///query",
        "http://127.0.0.1:99999/query",
        "http://127.0.0.1:7878/ query",
    ],
)
def test_only_http_urls_with_a_host_are_endpoints(url, capsys, mini_build):
    with pytest.raises(SamverkanError, match="is not an http:// or https:// URL with a host"):
        check_endpoint(url)
    line = one_error_line(
        capsys, ["query", "run", "funding", "--endpoint", url, "--out", str(mini_build)]
    )
    assert "is not an http:// or https:// URL with a host" in line


def test_an_empty_endpoint_is_refused_not_the_local_store(capsys, mini_build):
    line = one_error_line(
        capsys, ["query", "run", "funding", "--endpoint", "", "--out", str(mini_build)]
    )
    assert "the endpoint is empty" in line
    with pytest.raises(SamverkanError, match="the endpoint is empty"):
        run_query("", "funding")


def test_an_answer_cut_short_is_one_line(capsys, mini_build):
    body = b'{"head":{"vars":["funding"]},"results":{"bindings":[{"funding":{"type":"uri",'
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
        b"Content-Length: 5000\r\n\r\n" + body
    )
    with Listener(answer) as listener:
        with pytest.raises(SamverkanError, match=r"answer of .* was cut short \(\d+ bytes arrived"):
            run_query(listener.url, "funding")
        line = one_error_line(
            capsys,
            ["query", "run", "funding", "--endpoint", listener.url, "--out", str(mini_build)],
        )
        assert "was cut short" in line
    assert listener.received and listener.received[0].startswith(b"POST /query")


def test_an_answer_that_breaks_off_without_a_length_is_one_line():
    body = b'{"head":{"vars":["funding"]},"results":{"bindings":[{"funding":{"type":"uri",'
    answer = b"HTTP/1.0 200 OK\r\nContent-Type: application/sparql-results+json\r\n\r\n" + body
    with (
        Listener(answer) as listener,
        pytest.raises(SamverkanError, match="sent an answer that is not SPARQL results"),
    ):
        run_query(listener.url, "funding")


def test_an_answer_that_is_not_http_is_one_line():
    with (
        Listener(b"SSH-2.0-OpenSSH_9.2\r\n") as listener,
        pytest.raises(SamverkanError, match="did not answer as an HTTP server does"),
    ):
        run_query(listener.url, "funding")


def test_service_in_a_query_for_an_endpoint_is_refused_before_sending():
    with Listener() as endpoint, Listener() as remote:
        text = f"SELECT * WHERE {{ SERVICE <{remote.url}> {{ ?s ?p ?o }} }}"
        with pytest.raises(SamverkanError, match="SERVICE is refused"):
            run_query(endpoint.url, text)
    assert endpoint.received == [] and remote.received == []


def test_a_redirect_to_another_scheme_is_not_followed():
    with Listener() as ftp:
        target = f"ftp://127.0.0.1:{ftp.port}/data"
        answer = f"HTTP/1.1 302 Found\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n".encode()
        with (
            Listener(answer) as listener,
            pytest.raises(SamverkanError, match=r"redirected to 'ftp://.*not an endpoint"),
        ):
            run_query(listener.url, "funding")
    assert ftp.received == []


# --------------------------------------------------------------------------- query files


def test_a_file_that_is_not_rq_is_never_read_as_a_query(tmp_path, capsys, mini_build):
    secret = tmp_path / "shadow"
    secret.write_text("root:SECRET-HASH:19000:0:99999:7:::\n", encoding="utf-8")
    line = one_error_line(capsys, ["query", "run", str(secret), "--out", str(mini_build)])
    assert "not a query file: the name of a query file ends in .rq" in line
    assert "SECRET" not in line
    with pytest.raises(SamverkanError, match=r"ends in \.rq"):
        load_query(Path("/etc/shadow"))


def test_a_link_named_rq_to_another_file_is_not_read(tmp_path, capsys, mini_build):
    secret = tmp_path / "shadow"
    secret.write_text("root:SECRET-HASH:19000:0:99999:7:::\n", encoding="utf-8")
    link = tmp_path / "innocent.rq"
    link.symlink_to(secret)
    line = one_error_line(capsys, ["query", "run", str(link), "--out", str(mini_build)])
    assert "links to a file whose name does not end in .rq" in line and "SECRET" not in line
    fifo = tmp_path / "fifo.rq"
    os.mkfifo(fifo)  # opening it would block for ever
    line = one_error_line(capsys, ["query", "run", str(fifo), "--out", str(mini_build)])
    assert "no such query file" in line


def test_a_huge_query_file_is_refused_before_it_is_read(tmp_path, capsys, mini_build):
    path = tmp_path / "huge.rq"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    line = one_error_line(capsys, ["query", "run", str(path), "--out", str(mini_build)])
    assert f"the limit is {MAX_FILE_BYTES:,}" in line


def test_a_latin1_query_file_is_one_line_with_its_place(tmp_path, capsys, mini_build):
    path = tmp_path / "latin.rq"
    path.write_bytes("# title: Malmö\nSELECT * WHERE { ?s ?p ?o }\n".encode("latin-1"))
    line = one_error_line(capsys, ["query", "run", str(path), "--out", str(mini_build)])
    assert line.startswith(f"samverkan: error: {path}:1: the query file is not UTF-8 text")
    assert "0xf6" in line


def test_a_name_too_long_for_a_file_is_one_line(tmp_path, capsys, mini_build):
    name = "a" * 300
    line = one_error_line(capsys, ["query", "run", name, "--out", str(mini_build)])
    assert "unknown query 'aaaa" in line and "did you mean" not in line
    assert len(line) < 200
    path = tmp_path / ("b" * 300 + ".rq")
    line = one_error_line(capsys, ["query", "run", str(path), "--out", str(mini_build)])
    assert "cannot read query file: File name too long" in line
