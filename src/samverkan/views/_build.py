"""Every view of a built dataset, written under ``OUT/views/`` (called by ``samverkan build``).

Examples
--------
>>> import pathlib, tempfile
>>> from samverkan.network import example_store
>>> out = tempfile.mkdtemp()
>>> written = write_all(example_store(), out)
>>> sorted(p.name for p in written if p.parent.name != "site" and p.suffix == ".html")[:4]
['actors-initiatives.html', 'ego-1231.html', 'ego-1262.html', 'ego-1281.html']
>>> (pathlib.Path(out) / "site" / "kommun" / "1281.html").is_file()
True
"""

from __future__ import annotations

import contextlib
import gc
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.views._incremental import (
    EdgeTexts,
    Layouts,
    Memo,
    Previous,
    Spliced,
    digest,
    forget,
    paths_key,
    piece_digest,
    table_key,
)
from samverkan.views._index import write_index
from samverkan.views._overview import OVERVIEW_THRESHOLD, aggregate, level_for
from samverkan.views._page import WithId
from samverkan.views._parallel import (
    Handoff,
    background,
    background_each,
    can_fork,
    default_workers,
    run_each,
    stopping_together,
)
from samverkan.views._render import render_network, render_timeline, write_measures, write_page

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from samverkan.site._reads import Reads

__all__ = ["MANIFEST", "MEASURES_SUFFIX", "TABLE_ROWS", "write_all"]

#: Name of the file that lists what ``write_all`` wrote, with node and edge counts.
MANIFEST = "manifest.json"
#: A municipality's view ``ego-CODE.html`` reads its measures from ``ego-CODE.measures.js``.
MEASURES_SUFFIX = ".measures.js"
_GENERATOR = '<meta name="generator" content="samverkan">'
_SEED = 7
_BACK = "index.html"
_SITE_DIR = "site"
_SITE = "site/index.html"
#: The index shows the measures of at most this many actors (those of highest
#: betweenness); a longer table is written whole to ``measures.csv``.
TABLE_ROWS = 500
_TABLE_CSV = "measures.csv"


class _Views:
    """What :func:`write_all` has written so far, and what it skipped and why."""

    def __init__(
        self, out: Path, seed: int, threshold: int = OVERVIEW_THRESHOLD, memo: Memo | None = None
    ) -> None:
        self.out = out
        self.seed = seed
        self.threshold = threshold
        #: draws each view, or takes the previous build's when nothing it shows changed
        self.memo = memo or Memo(None)
        #: the address of the view of each municipality (its code) that has one
        self.municipality_pages: dict[str, str] = {}
        self.entries: list[dict[str, Any]] = []
        self.skipped: list[dict[str, str]] = []

    def project(self, make: Callable[[], nx.Graph], file: str, title: str) -> nx.Graph | None:
        """The projection ``make()`` gives, or None when it is empty (recorded as skipped).

        Any other error (a store without an inferred graph, a bug) propagates.
        """
        from samverkan.network.projections import EmptyProjectionError

        try:
            return make()
        except EmptyProjectionError as error:
            self.skip(file, title, str(error))
            return None

    def skip(self, file: str, title: str, reason: str) -> None:
        """Record that the view ``file`` was not made, and why."""
        self.skipped.append({"file": file, "title": title, "reason": reason})

    def network(self, G: nx.Graph, file: str, title: str, description: str, **kw: Any) -> None:
        """Write the network view of ``G`` to ``file`` and record it for the manifest;
        above :attr:`threshold` nodes, the overview per municipality (:meth:`overview`),
        unless ``detail`` (a municipality's own view is drawn actor by actor)."""
        level = None if kw.pop("detail", False) else level_for(G, self.threshold)
        if level is not None:
            self.overview(G, level, file, title, description, **kw)
            return
        description_en = kw.pop("description_en", "")
        if kw.pop("beside", False):
            # the measures in a file of their own, written every time; the page, drawn
            # again only when its network changes, reads them from there (with ``later``,
            # the file is left to the caller: :func:`_ego_measures`)
            beside = f"{Path(file).stem}{MEASURES_SUFFIX}"
            measures = kw.pop("measures", None)
            if not kw.pop("later", False):
                write_measures(
                    G, self.out / beside, size_by=kw.get("size_by", "degree"), measures=measures
                )
            kw["measures_file"] = beside
        path = self.memo.render(
            render_network, G, self.out / file, title=title, seed=self.seed, back_href=_BACK, **kw
        )
        self.entry(
            path.name, title, description, kw.get("title_en") or title,
            description_en or description, len(G), G.number_of_edges(), kw.get("measures_file"),
        )  # fmt: skip

    def entry(
        self,
        file: str,
        title: str,
        description: str,
        title_en: str,
        description_en: str,
        nodes: int,
        edges: int,
        measures_file: str | None = None,
    ) -> None:
        """Record the network view ``file`` for the manifest."""
        self.entries.append(
            {
                "file": file,
                "title": title,
                "description": description,
                "title_en": title_en,
                "description_en": description_en,
                "kind": "network",
                "nodes": nodes,
                "edges": edges,
                **({"measures_file": measures_file} if measures_file else {}),
            }
        )

    def overview(
        self, G: nx.Graph, level: str, file: str, title: str, description: str, **kw: Any
    ) -> None:
        """Write ``G`` aggregated per municipality (or county) to ``file``: each node a
        municipality sized by its number of actors, linked to its view; the drawing of
        every actor is not written, and the index says so."""
        A = aggregate(G, level=level, page=self.municipality_pages.get)
        title_en = kw.get("title_en") or title
        per_sv, per_en = _LEVELS[level]
        ties = G.number_of_edges()
        subtitle = (
            f"översikt per {per_sv}: {len(G)} noder och {ties} band i {len(A)} grupper"
            " (storlek: antal aktörer, linje: antal band)"
        )
        subtitle_en = (
            f"overview per {per_en}: {len(G)} nodes and {ties} ties in {len(A)} groups"
            " (size: number of actors, line: number of ties)"
        )
        path = self.memo.render(
            render_network,
            A,
            self.out / file,
            title=title,
            seed=self.seed,
            back_href=_BACK,
            measures={
                "actors": dict(A.nodes(data="actors")),
                "internal_ties": dict(A.nodes(data="internal_ties")),
            },
            size_by="actors",
            subtitle=subtitle,
            subtitle_en=subtitle_en,
            title_en=title_en,
        )
        self.entries.append(
            {
                "file": path.name,
                "title": title,
                "description": f"{description}; {subtitle}",
                "title_en": title_en,
                "description_en": f"{kw.get('description_en') or description}; {subtitle_en}",
                "kind": "overview",
                "level": level,
                "nodes": len(A),
                "edges": A.number_of_edges(),
                "actors": len(G),
                "ties": ties,
            }
        )
        self.skip(
            f"{file} (detail)",
            f"{title}: varje aktör",
            f"{len(G)} nodes, more than {self.threshold}: too many to draw and open quickly;"
            f" {file} shows them per {per_en}, and a click on a municipality opens its view",
        )


#: How an overview's subtitle names its groups, in Swedish and English.
_LEVELS = {"municipality": ("kommun", "municipality"), "county": ("län", "county")}

#: How much the workers whose results are waited for last (the timeline, the
#: municipalities' views) yield the processor (:func:`os.nice`) to the measure tables,
#: which the views and pages after them wait for: on two cores, at a million quads, the
#: collaboration table took 16.6 s of wall time for 9.4 of CPU among six processes. The
#: resource pages do not yield: their worker, forked first, has the most to do (7.7 CPU
#: s of a rebuild there) and, yielding, ended last, alone on one processor.
YIELD = 5


