"""The front server: the query page and a guarded SPARQL endpoint in front of Oxigraph.

``samverkan serve`` runs Oxigraph on a private loopback port and this server where users
connect. Nothing reaches Oxigraph unchecked:

- ``GET /`` is the query page (:mod:`samverkan.server.page`): our own HTML, script and style,
  with a Content-Security-Policy that allows no request beyond this server.
- ``GET``/``POST /query`` (SPARQL 1.1 protocol): the project's prefixes are declared for the
  query (:func:`samverkan.query.declare_prefixes`, so ``org:heldBy`` needs no PREFIX line),
  then :func:`samverkan.guard.check_query` refuses SERVICE, LOAD, foreign FROM and deep
  nesting (HTTP 400 with the one-line reason), updates are refused (403), and only then is
  the query forwarded. The answer is passed back whole, or refused when it is larger than
  the result limit (422) or took longer than the timeout (504).
- ``POST /api/run`` runs a query of the page with its parameters through
  :func:`samverkan.query.run_query` against ``/query`` above (so the same checks apply) and
  answers JSON rows with a label beside each IRI.
- ``/update`` and every other method that writes: 403. Anything else: 404 or 405.

CORS: pages from loopback origins (``http://127.0.0.1:*``, ``http://localhost:*``,
``http://[::1]:*``) and from files (origin ``null``) may read the answers; preflight
``OPTIONS`` is answered. The ``Host`` header must name this server (a loopback name unless
it serves publicly), which stops DNS-rebinding pages from reading it.

Hostile requests are bounded: request bodies over :data:`MAX_BODY_BYTES` (413), request
lines and headers that are garbage (400), clients that send too slowly (the connection is
closed after :data:`REQUEST_DEADLINE_S`), and more than :data:`MAX_CONNECTIONS` open
connections (503).

Examples
--------
>>> allowed_origin("http://localhost:8888")
True
>>> allowed_origin("null"), allowed_origin("https://example.org")
(True, False)
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from samverkan.errors import SamverkanError
from samverkan.query import stored
from samverkan.server.endpoint import (
    _READ_ONLY,
    DEFAULT_MAX_RESULT_MB,
    Refused,
    forward,
    kept_for_page,
    run_for_page,
)

__all__ = [
    "DEFAULT_MAX_RESULT_MB",
    "MAX_BODY_BYTES",
    "MAX_CONNECTIONS",
    "REQUEST_DEADLINE_S",
    "FrontServer",
    "allowed_origin",
    "start_front",
]

MAX_BODY_BYTES = 8 * 1024 * 1024
"""Largest request body accepted (a query is at most 1,000,000 characters)."""

MAX_CONNECTIONS = 64
"""Open connections served at once; more are answered 503 at once."""

REQUEST_DEADLINE_S = 15.0
"""Seconds a client has to send its whole request (request line, headers and body)."""

_ORIGIN = re.compile(r"^http://(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$")


def allowed_origin(origin: str) -> bool:
    """True for the origins whose pages may read the answers (loopback and ``null``)."""
    return origin == "null" or bool(_ORIGIN.match(origin))


class FrontServer(ThreadingHTTPServer):
    """The front HTTP server; make one with :func:`start_front`.

    Attributes
    ----------
    upstream : str
        Oxigraph's query URL (``http://127.0.0.1:PORT/query``).
    url : str
        This server's base URL; the query page.
    query_url : str
        This server's SPARQL endpoint (``url + "query"``).
    """

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # accept a burst at once; the connection limit does the rest

    def __init__(
        self,
        address: tuple[str, int],
        upstream: str,
        *,
        timeout_s: float,
        max_result_bytes: int,
        public: bool = False,
        request_deadline_s: float = REQUEST_DEADLINE_S,
        build_dir: Path | None = None,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, _Handler)
        self.upstream = upstream
        self.timeout_s = timeout_s
        self.max_result_bytes = max_result_bytes
        self.public = public
        self.request_deadline_s = request_deadline_s
        # the build whose store Oxigraph serves, with its manifest as it is now: the answers
        # it keeps are read for that build only (a build written later has another manifest)
        self.build_dir = build_dir
        self.manifest = None if build_dir is None else stored.build_manifest(build_dir)
        host, port = self.server_address[:2]
        local = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
        shown = f"[{local}]" if ":" in local else local
        self.url = f"http://{shown}:{port}/"
        self.query_url = self.url + "query"
        self.hosts = {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]", shown)}
        self._active = 0
        self._lock = threading.Lock()
        self._page: bytes | None = None
        self._page_csp = ""

    # -- connection limit -------------------------------------------------------------

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            busy = self._active >= MAX_CONNECTIONS
            if not busy:
                self._active += 1
        if busy:
            body = b"too many open connections; try again\n"
            with contextlib.suppress(OSError):
                request.sendall(
                    b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; "
                    b"charset=utf-8\r\nConnection: close\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._active -= 1

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A broken connection is the client's business: no traceback on the console."""

    # -- the page -----------------------------------------------------------------------

    def page(self) -> tuple[bytes, str]:
        """The query page and its Content-Security-Policy (built once)."""
        if self._page is None:
            from samverkan.server.page import query_page

            html, policy = query_page()
            self._page, self._page_csp = html.encode("utf-8"), policy
        return self._page, self._page_csp

    # -- forwarding ---------------------------------------------------------------------

    def forward(self, fields: dict[str, list[str]], accept: str) -> tuple[str, bytes]:
        """Check a query and run it on Oxigraph (:func:`~samverkan.server.endpoint.forward`)."""
        return forward(
            self.upstream,
            fields,
            accept,
            timeout_s=self.timeout_s,
            max_result_bytes=self.max_result_bytes,
        )

    def run(self, payload: Any) -> dict[str, Any]:
        """``/api/run``: the answer the build keeps (a kept library query as the page shows
        it, :func:`~samverkan.server.endpoint.kept_for_page`), else through this server's
        own ``/query`` (the same checks apply)."""
        if self.build_dir is not None:
            kept = kept_for_page(self.build_dir, self.manifest, payload)
            if kept is not None:
                return kept
        return run_for_page(self.query_url, payload, self.timeout_s)


