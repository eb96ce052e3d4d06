"""The views of an incremental build: a view whose inputs did not change is not drawn again.

Each view (the network, funding and actors-initiatives views or their overviews, the
timeline, the view of each municipality) is a pure function of what it is given: the
graph with every attribute of its nodes and edges, the measures, the titles and the seed
(the code is the same: the build's cache is used only when the package's source is).
:func:`digest` reads all of it; the build's cache keeps each view's digest
(``OUT/.cache/views/views.json``), and the next build, when a view's digest is the same,
takes the previous build's file (a hard link, or a copy) instead of laying it out and
writing it again. The projections, the measure tables and the reasons of the ties are
computed in full each time: they are what the digests are made of.

The resource pages have their own rules (:mod:`samverkan.site._incremental`).

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph(); G.add_edge("a", "b", kinds=["membership"])
>>> H = nx.Graph(); H.add_edge("a", "b", kinds=["membership"])
>>> digest(G, {"title": "x"}) == digest(H, {"title": "x"})
True
>>> H.nodes["a"]["label"] = "A"
>>> digest(G, {"title": "x"}) == digest(H, {"title": "x"})
False
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["VIEWS_CACHE", "Memo", "Previous", "digest"]

#: The views' cache directory, inside the build's cache (``OUT/.cache/views``).
VIEWS_CACHE = "views"
_KEYS = "views.json"


def _feed(update: Callable[[bytes], None], value: Any) -> None:
    """Feed ``value`` to a hash, unambiguously: graphs, mappings and sequences in their
    order, sets sorted, data frames by columns, index and rows, anything else by repr."""
    import networkx as nx
    import pandas as pd

    if isinstance(value, nx.Graph):
        update(f"<graph {type(value).__name__} {len(value)}>".encode())
        for node, data in value.nodes(data=True):
            _feed(update, node)
            _feed(update, data)
        update(b"<edges>")
        for u, v, data in value.edges(data=True):
            _feed(update, (u, v))
            _feed(update, data)
        _feed(update, value.graph)
    elif isinstance(value, dict):
        update(f"<dict {len(value)}>".encode())
        for key, item in value.items():
            _feed(update, key)
            _feed(update, item)
    elif isinstance(value, list | tuple):
        update(f"<{type(value).__name__} {len(value)}>".encode())
        for item in value:
            _feed(update, item)
    elif isinstance(value, set | frozenset):
        update(f"<set {len(value)}>".encode())
        for item in sorted(value, key=repr):
            _feed(update, item)
    elif isinstance(value, pd.DataFrame):
        update(b"<frame>")
        _feed(update, list(value.columns))
        _feed(update, list(value.index))
        for row in value.itertuples(index=False, name=None):
            _feed(update, row)
    else:
        text = repr(value)
        update(f"<{len(text)}>".encode() + text.encode("utf-8"))


def digest(*parts: Any) -> str:
    """The sha256 of ``parts`` (see :func:`_feed`), in hex."""
    h = hashlib.sha256()
    _feed(h.update, parts)
    return h.hexdigest()


class Previous:
    """The previous build's views (``views_dir``) with the digests of its views
    (``keys``), its site and cache, and the IRIs the change touched."""

    def __init__(
        self, views_dir: Path, cache_dir: Path, keys: dict[str, str], touched: set[str]
    ) -> None:
        self.views_dir = views_dir
        self.cache_dir = cache_dir
        self.keys = keys
        self.touched = touched

    @classmethod
    def read(cls, build_dir: Path, touched: set[str]) -> Previous | None:
        """The views of the previous build in ``build_dir``, or None without a cache."""
        from samverkan.incremental import CACHE

        cache_dir = build_dir / CACHE / VIEWS_CACHE
        try:
            keys = json.loads((cache_dir / _KEYS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        views = build_dir / "views"
        if not isinstance(keys, dict) or not views.is_dir():
            return None
        return cls(views, cache_dir, keys, touched)


class Memo:
    """Draws a view, or takes the previous build's file when its digest is the same;
    ``keys`` collects the digest of every view drawn or taken."""

    def __init__(self, previous: Previous | None) -> None:
        self.previous = previous
        self.keys: dict[str, str] = {}
        self.reused: list[str] = []

    def render(self, func: Callable[..., Path], data: Any, path: Path, **kw: Any) -> Path:
        """``func(data, path, **kw)`` (a view's writer), unless the previous build has the
        same view: then its file."""
        key = digest(func.__name__, path.name, data, kw)
        self.keys[path.name] = key
        previous = self.previous
        if previous is not None and previous.keys.get(path.name) == key:
            source = previous.views_dir / path.name
            if source.is_file():
                path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(source, path)
                except OSError:
                    shutil.copyfile(source, path)
                self.reused.append(path.name)
                return path
        return func(data, path, **kw)

    def write(self, cache_dir: Path) -> None:
        """Write the digests of the views to ``cache_dir``."""
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / _KEYS).write_text(
            json.dumps(self.keys, sort_keys=True, indent=0) + "\n", encoding="utf-8"
        )
