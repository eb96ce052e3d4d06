"""Counts of people: "30 deltagare", "ett 50-tal volontärer", "cirka 120 personer".

A :class:`spacy.matcher.Matcher` finds a number (digits, a range "40-60", a round figure
"50-tal", thousands written "1 200") followed by at most two words and a word for people
(``deltagare``, ``personer``, ``volontärer``, ``medlemmar``, ``språkvänspar`` ...); numbers
from three written as words ("fem män", "tolv av deltagarna", "ett trettiotal föräldrar"),
"17 av dem" (a part of the largest group counted just before) and "64 i Gällivare" after a
count in the same sentence (a part by place) count too, and so do the whole numbers of a
Markdown table's rows past their first cell (:func:`_grid_counts`). The word before the
number says what kind of figure it is:

- "cirka", "omkring", "runt", "ungefär", "närmare", "ett 50-tal": about that many (``value``);
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

from samverkan.draft.nlp import page_text

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
    "unga",
    "föräldrar",
    "praktikanter",
    "ledamöter",
    # the definite plural after "de": "de 60 eleverna", "de 24 barnen"
    "eleverna",
    "personerna",
    "kvinnorna",
    "familjerna",
    "barnen",
    "ungdomarna",
    "medlemmarna",
    "volontärerna",
)
# numbers written as words ("fem män", "tolv av deltagarna") and round figures ("ett
# trettiotal deltagare"); "en"/"ett" are articles far more often, and "två personer" is
# mostly a pair in general ("Två personer matchas ..."), so written counts begin at three
NUMBER_WORDS = {
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "tjugo": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
    "hundra": 100,
}
ROUND_WORDS = {f"{word}tal": value for word, value in NUMBER_WORDS.items() if value >= 10}
_ABOUT = {"cirka", "ca", "ca.", "omkring", "runt", "ungefär", "uppskattningsvis", "närmare"}
_AT_LEAST = {"drygt", "över", "minst", "fler", "mer"}
_AT_MOST = {"högst", "max", "maximalt", "upp", "under"}
# a share or an amount between the number and the people: "60 procent av kvinnorna"
_NOT_PEOPLE = {"procent", "%", "kronor", "kr", "tkr", "euro"}
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
    written = {"LOWER": {"IN": sorted({*NUMBER_WORDS, *ROUND_WORDS})}}
    matcher.add(
        "COUNT",
        [
            [number, thousands, people],
            [number, thousands, word, people],
            [number, thousands, word, word, people],
            [written, people],
            [written, word, people],
        ],
    )
    # "17 av dem", "minst 60 av dem": a part of the people counted just before
    matcher.add(
        "PART",
        [
            [{"TEXT": {"REGEX": r"^\d+$"}}, {"LOWER": "av"}, {"LOWER": "dem"}],
            [{"LOWER": {"IN": sorted(NUMBER_WORDS)}}, {"LOWER": "av"}, {"LOWER": "dem"}],
        ],
    )
    # "Sammanlagt 112 kvinnor deltog, 64 i Gällivare och 48 i Kiruna": the parts by place
    matcher.add(
        "PLACE",
        [[{"TEXT": {"REGEX": r"^\d+$"}}, {"LOWER": "i"}, {"IS_TITLE": True, "IS_ALPHA": True}]],
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
    out: list[Count] = []
    for span in sorted(spans, key=lambda sp: sp.start):
        first, unit = span[0].text, span[-1].lower_
        if span[1].lower_ == "i" and len(span) == 3:
            # a part by place of the people counted earlier in the same sentence
            from samverkan.draft.nlp import place_names

            same = [q for q in out if q.token >= span.sent.start]
            if span[2].text not in place_names() or not same:
                continue
            whole = max(same, key=lambda q: q.value or q.minimum or 0)
            unit = f"{whole.unit}, {span[2].text}"
        elif span[-1].lower_ == "dem":
            # "17 av dem": a part of the largest group counted just before ("20 deltagare,
            # femton kvinnor och fem män. Minst 12 av dem ...")
            recent = [q for q in out if span.start - q.token <= 40 and (q.value or q.minimum)]
            if not recent:
                continue
            unit = max(recent, key=lambda q: q.value or q.minimum or 0).unit
        if span.end < len(doc) and doc[span.end].text == ":":
            continue  # "har fyra medlemmar: Försäkringskassan, ...": a list of members
        if any(t.lower_ in _NOT_PEOPLE for t in span[1:-1]):
            continue  # "60 procent av kvinnorna", "150 000 kronor för värdfamiljerna"
        written = span[0].lower_
        if written in NUMBER_WORDS:
            first = str(NUMBER_WORDS[written])
        elif written in ROUND_WORDS:
            first = f"{ROUND_WORDS[written]}-tal"  # "ett trettiotal deltagare"
        digits = first
        if len(span) > 2 and re.fullmatch(r"\d{3}", span[1].text):
            digits = first + span[1].text  # "1 200 deltagare"
        lo = hi = value = None
        start = span.start
        if _RANGE.match(first):
            lo, hi = (int(x) for x in _RANGE.match(first).groups())
            if 1900 <= lo <= 2100 and 1900 <= hi <= 2100:
                continue  # "drev 2019–2021 ... för kvinnor": years, not a count
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
    prose = {(q.value, q.minimum, q.maximum) for q in out}
    grid = [q for q in _grid_counts(doc) if (q.value, None, None) not in prose]
    return out + _table_counts(doc) + grid


_CELLS = re.compile(r"\s*\|\s*|\s{2,}|\t+")


def _table_counts(doc) -> list[Count]:
    """One count per cell of a text table of people: a caption or a heading says so.

    A caption line "Antal personer ... per kommun och år" above the table makes every number
    cell of its rows a count; a heading cell "Antal deltagare" makes the numbers of its column
    counts. A row is a name followed by whole numbers, cells apart by two spaces, a tab or "|".

    >>> from samverkan.draft.nlp import parse
    >>> rows = ["Antal deltagare per kommun", "", "Kommun   2021   2022", "Mora     12     30"]
    >>> [(q.value, q.unit) for q in find_counts(parse(chr(10).join(rows)))]
    [(12, 'deltagare, Mora 2021'), (30, 'deltagare, Mora 2022')]
    """
    text = page_text(doc)
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    # the rows of a Markdown table are read by :func:`_grid_counts`, once
    grid = {start for _h, rows in markdown_tables(text) for row in rows for _c, start in row}
    people = re.compile(r"\bantal (\w+ )?(" + "|".join(PEOPLE) + r")\b", re.IGNORECASE)
    out: list[Count] = []
    caption: tuple[str, int] | None = None  # the people counted, the line it was seen on
    header: list[str] | None = None
    column: int | None = None
    for n, (at, line) in enumerate(lines):
        if any(at <= start < at + len(line) + 1 for start in grid):
            continue
        cells = [c for c in _CELLS.split(line.strip()) if c]
        found = people.search(line)
        if found and len(cells) <= 1:
            caption, header, column = (found.group(2).lower(), n), None, None
            continue
        if len(cells) < 2:
            if line.strip() and header is not None:
                caption = header = column = None  # the table ended
            continue
        numbers = [c.isdigit() for c in cells[1:]]
        years = all(c.isdigit() and 1950 <= int(c) <= 2050 for c in cells[1:])
        if not any(numbers) or (years and header is None):
            # a heading row: "Kommun  2020  2021", "Förening | Antal deltagare"
            hit = next((k for k, c in enumerate(cells) if people.search(c)), None)
            if hit is not None:
                caption, column = (people.search(cells[hit]).group(2).lower(), n), hit
            header = cells
            continue
        if all(c.isdigit() for c in cells[1:]) and not cells[0].isdigit():
            if caption is None or n - caption[1] > 12:
                continue
            header = header if header and len(header) == len(cells) else None
            if header is None and column is None:
                header = [""] * len(cells)
                if lines[n - 1][1].strip():
                    continue  # numbers without a heading row and caption right above
            pos = 0
            for k, cell in enumerate(cells):
                pos = line.find(cell, pos)
                if k == 0 or (column is not None and k != column):
                    pos += len(cell)
                    continue
                start = at + pos
                span = doc.char_span(start, start + len(cell), alignment_mode="expand")
                pos += len(cell)
                if span is None:
                    continue
                where = cells[0] if column is not None or not header else f"{cells[0]} {header[k]}"
                unit = f"{caption[0]}, {where}"
                out.append(
                    Count(int(cell), None, None, unit, (start, start + len(cell)), span.start)
                )
    return out


# a Markdown table: a header row, a separator row "|---|---:|", then its rows, each line
# beginning with "|"
_SEPARATOR = re.compile(r"^\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?$")
# a whole number in a cell: "26", thousands written "1 200"
_CELL_NUMBER = re.compile(r"^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)$")
# columns (or rows) whose numbers are no counts: amounts of money, shares, scores, hours
# and other measures of time, ages, years, dates and numbers of things that only name
_NO_COUNT = re.compile(
    r"(\b(kr|tkr|mkr|sek|kronor|euro|belopp|budget|kostnad\w*|pris\w*|lön\w*|bidrag\w*"
    r"|procent\w*|andel\w*|poäng|ålder|åldrar|årtal|datum|nr|nummer|telefon|tel|postnummer"
    r"|kod|id|mål)\b|%|^år$|kronor\b)",
    re.IGNORECASE,
)
# a column of lengths of time ("Timmar", "Antal veckor", "Timmar per vecka"); "Avslutade tio
# veckor" counts the people who did
_DURATION = re.compile(
    r"^(antal )?(timmar|timme|tim|minuter|dagar|veckor|månader|terminer)\b", re.IGNORECASE
)
# a column (or row) that sums the others: a count only where they are
_TOTAL = re.compile(r"^\W*(totalt|summa|sammanlagt|total)\b", re.IGNORECASE)
_TIME = re.compile(r"(\bår\b|årtal|start|sedan|grundad|period|datum)", re.IGNORECASE)


def _cells(line: str, at: int) -> list[tuple[str, int]]:
    """The cells of a table row ``line`` (beginning at ``at`` in the text), each with where
    its text begins."""
    out, pos = [], line.index("|") + 1
    for part in line[pos:].split("|"):
        stripped = part.strip()
        out.append((stripped, at + pos + (part.find(stripped) if stripped else 0)))
        pos += len(part) + 1
    if out and not out[-1][0] and line.rstrip().endswith("|"):
        out.pop()  # after the closing "|"
    return out


def markdown_tables(text: str) -> list[tuple[list[str], list[list[tuple[str, int]]]]]:
    """Each Markdown table of ``text``: its header cells and its rows (cells with offsets).

    >>> rows = ["| År | Deltagare |", "|---|---:|", "| 2023 | 26 |", "", "Slut."]
    >>> markdown_tables(chr(10).join(rows))
    [(['År', 'Deltagare'], [[('2023', 32), ('26', 39)]])]
    """
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    out, n = [], 0
    while n + 1 < len(lines):
        at, line = lines[n]
        if not (line.lstrip().startswith("|") and _SEPARATOR.match(lines[n + 1][1].strip())):
            n += 1
            continue
        header = [c for c, _ in _cells(line, at)]
        rows, n = [], n + 2
        while n < len(lines) and lines[n][1].lstrip().startswith("|"):
            rows.append(_cells(lines[n][1], lines[n][0]))
            n += 1
        out.append((header, rows))
    return out


def _grid_counts(doc) -> list[Count]:
    """One count per whole number of a Markdown table's rows, past the row's first cell.

    The first cell names the row (a year, a term, a place, a group); every other column is
    a count of what its header names ("Deltagare", "Träffar", "Varav kvinnor", "Grupper"),
    a "Totalt" row's too, unless its header (or the row's first cell, in a table turned on
    its side) says the numbers are money, shares, scores, hours or other times, or they are
    years in a column of dates.

    >>> from samverkan.draft.nlp import parse
    >>> rows = ["| År | Träffar | Deltagare | Kostnad (kr) |", "|---|---|---|---|",
    ...         "| 2023 | 3 | 26 | 4000 |", "| Totalt | 5 | 1 200 | 9000 |"]
    >>> for q in _grid_counts(parse(chr(10).join(rows))):
    ...     print(q.value, q.unit)
    3 träffar, 2023
    26 deltagare, 2023
    5 träffar, Totalt
    1200 deltagare, Totalt
    """
    out: list[Count] = []
    for header, rows in markdown_tables(page_text(doc)):
        heads = [h if not (_NO_COUNT.search(h) or _DURATION.search(h)) else None for h in header]
        if None in heads[1:] and all(h is None or _TOTAL.search(h) for h in heads[1:]):
            continue  # a table of amounts, points or hours, and their sums
        for row in rows:
            if len(row) < 2 or _NO_COUNT.search(row[0][0]) or _DURATION.search(row[0][0]):
                continue
            for k, (cell, start) in enumerate(row[1:], 1):
                head = heads[k] if k < len(heads) else ""
                if not _CELL_NUMBER.match(cell) or head is None:
                    continue
                number = int(re.sub(r"\D", "", cell))
                if 1900 <= number <= 2100 and (_TIME.search(head) or _TIME.search(row[0][0])):
                    continue
                span = doc.char_span(start, start + len(cell), alignment_mode="expand")
                if span is None:
                    continue
                unit = f"{head.lower() or 'antal'}, {row[0][0]}".strip(", ")
                out.append(Count(number, None, None, unit, (start, start + len(cell)), span.start))
    return out
