"""Every view of a built dataset, written under ``OUT/views/`` (called by ``samverkan build``).

Examples
--------
>>> import tempfile
>>> from samverkan.network import example_store
>>> written = write_all(example_store(), tempfile.mkdtemp())
>>> sorted(p.name for p in written)[:4]
['actors-initiatives.html', 'ego-1231.html', 'ego-1262.html', 'ego-1281.html']
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.views._index import write_index
from samverkan.views._render import render_network, render_timeline, write_page

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["MANIFEST", "write_all"]

#: Name of the file that lists what ``write_all`` wrote, with node and edge counts.
MANIFEST = "manifest.json"
_GENERATOR = '<meta name="generator" content="samverkan">'
_SEED = 7
_BACK = "index.html"


class _Views:
    """What :func:`write_all` has written so far, and what it skipped and why."""

    def __init__(self, out: Path, seed: int) -> None:
        self.out = out
        self.seed = seed
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
        """Write the network view of ``G`` to ``file`` and record it for the manifest."""
        path = render_network(
            G, self.out / file, title=title, seed=self.seed, back_href=_BACK, **kw
        )
        self.entries.append(
            {
                "file": path.name,
                "title": title,
                "description": description,
                "kind": "network",
                "nodes": len(G),
                "edges": G.number_of_edges(),
            }
        )


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
    (out / MANIFEST).unlink(missing_ok=True)


def write_all(store: Any, out_dir: str | Path, *, seed: int = _SEED) -> list[Path]:
    """Write every view of the dataset in ``store`` to ``out_dir``; return the files written.

    The views: ``network.html`` (the actor collaboration network, sized by betweenness),
    ``funding.html`` (funder -> funded), ``actors-initiatives.html`` (bipartite),
    ``timeline.html`` (the collaboration network year by year), one ``ego-<code>.html``
    per municipality, ``index.html`` linking them all with the per-actor measure table, and
    ``manifest.json`` listing each view with its numbers of nodes and edges. Pages of an
    earlier run are removed first.

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

    Returns
    -------
    list of Path
        The files written, index first, manifest last.

    Raises
    ------
    SamverkanError
        If a projection cannot be made (for instance, the store has no inferred graph) or
        a file cannot be written.
    """
    from samverkan.network import measures, projections

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SamverkanError(f"cannot write the views: {error.strerror}", path=out) from None
    _clean(out)
    views = _Views(out, seed)
    main = "Samverkan: hela nätverket"
    C = views.project(lambda: projections.collaboration(store), "network.html", main)
    table = measures.measure_table(C) if C is not None else None
    if C is not None:
        views.network(
            C,
            "network.html",
            main,
            "vem samverkar med vem (storlek: mellanhet)",
            measures=table,
            size_by="betweenness",
        )
    title = "Finansieringsflöden"
    F = views.project(lambda: projections.funding(store), "funding.html", title)
    if F is not None:
        views.network(
            F,
            "funding.html",
            title,
            "från finansiär till finansierat",
            measures=measures.measure_table(F),
            size_by="degree",
        )
    title = "Aktörer och initiativ"
    B = views.project(lambda: projections.actor_initiative(store), "actors-initiatives.html", title)
    if B is not None:
        views.network(
            B,
            "actors-initiatives.html",
            title,
            "vilka aktörer som deltar i vilka samarbeten (tvådelat nätverk)",
            measures=measures.measure_table(B),
            size_by="degree",
        )
    _timeline(views, store, C)
    if C is None:
        views.skip("ego-*.html", "En vy per kommun", "no collaboration network (see above)")
    else:
        _egos(views, C, table)
    links = [(e["title"], e["file"], e["description"]) for e in views.entries]
    gaps = [(e["title"], e["reason"]) for e in views.skipped]
    index = write_index(out, links, table, skipped=gaps)
    manifest = write_page(
        out / MANIFEST,
        json.dumps({"views": views.entries, "skipped": views.skipped}, ensure_ascii=False, indent=1)
        + "\n",
    )
    return [index, *(out / e["file"] for e in views.entries), manifest]


def _timeline(views: _Views, store: Any, C: nx.Graph | None) -> None:
    """The collaboration network year by year (``timeline.html``), or a note why not."""
    from samverkan.network import projections

    title = "Samverkan år för år"
    if C is None:
        views.skip("timeline.html", title, "no collaboration network (see above)")
        return
    snapshots = {}
    for year in _years(store):
        # a year in which nothing is dated has no snapshot: the others are the timeline
        with contextlib.suppress(projections.EmptyProjectionError):
            snapshots[year] = projections.collaboration(store, year=year)
    if not snapshots:
        views.skip("timeline.html", title, "no year of the collaboration network is dated")
        return
    path = render_timeline(
        snapshots, views.out / "timeline.html", title=title, seed=views.seed, back_href=_BACK
    )
    views.entries.append(
        {
            "file": path.name,
            "title": title,
            "kind": "timeline",
            "description": f"{min(snapshots)}–{max(snapshots)}, bläddra mellan åren",
            "years": {
                str(y): {"nodes": len(G), "edges": G.number_of_edges()}
                for y, G in sorted(snapshots.items())
            },
            "nodes": len(snapshots[min(snapshots)]),
            "edges": snapshots[min(snapshots)].number_of_edges(),
        }
    )


def _egos(views: _Views, C: nx.Graph, table: Any) -> None:
    """One ``ego-<code>.html`` per municipality of the collaboration network."""
    from samverkan.network.projections import municipality_subgraph

    names = {code: name for _, name, code in _municipalities(C)}
    for code in sorted(names):
        views.network(
            municipality_subgraph(C, code),
            f"ego-{code}.html",
            names[code],
            f"{names[code]} och dess samarbetspartner",
            measures=table,
            size_by="betweenness",
        )


def _municipalities(C: nx.Graph) -> list[tuple[Any, str, str]]:
    """``(node, municipality, code)`` for every node placed in a municipality with a code."""
    return [
        (n, d["municipality"], d["municipality_code"])
        for n, d in C.nodes(data=True)
        if d.get("municipality") and d.get("municipality_code")
    ]
