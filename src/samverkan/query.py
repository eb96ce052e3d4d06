"""The SPARQL query library: named queries, the embedded store and any SPARQL 1.1 endpoint.

The library is the set of ``queries/*.rq`` files. Each file is valid SPARQL that opens with
comment headers describing it (in the spirit of CLARIAH/grlc)::

    # title: What was active in a given year
    # description: Initiatives, collaborations, memberships ... (continuation lines are
    #   indented by two or more spaces after the ``#``)
    # param: year (integer, default: 2018) The year to ask about.
    # param: municipality (iri, optional) Only this municipality.

A parameter has a type (``iri``, ``string``, ``integer``, ``decimal``, ``boolean``,
``date``) and is ``optional`` (left unbound: no restriction), ``required`` or has a
``default``. Files named ``*-violation.rq`` are data-quality checks that must return no rows;
``construct-*.rq`` files build triples; the others are reports.

Queries are written against the *union* default graph (every named graph: ontology,
reference data, one graph per document, inferred triples), with ``GRAPH`` clauses where the
source matters. Parameters are bound, never pasted into the text: each value is parsed into
an RDF term and serialised into a ``VALUES`` clause at the start of the query's outermost
group, the same for the embedded store and a remote endpoint.

Examples
--------
>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/samverkan/id/kommun/1281"),
...     ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
...     ox.Literal("Lunds kommun", language="sv"),
...     ox.NamedNode("https://w3id.org/samverkan/graph/reference")))
>>> df = run_query(store, "SELECT ?m WHERE { ?m ?p ?o }")
>>> df.to_dict("records")
[{'m': 'https://w3id.org/samverkan/id/kommun/1281', 'mLabel': 'Lunds kommun'}]
>>> info = load_query("active-in-year")
>>> info.title, [(p.name, p.type, p.default) for p in info.params]
('What was active in a given year', [('year', 'integer', '2018')])
"""

from __future__ import annotations

import difflib
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.guard import check_query
from samverkan.namespaces import PREFIXES
from samverkan.paths import project_dir

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyoxigraph as ox

__all__ = [
    "FORMATS",
    "PARAM_TYPES",
    "Param",
    "QueryInfo",
    "canonical_csv",
    "declare_prefixes",
    "format_results",
    "list_queries",
    "load_query",
    "regenerate_expected",
    "run_query",
    "run_violations",
]

FORMATS = ("table", "csv", "json", "md")
PARAM_TYPES = ("iri", "string", "integer", "decimal", "boolean", "date")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_HEADER_RE = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_PARAM_RE = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(?P<type>[a-z]+)\s*"
    r"(?:,\s*(?P<mode>optional|required|default\s*:\s*(?P<default>[^)]*?)))?\s*\)\s*(?P<desc>.*)$"
)
_SYNTAX_RE = re.compile(r"error at (\d+):(\d+): ?(.*)", re.S)


@dataclass(frozen=True)
class Param:
    """A query parameter declared in a ``# param:`` header.

    Parameters
    ----------
    name : str
        The SPARQL variable it binds (without ``?``).
    type : str
        One of :data:`PARAM_TYPES`.
    default : str or None
        The default value as written in the header, or None.
    required : bool
        True when the caller must give a value (no default, not optional).
    description : str
        What it means.
    """

    name: str
    type: str
    default: str | None = None
    required: bool = False
    description: str = ""


@dataclass(frozen=True)
class QueryInfo:
    """A query of the library (or a file or text given by the user) and its headers.

    Examples
    --------
    >>> q = load_query("funding")
    >>> q.name, q.kind, q.params[0].name, q.params[0].required
    ('funding', 'report', 'funder', False)
    """

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path | None = field(default=None, compare=False)
    #: Characters put before the user's text on its first line (declared prefixes).
    prologue: int = field(default=0, compare=False)

    @property
    def kind(self) -> str:
        """``violation``, ``construct`` or ``report``, from the file name."""
        if self.name.endswith("-violation"):
            return "violation"
        if self.name.startswith("construct-"):
            return "construct"
        return "report"


