"""``samverkan corpus add|list``: take a source text into a corpus directory, list it."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``corpus`` sub-command to ``sub``."""
    parser = sub.add_parser(
        "corpus",
        help="add a source text to a corpus directory; list the corpus",
        description="Corpus intake: put a text into a corpus directory under its corpus "
        "name, with its sha256, and keep the corpus index (index.csv).",
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, help="add or list"
    )
    add = actions.add_parser("add", help="add one text file to the corpus")
    add.add_argument("text", metavar="TEXT", type=Path, help="the page's text (UTF-8)")
    add.add_argument("--url", required=True, help="where the page was read")
    add.add_argument("--title", default="", help="the page's title")
    add.add_argument("--publisher", default="", help="who publishes the page")
    add.add_argument("--retrieved", default=None, help="date read, YYYY-MM-DD (default: today)")
    add.add_argument("--cut-short", action="store_true", help="the text is not the whole page")
    add.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="corpus directory of your own (default: $SAMVERKAN_CORPUS); never the shared one",
    )
    add.set_defaults(handler=_add)
    show = actions.add_parser("list", help="the corpus index")
    show.add_argument("--corpus", type=Path, default=None, help="corpus directory")
    show.set_defaults(handler=_list)


def _corpus(args: argparse.Namespace) -> Path:
    from samverkan.errors import SamverkanError

    if args.corpus is not None:
        return args.corpus
    if os.environ.get("SAMVERKAN_CORPUS"):
        return Path(os.environ["SAMVERKAN_CORPUS"])
    raise SamverkanError("no corpus directory: give --corpus DIR (or set SAMVERKAN_CORPUS)")


def _add(args: argparse.Namespace) -> int:
    from samverkan.corpus import add_text

    corpus = _corpus(args)
    entry = add_text(
        args.text,
        corpus,
        url=args.url,
        title=args.title,
        publisher=args.publisher,
        retrieved=args.retrieved,
        cut_short=args.cut_short,
    )
    print(f"added {corpus / entry.file} ({entry.characters} characters)")
    print(f'  sam:fileName "{entry.file}" ;')
    print(f'  sam:sha256 "{entry.sha256}" ;')
    print(f"  graph file to write: graph/{Path(entry.file).stem}.ttl")
    return 0


def _list(args: argparse.Namespace) -> int:
    from samverkan.corpus import list_corpus

    corpus = _corpus(args)
    entries = list_corpus(corpus)
    print(f"{'file':<26} {'retrieved':<10} {'chars':>6} cut  url / title / publisher")
    for e in entries:
        cut = "yes" if e.cut_short else "no "
        meta = " | ".join(x for x in (e.url, e.title, e.publisher) if x) or "(not in the index)"
        print(f"{e.file:<26} {e.retrieved or '-':<10} {e.characters:>6} {cut}  {meta}")
    print(f"{len(entries)} texts in {corpus}")
    return 0
