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
# # 2. Collaboration patterns: five models side by side
#
# **Question.** The five documents describe five ways of organising collaboration on the
# reception and inclusion of newcomers. How do they differ as networks: what is their
# structure, who are the brokers, and how much of the collaboration crosses sector lines?
#
# | case | document | model of collaboration |
# |---|---|---|
# | Lund A | 000 | a **coordinator post** bridging departments and civil society |
# | Lund B | 001 | an **action plan** with cross-departmental working groups |
# | LIS | 002 | an **ESF project** across three municipalities |
# | Söderhamn | 003 | an **internal network** across departments and municipal companies |
# | Ekerö | 004 | an **umbrella network** of associations, volunteers and networks |
#
# For each document we take the collaboration network that the document alone states
# (`samverkan.network.collaboration(store, document=...)`): nodes are actors
# (municipalities, departments, posts, companies, civil-society groups, funders) and the
# collaborations themselves; an edge is a derived `sam:cooperatesWith`, explained by the
# facts behind it (membership, co-membership, funding, hosting, co-funding). Then we compare
# them with the measures of `samverkan.network`: centrality and Burt's constraint, Gould and
# Fernandez's brokerage roles, and Krackhardt and Stern's E-I index of cross-sector ties.
#
# Every finding is checked with an `assert` written from reading the documents.

# %%
import os
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from IPython.display import display

from samverkan import network as sn
from samverkan import views
from samverkan.build import build
from samverkan.paths import default_corpus
from samverkan.query import run_query
from samverkan.store import TRIG_NAME, open_store

pd.set_option("display.max_colwidth", 60)
pd.set_option("display.width", 160)

OUT = Path(os.environ.get("SAMVERKAN_OUT", "../out")).resolve()
if not (OUT / TRIG_NAME).is_file():
    print(f"no build in {OUT}: building it")
    build(None, default_corpus(), OUT)
store = open_store(OUT)

CASES = {
    "Lund A: coordinator post": "000_1c1bf7a317be8ad1",
    "Lund B: action plan": "001_897b9f3742f7adc5",
    "LIS: ESF project": "002_fd765e7f231a0a5d",
    "Söderhamn: internal network": "003_db4b1ce949ee5551",
    "Ekerö: umbrella network": "004_5f6dc90bef4f063d",
}
ID = "https://w3id.org/samverkan/id/"

# Sector colours as in the interactive views (Okabe-Ito, safe for colour blindness).
SECTOR_COLOURS = {key: views.sector_style(key)["color"] for key in [*views.SECTORS, ""]}

# %% [markdown]
# ## Posts act in collaborations, people hold posts
#
# A coordinator takes part in a collaboration through the post: the modelling guide makes
# the *post* the member (a person acts through the post they hold, `org:heldBy`), and
# people are not nodes of the collaboration network. Oliwer Karlsson's inclusion-coordinator
# post coordinates Lund's collaboration with associational life ("Min roll är att vara
# spindeln i nätet"), and Karin Olsson, integration coordinator, leads Söderhamn's
# integration network.
#
# Where a document graph makes the *person* the member instead, the projection would lose
# the tie. As a safety net we find such memberships with a query and attribute them to the
# post the person holds, marking the edge (`kinds = ["membership (holder)"]`) so the reader
# can tell it from a stated one.

