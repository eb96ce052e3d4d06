"""Relations from sentence patterns: funding, co-funding, employment, collaboration, lead.

Each rule reads one sentence: its trigger words (``med medel från``, ``finansieras av``,
``beviljades``; active ``X och Y bekostar``, ``X, som har beviljat``; ``anställd på``,
``placerad på``; ``samfinansierad med``, ``delfinansieras av``; ``tillsammans med``,
``i samarbete med``, ``samverkar``, ``består av``, ``ingår i``, ``är medlem i``,
``utbyter``, ``IOP med``, ``följer projektet som forskningspartner``; ``leder``,
``leds av``) and the actors recognised in it
(:mod:`samverkan.draft.actors`). Dates in the sentence ("Under 2018", "sedan 2017",
"mellan mars 2017 och februari 2019", "hösten 2016") give the period.

The rules live in modules of a size one can read: :mod:`.words` (trigger words, periods,
amounts), :mod:`.find` (:func:`find_relations`, the pass over the sentences),
:mod:`.funding` (grants in rows, bullets and lines; contributions), :mod:`.decisions` (a
county board's blocks of labelled lines), :mod:`.members` (member lists and tables),
:mod:`.named_before` (actors a sentence points back to), :mod:`.units` (units and posts of
their organisations), :mod:`.main_collaboration` (a page's party sentences; one body drafted
twice) and :mod:`.hosts` (bodies that take participants for placements).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Under 2017 fick Lunds kommun medel från Länsstyrelsen i Skåne län.")
>>> found = find_actors(doc, Index())
>>> [(r.kind, r.funder, r.recipients, r.start) for r in find_relations(doc, found)]
[('funding', 'lansstyrelse/12', ['kommun/1281'], '2017')]
"""

from __future__ import annotations

from samverkan.draft.relations.find import find_relations
from samverkan.draft.relations.words import amount, period

__all__ = ["amount", "find_relations", "period"]
