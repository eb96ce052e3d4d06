"""Check one document file against the current build in seconds, every error at once.

``samverkan build`` stops at the first wrong thing and takes a while; a person writing a
graph file wants every mistake of that file at once, each with its line. :func:`check_file`
reads the file and the existing build (``out/samverkan.trig``) and reports:

- syntax (the file must parse; nothing else can be checked otherwise);
- the document node: exactly one ``sam:SourceDocument`` whose ``sam:fileName`` matches;
- unknown ``sam:`` terms (every one, with its line);
- evidence: the text's sha256 and **every** quote and offset; a quote that is elsewhere in
  the text is reported with the offsets where it really is (``fix_offsets`` rewrites them
  in place when the quote occurs exactly once);
- IRIs that no graph defines (:mod:`samverkan.defined`), with the IRIs probably meant;
- the SHACL shapes, on the file's graph plus only the context the shapes need: the types
  of the things the file points at, as the build holds them, and the ontology's class
  hierarchy (no reasoner run);
- near-duplicate labels: a thing the file introduces whose name is that of another thing
  already in the build (a warning: two things may share a name, but often one IRI was
  coined twice).

Examples
--------
>>> from samverkan.paths import project_dir
>>> result = check_file(project_dir("graph") / "003_db4b1ce949ee5551.ttl", corpus=None,
...                     build=None)
>>> result.errors
[]
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from samverkan.defined import misplaced_definitions, undefined_iris
from samverkan.errors import SamverkanError, line_of
from samverkan.evidence import Quote, locate, quotes
from samverkan.load import load_ontology, load_reference, load_registry, parse_turtle
from samverkan.namespaces import (
    ID,
    INDEX_GRAPH,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    RDF,
    RDFS,
    SAM,
    SKOS,
    sparql_prefixes,
)

__all__ = ["CheckResult", "Problem", "check_file", "fix_offsets"]

_ID = str(ID)
_SAM = str(SAM._NS)


@dataclass(frozen=True)
class Problem:
    """One finding: where, how bad, and what."""

    path: Path
    line: int | None
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class CheckResult:
    """Every problem of one file, in line order, and the offsets fixed (if asked)."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    fixed: list[tuple[Quote, int, int]] = field(default_factory=list)
    quotes: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def _subject_line(lines: list[str], iri: str) -> int | None:
    needle = f"<{iri[len(_ID) :]}>" if iri.startswith(_ID) else f"<{iri}>"
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith(needle):
            return number
    return next((n for n, line in enumerate(lines, start=1) if needle in line), None)


# --- the build as context -------------------------------------------------------------


_PREFIXES = sparql_prefixes("rdf", "rdfs", "skos", "dcterms")

# Types and names of every thing in the data namespace, in the graphs other than ?skip.
_NAMES = """
CONSTRUCT { ?s ?p ?o } WHERE {
  GRAPH ?g { ?s ?p ?o VALUES ?p { rdf:type rdfs:label skos:altLabel skos:prefLabel
                                  dcterms:title } }
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "%(id)s"))
  FILTER(?g NOT IN (<%(inferred)s>, <%(index)s>, <%(skip)s>, <%(ontology)s>))
}"""

# Everything the other graphs say about the things this file describes.
_ABOUT = """
CONSTRUCT { ?s ?p ?o } WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN (<%(inferred)s>, <%(index)s>, <%(skip)s>))
  VALUES ?s { %(subjects)s }
}"""


