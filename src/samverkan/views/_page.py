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
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

__all__ = [
    "Encoded",
    "WithId",
    "asset",
    "csp",
    "embed_json",
    "encoded_with_id",
    "fill",
    "script_hash",
]

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


class Encoded(str):
    """The text :func:`embed_json` gives for a value, made already: a list of them, as a
    value of the payload's top level, is written as the list of those values.

    A view cut from a network shares most of its records with other views (the
    municipalities' views share the ties between national actors): each record is
    encoded once per process (:func:`encoded_with_id`), and each view joins the texts.
    """

    __slots__ = ()


def _escaped(text: str) -> str:
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


#: one encoder for every call (``json.dumps`` with options makes one per call, a third of
#: the time of encoding a small record)
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def _dumps(payload: Any) -> str:
    return _ENCODER.encode(payload)


def embed_json(payload: Any) -> str:
    """Serialise ``payload`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (and the
    line separators U+2028/U+2029 escaped), so no string in the data can close the element
    (``</script>``) or open a comment. The output is deterministic: keys sorted, no spaces.

    A value of a dict ``payload`` that is a list of :class:`Encoded` texts is written as
    the list of the values they encode: the same text as if the values had been given.

    Examples
    --------
    >>> records = [{"id": "e0", "tip": "<b>"}, {"id": "e1", "tip": "&"}]
    >>> joined = [Encoded(embed_json(r)) for r in records]
    >>> embed_json({"edges": joined, "n": 2}) == embed_json({"edges": records, "n": 2})
    True
    """
    lists = {}
    if isinstance(payload, dict):
        lists = {
            key: value
            for key, value in payload.items()
            if isinstance(value, list) and value and all(isinstance(v, Encoded) for v in value)
        }
    if not lists:
        return _escaped(_dumps(payload))
    marks = {key: f"\0samverkan-encoded:{key}\0" for key in lists}
    text = _escaped(_dumps({**payload, **marks}))
    for key, value in lists.items():
        mark = _escaped(_dumps(marks[key]))
        if text.count(mark) != 1:  # a string of the data holds the mark: encoded whole
            return _escaped(_dumps({**payload, **{k: _decoded(v) for k, v in lists.items()}}))
        text = text.replace(mark, "[" + ",".join(value) + "]")
    return text


def _decoded(items: list[Encoded]) -> list[Any]:
    return [json.loads(item) for item in items]


_ID = "\0samverkan-id\0"
_ID_TEXT = _escaped(_dumps(_ID))


def encoded_with_id(record: Mapping[str, Any]) -> Callable[[str], Encoded]:
    """What gives the text of ``record`` with an ``id`` (:func:`embed_json` of
    ``{**record, "id": id}``), encoded once: a view numbers the records it draws, and
    the records are shared by many views. A :class:`WithId`, unless the record's data
    holds the mark the split uses.

    Examples
    --------
    >>> made = encoded_with_id({"to": "b", "from": "a", "tip": "x < y"})
    >>> made("e7") == embed_json({"to": "b", "from": "a", "tip": "x < y", "id": "e7"})
    True
    >>> made("<é>") == embed_json({"to": "b", "from": "a", "tip": "x < y", "id": "<é>"})
    True
    """
    parts = _escaped(_dumps({**record, "id": _ID})).split(_ID_TEXT)
    if len(parts) != 2:  # the mark is in the record's data too: encoded each time
        return lambda id_: Encoded(embed_json({**record, "id": id_}))
    return WithId(*parts)


class WithId:
    """The text of a record (:func:`encoded_with_id`) as the two texts around its id, which
    a call puts in: kept from one build to the next by the municipalities' views
    (:class:`samverkan.views._incremental.EdgeTexts`).

    Examples
    --------
    >>> WithId('{"id":', ',"to":"b"}')("e3")
    '{"id":"e3","to":"b"}'
    """

    __slots__ = ("head", "tail")

    def __init__(self, head: str, tail: str) -> None:
        self.head, self.tail = head, tail

    def __call__(self, id_: str) -> Encoded:
        # an id of letters and digits (the views' ``e12``) is its own JSON text, quoted
        plain = id_.isascii() and id_.isalnum()
        if plain:
            return Encoded(f'{self.head}"{id_}"{self.tail}')
        return Encoded(self.head + _escaped(_dumps(id_)) + self.tail)


@functools.lru_cache(maxsize=16)
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