def _years(store: Any) -> list[int]:
    """Every year from the first to the last that the dataset dates anything in."""
    from samverkan.network import years

    return years(store)


def _clean(out: Path) -> None:
    """Remove the views a previous run wrote (pages that no longer have data go too)."""
    for old in out.glob("*.html"):
        try:
            if _GENERATOR in old.read_text(encoding="utf-8", errors="replace")[:2000]:
                old.unlink()
        except OSError:
            continue
    for old in out.glob(f"*{MEASURES_SUFFIX}"):
        old.unlink(missing_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)
    (out / _TABLE_CSV).unlink(missing_ok=True)


def write_all(
    store: Any,
    out_dir: str | Path,
    *,
    seed: int = _SEED,
    corpus: str | Path | None = None,
    threshold: int = OVERVIEW_THRESHOLD,
    workers: int | None = None,
    previous: Previous | None = None,
    cache: Path | None = None,
    stats: dict[str, int] | None = None,
    answers: dict[str, Any] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Path]:
    """Write every view of the dataset in ``store`` to ``out_dir``; return the files written.

    The views: ``network.html`` (the actor collaboration network, sized by betweenness),
    ``funding.html`` (funder -> funded), ``actors-initiatives.html`` (bipartite),
    ``timeline.html`` (the collaboration network year by year), one ``ego-<code>.html``
    per municipality (the actors tied in it: isolates left out), ``index.html`` linking
    them all with the per-actor measure table, and
    ``manifest.json`` listing each view with its numbers of nodes and edges, and
    ``site/`` with a page per resource (:func:`samverkan.site.write_site`); a click on a
    node of a view opens its page. Pages of an earlier run are removed first.

    A view whose projection is empty (a dataset with no funding has no funding view) is
    not written: the manifest lists it under ``"skipped"`` with the reason, and the index
    says so. Any other failure is an error.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset (with its inferred graph).
    out_dir : str or Path
        Directory of the views (``OUT/views`` in a build).
    seed : int
        Seed of every layout.
    corpus : str or Path, optional
        Directory of the documents' texts: with it, ``site/text/`` holds a reader per
        document (see :mod:`samverkan.site`).
    threshold : int
        A network of more nodes is drawn as an overview per municipality (per county
        when the municipalities too are more), each municipality linked to its view
        (:mod:`samverkan.views._overview`); the drawing of every actor is not written
        and the manifest and the index say so.
    workers : int, optional
        Processes that write the municipalities' views and compute the second measure
        table at the same time (:func:`samverkan.views._parallel.default_workers`: the
        environment variable ``SAMVERKAN_VIEW_WORKERS``, else up to 2). The files are the
        same whatever the number.
    previous : samverkan.views._incremental.Previous, optional
        The previous build's views, cache and the IRIs the change touched: a view whose
        inputs are the same is the previous file, and only the resource pages the change
        reaches are written again (:mod:`samverkan.views._incremental`,
        :mod:`samverkan.site._incremental`). The files are the same as without it.
    cache : Path, optional
        The directory where the cache that the next build's ``previous`` reads is written.
    stats : dict, optional
        Filled with the numbers of views (``"views"``) and of those drawn
        (``"views drawn"``; of the municipalities' views drawn, those whose positions were
        the previous build's, ``"views drawn with their previous positions"``, and of those
        the previous build's file with the records of its ties written anew,
        ``"views with their ties written anew"``), of
        resource pages and of those written (``"pages"``,
        ``"pages written"``), of measure tables and of those computed (``"tables"``,
        ``"tables computed"``, of those the betweenness and closeness of the previous
        build's network with the same nodes and ties, ``"tables with paths kept"``; of
        the nodes of the tables computed, ``"nodes measured"``, and of those whose local
        measures were computed, ``"local measures computed"``); the others are the
        previous build's.
    answers : dict, optional
        Filled with the answers of the library queries the build keeps
        (:data:`samverkan.query.stored.STORED`, frames of
        :func:`samverkan.query.run_query`), computed in a worker process beside the views:
        ``"cooperation"``, whose reasons the views show too, and the others.
    meanwhile : callable, optional
        Called once, with ``answers`` filled, while this process only waits for the
        workers drawing the municipalities' views (a rebuild keeps the answers then, not
        after the views: at a million quads 0.4 s at the end of the build).

    Returns
    -------
    list of Path
        The files written, index first, manifest last; of the site only its index
        (``site/index.html`` lists every resource page).

    Raises
    ------
    SamverkanError
        If a projection cannot be made (for instance, the store has no inferred graph) or
        a file cannot be written.
    """
    from samverkan.network import _data

    out = Path(out_dir)
    workers = default_workers() if workers is None else max(1, int(workers))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SamverkanError(f"cannot write the views: {error.strerror}", path=out) from None
    _clean(out)
    if previous is not None and previous.kept is not None:
        previous.kept.wait()  # nothing forks while a thread unpickles
    if previous is not None and previous.prelinked is not None:
        previous.prelinked.wait()  # nor while one links the previous site
    forget()  # the texts of the graphs' nodes and edges an earlier build kept
    try:
        # the pools' workers are stopped together once the views are written
        with stopping_together(), contextlib.ExitStack() as stack:
            # the workers that need no projection start first, while this process reads
            # what the projections need (6 CPU s at a million quads; in a rebuild, the
            # previous build's reads patched with the change)
            started = _start(stack, store, out, corpus, workers, previous, cache, answers)
            # every projection below (one per view and one per year) reads the store once,
            # or, in a rebuild, takes the previous build's reads patched with the change
            with _data.reused(store, _patched_data(store, previous)):
                gc.freeze()
                return _write_all(
                    store,
                    out,
                    seed,
                    threshold,
                    workers,
                    previous,
                    cache,
                    stats,
                    answers,
                    started,
                    stack,
                    meanwhile,
                )
    finally:
        gc.unfreeze()
        forget()  # and what this build kept: the memory goes back


@dataclass
class _Started:
    """The workers :func:`_start` started, and what they share with this process."""

    site_job: Any
    handoff: Handoff | None
    nodes: Handoff | None
    answer_job: Any
    patched: tuple[Reads, bool] | None
    #: starts the site's worker with the tables and nodes given (when not started)
    site: Callable[[list[Any], set[str]], Any]


