"""An umbrella body's member list: one heading per member, then "Medlem sedan YEAR".

A page that presents the members of a body (an umbrella organisation, a network, a
council of associations) gives each member a heading line of its own, with the year it
joined on the line after it ("Medlem sedan 2019. Föreningen ..."; "Stödjande medlem sedan
2022"). Each heading names one member of the body; a heading no rule read as an actor
("Kvinnocirkeln Byälven") is drafted as an association, for review. Under a heading
"Tidigare medlemmar", a sentence "X var medlem ..." names a former member (kept, as a past
relation is). Every member is a party of one collaboration: the membership of the body.
"""

from __future__ import annotations

import itertools
import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Actor, Relation, slug
from samverkan.draft.nlp import page_text

__all__ = ["member_entries", "with_member_entries"]

# the line after a member's heading: "Medlem sedan 2019.", "Stödjande medlem sedan 2022."
_JOINED = re.compile(r"^(?:(?:stödjande|associerad|hedersledamot)\s+)?medlem\s+sedan\b", re.I)
_FORMER = re.compile(r"^tidigare\s+medlem", re.I)
_WAS_MEMBER = re.compile(r"\b(var|har varit)\s+medlem(?:mar)?\b", re.I)
_NOT_MEMBERS = {"foaf:Person", "org:Post", "sam:CoordinatorPost"}


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of ``text``, stripped."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            start = pos + raw.index(line)
            out.append((start, start + len(line)))
        pos += len(raw)
    return out


def _heading(line: str) -> bool:
    """A short capitalised line without a full stop: a heading."""
    words = line.split()
    return 0 < len(words) <= 7 and line[0].isupper() and not line.endswith((".", ":", "?", "!"))


def _actors_between(found: Found, doc, start: int, end: int) -> list[tuple[str, int, int]]:
    """(iri, first char, last char) of the actors whose mention lies in [start, end)."""
    out = []
    for i, (iri, stop) in sorted(found.at_token.items()):
        first, last = doc[i].idx, doc[stop - 1].idx + len(doc[stop - 1])
        if start <= first and last <= end and found.actors[iri].cls not in _NOT_MEMBERS:
            out.append((iri, first, last))
    return out


def _member_of_heading(doc, found: Found, start: int, end: int) -> str:
    """The actor a member's heading names: the one read there that spans the heading, else
    a new association with the heading as its name."""
    text = page_text(doc)[start:end]
    for iri, first, last in _actors_between(found, doc, start, end):
        if (last - first) >= 0.6 * (end - start):
            return iri
    iri = f"org/{slug(text)}"
    if iri not in found.actors:
        found.actors[iri] = Actor(
            iri,
            "sam:CivilSocietyOrganization",
            text,
            text,
            mentions=[(start, end)],
            unsure=True,
        )
    return iri


def member_entries(doc, found: Found) -> list[Relation]:
    """The membership of the body whose member list ``doc`` is, or nothing.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Våra medlemmar\\n\\nHär presenterar sig medlemmarna.\\n\\n"
    ...             "Bryggans IK\\nMedlem sedan 2020. Klubben spelar.\\n\\n"
    ...             "Kvinnocirkeln Älvdalen\\nMedlem sedan 2021. Vi syr.\\n")
    >>> [sorted(r.members) for r in member_entries(doc, find_actors(doc, Index()))]
    [['org/bryggans-ik', 'org/kvinnocirkeln-alvdalen']]
    """
    text = page_text(doc)
    lines = _lines(text)
    headings = [
        (s, e)
        for (s, e), (n_s, n_e) in itertools.pairwise(lines)
        if _heading(text[s:e]) and _JOINED.match(text[n_s:n_e])
    ]
    if len(headings) < 2:
        return []
    members: dict[str, str] = {}
    for start, end in headings:
        members.setdefault(_member_of_heading(doc, found, start, end), "part")
    former = False
    for start, end in lines:
        line = text[start:end]
        if _heading(line):
            former = bool(_FORMER.match(line))
            continue
        if not former:
            continue
        for sent in doc.char_span(start, end, alignment_mode="expand").sents:
            said = _WAS_MEMBER.search(sent.text)
            if said is None:
                continue
            before = sent.start_char + said.start()
            named = _actors_between(found, doc, sent.start_char, before)
            if named:
                members.setdefault(named[0][0], "part")
    if found.page_org in members:
        del members[found.page_org]  # the body itself is no member of its own list
    if len(members) < 2:
        return []
    first, last = headings[0][0], headings[-1][1]
    return [Relation("collaboration", (first, min(last, first + 200)), members=members, name=None)]


def with_member_entries(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` and the membership of :func:`member_entries`; a pair drafted of one
    listed member and the body itself ("X var medlem i alliansen") gives way to it (the
    body is no party of its own membership)."""
    entries = member_entries(doc, found)
    if not entries:
        return relations
    listed = set(entries[0].members)
    kept = [
        r
        for r in relations
        if not (
            r.kind == "collaboration"
            and len(r.members) == 2
            and found.page_org in r.members
            and set(r.members) - {found.page_org} <= listed
        )
    ]
    return kept + entries
