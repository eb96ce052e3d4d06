"""The answer of the library query ``cooperation``, joined in Python from plain reads.

The query ``cooperation`` (``queries/cooperation.rq``) gives every cooperating pair with
each fact behind it. It is the largest answer of the library (130,000 rows at a million
quads) and Oxigraph spends about 6.7 CPU seconds on it there, with the store in memory (this
join: 2.9; both measured side by side in ``docs/scale.md``): the facts are found branch by
branch, then joined with the derived pairs, the labels and the titles, each de-duplicated
over the whole store. A build needs that answer twice (the reasons on the ties of the
views, and the answer it keeps, :mod:`samverkan.query.stored`), on every build and every
rebuild.

:func:`cooperation_answer` gives the same frame from eleven reads of single triple patterns
(each a scan of one property, a fraction of a second at a million quads) joined here with
dictionaries, following the query's text branch by branch:

- ``co-member``: ``?m1 org:member ?a ; org:organization ?via`` and ``?m2 org:organization
  ?via ; org:member ?b`` in any graph, the document a source document that states
  ``?m1 org:member ?a`` or ``?m2 org:member ?b``;
- ``member``: a document states ``?m org:member ?x ; org:organization ?y``, ``?via`` is
  ``?y``;
- ``funding``: a document states ``?via sam:funder ?x ; sam:recipient|sam:fundedItem ?y``;
- ``hosting``: a document states ``?x sam:hostedBy|org:postIn ?y``, ``?via`` is ``?x``;
- ``co-funded post``: a document states ``?via sam:fundedItem ?post ; sam:funder ?x`` and
  any graph ``?post org:postIn ?y``;
- ``stated``: a document states ``?x sam:cooperatesWith ?y`` (no ``?via``);

each pair ordered ``a`` before ``b`` by IRI and kept only where some graph has ``?a
sam:cooperatesWith ?b``; then each Swedish ``rdfs:label`` of ``a``, ``b`` and ``via`` and
each ``dcterms:title`` of the document (a row per combination, None where there is none),
distinct rows, in the query's order (``a``, ``b``, basis, ``via``, document; rows that differ
only in a label or title, which the query leaves in no stated order, by the text of their
labels and title, so that every build gives the same file). Anything the
query could give that is not plain text here (a blank node where an IRI stands, a title that
is not a string) makes the function return None, and the caller runs the query itself.

The query stays the reference: ``tests/test_cooperation_answer.py`` compares both answers on
the seed build, on synthetic builds and on graphs made to reach each branch's corners.

Examples
--------
>>> from samverkan.network import example_store
>>> from samverkan.query import run_query
>>> store = example_store()
>>> answer = cooperation_answer(store)
>>> answer.equals(run_query(store, "cooperation"))
True
>>> sorted(set(answer["basis"]))
['co-funded post', 'co-member', 'funding', 'hosting', 'member']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from itertools import product
from typing import TYPE_CHECKING, Any, Protocol

from samverkan.namespaces import DCTERMS, ORG, RDF, RDFS, SAM

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyoxigraph

__all__ = ["COLUMNS", "cooperation_answer"]

#: The columns of the answer, as the query projects them.
COLUMNS = (
    "a",
    "aLabel",
    "b",
    "bLabel",
    "basis",
    "via",
    "viaLabel",
    "document",
    "documentTitle",
)
#: Up to how many subjects :func:`_texts` looks their labels up one by one (at a million
#: quads, reading every label takes 0.15 s, a look-up about 10 microseconds).
_LOOK_UP_AT_MOST = 5_000
#: The key the query joins a missing ``?via`` on (``COALESCE(?via, sam:none)``).
_NONE = str(SAM._NS) + "none"


class _Reach(Protocol):
    """What a change reached, as :func:`cooperation_answer` reads it: the kind
    :class:`samverkan.query.patch.Reach` is (this module does not import that one, which
    imports this)."""

    vias: Collection[Any]
    names: Collection[Any]
    documents: Collection[Any]
    partners: Mapping[Any, Collection[Any]]

    def moves(self, a: Any, b: Any, via: Any, document: Any) -> bool: ...


class _NotPlain(Exception):
    """A term the query would give that this join does not reproduce as text."""


def _iri(term: Any) -> str:
    """``term`` as :class:`_Reads` gives it, which must be an IRI (a string)."""
    if not isinstance(term, str):
        raise _NotPlain(term)
    return term


def _plain(term: Any) -> Any:
    """An IRI as its text (a string), any other term as it is."""
    import pyoxigraph as ox

    return term.value if isinstance(term, ox.NamedNode) else term


class _Reads:
    """The quads of each property the query reads, scanned once: distinct ``(s, o)`` in the
    union of the graphs (:meth:`pairs`) and ``(g, s, o)`` in each named graph
    (:meth:`stated`), IRIs as strings (:func:`_plain`)."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store = store
        self.quads: dict[str, list[tuple[Any, Any, Any]]] = {}

    def _scan(self, predicate: Any) -> list[tuple[Any, Any, Any]]:
        import pyoxigraph as ox

        key = str(predicate)
        if key not in self.quads:
            self.quads[key] = [
                (
                    q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None,
                    _plain(q.subject),
                    _plain(q.object),
                )
                for q in self.store.quads_for_pattern(None, ox.NamedNode(key), None, None)
            ]
        return self.quads[key]

    def pairs(self, predicate: Any) -> set[tuple[Any, Any]]:
        return {(s, o) for _, s, o in self._scan(predicate)}

    def stated(self, predicate: Any) -> set[tuple[str, Any, Any]]:
        return {(g, s, o) for g, s, o in self._scan(predicate) if g is not None}


