"""The rows of the data bundle's tables, read from a built dataset.

Nodes and ties come from the collaboration projection and its measure table (the numbers
``samverkan network metrics`` prints); their years from the year-by-year snapshots (the
timeline view's rule); documents, evidence, fundings and memberships from SPARQL over the
document graphs. Every table is a list of dicts keyed by the columns of
:data:`samverkan.bundle._schema.TABLES`, sorted, so the same build gives the same rows.
"""

from __future__ import annotations

import contextlib
import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError
from samverkan.namespaces import DCTERMS, SAM, SCHEMA
from samverkan.network._data import BASE, DOCUMENT_PREFIX, PREFIXES, SECTOR_PREFIX, node_id
from samverkan.network.export import tie_ids

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pyoxigraph

__all__ = ["Network", "network", "tables"]

Row = dict[str, Any]

_Q_LABELS = """SELECT ?x ?l WHERE { { ?x rdfs:label ?l } UNION { ?x skos:prefLabel ?l }
  FILTER(isIRI(?x) && isLITERAL(?l)) }"""
_Q_DOCUMENTS = """SELECT ?d ?p ?v WHERE { GRAPH ?d { ?d a sam:SourceDocument ; ?p ?v } }"""
_Q_EVIDENCE = """SELECT ?g ?s ?a ?quote ?start ?end WHERE { GRAPH ?g {
  ?s sam:evidence ?a . ?a oa:hasTarget ?t . ?t oa:hasSelector ?q . ?q oa:exact ?quote .
  OPTIONAL { ?t oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end } } }"""
_Q_MEMBERSHIPS = """SELECT ?g ?m ?member ?c ?role WHERE { GRAPH ?g {
  ?m org:member ?member ; org:organization ?c . OPTIONAL { ?m org:role ?role } }
  FILTER(isIRI(?member) && isIRI(?c)) }"""
_Q_FUNDINGS = """SELECT ?g ?f ?funder ?role ?x WHERE { GRAPH ?g {
  ?f sam:funder ?funder .
  { ?f sam:recipient ?x BIND("recipient" AS ?role) }
  UNION { ?f sam:fundedItem ?x BIND("funded item" AS ?role) } }
  FILTER(isIRI(?funder) && isIRI(?x)) }"""
_Q_FUNDING_DETAILS = """SELECT ?f ?p ?v WHERE { ?f a sam:Funding ; ?p ?v
  VALUES ?p { sam:fundingScheme sam:amount } }"""
_Q_DATES = """SELECT ?x ?p ?d WHERE { ?x ?p ?d
  VALUES ?p { schema:startDate schema:endDate sam:ongoingAsOf } }"""

_DCT = str(DCTERMS)
_SCHEMA = str(SCHEMA)
_SAM = str(SAM._NS)


class Network:
    """The collaboration network with its measures and the years of its nodes and ties."""

    def __init__(self, G: nx.Graph, measures: Any, years: dict[int, nx.Graph]) -> None:
        self.G = G
        self.measures = measures
        self.snapshots = years
        self.node_years: dict[str, list[int]] = defaultdict(list)
        self.tie_years: dict[tuple[str, str], list[int]] = defaultdict(list)
        for year, S in sorted(years.items()):
            for n in S:
                self.node_years[n].append(year)
            for u, v in S.edges():
                self.tie_years[_pair(u, v)].append(year)
        self.tie_ids = tie_ids(G)
        self.ties = sorted(self.tie_ids)


def _pair(u: str, v: str) -> tuple[str, str]:
    return (u, v) if str(u) <= str(v) else (v, u)


def network(store: pyoxigraph.Store) -> Network:
    """The collaboration network of ``store``, its measure table and its yearly snapshots."""
    from samverkan.network.measures import measure_table
    from samverkan.network.projections import collaboration, years

    G = collaboration(store)
    snapshots = {}
    for year in years(store):
        with contextlib.suppress(SamverkanError):  # a year in which nothing is active
            snapshots[year] = collaboration(store, year=year)
    return Network(G, measure_table(G), snapshots)


def _plain(value: Any) -> Any:
    """A cell value: None for NaN and missing, Python numbers for numpy ones."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _labels(store: pyoxigraph.Store) -> dict[str, dict[str, str]]:
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for r in store.query(PREFIXES + _Q_LABELS, use_default_graph_as_union=True):
        lit = r["l"]
        labels[r["x"].value].setdefault(lit.language or "", lit.value)
    return labels


def _label(labels: dict[str, dict[str, str]], iri: str, lang: str = "sv") -> str:
    found = labels.get(iri, {})
    other = "en" if lang == "sv" else "sv"
    return found.get(lang) or found.get("") or found.get(other) or node_id(iri)


def _key(iri: str) -> str:
    """Last segment of a concept IRI (``roll/part`` -> ``part``)."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _doc(graph: str) -> str:
    return graph[len(DOCUMENT_PREFIX) :]


