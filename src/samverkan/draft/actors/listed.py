"""Names of associations and companies that no head word marks (round 78 of learning),
found by the shape they stand in rather than by their words:

- an item of a dash list of bodies under a cue ending in a colon, where another item is a
  body the other rules found ("- Grannar i Norr, som ordnar läxhjälp"): the words before
  its comma, "som" or the line's end are a name;
- a name in apposition with the words that say what it is ("Vallby Företagarring, en
  förening för stadens företagare", "Teater Kvarnen, en ideell förening").

Such a name is an association (a company where it ends in "AB"); every other mention of
the same words is the same body.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Kursen ordnas tillsammans med:\\n- Studieförbundet Vuxenskolan\\n"
...             "- Grannar i Norr, som ordnar läxhjälp\\n")
>>> sorted(a.label_sv for a in find_actors(doc, Index()).actors.values())
['Grannar i Norr', 'Studieförbundet Vuxenskolan']
"""

from __future__ import annotations

from samverkan.draft.actors.found import Found
from samverkan.draft.model import Actor, slug

__all__ = ["names_by_shape"]

# lower-case words a name may hold between its capitalised ones ("Grannar utan gränser",
# "Kvinnor i Fryksdalen", "Röda tråden Ådalen" has its own lower-case word)
_CONNECTORS = {"i", "för", "och", "utan", "på", "vid", "mot", "med", "av", "&"}
# the bodies a list's other item must be for the list to be one of bodies
_BODY_CLASSES = {
    "sam:CivilSocietyOrganization",
    "sam:PrivateCompany",
    "sam:MunicipalCompany",
    "sam:MunicipalUnit",
    "sam:Department",
    "sam:StateAgency",
    "sam:Municipality",
    "sam:Region",
    "sam:MunicipalAssociation",
    "sam:CountyAdministrativeBoard",
    "sam:AgencyUnit",
}
# what a name in apposition is said to be: "en ideell förening", "en samarbetsorganisation"
# (not a network or a group: "Sydostnätverket, ett nätverk för kommunernas samordnare" is
# a collaboration of its members, no body)
_KINDS = (
    "förening",
    "organisation",
    "stiftelse",
    "församling",
    "klubb",
    "kör",
    "kooperativ",
)
_ARTICLES = {"en", "ett"}
# what a body's name in a list may be followed by after its comma
_AFTER_NAME = {"som", "en", "ett", "där", "vars", "med", "genom"}
# a municipality's or a region's words: a body the other rules read or do not mean
_PLACE_BODIES = {"kommun", "stad", "län", "region", "landsting"}
_LIST_MARKS = {"-", "•", "*", "–"}


def _is_name(words) -> bool:
    """Whether ``words`` (tokens) read as a body's name: one to six words, the first and the
    last capitalised, the others capitalised or lower-case words of a name; no digits."""
    if not 1 <= len(words) <= 6:
        return False
    if not (words[0].is_title or words[0].is_upper) or not words[0].is_alpha:
        return False
    if len(words[0]) < 2:
        return False
    for t in words:
        if "\n" in t.text_with_ws.strip(" ") or not (t.is_alpha or t.text == "-" or "-" in t.text):
            return False
    lower = [t for t in words[1:] if t.is_lower]
    # at most one lower-case word that is no connector ("Röda tråden Ådalen", "Kinnekulle
    # södra församling", "Grannar utan gränser")
    if len([t for t in lower if t.lower_ not in _CONNECTORS]) > 1:
        return False
    if words[-1].lower_ in _CONNECTORS | _PLACE_BODIES:
        return False
    # one word in the plural ("Parterna", "Föreningarna") names no body
    return len(words) > 1 or not words[0].lower_.endswith(("na", "ar", "er"))


def _covered(found: Found, doc=None) -> set[int]:
    """The tokens the actors found cover; with ``doc``, not a town's name after "i" that a
    municipality was read from ("PRO Örnen i Nybro" is the association's name)."""
    return {
        i
        for start, (iri, end) in found.at_token.items()
        if doc is None or not _town_in_name(doc, found, iri, start)
        for i in range(start, end)
    }


def _town_in_name(doc, found: Found, iri: str, start: int) -> bool:
    actor = found.actors.get(iri)
    return (
        actor is not None
        and actor.cls == "sam:Municipality"
        and start > 1
        and doc[start - 1].lower_ == "i"
        and doc[start - 2].is_title
    )


def _add_name(doc, found: Found, add, words) -> None:
    """Add the body named ``words`` at each mention of the same words no rule read."""
    name = words.text
    cls = "sam:PrivateCompany" if words[-1].text == "AB" else "sam:CivilSocietyOrganization"
    actor = Actor(f"org/{slug(name)}", cls, name, name)
    covered = _covered(found, doc)
    texts = [t.text for t in words]
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i : i + len(words)]] != texts:
            continue
        if i in found.at_token and found.at_token[i][1] == i + len(words):
            _town_company_given_up(found, i, i + len(words))
            covered = _covered(found, doc)
        if any(j in covered for j in range(i, i + len(words))):
            continue
        end = i + len(words)
        if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            continue  # a longer name
        for j in range(i, end):
            if j in found.at_token and _town_in_name(doc, found, found.at_token[j][0], j):
                del found.at_token[j]
        add(actor, i, end)


