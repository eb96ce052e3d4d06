"""Find personal contact data (phone numbers, e-mail addresses) in a text.

People appear in the graph with name and post only. The source texts are scraped web pages
whose contact blocks run a phone number and an e-mail address together with a name
(``046- 359 63 65oliwer.karlsson@lund.se``); neither may reach the graph, in any literal,
nor be quoted as evidence. The same two patterns are written in SPARQL's regular-expression
syntax in ``queries/personal-data-violation.rq``, and the tests hold the two to the same
answers.

- An e-mail address: a local part, ``@`` (also ``＠``, ``(at)`` and ``[at]``), a domain with
  a dot and a top-level domain of two letters or more.
- A Swedish phone number: ``0``, ``+46`` or ``0046``, an area code that does not start with
  0, then two or three groups of two or three digits, with spaces, a dash or a slash
  between them (``08-124 57 065``, ``070-123 45 67``, ``0701234567``, ``+46 46 359 63 65``).
  It may not follow a letter or digit (so a run of digits inside a checksum is not one), nor
  a dash or slash after a digit (so the day and year of a range of ISO dates,
  ``2024-01-01 – 2026-06-30``, are not one), and may not be followed by a digit; a letter
  may follow, as in the contact blocks.

Examples
--------
>>> [m.group() for m in contact_data("Ring 046- 359 63 65oliwer.karlsson@lund.se")]
['046- 359 63 65', '65oliwer.karlsson@lund.se']
>>> contact_data("Projektet pågick 2017-03-01 till 2019-02-28 med 1 000 000 kronor.")
[]
>>> contact_data("Projektperiod: 2024-01-01 – 2026-06-30, 2019-01-01–2021-12-31")
[]
>>> [m.group() for m in contact_data("skriv till anna (at) ekero.se")]
['anna (at) ekero.se']
"""

from __future__ import annotations

import re

__all__ = ["EMAIL", "PHONE", "contact_data"]

_SPACE = r"[ \t\n\r\u00a0]"

EMAIL = re.compile(
    rf"[A-Za-z0-9._%+-]+{_SPACE}*(?:@|＠|\(at\)|\[at\]){_SPACE}*"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
"""An e-mail address, also written with ``(at)`` or ``[at]``."""

PHONE = re.compile(
    rf"(?<![0-9A-Za-z+])(?<![0-9][-–/])(?:\+46{_SPACE}?(?:\(0\))?{_SPACE}?|0046{_SPACE}?|0)[1-9][0-9]{{0,2}}"
    rf"(?:{_SPACE}?[-–/]{_SPACE}?|{_SPACE})?[0-9]{{2,3}}(?:{_SPACE}?[0-9]{{2,3}}){{1,2}}(?![0-9])(?![a-f][0-9a-f]{{3}})"
)
"""A Swedish phone number, national or international form."""


def contact_data(text: str) -> list[re.Match[str]]:
    """Every phone number and e-mail address in ``text``, in order of position.

    Parameters
    ----------
    text : str
        Any text: a literal of the graph, a quote, a whole source document.

    Returns
    -------
    list of re.Match
        One match per phone number or e-mail address; ``match.span()`` is its place.

    Examples
    --------
    >>> [m.span() for m in contact_data("Tel 08-124 57 065, e-post x@ekero.se")]
    [(4, 17), (26, 36)]
    >>> contact_data("sha256 5e1ab19c0c43feffd7a38b3819fbfee52f2cb4080181665c2d0bb4d0468616dc")
    []
    >>> contact_data("07345678912abcdef")  # digits that run into letters: a checksum, not a number
    []
    """
    found = [*PHONE.finditer(text), *EMAIL.finditer(text)]
    return sorted(found, key=lambda m: (m.start(), m.end()))