# %%
HOLDER_ROLES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sam: <https://w3id.org/samverkan/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?document ?post ?person ?collaboration ?role ?quote WHERE {
  ?document a sam:SourceDocument .
  GRAPH ?document {
    ?membership org:member ?person ; org:organization ?collaboration .
    OPTIONAL { ?membership org:role ?role }
    OPTIONAL { ?membership sam:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote }
  }
  ?post org:heldBy ?person .
}
ORDER BY ?document ?post ?quote
"""
holder_roles = run_query(store, HOLDER_ROLES)
# (An empty answer has no label columns, hence reindex.)
display(
    holder_roles.reindex(
        columns=["document", "postLabel", "personLabel", "collaborationLabel", "roleLabel"]
    )
)


def key(iri: str) -> str:
    """The node key the projections use: the IRI relative to the id namespace."""
    return iri.removeprefix(ID)


def with_holder_roles(G: nx.Graph, stem: str | None = None) -> nx.Graph:
    """A copy of ``G`` with an edge post -- collaboration for each role its holder has.

    Only the roles that document ``stem`` states, or those of every document if None.
    """
    H = G.copy()
    rows = holder_roles
    if stem is not None:
        rows = rows[rows["document"].str.endswith(stem)]
    for row in rows.itertuples():
        post, collaboration = key(row.post), key(row.collaboration)
        if post in H and collaboration in H and not H.has_edge(post, collaboration):
            H.add_edge(
                post,
                collaboration,
                kinds=["membership (holder)"],
                weight=1,
                documents=[key(row.document).removeprefix("dokument/")],
                evidence=[
                    {"document": key(row.document).removeprefix("dokument/"), "quote": row.quote}
                ]
                if isinstance(row.quote, str)
                else [],
            )
    return H


# %%
networks = {
    case: with_holder_roles(sn.collaboration(store, document=stem), stem)
    for case, stem in CASES.items()
}

# %% [markdown]
# ## Structure at a glance
#
# Size, density and components of each case; how many sectors take part; and two E-I
# indices by sector, from -1 (all ties within a sector) to +1 (all ties across sectors):
# one on the whole network, where a tie to a collaboration counts as crossing into the
# "samverkan" sector, and one on the ties **between actors only** (collaboration nodes
# left out), which is the cross-sector measure proper.

# %%


def actors_only(G: nx.Graph) -> nx.Graph:
    """The subgraph without collaboration nodes (sector "samverkan")."""
    return G.subgraph(n for n, s in G.nodes(data="sector") if s != "samverkan").copy()


def cross_sector_ties(G: nx.Graph) -> int:
    sector = dict(G.nodes(data="sector"))
    return sum(1 for u, v in G.edges if sector[u] and sector[v] and sector[u] != sector[v])


rows = []
for case, G in networks.items():
    A = actors_only(G)
    table = sn.measure_table(G)
    top = table.index[0]
    rows.append(
        {
            "case": case,
            "nodes": G.number_of_nodes(),
            "ties": G.number_of_edges(),
            "density": round(nx.density(G), 3),
            "components": nx.number_connected_components(G),
            "sectors": len({s for _, s in G.nodes(data="sector") if s and s != "samverkan"}),
            "municipalities": len({c for _, c in G.nodes(data="municipality_code") if c}),
            "E-I (all)": round(sn.ei_index(G, "sector"), 2),
            "E-I (actors)": round(sn.ei_index(A, "sector"), 2),
            "cross-sector actor ties": cross_sector_ties(A),
            "top broker": G.nodes[top]["label"],
        }
    )
overview = pd.DataFrame(rows).set_index("case")
display(overview)

# %% [markdown]
# ## Case by case
#
# For each case: the measure table of `samverkan.network.measure_table` (top rows, with the
# names of the measures the views and the index show: `samverkan.views.readable`), the
# text summary of its brokers with the facts behind their position
# (`samverkan.network.summary`), and the checks taken from the document.

# %%
COLUMNS = [
    "label",
    "sector",
    "degree",
    "betweenness",
    "constraint",
    "brokerage",
    "coordinator",
    "itinerant",
    "representative",
    "gatekeeper",
    "liaison",
    "ei_index",
]
tables = {case: sn.measure_table(G) for case, G in networks.items()}
# the views' names, not the keys: "Betweenness", "Gatekeeper", "E-I index"
assert {"Betweenness", "Gatekeeper", "E-I index"} <= set(
    views.readable(next(iter(tables.values()))[COLUMNS]).columns
)

# %% [markdown]
# ### Lund A (000): a coordinator post between departments and civil society
#
# "Inkluderingskoordinatorn är anställd på kultur- och fritidsförvaltningen men är
# samfinansierad med socialförvaltningen", and its holder is "spindeln i nätet" in the
# collaboration between the municipality and associational life, funded first by
# Länsstyrelsen Skåne's development funds.

# %%
case = "Lund A: coordinator post"
G = networks[case]
display(views.readable(tables[case][COLUMNS].head(8)))
print(sn.summary(G, top=3, table=tables[case]))

# %%
POST = "kommun/1281/tjanst/inkluderingskoordinator"
CULTURE = "kommun/1281/kultur-och-fritidsforvaltningen"
SOCIAL = "kommun/1281/socialforvaltningen"
CIVIL = "kommun/1281/grupp/foreningslivet"
# The post sits in one department and is co-funded by the other.
assert "hosting" in G.edges[POST, CULTURE]["kinds"]
assert "funding" in G.edges[POST, SOCIAL]["kinds"]
assert "co-funding" in G.edges[CULTURE, SOCIAL]["kinds"]
funding = sn.funding(store, document=CASES[case])
assert funding.has_edge(SOCIAL, POST), "socialförvaltningen funds the post"
assert "samfinansiering" in funding.edges[SOCIAL, POST]["scheme"]
assert funding.has_edge("lansstyrelse/12", "kommun/1281"), "Länsstyrelsen Skåne funds Lund"
# The post coordinates the collaboration with associational life ...
assert G.has_edge(POST, "initiativ/lund-samverkan-foreningslivet")
# ... so every path from the two departments to associational life runs through the post.
assert nx.has_path(G, SOCIAL, CIVIL)
assert POST in nx.articulation_points(G)
assert tables[case].loc[POST, "betweenness"] > 0

# %% [markdown]
# ### Lund B (001): an action plan with cross-departmental working groups
#
# "Utifrån behovsanalysen startades kommunövergripande arbetsgrupper" on five questions
# (housing, labour market, education, communication, funding), and "den centrala
# förvaltningen, kommunkontoret, har ett samordnande uppdrag".

# %%
case = "Lund B: action plan"
G = networks[case]
display(views.readable(tables[case][COLUMNS].head(8)))
print(sn.summary(G, top=3, table=tables[case]))

# %%
KOMMUNKONTORET = "kommun/1281/kommunkontoret"
groups = [n for n, t in G.nodes(data="type") if t == "WorkingGroup"]
assert len(groups) == 5, groups
for group in groups:
    assert G.has_edge(KOMMUNKONTORET, group), f"kommunkontoret coordinates {group}"
    assert G.has_edge("kommun/1281", group)
# Kommunkontoret brokers between the working groups: each pair of groups is an open
# two-path through it. The groups share a sector ("samverkan") that is not kommunkontoret's
# own (municipal), so Gould and Fernandez call the role itinerant.
assert tables[case].loc[KOMMUNKONTORET, "brokerage"] >= 10  # C(5, 2) pairs of groups
assert tables[case].loc[KOMMUNKONTORET, "itinerant"] >= 10
# The municipality's collaboration with associational life appears here too.
assert G.has_edge("kommun/1281", "kommun/1281/grupp/foreningslivet")

# %% [markdown]
# ### LIS (002): an ESF project across three municipalities
#
# "Projektet Lyckad integration i Skåne (LIS) har drivits tillsammans med Lomma och
# Staffanstorps kommuner", with "medel från Europeiska Socialfonden".

# %%
case = "LIS: ESF project"
G = networks[case]
display(views.readable(tables[case][COLUMNS].head(8)))
print(sn.summary(G, top=3, table=tables[case]))

# %%
LIS_MUNICIPALITIES = ["kommun/1231", "kommun/1262", "kommun/1230"]  # Burlöv, Lomma, Staffanstorp
ESF = "org/europeiska-socialfonden"
# The three municipalities cooperate pairwise, as co-members of the project ...
for i, a in enumerate(LIS_MUNICIPALITIES):
    for b in LIS_MUNICIPALITIES[i + 1 :]:
        assert "co-membership" in G.edges[a, b]["kinds"], (a, b)
    assert G.has_edge(a, "initiativ/lis")
    # ... and each receives ESF funds.
    assert "funding" in G.edges[a, ESF]["kinds"]
assert G.nodes[ESF]["sector"] == "eu"
assert overview.loc[case, "municipalities"] == 3

# %% [markdown]
# ### Söderhamn (003): an internal network across departments and municipal companies
#
# "Karin Olsson, integrationssamordnare i Söderhamns kommun, leder integrationsnätverket som
# förgrenar sig ut i alla kommunala förvaltningar samt Söderhamns Nära och Faxeholmen." The
# text also looks at Västerås ("ett gott exempel från Västerås"), without any tie between
# the two municipalities.

# %%
case = "Söderhamn: internal network"
G = networks[case]
display(views.readable(tables[case][COLUMNS].head(8)))
print(sn.summary(G, top=3, table=tables[case]))

# %%
NETWORK = "initiativ/soderhamn-integrationsnatverk"
members = set(G[NETWORK])
companies = {n for n in members if G.nodes[n]["type"] == "MunicipalCompany"}
assert companies == {"kommun/2182/bolag/faxeholmen", "kommun/2182/bolag/soderhamn-nara"}
assert "kommun/2182/kultur-och-samhallsserviceforvaltningen" in members
# The network is led by the integration coordinator (held by Karin Olsson).
assert G.has_edge("kommun/2182/tjanst/integrationssamordnare", NETWORK)
# Cross-sector here means municipal administration <-> municipal companies.
A = actors_only(G)
assert {frozenset((A.nodes[u]["sector"], A.nodes[v]["sector"])) for u, v in A.edges} >= {
    frozenset(("kommunal", "kommunalt-bolag"))
}
# Västerås is an example looked at, not a partner.
assert not nx.has_path(G, "kommun/2182", "kommun/1980")

# %% [markdown]
# ### Ekerö (004): an umbrella network of associations, volunteers and networks
#
# "Genom Öar utan gränser samverkar föreningar, volontärer och nätverk", started with
# "paragraf 37a-medel från länsstyrelsen" and since 2017 funded by the municipality.

# %%
case = "Ekerö: umbrella network"
G = networks[case]
display(views.readable(tables[case][COLUMNS].head(8)))
print(sn.summary(G, top=3, table=tables[case]))

# %%
UMBRELLA = "initiativ/oar-utan-granser"
EKERO = "kommun/0125"
civil = {n for n, s in G.nodes(data="sector") if s == "civilsamhalle"}
assert {
    "kommun/0125/grupp/foreningar",
    "kommun/0125/grupp/volontarer",
    "kommun/0125/grupp/natverk",
} <= civil
for group in ("foreningar", "volontarer", "natverk"):
    assert G.has_edge(UMBRELLA, f"kommun/0125/grupp/{group}")
assert G.has_edge(UMBRELLA, EKERO)
# Ekerö kommun is the main broker, and a liaison: it mediates between the county board
# (state) and civil society, groups it does not belong to.
assert tables[case].index[0] == EKERO
assert tables[case].loc[EKERO, "liaison"] > 0
assert G.has_edge(EKERO, "lansstyrelse/01")

# %% [markdown]
# ## Comparing the five models
#
# The umbrella network of Ekerö is the only case with several civil-society actors, and the
# one with the most ties between civil society and the municipality ("Där möts
# civilsamhälle och kommun"). The LIS project and the Söderhamn network involve no civil
# society at all: LIS joins three municipalities and an EU fund, Söderhamn the
# administration and its own companies.
#
# The E-I index between actors tells another part of the story: in every case most ties
# between actors stay within a sector (E-I at or below zero), because each model also
# binds units of the same municipality together (Ekerö's groups are co-members of one
# another; Lund's departments share a post). Crossing sectors is done by few ties, which is
# what makes the brokers above matter.

# %%


def civil_society_ties(G: nx.Graph) -> int:
    """Ties between a civil-society actor and an actor of another sector."""
    sector = dict(G.nodes(data="sector"))
    return sum(
        1
        for u, v in actors_only(G).edges
        if (sector[u] == "civilsamhalle") != (sector[v] == "civilsamhalle")
    )


comparison = pd.DataFrame(
    {
        "civil-society actors": {
            case: sum(1 for _, s in G.nodes(data="sector") if s == "civilsamhalle")
            for case, G in networks.items()
        },
        "civil-society ties": {case: civil_society_ties(G) for case, G in networks.items()},
        "E-I (actors)": overview["E-I (actors)"],
    }
)
display(comparison)

# %%
civil = comparison["civil-society actors"]
assert civil.idxmax() == "Ekerö: umbrella network" and civil.max() >= 3
assert comparison["civil-society ties"].idxmax() == "Ekerö: umbrella network"
assert civil["LIS: ESF project"] == 0
assert civil["Söderhamn: internal network"] == 0
assert civil["Lund A: coordinator post"] >= 1  # associational life in Lund
assert comparison["E-I (actors)"].between(-1, 1).all()
# The three municipalities of LIS make it the only cross-municipal case.
assert overview["municipalities"].idxmax() == "LIS: ESF project"

# %% [markdown]
# ### Plots
#
# The five networks side by side (colour = sector, size = degree; the same seed gives the
# same layout), and the sector composition and E-I index of each.

# %%
fig, axes = plt.subplots(1, 5, figsize=(22, 5))
for ax, (case, G) in zip(axes, networks.items(), strict=True):
    pos = nx.spring_layout(G, seed=7, k=0.9)
    colours = [SECTOR_COLOURS.get(s, "#AAAAAA") for _, s in G.nodes(data="sector")]
    sizes = [120 + 90 * d for _, d in G.degree()]
    nx.draw_networkx_edges(G, pos, ax=ax, alpha=0.4)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_color=colours, node_size=sizes)
    top = tables[case].index[:3]
    nx.draw_networkx_labels(
        G, pos, labels={n: G.nodes[n]["label"][:28] for n in top}, ax=ax, font_size=8
    )
    ax.set_title(case, fontsize=11)
    ax.axis("off")
handles = [
    plt.Line2D([], [], marker="o", linestyle="", color=c, label=s or "okänd")
    for s, c in SECTOR_COLOURS.items()
]
fig.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False)
fig.tight_layout(rect=(0, 0.06, 1, 1))
plt.show()

# %%
composition = (
    pd.DataFrame(
        {
            case: pd.Series([s or "okänd" for _, s in G.nodes(data="sector")]).value_counts()
            for case, G in networks.items()
        }
    )
    .fillna(0)
    .T
)
fig, (left, right) = plt.subplots(1, 2, figsize=(14, 4.5))
composition.plot.barh(
    stacked=True,
    ax=left,
    color=[SECTOR_COLOURS.get("" if s == "okänd" else s, "#AAAAAA") for s in composition],
)
left.set_xlabel("nodes")
left.set_title("Who takes part: nodes by sector")
left.invert_yaxis()
left.legend(ncol=4, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.15), frameon=False)
overview[["E-I (all)", "E-I (actors)"]].plot.barh(ax=right, color=["#BBBBBB", "#009E73"])
right.axvline(0, color="black", linewidth=0.8)
right.set_xlim(-1, 1)
right.set_title("E-I index by sector (Krackhardt & Stern 1988)")
right.invert_yaxis()
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Brokers across the whole graph
#
# Taken together, the five documents form one network (Lund's two documents share the
# municipality, the inclusion coordinator and associational life). Which actors broker the
# most pairs, and in which roles?

# %%
whole = with_holder_roles(sn.collaboration(store))
whole_table = sn.measure_table(whole)
display(views.readable(whole_table[COLUMNS].head(10)))

# %%
# The inclusion coordinator is one node across documents 000 and 001.
assert set(whole.nodes[POST]["documents"]) == {
    CASES["Lund A: coordinator post"],
    CASES["Lund B: action plan"],
}
# The municipalities at the centre of their own models broker the most pairs.
top_brokers = set(whole_table.sort_values("brokerage", ascending=False).index[:4])
assert {"kommun/1281", "kommun/0125"} <= top_brokers

# %% [markdown]
# ## An interactive view
#
# The Ekerö umbrella network as an interactive diagram (`samverkan.views.display`): colour by
# sector, size by betweenness, and tooltips with the measures and the quotes behind each tie.
# It runs inside the notebook, with no server and no network access.

# %%
case = "Ekerö: umbrella network"
measures = tables[case][["degree", "betweenness", "constraint", "brokerage", "ei_index"]]
views.display(networks[case], title=case, size_by="betweenness", measures=measures, height=560)

# %% [markdown]
# ## Summary
#
# - **Lund A** is a chain: two departments share a post (placement and co-funding), and the
#   post coordinates the collaboration with associational life. The post is the cut point
#   between the departments and civil society.
# - **Lund B** is a star of five working groups around the municipality and its central
#   administration, which brokers every pair of groups.
# - **LIS** is a triangle of three municipalities around one project and one EU funder: the
#   only cross-municipal case, and almost entirely within the municipal sector.
# - **Söderhamn** is one network joining the administration and two municipal companies,
#   led by the integration coordinator; Västerås is looked at, not joined.
# - **Ekerö** is an umbrella of civil-society groups with the municipality as the liaison to
#   the county board: the case with the most civil-society actors and the most ties between
#   civil society and the municipality.
# - In every case most ties between actors stay within a sector; the few that cross are
#   carried by the brokers named above.
