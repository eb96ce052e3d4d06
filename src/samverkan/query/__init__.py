"""The SPARQL query library: named queries, the embedded store and any SPARQL 1.1 endpoint.

One module per job:

- :mod:`~samverkan.query.library`: the ``queries/*.rq`` files and their comment headers
  (:func:`list_queries`, :func:`load_query`, :class:`QueryInfo`, :class:`Param`);
- :mod:`~samverkan.query.params`: parameter names checked, values typed and bound as a
  ``VALUES`` clause, never pasted into the text;
- :mod:`~samverkan.query.run` (with :mod:`~samverkan.query.endpoint` and
  :mod:`~samverkan.query.results`): :func:`run_query` on the embedded store or a remote
  endpoint, with a label beside each column of IRIs;
- :mod:`~samverkan.query.output`: :func:`format_results` and :func:`canonical_csv`;
- :mod:`~samverkan.query.stored` (with :mod:`~samverkan.query.cooperation` and
  :mod:`~samverkan.query.patch`): the largest answers, kept with a build, joined in Python
  and, in a rebuild, brought up to date.

The violation queries are run by :func:`samverkan.validate.run_violations`; the stored
expected answers of the tests are rewritten by ``tests/regenerate_expected.py``.

Examples
--------
Running a query, with a label beside each IRI, is shown in :mod:`samverkan.query.run`.

>>> info = load_query("active-in-year")
>>> info.title, [(p.name, p.type, p.default) for p in info.params]
('What was active in a given year', [('year', 'integer', '2018')])
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from samverkan.query.library import (
    PARAM_TYPES,
    Param,
    QueryInfo,
    declare_prefixes,
    list_queries,
    load_query,
)
from samverkan.query.output import FORMATS, canonical_csv, format_results

# Private names that tests and the command line imported from the single module before it
# became a package; kept so that those imports keep working.
from samverkan.query.params import bindings as _bindings  # noqa: F401
from samverkan.query.params import inject_values as _inject_values  # noqa: F401
from samverkan.query.results import python_value as _python_value  # noqa: F401
from samverkan.query.results import rows_from_result as _rows_from_result  # noqa: F401
from samverkan.query.run import run_query

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph as ox

__all__ = [
    "FORMATS",
    "PARAM_TYPES",
    "Param",
    "QueryInfo",
    "canonical_csv",
    "declare_prefixes",
    "format_results",
    "list_queries",
    "load_query",
    "run_query",
]


def _open_build_store(build_dir: Path) -> ox.Store:
    """The built dataset of ``build_dir`` (through :func:`samverkan.store.open_store`)."""
    from samverkan.store import open_store

    return open_store(Path(build_dir))
