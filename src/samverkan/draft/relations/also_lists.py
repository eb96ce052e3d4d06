"""A list the lead's sentence goes on with: "X drivs av A. Med i samarbetet är också:".

A page names who runs a piece of work ("Körkortsbron drivs av A, som hör till B", "Det
samordnas av A", "drivs av A tillsammans med C") and then, in the same paragraph, opens a
list of the others with a line that ends in a colon and says they are there "too" ("Med i
samarbetet är också:", "I samarbetet ingår även:", "Andra medlemmar i nätverket är:"). The
items of the list (one line each, after a dash or a bullet) and the body or bodies that run
the work are the parties of one collaboration (round 54 of learning). The department a lead
"hör till" is its parent, no party.
"""

from __future__ import annotations

import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.main_collaboration import _leavers
from samverkan.draft.relations.members import _also_with, _made_party, _until_heading

__all__ = ["also_lists"]


# the line that opens the list: its last sentence ends in a colon and says "too"
# (or, round 55 of learning, names where the listed are: "Med i samarbetet är:", "I
# gruppen ingår:", "Arbetsgruppen består av:")
_OPENS = re.compile(
    r"(?:^|[.!?]\s+)(?P<opening>(?:[^.!?:]*\b(?:också|även)\b[^.!?:]*|(?:Andra|Övriga)\s[^.!?:]*"
    r"|Med\s+i\s[^.!?:]*\bär|I\s[^.!?:]*\b(?:ingår|deltar|medverkar)|[^.!?:]*\bbestår\s+av"
    # "... och har de här parterna:", "Nätverket har följande medlemmar:": the definite or
    # plural word of parties ending the line (round 66 of learning)
    r"|[^.!?:]*\b(?:parterna|partnerna|medlemmarna|följande\s+(?:parter|partner|medlemmar))"
    # "I Bräcke kommun är tre klubbar med:", "Följande klubbar är med hösten 2026:", "Flera
    # parter är med:": the listed "är med", a time or the work after it (round 74 of learning)
    r"|[^.!?:]*\bär\b[^.!?:]*\bmed\b[^.!?:]*)"
    r"):\s*$"
)
# the opening of a list of those who "är med", and the words that deny it
_ARE_WITH = re.compile(r"\bär\b.*\bmed\b", re.I)
_DENIED = re.compile(r"\b(?:inte|ej|aldrig|inga|ingen)\b", re.I)
# the lead of the sentences before it: "drivs av A", "leds av A", "samordnas av A",
# "tillsammans med C"
_LEADS = re.compile(
    r"\b(?:drivs|leds|samordnas|ordnas|ägs|hålls|drevs|leddes|samordnades)\s+av\s+"
    r"|\btillsammans\s+med\s+",
    re.I,
)
_ITEM = re.compile(r"^\s*[-–•*]\s+")
_NOT_PARTIES = {"foaf:Person", "org:Post", "sam:CoordinatorPost"}


def _actor_at(doc, found: Found, char: int, limit: int) -> str | None:
    """The first actor (no person, no post) named from character ``char`` up to ``limit``."""
    for i, (iri, _end) in sorted(found.at_token.items()):
        if doc[i].idx < char:
            continue
        if doc[i].idx >= limit:
            return None
        if found.actors[iri].cls not in _NOT_PARTIES:
            return iri
        return None
    return None


# the verbs by which a body named right before them runs the work: "Polisen leder dialogen",
# "Kultur- och fritidsförvaltningen samordnar arbetet" (round 66 of learning)
_LEADING = {"leder", "ledde", "driver", "drev", "samordnar", "samordnade"}


def _active_leads(doc, found: Found, start: int, end: int) -> list[str]:
    """The bodies named right before a verb of leading ("X leder dialogen sedan 2023") in the
    text from ``start`` to ``end``, not under a negation."""
    out = []
    for i, (iri, stop) in sorted(found.at_token.items()):
        if not start <= doc[i].idx < end or stop >= len(doc):
            continue
        verb = doc[stop]
        if verb.idx >= end or verb.lower_ not in _LEADING:
            continue
        if found.actors[iri].cls in _NOT_PARTIES:
            continue
        if stop + 1 < len(doc) and doc[stop + 1].lower_ in {"inte", "inga", "aldrig", "ej"}:
            continue
        if iri not in out:
            out.append(iri)
    return out


def _leads(doc, found: Found, start: int, end: int) -> list[str]:
    """The bodies the text from ``start`` to ``end`` says run the work: right after "drivs
    av", "samordnas av", "tillsammans med", or right before "leder" or "samordnar"."""
    text = page_text(doc)[start:end]
    out = []
    for m in _LEADS.finditer(text):
        # the name begins right after the words (within the next two characters)
        iri = _actor_at(doc, found, start + m.end(), start + m.end() + 2)
        if iri is not None and iri not in out:
            out.append(iri)
    for iri in _active_leads(doc, found, start, end):
        if iri not in out:
            out.append(iri)
    return out