def _context(build: Path | None, graph: Graph, document: URIRef | None) -> tuple[Graph, Graph]:
    """The ontology and what the build says outside this document.

    Returns the ontology with its concept schemes, read from the project's files (so that a
    concept just added to ``ontology/concepts.ttl`` counts before the next build), and a
    context graph: the types and names of everything in
    the build's asserted graphs except this document's own, and whatever those graphs say
    about the things this file describes (a post whose unit another document states).
    Without a build (``build`` is None or has no ``samverkan.trig``), the project's
    ontology, reference data and registry stand in for it.
    """
    from samverkan.store import load_trig
    from samverkan.terms import to_rdflib as _to_rdflib

    trig = build / "samverkan.trig" if build is not None else None
    if trig is None or not trig.is_file():
        return load_ontology(), load_reference() + load_registry()
    store = load_trig(trig)
    subjects = " ".join(sorted(f"<{s}>" for s in set(graph.subjects()) if isinstance(s, URIRef)))
    values = {
        "inferred": INFERRED_GRAPH,
        "index": INDEX_GRAPH,  # derived from every document, this one's old text included
        "skip": document or INFERRED_GRAPH,
        "subjects": subjects,
        "id": ID,
        "ontology": ONTOLOGY_GRAPH,
    }
    results = []
    for query in (_NAMES, _ABOUT):
        found = Graph()
        for triple in store.query(_PREFIXES + query % values):
            found.add(
                (
                    _to_rdflib(triple.subject),
                    _to_rdflib(triple.predicate),
                    _to_rdflib(triple.object),
                )
            )
        results.append(found)
    names, about = results
    return load_ontology(), names + about


# --- the checks -----------------------------------------------------------------------


def _unknown_terms(graph: Graph, ontology: Graph, path: Path) -> list[Problem]:
    defined = {s for s in ontology.subjects() if isinstance(s, URIRef)}
    found = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef) and str(term).startswith(_SAM) and term not in defined:
                found.add(term)
    problems = []
    for term in sorted(found):
        local = str(term)[len(_SAM) :]
        near = difflib.get_close_matches(
            local, [str(d)[len(_SAM) :] for d in defined if str(d).startswith(_SAM)], n=1
        )
        hint = f"; did you mean sam:{near[0]}?" if near else ""
        line = line_of(path, f"sam:{local}") or line_of(path, str(term))
        problems.append(
            Problem(path, line, "error", f"unknown term sam:{local}: not in the ontology{hint}")
        )
    return problems


def _document(graph: Graph, path: Path) -> tuple[URIRef | None, list[Problem]]:
    docs = sorted(s for s in graph.subjects(RDF.type, SAM.SourceDocument) if isinstance(s, URIRef))
    if len(docs) != 1:
        return None, [
            Problem(
                path,
                None,
                "error",
                f"a document file describes exactly one sam:SourceDocument, this one {len(docs)}",
            )
        ]
    doc = docs[0]
    name = graph.value(doc, SAM.fileName)
    if name is None or Path(str(name)).stem != path.stem:
        return doc, [
            Problem(
                path,
                line_of(path, "sam:fileName"),
                "error",
                f"sam:fileName {name} does not match the file name {path.stem}.txt",
            )
        ]
    return doc, []


