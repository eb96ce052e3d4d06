"""The attributes of the projections' nodes and edges: one contract, written down once.

:mod:`~samverkan.network.projections` produces them; :mod:`samverkan.views`, the exports
and the tests read them from here. Each attribute has a meaning and the projections whose
every node (or edge) carries it; :func:`attributes` gives the names for one projection.

Examples
--------
>>> NODE_ATTRIBUTES["municipality_codes"].meaning.split(":")[0]
'sorted codes of every municipality the node belongs to'
>>> attributes("collaboration")[1]
('kinds', 'weight', 'documents', 'evidence', 'draft')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from samverkan.errors import SamverkanError
from samverkan.network.projections import PROJECTIONS

__all__ = ["EDGE_ATTRIBUTES", "NODE_ATTRIBUTES", "Attribute", "attributes"]


class Attribute(NamedTuple):
    """One attribute of the nodes or edges of the projections.

    Examples
    --------
    >>> NODE_ATTRIBUTES["bipartite"].projections
    ('actor-initiative', 'co-participation')
    """

    meaning: str
    """What the value is."""
    projections: tuple[str, ...] = PROJECTIONS
    """The projections whose every node (or edge) carries it."""


_TWO_MODE = ("actor-initiative", "co-participation")

#: The node attributes of the projections: name -> :class:`Attribute`. Every node of a
#: projection carries exactly the attributes whose ``projections`` name it.
NODE_ATTRIBUTES: Mapping[str, Attribute] = MappingProxyType(
    {
        "label": Attribute("Swedish rdfs:label (else another language's, else the IRI's end)"),
        "label_en": Attribute("English rdfs:label (else another language's)"),
        "type": Attribute('local name of the most specific class ("Department")'),
        "sector": Attribute(
            'key of the sam:sector concept, its last IRI segment ("kommunal", "statlig", '
            '"eu", "civilsamhalle", "kommunalt-bolag", "privat", "samverkan"); "" if none; '
            "a post takes its unit's sector"
        ),
        "sector_label": Attribute('Swedish label of the sector ("" if none)'),
        "municipality": Attribute(
            'Swedish label of the municipality the node belongs to ("" if none); for a '
            "thing of several municipalities, the one with the smallest IRI"
        ),
        "municipality_code": Attribute('official code of that municipality ("1281"; "" if none)'),
        "municipality_codes": Attribute(
            "sorted codes of every municipality the node belongs to: its own, a stated or "
            "inferred sam:municipality (a joint project has several), else those of the "
            "units it is a unit of, sits in or is hosted by; [] if none"
        ),
        "documents": Attribute("sorted stems of the documents whose graphs mention the node"),
        "iri": Attribute("the full IRI"),
        "holder": Attribute(
            'names of the persons who hold a post, joined by "; " ("" for anything else)'
        ),
        "bipartite": Attribute(
            "1 for a collaboration, initiative or plan, 0 for an actor", _TWO_MODE
        ),
    }
)

#: The edge attributes of the projections: name -> :class:`Attribute`. Every edge of a
#: projection carries exactly the attributes whose ``projections`` name it.
EDGE_ATTRIBUTES: Mapping[str, Attribute] = MappingProxyType(
    {
        "kinds": Attribute("sorted list of the kinds of facts behind the edge"),
        "weight": Attribute("the number of asserted facts behind the edge"),
        "documents": Attribute("sorted stems of the documents stating those facts"),
        "evidence": Attribute('list of {"document": stem, "quote": exact words}'),
        "draft": Attribute(
            'True when every fact behind the edge is an unreviewed draft (sam:reviewStatus "draft")'
        ),
        "initiatives": Attribute(
            "the collaborations and initiatives the two actors share (node keys)",
            ("co-participation",),
        ),
        "scheme": Attribute('funding schemes, local names joined by "; "', ("funding",)),
        "scheme_label": Attribute('their Swedish labels joined by "; "', ("funding",)),
        "start": Attribute('earliest start date of the fundings ("" if none)', ("funding",)),
        "end": Attribute('latest end date of the fundings ("" if none)', ("funding",)),
        "fundings": Attribute("the sam:Funding nodes behind the edge (node keys)", ("funding",)),
        "roles": Attribute(
            'what is funded: "recipient" (an organisation) or "funded item"', ("funding",)
        ),
        "amount": Attribute(
            "the sum of the amounts, when every funding states one (else None)", ("funding",)
        ),
    }
)


def attributes(projection: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of the node and of the edge attributes of one projection.

    Parameters
    ----------
    projection : str
        One of :data:`PROJECTIONS`.

    Returns
    -------
    nodes, edges : tuple of str
        In the order of :data:`NODE_ATTRIBUTES` and :data:`EDGE_ATTRIBUTES`.

    Raises
    ------
    SamverkanError
        If ``projection`` is not a projection.

    Examples
    --------
    >>> from samverkan.network import example_store, funding
    >>> nodes, edges = attributes("funding")
    >>> G = funding(example_store())
    >>> all(tuple(d) == nodes for _, d in G.nodes(data=True))
    True
    >>> edges[5:]
    ('scheme', 'scheme_label', 'start', 'end', 'fundings', 'roles', 'amount')
    """
    if projection not in PROJECTIONS:
        raise SamverkanError(
            f"unknown projection {projection!r}; choose one of: {', '.join(PROJECTIONS)}"
        )
    return (
        tuple(k for k, a in NODE_ATTRIBUTES.items() if projection in a.projections),
        tuple(k for k, a in EDGE_ATTRIBUTES.items() if projection in a.projections),
    )
