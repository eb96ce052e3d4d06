"""The pieces of a resource page (summary, stated and derived facts, quotes, measures,
neighbours, data), the page with its Turtle and JSON-LD, and the site's index.

Every piece takes its rows from :class:`samverkan.site._site.Site`, read once for the
whole site; no piece queries the store (only a page's data files read the resource's own
triples, by index).

Examples
--------
>>> print(_data_panel("kommun/1281.html"))  # doctest: +ELLIPSIS
<section id="data">...<a href="1281.ttl" download>Turtle</a> · ...
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samverkan.namespaces import DCTERMS, PREFIXES, RDF, RDFS, SAM
from samverkan.site import _queries as Q
from samverkan.site._html import bi, ego_svg, page, text
from samverkan.site._site import Site
from samverkan.views._format import fmt, sv_key
from samverkan.views._render import write_new, write_page
from samverkan.views._terms import BASES, MEASURES

__all__ = [
    "MEASURES_DIR",
    "doc_key",
    "measure_rows",
    "measures_panel",
    "measures_shard",
    "write_index",
    "write_measures",
    "write_resource",
]

_RDFS_LABEL = str(RDFS.label)
_TITLE = str(DCTERMS.title)
_SECTOR = str(SAM.sector)
_MUNICIPALITY = str(SAM.municipality)
_TYPE = str(RDF.type)
_COOPERATES = str(SAM.cooperatesWith)
_PREFIXES = {
    name: PREFIXES[name]
    for name in (
        "sam",
        "org",
        "rdfs",
        "rdf",
        "dcterms",
        "foaf",
        "prov",
        "skos",
        "schema",
        "xsd",
        "owl",
    )
}

_INVERSE = (
    ' <span class="tag" title="värdet har egenskapen mot denna resurs / the value has this '
    'property towards this resource">←</span>'
)

#: The mark of a statement no person has reviewed yet (sam:reviewStatus "draft").
_DRAFT_MARK = (
    '<span class="draft" title="'
    + 'sam:reviewStatus &quot;draft&quot;">'
    + bi("utkast, ej granskat", "draft, not reviewed")
    + "</span>"
)


def write_index(site: Site, views_href: str | None) -> Path:
    """``index.html``: every resource with a page, grouped by its classes."""
    groups: dict[str, list[str]] = defaultdict(list)
    for iri in site.resources:
        groups[min(site.classes[iri], key=lambda c: sv_key(site.label(c)[0]))].append(iri)
    here = "index.html"
    parts = []
    for cls in sorted(groups, key=lambda c: sv_key(site.label(c)[0])):
        members = sorted(groups[cls], key=lambda r: sv_key(site.label(r)[0]))
        items = "".join(f"<li>{site.link(r, here)}</li>" for r in members)
        parts.append(
            f"<section><h2>{bi(*site.label(cls))} ({len(members)})</h2><ul>{items}</ul></section>"
        )
    nav = ""
    if views_href:
        nav = f'<a href="{text(views_href)}">{bi("Alla vyer", "All views")}</a>'
    heading = "<h1>" + bi("Alla resurser", "All resources") + "</h1>"
    return write_page(
        site.out / here, page("Alla resurser", "All resources", heading, nav, "\n".join(parts))
    )


# --------------------------------------------------------------------------- one page


def write_resource(site: Site, iri: str, views_href: str | None) -> list[Path]:
    """The page of ``iri`` with its Turtle and JSON-LD beside it, and the parts of its
    panels of many rows (:data:`PART_ROWS`); the parts go in ``site.parts``."""
    here = site.pages[iri]
    sv, en = site.label(iri)
    stated = site.stated.get(iri, [])
    derived = site.derived.get(iri, [])
    ties = site.ties.get(iri, [])
    evidence = site.evidence.get(iri, [])
    nav = []
    if views_href:
        nav.append(
            f'<a href="{text(site.rel(views_href, here))}">{bi("Alla vyer", "All views")}</a>'
        )
    classes = sorted(site.props.get(iri, {}).get(_TYPE, set()), key=str)
    kind = ", ".join(site.named(c) for c in classes)
    heading = f'<h1>{bi(sv, en)}</h1>\n<p class="sub">{kind} · <code>{text(iri)}</code></p>'
    measures = measures_panel(site, iri, here)
    parts: list[_Part] = []
    body = [
        _summary(site, iri, here, sv, en),
        _facts_panel(site, iri, here, stated, parts),
        _derived_panel(site, iri, here, derived, ties, parts),
        _quotes_panel(site, iri, here, evidence),
        measures,
        _ego_panel(site, iri, here, stated, derived),
        _data_panel(here),
    ]
    path = site.out / here
    whole = page(sv, en, heading, " ".join(nav), "\n".join(body), measures=bool(measures))
    files = [write_page(path, whole)]
    files.extend(_write_data(site, iri, path))
    files.extend(_write_parts(site, here, (sv, en), parts, nav))
    site.parts[iri] = [part.file for part in parts]
    return files


# --------------------------------------------------------------------------- parts

#: A panel of facts (stated or derived) with more rows than this lists them in parts:
#: pages of their own beside the resource's page, of at most this many rows each. At a
#: million quads a national actor's page held 27,529 derived rows (35 MB) and took 36 s
#: to open in Chromium, another's 10,138 rows (9 MB) 26 s: a table of thousands of rows
#: costs the browser far more than its share of the bytes. Parts of 1,000 of the most
#: tied actor's rows (3.5 MB with the reasons of its ties) took up to 2.7 s, too near the
#: 3 s a page may take (``docs/scale.md``).
PART_ROWS = 500


@dataclass
class _Part:
    """One part of a panel's rows: its file (relative to the site, beside the page), the
    panel's id, heading and table head, its rows, its number (from 1) and the place of
    its first row in the panel (from 0)."""

    file: str
    panel: str
    title: tuple[str, str]
    head: tuple[str, str, str]
    rows: list[str]
    number: int
    first: int


def part_file(here: str, panel: str, number: int) -> str:
    """The file of part ``number`` (from 1) of the panel ``panel`` of the page ``here``,
    beside it, so that the rows' links are the page's.

    Examples
    --------
    >>> part_file("org/abf.html", "derived", 2)
    'org/abf.derived-2.html'
    """
    return f"{here.removesuffix('.html')}.{panel}-{number}.html"


def _rows_or_parts(
    here: str,
    panel: str,
    title: tuple[str, str],
    head: tuple[str, str, str],
    rows: list[str],
    cell: Callable[[int], str],
    parts: list[_Part],
) -> str:
    """The table of ``rows``; with more than :data:`PART_ROWS`, the list of the parts
    they go in (appended to ``parts``), each with the first and last of its rows
    (``cell(i)``: the property and value of row ``i``, as the table shows them; made only
    for those)."""
    if len(rows) <= PART_ROWS:
        return _table(head, rows)
    items = []
    for number, start in enumerate(range(0, len(rows), PART_ROWS), 1):
        chunk = rows[start : start + PART_ROWS]
        part = _Part(part_file(here, panel, number), panel, title, head, chunk, number, start)
        parts.append(part)
        end = start + len(chunk)
        href = text(part.file.rsplit("/", 1)[-1])
        items.append(
            f'<li><a href="{href}">{bi(f"rader {start + 1}–{end}", f"rows {start + 1}–{end}")}'
            f"</a>: {cell(start)} … {cell(end - 1)}</li>"
        )
    note = bi(
        f"Raderna står på sidor om högst {PART_ROWS} rader var, i tabellens ordning:",
        f"The rows are on pages of at most {PART_ROWS} rows each, in the table's order:",
    )
    return f'<p>{note}</p><ol class="parts">{"".join(items)}</ol>'


def _write_parts(
    site: Site, here: str, label: tuple[str, str], parts: list[_Part], nav: list[str]
) -> list[Path]:
    """Write each part of a page's panels: its rows' table, with links to the page and to
    the panel's other parts."""
    files = []
    back = here.rsplit("/", 1)[-1]
    sv, en = label
    for part in parts:
        count = sum(1 for p in parts if p.panel == part.panel)
        total = sum(len(p.rows) for p in parts if p.panel == part.panel)
        a, b = part.first + 1, part.first + len(part.rows)
        links = [f'<a href="{text(back)}#{part.panel}">{bi(sv, en)}</a>']
        for step, (word_sv, word_en) in ((-1, ("föregående", "previous")), (1, ("nästa", "next"))):
            if 1 <= part.number + step <= count:
                other = part_file(here, part.panel, part.number + step).rsplit("/", 1)[-1]
                links.append(f'<a href="{text(other)}">{bi(word_sv, word_en)}</a>')
        heading = (
            f"<h1>{bi(sv, en)}</h1>\n<p class=\"sub\">{bi(*part.title)} · "
            + bi(
                f"del {part.number} av {count}, rader {a}–{b} av {total}",
                f"part {part.number} of {count}, rows {a}–{b} of {total}",
            )
            + "</p>"
        )
        body = f'<section id="{part.panel}">{_table(part.head, part.rows)}</section>'
        title_sv = f"{sv}: {part.title[0].lower()}, del {part.number}"
        title_en = f"{en}: {part.title[1].lower()}, part {part.number}"
        whole = page(title_sv, title_en, heading, " ".join([*links, *nav]), body)
        files.append(write_page(site.out / part.file, whole))
    return files


