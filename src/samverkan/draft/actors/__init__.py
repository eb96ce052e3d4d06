"""Actors: municipalities, county boards, agencies, funds, units, companies, groups, posts, people.

:func:`find_actors` turns the matcher's spans (see :mod:`samverkan.draft.nlp`) into
:class:`~samverkan.draft.model.Actor` records with IRIs by the project's rules, reconciled
with the known actors of the build; it also returns, per token, the actor that starts there,
for the relation rules.

The rules live in modules of a size one can read: :mod:`.found` (the record and the tests
on names shared by all), :mod:`.places` (municipalities and regions of the page),
:mod:`.find` (:func:`find_actors`, the pass over the matcher's spans),
:mod:`.organisations` (organisations named again, merged, self-described),
:mod:`.posts` (posts, their organisations and contact blocks) and :mod:`.holders` (who
holds a post and where they work).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Karin Olsson, integrationssamordnare i Söderhamns kommun, leder nätverket.")
>>> found = find_actors(doc, Index())
>>> sorted(found.actors)
['kommun/2182', 'kommun/2182/tjanst/integrationssamordnare', 'person/karin-olsson']
>>> found.actors["kommun/2182/tjanst/integrationssamordnare"].holder
'person/karin-olsson'
"""

from __future__ import annotations

from samverkan.draft.actors.find import find_actors
from samverkan.draft.actors.found import Found
from samverkan.draft.actors.places import page_municipality

__all__ = ["Found", "find_actors", "page_municipality"]
