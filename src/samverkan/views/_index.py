"""The index page: a link to every view and the per-actor measure table.

Plain HTML written from Python, every data string through :func:`html.escape`; one small
inline script (allowed by its hash) makes the table sortable.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from samverkan.views._encoding import type_style
from samverkan.views._format import fmt, plain
from samverkan.views._page import asset, csp, fill
from samverkan.views._render import write_page
from samverkan.views._terms import MEASURES, Term

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["index_html", "readable", "write_index"]

View = (
    tuple[str, str | Path]
    | tuple[str, str | Path, str]
    | tuple[str, str | Path, str, str, str]
)


def _views(
    views: Mapping[str, str | Path] | Iterable[View],
) -> list[tuple[str, Path, str, str, str]]:
    """``(title, path, description, title_en, description_en)`` of every view."""
    items = views.items() if isinstance(views, Mapping) else views
    out = []
    for item in items:
        title, path, *rest = item
        rest = [str(r) for r in rest] + [""] * (3 - len(rest))
        out.append((str(title), Path(path), rest[0], rest[1] or str(title), rest[2] or rest[0]))
    return out


def _href(path: Path, out_dir: Path) -> str:
    target = path if path.is_absolute() else out_dir / path
    rel = os.path.relpath(target, out_dir)
    return quote(Path(rel).as_posix())


#: Swedish and English headings of the attribute columns of the measure table.
_COLUMNS = {
    "label": Term("Aktör", "Actor"),
    "type": Term("Typ", "Type"),
    "sector": Term("Sektor", "Sector"),
    "municipality": Term("Kommun", "Municipality"),
}


def readable(table: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """``table`` with the display names the views and the index use: measure and attribute
    columns by their names in ``lang`` ("sv" or "en"), actor types by their names, not
    their class names. For reading (a notebook, a report); computations keep the keys.

    Parameters
    ----------
    table : pandas.DataFrame
        A measure table (:func:`samverkan.network.measure_table`) or some of its columns.
    lang : {"en", "sv"}
        The language of the names.

    Returns
    -------
    pandas.DataFrame
        A renamed copy; columns the views do not name keep their keys.

    Raises
    ------
    SamverkanError
        If ``lang`` is neither "sv" nor "en".

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"label": ["Lunds kommun"], "type": ["Municipality"],
    ...                   "betweenness": [0.05], "gatekeeper": [3]}, index=["kommun/1281"])
    >>> list(readable(t).columns), readable(t)["Type"].iloc[0]
    (['Actor', 'Type', 'Betweenness', 'Gatekeeper'], 'Municipality')
    >>> list(readable(t, "sv").columns), readable(t, "sv")["Typ"].iloc[0]
    (['Aktör', 'Typ', 'Mellanhet', 'Grindvakt'], 'Kommun')
    """
    if lang not in ("sv", "en"):
        from samverkan.errors import SamverkanError

        raise SamverkanError(f"lang={lang!r}: the names are in 'sv' or 'en'")
    out = table.copy()
    if "type" in out.columns:
        key = "type_label" if lang == "sv" else "type_label_en"
        out["type"] = [type_style(t)[key] if isinstance(t, str) and t else t for t in out["type"]]
    names = {}
    for column in out.columns:
        term = _COLUMNS.get(str(column)) or MEASURES.get(str(column))
        if term is not None:
            names[column] = term.sv if lang == "sv" else term.en
    return out.rename(columns=names)


def _bi(sv: str, en: str) -> str:
    if sv == en:
        return html.escape(sv)
    return (
        f'<span class="sv">{html.escape(sv)}</span><span class="en">{html.escape(en)}</span>'
    )


def _heading(column: str) -> str:
    term = _COLUMNS.get(column) or MEASURES.get(column)
    if term is None:
        return html.escape(column)
    title = f' title="{html.escape(term.sv_meaning, quote=True)}"' if term.sv_meaning else ""
    return f"<span{title}>{_bi(term.sv, term.en)}</span>"


def _table_html(
    table: pd.DataFrame | None,
    pages: Mapping[str, str] | None = None,
    rows: int | None = None,
    whole: str | None = None,
) -> str:
    if table is None or len(table) == 0:
        return "<p>" + _bi("Ingen måttabell.", "No measure table.") + "</p>"
    pages = pages or {}
    # the community is named by its anchor, a node of the table: shown by its label
    labels = (
        dict(zip(map(str, table.index), table["label"], strict=True)) if "label" in table else {}
    )
    note = ""
    if rows is not None and len(table) > rows:
        where_sv = where_en = ""
        if whole:
            link = f'<a id="sv-measures-all" href="{html.escape(quote(whole), quote=True)}">'
            where_sv = f"; alla {len(table)} i {link}{html.escape(whole)}</a>"
            where_en = f"; all {len(table)} in {link}{html.escape(whole)}</a>"
        note = (
            f'<p id="sv-measures-note"><span class="sv">De {rows} första av {len(table)}'
            f" aktörer (efter mellanhet){where_sv}.</span><span class=\"en\">The first {rows}"
            f" of {len(table)} actors (by betweenness){where_en}.</span></p>\n"
        )
        table = table.head(rows)
    columns = list(table.columns)
    if "label" in columns:
        columns.remove("label")
        columns.insert(0, "label")
    head = "".join(
        f'<th scope="col"><button type="button">{_heading(str(c))}</button></th>'
        for c in columns
    )
    head = f'{head}<th scope="col"><button type="button">IRI</button></th>'
    rows = []
    for index, record in zip(table.index, table[columns].itertuples(index=False), strict=True):
        cells = []
        for column, value in zip(columns, record, strict=True):
            number = plain(value)
            href = pages.get(str(index)) if column == "label" else None
            if href:
                cells.append(
                    f'<td><a href="{html.escape(quote(href), quote=True)}">'
                    f"{html.escape(fmt(value))}</a></td>"
                )
                continue
            if column == "community" and isinstance(value, str) and value in labels:
                name = html.escape(fmt(labels[value]) or value)
                target = pages.get(value)
                cells.append(
                    f'<td><a href="{html.escape(quote(target), quote=True)}">{name}</a></td>'
                    if target
                    else f"<td>{name}</td>"
                )
                continue
            if column == "type" and isinstance(value, str) and value:
                # the class's Swedish and English name, not its local name (Municipality)
                style = type_style(value)
                cells.append(f"<td>{_bi(style['type_label'], style['type_label_en'])}</td>")
                continue
            if isinstance(number, bool):
                cells.append(f"<td>{_bi('ja', 'yes') if number else _bi('nej', 'no')}</td>")
                continue
            numeric = isinstance(number, int | float) and not isinstance(number, bool)
            sort = f' data-sort="{number!r}"' if numeric else ""
            cls = ' class="num"' if numeric else ""
            cells.append(f"<td{cls}{sort}>{html.escape(fmt(value))}</td>")
        cells.append(f'<td class="iri">{html.escape(str(index))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    # the table scrolls sideways inside the page, its first column (the actor) stays put
    return (
        note
        + '<div id="sv-measures-wrap" tabindex="0"><table id="sv-measures"><thead><tr>'
        + head
        + "</tr></thead><tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table></div>"
    )


def index_html(
    out_dir: str | Path,
    views: Mapping[str, str | Path] | Sequence[View],
    table: pd.DataFrame | None = None,
    *,
    title: str = "samverkan: nätverksvyer",
    skipped: Iterable[tuple[str, str]] = (),
    site: str | None = None,
    pages: Mapping[str, str] | None = None,
    rows: int | None = None,
    whole: str | None = None,
) -> str:
    """Return the index page (see :func:`write_index`) as a string.

    Examples
    --------
    >>> page = index_html("out", {"Hela nätverket": "network.html"},
    ...                   skipped=[("Finansieringsflöden", "the funding projection is empty")])
    >>> '<a href="network.html">Hela nätverket</a>' in page
    True
    >>> 'no view</span>: the funding projection is empty</span></li>' in page
    True
    """
    out_dir = Path(out_dir)
    items = []
    for view_title, path, description, title_en, description_en in _views(views):
        desc = f" <span>{_bi(description, description_en)}</span>" if description else ""
        items.append(
            f'<li><a href="{html.escape(_href(path, out_dir), quote=True)}">'
            f"{_bi(view_title, title_en)}</a>{desc}</li>"
        )
    for view_title, reason in skipped:
        items.append(
            f'<li class="skipped">{html.escape(view_title)} '
            f"<span>{_bi('ingen vy', 'no view')}: {html.escape(reason)}</span></li>"
        )
    if site:
        items.insert(
            0,
            f'<li><a id="sv-site" href="{html.escape(quote(site), quote=True)}">'
            + _bi("En sida per aktör, initiativ, finansiering, tjänst och dokument",
                  "A page per actor, initiative, funding, post and document")
            + "</a> <span>"
            + _bi("fakta, varför varje band finns, citaten, måtten",
                  "facts, why each tie exists, the quotes, the measures")
            + "</span></li>",
        )
    script = asset("assets/index.js")
    lang = asset("assets/lang.js")
    return fill(
        asset("templates/index.html"),
        {
            "CSP": html.escape(csp([script, lang]), quote=True),
            "TITLE": html.escape(title),
            "VIEWS": "\n".join(items) or "<li>" + _bi("Inga vyer.", "No views.") + "</li>",
            "TABLE": _table_html(table, pages, rows, whole),
            "APP": script,
            "LANG": lang,
        },
    )


def write_index(
    out_dir: str | Path,
    views: Mapping[str, str | Path] | Sequence[View],
    table: pd.DataFrame | None = None,
    *,
    title: str = "samverkan: nätverksvyer",
    skipped: Iterable[tuple[str, str]] = (),
    site: str | None = None,
    pages: Mapping[str, str] | None = None,
    rows: int | None = None,
    whole: str | None = None,
) -> Path:
    """Write ``out_dir/index.html``: links to every view and the measure table.

    Parameters
    ----------
    out_dir : str or Path
        Directory of the index; links are made relative to it.
    views : mapping of title to path, or sequence of (title, path[, description])
        The views to link, in order; a relative path is relative to ``out_dir``.
    table : pandas.DataFrame, optional
        One row per actor (index: node id), one column per measure; a ``label`` column
        comes first. Sortable by clicking a column heading.
    title : str
        Page title.
    skipped : iterable of (title, reason)
        Views that were not made because they have nothing to show, and why; listed
        after the links.
    site : str, optional
        Address of the index of the resource pages (:mod:`samverkan.site`), linked first.
    pages : mapping of node id to address, optional
        The page of each actor of ``table``: its name links to it.
    rows : int, optional
        Show only the first ``rows`` rows of ``table``, and say so.
    whole : str, optional
        Address of the whole table (with ``rows``), linked from that note.

    Returns
    -------
    Path
        The index file.

    Raises
    ------
    SamverkanError
        If the file cannot be written.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> d = tempfile.mkdtemp()
    >>> t = pd.DataFrame({"label": ["Åre kommun"], "degree": [0.5]}, index=["https://x/1"])
    >>> p = write_index(d, [("Hela nätverket", "network.html", "alla aktörer")], t)
    >>> "Åre kommun" in p.read_text(encoding="utf-8")
    True
    """
    out_dir = Path(out_dir)
    page = index_html(
        out_dir,
        views,
        table,
        title=title,
        skipped=skipped,
        site=site,
        pages=pages,
        rows=rows,
        whole=whole,
    )
    return write_page(out_dir / "index.html", page)
