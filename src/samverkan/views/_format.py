"""Plain values and Swedish text for the views: JSON-able values, numbers, labels, order.

Shared by the vis records (:mod:`samverkan.views._records`), the layout
(:mod:`samverkan.views._layout`) and the index page (:mod:`samverkan.views._index`).

Examples
--------
>>> fmt(0.5), plain(float("nan")), sv_key("Åre") > sv_key("Zinkgruvan")
('0.5', None, True)
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["as_list", "fmt", "label", "numeric", "plain", "sv_key"]


def plain(value: Any) -> Any:
    """Return ``value`` as a JSON-able Python value.

    numpy scalars become Python numbers, NaN and infinity become None, lists and tuples
    become lists, sets become lists sorted as text, anything else becomes its text.

    Parameters
    ----------
    value : object
        A node or edge attribute, or a measure.

    Returns
    -------
    None, bool, int, float, str or list

    Examples
    --------
    >>> import numpy as np
    >>> plain(np.int64(3)), plain(float("inf")), plain({"b", "a"}), plain(("x", 1.5))
    (3, None, ['a', 'b'], ['x', 1.5])
    """
    kind = type(value)
    if kind is float:  # the common cases first: a view formats hundreds of thousands
        return None if math.isnan(value) or math.isinf(value) else value
    if kind is int or kind is bool or kind is str or value is None:
        return value
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        with contextlib.suppress(TypeError, ValueError):
            value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return items if not isinstance(value, set | frozenset) else sorted(items, key=str)
    return str(value)


def fmt(value: Any) -> str:
    """Format a measure or attribute for a tooltip or table cell.

    Parameters
    ----------
    value : object
        Any value :func:`plain` accepts.

    Returns
    -------
    str
        ``""`` for a missing value, ``"ja"``/``"nej"`` for booleans, whole numbers without
        decimals, others to three significant digits (none from 100 up), lists joined.

    Examples
    --------
    >>> fmt(0.123456), fmt(3), fmt(1234.5), fmt(["a", "b"]), fmt(True), fmt(None)
    ('0.123', '3', '1234', 'a, b', 'ja', '')
    """
    kind = type(value)
    if kind is float and not (math.isnan(value) or math.isinf(value)):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    if kind is str:
        return value
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    if isinstance(value, list):
        return ", ".join(fmt(v) for v in value)
    return str(value)


def numeric(value: Any) -> float | None:
    """Return ``value`` as a float, or None when it is not a number (booleans are not).

    Examples
    --------
    >>> numeric(2), numeric("2"), numeric(True), numeric(float("nan"))
    (2.0, None, None, None)
    """
    value = plain(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def sv_key(text: str) -> str:
    """Sort key in Swedish alphabetical order (å, ä, ö after z).

    Examples
    --------
    >>> sorted(["Örebro", "Ale", "Åre", "Älmhult", "Lund"], key=sv_key)
    ['Ale', 'Lund', 'Åre', 'Älmhult', 'Örebro']
    """
    return text.casefold().translate({ord("å"): "z{", ord("ä"): "z|", ord("ö"): "z}"})


def label(node: Any, attrs: Mapping[str, Any]) -> str:
    """The text shown for a node: its ``label``, else ``label_en``, else its IRI's last part.

    Examples
    --------
    >>> label("https://w3id.org/samverkan/id/kommun/1281", {"label": "Lunds kommun"})
    'Lunds kommun'
    >>> label("https://w3id.org/samverkan/id/kommun/1281", {})
    '1281'
    """
    for key in ("label", "label_en"):
        value = attrs.get(key)
        if value:
            return str(value)
    text = str(node)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or text


def as_list(value: Any) -> list[Any]:
    """An attribute that may be missing, one string or several values, as a list.

    Examples
    --------
    >>> as_list(None), as_list(""), as_list("a"), as_list(("a", "b"))
    ([], [], ['a'], ['a', 'b'])
    """
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return list(value)
