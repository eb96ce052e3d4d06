"""What a build did: the report the build writes (``report.md``, ``report.json``).

Shared by the full build (:mod:`samverkan.build`) and the incremental one
(:mod:`samverkan.incremental`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from samverkan.namespaces import PREFIXES

if TYPE_CHECKING:
    from samverkan.validate import ShapeResult

__all__ = ["BuildReport", "count_classes", "prefixed"]

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
    #: the SHACL results below violations (their text, in a report read back from
    #: ``report.json`` by :meth:`read`)
    warnings: list[ShapeResult | str] = field(default_factory=list)
    violation_queries: list[str] = field(default_factory=list)
    views: list[str] = field(default_factory=list)
    drafts: int = 0

    @classmethod
    def read(cls, out: Path) -> BuildReport:
        """The report of the build in ``out``, read back from its ``report.json`` (the
        classes, the warnings as their text, the evidence, views and drafts; not the corpus).

        Raises
        ------
        OSError, ValueError, KeyError
            When the file is missing or is not a report.

        Examples
        --------
        >>> import json, tempfile
        >>> out = Path(tempfile.mkdtemp())
        >>> report = BuildReport(out=out, graphs={"g": 3}, evidence={"d": 2}, drafts=1)
        >>> _ = (out / "report.json").write_text(json.dumps(report.to_json()))
        >>> again = BuildReport.read(out)
        >>> again.to_json() == report.to_json(), again.evidence
        (True, {'d': 2})
        """
        data = json.loads((Path(out) / "report.json").read_text(encoding="utf-8"))
        evidence = data["evidence"]
        return cls(
            out=Path(out),
            graphs=data["graphs"],
            classes=data["classes"],
            evidence=evidence["quotes_per_document"] if evidence["verified"] else None,
            warnings=list(data["validation"]["warnings"]),
            violation_queries=list(data["validation"]["violation_queries_run"]),
            views=list(data["views"]),
            drafts=data["drafts"]["unreviewed"],
        )

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


def prefixed(term: URIRef) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def count_classes(store: object) -> dict[str, int]:
    """Instances per class of the counted vocabularies, asserted and inferred."""
    rows = store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c",
        use_default_graph_as_union=True,
    )
    counts = {
        row["c"].value: int(row["n"].value)
        for row in rows
        if row["c"].value.startswith(_COUNTED_NAMESPACES)
    }
    return {
        prefixed(URIRef(c)): counts[c] for c in sorted(counts, key=lambda c: prefixed(URIRef(c)))
    }
