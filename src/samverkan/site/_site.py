"""What every resource page needs, read once for the whole site: the resources and their
addresses, labels, documents, quotes, and each panel's rows for every resource.

Each panel query runs once with ``?resource`` unbound (:func:`samverkan.site._queries.
every_resource`); its rows are grouped by resource into lists of named tuples, the same
rows in the same order as the query each page shows. A page then costs look-ups in
dictionaries, never a query or a pass over the whole answer: the cost of a page does not
grow with the graph. Names and links are computed once per resource and reused on every
page that shows them; relative links are computed from the paths alone (no file system
call), as :func:`os.path.relpath` gives them.

Examples
--------
>>> page_path("https://w3id.org/samverkan/id/kommun/1281")
'kommun/1281.html'
>>> relative("aktor/x.html", "kommun/1281.html"), relative("kommun/1.html", "kommun/2.html")
('../aktor/x.html', '1.html')
"""

from __future__ import annotations

import itertools
import os
from collections import defaultdict, namedtuple
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.namespaces import DCTERMS, ORG, RDFS
from samverkan.site import _queries as Q
from samverkan.site._html import bi, text
from samverkan.site._names import BASE, PROPERTY_NAMES, page_path
from samverkan.site._queries import chunked, select
from samverkan.site._ties import tie_rows
from samverkan.views._format import fmt

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    import pyoxigraph

    from samverkan.site._reads import Reads

__all__ = ["BASE", "BOUND_AT_MOST", "CHUNK", "Site", "page_path", "relative", "select"]

#: The most resources whose rows a panel's query is bound to by ``VALUES`` (the pages an
#: incremental build writes again), :data:`CHUNK` at a time; for more, the query reads
#: every resource's rows and the others are dropped. Measured at 1.01M quads in memory
#: (CPU s, docs/scale.md), on the pages two rebuilds wrote (513, and 50 with a national
#: actor among them) and on random resources: the stated facts 0.55 for 513 and 0.10 for
#: 50 against 6.8 for all, but 50-130 for one query bound to 1,500-4,000 (the store plans
#: a long ``VALUES`` otherwise); the derived facts 3.3 for 513, 2.2 for 50 and 1.7-5.2
#: for 100 to 3,000 against 15.0; the ties (:data:`Q.TIES_BRANCHES`) 22.1 for 513 and 2.1
#: for 50 against 9.3-12.7; the quotes, bound in SPARQL, 5.6 for 50 and 7.3 for 100
#: against 3.8, so they are joined in Python instead (``Site._evidence_of``): 0.7 for 59
#: and 0.8 for 3,000 against 4.5. Since the ties of every resource are read without the
#: document's type in SPARQL (:data:`Q.TIES_REASONS`, 0.9 CPU s for all), bound reasons
#: were measured at 0.20 CPU s for 5, 0.70 for 20, 1.78 for 50 and 3.62 for 100, drawn
#: from a rebuild's pages (2026-12-04). Bound ties are compared with all that reading
#: every resource's ties costs (:func:`samverkan.site._ties.tie_rows`, 2.25-2.35 CPU s):
#: the 24 pages of a national-tie edit (47,204 rows) 1.08-1.15 against 2.32; with random
#: actors added, 1.2-1.3 for 40, 1.5-1.6 for 60, 1.9-2.0 for 100, 2.0-2.2 for 160
#: (2026-12-07, the store of a 1.01M-quad build in memory; docs/scale.md); the 66 pages
#: of the benchmark's first edit (25,415 rows) 1.10-1.22 against 2.16-2.55 (three rounds).
BOUND_AT_MOST = {"stated": 4000, "derived": 3200, "ties": 150, "evidence": 4000}
#: The most resources bound by one query of a panel (see :data:`BOUND_AT_MOST`).
CHUNK = {"stated": 400, "derived": 1600, "ties": 200, "evidence": 400}
_RDFS_LABEL = str(RDFS.label)
_TITLE = str(DCTERMS.title)
_MEMBER = str(ORG.member)
_ORGANIZATION = str(ORG.organization)


