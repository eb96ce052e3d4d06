"""A piece of work drafted as a member of itself: "två föreningar är parter i familjecentralen".

Some pages are about a joint piece of work that has a name the drafter reads as an actor (a
family centre, a meeting place: "Familjecentralen drivs av kommunen och regionen
tillsammans. Två föreningar är parter i familjecentralen: A och B."). Where the page calls
others parties of it, members of it or leavers of it ("parter i X", "part i X", "med i X",
"deltar i X", "lämnade X"; not "ingår i X", a unit's parent), X is the collaboration, not one
of its members: every collaboration drafted with X (named by a common noun,
"familjecentralen", or any name where others are "part i X": "Arbetsförmedlingen är inte part
i Hammarö Välkomnar") as a member is one collaboration, without X, and no grant goes to X.
Where X was drafted as a unit of an organisation named in the same statement ("X drivs av
kommunen och regionen"), the organisation takes X's place (round 62 of learning).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Familjecentralen drivs av Kils kommun och Region Värmland tillsammans. "
...             "Två föreningar är parter i familjecentralen: Föreningen Sol och "
...             "Röda Korset Kil.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'org/foreningen-sol', 'org/roda-korset-kil', 'region/17']]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text

__all__ = ["named_work_join"]

# "parter i X", "part i X", "med i X", "deltar i X"; "lämnade X" (not "ingår i X": "AME ingår i
# socialförvaltningen" names a unit's parent)
_BEFORE_I = {"part", "parter", "partner", "med", "deltar"}
_LEFT = {"lämnade", "lämnat", "lämnar"}
# "är inte part i Hammarö Välkomnar": one is a party of a work, not of a body, whatever its name
_PARTY = {"part", "parter", "partner"}


def _works(doc, found: Found, members: set[str]) -> set[str]:
    """The members of collaborations (and recipients of grants) that the page calls a piece
    of work others are parties of, members of or leave."""
    works = set()
    for start, (iri, _end) in found.at_token.items():
        if iri not in members or start < 1:
            continue
        actor = found.actors.get(iri)
        if actor is None or actor.cls in ("sam:Municipality", "sam:Region", "sam:Person"):
            continue
        before = doc[start - 1].lower_
        party = before == "i" and start >= 2 and doc[start - 2].lower_ in _PARTY
        if not doc[start].text[:1].islower() and not party:
            continue  # "med i Föreningen Sol": a named body, not a work
        if (
            before in _LEFT
            or party
            or (before == "i" and start >= 2 and doc[start - 2].lower_ in _BEFORE_I)
        ):
            works.add(iri)
    return works


def named_work_join(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each piece of work drafted as a member made the collaboration (see
    the module docstring)."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    members = {m for r in collaborations for m in r.members}
    members |= {m for r in relations if r.kind == "funding" for m in r.recipients}
    works = _works(doc, found, members)
    out = relations
    for work in sorted(works):
        groups = [r for r in out if r.kind == "collaboration" and work in r.members]
        if not groups:
            continue
        first = groups[0]
        parent = found.actors[work].parent
        for group in groups:
            if group is not first:
                for m, role in group.members.items():
                    first.members.setdefault(m, role)
            if parent and parent in found.actors and parent not in first.members:
                label = found.actors[parent].label_sv.lower()
                if label and label in page_text(doc)[group.span[0] : group.span[1]].lower():
                    first.members[parent] = "part"
        first.members.pop(work, None)
        merged = {id(g) for g in groups if g is not first}
        out = [r for r in out if id(r) not in merged]
    for rel in out:  # a grant "för Hammarö Välkomnar" goes to the work's runner, not to it
        if rel.kind == "funding" and works & set(rel.recipients):
            rel.recipients = [r for r in rel.recipients if r not in works]
    return [
        r
        for r in out
        if (r.kind == "collaboration" and len(r.members) >= 2)
        or (r.kind == "funding" and (r.recipients or r.funded_items))
        or r.kind not in ("collaboration", "funding")
    ]