def _summary(site: Site, iri: str, here: str, sv: str, en: str) -> str:
    rows = [
        (bi("Namn (svenska)", "Name (Swedish)"), text(sv)),
        (bi("Namn (engelska)", "Name (English)"), text(en)),
    ]
    for prop, name in (
        (_SECTOR, ("Sektor", "Sector")),
        (_MUNICIPALITY, ("Kommun", "Municipality")),
    ):
        values = sorted(site.props.get(iri, {}).get(prop, set()), key=str)
        if values:
            rows.append((bi(*name), ", ".join(site.value(v, here) for v in values)))
    if iri in site.drafts:
        rows.append((bi("Granskning", "Review"), _DRAFT_MARK))
    doc = site.documents.get(iri)
    if doc is not None:
        rows.append((bi("Utgiven", "Issued"), text(fmt(doc.issued))))
        if doc.publisher:
            rows.append((bi("Utgivare", "Publisher"), site.link(doc.publisher, here)))
        if site.corpus is not None and doc.file:
            reader = site.rel(f"text/{doc_key(iri)}.html", here)
            rows.append(
                (
                    bi("Text", "Text"),
                    f'<a href="{text(reader)}">'
                    + bi("Läs texten med citaten markerade", "Read the text, quotes marked")
                    + "</a>",
                )
            )
    cells = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<section id="summary"><table>{cells}</table></section>'