def _dates(store: pyoxigraph.Store) -> dict[str, dict[str, str]]:
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    for r in store.query(PREFIXES + _Q_DATES, use_default_graph_as_union=True):
        name = _key(r["p"].value)
        current = dates[r["x"].value].get(name)
        value = r["d"].value
        # several dates of one kind: the earliest start, the latest end or "ongoing"
        if current is None or (value < current if name == "startDate" else value > current):
            dates[r["x"].value][name] = value
    return dates


def _node_rows(net: Network) -> list[Row]:
    table = net.measures
    rows = []
    for n in sorted(net.G):
        attrs = net.G.nodes[n]
        years = net.node_years.get(n, [])
        sector = attrs.get("sector", "")
        row: Row = {
            "id": n,
            "name": attrs.get("label", n),
            "name_en": attrs.get("label_en", ""),
            "type": attrs.get("type", ""),
            "sector": sector,
            "sector_label": attrs.get("sector_label", ""),
            "sector_label_en": "",
            "municipality": attrs.get("municipality", ""),
            "municipality_code": attrs.get("municipality_code", ""),
            "holder": attrs.get("holder", ""),
            "iri": attrs.get("iri", BASE + n),
            "start_year": min(years) if years else None,
            "end_year": max(years) if years else None,
        }
        for column in table.columns:
            if column not in row and column not in ("label",):
                row[column] = _plain(table.at[n, column])
        rows.append(row)
    return rows


def _tie_rows(net: Network) -> tuple[list[Row], list[Row], list[Row]]:
    from samverkan.views._encoding import edge_style

    ties, kinds, docs = [], [], []
    for u, v in net.ties:
        attrs = net.G.edges[u, v]
        tid = net.tie_ids[(u, v)]
        years = net.tie_years.get((u, v), [])
        edge_kinds = sorted(attrs.get("kinds", []))
        ties.append(
            {
                "tie_id": tid,
                "source": u,
                "target": v,
                "kind": edge_style(edge_kinds)["kind"] or (edge_kinds[0] if edge_kinds else ""),
                "basis": "inferred" if edge_kinds == ["inferred"] else "asserted",
                "weight": int(attrs.get("weight", 1)),
                "start_year": min(years) if years else None,
                "end_year": max(years) if years else None,
            }
        )
        kinds += [{"tie_id": tid, "kind": k} for k in edge_kinds]
        docs += [{"tie_id": tid, "document_id": d} for d in sorted(attrs.get("documents", []))]
    return ties, kinds, docs


def _document_rows(store: pyoxigraph.Store, labels: dict[str, dict[str, str]]) -> list[Row]:
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for r in store.query(PREFIXES + _Q_DOCUMENTS):
        found[r["d"].value].setdefault(r["p"].value, r["v"].value)
    rows = []
    for iri, p in sorted(found.items()):
        if not iri.startswith(DOCUMENT_PREFIX):
            continue
        issued, modified = p.get(_DCT + "issued"), p.get(_DCT + "modified")
        publisher = p.get(_DCT + "publisher", "")
        kind = p.get(_SAM + "pageKind", "")
        rows.append(
            {
                "document_id": _doc(iri),
                "title": p.get(_DCT + "title", ""),
                "publisher": _label(labels, publisher) if publisher else "",
                "publisher_id": node_id(publisher) if publisher else "",
                "date": issued or modified,
                "date_kind": "issued" if issued else ("modified" if modified else None),
                "language": p.get(_DCT + "language", ""),
                "page_kind": _key(kind) if kind else "",
                "file_name": p.get(_SAM + "fileName", ""),
                "sha256": p.get(_SAM + "sha256", ""),
                "url": p.get(_SCHEMA + "url", ""),
                "iri": iri,
            }
        )
    return rows


def _evidence_rows(store: pyoxigraph.Store) -> list[Row]:
    rows: dict[tuple[str, str], Row] = {}
    for r in store.query(PREFIXES + _Q_EVIDENCE):
        g = r["g"].value
        if not g.startswith(DOCUMENT_PREFIX):
            continue
        start, end = r["start"], r["end"]
        key = (node_id(r["a"].value), node_id(r["s"].value))
        rows.setdefault(
            key,
            {
                "evidence_id": key[0],
                "fact": key[1],
                "document_id": _doc(g),
                "quote": r["quote"].value,
                "start": int(start.value) if start is not None else None,
                "end": int(end.value) if end is not None else None,
            },
        )
    return [rows[k] for k in sorted(rows)]


