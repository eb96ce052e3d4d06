"""The SPARQL behind each panel of a resource page, and the rows it gives.

Each panel shows the query that fills it (as Scholia does), with the resource bound by a
``VALUES`` line, so that a researcher can copy it to ``samverkan sparql`` or any SPARQL 1.1
endpoint and get the same rows. The build runs the same text with the resource bound as a
parameter (never pasted into the query). At national size (thousands of pages) the build
runs each panel query once with ``?resource`` unbound and projected
(:func:`every_resource`), and gives each page its resource's rows: the same rows as the
page's query, in the same order, for a cost that grows with the data rather than with the
number of pages times the data.

Examples
--------
>>> "VALUES ?resource { <https://w3id.org/samverkan/id/kommun/1281> }" in shown(
...     STATED, "https://w3id.org/samverkan/id/kommun/1281")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from samverkan.namespaces import INFERRED_GRAPH, ORG, RDF, SAM, sparql_prefixes
from samverkan.query.params import restrict

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = [
    "ANNOTATIONS",
    "COOPERATION_FROM",
    "COOPERATION_PAIRS",
    "COOPERATION_TO",
    "DERIVED",
    "DERIVED_EVERY",
    "DERIVED_INFERRED",
    "DOCUMENTS",
    "DRAFTS",
    "EVIDENCE",
    "LABELS",
    "MEMBERSHIPS",
    "MEMBERSHIPS_IN",
    "ORGANISATIONS_OF",
    "PARAM_LINE",
    "RESOURCES",
    "STATED",
    "STATED_MEMBERSHIPS",
    "STATED_MEMBERSHIPS_IN",
    "TIES",
    "TIES_BRANCHES",
    "TIES_OTHER",
    "chunked",
    "derived_rows",
    "every_resource",
    "restrict",
    "select",
    "shown",
]

#: The parameter line of each panel query.
PARAM_LINE = "# param: resource (iri) The resource of the page.\n"

_PREFIXES = sparql_prefixes("sam", "rdf", "rdfs", "org", "oa", "dcterms")

_LAST_BRACE = "\n}\nORDER BY "


def _only_iris(query: str) -> str:
    """``query`` with ``?resource`` kept to IRIs (only IRIs get pages). Without it an
    unbound ``?resource`` also takes the literal objects of the data, and sorting those
    (dates, strings and numbers together) is no total order: pyoxigraph's sort panics."""
    if query.count(_LAST_BRACE) != 1:
        raise ValueError("not a panel query ending in ORDER BY")
    return query.replace(_LAST_BRACE, "\n  FILTER(isIRI(?resource))" + _LAST_BRACE)


#: Every resource that gets a page: the actors, initiatives, collaborations, memberships,
#: fundings, posts and documents that some document states something about (the nodes of
#: the documents' graphs read once, not a test per typed node: 0.4 s instead of 15 s at
#: 230k quads).
RESOURCES = (
    _PREFIXES
    + """SELECT DISTINCT ?resource ?class WHERE {
  ?resource a/rdfs:subClassOf* ?class .
  { SELECT DISTINCT ?resource WHERE {
      ?document a sam:SourceDocument .
      GRAPH ?document { { ?resource ?p ?o } UNION { ?s ?q ?resource } } } }
  VALUES ?class { org:Organization org:Post org:Membership sam:Initiative sam:Collaboration
                  sam:Funding sam:SourceDocument }
}
ORDER BY ?resource ?class"""
)
#: The classes in :data:`RESOURCES`'s ``VALUES ?class`` line, as full IRIs.
PAGE_CLASSES = tuple(
    str(c)
    for c in (
        ORG.Organization,
        ORG.Post,
        ORG.Membership,
        SAM.Initiative,
        SAM.Collaboration,
        SAM.Funding,
        SAM.SourceDocument,
    )
)

#: The stated classes, sector, municipality, and a membership's member and organisation of
#: every resource, read once (the labels, by language, are read apart:
#: :data:`samverkan.site._reads.LABELS_BY_LANGUAGE`).
LABELS = (
    _PREFIXES
    + """SELECT ?resource ?property ?value WHERE {
  { ?resource sam:sector ?value BIND(sam:sector AS ?property) }
  UNION { ?resource sam:municipality ?value BIND(sam:municipality AS ?property) }
  UNION { GRAPH ?g { ?resource a ?value } BIND(rdf:type AS ?property)
          FILTER(?g != <"""
    + str(INFERRED_GRAPH)
    + """>) }
  UNION { ?resource org:member ?value BIND(org:member AS ?property) }
  UNION { ?resource org:organization ?value BIND(org:organization AS ?property) }
}"""
)