def _start(
    stack: contextlib.ExitStack,
    store: Any,
    out: Path,
    corpus: str | Path | None,
    workers: int,
    previous: Previous | None,
    cache: Path | None,
    answers: dict[str, Any] | None,
) -> _Started:
    """Start the workers that need no projection: the resource pages and the library's
    answers."""
    # The resource pages in a worker process while this one draws the other views: the
    # site is the longest step, and the other views need only the address of each
    # resource's page, known before it is written (:func:`_site_pages`). Where workers are
    # forked it starts first, before the store is read for the networks: its reads of the
    # store and the rows of the pages a change reaches need neither; which nodes have
    # measures (those of C and B) reaches it when they are projected, and the measure
    # tables when they are made (two Handoffs).
    early = workers > 1 and can_fork()
    handoff = Handoff("measure tables") if early else None
    nodes = Handoff("nodes of the networks") if early else None

    # The whole-store reads of the resource pages (resources with a page, quotes: the
    # site's :class:`samverkan.site._reads.Reads`), which the quotes and pages of the views
    # read too. In a rebuild they are the previous build's patched with the change (0.3 s
    # at a million quads, where reading afresh takes 8), made here before the site's
    # worker is forked and shared with it; in a full build each process reads them, the
    # worker at its start and this one beside it once the networks are projected.
    patched = _patched_reads(store, previous)

    def site(tables: list[Any] | Handoff, measured: set[str] | Handoff) -> Any:
        shared = (store, out, tables, measured, corpus, previous, cache, patched)
        (job,) = stack.enter_context(
            background(_site_of, shared, [None], workers=workers)
        )
        return job

    site_job = site(handoff, nodes) if handoff is not None and nodes is not None else None
    # the library's answers (the cooperation query's, whose reasons the ties show, and
    # the others the build keeps) in a worker of their own from the start: at a
    # million quads 3.6 CPU s that the views' main process waited for
    from samverkan.query.stored import STORED

    wanted = ["cooperation"] if answers is None else sorted(STORED)
    # (in a rebuild, the previous build's brought up to date: its directory, whose cache
    # keeps them, is the parent of its views' cache)
    before = None
    if previous is not None and previous.changed is not None:
        before = (previous.cache_dir.parent.parent, previous.changed)
    (answer_job,) = stack.enter_context(
        background(_answers_of, (store, before), [wanted], workers=workers)
    )
    return _Started(site_job, handoff, nodes, answer_job, patched, site)


def _write_all(
    store: Any,
    out: Path,
    seed: int,
    threshold: int,
    workers: int,
    previous: Previous | None,
    cache: Path | None,
    stats: dict[str, int] | None,
    answers: dict[str, Any] | None,
    started: _Started,
    stack: contextlib.ExitStack,
    meanwhile: Callable[[], None] | None = None,
) -> list[Path]:
    from samverkan.network import measures, projections
    from samverkan.site._reads import Reads

    memo = Memo(previous)
    views = _Views(out, seed, threshold, memo)
    site_job, handoff, nodes = started.site_job, started.handoff, started.nodes
    patched, answer_job = started.patched, started.answer_job
    main = "Samverkan: hela nätverket"
    C = views.project(lambda: projections.collaboration(store), "network.html", main)
    # its betweenness and closeness (igraph, which keeps the interpreter while it runs: at
    # a million quads 4-6 of its table's 10 s) in a worker of their own from now, which
    # sends them to the table's worker while that one computes the rest
    paths = Handoff("betweenness and closeness") if workers > 1 and can_fork() else None
    if paths is not None:
        job = (C, "collaboration", memo, paths)
        stack.enter_context(background(_paths_of, job, [None], workers=workers))
    title_f = "Finansieringsflöden"
    F = views.project(lambda: projections.funding(store), "funding.html", title_f)
    title_b = "Aktörer och initiativ"
    B = views.project(
        lambda: projections.actor_initiative(store), "actors-initiatives.html", title_b
    )
    measured = {str(n) for G in (C, B) if G is not None for n in G}
    if nodes is not None:
        nodes.send(sorted(measured))
    # the two measure tables in worker processes, which inherit the networks (nothing is
    # pickled on the way in: at a million quads the collaboration network took 0.8 s to
    # send) and take the previous build's table, or its betweenness and closeness, where
    # the network is the same (:func:`_table_of`), while this one reads the quotes and
    # the reasons of the ties
    graphs = [("collaboration", C), ("actors-initiatives", B)]
    shared = (graphs, memo, {0: paths})
    with background(_table_of, shared, [0, 1], workers=workers) as (pending, pending_b):
        reads = Reads.read(store) if patched is None else patched[0]
        found = answer_job.get()
        if answers is not None:  # kept by the build (samverkan.query.stored)
            answers.update(found)
        deco = _Decoration(store, {}, found["cooperation"], reads)
        deco.update(_site_pages(reads))
        pages = deco
        for G in (C, F, B):
            _link_pages(G, pages)
        # The data and the graphs live until the end: the collector need not look at
        # them again (at 1M quads, in a profile of 29 municipalities' views, 3.1 of 14.3
        # s went to collections over millions of them), and forked workers do not copy
        # the memory it would touch. gc.unfreeze() at the end gives them back.
        gc.freeze()
        # the municipalities (code -> name) and those with a view, written below: what an
        # overview links to
        names = {} if C is None else {code: name for _, name, code in _municipalities(C)}
        tied = set() if C is None else _ego_codes(C)
        views.municipality_pages = {code: f"ego-{code}.html" for code in tied}
        # the timeline (a projection per year) in a worker process beside the tables and
        # then the municipalities' views; what it records goes in the manifest before theirs
        (timeline,) = stack.enter_context(
            background(_timeline_of, (views, store, C, pages), [None], workers=workers, nice=YIELD)
        )
        # and the municipalities' views, which need no measure (theirs are in files
        # beside them, written once the table is made): drawn beside the tables
        egos = _Views(out, seed, threshold, memo)
        before = None if previous is None else previous.cache_dir
        layouts = Layouts(before, cache)
        drawn = None
        if C is not None:
            kept = None if previous is None else previous.kept
            texts = EdgeTexts(before, cache, None if kept is None else kept.edge_texts())
            spliced = Spliced(before, cache)
            drawn = stack.enter_context(
                _egos(egos, C, names, tied, workers, layouts, texts, spliced)
            )
        made = [pending.get(), pending_b.get()]
    stats = {} if stats is None else stats
    stats["tables"] = sum(1 for _, G in graphs if G is not None)
    stats["tables computed"] = sum(1 for m in made if m.computed)
    stats["tables with paths kept"] = sum(1 for m in made if m.paths_kept)
    stats["local measures computed"] = sum(m.measured for m in made if m.computed)
    stats["nodes measured"] = sum(len(m.table) for m in made if m.computed and m.table is not None)
    for (name, _), m in zip(graphs, made, strict=True):
        memo.keep_table(name, m.key, m.table, m.paths, m.ties)
    table, table_b = (m.table for m in made)
    tables = [t for t in (table, table_b) if t is not None]
    if handoff is not None:
        handoff.send(tables)
    else:
        site_job = started.site(tables, measured)
    if C is not None:
        views.network(
            C,
            "network.html",
            main,
            "vem samverkar med vem (storlek: mellanhet)",
            measures=table,
            size_by="betweenness",
            title_en="Collaboration: the whole network",
            description_en="who cooperates with whom (size: betweenness)",
        )
    if F is not None:
        views.network(
            F,
            "funding.html",
            title_f,
            "från finansiär till finansierat",
            measures=measures.measure_table(F) if level_for(F, threshold) is None else None,
            size_by="degree",
            title_en="Funding flows",
            description_en="from funder to funded",
        )
    if B is not None:
        views.network(
            B,
            "actors-initiatives.html",
            title_b,
            "vilka aktörer som deltar i vilka samarbeten (tvådelat nätverk)",
            measures=table_b,
            size_by="degree",
            title_en="Actors and initiatives",
            description_en="which actors take part in which collaborations (two-mode network)",
        )
    # what needs no view, while the workers draw the municipalities' views: kept for the
    # next build (at a million quads 0.5 s for the projections' data and 0.4 for the
    # answers, which came at the end of a rebuild)
    if cache is not None:  # what the projections read, for the next build to patch
        from samverkan.network import _data

        _data.keep(_data.load(store), cache / _data.DATA_NAME)
    if meanwhile is not None:
        meanwhile()
    if drawn is not None:
        made_egos = drawn.get()
        stats["views drawn with their previous positions"] = sum(1 for m in made_egos if m[3])
        stats["views with their ties written anew"] = sum(1 for m in made_egos if m[4])
        _ego_measures(egos, names, tied, made_egos, table, workers)
    entries, skipped, keys = timeline.get()
    memo.keys.update(keys)
    views.entries.extend(entries)
    views.skipped.extend(skipped)
    if C is None:
        views.skip("ego-*.html", "En vy per kommun", "no collaboration network (see above)")
    else:
        views.entries.extend(egos.entries)
        views.skipped.extend(egos.skipped)
    site_index, site_stats = site_job.get()
    stats.update(site_stats)
    links = [
        (e["title"], e["file"], e["description"], e["title_en"], e["description_en"])
        for e in views.entries
    ]
    gaps = [(e["title"], e["reason"]) for e in views.skipped]
    actor_pages = {}
    if C is not None:
        actor_pages = {str(n): d["page"] for n, d in C.nodes(data=True) if d.get("page")}
    whole = None
    if table is not None and len(table) > TABLE_ROWS:
        # a national table is too long for a page that opens at once: the first rows, and
        # the whole table as CSV beside the index
        whole = write_page(out / _TABLE_CSV, table.to_csv(lineterminator="\n")).name
    index = write_index(
        out,
        links,
        table,
        skipped=gaps,
        site=_SITE if site_index else None,
        pages=actor_pages,
        rows=TABLE_ROWS,
        whole=whole,
    )
    manifest = write_page(
        out / MANIFEST,
        json.dumps({"views": views.entries, "skipped": views.skipped}, ensure_ascii=False, indent=1)
        + "\n",
    )
    csv = [out / whole] if whole else []
    if cache is not None:
        memo.write(cache)
    old = {} if previous is None else previous.keys
    stats["views"] = len(memo.keys)
    stats["views drawn"] = sum(1 for f, k in memo.keys.items() if old.get(f) != k)
    return [index, *(out / e["file"] for e in views.entries), *csv, *site_index, manifest]


