"""Every view of a built dataset, written under ``OUT/views/`` (called by ``samverkan build``)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

__all__ = ["write_all"]


def write_all(store: Any, out_dir: str | Path) -> list[Path]:
    """Write every view of the dataset in ``store`` to ``out_dir``; return the files written.

    Placeholder until :mod:`samverkan.network.projections` exists: writes nothing.
    """
    try:
        from samverkan.network import projections  # noqa: F401
    except ModuleNotFoundError:
        warnings.warn("samverkan.network is not available: no views written", stacklevel=2)
        return []
    return []