#: The source documents with title, date, publisher and file name.
DOCUMENTS = (
    _PREFIXES
    + """SELECT ?document ?title ?issued ?publisher ?file WHERE {
  ?document a sam:SourceDocument .
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document dcterms:issued ?issued }
  OPTIONAL { ?document dcterms:publisher ?publisher }
  OPTIONAL { ?document sam:fileName ?file }
}
ORDER BY ?document"""
)

#: Every quote with the node whose evidence it is (the document reader's marks).
#: Statements a person has not yet reviewed (``samverkan draft`` marks them).
DRAFTS = (
    _PREFIXES
    + """SELECT DISTINCT ?statement WHERE {
  ?document a sam:SourceDocument .
  GRAPH ?document { ?statement sam:reviewStatus "draft" }
}
ORDER BY ?statement"""
)

ANNOTATIONS = (
    _PREFIXES
    + """SELECT DISTINCT ?subject ?document ?quote ?start ?end WHERE {
  GRAPH ?document { ?subject sam:evidence ?annotation }
  ?document a sam:SourceDocument .
  ?annotation oa:hasTarget ?target .
  ?target oa:hasSource ?document ; oa:hasSelector ?qs, ?ps .
  ?qs oa:exact ?quote .
  ?ps oa:start ?start ; oa:end ?end .
}
ORDER BY ?document ?start ?end ?subject"""
)

STATED = (
    "# title: Stated facts: what the documents say about the resource\n"
    "# param: resource (iri) The resource of the page.\n"
    + _PREFIXES
    + """SELECT ?direction ?property ?value ?document WHERE {
  ?document a sam:SourceDocument .
  { GRAPH ?document { ?resource ?property ?value } BIND("out" AS ?direction) }
  UNION
  { GRAPH ?document { ?value ?property ?resource } BIND("in" AS ?direction) }
  FILTER(?property != sam:evidence)
}
ORDER BY ?direction ?property ?value ?document"""
)

DERIVED = (
    "# title: Derived facts: what the reasoner adds about the resource\n"
    "# param: resource (iri) The resource of the page.\n"
    + _PREFIXES
    + """SELECT ?resource ?direction ?property ?value WHERE {
  { GRAPH <"""
    + str(INFERRED_GRAPH)
    + """> { ?resource ?property ?value }
    FILTER NOT EXISTS { ?d a sam:SourceDocument . GRAPH ?d { ?resource ?property ?value } }
    BIND("out" AS ?direction) }
  UNION
  { GRAPH <"""
    + str(INFERRED_GRAPH)
    + """> { ?value ?property ?resource }
    FILTER NOT EXISTS { ?d a sam:SourceDocument . GRAPH ?d { ?value ?property ?resource } }
    BIND("in" AS ?direction) }
  FILTER(isIRI(?value) || isLiteral(?value))
}
ORDER BY ?resource ?direction ?property ?value"""
)

#: :data:`DERIVED` for every resource at once, as the build runs it. The same rows: the
#: three variables are bound on both sides, so ``MINUS`` removes exactly the rows that
#: ``FILTER NOT EXISTS`` removes; it is evaluated once for all rows (at 230k quads 5 s
#: instead of 31 s), where ``FILTER NOT EXISTS`` is evaluated again for each row.
DERIVED_EVERY = _only_iris(
    DERIVED.replace(PARAM_LINE, "").replace("FILTER NOT EXISTS {", "MINUS {")
)

#: :data:`DERIVED_EVERY` without the test that no source document states the fact: for a
#: few resources bound by ``VALUES`` the facts are looked up in Python instead
#: (:func:`derived_rows`). ``MINUS`` reads every quad of every document graph again for each
#: query, whatever is bound: 2.0 s for the European Social Fund's 4,371 rows at a million
#: quads, and ``FILTER NOT EXISTS`` took minutes.
DERIVED_INFERRED = _only_iris(
    re.sub(r"\n    FILTER NOT EXISTS \{ \?d a sam:SourceDocument [^\n]*", "", DERIVED)
    .replace(PARAM_LINE, "")
)
if "NOT EXISTS" in DERIVED_INFERRED:  # pragma: no cover - a guard on the text above
    raise AssertionError("DERIVED_INFERRED still tests the documents")