def _tie_evidence_rows(net: Network, evidence: list[Row]) -> list[Row]:
    by_quote: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in evidence:
        by_quote[(row["document_id"], row["quote"])].append(row["evidence_id"])
    rows = set()
    for pair in net.ties:
        for entry in net.G.edges[pair].get("evidence", []):
            for eid in by_quote.get((entry["document"], entry["quote"]), []):
                rows.add((net.tie_ids[pair], eid))
    return [{"tie_id": t, "evidence_id": e} for t, e in sorted(rows)]


def _funding_rows(store: pyoxigraph.Store, labels: dict, dates: dict) -> list[Row]:
    details: dict[str, dict[str, str]] = defaultdict(dict)
    for r in store.query(PREFIXES + _Q_FUNDING_DETAILS, use_default_graph_as_union=True):
        details[r["f"].value].setdefault(_key(r["p"].value), r["v"].value)
    rows = set()
    out = []
    for r in store.query(PREFIXES + _Q_FUNDINGS):
        g = r["g"].value
        if not g.startswith(DOCUMENT_PREFIX):
            continue
        f, funder, x = r["f"].value, r["funder"].value, r["x"].value
        key = (node_id(f), r["role"].value, node_id(x), _doc(g))
        if key in rows:
            continue
        rows.add(key)
        d, when = details.get(f, {}), dates.get(f, {})
        scheme = d.get("fundingScheme", "")
        amount = d.get("amount")
        out.append(
            {
                "funding_id": key[0],
                "funder_id": node_id(funder),
                "funder": _label(labels, funder),
                "role": key[1],
                "party_id": key[2],
                "party": _label(labels, x),
                "scheme": _key(scheme) if scheme else "",
                "scheme_label": _label(labels, scheme) if scheme else "",
                "amount": float(amount) if amount is not None else None,
                "start": when.get("startDate"),
                "end": when.get("endDate"),
                "ongoing_as_of": when.get("ongoingAsOf"),
                "document_id": key[3],
            }
        )
    return sorted(
        out, key=lambda row: (row["funding_id"], row["role"], row["party_id"], row["document_id"])
    )


def _membership_rows(store: pyoxigraph.Store, labels: dict, dates: dict) -> list[Row]:
    seen = set()
    out = []
    for r in store.query(PREFIXES + _Q_MEMBERSHIPS):
        g = r["g"].value
        if not g.startswith(DOCUMENT_PREFIX):
            continue
        m, member, c = r["m"].value, r["member"].value, r["c"].value
        role = _key(r["role"].value) if r["role"] is not None else ""
        key = (node_id(m), role, _doc(g))
        if key in seen:
            continue
        seen.add(key)
        when = dates.get(m, {})
        out.append(
            {
                "membership_id": key[0],
                "member_id": node_id(member),
                "member": _label(labels, member),
                "collaboration_id": node_id(c),
                "collaboration": _label(labels, c),
                "role": role,
                "start": when.get("startDate"),
                "end": when.get("endDate"),
                "ongoing_as_of": when.get("ongoingAsOf"),
                "document_id": key[2],
            }
        )
    return sorted(out, key=lambda row: (row["membership_id"], row["role"], row["document_id"]))


def tables(store: pyoxigraph.Store, net: Network | None = None) -> dict[str, list[Row]]:
    """Every table of the bundle, ``{name: rows}``, from a built dataset.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> t = tables(example_store())
    >>> sorted(t)[:3], len(t["nodes"]) > 0
    (['documents', 'evidence', 'fundings'], True)
    >>> {row["municipality_code"] for row in t["nodes"]} >= {"1281"}
    True
    """
    net = net if net is not None else network(store)
    labels = _labels(store)
    dates = _dates(store)
    nodes = _node_rows(net)
    sector_en = {s: _label(labels, SECTOR_PREFIX + s, "en") for s in {r["sector"] for r in nodes}}
    for row in nodes:
        row["sector_label_en"] = sector_en[row["sector"]] if row["sector"] else ""
    ties, tie_kinds, tie_documents = _tie_rows(net)
    evidence = _evidence_rows(store)
    node_documents = [
        {"node_id": n, "document_id": d}
        for n in sorted(net.G)
        for d in sorted(net.G.nodes[n].get("documents", []))
    ]
    return {
        "nodes": nodes,
        "node_documents": node_documents,
        "ties": ties,
        "tie_kinds": tie_kinds,
        "tie_documents": tie_documents,
        "tie_evidence": _tie_evidence_rows(net, evidence),
        "evidence": evidence,
        "documents": _document_rows(store, labels),
        "fundings": _funding_rows(store, labels, dates),
        "memberships": _membership_rows(store, labels, dates),
    }
