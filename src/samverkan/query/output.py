"""Output formats of a result table: ``table``, ``csv``, ``json``, ``md``, and a canonical CSV.

Examples
--------
>>> import pandas as pd
>>> print(format_results(pd.DataFrame({"n": [1, 2]}, dtype=object)))
n
-
1
2
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from samverkan.errors import SamverkanError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["FORMATS", "canonical_csv", "format_results"]

FORMATS = ("table", "csv", "json", "md")


def _cell(value: Any) -> str:
    if type(value) is str:  # most cells: no test for a missing value needed
        return value
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_results(df: pd.DataFrame, fmt: str = "table") -> str:
    """Render a result table as ``table``, ``csv``, ``json`` (records) or ``md`` (Markdown).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"x": ["https://w3id.org/samverkan/id/kommun/1281"],
    ...                    "xLabel": ["Lunds kommun"], "n": [3]}, dtype=object)
    >>> print(format_results(df, "md"))
    | x | xLabel | n |
    |---|---|---|
    | https://w3id.org/samverkan/id/kommun/1281 | Lunds kommun | 3 |
    >>> print(format_results(df, "csv").strip())
    x,xLabel,n
    https://w3id.org/samverkan/id/kommun/1281,Lunds kommun,3
    >>> format_results(df, "json")
    '[{"x": "https://w3id.org/samverkan/id/kommun/1281", "xLabel": "Lunds kommun", "n": 3}]'
    """
    if fmt not in FORMATS:
        raise SamverkanError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    columns = [str(c) for c in df.columns]
    rows = [[_cell(v) for v in row] for row in df.itertuples(index=False, name=None)]
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "json":
        records = [
            {c: (None if v is None else v) for c, v in zip(columns, row, strict=True)}
            for row in df.astype(object).where(df.notna(), None).itertuples(index=False, name=None)
        ]
        return json.dumps(records, ensure_ascii=False, default=str)
    if fmt == "md":

        def esc(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(esc(c) for c in columns) + " |"]
        lines.append("|" + "---|" * len(columns))
        lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
        return "\n".join(lines)
    if not rows:
        return "(no rows) " + " ".join(columns)
    widths = [min(60, max(len(c), *(len(r[i]) for r in rows))) for i, c in enumerate(columns)]

    def fit(text: str, width: int) -> str:
        text = text.replace("\n", " ")
        return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)

    out = ["  ".join(fit(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(fit(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(out)


def canonical_csv(df: pd.DataFrame) -> str:
    """CSV of a result with its rows sorted: a stable form for stored expected results.

    Examples
    --------
    >>> import pandas as pd
    >>> print(canonical_csv(pd.DataFrame({"a": ["y", "x"], "n": [2, None]}, dtype=object)))
    a,n
    x,
    y,2
    <BLANKLINE>
    """
    import csv
    import io

    rows = sorted([_cell(v) for v in row] for row in df.itertuples(index=False, name=None))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([str(c) for c in df.columns])
    writer.writerows(rows)
    return buffer.getvalue()
