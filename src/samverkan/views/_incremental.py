"""The views of an incremental build: a view whose inputs did not change is not drawn again.

Each view (the network, funding and actors-initiatives views or their overviews, the
timeline, the view of each municipality) is a pure function of what it is given: the
graph with every attribute of its nodes and edges, the measures, the titles and the seed
(the code is the same: the build's cache is used only when the package's source is).
Of the measures a view shows only each node's size, rounded to 0.01 px, and the rows of
its tooltip, each value to three significant digits; the layout reads the graph alone.
So a view's digest (:func:`view_key`, made with :func:`digest`) reads the graph, the
titles and the seed as they are, and the measures as the view shows them
(:func:`shown`): when the network changes somewhere, the betweenness or closeness of
every actor moves in its last digits, and a view whose sizes and tooltips stay the same
is not drawn again. A municipality's view goes further: its measures are in a file
beside it (``ego-CODE.measures.js``, :func:`samverkan.views._render.write_measures`),
written on every build, and its digest reads no measure at all, so it is drawn again
only when its own network changes. The build's cache keeps each view's digest
(``OUT/.cache/views/views.json``), and the next build, when a view's digest is the same,
takes the previous build's file (a hard link, or a copy) instead of laying it out and
writing it again. The projections and the reasons of the ties are computed in full each
time: they are what the digests are made of. A measure table is a function of its
network's nodes (with the attributes the table reads: label, type, sector, municipality)
and edges (with their weights), in their order (:func:`table_key`): when those are the
same, the previous build's table is read from the cache (``tables/*.pkl``) instead of
being computed again (betweenness, closeness, communities ... are global: any change of
the network changes them). When they differ, the table is computed with the previous
build's constraint, effective size and brokerage for the nodes whose own and whose
contacts' ties and groups are the same (kept beside each table, ``tables/*.ties.pkl``;
:func:`samverkan.network.measures.measure_table`'s ``earlier``), and with its
betweenness and closeness when the nodes and ties are (:func:`paths_key`).

A municipality's view drawn again keeps the positions of its nodes when its nodes and
ties are the same (:class:`Layouts`): a tooltip that changed (a quote more behind a tie
between two national actors, which each municipality's view holds) changes the page but
not its drawing.

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

import contextlib
import hashlib
import json
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.paths import VIEWS_CACHE

if TYPE_CHECKING:  # pragma: no cover
    from samverkan.site._incremental import PreLinked

__all__ = [
    "VIEWS_CACHE",
    "EdgeTexts",
    "Kept",
    "Layouts",
    "Memo",
    "Previous",
    "digest",
    "forget",
    "graph_digest",
    "shown",
    "table_key",
    "view_key",
]

_KEYS = "views.json"
_TABLES = "tables"
#: The node attributes a measure table reads (:func:`samverkan.network.measure_table`: its
#: first columns, and ``sector`` for brokerage and the E-I index).
_TABLE_ATTRIBUTES = ("label", "type", "sector", "municipality")


#: The types fed by their repr at once (exactly these: a subclass, such as numpy's float
#: or an rdflib term, goes through the tests below and ends up fed the same way).
_LEAVES = frozenset({str, int, float, bool, type(None)})


def _ordered(G: Any) -> tuple[list[Any], list[Any]]:
    """The nodes ``(node, data)`` and edges ``(u, v, key, data)`` of ``G`` (``key`` None
    unless a multigraph), sorted by repr, as a view draws and lists them whatever their
    order in the graph (which follows set order, different in each process)."""
    nodes = sorted(G.nodes(data=True), key=lambda n: repr(n[0]))
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True)
    )
    return nodes, sorted(edges, key=lambda e: (repr(e[0]), repr(e[1]), repr(e[2])))


def _feed(update: Callable[[bytes], None], value: Any) -> None:
    """Feed ``value`` to a hash, unambiguously: graphs, mappings and sequences in their
    order, sets sorted, data frames by columns, index and rows, anything else by repr.

    A view's graph holds millions of values (its quotes, documents and labels): texts and
    numbers are fed first, without the tests for containers.
    """
    if type(value) in _LEAVES:
        text = repr(value)
        update(f"<{len(text)}>".encode() + text.encode("utf-8"))
        return
    import networkx as nx
    import pandas as pd

    if isinstance(value, nx.Graph):
        nodes, edges = _ordered(value)
        update(f"<graph {type(value).__name__} {len(value)}>".encode())
        for node, data in nodes:
            _feed(update, node)
            _feed(update, data)
        update(b"<edges>")
        for u, v, key, data in edges:
            _feed(update, (u, v, key))
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


def _tagged(value: Any) -> Any:
    """What :func:`digest`'s JSON writes for a value JSON has no form of: a graph by its
    nodes and edges sorted by repr (:func:`_ordered`), a set sorted, a data frame by
    columns, index and rows, anything else by its repr."""
    import networkx as nx
    import pandas as pd

    if isinstance(value, nx.Graph):
        return {"<graph>": graph_digest(value)}
    if isinstance(value, set | frozenset):
        return {"<set>": sorted(value, key=repr)}
    if isinstance(value, pd.DataFrame):
        # a missing value as itself: JSON writes NaN as null, as it writes None
        rows = [
            [_NAN if isinstance(v, float) and v != v else v for v in row]
            for row in value.itertuples(index=False, name=None)
        ]
        return {"<frame>": [list(value.columns), list(value.index), rows]}
    return {"<repr>": repr(value)}


#: What :func:`_tagged` writes for a NaN in a data frame (JSON has no form of it).
_NAN = {"<float>": "nan"}

#: The JSON text of each node and edge :func:`graph_digest` has met in this build, with a
#: copy of the attributes it was made of: the views of the municipalities share most of
#: their nodes (the national actors are in each), and each is written once.
_PIECES: dict[tuple[Any, ...], tuple[dict[Any, Any], bytes]] = {}


def forget() -> None:
    """Drop the texts :func:`graph_digest` keeps (a new build's graphs are new; each text
    is used only while the attributes it was made of are the same)."""
    _PIECES.clear()


def piece_digest(
    kept: dict[tuple[Any, ...], bytes], key: tuple[Any, ...], item: list[Any]
) -> bytes:
    """The sha256 of the text of ``item`` (a node or an edge with its attributes) that
    :func:`graph_digest` reads (:func:`_item_text`), made once per ``key`` and kept in
    ``kept``: for the nodes and ties of a network that does not change while ``kept``
    lives (the caller's, one per network and build).

    Examples
    --------
    >>> kept = {}
    >>> a = piece_digest(kept, ("node", "a"), ["a", {"label": "A"}])
    >>> piece_digest(kept, ("node", "a"), ["a", {"label": "changed"}]) == a  # kept
    True
    >>> piece_digest({}, ("node", "a"), ["a", {"label": "changed"}]) == a
    False
    """
    found = kept.get(key)
    if found is None:
        found = kept[key] = hashlib.sha256(_item_text(item)).digest()
    return found


def _json(value: Any) -> bytes:
    """The JSON of ``value`` as UTF-8, written by orjson (mappings and sequences in their
    order, the rest by :func:`_tagged`); a TypeError where JSON cannot hold it (a key that
    is a tuple, a lone surrogate, a number too large). On the nodes and ties of the
    collaboration network of a million quads, the json module's C encoder took six times as
    long (0.40-0.48 CPU s against 0.07 for 65,000 of them, docs/scale.md).

    Examples
    --------
    >>> _json({"a": [1, (2, "x")], 3: None})
    b'{"a":[1,[2,"x"]],"3":null}'
    """
    import orjson

    return orjson.dumps(value, default=_tagged, option=orjson.OPT_NON_STR_KEYS)


def _piece(key: tuple[Any, ...], item: list[Any], data: dict[Any, Any]) -> bytes:
    """The JSON text of ``item`` (a node or an edge with its attributes ``data``), kept
    under ``key`` while ``data`` is equal to the attributes it was made of, key order too."""
    kept = _PIECES.get(key)
    if kept is not None and kept[0] == data and list(kept[0]) == list(data):
        return kept[1]
    text = _item_text(item)
    _PIECES[key] = (dict(data), text)
    return text


def _item_text(item: list[Any]) -> bytes:
    """The JSON text of a node or edge with its attributes (UTF-8); where JSON cannot hold
    them (a key that is not text), the JSON text of the digest of ``item`` fed one value
    at a time."""
    try:
        return _json(item)
    except TypeError:
        h = hashlib.sha256()
        _feed(h.update, item)
        return json.dumps(h.hexdigest()).encode("ascii")


def graph_digest(G: Any) -> str:
    """The sha256 of a graph: its type, its nodes and edges in the order of their
    :func:`repr` (:func:`_ordered`), each as the JSON text of the node or edge with its
    attributes, and the graph's own attributes.

    The text of a node or edge is made once in a build (:data:`_PIECES`, :func:`forget`)
    and used again by every graph with the node and the same attributes: the views of the
    municipalities are copies of parts of one network.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_edge("a", "b", weight=1)
    >>> H = G.copy(); graph_digest(G) == graph_digest(H)
    True
    >>> H.edges["a", "b"]["weight"] = 2
    >>> graph_digest(G) == graph_digest(H)
    False
    """
    nodes, edges = _ordered(G)
    h = hashlib.sha256(f"<graph {type(G).__name__} {len(G)}>\n".encode())
    for node, data in nodes:
        h.update(_piece(("node", node), [node, data], data))
        h.update(b"\n")
    h.update(b"<edges>\n")
    for u, v, key, data in edges:
        h.update(_piece(("edge", u, v, key), [u, v, key, data], data))
        h.update(b"\n")
    h.update(_piece(("graph",), [G.graph], G.graph))
    return h.hexdigest()


def digest(*parts: Any) -> str:
    """The sha256 of ``parts``, in hex: of their JSON, written by orjson (:func:`_json`:
    mappings and sequences in their order, the rest by :func:`_tagged`), or, when a mapping
    has keys JSON cannot write (a tuple), fed by :func:`_feed`.

    A view's graph holds millions of values (quotes, documents, labels): in a rebuild at a
    million quads the 296 digests took 14.7 CPU s this way against 28.5 fed value by value
    (docs/scale.md). JSON does not tell a tuple from a list, a text from an IRI (a
    subclass of str) or the key ``1`` from ``"1"``; a view draws each pair the same. It
    writes a NaN as null: a data frame's (a measure table's) NaN is tagged apart from None
    (:func:`_tagged`). Elsewhere the only floats are the amounts of the funding network's
    ties (``sam:amount``): an amount a document stated as NaN would be written as a
    missing one.

    Examples
    --------
    >>> digest({"a": [1, 2]}) == digest({"a": (1, 2)})
    True
    >>> digest({"a": [1, 2]}) == digest({"a": [2, 1]})
    False
    >>> digest({(1, 2): "x"}) == digest({(1, 2): "x"})  # a tuple key: fed one by one
    True
    """
    try:
        text = _json(parts)
    except TypeError:  # keys that are not text, numbers, booleans or None
        h = hashlib.sha256()
        _feed(h.update, parts)
        return h.hexdigest()
    return hashlib.sha256(text).hexdigest()


def shown(G: Any, measures: Any, size_by: str | None) -> Any:
    """What the view of the graph ``G`` shows of ``measures``: for each node (in the
    order of their ``repr``) its size and the measure rows of its tooltip, as
    :func:`samverkan.views._records.records` makes them; ``measures`` as they are when
    the view cannot be drawn with them (it fails the same way).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.path_graph(3)
    >>> shown(G, {"betweenness": {0: 0.0, 1: 1.0, 2: 0.0}}, "betweenness")[1]
    (30.0, [['Mellanhet', '1']])
    >>> a = shown(G, {"closeness": {0: 0.6666666666666666, 1: 1.0}}, "degree")
    >>> a == shown(G, {"closeness": {0: 0.6666666666666667, 1: 1.0}}, "degree")
    True
    >>> a == shown(G, {"closeness": {0: 0.6676, 1: 1.0}}, "degree")
    False
    """
    from samverkan.errors import SamverkanError
    from samverkan.views._records import measure_rows, shown_measures

    try:
        table, sizes = shown_measures(G, measures, size_by)
    except SamverkanError:
        return measures
    return [(sizes[node], measure_rows(node, table)) for node in sorted(G, key=repr)]


def view_key(name: str, file: str, data: Any, kw: dict[str, Any]) -> str:
    """The digest of the view that the writer ``name`` makes of ``data`` (a graph, or a
    timeline's graphs by year) with the options ``kw`` into ``file``: the graphs, the
    options and the measures as the view shows them (:func:`shown`).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.path_graph(3)
    >>> key = view_key("render_network", "g.html", G, {"measures": {"x": {0: 0.12341}}})
    >>> key == view_key("render_network", "g.html", G, {"measures": {"x": {0: 0.12344}}})
    True
    >>> key == view_key("render_network", "g.html", G, {"measures": {"x": {0: 0.1246}}})
    False
    """
    import networkx as nx

    measures = kw.get("measures")
    size_by = kw.get("size_by", "degree")
    if kw.get("measures_file"):  # the page shows no measures: its file beside it does
        seen: Any = None
    elif isinstance(data, nx.Graph):
        seen = shown(data, measures, size_by)
    else:  # a timeline: its measures by year
        seen = {
            int(y): shown(G, (measures or {}).get(int(y)), size_by) for y, G in data.items()
        }
    return digest(name, file, data, {**kw, "measures": seen})


def table_key(G: Any) -> str | None:
    """What a measure table of ``G`` depends on, as a digest (None for no network).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_edge("a", "b", weight=1, kinds=["membership"])
    >>> H = nx.Graph(); H.add_edge("a", "b", weight=1, kinds=["funding"])
    >>> table_key(G) == table_key(H)  # the kinds of a tie are not measured
    True
    >>> H.edges["a", "b"]["weight"] = 2
    >>> table_key(G) == table_key(H)
    False
    """
    if G is None:
        return None
    nodes = [(n, [d.get(a) for a in _TABLE_ATTRIBUTES]) for n, d in G.nodes(data=True)]
    edges = [(u, v, d.get("weight")) for u, v, d in G.edges(data=True)]
    return digest("measure_table", type(G).__name__, nodes, edges)


def paths_key(G: Any) -> str | None:
    """What the measures on shortest paths of ``G`` depend on (None for no network): its
    nodes and ties as :func:`samverkan.network.measures.measure_table` measures them, in
    that order (:func:`~samverkan.network.measures.simple_graph`), without weights or
    attributes. Two networks with the same key have the same betweenness and closeness,
    to the last bit: igraph is given the same graph.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_edge("a", "b", weight=1)
    >>> H = nx.Graph(); H.add_edge("a", "b", weight=2)
    >>> paths_key(G) == paths_key(H) and table_key(G) != table_key(H)
    True
    >>> H.add_edge("b", "c")
    >>> paths_key(G) == paths_key(H)
    False
    >>> from samverkan.network.measures import simple_graph
    >>> H.add_edge("c", "c")  # a self-loop is not measured
    >>> paths_key(H) == paths_key(simple_graph(H))
    True
    """
    if G is None:
        return None
    if G.is_multigraph():
        from samverkan.network.measures import simple_graph

        G = simple_graph(G)
    # a plain graph's copy lists its ties in the graph's order: the key needs no copy
    # (at 1.01M quads the copy was most of the key's 0.8 CPU s per network)
    edges = [(u, v) for u, v in G.edges() if u != v]
    return digest("paths", "DiGraph" if G.is_directed() else "Graph", list(G), edges)


class Kept:
    """The reads the previous build kept for a rebuild to patch, unpickled in a thread of
    their own: the projections' data (:func:`samverkan.network._data.kept`), the site's
    whole-store reads (:meth:`samverkan.site._reads.Reads.load`), and then the texts of
    the ties' records of the municipalities' views (:class:`EdgeTexts`), from
    ``cache_dir``.

    A rebuild calls :meth:`start` as it loads the previous dataset into the store, a load
    that releases the GIL and leaves one processor idle (pyoxigraph parses and indexes in
    Rust): at a million quads the two reads unpickle in 1.5 CPU s that the views' main
    process spent after the load, and the texts in 0.8 s that each views' worker spent
    (they inherit them). :meth:`data` and :meth:`reads` wait for the reads;
    :meth:`edge_texts` and :meth:`wait` for the thread, which
    :func:`samverkan.views._build.write_all` waits for before it forks, and so does a
    rebuild that falls back to a full build before that one forks.

    Examples
    --------
    >>> import tempfile
    >>> from samverkan.network import _data, example_store
    >>> cache = Path(tempfile.mkdtemp())
    >>> _data.keep(_data.load(example_store()), cache / _data.DATA_NAME)
    >>> kept = Kept(cache); kept.start()
    >>> kept.data() == _data.kept(cache / _data.DATA_NAME), kept.reads() is None
    (True, True)
    >>> kept.edge_texts()
    {}
    """

    def __init__(self, cache_dir: Path) -> None:
        import threading

        self.cache_dir = cache_dir
        self._thread: Any = None
        self._found: dict[str, Any] = {}
        self._error: BaseException | None = None
        self._reads_done = threading.Event()

    def start(self) -> None:
        """Start unpickling (once)."""
        import threading

        if self._thread is None:
            self._thread = threading.Thread(target=self._read, name="samverkan-kept", daemon=True)
            self._thread.start()

    def _read(self) -> None:
        from samverkan.network import _data
        from samverkan.site._reads import READS_NAME, Reads

        try:
            self._found["data"] = _data.kept(self.cache_dir / _data.DATA_NAME)
            self._found["reads"] = Reads.load(self.cache_dir / READS_NAME)
        except BaseException as error:  # raised again where the reads are wanted
            self._error = error
        finally:
            self._reads_done.set()
        self._found["edges"] = EdgeTexts(self.cache_dir, None).found()
        # what draws the views (0.1 s), imported once here, in the idle time of the load,
        # rather than by each of the views' workers, which inherit it
        import pyvis.edge
        import pyvis.network  # noqa: F401

    def wait(self) -> None:
        """Wait until the thread, if it was started, has ended (a rebuild that falls back
        before the load never starts it, and does not wait for reads it will not use)."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def _reads(self) -> None:
        self.start()
        self._reads_done.wait()
        if self._error is not None:
            raise self._error

    def data(self) -> Any:
        """The projections' data the previous build kept, or None (unpickled here and now
        if the thread was not started)."""
        self._reads()
        return self._found.pop("data", None)

    def reads(self) -> Any:
        """The site's reads the previous build kept, or None (as :meth:`data`)."""
        self._reads()
        return self._found.pop("reads", None)

    def edge_texts(self) -> dict[bytes, tuple[str, str]]:
        """The texts of the ties' records the previous build kept
        (:meth:`EdgeTexts.found`), once the thread has ended."""
        self.start()
        self.wait()
        return self._found.get("edges") or {}


class Previous:
    """The previous build's views (``views_dir``) with the digests of its views
    (``keys``), its site and cache, and the IRIs the change touched."""

    def __init__(
        self,
        views_dir: Path,
        cache_dir: Path,
        keys: dict[str, str],
        touched: set[str],
        kept: Kept | None = None,
        prelinked: PreLinked | None = None,
        changed: list[Any] | None = None,
    ) -> None:
        self.views_dir = views_dir
        self.cache_dir = cache_dir
        self.keys = keys
        self.touched = touched
        #: the triples the change made or unmade (None: not known), which the kept
        #: answers are patched by (:func:`samverkan.query.patch.reach`)
        self.changed = changed
        #: the reads of ``cache_dir`` being unpickled already, if a rebuild started them
        self.kept = kept
        #: the previous site being linked into the new build already, if a rebuild
        #: started it (:class:`samverkan.site._incremental.PreLinked`)
        self.prelinked = prelinked
        try:
            self.tables: dict[str, str] = json.loads(
                (cache_dir / _TABLES / "keys.json").read_text(encoding="utf-8")
            )
        except (OSError, ValueError):
            self.tables = {}
        try:
            self.paths: dict[str, str] = json.loads(
                (cache_dir / _TABLES / "paths.json").read_text(encoding="utf-8")
            )
        except (OSError, ValueError):
            self.paths = {}

    @classmethod
    def read(
        cls,
        build_dir: Path,
        touched: set[str],
        kept: Kept | None = None,
        prelinked: PreLinked | None = None,
        changed: list[Any] | None = None,
    ) -> Previous | None:
        """The views of the previous build in ``build_dir``, or None without a cache;
        ``kept``: its reads, being unpickled (:class:`Kept`, of its cache); ``prelinked``:
        its site, being linked into the new build; ``changed``: the triples the change
        made or unmade."""
        from samverkan.incremental import CACHE

        cache_dir = build_dir / CACHE / VIEWS_CACHE
        try:
            keys = json.loads((cache_dir / _KEYS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        views = build_dir / "views"
        if not isinstance(keys, dict) or not views.is_dir():
            return None
        return cls(views, cache_dir, keys, touched, kept, prelinked, changed)


#: The directory of the cache where :class:`Layouts` keeps the positions of each view.
LAYOUTS = "layouts"


class Layouts:
    """The positions of the nodes of the municipalities' views, kept from one build to
    the next: a file per view in the cache (``layouts/ego-CODE.pkl``) with the digest of
    all that the layout read (:func:`samverkan.views._layout.layout_key`).

    A rebuild draws a municipality's view again whenever a node or tie it shows changes,
    a tooltip too: at a million quads, an actor that joins a network in one municipality
    adds a quote behind its ties with other national actors, and 285 of the 294 views were
    drawn again. Their nodes and ties were the same, and so were their positions: the
    spring layouts took a quarter of those views' CPU time. The positions are taken from
    the previous build when the digest is the same, else laid out; either way they are
    kept for the next build.

    Parameters
    ----------
    previous : Path or None
        The previous build's views cache (its ``layouts/`` is read), or None.
    cache : Path or None
        This build's views cache (its ``layouts/`` is written), or None: nothing is kept.

    Examples
    --------
    >>> import networkx as nx, tempfile
    >>> first, second = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> pos, kept = Layouts(None, first).positions(G, 7, "ego-0114.html")
    >>> again = Layouts(first, second)
    >>> again.positions(G, 7, "ego-0114.html") == (pos, True)
    True
    >>> G.add_edge("c", "d")
    >>> again.positions(G, 7, "ego-0114.html")[1]  # another network: laid out
    False
    """

    def __init__(self, previous: Path | None, cache: Path | None) -> None:
        self.previous = None if previous is None else previous / LAYOUTS
        self.cache = None if cache is None else cache / LAYOUTS

    def positions(self, G: Any, seed: int, file: str) -> tuple[dict[Any, Any], bool]:
        """The positions of the view ``file`` of ``G`` drawn with ``seed``
        (:func:`samverkan.views._layout.layout`), and whether they are the previous
        build's; kept for the next build."""
        from samverkan.views._layout import layout, layout_key

        key = layout_key([G], seed)
        found = self._read(file, key)
        if found is not None and set(found) != set(G):  # not this network's: laid out
            found = None
        if found is not None:
            self.carry(file)  # the previous build's file: the same digest and positions
            return found, True
        pos = layout([G], seed)
        if self.cache is not None:
            self.cache.mkdir(parents=True, exist_ok=True)
            with open(self.cache / _layout_name(file), "wb") as handle:
                pickle.dump((key, pos), handle, protocol=pickle.HIGHEST_PROTOCOL)
        return pos, False

    def carry(self, file: str) -> None:
        """Keep the previous build's positions of the view ``file`` (a view taken whole,
        or laid out from the same digest) for the next build: a link to its file."""
        _carry(self.previous, self.cache, _layout_name(file))

    def _read(self, file: str, key: str) -> dict[Any, Any] | None:
        """The previous build's positions of ``file`` if laid out from the same ``key``,
        else None (none kept, or a file that cannot be read: laid out again)."""
        if self.previous is None:
            return None
        try:
            with open(self.previous / _layout_name(file), "rb") as handle:
                found = pickle.load(handle)
        except Exception:  # a cache: missing or damaged, it is made again
            return None
        if (
            isinstance(found, tuple)
            and len(found) == 2
            and found[0] == key
            and isinstance(found[1], dict)
        ):
            return found[1]
        return None


class EdgeTexts:
    """The text of each tie's record in the municipalities' views, kept from one build to
    the next (``edges/`` in the views' cache), by a digest of all it is made of: the tie
    and its two ends with their attributes (:func:`piece_digest`).

    After an edit of a tie between national actors a rebuild draws nearly every
    municipality's view again; at a million quads each holds about 700 ties, most of
    them the same national ties, and making and encoding their records was a third of
    each of the views' workers' time, made again by each worker. The texts come from
    the previous build's files instead, where their digest is the same.

    Each worker process appends the texts it made to a file of its own
    (``base-PID.pkl`` in a full build, ``delta-PID.pkl`` in a rebuild). A rebuild reads
    the previous build's files beside the load of the previous dataset (:class:`Kept`;
    else the first time it draws a view), and keeps the full
    build's (a link) and its own: the texts made in earlier rebuilds are made again
    when they are met, and a full build starts afresh.

    Parameters
    ----------
    previous : Path or None
        The previous build's views cache, or None (a full build).
    cache : Path or None
        This build's views cache, or None: nothing is kept.
    found : dict, optional
        The previous build's texts, read already (:meth:`Kept.edge_texts`).

    Examples
    --------
    >>> import tempfile
    >>> first, second = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> EdgeTexts(None, first).keep({b"k": ("{", "}")})
    >>> again = EdgeTexts(first, second); again.carry()
    >>> again.found()
    {b'k': ('{', '}')}
    """

    def __init__(
        self,
        previous: Path | None,
        cache: Path | None,
        found: dict[bytes, tuple[str, str]] | None = None,
    ) -> None:
        self.previous = None if previous is None else previous / _EDGES
        self.cache = None if cache is None else cache / _EDGES
        #: the previous build's texts, when they were read already (:class:`Kept`)
        self._found = found

    def carry(self) -> None:
        """Keep the full build's texts for the next build (links to its files): called
        once, before the workers start."""
        if self.previous is None or self.cache is None or not self.previous.is_dir():
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        for source in sorted(self.previous.glob("base-*.pkl")):
            with contextlib.suppress(OSError):
                _link_or_copy(source, self.cache / source.name)

    def found(self) -> dict[bytes, tuple[str, str]]:
        """The previous build's texts by their digest (read on the first call; empty in
        a full build, or where a file cannot be read: those texts are made again)."""
        if self._found is None:
            self._found = {}
            if self.previous is not None and self.previous.is_dir():
                for path in sorted(self.previous.glob("*.pkl")):
                    with contextlib.suppress(Exception), open(path, "rb") as handle:
                        while True:
                            try:
                                self._found.update(pickle.load(handle))
                            except EOFError:
                                break
        return self._found

    def keep(self, made: dict[bytes, tuple[str, str]]) -> None:
        """Add ``made`` (digest -> the two texts of a record around its id,
        :class:`samverkan.views._page.WithId`) to this process's file."""
        if not made or self.cache is None:
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        kind = "delta" if self.previous is not None else "base"
        with open(self.cache / f"{kind}-{os.getpid()}.pkl", "ab") as handle:
            pickle.dump(made, handle, protocol=pickle.HIGHEST_PROTOCOL)


#: Where :class:`EdgeTexts` keeps its files, in the views' cache.
_EDGES = "edges"


class Spliced:
    """Where the ties' records lie in each municipality's view, kept from one build to the
    next (``spliced/ego-CODE.json`` in the views' cache): the digest of all else the page
    is made of (its *shape*) and the byte offsets of its list of ties.

    After an edit of a tie between national actors, a rebuild drew 280 of the 294
    municipalities' views of a million quads again (2.3 MB each), where only the record of
    that tie had changed: the same nodes with the same positions, the same ties, other
    words in one tip. A view of the same shape, whose nodes keep their positions, is the
    previous build's file with its list of ties written anew
    (:func:`samverkan.views._build._splice`); any other view is drawn whole.

    Parameters
    ----------
    previous : Path or None
        The previous build's views cache, or None (a full build).
    cache : Path or None
        This build's views cache, or None: nothing is kept.

    Examples
    --------
    >>> import tempfile
    >>> first, second = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> Spliced(None, first).keep("ego-0114.html", "abc", 10, 20)
    >>> again = Spliced(first, second)
    >>> again.get("ego-0114.html"), again.get("ego-0115.html")
    (('abc', 10, 20), None)
    >>> again.carry("ego-0114.html"); Spliced(second, None).get("ego-0114.html")
    ('abc', 10, 20)
    """

    def __init__(self, previous: Path | None, cache: Path | None) -> None:
        self.previous = None if previous is None else previous / _SPLICED
        self.cache = None if cache is None else cache / _SPLICED

    def get(self, file: str) -> tuple[str, int, int] | None:
        """The shape and the offsets of the ties of the previous build's view ``file``, or
        None (none kept, or a file that cannot be read: the view is drawn whole)."""
        if self.previous is None:
            return None
        try:
            found = json.loads((self.previous / _spliced_name(file)).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if (
            isinstance(found, list)
            and len(found) == 3
            and isinstance(found[0], str)
            and all(isinstance(n, int) for n in found[1:])
        ):
            return found[0], found[1], found[2]
        return None

    def keep(self, file: str, shape: str, start: int, end: int) -> None:
        """Keep, for the next build, the ``shape`` of the view ``file`` written now and the
        offsets of its list of ties (``start`` at its ``[``, ``end`` after its ``]``)."""
        if self.cache is None:
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        (self.cache / _spliced_name(file)).write_text(json.dumps([shape, start, end]), "utf-8")

    def carry(self, file: str) -> None:
        """Keep the previous build's entry of the view ``file``, taken whole (a link)."""
        _carry(self.previous, self.cache, _spliced_name(file))


#: Where :class:`Spliced` keeps its files, in the views' cache.
_SPLICED = "spliced"


def _spliced_name(file: str) -> str:
    return f"{Path(file).stem}.json"


def _carry(previous: Path | None, cache: Path | None, name: str) -> None:
    """The previous build's cache file ``name`` (in the directory ``previous``) kept in
    this build's ``cache`` directory, as a link, when both are given and it is there."""
    if previous is None or cache is None:
        return
    source = previous / name
    if source.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        _link_or_copy(source, cache / name)


def _layout_name(file: str) -> str:
    return f"{Path(file).stem}.pkl"


class Memo:
    """Draws a view, or takes the previous build's file when its digest is the same;
    ``keys`` collects the digest of every view drawn or taken."""

    def __init__(self, previous: Previous | None) -> None:
        self.previous = previous
        self.keys: dict[str, str] = {}
        self.reused: list[str] = []
        self.tables: dict[str, tuple[str, Any]] = {}
        self.paths: dict[str, str] = {}
        self.ties: dict[str, Any] = {}
        self._read: dict[str, Any] = {}  # the previous build's tables, once read

    def table(self, name: str, key: str | None) -> Any:
        """The previous build's measure table ``name`` if its network's ``key`` is the
        same (:func:`table_key`), else None."""
        previous = self.previous
        if key is None or previous is None or previous.tables.get(name) != key:
            return None
        return self._previous_table(name)

    def _previous_table(self, name: str) -> Any:
        """The previous build's table ``name`` (None without), read once: its betweenness
        and closeness and its local measures are both taken from it."""
        import pandas as pd

        assert self.previous is not None
        if name not in self._read:
            try:
                table = pd.read_pickle(self.previous.cache_dir / _TABLES / f"{name}.pkl")
            except (OSError, ValueError, EOFError):
                table = None
            self._read[name] = table
        return self._read[name]

    def path_measures(self, name: str, paths: str | None) -> dict[str, dict[Any, Any]] | None:
        """The columns of :data:`samverkan.network.measures.PATH_MEASURES` of the previous
        build's table ``name`` if its network had the same nodes and ties (``paths``,
        :func:`paths_key`), for :func:`samverkan.network.measures.measure_table`'s
        ``known``; else None."""
        from samverkan.network.measures import PATH_MEASURES

        previous = self.previous
        if paths is None or previous is None or previous.paths.get(name) != paths:
            return None
        table = self._previous_table(name)
        if table is None or not set(PATH_MEASURES) <= set(table.columns):
            return None
        return {column: table[column].to_dict() for column in PATH_MEASURES}

    def earlier(self, name: str) -> Any:
        """The previous build's table ``name`` and the ties it was measured on, for
        :func:`samverkan.network.measures.measure_table`'s ``earlier`` (empty without)."""
        from samverkan.network.measures import Earlier

        if self.previous is None:
            return Earlier()
        try:
            with open(self.previous.cache_dir / _TABLES / f"{name}.ties.pkl", "rb") as file:
                ties = pickle.load(file)
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            return Earlier()
        table = self._previous_table(name)
        return Earlier() if table is None else Earlier(table, ties)

    def keep_table(
        self,
        name: str,
        key: str | None,
        table: Any,
        paths: str | None = None,
        ties: dict[Any, tuple] | None = None,
    ) -> None:
        """Keep the table ``name`` of the network ``key`` (whose nodes and ties are
        ``paths``, and the ties its local measures read ``ties``: None when the table is
        the previous build's) for the next build's cache."""
        if key is not None and table is not None:
            self.tables[name] = (key, table)
            if paths is not None:
                self.paths[name] = paths
            if ties is not None:
                self.ties[name] = ties

    def render(
        self, func: Callable[..., Path], data: Any, path: Path, key: str | None = None, **kw: Any
    ) -> Path:
        """``func(data, path, **kw)`` (a view's writer), unless the previous build has the
        same view: then its file. ``key``: the view's digest when the caller has made it
        (:func:`samverkan.views._build._ego_digests`), else :func:`view_key`'s."""
        key = view_key(func.__name__, path.name, data, kw) if key is None else key
        taken = self.take(path, key)
        return func(data, path, **kw) if taken is None else taken

    def take(self, path: Path, key: str) -> Path | None:
        """Record ``key`` as the digest of the view ``path``; when the previous build has
        a view of that digest, its file at ``path`` (linked), else None: draw it."""
        self.keys[path.name] = key
        previous = self.previous
        if previous is not None and previous.keys.get(path.name) == key:
            source = previous.views_dir / path.name
            if source.is_file():
                path.parent.mkdir(parents=True, exist_ok=True)
                _link_or_copy(source, path)
                self.reused.append(path.name)
                return path
        return None

    def write(self, cache_dir: Path) -> None:
        """Write the digests of the views to ``cache_dir``."""
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / _KEYS).write_text(
            json.dumps(self.keys, sort_keys=True, indent=0) + "\n", encoding="utf-8"
        )
        tables = cache_dir / _TABLES
        tables.mkdir(exist_ok=True)
        for name, (_key, table) in self.tables.items():
            table.to_pickle(tables / f"{name}.pkl")
            ties = tables / f"{name}.ties.pkl"
            if name in self.ties:
                with open(ties, "wb") as file:
                    pickle.dump(self.ties[name], file, protocol=pickle.HIGHEST_PROTOCOL)
            elif self.previous is not None:  # the previous build's table: its ties too
                with contextlib.suppress(OSError):
                    _link_or_copy(self.previous.cache_dir / _TABLES / ties.name, ties)
        keys = {name: key for name, (key, _table) in self.tables.items()}
        (tables / "keys.json").write_text(json.dumps(keys, sort_keys=True) + "\n")
        (tables / "paths.json").write_text(json.dumps(self.paths, sort_keys=True) + "\n")


def _link_or_copy(source: Path, path: Path) -> None:
    """``source`` at ``path``: a hard link, or a copy where links are not possible."""
    try:
        os.link(source, path)
    except OSError:
        shutil.copyfile(source, path)
