"""The Oxigraph server as a child process: start it on a port, wait until it answers, stop it.

:func:`start_server` runs Oxigraph's own server (the ``oxigraph`` command from the PyPI
package of the same name), read-only over the build's persistent store by default, with the
union of all named graphs as the default graph, so that every library query runs unchanged
through the SPARQL protocol. ``samverkan serve`` puts it on a private loopback port behind
the front server (:mod:`samverkan.server.front`); tests also start it directly.

Examples
--------
>>> find_oxigraph().endswith("oxigraph")
True
>>> port_is_free("127.0.0.1", 0)
True
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO

from samverkan.errors import SamverkanError

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT_S",
    "OxigraphServer",
    "find_oxigraph",
    "free_port",
    "port_is_free",
    "start_server",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 60


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary: next to the running Python, else on PATH.

    Raises
    ------
    SamverkanError
        If it is not installed.
    """
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise SamverkanError(
        "the 'oxigraph' server is not installed; install it with 'pip install oxigraph==0.5.13'"
    )


def port_is_free(host: str, port: int) -> bool:
    """True if nothing listens on ``host:port`` and it can be bound.

    Binds with ``SO_REUSEADDR``, as the server does, so that connections of a server that
    just stopped (TIME_WAIT) do not count as busy.
    """
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port on ``host`` that is free right now (for tests).

    Examples
    --------
    >>> 0 < free_port() < 65536
    True
    """
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover (runs in the child before exec)
    """prctl(PR_SET_PDEATHSIG, SIGTERM): the kernel stops the child when its parent dies."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class OxigraphServer:
    """A running ``oxigraph`` server process; use :func:`start_server` to make one.

    Attributes
    ----------
    url : str
        Base URL (Oxigraph's own page; users reach the front server instead).
        ``query_url``, ``update_url`` and ``store_url`` are the SPARQL query, update and
        Graph Store endpoints.
    process : subprocess.Popen
    """

    def __init__(
        self, process: subprocess.Popen[bytes], host: str, port: int, log: IO[bytes] | None = None
    ) -> None:
        self.process = process
        self._log = log
        self.url = f"http://{_url_host(host)}:{port}/"
        self.query_url = self.url + "query"
        self.update_url = self.url + "update"
        self.store_url = self.url + "store"

    def log_text(self) -> str:
        """What the server wrote to standard error so far."""
        if self._log is None:
            return ""
        self._log.flush()
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGINT, then SIGTERM, then SIGKILL) and wait for it."""
        if self.process.poll() is not None:
            return
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout / 2)
                return
            except subprocess.TimeoutExpired:
                continue
        self.process.kill()
        self.process.wait()

    def close(self) -> None:
        """Stop the server and release its log file."""
        self.stop()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> OxigraphServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_server(
    location: Path | None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    read_only: bool = True,
    timeout_s: float | None = DEFAULT_TIMEOUT_S,
    union_default_graph: bool = True,
    startup_timeout: float = 30.0,
    die_with_parent: bool = False,
) -> OxigraphServer:
    """Start ``oxigraph serve-read-only`` (or ``serve``) and wait until it answers.

    Parameters
    ----------
    location : Path or None
        The store directory (``OUT/store``). None for an in-memory read-write server.
    host, port : str, int
        Where to listen; loopback by default. Port 0 takes a free port, and another one if
        something takes it between the choice and the server's bind (tried three times).
    read_only : bool
        ``serve-read-only`` (updates are refused) or ``serve`` (read-write).
    timeout_s : float, optional
        Queries running longer are stopped by the server (rounded up to whole seconds).
    union_default_graph : bool
        Make the default graph the union of all named graphs.
    startup_timeout : float
        Seconds to wait for the server to answer.
    die_with_parent : bool
        On Linux, have the kernel stop the server (SIGTERM) when the thread that started it
        ends, even if this process is killed with SIGKILL. Start it from the main thread.

    Returns
    -------
    OxigraphServer
        Call ``stop()`` (or use it as a context manager) to end it.

    Raises
    ------
    SamverkanError
        If the port is busy, the store is missing, or the server fails to start.
    """
    if port == 0:
        for attempt in range(3):
            try:
                return start_server(
                    location,
                    host=host,
                    port=free_port(host),
                    read_only=read_only,
                    timeout_s=timeout_s,
                    union_default_graph=union_default_graph,
                    startup_timeout=startup_timeout,
                    die_with_parent=die_with_parent,
                )
            except SamverkanError as exc:
                if "already in use" not in str(exc) or attempt == 2:
                    raise
    if not port_is_free(host, port):
        raise SamverkanError(
            f"port {port} on {host} is already in use; stop what runs there or choose "
            "another port with --port"
        )
    command = [find_oxigraph(), "serve-read-only" if read_only else "serve"]
    if location is not None:
        if read_only and not Path(location).is_dir():
            raise SamverkanError("no store here; run 'samverkan build' first", path=location)
        command += ["--location", str(location)]
    elif read_only:
        raise SamverkanError("a read-only server needs a store location")
    command += ["--bind", f"{_url_host(host)}:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    if timeout_s:
        command += ["--timeout-s", str(max(1, math.ceil(timeout_s)))]
    # stderr goes to a file, not a pipe: a chatty server must never block on a full pipe.
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by OxigraphServer.close)
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=log,
        stdin=subprocess.DEVNULL,
        preexec_fn=_die_with_parent if die_with_parent and sys.platform == "linux" else None,
    )
    server = OxigraphServer(process, host, port, log)
    deadline = time.monotonic() + startup_timeout
    while True:
        if process.poll() is not None:
            process.wait()
            error = server.log_text()
            detail = (
                error.strip().splitlines()[-1]
                if error.strip()
                else f"exit status {process.returncode}"
            )
            if "in use" in error.lower():
                detail = f"port {port} on {host} is already in use ({detail})"
            raise SamverkanError(f"the oxigraph server did not start: {detail}")
        try:
            with urllib.request.urlopen(
                server.query_url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2
            ):
                break
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                server.close()
                raise SamverkanError(
                    f"the oxigraph server did not answer at {server.url} within "
                    f"{startup_timeout:g} s"
                ) from None
            time.sleep(0.1)
    return server
