"""SPARQL helpers for the document tests: the prefixes they use, ASK and SELECT.

Queries run over the union of all named graphs; relative IRIs resolve against the data
base ``https://w3id.org/samverkan/id/``.
"""

from __future__ import annotations

PREFIXES = """
PREFIX sam: <https://w3id.org/samverkan/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
BASE <https://w3id.org/samverkan/id/>
"""


def ask(store: object, query: str) -> bool:
    """ASK over the union of all named graphs."""
    return bool(store.query(PREFIXES + query, use_default_graph_as_union=True))


def select(store: object, query: str) -> list[dict[str, str]]:
    """SELECT over the union of all named graphs; each row as variable -> lexical value."""
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]
