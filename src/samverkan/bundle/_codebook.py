"""``CODEBOOK.md``: every table and column of the bundle in Swedish and English.

Written from :data:`samverkan.bundle._schema.TABLES`, the table the Table Schemas are
written from, so the codebook and ``datapackage.json`` cannot disagree.

Examples
--------
>>> text = codebook({t.name: [] for t in TABLES})
>>> "## Svenska" in text and "## English" in text and "`municipality_code`" in text
True
"""

from __future__ import annotations

from typing import Any

from samverkan.bundle._schema import TABLES, YEAR_RULE

__all__ = ["codebook"]

_INTRO = {
    "sv": """\
Ett datapaket (Frictionless Data Package) om vem som samverkar med vem i svenskt kommunalt
integrationsarbete, byggt ur fem offentliga svenska texter (2019). Varje faktum pekar tillbaka
på orden i sin källa: tabellen `evidence` har citatet och dess teckenpositioner.

**Filer.** `datapackage.json` beskriver varje tabell (typer, nycklar, beskrivningar).
Tabellerna är CSV-filer i UTF-8 med byte-order-mark (BOM), kommaseparerade, med punkt som
decimaltecken och tom cell för saknat värde; varje cell har ett värde (flera värden blir flera
rader i en lång tabell, t.ex. `tie_kinds`). **Excel:** öppna `samverkan.xlsx`, samma tabeller
med koder som text (svenskt Excel delar en CSV-fil på semikolon). **R:** `Rscript example.R`
i den här katalogen (igraph, jsonlite). **Python:** `python example.py` (pandas, networkx).
**Gephi:** `network.gexf` har färg (sektor), storlek (mellanhet), position (som i vyerna) och
en tidslinje per år. **igraph:** `network.graphml` har attributet `name`.

**Koder är text.** Kommunkoder har fyra siffror: `0125` (Ekerö), `1281` (Lund), `1231`
(Burlöv). Läs dem som text, annars blir 0125 talet 125: R-exemplet och Python-exemplet
läser kolumntyperna ur `datapackage.json`.

**Nätverket.** Noderna är aktörerna i samverkansnätverket (`samverkan network metrics`):
organisationer, förvaltningar, grupper, samarbeten och tjänster. Relationerna (`ties`) är de
härledda paren `sam:cooperatesWith`, oriktade, var och en förklarad av fakta: medlemskap,
gemensamt medlemskap, finansiering, värdskap, medfinansiering eller uttalad samverkan.
Måtten är projektets egna, beräknade med NetworkX.""",
    "en": """\
A Frictionless Data Package about who collaborates with whom in Swedish municipal integration
work, built from five public Swedish texts (2019). Every fact points back to the words of its
source: the table `evidence` holds the quote and its character offsets.

**Files.** `datapackage.json` describes every table (types, keys, descriptions). The tables
are CSV files in UTF-8 with a byte-order mark (BOM), comma-separated, with `.` as the
decimal point and an empty cell for a missing value; each cell holds one value (several
values are several rows of a long table, such as `tie_kinds`). **Excel:** open
`samverkan.xlsx`, the same tables with codes stored as text (Swedish Excel splits a CSV on
semicolons). **R:** `Rscript example.R` in this directory (igraph, jsonlite). **Python:**
`python example.py` (pandas, networkx). **Gephi:** `network.gexf` has colour (sector), size
(betweenness), position (as in the views) and a timeline by year. **igraph:**
`network.graphml` has the attribute `name`.

**Codes are text.** Municipality codes have four digits: `0125` (Ekerö), `1281` (Lund),
`1231` (Burlöv). Read them as text, or 0125 becomes the number 125: the R and Python examples
take the column types from `datapackage.json`.

**The network.** The nodes are the actors of the collaboration network (`samverkan network
metrics`): organisations, departments, groups, collaborations and posts. The ties are the
derived `sam:cooperatesWith` pairs, undirected, each explained by facts: membership,
co-membership, funding, hosting, co-funding or a stated cooperation. The measures are the
project's own, computed with NetworkX.""",
}

_HEAD = {
    "sv": (
        "Svenska",
        "Tabeller",
        "kolumn",
        "typ",
        "beskrivning",
        "Primärnyckel",
        "Främmande nycklar",
        "rader",
        "Årsregeln",
    ),
    "en": (
        "English",
        "Tables",
        "column",
        "type",
        "description",
        "Primary key",
        "Foreign keys",
        "rows",
        "The year rule",
    ),
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _section(lang: str, counts: dict[str, int]) -> list[str]:
    title, tables, col, typ, desc, pk, fk, rows, year = _HEAD[lang]
    lines = [f"## {title}", "", _INTRO[lang], "", f"### {year}", "", YEAR_RULE[lang], ""]
    lines += [f"### {tables}", ""]
    for t in TABLES:
        text = t.sv if lang == "sv" else t.en
        lines += [f"#### `{t.name}.csv` ({counts.get(t.name, 0)} {rows})", "", text, ""]
        lines += [f"| {col} | {typ} | {desc} |", "|---|---|---|"]
        for c in t.fields:
            lines.append(f"| `{c.name}` | {c.type} | {_cell(c.sv if lang == 'sv' else c.en)} |")
        lines += ["", f"{pk}: " + ", ".join(f"`{k}`" for k in t.primary_key) + "."]
        if t.foreign_keys:
            refs = [f"`{', '.join(f)}` → `{r}.{', '.join(rf)}`" for f, r, rf in t.foreign_keys]
            lines.append(f"{fk}: " + "; ".join(refs) + ".")
        lines.append("")
    return lines


def codebook(data: dict[str, list[Any]]) -> str:
    """The text of ``CODEBOOK.md`` for the tables ``data`` (``{name: rows}``)."""
    counts = {name: len(rows) for name, rows in data.items()}
    lines = ["# Kodbok / Codebook: samverkan", ""]
    lines += _section("sv", counts) + _section("en", counts)
    return "\n".join(lines).rstrip() + "\n"
