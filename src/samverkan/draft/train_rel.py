"""Train the drafter's relation model on the project's own annotated test pages.

Each page in ``tests/fixtures`` with an expected file is drafted as ``samverkan draft`` does
(rules and name model, no relation model); every pair of drafted actors in one sentence or in
two sentences in a row (:func:`samverkan.draft.relmodel.candidates`) is labelled from the
expected file: the drafted actors are matched to the expected ones as the scorer matches them
(:func:`samverkan.draft.score.score`: by IRI, else by label), and the pair's expected relation
gives its class (``funding>``, ``funding<``, ``partner``, ``holder>``, ``holder<``, else
``none``). A multinomial logistic regression over the pairs' binary features (features seen
at least twice; L2 penalty; full-batch gradient descent with AdaGrad steps, a fixed number of
rounds, no randomness) is fitted with numpy and written as JSON. The curated corpus texts are
never trained on. Run from a checkout::

    python -m samverkan.draft.train_rel                    # the shipped rel_model.json
    python -m samverkan.draft.train_rel --leave-out pages-round10 --out /tmp/rel10.json
    python -m samverkan.draft.train_rel --blind pages-round33 --out /tmp/rel33.json
    python -m samverkan.draft.train_rel --compare          # leave each blind round out
    python -m samverkan.draft.train_rel --compare --blind-compare \
        --round pages-round31 --round pages-round32 --round pages-round33

It trains on every ``tests/fixtures/pages*`` folder holding expected files (:func:`sets`, in
a fixed order: ``pages``, ``pages-heldout``, then the rounds by number); ``--leave-out SET``
leaves a folder out, ``--blind pages-roundR`` leaves round R and every later round out (R
unseen, as it was when it was blind).

Examples
--------
>>> import numpy as np
>>> rows = [[0, 1], [0, 2], [0, 1], [0, 2]]
>>> labels = np.array([1, 2, 1, 2])
>>> w, b = fit(rows, labels, n_features=3, n_classes=3, rounds=50)
>>> [int(np.argmax(w[[0, f]].sum(0) + b)) for f in (1, 2)]
[1, 2]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from samverkan.draft.relmodel import (
    CLASSES,
    candidates,
    features,
    key,
    rule_context,
    rule_pairs,
)

__all__ = [
    "ROUNDS",
    "compare",
    "drafted_pages",
    "encode",
    "fit",
    "label_pages",
    "main",
    "sets",
    "train",
]

# the rounds ``--compare`` leaves out by default
ROUNDS = ("pages-round7", "pages-round8", "pages-round9", "pages-round10")


def _order(name: str) -> tuple[int, str]:
    """``pages``, ``pages-heldout``, then ``pages-roundN`` by N."""
    number = re.fullmatch(r"pages-round(\d+)", name)
    return (int(number.group(1)) if number else -1, name)


def sets(fixtures: Path, leave_out=(), blind: str | None = None) -> list[str]:
    """The annotated test-page folders of ``fixtures`` (``pages*`` with at least one
    ``.expected.ttl``; never the curated corpus), in a fixed order, without ``leave_out``;
    with ``blind`` (a round) also without that round and every later one.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     for name in ("pages", "pages-round10", "pages-round9", "pages-heldout", "mini"):
    ...         (Path(tmp) / name).mkdir()
    ...         _ = (Path(tmp) / name / "a.expected.ttl").write_text("")
    ...     print(sets(Path(tmp)), sets(Path(tmp), ["pages"], blind="pages-round10"))
    ['pages', 'pages-heldout', 'pages-round9', 'pages-round10'] ['pages-heldout', 'pages-round9']
    """
    found = sorted(
        (p.name for p in fixtures.glob("pages*") if p.is_dir() and any(p.glob("*.expected.ttl"))),
        key=_order,
    )
    limit = _order(blind)[0] if blind else None
    return [
        s for s in found if s not in leave_out and not (limit is not None and _order(s)[0] >= limit)
    ]


def _label(kind_pairs: set[tuple[str, str, str]], gx: str | None, gy: str | None) -> str:
    if gx is None or gy is None or gx == gy:
        return "none"
    if ("funding", gx, gy) in kind_pairs:
        return "funding>"
    if ("funding", gy, gx) in kind_pairs:
        return "funding<"
    if ("partner", min(gx, gy), max(gx, gy)) in kind_pairs:
        return "partner"
    if ("holder", gx, gy) in kind_pairs:
        return "holder>"
    if ("holder", gy, gx) in kind_pairs:
        return "holder<"
    return "none"


def drafted_pages(fixtures: Path, sets, ner=True):
    """Draft every annotated page of the folders ``sets`` as ``samverkan draft`` does with the
    rules and the name model ``ner`` (``True``: the shipped one; a directory: another); yield
    ``(draft, doc, found, gold, mapping)``: the draft, the parsed text and its actors, the
    expected facts, and the drafted actors matched to the expected ones as the scorer matches
    them. A page the drafter refuses is left out."""
    from rdflib import Graph

    from samverkan.draft import draft_text
    from samverkan.draft.reconcile import index_graphs
    from samverkan.draft.score import _matcher, facts
    from samverkan.draft.turtle import to_turtle
    from samverkan.errors import SamverkanError
    from samverkan.load import load_reference, parse_turtle
    from samverkan.paths import project_dir

    reference = load_reference()
    index = index_graphs(parse_turtle(p) for p in sorted(project_dir("graph").glob("*.ttl")))
    for name in sets:
        for source in sorted((fixtures / name).glob("*.txt")):
            expected = source.with_suffix(".expected.ttl")
            if not expected.is_file():
                continue
            text = source.read_text(encoding="utf-8")
            trace: dict = {}
            try:
                draft = draft_text(text, source.name, index, model=ner, trace=trace)
            except SamverkanError:
                continue
            drafted = facts(Graph().parse(data=to_turtle(draft, text), format="turtle"), reference)
            gold = facts(parse_turtle(expected), reference)
            yield draft, trace["doc"], trace["found"], gold, _matcher(drafted, gold)


def label_pages(fixtures: Path, sets, ner=True, window: int = 1, unrelated: bool = False):
    """(features, class) of every candidate pair of the pages in ``sets``, drafted with the
    name model ``ner`` (``True``: the shipped one; a directory: another); with ``unrelated``
    only the pairs the rules do not relate (the pairs the model is asked about)."""
    out: list[tuple[list[str], str]] = []
    for draft, doc, found, gold, mapping in drafted_pages(fixtures, sets, ner):
        related, context = rule_pairs(draft), rule_context(draft)
        for c in candidates(doc, found, window):
            if unrelated and frozenset((c.first, c.second)) in related:
                continue
            label = _label(gold.relations, mapping.get(c.first), mapping.get(c.second))
            out.append((features(doc, found, c, context), label))
    return out


def encode(examples, min_count: int = 2) -> tuple[list[str], list[list[int]]]:
    """The features seen on at least ``min_count`` examples (sorted), and each example's
    feature indices (``bias`` alone for one with none of them).

    Examples
    --------
    >>> encode([(["bias", "a", "b"], 0), (["bias", "a"], 1), (["bias", "c"], 0)])
    (['a', 'bias'], [[1, 0], [1, 0], [1]])
    """
    counts: dict[str, int] = {}
    for names, _label in examples:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    vocabulary = sorted(n for n, k in counts.items() if k >= min_count)
    if len({key(n) for n in vocabulary}) != len(vocabulary):
        raise ValueError("two features share a key; lengthen relmodel.key's digest")
    at = {n: i for i, n in enumerate(vocabulary)}
    rows = [[at[n] for n in names if n in at] or [at["bias"]] for names, _l in examples]
    return vocabulary, rows


def fit(
    rows: list[list[int]],
    labels: np.ndarray,
    *,
    n_features: int,
    n_classes: int,
    rounds: int = 300,
    l2: float = 1e-3,
    rate: float = 0.5,
    balanced: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features x classes) and biases of a multinomial logistic regression over
    binary features (``rows``: the feature indices of each example), by full-batch gradient
    descent with AdaGrad steps; deterministic."""
    n = len(rows)
    flat = np.array([f for r in rows for f in r], dtype=np.int64)
    owner = np.repeat(np.arange(n), [len(r) for r in rows])
    starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
    w = np.zeros((n_features, n_classes))
    b = np.zeros(n_classes)
    gw2 = np.full_like(w, 1e-8)
    gb2 = np.full_like(b, 1e-8)
    onehot = np.eye(n_classes)[labels]
    # rare kinds weigh more (the square root of the inverse frequency; 1 for "none")
    counts = np.bincount(labels, minlength=n_classes).astype(float)
    balance = np.sqrt(counts[0] / np.maximum(counts, 1.0)) if balanced else np.ones(n_classes)
    weight = balance[labels][:, None]
    for _ in range(rounds):
        z = np.add.reduceat(w[flat], starts, axis=0) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        d = weight * (p - onehot) / n
        gw = np.zeros_like(w)
        np.add.at(gw, flat, d[owner])
        gw += l2 * w
        gb = d.sum(axis=0)
        gw2 += gw * gw
        gb2 += gb * gb
        w -= rate * gw / np.sqrt(gw2)
        b -= rate * gb / np.sqrt(gb2)
    return w, b


