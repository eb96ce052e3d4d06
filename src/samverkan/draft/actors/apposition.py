"""A municipal unit named by its own name beside the words that say what it is (round 18 of
learning): "Kompetenscentrum Nora, kommunens enhet för vuxenutbildning och sfi" and "Lindes-
bergs kommuns arbetsmarknadsenhet Jobbtorget Bergslagen". The name is the unit, of the
municipality the words name; the descriptive words are no second actor.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Träffarna hålls av Lärcentrum Nora, kommunens enhet för vuxenutbildning, "
...             "i Nora kommun.")
>>> found = find_actors(doc, Index())
>>> sorted((a.iri, a.cls, a.parent) for a in found.actors.values() if a.parent)
[('kommun/1884/larcentrum-nora', 'sam:MunicipalUnit', 'kommun/1884')]
"""

from __future__ import annotations

from samverkan.draft import lexicon
from samverkan.draft.actors.found import Found
from samverkan.draft.model import Actor, slug

__all__ = ["NAMED_UNIT_WORDS", "units_in_apposition"]

_UNIT_CLASSES = {"sam:MunicipalUnit", "sam:Department"}
# what a name in apposition may have been read as before its unit was seen
_NAME_CLASSES = {"sam:CivilSocietyOrganization", "sam:PrivateCompany"}
# "kommunens enhet för ...", "stadens avdelning för ...": the municipality's own unit
_OWNER_WORDS = {"kommunens", "stadens"}
# "förvaltningens enhet för ...", "avdelningens enhet för ...": a unit of the page's own
# department (round 31 of learning), the one department the page names
_DEPARTMENT_WORDS = {"förvaltningens", "avdelningens", "sektorns"}
# the words of a unit named by its own name after its department's genitive:
# "arbetsmarknadsförvaltningens enhet Jobbcentrum", "socialförvaltningens avdelning Källan"
NAMED_UNIT_WORDS = {"enhet", "avdelning", "verksamhet"}


def units_in_apposition(doc, found: Found) -> None:
    """Make each name in apposition with a municipal unit's words that unit (see above)."""
    spans = sorted((s, iri, e) for s, (iri, e) in found.at_token.items())
    at_end = {e: (s, iri) for s, iri, e in spans}
    at_start = {s: (iri, e) for s, iri, e in spans}
    for s, iri, e in spans:
        unit = found.actors.get(iri)
        if unit is None or unit.cls not in _UNIT_CLASSES or not unit.parent:
            continue
        if _named_after_department(doc, s, e, found, unit, at_start):
            continue
        if s >= 2 and doc[s - 1].lower_ in _DEPARTMENT_WORDS and doc[s - 2].text == ",":
            # "NAME, förvaltningens enhet för ...": the name is a unit of the page's department
            _name_before(doc, s - 2, found, unit, at_end)
            continue
        if not unit.parent.startswith("kommun/") or unit.parent.count("/") != 1:
            continue
        name = None
        # "NAME, kommunens enhet för ...": a comma and the owner's word before the unit
        if s >= 2 and doc[s - 1].lower_ in _OWNER_WORDS and doc[s - 2].text == ",":
            name = at_end.get(s - 2)
        # "X kommuns arbetsmarknadsenhet NAME": the name right after the unit's word; or
        # "vuxenutbildningen Lärcentrum Forsen", "integrationsenheten Bryggan": the unit's
        # word in its definite form, its own name right after it (round 33 of learning)
        elif (doc[s].is_lower and s and doc[s - 1].lower_.endswith("s")) or (
            _definite_unit_word(doc, s, e)
        ):
            name = (e, at_start[e][0]) if e in at_start else _bare_name(doc, e, found, unit)
        if name is None:
            continue
        named = found.actors.get(name[1])
        if named is None:
            continue
        # "Lärcentrum Hylte, kommunens enhet för vuxenutbildning": a school form named by its
        # municipality is that municipality's unit already (round 48 of learning)
        own_unit = (
            named.cls == "sam:MunicipalUnit"
            and named.iri.startswith(unit.parent + "/")
            and named.label_sv.split()[0] in lexicon.SCHOOL_FORMS
        )
        if named.cls not in _NAME_CLASSES and not own_unit:
            continue
        _make_unit(found, named, unit)


def _definite_unit_word(doc, s: int, e: int) -> bool:
    """Whether the one lower-case word at ``s`` is a unit's word in its definite form
    ("vuxenutbildningen", "integrationsenheten") followed in the same sentence by a
    capitalised word, its own name."""
    if e != s + 1 or e >= len(doc) or not doc[s].is_lower:
        return False
    if not doc[s].lower_.endswith(("en", "et")):
        return False
    return doc[e].is_title and not doc[e].is_sent_start


