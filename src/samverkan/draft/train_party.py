"""Train the drafter's party model on the project's own annotated test pages.

Each page in ``tests/fixtures`` with an expected file is drafted as ``samverkan draft`` does
with the rules and the name model; for every collaboration the rules drafted and every drafted
organisation outside it (:func:`samverkan.draft.partymodel.pairs`), the label comes from the
expected file: the drafted actors are matched to the expected ones as the scorer matches them
(:func:`samverkan.draft.score.score`: by IRI, else by label), and the organisation is a party
(label 1) when the expected graph makes it a partner of at least half of the collaboration's
matched parties (and of one at least). A logistic regression over the binary features
(features seen on at least two candidates; L2 penalty; full-batch gradient descent with AdaGrad
steps, a fixed number of rounds, no randomness: :func:`samverkan.draft.train_rel.fit`) is
fitted with numpy and written as JSON. The curated corpus texts are never trained on. Run from
a checkout::

    python -m samverkan.draft.train_party --blind pages-round168   # the shipped party_model.json
    python -m samverkan.draft.train_party --out /tmp/party.json    # every annotated page
    python -m samverkan.draft.train_party --validate pages-round140  # pick the threshold

``--blind pages-roundR`` leaves round R and every later round out (R unseen, as it is when it
is blind); ``--validate pages-roundR`` trains on the rounds before R and prints, for each
threshold, the relations right and drafted on R and every later round (rules and name model
with the party model), beside those without it.

Examples
--------
>>> label({("partner", "a", "c"), ("partner", "b", "c")}, "c", ["a", "b"])
1
>>> label({("partner", "a", "c")}, "c", ["a", "b", "d"])
0
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from samverkan.draft.partymodel import features
from samverkan.draft.relmodel import key
from samverkan.draft.train_rel import _write, drafted_pages, encode, fit, sets

__all__ = ["label", "label_pages", "main", "train"]


def label(relations: set[tuple[str, str, str]], gx: str | None, parties: list[str]) -> int:
    """1 when ``gx`` is the expected partner of at least half of ``parties`` (and of one)."""
    if gx is None or not parties:
        return 0
    hits = sum(1 for g in parties if g != gx and ("partner", *sorted((gx, g))) in relations)
    return int(hits >= max(1, (len(parties) + 1) // 2))


def label_pages(fixtures: Path, names) -> list[tuple[list[str], int]]:
    """(features, label) of every candidate of the pages in the folders ``names``, drafted
    with the rules and the name model (:func:`samverkan.draft.train_rel.drafted_pages`)."""
    from samverkan.draft.partymodel import pairs

    out: list[tuple[list[str], int]] = []
    for draft, doc, found, gold, mapping in drafted_pages(fixtures, names):
        for page, at, iri in pairs(doc, found, draft):
            rel = draft.relations[at]
            parties = [mapping[m] for m in rel.members if m in mapping]
            y = label(gold.relations, mapping.get(iri), parties)
            out.append((features(page, found, draft, iri, rel), y))
    return out


def train(
    examples: list[tuple[list[str], int]],
    *,
    min_count: int = 2,
    rounds: int = 1500,
    l2: float = 3e-3,
    threshold: float = 0.3,
) -> dict:
    """The model's JSON data, fitted to ``examples`` (features, label)."""
    vocabulary, rows = encode(examples, min_count)
    labels = np.array([y for _n, y in examples])
    w, b = fit(rows, labels, n_features=len(vocabulary), n_classes=2, rounds=rounds, l2=l2)
    weight = w[:, 1] - w[:, 0]
    return {
        "bias": round(float(b[1] - b[0]), 4),
        "threshold": threshold,
        "examples": len(examples),
        "positives": int(labels.sum()),
        "features": {
            key(name): round(float(weight[i]), 4)
            for i, name in enumerate(vocabulary)
            if abs(weight[i]) >= 0.01
        },
    }


def _relations(fixtures: Path, names, weights: dict | None) -> tuple[int, int, int]:
    """Relations right, drafted and expected on the folders ``names``."""
    from samverkan.draft.evaluate import evaluate_pages

    totals = [0, 0, 0]
    for name in names:
        for row in evaluate_pages(fixtures / name, model=True, party=weights or False):
            r = row.relations
            for i, v in enumerate((r.true_positives, r.predicted, r.expected)):
                totals[i] += v
    return totals[0], totals[1], totals[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samverkan.draft.train_party")
    parser.add_argument("--fixtures", type=Path, default=Path("tests/fixtures"))
    parser.add_argument("--blind", default=None, help="leave this round and later ones out")
    parser.add_argument("--validate", default=None, help="train before this round, score it on")
    parser.add_argument("--threshold", type=float, default=0.3)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    from samverkan.draft.partymodel import MODEL_FILE

    started = time.process_time()
    if args.validate:
        every = sets(args.fixtures)
        before = sets(args.fixtures, blind=args.validate)
        later = [s for s in every if s not in before]
        data = train(label_pages(args.fixtures, before))
        base = _relations(args.fixtures, later, None)
        print(f"{len(later)} folders from {args.validate}: without the party model {base}")
        for threshold in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
            got = _relations(args.fixtures, later, {**data, "threshold": threshold})
            print(f"  threshold {threshold}: right, drafted, expected {got}")
        return 0
    names = sets(args.fixtures, blind=args.blind)
    data = train(label_pages(args.fixtures, names), threshold=args.threshold)
    out = args.out or MODEL_FILE
    _write(data, out)
    print(
        f"{out}: {data['examples']} candidates ({data['positives']} parties) from "
        f"{len(names)} folders, {len(data['features'])} features, "
        f"{time.process_time() - started:.0f} CPU s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
