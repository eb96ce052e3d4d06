"""What the projections read from a built dataset: one pass of SPARQL, kept as plain dicts.

Private. Every query here is fixed text; what a query depends on (the inferred graph, the
start of the documents' graph names) is bound through ``substitutions``, never pasted into
the query (or, to read the rows of some things only, bound to them by ``VALUES``). Every
IRI comes from :mod:`samverkan.namespaces`; labels are chosen by
:func:`samverkan.terms.pick_label`.

A build keeps what it read in its cache (:func:`keep`); the next, incremental, build takes
it (:func:`kept`) and reads again only the rows its change can have moved
(:meth:`Data.patch`), instead of the whole store.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan import namespaces as ns
from samverkan.namespaces import FOAF, LABEL_PROPERTIES, ORG, PROV, SAM
from samverkan.terms import pick_label

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

BASE = str(ns.ID)
INFERRED_GRAPH = str(ns.INFERRED_GRAPH)
DOCUMENT_PREFIX = str(ns.DOCUMENT_PREFIX)
SECTOR_PREFIX = str(ns.SECTOR_PREFIX)

PREFIXES = ns.sparql_prefixes(
    "sam", "org", "prov", "schema", "oa", "foaf", "skos", "rdfs", "owl", "dcterms"
)

# Classes whose instances are actors (nodes of the collaboration network) ...
ACTOR_CLASSES = (str(ORG.Organization), str(ORG.Post))
# ... and classes whose instances are collaborations or initiatives.
INITIATIVE_CLASSES = (str(SAM.Collaboration), str(SAM.Initiative), str(PROV.Plan))
# Most specific types are looked for in these vocabularies first, in this order.
_TYPE_VOCABULARIES = (str(SAM), str(ORG), str(FOAF), str(PROV))

_Q_TYPES = "SELECT ?x ?t WHERE { ?x a ?t FILTER(isIRI(?x) && isIRI(?t)) }"
_Q_SUBCLASS = """SELECT ?c ?d WHERE { ?c rdfs:subClassOf+ ?d
  FILTER(isIRI(?c) && isIRI(?d) && ?c != ?d) }"""
_Q_RESTRICTION = """SELECT ?c ?s WHERE {
  ?c rdfs:subClassOf ?r . ?r owl:onProperty sam:sector ; owl:hasValue ?s }"""
_Q_LABELS = (
    "SELECT ?x ?p ?l WHERE { VALUES ?p { "
    + " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
    + " } ?x ?p ?l FILTER(isIRI(?x) && isLITERAL(?l)) }"
)
_Q_SECTORS = "SELECT ?x ?s WHERE { ?x sam:sector ?s FILTER(isIRI(?s)) }"
_Q_MUNICIPALITY = "SELECT ?x ?m WHERE { ?x sam:municipality ?m FILTER(isIRI(?m)) }"
_Q_CODES = "SELECT ?m ?code WHERE { ?m sam:municipalityCode ?code }"
_Q_HOLDERS = """SELECT ?p ?name WHERE { ?p org:heldBy ?h .
  OPTIONAL { ?h foaf:name ?name } }"""
_Q_BLANK_FACTS = """ASK WHERE { GRAPH ?g {
  { ?x org:member ?a } UNION { ?x sam:funder ?f } UNION { ?x sam:evidence ?e } }
  FILTER(isBLANK(?x)) }"""
_Q_HELD_BY = "SELECT ?p WHERE { ?p org:heldBy ?h }"
_Q_DATES = """SELECT ?g ?x ?p ?d WHERE { GRAPH ?g { ?x ?p ?d }
  VALUES ?p { schema:startDate schema:endDate sam:ongoingAsOf } }"""
_Q_SCHEMES = """SELECT ?f ?scheme WHERE { ?f sam:fundingScheme ?scheme }"""
_Q_AMOUNTS = """SELECT ?f ?amount WHERE { ?f sam:amount ?amount }"""
_Q_DRAFTS = """SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x sam:reviewStatus "draft" } }"""
_Q_MENTIONS = """SELECT DISTINCT ?documents ?g ?x WHERE {
  GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x } }
  FILTER(isIRI(?x) && STRSTARTS(STR(?g), ?documents)) }"""
_Q_EVIDENCE = """SELECT ?documents ?g ?s ?quote ?start WHERE { GRAPH ?g {
  ?s sam:evidence ?a . ?a oa:hasTarget ?t . ?t oa:hasSelector ?q . ?q oa:exact ?quote .
  OPTIONAL { ?t oa:hasSelector ?pos . ?pos oa:start ?start } }
  FILTER(STRSTARTS(STR(?g), ?documents)) }"""
_Q_MEMBERSHIPS = """SELECT ?documents ?g ?m ?a ?c WHERE { GRAPH ?g {
  ?m org:member ?a ; org:organization ?c }
  FILTER(isIRI(?a) && isIRI(?c) && STRSTARTS(STR(?g), ?documents)) }"""
_Q_FUNDINGS = """SELECT ?documents ?g ?f ?funder ?role ?x WHERE { GRAPH ?g {
  ?f sam:funder ?funder .
  { ?f sam:recipient ?x BIND("recipient" AS ?role) }
  UNION { ?f sam:fundedItem ?x BIND("funded item" AS ?role) } }
  FILTER(isIRI(?funder) && isIRI(?x) && STRSTARTS(STR(?g), ?documents)) }"""
_Q_PLACEMENT = """SELECT ?documents ?g ?x ?p ?y WHERE { GRAPH ?g { ?x ?p ?y }
  VALUES ?p { org:unitOf org:postIn sam:hostedBy }
  FILTER(isIRI(?x) && isIRI(?y) && STRSTARTS(STR(?g), ?documents)) }"""
_Q_HELD = """SELECT ?documents ?g ?p ?h WHERE { GRAPH ?g { ?p org:heldBy ?h }
  FILTER(isIRI(?p) && isIRI(?h) && STRSTARTS(STR(?g), ?documents)) }"""
_Q_ASSOCIATION = """SELECT ?documents ?g ?i ?a WHERE { GRAPH ?g { ?i prov:wasAssociatedWith ?a }
  FILTER(isIRI(?i) && isIRI(?a) && STRSTARTS(STR(?g), ?documents)) }"""
_Q_STATED = """SELECT ?documents ?g ?a ?b WHERE { GRAPH ?g { ?a ?p ?b }
  VALUES ?p { sam:cooperatesWith sam:coMemberOf sam:fundedBy sam:hostsPostFundedBy }
  FILTER(isIRI(?a) && isIRI(?b) && ?a != ?b && STRSTARTS(STR(?g), ?documents)) }"""
_Q_INFERRED = """SELECT ?inferred ?a ?b WHERE {
  GRAPH ?inferred { ?a sam:cooperatesWith|sam:sharesPostHolderWith ?b }
  FILTER(isIRI(?a) && isIRI(?b) && ?a != ?b) }"""


def node_id(iri: str) -> str:
    """The node key of ``iri``: the IRI relative to the data base, else the IRI itself.

    >>> node_id("https://w3id.org/samverkan/id/kommun/1281")
    'kommun/1281'
    >>> node_id("http://example.org/x")
    'http://example.org/x'
    """
    return iri[len(BASE) :] if iri.startswith(BASE) else iri


def local_name(iri: str) -> str:
    """The last segment of ``iri`` (after ``#`` or ``/``).

    >>> local_name("https://w3id.org/samverkan/ontology#CoordinatorPost")
    'CoordinatorPost'
    >>> local_name("https://w3id.org/samverkan/id/sektor/kommunalt-bolag")
    'kommunalt-bolag'
    """
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def year_of(value: str) -> int | None:
    """The year of an ``xsd:gYear``, ``xsd:gYearMonth``, ``xsd:date`` or dateTime lexical form.

    >>> [year_of(v) for v in ("2017", "2017-03", "2019-04-08", "pågående")]
    [2017, 2017, 2019, None]
    """
    head = value.strip()[:4]
    return int(head) if len(head) == 4 and head.isdigit() else None


def _dated() -> defaultdict[str, list[str]]:
    """A thing's dates by property (a function, not a lambda: :class:`Data` is pickled)."""
    return defaultdict(list)


@dataclass
class Data:
    """Everything the projections need from one store, keyed by full IRI."""

    documents: dict[str, str] = field(default_factory=dict)  # graph IRI -> stem
    has_inferred: bool = False
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    superclasses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    class_sector: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, list[tuple[str, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )  # (property, language, text) of each name
    sectors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    municipality: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    codes: dict[str, str] = field(default_factory=dict)
    holders: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(_dated))
    schemes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    amounts: dict[str, float] = field(default_factory=dict)
    mentions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    evidence: dict[tuple[str, str], list[tuple[int, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # asserted facts, each with the document graphs that state it
    memberships: dict[tuple[str, str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # (membership, member, collaboration)
    fundings: dict[tuple[str, str, str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # (funding, funder, role, thing)
    placements: dict[tuple[str, str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # (child, property local name, parent)
    held: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    associations: dict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # (initiative, agent)
    stated: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    inferred_pairs: set[frozenset[str]] = field(default_factory=set)
    drafts: set[str] = field(default_factory=set)  # marked sam:reviewStatus "draft"
    #: what the projections derive from the fields above, kept for the next projection of
    #: the same data (:func:`reused`): facts, periods, node attributes, the parents index.
    #: The fields must not change once something is kept here (:func:`load` fills them
    #: first).
    cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """The fields without :attr:`cache` (:func:`keep`)."""
        return {name: value for name, value in self.__dict__.items() if name != "cache"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.cache = {}

    def patch(self, store: pyoxigraph.Store, touched: Iterable[str]) -> bool:
        """Bring the data read from a previous build's store up to date with ``store``, the
        same dataset after a change that touched the IRIs ``touched``
        (:func:`samverkan.incremental.touched_iris`: every IRI of a triple a changed
        document lost or gained or of a derived triple that went or came, and the changed
        documents).

        Every field is kept per key, and a key's rows depend only on triples the change
        reports:

        - what is read of a thing over all graphs (its types, names, sector, municipality,
          code, dates, funding scheme and amount, whether it is a draft, the documents that
          mention it), on the triples whose subject (or, for the mentions, object) it is:
          read again for the touched IRIs; a post's holders also on its holder's name,
          so the posts of a touched holder are read again too;
        - what is read of each document graph (quotes, memberships, fundings, placements,
          posts held, associations, stated ties), on that graph alone: read again for the
          touched documents;
        - the pairs of the inferred graph, on their two ends; the documents, the class
          hierarchy and the classes' sectors (the ontology's, a few hundred triples) are
          read in full.

        So the result is what :func:`load` reads from ``store`` (``tests/test_network_data.py``
        compares them after edits). At a million quads a rebuild patches the previous
        build's data in well under a second, where reading it takes six.

        Returns False, changing nothing, where a changed document states a membership or
        funding, or quotes evidence, about a blank node: its rows are keyed by the store's
        name for the node, which the rows of other things kept from the previous build do
        not know (read the store instead).
        """
        iris = sorted({i for i in touched if not i.startswith("_:")})
        documents = [i for i in iris if i.startswith(DOCUMENT_PREFIX)]
        for part in _chunks(documents):
            if store.query(PREFIXES + _bind(_Q_BLANK_FACTS, "g", part)):
                return False
        self.cache.clear()
        before = set(self.documents)
        self.documents.clear()
        self.has_inferred = False
        self.superclasses.clear()
        self.class_sector.clear()
        _read_graphs(self, store)
        graphs = sorted(
            {i for i in iris if i in before or i in self.documents} | (before ^ set(self.documents))
        )
        # the posts whose holder was touched (its name is part of the post's rows)
        holders = {
            r["p"].value
            for part in _chunks(iris)
            for r in _rows(store, _bind(_Q_HELD_BY, "h", part), use_default_graph_as_union=True)
        }
        subjects = sorted(set(iris) | holders)
        chosen = set(subjects)
        for table in (
            self.types, self.labels, self.sectors, self.municipality, self.codes, self.holders,
            self.dates, self.schemes, self.amounts, self.mentions,
        ):
            for iri in subjects:
                table.pop(iri, None)
        self.drafts -= chosen
        gone = set(graphs)
        for table in (
            self.memberships, self.fundings, self.placements, self.held, self.associations,
            self.stated,
        ):
            for key in [k for k, found in table.items() if not found.isdisjoint(gone)]:
                table[key] -= gone
                if not table[key]:
                    del table[key]
        for key in [k for k in self.evidence if k[1] in gone]:
            del self.evidence[key]
        self.inferred_pairs = {p for p in self.inferred_pairs if p.isdisjoint(chosen)}
        _fill(self, store, subjects, graphs)
        return True

    # -- classification -------------------------------------------------------------------
    def all_types(self, iri: str) -> set[str]:
        """The types of ``iri`` with all their superclasses."""
        out: set[str] = set()
        for t in self.types.get(iri, ()):
            out.add(t)
            out |= self.superclasses.get(t, set())
        return out

    def is_a(self, iri: str, classes: tuple[str, ...]) -> bool:
        """Whether ``iri`` is an instance of one of ``classes`` (by a type or a superclass
        of one: :meth:`all_types`). Tested on the types of ``iri`` against the classes that
        are one of ``classes`` or below one, made once per ``classes``: the projections ask
        hundreds of thousands of times at a million quads."""
        below = self.cache.get(("below", classes))
        if below is None:
            below = set(classes) | {
                c for c, above in self.superclasses.items() if not above.isdisjoint(classes)
            }
            self.cache[("below", classes)] = below
        return not below.isdisjoint(self.types.get(iri, ()))

    def is_actor(self, iri: str) -> bool:
        return self.is_a(iri, ACTOR_CLASSES)

    def is_initiative(self, iri: str) -> bool:
        return self.is_a(iri, INITIATIVE_CLASSES)

    def most_specific_type(self, iri: str) -> str:
        """Local name of the most specific class of ``iri`` (ours first, then ORG, others)."""
        types = self.types.get(iri, set())
        minimal = [
            t
            for t in types
            if not any(t in self.superclasses.get(other, ()) for other in types if other != t)
        ]
        if not minimal:
            return ""

        def rank(t: str) -> tuple[int, str]:
            for i, vocabulary in enumerate(_TYPE_VOCABULARIES):
                if t.startswith(vocabulary):
                    return (i, t)
            return (9, t)

        return local_name(min(minimal, key=rank))

    def sector(self, iri: str) -> str:
        """The sector concept IRI of ``iri`` ("" if none); a post takes its unit's sector."""
        found = set(self.sectors.get(iri, ()))
        if not found:
            for t in self.all_types(iri):
                found |= self.class_sector.get(t, set())
        if not found and self.is_a(iri, (str(ORG.Post),)):
            for parent in self.parents(iri, ("postIn",)):
                sector = self.sector(parent)
                if sector:
                    return sector
        return min(found) if found else ""

    def placed(self) -> dict[str, list[tuple[str, str]]]:
        """``{child: [(property local name, parent), ...]}`` of :attr:`placements`, sorted."""
        index = self.cache.get("placed")
        if index is None:
            index = defaultdict(list)
            for c, rel, p in sorted(self.placements):
                index[c].append((rel, p))
            index = self.cache["placed"] = dict(index)
        return index

    def parents(self, iri: str, relations: tuple[str, ...]) -> list[str]:
        return sorted({p for rel, p in self.placed().get(iri, ()) if rel in relations})

    def municipality_of(self, iri: str, _seen: frozenset[str] = frozenset()) -> str:
        """The municipality IRI of ``iri`` ("" if none).

        A municipality is its own; otherwise a stated or inferred ``sam:municipality``;
        otherwise the municipality of the unit it is a unit of, sits in or is hosted by.
        """
        if str(SAM.Municipality) in self.all_types(iri):
            return iri
        stated = self.municipality.get(iri)
        if stated:
            return min(stated)
        for parent in self.parents(iri, ("unitOf", "postIn", "hostedBy")):
            if parent in _seen:
                continue
            found = self.municipality_of(parent, _seen | {iri})
            if found:
                return found
        return ""

    def label(self, iri: str, lang: str = "sv") -> str:
        """The label of ``iri`` in ``lang`` (:func:`samverkan.terms.pick_label`), else its id."""
        return pick_label(self.labels.get(iri, ()), prefer=lang) or node_id(iri)

    # -- time -------------------------------------------------------------------------------
    def period(self, iri: str) -> tuple[int, int] | None:
        """The years in which the documents show ``iri`` active, or None if nothing dates it.

        From the ``schema:startDate`` (else ``sam:ongoingAsOf``, else ``schema:endDate``) to
        the ``schema:endDate`` (else ``sam:ongoingAsOf``, else the start). A thing with a
        start and neither an end nor "ongoing" is known to be active in its start year only:
        nothing is claimed that the text does not say. The library query ``active-in-year``
        applies the same rule.
        """
        periods = self.cache.setdefault("period", {})
        if iri not in periods:
            periods[iri] = self._period(iri)
        return periods[iri]

    def _period(self, iri: str) -> tuple[int, int] | None:
        d = self.dates.get(iri)
        if not d:
            return None
        starts = [y for v in d.get("startDate", []) if (y := year_of(v)) is not None]
        ongoing = [y for v in d.get("ongoingAsOf", []) if (y := year_of(v)) is not None]
        ends = [y for v in d.get("endDate", []) if (y := year_of(v)) is not None]
        if not (starts or ongoing or ends):
            return None
        lo = min(starts or ongoing or ends)
        hi = max(ends or ongoing or starts)
        return (lo, max(lo, hi))

    def evidence_of(self, subject: str, graphs: set[str] | frozenset[str]) -> list[tuple[str, str]]:
        """``(document stem, quote)`` of the evidence of ``subject`` in ``graphs``."""
        out = []
        for g in sorted(graphs):
            for _, quote in sorted(self.evidence.get((subject, g), [])):
                out.append((self.documents[g], quote))
        return out


def _rows(store: pyoxigraph.Store, query: str, **kwargs: Any) -> list[Any]:
    return list(store.query(PREFIXES + query, **kwargs))


#: The store and its data while :func:`reused` holds them.
_REUSED: list[tuple[Any, Data]] = []


@contextlib.contextmanager
def reused(store: pyoxigraph.Store, data: Data | None = None) -> Any:
    """Read ``store`` once for the block: every projection made in it shares the data
    (``data``, when given: what :func:`load` would read, for instance a previous build's
    :meth:`~Data.patch`-ed).

    For a caller that makes many projections of a store it does not change (the views
    make one per year and per view); the store must not change inside the block.
    """
    from samverkan.lifetime import linger

    _REUSED.append((store, load(store) if data is None else data))
    try:
        yield
    finally:
        linger(_REUSED.pop()[1])  # freed, unless the process ends right after the build


def load(store: pyoxigraph.Store) -> Data:
    """Read everything the projections need from ``store`` (a built dataset)."""
    for held, data in _REUSED:
        if held is store:
            return data
    data = Data()
    _read_graphs(data, store)
    _fill(data, store, None, None)
    return data


#: The file that keeps a build's data for the next (in the views' cache directory).
DATA_NAME = "network-data.pickle"
#: The most IRIs one query binds by ``VALUES``.
_CHUNK = 400


def keep(data: Data, path: Path) -> None:
    """Keep ``data`` (without what the projections derived from it) in ``path``, a pickle in
    the build's own cache, for the next build to :meth:`~Data.patch`."""
    import pickle

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)


def kept(path: Path) -> Data | None:
    """The data :func:`keep` kept in ``path``, or None when there is none."""
    import pickle

    try:
        with path.open("rb") as f:
            found = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return found if isinstance(found, Data) else None


def _chunks(iris: list[str]) -> list[list[str]]:
    return [iris[i : i + _CHUNK] for i in range(0, len(iris), _CHUNK)]


def _bind(query: str, variable: str, iris: list[str]) -> str:
    from samverkan.query.params import restrict

    return restrict(query, iris, variable)


def _read_graphs(data: Data, store: pyoxigraph.Store) -> None:
    """The document graphs, whether there is an inferred graph, the class hierarchy and the
    classes' sectors."""
    for g in store.named_graphs():
        name = getattr(g, "value", "")
        if name.startswith(DOCUMENT_PREFIX):
            data.documents[name] = name[len(DOCUMENT_PREFIX) :]
        elif name == INFERRED_GRAPH:
            data.has_inferred = True
    union = {"use_default_graph_as_union": True}
    for r in _rows(store, _Q_SUBCLASS, **union):
        data.superclasses[r["c"].value].add(r["d"].value)
    for r in _rows(store, _Q_RESTRICTION, **union):
        data.class_sector[r["c"].value].add(r["s"].value)


def _fill(
    data: Data, store: pyoxigraph.Store, subjects: list[str] | None, graphs: list[str] | None
) -> None:
    """File the rows of every query into ``data``: of the whole store, or (a patch) of the
    things ``subjects`` and the document graphs ``graphs`` only, bound by ``VALUES``."""
    import pyoxigraph as ox

    docs = data.documents
    union = {"use_default_graph_as_union": True}
    # the queries that read each document graph leave the others out themselves (the
    # inferred graph holds half the quads): fewer rows to make objects of here (a
    # substitution's variable is one of the query's columns)
    documents = {"substitutions": {ox.Variable("documents"): ox.Literal(DOCUMENT_PREFIX)}}

    def rows(query: str, variable: str, **kwargs: Any) -> list[Any]:
        bound = graphs if variable == "g" else subjects
        if bound is None:
            return _rows(store, query, **kwargs)
        found = []
        for part in _chunks(bound):
            found += _rows(store, _bind(query, variable, part), **kwargs)
        return found

    for r in rows(_Q_TYPES, "x", **union):
        data.types[r["x"].value].add(r["t"].value)
    for r in rows(_Q_LABELS, "x", **union):
        lit = r["l"]
        data.labels[r["x"].value].append((r["p"].value, lit.language or "", lit.value))
    for r in rows(_Q_SECTORS, "x", **union):
        data.sectors[r["x"].value].add(r["s"].value)
    for r in rows(_Q_MUNICIPALITY, "x", **union):
        data.municipality[r["x"].value].add(r["m"].value)
    for r in rows(_Q_CODES, "m", **union):
        data.codes[r["m"].value] = r["code"].value
    data.drafts.update(r["x"].value for r in rows(_Q_DRAFTS, "x"))
    for r in rows(_Q_HOLDERS, "p", **union):
        name = r["name"]
        data.holders[r["p"].value].add(name.value if name is not None else "")
    for r in rows(_Q_DATES, "x"):
        x = r["x"].value
        data.dates[x][local_name(r["p"].value)].append(r["d"].value)
    for r in rows(_Q_SCHEMES, "f", **union):
        data.schemes[r["f"].value].add(r["scheme"].value)
    for r in rows(_Q_AMOUNTS, "f", **union):
        with contextlib.suppress(ValueError):
            data.amounts[r["f"].value] = float(r["amount"].value)
    for r in rows(_Q_MENTIONS, "x", **documents):
        if r["g"].value in docs:
            data.mentions[r["x"].value].add(r["g"].value)
    for r in rows(_Q_EVIDENCE, "g", **documents):
        g = r["g"].value
        if g in docs:
            start = r["start"]
            pos = int(start.value) if start is not None else 0
            entry = (pos, r["quote"].value)
            bucket = data.evidence[(r["s"].value, g)]
            if entry not in bucket:
                bucket.append(entry)

    for r in rows(_Q_MEMBERSHIPS, "g", **documents):
        if r["g"].value in docs:
            data.memberships[(r["m"].value, r["a"].value, r["c"].value)].add(r["g"].value)
    for r in rows(_Q_FUNDINGS, "g", **documents):
        if r["g"].value in docs:
            key = (r["f"].value, r["funder"].value, r["role"].value, r["x"].value)
            data.fundings[key].add(r["g"].value)
    for r in rows(_Q_PLACEMENT, "g", **documents):
        if r["g"].value in docs:
            key = (r["x"].value, local_name(r["p"].value), r["y"].value)
            data.placements[key].add(r["g"].value)
    for r in rows(_Q_HELD, "g", **documents):
        if r["g"].value in docs:
            data.held[(r["p"].value, r["h"].value)].add(r["g"].value)
    for r in rows(_Q_ASSOCIATION, "g", **documents):
        if r["g"].value in docs:
            data.associations[(r["i"].value, r["a"].value)].add(r["g"].value)
    for r in rows(_Q_STATED, "g", **documents):
        if r["g"].value in docs:
            data.stated[(r["a"].value, r["b"].value)].add(r["g"].value)
    if data.has_inferred:
        inferred = {"substitutions": {ox.Variable("inferred"): ox.NamedNode(INFERRED_GRAPH)}}
        # a pair is read again where either end was touched
        for end in ("a", "b") if subjects is not None else ("a",):
            for r in rows(_Q_INFERRED, end, **inferred):
                data.inferred_pairs.add(frozenset((r["a"].value, r["b"].value)))
    for a, b in data.stated:
        data.inferred_pairs.add(frozenset((a, b)))
