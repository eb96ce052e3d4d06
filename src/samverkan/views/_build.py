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

import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.views._index import write_index
from samverkan.views._render import municipality_subgraph, render_network, render_timeline

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["MANIFEST", "write_all"]

#: Name of the file that lists what ``write_all`` wrote, with node and edge counts.
MANIFEST = "manifest.json"
_GENERATOR = '<meta name="generator" content="samverkan">'
_SEED = 7


def _slug(text: str) -> str:
    """A file-name-safe ASCII slug.

    Examples
    --------
    >>> _slug("Söderhamns kommun")
    'soderhamns-kommun'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def _or_none(make: Callable[[], nx.Graph]) -> nx.Graph | None:
    """The projection, or None when it comes out empty (a SamverkanError says so)."""
    from samverkan.errors import SamverkanError

    try:
        G = make()
    except SamverkanError:
        return None
    return G if len(G) else None


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
    ``manifest.json`` listing each view with its numbers of nodes and edges. A view whose
    projection is empty is left out. Pages of an earlier run are removed first.

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
        The files written, index first.
    """
    from samverkan.network import measures, projections

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clean(out)
    entries: list[dict[str, Any]] = []
    back = "index.html"

    def add(G: nx.Graph, name: str, title: str, description: str, **kw: Any) -> None:
        path = render_network(G, out / name, title=title, seed=seed, back_href=back, **kw)
        entries.append(
            {
                "file": path.name,
                "title": title,
                "description": description,
                "kind": "network",
                "nodes": len(G),
                "edges": G.number_of_edges(),
            }
        )

    C = _or_none(lambda: projections.collaboration(store))
    table = measures.measure_table(C) if C is not None else None
    if C is not None:
        add(
            C,
            "network.html",
            "Samverkan: hela nätverket",
            "vem samverkar med vem (storlek: mellanhet)",
            measures=table,
            size_by="betweenness",
        )
    F = _or_none(lambda: projections.funding(store))
    if F is not None:
        add(
            F,
            "funding.html",
            "Finansieringsflöden",
            "från finansiär till finansierat",
            measures=measures.measure_table(F),
            size_by="degree",
        )
    B = _or_none(lambda: projections.actor_initiative(store))
    if B is not None:
        add(
            B,
            "actors-initiatives.html",
            "Aktörer och initiativ",
            "vilka aktörer som deltar i vilka samarbeten (tvådelat nätverk)",
            measures=measures.measure_table(B),
            size_by="degree",
        )
    snapshots = {}
    for year in _years(store) if C is not None else []:
        G = _or_none(lambda year=year: projections.collaboration(store, year=year))
        if G is not None:
            snapshots[year] = G
    if snapshots:
        title = "Samverkan år för år"
        path = render_timeline(
            snapshots, out / "timeline.html", title=title, seed=seed, back_href=back
        )
        entries.append(
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
    if C is not None:
        municipalities = sorted(
            {
                (d.get("municipality_code") or "", d["municipality"])
                for _, d in C.nodes(data=True)
                if d.get("municipality")
            }
        )
        for code, name in municipalities:
            ego = municipality_subgraph(C, name)
            add(
                ego,
                f"ego-{code or _slug(name)}.html",
                name,
                f"{name} och dess samarbetspartner",
                measures=table,
                size_by="betweenness",
            )
    index = write_index(out, [(e["title"], e["file"], e["description"]) for e in entries], table)
    manifest = out / MANIFEST
    manifest.write_text(
        json.dumps({"views": entries}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
        newline="\n",
    )
    return [index, *(out / e["file"] for e in entries), manifest]
