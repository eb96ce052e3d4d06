"""A team list: a heading "Name – post" per member and a short text on where each works.

A project's or unit's team page ("Möt teamet", "Projektgruppen", "Medarbetare") gives each
member a heading line of a name and a post, "Hanna Möller – projektledare", and under it a
few sentences that open with a pronoun or name the first name ("Hanna är anställd på
...", "Hon arbetar på ..."). Each entry is one person holding one post; the post sits in the
workplace the entry's text names after "anställd på/av", "arbetar på/hos/vid", "kommer
från", "är POST på" (the unit a municipality's genitive names, "Lunds kommuns enhet X",
rather than the municipality; a unit in apposition, "på Y, kommunens arbetsmarknadsenhet"),
else in the page's municipality. A heading line counts only when its text follows and
refers back to it, and only where the page has two such entries or more: a title
"Grannskap Norr – tillsammans för ..." is none.

The posts are recorded in ``found.team_posts`` with whether the entry says its body is no
party ("Region X är inte projektpart"); :func:`samverkan.draft.relations.team.team_join`
makes the others members of the page's main collaboration, as ``docs/modelling.md``
(Posts) and the expected files since round 16 make a project's named staff.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Möt oss i Brobygget\\n\\nBrobygget drivs av Kils kommun.\\n\\n"
...             "Lina Berg – projektledare\\nLina arbetar på arbetsmarknadsenheten.\\n\\n"
...             "Omar Said – jobbcoach\\nOmar är anställd av Grums kommun.\\n")
>>> found = find_actors(doc, Index())
>>> post = found.actors["kommun/1764/tjanst/jobbcoach"]
>>> post.holder, post.parent
('person/omar-said', 'kommun/1764')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from samverkan.draft.actors.found import Found, _is_name
from samverkan.draft.actors.posts import _post_en
from samverkan.draft.model import POST_CLASSES, Actor, post_class, slug
from samverkan.draft.nlp import page_text

__all__ = ["team_entries"]

# a heading line: two or three capitalised name words, a dash, a post in lower case
_ENTRY = re.compile(
    r"^(?P<name>[A-ZÅÄÖÉ][\w-]+(?: [A-ZÅÄÖÉ][\w-]+){1,2}) [–-] "
    r"(?P<post>[a-zåäöé][\w-]*(?: [\w-]+){0,5})[ \t]*$",
    re.MULTILINE,
)
# words after the post's head that name where the holder works, not the post: "jobbcoach i
# Skurup", "kurator på Centrum"
_PLACE_AFTER = re.compile(r"\s+(i|på|hos|vid)\s+[A-ZÅÄÖ].*$")
# the verbs that say where someone works, with the prepositions that may follow
_WORK_WORDS = {
    "anställd",
    "anställda",
    "arbetar",
    "jobbar",
    "kommer",
    "placerad",
    "verksam",
    "finns",
}
_AT = {"på", "hos", "vid", "från", "av"}
_PRONOUNS = {"han", "hon", "hen"}
# an entry whose text says its body takes no part
_NO_PARTY = re.compile(
    r"\b(är|var) (inte|ej) (med i projektet|part|projektpart|samverkanspart|partner)\b"
)
_UNIT_CLASSES = {"sam:MunicipalUnit", "sam:Department", "sam:CentralAdministration"}


def _entries(text: str) -> list[tuple[re.Match, int]]:
    """The heading lines of a team list, each with where its text ends.

    Examples
    --------
    >>> text = ("Eva Ek – kurator\\nEva arbetar på skolan.\\n\\n"
    ...         "Per Lind – lärare\\nHan undervisar i svenska.\\n\\n"
    ...         "Grannskap Norr – tillsammans\\nVi bor här.\\n")
    >>> [m["name"] for m, _end in _entries(text)]
    ['Eva Ek', 'Per Lind']
    """
    out = []
    for m in _ENTRY.finditer(text):
        body_start = m.end() + 1
        end = text.find("\n\n", body_start)
        end = len(text) if end < 0 else end
        words = [w.strip(",.:;") for w in text[body_start:end].split()]
        opens = words[0].lower() if words else ""
        if opens in _PRONOUNS or m["name"].split()[0] in words:
            out.append((m, end))
    return out if len(out) >= 2 else []


def _descends(found: Found, iri: str, ancestor: str) -> bool:
    seen = set()
    while iri in found.actors and iri not in seen:
        seen.add(iri)
        parent = found.actors[iri].parent
        if parent == ancestor:
            return True
        iri = parent or ""
    return iri.startswith(ancestor + "/")


def _workplace(doc, start: int, end: int, found: Found, label: str) -> str | None:
    """The workplace the entry's text names between tokens ``start`` and ``end``."""
    candidates: list[str] = []
    head = label.split()[-1]
    for token in doc[start:end]:
        if token.lower_ not in _AT:
            continue
        before = {t.lower_ for t in doc[max(token.i - 3, start) : token.i]}
        if not (before & _WORK_WORDS or head in before):
            continue
        for k in range(token.i + 1, min(token.i + 7, end)):
            if doc[k].lower_ in {"och", "som", "."} or "\n" in doc[k].text:
                break
            hit = found.at_token.get(k)
            if hit is None:
                continue
            iri = hit[0]
            actor = found.actors.get(iri)
            if actor is None or actor.cls in POST_CLASSES or actor.cls == "foaf:Person":
                continue
            if candidates and not _descends(found, iri, candidates[-1]) and k > token.i + 1:
                break
            candidates.append(iri)
            if actor.cls not in {"sam:Municipality"} and k > token.i + 1:
                break
    for iri in reversed(candidates):
        if any(_descends(found, iri, other) for other in candidates if other != iri):
            return iri
    return candidates[0] if candidates else None


