"""The default reasoner (compiled OWL 2 RL rules in pyoxigraph) against owlrl, the reference.

Second implementation: owlrl's ``OWLRL_Semantics`` closure, filtered by the same
:func:`samverkan.reason.useful`. The two must agree triple for triple on the project's own
graph, on seeded random graphs in the project's vocabulary, and on a hand-made ontology that
uses every construct the rules implement (including ones the project's ontology does not use
yet: equivalent classes and properties, transitive properties, chains of three links).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from samverkan.errors import SamverkanError
from samverkan.load import load_sources
from samverkan.namespaces import ID, ORG, SAM
from samverkan.reason import infer
from samverkan.rules import compile_rules
from testpaths import MINI_CORPUS, MINI_GRAPH, SMALL_REFERENCE


def _both(graphs: list[Graph], ontology: Graph) -> tuple[set, set]:
    rules = set(infer(graphs, ontology=ontology, reasoner="rules"))
    reference = set(infer(graphs, ontology=ontology, reasoner="owlrl"))
    return rules, reference


def test_equal_to_owlrl_on_the_project_graph() -> None:
    sources = load_sources(None)
    graphs = sources.asserted()
    rules, reference = _both(graphs, sources.ontology)
    assert rules == reference
    # Not vacuous: the cooperation network and the sectors are in it.
    cooperation = {t for t in rules if t[1] == SAM.cooperatesWith}
    assert len(cooperation) > 100
    lund = ID["kommun/1281"]
    assert (lund, SAM.sector, ID["sektor/kommunal"]) in rules


def _synthetic(seed: int) -> Graph:
    """A random graph in the project's vocabulary: units, memberships, fundings, posts."""
    rng = random.Random(seed)
    g = Graph()
    municipalities = [ID[f"kommun/{code}"] for code in ("1281", "1262", "0125", "1182")]
    units = []
    for i in range(12):
        unit = ID[f"synt/{seed}/enhet/{i}"]
        g.add((unit, RDF.type, rng.choice([SAM.Department, SAM.MunicipalUnit])))
        g.add((unit, ORG.unitOf, rng.choice(municipalities)))
        units.append(unit)
    associations = []
    for i in range(8):
        assoc = ID[f"synt/{seed}/forening/{i}"]
        g.add((assoc, RDF.type, SAM.CivilSocietyOrganization))
        associations.append(assoc)
    actors = municipalities + units + associations
    collaborations = []
    for i in range(5):
        coll = ID[f"synt/{seed}/natverk/{i}"]
        g.add((coll, RDF.type, rng.choice([SAM.Network, SAM.Project, SAM.WorkingGroup])))
        g.add((coll, SAM.hostedBy, rng.choice(units)))
        collaborations.append(coll)
        for j, member in enumerate(rng.sample(actors, 4)):
            membership = ID[f"synt/{seed}/medlemskap/{i}/{j}"]
            g.add((membership, RDF.type, ORG.Membership))
            g.add((membership, ORG.member, member))
            g.add((membership, ORG.organization, coll))
    for i in range(6):
        funding = ID[f"synt/{seed}/finansiering/{i}"]
        g.add((funding, RDF.type, SAM.Funding))
        g.add((funding, SAM.funder, rng.choice([*municipalities, ID["lansstyrelse/12"]])))
        g.add((funding, SAM.recipient, rng.choice(collaborations + associations)))
    for i in range(4):
        post = ID[f"synt/{seed}/tjanst/{i}"]
        g.add((post, RDF.type, ORG.Post))
        g.add((post, ORG.postIn, rng.choice(units)))
        funding = ID[f"synt/{seed}/samfinansiering/{i}"]
        g.add((funding, RDF.type, SAM.Funding))
        g.add((funding, SAM.funder, rng.choice(units)))
        g.add((post, SAM.fundedThrough, funding))
    return g


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_equal_to_owlrl_on_random_graphs(seed: int) -> None:
    sources = load_sources(None)
    data = _synthetic(seed)
    rules, reference = _both([sources.ontology, data], sources.ontology)
    assert rules == reference
    assert any(t[1] == SAM.cooperatesWith for t in rules)


