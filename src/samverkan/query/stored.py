"""Answers kept with a build: the largest library answers, read back instead of evaluated.

At national size two library queries answer with more than a hundred thousand rows:
``cooperation`` (every cooperating pair with each fact behind it) and
``construct-cooperation`` (the cooperation network as triples). Oxigraph spends seconds
evaluating them, and a command-line query first loads the whole dataset into memory. A
build directory therefore keeps their answers, as :func:`samverkan.query.run_query` gives
them (label columns included), in ``OUT/.cache/answers/NAME.json``: a query on the build
directory (``run_query(OUT, "cooperation")``, ``samverkan query run cooperation``) reads the
kept answer, which is the same frame, without opening the store.

An answer is kept when it has been computed once for the build: by the build itself when
it draws the views (they read ``cooperation``; a rebuild brings the previous build's up to
date, :mod:`samverkan.query.patch`), otherwise by the first query on the build directory.
It is used only for the library query of that name, with its default parameters and label
columns, and only while its key holds: the query's text, the format of the file
and the build's manifest (``OUT/.cache/manifest.json``, the digests of every input file and
of the code), so an answer of an earlier build, another version or an edited query is never
read. A build starts with an empty cache; nothing else is ever written into a build
directory by a query, and a build directory that cannot be written to is read as it is.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"a": ["x", "y", "x"], "n": [1, None, 1]}, dtype=object)
>>> encoded = encode(frame)
>>> encoded["values"], encoded["rows"]
(['x', 'y', 1, None], [[0, 1, 0], [2, 3, 2]])
>>> decode(encoded).equals(frame)
True
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from samverkan.paths import BUILD_CACHE, BUILD_MANIFEST
from samverkan.query.library import QueryInfo

__all__ = [
    "ANSWERS",
    "STORED",
    "answer_key",
    "build_manifest",
    "decode",
    "encode",
    "kept_query",
    "read_answer",
    "write_answer",
]

#: The library queries whose answers a build keeps (those of 100k rows and more at 1M quads).
STORED = frozenset({"cooperation", "construct-cooperation"})
#: Where, inside a build directory's cache.
ANSWERS = "answers"
#: The version of the file's format: a change makes every kept answer a stranger.
_FORMAT = 1
_PLAIN = (str, int, float, bool, type(None))


def answer_key(info: QueryInfo, manifest: bytes) -> str:
    """The key of a kept answer: the file's format, the query's text and the build's manifest.

    Examples
    --------
    >>> from samverkan.query.library import load_query
    >>> info = load_query("cooperation")
    >>> answer_key(info, b"one build") == answer_key(info, b"one build")
    True
    >>> answer_key(info, b"one build") == answer_key(info, b"another build")
    False
    """
    h = hashlib.sha256(f"samverkan answer {_FORMAT}\n".encode())
    h.update(info.text.encode("utf-8"))
    h.update(b"\0")
    h.update(manifest)
    return h.hexdigest()


def encode(frame: Any) -> dict[str, Any] | None:
    """A frame of plain values (text, numbers, booleans, None) as JSON-ready lists: each
    distinct value once (``values``, in order of appearance), each column as the indices of
    its values (``rows``); None for a frame with any other value (a date, a decimal), which
    is not kept."""
    index: dict[tuple[type, Any], int] = {}
    values: list[Any] = []
    rows: list[list[int]] = []
    for name in frame.columns:
        codes = []
        for value in frame[name].tolist():
            if type(value) not in _PLAIN:
                return None
            # floats by their text: 0.0 and -0.0 are equal, and NaN is not itself
            key = (float, repr(value)) if type(value) is float else (type(value), value)
            code = index.get(key)
            if code is None:
                code = index[key] = len(values)
                values.append(value)
            codes.append(code)
        rows.append(codes)
    return {"columns": [str(c) for c in frame.columns], "values": values, "rows": rows}


def decode(data: Mapping[str, Any]) -> Any:
    """The frame that :func:`encode` wrote (object columns, as :func:`run_query` gives)."""
    import pandas as pd

    values = data["values"]
    columns = {
        name: [values[i] for i in codes]
        for name, codes in zip(data["columns"], data["rows"], strict=True)
    }
    return pd.DataFrame(columns, columns=list(data["columns"]), dtype=object)


def build_manifest(build_dir: Path) -> bytes | None:
    """The manifest of the build in ``build_dir`` (its bytes), or None without one."""
    try:
        return (build_dir / BUILD_CACHE / BUILD_MANIFEST).read_bytes()
    except OSError:
        return None


def kept_query(text: str) -> QueryInfo | None:
    """The library query whose answer a build keeps and whose text is exactly ``text``
    (as the query page sends it), or None.

    Examples
    --------
    >>> from samverkan.query.library import load_query
    >>> kept_query(load_query("cooperation").text).name
    'cooperation'
    >>> kept_query(load_query("cooperation").text + " ") is None
    True
    """
    from samverkan.query.library import load_query

    for name in sorted(STORED):
        info = load_query(name)
        if info.text == text:
            return info
    return None


def _path(build_dir: Path, name: str) -> Path:
    return build_dir / BUILD_CACHE / ANSWERS / f"{name}.json"


def _keeps(info: QueryInfo, params: Mapping[str, object] | None, labels: bool) -> bool:
    """Whether ``info`` run with ``params`` and ``labels`` is an answer a build keeps."""
    from samverkan.query.library import load_query

    if info.name not in STORED or params or not labels:
        return False
    return info.text == load_query(info.name).text  # the library's, not a file of that name


def read_answer(
    build_dir: Path,
    info: QueryInfo,
    params: Mapping[str, object] | None,
    labels: bool,
    manifest: bytes | None = None,
) -> Any:
    """The answer the build in ``build_dir`` keeps for ``info``, or None (none kept, another
    query or parameters, or a key that no longer holds).

    ``manifest`` is the manifest of the build the answer must belong to (default: the
    directory's as it is now): a server passes the one it read when it opened the store, so
    that a build written meanwhile into the directory is never answered for the old store.
    """
    if not _keeps(info, params, labels):
        return None
    if manifest is None:
        manifest = build_manifest(build_dir)
    if manifest is None:
        return None
    try:
        data = json.loads(_path(build_dir, info.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != answer_key(info, manifest):
        return None
    try:
        return decode(data)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def write_answer(
    build_dir: Path,
    info: QueryInfo,
    params: Mapping[str, object] | None,
    labels: bool,
    frame: Any,
    manifest: bytes | None = None,
) -> Path | None:
    """Keep ``frame``, the answer of ``info`` on the build in ``build_dir``, if the build
    keeps that answer; return the file written, or None.

    ``manifest`` is the build's manifest as it was read before the store was opened
    (default: as it is now): if a new build took the directory's place meanwhile, the key
    is that of the earlier build and the answer is never read. The file appears whole (a
    temporary file renamed); a directory that cannot be written to is left as it is.
    """
    if not _keeps(info, params, labels):
        return None
    manifest = build_manifest(build_dir) if manifest is None else manifest
    encoded = encode(frame) if manifest is not None else None
    if encoded is None or manifest is None:
        return None
    target = _path(build_dir, info.name)
    text = json.dumps({"key": answer_key(info, manifest), **encoded}, ensure_ascii=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(text + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        return None
    return target
