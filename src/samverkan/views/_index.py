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

from samverkan.views._format import fmt, plain
from samverkan.views._page import asset, csp, fill
from samverkan.views._render import write_page

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["index_html", "write_index"]

View = tuple[str, str | Path] | tuple[str, str | Path, str]


def _views(views: Mapping[str, str | Path] | Iterable[View]) -> list[tuple[str, Path, str]]:
    items = views.items() if isinstance(views, Mapping) else views
    out = []
    for item in items:
        title, path, *rest = item
        out.append((str(title), Path(path), str(rest[0]) if rest else ""))
    return out


def _href(path: Path, out_dir: Path) -> str:
    target = path if path.is_absolute() else out_dir / path
    rel = os.path.relpath(target, out_dir)
    return quote(Path(rel).as_posix())


def _table_html(table: pd.DataFrame | None) -> str:
    if table is None or len(table) == 0:
        return "<p>Ingen måttabell.</p>"
    columns = list(table.columns)
    if "label" in columns:
        columns.remove("label")
        columns.insert(0, "label")
    head = "".join(
        f'<th scope="col"><button type="button">{html.escape(str(c))}</button></th>'
        for c in columns
    )
    head = f'{head}<th scope="col"><button type="button">IRI</button></th>'
    rows = []
    for index, record in zip(table.index, table[columns].itertuples(index=False), strict=True):
        cells = []
        for value in record:
            number = plain(value)
            numeric = isinstance(number, int | float) and not isinstance(number, bool)
            sort = f' data-sort="{number!r}"' if numeric else ""
            cls = ' class="num"' if numeric else ""
            cells.append(f"<td{cls}{sort}>{html.escape(fmt(value))}</td>")
        cells.append(f'<td class="iri">{html.escape(str(index))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<table id="sv-measures"><thead><tr>'
        + head
        + "</tr></thead><tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table>"
    )


def index_html(
    out_dir: str | Path,
    views: Mapping[str, str | Path] | Sequence[View],
    table: pd.DataFrame | None = None,
    *,
    title: str = "samverkan: nätverksvyer",
    skipped: Iterable[tuple[str, str]] = (),
) -> str:
    """Return the index page (see :func:`write_index`) as a string.

    Examples
    --------
    >>> page = index_html("out", {"Hela nätverket": "network.html"},
    ...                   skipped=[("Finansieringsflöden", "the funding projection is empty")])
    >>> '<a href="network.html">Hela nätverket</a>' in page
    True
    >>> 'ingen vy: the funding projection is empty</span></li>' in page
    True
    """
    out_dir = Path(out_dir)
    items = []
    for view_title, path, description in _views(views):
        desc = f" <span>{html.escape(description)}</span>" if description else ""
        items.append(
            f'<li><a href="{html.escape(_href(path, out_dir), quote=True)}">'
            f"{html.escape(view_title)}</a>{desc}</li>"
        )
    for view_title, reason in skipped:
        items.append(
            f'<li class="skipped">{html.escape(view_title)} '
            f"<span>ingen vy: {html.escape(reason)}</span></li>"
        )
    script = asset("assets/index.js")
    return fill(
        asset("templates/index.html"),
        {
            "CSP": html.escape(csp([script]), quote=True),
            "TITLE": html.escape(title),
            "VIEWS": "\n".join(items) or "<li>Inga vyer.</li>",
            "TABLE": _table_html(table),
            "APP": script,
        },
    )


def write_index(
    out_dir: str | Path,
    views: Mapping[str, str | Path] | Sequence[View],
    table: pd.DataFrame | None = None,
    *,
    title: str = "samverkan: nätverksvyer",
    skipped: Iterable[tuple[str, str]] = (),
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
    page = index_html(out_dir, views, table, title=title, skipped=skipped)
    return write_page(out_dir / "index.html", page)
