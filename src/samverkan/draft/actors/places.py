"""Municipalities and regions: which are really meant, and whose page a text is.

A municipality's name is taken only where it names the municipality (not a place inside
another one); the page's own municipality, county board or region is what "kommunen",
"vi" and headings refer to.
"""

from __future__ import annotations

from collections import Counter

from samverkan.draft.nlp import page_text, place_names

__all__ = ["page_municipality"]


_NOT_MUNICIPAL = {"regionens", "landstingets", "länsstyrelsens", "föreningens", "statens"}


_LOCATIVE = {"i", "från", "på", "till", "inom", "och", "med", "mellan", "kommunerna"}


def _muni_accepted(doc, m, full_codes: set[str]) -> bool:
    """Whether a municipality name is meant as the place (not a surname or part of a name)."""
    _kind, key, form = m.label.split("|")
    if form == "full":
        return True
    before = doc[m.start - 1].text if m.start else ""
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.is_title and after.is_alpha and not after.is_sent_start:
        return False  # "Söderhamn Nära": an organisation named after the town
    if before in {"Region", "Länsstyrelsen", "länsstyrelsen"}:
        return False
    if before.lower() == "kommunerna":
        return True  # "Kommunerna Borås, Ulricehamn och Tranemo"
    if after is not None and after.lower_ in {"kommuns", "stads"}:
        return True  # "Gnesta kommuns fritidsgård": the official name in the genitive
    if form == "genitive":
        return after is not None and after.lower_ in {"kommun", "kommuner", "stad", "kommuns"}
    if before in {",", "och"} and m.start >= 2 and doc[m.start - 2].text in place_names():
        return True  # "kommunerna Halmstad, Falkenberg och Laholm"
    if (
        before.istitle()
        and before.isalpha()
        and not doc[m.start].is_sent_start
        and not _opens_cleft(doc, m)
    ):
        return False  # "Anna Berg": a surname ("I Vindeln är det ...": a place)
    return (
        key in full_codes
        or before.lower() in _LOCATIVE
        or (after is not None and after.lower_ == "och")
    )


def _opens_cleft(doc, m) -> bool:
    """Whether a municipality's name follows a sentence's opening "I" in a cleft sentence:
    "I Vindeln är det fritidsgården som tar emot", "I Kungsör var det lärcentrum som deltog"
    (the place the body is told of, not a surname after a capital)."""
    return (
        m.start >= 1
        and doc[m.start - 1].lower_ == "i"
        and doc[m.start - 1].is_sent_start
        and m.end + 1 < len(doc)
        and doc[m.end].lower_ in {"är", "var", "blev"}
        and doc[m.end + 1].lower_ == "det"
    )


# "i regionen", "hela regionen": the word names an area, not the region's body
_AREA_BEFORE = {"i", "inom", "hela", "runt", "över", "utanför", "omkring", "kring", "ute"}


def _page_region(doc, m, found_matches) -> str | None:
    """The region "regionen" names: the one the page names, when it names exactly one."""
    codes = {
        x.label.split("|")[1]
        for x in found_matches
        if x.label.startswith("REGION|") and x.label.endswith("|full")
    }
    if len(codes) != 1 or (m.start and doc[m.start - 1].lower_ in _AREA_BEFORE):
        return None
    return codes.pop()


def _region_sentence(doc, i: int, found_matches) -> bool:
    """Whether the sentence of token ``i`` names a region and no municipality."""
    sent = doc[i].sent
    kinds = {m.label.split("|")[0] for m in found_matches if sent.start <= m.start < sent.end}
    return "REGION" in kinds and "MUNI" not in kinds


def page_municipality(doc, found_matches) -> str | None:
    """The municipality a page is about: the one named most often (official forms count 2)."""
    counts: Counter[str] = Counter()
    for m in found_matches:
        if m.label.startswith("MUNI|"):
            _kind, code, form = m.label.split("|")
            counts[code] += 2 if form == "full" else 1
    if not counts:
        return None
    best = max(counts.values())
    tied = [code for code, n in counts.items() if n == best]
    if len(tied) > 1:
        # "avtalet med Åstorps kommun": the one the page makes an agreement with is the
        # other party, not the page's own
        withs = Counter(
            m.label.split("|")[1]
            for m in found_matches
            if m.label.startswith("MUNI|") and m.start and doc[m.start - 1].lower_ == "med"
        )
        return min(tied, key=lambda code: withs[code])
    return tied[0]


def _heading_municipality(doc, munis: dict[str, tuple[str, str]]) -> str | None:
    r"""The municipality whose official name is the page's first line, in capitals or not
    ("ALINGSÅS KOMMUN" heading its minutes): the page's own, however often others are named.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> munis = {"1489": ("Alingsås", "Alingsås kommun"), "1442": ("Vårgårda", "Vårgårda kommun")}
    >>> _heading_municipality(parse("ALINGSÅS KOMMUN\nProtokoll\n\nVårgårda kommun"), munis)
    '1489'
    >>> _heading_municipality(parse("Nyheter\n\nAlingsås kommun"), munis) is None
    True
    """
    first = page_text(doc).lstrip().split("\n", 1)[0].strip().lower()
    hit = next((code for code, (_s, name) in munis.items() if name.lower() == first), None)
    return hit


# labelled lines of a page's head that name its own organisation ("Projektägare: X kommun")
_HEAD_LABELS = {"projektägare", "huvudman", "avsändare", "utgivare", "arbetsgivare", "kommun"}


def _header_block_municipality(text: str, munis: dict[str, tuple[str, str]]) -> str | None:
    r"""The one municipality that a line of the page's head (its short lines before the first
    paragraph) starts with, alone or before a comma ("Orsa kommun, Socialförvaltningen"),
    or gives after a label ("Projektägare: Orsa kommun"); None if none or several.

    Examples
    --------
    >>> munis = {"2034": ("Orsa", "Orsa kommun"), "2062": ("Mora", "Mora kommun")}
    >>> _header_block_municipality("Lediga jobb\n\nOrsa kommun, Socialförvaltningen\n"
    ...     "Publicerad: 3 mars 2026\n\nMora kommun och Orsa kommun samarbetar om ...", munis)
    '2034'
    >>> _header_block_municipality("Slutrapport\nProjektägare: Mora kommun\n", munis)
    '2062'
    >>> _header_block_municipality("Mora kommun får nytt stöd\n\nText.", munis) is None
    True
    """
    codes = set()
    for line in [x.strip() for x in text.lstrip().split("\n") if x.strip()][:10]:
        if len(line) > 90:
            break
        low = line.lower()
        label, colon, value = low.partition(":")
        for code, (_short, name) in munis.items():
            name = name.lower()
            heads = low == name or low.startswith((name + ",", name + " –"))
            labelled = colon and label.strip() in _HEAD_LABELS and value.strip() == name
            if heads or labelled:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None