HAND_ONTOLOGY = """
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix : <urn:t:> .
:A rdfs:subClassOf :B . :B owl:equivalentClass :C . :C rdfs:subClassOf :D .
:p rdfs:subPropertyOf :q . :q owl:equivalentProperty :r .
:inv owl:inverseOf :p .
:s a owl:SymmetricProperty . :t a owl:TransitiveProperty .
:long owl:propertyChainAxiom ( :p :s :t ) .
:p rdfs:domain :Dom . :s rdfs:range :Ran .
_:r1 a owl:Restriction ; owl:onProperty :colour ; owl:hasValue :red .
:Red owl:equivalentClass _:r1 .
_:r2 a owl:Restriction ; owl:onProperty :kind ; owl:hasValue :thing .
:A rdfs:subClassOf _:r2 .
"""

HAND_DATA = """
@prefix : <urn:t:> .
:a1 a :A ; :p :b1 . :b1 :s :c1 . :c1 :t :d1 . :d1 :t :e1 .
:x :colour :red . :y a :Red . :z :s "literal" .
"""


def test_equal_to_owlrl_on_every_supported_construct() -> None:
    onto = Graph().parse(data=HAND_ONTOLOGY, format="turtle")
    data = Graph().parse(data=HAND_DATA, format="turtle")
    rules, reference = _both([onto, data], onto)
    t = "urn:t:"
    # The one listed difference: owlrl reasons through generalised triples with a literal
    # subject ("literal" :s :z from symmetry, then :z a :Ran from the range). RDF has no
    # literal subjects, and the ontology's symmetric properties relate actors only.
    assert reference - rules == {(URIRef(t + "z"), RDF.type, URIRef(t + "Ran"))}
    assert rules <= reference
    assert (URIRef(t + "a1"), URIRef(t + "long"), URIRef(t + "e1")) in rules  # chain of three
    assert (URIRef(t + "a1"), RDF.type, URIRef(t + "D")) in rules  # through an equivalence
    assert (URIRef(t + "x"), RDF.type, URIRef(t + "Red")) in rules  # cls-hv2
    assert (URIRef(t + "y"), URIRef(t + "colour"), URIRef(t + "red")) in rules  # cls-hv1
    assert (URIRef(t + "a1"), URIRef(t + "kind"), URIRef(t + "thing")) in rules


@pytest.mark.parametrize(
    ("axiom", "named"),
    [
        ("<urn:t:f> a owl:FunctionalProperty .", "FunctionalProperty"),
        ("<urn:t:A> owl:someValuesFrom <urn:t:B> .", "someValuesFrom"),
        ("<urn:t:A> owl:intersectionOf ( <urn:t:B> <urn:t:C> ) .", "intersectionOf"),
    ],
)
def test_an_unsupported_construct_is_refused_by_name(axiom: str, named: str) -> None:
    onto = Graph().parse(
        data="@prefix owl: <http://www.w3.org/2002/07/owl#> .\n" + axiom, format="turtle"
    )
    with pytest.raises(SamverkanError, match=named) as info:
        compile_rules(onto)
    assert "--reasoner owlrl" in str(info.value)


def test_build_with_owlrl_writes_the_same_bytes(mini_build_dir: Path, tmp_path: Path) -> None:
    """``--reasoner owlrl`` converts the build's store to rdflib and back only when chosen;
    the TriG it writes is byte for byte the default build's (same blank-node labels too)."""
    from samverkan.build import build

    out = tmp_path / "out"
    report = build(
        MINI_GRAPH, MINI_CORPUS, out, reference_dir=SMALL_REFERENCE, views=False, reasoner="owlrl"
    )
    assert report.graphs["https://w3id.org/samverkan/graph/inferred"] > 0
    trig = (out / "samverkan.trig").read_bytes()
    assert trig == (mini_build_dir / "samverkan.trig").read_bytes()
    assert b"_:" in trig  # the evidence selectors are blank nodes, named after their file


# Semi-naive evaluation (the default) against naive evaluation (every rule over the whole
# closure in every round): the same closure, computed in the build's store.


