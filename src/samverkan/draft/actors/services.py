"""Municipal services named by their town, and the library a page names bare.

Public-sector pages name a municipality's library, adult school and job centre by its town
rather than by a unit word: "Herrljunga bibliotek", "Nacka stadsbibliotek", "Kils
vuxenutbildning" (the town first), "Jobbtorg Kil", "Jobbcenter Grums" (the service first),
and afterwards often only as "biblioteket" or "vuxenutbildningen". Each is a unit of the
municipality of its town (the sentence's municipality when the town is a locality, "Bro
bibliotek"). The bare "biblioteket" is the library of the page's municipality named in
full, else a unit "biblioteket" of its own; "stadsbiblioteket" and "vuxenutbildningen" are
folded into the one unit of the same municipality named by its town, so the page has one
actor for one library.

A library after "i" or "på" is a venue ("kurserna hålls i Kils bibliotek"), no actor,
unless the sentence says what it does (", som upplåter ...", "tillsammans med
biblioteket").

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Publicerad 3 mars 2026\\n\\nKils kommun\\n\\nLäxhjälpen drivs av Röda Korset "
...             "tillsammans med Kils stadsbibliotek. Stadsbiblioteket lånar ut rummet.")
>>> found = find_actors(doc, Index())
>>> sorted(i for i in found.actors if i.startswith("kommun/1715/"))
['kommun/1715/kils-stadsbibliotek']
"""

from __future__ import annotations

from collections.abc import Callable

from samverkan.draft.actors.found import Found
from samverkan.draft.model import Actor, slug
from samverkan.draft.reference_names import municipality_by_name, place_names

__all__ = ["services_by_town"]

# a service named after its town: "Kils bibliotek", "Kils vuxenutbildning";
# ... and its culture and music school ("Åtvidabergs kulturskola": round 60 of learning)
_TOWN_FIRST = frozenset(
    {
        "bibliotek",
        "stadsbibliotek",
        "folkbibliotek",
        "vuxenutbildning",
        "kulturskola",
        "musikskola",
    }
)
# a service named before its town: "Jobbtorg Kil", "Jobbcenter Grums"
_TOWN_AFTER = frozenset({"jobbtorg", "jobbtorget", "jobbcenter", "jobbcentrum"})
# capitalised words before "bibliotek" that are no town: "Folkets bibliotek", "Kungliga"
_NOT_TOWNS = frozenset({"Folkets", "Kungliga", "Nya", "Ett", "Vårt", "Det", "Ditt", "Mitt"})
# the bare words that name a library or adult school again, and the heads they fold into
_BARE = {
    "biblioteket": ("bibliotek",),
    "bibliotekets": ("bibliotek",),
    "stadsbiblioteket": ("bibliotek",),
    "stadsbibliotekets": ("bibliotek",),
    "vuxenutbildningen": ("vuxenutbildning",),
}


def _covered(found: Found) -> set[int]:
    return {i for start, (_iri, end) in found.at_token.items() for i in range(start, end)}


def _town_word(token) -> bool:
    """A capitalised word that can be a town's name: "Kils", "Bro", "Upplands-Bro"."""
    text = token.text
    return (
        (token.is_title or ("-" in text and text[:1].isupper()))
        and text[:1].isalpha()
        and text not in _NOT_TOWNS
        and not token.is_stop
    )


def _code_of(word: str, near: str | None) -> str | None:
    """The municipality a town word names ("Kils" -> Kil's code), else the one nearby."""
    names = municipality_by_name()
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in names:
            return names[form]
    return near


def _a_venue(doc, start: int, end: int) -> bool:
    """ "i Kils bibliotek", "på Kils bibliotek" with nothing more said of the library."""
    if start == 0 or doc[start - 1].lower_ not in {"i", "på"}:
        return False
    sent = doc[start].sent
    if end + 1 < sent.end and doc[end].text == "," and doc[end + 1].lower_ == "som":
        return False  # "på Kils bibliotek, som upplåter lokalen"
    # "... på Kils bibliotek tillsammans med biblioteket", "... på Kils bibliotek. (...)
    # Biblioteket upplåter ...": the library itself is spoken of in its paragraph
    stop = end
    while stop < len(doc) and "\n" not in doc[stop].text:
        stop += 1
    later = {t.lower_ for t in doc[end:stop]}
    return not later & {"biblioteket", "bibliotekets"}


