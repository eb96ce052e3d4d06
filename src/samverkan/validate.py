"""Validation: SHACL shapes (pySHACL, ``ontology/shapes/``) and the violation queries.

``required.ttl`` holds what a complete record is (``sh:Violation``: the build stops);
``recommended.ttl`` what a good one has (``sh:Warning``: listed in the report). The data
graph is the union of the asserted graphs and the inferred graph, so that a shape aimed at
``org:OrganizationalUnit`` also reaches every ``sam:Department``. Checks that are easier in
SPARQL are the library's ``*-violation.rq`` queries, run on the built store by
:func:`run_violations`.

Examples
--------
>>> from rdflib import Graph
>>> data = Graph().parse(format="turtle", data='''
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/samverkan/id/finansiering/x> a sam:Funding ;
...     sam:recipient <https://w3id.org/samverkan/id/kommun/1281> .
... ''')
>>> results = validate(data)
>>> sorted({r.message_en for r in results if r.severity == "Violation"})[:2]
['A funding has a funder (sam:funder).', 'The relation has no evidence (sam:evidence).']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal

from samverkan.namespaces import RDF, SH
from samverkan.paths import project_dir
from samverkan.query import list_queries, run_query

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyoxigraph as ox

__all__ = ["SH", "ShapeResult", "load_shapes", "run_violations", "validate"]

SHAPE_FILES = ("required.ttl", "recommended.ttl")


@dataclass(frozen=True)
class ShapeResult:
    """One SHACL result, with its messages in Swedish and English."""

    severity: str
    focus: str
    path: str
    value: str
    shape: str
    message_sv: str
    message_en: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"<{self.focus}>{where}: {self.message_en} / {self.message_sv}"


def load_shapes(directory: Path | None = None) -> Graph:
    """The shapes graph from ``directory`` (default: the project's ``ontology/shapes``)."""
    from samverkan.load import parse_turtle

    directory = directory or project_dir("ontology") / "shapes"
    shapes = Graph()
    for name in SHAPE_FILES:
        shapes += parse_turtle(directory / name)
    return shapes


def _text(graph: Graph, node: object, prop: str) -> str:
    value = graph.value(node, SH[prop])
    return "" if value is None else str(value)


def _messages(report: Graph, result: object, shapes: Graph) -> tuple[str, str]:
    found = {"sv": "", "en": ""}
    candidates = list(report.objects(result, SH.resultMessage))
    source = report.value(result, SH.sourceShape)
    if source is not None:
        candidates += list(shapes.objects(source, SH.message))
    for message in candidates:
        if (
            isinstance(message, Literal)
            and message.language in found
            and not found[message.language]
        ):
            found[message.language] = str(message)
    fallback = next((str(m) for m in candidates), "")
    return found["sv"] or fallback, found["en"] or fallback


def validate(data: Graph, shapes: Graph | None = None) -> list[ShapeResult]:
    """Validate ``data`` against the shapes and return every result, violations first.

    Parameters
    ----------
    data : rdflib.Graph
        The union of asserted and inferred triples.
    shapes : rdflib.Graph, optional
        Defaults to :func:`load_shapes`.
    """
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
    _conforms, report, _text_report = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        sv, en = _messages(report, result, shapes)
        results.append(
            ShapeResult(
                severity=str(severity).removeprefix(str(SH)),
                focus=_text(report, result, "focusNode"),
                path=_text(report, result, "resultPath"),
                value=_text(report, result, "value"),
                shape=_text(report, result, "sourceShape"),
                message_sv=sv,
                message_en=en,
            )
        )
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    return sorted(results, key=lambda r: (order.get(r.severity, 3), r.focus, r.path, r.message_en))


def run_violations(
    store: ox.Store | str, *, timeout: float | None = None
) -> dict[str, pd.DataFrame]:
    """Run every ``*-violation.rq`` query of the library; each must return no rows.

    Parameters
    ----------
    store : pyoxigraph.Store or str
        The built dataset, or the URL of a SPARQL endpoint that serves it.
    timeout : float, optional
        Seconds to wait for each query.

    Returns
    -------
    dict of str to DataFrame
        Query name -> its rows (empty when the check passes), for every violation query.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> found = run_violations(ox.Store())
    >>> "funding-without-funder-violation" in found, sum(len(df) for df in found.values())
    (True, 0)

    See Also
    --------
    validate : the SHACL shapes.
    """
    return {
        info.name: run_query(store, info, timeout=timeout)
        for info in list_queries()
        if info.kind == "violation"
    }
