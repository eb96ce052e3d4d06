"""Interactive network diagrams: self-contained HTML that opens anywhere and can be trusted.

Every page is one file with vis-network, the data, the styles and the scripts inside it: it
opens from disk on a machine with no network, and a Content-Security-Policy forbids every
request. Strings from the data (labels, quotes, document names) are shown as text, never
interpreted as HTML, also in tooltips. Layouts are computed in Python with a fixed seed, so
two renders of the same graph are byte-identical.

Encoding: colour = sector, shape = actor type, size = a centrality measure, line colour and
dashes = relation kind; a legend says so. Each page has a search box and filters by sector
and municipality that handle å, ä and ö.

Public functions
----------------
render_network
    One graph -> one HTML file (:func:`network_html` returns the string).
render_timeline
    ``{year: graph}`` -> one HTML file with a control to step through the years.
municipality_subgraph
    The ego network of one municipality, by its code (the same function as
    :func:`samverkan.network.municipality_subgraph`).
write_index
    The index page: links to every view and the per-actor measure table.
write_all
    Every view of a built dataset, under ``OUT/views/`` (used by ``samverkan build``).
display
    Show a view inline in Jupyter (an ``<iframe srcdoc>``, no server).

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("https://w3id.org/samverkan/id/a", label="Västerås stad", sector="kommunal")
>>> G.add_node("https://w3id.org/samverkan/id/b", label="Kollage", sector="civilsamhalle")
>>> G.add_edge(*G.nodes, kinds=["hosting"], weight=1)
>>> "Västerås stad" in network_html(G, title="Västerås")
True
"""

from __future__ import annotations

from typing import Any

from samverkan.views._build import write_all
from samverkan.views._encoding import SECTORS, sector_style
from samverkan.views._index import index_html, readable, write_index
from samverkan.views._render import (
    display,
    network_html,
    render_network,
    render_timeline,
    timeline_html,
)

__all__ = [
    "SECTORS",
    "display",
    "index_html",
    "municipality_subgraph",
    "network_html",
    "readable",
    "render_network",
    "render_timeline",
    "sector_style",
    "timeline_html",
    "write_all",
    "write_index",
]


def __getattr__(name: str) -> Any:
    """``municipality_subgraph`` lives in :mod:`samverkan.network` (one notion of a
    municipality's part of the network); it is imported when asked for, so that importing
    the views stays cheap (no networkx)."""
    if name == "municipality_subgraph":
        from samverkan.network.projections import municipality_subgraph

        return municipality_subgraph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
