"""A small example dataset, for the examples in the documentation and for tests.

``example.trig`` beside this module is written by hand after ``docs/modelling.md``: three
invented documents (a Lund network around an inclusion coordinator, the ESF project LIS of
Burlöv and Lomma, and a document that restates one membership), the reference data they
need, and the inferred graph the reasoner derives from them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = ["EXAMPLE_TRIG", "example_store"]

#: The hand-written example dataset (TriG).
EXAMPLE_TRIG = Path(__file__).with_name("example.trig")


def example_store() -> pyoxigraph.Store:
    """A new in-memory store with the ontology, the concept schemes and the example data.

    Returns
    -------
    store : pyoxigraph.Store
        Ontology and concepts in the graph ``https://w3id.org/samverkan/ontology``; the
        example's reference, document and inferred graphs as written in ``example.trig``.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> store = example_store()
    >>> sorted(g.value.rsplit("/", 1)[-1] for g in store.named_graphs())
    ['inferred', 'ontology', 'reference', 'test_a', 'test_b', 'test_c']
    """
    import pyoxigraph as ox

    from samverkan.namespaces import ONTOLOGY_GRAPH
    from samverkan.paths import project_dir

    store = ox.Store()
    ontology = ox.NamedNode(ONTOLOGY_GRAPH)
    for name in ("samverkan.ttl", "concepts.ttl"):
        store.load(
            path=str(project_dir("ontology") / name), format=ox.RdfFormat.TURTLE, to_graph=ontology
        )
    store.load(path=str(EXAMPLE_TRIG), format=ox.RdfFormat.TRIG)
    return store
