"""Hosts of placements: a body that takes the participants for placements is a party.

Project pages and reports name the employers and bodies that "take the participants" of a
project in a sentence of their own after the one that describes the project: "Två företag,
A AB och B AB, tar emot deltagarna för praktik", "Sju företag har tagit emot deltagare,
bland dem A AB och B AB", "De här företagen har tagit emot praktikanter inom projektet:"
over a dash list. As the expected files of the genre have it (a partner taking
participants for placements is a member), each such body joins the collaboration drafted
last before the sentence, within the same stretch of text; a sentence that drafts a
collaboration of its own keeps its members, and a hedge ("kunde inte ta emot", "lovat att
ta emot", "kommer att ta emot") states no placement.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Kils kommun driver spåret tillsammans med Arbetsförmedlingen. "
...             "Två företag, Fryksdalens Plåt AB och Kilbageriet AB, tar emot deltagarna "
...             "för praktik.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'org/arbetsformedlingen', 'org/fryksdalens-plat-ab', 'org/kilbageriet-ab']]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.words import _BULLETS, _RECIPIENTS, _actors_in

__all__ = ["hosts_join"]

_TAKE = {"tar", "tog", "tagit", "tagits"}
_TAKEN = ("deltagare", "deltagarna", "praktikant", "praktikanter", "praktikanterna", "elever")
_HEDGES = {"inte", "ej", "kunde", "kan", "ska", "skall", "kommer", "vill", "lovat", "att"}
_HOSTS = _RECIPIENTS | {"sam:PrivateCompany", "sam:CountyAdministrativeBoard"}
# how far back (in characters) the collaboration a host joins may have been drafted
_REACH = 1200
_SUBCLAUSE = {"som", "där", "när", "eftersom", "om", "att"}


def _takes_participants(lowers: list[str]) -> int | None:
    """The index of "emot" in "tar emot deltagarna", "har tagit emot praktikanter", or None.

    Examples
    --------
    >>> _takes_participants("a ab tar emot deltagarna för praktik".split())
    3
    >>> _takes_participants("a ab har tagit emot sex praktikanter".split())
    4
    >>> _takes_participants("regionen kan inte ta emot praktikanter".split())
    >>> _takes_participants("a ab tar emot gåvor".split())
    """
    for k, word in enumerate(lowers[:-1]):
        if word not in _TAKE or lowers[k + 1] != "emot":
            continue
        if _HEDGES & set(lowers[max(k - 2, 0) : k]):
            continue
        if any(w.startswith(_TAKEN) for w in lowers[k + 2 : k + 5]):
            return k + 1
    return None


def _hosts(doc, sent, found: Found, at: int) -> list[str]:
    """The bodies a placement sentence names: before the verb, after "bland dem" or in the
    dash lines under a sentence that ends with a colon."""
    # "A AB i Kil tar emot ...": the town after "i" is where the host is, no host
    actors = [
        (iri, i)
        for iri, i in _actors_in(sent, found)
        if found.actors[iri].cls in _HOSTS
        and not (doc[i - 1].lower_ == "i" and found.actors[iri].cls == "sam:Municipality")
    ]
    lowers = [t.lower_ for t in sent]
    # the verb's own clause: "där A tog emot ..." and "X, som hör till Y, och har tagit emot
    # ..." are clauses of a sentence about something else; "Två företag, A och B, tar emot"
    # is the subject with its apposition
    clause = max(
        (
            k
            for k in range(at)
            if lowers[k] in _SUBCLAUSE or (lowers[k] == "och" and lowers[k - 1 : k] == [","])
        ),
        default=-1,
    )
    if clause >= 0 and lowers[clause] in _SUBCLAUSE:
        return []
    before = [iri for iri, i in actors if sent.start + clause < i < sent.start + at]
    among = next((k for k in range(len(lowers) - 1) if lowers[k : k + 2] == ["bland", "dem"]), None)
    if among is not None:
        before += [iri for iri, i in actors if i > sent.start + among]
    text = sent.text.rstrip()
    if text.endswith(":"):
        for line in doc[sent.end :].sents:
            words = [t for t in line if not t.is_space]
            if not words:
                continue
            if words[0].text not in _BULLETS:
                break
            before += [
                iri for iri, _i in _actors_in(line, found) if found.actors[iri].cls in _HOSTS
            ][:1]
    return list(dict.fromkeys(before))


# "Ingen av dem är projektpart", "De är inte parter i projektet", "Inget av företagen ingår i
# projektet": the sentence after the hosts denies them a part
_NONE_OF = {("ingen", "av"), ("inget", "av"), ("inga", "av")}
_DENIED_PART = ("part", "parter", "projektpart", "projektparter", "samverkanspart", "partner")


def _denied_after(doc, sent) -> bool:
    """Whether the sentence after ``sent`` (in the same paragraph) says that none of the
    bodies just named has a part ("Ingen av dem är projektpart", "De är inte parter").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("A AB tar emot praktikanter. Ingen av dem är projektpart. B AB tar emot "
    ...             "deltagare. De får lön.")
    >>> [_denied_after(doc, s) for s in doc.sents]
    [True, False, False, False]
    """
    if "\n\n" in page_text(doc)[sent.end_char - 1 : sent.end_char + 2]:
        return False
    after = next((s for s in doc[sent.end :].sents if s.text.strip()), None)
    if after is None:
        return False
    words = [t.lower_ for t in after if t.is_alpha]
    if len(words) < 3:
        return False
    opens = tuple(words[:2]) in _NONE_OF or (
        words[0] in {"de", "dessa"} and bool({"inte", "ej"} & set(words[1:4]))
    )
    return opens and any(w in _DENIED_PART or w in {"ingår", "med"} for w in words[2:8])


def _denied_before(lowers: list[str], at: int) -> bool:
    """Whether the sentence denies its body a part before it says that it takes the
    participants (round 31 of learning): "Region X är inte part i kursen, men regionens
    vårdcentral har tagit emot praktikanter", "Y ingår inte i projektet men tar emot elever".

    Examples
    --------
    >>> _denied_before("x är inte part i kursen , men har tagit emot praktikanter".split(), 9)
    True
    >>> _denied_before("företaget är part och har tagit emot praktikanter".split(), 5)
    False
    """
    words = lowers[:at]
    for k, w in enumerate(words):
        if w in {"inte", "ej"}:
            near = words[max(k - 2, 0) : k + 4]
            if any(x in _DENIED_PART or x in {"ingår", "ingick", "med"} for x in near):
                return True
    return False


def hosts_join(doc, found: Found, relations: list[Relation]) -> None:
    """Add to the collaboration drafted last before it each body that a sentence says takes
    the participants for placements (see the module docstring); in place."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    for sent in doc.sents:
        lowers = [t.lower_ for t in sent]
        at = _takes_participants(lowers)
        if at is None:
            continue
        if any(sent.start_char <= r.span[0] < sent.end_char for r in collaborations):
            continue  # the sentence's own collaboration has its members
        if _denied_after(doc, sent) or _denied_before(lowers, at):
            continue  # "... tar emot praktikanter. Ingen av dem är projektpart."
        before = [
            r
            for r in collaborations
            if sent.start_char - _REACH <= r.span[0] < sent.start_char
        ]
        if not before:
            continue
        target = max(before, key=lambda r: r.span[0])
        for iri in _hosts(doc, sent, found, at):
            target.members.setdefault(iri, "part")