@dataclass
class _Table:
    """A measure table :func:`_table_of` made or took from the previous build."""

    table: Any
    #: what the table depends on (:func:`~samverkan.views._incremental.table_key`), and
    #: the network's nodes and ties (:func:`~samverkan.views._incremental.paths_key`)
    key: str | None
    paths: str | None
    computed: bool
    #: computed with the previous build's betweenness and closeness (same nodes and ties)
    paths_kept: bool
    #: the ties its local measures were computed on (for the next build), None if not
    #: computed here (the previous build's table, taken whole)
    ties: dict[Any, tuple] | None = None
    #: how many nodes' local measures were computed (the others were the previous build's)
    measured: int = 0


def _table_of(
    shared: tuple[list[tuple[str, nx.Graph | None]], Memo, dict[int, Handoff | None]],
    index: int,
) -> _Table:
    """The measure table of the network ``index`` of ``shared`` (None for no network):
    the previous build's when the network is the same, else computed, with the previous
    betweenness and closeness when its nodes and ties are, else with those a
    :func:`_paths_of` worker sends through the network's :class:`Handoff`, if it has one."""
    graphs, memo, handoffs = shared
    name, G = graphs[index]
    handoff = handoffs.get(index)
    if handoff is not None:
        handoff.listen()
    key, paths = table_key(G), paths_key(G)
    if G is None:
        return _Table(None, key, paths, False, False)
    known = memo.table(name, key)
    if known is not None:
        return _Table(known, key, paths, False, False)
    kept = memo.path_measures(name, paths)
    # the local measures of the nodes the edit does not reach: the previous build's
    earlier = memo.earlier(name)
    if kept is None and handoff is not None:  # they come once the rest is computed
        table = _table(G, handoff, earlier)
    else:
        table = _table(G, kept, earlier)
    return _Table(table, key, paths, True, kept is not None, earlier.now, earlier.measured)


def _paths_of(shared: tuple[nx.Graph | None, str, Memo, Handoff], _: Any) -> bool:
    """In a worker: send the betweenness and closeness of the network of the table ``name``
    of ``shared`` through its :class:`Handoff` (None where the table's worker needs none:
    no network, or the previous build's values are kept, :func:`_table_of`); whether it
    computed them. They are computed as :func:`~samverkan.network.measures.measure_table`
    computes them, on the same simple graph."""
    from samverkan.network import _fast
    from samverkan.network.measures import simple_graph

    G, name, memo, handoff = shared
    if G is None or not len(G) or memo.path_measures(name, paths_key(G)) is not None:
        handoff.send(None)
        return False
    try:
        simple = simple_graph(G, copy=False)  # only read
        found = {"betweenness": _fast.betweenness(simple), "closeness": _fast.closeness(simple)}
    except BaseException:
        handoff.send(None)  # the table's worker computes them, and fails the same way
        raise
    handoff.send(found)
    return True


def _site_of(
    shared: tuple[
        Any,
        Path,
        list[Any] | Handoff,
        set[str] | Handoff,
        Any,
        Previous | None,
        Path | None,
        tuple[Reads, bool] | None,
    ],
    _: Any,
) -> tuple[list[Path], dict[str, int]]:
    """:func:`_site` in a worker: of the files it wrote the site's index (all the views'
    index needs of them: the tens of thousands of others are not sent back), and what it
    counted. The measure tables are a list, or a :class:`Handoff` that brings them once
    they are made; ``measured``, the nodes they hold, a set or a :class:`Handoff` that
    brings them once the networks are projected."""
    store, out, tables, measured, corpus, previous, cache, patched = shared
    stats: dict[str, int] = {}
    for handoff in (tables, measured):
        if isinstance(handoff, Handoff):
            handoff.listen()
    files = _site(store, out, tables, corpus, previous, cache, stats, measured, patched=patched)
    return [p for p in files if p == out / _SITE], stats


def _answers_of(
    shared: tuple[Any, tuple[Path, list[Any]] | None], names: list[str]
) -> dict[str, Any]:
    """The answers of the library queries ``names`` on the store of ``shared`` (frames of
    :func:`samverkan.query.run_query`). In a rebuild (``shared`` holds the previous build's
    directory and the triples the change made or unmade) each is the previous build's kept
    answer with the rows the change can move computed again
    (:func:`samverkan.query.patch.patched_answer`), where it can be; else the cooperation
    query's is joined in Python from plain reads (the same frame in a fraction of the
    time, :func:`samverkan.query.cooperation.cooperation_answer`), and the others are run.
    """
    from samverkan.query import load_query, run_query
    from samverkan.query.cooperation import cooperation_answer
    from samverkan.query.patch import PATCHED, patched_answer, reach
    from samverkan.query.stored import read_answer

    store, previous = shared
    # what the change can move, read once for both answers
    before = None if previous is None else (previous[0], reach(store, previous[1]))
    found = {}
    for name in names:
        frame = None
        if before is not None and name in PATCHED:
            old = read_answer(before[0], load_query(name), None, True)
            frame = patched_answer(store, name, old, before[1])
        if frame is None and name == "cooperation":
            frame = cooperation_answer(store)
        found[name] = run_query(store, name) if frame is None else frame
    return found


def _patched_reads(store: Any, previous: Previous | None) -> tuple[Reads, bool] | None:
    """The previous build's whole-store reads of the site patched with the change, and
    whether the documents were kept (:func:`samverkan.site._incremental.patched_reads`);
    None in a full build or when the previous build kept none."""
    from samverkan.site._incremental import patched_reads

    if previous is None:
        return None
    kept = None if previous.kept is None else previous.kept.reads()
    return patched_reads(store, previous.cache_dir, previous.touched, kept)