_QUERY_BOX = (
    "<details><summary>"
    + bi("SPARQL-frågan bakom panelen", "The SPARQL query behind this panel")
    + "</summary><pre>"
)


def _query_box(query: str, iri: str) -> str:
    return f"{_QUERY_BOX}{text(Q.shown(query, iri))}</pre></details>"


def _table(head: tuple[str, str, str], rows: list[str]) -> str:
    if not rows:
        return f"<p>{bi('Inga.', 'None.')}</p>"
    return (
        "<table><tr>"
        + "".join(f"<th>{h}</th>" for h in head)
        + "</tr>\n"
        + "\n".join(rows)
        + "</table>"
    )


_STATED_HEAD = bi("Egenskap", "Property"), bi("Värde", "Value"), bi("Dokument", "Document")


_STATED_TITLE = "Utsagda fakta", "Stated facts"


def _facts_panel(
    site: Site, iri: str, here: str, stated: list[Any], parts: list[_Part]
) -> str:
    rows = []
    draft = iri in site.drafts

    def shown(row: Any) -> tuple[str, str]:
        arrow = "" if row.direction == "out" else _INVERSE
        value = site.value(row.value, here)
        if draft or str(row.value) in site.drafts:
            value += " " + _DRAFT_MARK
        return site.named(row.property) + arrow, value

    for row in stated:
        prop, value = shown(row)
        doc = site.document(row.document, here)
        rows.append(f"<tr><td>{prop}</td><td>{value}</td><td>{doc}</td></tr>")

    def cell(i: int) -> str:
        return " ".join(shown(stated[i]))

    table = _rows_or_parts(here, "stated", _STATED_TITLE, _STATED_HEAD, rows, cell, parts)
    return (
        f'<section id="stated"><h2>{bi(*_STATED_TITLE)} ({len(rows)})</h2>'
        "<p>"
        + bi(
            "Det som dokumenten säger, med dokumentet som säger det.",
            "What the documents say, with the document that says it.",
        )
        + "</p>"
        f"{table}{_query_box(Q.STATED, iri)}</section>"
    )


