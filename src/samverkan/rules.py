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

    def delta_updates(self, delta: str | None, new: str) -> list[str]:
        """The semi-naive updates: one per body pattern read from the graph ``delta``.

        The closure is the union of the named graphs of the store (each pattern read from
        any one of them). Each update adds to the graph ``new`` the heads no named graph
        holds yet, for the bindings where its pattern matches ``delta`` and the other
        patterns the closure. With ``delta`` None every triple counts as new, and the one
        update reads the whole body from the closure.

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
        if self.head.split()[1].startswith("<"):
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
    import pyoxigraph as ox

    derived = []
    delta = None  # the first round: every triple is new
    for round_ in range(max_rounds):
        new = f"<{DERIVED_GRAPH}{round_}>"
        for rule in rules.rules:
            for update in rule.delta_updates(delta, new):
                store.update(update)
        graph = ox.NamedNode(new[1:-1])
        fresh = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
        if not fresh:
            break
        derived += fresh
        delta = new
    else:  # pragma: no cover - the rules are monotone over a finite vocabulary
        raise SamverkanError(f"reasoning did not reach a fixpoint in {max_rounds} rounds")
    for done in range(round_ + 1):
        store.update(f"DROP SILENT GRAPH <{DERIVED_GRAPH}{done}>")
    return derived


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