# ---------------------------------------------------------------------------------------
# The library
# ---------------------------------------------------------------------------------------


def _parse_headers(text: str, where: str) -> tuple[str, str, tuple[Param, ...]]:
    fields: list[tuple[str, str]] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER_RE.match(stripped)
        if match:
            fields.append((match.group(1), match.group(2).strip()))
        elif fields and re.match(r"^#\s{2,}\S", line):
            key, value = fields[-1]
            fields[-1] = (key, f"{value} {stripped[1:].strip()}")
        elif fields and fields[-1][0] == "param" and not stripped[1:].strip():
            continue
        _ = line_no
    title = next((v for k, v in fields if k == "title"), "")
    description = next((v for k, v in fields if k == "description"), "")
    params = []
    for key, value in fields:
        if key != "param":
            continue
        match = _PARAM_RE.match(value)
        if not match:
            raise SamverkanError(
                f"cannot read parameter header {value!r}; expected "
                "'name (type, default: value | optional | required) description'",
                path=where,
            )
        ptype = match.group("type")
        if ptype not in PARAM_TYPES:
            raise SamverkanError(
                f"parameter {match.group('name')!r} has unknown type {ptype!r} "
                f"(known: {', '.join(PARAM_TYPES)})",
                path=where,
            )
        mode = match.group("mode") or "required"
        default = match.group("default")
        params.append(
            Param(
                name=match.group("name"),
                type=ptype,
                default=default.strip() if default is not None else None,
                required=mode == "required",
                description=match.group("desc").strip(),
            )
        )
    return title, description, tuple(params)


def _library_dir() -> Path:
    return project_dir("queries")


def list_queries(directory: Path | None = None) -> list[QueryInfo]:
    """Every query of the library, sorted by name.

    Parameters
    ----------
    directory : Path, optional
        Where the ``.rq`` files are (default: the project's ``queries/``).

    Returns
    -------
    list of QueryInfo

    Examples
    --------
    >>> names = [q.name for q in list_queries()]
    >>> "cooperation" in names and "funding-without-funder-violation" in names
    True
    """
    directory = directory or _library_dir()
    return [load_query(path) for path in sorted(directory.glob("*.rq"))]


def load_query(name_or_path: str | Path) -> QueryInfo:
    """Load a library query by name (``funding``) or a ``.rq`` file by path.

    Raises
    ------
    SamverkanError
        If there is no such query (with the closest names) or file.

    Examples
    --------
    >>> load_query("fundng")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: unknown query 'fundng'; did you mean funding? ...
    """
    text_path = Path(name_or_path)
    is_path = (
        isinstance(name_or_path, Path)
        or str(name_or_path).endswith(".rq")
        or "/" in str(name_or_path)
    )
    if is_path:
        path = text_path
        if not path.is_file():
            raise SamverkanError("no such query file", path=path)
    else:
        name = str(name_or_path)
        path = _library_dir() / f"{name}.rq"
        if not path.is_file():
            names = [p.stem for p in sorted(_library_dir().glob("*.rq"))]
            close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise SamverkanError(
                f"unknown query {name!r}{hint} ('samverkan query list' shows all queries)"
            )
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SamverkanError(f"cannot read query file: {exc.strerror}", path=path) from None
    title, description, params = _parse_headers(text, str(path))
    return QueryInfo(
        name=path.stem, title=title, description=description, params=params, text=text, path=path
    )


def _resolve(query: str | Path | QueryInfo) -> QueryInfo:
    if isinstance(query, QueryInfo):
        return query
    text = str(query)
    if isinstance(query, str) and (any(c.isspace() for c in text.strip()) or "{" in text):
        title, description, params = _parse_headers(text, "<query>")
        text, added = declare_prefixes(text)
        return QueryInfo("<query>", title, description, params, text, prologue=added)
    return load_query(query)