def _closures(store) -> tuple[set, set]:
    """The triples derived naively and semi-naively from ``store``; the store unchanged."""
    from samverkan.namespaces import ONTOLOGY_GRAPH
    from samverkan.rules import derive_in_store
    from samverkan.turtle import to_graph

    before = set(store)
    ontology = [q.triple for q in store if q.graph_name.value == str(ONTOLOGY_GRAPH)]
    rules = compile_rules(to_graph(ontology))
    naive = derive_in_store(store, rules, method="naive")
    assert set(store) == before
    semi = derive_in_store(store, rules)
    assert set(store) == before  # no scratch graph left behind
    assert len(semi) == len(set(semi))  # each triple derived in exactly one round
    return set(naive), set(semi)


def test_semi_naive_equals_naive_on_the_seed_graph() -> None:
    naive, semi = _closures(load_sources(None).store())
    assert semi == naive
    cooperation = [t for t in semi if t.predicate.value == str(SAM.cooperatesWith)]
    assert len(cooperation) > 100


def test_semi_naive_equals_naive_on_a_synthetic_corpus(tmp_path: Path) -> None:
    from samverkan.synth import synthesize

    graph_dir, corpus_dir = tmp_path / "graph", tmp_path / "corpus"
    synthesize(4, seed=7, graph_dir=graph_dir, corpus_dir=corpus_dir)
    store = load_sources(graph_dir).store()
    naive, semi = _closures(store)
    assert semi == naive
    co_members = {t for t in semi if t.predicate.value == str(SAM.coMemberOf)}
    assert len(co_members) > 50


def test_semi_naive_equals_naive_on_every_supported_construct() -> None:
    from samverkan.rules import rule_closure

    onto = Graph().parse(data=HAND_ONTOLOGY, format="turtle")
    # A path of six nodes along the transitive :t needs several semi-naive rounds.
    path = " ".join(f"<urn:t:n{i}> <urn:t:t> <urn:t:n{i + 1}> ." for i in range(5))
    data = Graph().parse(data=HAND_DATA + path, format="turtle")
    naive = rule_closure([onto, data], ontology=onto, method="naive")
    semi = rule_closure([onto, data], ontology=onto)
    assert semi == naive
    t = URIRef("urn:t:t")
    reachable = {(s, o) for s, p, o in semi | set(data) if p == t and str(s).startswith("urn:t:n")}
    assert len(reachable) == 6 * 5 // 2  # every pair i < j of the six nodes


def test_an_unknown_method_is_refused() -> None:
    from samverkan.rules import derive

    with pytest.raises(SamverkanError, match="unknown method 'fast'"):
        derive([], compile_rules(Graph()), method="fast")


@pytest.mark.parametrize("new_link", [0, 1])
def test_a_chain_fires_on_a_new_link_in_either_place(new_link: int) -> None:
    """Semi-naive: a chain ``g = p o p`` whose link ``new_link`` is the only new triple
    (in the delta graph, the other link in an asserted graph) derives ``g`` once, into the
    graph of the round; nothing when the head is already held."""
    import pyoxigraph as ox

    from samverkan.rules import Rule

    p = ox.NamedNode("urn:t:p")
    links = [("urn:t:a", "urn:t:b"), ("urn:t:b", "urn:t:c")]
    store = ox.Store()
    for i, (s, o) in enumerate(links):
        graph = ox.NamedNode("urn:t:delta" if i == new_link else "urn:t:asserted")
        store.add(ox.Quad(ox.NamedNode(s), p, ox.NamedNode(o), graph))
    rule = Rule("chain", "?x <urn:t:g> ?z", ("?x <urn:t:p> ?y", "?y <urn:t:p> ?z"))
    for update in rule.delta_updates("<urn:t:delta>", "<urn:t:new>"):
        store.update(update)
    new = store.quads_for_pattern(None, None, None, ox.NamedNode("urn:t:new"))
    derived = [(q.subject.value, q.object.value) for q in new]
    assert derived == [("urn:t:a", "urn:t:c")]
    for update in rule.delta_updates("<urn:t:delta>", "<urn:t:newer>"):
        store.update(update)
    assert not list(store.quads_for_pattern(None, None, None, ox.NamedNode("urn:t:newer")))