_DERIVED_HEAD = bi("Egenskap", "Property"), bi("Värde", "Value"), bi("Varför", "Why")


_DERIVED_TITLE = "Härledda fakta", "Derived facts"


def _derived_panel(
    site: Site, iri: str, here: str, derived: list[Any], ties: list[Any], parts: list[_Part]
) -> str:
    reasons: dict[str, list[Any]] = defaultdict(list)
    for row in ties:
        reasons[row.other].append(row)
    rows = []
    # a tie is derived both ways (and a national actor has thousands): each list of reasons
    # is written once
    lists: dict[str, str] = {}

    def shown(row: Any) -> tuple[str, str]:
        arrow = "" if row.direction == "out" else _INVERSE
        return site.named(row.property) + arrow, site.value(row.value, here)

    for row in derived:
        prop, value = shown(row)
        why = ""
        if row.property == _COOPERATES and row.value in reasons:
            why = lists.get(row.value, "")
            if not why:
                items = [_reason(site, r, here) for r in reasons[row.value]]
                why = lists[row.value] = "<ul>" + "".join(items) + "</ul>"
        rows.append(f'<tr class="derived"><td>{prop}</td><td>{value}</td><td>{why}</td></tr>')

    def cell(i: int) -> str:
        return " ".join(shown(derived[i]))

    table = _rows_or_parts(here, "derived", _DERIVED_TITLE, _DERIVED_HEAD, rows, cell, parts)
    return (
        f'<section id="derived"><h2>{bi(*_DERIVED_TITLE)} ({len(rows)})</h2>'
        "<p>"
        + bi(
            "Det som resonemanget (OWL 2 RL) lägger till; för varje samverkan kedjan av "
            "utsagda fakta bakom den.",
            "What reasoning (OWL 2 RL) adds; for each cooperation, the chain of stated "
            "facts behind it.",
        )
        + f"</p>{table}{_query_box(Q.DERIVED, iri)}"
        f"{_query_box(Q.TIES, iri)}</section>"
    )


def _reason(site: Site, r: Any, here: str) -> str:
    """One reason of a derived tie: its basis, the node it goes through, the document and
    the quotes of its facts in that document."""
    basis = BASES.get(r.basis)
    phrase = bi(basis.sv, basis.en) if basis else text(r.basis)
    via = site.link(r.via, here) if r.via and r.basis != "stated" else ""
    quotes = []
    for fact in (r.fact1, r.fact2):
        for a in site.by_subject.get(fact, []) if fact else []:
            if a.document == r.document:
                quotes.append(f"<q>{text(a.quote)}</q>")
    words = (" — " + " ".join(quotes)) if quotes else ""
    return f"<li>{phrase} {via} ({site.document(r.document, here)}){words}</li>"


