"""The violation queries after a change, on the nodes the change can reach.

A rebuild (:mod:`samverkan.incremental`) starts from a build whose violation queries gave
no rows, so any row after the change is a new one. Each row of a violation query is about
one node, its ``?focus`` (or, for ``unexplained-cooperation``, a pair of partners), and
reads a few quads around it: its own properties, and for some queries the quads of the
nodes a path from the focus leads to, of the graph the row is about, or of the nodes that
point to it (:data:`READS`); a pair's row reads what explains a tie between them
(:func:`_pair_foci`). A row can come only where one of those quads changed. Those foci
are found from the changed quads; the quads they read are copied into a small store, the
query runs there, and its rows about those foci are the rows it would give on the whole
dataset.

At a million quads the twelve queries take 3.2 CPU s on the whole dataset, and a few
tenths here after the quads of one document and the derived ones changed. A query not
listed, or whose text is not the one its entry was written for (another sha256), runs
whole; so do all of them after a change to the subclasses or restrictions the queries
read, or of more than :data:`MAX_CHANGED` quads, or that reaches more than
:data:`MAX_PAIRS` pairs.

Examples
--------
>>> import pyoxigraph as ox
>>> from samverkan.validate import violation_queries
>>> store = ox.Store()
>>> store.load(input='''
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... <https://w3id.org/samverkan/id/f> a sam:Funding ;
...     sam:funder <https://w3id.org/samverkan/id/lst> .
... ''', format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/samverkan/id/d"))
>>> queries, whole = split(violation_queries())
>>> len(queries) == len(violation_queries()), whole
(True, [])
>>> funder = next(iter(store.quads_for_pattern(None, ox.NamedNode(
...     "https://w3id.org/samverkan/ontology#funder"), None)))
>>> store.remove(funder)  # the funding loses its funder
>>> rows = reached_rows(store, [funder], queries)
>>> [r["focus"].value for r in rows["funding-without-funder-violation"]]
['https://w3id.org/samverkan/id/f']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from samverkan.guard import check_query
from samverkan.namespaces import OA, ONTOLOGY_GRAPH, ONTOLOGY_IRI, ORG, OWL, RDF, RDFS, SAM
from samverkan.namespaces import SCHEMA as SCHEMA_ORG

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

    from samverkan.query.library import QueryInfo

__all__ = ["MAX_CHANGED", "READS", "Reads", "reached_rows", "split"]


@dataclass(frozen=True)
class Reads:
    """What a row of a violation query reads around its focus.

    Either every graph (the union the query's default graph is), or, with ``local``, one
    named graph: a row is about the focus in a graph (``GRAPH ?document { ... }``), reads
    its quads there (no path from it), and no change elsewhere moves it but to the graph's
    own quads (its type) and, with ``kinds``, the focus's types.
    """

    #: the predicates of the focus's quads a row reads (None: every quad of the focus)
    own: tuple[str, ...] | None = None
    #: classes: the focus's ``rdf:type`` quads with one of them
    types: tuple[str, ...] = ()
    #: the focus's types, whichever (``FILTER EXISTS { ?focus a ?class }``): in the union
    kinds: bool = False
    #: a row is about the focus in one named graph (see above)
    local: bool = False
    #: (with ``local``) only in graphs that are documents (``?document a sam:SourceDocument``)
    documents: bool = False
    #: (with ``local``) a row is one quad: only the quads changed are read
    quad: bool = False
    #: (not ``local``) paths (tuples of properties) from the focus: every quad of the
    #: nodes along them
    down: tuple[tuple[str, ...], ...] = ()
    #: (not ``local``) properties ``p``: the quads ``?y p ?focus`` a row needs (in a
    #: pattern that must match: one added is found from ``?y``, one removed takes rows away)
    up: tuple[str, ...] = ()
    #: the ontology graph and every quad of :data:`SCHEMA` (classes and restrictions)
    schema: bool = False
    #: a row is about two partners, ``?focus`` and ``?partner``, and reads what explains a
    #: tie between them (:func:`_pair_foci`); the other fields are not read
    pairs: bool = False


#: More changed quads than this (a hundred documents or so) and the queries run whole: the
#: quads around that many nodes, read one node at a time, cost more than the queries.
MAX_CHANGED = 20_000

#: the properties of the schema the queries read: a change to one runs every query whole
SCHEMA = frozenset(
    str(p)
    for p in (
        RDFS.subClassOf, RDFS.subPropertyOf, OWL.onProperty, OWL.hasValue,
        OWL.equivalentClass, OWL.equivalentProperty, OWL.inverseOf, OWL.propertyChainAxiom,
    )
)  # fmt: skip

_TYPE = str(RDF.type)
_TARGET, _SELECTOR = str(OA.hasTarget), str(OA.hasSelector)
_DERIVED = tuple(
    str(p)
    for p in (
        ORG.memberOf, ORG.hasMember, SAM.coMemberOf, SAM.fundedBy, SAM.hostsPostFundedBy,
        SAM.sharesPostHolderWith, SAM.supportedBy, SAM.namedIn, SAM.sector,
    )
)  # fmt: skip
_DATES = tuple(str(p) for p in (SCHEMA_ORG.startDate, SCHEMA_ORG.endDate, SAM.ongoingAsOf))

#: query name -> (sha256 of the text it was read for, what its rows read). The text of
#: each query shows why: its patterns start at ``?focus`` and go no further than this.
READS: dict[str, tuple[str, Reads]] = {
    # the annotation, its target (source, selectors) and each selector (quote, offsets)
    "annotation-incomplete-violation": (
        "f1f28b4a0fc08484db0d2768408acf5e9361c03e0ac13243edd813cac1f93a74",
        Reads(own=(_TARGET,), types=(str(OA.Annotation),), down=((_TARGET, _SELECTOR),)),
    ),
    # the dates of the focus, in one graph
    "date-violation": (
        "1f835225ede8eaa5e36466aace6dcc2e4211187821680ca6646c87bc38207a47",
        Reads(own=_DATES, local=True),
    ),
    # the units it is a unit of, and their types
    "department-municipality-violation": (
        "9a429315130614197b3b9ade323727e10b1dbbcd84bde4ff93c16be89b5cfb6f",
        Reads(own=(str(ORG.unitOf),), types=(str(SAM.Department),), down=((str(ORG.unitOf),),)),
    ),
    # the derived properties a document states of the focus, and its classes
    "derived-property-asserted-violation": (
        "080c5eba5a1bf33fc0689b9c1038b1af91556a33dcf701c20fbd4996f5bfcd8d",
        Reads(own=_DERIVED, kinds=True, local=True, documents=True, schema=True),
    ),
    "funding-without-funder-violation": (
        "8eaf4aaaf2cded14e6443054ead3c50733e4dd34a5518c1791f592839b6bc74e",
        Reads(own=(str(SAM.funder),), types=(str(SAM.Funding),)),
    ),
    "funding-without-recipient-violation": (
        "dc45bdb9f97c490761720b5fde9f9f29dc993c84b7ab9aae94ddb9be2a0955bb",
        Reads(own=(str(SAM.recipient), str(SAM.fundedItem)), types=(str(SAM.Funding),)),
    ),
    "label-duplicate-violation": (
        "8f7a6e428148d9cdb2ab1d391a0871a4bc02d352be0567e226f01bca8e169b83",
        Reads(own=(str(RDFS.label),)),
    ),
    "membership-incomplete-violation": (
        "6275be423a2023aa3ad79f3d4f85fdfd44ec3c720687c112dbe2ef2a4432b320",
        Reads(own=(str(ORG.member), str(ORG.organization)), types=(str(ORG.Membership),)),
    ),
    # one quad
    "personal-data-violation": (
        "0f100d1924abba458a4fdb4b797ca0bf799c95794c7fe63235cf704e0905a7f6",
        Reads(local=True, quad=True),
    ),
    # an annotation and its target; or a node some statement names as evidence (in one
    # graph, but what the row shows of its target is read in every graph)
    "quote-outside-document-violation": (
        "389c689a3627ae144123c0c9a25477082c179318ee8fe5938e15b34b891e4db2",
        Reads(own=(_TARGET,), down=((_TARGET,),), up=(str(SAM.evidence),)),
    ),
    # a tie of two partners and the facts that explain it
    "unexplained-cooperation-violation": (
        "019abd68742e9c468c8f74637644e501ba18446dc651b150c752e3605597e5ee",
        Reads(pairs=True),
    ),
    # the focus's statements in a document
    "relation-without-evidence-violation": (
        "7141ad0247c15050c73250f175bc39b40a32ea68889e9d218f2c7d6d1e488cc1",
        Reads(local=True, documents=True),
    ),
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def split(queries: Iterable[QueryInfo]) -> tuple[list[QueryInfo], list[QueryInfo]]:
    """The queries whose rows :func:`reached_rows` finds, and those that run whole.

    A query is found where :data:`READS` lists it with the sha256 of its text.

    Examples
    --------
    >>> from samverkan.validate import violation_queries
    >>> queries, whole = split(violation_queries())
    >>> len(queries) + len(whole) == len(violation_queries())
    True
    """
    found, whole = [], []
    for info in queries:
        entry = READS.get(info.name)
        (found if entry is not None and entry[0] == _digest(info.text) else whole).append(info)
    return found, whole


def _subject(term: object) -> bool:
    import pyoxigraph as ox

    return isinstance(term, ox.NamedNode | ox.BlankNode)


class _Small:
    """The quads a query's rows about its foci read, gathered from the whole store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.quads: set[ox.Quad] = set()
        self.union: set[ox.Triple] = set()  # triples read in the union of the graphs

    def own(self, node: Any, reads: Reads, graph: Any = None) -> None:
        """The focus's quads a row reads (in ``graph``, or in every graph)."""
        import pyoxigraph as ox

        find = self.store.quads_for_pattern
        if reads.own is None:
            self.quads.update(find(node, None, None, graph))
        else:
            for p in reads.own:
                self.quads.update(find(node, ox.NamedNode(p), None, graph))
        for cls in reads.types:
            self.quads.update(find(node, ox.NamedNode(_TYPE), ox.NamedNode(cls), graph))
        if reads.kinds:
            self.union.update(q.triple for q in find(node, ox.NamedNode(_TYPE), None, None))

    def whole(self, nodes: Iterable[Any]) -> None:
        for node in nodes:
            if _subject(node):
                self.quads.update(self.store.quads_for_pattern(node, None, None))

    def down(self, nodes: set[Any], reads: Reads) -> None:
        """Every quad of the nodes along the paths ``down`` from ``nodes``."""
        import pyoxigraph as ox

        for path in reads.down:
            reached = nodes
            for p in path:
                prop = ox.NamedNode(p)
                reached = {
                    q.object
                    for n in reached
                    if _subject(n)
                    for q in self.store.quads_for_pattern(n, prop, None)
                }
                self.whole(reached)

    def up(self, node: Any, reads: Reads) -> None:
        import pyoxigraph as ox

        for p in reads.up:
            self.quads.update(self.store.quads_for_pattern(None, ox.NamedNode(p), node))

    def schema(self) -> None:
        import pyoxigraph as ox

        find = self.store.quads_for_pattern
        self.quads.update(find(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH))))
        for p in SCHEMA:
            self.quads.update(find(None, ox.NamedNode(p), None, None))

    def store_of(self) -> ox.Store:
        import pyoxigraph as ox

        small = ox.Store()
        small.extend(self.quads)
        small.extend(ox.Quad(*t) for t in self.union)  # in the default graph
        return small


