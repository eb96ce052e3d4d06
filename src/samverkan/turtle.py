"""Read one Turtle file safely: file type and size, encoding, nesting, typed literals.

Every graph file the build reads passes here. Before a byte is parsed the file must be a
regular file of at most :data:`MAX_FILE_BYTES` (a FIFO would block the build, a link to
``/dev/zero`` would fill the memory), UTF-8 (a byte-order mark is skipped), with blank nodes
and collections nested at most :data:`MAX_NESTING` deep and no literal longer than
:data:`MAX_LITERAL_CHARS`. Turtle is then parsed with pyoxigraph, whose syntax errors carry a
line and column, and converted to rdflib terms; a typed literal that is not valid for its
datatype is an error naming the file and line.

Examples
--------
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "x.ttl"
>>> _ = p.write_text('<http://a> <http://b> "c" .', encoding="utf-8")
>>> len(parse_turtle(p))
1
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from samverkan.errors import SamverkanError, line_of
from samverkan.namespaces import ID, RDF, XSD
from samverkan.terms import to_ox, to_rdflib

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LITERAL_CHARS",
    "MAX_NESTING",
    "as_triples",
    "blank_prefix",
    "check_blank_node_depth",
    "check_turtle_text",
    "decode_turtle",
    "parse_turtle",
    "read_regular_file",
    "read_turtle",
    "statement_line",
    "to_graph",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest graph file or corpus text read, in bytes (50 MiB)."""

MAX_NESTING = 64
"""Deepest nesting of blank nodes ``[ ]`` and collections ``( )`` in a graph file."""

MAX_LITERAL_CHARS = 1_000_000
"""Longest literal in a graph file, in characters (quotes and labels are far shorter)."""

_BOM = b"\xef\xbb\xbf"
_XSD = str(XSD)
_TZ = r"(?:Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?"
_LEXICAL = {
    _XSD + "gYear": re.compile(rf"-?(?:[1-9][0-9]{{4,}}|[0-9]{{4}}){_TZ}"),
    _XSD + "gYearMonth": re.compile(rf"-?(?:[1-9][0-9]{{4,}}|[0-9]{{4}})-(?:0[1-9]|1[0-2]){_TZ}"),
}

