"""Page metadata and input checks: title, publisher, dates, kind of page, subject area.

Examples
--------
>>> dates("Publiceringsdatum: 2019-03-12\\nText.\\nSenast uppdaterad: 19 december 2019")
('2019-03-12', '2019-12-19')
>>> dates("Publicerad 8 april 2019")
('2019-04-08', None)
"""

from __future__ import annotations

from samverkan.draft import lexicon
from samverkan.errors import SamverkanError

__all__ = ["MAX_CHARS", "check_text", "dates", "page_kind", "read_text", "title"]

MAX_CHARS = 1_000_000


def read_text(path) -> str:
    """The text of ``path``, or a :class:`SamverkanError` saying why it cannot be drafted."""
    from pathlib import Path

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SamverkanError(f"cannot read file: {exc.strerror}", path=path) from None
    if not data.strip():
        raise SamverkanError("the file is empty; there is nothing to draft", path=path)
    if b"\x00" in data[:8192]:
        raise SamverkanError("the file is binary, not a text", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SamverkanError(
            f"the file is not UTF-8 text (byte {exc.start} cannot be decoded)", path=path
        ) from None
    check_text(text, path)
    return text


def check_text(text: str, path=None) -> None:
    """Refuse a text too long for one page, or one that is not Swedish.

    Examples
    --------
    >>> try:
    ...     check_text("The municipality of Lund hired a coordinator for the new project.")
    ... except SamverkanError as exc:
    ...     print(exc.message[:56])
    the text does not look Swedish (0 of 11 words are common
    """
    if len(text) > MAX_CHARS:
        raise SamverkanError(
            f"the text has {len(text):,} characters; the drafter reads one web page "
            f"(at most {MAX_CHARS:,} characters)",
            path=path,
        )
    words = [w.strip('.,:;!?()"”').lower() for w in text.split()]
    words = [w for w in words if w.isalpha()]
    common = sum(1 for w in words if w in lexicon.SWEDISH_WORDS)
    if not words or common < max(3, 0.08 * len(words)):
        raise SamverkanError(
            f"the text does not look Swedish ({common} of {len(words)} words are common "
            "Swedish words); the drafter reads Swedish pages only",
            path=path,
        )


def _date(words: list[str]) -> str | None:
    for k, word in enumerate(words):
        w = word.strip(".,:")
        if len(w) == 10 and w[4] == "-" and w[7] == "-" and w.replace("-", "").isdigit():
            return w
        if w.isdigit() and k + 2 < len(words) and words[k + 1].lower() in lexicon.MONTHS:
            year = words[k + 2].strip(".,")
            if year.isdigit() and len(year) == 4:
                return f"{year}-{lexicon.MONTHS[words[k + 1].lower()]:02d}-{int(w):02d}"
    return None


_ISSUED = ("publicerad", "publiceringsdatum", "beslutsdatum", "datum", "sammanträdesdatum")
_DATE_HEAD_LINES = 8  # a date alone on a line near the top is the page's date ("2019-09-05")


def _date_alone(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 3 and _date(words) is not None


def dates(text: str) -> tuple[str | None, str | None]:
    """(published, last updated) in ISO form, from the genre's date lines.

    A line that opens with "Publicerad", "Publiceringsdatum", "Beslutsdatum", "Datum" or
    "Sammanträdesdatum" (a committee's minutes) gives the date of the page; so does a date
    alone on one of the first lines of a news page.

    Examples
    --------
    >>> dates("Kommunstyrelsen\\nSammanträdesdatum 2020-02-11\\n\\n§ 23 Ärendet")
    ('2020-02-11', None)
    >>> dates("Nyheter\\n\\n5 september 2019\\n\\nNy samverkan i länet")
    ('2019-09-05', None)
    """
    lines = text.splitlines()
    issued = modified = None
    for n, line in enumerate(lines):
        low = line.strip().lower()
        follow = " ".join(lines[n : n + 2]).split()
        if (
            low.startswith(_ISSUED) or (n < _DATE_HEAD_LINES and _date_alone(low))
        ) and issued is None:
            issued = _date(follow if low.startswith(_ISSUED) else low.split())
        elif (
            low.startswith(("senast uppdaterad", "uppdaterad", "senast ändrad"))
            and modified is None
        ):
            modified = _date(follow)
    return issued, modified


def title(text: str, skip: set[str]) -> tuple[str, tuple[int, int]] | None:
    """The page title: its first line of three words or more that is not a date line."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        low = stripped.lower()
        if (
            len(stripped.split()) >= 3
            and not low.startswith(
                ("publicerad", "publiceringsdatum", "senast", "datum", "beslutsdatum", "sammanträd")
            )
            and not low.startswith(("§", "dnr", "diarienummer"))
            and not (stripped.endswith(".") and len(stripped.split()) > 12)  # body text
            and not stripped.isupper()
            and _date(low.split()) is None
            and stripped not in skip
        ):
            start = offset + line.index(stripped)
            return stripped, (start, start + len(stripped))
        offset += len(line)
    return None


_HEAD_LINES = 8


def page_kind(text: str, own_page: bool = False) -> str:
    """The kind of page (a concept of ``<sidtyp/>``), from the marks each kind carries.

    - ``larande-exempel``: SKR's "Lärande exempel";
    - ``protokoll``: "Sammanträdesprotokoll", "Protokollsutdrag", "Sammanträdesdatum" at the top;
    - ``beslut``: "Beslutsdatum", a heading "Beslut om ...", or "Beslut" alone as a heading;
    - ``foreningssida``: an organisation's own page (``own_page``: it says "NAME är en ideell
      förening"), or one headed "Om oss" / "Om föreningen";
    - ``projektsida``: a title that opens "Projekt ...", or a "Projektperiod" line;
    - ``rapport``: numbered sections ("3.2 Samverkan ...") or a title with "uppföljning" or
      "rapport";
    - ``nyhet`` otherwise.

    Examples
    --------
    >>> page_kind("Länsstyrelsen Uppsala län\\n\\nBeslut om medel enligt 37 §\\n")
    'beslut'
    >>> page_kind("Uppföljning 2020\\n\\n2.1 Samverkan med civilsamhället\\n")
    'rapport'
    >>> page_kind("Publicerad 3 maj 2019\\n\\nNy mötesplats i Mora\\n")
    'nyhet'
    """
    low = text.lower()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = [line.lower() for line in lines[:_HEAD_LINES]]
    if "lärande exempel" in low:
        return "larande-exempel"
    if any("protokoll" in line or line.startswith("sammanträdesdatum") for line in head):
        return "protokoll"
    if any(line.startswith(("beslutsdatum", "beslut om ")) or line == "beslut" for line in head):
        return "beslut"
    if own_page or any(line in {"om oss", "om föreningen"} for line in head):
        return "foreningssida"
    if any(line.startswith(("projekt ", "projektperiod", "projekttid")) for line in head):
        return "projektsida"
    numbered = sum(
        1
        for line in lines
        if line[:1].isdigit()
        and line.split()[0].rstrip(".").replace(".", "").isdigit()
        and len(line.split()) > 1
        and line.split()[1][:1].isupper()
        and len(line.split()[0]) <= 5
    )
    if numbered or any(("uppföljning" in line or "rapport" in line) for line in head[:2]):
        return "rapport"
    return "nyhet"
