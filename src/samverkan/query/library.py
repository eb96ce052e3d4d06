"""The query library: the ``queries/*.rq`` files and the comment headers that describe them.

Each file is valid SPARQL that opens with comment headers (in the spirit of CLARIAH/grlc)::

    # title: What was active in a given year
    # description: Initiatives, collaborations, memberships ... (continuation lines are
    #   indented by two or more spaces after the ``#``)
    # param: year (integer, default: 2018) The year to ask about.
    # param: municipality (iri, optional) Only this municipality.

A parameter has a type (``iri``, ``string``, ``integer``, ``decimal``, ``boolean``,
``date``) and is ``optional`` (left unbound: no restriction), ``required`` or has a
``default``. Files named ``*-violation.rq`` are data-quality checks that must return no rows;
``construct-*.rq`` files build triples; the others are reports.

Examples
--------
>>> info = load_query("active-in-year")
>>> info.title, [(p.name, p.type, p.default) for p in info.params]
('What was active in a given year', [('year', 'integer', '2018')])
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from samverkan.errors import SamverkanError
from samverkan.guard import MAX_QUERY_CHARS
from samverkan.namespaces import PREFIXES
from samverkan.paths import project_dir

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NAME_CHARS",
    "PARAM_TYPES",
    "Param",
    "QueryInfo",
    "declare_prefixes",
    "list_queries",
    "load_query",
    "resolve",
]

PARAM_TYPES = ("iri", "string", "integer", "decimal", "boolean", "date")
#: Longest name of a library query (a file name must fit the file system's 255 bytes).
MAX_NAME_CHARS = 200
#: Largest query file read, in bytes (a query is at most ``guard.MAX_QUERY_CHARS`` long).
MAX_FILE_BYTES = 4 * MAX_QUERY_CHARS

_HEADER_RE = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_PARAM_RE = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(?P<type>[a-z]+)\s*"
    r"(?:,\s*(?P<mode>optional|required|default\s*:\s*(?P<default>[^)]*?)))?\s*\)\s*(?P<desc>.*)$"
)
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


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


def _read_query_file(path: Path) -> str:
    """The text of a ``.rq`` file: UTF-8, or one line naming the file and the bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SamverkanError(f"cannot read query file: {exc.strerror}", path=path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SamverkanError(
            f"the query file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be read); "
            "save it as UTF-8",
            path=path,
            line=line,
        ) from None


def _library_path(name: str) -> Path:
    """The file of the library query ``name``, or an error with the closest names."""
    names = [p.stem for p in sorted(_library_dir().glob("*.rq"))]
    if name in names:
        return _library_dir() / f"{name}.rq"
    shown = name if len(name) <= 60 else name[:57] + "..."
    close = []
    if len(name) <= MAX_NAME_CHARS and _NAME_RE.fullmatch(name):
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise SamverkanError(
        f"unknown query {shown!r}{hint} ('samverkan query list' shows all queries)"
    )


def load_query(name_or_path: str | Path) -> QueryInfo:
    """Load a library query by name (``funding``) or a ``.rq`` file by path.

    A name is looked up among the library's files only; anything with a ``/`` (or a
    :class:`~pathlib.Path`) is a path, and a path must end in ``.rq``, so that no other file
    is ever read as a query (nor shown in a syntax error).

    Raises
    ------
    SamverkanError
        If there is no such query (with the closest names) or file, the path does not end
        in ``.rq``, or the file is not UTF-8 text.

    Examples
    --------
    >>> load_query("fundng")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: unknown query 'fundng'; did you mean funding? ...
    >>> load_query("/etc/passwd")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: /etc/passwd: not a query file: the name of a query file ...
    """
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or text.endswith(".rq") or "/" in text:
        path = Path(name_or_path)
        if path.suffix != ".rq":
            raise SamverkanError("not a query file: the name of a query file ends in .rq", path)
        try:
            found = path.is_file()  # a FIFO or a device is not a file: never opened
            target = path.resolve()
            size = path.stat().st_size if found else 0
        except (OSError, RuntimeError) as exc:  # a name too long, a loop of links
            reason = getattr(exc, "strerror", None) or "a loop of symbolic links"
            raise SamverkanError(f"cannot read query file: {reason}", path=path) from None
        if not found:
            raise SamverkanError("no such query file", path=path)
        if target.suffix != ".rq":
            raise SamverkanError(
                "not a query file: it links to a file whose name does not end in .rq", path
            )
        if size > MAX_FILE_BYTES:
            raise SamverkanError(
                f"the query file is {size:,} bytes long; the limit is {MAX_FILE_BYTES:,}", path
            )
    else:
        path = _library_path(text)
    text = _read_query_file(path)
    title, description, params = _parse_headers(text, str(path))
    return QueryInfo(
        name=path.stem, title=title, description=description, params=params, text=text, path=path
    )


def resolve(query: str | Path | QueryInfo) -> QueryInfo:
    """A :class:`QueryInfo` for a library name, a ``.rq`` path or the text of a query.

    Text (anything with a space or a ``{``) gets the project's prefixes it uses declared
    (:func:`declare_prefixes`) and is named ``<query>``.

    Examples
    --------
    >>> resolve("ASK { ?s a sam:Municipality }").text[:11]
    'PREFIX sam:'
    >>> resolve("funding").path.name
    'funding.rq'
    """
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
