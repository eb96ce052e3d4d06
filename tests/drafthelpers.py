"""Helpers of the drafter's rule tests: draft a short text of our own, read its relations.

Each test file drafts a few lines in the genre under a date line and a heading (``DATE``,
or a head of its own), reconciled against an empty index, and checks the collaborations
(the members of each) and the grants (funder, recipient) the rules draft.
"""

from __future__ import annotations

from samverkan.draft import draft_text
from samverkan.draft.model import Draft
from samverkan.draft.reconcile import Index

DATE = "Publicerad 4 mars 2020\n\nEn rubrik om samverkan i kommunen\n\n"


def draft(body: str, head: str = DATE) -> Draft:
    """The draft of ``head + body``, reconciled against nothing."""
    return draft_text(head + body, "prov.txt", Index())


def partners(draft: Draft) -> list[set[str]]:
    """The members of each collaboration drafted."""
    return [set(r.members) for r in draft.relations if r.kind == "collaboration"]


def funding(draft: Draft) -> set[tuple[str, str]]:
    """Every (funder, recipient) of the grants drafted."""
    return {(r.funder, x) for r in draft.relations if r.kind == "funding" for x in r.recipients}


def parent(draft: Draft, iri: str) -> str | None:
    """The parent (the organisation a unit or post belongs to) of the actor ``iri``."""
    actor = draft.actors.get(iri)
    return actor.parent if actor else None


def post_parent(draft: Draft, label: str) -> str | None:
    """The parent of the actor (a post) labelled ``label``."""
    return next((a.parent for a in draft.actors.values() if a.label_sv == label), None)


def together(draft: Draft, *members: str) -> bool:
    """True if one collaboration drafted has all of ``members``."""
    return any(set(members) <= group for group in partners(draft))
