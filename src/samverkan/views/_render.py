"""Render NetworkX graphs as self-contained interactive HTML pages (vis-network).

This module assembles the pages: the layout (:mod:`samverkan.views._layout`) and the vis
records (:mod:`samverkan.views._records`) go into a payload, the payload into our own
template (``templates/network.html``) with the scripts inline (:mod:`samverkan.views._page`).
pyvis's own templates fetch Bootstrap and tom-select from a CDN, garble non-ASCII in their
menus and switch tooltips to raw HTML, so only its node and edge records are used.
"""

from __future__ import annotations

import functools
import html
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.views._layout import layout
from samverkan.views._page import asset, csp, embed_json, fill
from samverkan.views._records import (
    MEASURE_LABELS,
    Measures,
    filters,
    measures_beside,
    merge_legend,
    records,
)
from samverkan.views._terms import INTERFACE_EN

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

__all__ = [
    "display",
    "network_html",
    "render_network",
    "render_timeline",
    "timeline_html",
    "write_measures",
    "write_new",
]

_DEFAULT_SEED = 7


def _options(directed: bool, seed: int, placed: bool = True) -> dict[str, Any]:
    """vis-network options: physics stays off when the positions come from Python; else
    seeded physics stabilises in the browser and is then switched off (see views.js)."""
    physics: dict[str, Any] = {"enabled": False}
    if not placed:
        physics = {
            "enabled": True,
            "solver": "barnesHut",
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    return {
        "autoResize": True,
        "physics": physics,
        "layout": {"randomSeed": seed, "improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "multiselect": True,
            "navigationButtons": False,
            "keyboard": False,
            "hideEdgesOnDrag": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 14,
                "face": "sans-serif",
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "multi": False,
            },
        },
        "edges": {
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12}
            if directed
            else {"enabled": False},
            "font": {"multi": False},
        },
    }


def _bi(sv: str, en: str | None) -> str:
    if not en or en == sv:
        return html.escape(sv)
    return f'<span class="sv">{html.escape(sv)}</span><span class="en">{html.escape(en)}</span>'


def _page(
    payload: dict[str, Any],
    title: str,
    subtitle: str,
    back_href: str | None,
    title_en: str | None = None,
    subtitle_en: str | None = None,
    beside: str | None = None,
) -> str:
    vis_js = asset("assets/vis-network.min.js")
    app_js = asset("assets/views.js")
    lang_js = asset("assets/lang.js")
    payload = {**payload, "en": INTERFACE_EN}
    switch = (
        '<button type="button" id="sv-lang"><span class="sv" lang="en">In English</span>'
        '<span class="en" lang="sv">På svenska</span></button>'
    )
    link = ""
    if back_href:
        link = f'<a href="{html.escape(back_href, quote=True)}">{_bi("Alla vyer", "All views")}</a>'
    nav = f"<nav>{link}{switch}</nav>\n"
    return fill(
        asset("templates/network.html"),
        {
            "CSP": html.escape(csp([vis_js, app_js, lang_js], beside=bool(beside)), quote=True),
            "BESIDE": f'<script src="{html.escape(beside, quote=True)}"></script>\n'
            if beside
            else "",
            "TITLE": html.escape(title),
            "TITLEHTML": _bi(title, title_en),
            "SUBTITLE": _bi(subtitle, subtitle_en),
            "LANG": lang_js,
            "NAV": nav,
            "CSS": asset("assets/views.css"),
            "DATA": embed_json(payload),
            "VIS": vis_js,
            "APP": app_js,
        },
    )