def _unit(code: str, label: str) -> Actor:
    return Actor(
        f"kommun/{code}/{slug(label)}",
        "sam:MunicipalUnit",
        label,
        label,
        parent=f"kommun/{code}",
        parent_unsure=True,
    )


def _named_by_town(doc, found: Found, add: Callable, muni_near: Callable) -> None:
    covered = _covered(found)
    places = place_names()
    for token in doc[1:]:
        i = token.i
        before = doc[i - 1]
        if token.lower_ in _TOWN_FIRST and _town_word(before) and i not in covered:
            start, end, town = i - 1, i + 1, before.text
            if before.text not in places and before.is_sent_start:
                continue  # "Ytterligare bibliotek": a sentence's first word, no town known
        elif (
            before.lower_ in _TOWN_AFTER
            and _town_word(token)
            and before.i not in covered
            and before.is_title
        ):
            start, end, town = i - 1, i + 1, token.text
        else:
            continue
        if start in covered and found.at_token.get(start, ("",))[0][:7] != "kommun/":
            continue  # part of another actor's name
        if start in covered and "/" in found.at_token[start][0][7:]:
            continue  # a unit of the municipality starts there already
        if _a_venue(doc, start, end):
            continue
        code = _code_of(town, muni_near(start))
        if code is None:
            continue
        add(_unit(code, doc[start:end].text), start, end)
        covered.update(range(start, end))


def _of_kind(found: Found, code: str, head: str) -> list[str]:
    """The units of municipality ``code`` named in full with ``head`` last ("Kils
    bibliotek", "Kils stadsbibliotek" for "bibliotek")."""
    prefix = f"kommun/{code}/"
    return [
        iri
        for iri, actor in found.actors.items()
        if iri.startswith(prefix)
        and actor.cls == "sam:MunicipalUnit"
        and actor.label_sv[:1].isupper()
        and " " in actor.label_sv
        and actor.label_sv.lower().endswith(head)
    ]


def _bare_names(doc, found: Found, add: Callable) -> None:
    """ "biblioteket" and "vuxenutbildningen" alone name the page's one unit of that kind."""
    code = found.page_code
    if code is None:
        return
    # "stadsbiblioteket" drafted beside "Kils stadsbibliotek": one library
    for iri in list(found.actors):
        actor = found.actors.get(iri)
        if actor is None or not iri.startswith(f"kommun/{code}/"):
            continue
        heads = _BARE.get(actor.label_sv.lower())
        if heads:
            wholes = _of_kind(found, code, heads[0])
            if len(wholes) == 1:
                found.fold(iri, wholes[0])
    covered = _covered(found)
    for token in doc:
        if token.lower_ not in {"biblioteket", "bibliotekets"} or token.i in covered:
            continue
        if token.i and doc[token.i - 1].lower_.endswith("s") and doc[token.i - 1].is_lower:
            continue  # "skolans biblioteket" is no municipal library
        own = code
        after = doc[token.i + 1 : token.i + 3]
        if len(after) == 2 and after[0].lower_ == "i" and after[1].is_title:
            own = _code_of(after[1].text, None) or code  # "biblioteket i Kil"
        # the one library the page names in full, else the one of the municipality
        libraries = _libraries(found, None)
        if len(libraries) != 1 or own != code:
            libraries = _libraries(found, own)
        if len(libraries) > 1:
            continue
        if libraries:
            add(found.actors[libraries[0]], token.i, token.i + 1)
        else:
            add(_unit(own, "biblioteket"), token.i, token.i + 1)


def _libraries(found: Found, code: str | None) -> list[str]:
    """The municipal libraries drafted (of municipality ``code`` when given)."""
    prefix = f"kommun/{code}/" if code else "kommun/"
    return [
        iri
        for iri, actor in found.actors.items()
        if iri.startswith(prefix)
        and actor.cls == "sam:MunicipalUnit"
        and actor.label_sv.lower().endswith(("bibliotek", "biblioteket"))
    ]


def services_by_town(doc, found: Found, add: Callable, muni_near: Callable) -> None:
    """Add the libraries, adult schools and job centres named by their town, and the page's
    library named bare (see the module docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    found : Found
        The actors found so far; changed in place.
    add : callable
        ``add(actor, start, end)`` of :func:`~samverkan.draft.actors.find_actors`.
    muni_near : callable
        The municipality of a token's sentence (else the one before, else the page's).
    """
    _named_by_town(doc, found, add, muni_near)
    _bare_names(doc, found, add)
