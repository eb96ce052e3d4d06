# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 1. Exploring the graph
#
# **Question.** What does the samverkan knowledge graph hold, where does each fact come
# from, and how do we ask it questions?
#
# The graph is built from five public Swedish texts (2019) about how municipalities organise
# collaboration on the reception and inclusion of newcomers (Lund twice, the LIS project of
# Burlöv, Lomma and Staffanstorp, Söderhamn, Ekerö). This notebook
#
# 1. counts what is in the graph, by class and by source document;
# 2. follows one relation back to the words of its document (provenance);
# 3. runs queries of the library, and a query of our own;
# 4. tells asserted facts from inferred facts and from background (reference) data.
#
# Every finding is checked with an `assert` written from reading the documents, so a wrong
# answer stops the notebook.
#
# The notebook reads the build directory given by the environment variable `SAMVERKAN_OUT`
# (default: the repository's `out/`). If nothing has been built there yet, it builds the
# graph first (about half a minute), verifying every quote against the corpus when the
# corpus is found.

# %%
import os
from pathlib import Path

import pandas as pd
from IPython.display import display

from samverkan.build import build
from samverkan.namespaces import (
    ID,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    REFERENCE_GRAPH,
    document_iri,
)
from samverkan.paths import default_corpus
from samverkan.query import list_queries, load_query, run_query
from samverkan.store import TRIG_NAME, open_store

pd.set_option("display.max_colwidth", 80)
pd.set_option("display.width", 160)

OUT = Path(os.environ.get("SAMVERKAN_OUT", "../out")).resolve()
CORPUS = default_corpus()
if not (OUT / TRIG_NAME).is_file():
    print(f"no build in {OUT}: building it (corpus: {CORPUS})")
    build(None, CORPUS, OUT)
store = open_store(OUT)
print(f"{len(store)} quads from {OUT / TRIG_NAME}")

# %% [markdown]
# The five documents, with the stems by which the project names them (the corpus file names
# without `.txt`):

# %%
DOCS = {
    "000_1c1bf7a317be8ad1": "Lund: the inclusion coordinator",
    "001_897b9f3742f7adc5": "Lund: the action plan",
    "002_fd765e7f231a0a5d": "LIS: Burlöv, Lomma, Staffanstorp",
    "003_db4b1ce949ee5551": "Söderhamn: the integration network",
    "004_5f6dc90bef4f063d": "Ekerö: Öar utan gränser",
}


def iri(local: str) -> str:
    """The full IRI of a thing under https://w3id.org/samverkan/id/."""
    return str(ID) + local


def short(value: str) -> str:
    """An IRI written with its prefix (``sam:Funding``, ``id:kommun/1281``), for display."""
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace):
            return f"{prefix}:{value[len(namespace) :]}"
    return value


# %% [markdown]
# ## 1. What is in the graph
#
# The dataset is a set of **named graphs**: the ontology, the reference data (290
# municipalities, 21 counties and their county boards), one graph per source document, and
# the graph of inferred triples. First, the size of each graph.

# %%
per_graph = run_query(
    store,
    """
    SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }
    GROUP BY ?g ORDER BY ?g
    """,
    labels=False,
)
per_graph["graph"] = per_graph["g"].map(short)
display(per_graph[["graph", "triples"]])

# %%
graphs = set(per_graph["g"])
assert {str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH), str(INFERRED_GRAPH)} <= graphs
for stem in DOCS:
    assert str(document_iri(stem)) in graphs, f"no named graph for document {stem}"
assert (per_graph["triples"] > 0).all()

# %% [markdown]
# Next, the things the documents talk about, counted by class and by document. We count
# the classes of the samverkan ontology (`sam:`), W3C ORG (`org:`), FOAF and PROV that a
# document asserts; evidence annotations and selectors are counted apart.

# %%
by_class = run_query(
    store,
    """
    PREFIX sam: <https://w3id.org/samverkan/ontology#>
    SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
      GRAPH ?g { ?s a ?class }
      ?g a sam:SourceDocument .
      FILTER(STRSTARTS(STR(?class), "https://w3id.org/samverkan/ontology#")
          || STRSTARTS(STR(?class), "http://www.w3.org/ns/org#")
          || STRSTARTS(STR(?class), "http://xmlns.com/foaf/0.1/")
          || STRSTARTS(STR(?class), "http://www.w3.org/ns/prov#"))
    }
    GROUP BY ?class ORDER BY DESC(?n) ?class
    """,
)
display(by_class.assign(term=by_class["class"].map(short))[["term", "classLabel", "n"]])

