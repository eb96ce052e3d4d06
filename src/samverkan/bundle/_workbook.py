"""``samverkan.xlsx``: the bundle's tables as an Excel workbook, codes stored as text.

One sheet per table, a first sheet that describes them (Swedish and English). Text
columns are stored as text cells with the text number format (``@``), so Excel keeps
``0125`` as it is; numbers are numbers. The bytes are the same for the same tables: the
workbook's dates are fixed and its zip entries carry a fixed time.

Examples
--------
>>> import io, openpyxl
>>> data = {t.name: [] for t in TABLES}
>>> data["nodes"] = [{"id": "kommun/0125", "name": "Ekerö kommun", "municipality_code": "0125",
...                   "iri": "x", "degree": 3, "betweenness": 0.5}]
>>> wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(data)))
>>> cell = wb["nodes"]["I2"]
>>> cell.value, cell.data_type, cell.number_format
('0125', 's', '@')
>>> workbook_bytes(data) == workbook_bytes(data)
True
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from typing import Any

from samverkan.bundle._schema import TABLES

__all__ = ["workbook_bytes"]

#: The date the workbook says it was made (fixed, so that builds are byte-identical).
_FIXED = datetime.datetime(2019, 12, 31, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _normalise_zip(raw: bytes) -> bytes:
    """Re-pack ``raw`` with fixed entry times and fixed document dates."""
    stamp = _FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                    lambda m: m.group(1) + stamp.encode() + m.group(3),
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, content)
    return out.getvalue()


def workbook_bytes(data: dict[str, list[dict[str, Any]]]) -> bytes:
    """The bytes of the workbook of ``data`` (``{table name: rows}``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.creator = "samverkan"
    wb.properties.created = _FIXED
    wb.properties.modified = _FIXED
    about = wb.active
    about.title = "README"
    bold = Font(bold=True)
    about.append(["tabell / table", "beskrivning", "description", "rader / rows"])
    for cell in about[1]:
        cell.font = bold
    for t in TABLES:
        about.append([t.name, t.sv, t.en, len(data.get(t.name, []))])
    about.append([])
    about.append(["Kolumnerna förklaras i CODEBOOK.md; koder är text (0125 behåller sin nolla)."])
    about.append(["CODEBOOK.md explains every column; codes are text (0125 keeps its zero)."])
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 60
    about.column_dimensions["C"].width = 60
    for t in TABLES:
        ws = wb.create_sheet(t.name)
        ws.append(t.columns)
        for cell in ws[1]:
            cell.font = bold
        text_columns = [i for i, c in enumerate(t.fields, 1) if c.type in ("string", "date")]
        for row in data.get(t.name, []):
            ws.append([row.get(c) for c in t.columns])
        for i in text_columns:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                if cell.value is not None:
                    cell.value = str(cell.value)
                    cell.data_type = "s"
                cell.number_format = "@"
        ws.freeze_panes = "A2"
        for i, c in enumerate(t.fields, 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, len(c.name) + 2)
    raw = io.BytesIO()
    wb.save(raw)
    return _normalise_zip(raw.getvalue())
