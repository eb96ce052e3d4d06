"""A page per resource: actors, initiatives, collaborations, memberships, fundings, posts,
documents; and a reader per document of the corpus.

Static HTML that opens from disk with no network (the views' Content-Security-Policy, one
inline script: the Swedish/English switch). A page's address follows the IRI:
``https://w3id.org/samverkan/id/kommun/1281`` is ``kommun/1281.html`` under the site
directory, with ``kommun/1281.ttl`` and ``kommun/1281.jsonld`` beside it (every triple
whose subject is the resource, stated and derived). Each page shows the resource's labels,
classes, sector and municipality, its stated facts and its derived facts apart, why each
derived tie exists (its basis, the node it goes through and the document), every quote
with its document's title, date and publisher, its measures with their meaning, a small
picture of its neighbours, and the SPARQL behind each panel.

The reader (``text/<document>.html``) is written only when the build is given the corpus:
the document's text with every evidence quote marked by its offsets and linked to the
facts it supports. The text is read at build time and never stored elsewhere.

Examples
--------
>>> import tempfile
>>> from samverkan.network import example_store
>>> written = write_site(example_store(), tempfile.mkdtemp())
>>> any(p.as_posix().endswith("kommun/1281.html") for p in written)
True
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan.namespaces import DCTERMS, ID, ORG, PREFIXES, RDF, RDFS, SAM
from samverkan.site import _queries as Q
from samverkan.site._html import bi, ego_svg, page, text
from samverkan.site._names import PROPERTY_NAMES
from samverkan.views._format import fmt, sv_key
from samverkan.views._render import write_page
from samverkan.views._terms import BASES, MEASURES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    import pyoxigraph

__all__ = ["BASE", "page_path", "write_site"]

#: Namespace of the resources that get pages.
BASE = str(ID)
_RDFS_LABEL = str(RDFS.label)
_TITLE = str(DCTERMS.title)
_SECTOR = str(SAM.sector)
_MUNICIPALITY = str(SAM.municipality)
_TYPE = str(RDF.type)
_COOPERATES = str(SAM.cooperatesWith)
_MEMBER = str(ORG.member)
_ORGANIZATION = str(ORG.organization)
_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
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


def page_path(iri: str) -> str | None:
    """The page of ``iri`` relative to the site directory, or None if it gets none.

    Examples
    --------
    >>> page_path("https://w3id.org/samverkan/id/kommun/1281")
    'kommun/1281.html'
    >>> page_path("https://example.org/x") is None, page_path(BASE + "a/../b") is None
    (True, True)
    """
    if not iri.startswith(BASE):
        return None
    parts = iri[len(BASE) :].split("/")
    if not parts or any(not p or p in {".", ".."} or set(p) - _SAFE for p in parts):
        return None
    return "/".join(parts) + ".html"


class _Site:
    """What every page needs: labels, documents, measures, the pages that exist."""

    def __init__(
        self,
        store: pyoxigraph.Store,
        out: Path,
        network: nx.Graph | None,
        tables: list[pd.DataFrame],
        corpus: Path | None,
    ) -> None:
        from samverkan.query import run_query

        self.store = store
        self.out = out
        self.run = lambda q, iri=None: run_query(
            store, q, {"resource": iri} if iri else None, labels=False
        )
        self.classes: dict[str, list[str]] = defaultdict(list)
        for row in self.run(Q.RESOURCES).itertuples(index=False):
            if page_path(row.resource):
                self.classes[row.resource].append(row[1])
        self.resources = sorted(self.classes)
        self.pages = {r: page_path(r) for r in self.resources}
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in self.run(Q.LABELS).itertuples(index=False):
            if row.property not in (_RDFS_LABEL, _TITLE):
                self.props[row.resource][row.property].add(row.value)
        self.documents = {
            row.document: row for row in self.run(Q.DOCUMENTS).itertuples(index=False)
        }
        self.network = network
        self.tables = tables
        self.corpus = corpus
        self.annotations = self.run(Q.ANNOTATIONS)
        self.drafts = {str(x) for x in self.run(Q.DRAFTS)["statement"]}
        # each panel query once with ?resource unbound: every resource's rows at once (the
        # query a page shows binds ?resource and gives the same rows, in the same order)
        self.stated, self.no_stated = self._by_resource(Q.every_resource(Q.STATED))
        self.derived, self.no_derived = self._by_resource(Q.DERIVED_EVERY)
        self.ties, self.no_ties = self._by_resource(Q.every_resource(Q.TIES))
        self.evidence, self.no_evidence = self._by_resource(Q.every_resource(Q.EVIDENCE))
        self.by_subject: dict[str, list[Any]] = defaultdict(list)
        for row in self.annotations.itertuples(index=False):
            self.by_subject[row.subject].append(row)

    def _by_resource(self, query: str) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
        """The rows of ``query`` (``?resource`` projected) per resource with a page, each
        without the ``resource`` column, and the empty frame for a resource with none."""
        frame = self.run(query)
        empty = frame.drop(columns="resource").iloc[0:0]
        frame = frame[frame["resource"].isin(self.pages)]
        groups = {
            str(key): group.drop(columns="resource")
            for key, group in frame.groupby("resource", sort=False)
        }
        return groups, empty

    # ---------------------------------------------------------------- names and links

    def label(self, iri: str) -> tuple[str, str]:
        """Swedish and English label of ``iri`` (its last part when it has none).

        A membership, which has no label, is named after its member and organisation.
        """
        found = self.labels.get(iri, {})
        if "sv" not in found and iri in PROPERTY_NAMES:
            return PROPERTY_NAMES[iri]
        props = self.props.get(iri, {})
        if not found and props.get(_MEMBER) and props.get(_ORGANIZATION):
            member = self.label(min(props[_MEMBER]))
            org = self.label(min(props[_ORGANIZATION]))
            return (
                f"{member[0]}: medlem i {org[0]}",
                f"{member[1]}: member of {org[1]}",
            )
        fallback = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri
        sv = found.get("sv") or found.get("en") or fallback
        return sv, found.get("en") or sv

    def link(self, iri: str, here: str) -> str:
        """A link to the page of ``iri`` from the page ``here``, or its name as text."""
        sv, en = self.label(iri)
        target = self.pages.get(iri)
        if not target:
            return bi(sv, en)
        href = os.path.relpath(target, os.path.dirname(here) or ".").replace(os.sep, "/")
        return f'<a href="{text(href)}">{bi(sv, en)}</a>'

    def value(self, value: Any, here: str) -> str:
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return self.link(value, here)
        return text(fmt(value))

    def document(self, iri: str, here: str) -> str:
        """A document as its title, date and publisher, linked to its page."""
        row = self.documents.get(iri)
        if row is None:
            return self.link(iri, here)
        publisher = self.label(row.publisher)[0] if row.publisher else ""
        extra = ", ".join(v for v in (publisher, fmt(row.issued)) if v)
        return self.link(iri, here) + (f" ({text(extra)})" if extra else "")

    def rel(self, target: str, here: str) -> str:
        return os.path.relpath(target, os.path.dirname(here) or ".").replace(os.sep, "/")


def write_site(
    store: pyoxigraph.Store,
    out_dir: str | Path,
    *,
    network: nx.Graph | None = None,
    measures: list[pd.DataFrame] | None = None,
    corpus: str | Path | None = None,
    views_href: str | None = None,
) -> list[Path]:
    """Write a page per resource (and a reader per document when ``corpus`` is given).

    Parameters
    ----------
    store : pyoxigraph.Store
        The built dataset (with its inferred graph).
    out_dir : str or Path
        Directory of the site.
    network : networkx.Graph, optional
        The collaboration network, for each actor's picture of its neighbours.
    measures : list of pandas.DataFrame, optional
        Measure tables (:func:`samverkan.network.measure_table`), indexed by node id; the
        first that holds a resource gives its measures.
    corpus : str or Path, optional
        Directory of the documents' texts, for the readers.
    views_href : str, optional
        Link to the views' index, relative to ``out_dir``.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    SamverkanError
        If a file cannot be written, or a document of the corpus cannot be read.
    """
    import pyoxigraph as ox

    out = Path(out_dir)
    site = _Site(store, out, network, list(measures or []), Path(corpus) if corpus else None)
    _labels_with_language(site, store, ox)
    written: list[Path] = []
    for iri in site.resources:
        written.extend(_write_resource(site, iri, views_href))
    written.append(_write_index(site, views_href))
    if site.corpus is not None:
        from samverkan.site._reader import write_readers

        written.extend(write_readers(site, views_href))
    return written


def _labels_with_language(site: _Site, store: Any, ox: Any) -> None:
    """Labels by language (run_query's values drop the language tag)."""
    query = (
        "SELECT ?r ?l WHERE { { ?r <" + _RDFS_LABEL + "> ?l } UNION { ?r <" + _TITLE + "> ?l } }"
    )
    site.labels.clear()
    for solution in store.query(query, use_default_graph_as_union=True):
        r, lit = solution["r"], solution["l"]
        if not isinstance(r, ox.NamedNode) or not isinstance(lit, ox.Literal):
            continue
        lang = lit.language or "sv"
        if lang in ("sv", "en"):
            found = site.labels[r.value]
            if lang not in found or lit.value < found[lang]:
                found[lang] = lit.value


def _write_index(site: _Site, views_href: str | None) -> Path:
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


def _write_resource(site: _Site, iri: str, views_href: str | None) -> list[Path]:
    here = site.pages[iri]
    sv, en = site.label(iri)
    stated = site.stated.get(iri, site.no_stated)
    derived = site.derived.get(iri, site.no_derived)
    ties = site.ties.get(iri, site.no_ties)
    evidence = site.evidence.get(iri, site.no_evidence)
    nav = []
    if views_href:
        nav.append(
            f'<a href="{text(site.rel(views_href, here))}">{bi("Alla vyer", "All views")}</a>'
        )
    classes = sorted(site.props.get(iri, {}).get(_TYPE, set()), key=str)
    kind = ", ".join(bi(*site.label(c)) for c in classes)
    heading = f'<h1>{bi(sv, en)}</h1>\n<p class="sub">{kind} · <code>{text(iri)}</code></p>'
    body = [
        _summary(site, iri, here, sv, en),
        _facts_panel(site, iri, here, stated),
        _derived_panel(site, iri, here, derived, ties),
        _quotes_panel(site, iri, here, evidence),
        _measures_panel(site, iri),
        _ego_panel(site, iri, here, stated, derived),
        _data_panel(here),
    ]
    path = site.out / here
    files = [write_page(path, page(sv, en, heading, " ".join(nav), "\n".join(body)))]
    files.extend(_write_data(site, iri, path))
    return files


#: The mark of a statement no person has reviewed yet (sam:reviewStatus "draft").
_DRAFT_MARK = (
    '<span class="draft" title="'
    + 'sam:reviewStatus &quot;draft&quot;">'
    + bi("utkast, ej granskat", "draft, not reviewed")
    + "</span>"
)


def _summary(site: _Site, iri: str, here: str, sv: str, en: str) -> str:
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
            reader = site.rel(f"text/{_doc_key(iri)}.html", here)
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


def _query_box(query: str, iri: str) -> str:
    return (
        "<details><summary>"
        + bi("SPARQL-frågan bakom panelen", "The SPARQL query behind this panel")
        + f"</summary><pre>{text(Q.shown(query, iri))}</pre></details>"
    )


def _facts_panel(site: _Site, iri: str, here: str, stated: pd.DataFrame) -> str:
    rows = []
    for row in stated.itertuples(index=False):
        prop = bi(*site.label(row.property))
        value = site.value(row.value, here)
        doc = site.document(row.document, here)
        arrow = "" if row.direction == "out" else _INVERSE
        if iri in site.drafts or str(row.value) in site.drafts:
            value += " " + _DRAFT_MARK
        rows.append(f"<tr><td>{prop}{arrow}</td><td>{value}</td><td>{doc}</td></tr>")
    head = bi("Egenskap", "Property"), bi("Värde", "Value"), bi("Dokument", "Document")
    table = (
        "<table><tr>"
        + "".join(f"<th>{h}</th>" for h in head)
        + "</tr>\n"
        + "\n".join(rows)
        + "</table>"
        if rows
        else f"<p>{bi('Inga.', 'None.')}</p>"
    )
    return (
        f'<section id="stated"><h2>{bi("Utsagda fakta", "Stated facts")} ({len(rows)})</h2>'
        "<p>"
        + bi(
            "Det som dokumenten säger, med dokumentet som säger det.",
            "What the documents say, with the document that says it.",
        )
        + "</p>"
        f"{table}{_query_box(Q.STATED, iri)}</section>"
    )


def _derived_panel(
    site: _Site, iri: str, here: str, derived: pd.DataFrame, ties: pd.DataFrame
) -> str:
    reasons: dict[str, list[Any]] = defaultdict(list)
    for row in ties.itertuples(index=False):
        reasons[row.other].append(row)
    rows = []
    for row in derived.itertuples(index=False):
        prop = bi(*site.label(row.property))
        value = site.value(row.value, here)
        why = ""
        if row.property == _COOPERATES and row.value in reasons:
            items = []
            for r in reasons[row.value]:
                basis = BASES.get(r.basis)
                phrase = bi(basis.sv, basis.en) if basis else text(r.basis)
                via = site.link(r.via, here) if r.via and r.basis != "stated" else ""
                quotes = []
                for fact in (r.fact1, r.fact2):
                    for a in site.by_subject.get(fact, []) if fact else []:
                        if a.document == r.document:
                            quotes.append(f"<q>{text(a.quote)}</q>")
                words = (" — " + " ".join(quotes)) if quotes else ""
                items.append(f"<li>{phrase} {via} ({site.document(r.document, here)}){words}</li>")
            why = "<ul>" + "".join(items) + "</ul>"
        arrow = "" if row.direction == "out" else _INVERSE
        rows.append(
            f'<tr class="derived"><td>{prop}{arrow}</td><td>{value}</td><td>{why}</td></tr>'
        )
    head = bi("Egenskap", "Property"), bi("Värde", "Value"), bi("Varför", "Why")
    table = (
        "<table><tr>"
        + "".join(f"<th>{h}</th>" for h in head)
        + "</tr>\n"
        + "\n".join(rows)
        + "</table>"
        if rows
        else f"<p>{bi('Inga.', 'None.')}</p>"
    )
    return (
        f'<section id="derived"><h2>{bi("Härledda fakta", "Derived facts")} ({len(rows)})</h2>'
        "<p>"
        + bi(
            "Det som resonemanget (OWL 2 RL) lägger till; för varje samverkan kedjan av "
            "utsagda fakta bakom den.",
            "What reasoning (OWL 2 RL) adds; for each cooperation, the chain of stated "
            "facts behind it.",
        )
        + f"</p>{table}{_query_box(Q.DERIVED, iri)}{_query_box(Q.TIES, iri)}</section>"
    )


def _quotes_panel(site: _Site, iri: str, here: str, evidence: pd.DataFrame) -> str:
    items = []
    for row in evidence.itertuples(index=False):
        about = site.link(row.subject, here) if row.subject != iri else bi("denna", "this")
        reader = ""
        if site.corpus is not None:
            href = site.rel(f"text/{_doc_key(row.document)}.html", here)
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


def _measures_panel(site: _Site, iri: str) -> str:
    from samverkan.network._data import node_id

    key = node_id(iri)
    for table in site.tables:
        if key in table.index:
            row = table.loc[key]
            break
    else:
        return ""
    rows = []
    for column, term in MEASURES.items():
        if column in row.index and fmt(row[column]) != "":
            value = row[column]
            shown = (
                bi("ja", "yes")
                if value is True
                else bi("nej", "no")
                if value is False
                else text(fmt(value))
            )
            rows.append(
                f"<tr><th>{bi(term.sv, term.en)}</th><td>{shown}</td>"
                f"<td>{bi(term.sv_meaning, term.en_meaning)}</td></tr>"
            )
    return (
        f'<section id="measures"><h2>{bi("Nätverksmått", "Network measures")}</h2>'
        "<p>"
        + bi(
            "I samverkansnätverket (samverkan network metrics).",
            "In the collaboration network (samverkan network metrics).",
        )
        + f"</p><table>{''.join(rows)}</table></section>"
    )


def _ego_panel(
    site: _Site, iri: str, here: str, stated: pd.DataFrame, derived: pd.DataFrame
) -> str:
    neighbours: dict[str, bool] = {}
    for frame, is_derived in ((stated, False), (derived, True)):
        for row in frame.itertuples(index=False):
            v = row.value
            if row.property == _TYPE or not isinstance(v, str) or v not in site.pages or v == iri:
                continue
            neighbours[v] = neighbours.get(v, True) and is_derived
    if not neighbours:
        return ""
    ordered = sorted(neighbours, key=lambda v: sv_key(site.label(v)[0]))
    others = [(*site.label(v), site.rel(site.pages[v], here), neighbours[v]) for v in ordered]
    svg = ego_svg((*site.label(iri), None), others[:40])
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


def _write_data(site: _Site, iri: str, path: Path) -> list[Path]:
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
            target.write_bytes(data)
        except (OSError, ValueError) as error:
            raise SamverkanError(f"cannot write the resource data: {error}", path=target) from None
        files.append(target)
    return files


def _doc_key(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]