# %%
counts = dict(zip(by_class["class"], by_class["n"], strict=True))
SAM = "https://w3id.org/samverkan/ontology#"
ORG = "http://www.w3.org/ns/org#"
assert counts[SAM + "SourceDocument"] == 5
# Funding relations: Länsstyrelsen Skåne -> Lund, socialförvaltningen co-funds the post,
# ESF -> LIS, §37a funds -> Ekerö, then Ekerö's own funds.
assert counts[SAM + "Funding"] >= 5
# Memberships: at least the three LIS partners, the five Lund working groups, Söderhamn's
# network and the members of Öar utan gränser.
assert counts[ORG + "Membership"] >= 3 + 5 + 3 + 3
assert counts.get(SAM + "CoordinatorPost", 0) >= 3  # Lund (2) and Söderhamn

# %%
by_document = run_query(
    store,
    """
    PREFIX sam: <https://w3id.org/samverkan/ontology#>
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX oa: <http://www.w3.org/ns/oa#>
    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    SELECT ?document
           (COUNT(DISTINCT ?actor) AS ?actors)
           (COUNT(DISTINCT ?collaboration) AS ?collaborations)
           (COUNT(DISTINCT ?initiative) AS ?initiatives)
           (COUNT(DISTINCT ?funding) AS ?fundings)
           (COUNT(DISTINCT ?quote) AS ?quotes)
    WHERE {
      ?document a sam:SourceDocument .
      GRAPH ?document {
        { ?actor a ?c . FILTER(?c IN (org:FormalOrganization, org:OrganizationalUnit,
                                      sam:Department, sam:CentralAdministration,
                                      sam:MunicipalCompany, sam:CivilSocietyGroup,
                                      org:Post, sam:CoordinatorPost)) }
        UNION { ?collaboration a ?k . FILTER(?k IN (sam:Collaboration, sam:Network,
                                                    sam:Project, sam:WorkingGroup,
                                                    sam:MeetingPlace)) }
        UNION { ?initiative a ?i . FILTER(?i IN (sam:Initiative, sam:Activity, sam:Training,
                                                 sam:Survey, sam:Plan,
                                                 sam:CollaborationModel, sam:Publication)) }
        UNION { ?funding a sam:Funding }
        UNION { ?quote a oa:Annotation }
      }
    }
    GROUP BY ?document ORDER BY ?document
    """,
    labels=False,
)
by_document.insert(1, "case", by_document["document"].str.rsplit("/", n=1).str[-1].map(DOCS))
display(by_document)

# %%
assert len(by_document) == 5
assert (by_document["quotes"] > 0).all(), "every document backs its facts with quotes"
fundings = dict(zip(by_document["case"], by_document["fundings"], strict=True))
assert fundings["Lund: the inclusion coordinator"] >= 2  # county board grant, co-funding
assert fundings["LIS: Burlöv, Lomma, Staffanstorp"] >= 1  # ESF
assert fundings["Ekerö: Öar utan gränser"] >= 2  # §37a, then municipal funds

# %% [markdown]
# ## 2. Provenance: from a relation to its quote and its document
#
# Document 000 says that the inclusion coordinator "är anställd på kultur- och
# fritidsförvaltningen men är samfinansierad med socialförvaltningen". In the graph the
# co-funding is a relation node of its own (a `sam:Funding` whose funder is
# socialförvaltningen and whose funded item is the post), not employment. We find that node
# with the library query `funding`, then ask the library query `evidence` for the words
# behind it.

# %%
POST = iri("kommun/1281/tjanst/inkluderingskoordinator")
SOCIAL = iri("kommun/1281/socialforvaltningen")
CULTURE = iri("kommun/1281/kultur-och-fritidsforvaltningen")

funding = run_query(store, "funding", {"funder": SOCIAL})
display(funding[["fundingLabel", "funderLabel", "fundedItemLabel", "schemeLabel", "documentLabel"]])

# %%
assert POST in set(funding["fundedItem"]), "socialförvaltningen co-funds the coordinator post"
cofunding = funding.loc[funding["fundedItem"] == POST, "funding"].iloc[0]
assert funding.loc[funding["fundedItem"] == POST, "schemeLabel"].iloc[0] == "samfinansiering"

evidence = run_query(store, "evidence", {"resource": cofunding})
display(evidence[["subjectLabel", "quote", "start", "end", "document"]])

# %% [markdown]
# Each quote has character offsets into its document. If the corpus is at hand we can check
# them ourselves: `text[start:end]` must be the quote (the build checks this for every
# quote, here we check it in the open).

# %%
assert len(evidence) >= 1
assert set(evidence["document"]) == {str(document_iri("000_1c1bf7a317be8ad1"))}
assert any("samfinansierad" in q for q in evidence["quote"])
if CORPUS is not None:
    for row in evidence.itertuples():
        stem = row.document.rsplit("/", 1)[-1]
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        assert text[int(row.start) : int(row.end)] == row.quote
        print(f"{stem} [{row.start}:{row.end}] {row.quote!r}  ok")
