"""Filters by what people write: a municipality or a sector as a name, a label or a code.

``Lund``, ``"Lunds kommun"``, ``"lund municipality"`` and ``1281`` all name Lunds kommun;
``civilsamhälle``, ``"civil society"`` and ``civilsamhalle`` all name the civil-society
sector. Case, accents (å, ä, ö), hyphens and spaces do not matter, but when the accents
tell two names apart (Habo and Håbo) the one written with the accents the user typed wins.
The command line and the data bundle call these functions before they filter a projection,
whose ``municipality`` and ``sector`` filters take codes and sector keys.

Examples
--------
>>> from samverkan.network import example_store
>>> store = example_store()
>>> resolve_municipality(store, "lunds KOMMUN"), resolve_sector(store, "Civil society")
('1281', 'civilsamhalle')
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from samverkan.errors import SamverkanError
from samverkan.network._data import PREFIXES, SECTOR_PREFIX

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = [
    "fold",
    "municipality_names",
    "resolve_municipality",
    "resolve_municipality_name",
    "resolve_sector",
    "sector_labels",
    "sector_names",
]

_Q_MUNICIPALITIES = """SELECT ?code ?name WHERE {
  ?m sam:municipalityCode ?code .
  OPTIONAL { { ?m rdfs:label ?name } UNION { ?m skos:altLabel ?name } } }"""
_Q_SECTORS = """SELECT ?s ?name WHERE {
  { ?s skos:inScheme ?scheme } UNION { ?x sam:sector ?s }
  OPTIONAL { { ?s skos:prefLabel ?name } UNION { ?s rdfs:label ?name } }
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "SECTOR_PREFIX")) }""".replace(
    "SECTOR_PREFIX", SECTOR_PREFIX
)


def fold(text: str) -> str:
    """``text`` without case, accents, punctuation or repeated spaces.

    Examples
    --------
    >>> fold("  Civilsamhälle "), fold("kommunalt-bolag"), fold("Upplands-Bro")
    ('civilsamhalle', 'kommunalt bolag', 'upplands bro')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def _key(text: str) -> str:
    """Case and spacing folded, accents kept (the first, stricter comparison)."""
    return " ".join(
        "".join(c if c.isalnum() else " " for c in unicodedata.normalize("NFC", text.casefold()))
        .split()
    )


def municipality_names(store: pyoxigraph.Store) -> dict[str, set[str]]:
    """Every municipality code in ``store`` and the names it goes by (labels, short name).

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> sorted(municipality_names(example_store())["1281"])
    ['1281', 'Lund Municipality', 'Lunds kommun']
    """
    names: dict[str, set[str]] = defaultdict(set)
    for row in store.query(PREFIXES + _Q_MUNICIPALITIES, use_default_graph_as_union=True):
        code = row["code"].value
        names[code].add(code)
        if row["name"] is not None:
            names[code].add(row["name"].value)
    return dict(names)


def sector_names(store: pyoxigraph.Store) -> dict[str, set[str]]:
    """Every sector key in ``store`` and its Swedish and English labels.

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> sorted(sector_names(example_store())["kommunalt-bolag"])
    ['kommunalt bolag', 'kommunalt-bolag', 'municipal company']
    """
    names: dict[str, set[str]] = defaultdict(set)
    for row in store.query(PREFIXES + _Q_SECTORS, use_default_graph_as_union=True):
        key = row["s"].value[len(SECTOR_PREFIX) :]
        names[key].add(key)
        if row["name"] is not None:
            names[key].add(row["name"].value)
    return dict(names)


def sector_labels(store: pyoxigraph.Store, lang: str = "sv") -> dict[str, str]:
    """Sector key -> its label in ``lang`` (``"sv"`` or ``"en"``).

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> sector_labels(example_store(), "en")["civilsamhalle"]
    'civil society'
    """
    out: dict[str, str] = {}
    for row in store.query(PREFIXES + _Q_SECTORS, use_default_graph_as_union=True):
        if row["name"] is not None and row["name"].language == lang:
            key = row["s"].value[len(SECTOR_PREFIX) :]
            out[key] = min(out.get(key, row["name"].value), row["name"].value)
    return out


