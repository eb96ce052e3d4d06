"""A kept answer brought up to date after a change: the rows it can move computed again.

A build keeps the answers of the library's largest queries (:mod:`samverkan.query.stored`):
``cooperation`` (130,000 rows at a million quads) and ``construct-cooperation`` (115,000
triples). A rebuild after an edit of one document computed both afresh: 3.2 CPU seconds
at a million quads, on every rebuild. Yet a change moves few of their rows.
:func:`patched_answer` takes the previous build's answer, drops the rows the change can
move and computes those again, in the answer's order.

Which rows a change can move follows from the triples it made or unmade (those the changed
documents lost or gained, those the reasoner derived anew or no longer) and from what each
query reads of them (:func:`reach`):

``cooperation``
    A row is a fact (``a``, ``b``, ``basis``, ``via``, ``document``) with the labels of
    its three IRIs and the document's title. A fact goes through one node, its ``via``:
    a membership's collaboration, a funding, a hosted thing. A changed membership, funding,
    post or hosting moves the facts through its collaboration, funding or hosted thing
    (:attr:`Reach.vias`); a changed ``sam:cooperatesWith`` every fact of its pair (the
    answer keeps the pairs that cooperate, :attr:`Reach.pairs`); a changed Swedish label
    the facts of which the labelled IRI is ``a``, ``b`` or ``via`` (:attr:`Reach.names`);
    a document's changed title or type its facts (:attr:`Reach.documents`).
``construct-cooperation``
    The triples of a subject ``a``: one per partner ``b`` (both of type ``foaf:Agent``),
    then, where ``a`` has a partner, its Swedish labels and its sectors; each IRI with
    its label. A changed label or ``foaf:Agent`` type moves the triples of its subject
    and those of which it is the object (:attr:`Reach.labelled`); a changed sector its
    subject's; a changed ``sam:cooperatesWith`` the pair's triples and the labels and
    sectors of both ends (which hang on having a partner).

Blank nodes are named afresh by each load of a store, so an answer that holds one is never
patched, nor one whose new rows would: the caller computes the whole answer (None).
``tests/test_answer_patch.py`` compares patched answers with the whole answers of the
changed stores: a member, a funding removed, labels and titles, a document removed or
added, random edits of synthetic builds, a sector renamed.

Examples
--------
>>> from samverkan.network import example_store
>>> from samverkan.query import run_query
>>> store = example_store()
>>> old = run_query(store, "cooperation")
>>> patched_answer(store, "cooperation", old, reach(store, [])).equals(old)
True
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from samverkan.namespaces import DCTERMS, FOAF, LABEL_PROPERTIES, ORG, RDF, RDFS, SAM

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyoxigraph

__all__ = ["PATCHED", "Reach", "patched_answer", "reach"]

#: The library queries whose kept answers :func:`patched_answer` can bring up to date.
PATCHED = frozenset({"cooperation", "construct-cooperation"})


@dataclass(frozen=True)
class Reach:
    """What of the kept answers a change can move (:func:`reach`): IRIs as strings,
    blank nodes as terms."""

    #: the nodes the moved facts of ``cooperation`` go through
    vias: frozenset[Any] = frozenset()
    #: the pairs whose ``sam:cooperatesWith`` changed (each way round)
    pairs: frozenset[tuple[Any, Any]] = frozenset()
    #: the subjects of a changed ``rdfs:label``
    names: frozenset[Any] = frozenset()
    #: the documents whose title or type changed
    documents: frozenset[Any] = frozenset()
    #: the subjects of a changed label (of any labelling property) or ``foaf:Agent`` type
    labelled: frozenset[Any] = frozenset()
    #: the subjects of a changed ``sam:sector``
    sectored: frozenset[Any] = frozenset()
    #: each end of :attr:`pairs` with its partners (made from them)
    partners: dict[Any, set[Any]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        partners: dict[Any, set[Any]] = {}
        for a, b in self.pairs:
            partners.setdefault(a, set()).add(b)
        object.__setattr__(self, "partners", partners)

    def moves(self, a: Any, b: Any, via: Any, document: Any) -> bool:
        """Whether the change can move the rows of the ``cooperation`` fact ``a``, ``b``,
        ``via`` (or None), ``document``.

        Examples
        --------
        >>> Reach(vias=frozenset({"c"})).moves("x", "y", "c", "d")
        True
        >>> tie = Reach(pairs=frozenset({("x", "y")}))
        >>> tie.moves("x", "y", None, "d"), tie.partners
        (True, {'x': {'y'}})
        >>> Reach(names=frozenset({"y"})).moves("x", "z", "c", "d")
        False
        """
        return (
            via in self.vias
            or via in self.names
            or a in self.names
            or b in self.names
            or document in self.documents
            or (a, b) in self.pairs
        )


def reach(store: pyoxigraph.Store, changed: Iterable[Any]) -> Reach:
    """What the ``changed`` triples (pyoxigraph triples) move of the kept answers, looked
    up in ``store``, the dataset after the change.

    A changed membership moves the facts through its collaboration (each of them in the
    store, and any the change unmade is a changed triple too); a changed post those through
    the post and through each funding of it.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> from samverkan.namespaces import SAM
    >>> a, b = ox.NamedNode("https://x/a"), ox.NamedNode("https://x/b")
    >>> found = reach(ox.Store(), [ox.Triple(a, ox.NamedNode(str(SAM.cooperatesWith)), b)])
    >>> sorted(found.pairs)
    [('https://x/a', 'https://x/b'), ('https://x/b', 'https://x/a')]
    >>> found.moves("https://x/b", "https://x/a", None, "https://x/d")
    True
    """
    import pyoxigraph as ox

    def key(term: Any) -> Any:
        return term.value if type(term) is ox.NamedNode else term

    organization = ox.NamedNode(str(ORG.organization))
    funded_item = ox.NamedNode(str(SAM.fundedItem))
    labels = {str(p) for p in LABEL_PROPERTIES}
    vias: set[Any] = set()
    pairs: set[tuple[Any, Any]] = set()
    names: set[Any] = set()
    documents: set[Any] = set()
    labelled: set[Any] = set()
    sectored: set[Any] = set()
    for triple in changed:
        s, p, o = triple.subject, triple.predicate.value, triple.object
        if p == _MEMBER:
            vias.update(key(q.object) for q in store.quads_for_pattern(s, organization, None))
        elif p == _ORGANIZATION:
            vias.add(key(o))
        elif p in _FUNDING:
            vias.add(key(s))
        elif p == _POST_IN:
            vias.add(key(s))
            vias.update(key(q.subject) for q in store.quads_for_pattern(None, funded_item, s))
        elif p == _HOSTED_BY:
            vias.add(key(s))
        elif p == _COOPERATES:
            pairs.update({(key(s), key(o)), (key(o), key(s))})
        elif p == _SECTOR:
            sectored.add(key(s))
        elif p == _TYPE:
            if o.value == _SOURCE_DOCUMENT:
                documents.add(key(s))
            elif o.value == _AGENT:
                labelled.add(key(s))
        if p in labels:
            labelled.add(key(s))
            if p == _LABEL:
                names.add(key(s))
            if p == _TITLE:
                documents.add(key(s))
    return Reach(
        frozenset(vias), frozenset(pairs), frozenset(names), frozenset(documents),
        frozenset(labelled), frozenset(sectored),
    )  # fmt: skip


_MEMBER, _ORGANIZATION = str(ORG.member), str(ORG.organization)
_FUNDING = {str(SAM.funder), str(SAM.recipient), str(SAM.fundedItem)}
_POST_IN, _HOSTED_BY = str(ORG.postIn), str(SAM.hostedBy)
_COOPERATES, _SECTOR, _TYPE = str(SAM.cooperatesWith), str(SAM.sector), str(RDF.type)
_LABEL, _TITLE = str(RDFS.label), str(DCTERMS.title)
_SOURCE_DOCUMENT, _AGENT = str(SAM.SourceDocument), str(FOAF.Agent)


def patched_answer(
    store: pyoxigraph.Store, name: str, old: pd.DataFrame | None, found: Reach
) -> pd.DataFrame | None:
    """The answer of the library query ``name`` on ``store``, made from ``old``.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset after the change.
    name : str
        A query of :data:`PATCHED`.
    old : pandas.DataFrame or None
        Its answer (``run_query(store, name)``, the labels included) before the change.
    found : Reach
        What the change can move (:func:`reach` of the triples it made or unmade), made
        once for both answers.

    Returns
    -------
    pandas.DataFrame or None
        The same frame as ``run_query(store, name)``; None where it cannot be made so (no
        ``old``, another query, a blank node in the old rows or the new ones, a term the
        join does not reproduce): then run the query.
    """
    if old is None or name not in PATCHED:
        return None
    if name == "cooperation":
        return _cooperation(store, old, found)
    return _construct(store, old, found)


def _blank(values: Any) -> bool:
    """Whether any of ``values`` is a blank node (as :func:`python_value` writes one)."""
    return any(type(v) is str and v.startswith("_:") for v in values)


def _cooperation(store: pyoxigraph.Store, old: pd.DataFrame, found: Reach) -> pd.DataFrame | None:
    from samverkan.query.cooperation import COLUMNS, cooperation_answer

    if list(old.columns) != list(COLUMNS):
        return None
    if any(_blank(set(old[c].tolist())) for c in ("a", "b", "via", "document")):
        return None
    fresh = cooperation_answer(store, found)
    if fresh is None:
        return None
    a, b, via, document = (old[c] for c in ("a", "b", "via", "document"))
    named = set(found.names)
    moved = (
        via.isin(set(found.vias) | named) | a.isin(named) | b.isin(named)
        | document.isin(set(found.documents))
    ).to_numpy(copy=True)  # fmt: skip
    # the pairs' rows, among those of their first ends
    _or_pairs(moved, a.isin(set(found.partners)).to_numpy(), a, b, found.pairs)

    def fact(row: Any) -> tuple[Any, ...]:  # the join's order of the facts
        return (row[0], row[2], row[4], row[5] is not None, row[5] or "", row[7])

    return _merged(old, moved, list(fresh.itertuples(index=False, name=None)), fact)


def _or_pairs(moved: Any, where: Any, first: Any, second: Any, pairs: Collection[Any]) -> None:
    """Mark as ``moved`` the rows (among those ``where``, boolean arrays) whose values of
    the columns ``first`` and ``second`` are one of ``pairs``."""
    import numpy as np

    at = np.flatnonzero(where)
    if len(at):
        x, y = first.to_numpy(), second.to_numpy()
        moved[at] |= np.fromiter(((x[i], y[i]) in pairs for i in at), bool, len(at))


def _merged(
    old: pd.DataFrame, moved: Any, fresh: list[tuple[Any, ...]], key: Callable[[Any], Any]
) -> pd.DataFrame:
    """The rows of ``old`` but the ``moved`` ones (a boolean array), with the rows
    ``fresh`` (in order) each put in its place by ``key`` (both in its order): each fresh
    row found by bisection among the others, not every row compared."""
    import bisect

    import numpy as np
    import pandas as pd

    columns = [old[c].to_numpy()[~moved] for c in old.columns]

    def key_at(i: int) -> Any:
        return key([column[i] for column in columns])

    count = len(columns[0]) if columns else 0
    places = [bisect.bisect_left(range(count), key(row), key=key_at) for row in fresh]
    data = {
        name: np.insert(column, places, np.array([row[i] for row in fresh], dtype=object))
        for i, (name, column) in enumerate(zip(old.columns, columns, strict=True))
    }
    return pd.DataFrame(data, columns=list(old.columns), dtype=object)


#: The columns of the construct's answer (subject, predicate, object, each with its label).
_TRIPLE_COLUMNS = (
    "subject", "subjectLabel", "predicate", "predicateLabel", "object", "objectLabel",
)  # fmt: skip


def _construct(store: pyoxigraph.Store, old: pd.DataFrame, found: Reach) -> pd.DataFrame | None:
    import pyoxigraph as ox

    from samverkan.query.results import columns_from_rows
    from samverkan.query.run import _labels, triple_key

    if list(old.columns) != list(_TRIPLE_COLUMNS):
        return None
    if any(_blank(set(old[c].tolist())) for c in ("subject", "object")):
        return None
    cooperates = ox.NamedNode(_COOPERATES)
    sector = ox.NamedNode(_SECTOR)
    label = ox.NamedNode(_LABEL)
    kind, agent = ox.NamedNode(_TYPE), ox.NamedNode(_AGENT)

    def node(key: Any) -> Any:
        return ox.NamedNode(key) if type(key) is str else key

    # the subjects all of whose triples move: those whose label, type or sectors moved,
    # and those with a partner or a sector whose label or type moved
    whole = set(found.labelled) | set(found.sectored)
    for key in found.labelled:
        for predicate in (cooperates, sector):
            for quad in store.quads_for_pattern(None, predicate, node(key)):
                subject = quad.subject
                whole.add(subject.value if type(subject) is ox.NamedNode else subject)
    # the pairs' triples, and the labels and sectors of their ends (kept where they have
    # a partner): each way round, but of the subjects above
    pairs = {(a, b) for a, b in found.pairs if a not in whole}
    ends = {a for a, _ in pairs}

    def is_agent(term: Any) -> bool:
        if isinstance(term, ox.Literal):
            return False
        return next(iter(store.quads_for_pattern(term, kind, agent)), None) is not None

    def partners(a: Any) -> Iterable[Any]:
        return (
            b
            for b in (q.object for q in store.quads_for_pattern(a, cooperates, None))
            if b != a and is_agent(b)
        )

    triples: set[tuple[Any, Any, Any]] = set()

    def about(a: Any) -> None:  # a's labels and sectors, where it is an agent with a partner
        triples.update(
            (a, label, q.object)
            for q in store.quads_for_pattern(a, label, None)
            if isinstance(q.object, ox.Literal) and q.object.language == "sv"
        )
        triples.update((a, sector, q.object) for q in store.quads_for_pattern(a, sector, None))

    for key in whole:
        a = node(key)
        if is_agent(a):
            with_partners = {(a, cooperates, b) for b in partners(a)}
            if with_partners:
                triples |= with_partners
                about(a)
    for key in ends:
        a = node(key)
        if is_agent(a) and next(iter(partners(a)), None) is not None:
            about(a)
    for x, y in pairs:
        a, b = node(x), node(y)
        cooperating = next(iter(store.quads_for_pattern(a, cooperates, b)), None) is not None
        if cooperating and a != b and is_agent(a) and is_agent(b):
            triples.add((a, cooperates, b))
    if any(isinstance(term, ox.BlankNode) for t in triples for term in t):
        return None
    columns = columns_from_rows([list(t) for t in triples], 3)
    iris = sorted({v for values, flags in columns for v, f in zip(values, flags, strict=True) if f})
    names = _labels(store, [ox.NamedNode(i) for i in iris], None) if iris else {}
    fresh = [
        (s, names.get(s), p, names.get(p), o, names.get(o) if o_iri else None)
        for s, p, (o, o_iri) in zip(
            columns[0][0], columns[1][0], zip(*columns[2], strict=True), strict=True
        )
    ]

    def order(row: tuple[Any, ...]) -> tuple[str, str, str]:  # the answer's order
        return triple_key(row[0]), triple_key(row[2]), triple_key(row[4])

    subjects = old["subject"]
    tied = (old["predicate"] == _COOPERATES).to_numpy()
    at_ends = subjects.isin(ends).to_numpy()
    moved = subjects.isin(whole).to_numpy() | (at_ends & ~tied)
    _or_pairs(moved, at_ends & tied, subjects, old["object"], pairs)
    fresh.sort(key=order)
    merged = _merged(old, moved, fresh, order)
    return merged if len(merged) else None  # an empty answer has no label columns
