"""The embedded SPARQL store: pyoxigraph, in memory or persisted in the build directory.

The build writes ``OUT/samverkan.trig`` (every named graph) and loads it into a persistent
store ``OUT/store/`` that the query commands and the Oxigraph server open.

Examples
--------
>>> import tempfile, pyoxigraph as ox
>>> tmp = Path(tempfile.mkdtemp())
>>> _ = (tmp / "samverkan.trig").write_text(
...     "<http://ex/g> { <http://ex/a> <http://ex/p> <http://ex/b> . }", encoding="utf-8")
>>> store = load_trig(tmp / "samverkan.trig")
>>> len(store)
1
"""

from __future__ import annotations

from pathlib import Path

from samverkan.errors import SamverkanError

__all__ = [
    "STORE_NAME",
    "TRIG_NAME",
    "load_trig",
    "open_store",
    "serialize_graph",
    "write_store",
]

TRIG_NAME = "samverkan.trig"
STORE_NAME = "store"


def load_trig(path: Path, store_dir: Path | None = None):  # -> pyoxigraph.Store
    """Load a TriG file into a new pyoxigraph store (in memory, or persisted in ``store_dir``).

    The blank nodes keep the labels the file gives them (``Store.bulk_load`` would draw
    fresh random ones on every load, so pages and answers that show a blank node would
    differ between two loads of the same build); it is as fast (3.7 CPU s for 1M quads).
    """
    import pyoxigraph as ox

    if not path.is_file():
        raise SamverkanError("no built graph here: run `samverkan build` first", path=path)
    store = ox.Store(str(store_dir)) if store_dir is not None else ox.Store()
    store.bulk_extend(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
    store.flush()
    return store


def write_store(trig: Path, store_dir: Path) -> None:
    """Persist ``trig`` as an on-disk store in ``store_dir`` (for queries and the server)."""
    import gc

    store = load_trig(trig, store_dir)
    store.optimize()
    del store
    gc.collect()


def open_store(build_dir: Path, *, in_memory: bool = True):  # -> pyoxigraph.Store
    """Open the built dataset of ``build_dir``.

    Parameters
    ----------
    build_dir : Path
        The build directory (``out/`` by default on the command line).
    in_memory : bool
        Load ``samverkan.trig`` into memory (default: fast for this size, and no lock on the
        on-disk store, which the server may hold). With ``False``, open ``store/`` read-only.
    """
    import pyoxigraph as ox

    if not build_dir.is_dir():
        raise SamverkanError("build directory does not exist: run `samverkan build`", build_dir)
    if in_memory:
        return load_trig(build_dir / TRIG_NAME)
    store_dir = build_dir / STORE_NAME
    if not store_dir.is_dir():
        raise SamverkanError("no store in the build directory: run `samverkan build`", store_dir)
    return ox.Store.read_only(str(store_dir))


def serialize_graph(triples: list, name: object) -> tuple[bytes, bytes]:
    """One named graph as TriG: the prefix lines, and the graph's block.

    ``triples`` must be sorted as :func:`write_trig` sorts them. The TriG of a dataset is
    the prefix lines and then the blocks of its graphs: an incremental build copies the
    blocks of the graphs that did not change.
    """
    import pyoxigraph as ox

    from samverkan.namespaces import PREFIXES

    graph_name = ox.NamedNode(str(name))
    data = ox.serialize(
        (ox.Quad(*t, graph_name) for t in triples),
        format=ox.RdfFormat.TRIG,
        prefixes=dict(PREFIXES),
    )
    cut = 0
    while data.startswith((b"@prefix", b"@base"), cut):
        cut = data.index(b"\n", cut) + 1
    return data[:cut], data[cut:]