def _patched_data(store: Any, previous: Previous | None) -> Any:
    """What the projections read of the store: the previous build's, kept in its cache,
    patched with the change (:meth:`samverkan.network._data.Data.patch`); None in a full
    build or when the previous build kept none (the store is read)."""
    from samverkan.network import _data

    if previous is None:
        return None
    if previous.kept is not None:
        data = previous.kept.data()
    else:
        data = _data.kept(previous.cache_dir / _data.DATA_NAME)
    if data is None or not data.patch(store, previous.touched):
        return None
    return data


def _site_pages(reads: Reads) -> dict[str, str]:
    """For each resource with a page, its address relative to the views: the pages
    :func:`_site` writes, known before they are written (``reads``: the site's reads of
    the store, whose resources are those with a page)."""
    from samverkan.site import page_path

    return {resource: f"{_SITE_DIR}/{page_path(resource)}" for resource in reads.classes}


def _timeline_of(
    shared: tuple[_Views, Any, nx.Graph | None, dict[str, str]], _: Any
) -> tuple[list[dict[str, Any]], list[dict[str, str]], dict[str, str]]:
    """:func:`_timeline` on a fresh record of views: what it wrote and skipped, and the
    digest of its view."""
    views, store, C, pages = shared
    mine = _Views(views.out, views.seed, views.threshold, Memo(views.memo.previous))
    mine.municipality_pages = views.municipality_pages
    _timeline(mine, store, C, pages)
    return mine.entries, mine.skipped, mine.memo.keys


def _table(
    G: nx.Graph | None,
    known: dict[str, Any] | Callable[[], Any] | None = None,
    earlier: Any = None,
) -> Any:
    """The measure table of ``G`` (``known``, ``earlier``: as
    :func:`~samverkan.network.measures.measure_table` takes them), None for no network."""
    from samverkan.network import measures

    if G is None or not len(G):
        return None
    return measures.measure_table(G, known=known, earlier=earlier)


def _site(
    store: Any,
    out: Path,
    tables: list[Any] | Callable[[], list[Any]],
    corpus: str | Path | None,
    previous: Previous | None = None,
    cache: Path | None = None,
    stats: dict[str, int] | None = None,
    measured: set[str] | Callable[[], set[str]] | None = None,
    patched: tuple[Reads, bool] | None = None,
) -> list[Path]:
    """Write the resource pages under ``out/site``; return the files (the address of each
    resource's page is :func:`_site_pages`'s). ``tables`` may be a function that gives
    them, called after the pages (``measured``: the nodes they hold, or a function that
    gives them; :func:`samverkan.site.write_site`). ``patched``: the previous build's
    reads, patched with the change (:func:`_patched_reads`), when made already."""
    from samverkan.site import write_site
    from samverkan.site._incremental import CACHE_NAME
    from samverkan.site._incremental import Previous as SitePrevious

    site = out / _SITE_DIR
    if site.is_dir():
        shutil.rmtree(site)
    before = None
    if previous is not None:
        before = SitePrevious.read(
            previous.views_dir / _SITE_DIR, previous.cache_dir, previous.touched
        )
    if before is not None:
        before.adopt(patched)
    linked = None if previous is None else previous.prelinked
    if linked is not None:
        # the previous site, linked into the new build while the dataset loaded: the
        # site to write, the pages it keeps there already
        files = linked.files()
        if before is not None and files is not None:
            linked.target.rename(site)
            before.prelinked = files
        elif linked.target.is_dir():
            shutil.rmtree(linked.target)
    return write_site(
        store,
        site,
        measures=tables,
        measured=measured if callable(tables) else None,
        corpus=corpus,
        views_href="../" + _BACK,
        previous=before,
        cache=None if cache is None else cache / CACHE_NAME,
        stats=stats,
        reads=None if patched is None else patched[0],
    )


class _Decoration(dict):
    """The page of each IRI, the title of each document and the quotes about each node."""

    def __init__(
        self,
        store: Any,
        pages: dict[str, str],
        cooperation: Any,
        reads: Reads,
    ) -> None:
        from samverkan.query import run_query
        from samverkan.site import _queries as Q

        super().__init__(pages)
        self.titles: dict[str, str] = {}
        for row in run_query(store, Q.DOCUMENTS).itertuples(index=False):
            key = str(row.document).rsplit("/", 1)[-1]
            publisher = getattr(row, "publisherLabel", None) or ""
            extra = ", ".join(str(v) for v in (publisher, row.issued) if v)
            self.titles[key] = f"{row.title} ({extra})" if extra else str(row.title or key)
        from samverkan.views._terms import BASES

        self.basis: dict[frozenset[str], list[tuple[str, str]]] = {}
        # the library query's answer (:func:`_answers_of`)
        for row in cooperation.itertuples(index=False):
            term = BASES.get(str(row.basis))
            if term is None:
                continue
            via = f" {row.viaLabel}" if row.viaLabel and row.basis != "stated" else ""
            title = row.documentTitle or str(row.document).rsplit("/", 1)[-1]
            phrase = (f"{term.sv}{via}: {title}", f"{term.en}{via}: {title}")
            found = self.basis.setdefault(frozenset((str(row.a), str(row.b))), [])
            if phrase not in found:
                found.append(phrase)
        # the quotes, in the order of the query's answer (by document, then place)
        names = reads.columns["annotations"]
        at = {name: names.index(name) for name in ("subject", "document", "quote")}
        self.quotes: dict[str, list[dict[str, str]]] = {}
        for rows in reads.annotations.values():
            for row in rows:
                key = str(row[at["document"]]).rsplit("/", 1)[-1]
                self.quotes.setdefault(str(row[at["subject"]]), []).append(
                    {"document": self.titles.get(key, key), "quote": str(row[at["quote"]])}
                )

    def title(self, key: Any) -> str:
        return self.titles.get(str(key), str(key))


def _link_pages(G: nx.Graph | None, pages: Any) -> nx.Graph | None:
    """Give each node of ``G`` with a page the page's address (``page``): a click opens it;
    name documents by title, and give each node the quotes about it (``evidence``)."""
    if G is None:
        return G
    deco = pages if isinstance(pages, _Decoration) else None
    for _, attrs in G.nodes(data=True):
        iri = str(attrs.get("iri", ""))
        target = pages.get(iri)
        if target:
            attrs["page"] = target
        if deco is not None:
            attrs["documents"] = [deco.title(d) for d in attrs.get("documents") or []]
            if not attrs.get("evidence") and iri in deco.quotes:
                attrs["evidence"] = deco.quotes[iri]
    for u, v, attrs in G.edges(data=True):
        if deco is not None:
            pair = frozenset((str(G.nodes[u].get("iri", u)), str(G.nodes[v].get("iri", v))))
            if pair in deco.basis:
                attrs["basis"] = deco.basis[pair]
            attrs["documents"] = [deco.title(d) for d in attrs.get("documents") or []]
            attrs["evidence"] = [
                {**e, "document": deco.title(e.get("document"))}
                for e in attrs.get("evidence") or []
            ]
    return G