def _back(store: ox.Store, nodes: set[Any], path: tuple[str, ...]) -> set:
    """The nodes from which ``path`` leads to one of ``nodes``."""
    import pyoxigraph as ox

    for p in reversed(path):
        prop = ox.NamedNode(p)
        nodes = {q.subject for n in nodes for q in store.quads_for_pattern(None, prop, n)}
    return nodes


def _node_foci(store: ox.Store, changed: list[ox.Quad], reads: Reads, small: _Small) -> set:
    """The foci of a query read in every graph whose rows the change can move, their
    quads gathered in ``small``: the subjects of the changed quads, and the nodes from
    which a path ``down`` leads to one (followed back in the data after the change: a path
    the change broke is found from the subject of its first changed quad), or to which one
    points by a property ``up``."""
    import pyoxigraph as ox

    roots = {q.subject for q in changed}
    foci = set(roots)
    for path in reads.down:
        for length in range(1, len(path) + 1):
            foci |= _back(store, roots, path[:length])
    for p in reads.up:
        prop = ox.NamedNode(p)
        foci |= {q.object for n in roots for q in store.quads_for_pattern(n, prop, None)}
    foci = {n for n in foci if _subject(n)}
    for node in foci:
        small.own(node, reads)
        small.up(node, reads)
    small.down(foci, reads)
    return foci