#: How many links :meth:`Site.link` keeps at most (then it starts again).
_LINKS_KEPT = 200_000


def relative(target: str, here: str) -> str:
    """The link from the page ``here`` to ``target``, both relative to the site directory.

    The same text as ``os.path.relpath(target, os.path.dirname(here) or ".")``, computed
    from the paths alone when both are plain (no ``.``, ``..`` or empty part, not
    absolute); otherwise that call itself.

    Examples
    --------
    >>> relative("index.html", "kommun/1281.html"), relative("kommun/1281.html", "index.html")
    ('../index.html', 'kommun/1281.html')
    >>> relative("../index.html", "kommun/1281.html") == os.path.relpath(
    ...     "../index.html", "kommun")
    True
    """
    start = here.rpartition("/")[0]
    target_parts = target.split("/")
    start_parts = start.split("/") if start else []
    if not _plain(target_parts) or not _plain(start_parts):
        return os.path.relpath(target, start or ".").replace(os.sep, "/")
    common = 0
    for a, b in zip(start_parts, target_parts, strict=False):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start_parts) - common) + target_parts[common:]
    return "/".join(parts) if parts else "."


def _plain(parts: list[str]) -> bool:
    return all(p and p != "." and p != ".." for p in parts)


def _term_order(value: Any, node: bool = False) -> tuple[int, Any]:
    """SPARQL's order of one value as :func:`select` gives it: unbound first, then (for
    a ``node``, a column that may hold blank nodes) blank nodes (``_:x``), then IRIs and
    plain literals by their text, numbers by value."""
    if value is None:
        return (0, "")
    if node and isinstance(value, str) and value.startswith("_:"):
        return (1, value)
    return (2, value)