def _timeline(views: _Views, store: Any, C: nx.Graph | None, pages: dict[str, str]) -> None:
    """The collaboration network year by year (``timeline.html``), or a note why not."""
    from samverkan.network import projections

    title = "Samverkan år för år"
    if C is None:
        views.skip("timeline.html", title, "no collaboration network (see above)")
        return
    # the actors and ties of each year (a year in which nothing is dated has none: the
    # others are the timeline); the whole projection of a year, with the facts and quotes
    # of its ties, only where the years are drawn actor by actor (at a million quads the
    # ten years' projections took 7 of the timeline's 9 CPU s, for an overview that
    # reads the nodes and ties alone)
    skeletons = projections.collaboration_years(store, _years(store))
    if not skeletons:
        views.skip("timeline.html", title, "no year of the collaboration network is dated")
        return
    full = {y: (len(G), G.number_of_edges()) for y, G in skeletons.items()}
    # the view opens on its richest year (most actors, then ties): the counts are its
    start = max(full, key=lambda y: (*full[y], y))
    every = set().union(*skeletons.values())
    # the page holds every year's drawing: their nodes together count against the threshold
    drawn = sum(n for n, _ in full.values())
    level = level_for(C.subgraph(every), views.threshold, drawn=drawn)
    size_by = "degree"
    extra: dict[str, Any] = {}
    if level is None:
        snapshots = {
            y: _link_pages(projections.collaboration(store, year=y), pages) for y in skeletons
        }
    else:
        # too many actors to draw: each year per municipality, linked to its view
        snapshots = {
            y: aggregate(G, level=level, page=views.municipality_pages.get)
            for y, G in skeletons.items()
        }
        size_by = "actors"
        extra = {"level": level, "actors": len(every)}
        views.skip(
            "timeline.html (detail)",
            f"{title}: varje aktör",
            f"{drawn} nodes over the years, more than {views.threshold}: timeline.html shows"
            f" each year per {_LEVELS[level][1]}",
        )
    path = views.memo.render(
        render_timeline,
        snapshots,
        views.out / "timeline.html",
        title=title,
        seed=views.seed,
        back_href=_BACK,
        title_en="Collaboration year by year",
        size_by=size_by,
        measures={y: {"actors": dict(G.nodes(data="actors"))} for y, G in snapshots.items()}
        if level is not None
        else None,
    )
    views.entries.append(
        {
            "file": path.name,
            "title": title,
            "kind": "timeline",
            "description": f"{min(snapshots)}–{max(snapshots)}, bläddra mellan åren",
            "title_en": "Collaboration year by year",
            "description_en": f"{min(snapshots)}–{max(snapshots)}, step through the years",
            "years": {str(y): {"nodes": full[y][0], "edges": full[y][1]} for y in sorted(full)},
            "start_year": start,
            "nodes": full[start][0],
            "edges": full[start][1],
            **extra,
        }
    )


@dataclass
class _Egos:
    """What the workers drawing the municipalities' views share (:func:`_egos`)."""

    views: _Views
    #: the collaboration network
    C: nx.Graph
    #: code -> name of each municipality
    names: dict[str, str]
    #: code -> the nodes that belong to the municipality (:func:`_members`)
    members: dict[str, set[Any]]
    layouts: Layouts
    #: what each process makes once for all its views, in a copy of its own: the
    #: digests of the nodes and ties (:func:`_ego_digests`) and the records of the ties
    #: (:func:`samverkan.views._records.records`)
    pieces: dict[tuple[Any, ...], bytes] = field(default_factory=dict)
    edges: dict[Any, Any] = field(default_factory=dict)
    #: the ``repr`` of each node, which orders the nodes and ties of each view
    reprs: dict[Any, str] = field(default_factory=dict)
    #: the texts of the ties' records kept from the previous build, for the next
    texts: EdgeTexts | None = None
    #: where the ties lie in each view, kept from the previous build, for the next
    spliced: Spliced | None = None


@contextlib.contextmanager
def _egos(
    views: _Views,
    C: nx.Graph,
    names: dict[str, str],
    tied: set[str],
    workers: int,
    layouts: Layouts,
    texts: EdgeTexts | None = None,
    spliced: Spliced | None = None,
) -> Iterator[Any]:
    """Start drawing one ``ego-<code>.html`` per municipality of the collaboration network
    (``names``: code -> name) with a tie (``tied``, :func:`_ego_codes`) in ``workers``
    processes (:func:`samverkan.views._parallel.background_each`), with the positions
    ``layouts`` keeps; the block gets a handle whose ``get()`` gives what
    :func:`_ego_measures` needs. The pages read their measures from files beside them,
    which :func:`_ego_measures` writes once the measure table is made: the drawing need
    not wait for it. ``texts``: the ties' records kept from one build to the next;
    ``spliced``: where they lie in each view (:func:`_splice`)."""
    codes = [code for code in sorted(names) if code in tied]
    if texts is not None:
        texts.carry()
    shared = _Egos(views, C, names, _members(C), layouts, texts=texts, spliced=spliced)
    with background_each(_ego, codes, shared, workers=workers, nice=YIELD) as drawn:
        yield drawn


def _members(C: nx.Graph) -> dict[str, set[Any]]:
    """The nodes of each municipality of ``C`` by its code: for each code,
    :func:`samverkan.network.projections.municipality_nodes`, in one pass over ``C``.

    Examples
    --------
    >>> import networkx as nx
    >>> C = nx.Graph(); C.add_node("a", municipality_codes=["0114", "1281"])
    >>> C.add_node("b", municipality_codes=["1281"]); C.add_node("c")
    >>> {code: sorted(nodes) for code, nodes in sorted(_members(C).items())}
    {'0114': ['a'], '1281': ['a', 'b']}
    """
    members: dict[str, set[Any]] = {}
    for node, codes in C.nodes(data="municipality_codes"):
        for code in codes or ():
            members.setdefault(str(code), set()).add(node)
    return members


def _ego_measures(
    views: _Views,
    names: dict[str, str],
    tied: set[str],
    drawn: list[Any],
    table: Any,
    workers: int,
) -> None:
    """Record the municipalities' views ``drawn`` (:func:`_egos`, of the same ``names`` and
    ``tied``), and the skipped ones, and write the measures file beside each, from
    ``table``, by ``workers`` processes (at a million quads the 290 files took 1.1 CPU s
    in this one, at the end of a build)."""
    from samverkan.views._records import measure_columns

    # the table as columns once, each view given only its own rows (a national table has
    # thousands of rows, a municipality's view some dozens)
    columns = measure_columns(table)
    made = iter(drawn)
    files = []
    for code in sorted(names):
        if code not in tied:
            reason = f"no node of {names[code]} has a tie"
            views.skip(f"ego-{code}.html", names[code], reason)
            continue
        entry, keys, nodes, _positions_kept, _spliced = next(made)
        views.entries.append(entry)
        views.memo.keys.update(keys)
        files.append((entry["measures_file"], nodes))
    rows: dict[tuple[Any, ...], list[list[str]]] = {}  # each node's rows, made once a worker
    run_each(_ego_measure_file, files, (views.out, columns, rows), workers=workers)