def _bare_name(doc, i: int, found: Found, unit: Actor) -> tuple[int, str] | None:
    """A run of one to three capitalised words at token ``i`` that no rule read as an actor
    ("arbetsmarknadsenhet Jobbtorget Laholm"), added where the text names it as a
    placeholder organisation for :func:`_make_unit` to turn into the unit; else None."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].is_title and not doc[end].is_sent_start:
        end += 1
    if end == i:
        return None
    words = [t.text for t in doc[i:end]]
    iri = f"org/{slug(' '.join(words))}"
    placeholder = Actor(iri, "sam:CivilSocietyOrganization", " ".join(words), " ".join(words))
    found.actors.setdefault(iri, placeholder)
    for k in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[k : k + len(words)]] == words and k not in found.at_token:
            if any(s < k < e for s, (_x, e) in found.at_token.items()):
                continue
            found.at_token[k] = (iri, k + len(words))
            found.actors[iri].mentions.append(
                (doc[k].idx, doc[k + len(words) - 1].idx + len(doc[k + len(words) - 1].text))
            )
    return (end, iri)


def _make_unit(found: Found, named: Actor, unit: Actor) -> None:
    """``named`` becomes a unit of ``unit``'s municipality; ``unit`` (the descriptive words)
    is merged into it."""
    iri = f"{unit.parent}/{slug(named.label_sv)}"
    merged = Actor(
        iri,
        "sam:MunicipalUnit",
        named.label_sv,
        named.label_en,
        mentions=named.mentions + unit.mentions,
        parent=unit.parent,
        municipality=unit.parent.split("/")[1],
    )
    for old in (named.iri, unit.iri):
        found.actors.pop(old, None)
    found.actors[iri] = merged
    for start, (x, end) in list(found.at_token.items()):
        if x in {named.iri, unit.iri}:
            found.at_token[start] = (iri, end)
    for actor in found.actors.values():
        if actor.parent in {named.iri, unit.iri}:
            actor.parent = iri


def _department_of_page(found: Found, municipality: str, word: str) -> str | None:
    """The one department of ``municipality`` the page names by ``word``'s head
    ("förvaltningens": a "-förvaltningen", not a committee), else None."""
    head = word[:-1]  # "förvaltningens" -> "förvaltningen", "sektorns" -> "sektorn"
    departments = [
        a.iri
        for a in found.actors.values()
        if a.cls == "sam:Department"
        and a.parent == municipality
        and a.label_sv.lower().endswith(head)
    ]
    return departments[0] if len(departments) == 1 else None


def _name_before(doc, comma: int, found: Found, unit: Actor, at_end) -> None:
    """"NAME, förvaltningens enhet för X": NAME (an actor read before the comma, or one to
    three capitalised words no rule read) becomes a unit of the page's one department of the
    unit's municipality (of the municipality when the page names none or several); the
    descriptive words are merged into it."""
    if not unit.parent.startswith("kommun/") or unit.parent.count("/") != 1:
        return
    parent = _department_of_page(found, unit.parent, doc[comma + 1].lower_) or unit.parent
    hit = at_end.get(comma)
    if hit is not None:
        named = found.actors.get(hit[1])
        if named is None or named.cls not in _NAME_CLASSES | _UNIT_CLASSES:
            return
    else:
        start = comma
        while start > 0 and comma - start < 3 and doc[start - 1].is_title:
            start -= 1
        if start == comma or doc[start].is_sent_start or start in found.at_token:
            return
        name = _bare_name(doc, start, found, unit)
        if name is None or name[0] != comma:
            return
        named = found.actors[name[1]]
    _make_unit(found, named, unit)
    found.actors[f"{unit.parent}/{slug(named.label_sv)}"].parent = parent


def _named_after_department(doc, s: int, e: int, found: Found, department: Actor, at_start) -> bool:
    """"arbetsmarknadsförvaltningens enhet Jobbcentrum": the name after the unit word is a
    unit of the department whose genitive is at ``s``..``e``; True if one was made."""
    if department.cls != "sam:Department" or not doc[e - 1].lower_.endswith("s"):
        return False
    if e + 1 >= len(doc) or doc[e].lower_ not in NAMED_UNIT_WORDS or not doc[e + 1].is_title:
        return False
    municipality = department.parent
    if not municipality or not municipality.startswith("kommun/"):
        return False
    if e + 1 in at_start:
        named = found.actors.get(at_start[e + 1][0])
        if named is None or named.cls not in _NAME_CLASSES:
            return False
    else:
        name = _bare_name(doc, e + 1, found, department)
        if name is None:
            return False
        named = found.actors[name[1]]
    iri = f"{municipality}/{slug(named.label_sv)}"
    unit = Actor(
        iri,
        "sam:MunicipalUnit",
        named.label_sv,
        named.label_en,
        mentions=list(named.mentions),
        parent=department.iri,
        municipality=municipality.split("/")[1],
    )
    found.actors.pop(named.iri, None)
    found.actors[iri] = unit
    for start, (x, end) in list(found.at_token.items()):
        if x == named.iri:
            found.at_token[start] = (iri, end)
    for actor in found.actors.values():
        if actor.parent == named.iri:
            actor.parent = iri
    # the genitive only says whose unit it is: the words from it to the name are the unit's
    # mention, not the department's ("drivs av arbetsmarknadsförvaltningens enhet X" is X's
    # work, the department no party of it)
    name_end = found.at_token.pop(e + 1, (iri, e + 2))[1]
    found.at_token[s] = (iri, name_end)
    return True
