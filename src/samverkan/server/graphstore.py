"""Push the build's named graphs into another server through the SPARQL Graph Store Protocol.

:func:`push` sends one ``PUT <endpoint>?graph=<IRI>`` per named graph (N-Triples, UTF-8),
which replaces that graph on the server and leaves other graphs alone: pushing twice gives
the same store. Servers that guard their write endpoint with HTTP authentication (Virtuoso's
``/sparql-graph-crud-auth`` asks for Digest, others for Basic) get the user and password given
to :func:`push`; :func:`credentials_from_env` reads them from ``SAMVERKAN_PUSH_USER`` and
``SAMVERKAN_PUSH_PASSWORD``. Nothing is stored.

Examples
--------
>>> credentials_from_env({"SAMVERKAN_PUSH_USER": "dba", "SAMVERKAN_PUSH_PASSWORD": "s3cret"})
('dba', 's3cret')
>>> credentials_from_env({}) is None
True
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path

from samverkan.errors import SamverkanError

__all__ = ["PASSWORD_ENV", "USER_ENV", "credentials_from_env", "push"]

USER_ENV = "SAMVERKAN_PUSH_USER"
PASSWORD_ENV = "SAMVERKAN_PUSH_PASSWORD"


def credentials_from_env(
    environ: Mapping[str, str] | None = None, user: str | None = None
) -> tuple[str, str] | None:
    """``(user, password)`` from the environment (``user`` given on the command line wins).

    Returns None when no user is given anywhere.

    Raises
    ------
    SamverkanError
        If a user is given but ``SAMVERKAN_PUSH_PASSWORD`` is not set.

    Examples
    --------
    >>> credentials_from_env({}, user="dba")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: a user is given (dba) but no password: set SAMVERKAN_PUSH_...
    """
    env = os.environ if environ is None else environ
    user = user or env.get(USER_ENV) or None
    if user is None:
        return None
    password = env.get(PASSWORD_ENV)
    if password is None:
        raise SamverkanError(f"a user is given ({user}) but no password: set {PASSWORD_ENV}")
    return user, password


def _graphs(build_dir: Path) -> Iterator[tuple[str | None, bytes, int]]:
    """(graph IRI or None for the default graph, N-Triples, triple count) per graph."""
    import pyoxigraph as ox

    trig = Path(build_dir) / "samverkan.trig"
    if not trig.is_file():
        raise SamverkanError(
            "no samverkan.trig in the build directory; run 'samverkan build'", path=build_dir
        )
    try:
        quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    except (SyntaxError, OSError) as exc:
        raise SamverkanError(f"cannot read the built graph: {exc}", path=trig) from None
    by_graph: dict[str | None, list[ox.Triple]] = {}
    for quad in quads:
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        by_graph.setdefault(name, []).append(quad.triple)
    for name in sorted(by_graph, key=lambda n: (n is not None, n or "")):
        triples = by_graph[name]
        yield name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


class _Auth:
    """Answers a server's authentication before a large body is sent, not after.

    urllib sends a request without credentials and answers the 401 by sending it again; a
    server that refuses as soon as it has read the headers (Virtuoso) closes the connection
    while a large body is still on its way. So a body-less request first fetches the
    challenge, and each PUT then carries its ``Authorization`` header from the start.
    """

    def __init__(self, url: str, credentials: tuple[str, str] | None) -> None:
        self.credentials = credentials
        self.challenge: tuple[str, dict[str, str]] | None = None
        if credentials is None:
            self.opener = urllib.request.build_opener()
            return
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, *credentials)
        self.digest = urllib.request.HTTPDigestAuthHandler(passwords)
        # Digest first (urllib orders it before Basic): Virtuoso's -auth endpoints ask for it.
        self.opener = urllib.request.build_opener(
            self.digest, urllib.request.HTTPBasicAuthHandler(passwords)
        )

    def fetch_challenge(self, url: str, timeout: float) -> None:
        """Ask without credentials and keep the server's challenge, if it sends one."""
        if self.credentials is None:
            return
        try:
            with urllib.request.urlopen(
                urllib.request.Request(url, method="HEAD"), timeout=timeout
            ):
                return
        except urllib.error.HTTPError as exc:
            header = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
        except (urllib.error.URLError, OSError):
            return  # the PUT will say why
        scheme, _, rest = header.partition(" ")
        if scheme.lower() in ("digest", "basic"):
            fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
            self.challenge = (scheme.lower(), fields)

    def sign(self, request: urllib.request.Request) -> None:
        """Add the ``Authorization`` header that answers the kept challenge."""
        if self.challenge is None or self.credentials is None:
            return
        scheme, fields = self.challenge
        if scheme == "digest":
            answer = self.digest.get_authorization(request, fields)
            if answer:
                request.add_unredirected_header("Authorization", f"Digest {answer}")
        else:
            token = base64.b64encode(":".join(self.credentials).encode("utf-8")).decode("ascii")
            request.add_unredirected_header("Authorization", f"Basic {token}")


