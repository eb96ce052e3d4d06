"""Refuse SPARQL that could leave the machine or bring a parser down, before it is parsed.

Every query path of the project (the library, ``samverkan sparql``, the embedded store and
the served endpoint) passes its text through :func:`check_query` first. The check reads the
query as SPARQL's own lexer would, with comments, strings and IRIs taken out, so that a
keyword inside a literal or an IRI is not mistaken for one, and refuses:

- ``SERVICE`` (federated query: a request to any URL, ``SERVICE SILENT`` and
  ``SERVICE ?var`` included);
- ``LOAD`` (an update that fetches a URL);
- ``FROM`` / ``FROM NAMED`` with an IRI outside the project's named graphs (a store that
  fetches remote datasets would fetch it);
- nesting of ``{``, ``(`` and ``[`` deeper than :data:`MAX_NESTING` (the parsers of
  pyoxigraph and Oxigraph recurse, and ten thousand levels crash the process);
- a text longer than :data:`MAX_QUERY_CHARS`.

SPARQL applies codepoint escapes (``\\u0053ERVICE``) before parsing (SPARQL 1.1, section
19.2); so does this check.

Examples
--------
>>> check_query("SELECT * WHERE { ?s ?p ?o }")
>>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
samverkan.errors.SamverkanError: <query>:1: SERVICE is refused: queries never reach the network
>>> check_query('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }')
>>> check_query("SELECT * WHERE " + "{" * 200 + "}" * 200)
Traceback (most recent call last):
...
samverkan.errors.SamverkanError: <query>:1: nested more than 64 levels deep ...
"""

from __future__ import annotations

import re

from samverkan.errors import SamverkanError
from samverkan.namespaces import BASE

__all__ = ["MAX_NESTING", "MAX_QUERY_CHARS", "check_query", "decode_escapes"]

MAX_NESTING = 64
"""Deepest nesting of ``{``, ``(`` and ``[`` a query may have."""

MAX_QUERY_CHARS = 1_000_000
"""Longest query text accepted, in characters."""

_PROJECT_GRAPHS = (BASE,)

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

# One alternative per token kind SPARQL's grammar distinguishes here; order matters.
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<name>[\w.\-:%\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def decode_escapes(text: str) -> str:
    r"""Apply SPARQL's codepoint escapes (``\uXXXX``, ``\UXXXXXXXX``) as its parser does.

    Examples
    --------
    >>> decode_escapes(r"\u0053ERVICE")
    'SERVICE'
    """

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(replace, text)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_query(text: str, *, where: str = "<query>") -> None:
    """Raise if a SPARQL query or update could reach the network or crash the parser.

    Parameters
    ----------
    text : str
        The query text as it will be sent (prefixes and VALUES included).
    where : str
        How to name the query in the message (a file name or ``<query>``).

    Raises
    ------
    SamverkanError
        ``where:line: reason`` for SERVICE, LOAD, FROM with a foreign IRI, nesting deeper
        than :data:`MAX_NESTING`, or a text longer than :data:`MAX_QUERY_CHARS`.

    Examples
    --------
    >>> check_query("select * where { ?s ?p ?o }  # SERVICE in a comment is fine")
    >>> check_query("SELECT * FROM <https://w3id.org/samverkan/graph/reference> WHERE {?s ?p ?o}")
    >>> check_query("SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: <query>:1: FROM <http://example.org/remote.ttl> is ...
    >>> check_query("LOAD <http://example.org/data.ttl>")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: <query>:1: LOAD is refused: queries never reach the network
    """
    if len(text) > MAX_QUERY_CHARS:
        raise SamverkanError(
            f"{where}: the query is {len(text):,} characters long; the limit is "
            f"{MAX_QUERY_CHARS:,}"
        )
    decoded = decode_escapes(text)
    depth = 0
    previous = ""
    for match in _TOKEN.finditer(decoded):
        kind = match.lastgroup
        value = match.group()
        if kind in ("comment", "space"):
            continue
        at = _line(decoded, match.start())
        if kind == "name":
            word = value.upper()
            if word in ("SERVICE", "LOAD"):
                raise SamverkanError(
                    f"{where}:{at}: {word} is refused: queries never reach the network"
                )
        elif kind == "iri" and previous in ("FROM", "NAMED"):
            iri = value[1:-1]
            if not iri.startswith(_PROJECT_GRAPHS):
                raise SamverkanError(
                    f"{where}:{at}: FROM {value} is refused: only the build's own named "
                    f"graphs ({BASE}...) can be named, and nothing is "
                    "fetched"
                )
        elif kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                raise SamverkanError(
                    f"{where}:{at}: nested more than {MAX_NESTING} levels deep "
                    "({, ( or [); such a query is refused before it reaches the parser"
                )
        elif kind == "close":
            depth = max(depth - 1, 0)
        previous = value.upper() if kind == "name" else value
