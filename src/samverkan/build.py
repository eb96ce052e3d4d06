"""Build the knowledge graph and every output into one build directory.

The steps follow the data flow: load (ontology, reference data, documents) -> verify the
evidence against the texts -> reason (OWL 2 RL) -> validate (SHACL, then the violation
queries) -> write. Everything is written to a fresh directory beside the target and moved
into place only when every step has passed, so a failed build leaves the previous good
output as it was.

Outputs (``OUT`` is ``out/`` by default):

- ``OUT/samverkan.trig``: every named graph (ontology, reference, one per document,
  inferred); byte-identical for the same input.
- ``OUT/store/``: a persistent pyoxigraph store of the same data, for queries and the server.
- ``OUT/report.md`` and ``OUT/report.json``: counts per class and per graph, the validation
  result and the evidence verified.
- ``OUT/ontology/index.html``: the ontology's documentation (pyLODE).
- ``OUT/views/``: the interactive network diagrams (unless ``views=False``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from samverkan.defined import require_defined
from samverkan.errors import SamverkanError
from samverkan.evidence import verify_evidence
from samverkan.load import Sources, load_sources
from samverkan.namespaces import (
    ID,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    RDF,
    REFERENCE_GRAPH,
    REGISTRY_GRAPH,
    SAM,
)
from samverkan.paths import project_dir
from samverkan.reason import infer
from samverkan.store import STORE_NAME, TRIG_NAME, open_store, write_store
from samverkan.terms import to_ox
from samverkan.validate import ShapeResult, load_shapes, run_violations, validate

__all__ = ["MARKER", "BuildReport", "build", "dataset_graphs", "write_trig"]

MARKER = ".samverkan-build"
_COUNTED_NAMESPACES = (
    PREFIXES["sam"],
    PREFIXES["org"],
    PREFIXES["foaf"],
    PREFIXES["oa"],
    PREFIXES["prov"],
)


@dataclass
class BuildReport:
    """What a build did, for the report files and the command line."""

    out: Path
    graphs: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, int] | None = None
    corpus: str | None = None
    warnings: list[ShapeResult] = field(default_factory=list)
    violation_queries: list[str] = field(default_factory=list)
    views: list[str] = field(default_factory=list)
    drafts: int = 0

    def to_json(self) -> dict:
        return {
            "graphs": self.graphs,
            "classes": self.classes,
            "validation": {
                "violations": 0,
                "warnings": [str(w) for w in self.warnings],
                "violation_queries_run": self.violation_queries,
            },
            "evidence": {
                "verified": self.evidence is not None,
                "quotes_per_document": self.evidence or {},
                "quotes": sum((self.evidence or {}).values()),
            },
            "views": self.views,
            "drafts": {"unreviewed": self.drafts},
        }

    def to_markdown(self) -> str:
        lines = ["# samverkan build report", "", "## Named graphs", ""]
        lines += ["| graph | triples |", "|---|---:|"]
        lines += [f"| `{g}` | {n} |" for g, n in self.graphs.items()]
        lines += ["", "## Instances per class (asserted and inferred)", ""]
        lines += ["| class | instances |", "|---|---:|"]
        lines += [f"| `{c}` | {n} |" for c, n in self.classes.items()]
        lines += ["", "## Validation", ""]
        lines.append("SHACL: 0 violations, " + f"{len(self.warnings)} warnings.")
        lines += [f"- warning: {w}" for w in self.warnings]
        if self.violation_queries:
            lines.append(
                f"Violation queries: {len(self.violation_queries)} run, none returned a row."
            )
        lines.append(
            f"Unreviewed drafts: {self.drafts} statements marked "
            '`sam:reviewStatus "draft"` (written by `samverkan draft`).'
        )
        lines += ["", "## Evidence", ""]
        if self.evidence is None:
            lines.append("Not verified: no corpus was given (`--corpus DIR`).")
        else:
            total = sum(self.evidence.values())
            lines.append(
                f"{total} quotes verified against the texts in {len(self.evidence)} documents "
                "(quote, offsets and sha256 of each file)."
            )
            lines += [f"- `{d}`: {n}" for d, n in self.evidence.items()]
        if self.views:
            lines += ["", "## Views", ""] + [f"- {v}" for v in self.views]
        return "\n".join(lines) + "\n"


def _prefixed(term: URIRef) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def dataset_graphs(sources: Sources, inferred: Graph) -> dict[URIRef, Graph]:
    """Named graph IRI -> graph, in the order they are written."""
    graphs: dict[URIRef, Graph] = {
        ONTOLOGY_GRAPH: sources.ontology,
        REFERENCE_GRAPH: sources.reference,
        REGISTRY_GRAPH: sources.registry,
    }
    for doc in sorted(sources.documents):
        graphs[doc] = sources.documents[doc]
    graphs[INFERRED_GRAPH] = inferred
    return graphs


def write_trig(graphs: dict[URIRef, Graph], path: Path) -> None:
    """Write the named graphs as TriG, deterministically.

    Blank nodes are renamed canonically (pyoxigraph's canonicalisation) and quads are
    sorted, so the same input always gives the same bytes.
    """
    import pyoxigraph as ox

    dataset = ox.Dataset()
    for name, graph in graphs.items():
        graph_name = ox.NamedNode(str(name))
        for s, p, o in graph:
            dataset.add(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_name))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    order = {str(name): i for i, name in enumerate(graphs)}
    quads = sorted(
        dataset,
        key=lambda q: (order[q.graph_name.value], str(q.subject), str(q.predicate), str(q.object)),
    )
    prefixes = dict(PREFIXES)
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    path.write_bytes(data)


def _locate(focus: str, sources: Sources) -> tuple[Path | None, int | None]:
    node = URIRef(focus)
    for doc, graph in sources.documents.items():
        if (node, None, None) in graph:
            path = sources.files[doc]
            needle = f"<{focus[len(str(ID)) :]}>" if focus.startswith(str(ID)) else focus
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except OSError:
                return path, None
            for number, line in enumerate(lines, start=1):
                if line.lstrip().startswith(needle):
                    return path, number
            for number, line in enumerate(lines, start=1):
                if needle in line:
                    return path, number
            return path, None
    return None, None


def _check_out(out: Path) -> Path:
    """Make sure ``out`` can be replaced, and return a fresh staging directory beside it."""
    out = out.resolve() if out.exists() else out.absolute()
    if out.exists():
        if not out.is_dir():
            raise SamverkanError("output path exists and is not a directory", path=out)
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise SamverkanError(
                "output directory is not empty and not a samverkan build directory; "
                "refusing to replace it",
                path=out,
            )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = out.parent / f".{out.name}.building"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir()
        (staging / MARKER).write_text("samverkan build directory\n", encoding="utf-8")
    except OSError as exc:
        raise SamverkanError(
            f"cannot write the output directory: {exc.strerror}", path=out
        ) from None
    return staging


def _swap(staging: Path, out: Path) -> None:
    old = out.parent / f".{out.name}.previous"
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    if old.exists():
        shutil.rmtree(old)


def _write_ontology_docs(ontology_dir: Path, out: Path) -> Path:
    import logging

    # pyLODE configures the root logger when imported; keep its chatter off the terminal.
    root = logging.getLogger()
    level = root.level
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    root.setLevel(logging.WARNING)
    try:
        from pylode import OntPub

        target = out / "ontology"
        target.mkdir()
        OntPub(str(ontology_dir / "samverkan.ttl"), sort_subjects=True).make_html(
            destination=target / "index.html"
        )
    finally:
        root.setLevel(level)
    return target / "index.html"


def build(
    graph_dir: Path | None = None,
    corpus: Path | None = None,
    out: Path = Path("out"),
    *,
    ontology_dir: Path | None = None,
    reference_dir: Path | None = None,
    views: bool = True,
    reasoner: str = "rules",
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the dataset and its outputs into ``out``.

    Parameters
    ----------
    graph_dir : Path, optional
        Directory of document Turtle files (default: the project's ``graph/``).
    corpus : Path, optional
        Directory of the source texts; when given, every quote, offset and checksum is
        verified. Without it the report says that the evidence was not verified.
    out : Path
        The build directory. It is replaced only when the whole build succeeds.
    ontology_dir, reference_dir : Path, optional
        Override the project's ``ontology/`` and ``reference/``.
    views : bool
        Also write the interactive views.
    reasoner : {"rules", "owlrl"}
        The reasoner (see :func:`samverkan.reason.infer`): the compiled OWL 2 RL rules
        (default) or owlrl, the reference; both give the same inferred graph.
    progress : callable, optional
        Called with a short line before each step.

    Returns
    -------
    BuildReport

    Raises
    ------
    SamverkanError
        On bad input (the message names the file and line) or an unwritable output.
    """
    say = progress or (lambda _msg: None)
    out = Path(out)
    staging = _check_out(out)
    try:
        say("loading ontology, reference data and document graphs")
        sources = load_sources(graph_dir, ontology_dir=ontology_dir, reference_dir=reference_dir)
        require_defined(sources)
        report = BuildReport(out=out)
        report.drafts = sum(
            len(set(g.subjects(SAM.reviewStatus, None))) for g in sources.documents.values()
        )
        if corpus is not None:
            say(f"verifying evidence against {corpus}")
            report.evidence = verify_evidence(sources.documents, sources.files, Path(corpus))
            report.corpus = str(corpus)
        say(f"reasoning (OWL 2 RL, {reasoner})")
        asserted = sources.asserted()
        inferred = infer(asserted, ontology=sources.ontology, reasoner=reasoner)
        say("validating (SHACL)")
        union = Graph()
        for graph in [*asserted, inferred]:
            union += graph
        shapes_dir = (ontology_dir or project_dir("ontology")) / "shapes"
        results = validate(union, load_shapes(shapes_dir))
        violations = [r for r in results if r.severity == "Violation"]
        if violations:
            first = violations[0]
            path, line = _locate(first.focus, sources)
            more = f" (and {len(violations) - 1} more violations)" if len(violations) > 1 else ""
            raise SamverkanError(f"SHACL violation: {first}{more}", path=path, line=line)
        report.warnings = [r for r in results if r.severity != "Violation"]
        graphs = dataset_graphs(sources, inferred)
        report.graphs = {_prefixed(name): len(g) for name, g in graphs.items()}
        classes = {
            o for o in union.objects(None, RDF.type) if str(o).startswith(_COUNTED_NAMESPACES)
        }
        report.classes = {
            _prefixed(c): len(set(union.subjects(RDF.type, c)))
            for c in sorted(classes, key=_prefixed)
        }
        say("writing the dataset")
        trig = staging / TRIG_NAME
        write_trig(graphs, trig)
        write_store(trig, staging / STORE_NAME)
        store = open_store(staging)
        _run_violation_queries(store, report)
        say("writing the ontology documentation")
        _write_ontology_docs(ontology_dir or project_dir("ontology"), staging)
        if views:
            _write_views(store, staging, report, say)
        (staging / "report.md").write_text(report.to_markdown(), encoding="utf-8")
        (staging / "report.json").write_text(
            json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        _swap(staging, out.resolve() if out.exists() else out.absolute())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report


def _run_violation_queries(store: object, report: BuildReport) -> None:
    results = run_violations(store)
    report.violation_queries = sorted(results)
    failed = {name: frame for name, frame in results.items() if len(frame)}
    if failed:
        name, frame = sorted(failed.items())[0]
        rows = frame.head(5).to_string(index=False)
        raise SamverkanError(
            f"violation query {name} returned {len(frame)} rows:\n{rows}",
            path=project_dir("queries") / f"{name}.rq",
        )


def _write_views(
    store: object, staging: Path, report: BuildReport, say: Callable[[str], None]
) -> None:
    from samverkan.views import write_all

    say("writing the interactive views")
    written = write_all(store, staging / "views", corpus=report.corpus)
    report.views = [str(Path(p).relative_to(staging)) for p in written]