def _evidence(
    graph: Graph, doc: URIRef, path: Path, corpus: Path
) -> tuple[list[Problem], list[tuple[Quote, int, int]], int]:
    """Every quote checked; the third value counts the quotes that are right."""
    problems: list[Problem] = []
    fixable: list[tuple[Quote, int, int]] = []
    name = str(graph.value(doc, SAM.fileName))
    text_path = corpus / name
    if not text_path.is_file():
        line = line_of(path, "sam:fileName")
        return (
            [Problem(path, line, "error", f"the text {name} is not in the corpus {corpus}")],
            [],
            0,
        )
    data = text_path.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    stated = graph.value(doc, SAM.sha256)
    if stated is None or str(stated).lower() != actual:
        problems.append(
            Problem(
                path,
                line_of(path, "sam:sha256"),
                "error",
                f"sam:sha256 {stated} does not match {text_path} (its sha256 is {actual})",
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [*problems, Problem(text_path, None, "error", f"not UTF-8 text: {exc}")], [], 0
    try:
        found = quotes(graph)
    except SamverkanError as exc:
        return [*problems, Problem(path, None, "error", exc.message)], [], 0
    good = 0
    for quote in found:
        line = line_of(path, quote.exact) if quote.exact else None
        if quote.source != doc:
            problems.append(
                Problem(
                    path,
                    line,
                    "error",
                    f"quote {quote.exact!r} points at {quote.source}, "
                    f"not at this file's document {doc}",
                )
            )
            continue
        if (
            0 <= quote.start < quote.end <= len(text)
            and text[quote.start : quote.end] == quote.exact
        ):
            good += 1
            continue
        spans = locate(text, quote.exact)
        if len(spans) == 1:
            fixable.append((quote, *spans[0]))
            where = f"it is at {spans[0][0]}-{spans[0][1]} (--fix-offsets writes that)"
        elif spans:
            where = "it occurs at " + ", ".join(f"{s}-{e}" for s, e in spans) + ": choose one"
        else:
            where = "it does not occur in the text: copy the words exactly"
        problems.append(
            Problem(
                path,
                line,
                "error",
                f"quote {quote.exact!r} is not at {quote.start}-{quote.end} of {name}; {where}",
            )
        )
    return problems, fixable, good


def _shapes_data(graph: Graph, ontology: Graph, context: Graph) -> Graph:
    """The file's graph plus what the shapes need from elsewhere: types and classes."""
    data = Graph()
    data += graph
    for s in set(graph.subjects()):
        for triple in context.triples((s, None, None)):
            data.add(triple)
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            data.add((s, RDFS.subClassOf, o))
    for _s, _p, o in list(data):
        if isinstance(o, URIRef) and str(o).startswith(_ID):
            for cls in context.objects(o, RDF.type):
                data.add((o, RDF.type, cls))
            for label in context.objects(o, RDFS.label):
                data.add((o, RDFS.label, label))
    return data


def _shacl(graph: Graph, ontology: Graph, context: Graph, path: Path) -> list[Problem]:
    from samverkan.validate import load_shapes, validate

    lines = path.read_text(encoding="utf-8").splitlines()
    subjects = {str(s) for s in graph.subjects()}
    problems = []
    for result in validate(_shapes_data(graph, ontology, context), load_shapes()):
        if result.focus not in subjects:
            continue
        severity = "error" if result.severity == "Violation" else "warning"
        where = f" {result.path}" if result.path else ""
        focus = result.focus[len(_ID) :] if result.focus.startswith(_ID) else result.focus
        problems.append(
            Problem(
                path,
                _subject_line(lines, result.focus),
                severity,
                f"SHACL: <{focus}>{where}: {result.message_en}",
            )
        )
    return problems


_ACTOR_PREFIXES = ("org/", "kommun/", "person/", "initiativ/", "lansstyrelse/", "region/")


def _name_index(graphs: list[Graph]) -> dict[URIRef, set[str]]:
    """IRI -> the folded Swedish (or untagged) names the graphs give it."""
    from samverkan.entities import fold

    names: dict[URIRef, set[str]] = {}
    for graph in graphs:
        for p in (RDFS.label, SKOS.altLabel):
            for s, label in graph.subject_objects(p):
                if getattr(label, "language", None) in ("sv", None) and isinstance(s, URIRef):
                    names.setdefault(s, set()).add(fold(str(label)))
    return names


def _near_duplicates(graph: Graph, context: Graph, path: Path) -> list[Problem]:
    """Things the file introduces whose Swedish name another thing already has."""
    new = sorted(
        s
        for s in set(graph.subjects(RDF.type, None))
        if isinstance(s, URIRef)
        and str(s)[len(_ID) :].startswith(_ACTOR_PREFIXES)
        and (s, RDF.type, None) not in context
    )
    names = _name_index([context, graph])
    others: dict[str, set[URIRef]] = {}
    for s, found in names.items():
        if str(s)[len(_ID) :].startswith(_ACTOR_PREFIXES):
            for name in found:
                others.setdefault(name, set()).add(s)
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = []
    for iri in new:
        for name in sorted(names.get(iri, ())):
            candidates = set(others.get(name, set()))
            for close in difflib.get_close_matches(name, list(others), n=3, cutoff=0.9):
                candidates |= others[close]
            candidates.discard(iri)
            for other in sorted(candidates):
                problems.append(
                    Problem(
                        path,
                        _subject_line(lines, str(iri)),
                        "warning",
                        f"<{str(iri)[len(_ID) :]}> is named {name!r} like "
                        f"<{str(other)[len(_ID) :]}>: if they are the same thing, use that IRI",
                    )
                )
    return problems


def check_file(
    path: Path,
    *,
    corpus: Path | None = None,
    build: Path | None = Path("out"),
    fix: bool = False,
) -> CheckResult:
    """Check one document file; return every problem found.

    Parameters
    ----------
    path : Path
        A document's Turtle file.
    corpus : Path, optional
        The texts; without it the evidence is not checked (a warning says so).
    build : Path, optional
        The current build directory; its graphs are the context (what is defined, the
        types of what the file points at, the names already used). Without one, the
        project's reference data and registry are the context.
    fix : bool
        Rewrite in place the offsets that are wrong but whose quote occurs exactly once
        (:func:`fix_offsets`), then report what is still wrong.

    Raises
    ------
    SamverkanError
        When the file cannot be read or is not valid Turtle (nothing else can be checked).
    """
    graph = parse_turtle(path)
    result = CheckResult(path)
    doc = next(iter(sorted(graph.subjects(RDF.type, SAM.SourceDocument))), None)
    ontology, context = _context(build, graph, doc)
    problems = _unknown_terms(graph, ontology, path)
    doc, found = _document(graph, path)
    problems += found
    if doc is not None and corpus is not None and not found:
        evidence, fixable, good = _evidence(graph, doc, path, corpus)
        if fix and fixable:
            fix_offsets(path, fixable)
            result.fixed = fixable
            graph = parse_turtle(path)
            evidence, fixable, good = _evidence(graph, doc, path, corpus)
        problems += evidence
        result.quotes = good
    elif corpus is None:
        problems.append(
            Problem(path, None, "warning", "evidence not checked: no corpus (--corpus DIR)")
        )
    context_graphs = [ontology, context, graph]
    for wrong in [
        *misplaced_definitions(graph, path),
        *undefined_iris(graph, context_graphs, path),
    ]:
        problems.append(Problem(path, wrong.line, "error", wrong.message()))
    problems += _shacl(graph, ontology, context, path)
    problems += _near_duplicates(graph, context, path)
    result.problems = sorted(
        problems, key=lambda p: (p.line or 0, p.severity != "error", p.message)
    )
    return result


def fix_offsets(path: Path, fixes: list[tuple[Quote, int, int]]) -> None:
    """Rewrite the offsets of the given quotes in ``path``, keeping everything else.

    Each annotation's block is found by its IRI at the start of a line; within it, the
    numbers after ``oa:start`` and ``oa:end`` are replaced, nothing else.

    Raises
    ------
    SamverkanError
        When an annotation's offsets cannot be found in the file as written.
    """
    text = path.read_text(encoding="utf-8")
    for quote, start, end in fixes:
        iri = str(quote.annotation)
        needle = f"<{iri[len(_ID) :]}>" if iri.startswith(_ID) else f"<{iri}>"
        match = re.search(r"(?m)^\s*" + re.escape(needle), text)
        if match is None:
            raise SamverkanError(f"cannot find the annotation {needle} to fix", path)
        block_end = text.find(" .\n", match.end())
        block_end = len(text) if block_end < 0 else block_end
        block = text[match.start() : block_end]
        new_block, n_start = re.subn(
            rf"(oa:start\s+){quote.start}\b", rf"\g<1>{start}", block, count=1
        )
        new_block, n_end = re.subn(rf"(oa:end\s+){quote.end}\b", rf"\g<1>{end}", new_block, count=1)
        if not (n_start and n_end):
            raise SamverkanError(
                f"cannot find oa:start {quote.start} and oa:end {quote.end} of {needle}",
                path,
                line_of(path, needle),
            )
        text = text[: match.start()] + new_block + text[block_end:]
    tmp = path.with_name(f".{path.name}.fixing")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
