"""Where the project's files are: in a source checkout, or inside an installed wheel.

The ontology, the document graphs, the query library and the reference data live at the
top of the repository (``ontology/``, ``graph/``, ``queries/``, ``reference/``). A wheel
carries copies under ``samverkan/_project/``. The corpus is never part of the project: it is
given with ``--corpus`` or the ``SAMVERKAN_CORPUS`` environment variable.

Examples
--------
>>> project_dir("ontology").joinpath("samverkan.ttl").is_file()
True
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "BUILD_CACHE",
    "BUILD_MANIFEST",
    "DEFAULT_OUT",
    "VIEWS_CACHE",
    "default_corpus",
    "project_dir",
]

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent

DEFAULT_OUT = Path("out")
#: The cache inside a build directory, and the manifest in it that names the build's inputs
#: (:mod:`samverkan.incremental`).
BUILD_CACHE = ".cache"
BUILD_MANIFEST = "manifest.json"
#: The views' cache directory, inside the build's cache (``OUT/.cache/views``).
VIEWS_CACHE = "views"


def project_dir(name: str) -> Path:
    """Return the project directory ``name`` (``ontology``, ``graph``, ``queries``, ``reference``).

    A source checkout wins over the copy inside an installed wheel, so that an editable
    install always sees the files being edited.
    """
    checkout = _CHECKOUT / name
    if (_CHECKOUT / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return _PACKAGE / "_project" / name


def default_corpus() -> Path | None:
    """The corpus directory from ``SAMVERKAN_CORPUS``, else ``../shared/corpus`` of a checkout."""
    env = os.environ.get("SAMVERKAN_CORPUS")
    if env:
        return Path(env)
    guess = _CHECKOUT.parent / "shared" / "corpus"
    return guess if guess.is_dir() else None