def _cut_short(exc: BaseException) -> bool:
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, (BrokenPipeError, ConnectionResetError))


def _refusal(
    exc: urllib.error.HTTPError,
    endpoint_url: str,
    name: str | None,
    credentials: tuple[str, str] | None,
) -> SamverkanError:
    body = exc.read().decode("utf-8", "replace").strip() if exc.fp is not None else ""
    hint = ""
    if exc.code == 401:
        hint = (
            " (the server asks for a user and password: give --user and set "
            "SAMVERKAN_PUSH_PASSWORD)"
            if credentials is None
            else " (the user or password is wrong)"
        )
    return SamverkanError(
        f"{endpoint_url} refused graph {name or 'default'}: HTTP {exc.code} {exc.reason}"
        + hint
        + (f": {body.splitlines()[0][:300]}" if body else "")
    )


def push(
    build_dir: Path,
    endpoint_url: str,
    *,
    timeout: float = 60.0,
    credentials: tuple[str, str] | None = None,
) -> dict[str, int]:
    """Load the build's named graphs into a server through the Graph Store Protocol.

    Parameters
    ----------
    build_dir : Path
        The build directory (its ``samverkan.trig`` is read).
    endpoint_url : str
        The server's Graph Store endpoint: Oxigraph ``http://host:7878/store`` (a bare
        ``http://host:7878/`` is taken to mean that), Virtuoso
        ``http://host:8890/sparql-graph-crud-auth``, Fuseki ``http://host:3030/DATASET/data``,
        GraphDB ``http://host:7200/repositories/ID/rdf-graphs/service``.
    timeout : float
        Seconds to wait for each request.
    credentials : (str, str), optional
        User and password for HTTP Digest or Basic authentication, answered only when the
        server asks (see :func:`credentials_from_env`).

    Returns
    -------
    dict of str to int
        Graph name -> number of triples sent.

    Raises
    ------
    SamverkanError
        If the build is missing, the server cannot be reached, or it refuses a graph.

    Examples
    --------
    >>> push(Path("out"), "ftp://example.org/store")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: not an http(s) URL: 'ftp://example.org/store'
    """
    parsed = urllib.parse.urlsplit(endpoint_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SamverkanError(f"not an http(s) URL: {endpoint_url!r}")
    if parsed.path in ("", "/"):
        endpoint_url = urllib.parse.urlunsplit(parsed._replace(path="/store"))
    auth = _Auth(endpoint_url, credentials)
    opener = auth.opener
    sent: dict[str, int] = {}
    for name, data, count in _graphs(build_dir):
        query = "default" if name is None else urllib.parse.urlencode({"graph": name})
        url = endpoint_url + ("&" if "?" in endpoint_url else "?") + query
        request = urllib.request.Request(
            url,
            data=data,
            method="PUT",
            headers={"Content-Type": "application/n-triples; charset=utf-8"},
        )
        if not sent:
            auth.fetch_challenge(url, timeout)
        auth.sign(request)
        try:
            try:
                with opener.open(request, timeout=timeout) as response:
                    response.read()
            except (urllib.error.URLError, OSError) as exc:
                if isinstance(exc, urllib.error.HTTPError) or not _cut_short(exc):
                    raise
                # A server may refuse (401) while the body is still being sent and close the
                # connection: ask again without a body to learn why.
                probe = urllib.request.Request(url, method="HEAD")
                try:
                    with opener.open(probe, timeout=timeout):
                        pass
                except urllib.error.HTTPError as refusal:
                    if refusal.code == 401:
                        raise
                raise exc from None
        except urllib.error.HTTPError as exc:
            raise _refusal(exc, endpoint_url, name, credentials) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise SamverkanError(
                f"cannot reach the Graph Store endpoint {endpoint_url}: {reason}"
            ) from None
        sent[name or "default"] = count
    return sent
