"""A page per resource: actors, initiatives, collaborations, memberships, fundings, posts,
documents; and a reader per document of the corpus.

Static HTML that opens from disk with no network (the views' Content-Security-Policy, one
inline script: the Swedish/English switch). A page's address follows the IRI:
``https://w3id.org/samverkan/id/kommun/1281`` is ``kommun/1281.html`` under the site
directory, with ``kommun/1281.ttl`` and ``kommun/1281.jsonld`` beside it (every triple
whose subject is the resource, stated and derived). Each page shows the resource's labels,
classes, sector and municipality, its stated facts and its derived facts apart, why each
derived tie exists (its basis, the node it goes through and the document), every quote
with its document's title, date and publisher, its measures with their meaning (filled
in when the page opens, from ``measures/XX.js`` beside the pages, which every build
writes: :func:`~samverkan.site._panels.write_measures`), a small picture of its
neighbours, and the SPARQL behind each panel.

The reader (``text/<document>.html``) is written only when the build is given the corpus:
the document's text with every evidence quote marked by its offsets and linked to the
facts it supports. The text is read at build time and never stored elsewhere.

The modules, along the data flow: :mod:`~samverkan.site._queries` (the SPARQL of each
panel), :mod:`~samverkan.site._site` (everything read once for all pages, names and
links), :mod:`~samverkan.site._panels` (the pieces of a page, the page, the index),
:mod:`~samverkan.site._reader` (the document reader), :mod:`~samverkan.site._html` (HTML
pieces) and :mod:`samverkan.site.bench` (how long the pages take).

Examples
--------
>>> import tempfile
>>> from samverkan.network import example_store
>>> written = write_site(example_store(), tempfile.mkdtemp())
>>> any(p.as_posix().endswith("kommun/1281.html") for p in written)
True
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.site._incremental import Previous
from samverkan.site._panels import (
    write_index,
    write_measures,
    write_resource,
)
from samverkan.site._site import BASE, Site, _measure_rows, page_path

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    import pyoxigraph

    from samverkan.site._reads import Reads

__all__ = ["BASE", "page_path", "write_site"]

# the names the tests (and earlier code) use
_Site = Site
_write_resource = write_resource


def write_site(
    store: pyoxigraph.Store,
    out_dir: str | Path,
    *,
    network: nx.Graph | None = None,
    measures: list[pd.DataFrame] | Callable[[], list[pd.DataFrame]] | None = None,
    measured: Collection[str] | Callable[[], Collection[str]] | None = None,
    corpus: str | Path | None = None,
    views_href: str | None = None,
    previous: Previous | None = None,
    cache: Path | None = None,
    stats: dict[str, int] | None = None,
    reads: Reads | None = None,
) -> list[Path]:
    """Write a page per resource (and a reader per document when ``corpus`` is given).

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset (with its inferred graph).
    out_dir : str or Path
        Directory of the site.
    network : networkx.Graph, optional
        The collaboration network, for each actor's picture of its neighbours.
    measures : list of pandas.DataFrame, optional
        Measure tables (:func:`samverkan.network.measure_table`), indexed by node id; the
        first that holds a resource gives its measures. Or a function that gives them,
        called only when the measures' files are written, after every page: the pages
        can be written while the tables are being computed (in a build, the site is
        written in a worker process started before them), since a page holds no value
        of a measure, only a panel where the node has measures.
    measured : collection of str, or a function that gives them, optional
        With ``measures`` a function: the node ids its tables will hold, which decide the
        pages that have a measure panel. Tables that hold other nodes are an error. As a
        function, called once the store's reads and the rows of the pages the change
        reaches are loaded (in a build, the site's worker starts before the networks are
        projected, and gets their nodes through a pipe); the pages whose measures panel
        moved are read then.
    corpus : str or Path, optional
        Directory of the documents' texts, for the readers.
    views_href : str, optional
        Link to the views' index, relative to ``out_dir``.
    previous : samverkan.site._incremental.Previous, optional
        The previous build's site, its cache and what the change touched: only the pages
        the change reaches are written, the others are the previous build's files
        (:mod:`samverkan.site._incremental`).
    cache : Path, optional
        Where to write the cache the next build's ``previous`` reads.
    stats : dict, optional
        Filled with the number of resource pages (``"pages"``) and of those written
        (``"pages written"``; the others are the previous build's).
    reads : samverkan.site._reads.Reads, optional
        The store's whole-store reads, when the caller has made them (the views' build
        reads them once for its own use too); with ``previous``, those its
        :meth:`~samverkan.site._incremental.Previous.reads` gives are used.

    Returns
    -------
    list of Path
        The files written (with ``previous``, not the previous build's files linked into
        the new site).

    Raises
    ------
    SamverkanError
        If a file cannot be written, or a document of the corpus cannot be read.
    """
    from samverkan.site import _incremental

    out = Path(out_dir)
    later = measures if callable(measures) else None
    if later is not None and measured is None:
        raise ValueError("measures given as a function need the nodes they measure")
    if previous is not None:
        # the previous build's reads patched with the change, else those given (or none)
        patched = previous.reads(store)
        reads = reads if patched is None else patched
    site = Site(
        store,
        out,
        network,
        [] if callable(measures) else list(measures or []),
        Path(corpus) if corpus else None,
        rows=previous is None,
        reads=reads,
    )
    late = later is not None and callable(measured)

    def promise() -> None:
        # the pages need only which nodes have measures: the values come in at the end
        nodes = measured() if callable(measured) else measured
        site.measures = {str(key): {} for key in nodes or ()}

    if later is not None and not late:
        promise()
    written: list[Path] = []
    names: dict[str, set[str]] = {}
    write, appearances = set(site.resources), {}
    kept: dict[str, dict[str, list[Any]]] = {}
    if previous is not None:
        write, appearances = _incremental.pages_to_write(site, previous, measures=not late)
        kept = previous.kept_rows(site)
        site.load_rows(write, kept=kept)
    if late:
        promise()
    if previous is not None:
        more = _incremental.measures_moved(site, previous, write) if late else set()
        old_iris, old_names = previous.cache["iris"], previous.cache["names"]
        for iri in site.resources:
            if iri not in write and iri not in more:
                if not _incremental.link_page(previous, site, iri):
                    more.add(iri)  # the previous build lacks a file: write the page
                    continue
                names[iri] = {old_iris[i] for i in old_names[iri]}
        if more:
            site.load_rows(more, kept=kept, add=True)
            write |= more
    with _incremental.recording(site) as seen:
        for iri in site.resources:
            if iri in write:
                seen.clear()
                written.extend(write_resource(site, iri, views_href))
                names[iri] = set(seen)
    # what needs no measure first, while the tables may still be in the making
    if cache is not None:
        _incremental.write_rows(cache.with_name(_incremental.ROWS_NAME), site, kept)
    if stats is not None:
        stats["pages"] = len(site.resources)
        stats["pages written"] = len(write)
    index = write_index(site, views_href)
    readers: list[Path] = []
    if site.corpus is not None:
        from samverkan.site._reader import write_readers

        take = None
        if previous is not None:
            keep = _incremental.readers_to_keep(site, previous, appearances)
            old_iris, old_names = previous.cache["iris"], previous.cache["names"]

            def take(here: str) -> bool:
                if here not in keep or not _incremental.link_files(previous, site, [here]):
                    return False
                names[here] = {old_iris[i] for i in old_names[here]}
                return True

        with _incremental.recording(site) as seen:
            readers = write_readers(site, views_href, take=take, names=names, seen=seen)
    if later is not None:
        site.tables = list(later())
        promised = set(site.measures)
        site.measures = _measure_rows(site.tables)
        if set(site.measures) != promised:
            raise ValueError("the measure tables hold other nodes than `measured` said")
    written.extend(write_measures(site))
    if previous is not None:  # what the previous site linked in, unused, goes
        _incremental.remove_stale(previous, site)
    if cache is not None:  # with the digest of each page's measures panel
        _incremental.write_cache(cache, site, names, appearances)
    return [*written, index, *readers]