def _ego(
    shared: _Egos, code: str
) -> tuple[dict[str, Any], dict[str, str], list[Any], bool, bool]:
    """Draw the view of the municipality ``code``; return its manifest entry, the digest
    of the view, its nodes (for the measures beside it), whether it was
    drawn with the previous build's positions (:class:`Layouts`), and whether only the
    records of its ties were written anew (:func:`_splice`).

    Its digest is :func:`_ego_digests`', made from the nodes and ties the view holds without
    cutting them out of the network: at a million quads, of the 294 views a rebuild
    draws a few, and cutting out each of the others and taking its digest took most of
    the 5 CPU s of the municipalities' views.
    """
    views, C, names = shared.views, shared.C, shared.names
    file = f"ego-{code}.html"
    name = names[code]
    title, description = name, f"{name} och dess samarbetspartner"
    description_en = f"{name} and its partners"
    mine = _Views(views.out, views.seed, views.threshold, Memo(views.memo.previous))
    nodes, ties = _ego_parts(C, code, shared.members.get(code, set()))
    key, ordered, rows = _ego_digests(
        C, file, title, views.seed, nodes, ties, shared.pieces, shared.reprs
    )
    measures_file = f"{Path(file).stem}{MEASURES_SUFFIX}"
    if mine.memo.take(views.out / file, key) is not None:  # the previous build's
        shared.layouts.carry(file)
        if shared.spliced is not None:
            shared.spliced.carry(file)
        mine.entry(
            file, title, description, title, description_en, len(nodes), len(ties),
            measures_file,
        )  # fmt: skip
        return mine.entries[0], mine.memo.keys, nodes, False, False
    missed = _kept_ties(shared, rows)
    shape = _ego_shape(C, file, title, views.seed, ordered, rows, shared.pieces)
    if _splice(shared, C, file, shape, rows):
        # the same shape: the same positions, whose file the next build keeps too
        shared.layouts.carry(file)
        mine.entry(
            file, title, description, title, description_en, len(nodes), len(ties),
            measures_file,
        )  # fmt: skip
        _keep_texts(shared, missed)
        return mine.entries[0], mine.memo.keys, nodes, True, True
    ego = _ego_graph(C, nodes, ties)
    positions, kept = shared.layouts.positions(ego, views.seed, file)
    mine.network(
        ego,
        file,
        title,
        description,
        description_en=description_en,
        size_by=_EGO_SIZE,
        detail=True,
        beside=True,
        later=True,
        key=key,
        positions=positions,
        kept=shared.edges,
    )
    _keep_splice(shared, C, file, shape, rows)
    _keep_texts(shared, missed)
    return mine.entries[0], mine.memo.keys, list(ego), kept, False


def _keep_texts(shared: _Egos, missed: dict[tuple[Any, ...], bytes]) -> None:
    """Keep, for the next build, the texts of the ties' records made for a view (those
    :func:`_kept_ties` did not find), by their digests."""
    if shared.texts is not None:
        made = {}
        for edge, digest_ in missed.items():
            text = shared.edges[edge][2]
            if isinstance(text, WithId):
                made[digest_] = (text.head, text.tail)
        shared.texts.keep(made)


def _splice(
    shared: _Egos, C: nx.Graph, file: str, shape: str, rows: list[tuple[Any, Any]]
) -> bool:
    """Write the view ``file`` (its ties ``rows`` in ``C``, :func:`_ego_digests`) as the
    previous build's file with its list of ties made anew, when the previous view had the
    same ``shape`` (:func:`_ego_shape`: the same nodes, with the same attributes, and the
    same ties, of the same kinds and weights): its nodes then have the same records and
    positions (the layout reads nothing else), and only the ties' records can differ.
    Whether it was written so; else the view is drawn whole.

    At a million quads, an edit of a tie between two national actors changes its record in
    280 of the 294 views: drawing each again took 33 ms of CPU, splicing it 10 ms.
    """
    spliced, previous = shared.spliced, shared.views.memo.previous
    found = None if spliced is None else spliced.get(file)
    if spliced is None or previous is None or found is None or found[0] != shape:
        return False
    _, start, end = found
    try:
        old = (previous.views_dir / file).read_bytes()
    except OSError:
        return False
    if (
        not len(_TIES_BEFORE) <= start <= end <= len(old)
        or old[start - len(_TIES_BEFORE) : start] != _TIES_BEFORE
        or not old.startswith(_TIES_AFTER, end)
    ):
        return False
    ties = _tie_list(shared, C, rows)
    write_page(shared.views.out / file, b"".join((old[:start], ties, old[end:])))
    spliced.keep(file, shape, start, start + len(ties))
    return True


def _keep_splice(
    shared: _Egos, C: nx.Graph, file: str, shape: str, rows: list[tuple[Any, Any]]
) -> None:
    """Keep, for the next build, where the ties ``rows`` of the view ``file``, drawn
    whole, lie in its file (:class:`~samverkan.views._incremental.Spliced`); nothing when
    they are not where :func:`_splice` would write them."""
    if shared.spliced is None or shared.spliced.cache is None:
        return
    data = (shared.views.out / file).read_bytes()
    start = data.find(_TIES_BEFORE)
    if start < 0:
        return
    start += len(_TIES_BEFORE)
    ties = _tie_list(shared, C, rows)
    end = start + len(ties)
    if data[start:end] == ties and data.startswith(_TIES_AFTER, end):
        shared.spliced.keep(file, shape, start, end)


def _tie_list(shared: _Egos, C: nx.Graph, rows: list[tuple[Any, Any]]) -> bytes:
    """The list of the records of the ties ``rows`` of ``C`` (:func:`_ego_digests`) in
    a municipality's view, as :func:`samverkan.views._page.embed_json` writes it in the
    page: their texts, kept (``shared.edges``) or made, in the order of
    :func:`samverkan.views._records.records`."""
    from samverkan.views._records import edge_entry, node_id

    adj, edges = C._adj, shared.edges
    texts = []
    for index, (u, v) in enumerate(rows):
        found = edges.get((False, u, v, None))
        if found is None:
            ids = {u: node_id(u), v: node_id(v)}
            found = edge_entry(C, (u, v, None), adj[u][v], ids, edges, True)
        texts.append(found[2](f"e{index}"))
    return ("[" + ",".join(texts) + "]").encode("utf-8")


#: What comes right before and after the list of ties in a municipality's view
#: (:data:`samverkan.views._render.network_html`'s payload, its keys in order).
_TIES_BEFORE = b'<script type="application/json" id="sv-data">{"directed":false,"edges":'
_TIES_AFTER = b',"en":'


def _kept_ties(shared: _Egos, rows: list[tuple[Any, Any]]) -> dict[tuple[Any, ...], bytes]:
    """Put in ``shared.edges`` the record texts of the ties ``rows`` of a view
    (:func:`_ego_digests`) that the previous build kept
    (:class:`~samverkan.views._incremental.EdgeTexts`), under the key
    :func:`samverkan.views._records.records` looks them up by; the others, which the view
    makes, with their digests. Each digest is made of the tie's and its ends' digests,
    which :func:`_ego_digests` has made for the view (``shared.pieces``)."""
    import hashlib

    from samverkan.views._format import as_list
    from samverkan.views._records import edge_style_of

    if shared.texts is None:
        return {}
    found = shared.texts.found()
    edges, pieces, adj = shared.edges, shared.pieces, shared.C._adj
    missed = {}
    for u, v in rows:
        edge = (False, u, v, None)
        if edge in edges:
            continue
        digest_ = hashlib.sha256(
            b"".join((_TIE_TEXT, pieces[("edge", u, v)], pieces[("node", u)], pieces[("node", v)]))
        ).digest()
        text = found.get(digest_)
        if text is None:
            missed[edge] = digest_
        else:
            kinds = tuple(as_list(adj[u][v].get("kinds")))
            edges[edge] = (edge_style_of(kinds), None, WithId(*text))
    return missed


#: What the digest of a tie's record text starts with: a new form of the record, a new
#: text here.
_TIE_TEXT = b"samverkan municipality view tie 1"