def _evidence_order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The order of :data:`Q.EVIDENCE` for every resource: ``?resource ?document ?start
    ?subject ?property ?end ?quote`` (the row's columns are resource, subject, property,
    document, quote, start, end).

    Examples
    --------
    >>> rows = [("r", "s", "p", "d", "q", 5, 9), ("r", "s", None, "d", "q", 5, 9),
    ...         ("r", "_:b", "p", "d", "q", 5, 9)]
    >>> [(row[1], row[2]) for row in sorted(rows, key=_evidence_order)]
    [('_:b', 'p'), ('s', None), ('s', 'p')]
    """
    resource, subject, prop, document, quote, start, end = row
    return (
        _term_order(resource),
        _term_order(document),
        _term_order(start),
        _term_order(subject, node=True),
        _term_order(prop),
        _term_order(end),
        _term_order(quote),
    )


def _row_type(names: Iterable[str]) -> Callable[..., Any]:
    return namedtuple("Row", list(names))._make  # type: ignore[misc]


class Site:
    """What every page needs: labels, documents, measures, the pages that exist, and each
    panel's rows per resource (lists of named tuples, ``[]`` for a resource without)."""

    def __init__(
        self,
        store: pyoxigraph.Store,
        out: Path,
        network: nx.Graph | None,
        tables: list[pd.DataFrame],
        corpus: Path | None,
        *,
        rows: bool = True,
        reads: Reads | None = None,
    ) -> None:
        from samverkan.query import run_query

        self.store = store
        self.out = out
        self.run = lambda q, iri=None: run_query(
            store, q, {"resource": iri} if iri else None, labels=False
        )
        if reads is None:
            from samverkan.site._reads import Reads

            reads = Reads.read(store)
        #: the whole-store reads (:class:`samverkan.site._reads.Reads`), kept for the next build
        self.reads = reads
        self.classes: dict[str, list[str]] = defaultdict(list, reads.classes)
        self.resources = sorted(self.classes)
        self.pages = {r: page_path(r) for r in self.resources}
        self.labels: dict[str, dict[str, str]] = reads.labels
        self.props: dict[str, dict[str, set[Any]]] = reads.props
        document_row = _row_type(reads.columns["documents"])
        self.documents = {d: document_row(row) for d, row in reads.documents.items()}
        self.network = network
        self.tables = tables
        self.measures = _measure_rows(tables)
        self.corpus = corpus
        annotation_row = _row_type(reads.columns["annotations"])
        self.annotations = [
            annotation_row(row) for rows in reads.annotations.values() for row in rows
        ]
        self.drafts = {str(s) for statements in reads.drafts.values() for s in statements}
        self.stated: dict[str, list[Any]] = {}
        self.derived: dict[str, list[Any]] = {}
        self.ties: dict[str, list[Any]] = {}
        self.evidence: dict[str, list[Any]] = {}
        #: the parts of each page written or linked so far, the files of its panels'
        #: rows where they are many (:func:`samverkan.site._panels.part_file`)
        self.parts: dict[str, list[str]] = {}
        if rows:
            self.load_rows()
        self.by_subject: dict[str, list[Any]] = defaultdict(list)
        for row in self.annotations:
            self.by_subject[row.subject].append(row)
        self._names: dict[str, tuple[str, str]] = {}
        self._bi: dict[str, str] = {}
        self._extras: dict[str, str] = {}
        #: the link to each IRI's page from each directory of the site (:meth:`link`)
        self._links: dict[tuple[str, str], str] = {}

    def load_rows(
        self,
        only: Collection[str] | None = None,
        kept: dict[str, dict[str, list[Any]]] | None = None,
        *,
        add: bool = False,
    ) -> None:
        """Each panel's rows: of every resource, or of the resources ``only``.

        Each panel query runs once with ``?resource`` unbound: every resource's rows at
        once (the query a page shows binds ?resource and gives the same rows, in the same
        order). With ``only`` (an incremental build's pages to write again) the same
        queries run with ``?resource`` bound to those resources
        (:func:`samverkan.site._queries.restrict`) while they are few
        (:data:`BOUND_AT_MOST`, per panel), :data:`CHUNK` at a time; when they are more,
        the panel's query reads every resource's rows as in a full build and the rows of
        the others are dropped. ``kept`` gives, per panel (``"stated"``, ``"derived"``),
        rows of some of the resources that are still the store's (the previous build's,
        :meth:`samverkan.site._incremental.Previous.kept_rows`): those are not read again.
        With ``add`` the rows of ``only`` join those already loaded (of other resources)
        instead of replacing them.
        """
        if add:
            before = (self.stated, self.derived, self.ties, self.evidence)
            self.load_rows(only, kept)
            for old, new in zip(
                before, (self.stated, self.derived, self.ties, self.evidence), strict=True
            ):
                for resource, rows in old.items():
                    new.setdefault(resource, rows)
            return
        wanted = None if only is None else set(only)
        if wanted is not None and not wanted:
            self.stated, self.derived, self.ties, self.evidence = {}, {}, {}, {}
            return
        bound = sorted(wanted) if wanted is not None else []
        kept = kept or {}

        def few(panel: str) -> bool:
            return wanted is not None and len(wanted) <= BOUND_AT_MOST[panel]

        def rows(panel: str, query: str) -> dict[str, list[Any]]:
            have = kept.get(panel, {})
            some = wanted if wanted is None else wanted - have.keys()
            if some is not None and not some:
                return {k: have[k] for k in wanted or ()}
            if some is not None and len(some) <= BOUND_AT_MOST[panel]:
                found: str | tuple[list[str], list[tuple[Any, ...]]] = chunked(
                    sorted(some),
                    CHUNK[panel],
                    lambda part: (
                        Q.derived_rows(self.store, part)
                        if query == Q.DERIVED_EVERY
                        else select(self.store, Q.restrict(query, part))
                    ),
                )
            else:
                found = query
            read = self._by_resource(found, some)
            read.update((k, have[k]) for k in (wanted or ()) if k in have)
            return read

        self.stated = rows("stated", Q.every_resource(Q.STATED))
        self.derived = rows("derived", Q.DERIVED_EVERY)
        ties = (
            chunked(bound, CHUNK["ties"], lambda some: tie_rows(self.store, select, some))
            if few("ties")
            else tie_rows(self.store, select, None, keep=wanted)
        )
        self.ties = self._by_resource(ties, wanted)
        self.evidence = self._by_resource(
            self._evidence_of(bound)
            if few("evidence")
            else select(self.store, Q.every_resource(Q.EVIDENCE)),
            wanted,
        )

    def _evidence_of(self, bound: list[str]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The rows of :data:`Q.EVIDENCE` (``?resource`` first) of the resources
        ``bound``, in its order: each resource's own quotes and those of the facts whose
        object it is (:data:`Q.EVIDENCE_ABOUT`, bound :data:`CHUNK` at a time), joined in
        Python with the quotes of :attr:`annotations` (the same conditions: a quote of the
        subject in the document's graph, on that document). Bound to the resources, the
        store's plan for the whole query was slower than reading every resource's rows."""
        quotes: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for row in self.annotations:
            quotes[(row.subject, row.document)].append((row.quote, row.start, row.end))
        of_subject: dict[str, list[str]] = defaultdict(list)
        for subject, document in quotes:
            of_subject[subject].append(document)
        found: set[tuple[Any, ...]] = set()
        for resource in bound:
            for document in of_subject.get(resource, ()):
                for quote, start, end in quotes[(resource, document)]:
                    found.add((resource, resource, None, document, quote, start, end))
        for start_at in range(0, len(bound), CHUNK["evidence"]):
            some = bound[start_at : start_at + CHUNK["evidence"]]
            about = select(self.store, Q.restrict(Q.EVIDENCE_ABOUT, some))[1]
            for resource, subject, prop, document in about:
                for quote, start, end in quotes.get((subject, document), ()):
                    found.add((resource, subject, prop, document, quote, start, end))
        names = ["resource", "subject", "property", "document", "quote", "start", "end"]
        return names, sorted(found, key=_evidence_order)

    def _rows(self, query: str) -> list[Any]:
        names, rows = select(self.store, query)
        make = _row_type(names)
        return [make(row) for row in rows]

    def _by_resource(
        self,
        query: str | tuple[list[str], list[tuple[Any, ...]]],
        only: Collection[str] | None = None,
    ) -> dict[str, list[Any]]:
        """The rows of ``query`` (``?resource`` projected first; or its columns and rows)
        per resource with a page (of ``only`` if given), each without the ``resource``
        column."""
        names, rows = select(self.store, query) if isinstance(query, str) else query
        if names[0] != "resource":
            raise ValueError("the first column of a panel query for every resource")
        make = _row_type(names[1:])
        groups: dict[str, list[Any]] = {}
        pages = self.pages if only is None else {k for k in only if k in self.pages}
        for key, group in itertools.groupby(rows, key=lambda row: row[0]):
            if key in pages:
                groups.setdefault(key, []).extend(make(row[1:]) for row in group)
        return groups

    # ---------------------------------------------------------------- names and links

    def set_labels(self, labels: dict[str, dict[str, str]]) -> None:
        """Use ``labels`` (IRI -> language -> label) from now on."""
        self.labels = labels
        self._names.clear()
        self._bi.clear()
        self._extras.clear()

    def label(self, iri: str) -> tuple[str, str]:
        """Swedish and English label of ``iri`` (its last part when it has none).

        A membership, which has no label, is named after its member and organisation.
        """
        found = self._names.get(iri)
        if found is None:
            found = self._names[iri] = self._label(iri)
        return found

    def _label(self, iri: str) -> tuple[str, str]:
        found = self.labels.get(iri, {})
        if "sv" not in found and iri in PROPERTY_NAMES:
            return PROPERTY_NAMES[iri]
        props = self.props.get(iri, {})
        if not found and props.get(_MEMBER) and props.get(_ORGANIZATION):
            member = self.label(min(props[_MEMBER]))
            org = self.label(min(props[_ORGANIZATION]))
            return (
                f"{member[0]}: medlem i {org[0]}",
                f"{member[1]}: member of {org[1]}",
            )
        fallback = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri
        sv = found.get("sv") or found.get("en") or fallback
        return sv, found.get("en") or sv

    def named(self, iri: str) -> str:
        """The name of ``iri`` in both languages, as HTML."""
        found = self._bi.get(iri)
        if found is None:
            found = self._bi[iri] = bi(*self.label(iri))
        return found

    def link(self, iri: str, here: str) -> str:
        """A link to the page of ``iri`` from the page ``here``, or its name as text.

        Made once for each page directory: a national actor's page links the same
        documents and partners thousands of times (at a million quads, the 35 pages of a
        rebuild made 349,000 links, a fifth of its resource pages' time).
        """
        key = (iri, here.rpartition("/")[0])
        found = self._links.get(key)
        if found is None:
            if len(self._links) > _LINKS_KEPT:
                self._links.clear()
            target = self.pages.get(iri)
            if not target:
                found = self.named(iri)
            else:
                found = f'<a href="{text(relative(target, here))}">{self.named(iri)}</a>'
            self._links[key] = found
        return found

    def value(self, value: Any, here: str) -> str:
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return self.link(value, here)
        return text(fmt(value))

    def document(self, iri: str, here: str) -> str:
        """A document as its title, date and publisher, linked to its page."""
        row = self.documents.get(iri)
        if row is None:
            return self.link(iri, here)
        extra = self._extras.get(iri)
        if extra is None:
            publisher = self.label(row.publisher)[0] if row.publisher else ""
            words = ", ".join(v for v in (publisher, fmt(row.issued)) if v)
            extra = self._extras[iri] = f" ({text(words)})" if words else ""
        return self.link(iri, here) + extra

    def rel(self, target: str, here: str) -> str:
        return relative(target, here)


def _measure_rows(tables: list[pd.DataFrame]) -> dict[str, dict[str, Any]]:
    """Each node's measures from the first table that holds it, as a column -> value dict
    holding what ``table.loc[node][column]`` gives (numpy's scalars for numeric columns:
    a page tells a Python ``True`` from numpy's)."""
    found: dict[str, dict[str, Any]] = {}
    for table in tables:
        columns = {column: table[column].to_numpy() for column in table.columns}
        for i, key in enumerate(table.index):
            if key not in found:
                found[key] = {column: values[i] for column, values in columns.items()}
    return found


def _ties_in_order(groups: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """The ties of each resource with rows equal in every sort key of :data:`Q.TIES`
    (``?other ?basis ?via ?document``) put in the order of their facts: a total order,
    where SPARQL leaves the order of such rows to the engine.

    Examples
    --------
    >>> Tie = namedtuple("Tie", "other basis via document fact1 fact2")
    >>> rows = [Tie("b", "co-member", "n", "d", "m3", "m1"), Tie("b", "co-member", "n", "d",
    ...         "m3", "m0"), Tie("a", "member", None, "d", "m9", None)]
    >>> [(r.other, r.fact2) for r in _ties_in_order({"x": rows})["x"]]
    [('b', 'm0'), ('b', 'm1'), ('a', None)]
    """

    def key(row: Any) -> tuple[Any, ...]:
        return (row.other, row.basis, row.via, row.document)

    def facts(row: Any) -> tuple[Any, ...]:
        return (row.fact1 is not None, row.fact1 or "", row.fact2 is not None, row.fact2 or "")

    ordered = {}
    for resource, rows in groups.items():
        out: list[Any] = []
        for _, run in itertools.groupby(rows, key=key):
            out.extend(sorted(run, key=facts))
        ordered[resource] = out
    return ordered