def cooperation_answer(
    store: pyoxigraph.Store, reach: _Reach | None = None
) -> pd.DataFrame | None:
    """The answer of ``run_query(store, "cooperation")``, joined in Python.

    Parameters
    ----------
    store : pyoxigraph.Store
        A built dataset (the documents' graphs and the inferred graph).
    reach : samverkan.query.patch.Reach, optional
        What a change reached: only the rows of the facts it can move
        (:meth:`~samverkan.query.patch.Reach.moves`: each fact's rows whole), in the same
        order. The store is read as for the whole answer, but the pairs of co-members are
        joined only where the collaboration, a member, a document stating a membership
        or the pair is reached (:mod:`samverkan.query.patch` brings a kept answer up to
        date so).

    Returns
    -------
    pandas.DataFrame or None
        The same frame as the library query gives (columns :data:`COLUMNS`, object dtype,
        the query's order); None if the store holds a term this join does not reproduce
        (then run the query). With ``reach``, None also where such a term is among the
        rows it joins.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> cooperation_answer(ox.Store()).shape
    (0, 9)
    """
    try:
        rows = _rows(_Reads(store), reach)
    except _NotPlain:
        return None
    import pandas as pd

    return pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)


def _rows(reads: _Reads, reach: _Reach | None = None) -> list[tuple[Any, ...]]:
    import pyoxigraph as ox

    sources = {
        q.subject.value
        for q in reads.store.quads_for_pattern(
            None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SAM.SourceDocument)), None
        )
        if isinstance(q.subject, ox.NamedNode)
    }
    # facts: (a, b, basis, via or None, document), each pair a before b
    facts: set[tuple[str, str, str, str | None, str]] = set()

    def add(x: Any, y: Any, basis: str, via: Any, document: str) -> None:
        if document not in sources:
            return
        if isinstance(x, ox.BlankNode) or isinstance(y, ox.BlankNode):
            return  # STR() of a blank node is an error: the query's filter drops the row
        a, b = _iri(x), _iri(y)
        if a == b:
            return
        if b < a:
            a, b = b, a
        through = None if via is None else _iri(via)
        if reach is not None and not reach.moves(a, b, through, document):
            return
        facts.add((a, b, basis, through, document))

    # co-member and member
    stated_member: dict[tuple[Any, Any], set[str]] = defaultdict(set)
    for g, m, x in reads.stated(ORG.member):
        stated_member[(m, x)].add(g)
    members: dict[Any, set[Any]] = defaultdict(set)  # membership -> members, any graph
    for m, x in reads.pairs(ORG.member):
        members[m].add(x)
    of_via: dict[Any, list[tuple[Any, str]]] = defaultdict(list)  # via -> (membership, member)
    for m, c in reads.pairs(ORG.organization):
        for x in members.get(m, ()):
            # STR() of a blank node is an error: the query's filter drops such a member
            if isinstance(x, str):
                of_via[c].append((m, x))
    empty: set[str] = set()
    for via, entries in of_via.items():
        # each member with the documents stating any of its memberships of via, in order
        stating: dict[str, set[str]] = defaultdict(set)
        for m, x in entries:
            stating[x] |= stated_member.get((m, x), empty)
        if reach is None or via in reach.vias or via in reach.names:
            ordered = sorted(stating.items())
            for i, (x1, first) in enumerate(ordered):
                for x2, second in ordered[i + 1 :]:
                    for g in first | second:
                        add(x1, x2, "co-member", via, g)
            continue
        # else a pair gives rows the change moves only where a member's label moved, a
        # document stating a membership of either changed, or the pair's tie
        for x1, first in stating.items():
            if x1 in reach.names or not first.isdisjoint(reach.documents):
                others: Iterable[str] = stating
            else:
                others = [x for x in reach.partners.get(x1, ()) if x in stating]
            for x2 in others:
                if x2 != x1:
                    for g in first | stating[x2]:
                        add(x1, x2, "co-member", via, g)
    for g, m, c in reads.stated(ORG.organization):
        for x in members.get(m, ()):
            if g in stated_member.get((m, x), empty):
                add(x, c, "member", c, g)
    # funding and co-funded post
    funders: dict[tuple[str, Any], set[Any]] = defaultdict(set)  # (graph, funding) -> funders
    for g, f, x in reads.stated(SAM.funder):
        funders[(g, f)].add(x)
    posts_in: dict[Any, set[Any]] = defaultdict(set)  # post -> units, any graph
    for post, unit in reads.pairs(ORG.postIn):
        posts_in[post].add(unit)
    for g, f, y in reads.stated(SAM.recipient):
        for x in funders.get((g, f), ()):
            add(x, y, "funding", f, g)
    for g, f, y in reads.stated(SAM.fundedItem):
        for x in funders.get((g, f), ()):
            add(x, y, "funding", f, g)
            for unit in posts_in.get(y, ()):
                add(x, unit, "co-funded post", f, g)
    # hosting and stated
    for predicate in (SAM.hostedBy, ORG.postIn):
        for g, x, y in reads.stated(predicate):
            add(x, y, "hosting", x, g)
    for g, x, y in reads.stated(SAM.cooperatesWith):
        add(x, y, "stated", None, g)

    derived = {
        (s, o)
        for s, o in reads.pairs(SAM.cooperatesWith)
        if isinstance(s, str) and isinstance(o, str)
    }
    facts = {f for f in facts if (f[0], f[1]) in derived}
    named = {x for f in facts for x in (f[0], f[1], f[3])} | {_NONE}
    labels = _texts(reads, RDFS.label, named, "sv")
    titles = _texts(reads, DCTERMS.title, {f[4] for f in facts}, None)
    none_label = labels.get(_NONE)
    # each literal's value and place in the order (by its text, then the term's form)
    literals = {t for found in (*labels.values(), *titles.values()) for t in found}
    value = {t: _value(t) for t in literals}
    if any(not isinstance(value[t], str) for found in titles.values() for t in found):
        raise _NotPlain("a title that is not text")
    rank = {t: i for i, t in enumerate(sorted(literals, key=lambda t: (t.value, str(t))), 1)}

    # the query's ORDER BY ?a ?b ?basis ?via ?document (an unbound ?via first), then the
    # labels and the title (by their text), for rows the query leaves in no stated order:
    # the facts are distinct and sorted, and each gives its rows in the order of its labels
    # (each list of labels or titles put in order once, not once per fact: 524,000 sorts
    # at a million quads)
    def ordered(found: list[Any] | None) -> list[Any]:
        return [value[t] for t in sorted(found, key=rank.__getitem__)] if found else [None]

    label_of = {s: ordered(found) for s, found in labels.items()}
    title_of = {d: ordered(found) for d, found in titles.items()}
    unlabelled = [None]
    none_of = ordered(none_label)

    rows = []
    for a, b, basis, via, document in sorted(
        facts, key=lambda f: (f[0], f[1], f[2], f[3] is not None, f[3] or "", f[4])
    ):
        for a_label, b_label, via_label, title in product(
            label_of.get(a, unlabelled),
            label_of.get(b, unlabelled),
            label_of.get(via, unlabelled) if via is not None else none_of,
            title_of.get(document, unlabelled),
        ):
            rows.append((a, a_label, b, b_label, basis, via, via_label, document, title))
    return rows


