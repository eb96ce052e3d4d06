"""Why each derived tie exists, for every resource at once: the rows of the ``TIES`` panel.

The co-member reasons (two members of one organisation) are as many as the pairs of
members, and an organisation's members grow with the corpus: in SPARQL for every resource
at once, that join took minutes at a million quads. Here it is a join in Python over the
memberships read once: for each membership a document states, every other member of its
organisation that the first cooperates with. The other reasons are few and come from
:data:`samverkan.site._queries.TIES_REASONS` (for every resource) or
:data:`samverkan.site._queries.TIES_BRANCHES` (bound to some), kept where the two
cooperate. The rows are those of
:data:`samverkan.site._queries.TIES` for each resource, in its order (``ORDER BY ?other
?basis ?via ?document``, unbound first), rows equal in those keys in the order of their
facts; ``tests/views/test_site_panels.py`` compares them for every resource of the seed.

Examples
--------
>>> _key(("r", "o", "member", None, "d", "m", None)) < _key(("r", "o", "member", "v", "d",
...     "m", None))
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from samverkan.site import _queries as Q

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = ["tie_rows"]


def _key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """SPARQL's order of the columns (IRIs and plain literals: by their text; unbound
    first), every column a key."""
    return tuple((value is not None, value or "") for value in row)


def tie_rows(
    store: pyoxigraph.Store,
    select: Any,
    only: Collection[str] | None = None,
    keep: Collection[str] | None = None,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The columns of :data:`Q.TIES` for every resource (``?resource`` first) and the
    rows, ordered by every column; with ``only``, the rows of those resources alone (the
    same rows: each query is bound to them, :func:`samverkan.site._queries.restrict`);
    with ``keep``, every resource's rows are read and those of ``keep`` alone are sorted
    and returned (at a million quads, sorting all 390,750 rows took 3.75 CPU s)."""
    if only is not None:
        return _tie_rows_of(store, select, only)
    names, reasons = select(store, Q.TIES_REASONS)
    cooperates = {(a, b) for a, b in select(store, Q.COOPERATION_PAIRS)[1]}
    documents = {document for (document,) in select(store, Q.SOURCE_DOCUMENTS)[1]}
    at = names.index("document")
    rows = {
        row
        for row in reasons
        if row[at] in documents
        and ((row[0], row[1]) in cooperates or (row[1], row[0]) in cooperates)
    }
    memberships = select(store, Q.MEMBERSHIPS)[1]
    stated = select(store, Q.STATED_MEMBERSHIPS)[1]
    found: Collection[tuple[Any, ...]] = _co_members(rows, cooperates, memberships, stated)
    if keep is not None:
        wanted = set(keep)
        found = [row for row in found if row[0] in wanted]
    return names, sorted(found, key=_key)


def _tie_rows_of(
    store: pyoxigraph.Store, select: Any, only: Collection[str]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """:func:`tie_rows` of the resources ``only``: their reasons
    (:data:`Q.TIES_BRANCHES`) between the pairs that cooperate, and the co-member join
    over the organisations they are members of."""
    names, reasons = select(store, Q.restrict(Q.TIES_BRANCHES, only))
    cooperates = {(a, b) for a, b in select(store, Q.restrict(Q.COOPERATION_FROM, only))[1]}
    cooperates |= {(a, b) for a, b in select(store, Q.restrict(Q.COOPERATION_TO, only))[1]}
    rows = [r for r in reasons if (r[0], r[1]) in cooperates or (r[1], r[0]) in cooperates]
    of = select(store, Q.restrict(Q.ORGANISATIONS_OF, only))[1]
    organisations = sorted({row[0] for row in of})
    memberships = select(store, Q.restrict(Q.MEMBERSHIPS_IN, organisations))[1]
    stated = select(store, Q.restrict(Q.STATED_MEMBERSHIPS_IN, organisations))[1]
    wanted = set(only)
    found = _co_members(set(rows), cooperates, memberships, stated)
    return names, sorted((row for row in found if row[0] in wanted), key=_key)


def _co_members(
    found: set[tuple[Any, ...]],
    cooperates: set[tuple[str, str]],
    memberships: list[tuple[Any, ...]],
    stated: list[tuple[Any, ...]],
) -> set[tuple[Any, ...]]:
    """``found`` and the co-member rows: for each membership a document states, every
    other member of its organisation that the first cooperates with."""
    members: dict[str, set[tuple[str, str]]] = defaultdict(set)
    organisations: dict[str, set[str]] = defaultdict(set)
    for m, member, organisation in memberships:
        members[organisation].add((m, member))
        organisations[m].add(organisation)
    for document, m, member in stated:
        for via in organisations.get(m, ()):
            for m_other, other in members[via]:
                if (member, other) in cooperates or (other, member) in cooperates:
                    # the stated membership as the resource's (?m1) and as the other's (?m2)
                    found.add((member, other, "co-member", via, document, m, m_other))
                    found.add((other, member, "co-member", via, document, m_other, m))
    return found
