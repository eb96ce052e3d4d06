"""Query parameters: names checked, values typed, and bound as a ``VALUES`` clause.

Parameters are bound, never pasted into the text: each value is parsed into an RDF term of
the parameter's declared type and serialised (N-Triples) into a ``VALUES`` clause at the
start of the query's outermost group, the same for the embedded store and a remote endpoint.
A parameter *name* must be one the query declares in its ``# param:`` headers; only a query
typed as text without headers may bind any of its own variables.

Examples
--------
>>> from samverkan.query.library import load_query
>>> terms = bindings(load_query("active-in-year"), {"year": "2016"})
>>> print(inject_values("SELECT ?year WHERE { ?s ?p ?o }", terms))
SELECT ?year WHERE { VALUES (?year) { ("2016"^^<http://www.w3.org/2001/XMLSchema#integer>) }
 ?s ?p ?o }
>>> bindings(load_query("cooperation"), {"a": "1"})
Traceback (most recent call last):
...
samverkan.errors.SamverkanError: query cooperation has no parameter 'a' (it takes no parameters)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.namespaces import PREFIXES, XSD, municipality_iri
from samverkan.query.library import Param, QueryInfo

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

__all__ = ["bindings", "inject_values", "restrict", "values_clause"]

_VARNAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _iri(value: str, name: str) -> ox.NamedNode:
    import pyoxigraph as ox

    value = value.strip()
    if re.fullmatch(r"[0-9]{4}", value) and name == "municipality":
        # A municipality by its official code, as the README and researchers write it.
        return ox.NamedNode(str(municipality_iri(value)))
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    elif ":" in value and not re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
        prefix, _, local = value.partition(":")
        if prefix in PREFIXES:
            value = PREFIXES[prefix] + local
    if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", value, re.I):
        raise SamverkanError(f"parameter {name!r}: {value!r} is not an IRI")
    return ox.NamedNode(value)


def _term(param: Param, value: object) -> ox.NamedNode | ox.Literal:
    """Turn a user's value into an RDF term of the parameter's type."""
    import pyoxigraph as ox

    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    kind = param.type
    text = str(value)
    try:
        if kind == "iri":
            return _iri(text, param.name)
        if kind == "integer":
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(str(XSD.integer)))
        if kind == "decimal":
            from decimal import Decimal

            return ox.Literal(str(Decimal(text)), datatype=ox.NamedNode(str(XSD.decimal)))
        if kind == "boolean":
            lowered = text.strip().lower()
            if lowered not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(text)
            truth = "true" if lowered in ("true", "1", "yes") else "false"
            return ox.Literal(truth, datatype=ox.NamedNode(str(XSD.boolean)))
        if kind == "date":
            import datetime

            return ox.Literal(
                datetime.date.fromisoformat(text.strip()).isoformat(),
                datatype=ox.NamedNode(str(XSD.date)),
            )
    except (ValueError, ArithmeticError):
        raise SamverkanError(f"parameter {param.name!r}: {text!r} is not a valid {kind}") from None
    return ox.Literal(text)


def _guess_param(name: str, value: object) -> Param:
    text = str(value).strip()
    if text.startswith("<") or re.match(r"^https?://", text):
        return Param(name, "iri")
    if re.fullmatch(r"[+-]?\d+", text):
        return Param(name, "integer")
    return Param(name, "string")


def _shown(name: str) -> str:
    return repr(name if len(name) <= 60 else name[:57] + "...")


def _check_names(info: QueryInfo, names: list[str]) -> list[str]:
    """The names not declared by ``info`` that may still be bound (variables of a text query).

    A library query or a ``.rq`` file binds only its declared parameters; a query typed as
    text without ``# param:`` headers may bind any variable it uses.
    """
    declared = [p.name for p in info.params]
    free = info.path is None and info.name == "<query>" and not declared
    extra = []
    for name in names:
        if name in declared:
            continue
        if not free:
            listing = f"parameters: {', '.join(declared)}" if declared else "it takes no parameters"
            raise SamverkanError(f"query {info.name} has no parameter {_shown(name)} ({listing})")
        if not _VARNAME_RE.fullmatch(name):
            raise SamverkanError(
                f"parameter name {_shown(name)} is not a SPARQL variable name "
                "(letters, digits and _, not starting with a digit)"
            )
        if not re.search(rf"[?$]{name}(?!\w)", info.text):
            raise SamverkanError(f"the query has no variable ?{name} to bind")
        extra.append(name)
    return extra


def bindings(info: QueryInfo, params: Mapping[str, object] | None) -> dict[str, Any]:
    """The terms to bind: given values, then defaults.

    Raises
    ------
    SamverkanError
        For a name the query does not declare (naming the query and its parameters), a
        missing required parameter, or a value that is not of the parameter's type.
    """
    params = dict(params or {})
    extra = _check_names(info, list(params))
    terms: dict[str, Any] = {}
    for param in info.params:
        if param.name in params and params[param.name] is not None:
            terms[param.name] = _term(param, params[param.name])
        elif param.default is not None:
            terms[param.name] = _term(param, param.default)
        elif param.required:
            raise SamverkanError(
                f"query {info.name} needs parameter {param.name!r} ({param.type}): "
                f"{param.description or 'no description'}; give it with --param {param.name}=VALUE"
            )
    for name in extra:
        terms[name] = _term(_guess_param(name, params[name]), params[name])
    return terms


def values_clause(terms: Mapping[str, Any]) -> str:
    """A ``VALUES`` clause binding each variable to its serialised RDF term.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> values_clause({"year": ox.Literal("2018", datatype=ox.NamedNode(str(XSD.integer)))})
    'VALUES (?year) { ("2018"^^<http://www.w3.org/2001/XMLSchema#integer>) }'
    """
    names = " ".join(f"?{name}" for name in terms)
    row = " ".join(str(term) for term in terms.values())  # N-Triples serialisation
    return f"VALUES ({names}) {{ ({row}) }}"


_TOKEN_RE = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\s]*>)
      | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
      | (?P<brace>[{}])
    """,
    re.S | re.X,
)


