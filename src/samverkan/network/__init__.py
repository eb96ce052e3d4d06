"""Network analysis of the samverkan graph: projections to NetworkX, measures, exports.

In the style of NetworkX's algorithm modules: a function takes a graph (or a store) first
and options as keywords, and returns plain data.

:mod:`~samverkan.network.projections`
    From the built RDF dataset to NetworkX graphs: :func:`collaboration`,
    :func:`actor_initiative`, :func:`co_participation`, :func:`funding`, :func:`hierarchy`;
    a municipality's part of a network, :func:`municipality_subgraph`.
:mod:`~samverkan.network.attributes`
    The attributes of the projections' nodes and edges, :data:`NODE_ATTRIBUTES` and
    :data:`EDGE_ATTRIBUTES`: what views, exports and tests read.
:mod:`~samverkan.network.measures`
    Centrality, structural holes, brokerage roles, E-I index, communities, cut points,
    :func:`measure_table` and :func:`summary`.
:mod:`~samverkan.network.export`
    GraphML, GEXF, CSV node and edge lists, node-link JSON.

Importing this package is cheap: pandas and igraph are imported by the functions that need
them.

Examples
--------
>>> from samverkan.network import example_store, collaboration, brokerage
>>> G = collaboration(example_store())
>>> brokerage(G, "sector")["initiativ/lund-natverk"]["liaison"]
2
"""

from samverkan.network.attributes import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Attribute, attributes
from samverkan.network.example import example_store
from samverkan.network.export import (
    FORMATS,
    flatten,
    write,
    write_csv,
    write_gexf,
    write_graphml,
    write_json,
)
from samverkan.network.groups import communities, community_anchors, cut_points, group_density
from samverkan.network.measures import (
    ROLES,
    brokerage,
    ei_index,
    measure_table,
    node_ei_index,
    summary,
)
from samverkan.network.projections import (
    KINDS,
    PROJECTIONS,
    EmptyProjectionError,
    actor_initiative,
    co_participation,
    collaboration,
    funding,
    hierarchy,
    municipality_nodes,
    municipality_subgraph,
    project,
    years,
)

__all__ = [
    "EDGE_ATTRIBUTES",
    "FORMATS",
    "KINDS",
    "NODE_ATTRIBUTES",
    "PROJECTIONS",
    "ROLES",
    "Attribute",
    "EmptyProjectionError",
    "actor_initiative",
    "attributes",
    "brokerage",
    "co_participation",
    "collaboration",
    "communities",
    "community_anchors",
    "cut_points",
    "ei_index",
    "example_store",
    "flatten",
    "funding",
    "group_density",
    "hierarchy",
    "measure_table",
    "municipality_nodes",
    "municipality_subgraph",
    "node_ei_index",
    "project",
    "summary",
    "write",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
    "years",
]