def _owner(found: Found, workplace: str | None) -> tuple[str | None, str | None]:
    """(the organisation whose post it is, the unit it sits in)."""
    if workplace is None:
        page = f"kommun/{found.page_code}" if found.page_code else found.page_org
        return page, page
    actor = found.actors[workplace]
    if workplace.startswith("kommun/") and actor.cls in _UNIT_CLASSES:
        return "/".join(workplace.split("/")[:2]), workplace
    return workplace, workplace


def team_entries(doc, found: Found, add: Callable) -> None:
    """Add each team entry's person, post and workplace (see the module docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    found : Found
        The actors found so far; changed in place (``team_posts`` gains each post).
    add : callable
        ``add(actor, start, end)`` of :func:`~samverkan.draft.actors.find_actors`.
    """
    text = page_text(doc)
    for m, body_end in _entries(text):
        name_span = doc.char_span(m.start("name"), m.end("name"))
        post_span = doc.char_span(m.start("post"), m.end("post"), alignment_mode="expand")
        body = doc.char_span(m.end() + 1, body_end, alignment_mode="expand")
        if name_span is None or post_span is None or body is None:
            continue
        if not _is_name(doc, (name_span.start, name_span.end)):
            continue
        label = _PLACE_AFTER.sub("", m["post"]).strip().lower()
        workplace = _workplace(doc, body.start, body.end, found, label)
        owner, parent = _owner(found, workplace)
        if owner is None:
            continue
        person_name = m["name"]
        person = add(
            Actor(f"person/{slug(person_name)}", "foaf:Person", person_name, person_name),
            name_span.start,
            name_span.end,
        )
        iri = f"{owner}/tjanst/{slug(label)}"
        for start in range(post_span.start, post_span.end):
            hit = found.at_token.get(start)
            if hit and hit[0] != iri and found.actors.get(hit[0]) is not None:
                other = found.actors[hit[0]]
                if other.cls in POST_CLASSES and other.holder in (None, person.iri):
                    other.mentions = [
                        (b, e) for b, e in other.mentions if not m.start() <= b < m.end()
                    ]
                    del found.at_token[start]
                    if not other.mentions:
                        del found.actors[other.iri]
        post = add(
            Actor(
                iri,
                post_class(label),
                label,
                _post_en(label),
                parent=parent,
            ),
            post_span.start,
            post_span.end,
        )
        if post.parent_unsure or post.parent in (None, owner):
            post.parent, post.parent_unsure = parent, False
        post.add_holder(person.iri)
        no_party = bool(_NO_PARTY.search(text[m.end() : body_end].lower()))
        found.team_posts.append((post.iri, m.start(), no_party))
