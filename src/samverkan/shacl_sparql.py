"""SHACL shapes compiled to SPARQL and run in a pyoxigraph store: validation that scales.

pySHACL walks the data graph in Python, focus node by focus node; at 100k quads that takes
half a minute. Here every constraint of every shape becomes one SPARQL query whose answer is
the failing focus nodes (and value nodes), so Oxigraph does the work with hash joins. The
compiler knows the constraint components the project's shapes use and refuses any other
with :class:`~samverkan.errors.SamverkanError`, so it can never silently check less than
pySHACL, the reference (``validate(..., engine="pyshacl")``):

- targets: ``sh:targetClass`` (with the subclasses in the data), ``sh:targetSubjectsOf``,
  ``sh:targetObjectsOf``, ``sh:targetNode``;
- paths: a predicate, a sequence, ``sh:alternativePath``, ``sh:inversePath``;
- on a property shape: ``sh:minCount``, ``sh:maxCount`` (also 0), ``sh:class``,
  ``sh:datatype``, ``sh:pattern`` (with ``sh:flags``), ``sh:maxLength``, ``sh:or``,
  ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``;
- on a node shape: ``sh:property`` and ``sh:or``;
- inside ``sh:or`` and ``sh:qualifiedValueShape``: shapes made of ``sh:datatype``,
  ``sh:languageIn``, ``sh:class`` and property shapes with ``sh:minCount 1``;
- ``sh:severity`` and ``sh:message`` as they are.

Examples
--------
>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.load(input='''
... @prefix sam: <https://w3id.org/samverkan/ontology#> .
... <https://w3id.org/samverkan/id/finansiering/x> a sam:Funding ;
...     sam:recipient <https://w3id.org/samverkan/id/kommun/1281> .
... ''', format=ox.RdfFormat.TURTLE)
>>> from samverkan.validate import load_shapes
>>> results = validate_store(store, load_shapes())
>>> sorted({r.message_en for r in results if r.severity == "Violation"})[:2]
['A funding has a funder (sam:funder).', 'The relation has no evidence (sam:evidence).']
"""

from __future__ import annotations

import collections.abc as abc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from samverkan.errors import SamverkanError
from samverkan.namespaces import RDF, RDFS, SH
from samverkan.query.results import gc_paused

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

__all__ = [
    "ShapeResult",
    "affected_focus",
    "compile_shapes",
    "path_text",
    "reads",
    "shape_messages",
    "to_store",
    "validate_store",
]

RDFS_SUBCLASS = str(RDFS.subClassOf)
RDF_TYPE = str(RDF.type)

_TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
_IGNORED = {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group}
_PROPERTY_KEYS = {
    SH.path, SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.pattern, SH.flags,
    SH.maxLength, SH["or"], SH.qualifiedValueShape, SH.qualifiedMinCount, SH["in"],
}  # fmt: skip
_NODE_KEYS = {SH.property, SH["or"]} | _TARGETS


def _iri(node: object) -> str:
    return f"<{node}>"


def _list(shapes: Graph, head: object) -> list:
    return list(Collection(shapes, head))


def sparql_path(shapes: Graph, path: object) -> str:
    """The SPARQL property path of a SHACL path node.

    >>> g = Graph().parse(format="turtle", data='''
    ... @prefix sh: <http://www.w3.org/ns/shacl#> .
    ... <s> sh:path ( <a> [ sh:alternativePath ( <b> <c> ) ] ) .''', publicID="http://x/")
    >>> sparql_path(g, g.value(URIRef("http://x/s"), SH.path))
    '(<http://x/a>/(<http://x/b>|<http://x/c>))'
    """
    if isinstance(path, URIRef):
        return _iri(path)
    if shapes.value(path, RDF.first) is not None:
        return "(" + "/".join(sparql_path(shapes, p) for p in _list(shapes, path)) + ")"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(sparql_path(shapes, p) for p in _list(shapes, alternatives)) + ")"
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + sparql_path(shapes, inverse)
    raise SamverkanError(f"SHACL path not supported by the SPARQL validator: {path}")


def path_text(graph: Graph, path: object) -> str:
    """How a result's path is written: the IRI of a predicate, else its SPARQL path.

    Used for both validators, so that a blank-node path reads the same in both.

    >>> path_text(Graph(), URIRef("http://x/p"))
    'http://x/p'
    """
    if path is None:
        return ""
    return str(path) if isinstance(path, URIRef) else sparql_path(graph, path)