def _outer_group_start(text: str) -> int:
    """Offset just after the ``{`` that opens the outermost WHERE group.

    Examples
    --------
    >>> q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    >>> q[_outer_group_start(q):]
    ' ?s ?p ?o }'
    >>> q = "SELECT * { ?s <urn:x#y> '}' }"
    >>> q[_outer_group_start(q):]
    " ?s <urn:x#y> '}' }"
    """
    depth = 0
    first_brace = None
    seen_where = False
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        if kind == "word" and depth == 0 and match.group().upper() == "WHERE":
            seen_where = True
        elif kind == "brace":
            if match.group() == "{":
                if depth == 0:
                    if seen_where:
                        return match.end()
                    if first_brace is None:
                        first_brace = match.end()
                depth += 1
            else:
                depth -= 1
    if first_brace is None:
        raise SamverkanError("cannot find the query's WHERE clause to bind parameters")
    return first_brace


def inject_values(text: str, terms: Mapping[str, Any]) -> str:
    """Bind parameters for a remote endpoint: a VALUES clause opening the outermost group.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> inject_values("SELECT ?x WHERE { ?x ?p ?o }", {"x": ox.NamedNode("urn:a")})
    'SELECT ?x WHERE { VALUES (?x) { (<urn:a>) }\\n ?x ?p ?o }'
    """
    if not terms:
        return text
    at = _outer_group_start(text)
    return f"{text[:at]} {values_clause(terms)}\n{text[at:]}"


def restrict(query: str, iris: Iterable[str], variable: str = "resource") -> str:
    """``query`` with ``?resource`` (or ``?variable``) bound to each of ``iris`` by a
    ``VALUES`` line after the opening brace of its ``WHERE`` clause: the rows of those
    resources only.

    Examples
    --------
    >>> print(restrict("SELECT ?x WHERE { ?resource ?p ?x }", ["https://x/a"]))
    SELECT ?x WHERE {
      VALUES ?resource { <https://x/a> }
     ?resource ?p ?x }
    >>> print(restrict("SELECT ?d WHERE { ?d ?p ?o }", ["https://x/a"], "d"))
    SELECT ?d WHERE {
      VALUES ?d { <https://x/a> }
     ?d ?p ?o }
    """
    values = " ".join(f"<{iri}>" for iri in iris)
    head, sep, tail = query.partition("WHERE {")
    if not sep:
        raise ValueError("not a query with a WHERE clause")
    return f"{head}{sep}\n  VALUES ?{variable} {{ {values} }}\n{tail}"