# One alternative per Turtle token that can hold a bracket which is not one; order matters.
_TURTLE_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<escape>\\.)
  | (?P<open>[\[(])
  | (?P<close>[\])])
  | (?P<other>[^#"'<\\\[\]()]+|.)
    """,
    re.VERBOSE | re.DOTALL,
)


def read_regular_file(path: Path, *, limit: int = MAX_FILE_BYTES, what: str = "file") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    A FIFO, a device, a directory or a symbolic link to one of them is refused before it is
    opened for reading, so that a build never blocks on a pipe nor reads ``/dev/zero`` until
    the memory is gone.

    Raises
    ------
    SamverkanError
        Naming ``path`` when it is missing, not a regular file, or too large.

    Examples
    --------
    >>> read_regular_file(Path("/dev/zero"))
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: /dev/zero: not a regular file (a character device)...
    """
    import os
    import stat

    kinds = {
        stat.S_ISDIR: "a directory",
        stat.S_ISFIFO: "a FIFO",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISSOCK: "a socket",
    }

    def check(mode: int, size: int) -> None:
        if not stat.S_ISREG(mode):
            kind = next((k for test, k in kinds.items() if test(mode)), "not a file")
            raise SamverkanError(
                f"not a regular file ({kind}); a {what} must be a regular file", path=path
            )
        if size > limit:
            raise SamverkanError(
                f"the {what} is {size:,} bytes; the limit is {limit:,} bytes", path=path
            )

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        info = path.stat()
        check(info.st_mode, info.st_size)
        with os.fdopen(os.open(path, flags), "rb") as handle:
            info = os.fstat(handle.fileno())
            check(info.st_mode, info.st_size)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SamverkanError(f"cannot read file: {exc.strerror}", path=path) from None
    if len(data) > limit:
        raise SamverkanError(f"the {what} grew beyond the limit of {limit:,} bytes", path=path)
    return data


def decode_turtle(data: bytes, path: Path) -> str:
    r"""Decode a graph file: UTF-8, with or without a byte-order mark.

    Raises
    ------
    SamverkanError
        ``path:line`` of the first byte that is not UTF-8 (in a comment too).

    Examples
    --------
    >>> decode_turtle(b"\xef\xbb\xbf<a> <b> <c> .", Path("x.ttl"))
    '<a> <b> <c> .'
    >>> decode_turtle(b"<a> <b> <c> .\n# caf\xe9", Path("x.ttl"))
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: x.ttl:2: not UTF-8: byte 0xe9 at column 6; ...
    """
    data = data.removeprefix(_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SamverkanError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at column {column}; a graph file "
            "is UTF-8 text",
            path=path,
            line=line,
        ) from None


def check_turtle_text(text: str, path: Path) -> None:
    """Refuse nesting and literals that would crash, hang or exhaust a parser or writer.

    A lexical pre-scan, before any parsing: comments, strings and IRIs are taken out, then
    the depth of ``[`` and ``(`` is counted. Canonical blank-node naming, which keeps the
    build byte-identical, grows much faster than the depth (0.07 s at 64 levels, 6 s at
    256, a hang at 1,000), and the parser's recursion crashes at 10,000.

    Raises
    ------
    SamverkanError
        ``path:line`` of the first ``[`` or ``(`` deeper than :data:`MAX_NESTING`, or of a
        literal longer than :data:`MAX_LITERAL_CHARS`.

    Examples
    --------
    >>> check_turtle_text('<a> <b> [ <c> "[[[[" ] . # ((((', Path("x.ttl"))
    >>> check_turtle_text("<a> <b> " + "[ <b> " * 65 + "1" + " ]" * 65 + " .", Path("x.ttl"))
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: x.ttl:1: blank nodes or collections nested more than ...
    """
    depth = 0
    for match in _TURTLE_TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                raise SamverkanError(
                    f"blank nodes or collections nested more than {MAX_NESTING} levels deep "
                    "([ or (); refused before parsing",
                    path=path,
                    line=text.count("\n", 0, match.start()) + 1,
                )
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "string" and match.end() - match.start() > MAX_LITERAL_CHARS + 6:
            raise SamverkanError(
                f"a literal of about {match.end() - match.start():,} characters; the limit is "
                f"{MAX_LITERAL_CHARS:,}",
                path=path,
                line=text.count("\n", 0, match.start()) + 1,
            )


def _blank_label(term: object) -> str | None:
    """The label of a blank node (rdflib or pyoxigraph), None for any other term."""
    if isinstance(term, BNode):
        return str(term)
    value = getattr(term, "value", None)
    if value is not None and type(term).__name__ == "BlankNode":
        return value
    return None


def check_blank_node_depth(graph: Iterable[tuple], path: Path, text: str = "") -> None:
    """Refuse chains of blank nodes longer than :data:`MAX_NESTING`, however written.

    Labelled blank nodes (``_:b1 <p> _:b2 . _:b2 <p> _:b3 ...``) make the same chain as
    nested brackets without a bracket for :func:`check_turtle_text` to count; canonical
    naming of such a chain of 512 took 55 s here. Cycles are not chains and pass.

    Parameters
    ----------
    graph : iterable of triples
        An rdflib graph, or pyoxigraph triples (as :func:`read_turtle` parses them).

    Raises
    ------
    SamverkanError
        ``path:line`` of the blank node where the chain passes the limit.

    Examples
    --------
    >>> from rdflib import Graph, BNode, URIRef
    >>> g, p = Graph(), URIRef("http://p")
    >>> for i in range(70):
    ...     _ = g.add((BNode(f"b{i}"), p, BNode(f"b{i + 1}")))
    >>> check_blank_node_depth(g, Path("x.ttl"))
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: x.ttl: blank nodes chained more than 64 deep ...
    """
    children: dict[str, set[str]] = {}
    parents: dict[str, int] = {}
    for s, _p, o in graph:
        s, o = _blank_label(s), _blank_label(o)
        if s is not None and o is not None and s != o:
            if o not in children.setdefault(s, set()):
                children[s].add(o)
                parents[o] = parents.get(o, 0) + 1
            parents.setdefault(s, parents.get(s, 0))
    depth = {node: 1 for node, count in parents.items() if count == 0}
    ready = list(depth)
    while ready:  # Kahn's order: a node's depth is final when all its parents are done
        node = ready.pop()
        for child in children.get(node, ()):
            depth[child] = max(depth.get(child, 1), depth[node] + 1)
            if depth[child] > MAX_NESTING:
                label = f"_:{child}"
                index = text.find(label + " ") if text else -1
                raise SamverkanError(
                    f"blank nodes chained more than {MAX_NESTING} deep (one inside the next); "
                    "refused before writing",
                    path=path,
                    line=text.count("\n", 0, index) + 1 if index >= 0 else None,
                )
            parents[child] -= 1
            if parents[child] == 0:
                ready.append(child)


def _literal_line(text: str, value: str) -> int | None:
    for needle in (f'"{value}"', f"'{value}'", value):
        index = text.find(needle)
        if index >= 0:
            return text.count("\n", 0, index) + 1
    return None


_UNCHECKED_DATATYPES = frozenset(
    {_XSD + "string", str(RDF.langString)}
)


@functools.lru_cache(maxsize=65536)
def _ill_typed(value: str, datatype: str) -> bool:
    """Whether ``value`` is not a valid lexical form of ``datatype`` (rdflib's test)."""
    import logging
    import warnings

    pattern = _LEXICAL.get(datatype)
    if pattern is not None and not pattern.fullmatch(value):
        return True
    # rdflib logs a warning with a traceback for an ill-typed literal: the error raised
    # by the caller names the file and line instead.
    term_logger = logging.getLogger("rdflib.term")
    disabled = term_logger.disabled
    term_logger.disabled = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return bool(Literal(value, datatype=URIRef(datatype)).ill_typed)
    finally:
        term_logger.disabled = disabled


def blank_prefix(path: Path) -> str:
    """The prefix of the blank-node labels of the graph file ``path``.

    Each file's blank nodes are its own: two files that both write ``_:x`` (or whose
    ``[ ]`` the parser happens to name alike) must not share a node. The prefix is made
    from the file's name and its directory's name, so that the same input always gives
    the same labels (and the same bytes of TriG) without canonical renaming.

    Examples
    --------
    >>> blank_prefix(Path("graph/001_897b9f3742f7adc5.ttl"))
    '001897b9f3742f7adc5_976f58_'
    """
    import hashlib

    stem = re.sub(r"[^A-Za-z0-9]", "", path.stem)[:40] or "f"
    digest = hashlib.sha256(f"{path.parent.name}/{path.name}".encode()).hexdigest()[:6]
    return f"{stem}_{digest}_"


def read_turtle(path: Path) -> list:  # -> list[pyoxigraph.Triple]
    r"""Parse one Turtle file, checked, into pyoxigraph triples with file-scoped blank nodes.

    The file must be a regular file of at most :data:`MAX_FILE_BYTES` bytes, UTF-8 (a
    byte-order mark is skipped), nested at most :data:`MAX_NESTING` levels deep, with no
    literal longer than :data:`MAX_LITERAL_CHARS` characters, and every typed literal must
    be valid for its datatype (``"2017-13"^^xsd:gYearMonth`` is not). Blank nodes are
    renamed ``<prefix><n>`` (:func:`blank_prefix`, ``n`` in order of first appearance).

    Raises
    ------
    SamverkanError
        Naming the file and line when the file cannot be read or is not valid Turtle.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.ttl"
    >>> _ = p.write_text('<http://a> <http://b> [ <http://c> _:x ] .', encoding="utf-8")
    >>> sorted(str(t) for t in read_turtle(p))  # doctest: +ELLIPSIS
    ['<http://a> <http://b> _:x_..._0', '_:x_..._0 <http://c> _:x_..._1']
    """
    import pyoxigraph as ox

    text = decode_turtle(read_regular_file(path, what="graph file"), path)
    check_turtle_text(text, path)
    try:
        triples = [
            quad.triple
            for quad in ox.parse(
                text.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()
            )
        ]
    except SyntaxError as exc:
        line = None
        match = re.search(r"(?:at |on line )(\d+)", str(exc))
        if match:
            line = int(match.group(1))
        elif hasattr(exc, "lineno") and exc.lineno:
            line = exc.lineno
        raise SamverkanError(f"invalid Turtle: {exc}", path=path, line=line) from None
    except (MemoryError, ValueError) as exc:
        raise SamverkanError(f"cannot parse the Turtle: {exc}", path=path) from None
    for triple in triples:
        obj = triple.object
        if isinstance(obj, ox.Literal) and obj.datatype.value not in _UNCHECKED_DATATYPES:
            key = (obj.value, obj.datatype.value)
            if _ill_typed(*key):
                shown = key[1].replace(_XSD, "xsd:", 1)
                raise SamverkanError(
                    f"{obj.value!r} is not a valid {shown}",
                    path=path,
                    line=_literal_line(text, obj.value),
                )
    # Only a triple between two blank nodes can make a chain.
    chained = [
        (t.subject, None, t.object)
        for t in triples
        if isinstance(t.object, ox.BlankNode) and isinstance(t.subject, ox.BlankNode)
    ]
    check_blank_node_depth(chained, path, text)
    return _rename_blank_nodes(triples, blank_prefix(path))


def _rename_blank_nodes(triples: list, prefix: str) -> list:
    import pyoxigraph as ox

    names: dict[str, object] = {}

    def name(term: object) -> object:
        if not isinstance(term, ox.BlankNode):
            return term
        found = names.get(term.value)
        if found is None:
            found = names[term.value] = ox.BlankNode(f"{prefix}{len(names)}")
        return found

    out = []
    for triple in triples:
        s, o = triple.subject, triple.object
        if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode):
            triple = ox.Triple(name(s), triple.predicate, name(o))
        out.append(triple)
    return out


def as_triples(data: Iterable) -> list:  # -> list[pyoxigraph.Triple]
    """pyoxigraph triples of ``data``: an rdflib graph is converted, triples pass as they are.

    The checks work on pyoxigraph triples; callers that hold an rdflib graph (one file
    checked by ``samverkan check``, a test) pass it here.

    Examples
    --------
    >>> from rdflib import Graph, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://a"), URIRef("http://b"), URIRef("http://c")))
    >>> [str(t) for t in as_triples(g)]
    ['<http://a> <http://b> <http://c>']
    """
    if not isinstance(data, Graph):
        return data if isinstance(data, list) else list(data)
    import pyoxigraph as ox

    term = _cached(to_ox)
    return [ox.Triple(term(s), term(p), term(o)) for s, p, o in data]


def _cached(convert: Callable[[object], object]) -> Callable[[object], object]:
    """``convert`` with a cache: a term repeated in many triples is converted once."""
    cache: dict[object, object] = {}

    def term(node: object) -> object:
        found = cache.get(node)
        if found is None:
            found = cache[node] = convert(node)
        return found

    return term


def to_graph(triples: Iterable) -> Graph:
    """An rdflib graph of pyoxigraph ``triples`` (for the modules that work in rdflib).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> a = ox.NamedNode("http://a")
    >>> len(to_graph([ox.Triple(a, a, ox.Literal("x"))]))
    1
    """
    graph = Graph()
    term = _cached(to_rdflib)
    for triple in triples:
        graph.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


def parse_turtle(path: Path) -> Graph:
    r"""Parse one Turtle file into an rdflib graph: :func:`read_turtle`, converted.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.ttl"
    >>> xsd = b"<http://www.w3.org/2001/XMLSchema#gYearMonth>"
    >>> _ = p.write_bytes(b'\xef\xbb\xbf<http://a> <http://b> "2017-03"^^' + xsd + b" .")
    >>> len(parse_turtle(p))
    1
    >>> _ = p.write_bytes(b'<http://a> <http://b>\n  "2017-13"^^' + xsd + b" .")
    >>> parse_turtle(p)
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: ...x.ttl:2: '2017-13' is not a valid xsd:gYearMonth
    """
    return to_graph(read_turtle(path))


def statement_line(path: Path, subject: URIRef, value: str | None = None) -> int | None:
    r"""The line of ``path`` where ``subject`` is described, or where it is given ``value``.

    The subject's block is the line that starts with its IRI (relative to the data base
    ``https://w3id.org/samverkan/id/``, as the graph files write it) up to the next line
    that is not indented; the value is looked for as a quoted literal, then as plain text,
    in that block.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.ttl"
    >>> _ = p.write_text('<a> a <T> .\n<b> a <T> ;\n  <p> "2018" .\n', encoding="utf-8")
    >>> statement_line(p, ID["b"]), statement_line(p, ID["b"], "2018")
    (2, 3)
    """
    text = str(subject)
    needle = f"<{text[len(str(ID)) :]}>" if text.startswith(str(ID)) else text
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    starts = [n for n, line in enumerate(lines) if line.lstrip().startswith(needle)]
    if not starts:
        starts = [n for n, line in enumerate(lines) if needle in line][:1]
    if value is None:
        return starts[0] + 1 if starts else None
    for start in starts:
        for candidate in (f'"{value}"', value):
            for number in range(start, len(lines)):
                if number > start and lines[number][:1] not in ("", " ", "\t", "#"):
                    break
                if candidate in lines[number]:
                    return number + 1
    return starts[0] + 1 if starts else line_of(path, f'"{value}"')