def _quotes_panel(site: Site, iri: str, here: str, evidence: list[Any]) -> str:
    items = []
    for row in evidence:
        about = site.link(row.subject, here) if row.subject != iri else bi("denna", "this")
        reader = ""
        if site.corpus is not None:
            href = site.rel(f"text/{doc_key(row.document)}.html", here)
            reader = (
                f' · <a href="{text(href)}#q-{int(row.start)}-{int(row.end)}">'
                + bi("i texten", "in the text")
                + "</a>"
            )
        items.append(
            f"<blockquote>{text(row.quote)}<cite>{bi('om', 'about')} {about} · "
            f"{site.document(row.document, here)} · "
            f"{bi('tecken', 'characters')} {int(row.start)}–{int(row.end)}{reader}"
            "</cite></blockquote>"
        )
    body = "\n".join(items) or f"<p>{bi('Inga citat.', 'No quotes.')}</p>"
    return (
        f'<section id="quotes"><h2>{bi("Citat", "Quotes")} ({len(items)})</h2>'
        f"{body}{_query_box(Q.EVIDENCE, iri)}</section>"
    )


#: The measures of the resource pages are in ``site/MEASURES_DIR/XX.js``, ``XX`` the
#: first two hex digits of the sha256 of the node's key (:func:`measures_shard`).
MEASURES_DIR = "measures"


def measures_shard(key: str) -> str:
    """The file (relative to the site) that holds the measures of the node ``key``: one of
    256, so that a page loads a small file and a build writes few.

    Examples
    --------
    >>> measures_shard("kommun/1281")
    'measures/89.js'
    """
    return f"{MEASURES_DIR}/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:2]}.js"


def measure_rows(site: Site, iri: str) -> list[list[str | None]] | None:
    """The rows of the measure panel of ``iri``: ``[measure, Swedish, English, link]``
    for each measure of the collaboration network that it has, the value as
    :func:`samverkan.views._format.fmt` writes it (three significant digits), the link
    (to the page of the community's anchor, :func:`samverkan.network.community_anchors`)
    relative to the site or None; None when it has no measures.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> site = SimpleNamespace(measures={"kommun/1281": {"betweenness": 0.123456,
    ...                                                  "is_bridge": True}})
    >>> measure_rows(site, "https://w3id.org/samverkan/id/kommun/1281")
    [['betweenness', '0.123', '0.123', None]]
    >>> measure_rows(site, "https://w3id.org/samverkan/id/kommun/1280") is None
    True
    """
    from samverkan.network._data import BASE, node_id

    row = site.measures.get(node_id(iri))
    if row is None:
        return None
    rows: list[list[str | None]] = []
    for column in MEASURES:
        if column not in row:
            continue
        value = row[column]
        shown = fmt(value)
        if shown != "":
            if value is True or value is False:
                rows.append([column, *(("ja", "yes") if value else ("nej", "no")), None])
            elif column == "community" and isinstance(value, str):
                anchor = _node_iri(value, BASE)
                sv, en = site.label(anchor)
                rows.append([column, sv, en or sv, site.pages.get(anchor)])
            else:
                rows.append([column, shown, shown, None])
    return rows


def write_measures(site: Site) -> list[Path]:
    """Write the measures of every resource page (:func:`measure_rows`), in the files of
    :func:`measures_shard`; every build writes them all, while a page is written again
    only when its own facts change (betweenness and closeness move with any change of the
    network). Each file sets ``window.svMeasures`` to ``{"terms": {measure: [Swedish,
    English, meaning in Swedish, meaning in English]}, "rows": {key: rows}}``."""
    from samverkan.network._data import node_id
    from samverkan.views._page import embed_json

    shards: dict[str, dict[str, Any]] = defaultdict(lambda: {"terms": {}, "rows": {}})
    for iri in site.resources:
        rows = measure_rows(site, iri)
        if rows is None:
            continue
        key = str(node_id(iri))
        shard = shards[measures_shard(key)]
        shard["rows"][key] = rows
        for column, *_ in rows:
            term = MEASURES[str(column)]
            shard["terms"][column] = [term.sv, term.en, term.sv_meaning, term.en_meaning]
    return [
        write_page(site.out / name, f"window.svMeasures = {embed_json(shards[name])};\n")
        for name in sorted(shards)
    ]