def _local_foci(store: ox.Store, changed: list[ox.Quad], reads: Reads, small: _Small) -> set:
    """The same for a query whose rows are about the focus in one graph: the subject and
    graph of each changed quad; every subject of a graph whose own quads changed; with
    ``kinds``, a node whose types changed, in each graph where it has quads read. With
    ``quad``, the subjects of the changed quads still in the store, and those quads."""
    import pyoxigraph as ox

    if reads.quad:
        present = [q for q in changed if q in store]
        small.quads.update(present)
        return {q.subject for q in present}
    pairs = {(q.subject, q.graph_name) for q in changed if isinstance(q.graph_name, ox.NamedNode)}
    for node in {q.subject for q in changed}:
        if isinstance(node, ox.NamedNode) and store.contains_named_graph(node):
            pairs |= {(q.subject, node) for q in store.quads_for_pattern(None, None, None, node)}
    if reads.kinds:
        for node in {q.subject for q in changed if q.predicate.value == _TYPE}:
            for p in reads.own or ():
                found = store.quads_for_pattern(node, ox.NamedNode(p), None, None)
                pairs |= {(node, q.graph_name) for q in found}
    if reads.documents:
        document = ox.NamedNode(str(SAM.SourceDocument))
        pairs = {
            (n, g)
            for n, g in pairs
            if next(iter(store.quads_for_pattern(g, ox.NamedNode(_TYPE), document)), None)
        }
    pairs = {(n, g) for n, g in pairs if _subject(n)}
    for node, graph in pairs:
        small.own(node, reads, graph)
    small.whole({g for _, g in pairs})  # the graphs' own quads (their types), wherever
    return {n for n, _ in pairs}