else:
    print("corpus not found: the offsets were checked by the build only")

# %% [markdown]
# The post itself: where it sits, who holds it, who co-funds it. The library query `posts`
# answers for every post in a municipality.

# %%
posts = run_query(store, "posts", {"municipality": iri("kommun/1281")})
display(posts[["postLabel", "coordinator", "unitLabel", "holderName", "coFunderLabel", "start"]])

# %%
post_rows = posts[posts["post"] == POST]
assert set(post_rows["unit"]) == {CULTURE}, "the post sits in kultur- och fritidsförvaltningen"
assert set(post_rows["holderName"]) == {"Oliwer Karlsson"}
assert SOCIAL in set(post_rows["coFunder"])

# %% [markdown]
# ## 3. The query library, and a query of one's own
#
# The library is the set of `queries/*.rq` files; each describes itself in comment headers
# (title, description, parameters). `*-violation` queries are data-quality checks that must
# return no rows; the others are reports.

# %%
library = pd.DataFrame(
    [(q.name, q.kind, q.title, ", ".join(p.name for p in q.params)) for q in list_queries()],
    columns=["name", "kind", "title", "parameters"],
)
display(library)

# %%
assert {"funding", "cooperation", "cross-municipal", "active-in-year"} <= set(library["name"])
print(load_query("cross-municipal").description)

# %% [markdown]
# **Which collaborations cross municipal borders?** Document 002 says that LIS was run by
# Burlöv "tillsammans med Lomma och Staffanstorps kommuner".

# %%
cross = run_query(store, "cross-municipal")
display(cross[["collaborationLabel", "municipalities", "memberLabel", "tie", "roleLabel"]])

# %%
LIS = iri("initiativ/lis")
LIS_MUNICIPALITIES = {iri("kommun/1231"), iri("kommun/1262"), iri("kommun/1230")}
lis_members = set(cross.loc[cross["collaboration"] == LIS, "member"])
assert lis_members >= LIS_MUNICIPALITIES, "Burlöv, Lomma and Staffanstorp all take part in LIS"
assert cross.loc[cross["collaboration"] == LIS, "municipalities"].iloc[0] == 3

# %% [markdown]
# **Who cooperates with whom, and why?** `cooperation` lists every pair the reasoner
# derives (`sam:cooperatesWith`) with the facts behind it; `cooperation-explain` does the
# same for one actor, with quotes. The three LIS municipalities cooperate pairwise, because
# they are co-members of the project:

# %%
cooperation = run_query(store, "cooperation")
pairs = {frozenset((a, b)) for a, b in zip(cooperation["a"], cooperation["b"], strict=True)}
lis_pairs = cooperation[
    cooperation["a"].isin(LIS_MUNICIPALITIES) & cooperation["b"].isin(LIS_MUNICIPALITIES)
]
display(lis_pairs[["aLabel", "bLabel", "basis"]])

# %%
for a in LIS_MUNICIPALITIES:
    for b in LIS_MUNICIPALITIES - {a}:
        assert frozenset((a, b)) in pairs, f"{a} and {b} should cooperate (LIS)"

# %% [markdown]
# **A query of our own: how many things does each document aim at a target group?**
# Parameters are bound, never pasted into the text: here `?group` is bound to *nyanlända*
# (newcomers), a concept of the target-group scheme. A query of one's own can declare its
# parameters in the same comment headers as the library's. (In the embedded store a bound
# variable must be one the query projects, so `?group` is in the `SELECT`.)
#
# All five texts are about the reception and inclusion of newcomers, so each should
# describe at least one thing aimed at them.

# %%
TARGET_GROUP_QUERY = """
# title: Things aimed at a target group, per document
# param: group (iri, required) A concept of the target-group scheme.
PREFIX sam: <https://w3id.org/samverkan/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?group ?document ?documentTitle (COUNT(DISTINCT ?thing) AS ?things) WHERE {
  ?document a sam:SourceDocument ; dcterms:title ?documentTitle .
  GRAPH ?document { ?thing sam:targetGroup ?group }
}
GROUP BY ?group ?document ?documentTitle ORDER BY ?document
"""
newcomers = run_query(store, TARGET_GROUP_QUERY, {"group": iri("malgrupp/nyanlanda")})
display(newcomers)

# %%
assert len(newcomers) == 5, "every document describes something aimed at newcomers"
assert (newcomers["things"] >= 1).all()