def _ego_parts(
    C: nx.Graph, code: str, core: set[Any] | None = None
) -> tuple[list[Any], list[tuple[Any, Any]]]:
    """The nodes and ties of the view of the municipality ``code`` of the collaboration
    network ``C`` (undirected, as :func:`samverkan.network.projections.collaboration`
    makes it): those of ``_tied(municipality_subgraph(C, code))`` (its nodes and their
    partners, without isolates), read from ``C`` without copying them; the nodes in
    ``C``'s order, each tie once, from the node that comes first. ``core``: the nodes of
    the municipality, when known (:func:`_members`)."""
    from samverkan.network.projections import municipality_nodes

    if C.is_directed() or C.is_multigraph():
        raise ValueError("a municipality's view is cut from an undirected, simple network")
    if core is None:
        core = municipality_nodes(C, code)
    keep = set(core)
    for node in core:
        keep.update(C._adj[node])
    ordered = [n for n in C if n in keep]
    ties: list[tuple[Any, Any]] = []
    tied: set[Any] = set()
    done: set[Any] = set()
    for u in ordered:
        nbrs = C._adj[u]
        found = [v for v in keep if v in nbrs] if len(nbrs) > len(keep) else [
            v for v in nbrs if v in keep
        ]  # fmt: skip
        for v in found:
            if v not in done:
                ties.append((u, v))
                tied.update((u, v))
        done.add(u)
    return [n for n in ordered if n in tied], ties


def _ego_graph(C: nx.Graph, nodes: list[Any], ties: list[tuple[Any, Any]]) -> nx.Graph:
    """The graph a municipality's view draws, from its parts in ``C`` (:func:`_ego_parts`):
    ``_tied(municipality_subgraph(C, code))`` without finding the municipality's nodes and
    cutting them out again; nodes and ties in the same order, each with a copy of its
    attributes."""
    H = C.__class__()
    H.graph.update(C.graph)
    # networkx copies the attributes it is given into dicts of the new graph's own
    H.add_nodes_from((n, C._node[n]) for n in nodes)
    H.add_edges_from((u, v, C._adj[u][v]) for u, v in ties)
    return H


def _ego_digests(
    C: nx.Graph,
    file: str,
    title: str,
    seed: int,
    nodes: list[Any],
    ties: list[tuple[Any, Any]],
    pieces: dict[tuple[Any, ...], bytes] | None = None,
    reprs: dict[Any, str] | None = None,
) -> tuple[str, list[Any], list[tuple[Any, Any]]]:
    """The digest of the view ``file`` of a municipality (its ``nodes`` and ``ties`` in
    ``C``, :func:`_ego_parts`), its nodes and its ties in the order the view draws them
    (by ``repr``; each tie from the end of the lower one).

    The digest reads the options the view is drawn with, the network's attributes, and the
    digest of each node and tie with its attributes
    (:func:`~samverkan.views._incremental.piece_digest`), in that order. Two views of the
    same digest are the same file.

    ``pieces`` keeps the digest of each node and tie for the next view of the same ``C``
    (the municipalities' views share their national actors), and ``reprs`` the ``repr``
    of each node; they belong to ``C`` and to one build, and are never a module's global:
    a cache that outlived its network (kept by a module that a test runner had imported
    twice) once gave a changed view the previous build's digest.
    """
    import hashlib

    kept: dict[tuple[Any, ...], bytes] = {} if pieces is None else pieces
    names: dict[Any, str] = {} if reprs is None else reprs

    def name(node: Any) -> str:
        found = names.get(node)
        if found is None:
            found = names[node] = repr(node)
        return found

    h = hashlib.sha256()
    head = ["municipality view", file, title, seed, _BACK, _EGO_SIZE, len(nodes), len(ties)]
    h.update(digest(head, C.graph).encode())
    ordered = sorted(nodes, key=name)
    for n in ordered:
        h.update(piece_digest(kept, ("node", n), [n, C._node[n]]))
    h.update(b"<edges>")
    adj = C._adj
    rows = sorted(
        ((u, v) if name(u) <= name(v) else (v, u) for u, v in ties),
        key=lambda t: (name(t[0]), name(t[1])),
    )
    for u, v in rows:
        h.update(piece_digest(kept, ("edge", u, v), [u, v, None, adj[u][v]]))
    return h.hexdigest(), ordered, rows


def _ego_shape(
    C: nx.Graph,
    file: str,
    title: str,
    seed: int,
    ordered: list[Any],
    rows: list[tuple[Any, Any]],
    pieces: dict[tuple[Any, ...], bytes],
) -> str:
    """The digest of the shape of the view ``file`` (its nodes and ties in order,
    :func:`_ego_digests`, whose ``pieces`` it reads): all that the view's digest reads but
    the ties' other attributes, of each tie only its ends, its kinds (the legend's) and
    its weight (the layout's). Two views of the same shape have the same nodes, with the
    same records and positions, and differ in the records of their ties alone
    (:func:`_splice`)."""
    import hashlib

    from samverkan.views._format import as_list

    shape = hashlib.sha256()
    head = ["municipality view", file, title, seed, _BACK, _EGO_SIZE, len(ordered), len(rows)]
    shape.update(digest(["shape", *head], C.graph).encode())
    for n in ordered:
        shape.update(piece_digest(pieces, ("node", n), [n, C._node[n]]))
    shape.update(b"<edges>")
    adj = C._adj
    for u, v in rows:
        attrs = adj[u][v]
        drawn = [u, v, list(as_list(attrs.get("kinds"))), attrs.get("weight", 1)]
        shape.update(piece_digest(pieces, ("shape", u, v), drawn))
    return shape.hexdigest()


#: What sizes the nodes of a municipality's view.
_EGO_SIZE = "betweenness"


def _ego_measure_file(
    shared: tuple[Path, dict[str, dict[Any, Any]], dict[tuple[Any, ...], list[list[str]]]],
    item: tuple[str, list[Any]],
) -> None:
    """Write the measures beside a municipality's view (its file and nodes) from the
    measure table's ``columns``: those of its own nodes (the rows of a node made for an
    earlier view are taken from the dict of ``shared``, which this fills,
    :func:`~samverkan.views._records.measures_beside`). Its ties are not needed: the
    nodes are sized by betweenness, a column of the table (:data:`_EGO_SIZE`)."""
    import networkx as nx

    out, columns, made = shared
    file, nodes = item
    ego = nx.Graph()
    ego.add_nodes_from(nodes)
    write_measures(
        ego,
        out / file,
        size_by=_EGO_SIZE,
        measures={
            name: {n: column[n] for n in ego if n in column} for name, column in columns.items()
        },
        made=made,
    )


def _ego_codes(C: nx.Graph) -> set[str]:
    """The codes of the municipalities whose view :func:`_egos` writes: those of which
    some node has a tie (the view leaves isolates out, and is not written when empty).

    A municipality is named by the nodes placed in it (``municipality_code``); a node
    belongs to every municipality of its ``municipality_codes``.
    """
    named = {code for _, _, code in _municipalities(C)}
    out = set()
    for node, codes in C.nodes(data="municipality_codes"):
        if codes and C.degree(node) > 0:
            out.update(str(c) for c in codes if str(c) in named)
    return out


def _municipalities(C: nx.Graph) -> list[tuple[Any, str, str]]:
    """``(node, municipality, code)`` for every node placed in a municipality with a code."""
    return [
        (n, d["municipality"], d["municipality_code"])
        for n, d in C.nodes(data=True)
        if d.get("municipality") and d.get("municipality_code")
    ]
