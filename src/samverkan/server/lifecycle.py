"""``samverkan serve``: Oxigraph on a private port, the front server where users connect.

:func:`serve` starts the Oxigraph child on a free loopback port, the front server
(:mod:`samverkan.server.front`) on the address asked for, prints where they are, and runs
until SIGINT (Ctrl-C), SIGTERM or SIGHUP (what a notebook's or an editor's stop button
sends): each of them stops the front, then the Oxigraph child, and frees both ports. On
Linux the child is also told to end with its parent, should the parent be killed outright.

Serving beyond loopback needs ``public=True`` and says what it exposes (:func:`exposure`).

Examples
--------
>>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1")
(True, True, True)
>>> is_loopback("0.0.0.0"), is_loopback("192.168.1.20")
(False, False)
"""

from __future__ import annotations

import contextlib
import ipaddress
import signal
import threading
from pathlib import Path
from types import FrameType

from samverkan.errors import SamverkanError
from samverkan.server.front import DEFAULT_MAX_RESULT_MB, start_front
from samverkan.server.oxigraph import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT_S,
    port_is_free,
    start_server,
)

__all__ = ["exposure", "is_loopback", "serve"]

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def is_loopback(host: str) -> bool:
    """True if ``host`` is a loopback address or ``localhost``."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure(host: str, port: int, timeout_s: float, max_result_mb: float) -> str:
    """What serving on a non-loopback ``host`` exposes, in words (printed by ``serve``).

    Examples
    --------
    >>> print(exposure("0.0.0.0", 7878, 60, 50))  # doctest: +NORMALIZE_WHITESPACE
    PUBLIC: every machine that can reach this one on port 7878 (all interfaces) can open
    the query page and read the whole graph through the SPARQL endpoint: every named graph,
    the quotes from the documents and the names and posts of the people in them. Updates
    are refused; each query may run 60 s and answer 50 MB. Stop with Ctrl-C.
    """
    where = "all interfaces" if host in ("0.0.0.0", "::", "") else f"address {host}"
    return (
        f"PUBLIC: every machine that can reach this one on port {port} ({where}) can open\n"
        "the query page and read the whole graph through the SPARQL endpoint: every named "
        "graph,\nthe quotes from the documents and the names and posts of the people in "
        "them. Updates\nare refused; each query may run "
        f"{timeout_s:g} s and answer {max_result_mb:g} MB. Stop with Ctrl-C."
    )


def serve(
    build_dir: Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    *,
    max_result_mb: float = DEFAULT_MAX_RESULT_MB,
    public: bool = False,
) -> int:
    """Serve the built graph read-only until SIGINT, SIGTERM or SIGHUP.

    Parameters
    ----------
    build_dir : Path
        The build directory; its ``store/`` is served.
    host, port : str, int
        Where the query page and endpoint listen (loopback by default).
    timeout_s : float
        Queries running longer are stopped.
    max_result_mb : float
        Larger answers are refused.
    public : bool
        Required for any ``host`` that is not loopback.

    Returns
    -------
    int
        0 after a stop signal.

    Raises
    ------
    SamverkanError
        For a non-loopback host without ``public``, a busy port, a missing store, or an
        Oxigraph server that stops by itself.
    """
    if not is_loopback(host) and not public:
        raise SamverkanError(
            f"--host {host} is not a loopback address: it would expose the graph to the "
            "network; add --public to do that on purpose"
        )
    if not port_is_free(host, port):
        raise SamverkanError(
            f"port {port} on {host} is already in use; stop what runs there or choose "
            "another port with --port"
        )
    stop = threading.Event()
    received: list[int] = []

    def on_signal(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in _STOP_SIGNALS}
    oxigraph = front = None
    try:
        oxigraph = start_server(
            Path(build_dir) / "store",
            port=0,
            timeout_s=timeout_s,
            die_with_parent=True,
        )
        front = start_front(
            oxigraph.query_url,
            host=host,
            port=port,
            timeout_s=timeout_s,
            max_result_mb=max_result_mb,
            public=public,
            build_dir=Path(build_dir),
        )
        print(f"SPARQL query page: {front.url}", flush=True)
        print(
            f"SPARQL endpoint: {front.query_url} (read-only; default graph = union of all "
            f"graphs; timeout {timeout_s:g} s, answers up to {max_result_mb:g} MB)"
        )
        if public:
            print(exposure(host, port, timeout_s, max_result_mb))
        print("Stop with Ctrl-C.", flush=True)
        while not stop.wait(0.5):
            if oxigraph.process.poll() is not None:
                error = oxigraph.log_text().strip()
                raise SamverkanError(
                    f"the oxigraph server stopped with status {oxigraph.process.returncode}"
                    + (f": {error.splitlines()[-1]}" if error else "")
                )
    finally:
        if front is not None:
            front.shutdown()
            front.server_close()
        if oxigraph is not None:
            oxigraph.close()
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, handler)
    name = signal.Signals(received[0]).name if received else "signal"
    print(f"server stopped ({name})", flush=True)
    return 0
