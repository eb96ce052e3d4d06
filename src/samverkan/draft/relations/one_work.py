"""One work drafted as several collaborations: its lead sentence and its parties told apart
(round 79 of learning, from the misses of rounds 60-95).

A page about one work often opens with the body that runs it ("X drivs av A tillsammans med
B", "C leder teamet") and tells its other parties later, in a sentence or a list of their
own: "Parter i X är:", "Övriga parter är:", "Teamet arbetar tillsammans med dessa parter:",
"Sedan 2026 är även D part", "E blir part från januari", "F var med från starten men
lämnade samarbetet". Each such later sentence is drafted as a collaboration of its own, yet
the expected files keep one collaboration of all the work's members.

A collaboration drafted from a sentence that speaks of parties (a party word: "part",
"parter", "parterna", "partner", "samverkanspart") or of a party that leaves ("lämnade",
"lämnar") is merged into the first collaboration of the page drafted from a sentence that
tells who runs or leads the work ("driver", "drivs av", "leder", "leds av"), where that one
is told before it. The page's own party, which a sentence naming no party of the page gains,
is moved only where the sentence names it or the collaboration is a list's.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Läxhjälpen drivs av Röda Korset tillsammans med Kils kommun.\\n\\n"
...             "Sedan 2024 är även Rädda Barnen part och ordnar läger.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'org/radda-barnen', 'org/roda-korset']]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.main_collaboration import _LEAVES, _PARTY_WORDS

__all__ = ["one_work"]

# the verbs of the body that runs or leads the work
_RUNS = {"driver", "drivs", "drev", "drevs", "leder", "leds", "ledde", "leddes"}
_PARTIES = set(_PARTY_WORDS) | {"parterna", "partnerna", "partnern", "parten"} | _LEAVES


def _sentence_words(doc, relation: Relation) -> set[str]:
    """The words of the relation's sentence; a verb of running in a relative clause ("X,
    som drivs av regionen") is left out: it tells of another body, not of the work."""
    sent = doc.char_span(relation.span[0], relation.span[0] + 1, alignment_mode="expand")
    if sent is None:
        return set()
    words = [t.lower_ for t in sent.sent]
    return {w for k, w in enumerate(words) if not (w in _RUNS and words[k - 1 : k] == ["som"])}


def _named_in(doc, relation: Relation, found: Found) -> set[str]:
    """The actors named in the relation's sentence and in the words it spans (a list)."""
    first = doc.char_span(relation.span[0], relation.span[0] + 1, alignment_mode="expand")
    start = first.sent.start_char if first is not None else relation.span[0]
    end = max(relation.span[1], first.sent.end_char if first is not None else 0)
    return {iri for i, (iri, _end) in found.at_token.items() if start <= doc[i].idx < end}


def one_work(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each collaboration of a party sentence merged into the work's
    lead collaboration told before it (see the module docstring)."""
    collaborations = sorted(
        (r for r in relations if r.kind == "collaboration"), key=lambda r: r.span[0]
    )
    if len(collaborations) < 2:
        return relations
    words = {id(r): _sentence_words(doc, r) for r in collaborations}
    lead = next((r for r in collaborations if words[id(r)] & _RUNS), None)
    if lead is None:
        return relations
    page = {f"kommun/{found.page_code}" if found.page_code else None, found.page_org}
    merged: set[int] = set()
    for relation in collaborations:
        if relation.span[0] <= lead.span[0] or not words[id(relation)] & _PARTIES:
            continue
        if words[id(relation)] & _RUNS:
            continue  # a work of its own, run by its own body
        named = _named_in(doc, relation, found)
        for member, role in relation.members.items():
            listed = "\n" in page_text(doc)[relation.span[0] : relation.span[1]]
            if member in page and member not in named and not listed:
                continue
            lead.members.setdefault(member, role)
        merged.add(id(relation))
    return [r for r in relations if id(r) not in merged]
