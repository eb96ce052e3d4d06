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

from collections.abc import Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Graph

from samverkan.errors import SamverkanError
from samverkan.namespaces import RDF, SH
from samverkan.paths import project_dir
from samverkan.query import list_queries, run_query
from samverkan.shacl_sparql import ShapeResult, shape_messages

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyoxigraph as ox

__all__ = [
    "ENGINES",
    "SH",
    "ShapeResult",
    "in_order",
    "load_shapes",
    "run_violations",
    "shape_messages",
    "validate",
    "violation_queries",
]

SHAPE_FILES = ("required.ttl", "recommended.ttl", "intake.ttl")


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
    return shape_messages(
        shapes, report.value(result, SH.sourceShape), list(report.objects(result, SH.resultMessage))
    )


ENGINES = ("sparql", "pyshacl")
"""The validators: the shapes compiled to SPARQL in Oxigraph (default), pySHACL (reference)."""


def validate(
    data: Graph | ox.Store,
    shapes: Graph | None = None,
    *,
    engine: str = "sparql",
    focus: Collection[ox.Term] | None = None,
) -> list[ShapeResult]:
    """Validate ``data`` against the shapes and return every result, violations first.

    Parameters
    ----------
    data : rdflib.Graph or pyoxigraph.Store
        The union of asserted and inferred triples (a store: the union of its graphs, so
        a built store can be validated as it is).
    shapes : rdflib.Graph, optional
        Defaults to :func:`load_shapes`.
    engine : {"sparql", "pyshacl"}
        ``"sparql"`` compiles the shapes to SPARQL queries run in Oxigraph
        (:mod:`samverkan.shacl_sparql`, seconds at a million quads); ``"pyshacl"`` runs
        pySHACL, the reference. Both give the same results.
    focus : collection of pyoxigraph terms, optional
        Check only these focus nodes (``"sparql"`` only; see
        :func:`samverkan.shacl_sparql.affected_focus`).
    """
    shapes = shapes if shapes is not None else load_shapes()
    if engine == "sparql":
        from samverkan.shacl_sparql import to_store, validate_store

        store = to_store(data) if isinstance(data, Graph) else data
        results = validate_store(store, shapes, focus)
    elif focus is not None:
        raise SamverkanError(f"the {engine} engine checks every focus node")
    elif engine == "pyshacl":
        results = _validate_pyshacl(_as_graph(data), shapes)
    else:
        raise SamverkanError(f"unknown validation engine {engine!r} (choose from {ENGINES})")
    return in_order(results)


def in_order(results: Iterable[ShapeResult]) -> list[ShapeResult]:
    """``results`` in the order :func:`validate` gives them: violations first, then by
    focus node, path, message and value.

    >>> a = ShapeResult("Warning", "http://x/a", "", "", "", "sv", "en")
    >>> b = ShapeResult("Violation", "http://x/b", "", "", "", "sv", "en")
    >>> [r.focus for r in in_order([a, b])]
    ['http://x/b', 'http://x/a']
    """
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    return sorted(
        results, key=lambda r: (order.get(r.severity, 3), r.focus, r.path, r.message_en, r.value)
    )


def _as_graph(data: Graph | ox.Store) -> Graph:
    if isinstance(data, Graph):
        return data
    import pyoxigraph as ox
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data=data.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    graph = Graph()
    for s, p, o, _graph in dataset.quads():
        graph.add((s, p, o))
    return graph


def _validate_pyshacl(data: Graph, shapes: Graph) -> list[ShapeResult]:
    import pyshacl

    from samverkan.shacl_sparql import path_text

    _conforms, report, _text_report = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        sv, en = _messages(report, result, shapes)
        shape = report.value(result, SH.sourceShape)
        results.append(
            ShapeResult(
                severity=str(severity).removeprefix(str(SH)),
                focus=_text(report, result, "focusNode"),
                path=path_text(report, report.value(result, SH.resultPath)),
                value=_text(report, result, "value"),
                shape="" if isinstance(shape, BNode) or shape is None else str(shape),
                message_sv=sv,
                message_en=en,
            )
        )
    return results


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
    return {info.name: run_query(store, info, timeout=timeout) for info in violation_queries()}


def violation_queries() -> list:
    """The violation queries of the library (``*-violation.rq``), as
    :func:`samverkan.query.list_queries` gives them.

    >>> "date-violation" in [info.name for info in violation_queries()]
    True
    """
    return [info for info in list_queries() if info.kind == "violation"]


def compare_engines(build_dir: Path, *, reference: bool = True) -> dict[str, object]:
    """Time both validators on a build's dataset; return seconds and whether they agree.

    The data is the union of every graph of ``build_dir/samverkan.trig``. Timed: the SPARQL
    validator on the built store as it is (``sparql_store_s``), on an rdflib graph as the
    build hands it over (``sparql_graph_s``, with the copy into Oxigraph), and pySHACL
    (``pyshacl_s``). Run as ``python -m samverkan.validate BUILD_DIR ...``; speed is
    printed, never asserted by a test.
    """
    import time

    import pyoxigraph as ox

    from samverkan.store import open_store

    shapes = load_shapes()
    started = time.perf_counter()
    fast = validate(open_store(build_dir), shapes)
    answer: dict[str, object] = {"sparql_store_s": round(time.perf_counter() - started, 2)}
    store = ox.Store()
    store.bulk_load(path=str(build_dir / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    union = _as_graph(store)
    answer["triples"] = len(union)
    started = time.perf_counter()
    from_graph = validate(union, shapes)
    answer["sparql_graph_s"] = round(time.perf_counter() - started, 2)
    answer["results"] = len(fast)
    if reference:
        started = time.perf_counter()
        slow = validate(union, shapes, engine="pyshacl")
        answer["pyshacl_s"] = round(time.perf_counter() - started, 2)
        answer["same"] = _keys(slow) == _keys(from_graph) == _keys(fast)
        answer["ratio"] = round(answer["pyshacl_s"] / max(answer["sparql_graph_s"], 0.01), 1)
    return answer


def _keys(results: list[ShapeResult]) -> list[tuple[str, ...]]:
    return sorted((r.severity, r.focus, r.path, r.value, r.message_en) for r in results)


if __name__ == "__main__":  # pragma: no cover
    import sys

    for directory in sys.argv[1:]:
        print(directory, compare_engines(Path(directory)), flush=True)
