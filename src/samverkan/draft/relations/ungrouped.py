"""Bodies the drafter finds in a sentence that tells them joining or leaving the work, yet
joins to no collaboration (round 76 of learning, from the misses of rounds 60-89).

- a later party, the date first and "även"/"också" before the body, whatever the sentence
  says it does: "Sedan 2024 är även Föreningen X medarrangör", "Från januari 2025 kommer
  även Y att ta emot praktikanter", "Sedan oktober 2026 ingår även Z i planen";
- a past party, the body the sentence opens with: "X var med 2021-2022 men har inte varit med
  sedan dess", "X lämnade gruppen i juni 2024".

Each joins the collaboration told last before it in its paragraph or the one before, else the
page's largest collaboration; only a body that is in no collaboration yet.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Sedan 2024 är även Röda Korset medarrangör. Grums kommun lämnade gruppen "
...             "2023. Kils kommun var med 2021 men har inte varit med sedan dess. "
...             "Sedan 2024 är inte Arvika kommun med.")
>>> found = find_actors(doc, Index())
>>> [(_later_party(s, found), _past_party(s, found)) for s in doc.sents]
[('org/roda-korset', None), (None, 'kommun/1764'), (None, 'kommun/1715'), (None, None)]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.relations.main_collaboration import _NOT, _collaboration_just_before
from samverkan.draft.relations.words import _RECIPIENTS

__all__ = ["ungrouped_join"]

_BODIES = _RECIPIENTS | {"sam:CountyAdministrativeBoard", "sam:PrivateCompany"}
_ALSO = {"även", "också", "dessutom"}
_SEASONS = {"våren", "hösten", "sommaren", "vintern", "starten", "början", "årsskiftet"}
_OPENERS = {"tidigare", "också", "även"}


def _body_at(sent, found: Found, i: int) -> str | None:
    if i not in found.at_token:
        return None
    iri = found.at_token[i][0]
    actor = found.actors.get(iri)
    return iri if actor is not None and actor.cls in _BODIES else None


def _later_party(sent, found: Found) -> str | None:
    """The body after "Sedan/Från DATE VERB även" (see the module docstring)."""
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    if len(words) < 5 or lowers[0] not in {"sedan", "från"} or _NOT & set(lowers):
        return None
    also = next((k for k, w in enumerate(lowers[:8]) if w in _ALSO), None)
    if also is None or also < 3 or also + 1 >= len(words):
        return None
    if not any(w.isdigit() or w in _SEASONS for w in lowers[1 : also - 1]):
        return None
    return _body_at(sent, found, words[also + 1].i)


def _past_party(sent, found: Found) -> str | None:
    """The body a sentence opens with that "var med ... men" or "lämnade" the work."""
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    first = 1 if lowers[:1] and lowers[0] in _OPENERS else 0
    if len(words) < 4 or words[first].i not in found.at_token:
        return None
    body = _body_at(sent, found, words[first].i)
    end = found.at_token[words[first].i][1]
    rest = [t.lower_ for t in sent.doc[end : sent.end] if not t.is_space]
    if body is None or not rest:
        return None
    if rest[0] in {"lämnade", "lämnar"} and rest[1:2] and rest[1].endswith(("en", "et", "an")):
        return body if not _NOT & set(rest) else None
    if rest[:2] == ["var", "med"] and rest[2:3] not in (["på"], ["och"], ["i"]) and "men" in rest:
        # not "var med på förra årets träff", "var med och diskuterade", "var med i
        # planeringen": a guest, a helper, a part of the work
        if _NOT & set(rest) and any(w.startswith("lämna") for w in rest):
            return None  # "var med det första året men lämnade inte": no leaving told
        return body if not _NOT & set(rest[: rest.index("men")]) else None
    return None


def ungrouped_join(doc, found: Found, relations: list[Relation]) -> None:
    """Join each body of :func:`_later_party` and :func:`_past_party` that is in no
    collaboration to the one its sentence continues (see the module docstring);
    ``relations`` is changed in place."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    if not collaborations:
        return
    for sent in doc.sents:
        body = _later_party(sent, found) or _past_party(sent, found)
        if body is None or any(body in r.members for r in collaborations):
            continue
        target = _collaboration_just_before(
            doc, sent, relations, paragraphs=2, from_end=True
        ) or max(collaborations, key=lambda r: len(r.members))
        target.members.setdefault(body, "part")
