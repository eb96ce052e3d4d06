"""The tables of the data bundle: columns, types, descriptions in Swedish and English, keys.

One table of plain data read by three writers: the Table Schemas of ``datapackage.json``,
the codebook (``CODEBOOK.md``) and the column notes of the workbook.

Examples
--------
>>> [t.name for t in TABLES][:3]
['nodes', 'node_documents', 'ties']
>>> field_schema(TABLES[0].fields[0])["constraints"]
{'required': True, 'unique': True}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from samverkan.namespaces import ID

__all__ = ["TABLES", "YEAR_RULE", "Column", "Table", "field_schema", "table_schema"]

#: A municipality code: four digits, kept as text so that 0125 keeps its zero.
CODE_PATTERN = "^[0-9]{4}$"
#: A date at the precision the text gives it: a year, a year and month, or a day.
DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
#: A document's id: the file name of its text without ``.txt``.
DOCUMENT_PATTERN = "^[A-Za-z0-9_.-]+$"


@dataclass(frozen=True)
class Column:
    """One column: name, Frictionless type, Swedish and English description, constraints."""

    name: str
    type: str
    sv: str
    en: str
    required: bool = False
    unique: bool = False
    pattern: str | None = None
    enum: tuple[str, ...] | None = None
    minimum: float | None = None


@dataclass(frozen=True)
class Table:
    """One table: its name, title and description (sv, en), columns and keys."""

    name: str
    sv: str
    en: str
    fields: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = field(default=())

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self.fields]


YEAR_RULE = {
    "sv": (
        "Årsregeln: ett ting (en aktör, ett samarbete, ett medlemskap, en finansiering) är "
        "aktivt från sitt startdatum (annars det datum då dokumentet kallar det pågående, "
        "annars slutdatumet) till sitt slutdatum (annars datumet då det kallades pågående, "
        "annars startåret). Datum jämförs per år, oavsett om texten anger år, månad eller dag. "
        'Ett ting med start men varken slut eller "pågående" räknas bara som aktivt sitt '
        "startår: inget påstås som texten inte säger. En relation (en tie) är aktiv ett år när "
        "minst ett av de ting den vilar på är daterat och alla daterade är aktiva det året; "
        "en relation som inget daterar saknar år. Samma regel gäller `samverkan network "
        "--year`, biblioteksfrågan `active-in-year` och tidslinjen i vyerna."
    ),
    "en": (
        "The year rule: a thing (an actor, a collaboration, a membership, a funding) is "
        "active from its start date (else the date on which its document calls it ongoing, "
        "else its end date) to its end date (else the date it was called ongoing, else its "
        "start year). Dates are compared by year, whether the text gives a year, a month or "
        'a day. A thing with a start and neither an end nor "ongoing" counts as active in '
        "its start year only: nothing is claimed that the text does not say. A tie is active "
        "in a year when at least one of the things it rests on is dated and every dated one "
        "is active that year; a tie that nothing dates has no years. The same rule drives "
        "`samverkan network --year`, the library query `active-in-year` and the timeline view."
    ),
}

_ID = (
    f"Nodens id: IRI:n relativ till {ID} (kommun/1281).",
    f"The node's id: its IRI relative to {ID} (kommun/1281).",
)
_DOC = ("Dokumentets id (filnamnet utan .txt).", "The document's id (its file name without .txt).")
_TIE = (
    "Relationens id (t001, t002, ...), stabilt för samma bygge.",
    "The tie's id (t001, t002, ...), stable for the same build.",
)
_START_YEAR = (
    "Första år då den är aktiv enligt årsregeln; tomt om inget daterar den.",
    "First year in which it is active by the year rule; empty if nothing dates it.",
)
_END_YEAR = (
    "Sista år då den är aktiv enligt årsregeln; tomt om inget daterar den.",
    "Last year in which it is active by the year rule; empty if nothing dates it.",
)
_START = (
    "Startdatum som texten anger det (år, år-månad eller datum).",
    "Start date as the text gives it (year, year-month or date).",
)
_END = ("Slutdatum som texten anger det.", "End date as the text gives it.")
_ONGOING = (
    "Datum då dokumentet kallar det pågående (dokumentets datum).",
    "Date on which the document calls it ongoing (the document's date).",
)
_MEASURE_NOTE = (
    "mätt på samverkansnätverket (samverkan network metrics)",
    "measured on the collaboration network (samverkan network metrics)",
)


def _c(name: str, type_: str, sv: str, en: str, **kw: Any) -> Column:
    return Column(name, type_, sv, en, **kw)


def _measure(name: str, type_: str, sv: str, en: str, **kw: Any) -> Column:
    return Column(name, type_, f"{sv}; {_MEASURE_NOTE[0]}.", f"{en}; {_MEASURE_NOTE[1]}.", **kw)


TABLES: tuple[Table, ...] = (
    Table(
        "nodes",
        "Aktörerna i samverkansnätverket, med varje nätverksmått.",
        "The actors of the collaboration network, with every network measure.",
        (
            _c("id", "string", *_ID, required=True, unique=True),
            _c("name", "string", "Namn (svensk etikett).", "Name (Swedish label).", required=True),
            _c("name_en", "string", "Namn (engelsk etikett).", "Name (English label)."),
            _c(
                "type",
                "string",
                "Mest specifik klass (Department, CoordinatorPost, ...).",
                "Most specific class (Department, CoordinatorPost, ...).",
            ),
            _c(
                "sector",
                "string",
                "Sektorns nyckel (kommunal, civilsamhalle, ...).",
                "The sector's key (kommunal, civilsamhalle, ...).",
            ),
            _c(
                "sector_label", "string", "Sektorns svenska etikett.", "The sector's Swedish label."
            ),
            _c(
                "sector_label_en",
                "string",
                "Sektorns engelska etikett.",
                "The sector's English label.",
            ),
            _c(
                "municipality",
                "string",
                "Kommunen noden hör till (namn).",
                "The municipality the node belongs to (name).",
            ),
            _c(
                "municipality_code",
                "string",
                "Kommunkod, fyra siffror som text (0125 Ekerö behåller sin nolla).",
                "Municipality code, four digits as text (0125 Ekerö keeps its zero).",
                pattern=CODE_PATTERN,
            ),
            _c(
                "holder",
                "string",
                "Tjänster: namnet på den som innehar tjänsten.",
                "Posts: the name of the person who holds the post.",
            ),
            _c("iri", "string", "Fullständig IRI.", "Full IRI.", required=True, unique=True),
            _c("start_year", "integer", *_START_YEAR),
            _c("end_year", "integer", *_END_YEAR),
            _measure(
                "degree",
                "integer",
                "Grad: antal relationer",
                "Degree: number of ties",
                required=True,
                minimum=0,
            ),
            _measure(
                "weighted_degree",
                "number",
                "Viktad grad: summan av relationernas vikt",
                "Weighted degree: sum of the ties' weight",
            ),
            _measure(
                "betweenness",
                "number",
                "Mellanhet (Freeman 1977), normaliserad: 2B/((n-1)(n-2)), ovägd",
                "Betweenness (Freeman 1977), normalised: 2B/((n-1)(n-2)), unweighted",
                required=True,
                minimum=0,
            ),
            _measure(
                "closeness",
                "number",
                "Närhet (Freeman 1979), normaliserad, ovägd",
                "Closeness (Freeman 1979), normalised, unweighted",
            ),
            _measure(
                "eigenvector",
                "number",
                "Egenvektorcentralitet per komponent, vägd",
                "Eigenvector centrality per component, weighted",
            ),
            _measure(
                "constraint",
                "number",
                "Burts begränsning (1992), vägd; tom för isolat",
                "Burt's constraint (1992), weighted; empty for isolates",
            ),
            _measure(
                "effective_size",
                "number",
                "Burts effektiva storlek; tom för isolat",
                "Burt's effective size; empty for isolates",
            ),
            _measure(
                "coordinator",
                "integer",
                "Gould–Fernandez: koordinator (par per sektor)",
                "Gould–Fernandez: coordinator (pairs, by sector)",
            ),
            _measure(
                "itinerant", "integer", "Gould–Fernandez: konsult", "Gould–Fernandez: itinerant"
            ),
            _measure(
                "representative",
                "integer",
                "Gould–Fernandez: representant",
                "Gould–Fernandez: representative",
            ),
            _measure(
                "gatekeeper", "integer", "Gould–Fernandez: grindvakt", "Gould–Fernandez: gatekeeper"
            ),
            _measure(
                "liaison", "integer", "Gould–Fernandez: förbindelselänk", "Gould–Fernandez: liaison"
            ),
            _measure(
                "brokerage", "integer", "Summan av mäklarrollerna", "Sum of the brokerage roles"
            ),
            _measure(
                "ei_index",
                "number",
                "Nodens E-I-index per sektor (Krackhardt–Stern)",
                "The node's E-I index by sector (Krackhardt–Stern)",
            ),
            _measure(
                "community",
                "string",
                "Louvain-gemenskap: id för gemenskapens nod med flest band",
                "Louvain community: the id of its node with the most ties",
            ),
            _measure(
                "articulation_point",
                "boolean",
                "Delar nätverket om den tas bort",
                "Splits the network when removed",
            ),
            _measure(
                "bridges",
                "integer",
                "Antal av dess relationer som är broar",
                "Number of its ties that are bridges",
            ),
        ),
        ("id",),
    ),
    Table(
        "node_documents",
        "Vilka dokument som nämner varje nod (en rad per nod och dokument).",
        "Which documents mention each node (one row per node and document).",
        (
            _c("node_id", "string", *_ID, required=True),
            _c("document_id", "string", *_DOC, required=True, pattern=DOCUMENT_PATTERN),
        ),
        ("node_id", "document_id"),
        ((("node_id",), "nodes", ("id",)), (("document_id",), "documents", ("document_id",))),
    ),
    Table(
        "ties",
        "Relationerna i samverkansnätverket: vem samverkar med vem (oriktade).",
        "The ties of the collaboration network: who cooperates with whom (undirected).",
        (
            _c("tie_id", "string", *_TIE, required=True, unique=True),
            _c(
                "source",
                "string",
                "Ena noden (id i nodes).",
                "One node (id in nodes).",
                required=True,
            ),
            _c(
                "target",
                "string",
                "Andra noden (id i nodes).",
                "The other node (id in nodes).",
                required=True,
            ),
            _c(
                "kind",
                "string",
                "Huvudslag, som vyerna ritar det (funding före co-funding, hosting, membership, "
                "statement, co-membership); alla slag står i tie_kinds.",
                "Main kind, as the views draw it (funding before co-funding, hosting, "
                "membership, statement, co-membership); every kind is in tie_kinds.",
                required=True,
            ),
            _c(
                "basis",
                "string",
                "asserted: förklarad av fakta som dokumenten anger (tie_kinds, tie_evidence); "
                "inferred: bara härledd av resoneraren.",
                "asserted: explained by facts the documents state (tie_kinds, tie_evidence); "
                "inferred: derived by the reasoner only.",
                required=True,
                enum=("asserted", "inferred"),
            ),
            _c(
                "weight",
                "integer",
                "Antal fakta bakom relationen.",
                "Number of facts behind the tie.",
                required=True,
                minimum=1,
            ),
            _c("start_year", "integer", *_START_YEAR),
            _c("end_year", "integer", *_END_YEAR),
        ),
        ("tie_id",),
        ((("source",), "nodes", ("id",)), (("target",), "nodes", ("id",))),
    ),
    Table(
        "tie_kinds",
        "Slagen av fakta bakom varje relation (en rad per relation och slag).",
        "The kinds of facts behind each tie (one row per tie and kind).",
        (
            _c("tie_id", "string", *_TIE, required=True),
            _c(
                "kind",
                "string",
                "membership, co-membership, funding, hosting, co-funding, statement eller "
                "inferred (se README).",
                "membership, co-membership, funding, hosting, co-funding, statement or "
                "inferred (see the README).",
                required=True,
            ),
        ),
        ("tie_id", "kind"),
        ((("tie_id",), "ties", ("tie_id",)),),
    ),
    Table(
        "tie_documents",
        "Dokumenten som anger fakta bakom varje relation.",
        "The documents that state the facts behind each tie.",
        (
            _c("tie_id", "string", *_TIE, required=True),
            _c("document_id", "string", *_DOC, required=True, pattern=DOCUMENT_PATTERN),
        ),
        ("tie_id", "document_id"),
        ((("tie_id",), "ties", ("tie_id",)), (("document_id",), "documents", ("document_id",))),
    ),
    Table(
        "tie_evidence",
        "Belägg (citat) bakom varje relation.",
        "The evidence (quotes) behind each tie.",
        (
            _c("tie_id", "string", *_TIE, required=True),
            _c(
                "evidence_id",
                "string",
                "Beläggets id i evidence.",
                "The evidence's id in evidence.",
                required=True,
            ),
        ),
        ("tie_id", "evidence_id"),
        ((("tie_id",), "ties", ("tie_id",)), (("evidence_id",), "evidence", ("evidence_id",))),
    ),
    Table(
        "evidence",
        "Varje belägg för ett faktum: faktumet, dokumentet, citatet och dess teckenpositioner "
        "(ett citat som belägger flera fakta står på en rad per faktum).",
        "Every piece of evidence for a fact: the fact, the document, the quote and its "
        "character offsets (a quote that backs several facts has one row per fact).",
        (
            _c(
                "evidence_id",
                "string",
                "Beläggets id (annoteringens IRI relativ till basen).",
                "The evidence's id (the annotation's IRI relative to the base).",
                required=True,
            ),
            _c(
                "fact",
                "string",
                "Det belagda faktumet: id för resursen som bär beläggen (medlemskap, "
                "finansiering, aktör, ...).",
                "The fact it backs: the id of the resource that carries the evidence "
                "(membership, funding, actor, ...).",
                required=True,
            ),
            _c("document_id", "string", *_DOC, required=True, pattern=DOCUMENT_PATTERN),
            _c(
                "quote",
                "string",
                "Exakt citat ur dokumentet.",
                "Exact quote from the document.",
                required=True,
            ),
            _c(
                "start",
                "integer",
                "Citatets start i dokumentets text, i Unicode-kodpunkter från 0 "
                "(Python: text[start:end] == quote).",
                "Start of the quote in the document's text, in Unicode code points from 0 "
                "(Python: text[start:end] == quote).",
                minimum=0,
            ),
            _c(
                "end",
                "integer",
                "Citatets slut (exklusivt).",
                "End of the quote (exclusive).",
                minimum=0,
            ),
        ),
        ("evidence_id", "fact"),
        ((("document_id",), "documents", ("document_id",)),),
    ),
    Table(
        "documents",
        "Källdokumenten.",
        "The source documents.",
        (
            _c(
                "document_id", "string", *_DOC, required=True, unique=True, pattern=DOCUMENT_PATTERN
            ),
            _c("title", "string", "Titel.", "Title.", required=True),
            _c("publisher", "string", "Utgivare (namn).", "Publisher (name)."),
            _c("publisher_id", "string", "Utgivarens id.", "The publisher's id."),
            _c("date", "date", "Publicerad eller senast uppdaterad.", "Published or last updated."),
            _c(
                "date_kind",
                "string",
                "issued (publicerad) eller modified (uppdaterad).",
                "issued (published) or modified (updated).",
                enum=("issued", "modified"),
            ),
            _c("language", "string", "Språk (BCP 47).", "Language (BCP 47)."),
            _c("page_kind", "string", "Slags sida.", "Kind of page."),
            _c(
                "file_name",
                "string",
                "Textens filnamn i korpusen.",
                "The text's file name in the corpus.",
            ),
            _c(
                "sha256",
                "string",
                "SHA-256 av textens byte.",
                "SHA-256 of the text's bytes.",
                pattern="^[0-9a-f]{64}$",
            ),
            _c(
                "url",
                "string",
                "Webbadress om grafen anger en (schema:url); korpusen anger ingen för de fem "
                "texterna, så kolumnen är tom för dem.",
                "Web address when the graph records one (schema:url); the corpus gives none "
                "for the five texts, so the column is empty for them.",
            ),
            _c(
                "iri",
                "string",
                "Dokumentets IRI (namnet på dess namngivna graf).",
                "The document's IRI (the name of its named graph).",
                required=True,
            ),
        ),
        ("document_id",),
    ),
    Table(
        "fundings",
        "Finansieringar: en rad per finansiering, mottagare eller finansierat ting, och dokument.",
        "Fundings: one row per funding, recipient or funded thing, and document.",
        (
            _c("funding_id", "string", "Finansieringens id.", "The funding's id.", required=True),
            _c("funder_id", "string", "Finansiärens id.", "The funder's id.", required=True),
            _c("funder", "string", "Finansiärens namn.", "The funder's name."),
            _c(
                "role",
                "string",
                "recipient (mottagare) eller funded item (finansierat ting).",
                "recipient or funded item.",
                required=True,
                enum=("recipient", "funded item"),
            ),
            _c(
                "party_id",
                "string",
                "Mottagarens eller det finansierade tingets id.",
                "The id of the recipient or funded thing.",
                required=True,
            ),
            _c("party", "string", "Dess namn.", "Its name."),
            _c("scheme", "string", "Finansieringsform (nyckel).", "Funding scheme (key)."),
            _c(
                "scheme_label",
                "string",
                "Finansieringsform (svensk etikett).",
                "Funding scheme (Swedish label).",
            ),
            _c(
                "amount",
                "number",
                "Belopp i kronor om texten anger det.",
                "Amount in kronor where the text gives it.",
            ),
            _c("start", "string", *_START, pattern=DATE_PATTERN),
            _c("end", "string", *_END, pattern=DATE_PATTERN),
            _c("ongoing_as_of", "string", *_ONGOING, pattern=DATE_PATTERN),
            _c("document_id", "string", *_DOC, required=True, pattern=DOCUMENT_PATTERN),
        ),
        ("funding_id", "role", "party_id", "document_id"),
        ((("document_id",), "documents", ("document_id",)),),
    ),
    Table(
        "memberships",
        "Medlemskap i samarbeten: en rad per medlemskap, roll och dokument.",
        "Memberships of collaborations: one row per membership, role and document.",
        (
            _c(
                "membership_id",
                "string",
                "Medlemskapets id.",
                "The membership's id.",
                required=True,
            ),
            _c("member_id", "string", "Medlemmens id.", "The member's id.", required=True),
            _c("member", "string", "Medlemmens namn.", "The member's name."),
            _c(
                "collaboration_id",
                "string",
                "Samarbetets id.",
                "The collaboration's id.",
                required=True,
            ),
            _c("collaboration", "string", "Samarbetets namn.", "The collaboration's name."),
            _c(
                "role",
                "string",
                "Roll (nyckel: part, medlem, ledare, samordnare, ...).",
                "Role (key: part, medlem, ledare, samordnare, ...).",
            ),
            _c("start", "string", *_START, pattern=DATE_PATTERN),
            _c("end", "string", *_END, pattern=DATE_PATTERN),
            _c("ongoing_as_of", "string", *_ONGOING, pattern=DATE_PATTERN),
            _c("document_id", "string", *_DOC, required=True, pattern=DOCUMENT_PATTERN),
        ),
        ("membership_id", "role", "document_id"),
        ((("document_id",), "documents", ("document_id",)),),
    ),
)


def field_schema(column: Column) -> dict[str, Any]:
    """The Table Schema field descriptor of ``column`` (description in English, ``sv`` kept).

    Examples
    --------
    >>> field_schema(TABLES[0].fields[8])["constraints"]
    {'pattern': '^[0-9]{4}$'}
    """
    out: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "description": column.en,
        "description_sv": column.sv,
    }
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.pattern:
        constraints["pattern"] = column.pattern
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if constraints:
        out["constraints"] = constraints
    return out


def table_schema(table: Table) -> dict[str, Any]:
    """The Table Schema of ``table``: fields, primary key, foreign keys, missing values.

    Examples
    --------
    >>> schema = table_schema(TABLES[2])
    >>> schema["primaryKey"], schema["foreignKeys"][0]["reference"]
    (['tie_id'], {'resource': 'nodes', 'fields': ['id']})
    """
    schema: dict[str, Any] = {
        "fields": [field_schema(c) for c in table.fields],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(f), "reference": {"resource": r, "fields": list(rf)}}
            for f, r, rf in table.foreign_keys
        ]
    return schema