def _value(term: Any) -> Any:
    from samverkan.query.results import python_value

    return term if term is None or isinstance(term, str) else python_value(term)


def _texts(
    reads: _Reads, predicate: Any, subjects: set[Any], language: str | None
) -> dict[str, list[Any]]:
    """The distinct literals of ``predicate`` of each of ``subjects`` (IRIs), of
    ``language`` if given: looked up subject by subject when they are few (the rows a
    change moves, :mod:`samverkan.query.patch`), else read from the scan of every one."""
    import pyoxigraph as ox

    if len(subjects) <= _LOOK_UP_AT_MOST:
        node = ox.NamedNode(str(predicate))
        pairs: Iterable[tuple[Any, Any]] = {
            (s, q.object)
            for s in subjects
            if type(s) is str  # (a fact without ``via`` gives None)
            for q in reads.store.quads_for_pattern(ox.NamedNode(s), node, None)
        }
    else:
        pairs = reads.pairs(predicate)
    found: dict[str, list[Any]] = defaultdict(list)
    for s, o in pairs:
        if s not in subjects:
            continue
        if not isinstance(o, ox.Literal):
            if language is None:  # an IRI or blank node as a title: the query would give it
                raise _NotPlain(o)
            continue
        if language is not None and o.language != language:
            continue
        found[s].append(o)
    return found
