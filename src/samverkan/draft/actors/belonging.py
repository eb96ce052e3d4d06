"""Units named only as the subject of a sentence that tells what they belong to (round 82 of
learning, from the unit relations rounds 60-101 lose to an end never drafted):
"Kulturskolan hör till Bildnings- och kulturförvaltningen", "Kören leds av Kulturskolan, som
hör till Barn- och utbildningsförvaltningen", "Projektägare är Järpens bygdemuseum, som hör
till Kultur- och fritidsförvaltningen", "Gränsgården hör till Fritidsavdelningen inom ...".

The frame, not the head word, says the name is a unit's: the capitalised words just before
"hör till"/"tillhör" (or before ", som hör till"), where the words after it name a drafted
department or unit of a municipality, are a unit of that municipality;
:mod:`samverkan.draft.relations.units` then puts it under the body it belongs to. A word
that refers back to the work ("Projektet", "Verksamheten") or a short common noun
("Marken", "Lokalen") is no unit's name.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Kören i Årjängs kommun leds av Kulturskolan, som hör till Barn- och "
...             "utbildningsförvaltningen.")
>>> sorted(a.label_sv for a in find_actors(doc, Index()).actors.values())
['Kulturskolan', 'barn- och utbildningsförvaltningen', 'Årjängs kommun']
"""

from __future__ import annotations

from samverkan.draft import lexicon
from samverkan.draft.actors.found import Found
from samverkan.draft.model import Actor, slug
from samverkan.draft.nlp import place_names

__all__ = ["units_by_belonging"]

#: the classes of a municipality's body a unit may belong to
_OWNERS = {"sam:Department", "sam:CentralAdministration", "sam:MunicipalUnit"}
#: words that open the frame without naming a unit: the work, a pronoun, a thing
_NOT_NAMES = lexicon.WORK_BACK | {
    "tjänsten",
    "uppdraget",
    "ansvaret",
    "budgeten",
    "kostnaden",
    "personalen",
    "lokalerna",
    "frågan",
    "ärendet",
    "enheten",
    "förvaltningen",
    "avdelningen",
    "den",
    "det",
    "de",
    "denna",
    "detta",
}
#: the endings of a plural, which names many units, not one: "Fritidsgårdarna", "Biblioteken"
_PLURALS = ("arna", "erna", "orna", "teken")
#: a single word shorter than this is a common noun ("Marken", "Lokalen"), not a name
_SHORTEST_WORD = 9


def _frame_at(doc, i: int) -> int | None:
    """The token after "hör till"/"tillhör" at ``i``, where one opens there."""
    if doc[i].lower_ == "tillhör":
        return i + 1
    if doc[i].lower_ == "hör" and i + 1 < len(doc) and doc[i + 1].lower_ == "till":
        return i + 2
    return None


def _name_before(doc, end: int, found: Found) -> tuple[int, int] | None:
    """The span of the capitalised name that ends at ``end`` (at most three words, a
    lower-case head after a capitalised word allowed: "Järpens bygdemuseum")."""
    k = end - 1
    if k < 0 or not doc[k].is_alpha or k in found.at_token:
        return None
    start = k
    while (
        start - 1 >= doc[k].sent.start
        and end - start < 3
        and doc[start - 1].is_alpha
        and doc[start - 1].is_title
        and "\n" not in doc[start - 1].text_with_ws
    ):
        start -= 1
    if not doc[start].is_title:
        return None
    if any(j in found.at_token for j in range(start, end)):
        return None
    if any(
        s < end and e > start for s, (_iri, e) in found.at_token.items()
    ):  # inside a name already found
        return None
    # "familjecentralen i Skattungbyn, som hör till ...": a place, the tail of the name before
    if doc[start].text in place_names():
        return None
    if start >= 2 and doc[start - 1].lower_ in {"i", "på"} and doc[start - 2].is_alpha:
        return None
    words = [t.lower_ for t in doc[start:end]]
    if words[0] in _NOT_NAMES:
        return None
    if len(words) == 1:
        word = words[0]
        if len(word) < _SHORTEST_WORD or word.endswith(_PLURALS):
            return None
        # "Fritidsgården" after "Fritidsgården Strandvallen", "Jobbcentret" after "Jobbcenter
        # Sävsjö": the kind word refers back to a body the page names
        stem = word[: max(6, len(word) - 3)]
        if any(
            a.label_sv.lower().startswith(stem) and a.label_sv.lower() != word
            for a in found.actors.values()
        ):
            return None
    return start, end


def units_by_belonging(doc, found: Found, add) -> None:
    """Draft the units the belonging frame names (see the module's text)."""
    for i in range(1, len(doc) - 1):
        obj = _frame_at(doc, i)
        if obj is None or obj >= len(doc):
            continue
        hit = found.at_token.get(obj)
        owner = found.actors.get(hit[0]) if hit else None
        if owner is None or owner.cls not in _OWNERS or not owner.iri.startswith("kommun/"):
            continue
        if doc[hit[1] - 1].lower_.endswith("s") and hit[1] in found.at_token:
            # "hör till bildningsförvaltningens enhet för Flerspråk": the unit after the genitive
            after = found.actors.get(found.at_token[hit[1]][0])
            if after is not None and after.cls in _OWNERS:
                owner = after
        end, relative = i, False
        if i >= 2 and doc[i - 1].lower_ == "som" and doc[i - 2].text == ",":
            end, relative = i - 2, True
        span = _name_before(doc, end, found)
        if span is None:
            continue
        # "Kulturskolan hör till ...": the name opens its sentence or line; only a relative
        # clause, ", som hör till", may follow a name said after a preposition ("leds av
        # Kulturskolan, som hör till ..."), not "kuratorn på Ledstjärnan hör till"
        first = span[0] == doc[span[0]].sent.start or "\n" in doc[span[0] - 1].text_with_ws
        if not (relative or first or not doc[span[0] - 1].is_alpha):
            continue
        municipality = "/".join(owner.iri.split("/")[:2])
        label = doc[span[0] : span[1]].text
        add(
            Actor(
                f"{municipality}/{slug(label)}",
                "sam:MunicipalUnit",
                label,
                label,
                parent=owner.iri,
                parent_unsure=False,
            ),
            span[0],
            span[1],
        )
