"""A data bundle for R, Python, Excel and Gephi users: a Frictionless Data Package.

:func:`write_bundle` writes a directory that opens without fixes:

``datapackage.json``
    The Data Package descriptor: one resource per table, each with its Table Schema
    (types, codes as strings with patterns, descriptions in English and Swedish, primary
    and foreign keys). ``frictionless validate datapackage.json`` passes.
``*.csv``
    The tables: UTF-8 with a byte-order mark, comma-separated, ``.`` as decimal point,
    empty cell = missing, one value per cell (several values are rows of a long table).
``samverkan.xlsx``
    The same tables as an Excel workbook, codes stored as text (for Excel, also Swedish
    Excel, which splits a CSV on ``;``).
``CODEBOOK.md``
    Every column explained in Swedish and English, and the year rule.
``network.gexf``, ``network.graphml``
    The collaboration network for Gephi (colours, sizes, positions, a timeline) and igraph.
``example.R``, ``example.py``
    Scripts that run from the bundle's directory: read the tables through the schema,
    build the graph, compute degree and betweenness, write them to a CSV.

Examples
--------
>>> import tempfile, json, pathlib
>>> from samverkan.network import example_store
>>> out = write_bundle(example_store(), pathlib.Path(tempfile.mkdtemp()) / "bundle")
>>> package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
>>> [r["name"] for r in package["resources"]][:3]
['nodes', 'node_documents', 'ties']
>>> (out / "nodes.csv").read_bytes()[:3]
b'\\xef\\xbb\\xbf'
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan import __version__
from samverkan.bundle._codebook import codebook
from samverkan.bundle._schema import TABLES, table_schema
from samverkan.bundle._tables import network, tables
from samverkan.bundle._workbook import workbook_bytes
from samverkan.errors import SamverkanError
from samverkan.namespaces import BASE

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = ["DELIMITER", "FILES", "SCRIPTS", "datapackage", "write_bundle", "write_csv"]

#: The CSV delimiter (declared in each resource's ``dialect``).
DELIMITER = ","
#: The example scripts copied into every bundle.
SCRIPTS = ("example.R", "example.py")
#: The files of a bundle besides the tables' CSVs.
FILES = (
    "datapackage.json",
    "CODEBOOK.md",
    "samverkan.xlsx",
    "network.gexf",
    "network.graphml",
    *SCRIPTS,
)


def _cell(value: Any) -> str:
    """A value as CSV text: ``""`` for missing, ``true``/``false``, shortest float repr.

    >>> [_cell(v) for v in (None, True, 3, 0.25, "0125")]
    ['', 'true', '3', '0.25', '0125']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    """The bytes of one table as CSV: a byte-order mark, a header, ``\\r\\n`` line ends.

    Examples
    --------
    >>> write_csv([{"id": "kommun/0125", "code": "0125"}], ["id", "code"])
    b'\\xef\\xbb\\xbfid,code\\r\\nkommun/0125,0125\\r\\n'
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def datapackage() -> dict[str, Any]:
    """The Data Package descriptor of a bundle (the same for every build of this version).

    Examples
    --------
    >>> d = datapackage()
    >>> d["resources"][0]["dialect"], d["resources"][0]["encoding"]
    ({'delimiter': ',', 'header': True, 'lineTerminator': '\\r\\n'}, 'utf-8-sig')
    """
    return {
        "profile": "tabular-data-package",
        "name": "samverkan",
        "title": "samverkan: collaboration in Swedish municipal integration work",
        "description": (
            "Who collaborates with whom in Swedish municipal integration work, from five "
            "public Swedish texts (2019): the collaboration network with its measures, the "
            "facts behind each tie with the quotes that state them, the documents, fundings "
            "and memberships. See CODEBOOK.md (Swedish and English)."
        ),
        "version": __version__,
        "homepage": BASE,
        "resources": [
            {
                "name": t.name,
                "path": f"{t.name}.csv",
                "profile": "tabular-data-resource",
                "title": t.en,
                "description": t.en,
                "description_sv": t.sv,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": {"delimiter": DELIMITER, "header": True, "lineTerminator": "\r\n"},
                "schema": table_schema(t),
            }
            for t in TABLES
        ],
    }


def _script(name: str) -> bytes:
    return resources.files("samverkan.bundle").joinpath("scripts", name).read_bytes()


def _network_files(net: Any, directory: Path) -> None:
    from samverkan.network.export import write_gexf, write_graphml

    write_gexf(net.G, directory / "network.gexf", snapshots=net.snapshots)
    write_graphml(net.G, directory / "network.graphml")


def write_bundle(store: pyoxigraph.Store, directory: str | PathLike[str]) -> Path:
    """Write the data bundle of the dataset in ``store`` to ``directory``; return it.

    The same build gives the same bytes in every file. The files are written to a
    temporary directory first and moved into ``directory`` when all are written, so a
    failure leaves an earlier bundle as it was. Other files in ``directory`` are kept.

    Parameters
    ----------
    store : pyoxigraph.Store
        A built dataset (with its inferred graph).
    directory : str or path-like
        Where to write; created if missing.

    Returns
    -------
    Path
        ``directory``.

    Raises
    ------
    SamverkanError
        If the dataset has no collaboration network or ``directory`` cannot be written.
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise SamverkanError(f"{directory}: exists and is not a directory")
    net = network(store)
    data = tables(store, net)
    files: dict[str, bytes] = {}
    for t in TABLES:
        files[f"{t.name}.csv"] = write_csv(data[t.name], t.columns)
    text = json.dumps(datapackage(), ensure_ascii=False, indent=2) + "\n"
    files["datapackage.json"] = text.encode("utf-8")
    files["CODEBOOK.md"] = codebook(data).encode("utf-8")
    files["samverkan.xlsx"] = workbook_bytes(data)
    for name in SCRIPTS:
        files[name] = _script(name)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".bundle-", dir=directory) as tmp:
            staging = Path(tmp)
            for name, content in files.items():
                (staging / name).write_bytes(content)
            _network_files(net, staging)
            for path in sorted(staging.iterdir()):
                path.replace(directory / path.name)
    except OSError as exc:
        raise SamverkanError(f"{directory}: cannot write the bundle: {exc.strerror}") from None
    return directory