def derived_rows(store: Any, iris: list[str]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows of :data:`DERIVED_EVERY` for the resources ``iris`` (bound by ``VALUES``), in
    its order: the inferred graph's facts about them (:data:`DERIVED_INFERRED`) but those
    that a source document's graph states, looked up fact by fact in the store's quads.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> store = example_store()
    >>> lund = ["https://w3id.org/samverkan/id/kommun/1281"]
    >>> derived_rows(store, lund) == select(store, restrict(DERIVED_EVERY, lund))
    True
    """
    import pyoxigraph as ox

    from samverkan.query.results import python_value

    documents = {
        quad.subject
        for quad in store.quads_for_pattern(
            None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SAM.SourceDocument)), None
        )
    }
    result = store.query(restrict(DERIVED_INFERRED, iris), use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        resource, prop, value = solution["resource"], solution["property"], solution["value"]
        out = solution["direction"].value == "out"
        subject, obj = (resource, value) if out else (value, resource)
        if any(q.graph_name in documents for q in store.quads_for_pattern(subject, prop, obj)):
            continue
        rows.append(tuple(map(python_value, solution)))
    return names, rows


#: In the second ``member`` pattern the organisation comes first: Oxigraph joins the
#: triples of a group in their order, and with ``?resource`` bound it read every membership
#: first (0.57 s for 14 resources at a million quads, 0.05 in this order, the same rows).
TIES = (
    "# title: Why each derived tie exists: its basis, the node it goes through, the document\n"
    "# param: resource (iri) The resource of the page.\n"
    + _PREFIXES
    + """SELECT DISTINCT ?other ?basis ?via ?document ?fact1 ?fact2 WHERE {
  { ?resource sam:cooperatesWith ?other } UNION { ?other sam:cooperatesWith ?resource }
  {
    ?m1 org:member ?resource ; org:organization ?via .
    ?m2 org:member ?other ; org:organization ?via .
    { GRAPH ?document { ?m1 org:member ?resource } }
    UNION { GRAPH ?document { ?m2 org:member ?other } }
    BIND("co-member" AS ?basis) BIND(?m1 AS ?fact1) BIND(?m2 AS ?fact2)
  } UNION {
    { GRAPH ?document { ?m org:member ?resource ; org:organization ?other } }
    UNION { GRAPH ?document { ?m org:organization ?resource ; org:member ?other } }
    BIND("member" AS ?basis) BIND(?m AS ?fact1)
  } UNION {
    { GRAPH ?document { ?via sam:funder ?resource ; sam:recipient|sam:fundedItem ?other } }
    UNION
    { GRAPH ?document { ?via sam:funder ?other ; sam:recipient|sam:fundedItem ?resource } }
    BIND("funding" AS ?basis) BIND(?via AS ?fact1)
  } UNION {
    { GRAPH ?document { ?resource sam:hostedBy|org:postIn ?other } BIND(?resource AS ?via) }
    UNION
    { GRAPH ?document { ?other sam:hostedBy|org:postIn ?resource } BIND(?other AS ?via) }
    BIND("hosting" AS ?basis) BIND(?via AS ?fact1)
  } UNION {
    { ?post org:postIn ?resource .
      GRAPH ?document { ?via sam:fundedItem ?post ; sam:funder ?other } }
    UNION
    { ?post org:postIn ?other .
      GRAPH ?document { ?via sam:fundedItem ?post ; sam:funder ?resource } }
    BIND("co-funded post" AS ?basis) BIND(?via AS ?fact1)
  } UNION {
    { GRAPH ?document { ?resource sam:cooperatesWith ?other } }
    UNION { GRAPH ?document { ?other sam:cooperatesWith ?resource } }
    BIND("stated" AS ?basis)
  }
  ?document a sam:SourceDocument .
}
ORDER BY ?other ?basis ?via ?document"""
)

EVIDENCE = (
    "# title: The exact words behind the resource and the facts about it\n"
    "# param: resource (iri) The resource of the page.\n"
    + _PREFIXES
    + """SELECT DISTINCT ?subject ?property ?document ?quote ?start ?end WHERE {
  { GRAPH ?document { ?resource sam:evidence ?annotation } BIND(?resource AS ?subject) }
  UNION
  { GRAPH ?document { ?subject ?property ?resource ; sam:evidence ?annotation }
    FILTER(?property != sam:evidence) }
  ?document a sam:SourceDocument .
  ?annotation oa:hasTarget ?target .
  ?target oa:hasSource ?document ; oa:hasSelector ?qs, ?ps .
  ?qs oa:exact ?quote .
  ?ps oa:start ?start ; oa:end ?end .
}
ORDER BY ?document ?start ?subject ?property ?end ?quote"""
)


#: The facts of the documents whose object is ``?resource`` (bound by
#: :func:`restrict`): with the quotes of their subjects (:data:`ANNOTATIONS`), the second
#: branch of :data:`EVIDENCE`, joined in Python (:meth:`samverkan.site.Site.load_rows`).
EVIDENCE_ABOUT = (
    _PREFIXES
    + """SELECT DISTINCT ?resource ?subject ?property ?document WHERE {
  GRAPH ?document { ?subject ?property ?resource }
  FILTER(?property != sam:evidence)
}"""
)


def shown(query: str, iri: str) -> str:
    """The query as a page shows it: the resource bound by ``VALUES``, ready to rerun.

    The ``# param:`` line is replaced by a ``VALUES`` line after the opening brace of the
    ``WHERE`` clause, so the text runs as is in any SPARQL 1.1 client.
    """
    lines = [line for line in query.splitlines() if not line.startswith("# param:")]
    text = "\n".join(lines)
    head, sep, tail = text.partition("WHERE {")
    return f"{head}{sep}\n  VALUES ?resource {{ <{iri}> }}{tail}"


def every_resource(query: str) -> str:
    """The panel ``query`` for every resource at once: ``?resource`` unbound and projected.

    The ``# param:`` line is dropped, ``?resource`` becomes the first column and the first
    sort key and is kept to IRIs, so that the rows of one resource, in order, are the rows
    the query gives with that resource bound.

    Examples
    --------
    >>> text = every_resource(STATED)
    >>> "SELECT ?resource ?direction" in text, "ORDER BY ?resource ?direction" in text
    (True, True)
    >>> PARAM_LINE in text
    False
    """
    text = query.replace(PARAM_LINE, "")
    head, sep, tail = text.partition("SELECT ")
    distinct = "DISTINCT " if tail.startswith("DISTINCT ") else ""
    tail = tail.removeprefix(distinct)
    if not sep or tail.startswith("?resource ") or "ORDER BY " not in tail:
        raise ValueError("not a panel query with a resource parameter")
    tail = tail.replace("ORDER BY ", "ORDER BY ?resource ", 1)
    return _only_iris(f"{head}SELECT {distinct}?resource {tail}")


_CO_MEMBER = """    ?m1 org:member ?resource ; org:organization ?via .
    ?m2 org:member ?other ; org:organization ?via .
    { GRAPH ?document { ?m1 org:member ?resource } }
    UNION { GRAPH ?document { ?m2 org:member ?other } }
"""

if _CO_MEMBER not in TIES:  # pragma: no cover - a guard on the text below
    raise ValueError("the co-member branch of TIES changed: update TIES_OTHER")

#: :data:`TIES` for every resource at once without its co-member branch: the join of the
#: members of each organisation grows with the square of its members, and
#: :mod:`samverkan.site._ties` makes it in Python from the memberships read once.
TIES_OTHER = every_resource(
    TIES.replace(
        "  {\n"
        + _CO_MEMBER
        + '    BIND("co-member" AS ?basis) BIND(?m1 AS ?fact1) BIND(?m2 AS ?fact2)\n'
        + "  } UNION {\n",
        "  {\n",
    )
)

_PAIRS = (
    "  { ?resource sam:cooperatesWith ?other } UNION { ?other sam:cooperatesWith ?resource }\n"
)
if _PAIRS not in TIES_OTHER:  # pragma: no cover - a guard on the text above
    raise ValueError("the pairs of TIES changed: update TIES_BRANCHES")

#: :data:`TIES_OTHER` without its first pattern, the cooperating pairs: the reasons alone,
#: for a caller that keeps the rows whose ``?resource`` and ``?other`` cooperate (every
#: reason binds both, so these are :data:`TIES_OTHER`'s rows). Bound to some resources by
#: :func:`restrict`, the store joins each pair with the reasons of its resource one by
#: one: at 1.01M quads a national actor with 4,123 pairs took 34 CPU s in
#: :data:`TIES_OTHER` and 0.13 here with the pairs kept in Python (docs/scale.md).
TIES_BRANCHES = TIES_OTHER.replace(_PAIRS, "", 1)

_SOURCE_LINE = "  ?document a sam:SourceDocument .\n"
if _SOURCE_LINE not in TIES_BRANCHES or "ORDER BY" not in TIES_BRANCHES:  # pragma: no cover
    raise ValueError("the document pattern or the order of TIES changed: update TIES_REASONS")

#: :data:`TIES_BRANCHES` for every resource at once, without the type of the document and
#: without the order: the caller keeps the rows whose document is one of
#: :data:`SOURCE_DOCUMENTS` and whose ``?resource`` and ``?other`` cooperate, and sorts
#: them. Joined in SPARQL, the document's type made the store scan the posts once per
#: document in the co-funded branch (7.9 of 8.0 CPU s at 1.03M quads, for no row); read this
#: way the same 38,604 rows took 0.9 s (docs/scale.md).
TIES_REASONS = TIES_BRANCHES.replace(_SOURCE_LINE, "", 1)
TIES_REASONS = TIES_REASONS[: TIES_REASONS.index("ORDER BY")].rstrip() + "\n"

#: Every source document.
SOURCE_DOCUMENTS = (
    _PREFIXES + "SELECT DISTINCT ?document WHERE { ?document a sam:SourceDocument }"
)

#: Every membership with its member and organisation (in any graph).
MEMBERSHIPS = (
    _PREFIXES
    + """SELECT DISTINCT ?m ?member ?organization WHERE {
  ?m org:member ?member ; org:organization ?organization .
}"""
)

#: The memberships each document states, with their member.
STATED_MEMBERSHIPS = (
    _PREFIXES
    + """SELECT DISTINCT ?document ?m ?member WHERE {
  ?document a sam:SourceDocument .
  GRAPH ?document { ?m org:member ?member }
}"""
)

#: The pairs of cooperating resources whose first (:data:`COOPERATION_FROM`) or second
#: (:data:`COOPERATION_TO`) is one of some resources (:func:`restrict`).
COOPERATION_FROM = (
    _PREFIXES
    + """SELECT DISTINCT ?a ?b WHERE {
  ?resource sam:cooperatesWith ?b . BIND(?resource AS ?a)
}"""
)
COOPERATION_TO = (
    _PREFIXES
    + """SELECT DISTINCT ?a ?b WHERE {
  ?a sam:cooperatesWith ?resource . BIND(?resource AS ?b)
}"""
)

#: The organisations some resources are members of (:func:`restrict`).
ORGANISATIONS_OF = (
    _PREFIXES
    + """SELECT DISTINCT ?organization WHERE {
  ?m org:member ?resource ; org:organization ?organization .
}"""
)

#: :data:`MEMBERSHIPS` and :data:`STATED_MEMBERSHIPS` in some organisations
#: (:func:`restrict`, the organisations as ``?resource``).
MEMBERSHIPS_IN = (
    _PREFIXES
    + """SELECT DISTINCT ?m ?member ?organization WHERE {
  ?m org:member ?member ; org:organization ?resource .
  BIND(?resource AS ?organization)
}"""
)
STATED_MEMBERSHIPS_IN = (
    _PREFIXES
    + """SELECT DISTINCT ?document ?m ?member WHERE {
  ?m org:organization ?resource .
  ?document a sam:SourceDocument .
  GRAPH ?document { ?m org:member ?member }
}"""
)


#: Every pair of resources that cooperate (in either order as stated or derived).
COOPERATION_PAIRS = _PREFIXES + """SELECT DISTINCT ?a ?b WHERE { ?a sam:cooperatesWith ?b }"""
if "co-member" in TIES_OTHER:  # pragma: no cover - a guard on the text above
    raise ValueError("TIES_OTHER still has the co-member branch")


def select(store: pyoxigraph.Store, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of a SELECT on the union of the graphs, as Python values.

    The values are those of :func:`samverkan.query.run_query` (IRIs as strings, numbers,
    dates, None for unbound), without the DataFrame in between.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> select(ox.Store(), "SELECT ?x ?y WHERE { VALUES (?x ?y) { (1 UNDEF) } }")
    (['x', 'y'], [(1, None)])
    """
    from samverkan.query.results import python_value

    result = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return names, [tuple(map(python_value, solution)) for solution in result]


def chunked(
    iris: list[str],
    size: int,
    rows_of: Callable[[list[str]], tuple[list[str], list[tuple[Any, ...]]]],
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The columns and rows of ``rows_of`` for the sorted ``iris`` (at least one),
    ``size`` at a time: rows ordered by the resource first stay in that order, the chunks
    one after another.

    Examples
    --------
    >>> chunked(["a", "b", "c"], 2, lambda some: (["resource"], [(x,) for x in some]))
    (['resource'], [('a',), ('b',), ('c',)])
    """
    names: list[str] = []
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(iris), size):
        names, rows = rows_of(iris[start : start + size])
        found.extend(rows)
    return names, found
