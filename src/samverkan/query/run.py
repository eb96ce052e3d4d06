"""Running a query on the embedded store or a SPARQL 1.1 endpoint, with a label per IRI.

Queries are written against the *union* default graph (every named graph: ontology,
reference data, one graph per document, inferred triples), with ``GRAPH`` clauses where the
source matters. Every text sent anywhere passes :func:`samverkan.guard.check_query` first,
after its parameters are bound.

Examples
--------
>>> import pyoxigraph as ox
>>> from samverkan.namespaces import REFERENCE_GRAPH, RDFS, municipality_iri
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode(municipality_iri("1281")), ox.NamedNode(RDFS.label),
...     ox.Literal("Lunds kommun", language="sv"), ox.NamedNode(REFERENCE_GRAPH)))
>>> df = run_query(store, "SELECT ?m WHERE { ?m ?p ?o }")
>>> df.to_dict("records")
[{'m': 'https://w3id.org/samverkan/id/kommun/1281', 'mLabel': 'Lunds kommun'}]
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.guard import check_query
from samverkan.namespaces import LABEL_PROPERTIES
from samverkan.query.endpoint import ask_endpoint, check_endpoint
from samverkan.query.library import QueryInfo, resolve
from samverkan.query.params import bindings, inject_values
from samverkan.query.results import (
    Column,
    columns_from_rows,
    gc_paused,
    rows_from_result,
    serialized_columns,
)
from samverkan.terms import pick_label

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyoxigraph as ox

__all__ = ["build_store", "run_query"]

_SYNTAX_RE = re.compile(r"error at (\d+):(\d+): ?(.*)", re.S)


def _syntax_error(exc: Exception, info: QueryInfo) -> SamverkanError:
    message = str(exc)
    match = _SYNTAX_RE.search(message)
    where = str(info.path) if info.path else info.name
    if not match:
        return SamverkanError(f"SPARQL syntax error: {message}", path=where)
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3).strip()
    lines = info.text.splitlines(keepends=True)
    offset = sum(len(x) for x in lines[: line - 1]) + column - 1
    if line == 1:  # the user's own column, not counting declared prefixes
        column = max(1, column - info.prologue)
    # The parser reports where it gave up, often the token after the mistake: show both.
    before = " ".join(info.text[max(0, offset - 60) : offset].split())[-40:]
    after = " ".join(info.text[offset : offset + 40].split())[:20]
    return SamverkanError(
        f"column {column}: SPARQL syntax error: {detail}; "
        f"offending text: {before + ' ' + after!r} (the parser stopped at {after or 'the end'!r})",
        path=where,
        line=line,
    )


def _check_syntax(info: QueryInfo) -> str:
    """Parse the query (on an empty store) and return its form: select, ask or construct."""
    try:
        return _form(info.text)
    except SyntaxError as exc:
        raise _syntax_error(exc, info) from None


@functools.lru_cache(maxsize=256)
def _form(text: str) -> str:
    """The form of a query text that parses (kept: planning a long text on an empty store
    took 0.08 s, every time a library query ran). Raises SyntaxError, which is not kept."""
    import pyoxigraph as ox

    result = ox.Store().query(text, use_default_graph_as_union=True)
    if isinstance(result, ox.QuerySolutions):
        return "select"
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    return "construct"


def _is_update(text: str) -> bool:
    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"(?i)\b(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)", "", body)
    return bool(
        re.match(r"\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body, re.I)
    )


def _run_embedded(
    store: ox.Store, info: QueryInfo, terms: Mapping[str, Any], timeout: float | None
) -> tuple[list[str], list[Column]]:

    # The same binding as for an endpoint (a VALUES clause of serialised RDF terms), so that
    # a parameter need not be projected (pyoxigraph's substitutions require that) and both
    # sources give the same answers.
    text = inject_values(info.text, terms)
    check_query(text, where=info.name)

    def evaluate(cancel: threading.Event | None) -> tuple[list[str], list[Column]]:
        import pyoxigraph as ox

        result = store.query(text, use_default_graph_as_union=True)
        if cancel is None and not isinstance(result, ox.QueryBoolean):
            # Without a deadline the whole answer is written as text in Rust and split in
            # Python (a large answer spent longer becoming Python terms than in Oxigraph).
            names = _names(result)
            columns = serialized_columns(result)
            if columns is not None:
                return names, columns
            if names:  # read, but it holds a quoted triple: once more, term by term
                result = store.query(text, use_default_graph_as_union=True)
        # With a deadline, term by term: reading stops as soon as the caller gives up.
        names, rows = rows_from_result(result, cancel)
        return names, columns_from_rows(rows, len(names))

    if timeout is None:
        try:
            return evaluate(None)
        except RuntimeError as exc:
            raise SamverkanError(f"query {info.name}: {exc}") from None
    outcome: dict[str, Any] = {}
    cancel = threading.Event()

    def work() -> None:
        try:
            outcome["value"] = evaluate(cancel)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name=f"sparql-{info.name}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancel.set()
        raise SamverkanError(
            f"query {info.name} stopped: no answer within the timeout of {timeout:g} s "
            "(raise it with --timeout, or make the query more selective)"
        )
    if "error" in outcome:
        if isinstance(outcome["error"], RuntimeError):
            raise SamverkanError(f"query {info.name}: {outcome['error']}") from None
        raise outcome["error"]
    return outcome["value"]


def _names(result: Any) -> list[str]:
    """The column names of an answer (before it is read)."""
    import pyoxigraph as ox

    if isinstance(result, ox.QuerySolutions):
        return [v.value for v in result.variables]
    if isinstance(result, ox.QueryBoolean):
        return ["ask"]
    return ["subject", "predicate", "object"]


_LABEL_QUERY = (
    "SELECT ?iri ?p ?label WHERE {\n"
    + "  VALUES ?p { "
    + " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
    + " }\n  ?iri ?p ?label .\n  FILTER(isLiteral(?label))\n}\n"
)


def _labels(source: Any, iris: list[Any], timeout: float | None) -> dict[str, str]:
    """Best label of each IRI, by :func:`samverkan.terms.pick_label` (Swedish first)."""
    import pyoxigraph as ox

    found: dict[str, list[tuple[str, str, str]]] = {}
    if isinstance(source, ox.Store):
        # Index look-ups, one per IRI and property: linear in the answer. A VALUES query of
        # many IRIs was planned as a scan of every label in the graph per chunk of IRIs.
        properties = [ox.NamedNode(p) for p in LABEL_PROPERTIES]
        # A set: a hub's label is stated once in every document that names it, and
        # pick_label's choice does not depend on how often a name repeats.
        for iri in iris:
            names = {
                (prop.value, quad.object.language or "", quad.object.value)
                for prop in properties
                for quad in source.quads_for_pattern(iri, prop, None)
                if isinstance(quad.object, ox.Literal)
            }
            if names:
                found[iri.value] = list(names)
        iris = []
    for start in range(0, len(iris), 200):
        chunk = iris[start : start + 200]
        values = "VALUES ?iri { " + " ".join(str(i) for i in chunk) + " }\n"
        text = _LABEL_QUERY.replace("WHERE {", "WHERE {\n  " + values, 1)
        if isinstance(source, str):
            _, rows = ask_endpoint(source, text, "select", timeout, where="labels")
        else:
            check_query(text, where="labels")
            _, rows = rows_from_result(source.query(text, use_default_graph_as_union=True))
        for iri, prop, label in rows:
            if isinstance(label, ox.Literal):
                found.setdefault(iri.value, []).append(
                    (prop.value, label.language or "", label.value)
                )
    return {iri: label for iri, names in found.items() if (label := pick_label(names)) is not None}


def _has_label_column(names: list[str], column: str) -> bool:
    return any(f"{column}{suffix}" in names for suffix in ("Label", "Title", "Name"))


def run_query(
    source: ox.Store | str | Path,
    query: str | Path | QueryInfo,
    params: Mapping[str, object] | None = None,
    *,
    timeout: float | None = None,
    labels: bool = True,
) -> pd.DataFrame:
    """Run a library query, a ``.rq`` file or SPARQL text; return a DataFrame.

    Parameters
    ----------
    source : pyoxigraph.Store, str or Path
        The embedded store (queried with the union default graph), the URL of a SPARQL
        1.1 query endpoint (for Oxigraph ``http://host:port/query``), or a build directory:
        the answer the build keeps for the query if there is one
        (:mod:`samverkan.query.stored`: ``cooperation``, ``construct-cooperation``),
        else its dataset loaded into memory (:func:`build_store`: once, and kept while the
        build is the same).
    query : str, Path or QueryInfo
        A library name (``funding``), a path to a ``.rq`` file, or the text of a query.
    params : mapping, optional
        Parameter values by name (strings as typed on the command line, or RDF terms).
        Missing ones take their defaults; a missing required one is an error.
    timeout : float, optional
        Seconds to wait for an answer. The embedded store evaluates in a worker thread
        and gives up waiting at the deadline; for an endpoint it is the HTTP timeout.
    labels : bool
        Add a ``<column>Label`` column beside each column of IRIs that has no label,
        title or name column yet.

    Returns
    -------
    pandas.DataFrame
        One column per projected variable (``subject``, ``predicate``, ``object`` for a
        CONSTRUCT, ``ask`` for an ASK); IRIs as strings, numbers and booleans as Python
        values, unbound as None.

    Raises
    ------
    SamverkanError
        For an unknown query, a syntax error (with line, column and offending text), a
        missing or malformed parameter, an update, a timeout, or an unreachable endpoint.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> run_query(ox.Store(), "SELECT ?x WHERE { ?x ?p }")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: <query>:1: column 26: SPARQL syntax error: ...
    """
    if isinstance(source, str):
        source = check_endpoint(source)
    info = resolve(query)
    check_query(info.text, where=info.name)
    if _is_update(info.text):
        raise SamverkanError(
            f"query {info.name} is a SPARQL update; only queries (SELECT, ASK, CONSTRUCT, "
            "DESCRIBE) can be run"
        )
    form = _check_syntax(info)
    terms = bindings(info, params)
    with gc_paused():  # a large answer: a million small objects (see gc_paused)
        if isinstance(source, Path):
            return _on_build(source, info, form, terms, params, timeout=timeout, labels=labels)
        return _frame(source, info, form, terms, timeout=timeout, labels=labels)


def _on_build(
    build_dir: Path,
    info: QueryInfo,
    form: str,
    terms: Mapping[str, Any],
    params: Mapping[str, object] | None,
    *,
    timeout: float | None,
    labels: bool,
) -> pd.DataFrame:
    """The answer on the build in ``build_dir``: the one it keeps, or evaluated (and kept
    when the build keeps that answer, :mod:`samverkan.query.stored`)."""
    from samverkan.query import stored

    kept = stored.read_answer(build_dir, info, params, labels)
    if kept is not None:
        return kept
    manifest = stored.build_manifest(build_dir)  # read before the store: see write_answer
    frame = _frame(build_store(build_dir), info, form, terms, timeout=timeout, labels=labels)
    stored.write_answer(build_dir, info, params, labels, frame, manifest)
    return frame


#: The dataset of the build directory queried last, while its TriG file is the same one.
_LOADED: dict[str, tuple[tuple[int, int, int], Any]] = {}


def build_store(build_dir: Path) -> ox.Store:
    """The dataset of ``build_dir`` in memory (:func:`samverkan.store.open_store`), loaded
    once: the store of the build directory queried last stays loaded while its
    ``samverkan.trig`` is the same file (a new build writes a new one), so that a notebook
    passing the build directory to every :func:`run_query` loads it once, not per query.
    """
    from samverkan.store import TRIG_NAME, open_store

    try:
        st = (build_dir / TRIG_NAME).stat()
    except OSError:
        return open_store(build_dir)  # the usual message: no build here
    key, same = str(build_dir.resolve()), (st.st_ino, st.st_mtime_ns, st.st_size)
    held = _LOADED.get(key)
    if held is not None and held[0] == same:
        return held[1]
    _LOADED.clear()  # one dataset at a time: a national build takes gigabytes
    store = open_store(build_dir)
    _LOADED[key] = (same, store)
    return store


def _frame(
    source: ox.Store | str,
    info: QueryInfo,
    form: str,
    terms: Mapping[str, Any],
    *,
    timeout: float | None,
    labels: bool,
) -> pd.DataFrame:
    """The answer of a checked query as a DataFrame (the body of :func:`run_query`)."""
    import pandas as pd
    import pyoxigraph as ox

    if isinstance(source, str):
        text = inject_values(info.text, terms)
        names, rows = ask_endpoint(source, text, form, timeout, where=info.name)
        columns = columns_from_rows(rows, len(names))
    else:
        names, columns = _run_embedded(source, info, terms, timeout)
    if form == "construct":
        columns = _sorted_triples(columns)
    # Built column by column (each distinct term converted once), not row by row: a large
    # answer (100k rows) spent longer in per-cell conversion than in Oxigraph.
    data: dict[str, list[Any]] = {}
    # Labels of the IRIs already looked up (None: none found): a CONSTRUCT's subjects are
    # most of its objects, and a hub's label is stated once per document that names it.
    known: dict[str, str | None] = {}
    for name, (values, is_iri) in zip(names, columns, strict=True):
        data[name] = values
        if not labels or not values or _has_label_column(names, name):
            continue
        iris = sorted({v for v, iri in zip(values, is_iri, strict=True) if iri})
        if iris:
            missing = [ox.NamedNode(iri) for iri in iris if iri not in known]
            found = _labels(source, missing, timeout) if missing else {}
            known.update((iri.value, found.get(iri.value)) for iri in missing)
            data[f"{name}Label"] = [
                known[v] if iri else None for v, iri in zip(values, is_iri, strict=True)
            ]
    return pd.DataFrame(data, columns=list(data), dtype=object)


def triple_key(value: Any) -> str:
    """The key of a value of a CONSTRUCT's answer in its order (:func:`_sorted_triples`):
    text as it is, any other value before all text, by its type's name and its text.

    Examples
    --------
    >>> sorted(["b", 2, "a"], key=triple_key)
    [2, 'a', 'b']
    """
    return value if type(value) is str else f"\0{type(value).__name__}\0{value}"


def _sorted_triples(columns: list[Column]) -> list[Column]:
    """The triples of a CONSTRUCT (or DESCRIBE) in order of subject, predicate and object.

    Oxigraph gives them in the order of its store, which differs between a store loaded
    from the build's TriG and the one the build filled: sorted, an answer is the same from
    either (and the same as the answer the build keeps, :mod:`samverkan.query.stored`).
    A value that is not text (a number, a date) comes before all text, by its type's name
    and its text.

    Examples
    --------
    >>> _sorted_triples([(["b", "a"], [True, True]), (["p", "p"], [True, True]),
    ...                  ([1, "x"], [False, False])])
    [(['a', 'b'], [True, True]), (['p', 'p'], [True, True]), (['x', 1], [False, False])]
    """
    if not columns or not columns[0][0]:
        return columns

    keys = list(zip(*(map(triple_key, values) for values, _iri in columns), strict=True))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return [
        ([values[i] for i in order], [iri[i] for i in order]) for values, iri in columns
    ]
