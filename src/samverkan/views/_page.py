"""Assemble a self-contained HTML page: template, inline assets, embedded JSON, CSP.

Everything the page needs is inside the file. A Content-Security-Policy in a ``<meta>``
element allows only the page's own inline scripts (by their sha256 hash) and no request of
any kind, so that even a mistake elsewhere could neither load nor run anything foreign.

Examples
--------
>>> embed_json({"label": "</script><script>alert(1)</script>"})
'{"label":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
>>> csp(["x"]).startswith("default-src 'none'; script-src 'sha256-")
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

__all__ = ["asset", "csp", "embed_json", "fill", "script_hash"]

_TOKEN = re.compile(r"@@([A-Z]+)@@")
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")


@functools.cache
def asset(name: str) -> str:
    """Return the text of a packaged asset or template, e.g. ``"assets/views.js"``.

    The source-map comment of a minified script is dropped: the page never asks for it.
    """
    text = resources.files("samverkan.views").joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".js"):
        text = _SOURCE_MAP.sub("\n", text)
    return text


def embed_json(payload: Any) -> str:
    """Serialise ``payload`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (and the
    line separators U+2028/U+2029 escaped), so no string in the data can close the element
    (``</script>``) or open a comment. The output is deterministic: keys sorted, no spaces.
    """
    text = json.dumps(
        payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def script_hash(script: str) -> str:
    """The CSP source expression (``'sha256-…'``) allowing one inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def csp(scripts: Iterable[str], beside: bool = False) -> str:
    """A Content-Security-Policy that allows exactly ``scripts`` and no network request;
    with ``beside``, also scripts from the page's own place (``'self'``: a data file
    beside the page, which headless Chromium loads from a ``file://`` page too).

    Examples
    --------
    >>> "'self'" in csp(["x"]), "'self'" in csp(["x"], beside=True)
    (False, True)
    """
    hashes = " ".join(script_hash(s) for s in scripts)
    if beside:
        hashes = f"'self' {hashes}"
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace every ``@@NAME@@`` of ``template`` in one pass (inserted text is not rescanned).

    Examples
    --------
    >>> fill("<b>@@A@@</b>@@B@@", {"A": "@@B@@", "B": "x"})
    '<b>@@B@@</b>x'
    """
    return _TOKEN.sub(lambda m: values[m.group(1)], template)