_DECLARED_RE = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_USED_RE = re.compile(r"(?<![\w<])([A-Za-z][\w-]*):")


def declare_prefixes(text: str) -> tuple[str, int]:
    """Declare the project's prefixes (``sam:``, ``org:``, ``id:`` ...) that ``text`` uses.

    A query typed at the command line or in a notebook may then write ``sam:Municipality``
    without PREFIX lines. Prefixes the query declares itself are left alone. The
    declarations go on the first line, so line numbers in error messages stay right.

    Returns
    -------
    (str, int)
        The query to run and how many characters were put before the first line.

    Examples
    --------
    >>> text, added = declare_prefixes("SELECT ?m WHERE { ?m a sam:Municipality }")
    >>> text[:54]
    'PREFIX sam: <https://w3id.org/samverkan/ontology#> SEL'
    >>> declare_prefixes("PREFIX sam: <urn:x#> ASK { ?s a sam:X }")[1]
    0
    """
    declared = {m.group(1) or "" for m in _DECLARED_RE.finditer(text)}
    used = {m.group(1) for m in _USED_RE.finditer(text)}
    missing = sorted((used & PREFIXES.keys()) - declared)
    block = "".join(f"PREFIX {name}: <{PREFIXES[name]}> " for name in missing)
    return block + text, len(block)


# ---------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------