def write_page(path: str | Path, page: str | bytes) -> Path:
    """Write ``page`` to ``path`` (text as UTF-8 with ``\\n`` line ends, bytes as they
    are), creating parent directories.

    Raises
    ------
    SamverkanError
        If the file cannot be written (naming the file).

    Examples
    --------
    >>> write_page("/proc/samverkan/x.html", "<p></p>")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: /proc/samverkan/x.html: cannot write the view: ...
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new(path, page)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SamverkanError(f"cannot write the view: {reason}", path=path) from None
    return path


def write_new(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8 with ``\\n`` line ends) to ``path`` as a new file: a
    file already there is replaced, never written through. A rebuild's site starts as
    hard links to the previous build's files (:class:`samverkan.site._incremental.PreLinked`),
    which must stay as they are until the new build takes the place of the old.

    Examples
    --------
    >>> import os, tempfile
    >>> old = Path(tempfile.mkdtemp()) / "a.html"; _ = old.write_text("old")
    >>> new = old.with_name("b.html"); os.link(old, new)
    >>> write_new(new, "new"); old.read_text(), new.read_text()
    ('old', 'new')
    """
    if isinstance(data, bytes):
        opened = functools.partial(open, path, "xb")
    else:
        opened = functools.partial(open, path, "x", encoding="utf-8", newline="\n")
    try:
        handle = opened()
    except FileExistsError:
        os.unlink(path)
        handle = opened()
    with handle:
        handle.write(data)


def _summary(n_nodes: int, n_edges: int) -> str:
    return f"{n_nodes} aktörer, {n_edges} relationer"


# ---------------------------------------------------------------------------- public API


def network_html(
    G: nx.Graph,
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Measures | pd.DataFrame | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
    title_en: str | None = None,
    subtitle_en: str | None = None,
    measures_file: str | None = None,
    positions: Mapping[Any, tuple[float, float]] | None = None,
    kept: dict[Any, Any] | None = None,
) -> str:
    """Return the interactive HTML page for one graph, as a string.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph (directed and multigraphs too). Node attributes used (see
        :data:`samverkan.network.NODE_ATTRIBUTES`): ``label``, ``label_en``, ``type``,
        ``sector``, ``sector_label``, ``municipality``, ``municipality_code``,
        ``documents``, ``iri``, ``holder``; edge attributes (see
        :data:`samverkan.network.EDGE_ATTRIBUTES`): ``kinds``, ``weight``, ``documents``,
        ``evidence``, ``scheme``, ``scheme_label``, ``amount``, ``start``, ``end``.
        Missing attributes are left out, never an error.
    title : str
        Page title, shown as text.
    size_by : str or None
        Measure that sizes the nodes. ``"degree"`` is computed (number of ties) when
        ``measures`` lacks it; any other name must be in ``measures``; None gives one size.
    measures : mapping or pandas.DataFrame, optional
        ``{measure: {node: value}}`` or a DataFrame indexed by node; every measure appears
        in the node tooltips.
    seed : int
        Seed of the spring layout. The same graph and seed give byte-identical HTML.
    subtitle : str, optional
        Line under the title (default: the numbers of actors and relations).
    back_href : str, optional
        Relative link to the index page.
    title_en : str, optional
        The title in English, shown when the reader switches the page to English.
    subtitle_en : str, optional
        The subtitle in English (with ``subtitle``).
    measures_file : str, optional
        The name of a script beside the page that holds the node sizes and the measure
        rows of the tooltips (:func:`write_measures`): the page then holds the network
        alone and reads them from that file when it opens, and says so when the file is
        missing. ``measures`` and ``size_by`` then only name the measure in the legend.
    positions : mapping, optional
        The positions ``layout([G], seed)`` gives (:func:`samverkan.views._layout.layout`),
        made already: a rebuild keeps them
        (:class:`samverkan.views._incremental.Layouts`).
    kept : dict, optional
        The edge records of the graphs drawn before in this process, for graphs cut from
        one network (:func:`samverkan.views._records.records`).

    Returns
    -------
    str
        A complete HTML document that needs no network.

    Raises
    ------
    SamverkanError
        If ``size_by`` names a measure that is not given, or two nodes have the same text.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("a", label="Malmö stad", sector="kommunal", type="Municipality")
    >>> G.add_node("b", label="<b>Föreningen</b>", sector="civilsamhalle")
    >>> G.add_edge("a", "b", kinds=["membership"], weight=1)
    >>> page = network_html(G, title="Malmö & co")
    >>> page.startswith("<!DOCTYPE html>"), "<b>Föreningen" in page, "Malmö &amp; co" in page
    (True, False, True)
    >>> page == network_html(G, title="Malmö & co")
    True
    """
    pos = layout([G], seed) if positions is None else positions
    if measures_file:
        nodes, edges, legend = records(G, pos, None, None, kept=kept)
    else:
        nodes, edges, legend = records(G, pos, measures, size_by, kept=kept)
    payload = {
        **({"measuresFile": measures_file} if measures_file else {}),
        "kind": "network",
        "title": title,
        "directed": G.is_directed(),
        "sizeBy": MEASURE_LABELS.get(size_by, size_by) if size_by else "",
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "filters": filters(nodes, legend),
        "options": _options(G.is_directed(), seed, bool(pos) or not len(G)),
    }
    sub = subtitle if subtitle is not None else _summary(len(nodes), len(edges))
    sub_en = subtitle_en if subtitle is not None else f"{len(nodes)} actors, {len(edges)} relations"
    return _page(payload, title, sub, back_href, title_en, sub_en, beside=measures_file)


