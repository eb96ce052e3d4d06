"""Load the ontology, the reference data and the document graphs.

Each input becomes an :class:`rdflib.Graph`; the document graphs are keyed by the IRI of the
source document they describe, which is also the name of their named graph. Each graph file
is read by :func:`samverkan.turtle.parse_turtle` (file type, size, encoding, nesting and
typed literals checked; re-exported here), then checked as a document: its corpus file
name, its terms, personal data, and dates against the other documents.

Examples
--------
>>> reference = load_reference()
>>> sum(1 for _ in reference.subjects(RDF.type, SAM.Municipality))
290
>>> from samverkan.namespaces import OWL
>>> ontology = load_ontology()
>>> (SAM.Department, RDF.type, OWL.Class) in ontology
True
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from samverkan.errors import SamverkanError, line_of
from samverkan.namespaces import (
    ONTOLOGY_GRAPH,
    RDF,
    RDFS,
    REFERENCE_GRAPH,
    REGISTRY_GRAPH,
    SAM,
    SCHEMA,
    SKOS,
    county_board_iri,
    county_iri,
    municipality_iri,
    region_iri,
)
from samverkan.paths import project_dir
from samverkan.turtle import as_triples, parse_turtle, read_turtle, statement_line, to_graph

__all__ = [
    "FILE_NAME_RULE",
    "Sources",
    "check_contact_data",
    "check_file_name",
    "check_single_dates",
    "load_documents",
    "load_ontology",
    "load_reference",
    "load_registry",
    "load_sources",
    "municipality_name",
    "ontology_terms",
    "ontology_triples",
    "parse_turtle",
    "read_document",
    "registry_triples",
]

ONTOLOGY_FILES = ("samverkan.ttl", "concepts.ttl")
_SAM_NS = str(SAM._NS)


class _Converted(Mapping):
    """Document IRI -> rdflib graph, each converted from the checked triples when first used."""

    def __init__(self, triples: dict[URIRef, list]) -> None:
        self._triples = triples
        self._graphs: dict[URIRef, Graph] = {}

    def __getitem__(self, key: URIRef) -> Graph:
        if key not in self._graphs:
            self._graphs[key] = to_graph(self._triples[key])
        return self._graphs[key]

    def __iter__(self) -> Iterator[URIRef]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


class Sources:
    """Everything the build reads, before reasoning: checked pyoxigraph triples per graph.

    The build works on :attr:`triples` (and :meth:`store`); :attr:`ontology`,
    :attr:`reference`, :attr:`registry` and :attr:`documents` are rdflib graphs of the same
    checked data, converted when first used, for the modules that work in rdflib.

    Attributes
    ----------
    triples : dict
        Graph IRI (``ONTOLOGY_GRAPH``, ``REFERENCE_GRAPH``, ``REGISTRY_GRAPH``, then each
        document IRI in file order) -> its pyoxigraph triples.
    files : dict
        Document IRI -> the Turtle file it was read from.
    """

    def __init__(
        self,
        ontology: list,
        reference: list,
        documents: dict[URIRef, list],
        files: dict[URIRef, Path],
        registry: list,
    ) -> None:
        self.triples: dict[URIRef, list] = {
            ONTOLOGY_GRAPH: ontology,
            REFERENCE_GRAPH: reference,
            REGISTRY_GRAPH: registry,
            **documents,
        }
        self.document_triples = documents
        self.files = files
        self._converted = _Converted(self.triples)
        self.documents: Mapping[URIRef, Graph] = _Converted(documents)

    @property
    def ontology(self) -> Graph:
        """The ontology and the concept schemes (rdflib)."""
        return self._converted[ONTOLOGY_GRAPH]

    @property
    def reference(self) -> Graph:
        """Municipalities, counties and county administrative boards (rdflib)."""
        return self._converted[REFERENCE_GRAPH]

    @property
    def registry(self) -> Graph:
        """The registry of actors shared across documents (rdflib)."""
        return self._converted[REGISTRY_GRAPH]

    def asserted(self) -> list[Graph]:
        """Every asserted graph: ontology, reference data, registry, then the documents."""
        return [self.ontology, self.reference, self.registry, *self.documents.values()]

    def store(self):  # -> pyoxigraph.Store
        """A new in-memory pyoxigraph store with every asserted graph as a named graph."""
        import pyoxigraph as ox

        store = ox.Store()
        for name, triples in self.triples.items():
            graph = ox.NamedNode(str(name))
            store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        return store


FILE_NAME_RULE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.txt")
"""What a corpus file name (``sam:fileName``) looks like: a plain name, no directory."""


def ontology_triples(directory: Path | None = None) -> list:
    """The ontology and concept schemes from ``directory`` as checked pyoxigraph triples."""
    directory = directory or project_dir("ontology")
    triples: dict = {}
    for name in ONTOLOGY_FILES:
        path = directory / name
        if not path.is_file():
            raise SamverkanError("ontology file is missing", path=path)
        triples.update(dict.fromkeys(read_turtle(path)))
    return list(triples)


def load_ontology(directory: Path | None = None) -> Graph:
    """The ontology and concept schemes from ``directory`` (default: ``ontology/``)."""
    return to_graph(ontology_triples(directory))


_VOWELS = set("aeiouyåäö")
# Municipalities whose official name is not "X kommun".
_OFFICIAL_NAMES = {
    "0180": "Stockholms stad",
    "0186": "Lidingö stad",
    "0187": "Vaxholms stad",
    "0184": "Solna stad",
    "0183": "Sundbybergs stad",
    "0980": "Region Gotland",
    "1280": "Malmö stad",
    "1283": "Helsingborgs stad",
    "1480": "Göteborgs Stad",
    "1490": "Borås Stad",
    "1980": "Västerås stad",
    "2080": "Falu kommun",
    "2583": "Haparanda stad",
}


def municipality_name(code: str, name: str) -> str:
    """The official name of a municipality from its code and short name.

    Swedish genitive: an ``s`` is added unless the name ends in a vowel or in s, x or z.

    Examples
    --------
    >>> municipality_name("1281", "Lund")
    'Lunds kommun'
    >>> municipality_name("0125", "Ekerö")
    'Ekerö kommun'
    >>> municipality_name("1980", "Västerås")
    'Västerås stad'
    """
    if code in _OFFICIAL_NAMES:
        return _OFFICIAL_NAMES[code]
    last = name[-1].lower()
    genitive = name if last in _VOWELS or last in "sxz" else name + "s"
    return f"{genitive} kommun"


def _read_csv(path: Path, columns: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(columns) - set(reader.fieldnames or ())
            if missing:
                raise SamverkanError(f"missing columns {sorted(missing)}", path=path, line=1)
            yield from enumerate(reader, start=2)
    except OSError as exc:
        raise SamverkanError(f"cannot read file: {exc.strerror}", path=path) from None


def load_reference(directory: Path | None = None) -> Graph:
    """Municipalities, counties, county administrative boards and regions from the official codes.

    Reads ``counties.csv``, ``municipalities.csv`` and ``regions.csv`` (when present) from
    ``directory`` (default: the project's ``reference/``). Each municipality is its own
    ``sam:municipality`` (so that a filter by municipality finds the municipality itself as
    well as its units). A region is keyed by its county's code (``<region/12>``).

    Examples
    --------
    >>> g = load_reference()
    >>> from samverkan.namespaces import municipality_iri, county_iri
    >>> g.value(municipality_iri("1281"), SAM.county) == county_iri("12")
    True
    >>> str(g.value(municipality_iri("1281"), RDFS.label))
    'Lunds kommun'
    >>> from samverkan.namespaces import region_iri
    >>> str(g.value(region_iri("12"), RDFS.label))
    'Region Skåne'
    """
    directory = directory or project_dir("reference")
    g = Graph()
    counties: dict[str, str] = {}
    counties_path = directory / "counties.csv"
    for number, row in _read_csv(counties_path, ("county_code", "county")):
        code = row["county_code"].strip()
        if not re.fullmatch(r"\d{2}", code):
            raise SamverkanError(f"county code {code!r} is not two digits", counties_path, number)
        name = row["county"].strip()
        counties[code] = name
        county, board = county_iri(code), county_board_iri(code)
        short = name.removesuffix(" län")
        g.add((county, RDF.type, SAM.County))
        g.add((county, RDFS.label, Literal(name, lang="sv")))
        g.add((county, RDFS.label, Literal(f"{short} County", lang="en")))
        g.add((county, SAM.countyCode, Literal(code)))
        g.add((board, RDF.type, SAM.CountyAdministrativeBoard))
        g.add((board, RDFS.label, Literal(f"Länsstyrelsen i {name}", lang="sv")))
        g.add((board, RDFS.label, Literal(f"County Administrative Board of {short}", lang="en")))
        g.add((board, SKOS.altLabel, Literal("Länsstyrelsen", lang="sv")))
        g.add((board, SAM.county, county))
    municipalities_path = directory / "municipalities.csv"
    columns = ("municipality_code", "municipality", "county_code")
    for number, row in _read_csv(municipalities_path, columns):
        code = row["municipality_code"].strip()
        if not re.fullmatch(r"\d{4}", code):
            raise SamverkanError(
                f"municipality code {code!r} is not four digits", municipalities_path, number
            )
        county_code = row["county_code"].strip()
        if county_code not in counties:
            raise SamverkanError(
                f"unknown county code {county_code!r}", municipalities_path, number
            )
        if code[:2] != county_code:
            raise SamverkanError(
                f"municipality {code} does not start with its county code {county_code}",
                municipalities_path,
                number,
            )
        name = row["municipality"].strip()
        m = municipality_iri(code)
        official = municipality_name(code, name)
        g.add((m, RDF.type, SAM.Municipality))
        g.add((m, RDFS.label, Literal(official, lang="sv")))
        g.add((m, RDFS.label, Literal(f"{name} Municipality", lang="en")))
        g.add((m, SKOS.altLabel, Literal(name, lang="sv")))
        g.add((m, SAM.municipalityCode, Literal(code)))
        g.add((m, SAM.county, county_iri(county_code)))
        g.add((m, SAM.municipality, m))
    _load_regions(g, directory / "regions.csv", counties)
    return g


def _load_regions(g: Graph, path: Path, counties: dict[str, str]) -> None:
    """The regions of ``regions.csv`` (when the file exists), keyed by their county's code.

    Gotland has no row: its municipality carries the region's tasks and is named Region
    Gotland (``<kommun/0980>``).
    """
    if not path.is_file():
        return
    for number, row in _read_csv(path, ("county_code", "region", "region_en")):
        code = row["county_code"].strip()
        if code not in counties:
            raise SamverkanError(f"unknown county code {code!r}", path, number)
        region = region_iri(code)
        g.add((region, RDF.type, SAM.Region))
        g.add((region, RDFS.label, Literal(row["region"].strip(), lang="sv")))
        g.add((region, RDFS.label, Literal(row["region_en"].strip(), lang="en")))
        g.add((region, SAM.county, county_iri(code)))


REGISTRY_FILE = "registry.ttl"


def registry_triples(directory: Path | None = None) -> list:
    """The registry of shared actors as checked pyoxigraph triples (see :func:`load_registry`)."""
    path = (directory or project_dir("reference")) / REGISTRY_FILE
    if not path.is_file():
        raise SamverkanError("the registry of shared actors is missing", path=path)
    return list(dict.fromkeys(read_turtle(path)))


def load_registry(directory: Path | None = None) -> Graph:
    """The registry of shared actors, ``registry.ttl`` in ``directory`` (default: ``reference/``).

    Examples
    --------
    >>> registry = load_registry()
    >>> from samverkan.namespaces import ID
    >>> str(registry.value(ID["org/arbetsformedlingen"], RDFS.label))
    'Arbetsförmedlingen'
    """
    return to_graph(registry_triples(directory))


def ontology_terms(ontology: list) -> set[str]:
    """The ontology's own terms: every subject in the ``sam:`` namespace.

    Parameters
    ----------
    ontology : list of pyoxigraph triples

    Examples
    --------
    >>> "https://w3id.org/samverkan/ontology#Municipality" in ontology_terms(ontology_triples())
    True
    """
    return {
        t.subject.value
        for t in ontology
        if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(_SAM_NS)
    }


def _check_terms(triples: list, path: Path, defined: set[str]) -> None:
    seen: set[str] = set()
    for triple in triples:
        for term in triple:
            if not isinstance(term, ox.NamedNode):
                continue
            iri = term.value
            if iri in seen or not iri.startswith(_SAM_NS):
                continue
            seen.add(iri)
            if iri not in defined:
                local = iri[len(_SAM_NS) :]
                line = line_of(path, f"sam:{local}") or line_of(path, iri)
                raise SamverkanError(
                    f"unknown term sam:{local}: it is not defined in the ontology", path, line
                )


def check_file_name(file_name: object, path: Path) -> str:
    """The corpus file name a graph file names, checked before any file is opened.

    ``sam:fileName`` must be the Turtle file's own name with ``.txt`` and match
    :data:`FILE_NAME_RULE`: no directory, no ``..``, no absolute path. The file it names is
    never read here, so a refused name is never opened nor printed.

    Raises
    ------
    SamverkanError
        ``path:line`` of the ``sam:fileName`` statement.

    Examples
    --------
    >>> check_file_name("mini.txt", Path("graph/mini.ttl"))
    'mini.txt'
    >>> check_file_name("../../etc/mini.txt", Path("graph/mini.ttl"))
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: graph/mini.ttl: sam:fileName '../../etc/mini.txt' ...
    """
    name = None if file_name is None else str(file_name)
    expected = f"{path.stem}.txt"
    if name != expected or not FILE_NAME_RULE.fullmatch(name):
        raise SamverkanError(
            f"sam:fileName {name!r} is not a file of the corpus: it must be the graph "
            f"file's own name, {expected!r}, with no directory (letters, digits, . _ -)",
            path,
            line_of(path, "sam:fileName"),
        )
    return name


def _first_line(text: str) -> str:
    return next((part for part in text.splitlines() if part.strip()), text)


def check_contact_data(graph: Iterable, path: Path) -> None:
    """Refuse a phone number or e-mail address in any literal of a document graph.

    People appear with name and post only (:mod:`samverkan.privacy`); a comment on a post,
    a description of an initiative or a quote is checked like a person's name.

    Parameters
    ----------
    graph : iterable of triples
        pyoxigraph triples (:func:`samverkan.turtle.read_turtle`) or an rdflib graph.

    Raises
    ------
    SamverkanError
        ``path:line`` of the literal, saying what it looks like (not repeating it).
    """
    from samverkan.privacy import EMAIL, contact_data

    found_in = []
    for s, p, o in as_triples(graph):
        if isinstance(o, ox.Literal) and contact_data(o.value):
            found_in.append((s.value, p.value, o.value))
    for _s, p, o in sorted(found_in):
        found = contact_data(o)
        kind = "an e-mail address" if EMAIL.fullmatch(found[0].group()) else "a phone number"
        line = line_of(path, _first_line(found[0].group())) or line_of(path, _first_line(o))
        raise SamverkanError(
            f"personal data: a literal of {p} looks like {kind}; people appear with name "
            "and post only, and no phone number or e-mail address may enter the graph",
            path,
            line,
        )


def check_single_dates(documents: dict[URIRef, Iterable], files: dict[URIRef, Path]) -> None:
    """Refuse a second start or end date for the same thing, also from another document.

    A thing has one ``schema:startDate`` and one ``schema:endDate`` across all documents
    (the shapes say the same per record, but only this check can name both files).

    Parameters
    ----------
    documents : dict
        Document IRI -> its pyoxigraph triples (or rdflib graph).

    Raises
    ------
    SamverkanError
        Naming both graph files and lines.
    """
    props = {str(SCHEMA.startDate): SCHEMA.startDate, str(SCHEMA.endDate): SCHEMA.endDate}
    per_prop: dict[str, dict[URIRef, list[tuple[str, str]]]] = {p: {} for p in props}
    for doc in sorted(documents):
        for s, p, o in as_triples(documents[doc]):
            if p.value in props and isinstance(s, ox.NamedNode):
                per_prop[p.value].setdefault(doc, []).append((s.value, o.value))
    for prop_iri, prop in props.items():
        seen: dict[str, tuple[str, URIRef]] = {}
        for doc in sorted(per_prop[prop_iri]):
            for subject, value in sorted(set(per_prop[prop_iri][doc])):
                if subject in seen and seen[subject][0] != value:
                    first_value, first_doc = seen[subject]
                    first = files[first_doc]
                    first_line = statement_line(first, URIRef(subject), first_value)
                    where = f"{first}:{first_line}" if first_line else str(first)
                    raise SamverkanError(
                        f"<{subject}> has a second schema:{prop.split('/')[-1]} {value!r}; "
                        f"{where} gives {first_value!r}; a thing has one",
                        files[doc],
                        statement_line(files[doc], URIRef(subject), value),
                    )
                seen.setdefault(subject, (value, doc))


_SOURCE_DOCUMENT = str(SAM.SourceDocument)
_FILE_NAME = str(SAM.fileName)
_TYPE = str(RDF.type)


def read_document(path: Path, defined: set[str]) -> tuple[URIRef, list]:
    """Read and check one document file: its document IRI and its checked triples.

    The checks of one file alone (see :func:`load_documents`): Turtle, terms of the
    ontology (``defined``: the ``sam:`` IRIs it defines), exactly one
    ``sam:SourceDocument``, its ``sam:fileName``, and no contact data.
    """
    triples = list(dict.fromkeys(read_turtle(path)))
    _check_terms(triples, path, defined)
    docs = sorted(
        {
            t.subject.value
            for t in triples
            if t.predicate.value == _TYPE
            and t.object.value == _SOURCE_DOCUMENT
            and isinstance(t.subject, ox.NamedNode)
        }
    )
    if len(docs) != 1:
        raise SamverkanError(
            f"a document file describes exactly one sam:SourceDocument, this one {len(docs)}",
            path,
            line_of(path, "sam:SourceDocument") if docs else None,
        )
    names = [
        t.object.value
        for t in triples
        if t.subject.value == docs[0] and t.predicate.value == _FILE_NAME
    ]
    check_file_name(min(names) if names else None, path)
    check_contact_data(triples, path)
    return URIRef(docs[0]), triples


def _read_documents(
    directory: Path, defined: set[str]
) -> tuple[dict[URIRef, list], dict[URIRef, Path]]:
    if not directory.is_dir():
        raise SamverkanError("graph directory does not exist", path=directory)
    documents: dict[URIRef, list] = {}
    files: dict[URIRef, Path] = {}
    paths = sorted(directory.glob("*.ttl"))
    if not paths:
        raise SamverkanError("no document files (*.ttl) in the graph directory", path=directory)
    for path in paths:
        doc, triples = read_document(path, defined)
        if doc in documents:
            raise SamverkanError(
                f"document {doc} is also described in {files[doc]}",
                path,
                line_of(path, "sam:SourceDocument"),
            )
        documents[doc] = triples
        files[doc] = path
    check_single_dates(documents, files)
    return documents, files


def load_documents(
    directory: Path, ontology: Graph | list
) -> tuple[dict[URIRef, Graph], dict[URIRef, Path]]:
    """Read every ``*.ttl`` of ``directory``: one source document per file.

    Each file must describe exactly one ``sam:SourceDocument``, whose ``sam:fileName``
    is the Turtle file's name with ``.txt`` (:func:`check_file_name`), may use only terms
    the ontology defines, and may hold no phone number or e-mail address
    (:func:`check_contact_data`); no thing may get two start or end dates
    (:func:`check_single_dates`).
    """
    documents, files = _read_documents(directory, ontology_terms(as_triples(ontology)))
    return {doc: to_graph(triples) for doc, triples in documents.items()}, files


def load_sources(
    graph_dir: Path | None = None,
    *,
    ontology_dir: Path | None = None,
    reference_dir: Path | None = None,
) -> Sources:
    """Load ontology, reference data and document graphs, each file read and checked once.

    Parameters
    ----------
    graph_dir : Path, optional
        Directory of document Turtle files (default: the project's ``graph/``).
    ontology_dir, reference_dir : Path, optional
        Override the project's ``ontology/`` and ``reference/`` directories.
    """
    ontology = ontology_triples(ontology_dir)
    reference = as_triples(load_reference(reference_dir))
    registry = registry_triples(reference_dir)
    defined = ontology_terms(ontology)
    _check_terms(registry, (reference_dir or project_dir("reference")) / REGISTRY_FILE, defined)
    documents, files = _read_documents(graph_dir or project_dir("graph"), defined)
    return Sources(
        ontology=ontology, reference=reference, documents=documents, files=files,
        registry=registry,
    )