def _iri(value: str, name: str) -> ox.NamedNode:
    import pyoxigraph as ox

    value = value.strip()
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
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(_XSD + "integer"))
        if kind == "decimal":
            from decimal import Decimal

            return ox.Literal(str(Decimal(text)), datatype=ox.NamedNode(_XSD + "decimal"))
        if kind == "boolean":
            lowered = text.strip().lower()
            if lowered not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(text)
            truth = "true" if lowered in ("true", "1", "yes") else "false"
            return ox.Literal(truth, datatype=ox.NamedNode(_XSD + "boolean"))
        if kind == "date":
            import datetime

            return ox.Literal(
                datetime.date.fromisoformat(text.strip()).isoformat(),
                datatype=ox.NamedNode(_XSD + "date"),
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


def _bindings(info: QueryInfo, params: Mapping[str, object] | None) -> dict[str, Any]:
    """The terms to bind: given values, then defaults; missing required ones are an error."""
    params = dict(params or {})
    declared = {p.name: p for p in info.params}
    unknown = [k for k in params if k not in declared]
    if unknown and declared:
        raise SamverkanError(
            f"query {info.name} has no parameter {unknown[0]!r} (parameters: {', '.join(declared)})"
        )
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
    for name in unknown:
        terms[name] = _term(_guess_param(name, params[name]), params[name])
    return terms


def _values_clause(terms: Mapping[str, Any]) -> str:
    """A ``VALUES`` clause binding each variable to its serialised RDF term.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> _values_clause({"year": ox.Literal("2018", datatype=ox.NamedNode(_XSD + "integer"))})
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


def _inject_values(text: str, terms: Mapping[str, Any]) -> str:
    """Bind parameters for a remote endpoint: a VALUES clause opening the outermost group.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> _inject_values("SELECT ?x WHERE { ?x ?p ?o }", {"x": ox.NamedNode("urn:a")})
    'SELECT ?x WHERE { VALUES (?x) { (<urn:a>) }\\n ?x ?p ?o }'
    """
    if not terms:
        return text
    at = _outer_group_start(text)
    return f"{text[:at]} {_values_clause(terms)}\n{text[at:]}"


# ---------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------


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
    import pyoxigraph as ox

    try:
        result = ox.Store().query(info.text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise _syntax_error(exc, info) from None
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


def _rows_from_result(
    result: Any, cancel: threading.Event | None = None
) -> tuple[list[str], list[list[Any]]]:
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[bool(result)]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if cancel is not None and cancel.is_set():
                break
            rows.append([solution[name] for name in names])
        return names, rows
    rows = []
    for triple in result:
        if cancel is not None and cancel.is_set():
            break
        rows.append([triple.subject, triple.predicate, triple.object])
    return ["subject", "predicate", "object"], rows


def _run_embedded(
    store: ox.Store, info: QueryInfo, terms: Mapping[str, Any], timeout: float | None
) -> tuple[list[str], list[list[Any]]]:

    # The same binding as for an endpoint (a VALUES clause of serialised RDF terms), so that
    # a parameter need not be projected (pyoxigraph's substitutions require that) and both
    # sources give the same answers.
    text = _inject_values(info.text, terms)
    check_query(text, where=info.name)

    def evaluate(cancel: threading.Event | None) -> tuple[list[str], list[list[Any]]]:
        result = store.query(text, use_default_graph_as_union=True)
        return _rows_from_result(result, cancel)

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


def _http(
    url: str, data: bytes | None, headers: dict[str, str], timeout: float, method: str
) -> bytes:
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        detail = f": {body[0][:300]}" if body else ""
        raise SamverkanError(f"{url} answered HTTP {exc.code} {exc.reason}{detail}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise SamverkanError(f"{url} did not answer within {timeout:g} s") from None
        raise SamverkanError(f"cannot reach the endpoint {url}: {reason}") from None
    except TimeoutError:
        raise SamverkanError(f"{url} did not answer within {timeout:g} s") from None
    except OSError as exc:
        raise SamverkanError(f"cannot reach the endpoint {url}: {exc}") from None


def _run_remote(
    url: str, info: QueryInfo, form: str, terms: Mapping[str, Any], timeout: float | None
) -> tuple[list[str], list[list[Any]]]:
    import pyoxigraph as ox

    text = _inject_values(info.text, terms)
    check_query(text, where=info.name)
    accept = "application/n-triples" if form == "construct" else "application/sparql-results+json"
    body = _http(
        url,
        urllib.parse.urlencode({"query": text}).encode("utf-8"),
        {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        timeout if timeout is not None else 60.0,
        "POST",
    )
    if b"operation has been cancelled" in body[-200:]:
        # Oxigraph streams a 200 answer and cuts it when its --timeout-s is reached.
        raise SamverkanError(f"{url} stopped the query: it ran longer than the server's timeout")
    try:
        if form == "construct":
            result: Any = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        else:
            result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        return _rows_from_result(result)
    except (SyntaxError, ValueError) as exc:
        raise SamverkanError(f"{url} sent an answer that is not SPARQL results: {exc}") from None


_LABEL_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?iri ?p ?label WHERE {
  VALUES ?p { rdfs:label skos:prefLabel foaf:name dcterms:title }
  ?iri ?p ?label .
  FILTER(isLiteral(?label))
}
"""
_LABEL_RANK = {
    "http://www.w3.org/2000/01/rdf-schema#label": 0,
    "http://www.w3.org/2004/02/skos/core#prefLabel": 1,
    "http://xmlns.com/foaf/0.1/name": 2,
    "http://purl.org/dc/terms/title": 3,
}
_LANG_RANK = {"sv": 0, "en": 1, "": 2}


def _labels(source: Any, iris: list[Any], timeout: float | None) -> dict[str, str]:
    """Best label of each IRI: Swedish before English before untagged; rdfs:label first."""
    import pyoxigraph as ox

    if not iris:
        return {}
    best: dict[str, tuple[tuple[int, int, str], str]] = {}
    for start in range(0, len(iris), 200):
        chunk = iris[start : start + 200]
        values = "VALUES ?iri { " + " ".join(str(i) for i in chunk) + " }\n"
        text = _LABEL_QUERY.replace("WHERE {", "WHERE {\n  " + values, 1)
        info = QueryInfo("labels", "", "", (), text)
        if isinstance(source, str):
            _, rows = _run_remote(source, info, "select", {}, timeout)
        else:
            _, rows = _rows_from_result(store_query(source, text))
        for iri, prop, label in rows:
            if not isinstance(label, ox.Literal):
                continue
            lang = label.language or ""
            rank = (_LANG_RANK.get(lang, 3), _LABEL_RANK.get(prop.value, 9), label.value)
            if iri.value not in best or rank < best[iri.value][0]:
                best[iri.value] = (rank, label.value)
    return {iri: label for iri, (_, label) in best.items()}


def store_query(store: ox.Store, text: str, **kwargs: Any) -> Any:
    """``store.query`` over the union default graph (helper for the label look-up)."""
    return store.query(text, use_default_graph_as_union=True, **kwargs)


def _python_value(term: Any) -> Any:
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
            if datatype in (
                _XSD + "integer",
                _XSD + "int",
                _XSD + "long",
                _XSD + "nonNegativeInteger",
                _XSD + "positiveInteger",
            ):
                return int(term.value)
            if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
                return float(term.value)
            if datatype == _XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return str(term)


def _has_label_column(names: list[str], column: str) -> bool:
    return any(f"{column}{suffix}" in names for suffix in ("Label", "Title", "Name"))


def run_query(
    source: ox.Store | str,
    query: str | Path | QueryInfo,
    params: Mapping[str, object] | None = None,
    *,
    timeout: float | None = None,
    labels: bool = True,
) -> pd.DataFrame:
    """Run a library query, a ``.rq`` file or SPARQL text; return a DataFrame.

    Parameters
    ----------
    source : pyoxigraph.Store or str
        The embedded store (queried with the union default graph), or the URL of a SPARQL
        1.1 query endpoint (for Oxigraph ``http://host:port/query``).
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
    import pandas as pd
    import pyoxigraph as ox

    info = _resolve(query)
    check_query(info.text, where=info.name)
    if _is_update(info.text):
        raise SamverkanError(
            f"query {info.name} is a SPARQL update; only queries (SELECT, ASK, CONSTRUCT, "
            "DESCRIBE) can be run"
        )
    form = _check_syntax(info)
    terms = _bindings(info, params)
    if isinstance(source, str):
        names, rows = _run_remote(source, info, form, terms, timeout)
    else:
        names, rows = _run_embedded(source, info, terms, timeout)
    columns: list[str] = []
    values: list[list[Any]] = [[] for _ in rows]
    label_columns: dict[str, dict[str, str]] = {}
    if labels and rows:
        for index, name in enumerate(names):
            if _has_label_column(names, name):
                continue
            iris = sorted(
                {row[index] for row in rows if isinstance(row[index], ox.NamedNode)},
                key=lambda n: n.value,
            )
            if iris:
                label_columns[name] = _labels(source, iris, timeout)
    for index, name in enumerate(names):
        columns.append(name)
        for out, row in zip(values, rows, strict=True):
            out.append(_python_value(row[index]))
        if name in label_columns:
            columns.append(f"{name}Label")
            found = label_columns[name]
            for out, row in zip(values, rows, strict=True):
                term = row[index]
                out.append(found.get(term.value) if isinstance(term, ox.NamedNode) else None)
    return pd.DataFrame(values, columns=columns, dtype=object)


def run_violations(
    store: ox.Store | str, *, timeout: float | None = None
) -> dict[str, pd.DataFrame]:
    """Run every ``*-violation.rq`` query; each must return no rows.

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
    """
    return {
        info.name: run_query(store, info, timeout=timeout)
        for info in list_queries()
        if info.kind == "violation"
    }


# ---------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_results(df: pd.DataFrame, fmt: str = "table") -> str:
    """Render a result table as ``table``, ``csv``, ``json`` (records) or ``md`` (Markdown).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"x": ["https://w3id.org/samverkan/id/kommun/1281"],
    ...                    "xLabel": ["Lunds kommun"], "n": [3]}, dtype=object)
    >>> print(format_results(df, "md"))
    | x | xLabel | n |
    |---|---|---|
    | https://w3id.org/samverkan/id/kommun/1281 | Lunds kommun | 3 |
    >>> print(format_results(df, "csv").strip())
    x,xLabel,n
    https://w3id.org/samverkan/id/kommun/1281,Lunds kommun,3
    >>> format_results(df, "json")
    '[{"x": "https://w3id.org/samverkan/id/kommun/1281", "xLabel": "Lunds kommun", "n": 3}]'
    """
    if fmt not in FORMATS:
        raise SamverkanError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    columns = [str(c) for c in df.columns]
    rows = [[_cell(v) for v in row] for row in df.itertuples(index=False, name=None)]
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "json":
        records = [
            {c: (None if v is None else v) for c, v in zip(columns, row, strict=True)}
            for row in df.astype(object).where(df.notna(), None).itertuples(index=False, name=None)
        ]
        return json.dumps(records, ensure_ascii=False, default=str)
    if fmt == "md":

        def esc(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(esc(c) for c in columns) + " |"]
        lines.append("|" + "---|" * len(columns))
        lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
        return "\n".join(lines)
    if not rows:
        return "(no rows) " + " ".join(columns)
    widths = [min(60, max(len(c), *(len(r[i]) for r in rows))) for i, c in enumerate(columns)]

    def fit(text: str, width: int) -> str:
        text = text.replace("\n", " ")
        return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)

    out = ["  ".join(fit(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(fit(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(out)


def canonical_csv(df: pd.DataFrame) -> str:
    """CSV of a result with its rows sorted: a stable form for stored expected results.

    Examples
    --------
    >>> import pandas as pd
    >>> print(canonical_csv(pd.DataFrame({"a": ["y", "x"], "n": [2, None]}, dtype=object)))
    a,n
    x,
    y,2
    <BLANKLINE>
    """
    import csv
    import io

    rows = sorted([_cell(v) for v in row] for row in df.itertuples(index=False, name=None))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([str(c) for c in df.columns])
    writer.writerows(rows)
    return buffer.getvalue()


def _open_build_store(build_dir: Path) -> ox.Store:
    """The built dataset of ``build_dir`` (through :func:`samverkan.store.open_store`)."""
    from samverkan.store import open_store

    return open_store(Path(build_dir))


def regenerate_expected(source: ox.Store, expected_dir: Path) -> list[Path]:
    """Write ``NAME.csv`` (sorted rows, default parameters) for every library query.

    Run it again whenever the graph changes on purpose; the tests compare every query's
    answer on the built graph with these files.
    """
    expected_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for info in list_queries():
        path = expected_dir / f"{info.name}.csv"
        path.write_text(canonical_csv(run_query(source, info)), encoding="utf-8")
        written.append(path)
    for stale in expected_dir.glob("*.csv"):
        if stale not in written:
            stale.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m samverkan.query --regenerate-expected [--out DIR] [--expected DIR]``.

    Without ``--out`` the project's graph is built afresh (from the corpus, as the tests'
    ``built`` fixture does) into a temporary directory, so that a stale ``out/`` can never
    end up in the expected results.
    """
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m samverkan.query")
    parser.add_argument("--regenerate-expected", action="store_true", required=True)
    parser.add_argument("--out", type=Path, help="use this existing build directory")
    parser.add_argument("--corpus", type=Path, help="corpus for a fresh build")
    parser.add_argument(
        "--expected",
        type=Path,
        default=project_dir("queries").parent / "tests" / "expected",
        help="where the expected results go (default: tests/expected)",
    )
    args = parser.parse_args(argv)
    try:
        if args.out is not None:
            written = regenerate_expected(_open_build_store(args.out), args.expected)
        else:
            from samverkan.build import build
            from samverkan.paths import default_corpus

            corpus = args.corpus or default_corpus()
            if corpus is None:
                raise SamverkanError("no corpus: give --corpus DIR or set SAMVERKAN_CORPUS")
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "out"
                build(None, corpus, out, views=False)
                written = regenerate_expected(_open_build_store(out), args.expected)
    except SamverkanError as exc:
        print(f"samverkan: error: {exc}")
        return 1
    print(f"wrote {len(written)} expected results to {args.expected}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
