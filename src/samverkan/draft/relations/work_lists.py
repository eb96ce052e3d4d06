"""A counted list of the parties of a piece of work: "tog fyra arbetsgivare emot ungdomar i
Midsommarbron: A, B, C och D".

A page says who runs a piece of work in a sentence that opens with its name ("Midsommarbron
drivs av enheten X", "Familjecentralen öppnade 2024 och drivs av A och B") and, later, counts
and lists who takes part in it, in the same sentence after a colon or in the bulleted lines
after it: "Sommaren 2025 tog fyra arbetsgivare emot ungdomar i Midsommarbron: A, B, C och
D", "På familjecentralen arbetar fyra verksamheter under samma tak:" and a line per unit.
The listed actors join the runners' collaboration (one is drafted with the runners when none
is); an organisation listed only as the parent of another listed actor ("C, som hör till
regionen") is not added for that (round 62 of learning).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Språkbron drivs av Kils kommun. I år tog tre föreningar emot deltagare i "
...             "Språkbron: Föreningen Sol, Röda Korset Kil och Kils Ryttarförening.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'org/foreningen-sol', 'org/kils-ryttarforening', 'org/roda-korset-kil']]
"""

from __future__ import annotations

import re
from itertools import pairwise

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.quantities import NUMBER_WORDS
from samverkan.draft.relations.members import _COUNTED_BODIES as _LISTED_BODIES

__all__ = ["work_lists"]

# the number words that count a list's parties ("fyra arbetsgivare"): those of the counts of
# people, and "två"
_COUNTS = {"två", *NUMBER_WORDS}
_BULLET = re.compile(r"[ \t]*[-*•–][ \t]+")


def _actors_between(found: Found, doc, start: int, end: int) -> list[str]:
    """The actors mentioned between the characters ``start`` and ``end``, in order."""
    out: list[str] = []
    for tok, (iri, _end) in sorted(found.at_token.items()):
        if start <= doc[tok].idx < end and iri not in out and iri in found.actors:
            out.append(iri)
    return out


def _bullets_after(text: str, at: int) -> tuple[int, int] | None:
    """The characters of the bulleted lines just after ``at`` (a colon's end of line)."""
    nl = text.find("\n", at)
    if nl < 0:
        return None
    pos, end = nl + 1, None
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if not _BULLET.match(text, pos):
            break
        end = line_end
        pos = line_end + 1
    return (nl + 1, end) if end else None


# the words that say the counted bodies take part: "nio föreningar är anslutna", "fem
# föreningar deltar", "tre arbetsgivare är med"
_JOINED = {"anslutna", "anslutit", "deltar", "deltog", "medverkar", "ingår", "samverkar"}
# the bodies counted: "nio föreningar", not "fyra gånger per år" (those a counted list of
# members names, and clubs and activities)
_COUNTED_BODIES = {*_LISTED_BODIES, "klubbar", "verksamheter"}


def _joined_list_after(text: str, sent, before) -> bool:
    """Whether ``sent`` ends in a colon before bulleted lines ("Några av dem är:") and it or
    the sentence ``before`` it, in the same paragraph, counts bodies that take part ("Våren
    2026 är nio föreningar anslutna."; not "en styrgrupp som träffas fyra gånger per år. I
    styrgruppen ingår:")."""
    words = [t for t in sent if not t.is_space]
    if before is None or not words or words[-1].text != ":" or len(words) > 8:
        return False
    if "\n" in text[before.end_char : sent.start_char]:
        return False
    tokens = [*before, *sent]
    lowers = {t.lower_ for t in tokens}
    counted = any(
        a.lower_ in _COUNTS and b.lower_ in _COUNTED_BODIES for a, b in pairwise(tokens)
    )
    return bool(counted and _JOINED & lowers and _bullets_after(text, words[-1].idx))


def work_lists(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the counted lists of a piece of work's parties joined to its
    runners' collaboration (see the module docstring)."""
    text = page_text(doc)
    runners: dict[str, list[str]] = {}  # the work's name (lower case) -> its runners
    for sent in doc.sents:
        lowers = [t.lower_ for t in sent]
        if len(lowers) < 4 or not sent[0].text[:1].isupper():
            continue
        hit = next(
            (
                k
                for k in range(1, len(lowers) - 1)
                if lowers[k] == "drivs" and lowers[k + 1] == "av"
            ),
            None,
        )
        if hit is None:
            continue
        named = _actors_between(found, doc, sent[hit].idx, sent.end_char)
        # "drivs av enheten X, som hör till förvaltningen Y": X runs it, not Y
        parents = {found.actors[i].parent for i in named}
        named = [i for i in named if i not in parents]
        if named and sent[0].lower_ not in runners:
            runners[sent[0].lower_] = named
    if not runners:
        return relations
    previous = None
    for sent in doc.sents:
        before, previous = previous, sent
        lowers = [t.lower_ for t in sent]
        works = [w for w in runners if w in lowers[1:]]
        if not works and len(runners) == 1 and _joined_list_after(text, sent, before):
            # "Våren 2026 är nio föreningar anslutna. Några av dem är:" and a line per
            # association: the parties of the page's one piece of work (round 98 of learning)
            works = list(runners)
            lowers = lowers + [t.lower_ for t in before]
        if not works or not _COUNTS & set(lowers) or ":" not in lowers:
            continue
        colon = sent[lowers.index(":")]
        if colon.i == sent.end - 1 or text[colon.idx + 1 : colon.idx + 2] == "\n":
            span = _bullets_after(text, colon.idx)
        else:
            span = (colon.idx + 1, sent.end_char)
        if span is None:
            continue
        items = _actors_between(found, doc, *span)
        parents = {found.actors[i].parent for i in items}
        items = [i for i in items if i not in parents]
        if len(items) < 2:
            continue
        own = runners[works[0]]
        group = next(
            (r for r in relations if r.kind == "collaboration" and set(own) & set(r.members)),
            None,
        )
        if group is None:
            # the quote of its evidence: the counting sentence (a quote is at most 200
            # characters)
            end = min(sent.end_char, sent.start_char + 200)
            group = Relation("collaboration", (sent.start_char, end))
            group.members = {r: "part" for r in own}
            relations.append(group)
        for item in items:
            group.members.setdefault(item, "part")
    return relations