@dataclass(frozen=True)
class ShapeResult:
    """One SHACL result, with its messages in Swedish and English."""

    severity: str
    focus: str
    path: str
    value: str
    shape: str
    message_sv: str
    message_en: str
    #: the focus node is a blank node (its name is the store's, and changes when the
    #: dataset is loaded again); not compared
    blank: bool = field(default=False, compare=False, repr=False)

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"<{self.focus}>{where}: {self.message_en} / {self.message_sv}"


def shape_messages(shapes: Graph, shape: object, reported: list | None = None) -> tuple[str, str]:
    """The Swedish and English ``sh:message`` of ``shape`` (those ``reported`` first).

    >>> from samverkan.validate import load_shapes
    >>> shapes = load_shapes()
    >>> shape_messages(shapes, URIRef("https://w3id.org/samverkan/shapes#Funding_Property_funder"))
    ('En finansiering har en finansiär (sam:funder).', 'A funding has a funder (sam:funder).')
    """
    found = {"sv": "", "en": ""}
    candidates = list(reported or [])
    if shape is not None:
        candidates += list(shapes.objects(shape, SH.message))
    for message in candidates:
        if (
            isinstance(message, Literal)
            and message.language in found
            and not found[message.language]
        ):
            found[message.language] = str(message)
    fallback = next((str(m) for m in candidates), "")
    return found["sv"] or fallback, found["en"] or fallback


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a SELECT of ``?focus`` (and ``?value``) that fail it."""

    query: str
    shape: object
    severity: str
    path: str
    has_value: bool = True


def _severity(shapes: Graph, shape: object) -> str:
    value = shapes.value(shape, SH.severity)
    return "Violation" if value is None else str(value).removeprefix(str(SH))


def _refuse(shapes: Graph, shape: object, allowed: set) -> None:
    for p in set(shapes.predicates(shape, None)) - allowed - _IGNORED:
        raise SamverkanError(f"SHACL constraint not supported by the SPARQL validator: {p}")


def _subclasses(store: ox.Store, cls: object) -> str:
    """``cls`` and its subclasses in ``store`` (:func:`_subclass_iris`), as SPARQL terms."""
    return " ".join(_iri(c) for c in _subclass_iris(store, str(cls)))


def _subclass_iris(store: ox.Store, cls: str) -> list[str]:
    """``cls`` and its subclasses in ``store`` (``rdfs:subClassOf+`` in any graph), sorted."""
    rows = store.query(
        f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS_SUBCLASS}>+ <{cls}> }}",
        use_default_graph_as_union=True,
    )
    return sorted({cls} | {row["c"].value for row in rows})


def _is_instance(store: ox.Store, var: str, cls: object) -> str:
    return f"EXISTS {{ VALUES ?cls_ {{ {_subclasses(store, cls)} }} {var} <{RDF_TYPE}> ?cls_ }}"


def _condition(store: ox.Store, shapes: Graph, shape: object, var: str) -> str:
    """A SPARQL expression true when the node in ``var`` conforms to a small shape."""
    parts = []
    allowed = {SH.datatype, SH.languageIn, SH["class"], SH.path, SH.minCount}
    _refuse(shapes, shape, allowed)
    datatype = shapes.value(shape, SH.datatype)
    if datatype is not None:
        parts.append(f"(isLiteral({var}) && DATATYPE({var}) = {_iri(datatype)})")
    languages = shapes.value(shape, SH.languageIn)
    if languages is not None:
        tags = " || ".join(f'langMatches(LANG({var}), "{t}")' for t in _list(shapes, languages))
        parts.append(f"(isLiteral({var}) && ({tags}))")
    cls = shapes.value(shape, SH["class"])
    if cls is not None:
        parts.append(_is_instance(store, var, cls))
    path = shapes.value(shape, SH.path)
    if path is not None:
        if shapes.value(shape, SH.minCount) != Literal(1) or len(parts) > 0:
            raise SamverkanError(f"SHACL shape not supported inside sh:or: {shape}")
        parts.append(f"EXISTS {{ {var} {sparql_path(shapes, path)} ?any_ }}")
    if not parts:
        raise SamverkanError(f"SHACL shape not supported inside sh:or: {shape}")
    return " && ".join(parts)


def _values(terms: abc.Collection[ox.Term]) -> str:
    """``terms`` as the rows of a ``VALUES`` clause, sorted."""
    return " ".join(sorted(str(term) for term in terms))


def _targets(
    store: ox.Store, shapes: Graph, shape: object, focus: abc.Collection[ox.Term] | None = None
) -> str:
    branches = []
    for cls in shapes.objects(shape, SH.targetClass):
        branches.append(f"VALUES ?t_ {{ {_subclasses(store, cls)} }} ?focus <{RDF_TYPE}> ?t_ .")
    for p in shapes.objects(shape, SH.targetSubjectsOf):
        branches.append(f"?focus {_iri(p)} ?o_ .")
    for p in shapes.objects(shape, SH.targetObjectsOf):
        branches.append(f"?s_ {_iri(p)} ?focus .")
    for node in shapes.objects(shape, SH.targetNode):
        branches.append(f"VALUES ?focus {{ {_iri(node)} }}")
    union = " UNION ".join("{ " + b + " }" for b in branches)
    if focus is not None:
        union = f"VALUES ?focus {{ {_values(focus)} }} {{ {union} }}"
    return f"{{ SELECT DISTINCT ?focus WHERE {{ {union} }} }}"


def _property_checks(
    store: ox.Store, shapes: Graph, prop: object, targets: str, bound: str = ""
) -> Iterator[Check]:
    """The checks of property shape ``prop`` on the focus nodes ``targets`` selects
    (``bound``: ``VALUES ?focus`` of the focus nodes checked, or nothing for all)."""
    _refuse(shapes, prop, _PROPERTY_KEYS)
    path_node = shapes.value(prop, SH.path)
    path = sparql_path(shapes, path_node)
    shown = path_text(shapes, path_node)
    severity = _severity(shapes, prop)

    def check(query: str) -> Check:
        return Check(query, prop, severity, shown, query.startswith("SELECT DISTINCT"))

    # the values of each focus node; bound to the focus nodes checked, so that the store
    # does not walk the path from every node before the join
    reach = f"{bound}?focus {path} ?value"
    values = f"{targets} {reach} ."
    min_count = shapes.value(prop, SH.minCount)
    if min_count is not None:
        n = int(min_count)
        if n == 1:
            yield check(f"SELECT ?focus WHERE {{ {targets} MINUS {{ {reach} }} }}")
        elif n > 1:
            yield check(
                f"SELECT ?focus WHERE {{ {targets} OPTIONAL {{ {reach} }} }}"
                f" GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) < {n})"
            )
    max_count = shapes.value(prop, SH.maxCount)
    if max_count is not None:
        yield check(
            f"SELECT ?focus WHERE {{ {values} }} GROUP BY ?focus"
            f" HAVING (COUNT(DISTINCT ?value) > {int(max_count)})"
        )
    failing = []  # conditions under which one value node fails
    cls = shapes.value(prop, SH["class"])
    if cls is not None:
        failing.append(f"!{_is_instance(store, '?value', cls)}")
    datatype = shapes.value(prop, SH.datatype)
    if datatype is not None:
        failing.append(f"!isLiteral(?value) || DATATYPE(?value) != {_iri(datatype)}")
    pattern = shapes.value(prop, SH.pattern)
    if pattern is not None:
        flags = shapes.value(prop, SH.flags)
        regex = f"REGEX(STR(?value), {_string(pattern)}, {_string(flags or '')})"
        failing.append(f"isBlank(?value) || !{regex}")
    max_length = shapes.value(prop, SH.maxLength)
    if max_length is not None:
        failing.append(f"isBlank(?value) || STRLEN(STR(?value)) > {int(max_length)}")
    members = shapes.value(prop, SH["in"])
    if members is not None:
        # sh:in: every value is one of the listed terms (compared as RDF terms).
        listed = ", ".join(_term_sparql(m) for m in _list(shapes, members))
        failing.append(f"?value NOT IN ({listed})")
    alternatives = shapes.value(prop, SH["or"])
    if alternatives is not None:
        ok = " || ".join(
            f"({_condition(store, shapes, s, '?value')})" for s in _list(shapes, alternatives)
        )
        failing.append(f"!({ok})")
    for condition in failing:
        yield check(f"SELECT DISTINCT ?focus ?value WHERE {{ {values} FILTER({condition}) }}")
    qualified = shapes.value(prop, SH.qualifiedValueShape)
    if qualified is not None:
        n = int(shapes.value(prop, SH.qualifiedMinCount) or 0)
        ok = _condition(store, shapes, qualified, "?value")
        yield check(
            f"SELECT ?focus WHERE {{ {targets} OPTIONAL {{ {reach} FILTER({ok}) }} }}"
            f" GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) < {n})"
        )


def _term_sparql(term: object) -> str:
    """A listed term of ``sh:in`` as SPARQL (an IRI or a literal with its tag or type)."""
    return term.n3() if isinstance(term, URIRef | Literal) else _string(term)


def _string(value: object) -> str:
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def compile_shapes(
    shapes: Graph, store: ox.Store, focus: abc.Collection[ox.Term] | None = None
) -> list[Check]:
    """Every constraint of every targeted shape as one SPARQL query.

    The store is read only for the subclasses of each target class (as pySHACL reads them
    from the data graph). With ``focus`` (IRIs and literals), only those focus nodes are
    checked.
    """
    checks: list[Check] = []
    shape_nodes = sorted(
        {s for t in _TARGETS for s in shapes.subjects(t, None)}, key=lambda n: str(n)
    )
    for shape in shape_nodes:
        _refuse(shapes, shape, _NODE_KEYS | ({SH.path} | _PROPERTY_KEYS))
        if shapes.value(shape, SH.path) is not None:
            raise SamverkanError(f"targeted property shapes are not supported: {shape}")
        targets = _targets(store, shapes, shape, focus)
        bound = "" if focus is None else f"VALUES ?focus {{ {_values(focus)} }} "
        alternatives = shapes.value(shape, SH["or"])
        if alternatives is not None:
            ok = " || ".join(
                f"({_condition(store, shapes, s, '?focus')})" for s in _list(shapes, alternatives)
            )
            checks.append(
                Check(
                    f"SELECT ?focus (?focus AS ?value) WHERE {{ {targets} FILTER(!({ok})) }}",
                    shape,
                    _severity(shapes, shape),
                    "",
                )
            )
        for prop in sorted(shapes.objects(shape, SH.property), key=lambda n: str(n)):
            checks.extend(_property_checks(store, shapes, prop, targets, bound))
    return checks


def _term_text(term: object) -> str:
    return "" if term is None else str(term.value)


def validate_store(
    store: ox.Store, shapes: Graph, focus: abc.Collection[ox.Term] | None = None
) -> list[ShapeResult]:
    """Run the compiled shapes on all graphs of ``store``; results as pySHACL's.

    Parameters
    ----------
    store : pyoxigraph.Store
        The data: the union of its graphs (a built store, or one from :func:`to_store`).
    shapes : rdflib.Graph
        The shapes (:func:`samverkan.validate.load_shapes`).
    focus : collection of pyoxigraph.NamedNode or Literal, optional
        Check only these focus nodes (the others are neither checked nor reported), for
        instance those :func:`affected_focus` finds after a change.
    """
    import pyoxigraph as ox

    if focus is not None and not focus:
        return []
    results = []
    for check in compile_shapes(shapes, store, focus):
        sv, en = shape_messages(shapes, check.shape)
        for row in store.query(check.query, use_default_graph_as_union=True):
            value = row["value"] if check.has_value else None
            results.append(
                ShapeResult(
                    severity=check.severity,
                    focus=_term_text(row["focus"]),
                    path=check.path,
                    value=_term_text(value),
                    shape="" if isinstance(check.shape, BNode) else str(check.shape),
                    message_sv=sv,
                    message_en=en,
                    blank=isinstance(row["focus"], ox.BlankNode),
                )
            )
    return results


#: One step of a path as the validator reads it: the predicate (an IRI), whether the step
#: goes against it (``sh:inversePath``), and for a step along ``rdf:type``, the classes
#: whose instances it looks for (their subclasses in the data too; empty: any object).
Step = tuple[str, bool, frozenset[str]]

_ANY: frozenset[str] = frozenset()


def _sequences(shapes: Graph, path: object) -> list[list[Step]]:
    """Every sequence of steps a SHACL path can take (its alternatives spelled out).

    >>> g = Graph().parse(format="turtle", data='''
    ... @prefix sh: <http://www.w3.org/ns/shacl#> .
    ... <s> sh:path ( <a> [ sh:alternativePath ( <b> [ sh:inversePath <c> ] ) ] ) .''',
    ...     publicID="http://x/")
    >>> paths = _sequences(g, g.value(URIRef("http://x/s"), SH.path))
    >>> [[(p[-1], back) for p, back, _ in s] for s in paths]
    [[('a', False), ('b', False)], [('a', False), ('c', True)]]
    """
    if isinstance(path, URIRef):
        return [[(str(path), False, _ANY)]]
    if shapes.value(path, RDF.first) is not None:
        found: list[list[Step]] = [[]]
        for part in _list(shapes, path):
            found = [head + tail for head in found for tail in _sequences(shapes, part)]
        return found
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return [s for p in _list(shapes, alternatives) for s in _sequences(shapes, p)]
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return [
            [(p, not back, c) for p, back, c in reversed(s)] for s in _sequences(shapes, inverse)
        ]
    raise SamverkanError(f"SHACL path not supported by the SPARQL validator: {path}")


def _is_a(shapes: Graph, shape: object) -> list[list[Step]]:
    """The read of the types of a node that ``shape`` requires to be of a class."""
    cls = shapes.value(shape, SH["class"])
    return [] if cls is None else [[(RDF_TYPE, False, frozenset({str(cls)}))]]


def _condition_reads(shapes: Graph, shape: object) -> list[list[Step]]:
    """What checking a value node against a small shape (:func:`_condition`) reads, from
    the value node: its types (``sh:class``) and its path (``sh:path``)."""
    found = _is_a(shapes, shape)
    path = shapes.value(shape, SH.path)
    if path is not None:
        found.extend(_sequences(shapes, path))
    return found


def reads(shapes: Graph) -> list[list[Step]]:
    """Every sequence of steps the compiled shapes read from a focus node.

    A check of focus node ``x`` reads the triples at the end of each prefix of these
    sequences: ``x``'s types or the triples that make it a target, the triples along its
    property paths, and the types and paths of the values at their ends (``sh:class``,
    ``sh:or``, ``sh:qualifiedValueShape``). What :func:`affected_focus` follows back.

    Examples
    --------
    >>> from samverkan.validate import load_shapes
    >>> steps = reads(load_shapes())
    >>> OA = "http://www.w3.org/ns/oa#"
    >>> quoted = [(OA + "hasTarget", False), (OA + "hasSelector", False), (OA + "exact", False)]
    >>> any([(p, back) for p, back, _ in s] == quoted for s in steps)
    True
    >>> any(s[0][0] == RDF_TYPE and OA + "Annotation" in s[0][2] for s in steps)  # targets
    True
    """
    found: list[list[Step]] = []

    def add(sequence: list[Step]) -> None:
        if sequence not in found:
            found.append(sequence)

    shape_nodes = {s for t in _TARGETS for s in shapes.subjects(t, None)}
    for shape in sorted(shape_nodes, key=str):
        classes = frozenset(str(c) for c in shapes.objects(shape, SH.targetClass))
        if classes:
            add([(RDF_TYPE, False, classes)])
        for p in shapes.objects(shape, SH.targetSubjectsOf):
            add([(str(p), False, _ANY)])
        for p in shapes.objects(shape, SH.targetObjectsOf):
            add([(str(p), True, _ANY)])
        alternatives = shapes.value(shape, SH["or"])
        for small in _list(shapes, alternatives) if alternatives is not None else ():
            for sequence in _condition_reads(shapes, small):
                add(sequence)
        for prop in shapes.objects(shape, SH.property):
            tails = _is_a(shapes, prop)
            for key in (SH["or"], SH.qualifiedValueShape):
                node = shapes.value(prop, key)
                if node is None:
                    continue
                for small in _list(shapes, node) if key == SH["or"] else [node]:
                    tails.extend(_condition_reads(shapes, small))
            for path in _sequences(shapes, shapes.value(prop, SH.path)):
                add(path)
                for tail in tails:
                    add(path + tail)
    return found


def affected_focus(
    shapes: Graph, store: ox.Store, changed: Iterable[ox.Triple]
) -> set[ox.Term] | None:
    """The focus nodes whose results the ``changed`` triples can change; None if any.

    Checking a focus node reads the triples :func:`reads` lists. A changed triple
    ``s p o`` is read at ``s`` by a step along ``p`` (at ``o`` by a step against ``p``);
    the focus nodes that read it are those from which the steps before it lead to that
    node. They are followed back in ``store``, the data after the change: the steps before
    the first changed triple of a path are unchanged, so a path that the change breaks is
    found from its first changed triple, as one it makes is.

    Parameters
    ----------
    shapes : rdflib.Graph
        The shapes.
    store : pyoxigraph.Store
        The data after the change (the union of its graphs).
    changed : iterable of pyoxigraph.Triple
        Every triple added to or removed from any graph of the store.

    Returns
    -------
    set of pyoxigraph terms, or None
        The IRIs and literals to check again (:func:`validate_store` with ``focus``);
        None when every focus node must be: a change to the subclasses (the targets and
        ``sh:class`` read them) or a blank node among the focus nodes, which a query
        cannot name.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> from samverkan.validate import load_shapes
    >>> store = ox.Store()
    >>> store.load(input='''
    ... @prefix oa: <http://www.w3.org/ns/oa#> .
    ... <http://x/q> a oa:Annotation ; oa:hasTarget <http://x/t> .
    ... <http://x/t> oa:hasSelector <http://x/s> .
    ... ''', format=ox.RdfFormat.TURTLE)
    >>> gone = ox.Triple(ox.NamedNode("http://x/s"), ox.NamedNode(
    ...     "http://www.w3.org/ns/oa#exact"), ox.Literal("samverkan"))
    >>> sorted(node.value for node in affected_focus(load_shapes(), store, [gone]))
    ['http://x/q']
    """
    import pyoxigraph as ox

    by_predicate: dict[str, list[ox.Triple]] = {}
    for triple in changed:
        if triple.predicate.value == RDFS_SUBCLASS:
            return None
        by_predicate.setdefault(triple.predicate.value, []).append(triple)
    below: dict[frozenset[str], set[str]] = {}  # classes and their subclasses in the data
    found: set[ox.Term] = set()
    for sequence in reads(shapes):
        for i, (predicate, back, classes) in enumerate(sequence):
            triples = by_predicate.get(predicate)
            if classes and triples:
                if classes not in below:
                    below[classes] = {c for cls in classes for c in _subclass_iris(store, cls)}
                triples = [t for t in triples if t.object.value in below[classes]]
            if not triples:
                continue
            nodes = {t.object if back else t.subject for t in triples}
            for before, before_back, _ in reversed(sequence[:i]):
                p = ox.NamedNode(before)
                if before_back:  # the step went against p: back is along it
                    nodes = {q.object for n in nodes for q in store.quads_for_pattern(n, p, None)}
                else:
                    nodes = {q.subject for n in nodes for q in store.quads_for_pattern(None, p, n)}
            found |= nodes
    if any(isinstance(node, ox.BlankNode) for node in found):
        return None
    return found


def to_store(graph: Graph) -> ox.Store:
    """Copy an rdflib graph into the default graph of a new in-memory pyoxigraph store.

    >>> g = Graph().parse(format="turtle", data='<http://x/a> <http://x/p> "b"@sv .')
    >>> len(to_store(g))
    1
    """
    import pyoxigraph as ox

    cache: dict[object, object] = {}

    def term(node: object) -> object:
        found = cache.get(node)
        if found is None:
            if isinstance(node, URIRef):
                found = ox.NamedNode(str(node))
            elif isinstance(node, BNode):
                found = ox.BlankNode(str(node))
            elif isinstance(node, Literal):
                if node.language:
                    found = ox.Literal(str(node), language=node.language)
                elif node.datatype is not None:
                    found = ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
                else:
                    found = ox.Literal(str(node))
            else:  # pragma: no cover - rdflib graphs hold only these
                raise SamverkanError(f"unexpected RDF term: {node!r}")
            cache[node] = found
        return found

    store = ox.Store()
    # The copy makes millions of small objects that live on: without the cyclic collector
    # walking the whole heap again and again, it stays linear in the graph.
    with gc_paused():
        store.bulk_extend(
            ox.Quad(term(s), term(p), term(o), ox.DefaultGraph()) for s, p, o in graph
        )
    return store
