"""Query results as rows of terms, and result terms as Python values.

Examples
--------
>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> rows_from_result(store.query("SELECT ?x WHERE { VALUES ?x { 1 } }"))
(['x'], [[<Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>]])
>>> python_value(_[1][0][0])
1
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from samverkan.namespaces import XSD

__all__ = [
    "columns_from_rows",
    "gc_paused",
    "python_column",
    "python_value",
    "rows_from_result",
    "serialized_columns",
]

# One column of an answer: the Python value of each cell (as :func:`python_value` gives
# it), and whether each cell is an IRI (the cells that get a label).
Column = tuple[list[Any], list[bool]]

_INTEGERS = frozenset(
    str(XSD[t]) for t in ("integer", "int", "long", "nonNegativeInteger", "positiveInteger")
)
_FLOATS = frozenset(str(XSD[t]) for t in ("decimal", "double", "float"))
_BOOLEAN = str(XSD.boolean)


def rows_from_result(
    result: Any, cancel: threading.Event | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Column names and rows of terms of a SELECT, ASK or CONSTRUCT result.

    An ASK gives one column ``ask``; a CONSTRUCT (or any iterable of triples) the columns
    ``subject``, ``predicate``, ``object``. Reading stops early when ``cancel`` is set.
    """
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[bool(result)]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        if cancel is None:  # the values of each solution in the order of the variables
            return names, [list(solution) for solution in result]
        rows = []
        for solution in result:
            if cancel.is_set():
                break
            rows.append(list(solution))
        return names, rows
    rows = []
    for triple in result:
        if cancel is not None and cancel.is_set():
            break
        rows.append([triple.subject, triple.predicate, triple.object])
    return ["subject", "predicate", "object"], rows


def python_value(term: Any) -> Any:
    """The Python value of a result term: IRIs as strings, numbers, booleans, None.

    A large answer has millions of cells: each term's type finds its conversion in a
    table (:data:`_CONVERT`, filled on the first call), without the tests one by one.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> python_value(ox.Literal("3", datatype=ox.NamedNode(XSD.integer))), python_value(None)
    (3, None)
    >>> python_value(ox.BlankNode("b1")), python_value(ox.NamedNode("http://example.org/x"))
    ('_:b1', 'http://example.org/x')
    >>> python_value(ox.Literal("x", datatype=ox.NamedNode(XSD.integer))), python_value(True)
    ('x', True)
    """
    convert = _CONVERT.get(type(term))
    if convert is None:
        if not _CONVERT:
            _fill_conversions()
            return python_value(term)
        return str(term)
    return convert(term)


#: The conversion of each type of result term (:func:`python_value`).
_CONVERT: dict[type, Callable[[Any], Any]] = {}


def _fill_conversions() -> None:
    import operator

    import pyoxigraph as ox

    _CONVERT.update(
        {
            type(None): lambda _term: None,
            bool: lambda term: term,
            ox.NamedNode: operator.attrgetter("value"),
            ox.BlankNode: lambda term: f"_:{term.value}",
            ox.Literal: _literal_value,
        }
    )


def _literal_value(term: Any) -> Any:
    datatype = term.datatype.value
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _FLOATS:
            return float(term.value)
        if datatype == _BOOLEAN:
            return term.value in ("true", "1")
    except ValueError:
        return term.value
    return term.value


def python_column(terms: Any) -> list[Any]:
    """:func:`python_value` of each term of one column, each distinct term converted once.

    A column of a large answer repeats few terms (a hub, a document, a sector) many times;
    looking the converted value up by term is several times faster than converting each cell.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> lund = ox.NamedNode("https://w3id.org/samverkan/id/kommun/1281")
    >>> half = ox.Literal("2.5", datatype=ox.NamedNode(XSD.decimal))
    >>> python_column([lund, None, lund, half])[1:]
    [None, 'https://w3id.org/samverkan/id/kommun/1281', 2.5]
    """
    import pyoxigraph as ox

    named = ox.NamedNode
    converted: dict[Any, Any] = {}
    out = []
    append = out.append
    for term in terms:
        if type(term) is named:  # the common case: an IRI is its string
            append(term.value)
        # A Python bool (an ASK answer) equals 1 and 1.0 as a key: converted, never cached.
        elif term is None or isinstance(term, bool):
            append(term)
        else:
            try:
                append(converted[term])
            except KeyError:
                value = converted[term] = python_value(term)
                append(value)
    return out