def render_network(
    G: nx.Graph,
    path: str | Path,
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Measures | pd.DataFrame | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
    title_en: str | None = None,
    subtitle_en: str | None = None,
    measures_file: str | None = None,
    positions: Mapping[Any, tuple[float, float]] | None = None,
    kept: dict[Any, Any] | None = None,
) -> Path:
    """Write the interactive view of ``G`` to ``path`` and return the path.

    Parameters are those of :func:`network_html`; parent directories are created.

    Raises
    ------
    SamverkanError
        As :func:`network_html`, and when the file cannot be written.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.path_graph(3)
    >>> out = render_network(G, pathlib.Path(tempfile.mkdtemp()) / "g.html", title="P3")
    >>> "Content-Security-Policy" in out.read_text(encoding="utf-8")
    True
    """
    page = network_html(
        G,
        title=title,
        size_by=size_by,
        measures=measures,
        seed=seed,
        subtitle=subtitle,
        back_href=back_href,
        title_en=title_en,
        subtitle_en=subtitle_en,
        measures_file=measures_file,
        positions=positions,
        kept=kept,
    )
    return write_page(path, page)


def write_measures(
    G: nx.Graph,
    path: str | Path,
    *,
    size_by: str | None = "degree",
    measures: Measures | pd.DataFrame | None = None,
    made: dict[tuple[Any, ...], list[list[str]]] | None = None,
) -> Path:
    """Write the measures a view of ``G`` shows (node sizes, tooltip rows:
    :func:`samverkan.views._records.measures_beside`, which takes ``made``) to the script
    ``path``, beside the page that :func:`render_network` writes with
    ``measures_file=path.name``.

    The script sets ``window.svMeasures``; it is data, deterministic (keys sorted), and
    written on every build, while the page is drawn again only when its network changes.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> out = write_measures(nx.path_graph(2), pathlib.Path(tempfile.mkdtemp()) / "g.js")
    >>> out.read_text(encoding="utf-8")[:48]
    'window.svMeasures = {"rows":{"0":[["Grad","1"]],'
    """
    data = measures_beside(G, measures, size_by, made=made)
    return write_page(path, f"window.svMeasures = {embed_json(data)};\n")