def _resolve(
    what: str, text: str, names: dict[str, set[str]], show: Callable[[str], str]
) -> str:
    text = str(text).strip()
    if text in names:
        return text
    for compare in (_key, fold):
        wanted = compare(text)
        found = sorted(k for k, ns in names.items() if any(compare(n) == wanted for n in ns))
        if len(found) == 1:
            return found[0]
        if found:
            raise SamverkanError(
                f"{what} {text!r} is ambiguous: it could be {_choices(found, show)}; "
                "write the name with its accents, or the code"
            )
    wanted = fold(text)
    prefixed = sorted(
        k for k, ns in names.items() if wanted and any(fold(n).startswith(wanted) for n in ns)
    )
    if len(prefixed) == 1:
        return prefixed[0]
    if prefixed:
        raise SamverkanError(
            f"{what} {text!r} is ambiguous: it could be {_choices(prefixed[:8], show)}"
            + (f" (and {len(prefixed) - 8} more)" if len(prefixed) > 8 else "")
        )
    by_name: dict[str, str] = {}
    for k, ns in sorted(names.items()):
        for n in sorted(ns):
            by_name.setdefault(fold(n), k)
            by_name.setdefault(fold(n).split(" ")[0], k)
    close = difflib.get_close_matches(wanted, list(by_name), n=5, cutoff=0.6)
    keys = list(dict.fromkeys(by_name[c] for c in close))
    if keys:
        hint = f"; did you mean {_choices(keys, show)}?"
    elif len(names) <= 20:
        hint = f"; choose from: {', '.join(sorted(names))}"
    else:
        hint = f" (give the {what}'s name or code)"
    raise SamverkanError(f"unknown {what} {text!r}{hint}")


def _choices(keys: list[str], show: Callable[[str], str]) -> str:
    shown = [show(k) for k in keys]
    return ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else shown[0]


def resolve_municipality(store: pyoxigraph.Store, text: str) -> str:
    """The code of the municipality that ``text`` names: a code, a label or a short name.

    Tried in turn: the code itself; a name with case and spacing folded (``"lunds
    kommun"``); a name with accents folded too (``"Ekero"``); the start of a name
    (``"Staffans"``). Swedish and English labels count (``"Lund Municipality"``).

    Parameters
    ----------
    store : pyoxigraph.Store
        A built dataset (its reference graph lists every municipality).
    text : str
        What the user wrote.

    Returns
    -------
    str
        The four-digit municipality code (a string: ``"0125"`` keeps its zero).

    Raises
    ------
    SamverkanError
        When ``text`` names several municipalities (the message lists them) or none (the
        message lists the closest names).

    See Also
    --------
    resolve_sector

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> store = example_store()
    >>> [resolve_municipality(store, t) for t in ("1281", "lund municipality", "Lunds kommun")]
    ['1281', '1281', '1281']
    >>> resolve_municipality(store, "Lundd")
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: unknown municipality 'Lundd'; did you mean 1281 Lunds kommun?
    """
    return resolve_municipality_name(text, municipality_names(store))


def resolve_municipality_name(text: str, names: dict[str, set[str]]) -> str:
    """The code of the municipality ``text`` names, among ``names`` (code -> the names it
    goes by, as :func:`municipality_names` gives them): :func:`resolve_municipality`
    without a store (the drafter has the reference names at hand).

    Examples
    --------
    >>> names = {"0305": {"0305", "Håbo", "Håbo kommun"}, "0683": {"0683", "Värnamo"}}
    >>> resolve_municipality_name("håbo kommun", names), resolve_municipality_name("0683", names)
    ('0305', '0683')
    """

    def show(code: str) -> str:
        official = sorted(n for n in names[code] if n.endswith(("kommun", "stad")))
        return f"{code} {official[0] if official else min(names[code], key=len)}"

    return _resolve("municipality", text, names, show)


def resolve_sector(store: pyoxigraph.Store, text: str) -> str:
    """The key of the sector that ``text`` names: a key or a Swedish or English label.

    Parameters
    ----------
    store : pyoxigraph.Store
        A built dataset (its concept schemes list the sectors).
    text : str
        What the user wrote: ``"civilsamhälle"``, ``"civil society"``, ``"civilsamhalle"``.

    Returns
    -------
    str
        The sector key, the last segment of the concept's IRI (``"civilsamhalle"``).

    Raises
    ------
    SamverkanError
        When ``text`` names several sectors or none (the message lists the candidates).

    See Also
    --------
    resolve_municipality

    Examples
    --------
    >>> from samverkan.network import example_store
    >>> store = example_store()
    >>> [resolve_sector(store, t) for t in ("Civilsamhälle", "civil society", "civilsamhalle")]
    ['civilsamhalle', 'civilsamhalle', 'civilsamhalle']
    >>> resolve_sector(store, "kommun")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    samverkan.errors.SamverkanError: sector 'kommun' is ambiguous: ... kommunal or kommunalt-bolag
    """
    names = sector_names(store)
    return _resolve("sector", text, names, lambda key: key)