def columns_from_rows(rows: list[list[Any]], width: int) -> list[Column]:
    """The columns of rows of terms: Python values (:func:`python_column`) and IRI flags.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> lund = ox.NamedNode("https://w3id.org/samverkan/id/kommun/1281")
    >>> columns_from_rows([[lund, ox.Literal("Lund")], [None, ox.Literal("x")]], 2)[0]
    (['https://w3id.org/samverkan/id/kommun/1281', None], [True, False])
    """
    import pyoxigraph as ox

    named = ox.NamedNode
    columns = []
    for index in range(width):
        terms = [row[index] for row in rows]
        columns.append((python_column(terms), [type(t) is named for t in terms]))
    return columns


def serialized_columns(result: Any) -> list[Column] | None:
    """The columns of a SELECT or CONSTRUCT answer, serialised by Oxigraph, then split.

    Oxigraph writes the whole answer as text in Rust (SPARQL TSV for a SELECT, N-Triples
    for a CONSTRUCT), without a Python object per term; Python splits the text and converts
    each distinct cell once. The values are those of :func:`columns_from_rows` on the same
    answer. None (the answer left unread) for an ASK or a SELECT without variables; None
    after reading for an answer with a quoted triple (a cell that starts with ``<<``), which
    the caller reads again term by term.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> text = 'SELECT ?x ?n { VALUES (?x ?n) { (<urn:a> 1) (<urn:b> "två"@sv) (<urn:c> UNDEF) } }'
    >>> serialized_columns(store.query(text))
    [(['urn:a', 'urn:b', 'urn:c'], [True, True, True]), ([1, 'två', None], [False, False, False])]
    >>> serialized_columns(store.query("ASK { }")) is None
    True
    """
    import pyoxigraph as ox

    if isinstance(result, ox.QuerySolutions):
        width = len(result.variables)
        if not width:
            return None
        data = result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
        # No cell holds a tab or a line end (TSV escapes them in literals): after the line
        # of variables, every cell of every row in one list, row after row.
        cells = data[data.index("\n") + 1 :].replace("\n", "\t").split("\t")
        cells.pop()  # the text after the last row's line end
        if len(cells) % width:  # pragma: no cover - a format not expected
            raise ValueError("a serialised answer with a row of the wrong width")
        columns = [cells[i::width] for i in range(width)]
    elif isinstance(result, ox.QueryTriples):
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        triples = _TRIPLE_LINE.findall(data)
        if len(triples) != data.count("\n"):  # pragma: no cover - a format not expected
            raise ValueError("a serialised answer with a line that is not a triple")
        columns = [list(column) for column in zip(*triples, strict=True)] or [[], [], []]
    else:
        return None
    out = []
    for column in columns:
        distinct = set(column)
        if any(cell.startswith("<<") for cell in distinct):  # a quoted triple: term by term
            return None
        values = _cell_values(distinct)
        iri = {cell: cell[:1] == "<" for cell in distinct}
        out.append((list(map(values.__getitem__, column)), list(map(iri.__getitem__, column))))
    return out


# One N-Triples line: subject and predicate have no space; the object runs to " .".
_TRIPLE_LINE = re.compile(r"(\S+) (\S+) (.*) \.\n")


def _cell_values(cells: set[str]) -> dict[str, Any]:
    """The Python value of each distinct serialised cell (SPARQL TSV or N-Triples term)."""
    import pyoxigraph as ox

    values: dict[str, Any] = {}
    literals = []
    for cell in cells:
        if not cell:
            values[cell] = None  # unbound
        elif cell[0] == "<":
            values[cell] = cell[1:-1]
        elif cell.startswith("_:"):
            values[cell] = cell
        else:
            literals.append(cell)
    if literals:  # every literal in one Turtle text (TSV writes numbers as Turtle does)
        text = "".join(
            f"<urn:samverkan:cell:{i}> <urn:samverkan:cell> {cell} .\n"
            for i, cell in enumerate(literals)
        )
        for triple in ox.parse(text, format=ox.RdfFormat.TURTLE):
            index = int(triple.subject.value.rsplit(":", 1)[1])
            values[literals[index]] = python_value(triple.object)
    return values


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large answer is turned into objects.

    A 100k-row answer allocates a million terms, lists and strings (none in a reference
    cycle); each allocation threshold reached ran a collection over all of them, which took
    longer than reading the rows. Reference counting still frees everything; the collector
    is switched back on (if it was on) on the way out, error or not.

    Examples
    --------
    >>> import gc
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
