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
    "SECTORS",
    "TYPES",
    "edge_style",
    "sector_style",
    "type_style",
]

#: Sector key -> Swedish label and colour (Okabe-Ito palette, safe for colour blindness).
SECTORS: dict[str, dict[str, str]] = {
    "kommunal": {"label": "Kommunal", "color": "#0072B2"},
    "kommunalt-bolag": {"label": "Kommunalt bolag", "color": "#56B4E9"},
    "statlig": {"label": "Statlig", "color": "#CC79A7"},
    "eu": {"label": "EU", "color": "#E69F00"},
    "civilsamhalle": {"label": "Civilsamhälle", "color": "#009E73"},
    "privat": {"label": "Privat", "color": "#8C6D31"},
    "samverkan": {"label": "Samverkan", "color": "#7F3C8D"},
}
_UNKNOWN_SECTOR = {"label": "Ingen sektor", "color": "#AAAAAA"}

#: Actor type -> Swedish label, vis-network shape and the glyph the legend shows.
TYPES: dict[str, dict[str, str]] = {
    "Municipality": {"label": "Kommun", "shape": "square", "glyph": "■"},
    "Department": {"label": "Förvaltning", "shape": "dot", "glyph": "●"},
    "MunicipalCompany": {"label": "Kommunalt bolag", "shape": "triangleDown", "glyph": "▼"},
    "CoordinatorPost": {"label": "Samordnartjänst", "shape": "triangle", "glyph": "▲"},
    "Network": {"label": "Nätverk", "shape": "hexagon", "glyph": "⬢"},
    "Project": {"label": "Projekt", "shape": "star", "glyph": "★"},
    "CivilSocietyGroup": {"label": "Förening", "shape": "dot", "glyph": "●"},
    "CountyAdministrativeBoard": {"label": "Länsstyrelse", "shape": "diamond", "glyph": "◆"},
    "EUFund": {"label": "EU-fond", "shape": "diamond", "glyph": "◆"},
    "StateAgency": {"label": "Statlig myndighet", "shape": "diamond", "glyph": "◆"},
    "MunicipalAssociation": {"label": "Kommunförbund", "shape": "diamond", "glyph": "◆"},
    "CentralAdministration": {"label": "Kommunledning", "shape": "dot", "glyph": "●"},
    "MunicipalUnit": {"label": "Kommunal enhet", "shape": "dot", "glyph": "●"},
    "Post": {"label": "Tjänst", "shape": "triangle", "glyph": "▲"},
    "Collaboration": {"label": "Samarbete", "shape": "hexagon", "glyph": "⬢"},
    "WorkingGroup": {"label": "Arbetsgrupp", "shape": "hexagon", "glyph": "⬢"},
    "MeetingPlace": {"label": "Mötesplats", "shape": "star", "glyph": "★"},
    "Initiative": {"label": "Initiativ", "shape": "star", "glyph": "★"},
    "Plan": {"label": "Plan", "shape": "star", "glyph": "★"},
    "PrivateCompany": {"label": "Företag", "shape": "triangleDown", "glyph": "▼"},
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
}
_OTHER_EDGE = {"label": "Annan relation", "color": "#BBBBBB", "dashes": [2, 6]}


def sector_style(sector: str | None) -> dict[str, str]:
    """Return ``{"key", "label", "color"}`` for a sector key (grey when unknown).

    Examples
    --------
    >>> sector_style("civilsamhalle")
    {'key': 'civilsamhalle', 'label': 'Civilsamhälle', 'color': '#009E73'}
    >>> sector_style(None)["label"]
    'Ingen sektor'
    """
    key = sector or ""
    style = SECTORS.get(key, _UNKNOWN_SECTOR)
    return {"key": key, "label": style["label"], "color": style["color"]}


def type_style(actor_type: str | None) -> dict[str, str]:
    """Return ``{"key", "label", "shape", "glyph"}`` for an actor type (a dot when unknown).

    Examples
    --------
    >>> type_style("Network")["label"]
    'Nätverk'
    """
    key = actor_type or ""
    style = TYPES.get(key, {"label": key or "Okänd typ", "shape": "dot", "glyph": "●"})
    return {"key": key, **style}


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