def _paragraph_before(text: str, start: int) -> tuple[int, int]:
    """The characters of the paragraph that ends right before the line at ``start`` (blank
    lines between)."""
    end = start
    while end > 0 and text[end - 1] in "\n ":
        end -= 1
    begin = text.rfind("\n\n", 0, end)
    return (0 if begin < 0 else begin + 2), end


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the paragraph from ``start`` to ``end`` is a heading: one short line that does
    not end a sentence."""
    para = text[start:end].strip()
    return 0 < len(para) <= 60 and "\n" not in para and para[-1] not in ".!?:"


def _through(doc, found: Found, iri: str, char: int) -> str | None:
    """The body a list's item names after "genom" right after its first actor ("- Leksands
    kommun genom Kommunstyrelsens förvaltning, ..."): the one that takes part for it (round
    66 of learning); else None."""
    start = min(
        (i for i, (x, _e) in found.at_token.items() if x == iri and doc[i].idx >= char),
        default=None,
    )
    if start is None:
        return None
    stop = found.at_token[start][1]
    if stop + 1 >= len(doc) or doc[stop].lower_ != "genom":
        return None
    got = found.at_token.get(stop + 1)
    if got is None or found.actors[got[0]].cls in _NOT_PARTIES:
        return None
    return got[0]


def _items(doc, found: Found, after: int, ends: list[int] | None = None) -> list[str]:
    """The first actor of each item line of the list that begins after character ``after``
    (blank lines between the opening and the items allowed); ``ends`` gets the character
    where the last item ends."""
    out: list[str] = []
    pos = after
    text = page_text(doc)
    started = False
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            if started:
                break
            pos = end + 1
            continue
        m = _ITEM.match(line)
        if m is None:
            break
        started = True
        iri = _actor_at(doc, found, pos + m.end(), pos + m.end() + 2)
        if iri is not None:
            iri = _through(doc, found, iri, pos + m.end()) or iri
        if iri is not None and iri not in out:
            out.append(iri)
        if ends is not None:
            ends.append(end)
        pos = end + 1
    return out


def also_lists(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the leads and the items of each "... också:" list in one
    collaboration: the collaboration already drafted with two or more of its items, else a
    new one."""
    text = page_text(doc)
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, line = pos, raw.rstrip("\n")
        pos += len(raw)
        m = _OPENS.search(line)
        if m is None:
            continue
        leads = _leads(doc, found, start, start + m.start("opening"))
        if not leads and m.start("opening") == 0 and re.match(r"(?:Andra|Övriga)\s", line):
            # "Andra parter i projektet:" on a line of its own: the others beside those the
            # paragraph right before says run the work (round 66 of learning)
            leads = _leads(doc, found, *_paragraph_before(text, start))
        if (
            not leads
            and m.start("opening") == 0
            and _ARE_WITH.search(line)
            and not re.search(r"\b(?:också|även)\b", line)
        ):
            # "Följande klubbar är med hösten 2026:" on a line of its own, under a heading:
            # the others beside those the paragraph before says run the work (round 74; a
            # list "också" with them was left to the rules before)
            before = _paragraph_before(text, start)
            if _heading(text, *before):
                before = _paragraph_before(text, before[0])
            leads = _leads(doc, found, *before)
        if _ARE_WITH.search(m.group("opening")) and _DENIED.search(m.group("opening")):
            continue  # "Två föreningar är inte med:"
        ends: list[int] = []
        items = _items(doc, found, pos, ends)
        if not leads or not items:
            continue
        # "Sedan 2026 är också X medlem", "Sedan mars är även Y med": one more party told
        # after the list, in the sentences before the next heading (round 55 of learning)
        items += [
            iri
            for sent in _until_heading(doc, list(doc.sents), ends[-1])
            # or, round 66 of learning, a past one: "Y var med från starten men lämnade i maj"
            for iri in _made_party(sent, found) or _also_with(sent, found) or _leavers(sent, found)
            if iri not in items
        ]
        parties = [*leads, *(i for i in items if i not in leads)]
        if len(parties) < 2:
            continue
        near = next(
            (
                r
                for r in relations
                if r.kind == "collaboration" and len(set(items) & set(r.members)) >= 2
            ),
            None,
        )
        if near is None and len(items) == 1:
            near = next(
                (r for r in relations if r.kind == "collaboration" and set(items) & set(r.members)),
                None,
            )
        if near is not None:
            for iri in parties:
                near.members.setdefault(iri, "part")
            continue
        relations.append(
            Relation(
                "collaboration",
                (start + m.start("opening"), start + len(line)),  # the opening: a quote
                members={iri: "part" for iri in parties},
            )
        )
    return relations
