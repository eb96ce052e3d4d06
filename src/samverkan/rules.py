"""The default reasoner: the OWL 2 RL rules the ontology uses, run as SPARQL inside pyoxigraph.

owlrl applies every OWL 2 RL/RDF rule to every triple in Python, which takes seconds for the
five documents and hours at national size. Most of those rules can never fire on this
project's ontology, and the ones that can are few. This module reads the ontology, finds the
axioms it states, compiles each kind into one SPARQL update whose ``VALUES`` table holds the
schema (already closed under ``rdfs:subClassOf``, ``owl:equivalentClass``,
``rdfs:subPropertyOf`` and ``owl:equivalentProperty``), and runs the updates in an
in-memory pyoxigraph store until nothing new is derived, semi-naively by default (each
round a rule fires only on bindings that use a triple new in the previous round; see
:func:`derive_in_store`). The Rust query engine does the joins.

Rules implemented (names of the W3C recommendation "OWL 2 Web Ontology Language Profiles",
section 4.3, tables 4-9): ``cax-sco``, ``cax-eqc1/2``, ``prp-spo1``, ``prp-spo2`` (property
chains of any length), ``prp-eqp1/2``, ``prp-inv1/2``, ``prp-symp``, ``prp-trp``,
``prp-dom``, ``prp-rng``, ``cls-hv1``, ``cls-hv2``, and the schema rules ``scm-*`` that close
the class and property hierarchies. An ontology that uses any other OWL construct (for
instance ``owl:FunctionalProperty``, which derives ``owl:sameAs``) is refused with a message
naming the construct: use ``reasoner="owlrl"`` for it. The result is filtered exactly as
:func:`samverkan.reason.infer` filters owlrl's closure, and the tests hold the two equal.

One difference is known and kept: owlrl reasons through generalised triples with a literal
subject (from ``:z :s "text"`` and a symmetric ``:s`` it derives ``"text" :s :z``, and from
there whatever the range of ``:s`` says of ``:z``). RDF has no literal subjects, and the
project's symmetric and inverse properties relate actors only, so the rules skip literals
there; ``tests/test_rules.py`` shows this is the only difference.

Examples
--------
A chain ``grandparent = parent o parent`` and a class hierarchy, closed in two rounds:

>>> from rdflib import Graph, URIRef
>>> onto = Graph().parse(format="turtle", data='''
... @prefix owl: <http://www.w3.org/2002/07/owl#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <urn:grandparent> owl:propertyChainAxiom ( <urn:parent> <urn:parent> ) .
... <urn:Child> rdfs:subClassOf <urn:Person> .''')
>>> data = Graph().parse(format="turtle", data='''
... <urn:a> <urn:parent> <urn:b> . <urn:b> <urn:parent> <urn:c> ; a <urn:Child> .''')
>>> sorted(str(o) for s, p, o in rule_closure([onto, data], ontology=onto))
['urn:Person', 'urn:c']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from samverkan.errors import SamverkanError
from samverkan.namespaces import OWL, RDF, RDFS

__all__ = [
    "CLOSURE_GRAPH",
    "METHODS",
    "SUPPORTED",
    "Rule",
    "Rules",
    "compare_methods",
    "compile_rules",
    "derive",
    "derive_in_store",
    "maintain",
    "rule_closure",
]

SUPPORTED = frozenset(
    {
        RDFS.subClassOf,
        RDFS.subPropertyOf,
        RDFS.domain,
        RDFS.range,
        OWL.equivalentClass,
        OWL.equivalentProperty,
        OWL.inverseOf,
        OWL.propertyChainAxiom,
        OWL.onProperty,
        OWL.hasValue,
    }
)
"""The axiom properties the compiled rules implement."""

_HARMLESS = frozenset(
    {
        OWL.versionInfo,
        OWL.versionIRI,
        OWL.imports,
        OWL.priorVersion,
        OWL.deprecated,
        RDF.first,
        RDF.rest,
        RDF.type,
    }
)
_SUPPORTED_TYPES = frozenset(
    {
        OWL.Class,
        OWL.Restriction,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.Ontology,
        OWL.NamedIndividual,
        OWL.SymmetricProperty,
        OWL.TransitiveProperty,
        RDFS.Class,
        RDF.Property,
        RDFS.Datatype,
    }
)


def _closure(edges: dict[object, set[object]], node: object) -> set[object]:
    """``node`` and everything reachable from it."""
    seen = {node}
    stack = [node]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _sparql(term: object) -> str:
    return term.n3() if isinstance(term, URIRef | Literal) else ""


@dataclass(frozen=True)
class Rule:
    """One rule: ``head`` holds wherever every pattern of ``body`` matches.

    Attributes
    ----------
    name : str
        The rule's name in the W3C recommendation (with the property, for chains).
    head : str
        The triple pattern derived.
    body : tuple of str
        The triple patterns (property paths allowed) that must all match.
    values : str
        A ``VALUES`` table of the schema the rule reads (may be empty).
    filter : str
        A ``FILTER`` on the bindings (may be empty).
    variants : tuple of (str, tuple of str), optional
        For semi-naive evaluation, ``(delta pattern, closure patterns)`` pairs, when the
        default (each body pattern in turn read from the delta, the others from the
        closure) does not fit, as for a body that is a property path (a path cannot span
        the graphs the closure is kept in).
    """

    name: str
    head: str
    body: tuple[str, ...]
    values: str = ""
    filter: str = ""
    variants: tuple[tuple[str, tuple[str, ...]], ...] | None = None

    @property
    def update(self) -> str:
        """The naive update: ``head`` wherever ``body`` matches the default graph."""
        where = " . ".join(self.body)
        return f"INSERT {{ {self.head} }} WHERE {{ {self.values} {where} {self.filter} }}"

    def delta_updates(self, delta: str | None, new: str, *, small: bool = False) -> list[str]:
        """The semi-naive updates: one per body pattern read from the graph ``delta``.

        The closure is the union of the named graphs of the store (each pattern read from
        any one of them). Each update adds to the graph ``new`` the heads no named graph
        holds yet, for the bindings where its pattern matches ``delta`` and the other
        patterns the closure. With ``delta`` None every triple counts as new, and the one
        update reads the whole body from the closure. ``small`` says the delta is small
        (an incremental update): held heads are then looked up one by one.

        Examples
        --------
        >>> rule = Rule("chain", "?a <urn:g> ?c", ("?a <urn:p> ?b", "?b <urn:p> ?c"))
        >>> len(rule.delta_updates("<urn:D>", "<urn:N>"))
        2
        >>> len(rule.delta_updates(None, "<urn:N>"))
        1
        """
        variants = self.variants
        if variants is None:
            variants = tuple(
                (atom, self.body[:i] + self.body[i + 1 :]) for i, atom in enumerate(self.body)
            )
        if delta is None:
            variants = (("", variants[0][1] + (variants[0][0],)),)
        # A head with a fixed property (a chain's) is cheapest to drop with MINUS, which
        # reads that property's triples once; any other head with FILTER NOT EXISTS, a
        # lookup per binding (MINUS would read the whole store for it).
        if self.head.split()[1].startswith("<") and not small:
            held = f"MINUS {{ GRAPH ?h {{ {self.head} }} }}"
        else:
            held = f"FILTER NOT EXISTS {{ GRAPH ?h {{ {self.head} }} }}"
        updates = []
        for atom, rest in variants:
            # Each closure pattern gets its own graph variable: a match may span graphs.
            others = " ".join(f"GRAPH ?g{i} {{ {pattern} }}" for i, pattern in enumerate(rest))
            first = f"GRAPH {delta} {{ {atom} }}" if atom else ""
            updates.append(
                f"INSERT {{ GRAPH {new} {{ {self.head} }} }} "
                f"WHERE {{ {self.values} {first} {others} {self.filter} {held} }}"
            )
        return updates


@dataclass
class Rules:
    """The schema of an ontology, compiled into rules run as SPARQL updates.

    Attributes
    ----------
    rules : list of Rule
        Run in this order in every round.
    """

    rules: list[Rule] = field(default_factory=list)

    def add(self, rule: Rule) -> None:
        """Append ``rule``."""
        self.rules.append(rule)

    @property
    def updates(self) -> list[tuple[str, str]]:
        """``(rule name, naive SPARQL update)`` of every rule, in order."""
        return [(rule.name, rule.update) for rule in self.rules]


def _refuse(construct: object, subject: object) -> SamverkanError:
    return SamverkanError(
        f"the ontology uses {construct.n3()} ({subject.n3()}), which the default reasoner "
        "does not implement; build with --reasoner owlrl"
    )


def _check_supported(ontology: Graph) -> None:
    owl = str(OWL)
    for s, p, o in ontology:
        if str(p).startswith(owl) and p not in SUPPORTED and p not in _HARMLESS:
            raise _refuse(p, s)
        if p == RDF.type and str(o).startswith(owl) and o not in _SUPPORTED_TYPES:
            raise _refuse(o, s)


def _values(variables: str, rows: Iterable[tuple[object, ...]]) -> str:
    body = " ".join("(" + " ".join(_sparql(t) for t in row) + ")" for row in sorted(rows))
    return f"VALUES ({variables}) {{ {body} }}"


def compile_rules(ontology: Graph) -> Rules:
    """Compile the axioms of ``ontology`` into SPARQL updates.

    Parameters
    ----------
    ontology : rdflib.Graph
        The ontology (and concept schemes); its class and property axioms define the rules.

    Returns
    -------
    Rules
        One update per kind of rule that has axioms.

    Raises
    ------
    SamverkanError
        If the ontology uses an OWL construct the rules do not implement.

    Examples
    --------
    >>> from rdflib import Graph
    >>> onto = Graph().parse(format="turtle", data='''
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <urn:A> rdfs:subClassOf <urn:B> . <urn:B> rdfs:subClassOf <urn:C> .''')
    >>> [name for name, _ in compile_rules(onto).updates]
    ['cax-sco']
    """
    _check_supported(ontology)
    sub_class: dict[object, set[object]] = defaultdict(set)
    for c, d in ontology.subject_objects(RDFS.subClassOf):
        sub_class[c].add(d)
    for c, d in ontology.subject_objects(OWL.equivalentClass):
        sub_class[c].add(d)
        sub_class[d].add(c)
    sub_prop: dict[object, set[object]] = defaultdict(set)
    for p, q in ontology.subject_objects(RDFS.subPropertyOf):
        sub_prop[p].add(q)
    for p, q in ontology.subject_objects(OWL.equivalentProperty):
        sub_prop[p].add(q)
        sub_prop[q].add(p)
    restrictions: dict[object, tuple[object, object]] = {}
    for r, prop in ontology.subject_objects(OWL.onProperty):
        value = ontology.value(r, OWL.hasValue)
        if value is not None:
            restrictions[r] = (prop, value)
    classes = set(sub_class) | {d for ds in sub_class.values() for d in ds}
    classes |= set(ontology.subjects(RDF.type, OWL.Class)) | set(restrictions)
    supers = {c: _closure(sub_class, c) for c in classes}

    rules = Rules()
    # cax-sco / cax-eqc: a named class implies its named superclasses.
    pairs = {
        (c, d)
        for c, ds in supers.items()
        if isinstance(c, URIRef)
        for d in ds
        if isinstance(d, URIRef) and d != c
    }
    if pairs:
        rules.add(Rule("cax-sco", "?x a ?d", ("?x a ?c",), _values("?c ?d", pairs)))
    # cls-hv1: a member of a class under a hasValue restriction has the value.
    hv1 = {
        (c, *restrictions[r])
        for c, ds in supers.items()
        if isinstance(c, URIRef)
        for r in ds
        if r in restrictions
    }
    if hv1:
        rules.add(Rule("cls-hv1", "?x ?p ?v", ("?x a ?c",), _values("?c ?p ?v", hv1)))
    # cls-hv2: having the value makes a member of the restriction and of what it implies.
    hv2_types = {
        (*restrictions[r], d) for r in restrictions for d in supers[r] if isinstance(d, URIRef)
    }
    if hv2_types:
        rules.add(Rule("cls-hv2", "?x a ?d", ("?x ?p ?v",), _values("?p ?v ?d", hv2_types)))
    hv2_values = {
        (*restrictions[r], *restrictions[s])
        for r in restrictions
        for s in supers[r]
        if s in restrictions and s != r
    }
    if hv2_values:
        rules.add(
            Rule("cls-hv2-hv1", "?x ?q ?w", ("?x ?p ?v",), _values("?p ?v ?q ?w", hv2_values))
        )
    # prp-spo1 / prp-eqp: a sub-property implies its super-properties.
    props = set(sub_prop) | {q for qs in sub_prop.values() for q in qs}
    spo = {(p, q) for p in props for q in _closure(sub_prop, p) if q != p}
    # One rule per super-property (and below per inverse and symmetric property): a head
    # with a fixed property lets semi-naive evaluation drop held heads in one read.
    for q in sorted({q for _, q in spo}):
        subs = {(p,) for p, r in spo if r == q}
        rules.add(Rule(f"prp-spo1 {q.n3()}", f"?x {q.n3()} ?y", ("?x ?p ?y",), _values("?p", subs)))
    # prp-inv1/2.
    inverse = set()
    for p, q in ontology.subject_objects(OWL.inverseOf):
        inverse |= {(p, q), (q, p)}
    # prp-symp: a symmetric property is its own inverse.
    mirrored = [("prp-inv", p, q) for p, q in sorted(inverse)]
    mirrored += [
        ("prp-symp", p, p) for p in sorted(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    ]
    for name, p, q in mirrored:
        rules.add(
            Rule(
                f"{name} {q.n3()}",
                f"?y {q.n3()} ?x",
                (f"?x {p.n3()} ?y",),
                "",
                "FILTER(!isLiteral(?y))",
            )
        )
    # prp-trp: one update per transitive property, with a property path; semi-naively the
    # plain two-link rule (a path cannot span the graphs the closure is kept in).
    for p in sorted(ontology.subjects(RDF.type, OWL.TransitiveProperty)):
        link = p.n3()
        rules.add(
            Rule(
                f"prp-trp {link}",
                f"?x {link} ?y",
                (f"?x {link}+ ?y",),
                variants=(
                    (f"?x {link} ?m", (f"?m {link} ?y",)),
                    (f"?m {link} ?y", (f"?x {link} ?m",)),
                ),
            )
        )
    # prp-spo2: one update per property chain.
    for p, head in sorted(ontology.subject_objects(OWL.propertyChainAxiom)):
        chain = list(Collection(ontology, head))
        steps = tuple(f"?v{i} {link.n3()} ?v{i + 1}" for i, link in enumerate(chain))
        rules.add(Rule(f"prp-spo2 {p.n3()}", f"?v0 {p.n3()} ?v{len(chain)}", steps))
    # prp-dom / prp-rng.
    domains = set(ontology.subject_objects(RDFS.domain))
    if domains:
        rules.add(Rule("prp-dom", "?x a ?c", ("?x ?p ?y",), _values("?p ?c", domains)))
    ranges = set(ontology.subject_objects(RDFS.range))
    if ranges:
        rules.add(
            Rule(
                "prp-rng",
                "?y a ?c",
                ("?x ?p ?y",),
                _values("?p ?c", ranges),
                "FILTER(!isLiteral(?y))",
            )
        )
    return rules


def _to_ox(term: object) -> object:
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def rule_closure(
    graphs: Iterable[Graph],
    *,
    ontology: Graph,
    max_rounds: int = 100,
    method: str = "semi-naive",
) -> set[tuple[object, object, object]]:
    """The triples the compiled rules derive from ``graphs`` (the asserted ones excluded).

    Parameters
    ----------
    graphs : iterable of rdflib.Graph
        The asserted graphs; never changed.
    ontology : rdflib.Graph
        The ontology the rules come from.
    max_rounds : int
        A safety bound on the rounds to a fixpoint.
    method : {"semi-naive", "naive"}
        The evaluation (see :func:`derive_in_store`).

    Returns
    -------
    set of (subject, predicate, object)
        Every derived triple not asserted, unfiltered (noise removal is the caller's).
    """
    import pyoxigraph as ox

    # The rules make no new terms: every derived term maps back to the rdflib term it came
    # from (``"x"^^xsd:string`` and ``"x"`` are one term in pyoxigraph, two in rdflib).
    back: dict[object, object] = {}
    triples = []
    for graph in graphs:
        for s, p, o in graph:
            st, pt, ot = _to_ox(s), _to_ox(p), _to_ox(o)
            back.setdefault(st, s)
            back.setdefault(pt, p)
            back.setdefault(ot, o)
            triples.append(ox.Triple(st, pt, ot))
    derived = derive(triples, compile_rules(ontology), max_rounds=max_rounds, method=method)
    return {(back[t.subject], back[t.predicate], back[t.object]) for t in derived}


CLOSURE_GRAPH = "urn:samverkan:closure"
"""The scratch graph naive evaluation computes the closure in (removed when it is done)."""

ASSERTED_GRAPH = "urn:samverkan:asserted"


def derive(
    triples: Iterable, rules: Rules, *, max_rounds: int = 100, method: str = "semi-naive"
) -> list:
    """The pyoxigraph triples ``rules`` derive from ``triples`` (the asserted ones excluded).

    Parameters
    ----------
    triples : iterable of pyoxigraph.Triple
        Every asserted triple (ontology included).
    rules : Rules
        :func:`compile_rules` of the ontology.
    max_rounds : int
        A safety bound on the rounds to a fixpoint.
    method : {"semi-naive", "naive"}
        The evaluation (see :func:`derive_in_store`).
    """
    import pyoxigraph as ox

    store = ox.Store()
    asserted = ox.NamedNode(ASSERTED_GRAPH)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, asserted) for t in triples)
    return derive_in_store(store, rules, max_rounds=max_rounds, method=method)


METHODS = ("semi-naive", "naive")
"""The evaluations :func:`derive_in_store` offers; both reach the same closure."""

DERIVED_GRAPH = "urn:samverkan:derived/"
"""Semi-naive evaluation keeps the triples new in round ``n`` in the scratch graph
``DERIVED_GRAPH + str(n)``, dropped at the end."""


def derive_in_store(
    store: object, rules: Rules, *, max_rounds: int = 100, method: str = "semi-naive"
) -> list:
    """The triples ``rules`` derive from the union of the named graphs of ``store``.

    The rules run as SPARQL updates inside ``store`` until a round adds nothing. The
    asserted graphs are never changed, the scratch graphs are dropped at the end, and no
    triple leaves the Rust store before then.

    ``semi-naive`` (the default) keeps the triples new in round ``n`` in the scratch graph
    ``DERIVED_GRAPH + str(n)``, and the closure is the union of all named graphs (no copy).
    In round ``n`` a rule fires only on the bindings where one body pattern matches a
    triple of round ``n - 1`` (the delta): a rule with ``k`` patterns runs as ``k``
    updates, the ``i``-th reading pattern ``i`` from the delta and the others from the
    closure (:meth:`Rule.delta_updates`), and each keeps only heads no graph holds yet.
    The first round reads everything as new. The round graphs together are what was
    derived. ``naive`` copies the union into a scratch graph (:data:`CLOSURE_GRAPH`) and
    runs every rule over the whole of it in every round; the tests hold the two equal.

    Parameters
    ----------
    store : pyoxigraph.Store
        The asserted graphs, each a named graph (the default graph is not read).
    rules : Rules
        :func:`compile_rules` of the ontology.
    max_rounds : int
        A safety bound on the rounds to a fixpoint.
    method : {"semi-naive", "naive"}
        The evaluation.

    Returns
    -------
    list of pyoxigraph.Triple
        Every derived triple not asserted, unfiltered (noise removal is the caller's).

    Raises
    ------
    SamverkanError
        For an unknown method.
    """
    if method not in METHODS:
        raise SamverkanError(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")
    if method == "naive":
        return _naive(store, rules, max_rounds)
    return _semi_naive(store, rules, max_rounds)


def _semi_naive(store: object, rules: Rules, max_rounds: int) -> list:
    return _rounds(store, rules, None, DERIVED_GRAPH, max_rounds)


def _rounds(
    store: object,
    rules: Rules,
    delta: str | None,
    prefix: str,
    max_rounds: int,
    *,
    small: bool = False,
) -> list:
    """Semi-naive rounds from the graph ``delta`` (None: everything is new) to a fixpoint.

    Round ``n`` writes to the scratch graph ``prefix + str(n)``; all are dropped at the end,
    and what they held is returned.
    """
    derived = []
    for round_ in range(max_rounds):
        new = f"<{prefix}{round_}>"
        for rule in rules.rules:
            for update in rule.delta_updates(delta, new, small=small):
                store.update(update)
        fresh = _graph_of(store, new[1:-1])
        if not fresh:
            break
        derived += fresh
        delta = new
    else:  # pragma: no cover - the rules are monotone over a finite vocabulary
        raise SamverkanError(f"reasoning did not reach a fixpoint in {max_rounds} rounds")
    for done in range(round_ + 1):
        store.update(f"DROP SILENT GRAPH <{prefix}{done}>")
    return derived


def _variants(rule: Rule) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(atom, rest)`` pairs that split the body for delta evaluation (see :class:`Rule`)."""
    if rule.variants is not None:
        return rule.variants
    return tuple((atom, rule.body[:i] + rule.body[i + 1 :]) for i, atom in enumerate(rule.body))


DRED_GRAPH = "urn:samverkan:dred/"
""":func:`maintain` keeps its scratch graphs under this prefix, dropped at the end."""


def _graph_of(store: object, name: str) -> list:
    import pyoxigraph as ox

    return [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(name))]


def maintain(
    store: object,
    rules: Rules,
    *,
    removed: Iterable,
    added: Iterable,
    derived: Iterable[str],
    change: object = None,
    max_rounds: int = 100,
) -> tuple[list, list]:
    """Update a closure kept in ``store`` after asserted triples are removed and added (DRed).

    ``store`` holds the asserted named graphs and, in the graphs ``derived``, every triple
    the rules derive from them that no asserted graph holds (what :func:`derive_in_store`
    returns). ``change`` turns the asserted graphs into the new ones (it removes
    ``removed`` and adds ``added``; it is called once, in the middle). On return the
    derived graphs hold what :func:`derive_in_store` would return for the new asserted
    graphs, less the returned additions, which the caller inserts where it wants them
    (a triple that stays derived stays in the graph it was in).

    The algorithm is DRed ("delete and rederive"; Gupta, Mumick and Subrahmanian 1993):

    1. *Over-delete*: every derived triple that has a derivation using a removed triple,
       found semi-naively in the old closure (one body pattern read from the last round,
       the others from the closure), is marked, and what it derives is marked in turn.
    2. ``change`` applies the asserted diff; the marked triples leave the derived graphs.
    3. *Rederive*: a marked triple that a rule still derives in one step from what is left
       comes back.
    4. *Insert*: from the added triples and the rederived ones, the rules run semi-naively
       (as in :func:`derive_in_store`) to a fixpoint.
    5. A derived triple that an asserted graph now holds leaves the derived graphs.

    Parameters
    ----------
    store : pyoxigraph.Store
        The asserted graphs and the derived graphs.
    rules : Rules
        :func:`compile_rules` of the ontology (unchanged since the closure was computed).
    removed, added : iterable of pyoxigraph.Triple
        The triples the asserted union loses and gains (``removed`` must be asserted in no
        graph after ``change``; ``added`` may include triples held already).
    derived : iterable of str
        The IRIs of the graphs that hold the derived triples.
    change : callable, optional
        Applies the asserted diff to ``store``.
    max_rounds : int
        A safety bound on the rounds to a fixpoint.

    Returns
    -------
    (list, list)
        The derived triples deleted from the derived graphs (net), and the derived
        triples to add (net; not inserted), each sorted.

    References
    ----------
    A. Gupta, I. S. Mumick and V. S. Subrahmanian, "Maintaining views incrementally",
    Proc. ACM SIGMOD 1993, pp. 157-166.

    Examples
    --------
    ``b`` trades its parent ``c`` for ``e``: the grandparent triple ``a gp c`` goes and
    ``a gp e`` comes:

    >>> import pyoxigraph as ox
    >>> from rdflib import Graph
    >>> onto = Graph().parse(format="turtle", data='''
    ... @prefix owl: <http://www.w3.org/2002/07/owl#> .
    ... <urn:gp> owl:propertyChainAxiom ( <urn:parent> <urn:parent> ) .''')
    >>> rules = compile_rules(onto)
    >>> p, g, d = ox.NamedNode("urn:parent"), ox.NamedNode("urn:data"), ox.NamedNode("urn:d")
    >>> a, b, c, e = (ox.NamedNode(f"urn:{x}") for x in "abce")
    >>> store = ox.Store()
    >>> store.extend([ox.Quad(a, p, b, g), ox.Quad(b, p, c, g)])
    >>> store.extend([ox.Quad(*t, d) for t in derive_in_store(store, rules)])
    >>> old, new = ox.Triple(b, p, c), ox.Triple(b, p, e)
    >>> def change():
    ...     store.remove(ox.Quad(*old, g))
    ...     store.add(ox.Quad(*new, g))
    >>> gone, more = maintain(store, rules, removed=[old], added=[new], derived=["urn:d"],
    ...                       change=change)
    >>> [str(t) for t in gone], [str(t) for t in more]
    (['<urn:a> <urn:gp> <urn:c>'], ['<urn:a> <urn:gp> <urn:e>'])
    """
    import pyoxigraph as ox

    derived = list(derived)
    minus, marked, back, seed = (
        f"{DRED_GRAPH}{name}" for name in ("minus", "marked", "back", "seed")
    )
    store.extend([ox.Quad(*t, ox.NamedNode(minus)) for t in removed])
    store.extend([ox.Quad(*t, ox.NamedNode(seed)) for t in added])
    store.update(f"ADD SILENT <{minus}> TO <{marked}>")
    # 1. Over-delete, in the old closure (every graph: the scratch ones are part of it).
    delta, rounds = minus, []
    for round_ in range(max_rounds):
        out = f"{DRED_GRAPH}over/{round_}"
        rounds.append(out)
        for rule in rules.rules:
            in_derived = " || ".join(f"EXISTS {{ GRAPH <{g}> {{ {rule.head} }} }}" for g in derived)
            for atom, rest in _variants(rule):
                # Graph variables named apart from the rules' own.
                others = " ".join(f"GRAPH ?dred_g{i} {{ {pat} }}" for i, pat in enumerate(rest))
                store.update(
                    f"INSERT {{ GRAPH <{out}> {{ {rule.head} }} }} WHERE {{ {rule.values} "
                    f"GRAPH <{delta}> {{ {atom} }} {others} {rule.filter} FILTER(({in_derived})"
                    f" && NOT EXISTS {{ GRAPH <{marked}> {{ {rule.head} }} }}) }}"
                )
        if not _graph_of(store, out):
            break
        store.update(f"ADD <{out}> TO <{marked}>")
        delta = out
    else:  # pragma: no cover - the rules are monotone over a finite vocabulary
        raise SamverkanError(f"over-deletion did not end in {max_rounds} rounds")
    for name in (minus, *rounds):
        store.update(f"DROP SILENT GRAPH <{name}>")
    # 2. The asserted diff; the marked triples leave the derived graphs.
    if change is not None:
        change()
    gone: dict = {}  # derived triple deleted -> the graph it was in
    for graph in derived:
        where = f"GRAPH <{marked}> {{ ?s ?p ?o }} GRAPH <{graph}> {{ ?s ?p ?o }}"
        rows = store.query(f"SELECT ?s ?p ?o WHERE {{ {where} }}")
        gone.update((ox.Triple(r["s"], r["p"], r["o"]), graph) for r in rows)
        store.update(f"DELETE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ {where} }}")
    # 3. Rederive: one step from what is left (any graph but the marked one).
    for rule in rules.rules:
        atom, rest = _variants(rule)[0]
        body = " ".join(
            f"GRAPH ?dred_g{i} {{ {pat} }} FILTER(?dred_g{i} != <{marked}>)"
            for i, pat in enumerate((atom, *rest))
        )
        # Each marked triple is tested on its own (EXISTS): a join would read every
        # triple of a body pattern first (all sub-property triples, for prp-spo1).
        store.update(
            f"INSERT {{ GRAPH <{back}> {{ {rule.head} }} }} WHERE {{ "
            f"GRAPH <{marked}> {{ {rule.head} }} "
            f"FILTER(EXISTS {{ {rule.values} {body} {rule.filter} }} && NOT EXISTS {{ "
            f"GRAPH ?dred_h {{ {rule.head} }} FILTER(?dred_h != <{marked}>) }}) }}"
        )
    store.update(f"DROP SILENT GRAPH <{marked}>")
    more = _graph_of(store, back)
    # 4. Insert, semi-naively from the added and the rederived triples.
    store.update(f"ADD SILENT <{back}> TO <{seed}>")
    more += _rounds(store, rules, f"<{seed}>", f"{DRED_GRAPH}new/", max_rounds, small=True)
    # 5. What is asserted now is not derived.
    for graph in derived:
        rows = store.query(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{seed}> {{ ?s ?p ?o }} "
            f"GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        )
        for r in list(rows):
            triple = ox.Triple(r["s"], r["p"], r["o"])
            store.remove(ox.Quad(*triple, ox.NamedNode(graph)))
            gone[triple] = graph
    for name in (back, seed):
        store.update(f"DROP SILENT GRAPH <{name}>")
    kept = set(more)
    # A rederived triple goes back where it was: only the net change is the caller's.
    store.extend([ox.Quad(*t, ox.NamedNode(gone[t])) for t in kept if t in gone])
    return sorted(set(gone) - kept, key=str), sorted(kept - set(gone), key=str)


def _naive(store: object, rules: Rules, max_rounds: int) -> list:
    import pyoxigraph as ox

    closure = f"<{CLOSURE_GRAPH}>"
    store.update(f"INSERT {{ GRAPH {closure} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    size = len(store)
    for _ in range(max_rounds):
        for _name, update in rules.updates:
            store.update(f"WITH {closure} {update}")
        new_size = len(store)
        if new_size == size:
            break
        size = new_size
    else:  # pragma: no cover - the rules are monotone over a finite vocabulary
        raise SamverkanError(f"reasoning did not reach a fixpoint in {max_rounds} rounds")
    # What a named graph asserts leaves the scratch graph; what stays was derived. (Twice
    # as fast as a CONSTRUCT with FILTER NOT EXISTS, and no triple crosses into Python.)
    store.update(
        f"DELETE {{ GRAPH {closure} {{ ?s ?p ?o }} }} "
        f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {closure}) }}"
    )
    scratch = ox.NamedNode(CLOSURE_GRAPH)
    derived = [quad.triple for quad in store.quads_for_pattern(None, None, None, scratch)]
    store.update(f"DROP SILENT GRAPH {closure}")
    return derived