class _Handler(BaseHTTPRequestHandler):
    server: FrontServer
    server_version = "samverkan"

    def version_string(self) -> str:
        return self.server_version

    timeout = 10  # seconds a single read from the client may wait

    # -- plumbing -----------------------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        # A client that trickles its request in (slowloris) is cut off at the deadline.
        self._watchdog = threading.Timer(self.server.request_deadline_s, self._cut)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _cut(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _request_read(self) -> None:
        self._watchdog.cancel()

    def finish(self) -> None:
        self._watchdog.cancel()
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the console shows the addresses, not every request."""

    def _cors(self) -> None:
        origin = self.headers.get("Origin")
        if origin and allowed_origin(origin):
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")

    def _send(self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self._cors()
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            with contextlib.suppress(OSError):
                self.wfile.write(body)
        self.close_connection = True

    def _text(self, status: int, reason: str, extra: dict[str, str] | None = None) -> None:
        line = " ".join(reason.split())
        self._send(status, (line + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _json(self, status: int, payload: Any) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _host_ok(self) -> bool:
        if self.server.public:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        if host in self.server.hosts:
            return True
        self._request_read()
        self._text(421, f"this server answers only as {self.server.url} (Host header {host!r})")
        return False

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise Refused(411, "send the body with a Content-Length, not chunked")
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            raise Refused(411, "a POST needs a Content-Length")
        size = int(length)
        if size > MAX_BODY_BYTES:
            raise Refused(413, f"the request body is over the limit of {MAX_BODY_BYTES:,} bytes")
        body = self.rfile.read(size)
        if len(body) < size:
            raise Refused(400, "the request body ended early")
        return body

    # -- methods --------------------------------------------------------------------------

    def do_OPTIONS(self) -> None:
        self._request_read()
        if not self._host_ok():
            return
        self._send(
            204,
            b"",
            "text/plain",
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "600",
                "Allow": "GET, POST, OPTIONS",
            },
        )

    def do_GET(self) -> None:
        self._request_read()
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        try:
            if url.path in ("/", "/index.html"):
                page, policy = self.server.page()
                self._send(
                    200,
                    page,
                    "text/html; charset=utf-8",
                    {"Content-Security-Policy": policy, "Referrer-Policy": "no-referrer"},
                )
            elif url.path == "/query":
                self._answer(_form(url.query), self.headers.get("Accept", ""))
            elif url.path == "/update":
                raise Refused(403, _READ_ONLY)
            else:
                raise Refused(404, f"nothing at {url.path}; the SPARQL endpoint is /query")
        except Refused as exc:
            self._text(exc.status, exc.reason)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        try:
            if url.path == "/update":
                raise Refused(403, _READ_ONLY)
            if url.path not in ("/query", "/api/run"):
                raise Refused(404, f"nothing at {url.path}; the SPARQL endpoint is /query")
            body = self._body()
            self._request_read()
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if url.path == "/api/run":
                try:
                    payload = json.loads(body.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    raise Refused(400, "the body is not JSON") from None
                try:
                    self._json(200, self.server.run(payload))
                except Refused as exc:
                    self._json(exc.status, {"error": exc.reason})
                return
            fields = _form(url.query)
            if kind == "application/x-www-form-urlencoded":
                for key, values in _form(body).items():
                    fields.setdefault(key, []).extend(values)
            elif kind == "application/sparql-query":
                try:
                    fields.setdefault("query", []).append(body.decode("utf-8"))
                except UnicodeDecodeError:
                    raise Refused(400, "the query is not UTF-8") from None
            elif kind == "application/sparql-update":
                raise Refused(403, _READ_ONLY)
            else:
                raise Refused(
                    415,
                    "send the query as application/x-www-form-urlencoded or "
                    "application/sparql-query",
                )
            self._answer(fields, self.headers.get("Accept", ""))
        except Refused as exc:
            self._request_read()
            self._text(exc.status, exc.reason)

    def _refuse_write(self) -> None:
        self._request_read()
        if self._host_ok():
            self._text(403, _READ_ONLY)

    do_PUT = do_DELETE = do_PATCH = _refuse_write

    def _answer(self, fields: dict[str, list[str]], accept: str) -> None:
        kind, body = self.server.forward(fields, accept)
        self._send(200, body, kind)


def _form(data: str | bytes) -> dict[str, list[str]]:
    """Decode ``a=1&b=2`` strictly as UTF-8; garbage is a 400."""
    if isinstance(data, bytes):
        try:
            data = data.decode("ascii")
        except UnicodeDecodeError:
            raise Refused(400, "the form is not URL-encoded ASCII") from None
    try:
        return urllib.parse.parse_qs(
            data, keep_blank_values=True, strict_parsing=False, errors="strict"
        )
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "the form is not URL-encoded UTF-8") from None


def start_front(
    upstream: str,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout_s: float = 60.0,
    max_result_mb: float = DEFAULT_MAX_RESULT_MB,
    public: bool = False,
    request_deadline_s: float = REQUEST_DEADLINE_S,
    build_dir: Path | None = None,
) -> FrontServer:
    """Bind the front server and serve it in a background thread.

    Parameters
    ----------
    upstream : str
        Oxigraph's query URL.
    host, port : str, int
        Where to listen (port 0: any free port; read it from ``server.url``).
    timeout_s : float
        Queries whose answer is not complete within this many seconds are answered 504.
    max_result_mb : float
        Answers larger than this many megabytes are answered 422.
    public : bool
        Answer whatever the ``Host`` header says (serving beyond loopback).
    request_deadline_s : float
        Seconds a client has to send its whole request.
    build_dir : Path, optional
        The build directory whose store ``upstream`` serves: the page's kept library
        queries are answered from the answers it keeps (:mod:`samverkan.query.stored`).

    Returns
    -------
    FrontServer
        Call ``shutdown()`` and ``server_close()`` to stop it.

    Raises
    ------
    SamverkanError
        If the address cannot be bound.
    """
    try:
        server = FrontServer(
            (host, port),
            upstream,
            timeout_s=timeout_s,
            max_result_bytes=int(max_result_mb * 1e6),
            public=public,
            request_deadline_s=request_deadline_s,
            build_dir=build_dir,
        )
    except OSError as exc:
        raise SamverkanError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    thread = threading.Thread(target=server.serve_forever, name="samverkan-front", daemon=True)
    thread.start()
    return server
