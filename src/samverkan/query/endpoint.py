"""A remote SPARQL 1.1 query endpoint: which URLs are accepted, and one request to it.

Only ``http://`` and ``https://`` URLs with a host are endpoints; ``file:``, ``data:``,
``ftp:``, an empty string or anything else is refused before a connection is made, and a
redirect may not lead anywhere else either. Every query text is checked by
:func:`samverkan.guard.check_query` just before it is sent. An answer that breaks off, is
not SPARQL results, or never comes is one :class:`~samverkan.errors.SamverkanError`.

Examples
--------
>>> check_endpoint("http://127.0.0.1:7878/query")
'http://127.0.0.1:7878/query'
>>> check_endpoint("file:///etc/passwd")
Traceback (most recent call last):
...
samverkan.errors.SamverkanError: endpoint 'file:///etc/passwd' is not an http:// or https:// URL ...
"""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from samverkan.errors import SamverkanError
from samverkan.guard import check_query
from samverkan.query.results import rows_from_result

__all__ = ["ask_endpoint", "check_endpoint"]

_SCHEMES = ("http", "https")
_EXAMPLE = "http://127.0.0.1:7878/query"


def _shown(url: str) -> str:
    return repr(url if len(url) <= 100 else url[:97] + "...")


def check_endpoint(url: str) -> str:
    """Return ``url`` if it can name a SPARQL endpoint: ``http(s)://host[:port]/...``.

    Raises
    ------
    SamverkanError
        For an empty string, another scheme (``file:``, ``data:``, ``ftp:`` ...), no host,
        a bad port, or spaces and control characters in the URL.

    Examples
    --------
    >>> check_endpoint("")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: the endpoint is empty: give the URL of a SPARQL endpoint, ...
    >>> check_endpoint("http:///query")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: endpoint 'http:///query' is not an http:// or https:// URL ...
    """
    if not url:
        raise SamverkanError(
            f"the endpoint is empty: give the URL of a SPARQL endpoint, such as {_EXAMPLE}"
        )
    problem = f"endpoint {_shown(url)} is not an http:// or https:// URL with a host"
    if re.search(r"[\s\x00-\x1f\x7f]", url):
        raise SamverkanError(f"{problem} (it contains spaces or control characters)")
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError:
        raise SamverkanError(f"{problem} (its port is not a number from 0 to 65535)") from None
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        raise SamverkanError(f"{problem} (for Oxigraph: {_EXAMPLE})")
    return url


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another http(s) URL with a host."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            check_endpoint(newurl)
        except SamverkanError:
            raise SamverkanError(
                f"{req.full_url} redirected to {_shown(newurl)}, which is not an endpoint"
            ) from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _http(url: str, data: bytes, headers: dict[str, str], timeout: float) -> bytes:
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, http.client.HTTPException):
            body = []
        detail = f": {body[0][:300]}" if body else ""
        raise SamverkanError(f"{url} answered HTTP {exc.code} {exc.reason}{detail}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise SamverkanError(f"{url} did not answer within {timeout:g} s") from None
        raise SamverkanError(f"cannot reach the endpoint {url}: {reason}") from None
    except TimeoutError:
        raise SamverkanError(f"{url} did not answer within {timeout:g} s") from None
    except http.client.IncompleteRead as exc:
        raise SamverkanError(
            f"the answer of {url} was cut short ({len(exc.partial)} bytes arrived, "
            f"{exc.expected} more were announced)"
        ) from None
    except http.client.HTTPException as exc:
        name = type(exc).__name__
        raise SamverkanError(f"{url} did not answer as an HTTP server does ({name})") from None
    except OSError as exc:
        raise SamverkanError(f"cannot reach the endpoint {url}: {exc}") from None


def ask_endpoint(
    url: str, text: str, form: str, timeout: float | None, *, where: str = "<query>"
) -> tuple[list[str], list[list[Any]]]:
    """Send a query (parameters already bound) to the endpoint ``url``; return its rows.

    Parameters
    ----------
    url : str
        The endpoint (checked with :func:`check_endpoint`).
    text : str
        The query, checked with :func:`samverkan.guard.check_query` before it is sent.
    form : str
        ``select``, ``ask`` or ``construct`` (which answer format to ask for).
    timeout : float or None
        Seconds to wait (default 60).
    where : str
        How to name the query in messages.

    Returns
    -------
    (list of str, list of list)
        Column names and rows of pyoxigraph terms, as :func:`rows_from_result` gives them.
    """
    import pyoxigraph as ox

    check_endpoint(url)
    check_query(text, where=where)
    accept = "application/n-triples" if form == "construct" else "application/sparql-results+json"
    body = _http(
        url,
        urllib.parse.urlencode({"query": text}).encode("utf-8"),
        {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        timeout if timeout is not None else 60.0,
    )
    if b"operation has been cancelled" in body[-200:]:
        # Oxigraph streams a 200 answer and cuts it when its --timeout-s is reached.
        raise SamverkanError(f"{url} stopped the query: it ran longer than the server's timeout")
    try:
        if form == "construct":
            return rows_from_result(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        return rows_from_result(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
    except (SyntaxError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise SamverkanError(f"{url} sent an answer that is not SPARQL results: {detail}") from None
