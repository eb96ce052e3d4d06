"""The record of a text's actors, and the tests on names that every rule shares.

:class:`Found` is what :func:`~samverkan.draft.actors.find_actors` fills and the relation
rules read; the helpers tell a person's name from other capitalised words.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> doc = parse("Kontakta Karin Olsson.")
>>> _is_name(doc, (1, 3)), _is_name(doc, (0, 2)), _name_word(doc[1]), _name_word(doc[3])
(True, False, True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from samverkan.draft.model import Actor

__all__ = ["Found", "Mentions", "firm_word_first"]


_NAME_STOP = {
    "Kommun",
    "Kontakta",
    "Kontaktpersoner",
    "Publicerad",
    "Om",
    "Exemplet",
    "Det",
    "Vi",
    "Lärande",
    "Under",
    "Med",
    "Genom",
    "Till",
    "Där",
    "Nu",
    "Men",
    "Och",
    "I",
    "En",
}


_CONTACT_HEADINGS = {
    "kontaktpersoner",
    "kontaktperson",
    "kontakt",
    "informationsansvarig",
    "kontaktpersoner:",
    "kontakt:",
}


class Mentions(dict):
    """Where each mention starts (token index) -> (actor IRI, end token), a ``dict`` that also
    answers which mentions start in a range of tokens without reading all of them.

    A rule that asks each sentence of a long page for its mentions by reading every mention
    grows with the square of the page; :meth:`between` finds them by bisection on the starts,
    kept sorted until the next change.

    Examples
    --------
    >>> at = Mentions({7: ("kommun/1764", 9), 2: ("kommun/1763", 3)})
    >>> at.between(0, 5)
    [(2, ('kommun/1763', 3))]
    >>> at[4] = ("org/abf", 5)
    >>> at.between(0, 5)
    [(2, ('kommun/1763', 3)), (4, ('org/abf', 5))]
    >>> del at[2]
    >>> [start for start, _ in at.between(0, 100)]
    [4, 7]
    """

    __slots__ = ("_starts",)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._starts: list[int] | None = None

    def between(self, lo: int, hi: int) -> list[tuple[int, tuple[str, int]]]:
        """The mentions that start at a token ``lo <= start < hi``, in order of their start."""
        if self._starts is None:
            self._starts = sorted(self)
        starts = self._starts
        return [(k, self[k]) for k in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]]

    # every change forgets the sorted starts
    def __setitem__(self, key, value) -> None:
        self._starts = None
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self._starts = None
        super().__delitem__(key)

    def __ior__(self, other):
        self._starts = None
        return super().__ior__(other)

    def pop(self, *args):
        self._starts = None
        return super().pop(*args)

    def popitem(self):
        self._starts = None
        return super().popitem()

    def setdefault(self, key, default=None):
        self._starts = None
        return super().setdefault(key, default)

    def update(self, *args, **kwargs) -> None:
        self._starts = None
        super().update(*args, **kwargs)

    def clear(self) -> None:
        self._starts = None
        super().clear()


@dataclass
class Found:
    """The actors of a text and where each mention is (token index -> actor IRI)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    at_token: Mentions = field(default_factory=Mentions)  # start -> (iri, end)
    page_code: str | None = None
    page_board: str | None = None
    sentence_muni: dict[int, str] = field(default_factory=dict)
    munis: dict[str, tuple[str, str]] = field(default_factory=dict)
    page_org: str | None = None  # an association's own page: "vi", "vår" are this actor
    # the committee whose minutes the page is ("SAMMANTRÄDESPROTOKOLL" / "Socialnämnden")
    page_body: str | None = None
    page_region: str | None = None  # the region whose own page this is
    # a team list's posts: (post, where its entry starts, whether the entry says no party)
    team_posts: list[tuple[str, int, bool]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.at_token, Mentions):
            self.at_token = Mentions(self.at_token)

    def fold(self, short: str, whole: str) -> None:
        """Make the actor ``short`` one with ``whole``: its mentions, the tokens it is named
        at, the actors it is the parent of and the page's own organisation, if it was that,
        become the whole's, and ``short`` is no longer drafted.

        >>> cso = "sam:CivilSocietyOrganization"
        >>> found = Found(actors={"org/a": Actor("org/a", cso, "A", ""),
        ...                       "org/as": Actor("org/as", cso, "As", "", mentions=[(9, 11)]),
        ...                       "p": Actor("p", "org:Post", "P", "", parent="org/as")},
        ...               at_token={3: ("org/as", 4)}, page_org="org/as")
        >>> found.fold("org/as", "org/a")
        >>> sorted(found.actors), found.at_token[3], found.actors["p"].parent, found.page_org
        (['org/a', 'p'], ('org/a', 4), 'org/a', 'org/a')
        >>> found.actors["org/a"].mentions
        [(9, 11)]
        """
        self.actors[whole].mentions += self.actors.pop(short).mentions
        for start, (iri, end) in list(self.at_token.items()):
            if iri == short:
                self.at_token[start] = (whole, end)
        for actor in self.actors.values():
            if actor.parent == short:
                actor.parent = whole
        if self.page_org == short:
            self.page_org = whole

    def ancestors(self, iri: str) -> list[str]:
        """The organisations ``iri`` belongs to, nearest first (its parent, the parent's,
        ...), as the drafted actors give them.

        >>> found = Found(actors={"a": Actor("a", "sam:MunicipalUnit", "A", "", parent="b"),
        ...                       "b": Actor("b", "sam:Department", "B", "", parent="c")})
        >>> found.ancestors("a")
        ['b', 'c']
        """
        out: list[str] = []
        actor = self.actors.get(iri)
        while actor is not None and actor.parent and actor.parent not in out:
            out.append(actor.parent)
            actor = self.actors.get(actor.parent)
        return out


