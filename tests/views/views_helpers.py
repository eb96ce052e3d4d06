"""Hand-made graphs that follow the projection contract, and browser helpers.

The graphs carry Swedish labels (å, ä, ö) and hostile strings planted in every field a page
shows: a label, an English label, a municipality, a sector label, a document name and an
evidence quote.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from samverkan.views.pagebench import CHROMIUM as CHROMIUM
from samverkan.views.pagebench import CHROMIUM_ARGS as CHROMIUM_ARGS

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
DOCS_IMG = Path(__file__).resolve().parent.parent.parent / "docs" / "img"

ID = "https://w3id.org/samverkan/id/"
HOSTILE_IMG = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_HREF = '<a href="javascript:window.__pwned=1">klicka</a>'
HOSTILE_NODE = ID + "hostile"


def _actor(
    G: nx.Graph,
    key: str,
    label: str,
    type_: str,
    sector: str,
    municipality: str = "",
    code: str = "",
    docs: tuple[str, ...] = ("000_lund",),
    **extra: Any,
) -> str:
    iri = ID + key
    sector_labels = {
        "kommunal": "Kommunal",
        "statlig": "Statlig",
        "eu": "EU",
        "civilsamhalle": "Civilsamhälle",
        "kommunalt-bolag": "Kommunalt bolag",
        "samverkan": "Samverkan",
    }
    G.add_node(
        iri,
        label=label,
        label_en=extra.pop("label_en", label),
        type=type_,
        sector=sector,
        sector_label=extra.pop("sector_label", sector_labels[sector]),
        municipality=municipality,
        municipality_code=code,
        municipality_codes=extra.pop("municipality_codes", [code] if code else []),
        documents=list(docs),
        iri=iri,
        holder=extra.pop("holder", ""),
        **extra,
    )
    return iri


def _tie(
    G: nx.Graph, u: str, v: str, kinds: list[str], quote: str, doc: str = "000_lund", **extra: Any
) -> None:
    G.add_edge(
        u,
        v,
        kinds=kinds,
        weight=len(kinds),
        documents=[doc],
        evidence=[{"document": doc, "quote": quote}],
        **extra,
    )


def collaboration_graph() -> nx.Graph:
    """An actor collaboration network with å/ä/ö labels and one hostile actor."""
    G = nx.Graph()
    lund = _actor(
        G,
        "kommun/1281",
        "Lunds kommun",
        "Municipality",
        "kommunal",
        "Lunds kommun",
        "1281",
        label_en="Lund Municipality",
    )
    malmo = _actor(
        G,
        "kommun/1280",
        "Malmö stad",
        "Municipality",
        "kommunal",
        "Malmö stad",
        "1280",
        label_en="City of Malmö",
    )
    soder = _actor(
        G,
        "kommun/2182",
        "Söderhamns kommun",
        "Municipality",
        "kommunal",
        "Söderhamns kommun",
        "2182",
        docs=("003_soderhamn",),
    )
    kultur = _actor(
        G,
        "lund/kultur",
        "Kultur- och fritidsförvaltningen",
        "Department",
        "kommunal",
        "Lunds kommun",
        "1281",
    )
    post = _actor(
        G,
        "lund/inkluderingskoordinator",
        "Inkluderingskoordinator",
        "CoordinatorPost",
        "kommunal",
        "Lunds kommun",
        "1281",
    )
    natverk = _actor(
        G,
        "soderhamn/natverket",
        "Nätverket för integration i Söderhamn",
        "Network",
        "samverkan",
        "Söderhamns kommun",
        "2182",
        docs=("003_soderhamn",),
    )
    forening = _actor(
        G,
        "forening/vanner",
        "Vänföreningen Älvåker",
        "CivilSocietyGroup",
        "civilsamhalle",
        "Söderhamns kommun",
        "2182",
        docs=("003_soderhamn",),
    )
    lst = _actor(
        G, "lansstyrelse/12", "Länsstyrelsen i Skåne län", "CountyAdministrativeBoard", "statlig"
    )
    esf = _actor(G, "esf", "Europeiska socialfonden", "EUFund", "eu")
    mimer = _actor(
        G,
        "vasteras/mimer",
        "Bostads AB Mimer",
        "MunicipalCompany",
        "kommunalt-bolag",
        "Västerås stad",
        "1980",
        docs=("004_vasteras",),
    )
    vasteras = _actor(
        G,
        "kommun/1980",
        "Västerås stad",
        "Municipality",
        "kommunal",
        "Västerås stad",
        "1980",
        docs=("004_vasteras",),
    )
    projekt = _actor(
        G,
        "projekt/aterstart",
        "Projekt Återstart",
        "Project",
        "samverkan",
        "",
        "",
        docs=("001_esf",),
    )
    hostile = _actor(
        G,
        "hostile",
        HOSTILE_IMG,
        "CivilSocietyGroup",
        "civilsamhalle",
        "Malmö stad",
        "1280",
        docs=(HOSTILE_SCRIPT,),
        label_en=HOSTILE_SCRIPT,
        sector_label=HOSTILE_HREF,
    )
    assert hostile == HOSTILE_NODE
    _tie(G, kultur, lund, ["hosting"], "kultur- och fritidsförvaltningen i Lunds kommun")
    _tie(G, post, kultur, ["hosting"], "inkluderingskoordinatorn är placerad på förvaltningen")
    _tie(G, lst, post, ["co-funding"], "tjänsten medfinansieras av Länsstyrelsen")
    _tie(G, natverk, soder, ["membership"], "kommunen ingår i nätverket", "003_soderhamn")
    _tie(
        G,
        forening,
        natverk,
        ["membership", "partnership"],
        "föreningar i nätverket",
        "003_soderhamn",
    )
    _tie(G, forening, soder, ["co-membership"], "samverkar i nätverket", "003_soderhamn")
    _tie(G, esf, projekt, ["funding"], "finansieras av Europeiska socialfonden", "001_esf")
    _tie(G, projekt, lund, ["membership"], "tre kommuner deltar", "001_esf")
    _tie(G, projekt, malmo, ["membership"], "tre kommuner deltar", "001_esf")
    _tie(G, projekt, vasteras, ["membership"], "tre kommuner deltar", "001_esf")
    _tie(
        G,
        mimer,
        vasteras,
        ["hosting", "co-membership"],
        "Mimer, Västerås bostadsbolag",
        "004_vasteras",
    )
    _tie(G, hostile, malmo, ["membership"], HOSTILE_SCRIPT + " " + HOSTILE_IMG, HOSTILE_SCRIPT)
    return G


def funding_graph() -> nx.DiGraph:
    """A funding digraph (funder -> funded) with scheme and period on each edge."""
    C = collaboration_graph()
    D = nx.DiGraph()
    for u, v, scheme, start, end in [
        (ID + "lansstyrelse/12", ID + "lund/inkluderingskoordinator", "§37a-medel", "2016", ""),
        (ID + "esf", ID + "projekt/aterstart", "ESF", "2017-01", "2019-12"),
        (ID + "kommun/1281", ID + "projekt/aterstart", "kommunal medfinansiering", "2017", ""),
        (ID + "kommun/1280", HOSTILE_NODE, HOSTILE_IMG, "2018", "2019"),
    ]:
        D.add_node(u, **C.nodes[u])
        D.add_node(v, **C.nodes[v])
        D.add_edge(
            u,
            v,
            kinds=["funding"],
            weight=1,
            scheme=scheme,
            start=start,
            end=end,
            documents=["001_esf"],
            evidence=[{"document": "001_esf", "quote": f"{scheme} för åren"}],
        )
    return D


def bipartite_graph() -> nx.Graph:
    """Actors and the initiatives they take part in (``bipartite`` 0 = actor, 1 = initiative)."""
    C = collaboration_graph()
    B = nx.Graph()
    initiatives = [ID + "projekt/aterstart", ID + "soderhamn/natverket"]
    for i in initiatives:
        B.add_node(i, **C.nodes[i], bipartite=1)
    for i in initiatives:
        for actor in C.neighbors(i):
            if actor not in initiatives:
                B.add_node(actor, **C.nodes[actor], bipartite=0)
                B.add_edge(actor, i, **C.edges[actor, i])
    return B


def snapshots() -> dict[int, nx.Graph]:
    """The collaboration network year by year: it grows from 2016 to 2019."""
    C = collaboration_graph()
    edges = sorted(C.edges, key=repr)
    return {
        2016: C.edge_subgraph(edges[:3]).copy(),
        2017: C.edge_subgraph(edges[:7]).copy(),
        2018: C.edge_subgraph(edges[:10]).copy(),
        2019: C.copy(),
    }


@dataclass
class Visit:
    """One page opened in the browser, with everything it requested and logged."""

    page: Any
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def eval(self, script: str, arg: Any = None) -> Any:
        """Evaluate a function expression (the page's CSP forbids eval of plain strings)."""
        return self.page.evaluate(script, arg)

    def assert_clean(self) -> None:
        foreign = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert foreign == [], f"requests left the page: {foreign}"
        bad = [(t, m) for t, m in self.console if t in ("error", "warning")]
        assert bad == [], f"console errors: {bad}"
        assert self.errors == [], f"page errors: {self.errors}"
        assert self.eval("() => window.__pwned") is None


def screenshot(v: Visit, name: str, *, docs: bool = False) -> Path:
    """Save a screenshot under tests/artifacts/ (and docs/img/ when asked and
    ``SAMVERKAN_UPDATE_DOCS_IMG=1``, so a test run does not dirty the checkout)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    v.page.screenshot(path=str(path))
    if docs and os.environ.get("SAMVERKAN_UPDATE_DOCS_IMG") == "1":
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_IMG / f"{name}.png")
    return path
