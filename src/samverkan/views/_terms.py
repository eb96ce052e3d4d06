"""Names and meanings of the network measures and the bases of a tie, in Swedish and English.

One table for the views, the index and the resource pages, keyed by the column names of
:func:`samverkan.network.measure_table`, so that no raw key (``articulation_point``,
``gatekeeper``) reaches a reader.

Examples
--------
>>> MEASURES["betweenness"].sv, MEASURES["betweenness"].en
('Mellanhet', 'Betweenness')
>>> BASES["co-member"].en
'both members of'
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["BASES", "INTERFACE_EN", "MEASURES", "Term"]


class Term(NamedTuple):
    """A name and its meaning, in Swedish and English."""

    sv: str
    en: str
    sv_meaning: str = ""
    en_meaning: str = ""


#: Every column of :func:`samverkan.network.measure_table` that is a measure.
MEASURES: dict[str, Term] = {
    "degree": Term("Grad", "Degree", "antal band", "number of ties"),
    "weighted_degree": Term(
        "Viktad grad", "Weighted degree", "summan av bandens styrka", "sum of tie strengths"
    ),
    "in_degree": Term("Ingrad", "In-degree", "antal inkommande band", "number of incoming ties"),
    "out_degree": Term("Utgrad", "Out-degree", "antal utgående band", "number of outgoing ties"),
    "betweenness": Term(
        "Mellanhet",
        "Betweenness",
        "andel av de kortaste vägarna mellan andra aktörer som går genom aktören (Freeman 1977)",
        "share of the shortest paths between other actors that pass through it (Freeman 1977)",
    ),
    "closeness": Term(
        "Närhet",
        "Closeness",
        "hur nära aktören i genomsnitt ligger alla den kan nå (Freeman 1979)",
        "how close it lies on average to all it can reach (Freeman 1979)",
    ),
    "eigenvector": Term(
        "Egenvektor",
        "Eigenvector",
        "band till aktörer som själva har många band (Bonacich 1987)",
        "ties to actors that are themselves well tied (Bonacich 1987)",
    ),
    "constraint": Term(
        "Begränsning (Burt)",
        "Constraint (Burt)",
        "låg när kontakterna inte är knutna till varandra (Burt 1992)",
        "low when its contacts are not tied to each other (Burt 1992)",
    ),
    "effective_size": Term(
        "Effektiv storlek",
        "Effective size",
        "antal icke-redundanta kontakter (Burt 1992)",
        "number of non-redundant contacts (Burt 1992)",
    ),
    "coordinator": Term(
        "Koordinator",
        "Coordinator",
        "förmedlar mellan två i den egna sektorn (Gould & Fernandez 1989)",
        "brokers between two of its own sector (Gould & Fernandez 1989)",
    ),
    "itinerant": Term(
        "Resande mäklare",
        "Itinerant broker",
        "förmedlar mellan två i en annan sektor (Gould & Fernandez 1989)",
        "brokers between two of another sector (Gould & Fernandez 1989)",
    ),
    "representative": Term(
        "Representant",
        "Representative",
        "för den egna sektorn ut till en annan (Gould & Fernandez 1989)",
        "carries its own sector out to another (Gould & Fernandez 1989)",
    ),
    "gatekeeper": Term(
        "Grindvakt",
        "Gatekeeper",
        "släpper in en annan sektor till den egna (Gould & Fernandez 1989)",
        "lets another sector into its own (Gould & Fernandez 1989)",
    ),
    "liaison": Term(
        "Länk",
        "Liaison",
        "förmedlar mellan två andra sektorer (Gould & Fernandez 1989)",
        "brokers between two other sectors (Gould & Fernandez 1989)",
    ),
    "brokerage": Term(
        "Mäkling",
        "Brokerage",
        "antal förmedlade par, alla roller (Gould & Fernandez 1989)",
        "pairs brokered, all roles (Gould & Fernandez 1989)",
    ),
    "ei_index": Term(
        "E-I-index",
        "E-I index",
        "(externa − interna band) / alla band, efter sektor (Krackhardt & Stern 1988)",
        "(external − internal ties) / all ties, by sector (Krackhardt & Stern 1988)",
    ),
    "community": Term(
        "Gemenskap",
        "Community",
        "Louvain-gemenskapen den hör till, uppkallad efter gemenskapens aktör med flest band",
        "its Louvain community, named after the community's member with the most ties",
    ),
    "articulation_point": Term(
        "Ledpunkt",
        "Articulation point",
        "nätverket delas om aktören tas bort",
        "removing it splits the network",
    ),
    "bridges": Term(
        "Broar",
        "Bridges",
        "antal av aktörens band vars borttagande delar nätverket",
        "how many of its ties would split the network if removed",
    ),
    "brokerage_role": Term("Mäklarroll", "Brokerage role"),
}

#: The bases of a derived tie (``?basis`` of the ``cooperation`` query), as a phrase that
#: goes before the node the tie goes through.
BASES: dict[str, Term] = {
    "co-member": Term("båda medlemmar i", "both members of"),
    "member": Term("medlem i", "member of"),
    "funding": Term("finansiering genom", "funding through"),
    "hosting": Term("värdskap för", "hosting of"),
    "co-funded post": Term("samfinansierad tjänst genom", "co-funded post through"),
    "stated": Term("uttryckligen sagt i dokumentet", "stated in the document"),
}


#: English for every Swedish text of the views' interface and tooltips (row names, legend
#: headings, messages): the page's script looks a text up here when the reader switches to
#: English. Names of things come with their own English label instead.
INTERFACE_EN: dict[str, str] = {
    "Engelska": "English name",
    "Typ": "Type",
    "Sektor": "Sector",
    "Kommun": "Municipality",
    "Kommuner": "Municipalities",
    "Innehavare": "Holder",
    "Dokument": "Documents",
    "Relation": "Relation",
    "Varför": "Why",
    "Vikt": "Weight",
    "Medel": "Funds",
    "Belopp": "Amount",
    "Period": "Period",
    "Teckenförklaring": "Legend",
    "Sektor (färg)": "Sector (colour)",
    "Aktörstyp (form)": "Actor type (shape)",
    "Relation (linje)": "Relation (line)",
    "Storlek: ": "Size: ",
    "Ingen träff": "No match",
    " av ": " of ",
    " aktörer visas": " actors shown",
    "aktör, t.ex. Malmö": "actor, e.g. Malmö",
    "ja": "yes",
    "nej": "no",
    "Aktörer": "Actors",
    "Citat": "Quotes",
    "Band inom gruppen": "Ties within the group",
    **{term.sv: term.en for term in MEASURES.values()},
}