_CENTRAL = {
    "kommunkontoret",
    "kommunstyrelseförvaltningen",
    "stadsledningskontoret",
    "stadskontoret",
    "kommunledningskontoret",
    "kommunstyrelsen",
    "kommunstyrelsens förvaltning",
}


def _person_before(doc, i: int) -> tuple[int, int] | None:
    """Name tokens ending just before token ``i`` (``NAME, POST`` or ``NAME POST``)."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].is_upper:
        j -= 3  # "Karin Alm (S), ordförande": a politician's party
    end = j + 1
    while j >= 0 and _name_word(doc[j]) and end - j <= 3:
        j -= 1
    start = j + 1
    line_start = start == 0 or "\n" in doc[start - 1].text_with_ws
    if end - start == 3 and doc[start].text == "Av" and line_start:
        start += 1  # a byline: "Av NAME, reporter" (round 110 of learning)
    return (start, end) if end - start >= 2 else None


def _person_after(doc, i: int) -> tuple[int, int] | None:
    j = i
    while j < len(doc) and _name_word(doc[j]) and j - i < 3:
        j += 1
    return (i, j) if j - i >= 2 else None


def _name_word(token) -> bool:
    """A capitalised word of a person's name, double names too ("Per-Olof", "Ann-Christin")."""
    parts = token.text.split("-")
    return all(part[:1].isupper() and part.isalpha() for part in parts)


def _is_name(doc, span: tuple[int, int]) -> bool:
    tokens = doc[span[0] : span[1]]
    return all(t.text not in _NAME_STOP and not t.is_stop and len(t.text) > 1 for t in tokens)


# the common nouns for a firm that open a company's name as what it is, not as its name
# (round 86 of learning): "Entreprenadfirman Bollsta Röjning AB", "Åkeri Stegeborgs Frakt AB";
# so too the landlord's or owner's word, "Hyresvärden Kronoparkens Fastighets AB",
# "Fastighetsägaren X Y AB" (round 107)
_FIRM_WORD = re.compile(
    r"^\w*(företaget|företag|firman|firma|bolaget|åkeriet|åkeri|hyresvärden|fastighetsägaren)$"
)


def firm_word_first(span) -> bool:
    """Whether a company's name of two words or more before "AB" opens with a common noun
    for a firm ("Entreprenadfirman Bollsta Röjning AB", "Åkeriet Granlunds Transporter AB",
    "Hyresbolaget Rönnvreten Fastigheter AB"): the name is the words after it. A name of one
    word after such a noun keeps it ("Byggfirman Kotteboda AB" is the company's own name),
    and so does "Bostadsbolaget X Y AB" (round 81).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Entreprenadfirman Bollsta Röjning AB och Byggfirman Kotteboda AB.")
    >>> firm_word_first(doc[0:4]), firm_word_first(doc[5:8])
    (True, False)
    """
    return (
        len(span) >= 4
        and span[-1].text == "AB"
        and span[1].is_title
        and bool(_FIRM_WORD.match(span[0].lower_))
        and not span[0].lower_.startswith("bostadsbolag")
    )