def compare_methods(graph_dir: object = None, *, repeat: int = 3) -> list[str]:
    """Time naive and semi-naive evaluation on the graphs of ``graph_dir``, in turn.

    The benchmark behind the README's reasoning numbers: ``python -m samverkan.rules
    [GRAPH_DIR] [REPEAT]`` prints, per method, the median CPU and wall seconds of
    :func:`derive_in_store` on the build's store over ``repeat`` runs (a fresh store each
    run; loading not counted), the triples derived, and whether both closures are equal.

    Parameters
    ----------
    graph_dir : path, optional
        The document graphs (default: the project's ``graph/``).
    repeat : int
        Runs per method.

    Returns
    -------
    list of str
        The lines printed.
    """
    import statistics
    import time
    from pathlib import Path

    from samverkan.load import load_sources
    from samverkan.namespaces import ONTOLOGY_GRAPH
    from samverkan.turtle import to_graph

    sources = load_sources(Path(graph_dir) if graph_dir else None)
    rules = compile_rules(to_graph(sources.triples[ONTOLOGY_GRAPH]))
    times: dict[str, tuple[list[float], list[float]]] = {m: ([], []) for m in METHODS}
    closures: dict[str, set] = {}
    size = 0
    for _ in range(repeat):
        for method in METHODS:
            store = sources.store()
            size = len(store)
            wall, cpu = time.perf_counter(), time.process_time()
            derived = derive_in_store(store, rules, method=method)
            times[method][0].append(time.process_time() - cpu)
            times[method][1].append(time.perf_counter() - wall)
            closures[method] = set(derived)
    lines = [f"{size} asserted quads, median of {repeat} runs"]
    for method, (cpu, wall) in times.items():
        lines.append(
            f"{method:10s} cpu {statistics.median(cpu):7.2f} s  wall "
            f"{statistics.median(wall):7.2f} s  {len(closures[method])} triples derived"
        )
    same = closures["naive"] == closures["semi-naive"]
    lines.append("same closure" if same else "DIFFERENT closures")
    for line in lines:
        print(line)
    return lines


if __name__ == "__main__":  # pragma: no cover - the benchmark command
    import sys

    compare_methods(
        sys.argv[1] if len(sys.argv) > 1 else None,
        repeat=int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
