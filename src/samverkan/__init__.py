"""samverkan: a knowledge graph of collaboration networks in Swedish municipal integration work.

The package is split along the data flow, one module per step (see ``docs/`` and DESIGN):

``load`` (ontology, reference data, document graphs) -> ``evidence`` (quotes against the
texts) -> ``reason`` (OWL 2 RL closure) -> ``validate`` (SHACL and violation queries) ->
``build`` (writes the build directory) -> ``query`` (SPARQL library, embedded store,
endpoint) -> ``network`` (projections and measures) -> ``views`` (interactive HTML).

Importing the package is cheap and has no side effects; heavy libraries are imported by the
functions that need them.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
