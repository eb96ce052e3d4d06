"""A board's members listed together: one post held by several people.

An association's annual report, minutes or contact page lists the members of its board
without a post each: "Ledamöter: Anna Ek, Per Lind och Sara Holm", "samt ledamöterna Anna
Ek och Per Lind", "Till ledamöter för två år valdes Anna Ek och Per Lind", "Kvar som
suppleanter är ...". Each name holds the one post "ledamot" (or "suppleant") of the
organisation whose board it is: the organisation of the other board posts drafted before
("ordförande", "kassör"), else the page's own organisation. The post keeps its first holder
in ``holder`` and the others in ``holders``; the Turtle writer states ``org:heldBy`` for
each.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Föreningen Ljusglimten i Kil\\n\\nStyrelse\\nOrdförande: Eva Lund\\n"
...             "Ledamöter: Omar Ali, Siv Berg och Jan Ek\\n")
>>> found = find_actors(doc, Index())
>>> post = found.actors["org/foreningen-ljusglimten-i-kil/tjanst/ledamot"]
>>> [post.holder, *post.holders]
['person/omar-ali', 'person/siv-berg', 'person/jan-ek']
"""

from __future__ import annotations

from collections.abc import Callable

from samverkan.draft.actors.found import Found, _is_name, _name_word
from samverkan.draft.model import POST_CLASSES, Actor, slug

__all__ = ["board_lists"]

# the plural of a board post, and the post
_PLURALS = {
    "ledamöter": ("ledamot", "member of the board"),
    "ledamöterna": ("ledamot", "member of the board"),
    "suppleanter": ("suppleant", "deputy member of the board"),
    "suppleanterna": ("suppleant", "deputy member of the board"),
}
# the board's other posts, whose organisation is the board's
_BOARD_POSTS = (
    "ordförande",
    "vice ordförande",
    "kassör",
    "sekreterare",
    "ledamot",
    "suppleant",
)
# words between the plural and the names: "Till ledamöter för två år valdes", "Kvar ett år
# som ledamöter är", "Ledamöter:"
_BRIDGE = {"för", "två", "ett", "tre", "år", "valdes", "omvaldes", "nyvaldes", "är", "var", ":"}


def _names(doc, i: int, end: int) -> list[tuple[int, int]]:
    """The people listed from token ``i``: "A B, C D och E F" (asides in brackets skipped:
    "Anna Ek (omval)")."""
    names: list[tuple[int, int]] = []
    while i < end:
        j = i
        while j < end and _name_word(doc[j]) and j - i < 3:
            j += 1
        if j - i < 2 or not _is_name(doc, (i, j)):
            break
        names.append((i, j))
        if j < end and doc[j].text == "(":
            while j < end and doc[j].text != ")":
                j += 1
            j += 1
        if j < end and doc[j].text in {",", "och", "samt"}:
            i = j + 1
            continue
        break
    return names


def _board_of(found: Found, before: int) -> str | None:
    """The organisation of the board posts drafted before token ``before``, else the
    page's own organisation."""
    owner = None
    for start in sorted(found.at_token):
        if start >= before:
            break
        actor = found.actors.get(found.at_token[start][0])
        if (
            actor is not None
            and actor.cls in POST_CLASSES
            and actor.label_sv.lower() in _BOARD_POSTS
            and actor.parent
            and not actor.parent.startswith("kommun/")
        ):
            owner = actor.parent
    return owner or found.page_org


def _list_start(doc, k: int) -> int | None:
    """The first token of the names after the plural at ``k``, or None."""
    sent_end = doc[k].sent.end
    j = k + 1
    while j < sent_end and j - k <= 5 and (doc[j].lower_ in _BRIDGE or doc[j].like_num):
        j += 1
    return j if j < sent_end and _name_word(doc[j]) else None


def board_lists(doc, found: Found, add: Callable) -> None:
    """Add the people a board list names as holders of its shared post (see the module
    docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    found : Found
        The actors found so far; changed in place.
    add : callable
        ``add(actor, start, end)`` of :func:`~samverkan.draft.actors.find_actors`.
    """
    for token in doc:
        plural = _PLURALS.get(token.lower_)
        if plural is None:
            continue
        start = _list_start(doc, token.i)
        if start is None:
            continue
        end = doc[token.i].sent.end
        newline = next((t.i for t in doc[start:end] if "\n" in t.text), end)
        people = _names(doc, start, newline)
        owner = _board_of(found, token.i)
        if len(people) < 1 or owner is None or owner not in found.actors:
            continue
        label, label_en = plural
        post = add(
            Actor(f"{owner}/tjanst/{label}", "org:Post", label, label_en, parent=owner),
            token.i,
            token.i + 1,
        )
        for a, b in people:
            name = doc[a:b].text
            person = add(Actor(f"person/{slug(name)}", "foaf:Person", name, name), a, b)
            post.add_holder(person.iri)
