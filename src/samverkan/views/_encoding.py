"""Visual encoding: colour by sector, shape by actor type, line style by relation kind.

Plain data, no imports beyond the standard library, so that the legend, the Python side
and the tests read one table.

Examples
--------
>>> sector_style("kommunal")["color"]
'#0072B2'
>>> type_style("Municipality")["shape"], type_style("Något annat")["shape"]
('square', 'dot')
>>> edge_style(["co-membership", "funding"])["kind"]
'funding'
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "EDGE_KINDS",
    "EDGE_LABELS_EN",
    "FAMILIES",
    "SECTORS",
    "TYPES",
    "edge_style",
    "sector_style",
    "type_style",
]

#: Sector key -> Swedish and English label and colour (Okabe-Ito palette, which people
#: with the common colour-vision deficiencies can tell apart; grey for none).
SECTORS: dict[str, dict[str, str]] = {
    "kommunal": {"label": "Kommunal", "label_en": "Municipal", "color": "#0072B2"},
    "kommunalt-bolag": {
        "label": "Kommunalt bolag",
        "label_en": "Municipal company",
        "color": "#56B4E9",
    },
    "statlig": {"label": "Statlig", "label_en": "State", "color": "#CC79A7"},
    "eu": {"label": "EU", "label_en": "EU", "color": "#E69F00"},
    "civilsamhalle": {"label": "Civilsamhälle", "label_en": "Civil society", "color": "#009E73"},
    "privat": {"label": "Privat", "label_en": "Private", "color": "#F0E442"},
    "samverkan": {"label": "Samverkan", "label_en": "Collaboration", "color": "#D55E00"},
}
_UNKNOWN_SECTOR = {"label": "Ingen sektor", "label_en": "No sector", "color": "#AAAAAA"}

#: Family of actor types -> Swedish and English label, vis-network shape, legend glyph:
#: one distinct shape per family (every shape draws its label under the node).
FAMILIES: dict[str, dict[str, str]] = {
    "municipality": {
        "label": "Kommun",
        "label_en": "Municipality",
        "shape": "square",
        "glyph": "■",
    },
    "unit": {"label": "Kommunal enhet", "label_en": "Municipal unit", "shape": "dot", "glyph": "●"},
    "post": {"label": "Tjänst", "label_en": "Post", "shape": "triangle", "glyph": "▲"},
    "company": {"label": "Bolag", "label_en": "Company", "shape": "triangleDown", "glyph": "▼"},
    "public": {
        "label": "Stat, EU, förbund",
        "label_en": "State, EU, association",
        "shape": "diamond",
        "glyph": "◆",
    },
    "collaboration": {
        "label": "Samarbete, nätverk",
        "label_en": "Collaboration, network",
        "shape": "hexagon",
        "glyph": "⬢",
    },
    "initiative": {
        "label": "Initiativ, projekt",
        "label_en": "Initiative, project",
        "shape": "star",
        "glyph": "★",
    },
    "civil": {"label": "Förening", "label_en": "Association", "shape": "dot", "glyph": "◉"},
    "other": {"label": "Annan typ", "label_en": "Other type", "shape": "dot", "glyph": "○"},
}

#: Actor type -> Swedish and English label and family.
TYPES: dict[str, dict[str, str]] = {
    "Municipality": {"label": "Kommun", "label_en": "Municipality", "family": "municipality"},
    "County": {"label": "Län", "label_en": "County", "family": "municipality"},
    "Department": {"label": "Förvaltning", "label_en": "Department", "family": "unit"},
    "CentralAdministration": {
        "label": "Kommunledning",
        "label_en": "Central administration",
        "family": "unit",
    },
    "MunicipalUnit": {"label": "Kommunal enhet", "label_en": "Municipal unit", "family": "unit"},
    "MunicipalCompany": {
        "label": "Kommunalt bolag",
        "label_en": "Municipal company",
        "family": "company",
    },
    "PrivateCompany": {"label": "Företag", "label_en": "Private company", "family": "company"},
    "CoordinatorPost": {
        "label": "Samordnartjänst",
        "label_en": "Coordinator post",
        "family": "post",
    },
    "Post": {"label": "Tjänst", "label_en": "Post", "family": "post"},
    "CountyAdministrativeBoard": {
        "label": "Länsstyrelse",
        "label_en": "County administrative board",
        "family": "public",
    },
    "EUFund": {"label": "EU-fond", "label_en": "EU fund", "family": "public"},
    "StateAgency": {"label": "Statlig myndighet", "label_en": "State agency", "family": "public"},
    "MunicipalAssociation": {
        "label": "Kommunförbund",
        "label_en": "Municipal association",
        "family": "public",
    },
    "Network": {"label": "Nätverk", "label_en": "Network", "family": "collaboration"},
    "Collaboration": {"label": "Samarbete", "label_en": "Collaboration", "family": "collaboration"},
    "WorkingGroup": {
        "label": "Arbetsgrupp",
        "label_en": "Working group",
        "family": "collaboration",
    },
    "Project": {"label": "Projekt", "label_en": "Project", "family": "initiative"},
    "Initiative": {"label": "Initiativ", "label_en": "Initiative", "family": "initiative"},
    "Plan": {"label": "Plan", "label_en": "Plan", "family": "initiative"},
    "MeetingPlace": {"label": "Mötesplats", "label_en": "Meeting place", "family": "initiative"},
    "Activity": {"label": "Aktivitet", "label_en": "Activity", "family": "initiative"},
    "Training": {"label": "Utbildning", "label_en": "Training", "family": "initiative"},
    "Survey": {"label": "Undersökning", "label_en": "Survey", "family": "initiative"},
    "CollaborationModel": {
        "label": "Samverkansmodell",
        "label_en": "Collaboration model",
        "family": "initiative",
    },
    "CivilSocietyGroup": {"label": "Förening", "label_en": "Association", "family": "civil"},
}

#: Relation kind -> Swedish label, colour and dash pattern; earlier kinds win when an edge
#: carries several (a funding tie is drawn as funding even if the actors also co-operate).
EDGE_KINDS: dict[str, dict[str, object]] = {
    "funding": {"label": "Finansiering", "color": "#D55E00", "dashes": False},
    "co-funding": {"label": "Medfinansiering", "color": "#E69F00", "dashes": [8, 4]},
    "hosting": {"label": "Värdskap", "color": "#009E73", "dashes": False},
    "membership": {"label": "Medlemskap", "color": "#0072B2", "dashes": False},
    "partnership": {"label": "Partnerskap", "color": "#CC79A7", "dashes": False},
    "shared post holder": {"label": "Samma person", "color": "#56B4E9", "dashes": [10, 3]},
    "statement": {"label": "Uttalad samverkan", "color": "#7F3C8D", "dashes": False},
    "co-membership": {"label": "Samverkan (härledd)", "color": "#888888", "dashes": [4, 4]},
    "inferred": {"label": "Härledd samverkan", "color": "#888888", "dashes": [2, 4]},
    "unitOf": {"label": "Enhet i", "color": "#555555", "dashes": False},
    "postIn": {"label": "Tjänst i", "color": "#555555", "dashes": [6, 3]},
    "hostedBy": {"label": "Värd", "color": "#009E73", "dashes": [6, 3]},
    "aggregated": {"label": "Band mellan aktörerna", "color": "#0072B2", "dashes": False},
}
_OTHER_EDGE = {"label": "Annan relation", "color": "#BBBBBB", "dashes": [2, 6]}

#: English names of the relation kinds (the Swedish ones are in :data:`EDGE_KINDS`).
EDGE_LABELS_EN: dict[str, str] = {
    "funding": "Funding",
    "co-funding": "Co-funding",
    "hosting": "Hosting",
    "membership": "Membership",
    "partnership": "Partnership",
    "statement": "Stated cooperation",
    "co-membership": "Cooperation (derived)",
    "inferred": "Derived cooperation",
    "unitOf": "Unit of",
    "postIn": "Post in",
    "hostedBy": "Hosted by",
    "aggregated": "Ties between their actors",
    "": "Other relation",
}


def sector_style(sector: str | None) -> dict[str, str]:
    """Return ``{"key", "label", "color"}`` for a sector key (grey when unknown).

    Examples
    --------
    >>> sector_style("civilsamhalle")["label_en"], sector_style("civilsamhalle")["color"]
    ('Civil society', '#009E73')
    >>> sector_style(None)["label"]
    'Ingen sektor'
    """
    key = sector or ""
    style = SECTORS.get(key, _UNKNOWN_SECTOR)
    return {
        "key": key,
        "label": style["label"],
        "label_en": style["label_en"],
        "color": style["color"],
    }


def type_style(actor_type: str | None) -> dict[str, str]:
    """Return the style of an actor type: its family's ``key``, ``label``, ``label_en``,
    ``shape`` and ``glyph`` (what the legend shows), and the type's own ``type``,
    ``type_label`` and ``type_label_en`` (what a tooltip shows).

    Examples
    --------
    >>> s = type_style("Network")
    >>> s["key"], s["label"], s["type_label"], s["type_label_en"]
    ('collaboration', 'Samarbete, nätverk', 'Nätverk', 'Network')
    >>> type_style("Department")["shape"] == type_style("CivilSocietyGroup")["shape"]
    True
    >>> type_style("Department")["glyph"] == type_style("CivilSocietyGroup")["glyph"]
    False
    """
    key = actor_type or ""
    kind = TYPES.get(
        key, {"label": key or "Okänd typ", "label_en": key or "Unknown type", "family": "other"}
    )
    family = FAMILIES[kind["family"]]
    return {
        "key": kind["family"],
        **family,
        "type": key,
        "type_label": kind["label"],
        "type_label_en": kind["label_en"],
    }


def edge_style(kinds: Iterable[str] | None) -> dict[str, object]:
    """Return ``{"kind", "label", "color", "dashes"}`` for the relation kinds of one edge.

    The kind drawn is the first of :data:`EDGE_KINDS` that the edge carries.

    Examples
    --------
    >>> edge_style(["membership"])["color"]
    '#0072B2'
    >>> edge_style([])["kind"]
    ''
    """
    present = set(kinds or ())
    for kind, style in EDGE_KINDS.items():
        if kind in present:
            return {"kind": kind, **style}
    return {"kind": "", **_OTHER_EDGE}
