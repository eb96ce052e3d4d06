"""Units a municipality takes part through: "Ydre kommun genom kulturskolan", "Kommunen är
med genom fältgruppen".

A municipality named as a party and then "genom" a lower-case word in the definite whose head
is a unit's ("-gruppen", "-skolan", "-teamet", "-mottagningen", "-gården") takes part through
that unit of its own (round 109 of learning). The unit is the municipality's, or the
department's when "inom" names one found just after ("fältgruppen inom kultur- och
fritidsförvaltningen"). Not a service or a means ("genom bidraget", "genom
försörjningsstödet"), and not after anything but the municipality ("föreningen genom
kulturskolan" is left alone).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.actors import find_actors
>>> doc = parse("Kvällarna görs av Studieförbundet Bygdeton och Ydre kommun genom kulturskolan.")
>>> sorted(i for i in find_actors(doc, Index()).actors if i.startswith("kommun/"))
['kommun/0512', 'kommun/0512/kulturskolan']
"""

from __future__ import annotations

import re

from samverkan.draft.actors.found import Found
from samverkan.draft.model import Actor, slug

# the head of a unit named by one lower-case compound in the definite
_UNIT_HEAD = re.compile(r"^[a-zåäö]{3,}(gruppen|skolan|teamet|mottagningen|gården|centralen)$")
# the words between the municipality and "genom": "Kommunen är med genom", "deltar genom"
_BETWEEN = {"är", "var", "med", "deltar", "deltog", "medverkar", "bidrar", "också", "även"}


def _municipality_before(doc, i: int, found: Found) -> str | None:
    """The municipality named just before token ``i`` (a few verbs may come between)."""
    k = i
    while k > doc[i].sent.start and doc[k - 1].lower_ in _BETWEEN:
        k -= 1
    # a municipality's name is a few tokens long: only the mentions starting just before
    for _start, (iri, end) in found.at_token.between(max(0, k - 8), k):
        if end == k and iri.startswith("kommun/") and iri.count("/") == 1:
            return iri
    if k and doc[k - 1].lower_ == "kommunen" and found.page_code:
        return f"kommun/{found.page_code}"
    return None


def units_through(doc, found: Found, add) -> None:
    """Draft the unit named after "<municipality> genom"."""
    last: dict[int, str] = {}  # sentence start -> the municipality of its last "genom"
    for token in doc:
        if token.lower_ != "genom" or token.i + 1 >= len(doc):
            continue
        muni = _municipality_before(doc, token.i, found)
        if muni is None and token.i and doc[token.i - 1].lower_ == "och":
            # "Kommunen är med genom fritidsenheten ... och genom fältgruppen"
            muni = last.get(token.sent.start)
        if muni is None:
            continue
        last[token.sent.start] = muni
        unit = doc[token.i + 1]
        if not unit.is_lower or not _UNIT_HEAD.match(unit.text) or unit.i in found.at_token:
            continue
        parent = muni
        if unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ == "inom":
            iri, _end = found.at_token.get(unit.i + 2, (None, None))
            if (
                iri
                and iri.startswith(muni + "/")
                and found.actors[iri].cls
                in {
                    "sam:Department",
                    "sam:CentralAdministration",
                }
            ):
                parent = iri
        name = unit.text
        add(
            Actor(
                f"{parent}/{slug(name)}", "sam:MunicipalUnit", name, f"{name} (unit)", parent=parent
            ),
            unit.i,
            unit.i + 1,
        )
