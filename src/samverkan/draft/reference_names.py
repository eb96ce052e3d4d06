"""Names from the reference data: municipalities, counties and regions, in the forms texts use.

The drafter's pipeline (:mod:`samverkan.draft.nlp`) and its rules read these once per process:
municipalities' short and official names and genitives, counties' names, the regions' names
and other names of theirs, and the counties named by their own name ("Jämtland").

Examples
--------
>>> place_names() >= {"Mora", "Orsa", "Lund", "Lunds"}
True
"""

from __future__ import annotations

from functools import lru_cache

from samverkan.draft import lexicon

__all__ = ["municipality_short_names", "place_names", "region_forms", "region_names"]


@lru_cache(maxsize=1)
def _reference():
    """The reference data (municipalities, counties, regions), read once per process."""
    from samverkan.load import load_reference

    return load_reference()


def _reference_names() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(code -> (short name, official name)) for municipalities, and the same for counties."""
    from samverkan.namespaces import RDFS, SAM, SKOS

    ref = _reference()
    munis = {}
    for m in ref.subjects(SAM.municipalityCode, None):
        code = str(ref.value(m, SAM.municipalityCode))
        official = next(str(x) for x in ref.objects(m, RDFS.label) if x.language == "sv")
        munis[code] = (str(ref.value(m, SKOS.altLabel)), official)
    counties = {}
    for c in ref.subjects(SAM.countyCode, None):
        code = str(ref.value(c, SAM.countyCode))
        name = next(str(x) for x in ref.objects(c, RDFS.label) if x.language == "sv")
        counties[code] = (name.removesuffix(" län"), name)
    return munis, counties


@lru_cache(maxsize=1)
def region_names() -> dict[str, tuple[str, str]]:
    """County code -> (Swedish, English name) of the regions in the reference data.

    >>> region_names()["12"]
    ('Region Skåne', 'Region Skåne')
    >>> "09" in region_names()  # Region Gotland is the municipality of Gotland
    False
    """
    from samverkan.namespaces import RDF, RDFS, SAM

    ref = _reference()
    out = {}
    for region in set(ref.subjects(RDF.type, SAM.Region)):
        code = str(ref.value(region, SAM.county)).rsplit("/", 1)[-1]
        labels = {x.language: str(x) for x in ref.objects(region, RDFS.label)}
        out[code] = (labels["sv"], labels.get("en", labels["sv"]))
    return dict(sorted(out.items()))


def region_forms(code: str, name: str) -> list[str]:
    """How texts name a region: its name, its genitive, and the lexicon's other names.

    >>> region_forms("08", "Region Kalmar län")
    ['Region Kalmar län', 'Region Kalmar läns']
    >>> region_forms("14", "Västra Götalandsregionen")[:3]
    ['Västra Götalandsregionen', 'Västra Götalandsregionens', 'Region Västra Götaland']
    """
    forms = []
    for form in (name, *lexicon.REGION_NAMES.get(code, ())):
        genitive = form + (":s" if form.isupper() else "s")
        forms += [form] if form.endswith("s") else [form, genitive]
    return forms


def _genitive(name: str) -> str:
    return name if name[-1].lower() in "aeiouyåäösxz" else name + "s"


@lru_cache(maxsize=1)
def municipality_by_name() -> dict[str, str]:
    """A municipality's short name and its genitive -> its code ("Kinda", "Valdemarsviks")."""
    munis, _counties = _reference_names()
    names: dict[str, str] = {}
    for code, (short, _official) in munis.items():
        names.setdefault(short, code)
        names.setdefault(_genitive(short), code)
    return names


@lru_cache(maxsize=1)
def municipality_short_names() -> frozenset[str]:
    """The short names of the municipalities, without genitives ("Salem", "Hofors")."""
    munis, _counties = _reference_names()
    return frozenset(short for short, _official in munis.values())


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The short names of municipalities and counties, with their genitives ("Hallands")."""
    munis, counties = _reference_names()
    short = {m[0] for m in munis.values()} | {c[0] for c in counties.values()}
    return frozenset(short | {_genitive(n) for n in short})


def _with_genitives(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name and its genitives: "Röda Korsets", "Arbetsförmedlingens", "ABF:s".

    >>> _with_genitives(("röda", "korset"))
    [('röda', 'korset'), ('röda', 'korsets'), ('röda', 'korset:s')]
    >>> _with_genitives(("polisens",))
    [('polisens',)]
    """
    last = words[-1]
    if last.endswith(("s", "-", ",")):
        return [words]
    return [words, (*words[:-1], last + "s"), (*words[:-1], last + ":s")]


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """Counties by their own name, not a municipality's ("Jämtland", "Skåne", "Västerbotten").

    >>> sorted(n for n in _provinces() if n.startswith("J"))
    ['Jämtland']
    """
    munis, counties = _reference_names()
    towns = {m[0] for m in munis.values()}
    out = set()
    for _short, name in counties.values():
        base = name.removesuffix(" län")
        base = base[:-1] if base.endswith("s") and not base.endswith("ss") else base
        if " " not in base and base not in towns:
            out.add(base)
    return frozenset(out)


@lru_cache(maxsize=1)
def _county_names() -> frozenset[str]:
    """The counties' short names ("Örebro", "Dalarnas"), which take "län" in a name."""
    return frozenset(short for short, _name in _reference_names()[1].values())


# a regional branch's compass word: "Folkuniversitetet Norr", "Studiefrämjandet Väst"
_COMPASS = {"Norr", "Syd", "Öst", "Väst", "Mitt", "Nord"}
_DIRECTIONS = {"Norra", "Södra", "Östra", "Västra", "Mellersta", "Hela", "Inre", "Yttre"}
