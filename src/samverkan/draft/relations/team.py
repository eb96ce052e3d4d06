"""A team list's posts are members of the page's main collaboration.

:func:`samverkan.draft.actors.team.team_entries` drafts each entry of a team page ("Hanna
Möller – projektledare" and a text on where she works) as a post held by the person named.
The people of a project's team take part in it through their posts (``docs/modelling.md``,
Posts; the project manager of the expected files since round 16): each post joins the
collaboration that has the page's own party (the page's municipality or organisation) and
was drafted before the first entry, else the first collaboration drafted on the page. An
entry whose text says its body is no party ("Region X är inte projektpart, men ...") adds
nothing.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Kils kommun – Brobygget\\n\\n"
...             "Kils kommun driver Brobygget tillsammans med Grums kommun."
...             "\\n\\nLina Berg – projektledare\\nLina arbetar på arbetsmarknadsenheten."
...             "\\n\\nOmar Said – jobbcoach\\nOmar är anställd av Grums kommun.\\n")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'kommun/1715/tjanst/projektledare', 'kommun/1764', \
'kommun/1764/tjanst/jobbcoach']]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation

__all__ = ["team_join"]


def team_join(found: Found, relations: list[Relation]) -> None:
    """Make the posts of ``found.team_posts`` members of the page's main collaboration (see
    the module docstring); ``relations`` is changed in place."""
    if not found.team_posts:
        return
    first = min(start for _iri, start, _no in found.team_posts)
    collaborations = [r for r in relations if r.kind == "collaboration"]
    page = f"kommun/{found.page_code}" if found.page_code else None
    own = {found.page_org, page} - {None}
    target = next(
        (r for r in collaborations if r.span[0] < first and own & set(r.members)),
        collaborations[0] if collaborations else None,
    )
    if target is None:
        return
    for iri, _start, no_party in found.team_posts:
        if not no_party and iri in found.actors:
            target.members.setdefault(iri, "part")