def _list_items(doc) -> list[list[tuple[int, int]]]:
    """The dash lists under a line ending in a colon: for each list, its items as token
    spans (the mark left out), each up to the line's end."""
    lists: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] | None = None
    line_start = True
    previous_colon = False
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.is_space:
            if "\n" in t.text:
                line_start = True
                if t.text.count("\n") > 1 and current is not None:
                    current = None  # a blank line ends the list
            i += 1
            continue
        if line_start and t.text in _LIST_MARKS:
            end = i + 1
            while (
                end < len(doc)
                and "\n" not in doc[end].text
                and "\n" not in doc[end - 1].whitespace_
            ):
                end += 1
            if current is None and previous_colon:
                current = []
                lists.append(current)
            if current is not None:
                current.append((i + 1, end))
            previous_colon = False
            line_start = False
            i = end
            continue
        if line_start:
            current = None
        line_start = False
        # the line's last token: a colon before a newline opens a list
        nxt_newline = "\n" in t.whitespace_ or (i + 1 < len(doc) and "\n" in doc[i + 1].text)
        if nxt_newline:
            previous_colon = t.text == ":"
            if "\n" in t.whitespace_:
                line_start = True
        i += 1
    return lists


def _listed_names(doc, found: Found, add) -> None:
    """An item of a dash list of bodies that no rule read is a body by its name."""
    for items in _list_items(doc):
        bodies = 0
        unread = []
        for start, end in items:
            hit = found.at_token.get(start)
            if hit is not None and found.actors.get(hit[0]) is not None:
                if found.actors[hit[0]].cls in _BODY_CLASSES:
                    bodies += 1
                continue
            covered = _covered(found, doc)
            if any(j in covered for j in range(start, end)):
                continue
            stop = start
            while stop < end and doc[stop].text not in {",", "som", ".", ";", "(", ":"}:
                stop += 1
            words = doc[start:stop]
            after = doc[stop + 1] if stop + 1 < end and doc[stop].text == "," else None
            if after is not None and after.is_lower and after.lower_ not in _AFTER_NAME:
                continue  # "- Anna Berg, projektledare": a person and a post
            if _is_name(words):
                unread.append(words)
        if bodies and unread:
            for words in unread:
                _add_name(doc, found, add, words)


def _apposed_names(doc, found: Found, add) -> None:
    """ "NAME, en ideell förening som ...": the capitalised words before the comma are a
    body of the kind the words after it say."""
    for comma in doc:
        if comma.text != "," or comma.i + 2 >= len(doc):
            continue
        k = comma.i + 1
        if doc[k].lower_ not in _ARTICLES:
            continue
        k += 1
        while (
            k < len(doc)
            and k < comma.i + 5
            and doc[k].is_lower
            and not doc[k].lower_.endswith(_KINDS)
        ):
            k += 1
        if k >= len(doc) or not doc[k].is_lower or not doc[k].lower_.endswith(_KINDS):
            continue
        start = comma.i
        while start > 0 and comma.i - start < 6:
            prev = doc[start - 1]
            if prev.is_title or prev.is_upper or prev.lower_ in _CONNECTORS:
                if "\n" in prev.whitespace_:
                    break
                start -= 1
                continue
            break
        while start < comma.i and doc[start].lower_ in _CONNECTORS:
            start += 1
        if start == comma.i:
            continue
        words = doc[start : comma.i]
        _town_company_given_up(found, start, comma.i)
        if any(j in _covered(found) for j in range(start, comma.i)):
            continue
        if words[0].is_sent_start and len(words) == 1:
            continue
        if _is_name(words):
            _add_name(doc, found, add, words)


def _sentence_lists(doc) -> list[list[tuple[int, int]]]:
    """The items of a list a sentence gives after a colon, "tillsammans med tre föreningar:
    A, B och C.": token spans between the commas and the last "och"."""
    lists = []
    for sent in doc.sents:
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or colon + 1 >= sent.end:
            continue
        if any("\n" in t.text for t in doc[colon + 1 : sent.end]):
            continue  # a list of lines (see _list_items)
        items, start = [], colon + 1
        for t in doc[colon + 1 : sent.end]:
            if t.text in {",", "och", ".", ";"} or t.i == sent.end - 1:
                stop = t.i + 1 if t.i == sent.end - 1 and t.is_alpha else t.i
                if stop > start:
                    items.append((start, stop))
                start = t.i + 1
        if len(items) >= 2:
            lists.append(items)
    return lists


def _named_in_sentence_lists(doc, found: Found, add) -> None:
    """An item of a sentence's list of bodies after a colon that no rule read is a body by
    its name, where another item is a body the other rules found."""
    for items in _sentence_lists(doc):
        covered = _covered(found, doc)
        bodies = 0
        unread = []
        for start, end in items:
            hit = found.at_token.get(start)
            if hit is not None and found.actors.get(hit[0]) is not None:
                bodies += found.actors[hit[0]].cls in _BODY_CLASSES
                continue
            if any(j in covered for j in range(start, end)):
                continue
            words = doc[start:end]
            # a name of a sentence's list ends in a capitalised word ("Regional utveckling"
            # is a field, "Röda tråden Ådalen" a name)
            if _is_name(words) and (words[-1].is_title or words[-1].is_upper):
                unread.append(words)
        if bodies and unread and len(unread) < len(items):
            for words in unread:
                _add_name(doc, found, add, words)


def _town_company_given_up(found: Found, start: int, end: int) -> None:
    """ "Karlshamns Företagarring, en förening för ...": a town's name and a word, read as a
    municipal company named after the town, is the association its apposition says; the
    company is dropped where the text names it nowhere else."""
    hit = found.at_token.get(start)
    if hit is None or hit[1] != end:
        return
    actor = found.actors.get(hit[0])
    if actor is None or actor.cls != "sam:MunicipalCompany":
        return
    del found.at_token[start]
    if not any(iri == actor.iri for iri, _e in found.at_token.values()):
        del found.actors[actor.iri]


def names_by_shape(doc, found: Found, add) -> None:
    """The names the shapes above find (see the module docstring)."""
    _apposed_names(doc, found, add)
    _listed_names(doc, found, add)
    _named_in_sentence_lists(doc, found, add)
