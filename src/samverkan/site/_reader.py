"""The document reader: a document's text with every evidence quote marked by its offsets.

Each quote is a ``<mark id="q-START-END">`` that links to the fact it supports in the list
beside the text; each fact links to its resource page. The text is read from the corpus at
build time (bytes decoded as UTF-8, the offsets counted in characters, as the evidence check
does); it is written only into the build output.

Examples
--------
>>> segments("abcdef", [(1, 3, "x"), (2, 5, "y")])
[('a', []), ('b', ['x']), ('c', ['x', 'y']), ('de', ['y']), ('f', [])]
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from samverkan.errors import SamverkanError
from samverkan.site._html import bi, page, text
from samverkan.site._site import Site as _Site
from samverkan.views._render import write_page

__all__ = ["reader_path", "segments", "write_readers"]


def segments(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, list[str]]]:
    """Cut ``body`` at every span boundary; each piece with the keys of the spans over it."""
    cuts = sorted({0, len(body), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        keys = [k for s, e, k in spans if s <= a and b <= e]
        out.append((body[a:b], keys))
    return out


def reader_path(iri: str) -> str:
    """The reader's path in the site, for the document ``iri``.

    Examples
    --------
    >>> reader_path("https://w3id.org/samverkan/id/dokument/000_1c1bf7a317be8ad1")
    'text/000_1c1bf7a317be8ad1.html'
    """
    return f"text/{iri.rstrip('/').rsplit('/', 1)[-1]}.html"


def write_readers(
    site: _Site,
    views_href: str | None,
    *,
    take: Callable[[str], bool] | None = None,
    names: dict[str, set[str]] | None = None,
    seen: set[str] | None = None,
) -> list[Path]:
    """One ``text/<document>.html`` per document whose file is in the corpus; the files
    written.

    ``take``, given a reader's path (:func:`reader_path`), puts the previous build's reader
    in the site and says whether it did (an incremental build's; the others are written).
    With ``names`` and ``seen`` (the set of :func:`samverkan.site._incremental.recording`),
    ``names[path]`` is what each reader written names.
    """
    assert site.corpus is not None
    by_doc: dict[str, list[Any]] = defaultdict(list)
    for row in site.annotations:
        by_doc[row.document].append(row)
    written = []
    for iri, doc in sorted(site.documents.items()):
        if not doc.file:
            continue
        here = reader_path(iri)
        if take is not None and take(here):
            continue
        source = site.corpus / str(doc.file)
        try:
            body = source.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise SamverkanError(f"cannot read the document's text: {error}", path=source) from None
        if seen is not None:
            seen.clear()
        written.append(_write_reader(site, iri, here, body, by_doc.get(iri, []), views_href))
        if names is not None and seen is not None:
            names[here] = set(seen)
    return written


def _write_reader(
    site: _Site, iri: str, here: str, body: str, rows: list[Any], views_href: str | None
) -> Path:
    spans: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for row in rows:
        start, end = int(row.start), int(row.end)
        if 0 <= start < end <= len(body):
            spans[(start, end)].append(row)
    keys = [(s, e, f"q-{s}-{e}") for s, e in sorted(spans)]
    parts = []
    opened: set[str] = set()
    for piece, over in segments(body, keys):
        if not over:
            parts.append(text(piece))
            continue
        key = over[-1]
        anchor = "" if key in opened else f' id="{key}"'
        opened.add(key)
        parts.append(
            f'<a class="quote" href="#f-{key}"><mark{anchor} title="{text(", ".join(over))}">'
            f"{text(piece)}</mark></a>"
        )
    facts = []
    for s, e, key in keys:
        about = ", ".join(sorted({site.link(r.subject, here) for r in spans[(s, e)]}))
        facts.append(
            f'<li id="f-{key}"><a href="#{key}">{s}–{e}</a> {about}<br>'
            f"<q>{text(spans[(s, e)][0].quote)}</q></li>"
        )
    sv, en = site.label(iri)
    nav = []
    if views_href:
        nav.append(
            f'<a href="{text(site.rel(views_href, here))}">{bi("Alla vyer", "All views")}</a>'
        )
    nav.append(site.link(iri, here))
    heading = (
        f'<h1>{bi(sv, en)}</h1><p class="sub">{site.document(iri, here)} · '
        + bi(f"{len(keys)} citat markerade", f"{len(keys)} quotes marked")
        + "</p>"
    )
    content = (
        '<div class="reader"><div class="text" lang="sv">' + "".join(parts) + "</div>"
        f"<aside><h2>{bi('Fakta som citaten stöder', 'Facts the quotes support')}</h2>"
        f"<ol>{''.join(facts)}</ol></aside></div>"
    )
    return write_page(site.out / here, page(sv, en, heading, " ".join(nav), content))
