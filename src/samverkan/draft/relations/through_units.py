"""A party's unit named after "genom" joins the party's collaboration.

A page often names a party together with the unit it takes part through: "Föreningen driver
projektet tillsammans med Kils kommun genom fritidsenheten och Studieförbundet X", "I
samarbete med: Grums kommun genom sin arbetsmarknadsenhet, ...". The collaboration drafted
from the sentence has the body; the unit that does the work is a party as well (the expected
files since round 16 count a municipality's unit as a partner of the work it takes part in).
Each collaboration drafted from a sentence gets the unit of a member of it that the sentence
names right after that member and "genom" (or "genom sin/sitt/sina"), when the unit belongs
to that member. Not when the sentence says the body is no party ("inte") or its owner ("ägs
av X genom Y"), and not a unit of another body (round 93 of learning).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Föreningen Vänkraft driver läxhjälpen tillsammans med Kils kommun genom "
...             "fritidsenheten och Studieförbundet Värmlandsljus.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'kommun/1715/fritidsenheten', 'org/foreningen-vankraft', \
'org/studieforbundet-varmlandsljus']]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.relations.genom import after_genom, denied, owner_sentence, unit_of
from samverkan.draft.relations.words import _actors_in

__all__ = ["through_units_join"]


def through_units_join(doc, found: Found, relations: list[Relation]) -> None:
    """Add to each collaboration the units its members take part through (see the module
    docstring); ``relations`` is changed in place."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    if not collaborations:
        return
    for sent in doc.sents:
        lowers = [t.lower_ for t in sent]
        if "genom" not in lowers or owner_sentence(lowers):
            continue
        told = [r for r in collaborations if sent.start_char <= r.span[0] < sent.end_char]
        if not told:
            continue
        named = _actors_in(sent, found)
        for n, (iri, i) in enumerate(named):
            _iri, end = found.at_token[i]
            k = end - sent.start  # "genom" right after the member's name
            if k >= len(lowers) or lowers[k] != "genom" or denied(lowers[:k]):
                continue
            at = sent.start + after_genom(lowers, k)
            unit = next((u for u, j in named[n + 1 :] if j == at), None)
            if unit is None or not unit_of(found, unit, iri):
                continue
            for relation in told:
                if iri in relation.members:
                    relation.members.setdefault(unit, "part")
