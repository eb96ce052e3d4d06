"""Regenerate ``tests/data/mini.trig``, the small hand-made dataset of the query tests.

The asserted facts are hand-written in ``mini-asserted.trig`` with ``EVID`` shorthand lines
(``EVID <doc prefix> <slug> "quote"``) that this script expands into Web Annotations with
the real character offsets of the quote in the corpus text. It then adds a small reference
graph (the municipalities, counties and boards the facts mention, read from the small
reference of the test builds, ``tests/fixtures/reference-small``) and the OWL 2 RL closure
computed by :func:`samverkan.reason.infer`, then the build's index of the documents that
name each actor (:func:`samverkan.index.named_in`), and writes one TriG file. The ontology graph is
not copied: the test fixture loads ``ontology/*.ttl`` itself.

Run from the repository root::

    python tests/data/make_mini.py --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SMALL_REFERENCE = HERE.parent / "fixtures" / "reference-small"
ID = "https://w3id.org/samverkan/id/"
DOCS = {
    "000": "000_1c1bf7a317be8ad1",
    "001": "001_897b9f3742f7adc5",
    "002": "002_fd765e7f231a0a5d",
}
MUNICIPALITIES = {"1281", "1231", "1262", "1230"}


def _expand(template: str, corpus: Path) -> str:
    texts = {k: (corpus / f"{v}.txt").read_text(encoding="utf-8") for k, v in DOCS.items()}
    shas = {
        k: hashlib.sha256((corpus / f"{v}.txt").read_bytes()).hexdigest() for k, v in DOCS.items()
    }
    out = []
    doc_key = None
    for line in template.splitlines():
        m = re.match(r"^<dokument/(\d{3})_", line)
        if m:
            doc_key = m.group(1)
        if '"SHA256"' in line and doc_key:
            line = line.replace('"SHA256"', f'"{shas[doc_key]}"')
        m = re.match(r'^EVID (\d{3}) (\S+) "(.*)"$', line)
        if not m:
            out.append(line)
            continue
        key, slug, quote = m.groups()
        start = texts[key].find(quote)
        if start < 0:
            raise SystemExit(f"quote not in {DOCS[key]}: {quote!r}")
        doc = f"dokument/{DOCS[key]}"
        out.append(
            f"<{doc}/belagg/{slug}> a oa:Annotation ;\n"
            f"    oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <{doc}> ;\n"
            f'        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "{quote}" ] ,\n'
            f"            [ a oa:TextPositionSelector ; oa:start {start} ;"
            f" oa:end {start + len(quote)} ] ] ."
        )
    return "\n".join(out) + "\n"


def main() -> None:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph, URIRef

    from samverkan.index import named_in
    from samverkan.load import load_ontology, load_reference
    from samverkan.namespaces import INDEX_GRAPH, INFERRED_GRAPH, REFERENCE_GRAPH
    from samverkan.reason import infer

    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    args = parser.parse_args()
    asserted = _expand((HERE / "mini-asserted.trig").read_text(encoding="utf-8"), args.corpus)
    ds = Dataset()
    ds.parse(data=asserted, format="trig")
    ontology = load_ontology()
    reference_small = load_reference(SMALL_REFERENCE)
    keep = {URIRef(ID + f"kommun/{c}") for c in MUNICIPALITIES}
    keep |= {URIRef(ID + "lan/12"), URIRef(ID + "lansstyrelse/12")}
    reference = Graph()
    for t in reference_small:
        if t[0] in keep:
            reference.add(t)
    documents = [g for g in ds.graphs() if str(g.identifier).startswith(ID + "dokument/")]
    inferred = infer([ontology, reference, *documents], ontology=ontology)
    out = Dataset()
    for t in reference:
        out.add((*t, REFERENCE_GRAPH))
    for g in documents:
        for t in g:
            out.add((*t, g.identifier))
    for t in inferred:
        out.add((*t, INFERRED_GRAPH))
    # The build's index (sam:namedIn), computed as a build does, after reasoning.
    store = ox.Store()
    store.load(out.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
    for t in named_in(store):
        out.add((URIRef(t.subject.value), URIRef(t.predicate.value), URIRef(t.object.value),
                 INDEX_GRAPH))
    # Serialise canonically through pyoxigraph: RDFC-1.0 blank-node labels and a sorted
    # order, so that running the script twice gives the same bytes and a readable diff.
    dataset = ox.Dataset(ox.parse(out.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    text = ox.serialize(
        sorted(
            dataset,
            key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
        ),
        format=ox.RdfFormat.TRIG,
        prefixes={
            "sam": "https://w3id.org/samverkan/ontology#",
            "org": "http://www.w3.org/ns/org#",
            "oa": "http://www.w3.org/ns/oa#",
            "schema": "https://schema.org/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "dcterms": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "prov": "http://www.w3.org/ns/prov#",
        },
    )
    header = "# Generated by tests/data/make_mini.py from mini-asserted.trig; do not edit.\n"
    (HERE / "mini.trig").write_bytes(header.encode() + text)


if __name__ == "__main__":
    main()
