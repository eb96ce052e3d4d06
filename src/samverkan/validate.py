"""SHACL validation with pySHACL against ``ontology/shapes/``.

``required.ttl`` holds what a complete record is (``sh:Violation``: the build stops);
``recommended.ttl`` what a good one has (``sh:Warning``: listed in the report). The data
graph is the union of the asserted graphs and the inferred graph, so that a shape aimed at
``org:OrganizationalUnit`` also reaches every ``sam:Department``.

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

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from samverkan.paths import project_dir

__all__ = ["SH", "ShapeResult", "load_shapes", "validate"]

SH = "http://www.w3.org/ns/shacl#"
SHAPE_FILES = ("required.ttl", "recommended.ttl", "intake.ttl")


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
    value = graph.value(node, URIRef(SH + prop))
    return "" if value is None else str(value)


def _messages(report: Graph, result: object, shapes: Graph) -> tuple[str, str]:
    found = {"sv": "", "en": ""}
    candidates = list(report.objects(result, URIRef(SH + "resultMessage")))
    source = report.value(result, URIRef(SH + "sourceShape"))
    if source is not None:
        candidates += list(shapes.objects(source, URIRef(SH + "message")))
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
    for result in report.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        severity = report.value(result, URIRef(SH + "resultSeverity"))
        sv, en = _messages(report, result, shapes)
        results.append(
            ShapeResult(
                severity=str(severity).removeprefix(SH),
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