def train(
    examples: list[tuple[list[str], str]],
    *,
    min_count: int = 2,
    rounds: int = 300,
    l2: float = 1e-2,
    threshold: float = 0.5,
    window: int = 1,
    balanced: bool = False,
) -> dict:
    """The model's JSON data, fitted to ``examples`` (features, class)."""
    vocabulary, rows = encode(examples, min_count)
    labels = np.array([CLASSES.index(label) for _n, label in examples])
    w, b = fit(
        rows,
        labels,
        n_features=len(vocabulary),
        n_classes=len(CLASSES),
        rounds=rounds,
        l2=l2,
        balanced=balanced,
    )
    table = {
        key(name): [round(float(v), 4) for v in w[i]]
        for i, name in enumerate(vocabulary)
        if np.abs(w[i]).max() >= 0.01
    }
    return {
        "classes": list(CLASSES),
        "bias": [round(float(v), 4) for v in b],
        "threshold": threshold,
        "window": window,
        "examples": len(examples),
        "positives": int((labels > 0).sum()),
        "features": table,
    }


def _write(data: dict, out: Path) -> None:
    """JSON with one feature a line (small diffs when the model is trained again)."""
    head = {k: v for k, v in sorted(data.items()) if k != "features"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "features": {']
    rows = sorted(data["features"].items())
    lines += [
        f"{json.dumps(k)}: {json.dumps(v)}" + ("," if n < len(rows) - 1 else "")
        for n, (k, v) in enumerate(rows)
    ]
    lines.append("}}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def compare(
    fixtures: Path,
    ner: dict[str, object] | None = None,
    rounds=ROUNDS,
    blind: bool = False,
    **options,
) -> str:
    """Leave one blind round out: for each round, train on every other set (with ``blind``,
    on the sets before it only), then score the round's drafts without and with the relation
    model; a Markdown table. ``ner`` gives the name model to draft each round with (default
    the shipped one)."""
    import tempfile

    from samverkan.draft.evaluate import evaluate_pages, leave_out_table

    results = []
    for held in rounds:
        model = (ner or {}).get(held, True)
        started = time.process_time()
        window = options.get("window", 1)
        training = sets(fixtures, [held], blind=held if blind else None)
        examples = label_pages(fixtures, training, model, window)
        data = train(examples, **options)
        cpu = round(time.process_time() - started, 1)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "rel.json"
            _write(data, path)
            for name, rel in (("rules + name model", False), ("+ relation model", str(path))):
                rows = evaluate_pages(fixtures / held, model=model, relmodel=rel)
                results.append((held, name, rows, cpu if rel else ""))
    numbers = [str(_order(r)[0]) if _order(r)[0] >= 0 else r for r in rounds]
    return leave_out_table(results, f"**{', '.join(numbers)} together**")


def main(argv: list[str] | None = None) -> int:
    """Command line: train on the fixture sets, optionally leaving some out."""
    parser = argparse.ArgumentParser(prog="python -m samverkan.draft.train_rel")
    parser.add_argument("--fixtures", type=Path, default=Path("tests/fixtures"))
    parser.add_argument("--leave-out", action="append", default=[], metavar="SET")
    parser.add_argument(
        "--blind",
        metavar="ROUND",
        help="leave out ROUND (pages-roundN) and every later round",
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent / "rel_model.json"
    )
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--window", type=int, default=1)
    parser.add_argument(
        "--ner",
        action="append",
        default=[],
        metavar="SET=DIR",
        help="with --compare: draft SET with the name model in DIR",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="leave each blind round out in turn: without and with the model",
    )
    parser.add_argument(
        "--round",
        action="append",
        default=[],
        metavar="SET",
        help="with --compare: the rounds to leave out in turn (default rounds 7-10)",
    )
    parser.add_argument(
        "--blind-compare",
        action="store_true",
        help="with --compare: train only on the sets before each round left out",
    )
    args = parser.parse_args(argv)
    options = {"threshold": args.threshold, "window": args.window}
    if args.compare:
        ner = dict(item.split("=", 1) for item in args.ner)
        rounds = tuple(args.round) or ROUNDS
        print(compare(args.fixtures, ner, rounds, args.blind_compare, **options))
        return 0
    started = time.process_time()
    training = sets(args.fixtures, args.leave_out, args.blind)
    examples = label_pages(args.fixtures, training, True, args.window)
    data = train(examples, **options)
    _write(data, args.out)
    print(
        f"trained on {data['examples']} pairs ({data['positives']} related) of "
        f"{len(training)} sets ({', '.join(training)}) "
        f"in {time.process_time() - started:.1f} CPU s; {len(data['features'])} features "
        f"written to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
