"""``samverkan draft``: a first Turtle graph of a new document, for a person to review."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "draft",
        help="draft a new document's graph from its Swedish text",
        description=(
            "Read one Swedish page and write a Turtle graph in the shape of the curated ones: "
            "metadata, actors reconciled with the build, funding and collaboration, each with "
            'its evidence quote and offsets; unsure facts are marked sam:reviewStatus "draft". '
            "With --evaluate, measure precision and recall instead."
        ),
    )
    parser.add_argument("document", nargs="?", type=Path, help="the text (NAME.txt)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="directory of texts: where DOCUMENT is looked up when it is a bare "
        "name, and what --evaluate drafts (default: $SAMVERKAN_CORPUS or "
        "../shared/corpus)",
    )
    parser.add_argument(
        "--file",
        type=Path,
        default=None,
        help="where to write the draft (default: drafts/NAME.ttl)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("out"),
        help="the build to reconcile actors with (default: out; without a "
        "build, the project's graph/ files)",
    )
    parser.add_argument(
        "--municipality",
        default=None,
        metavar="NAME|CODE",
        help="the municipality whose page it is, for a text that never names it (only its "
        "town, bath or school): the page's publisher and the municipality of its units "
        "(default: the one the publisher of the page names in the corpus index beside it)",
    )
    parser.add_argument(
        "--evaluate",
        action="store_true",
        help="draft each curated document leaving its own graph file out, and "
        "print precision and recall of actors and relations",
    )
    parser.add_argument(
        "--pages",
        type=Path,
        default=None,
        help="with --evaluate: score the test pages of this directory "
        "(NAME.txt beside NAME.expected.ttl) instead of the corpus",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="with --evaluate: also list, per document, the actors and relations missed and "
        "those drafted that the expected graph does not hold, each relation with the reason "
        "(an end not drafted, both ends drafted and no relation, another kind or parent), "
        "and a table of the reasons by kind of relation",
    )
    parser.add_argument(
        "--model",
        nargs="?",
        const=True,
        default=None,
        metavar="DIR",
        help="the trained name model that proposes actors the rules missed, for review: the "
        "shipped one, or the one in DIR (python -m samverkan.draft.train_ner trains one); a "
        "draft and --evaluate use the shipped model unless --no-model is given",
    )
    parser.add_argument(
        "--relation-model",
        nargs="?",
        const=True,
        default=False,
        metavar="FILE",
        help="also ask the trained relation model (python -m samverkan.draft.train_rel) for "
        "relations the rules missed, for review: the shipped weights, or those in FILE; off "
        "by default (on nine blind rounds it added 38 right and 21 wrong relations: "
        "docs/drafter.md)",
    )
    parser.add_argument(
        "--party-model",
        nargs="?",
        const=True,
        default=None,
        metavar="FILE",
        help="the trained party model that joins drafted organisations to the collaborations "
        "the rules drafted, for review: the shipped weights, or those in FILE (python -m "
        "samverkan.draft.train_party trains them); on with the name model unless "
        "--no-party-model or --no-model is given",
    )
    parser.add_argument(
        "--party-threshold",
        type=float,
        default=None,
        metavar="P",
        help="join a body to a collaboration when the party model's probability reaches P "
        "(0 < P < 1) instead of the threshold its file holds (the shipped one's is chosen for "
        "relation recall on held-out rounds; a higher P drafts fewer and surer memberships: "
        "docs/drafter.md)",
    )
    parser.add_argument(
        "--no-party-model",
        dest="party_model",
        action="store_const",
        const=False,
        help="draft (or evaluate) without the party model",
    )
    parser.add_argument(
        "--no-model",
        dest="model",
        action="store_const",
        const=False,
        help="draft (or evaluate) without the name model and the party model: the rules "
        "alone, or the rules and the relation model with --relation-model",
    )
    parser.set_defaults(handler=_run)


def _index(out: Path):
    from samverkan.draft.reconcile import index_graphs, index_store
    from samverkan.load import parse_turtle
    from samverkan.paths import project_dir
    from samverkan.store import STORE_NAME

    if (out / STORE_NAME).is_dir():
        return index_store(out), f"the build in {out}"
    graph_dir = project_dir("graph")
    return index_graphs(parse_turtle(p) for p in sorted(graph_dir.glob("*.ttl"))), str(graph_dir)


def _with_threshold(party: bool | str | Path, threshold: float) -> dict:
    """The party model's weights (the shipped ones, or those in the file ``party``) with
    ``threshold`` in place of their own.

    >>> _with_threshold(True, 0.3)["threshold"]
    0.3
    >>> _with_threshold(True, 1.5)
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: --party-threshold must lie between 0 and 1, not 1.5
    """
    from samverkan.draft.partymodel import load
    from samverkan.errors import SamverkanError

    if not party:
        raise SamverkanError(
            "--party-threshold goes with the party model (not with --no-party-model or --no-model)"
        )
    if not 0 < threshold < 1:
        raise SamverkanError(f"--party-threshold must lie between 0 and 1, not {threshold}")
    return {**load(None if party is True else str(party)), "threshold": threshold}


def _run(args: argparse.Namespace) -> int:
    from samverkan.errors import SamverkanError
    from samverkan.paths import default_corpus

    if args.model is None:
        args.model = True  # a draft, and so its evaluation, asks the shipped name model too
    party = args.party_model
    if party is None:
        party = bool(args.model)  # the party model goes with the name model
    if args.party_threshold is not None:
        party = _with_threshold(party, args.party_threshold)
    relmodel = args.relation_model  # off unless asked for, with or without the name model
    if args.evaluate:
        if args.municipality is not None:
            raise SamverkanError("--municipality goes with one document, not --evaluate")
        from samverkan.draft.evaluate import (
            evaluate_corpus,
            evaluate_pages,
            format_misses,
            format_rows,
        )

        if args.pages is not None:
            if not args.pages.is_dir():
                raise SamverkanError("no such directory of test pages", path=args.pages)
            rows = evaluate_pages(args.pages, model=args.model, relmodel=relmodel, party=party)
            what = f"test pages in {args.pages}, reconciled against the curated graph"
        else:
            corpus = args.corpus if args.corpus is not None else default_corpus()
            if corpus is None or not Path(corpus).is_dir():
                raise SamverkanError("no corpus directory (give --corpus DIR)", path=corpus)
            rows = evaluate_corpus(Path(corpus), model=args.model, relmodel=relmodel, party=party)
            what = f"curated documents in {corpus}, each left out of the graph it reconciles with"
        if not rows:
            raise SamverkanError("nothing to evaluate: no text with an expected graph")
        print(f"Drafts of {len(rows)} {what}:\n")
        print(format_rows(rows))
        if args.misses:
            print("\nWhat the drafts missed and what they drafted that is not expected:\n")
            print(format_misses(rows))
        return 0
    if args.misses:
        raise SamverkanError("--misses goes with --evaluate")
    municipality = None
    if args.municipality is not None:
        from samverkan.draft import municipality_code

        municipality = municipality_code(args.municipality)
    if args.document is None:
        raise SamverkanError("give the text to draft (samverkan draft DOC.txt) or --evaluate")
    from samverkan.draft import draft_file

    source = args.document
    if not source.exists() and args.corpus is not None and (args.corpus / source).exists():
        source = args.corpus / source
    if not source.is_file():
        raise SamverkanError("no such file", path=source)
    target = args.file if args.file is not None else Path("drafts") / f"{source.stem}.ttl"
    started = time.perf_counter()
    index, against = _index(args.out)
    from samverkan.draft.nlp import pipeline

    pipeline()
    if args.model:
        from samverkan.draft.ner import load

        load(None if args.model is True else str(args.model))
    if party and not isinstance(party, dict):
        from samverkan.draft.partymodel import load as load_parties

        load_parties(None if party is True else str(party))
    ready = time.perf_counter()
    draft = draft_file(
        source,
        index,
        target,
        model=args.model,
        relmodel=relmodel,
        party=party,
        municipality=municipality,
    )
    done = time.perf_counter()
    unsure = sum(a.unsure or a.parent_unsure for a in draft.actors.values()) + sum(
        r.unsure for r in draft.relations
    )
    known = sum(a.known or a.reference for a in draft.actors.values())
    print(
        f"Drafted {target}: {len(draft.actors)} actors ({known} already known in {against}), "
        f"{len(draft.relations)} relations; about {unsure} marked for review "
        '(sam:reviewStatus "draft").',
        file=sys.stdout,
    )
    if draft.left_out:
        print(
            "  left out, named only in a refused application or a bare negation, a post "
            "named only by a bare word or as the staff of a body that is not a party, a group "
            "of people or a library that nothing ties to the work: "
            f"{', '.join(draft.left_out)} (add any the page means as a party by hand)"
        )
    print(
        f"  {done - ready:.2f} s to draft the text, {ready - started:.2f} s to load the "
        "language pipeline and the known actors"
    )
    return 0
