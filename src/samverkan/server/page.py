"""The query page of ``samverkan serve``: made for this graph, and making no foreign request.

One HTML page with everything inside it: our own script and style (``assets/query.*``),
vis-network from the views package (the same vendored file), and the library queries
(:func:`samverkan.query.list_queries`: title, description, parameters, text) as examples.
A Content-Security-Policy allows only these inline scripts (by their sha256 hash) and
requests to the server that served the page (``connect-src 'self'``): nothing else loads.

The page runs a query with ``POST /api/run`` (the front server answers rows with a label
beside each IRI), shows a table, a network when the answer has two IRI columns and a
timeline when it has dates, and keeps the query and its parameters in the URL fragment so
that the address is a link that runs it again.

Examples
--------
>>> html, policy = query_page()
>>> "connect-src 'self'" in policy and "https://" not in policy
True
>>> 'id="sv-query"' in html and "cooperation" in html
True
"""

from __future__ import annotations

import functools
from importlib import resources

from samverkan.namespaces import PREFIXES
from samverkan.query import list_queries
from samverkan.views._page import asset as views_asset
from samverkan.views._page import embed_json, fill, script_hash

__all__ = ["START_QUERY", "page_csp", "query_page"]

START_QUERY = "cooperation"
"""The example shown when the page opens without a query in its address."""


def _asset(name: str) -> str:
    return resources.files("samverkan.server").joinpath("assets", name).read_text("utf-8")


def page_csp(scripts: list[str]) -> str:
    """The page's policy: its own inline scripts, requests to its own server only.

    Examples
    --------
    >>> page_csp(["x"]).split("; ")[:2]
    ["default-src 'none'", "script-src 'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='"]
    """
    hashes = " ".join(script_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'"
    )


def _examples() -> list[dict[str, object]]:
    return [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "kind": q.kind,
            "text": q.text,
            "params": [
                {
                    "name": p.name,
                    "type": p.type,
                    "default": p.default,
                    "required": p.required,
                    "description": p.description,
                }
                for p in q.params
            ],
        }
        for q in list_queries()
    ]


@functools.cache
def query_page() -> tuple[str, str]:
    """The query page's HTML and its Content-Security-Policy header.

    The header adds ``frame-ancestors 'none'`` (no other page may frame this one), which a
    ``<meta>`` policy cannot carry.
    """
    vis = views_asset("assets/vis-network.min.js")
    app = _asset("query.js")
    policy = page_csp([vis, app])
    data = {"queries": _examples(), "prefixes": dict(PREFIXES), "start": START_QUERY}
    html = fill(
        _asset("query.html"),
        {
            "CSP": policy,
            "CSS": _asset("query.css"),
            "DATA": embed_json(data),
            "VIS": vis,
            "APP": app,
        },
    )
    return html, policy + "; frame-ancestors 'none'"