def measures_panel(site: Site, iri: str, here: str | None = None) -> str:
    """The measure panel of the page of ``iri`` (``here``, relative to the site), ``""``
    when it has no measures: a heading and an empty table that ``site.js`` fills from the
    file beside the pages (:func:`write_measures`), loaded by the script element that ends
    the panel. The page shows the measures of the last build without being written again;
    without that file it says the measures are missing.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> site = SimpleNamespace(measures={"kommun/1281": {"betweenness": 0.123456}})
    >>> panel = measures_panel(site, "https://w3id.org/samverkan/id/kommun/1281",
    ...                        "kommun/1281.html")
    >>> 'data-key="kommun/1281"' in panel, '<script src="../measures/89.js">' in panel
    (True, True)
    >>> measures_panel(site, "https://w3id.org/samverkan/id/kommun/1280")
    ''
    """
    from samverkan.network._data import node_id

    key = str(node_id(iri))
    if site.measures.get(key) is None:
        return ""
    where = here or "index.html"
    root = "../" * where.count("/")
    file = measures_shard(key)
    return (
        f'<section id="measures" data-key="{text(key)}" data-root="{text(root)}"'
        f' data-file="{text(file)}"><h2>{bi("Nätverksmått", "Network measures")}</h2>'
        "<p>"
        + bi(
            "I samverkansnätverket (samverkan network metrics).",
            "In the collaboration network (samverkan network metrics).",
        )
        + f'</p><table></table><script src="{text(root + file)}"></script></section>'
    )


def _node_iri(node: str, base: str) -> str:
    """The IRI of a node key of the network (:func:`samverkan.network._data.node_id`)."""
    return node if node.startswith(("http://", "https://")) else base + node


def _ego_panel(site: Site, iri: str, here: str, stated: list[Any], derived: list[Any]) -> str:
    neighbours: dict[str, bool] = {}
    pages = site.pages
    for rows, is_derived in ((stated, False), (derived, True)):
        for row in rows:
            v = row.value
            if row.property == _TYPE or not isinstance(v, str) or v not in pages or v == iri:
                continue
            neighbours[v] = neighbours.get(v, True) and is_derived
    if not neighbours:
        return ""
    ordered = sorted(neighbours, key=lambda v: sv_key(site.label(v)[0]))
    others = [(*site.label(v), site.rel(pages[v], here), neighbours[v]) for v in ordered[:40]]
    svg = ego_svg((*site.label(iri), None), others)
    links = ", ".join(site.link(v, here) for v in ordered)
    return (
        f'<section id="neighbours"><h2>{bi("Grannar", "Neighbours")} ({len(ordered)})</h2>'
        "<p>" + bi("Streckad linje: bara härledd.", "Dashed line: derived only.") + "</p>"
        f"{svg}<p>{links}</p></section>"
    )


def _data_panel(here: str) -> str:
    stem = Path(here).stem
    return (
        f'<section id="data"><h2>{bi("Data", "Data")}</h2><p>'
        f'<a href="{text(stem)}.ttl" download>Turtle</a> · '
        f'<a href="{text(stem)}.jsonld" download>JSON-LD</a> '
        + bi(
            "(varje trippel med resursen som subjekt, utsagd och härledd)",
            "(every triple with the resource as subject, stated and derived)",
        )
        + "</p></section>"
    )


def _write_data(site: Site, iri: str, path: Path) -> list[Path]:
    import pyoxigraph as ox

    from samverkan.errors import SamverkanError

    triples = sorted(
        {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in site.store.quads_for_pattern(ox.NamedNode(iri), None, None, None)
        },
        key=str,
    )
    files = []
    for suffix, fmt_ in ((".ttl", ox.RdfFormat.TURTLE), (".jsonld", ox.RdfFormat.JSON_LD)):
        target = path.with_suffix(suffix)
        try:
            data = ox.serialize(triples, format=fmt_, prefixes=_PREFIXES)
            write_new(target, data)
        except (OSError, ValueError) as error:
            raise SamverkanError(f"cannot write the resource data: {error}", path=target) from None
        files.append(target)
    return files


def doc_key(iri: str) -> str:
    """The file name (without suffix) of a document's reader.

    >>> doc_key("https://w3id.org/samverkan/id/dokument/lund-2024/")
    'lund-2024'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]