#: the pairs one change may reach before the query runs whole instead
MAX_PAIRS = 20_000


def _pair_foci(store: ox.Store, changed: list[ox.Quad], small: _Small) -> set | None:
    """The pairs of partners whose tie's explanation the ``changed`` quads can move, the
    quads that explain their ties gathered in ``small``; None above :data:`MAX_PAIRS`.

    A tie's row reads the ``sam:cooperatesWith`` quads between the two (and the types of
    the graphs they are in), and each partner's memberships (with their collaborations),
    the fundings it gives (with what they fund), its own ``sam:hostedBy`` and
    ``org:postIn``, and the posts in it (a post's funding, which explains a tie with its
    funder, is read with the funder's). A changed tie is its pair; a changed membership
    reaches its member and its collaboration, and its member and each other member of the
    collaboration; a changed funding, its funders and what it funds (and the unit of a
    funded post); a changed ``sam:hostedBy`` or ``org:postIn``, its two ends (and a funder
    of the post); a graph that becomes a document or no longer is one, the ties stated in
    it. The members, funders and funded things are read both after the change (in
    ``store``) and from the changed quads themselves (what a removed quad named).
    """
    import pyoxigraph as ox

    def values(subject: Any, prop: ox.NamedNode) -> set:
        return {q.object for q in store.quads_for_pattern(subject, prop, None)}

    def subjects(prop: ox.NamedNode, value: Any) -> set:
        return {q.subject for q in store.quads_for_pattern(None, prop, value)}

    tie, kind = ox.NamedNode(str(SAM.cooperatesWith)), ox.NamedNode(_TYPE)
    member, organization = ox.NamedNode(str(ORG.member)), ox.NamedNode(str(ORG.organization))
    funder, post_in = ox.NamedNode(str(SAM.funder)), ox.NamedNode(str(ORG.postIn))
    funded = (ox.NamedNode(str(SAM.recipient)), ox.NamedNode(str(SAM.fundedItem)))
    hosted = ox.NamedNode(str(SAM.hostedBy))
    document = ox.NamedNode(str(SAM.SourceDocument))
    pairs: set[tuple[Any, Any]] = set()
    for q in changed:
        p, s, o = q.predicate, q.subject, q.object
        if p == tie:
            pairs.add((s, o))
        elif p in (member, organization):
            members = values(s, member) | ({o} if p == member else set())
            collaborations = values(s, organization) | ({o} if p == organization else set())
            for c in collaborations:
                others = {y for m in subjects(organization, c) for y in values(m, member)}
                pairs |= {(x, y) for x in members for y in others | {c}}
        elif p == funder or p in funded:
            funders = values(s, funder) | ({o} if p == funder else set())
            things = set().union(*(values(s, f) for f in funded)) | ({o} if p in funded else set())
            units = set().union(*(values(t, post_in) for t in things if _subject(t)))
            pairs |= {(a, t) for a in funders for t in things | units}
        elif p in (hosted, post_in):
            pairs.add((s, o))
            if p == post_in:
                posted = subjects(funded[1], s)
                pairs |= {(a, o) for f in posted for a in values(f, funder)}
        elif p == kind and o == document and isinstance(s, ox.NamedNode):
            pairs |= {(t.subject, t.object) for t in store.quads_for_pattern(None, tie, None, s)}
        if len(pairs) > MAX_PAIRS:
            return None
    nodes = {n for pair in pairs for n in pair if _subject(n)}
    for n in nodes:
        for m in subjects(member, n):  # its memberships and their collaborations
            small.quads.update(store.quads_for_pattern(m, member, n))
            small.quads.update(store.quads_for_pattern(m, organization, None))
        for f in subjects(funder, n):  # the fundings it gives and what they fund
            small.quads.update(store.quads_for_pattern(f, funder, n))
            for prop in funded:
                small.quads.update(store.quads_for_pattern(f, prop, None))
        for prop in (hosted, post_in):
            small.quads.update(store.quads_for_pattern(n, prop, None))
        # the posts in it (the fundings of a post, the other partner's, are read with it)
        small.quads.update(store.quads_for_pattern(None, post_in, n))
    for a, b in pairs:
        if _subject(a) and _subject(b):
            for ends in ((a, b), (b, a)):
                found = list(store.quads_for_pattern(ends[0], tie, ends[1]))
                small.quads.update(found)
                small.whole({q.graph_name for q in found})
    return {frozenset(pair) for pair in pairs}


