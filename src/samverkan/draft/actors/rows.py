"""Tables of people: rows "Name | post | Organisation, unit" under a header that says so.

A steering group, the attendance of minutes or a project's contacts are often given as a
text table whose header names a column of people ("Namn", "Ledamot"), one of posts
("Funktion", "Roll", "Befattning") and one of organisations ("Organisation", "Arbetsgivare").
Each row states a person, the post the person holds and whose post it is: the organisation
of the row, or the unit named after it ("Bollnäs kommun, förvaltningen för arbete och
lärande"), whatever the sentence rules made of the row's words before.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> doc = parse("Namn | Funktion | Organisation\\nAnna Ek | rektor | Orsa kommun, Lärcentrum\\n")
>>> [(line, cells) for line, cells in _header_columns(doc, _lines(doc))]
[(0, {'name': 0, 'post': 1, 'org': 2})]
"""

from __future__ import annotations

from samverkan.draft.actors.found import Found
from samverkan.draft.model import POST_CLASSES, Actor, post_class, slug

__all__ = ["people_tables"]

_NAME_HEADS = {"namn", "person", "ledamot", "ledamöter", "deltagare", "representant"}
_POST_HEADS = {"funktion", "roll", "befattning", "titel", "tjänst", "uppdrag", "yrke"}
_ORG_HEADS = {
    "organisation",
    "arbetsgivare",
    "myndighet",
    "aktör",
    "part",
    "representerar",
    "kommun/organisation",
    "organisation/enhet",
    "verksamhet",
}


def _lines(doc) -> list[tuple[int, int]]:
    """The (start, end) token indices of each non-empty line of ``doc``."""
    lines, start = [], 0
    for i, token in enumerate(doc):
        if "\n" in token.text:
            if i > start:
                lines.append((start, i))
            start = i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    return lines


def _cells(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token spans of the cells of a line ``a | b | c``."""
    cells, at = [], start
    for i in range(start, end):
        if doc[i].text == "|":
            cells.append((at, i))
            at = i + 1
    cells.append((at, end))
    return cells


def _header_columns(doc, lines) -> list[tuple[int, dict[str, int]]]:
    """Each header line with a column of people, of posts and of organisations."""
    heads = []
    for n, (s, e) in enumerate(lines):
        if not any(t.text == "|" for t in doc[s:e]):
            continue
        names = [doc[a:b].text.strip().lower() for a, b in _cells(doc, s, e)]
        columns = {}
        for k, name in enumerate(names):
            for key, words in (("name", _NAME_HEADS), ("post", _POST_HEADS), ("org", _ORG_HEADS)):
                if name in words and key not in columns:
                    columns[key] = k
        if len(columns) == 3:
            heads.append((n, columns))
    return heads


def _person_span(doc, a: int, b: int) -> tuple[int, int] | None:
    tokens = [t for t in doc[a:b] if t.text.strip()]
    if 2 <= len(tokens) <= 4 and all(
        t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens
    ):
        return tokens[0].i, tokens[-1].i + 1
    return None


def _organisation(doc, a: int, b: int, found: Found, add) -> tuple[str, str | None] | None:
    """The organisation of a cell and its unit named after a comma (or None)."""
    tokens = [t for t in doc[a:b] if t.text.strip()]
    if not tokens or tokens[0].i not in found.at_token:
        return None
    iri, end = found.at_token[tokens[0].i]
    actor = found.actors.get(iri)
    if actor is None:
        return None
    if actor.parent and not actor.reference and iri.startswith(actor.parent + "/"):
        return actor.parent, iri  # the cell names a unit of its own
    if end >= b or doc[end].text != ",":
        return iri, None
    rest = [t for t in doc[end + 1 : b] if t.text.strip()]
    if not rest:
        return iri, None
    if rest[0].i in found.at_token:
        unit = found.at_token[rest[0].i][0]
        if unit.startswith(iri + "/") and "/tjanst/" not in unit:
            return iri, unit
    if not iri.startswith(("kommun/", "region/")) or any(t.like_num for t in rest):
        return iri, None
    label = doc[rest[0].i : rest[-1].i + 1].text
    department = label.lower().endswith(("förvaltningen", "förvaltning", "kontoret"))
    unit = add(
        Actor(
            f"{iri}/{slug(label)}",
            "sam:Department" if department else "sam:MunicipalUnit",
            label,
            label,
            parent=iri,
        ),
        rest[0].i,
        rest[-1].i + 1,
    )
    return iri, unit.iri


def _drop(found: Found, iri: str) -> None:
    found.actors.pop(iri, None)
    for start in [s for s, (x, _e) in found.at_token.items() if x == iri]:
        del found.at_token[start]


def _post(doc, a: int, b: int, owner: str, found: Found, add) -> Actor | None:
    """The post of a cell ("förvaltningschef (ordförande)": the words before the aside)."""
    tokens = [t for t in doc[a:b] if t.text.strip()]
    main = []
    for t in tokens:
        if t.text == "(":
            break
        main.append(t)
    if not main or len(main) > 5 or any(t.like_num for t in main):
        return None
    for t in tokens[len(main) :]:
        # a post in the aside ("(ordförande)") is a role in the group, not a post of its own
        if t.i in found.at_token and found.at_token[t.i][0] in found.actors:
            other = found.actors[found.at_token[t.i][0]]
            if other.cls in POST_CLASSES and len(other.mentions) == 1:
                _drop(found, other.iri)
    label = doc[main[0].i : main[-1].i + 1].text.lower()
    iri = f"{owner}/tjanst/{slug(label)}"
    old = found.at_token.get(main[0].i)
    if old and old[0] != iri and old[0] in found.actors:
        former = found.actors[old[0]]
        if former.cls in POST_CLASSES and len(former.mentions) == 1:
            _drop(found, former.iri)
    return add(Actor(iri, post_class(label), label, label, parent=owner), main[0].i, main[-1].i + 1)


def people_tables(doc, found: Found, add) -> None:
    """Persons, their posts and the posts' organisations or units from tables of people.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    found : Found
        The actors found so far (changed in place).
    add : callable
        :func:`~samverkan.draft.actors.find_actors`'s function that records an actor.
    """
    lines = _lines(doc)
    for n, columns in _header_columns(doc, lines):
        for s, e in lines[n + 1 : n + 40]:
            cells = _cells(doc, s, e)
            if len(cells) <= max(columns.values()):
                break
            person = _person_span(doc, *cells[columns["name"]])
            where = _organisation(doc, *cells[columns["org"]], found, add)
            if person is None or where is None:
                continue
            owner, unit = where
            post = _post(doc, *cells[columns["post"]], owner, found, add)
            if post is None:
                continue
            post.parent, post.parent_unsure = unit or owner, False
            name = doc[person[0] : person[1]].text
            holder = add(Actor(f"person/{slug(name)}", "foaf:Person", name, name), *person)
            post.holder = holder.iri
