"""What the endpoint checks and runs: a query in, Oxigraph's answer (or a refusal) out.

The HTTP plumbing lives in :mod:`samverkan.server.front`; this module decides. A query sent
to ``/query`` gets the project's prefixes (:func:`samverkan.query.declare_prefixes`), then
:func:`samverkan.guard.check_query` and the update check; only then :func:`forward` sends
it to Oxigraph and reads the answer within the timeout and the result limit. A refusal is
a :class:`Refused` carrying the HTTP status and a one-line reason.

Examples
--------
>>> checked_form({"query": ["SELECT ?m WHERE { ?m a sam:Municipality }"]})[0][1][:28]
'PREFIX sam: <https://w3id.or'
>>> checked_form({"query": ["DROP ALL"]})
Traceback (most recent call last):
...
samverkan.server.endpoint.Refused: updates are refused: this endpoint is read-only
"""

from __future__ import annotations

import math
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from samverkan.errors import SamverkanError
from samverkan.guard import check_query
from samverkan.namespaces import BASE
from samverkan.query import declare_prefixes

__all__ = [
    "DEFAULT_MAX_RESULT_MB",
    "Refused",
    "checked_form",
    "forward",
    "is_update",
    "kept_for_page",
    "run_for_page",
]

DEFAULT_MAX_RESULT_MB = 50.0
"""Default result-size limit in megabytes (10**6 bytes) of serialised answer."""