def reached_rows(
    store: ox.Store, changed: Iterable[ox.Quad], queries: list[QueryInfo]
) -> dict[str, list[Any]] | None:
    """The rows of each query about the nodes the ``changed`` quads can reach.

    Parameters
    ----------
    store : pyoxigraph.Store
        The data after the change, whose violation queries gave no rows before it.
    changed : iterable of pyoxigraph.Quad
        Every quad added to or removed from the store.
    queries : list of QueryInfo
        Queries :func:`split` found (an other is an error).

    Returns
    -------
    dict or None
        Query name -> its rows (``pyoxigraph.QuerySolution``) whose ``?focus`` the change
        can reach: the rows it gives on the whole store, since it gave none before the
        change. None after a change to the schema (:data:`SCHEMA`, or a term of the
        ontology), of more than :data:`MAX_CHANGED` quads, or reaching more than
        :data:`MAX_PAIRS` pairs of partners: run the queries whole.
    """
    import pyoxigraph as ox

    changed = list(changed)
    if len(changed) > MAX_CHANGED:
        return None
    if any(
        q.predicate.value in SCHEMA
        or (isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ONTOLOGY_IRI))
        for q in changed
    ):
        return None
    found = {}
    for info in queries:
        entry = READS.get(info.name)
        if entry is None or entry[0] != _digest(info.text):
            raise ValueError(f"{info.name}: not a query whose reads are known (see split)")
        reads = entry[1]
        if reads.local and (reads.down or reads.up):
            raise ValueError(f"{info.name}: a local query reads no paths")
        small = _Small(store)
        if reads.pairs:
            pairs = _pair_foci(store, changed, small)
            if pairs is None:
                return None
        elif reads.local:
            foci = _local_foci(store, changed, reads, small)
        else:
            foci = _node_foci(store, changed, reads, small)
        if reads.schema:
            small.schema()
        check_query(info.text, where=info.name)
        result = small.store_of().query(info.text, use_default_graph_as_union=True)
        if reads.pairs:
            found[info.name] = [r for r in result if frozenset((r["focus"], r["partner"])) in pairs]
        else:
            found[info.name] = [row for row in result if row["focus"] in foci]
    return found
