"""Verify the evidence of every document graph against the source texts.

Each stated fact carries a W3C Web Annotation whose target is a span of the source text:
an ``oa:TextQuoteSelector`` with ``oa:exact`` and an ``oa:TextPositionSelector`` with
``oa:start``/``oa:end``, offsets in Unicode code points of the decoded UTF-8 text (so
``text[start:end] == exact`` in Python). The document node carries the hex SHA-256 of the
file's bytes. A wrong quote, offset or checksum stops the build.

Examples
--------
>>> import tempfile, hashlib
>>> from rdflib import Graph
>>> tmp = Path(tempfile.mkdtemp())
>>> _ = (tmp / "doc.txt").write_text("Lunds kommun anställde en koordinator.", encoding="utf-8")
>>> digest = hashlib.sha256((tmp / "doc.txt").read_bytes()).hexdigest()
>>> g = Graph().parse(format="turtle", data=f'''
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... @prefix oa: <http://www.w3.org/ns/oa#> .
... <https://w3id.org/samverkan/id/dokument/doc> a sam:SourceDocument ;
...     sam:fileName "doc.txt" ; sam:sha256 "{digest}" .
... <https://w3id.org/samverkan/id/dokument/doc/belagg/1> a oa:Annotation ; oa:hasTarget [
...     oa:hasSource <https://w3id.org/samverkan/id/dokument/doc> ;
...     oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "anställde en koordinator" ] ,
...                    [ a oa:TextPositionSelector ; oa:start 13 ; oa:end 37 ] ] .
... ''')
>>> doc = URIRef("https://w3id.org/samverkan/id/dokument/doc")
>>> verify_evidence({doc: g}, {doc: tmp / "doc.ttl"}, tmp)
{'https://w3id.org/samverkan/id/dokument/doc': 1}
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef

from samverkan.errors import SamverkanError, line_of
from samverkan.load import check_file_name
from samverkan.namespaces import OA, RDF, SAM
from samverkan.privacy import contact_data
from samverkan.turtle import as_triples, read_regular_file, statement_line

__all__ = ["Quote", "locate", "quotes", "verify_evidence"]


@dataclass(frozen=True)
class Quote:
    """One evidence span: the annotation, its source document, the words and their offsets."""

    annotation: URIRef
    source: URIRef
    exact: str
    start: int
    end: int


_TYPE, _ANNOTATION = str(RDF.type), str(OA.Annotation)
_TARGET, _SOURCE, _SELECTOR = str(OA.hasTarget), str(OA.hasSource), str(OA.hasSelector)
_QUOTE, _POSITION = str(OA.TextQuoteSelector), str(OA.TextPositionSelector)
_EXACT, _START, _END = str(OA.exact), str(OA.start), str(OA.end)
_STATED = frozenset({str(SAM.fileName), str(SAM.sha256)})


def _rdflib(term: object) -> object:
    return BNode(term.value) if isinstance(term, ox.BlankNode) else URIRef(term.value)


def quotes(graph: Graph | list) -> list[Quote]:
    """Every evidence span in ``graph``, sorted by source and position.

    Parameters
    ----------
    graph : rdflib.Graph or list of pyoxigraph triples
        One document's graph.

    Raises
    ------
    SamverkanError
        If an annotation lacks a source, a quote or an offset (the SHACL shapes say the
        same, but the check must not depend on them).
    """
    about: dict[object, dict[str, list]] = {}
    annotations = []
    for s, p, o in as_triples(graph):
        about.setdefault(s, {}).setdefault(p.value, []).append(o)
        if p.value == _TYPE and o.value == _ANNOTATION:
            annotations.append(s)

    def value(node: object, prop: str) -> object:
        values = about.get(node, {}).get(prop)
        return min(values, key=str) if values else None

    found: list[Quote] = []
    for annotation in annotations:
        for target in about[annotation].get(_TARGET, ()):
            source = value(target, _SOURCE)
            exact = start = end = None
            for selector in about.get(target, {}).get(_SELECTOR, ()):
                kinds = {k.value for k in about.get(selector, {}).get(_TYPE, ())}
                if _QUOTE in kinds:
                    exact = value(selector, _EXACT)
                if _POSITION in kinds:
                    start = value(selector, _START)
                    end = value(selector, _END)
            if source is None or exact is None or start is None or end is None:
                raise SamverkanError(
                    f"annotation {_rdflib(annotation)} needs oa:hasSource, a TextQuoteSelector "
                    "with oa:exact and a TextPositionSelector with oa:start and oa:end"
                )
            try:
                found.append(
                    Quote(
                        _rdflib(annotation),
                        URIRef(source.value),
                        exact.value,
                        int(start.value),
                        int(end.value),
                    )
                )
            except ValueError:
                raise SamverkanError(
                    f"annotation {_rdflib(annotation)}: offsets {start.value!r}, "
                    f"{end.value!r} are not integers"
                ) from None
    return sorted(found, key=lambda q: (str(q.source), q.start, q.end, str(q.annotation)))


def _annotation_line(ttl: Path, message: str) -> int | None:
    iri = message.split()[1].rstrip(":") if message.startswith("annotation ") else ""
    return statement_line(ttl, URIRef(iri)) if iri else None


def locate(text: str, exact: str) -> list[tuple[int, int]]:
    """All ``(start, end)`` spans of ``exact`` in ``text``, in code points.

    Examples
    --------
    >>> locate("a b a", "a")
    [(0, 1), (4, 5)]
    """
    spans = []
    index = text.find(exact)
    while index >= 0 and exact:
        spans.append((index, index + len(exact)))
        index = text.find(exact, index + 1)
    return spans


def _problem(
    quote: Quote, doc: URIRef, text: str, file_name: str, contacts: list[tuple[int, int]]
) -> str | None:
    """What is wrong with ``quote`` of document ``doc`` whose text is ``text``, or None."""
    if quote.source != doc:
        return (
            f"quote {quote.exact!r} points at {quote.source}, not at this file's "
            f"document {doc}"
        )
    if not 0 <= quote.start < quote.end <= len(text):
        return (
            f"offsets {quote.start}-{quote.end} of quote {quote.exact!r} lie outside "
            f"{file_name} ({len(text)} characters)"
        )
    if text[quote.start : quote.end] != quote.exact:
        spans = locate(text, quote.exact)
        where = (
            "it occurs at " + ", ".join(f"{s}-{e}" for s, e in spans)
            if spans
            else "it does not occur in the text"
        )
        return (
            f"quote {quote.exact!r} is not at {quote.start}-{quote.end} of {file_name} "
            f"(that span reads {text[quote.start : quote.end]!r}); {where}"
        )
    overlap = next((c for c in contacts if c[0] < quote.end and quote.start < c[1]), None)
    if overlap is not None:
        return (
            f"quote at {quote.start}-{quote.end} of {file_name} overlaps a phone number "
            f"or e-mail address of the text (at {overlap[0]}-{overlap[1]}); contact "
            "data is never evidence: quote only the words that state the fact"
        )
    return None


def verify_evidence(
    documents: dict[URIRef, Graph], files: dict[URIRef, Path], corpus: Path
) -> dict[str, int]:
    """Check every document's checksum and every quote and offset against ``corpus``.

    Parameters
    ----------
    documents : dict
        Document IRI -> its graph (see :func:`samverkan.load.load_documents`).
    files : dict
        Document IRI -> its Turtle file, named in error messages.
    corpus : Path
        Directory holding the text files named by ``sam:fileName``.

    Returns
    -------
    dict
        Document IRI -> number of quotes verified.

    Raises
    ------
    SamverkanError
        On the first missing text, wrong checksum, quote pointing at another document,
        offset outside the text, quote that is not at its offsets, or quote that overlaps
        a phone number or e-mail address of the text (a contact block); naming the Turtle
        file and line, and where the quote really is when it occurs elsewhere. A
        ``sam:fileName`` that is not a plain corpus file name is refused before any file is
        opened, and a text that is not a regular file of at most 50 MiB is never read.
    """
    if not corpus.is_dir():
        raise SamverkanError("corpus directory does not exist", path=corpus)
    verified: dict[str, int] = {}
    for doc in sorted(documents):
        graph, ttl = as_triples(documents[doc]), files[doc]
        stated: dict[str, str] = {}
        for s, p, o in graph:
            if s.value == str(doc) and p.value in _STATED and isinstance(s, ox.NamedNode):
                stated[p.value] = min(stated.get(p.value, o.value), o.value)
        file_name = check_file_name(stated.get(str(SAM.fileName)), ttl)
        text_path = corpus / file_name
        if not text_path.exists():
            raise SamverkanError(
                f"the document's text {file_name} is not in the corpus {corpus}",
                ttl,
                line_of(ttl, "sam:fileName"),
            )
        data = read_regular_file(text_path, what="corpus text")
        expected = stated.get(str(SAM.sha256))
        actual = hashlib.sha256(data).hexdigest()
        if expected is None or str(expected).lower() != actual:
            raise SamverkanError(
                f"sam:sha256 {expected} does not match {text_path} (its sha256 is {actual})",
                ttl,
                line_of(ttl, "sam:sha256"),
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise SamverkanError(
                f"not UTF-8 text (byte {exc.start})", path=text_path, line=line
            ) from None
        contacts = [m.span() for m in contact_data(text)]
        count = 0
        try:
            found = quotes(graph)
        except SamverkanError as exc:
            raise SamverkanError(exc.message, ttl, _annotation_line(ttl, exc.message)) from None
        for quote in found:
            problem = _problem(quote, doc, text, file_name, contacts)
            if problem is not None:
                # The Turtle file is read again only for the line of an error.
                raise SamverkanError(
                    problem, ttl, line_of(ttl, quote.exact) if quote.exact else None
                )
            count += 1
        verified[str(doc)] = count
    return verified