def timeline_html(
    snapshots: Mapping[int, nx.Graph],
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Mapping[int, Measures | pd.DataFrame] | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
    title_en: str | None = None,
) -> str:
    """Return the year-by-year page: one graph per year and a control to step through them.

    Every node keeps one position across the years (the layout is computed on the union of
    the snapshots), so a reader sees the network grow rather than jump.

    Parameters
    ----------
    snapshots : mapping of int to networkx.Graph
        The network of each year.
    measures : mapping of int to measures, optional
        Measures per year (see :func:`network_html`); ``"degree"`` is computed per year.
    title, size_by, seed, subtitle, back_href
        As for :func:`network_html`.

    Examples
    --------
    >>> import networkx as nx
    >>> page = timeline_html({2016: nx.path_graph(2), 2017: nx.path_graph(3)}, title="År")
    >>> '"years":[2016,2017]' in page
    True
    """
    years = sorted(int(y) for y in snapshots)
    graphs = {int(y): g for y, g in snapshots.items()}
    pos = layout([graphs[y] for y in years], seed)
    parts = []
    legends = []
    all_nodes: list[dict] = []
    directed = any(g.is_directed() for g in graphs.values())
    for year in years:
        year_measures = (measures or {}).get(year)
        nodes, edges, legend = records(graphs[year], pos, year_measures, size_by)
        parts.append({"year": year, "nodes": nodes, "edges": edges})
        legends.append(legend)
        all_nodes.extend(nodes)
    legend = merge_legend(legends)
    payload = {
        "kind": "timeline",
        "title": title,
        "directed": directed,
        "sizeBy": MEASURE_LABELS.get(size_by, size_by) if size_by else "",
        "years": years,
        "startYear": max(years, key=lambda y: (len(graphs[y]), graphs[y].number_of_edges(), y))
        if years
        else None,
        "snapshots": parts,
        "legend": legend,
        "filters": filters(all_nodes, legend),
        "options": _options(directed, seed, bool(pos) or not all_nodes),
    }
    sub_en = None
    if subtitle is None:
        subtitle = f"{years[0]}–{years[-1]}, ett nätverk per år" if years else "inga år med data"
        sub_en = f"{years[0]}–{years[-1]}, one network per year" if years else "no dated year"
    return _page(payload, title, subtitle, back_href, title_en, sub_en)


def render_timeline(
    snapshots: Mapping[int, nx.Graph],
    path: str | Path,
    *,
    title: str,
    size_by: str | None = "degree",
    measures: Mapping[int, Measures | pd.DataFrame] | None = None,
    seed: int = _DEFAULT_SEED,
    subtitle: str | None = None,
    back_href: str | None = None,
    title_en: str | None = None,
) -> Path:
    """Write the year-by-year view (see :func:`timeline_html`) to ``path``; return the path.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> out = render_timeline({2020: nx.path_graph(2)},
    ...                       pathlib.Path(tempfile.mkdtemp()) / "t.html", title="År")
    >>> out.suffix
    '.html'
    """
    page = timeline_html(
        snapshots,
        title=title,
        size_by=size_by,
        measures=measures,
        seed=seed,
        subtitle=subtitle,
        back_href=back_href,
        title_en=title_en,
    )
    return write_page(path, page)


def display(
    graph: nx.Graph | Mapping[int, nx.Graph],
    *,
    title: str = "",
    height: int = 600,
    **options: Any,
) -> Any:
    """Show a view inline in Jupyter, with no server: an ``<iframe srcdoc=…>``.

    The page runs in a sandboxed frame (scripts allowed, no access to the notebook).

    Parameters
    ----------
    graph : networkx.Graph or mapping of int to networkx.Graph
        One graph, or snapshots per year for the timeline view.
    title : str
        Title of the view.
    height : int
        Height of the frame in pixels.
    **options
        Passed to :func:`network_html` or :func:`timeline_html`.

    Returns
    -------
    IPython.display.HTML

    Examples
    --------
    >>> import networkx as nx
    >>> frame = display(nx.path_graph(2), title="P2")
    >>> frame.data.startswith('<iframe sandbox="allow-scripts" srcdoc="&lt;!DOCTYPE html&gt;')
    True
    """
    import warnings

    from IPython.display import HTML

    if isinstance(graph, Mapping):
        page = timeline_html(graph, title=title, **options)
    else:
        page = network_html(graph, title=title, **options)
    frame = (
        f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(page, quote=True)}" '
        f'title="{html.escape(title, quote=True)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe>'
    )
    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a URL
        warnings.simplefilter("ignore", UserWarning)
        return HTML(frame)
