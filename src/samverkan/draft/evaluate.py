"""Measure the drafter: precision and recall of actors and relations, leave one document out.

For each curated document, the drafter reconciles against the other documents' graph files
only (so it cannot find an actor because the document's own file defines it), drafts the
text, and the draft is scored against the curated file with :func:`samverkan.draft.score.score`.
The same is done for test pages with an expected Turtle file beside each text
(``NAME.txt`` and ``NAME.expected.ttl``), reconciled against the whole curated graph.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from samverkan.draft.score import Facts, Score, facts, score, score_counts

__all__ = ["Row", "evaluate_corpus", "evaluate_pages", "format_rows", "leave_out_table"]


@dataclass(frozen=True)
class Row:
    """The scores of one document."""

    name: str
    actors: Score
    relations: Score
    seconds: float
    counts: Score | None = None  # None where the expected graph gives no count


def _draft_graph(
    text: str, file_name: str, index, model=False, relmodel=False
) -> tuple[Graph, float]:
    from samverkan.draft import draft_text
    from samverkan.draft.turtle import to_turtle

    started = time.perf_counter()
    draft = draft_text(text, file_name, index, model=model, relmodel=relmodel)
    data = to_turtle(draft, text)
    seconds = time.perf_counter() - started
    return Graph().parse(data=data, format="turtle"), seconds


def _row(name: str, drafted: Facts, gold: Facts, seconds: float) -> Row:
    a, r = score(drafted, gold)
    counts = score_counts(drafted, gold) if gold.counts else None
    return Row(name, a, r, seconds, counts)


def evaluate_corpus(
    corpus: Path, graph_dir: Path | None = None, model=False, relmodel=False
) -> list[Row]:
    """Leave-one-out scores of every curated document whose text is in ``corpus``
    (``model``, ``relmodel``: as for :func:`samverkan.draft.draft_text`)."""
    from samverkan.draft.reconcile import index_graphs
    from samverkan.load import load_reference, parse_turtle
    from samverkan.paths import project_dir

    graph_dir = graph_dir or project_dir("graph")
    reference = load_reference()
    graphs = {p.stem: parse_turtle(p) for p in sorted(graph_dir.glob("*.ttl"))}
    rows = []
    for stem, gold in graphs.items():
        source = corpus / f"{stem}.txt"
        if not source.is_file():
            continue
        index = index_graphs(g for s, g in graphs.items() if s != stem)
        text = source.read_text(encoding="utf-8")
        drafted, seconds = _draft_graph(text, source.name, index, model, relmodel)
        rows.append(_row(stem, facts(drafted, reference), facts(gold, reference), seconds))
    return rows


def evaluate_pages(
    pages: Path, graph_dir: Path | None = None, model=False, relmodel=False
) -> list[Row]:
    """Scores of the test pages in ``pages`` (``NAME.txt`` with ``NAME.expected.ttl``)."""
    from samverkan.draft.reconcile import index_graphs
    from samverkan.load import load_reference, parse_turtle
    from samverkan.paths import project_dir

    graph_dir = graph_dir or project_dir("graph")
    reference = load_reference()
    index = index_graphs(parse_turtle(p) for p in sorted(graph_dir.glob("*.ttl")))
    rows = []
    for source in sorted(pages.glob("*.txt")):
        expected = source.with_suffix(".expected.ttl")
        if not expected.is_file():
            continue
        drafted, seconds = _draft_graph(
            source.read_text(encoding="utf-8"), source.name, index, model, relmodel
        )
        gold = facts(parse_turtle(expected), reference)
        rows.append(_row(source.stem, facts(drafted, reference), gold, seconds))
    return rows


def format_rows(rows: list[Row]) -> str:
    """A Markdown table of the rows and their total (micro-averaged).

    Examples
    --------
    >>> print(format_rows([Row("x", Score(9, 10, 10), Score(3, 4, 6), 0.1)]))
    | document | actors P | actors R | relations P | relations R | counts P | counts R | seconds |
    |---|---:|---:|---:|---:|---:|---:|---:|
    | x | 0.90 (9/10) | 0.90 (9/10) | 0.75 (3/4) | 0.50 (3/6) | – | – | 0.10 |
    | **total** | 0.90 (9/10) | 0.90 (9/10) | 0.75 (3/4) | 0.50 (3/6) | – | – | 0.10 |

    Counts of people are scored only on documents whose expected graph gives some.
    """

    def cell(s: Score, which: str) -> str:
        value = getattr(s, which)
        denominator = s.predicted if which == "precision" else s.expected
        return f"{value:.2f} ({s.true_positives}/{denominator})"

    def counts(s: Score | None) -> str:
        return f"{cell(s, 'precision')} | {cell(s, 'recall')}" if s else "– | –"

    lines = [
        "| document | actors P | actors R | relations P | relations R | counts P | counts R "
        "| seconds |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total_a, total_r, seconds = Score(0, 0, 0), Score(0, 0, 0), 0.0
    total_c: Score | None = None
    for row in rows:
        total_a, total_r, seconds = (
            total_a + row.actors,
            total_r + row.relations,
            seconds + row.seconds,
        )
        if row.counts is not None:
            total_c = row.counts if total_c is None else total_c + row.counts
        lines.append(
            f"| {row.name} | {cell(row.actors, 'precision')} | {cell(row.actors, 'recall')} | "
            f"{cell(row.relations, 'precision')} | {cell(row.relations, 'recall')} | "
            f"{counts(row.counts)} | {row.seconds:.2f} |"
        )
    lines.append(
        f"| **total** | {cell(total_a, 'precision')} | {cell(total_a, 'recall')} | "
        f"{cell(total_r, 'precision')} | {cell(total_r, 'recall')} | {counts(total_c)} | "
        f"{seconds:.2f} |"
    )
    return "\n".join(lines)


def leave_out_table(results: list[tuple[str, str, list[Row], str]], together: str) -> str:
    """A Markdown table of leave-one-round-out results: one line per (round, drafter, rows of
    the round's pages, training CPU seconds or ""), and one per drafter over all rounds,
    labelled ``together``.

    Examples
    --------
    >>> rows = [Row("a", Score(9, 10, 10), Score(3, 4, 6), 0.1)]
    >>> print(leave_out_table([("r7", "rules", rows, "")], "**7**"))
    | round left out | drafter | actors P | actors R | relations P | relations R | training CPU s |
    |---|---|---:|---:|---:|---:|---:|
    | r7 | rules | 0.90 (9/10) | 0.90 (9/10) | 0.75 (3/4) | 0.50 (3/6) |  |
    | **7** | rules | 0.90 (9/10) | 0.90 (9/10) | 0.75 (3/4) | 0.50 (3/6) | |
    """

    def cell(s: Score, which: str) -> str:
        value = s.precision if which == "P" else s.recall
        return f"{value:.2f} ({s.true_positives}/{s.predicted if which == 'P' else s.expected})"

    def cells(a: Score, r: Score) -> str:
        return f"{cell(a, 'P')} | {cell(a, 'R')} | {cell(r, 'P')} | {cell(r, 'R')}"

    lines = [
        "| round left out | drafter | actors P | actors R | relations P | relations R "
        "| training CPU s |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    zero = Score(0, 0, 0)
    totals: dict[str, tuple[Score, Score]] = {}
    for held, name, rows, cpu in results:
        a = sum((r.actors for r in rows), zero)
        r = sum((r.relations for r in rows), zero)
        before = totals.get(name, (zero, zero))
        totals[name] = (before[0] + a, before[1] + r)
        lines.append(f"| {held} | {name} | {cells(a, r)} | {cpu} |")
    for name, (a, r) in totals.items():
        lines.append(f"| {together} | {name} | {cells(a, r)} | |")
    return "\n".join(lines)
