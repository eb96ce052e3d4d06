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
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from samverkan.namespaces import XSD

__all__ = ["gc_paused", "python_column", "python_value", "rows_from_result"]

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

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> python_value(ox.Literal("3", datatype=ox.NamedNode(XSD.integer))), python_value(None)
    (3, None)
    """
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, bool):
        return term
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
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
    return str(term)


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
