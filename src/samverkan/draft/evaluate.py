"""Measure the drafter: precision and recall of actors and relations, leave one document out.

For each curated document, the drafter reconciles against the other documents' graph files
only (so it cannot find an actor because the document's own file defines it), drafts the
text, and the draft is scored against the curated file with :func:`samverkan.draft.score.score`.
The same is done for test pages with an expected Turtle file beside each text
(``NAME.txt`` and ``NAME.expected.ttl``), reconciled against the whole curated graph.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from samverkan.draft.score import (
    REASONS,
    Differences,
    Facts,
    Score,
    differences,
    facts,
    score,
    score_counts,
)

__all__ = [
    "Row",
    "evaluate_corpus",
    "evaluate_pages",
    "format_misses",
    "format_rows",
    "leave_out_table",
]


@dataclass(frozen=True)
class Row:
    """The scores of one document."""

    name: str
    actors: Score
    relations: Score
    seconds: float
    counts: Score | None = None  # None where the expected graph gives no count
    # what was missed and drafted wrongly (:func:`samverkan.draft.score.differences`)
    differences: Differences | None = field(default=None, compare=False, repr=False)
    #: the drafter's message where it refused the page (scored as nothing drafted)
    refused: str | None = None


def _draft_graph(
    text: str, file_name: str, index, model=False, relmodel=False, party=False
) -> tuple[Graph, float]:
    from samverkan.draft import draft_text
    from samverkan.draft.turtle import to_turtle

    started = time.perf_counter()
    draft = draft_text(text, file_name, index, model=model, relmodel=relmodel, party=party)
    data = to_turtle(draft, text)
    seconds = time.perf_counter() - started
    return Graph().parse(data=data, format="turtle"), seconds


def _row(
    name: str, drafted: Facts, gold: Facts, seconds: float, refused: str | None = None
) -> Row:
    a, r = score(drafted, gold)
    counts = score_counts(drafted, gold) if gold.counts else None
    return Row(name, a, r, seconds, counts, differences(drafted, gold), refused)


def _draft_or_refusal(
    text: str, file_name: str, index, model=False, relmodel=False, party=False
) -> tuple[Graph, float, str | None]:
    """:func:`_draft_graph`, or an empty graph and the drafter's message where it refuses
    the text (a page it finds no publisher or title in): one page it cannot draft is scored
    as nothing drafted, not the end of the evaluation."""
    from samverkan.errors import SamverkanError

    try:
        graph, seconds = _draft_graph(text, file_name, index, model, relmodel, party)
    except SamverkanError as error:
        return Graph(), 0.0, error.message
    return graph, seconds, None


def evaluate_corpus(
    corpus: Path, graph_dir: Path | None = None, model=False, relmodel=False, party=False
) -> list[Row]:
    """Leave-one-out scores of every curated document whose text is in ``corpus``
    (``model``, ``relmodel``, ``party``: as for :func:`samverkan.draft.draft_text`)."""
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
        drafted, seconds, refused = _draft_or_refusal(
            text, source.name, index, model, relmodel, party
        )
        rows.append(
            _row(stem, facts(drafted, reference), facts(gold, reference), seconds, refused)
        )
    return rows


def evaluate_pages(
    pages: Path, graph_dir: Path | None = None, model=False, relmodel=False, party=False
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
        drafted, seconds, refused = _draft_or_refusal(
            source.read_text(encoding="utf-8"), source.name, index, model, relmodel, party
        )
        gold = facts(parse_turtle(expected), reference)
        rows.append(_row(source.stem, facts(drafted, reference), gold, seconds, refused))
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

    Counts of people are scored only on documents whose expected graph gives some. A page
    the drafter refused is scored as nothing drafted, and its row says why:

    >>> row = Row("y", Score(0, 0, 4), Score(0, 0, 2), 0.0, refused="no title")
    >>> format_rows([row]).splitlines()[2].split(" | ")[:3]
    ['| y (not drafted: no title)', '1.00 (0/0)', '0.00 (0/4)']
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
        name = f"{row.name} (not drafted: {row.refused})" if row.refused else row.name
        lines.append(
            f"| {name} | {cell(row.actors, 'precision')} | {cell(row.actors, 'recall')} | "
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


def format_misses(rows: list[Row]) -> str:
    """What the drafts missed and drafted wrongly, in Markdown: a table of the relations
    by kind and reason (:func:`samverkan.draft.score.differences`) over all rows, then per
    document the actors and relations missed and those drafted that the expected graph
    does not hold. A partner relation is a pair of members of one collaboration, so one
    party too many in a collaboration of five is four wrong pairs.

    Examples
    --------
    >>> from samverkan.draft.score import Miss
    >>> post = "kommun/1281/tjanst/x"
    >>> d = Differences(["person/a-b"], ["org/z"],
    ...                 [Miss("holder", post, "person/a-b", "an end not drafted")],
    ...                 [Miss("unit", "org/z", "kommun/1281", "an end not expected")],
    ...                 {"person/a-b": "A B", "kommun/1281": "Lunds kommun"})
    >>> print(format_misses([Row("x", Score(2, 3, 3), Score(1, 2, 2), 0.1, None, d)]))
    | relations | reason | partner | funding | unit | holder | all |
    |---|---|---:|---:|---:|---:|---:|
    | missed | an end not drafted | 0 | 0 | 0 | 1 | 1 |
    | drafted, not expected | an end not expected | 0 | 0 | 1 | 0 | 1 |
    <BLANKLINE>
    ### x
    <BLANKLINE>
    - actors missed (1): A B (person/a-b)
    - actors drafted, not expected (1): org/z
    - relations missed (1):
      - holder: kommun/1281/tjanst/x → A B (person/a-b): an end not drafted
    - relations drafted, not expected (1):
      - unit: org/z → Lunds kommun (kommun/1281): an end not expected
    """
    kinds = ("partner", "funding", "unit", "holder")
    tally: dict[tuple[str, str], dict[str, int]] = {}
    for row in rows:
        d = row.differences
        for side, misses in (("missed", d.missed), ("drafted, not expected", d.wrong)) if d else ():
            for miss in misses:
                cell = tally.setdefault((side, miss.why), dict.fromkeys(kinds, 0))
                cell[miss.kind] = cell.get(miss.kind, 0) + 1
    lines = [
        "| relations | reason | " + " | ".join(kinds) + " | all |",
        "|---|---|" + "---:|" * (len(kinds) + 1),
    ]
    for side in ("missed", "drafted, not expected"):
        for why in REASONS:
            cell = tally.get((side, why))
            if cell:
                counts = " | ".join(str(cell[k]) for k in kinds)
                lines.append(f"| {side} | {why} | {counts} | {sum(cell.values())} |")
    for row in rows:
        d = row.differences
        if d is None:
            continue
        arrow = {"partner": "—"}
        lines += ["", f"### {row.name}", ""]
        for what, iris in (
            ("actors missed", d.missed_actors),
            ("actors drafted, not expected", d.wrong_actors),
        ):
            names = ", ".join(d.label(iri) for iri in iris) if iris else ""
            lines.append(f"- {what} ({len(iris)}){': ' + names if names else ''}")
        for what, misses in (
            ("relations missed", d.missed),
            ("relations drafted, not expected", d.wrong),
        ):
            lines.append(f"- {what} ({len(misses)}){':' if misses else ''}")
            lines += [
                f"  - {m.kind}: {d.label(m.a)} {arrow.get(m.kind, '→')} {d.label(m.b)}: {m.why}"
                for m in misses
            ]
    return "\n".join(lines)
