"""Counts of people: "30 deltagare", "ett 50-tal volontärer", "cirka 120 personer".

A :class:`spacy.matcher.Matcher` finds a number (digits, a range "40-60", a round figure
"50-tal", thousands written "1 200") followed by at most two words and a word for people
(``deltagare``, ``personer``, ``volontärer``, ``medlemmar``, ``språkvänspar`` ...). The word
before the number says what kind of figure it is:

- "cirka", "omkring", "runt", "ungefär", "ett 50-tal": about that many (``value``);
- "drygt", "över", "mer än", "minst", "fler än": at least (``min``);
- "upp till", "högst", "max", "under": at most (``max``);
- "mellan 40 och 60", "40-60": a range (``min`` and ``max``).

Each becomes a ``schema:QuantitativeValue`` of the ontology's ``sam:quantity`` in the draft
(see :mod:`samverkan.draft.turtle`), with the words as evidence.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> for q in find_counts(parse("Ett 50-tal volontärer och drygt 300 medlemmar deltar.")):
...     print(q.value, q.minimum, q.maximum, q.unit)
50 None None volontärer
None 300 None medlemmar
>>> [(q.minimum, q.maximum) for q in find_counts(parse("Mellan 40-60 personer deltar."))]
[(40, 60)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Count", "find_counts"]

PEOPLE = (
    "deltagare",
    "deltagarna",
    "personer",
    "volontärer",
    "frivilliga",
    "medlemmar",
    "ungdomar",
    "barn",
    "elever",
    "kvinnor",
    "män",
    "nyanlända",
    "besökare",
    "familjer",
    "medarbetare",
    "anställda",
    "invånare",
    "mentorer",
    "asylsökande",
    "par",
)
_ABOUT = {"cirka", "ca", "ca.", "omkring", "runt", "ungefär", "uppskattningsvis"}
_AT_LEAST = {"drygt", "över", "minst", "fler", "mer"}
_AT_MOST = {"högst", "max", "maximalt", "upp", "under"}
_RANGE = re.compile(r"^(\d+)[-–](\d+)$")
_ROUND = re.compile(r"^(\d+)-tal$")


@dataclass(frozen=True)
class Count:
    """A count the text gives: a value, or bounds; the people counted; where the words are."""

    value: int | None
    minimum: int | None
    maximum: int | None
    unit: str
    span: tuple[int, int]
    token: int


@lru_cache(maxsize=1)
def _matcher():
    from spacy.matcher import Matcher

    from samverkan.draft.nlp import pipeline

    nlp = pipeline()[0]
    matcher = Matcher(nlp.vocab)
    number = {"TEXT": {"REGEX": r"^(\d+|\d+[-–]\d+|\d+-tal)$"}}
    thousands = {"TEXT": {"REGEX": r"^\d{3}$"}, "OP": "?"}
    people = {"LOWER": {"REGEX": r"^\w*(" + "|".join(PEOPLE) + ")$"}}
    word = {"IS_ALPHA": True, "IS_LOWER": True}
    matcher.add(
        "COUNT",
        [
            [number, thousands, people],
            [number, thousands, word, people],
            [number, thousands, word, word, people],
        ],
    )
    return matcher


def _kind(doc, start: int) -> str:
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    last = before[-1] if before else ""
    if last == "än" and len(before) == 2 and before[0] in {"mer", "fler"}:
        return "min"
    if last == "till" and len(before) == 2 and before[0] == "upp":
        return "max"
    if last in _AT_LEAST - {"fler", "mer"}:
        return "min"
    if last in _AT_MOST - {"upp"}:
        return "max"
    return "value"


def _is_year(doc, start: int, number: int) -> bool:
    before = doc[start - 1].lower_ if start else ""
    return 1950 <= number <= 2050 and before not in _ABOUT | {"ett", "av"}


def find_counts(doc) -> list[Count]:
    """Every count of people in ``doc``, in text order (longest match where they overlap)."""
    from spacy.util import filter_spans

    spans = filter_spans([doc[s:e] for _id, s, e in _matcher()(doc)])
    out = []
    for span in sorted(spans, key=lambda sp: sp.start):
        first, unit = span[0].text, span[-1].lower_
        digits = first
        if len(span) > 2 and re.fullmatch(r"\d{3}", span[1].text):
            digits = first + span[1].text  # "1 200 deltagare"
        lo = hi = value = None
        start = span.start
        if _RANGE.match(first):
            lo, hi = (int(x) for x in _RANGE.match(first).groups())
        elif _ROUND.match(first):
            value = int(_ROUND.match(first).group(1))
        elif (
            start >= 3
            and doc[start - 1].lower_ == "och"
            and doc[start - 2].text.isdigit()
            and doc[start - 3].lower_ == "mellan"
        ):
            lo, hi, start = int(doc[start - 2].text), int(digits), start - 3
        else:
            kind = _kind(doc, start)
            number = int(digits)
            if kind == "value" and _is_year(doc, start, number):
                continue  # "sedan 2016 matchar nyanlända": a year, not a count
            if kind == "min":
                lo = number
            elif kind == "max":
                hi = number
            else:
                value = number
        if start >= 2 and doc[start - 1].lower_ in {"än", "till"}:
            start -= 2  # "mer än 500", "upp till 40"
        elif start and doc[start - 1].lower_ in _ABOUT | _AT_LEAST | _AT_MOST | {"mellan"}:
            start -= 1
        if start and doc[start - 1].lower_ in {"ett", "ca"} and value is not None:
            start -= 1
        chars = (doc[start].idx, span.end_char)
        out.append(Count(value, lo, hi, unit, chars, span.start))
    return out