# %% [markdown]
# ## 4. Asserted, inferred and background facts
#
# A reader must be able to tell what a document says from what the reasoner derived and
# from background knowledge that no document states. The named graphs keep them apart:
#
# | graph | holds |
# |---|---|
# | a document IRI (`id:dokument/…`) | what that document states, with evidence |
# | `https://w3id.org/samverkan/graph/inferred` | the OWL 2 RL closure, filtered |
# | `https://w3id.org/samverkan/graph/reference` | municipalities, counties, county boards |
# | `https://w3id.org/samverkan/ontology` | the ontology and the concept schemes |
#
# "Who cooperates with whom" is never typed by hand: `sam:cooperatesWith` and
# `org:memberOf` are derived, so they appear in the inferred graph only.

# %%
WHERE_QUERY = """
PREFIX sam: <https://w3id.org/samverkan/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?property ?kind (COUNT(*) AS ?triples) WHERE {
  VALUES ?property { sam:cooperatesWith org:memberOf org:member sam:funder sam:sector
                     sam:county }
  GRAPH ?g { ?s ?property ?o }
  OPTIONAL { ?g a ?doc . FILTER(?doc = sam:SourceDocument) }
  BIND(IF(BOUND(?doc), "document",
       IF(?g = <https://w3id.org/samverkan/graph/inferred>, "inferred",
       IF(?g = <https://w3id.org/samverkan/graph/reference>, "reference", "ontology"))) AS ?kind)
}
GROUP BY ?property ?kind ORDER BY ?property ?kind
"""
where = run_query(store, WHERE_QUERY, labels=False)
table = where.pivot_table(
    index="property", columns="kind", values="triples", aggfunc="sum", fill_value=0
)
display(table.rename(index=short))

# %%


def triples(prop: str, kind: str) -> int:
    return int(table.loc[prop, kind]) if kind in table.columns and prop in table.index else 0


COOP = SAM + "cooperatesWith"
assert triples(COOP, "inferred") > 0 and triples(COOP, "document") == 0
assert triples(ORG + "memberOf", "inferred") > 0 and triples(ORG + "memberOf", "document") == 0
assert triples(ORG + "member", "document") > 0  # memberships are stated, with evidence
assert triples(SAM + "county", "reference") >= 290  # every municipality lies in a county
assert triples(SAM + "sector", "document") == 0  # sectors follow from classes

# %% [markdown]
# One fact of each kind about Lund's socialförvaltningen: its type and municipality are
# *stated* by document 000, its sector (municipal) is *inferred* from its class
# (`sam:Department`), and that Lund lies in Skåne is *background* from the reference data.

# %%
FACTS_QUERY = """
PREFIX sam: <https://w3id.org/samverkan/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?unit ?subject ?property ?object ?g WHERE {
  VALUES ?property { rdf:type org:unitOf sam:sector sam:county sam:cooperatesWith }
  {
    GRAPH ?g { ?unit ?property ?object } BIND(?unit AS ?subject)
  } UNION {
    ?unit org:unitOf ?m . GRAPH ?g { ?m ?property ?object } BIND(?m AS ?subject)
    FILTER(?property = sam:county)
  }
}
ORDER BY ?g ?property ?object
"""
facts = run_query(store, FACTS_QUERY, {"unit": SOCIAL})
display(
    facts.assign(
        property=facts["property"].map(short),
        object=facts["objectLabel"].fillna(facts["object"].map(short)),
        graph=facts["g"].map(short),
    )[["subjectLabel", "property", "object", "graph"]]
)

# %%
graphs_of = facts.groupby("property")["g"].agg(set)
assert str(document_iri("000_1c1bf7a317be8ad1")) in graphs_of[ORG + "unitOf"]
assert graphs_of[SAM + "sector"] == {str(INFERRED_GRAPH)}
assert graphs_of[SAM + "county"] == {str(REFERENCE_GRAPH)}
assert iri("lan/12") in set(facts.loc[facts["property"] == SAM + "county", "object"])
# socialförvaltningen cooperates with the department the post sits in: derived from the
# co-funding, and found only in the inferred graph.
coop = facts[facts["property"] == SAM + "cooperatesWith"]
assert CULTURE in set(coop["object"]) and set(coop["g"]) == {str(INFERRED_GRAPH)}

# %% [markdown]
# ## Summary
#
# - The graph holds five document graphs, the ontology, reference data and an inferred graph;
#   every document backs its facts with quotes.
# - A relation such as the co-funding of Lund's inclusion coordinator by socialförvaltningen
#   is a node of its own, and leads back to the words "samfinansierad med
#   socialförvaltningen" at known offsets in document 000.
# - Library queries answer common questions (funding, posts, cross-municipal collaboration,
#   cooperation); any SPARQL text runs the same way, with bound parameters.
# - Cooperation and membership links are derived by the reasoner and live in the inferred
#   graph; county membership is background; neither is ever claimed to come from a document.