_UPDATE_WORDS = re.compile(
    r"^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)
_PROLOGUE = re.compile(
    r"^(\s+|#[^\n]*\n?|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE
)
# Oxigraph streams a 200 answer and ends it with this when its --timeout-s is reached.
_CANCELLED = b"operation has been cancelled"
_READ_ONLY = "updates are refused: this endpoint is read-only"


def is_update(text: str) -> bool:
    """True if ``text`` is a SPARQL update (its first keyword after the prologue).

    Examples
    --------
    >>> is_update("PREFIX x: <urn:x#>\\n# a comment\\nINSERT DATA { x:a x:b x:c }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    rest = text
    while True:
        match = _PROLOGUE.match(rest)
        if not match or not match.group():
            break
        rest = rest[match.end() :]
    return bool(_UPDATE_WORDS.match(rest))


class Refused(Exception):
    """An answer other than 200: status and a one-line reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def checked_form(fields: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The form to send to Oxigraph for the protocol fields of a request, or :class:`Refused`.

    Parameters
    ----------
    fields : dict of str to list of str
        ``query`` (exactly one), ``default-graph-uri`` and ``named-graph-uri`` (the
        build's own graphs only); ``update`` is refused.
    """
    if "update" in fields:
        raise Refused(403, _READ_ONLY)
    queries = fields.get("query", [])
    if len(queries) != 1:
        raise Refused(400, "give exactly one 'query' parameter")
    text, _ = declare_prefixes(queries[0])
    try:
        check_query(text)
    except SamverkanError as exc:
        raise Refused(400, str(exc)) from None
    if is_update(text):
        raise Refused(403, _READ_ONLY)
    form: list[tuple[str, str]] = [("query", text)]
    for key in ("default-graph-uri", "named-graph-uri"):
        for graph in fields.get(key, []):
            if not graph.startswith(BASE):
                raise Refused(
                    400,
                    f"graph <{graph}> is refused: only the build's own named graphs "
                    f"({BASE}...) can be named",
                )
            form.append((key, graph))
    return form


def _user_column(message: str, added: int) -> str:
    """Oxigraph's ``error at 1:COL`` counted in the text the user sent (without prefixes).

    Examples
    --------
    >>> _user_column("error at 1:82: expected one of ...", 40)
    'error at 1:42: expected one of ...'
    """
    if not added:
        return message
    return re.sub(
        r"error at 1:(\d+)", lambda m: f"error at 1:{max(1, int(m.group(1)) - added)}", message
    )


def _too_long(timeout_s: float) -> str:
    return (
        f"the query ran longer than the timeout of {timeout_s:g} s and was stopped; "
        "make it more selective"
    )


def forward(
    upstream: str,
    fields: dict[str, list[str]],
    accept: str,
    *,
    timeout_s: float,
    max_result_bytes: int,
) -> tuple[str, bytes]:
    """Check a query (:func:`checked_form`), run it on Oxigraph; (content type, answer).

    Raises
    ------
    Refused
        400/403 from the checks; Oxigraph's own status for its errors (a syntax error is
        400); 422 for an answer over ``max_result_bytes``; 504 past ``timeout_s``; 502 when
        Oxigraph does not answer.
    """
    form = checked_form(fields)
    added = len(form[0][1]) - len(fields["query"][0])  # the declared prefixes, on line 1
    request = urllib.request.Request(
        upstream,
        data=urllib.parse.urlencode(form).encode("utf-8"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": accept or "application/sparql-results+json",
        },
        method="POST",
    )
    deadline = time.monotonic() + timeout_s + 2
    try:
        with urllib.request.urlopen(request, timeout=timeout_s + 2) as response:
            kind = response.headers.get("Content-Type", "application/octet-stream")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(65536):
                size += len(chunk)
                if size > max_result_bytes:
                    raise Refused(
                        422,
                        f"the answer is larger than the result limit of "
                        f"{max_result_bytes / 1e6:g} MB; add LIMIT or ask for less",
                    )
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        detail = exc.read(2000).decode("utf-8", "replace").strip().splitlines()
        line = detail[0] if detail else str(exc.reason)
        raise Refused(exc.code, _user_column(line, added)) from None
    except TimeoutError:
        raise Refused(504, _too_long(timeout_s)) from None
    except (urllib.error.URLError, OSError) as exc:
        if isinstance(getattr(exc, "reason", None), (TimeoutError, socket.timeout)):
            raise Refused(504, _too_long(timeout_s)) from None
        raise Refused(502, "the SPARQL server behind this endpoint does not answer") from None
    body = b"".join(chunks)
    if _CANCELLED in body[-300:]:
        raise Refused(504, _too_long(timeout_s))
    return kind, body


def run_for_page(query_url: str, payload: Any, timeout_s: float) -> dict[str, Any]:
    """``/api/run``: run ``{"query": text, "params": {name: value}}`` at ``query_url``.

    :func:`samverkan.query.run_query` binds the parameters the query's headers declare
    (an unknown name is an error) and adds a label column beside each IRI column.

    Returns
    -------
    dict
        ``{"columns": [...], "rows": [[...], ...]}`` with JSON values.
    """
    from samverkan.query import run_query

    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        raise Refused(400, 'send JSON {"query": "...", "params": {"name": "value"}}')
    params = payload.get("params") or {}
    if not isinstance(params, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in params.items()
    ):
        raise Refused(400, "params must map names to strings")
    params = {k: v for k, v in params.items() if v.strip()}
    try:
        frame = run_query(query_url, payload["query"], params, timeout=timeout_s + 5)
    except SamverkanError as exc:
        message = str(exc)
        prefix = f"{query_url} answered HTTP "
        if message.startswith(prefix):  # the checks of /query, said once
            message = message[len(prefix) :].split(": ", 1)[-1]
        raise Refused(400, message) from None
    return _page_rows(frame)


def kept_for_page(build_dir: Path, manifest: bytes | None, payload: Any) -> dict[str, Any] | None:
    """``/api/run`` from the answers the build keeps (:mod:`samverkan.query.stored`): the
    answer :func:`run_for_page` would give, when ``payload`` is a kept library query as the
    page shows it (its text unchanged, no parameter given) and the build in ``build_dir``
    whose ``manifest`` the server read when it opened the store keeps it; else None.
    """
    from samverkan.query import stored

    if manifest is None or not isinstance(payload, dict):
        return None
    text, params = payload.get("query"), payload.get("params") or {}
    if not isinstance(text, str) or not isinstance(params, dict):
        return None
    if any(not isinstance(v, str) or v.strip() for v in params.values()):
        return None
    info = stored.kept_query(text)
    if info is None:
        return None
    frame = stored.read_answer(build_dir, info, None, True, manifest=manifest)
    return None if frame is None else _page_rows(frame)


def _page_rows(frame: Any) -> dict[str, Any]:
    rows = [[_json_value(v) for v in row] for row in frame.itertuples(index=False)]
    return {"columns": [str(c) for c in frame.columns], "rows": rows}


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    return str(value)
