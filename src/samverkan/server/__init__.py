"""A real SPARQL 1.1 server over the built graph, and pushing the graph to another server.

``samverkan serve`` (:func:`serve`) runs Oxigraph's own server read-only over the build's
store on a private loopback port (:mod:`samverkan.server.oxigraph`), and in front of it a
small server of our own (:mod:`samverkan.server.front`) with a query page made for this
graph (:mod:`samverkan.server.page`) and a guarded endpoint at ``/query``: the project's
prefixes declared, SERVICE/LOAD/foreign FROM/deep nesting refused, updates refused, a
timeout and a result-size limit, CORS for loopback pages.

:func:`push` loads the build's named graphs into any server that speaks the SPARQL 1.1
Graph Store HTTP Protocol (Oxigraph, Virtuoso, Fuseki, GraphDB), with one ``PUT`` per
named graph, answering Digest or Basic authentication when asked.

Examples
--------
>>> sorted(name for name in __all__ if name.startswith("start_"))
['start_front', 'start_server']
"""

from samverkan.server.front import DEFAULT_MAX_RESULT_MB, FrontServer, start_front
from samverkan.server.graphstore import credentials_from_env, push
from samverkan.server.lifecycle import exposure, is_loopback, serve
from samverkan.server.oxigraph import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT_S,
    OxigraphServer,
    find_oxigraph,
    free_port,
    port_is_free,
    start_server,
)

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_RESULT_MB",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT_S",
    "FrontServer",
    "OxigraphServer",
    "credentials_from_env",
    "exposure",
    "find_oxigraph",
    "free_port",
    "is_loopback",
    "port_is_free",
    "push",
    "serve",
    "start_front",
    "start_server",
]
